"""``prodigy``: Prodigy JSONL tasks (``text``, ``spans``, ``tokens``, ``answer``, ``meta``).

On import only records answered ``accept`` (or not answered at all, i.e. pre-annotated
tasks) become documents; ``reject`` and ``ignore`` records are skipped and listed in
the :class:`~parkner.formats.base.ReadReport` (a rejected example is not gold).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..documents import Document, iter_jsonl, write_jsonl
from ..errors import InputError
from .base import RawSpan, ReadReport, blank_zh, build_document, offsets_field

ACCEPTED_ANSWERS = frozenset({"accept", None})


def read_prodigy(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Accepted (or unanswered) Prodigy records as documents; others are reported, not read."""
    documents = []
    for line, record in iter_jsonl(path):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("expected an object with a string 'text'", path, line)
        answer = record.get("answer")
        if answer not in ACCEPTED_ANSWERS:
            if answer not in ("reject", "ignore"):
                raise InputError(f"unknown answer {answer!r} (expected accept, reject or ignore)", path, line)
            if report is not None:
                report.skip(f"answer {answer!r}: not gold, skipped", path, line)
            continue
        meta = record.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError("field 'meta' must be an object", path, line)
        spans = record.get("spans") or []
        if not isinstance(spans, list) or not all(isinstance(span, dict) for span in spans):
            raise InputError("field 'spans' must be a list of objects", path, line)
        raw = [
            RawSpan(span.get("start"), span.get("end"), span.get("label"), span.get("text"), _score(span))
            for span in spans
        ]
        doc_id = str(record.get("id", f"line-{line}"))
        documents.append(build_document(doc_id, record["text"], raw, meta, path, line, record.get("offsets")))
    return documents


def write_prodigy(
    documents: Iterable[Document], path: str | Path, *, answer: str | None = "accept", tokens: bool = True
) -> int:
    """Write Prodigy tasks with character tokens; ``answer=None`` writes unanswered (pre-annotated) tasks."""
    return write_jsonl((_record(document, answer, tokens) for document in documents), path)


def _record(document: Document, answer: str | None, with_tokens: bool) -> dict[str, Any]:
    record: dict[str, Any] = {"id": document.id, "text": document.text}
    spans = [span.to_dict() for span in sorted(document.spans)]
    if with_tokens:
        doc = blank_zh().make_doc(document.text)
        record["tokens"] = [
            {
                "text": token.text,
                "start": token.idx,
                "end": token.idx + len(token),
                "id": token.i,
                "ws": bool(token.whitespace_),
            }
            for token in doc
        ]
        for span in spans:
            char_span = doc.char_span(span["start"], span["end"])
            if char_span is None:
                raise InputError(
                    f"[{document.id}] span {span['start']}-{span['end']} does not fall on token boundaries"
                )
            span["token_start"], span["token_end"] = char_span.start, char_span.end - 1
    record["spans"] = spans
    record["meta"] = document.meta
    if document.offsets is not None:
        record["offsets"] = offsets_field(document)
    if answer is not None:
        record["answer"] = answer
    return record


def _score(span: dict[str, Any]) -> float | None:
    score = span.get("score")
    return float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None
