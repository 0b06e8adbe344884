"""``docbin``: a spaCy ``DocBin`` (``.spacy``) of ``spacy.blank("zh")`` docs, entities in ``doc.ents``.

The document id, metadata and offset map travel in ``doc.user_data`` (``"id"``, ``"meta"``,
``"offsets"``); this is
what ``spacy train`` reads as a corpus.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, DocBin

from ..documents import Document
from ..errors import InputError
from .base import RawSpan, ReadReport, blank_zh, build_document, check_no_overlap, offsets_field


def write_docbin(documents: Iterable[Document], path: str | Path) -> int:
    """Serialise documents as a DocBin; a span off the character tokens raises :class:`InputError`."""
    doc_bin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=True)
    count = 0
    for document in documents:
        doc_bin.add(to_spacy(document))
        count += 1
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(path)
    return count


def to_spacy(document: Document) -> Doc:
    """A character-tokenised spaCy doc with the document's spans as entities."""
    check_no_overlap(document)
    doc = blank_zh().make_doc(document.text)
    entities = []
    for span in sorted(document.spans):
        entity = doc.char_span(span.start, span.end, label=span.label)
        if entity is None:
            raise InputError(
                f"[{document.id}] span {span.start}-{span.end} {document.span_text(span)!r} does not fall on token "
                "boundaries (it starts or ends inside a run of whitespace)"
            )
        entities.append(entity)
    doc.ents = entities
    doc.user_data["id"] = document.id
    doc.user_data["meta"] = document.meta
    if document.offsets is not None:
        doc.user_data["offsets"] = offsets_field(document)
    return doc


def read_docbin(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Read a DocBin; entity labels must be known, ids default to ``doc-<n>``."""
    try:
        doc_bin = DocBin().from_disk(path)
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read a spaCy DocBin: {error}", path) from error
    documents = []
    for index, doc in enumerate(doc_bin.get_docs(blank_zh().vocab), start=1):
        meta = doc.user_data.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError(f"doc {index}: user_data 'meta' must be a dict", path, index)
        spans = [RawSpan(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        doc_id = str(doc.user_data.get("id", f"doc-{index}"))
        documents.append(build_document(doc_id, doc.text, spans, meta, path, index, doc.user_data.get("offsets")))
    return documents
