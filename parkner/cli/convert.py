"""``parkner convert``: gold/prediction documents between annotation-tool and dataset formats."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import typer

from ..formats import FORMATS, ReadReport, convert
from ._app import app

_NAMES = ", ".join(FORMATS)


@app.command("convert")
def convert_command(
    input_path: Path = typer.Argument(..., help="File or directory to read."),
    output_path: Path = typer.Argument(..., help="File or directory to write (brat/hf: a new directory)."),
    from_fmt: str = typer.Option(..., "--from", help=f"Input format: {_NAMES}."),
    to_fmt: str = typer.Option(..., "--to", help=f"Output format: {_NAMES}."),
    scheme: str | None = typer.Option(None, help="conll tag scheme: bio or bioes (reading: detected when omitted)."),
    split: str | None = typer.Option(None, help="hf: split to write (default train) or to read (default all)."),
    source: str | None = typer.Option(None, help="labelstudio input: annotations (default) or predictions."),
    predictions: bool | None = typer.Option(
        None, "--predictions", help="labelstudio output: write spans as predictions."
    ),
    model_version: str | None = typer.Option(None, help="labelstudio output: model_version of the predictions."),
) -> None:
    """Convert documents between formats; a bad record stops the conversion with its location and reason."""
    report = ReadReport()
    read_options = {
        "scheme": _reading(scheme, from_fmt, "conll"),
        "split": _reading(split, from_fmt, "hf"),
        "source": source,
    }
    write_options = {
        "scheme": _writing(scheme, from_fmt, to_fmt, "conll"),
        "split": _writing(split, from_fmt, to_fmt, "hf"),
        "predictions": predictions,
        "model_version": model_version,
    }
    count = convert(
        input_path,
        output_path,
        from_fmt,
        to_fmt,
        report=report,
        read_options=_given(read_options),
        write_options=_given(write_options),
    )
    for skipped in report.skipped:
        typer.secho(f"skipped {skipped}", err=True, fg=typer.colors.YELLOW)
    typer.echo(f"{count} documents {from_fmt} → {to_fmt}: {output_path}", err=True)


def _given(options: Mapping[str, str | bool | None]) -> dict[str, str | bool]:
    return {key: value for key, value in options.items() if value is not None}


def _reading(value: str | None, from_fmt: str, owner: str) -> str | None:
    return value if from_fmt == owner else None


def _writing(value: str | None, from_fmt: str, to_fmt: str, owner: str) -> str | None:
    """Options shared by both sides go to the writer too, or to it alone so a misplaced one is reported."""
    return value if to_fmt == owner or from_fmt != owner else None
