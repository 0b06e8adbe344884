"""Plain-text rendering of an :class:`~parkner.evaluation.result.EvaluationResult` for the terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ..documents import LABELS
from .result import EvaluationResult
from .scoring import Score

_HEADER = ("label", "system", "P", "R", "F", "partial F", "gold", "pred", "COR", "INC", "MIS", "SPU")
_NUMERIC_FROM = 2


def render_table(result: EvaluationResult) -> str:
    """Rows per label (then micro, macro) and system, strict P/R/F with CIs, partial F and strict counts."""
    rows = list(_rows(result))
    widths = [max(_width(row[i]) for row in [_HEADER, *rows]) for i in range(len(_HEADER))]
    rule = "  ".join("-" * width for width in widths)
    lines = [_line(_HEADER, widths), rule]
    per_group = len(result.systems)
    for index, row in enumerate(rows):
        if index and index % per_group == 0 and per_group > 1:
            lines.append("")
        lines.append(_line(row, widths))
    lines.append(rule)
    lines.extend(_footer(result))
    return "\n".join(lines)


def _rows(result: EvaluationResult) -> Iterator[tuple[str, ...]]:
    for group in (*LABELS, "micro", "macro"):
        for name, system in result.systems.items():
            strict, partial = system["strict"], system["partial"]
            score = strict.group(group)
            counts: tuple[str, ...] = ("-",) * 6
            if score.counts is not None:
                c = score.counts
                counts = tuple(
                    str(n)
                    for n in (score.possible, score.actual, c["correct"], c["incorrect"], c["missing"], c["spurious"])
                )
            cells = (_value(score, "p"), _value(score, "r"), _value(score, "f"), f"{partial.group(group).f:.3f}")
            yield (group, name, *cells, *counts)


def _value(score: Score, metric: str) -> str:
    value = f"{getattr(score, metric):.3f}"
    if score.ci is None:
        return value
    interval = score.ci[metric]
    if not interval.defined:
        return f"{value} [n/a]"
    return f"{value} [{interval.low:.3f}, {interval.high:.3f}]"


def _footer(result: EvaluationResult) -> Iterator[str]:
    yield (
        f"{len(result.gold)} documents, {result.n_gold_spans} gold spans. P/R/F and counts: strict (boundaries and "
        "label); partial F: overlaps count half; macro: mean over labels with gold or predicted spans."
    )
    if result.n_bootstrap:
        yield (
            f"[low, high]: {result.confidence:.0%} percentile intervals from {result.n_bootstrap} document "
            f"resamples (seed {result.seed})."
        )
    for test in result.comparisons:
        yield (
            f"paired bootstrap, strict micro F1: {test.a} − {test.b} = {test.delta:+.3f}, p = {test.p_value:.4f}"
        )
    for name, system in result.systems.items():
        if system.ignored_spans:
            yield f"{name}: {system.ignored_spans} predicted spans with other labels were not scored."


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    padded = [
        _pad(cell, width, right=index >= _NUMERIC_FROM) for index, (cell, width) in enumerate(zip(cells, widths))
    ]
    return "  ".join(padded).rstrip()


def _pad(cell: str, width: int, *, right: bool) -> str:
    fill = " " * (width - _width(cell))
    return fill + cell if right else cell + fill


def _width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
