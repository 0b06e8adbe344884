"""``parkner gold check``: validate hand-annotated gold files against the guidelines."""

from __future__ import annotations

from pathlib import Path

import typer

from ..gold import check_gold
from ._app import app, corpus_dir_option

gold_app = typer.Typer(help="Hand-annotated gold files.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")


@gold_app.command("check")
def check(
    files: list[Path] = typer.Argument(..., help="Gold JSONL files (document ids must be unique across them)."),
    corpus_dir: Path = corpus_dir_option(),
) -> None:
    """Report every span or record that breaks the annotation guidelines; exit 1 if there is any."""
    problems = check_gold(files, corpus_dir)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        lines = {(problem.path, problem.line) for problem in problems}
        typer.secho(
            f"{len(problems)} problem(s) on {len(lines)} line(s) in {len(files)} file(s)", err=True, fg=typer.colors.RED
        )
        raise typer.Exit(1)
    typer.echo(f"ok: {len(files)} file(s) follow the guidelines", err=True)
