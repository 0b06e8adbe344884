"""The typer application every ``parkner`` sub-command registers on."""

from __future__ import annotations

from pathlib import Path

import typer

from ..standoff import DEFAULT_CORPUS_DIR

app = typer.Typer(
    name="parkner",
    help="Weakly supervised Chinese NER for industrial-park news: ingest → label → train → evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def corpus_dir_option() -> Path:
    """``--corpus-dir``: where stand-off gold files find the third-party corpora they annotate."""
    return typer.Option(
        DEFAULT_CORPUS_DIR, "--corpus-dir", help="Corpus files that stand-off gold refers to (e.g. corpus/gold/unseen.jsonl)."
    )


def echo_error(message: str) -> None:
    """Print a one-line error to stderr (the only place parkner prints errors)."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)


@app.callback()
def _root() -> None:
    """Weakly supervised Chinese NER for industrial-park news."""
