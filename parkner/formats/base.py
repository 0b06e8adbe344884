"""What every format reader and writer shares: span validation, skip reports, output checks.

Readers never clip or drop a span: a span outside its text, whose carried text disagrees
with its offsets, with an unknown label or overlapping another one raises
:class:`~parkner.errors.InputError` naming the file and the line (or record index).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

import spacy
from spacy.language import Language

from ..documents import LABELS, Document, Span
from ..errors import InputError


class RawSpan(NamedTuple):
    """A span as a file states it, before validation."""

    start: Any
    end: Any
    label: Any
    #: The covered text when the format carries it (checked against the offsets).
    text: str | None = None
    score: float | None = None


@dataclass
class ReadReport:
    """Records a reader deliberately did not turn into documents (and why), for the user to see."""

    skipped: list[str] = field(default_factory=list)

    def skip(self, reason: str, path: str | Path, line: int | None = None) -> None:
        """Note one record (or part of one) that was left out on purpose."""
        location = str(path) if line is None else f"{path}:{line}"
        self.skipped.append(f"{location}: {reason}")


def build_document(
    doc_id: str,
    text: str,
    spans: Iterable[RawSpan],
    meta: dict[str, Any] | None,
    path: str | Path,
    line: int | None,
    offsets: Any = None,
) -> Document:
    """A validated document with sorted spans; the first bad span raises :class:`InputError`.

    ``offsets`` is the JSON form of the document's offset map (see :func:`offsets_field`), if carried.
    """
    checked = [check_span(doc_id, text, raw, path, line) for raw in spans]
    return assemble_document(doc_id, text, checked, meta, path, line, offsets)


def assemble_document(
    doc_id: str,
    text: str,
    spans: Iterable[Span],
    meta: dict[str, Any] | None,
    path: str | Path,
    line: int | None,
    offsets: Any = None,
) -> Document:
    """A document from already checked spans, sorted; overlapping spans raise :class:`InputError`."""
    checked = sorted(spans)
    for left, right in pairwise(checked):
        if right.start < left.end:
            raise InputError(
                f"[{doc_id}] spans {_describe(left, text)} and {_describe(right, text)} overlap", path, line
            )
    offset_map = Document.from_dict({"id": doc_id, "text": text, "offsets": offsets}, path, line).offsets
    return Document(doc_id, text, checked, dict(meta or {}), offset_map)


def offsets_field(document: Document) -> dict[str, Any] | None:
    """The JSON form of the document's map onto its source file (as in parkner JSONL), or ``None``."""
    if document.offsets is None:
        return None
    return Document(document.id, document.text, offsets=document.offsets).to_dict()["offsets"]


def check_span(doc_id: str, text: str, raw: RawSpan, path: str | Path, line: int | None) -> Span:
    """One span, validated: integer offsets inside the text, a known label, matching text if stated."""
    start, end, label = raw.start, raw.end, raw.label
    if not (_is_int(start) and _is_int(end) and isinstance(label, str)):
        raise InputError(f"[{doc_id}] span {tuple(raw[:3])!r} needs integer offsets and a string label", path, line)
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"[{doc_id}] span {start}-{end} {label} is outside the text (0-{len(text)}) or empty", path, line
        )
    covered = text[start:end]
    if label not in LABELS:
        raise InputError(
            f"[{doc_id}] span {start}-{end} {covered!r}: unknown label {label!r} (expected one of {', '.join(LABELS)})",
            path,
            line,
        )
    if raw.text is not None and raw.text != covered:
        raise InputError(
            f"[{doc_id}] span {start}-{end} {label}: its text {raw.text!r} does not match the offsets ({covered!r})",
            path,
            line,
        )
    return Span(start, end, label, raw.score)


def _describe(span: Span, text: str) -> str:
    return f"{span.start}-{span.end} {span.label} {text[span.start : span.end]!r}"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_no_overlap(document: Document) -> None:
    """Writers of tag-based formats cannot represent overlapping spans: refuse them."""
    ordered = sorted(document.spans)
    for left, right in pairwise(ordered):
        if right.start < left.end:
            raise InputError(
                f"[{document.id}] spans {_describe(left, document.text)} and {_describe(right, document.text)} "
                "overlap and cannot be written in this format"
            )


def prepare_output_dir(path: str | Path) -> Path:
    """Create an output directory, refusing one that already holds files (nothing is overwritten)."""
    path = Path(path)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError("output directory exists and is not empty; choose a new one", path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def split_meta(record: dict[str, Any], reserved: Iterable[str]) -> dict[str, Any]:
    """The fields of ``record`` that are not ``reserved``: the document's metadata in flat formats."""
    excluded = set(reserved)
    return {key: value for key, value in record.items() if key not in excluded}


def flatten_meta(document: Document, reserved: Iterable[str]) -> dict[str, Any]:
    """Metadata as top-level fields of a flat record; a key clashing with a format field is an error."""
    clashes = sorted(set(document.meta) & set(reserved))
    if clashes:
        raise InputError(f"[{document.id}] metadata keys {clashes} clash with fields of the output format")
    return dict(document.meta)


@lru_cache(maxsize=1)
def blank_zh() -> Language:
    """The character-level Chinese tokenizer every token-based format uses (built once)."""
    return spacy.blank("zh")
