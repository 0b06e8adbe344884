"""``parkner predict``: run a trained model over documents."""

from __future__ import annotations

from pathlib import Path

import typer

from ..documents import read_documents, write_documents
from ..predict import load_pipeline, predict_documents
from ._app import app


@app.command()
def predict(
    model: Path = typer.Argument(..., help="A trained pipeline directory."),
    input_path: Path = typer.Argument(..., help="Documents (JSONL)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write documents with predicted spans (JSONL)."),
    n_process: int = typer.Option(1, "--n-process", "-n", help="Worker processes."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Predict entities for every document; offsets are into each document's own text."""
    nlp = load_pipeline(model)
    documents = read_documents(input_path)
    count = write_documents(
        predict_documents(nlp, documents, n_process=n_process, progress=progress, total=len(documents)), output
    )
    typer.echo(f"predicted {count} documents → {output}", err=True)
