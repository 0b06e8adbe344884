"""``parkner label``: the rule pipeline over a corpus, streamed, on several processes, to JSONL or DocBin."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import DocBin

from .documents import Document, write_documents
from .predict import pipe_documents
from .rules.base import MISALIGNED_KEY
from .sharding import BatchAnnotator, annotate_stream, cached_pipeline


@dataclass
class LabelStats:
    """How many documents, characters and entities were labelled, and how many rule matches were misaligned."""

    documents: int = 0
    characters: int = 0
    entities: int = 0
    misaligned: int = 0

    def add(self, document: Document, entities: int, misaligned: int) -> None:
        self.documents += 1
        self.characters += len(document.text)
        self.entities += entities
        self.misaligned += misaligned


def label_documents(
    documents: Iterable[Document], stats: LabelStats, *, pipeline: str | None = None, n_process: int = 1,
    batch_size: int = 32, progress: bool = False, total: int | None = None,
) -> Iterator[Document]:
    """Yield a copy of each document whose spans are the rule entities, labelled on ``n_process`` workers.

    ``pipeline`` is a saved rule pipeline directory (``None``: :func:`parkner.rule_pipeline`);
    workers get only texts and return only spans, so memory stays flat on any corpus size.
    """
    annotator = BatchAnnotator(pipeline, batch_size)
    stream = annotate_stream(documents, annotator, n_process=n_process, batch_size=batch_size,
                             progress=progress, total=total, desc="label")
    for document, spans, misaligned in stream:
        stats.add(document, len(spans), misaligned)
        yield replace(document, spans=spans, meta=dict(document.meta))


def label_to_docbin(documents: Iterable[Document], output: Path, stats: LabelStats, *, pipeline: str | None = None,
                    n_process: int = 1, progress: bool = False, total: int | None = None) -> None:
    """Label into a DocBin that keeps every LF's span group (``doc.spans[<lf name>]``) for inspection."""
    docbin = DocBin(store_user_data=False)  # user_data holds only the tokenizer's normalised copy of the text
    pairs = pipe_documents(cached_pipeline(pipeline), documents, n_process=n_process, batch_size=32,
                           progress=progress, total=total, desc="label")
    for document, doc in pairs:
        stats.add(document, len(doc.ents), int(doc.user_data.pop(MISALIGNED_KEY, 0)))
        docbin.add(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)


def label_to_file(
    documents: Iterable[Document], output: Path, *, pipeline: str | None = None, n_process: int = 1,
    progress: bool = False, total: int | None = None,
) -> LabelStats:
    """Label ``documents`` (streamed) into ``output``: ``.spacy`` writes a DocBin (with every LF's span group), else
    JSONL. ``pipeline`` is a saved rule pipeline (with the user's own gazetteers); ``None``: the packaged rules."""
    stats = LabelStats()
    if output.suffix == ".spacy":
        label_to_docbin(documents, output, stats, pipeline=pipeline, n_process=n_process, progress=progress, total=total)
    else:
        labelled = label_documents(documents, stats, pipeline=pipeline, n_process=n_process, progress=progress,
                                   total=total)
        write_documents(labelled, output)
    return stats
