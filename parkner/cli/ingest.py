"""``parkner ingest``: raw files → clean JSONL documents with offset maps."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..documents import write_documents
from ..errors import InputError
from ..ingest import IngestReport
from ..ingest.pipeline import iter_ingest
from ._app import app


@app.command()
def ingest(
    inputs: list[Path] = typer.Argument(..., help="Files or directories (.txt, .md, .html, .jsonl …)."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the documents (JSONL)."),
    report: Path | None = typer.Option(None, "--report", help="Also write the ingest report here (JSON)."),
    text_field: str = typer.Option("text", help="Field holding the text in .jsonl inputs."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Clean raw news files into documents; bad files are skipped and listed, never lost."""
    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    ingest_report = IngestReport()
    count = write_documents(iter_ingest(inputs, ingest_report, text_field=text_field, progress=progress), output)
    for skipped in ingest_report.skipped:
        typer.secho(f"skipped {skipped}", err=True, fg=typer.colors.YELLOW)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(ingest_report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    typer.echo(f"{ingest_report.summary()} → {output}", err=True)
    if count == 0:
        raise InputError("no document could be read from the inputs (see the skipped files above)")
