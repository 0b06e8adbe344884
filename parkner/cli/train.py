"""``parkner train``: train a model from the config; ``--paths.x``/``--training.y`` override it."""

from __future__ import annotations

from pathlib import Path

import typer
from spacy.cli._util import parse_config_overrides

from ..training import train as train_model
from ._app import app


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def train(
    ctx: typer.Context,
    config: Path = typer.Argument(..., exists=True, dir_okay=False, help="spaCy training config (configs/default.cfg)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to save the best model (e.g. models/parkner-zh)."),
    rounds: int = typer.Option(1, min=1, help="Self-training rounds (model predictions fill in where the rules abstain)."),
) -> None:
    """Train a spaCy NER model on rule-labelled data; any other option overrides the config (--paths.labelled X)."""
    result = train_model(config, output, parse_config_overrides(ctx.args), rounds=rounds)
    for round_result in result.rounds:
        typer.echo(f"round {round_result['round']}: gold dev strict F1 = {round_result['gold_dev_strict_f']:.3f}")
    typer.echo(f"best round {result.best_round} saved to {result.model_path}")
