"""``parkner rules report`` and ``parkner rules fit-weights``: labelling-function diagnostics and weights."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..aggregation import fit_weights
from ..gold import read_gold, read_gold_files
from ..pipeline import rule_pipeline
from ..rules.report import analyse, lf_outputs, render
from ._app import app, corpus_dir_option

rules_app = typer.Typer(help="Inspect and tune the labelling functions.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command()
def report(
    gold: Path = typer.Option(..., "--gold", help="Gold JSONL to measure against."),
    json_path: Path | None = typer.Option(None, "--json", help="Also write the rows as JSON."),
    corpus_dir: Path = corpus_dir_option(),
) -> None:
    """Per labelling function and label: coverage, overlaps, conflicts, precision and recall on gold."""
    documents = read_gold(gold, corpus_dir)
    rows = analyse(documents, lf_outputs(rule_pipeline(), documents))
    typer.echo(render(rows))
    if json_path is not None:
        json_path.write_text(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=2), encoding="utf-8")


@rules_app.command("fit-weights")
def fit_weights_command(
    gold: list[Path] = typer.Option(..., "--gold", help="Gold dev JSONL (repeat for several; never a test split)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the weights (JSON)."),
    corpus_dir: Path = corpus_dir_option(),
) -> None:
    """Estimate each LF's per-label vote weight (log-odds of its precision) on gold dev."""
    documents = read_gold_files(gold, corpus_dir)
    weights = fit_weights(documents, lf_outputs(rule_pipeline(), documents))
    output.write_text(json.dumps(weights, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    typer.echo(f"weights for {len(weights)} labelling functions → {output}")
