"""Documents, spans and the JSONL files that hold them.

One JSON object per line: ``id``, ``text``, optional ``spans`` (half-open
character offsets into ``text``), ``meta`` and ``offsets`` (the run-length
:class:`~parkner.offsets.OffsetMap` onto the source file). See
``docs/data-contract.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .offsets import OffsetMap

LABELS: tuple[str, ...] = ("PARK", "COMPANY", "PROJECT", "METRIC")


@dataclass(frozen=True, order=True)
class Span:
    """An entity: ``text[start:end]`` carries ``label``."""

    start: int
    end: int
    label: str
    #: Confidence of a predicted span, when the system that made it has one.
    score: float | None = field(default=None, compare=False)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        """JSON form; with ``text`` the covered string is added for human review."""
        record: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if text is not None:
            record["text"] = text[self.start : self.end]
        if self.score is not None:
            record["score"] = round(self.score, 4)
        return record


@dataclass
class Document:
    """A cleaned document with its entities, metadata and map onto its source."""

    id: str
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    offsets: OffsetMap | None = None

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def source_span(self, span: Span) -> tuple[int, int]:
        """The span in the characters of the source file (identity without a map)."""
        if self.offsets is None:
            return span.start, span.end
        return self.offsets.span_to_source(span.start, span.end)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.id, "text": self.text}
        record["spans"] = [span.to_dict(self.text) for span in sorted(self.spans)]
        record["meta"] = self.meta
        if self.offsets is not None:
            record["offsets"] = {
                "source_length": self.offsets.source_length,
                "segments": self.offsets.to_segments(),
            }
        return record

    @classmethod
    def from_dict(cls, record: Any, path: str | Path | None = None, line: int | None = None) -> Document:
        """Build a document from its JSON form; malformed records raise :class:`InputError`."""
        if not isinstance(record, dict):
            raise InputError("expected a JSON object", path, line)
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError("missing string field 'text'", path, line)
        doc_id = record.get("id", f"line-{line}" if line else None)
        if doc_id is None:
            raise InputError("missing field 'id'", path, line)
        meta = record.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError("field 'meta' must be an object", path, line)
        spans = [_span_from_dict(raw, path, line) for raw in record.get("spans") or []]
        offsets = None
        if record.get("offsets"):
            raw_offsets = record["offsets"]
            try:
                offsets = OffsetMap.from_segments(raw_offsets["segments"], int(raw_offsets["source_length"]))
            except (KeyError, TypeError, ValueError) as error:
                raise InputError(f"invalid 'offsets': {error}", path, line) from error
            if len(offsets) != len(text):
                raise InputError(
                    f"'offsets' cover {len(offsets)} characters but 'text' has {len(text)}", path, line
                )
        return cls(str(doc_id), text, spans, meta, offsets)


def _span_from_dict(raw: Any, path: str | Path | None, line: int | None) -> Span:
    if isinstance(raw, dict):
        start, end, label = raw.get("start"), raw.get("end"), raw.get("label")
    elif isinstance(raw, (list, tuple)) and len(raw) == 3:
        start, end, label = raw
    else:
        raise InputError(f"span {raw!r} must be an object with start, end and label", path, line)
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
        raise InputError(f"span {raw!r} needs integer start/end and a string label", path, line)
    score = raw.get("score") if isinstance(raw, dict) else None
    return Span(start, end, label, float(score) if isinstance(score, (int, float)) else None)


def paragraph_ranges(text: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each non-blank line: the unit models are trained and applied on."""
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if line.strip():
            yield start, start + len(line)


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line; bad JSON names file and line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot open: {error.strerror}", path) from error
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"malformed JSON ({error.msg} at column {error.colno})", path, number) from error
        except UnicodeDecodeError as error:
            raise InputError("not UTF-8 text", path) from error


def iter_documents(path: str | Path) -> Iterator[Document]:
    """Stream the documents of a parkner JSONL file, one line at a time (a bad line raises when it is reached)."""
    return (Document.from_dict(record, path, number) for number, record in iter_jsonl(path))


def read_documents(path: str | Path) -> list[Document]:
    """Read a parkner JSONL file into documents."""
    return list(iter_documents(path))


def count_records(path: str | Path) -> int:
    """Non-blank lines of a JSONL file: the total of a progress bar, counted without parsing."""
    try:
        with Path(path).open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError as error:
        raise InputError(f"cannot open: {error.strerror}", path) from error


def write_jsonl(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write JSON objects one per line (UTF-8, no ASCII escaping); return how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_documents(documents: Iterable[Document], path: str | Path) -> int:
    """Write documents as parkner JSONL; return how many were written."""
    return write_jsonl((document.to_dict() for document in documents), path)
