"""``parkner label``: the rule pipeline over a corpus, streamed, on several processes, to JSONL or DocBin."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin

from .documents import Document, write_documents
from .predict import doc_spans, pipe_documents
from .rules.base import MISALIGNED_KEY


@dataclass
class LabelStats:
    """How many documents, characters and entities were labelled, and how many rule matches were misaligned."""

    documents: int = 0
    characters: int = 0
    entities: int = 0
    misaligned: int = 0


def label_documents(
    nlp: Language, documents: Iterable[Document], stats: LabelStats, *, n_process: int = 1,
    batch_size: int = 32, progress: bool = False, total: int | None = None,
    docbin: DocBin | None = None,
) -> Iterator[Document]:
    """Yield each document with the aggregated rule entities as its spans (LF groups go to ``docbin``)."""
    pairs = pipe_documents(
        nlp, documents, n_process=n_process, batch_size=batch_size, progress=progress, total=total, desc="label"
    )
    for document, doc in pairs:
        stats.documents += 1
        stats.characters += len(document.text)
        stats.misaligned += int(doc.user_data.pop(MISALIGNED_KEY, 0))
        spans = doc_spans(doc)
        stats.entities += len(spans)
        if docbin is not None:
            docbin.add(doc)
        yield Document(document.id, document.text, spans, dict(document.meta), document.offsets)


def label_to_file(nlp: Language, documents: list[Document], output: Path, *, n_process: int = 1,
                  progress: bool = False) -> LabelStats:
    """Label ``documents`` into ``output``: ``.spacy`` writes a DocBin (with every LF's span group), else JSONL."""
    stats = LabelStats()
    if output.suffix == ".spacy":
        docbin = DocBin(store_user_data=True)
        for _ in label_documents(nlp, documents, stats, n_process=n_process, progress=progress,
                                 total=len(documents), docbin=docbin):
            pass
        output.parent.mkdir(parents=True, exist_ok=True)
        docbin.to_disk(output)
    else:
        labelled = label_documents(nlp, documents, stats, n_process=n_process, progress=progress, total=len(documents))
        write_documents(labelled, output)
    return stats
