"""``parkner assemble``: build a pipeline from a config that sources trained components (the hybrid)."""

from __future__ import annotations

from pathlib import Path

import typer
from spacy.cli._util import parse_config_overrides

from ..training import assemble as assemble_pipeline
from ._app import app


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def assemble(
    ctx: typer.Context,
    config: Path = typer.Argument(..., exists=True, dir_okay=False, help="Pipeline config (configs/hybrid.cfg)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to save the pipeline (e.g. models/parkner-zh-hybrid)."),
) -> None:
    """Assemble a pipeline without training (rules + a trained ner); other options override the config (--paths.model X)."""
    path = assemble_pipeline(config, output, parse_config_overrides(ctx.args))
    typer.echo(f"assembled {config} → {path}")
