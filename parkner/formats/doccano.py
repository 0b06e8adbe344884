"""``doccano``: doccano sequence-labelling JSONL.

Written as ``{"id", "text", "label": [[start, end, LABEL], ...], <meta fields>, "offsets"?}`` — doccano
keeps extra columns as metadata and puts them back at the top level on export. Read also
accepts the relation-project variant ``"entities": [{"start_offset", "end_offset", "label"}]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..documents import Document, iter_jsonl, write_jsonl
from ..errors import InputError
from .base import RawSpan, ReadReport, build_document, flatten_meta, offsets_field, split_meta

#: Fields doccano gives meaning to; everything else is metadata. Empty bookkeeping lists are dropped.
RESERVED = ("id", "text", "label", "entities", "offsets")
_BOOKKEEPING = ("relations", "Comments")


def read_doccano(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Read doccano JSONL (``label`` triples or ``entities`` objects)."""
    documents = []
    for line, record in iter_jsonl(path):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("expected an object with a string 'text'", path, line)
        meta = split_meta(record, RESERVED)
        for key in _BOOKKEEPING:
            if meta.get(key) == []:
                del meta[key]
        doc_id = str(record.get("id", f"line-{line}"))
        spans = _spans(record, path, line)
        documents.append(build_document(doc_id, record["text"], spans, meta, path, line, record.get("offsets")))
    return documents


def _spans(record: dict[str, Any], path: str | Path, line: int) -> list[RawSpan]:
    if "entities" in record:
        entities = record["entities"]
        if not isinstance(entities, list) or not all(isinstance(entity, dict) for entity in entities):
            raise InputError("field 'entities' must be a list of objects", path, line)
        return [
            RawSpan(entity.get("start_offset"), entity.get("end_offset"), entity.get("label")) for entity in entities
        ]
    labels = record.get("label") or []
    if not isinstance(labels, list) or not all(isinstance(item, list) and len(item) == 3 for item in labels):
        raise InputError("field 'label' must be a list of [start, end, label] triples", path, line)
    return [RawSpan(*item) for item in labels]


def write_doccano(documents: Iterable[Document], path: str | Path) -> int:
    """Write doccano JSONL; metadata keys become top-level fields."""
    return write_jsonl((_record(document) for document in documents), path)


def _record(document: Document) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": document.id,
        "text": document.text,
        "label": [[span.start, span.end, span.label] for span in sorted(document.spans)],
    }
    record.update(flatten_meta(document, RESERVED))
    if document.offsets is not None:
        record["offsets"] = offsets_field(document)
    return record
