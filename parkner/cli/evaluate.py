"""``parkner evaluate``: score the rules and/or trained models against gold files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import InputError
from ..evaluation import evaluate as evaluate_systems
from ..evaluation import run_systems
from ..gold import read_gold_files
from ._app import app, corpus_dir_option


@app.command()
def evaluate(
    gold: list[Path] = typer.Option(..., "--gold", help="Gold JSONL file (repeat for several)."),
    model: list[Path] = typer.Option([], "--model", help="Trained pipeline directory (repeat for several)."),
    rules: bool = typer.Option(False, "--rules", help="Also evaluate the rule labeller."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the full results here (JSON)."),
    html_out: Path | None = typer.Option(None, "--html", help="Write a self-contained HTML report here."),
    bootstrap: int = typer.Option(1000, "--bootstrap", min=0, help="Document resamples for CIs and tests (0: none)."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the resampling."),
    progress: bool = typer.Option(True, help="Show a progress bar while predicting."),
    corpus_dir: Path = corpus_dir_option(),
) -> None:
    """Strict/exact/partial/type P, R, F with bootstrap CIs, paired tests and error analysis."""
    if not model and not rules:
        raise InputError("nothing to evaluate: give --model PATH and/or --rules")
    documents = read_gold_files(gold, corpus_dir)
    predictions = run_systems(documents, model, rules=rules, progress=progress)
    result = evaluate_systems(documents, predictions, n_bootstrap=bootstrap, seed=seed)
    typer.echo(result.table())
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        typer.echo(f"results → {json_out}", err=True)
    if html_out is not None:
        html_out.parent.mkdir(parents=True, exist_ok=True)
        html_out.write_text(result.to_html(), encoding="utf-8")
        typer.echo(f"report → {html_out}", err=True)
