"""``parkner predict``: run a trained model over documents."""

from __future__ import annotations

from pathlib import Path

import typer

from ..documents import read_documents, write_documents
from ..predict import require_pipeline
from ..sharding import BatchAnnotator, annotated_documents
from ._app import app


@app.command()
def predict(
    model: Path = typer.Argument(..., help="A trained pipeline directory."),
    input_path: Path = typer.Argument(..., help="Documents (JSONL)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write documents with predicted spans (JSONL)."),
    n_process: int = typer.Option(1, "--n-process", "-n", help="Worker processes, each loading the model once (2 uses both cores)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Predict entities for every document; offsets are into each document's own text."""
    annotator = BatchAnnotator(str(require_pipeline(model)), batch_size=256)
    documents = read_documents(input_path)
    predicted = annotated_documents(documents, annotator, n_process=n_process, batch_size=256, progress=progress,
                                    total=len(documents), desc="predict")
    count = write_documents(predicted, output)
    typer.echo(f"predicted {count} documents → {output}", err=True)
