"""Run a spaCy pipeline (a trained model or the rule labeller) over documents."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from .cpu import use_numpy_blas
from .documents import Document, Span, paragraph_ranges
from .errors import ModelNotFoundError

#: ``doc.user_data`` key where components may leave entity confidences, ``{"start:end:LABEL": score}``.
SCORES_KEY = "parkner_scores"


def load_pipeline(path: str | Path) -> Language:
    """``spacy.load`` with a clear error when ``path`` holds no pipeline; matrix products on numpy's BLAS."""
    return use_numpy_blas(spacy.load(require_pipeline(path)))


def require_pipeline(path: str | Path) -> Path:
    """``path`` if it holds a saved pipeline (``config.cfg`` and ``meta.json``), else :class:`ModelNotFoundError`."""
    path = Path(path)
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelNotFoundError(path)
    return path


def doc_spans(doc: Doc) -> list[Span]:
    """The entities of a processed doc as character spans, with scores where the pipeline set them."""
    scores: dict[str, float] = doc.user_data.get(SCORES_KEY, {})
    return [
        Span(ent.start_char, ent.end_char, ent.label_, scores.get(score_key(ent.start_char, ent.end_char, ent.label_)))
        for ent in doc.ents
    ]


def score_key(start: int, end: int, label: str) -> str:
    """Key of an entity in ``doc.user_data[SCORES_KEY]`` (strings survive multiprocessing)."""
    return f"{start}:{end}:{label}"


def pipe_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = False,
    total: int | None = None,
    desc: str = "predict",
) -> Iterator[tuple[Document, Doc]]:
    """Stream ``(document, processed doc)`` pairs; documents are consumed once, with a progress bar."""
    left, right = itertools.tee(documents)
    docs = nlp.pipe((document.text for document in left), n_process=n_process, batch_size=batch_size)
    yield from tqdm(zip(right, docs), total=total, desc=desc, unit="doc", disable=not progress, delay=1.0)


#: Factories whose components need whole documents (the rules' document-level LFs).
WHOLE_DOCUMENT_FACTORIES = {"parkner_rules", "parkner_rule_entities"}


def whole_documents(nlp: Language) -> bool:
    """Whether ``nlp`` must see whole documents: pipelines with the rule labeller do; models alone do not."""
    return any(nlp.get_pipe_meta(name).factory in WHOLE_DOCUMENT_FACTORIES for name in nlp.pipe_names)


def predict_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = False,
    total: int | None = None,
) -> Iterator[Document]:
    """Yield a copy of each document whose ``spans`` are the pipeline's entities (text untouched).

    Models are applied paragraph by paragraph, the unit they were trained on, which also
    keeps memory flat on long reports; pipelines with the rule labeller get whole documents.
    """
    if whole_documents(nlp):
        pairs = pipe_documents(nlp, documents, n_process=n_process, batch_size=batch_size, progress=progress, total=total)
        for document, doc in pairs:
            yield replace(document, spans=doc_spans(doc), meta=dict(document.meta))
        return
    left, right = itertools.tee(documents)
    paragraphs = nlp.pipe(_paragraphs(left), as_tuples=True, n_process=n_process, batch_size=batch_size)
    grouped = itertools.groupby(paragraphs, key=lambda pair: pair[1][0])
    documents_done = tqdm(right, total=total, desc="predict", unit="doc", disable=not progress, delay=1.0)
    for document, (_, group) in zip(documents_done, grouped):
        spans = [replace(span, start=span.start + offset, end=span.end + offset)
                 for doc, (_, offset) in group for span in doc_spans(doc)]
        yield replace(document, spans=spans, meta=dict(document.meta))


def _paragraphs(documents: Iterable[Document]) -> Iterator[tuple[str, tuple[int, int]]]:
    """``(paragraph, (document number, offset))`` for every paragraph; an empty one for a blank document."""
    for number, document in enumerate(documents):
        ranges = list(paragraph_ranges(document.text)) or [(0, 0)]
        for start, end in ranges:
            yield document.text[start:end], (number, start)
