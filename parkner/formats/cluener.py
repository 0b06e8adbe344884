"""``cluener``: CLUENER2020 JSONL ``{"text", "label": {TYPE: {entity_text: [[start, end_inclusive], ...]}}}``.

Ends are inclusive in this format and converted to half-open offsets; label names stay ours
(``PARK``, ``COMPANY``, …). ``id``, ``meta`` and ``offsets`` are written as extra fields and read back.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..documents import Document, iter_jsonl, write_jsonl
from ..errors import InputError
from .base import RawSpan, ReadReport, build_document, offsets_field


def read_cluener(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Read CLUENER JSONL; every mention's entity key must equal the text at its offsets."""
    documents = []
    for line, record in iter_jsonl(path):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("expected an object with a string 'text'", path, line)
        meta = record.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError("field 'meta' must be an object", path, line)
        doc_id = str(record.get("id", f"line-{line}"))
        spans = _spans(record.get("label") or {}, path, line)
        documents.append(build_document(doc_id, record["text"], spans, meta, path, line, record.get("offsets")))
    return documents


def _spans(labels: Any, path: str | Path, line: int) -> list[RawSpan]:
    if not isinstance(labels, dict):
        raise InputError("field 'label' must be an object {TYPE: {entity: [[start, end], ...]}}", path, line)
    spans = []
    for label, entities in labels.items():
        if not isinstance(entities, dict):
            raise InputError(f"label {label!r}: expected an object {{entity: [[start, end], ...]}}", path, line)
        for entity, positions in entities.items():
            if not isinstance(positions, list) or not all(
                isinstance(pair, list) and len(pair) == 2 for pair in positions
            ):
                raise InputError(f"{label} {entity!r}: positions must be [[start, end_inclusive], ...]", path, line)
            for start, last in positions:
                end = last + 1 if isinstance(last, int) and not isinstance(last, bool) else last
                spans.append(RawSpan(start, end, label, entity))
    return spans


def write_cluener(documents: Iterable[Document], path: str | Path) -> int:
    """Write CLUENER JSONL with inclusive end offsets."""
    return write_jsonl((_record(document) for document in documents), path)


def _record(document: Document) -> dict[str, Any]:
    labels: dict[str, dict[str, list[list[int]]]] = {}
    for span in sorted(document.spans):
        labels.setdefault(span.label, {}).setdefault(document.span_text(span), []).append([span.start, span.end - 1])
    record: dict[str, Any] = {"id": document.id, "text": document.text, "label": labels, "meta": document.meta}
    if document.offsets is not None:
        record["offsets"] = offsets_field(document)
    return record
