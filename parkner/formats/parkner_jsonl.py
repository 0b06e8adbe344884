"""``parkner``: the project's own JSONL (see ``docs/data-contract.md``), read with span validation."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..documents import Document, iter_jsonl, write_documents
from .base import RawSpan, ReadReport, build_document


def read_parkner(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Read parkner JSONL, checking every span (offsets, ``text`` field, label, overlap)."""
    documents = []
    for line, record in iter_jsonl(path):
        document = Document.from_dict(record, path, line)
        raw_spans = record.get("spans") or []
        spans = [
            RawSpan(span.start, span.end, span.label, raw.get("text") if isinstance(raw, dict) else None, span.score)
            for span, raw in zip(document.spans, raw_spans, strict=True)
        ]
        documents.append(
            build_document(document.id, document.text, spans, document.meta, path, line, record.get("offsets"))
        )
    return documents


def write_parkner(documents: Iterable[Document], path: str | Path) -> int:
    """Write parkner JSONL (:func:`parkner.documents.write_documents`)."""
    return write_documents(documents, path)
