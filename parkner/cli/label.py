"""``parkner label``: rule-label a corpus into weak seed entities."""

from __future__ import annotations

from pathlib import Path

import typer

from ..documents import count_records, iter_documents
from ..labelling import label_to_file
from ._app import app


@app.command()
def label(
    input_path: Path = typer.Argument(..., help="Documents from `parkner ingest` (JSONL)."),
    output: Path = typer.Option(..., "--output", "-o", help="Output: .jsonl (documents with spans) or .spacy (DocBin with every LF's span group)."),
    n_process: int = typer.Option(1, "--n-process", "-n", help="Worker processes (2 uses both cores)."),
    rules: Path | None = typer.Option(
        None, "--rules", help="A saved rule pipeline (nlp.to_disk of parkner.rule_pipeline with your own gazetteers); "
        "default: the packaged rules."
    ),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Label documents with the rule pipeline; misaligned rule matches are counted and reported."""
    total = count_records(input_path)
    pipeline = str(rules) if rules is not None else None
    stats = label_to_file(iter_documents(input_path), output, pipeline=pipeline, n_process=n_process,
                          progress=progress, total=total)
    typer.echo(
        f"labelled {stats.documents} documents ({stats.characters:,} characters): {stats.entities} entities, "
        f"{stats.misaligned} misaligned rule matches → {output}",
        err=True,
    )
