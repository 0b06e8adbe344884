"""``parkner export-tasks`` / ``parkner import-gold``: the human correction loop."""

from __future__ import annotations

from pathlib import Path

import typer

from ..documents import read_documents
from ..errors import InputError
from ..tasks import TASK_FORMATS, export_tasks, import_gold, load_system, rule_system
from ._app import app


@app.command("export-tasks")
def export_tasks_command(
    paths: list[Path] = typer.Argument(..., help="MODEL INPUT, or just INPUT with --rules.", metavar="[MODEL] INPUT"),
    rules: bool = typer.Option(False, "--rules", help="Pre-annotate with the rule labeller instead of a model."),
    to: str = typer.Option(..., "--to", help=f"Task format: {', '.join(TASK_FORMATS)}."),
    output: Path = typer.Option(..., "--output", "-o", help="Task file to write."),
    select: int | None = typer.Option(None, "--select", min=1, help="Only the N documents most worth correcting."),
) -> None:
    """Write pre-annotated tasks for an annotation tool, optionally only the N most useful documents."""
    if len(paths) != (1 if rules else 2):
        raise InputError("give MODEL INPUT, or --rules INPUT")
    model, input_path = (None, paths[0]) if rules else (paths[0], paths[1])
    system, version = load_system(model)
    reference = rule_system() if model is not None and select is not None else None
    chosen = export_tasks(
        read_documents(input_path), output, to, system=system, model_version=version, reference=reference, select=select
    )
    if select is not None:
        for rank, selection in enumerate(chosen, start=1):
            typer.echo(f"{rank:>3}. {selection.document.id}  priority {selection.priority:.2f}  {selection.reason}")
    typer.echo(f"{len(chosen)} tasks ({version}) → {output}", err=True)


@app.command("import-gold")
def import_gold_command(
    input_path: Path = typer.Argument(..., help="Corrected annotations exported from the tool."),
    from_fmt: str = typer.Option(
        ..., "--from", help="Format of the corrected file (labelstudio, doccano, prodigy, …)."
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Gold JSONL to write."),
    against: Path | None = typer.Option(None, "--against", help="Predictions the annotators started from."),
    against_format: str = typer.Option(
        "parkner", help="Format of --against (labelstudio files give their predictions)."
    ),
    source: str | None = typer.Option(None, help="labelstudio: read annotations (default) or predictions."),
) -> None:
    """Turn corrected annotations into gold JSONL, check it and report what changed; exit 1 on gold problems."""
    result = import_gold(input_path, from_fmt, output, source=source, against=against, against_fmt=against_format)
    for skipped in result.report.skipped:
        typer.secho(f"skipped {skipped}", err=True, fg=typer.colors.YELLOW)
    if result.changes is not None:
        typer.echo(result.changes.table())
    typer.echo(f"{result.documents} gold documents → {output}", err=True)
    if result.problems:
        for problem in result.problems:
            typer.secho(str(problem), err=True, fg=typer.colors.RED)
        raise InputError(
            f"{len(result.problems)} gold problems (listed above); fix them in the tool and re-import", output
        )
