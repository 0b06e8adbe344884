"""Annotate sharded corpora: a picklable batch function for datasets, Ray and Spark, and a flat-memory process pool.

Workers receive only plain data (a model path and texts); each process loads its pipeline once,
through :func:`cached_pipeline`. See ``docs/scaling.md``.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import cache
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from tqdm import tqdm

from .cpu import single_blas_thread
from .documents import Document, Span
from .errors import InputError
from .predict import doc_spans, load_pipeline, predict_documents, whole_documents
from .rules.base import MISALIGNED_KEY

if TYPE_CHECKING:
    import datasets
    import pandas as pd

#: Characters per batch sent to a worker: a few pages of a report, about 25 news items.
MAX_BATCH_CHARS = 30_000
#: One text's result: its entities and how many rule matches were misaligned.
Annotation = tuple[list[Span], int]


@cache
def cached_pipeline(model: str | None) -> Language:
    """The pipeline at ``model`` (``None``: the rule pipeline), loaded once per process and kept."""
    if model is None:
        from .pipeline import rule_pipeline

        return rule_pipeline()
    return load_pipeline(model)


@dataclass(frozen=True)
class BatchAnnotator:
    """A stateless, picklable batch function: adds ``spans`` and ``misaligned`` columns to a ``text`` column."""

    #: A trained pipeline directory; ``None`` means the rule pipeline.
    model: str | None = None
    #: ``nlp.pipe`` batch size.
    batch_size: int = 64

    def annotate(self, texts: Iterable[str]) -> list[Annotation]:
        """Entities and misaligned-match counts of each text, in order (models read it paragraph by paragraph)."""
        nlp = cached_pipeline(self.model)
        texts = [str(text) for text in texts]
        with nlp.memory_zone():  # strings the batch adds are freed after it: memory stays flat
            if not whole_documents(nlp):
                documents = (Document(str(number), text) for number, text in enumerate(texts))
                return [(document.spans, 0) for document in predict_documents(nlp, documents, batch_size=self.batch_size)]
            return [
                (doc_spans(doc), int(doc.user_data.pop(MISALIGNED_KEY, 0)))
                for doc in nlp.pipe(texts, batch_size=self.batch_size)
            ]

    def __call__(self, batch: Mapping[str, Any] | pd.DataFrame) -> dict[str, Any] | pd.DataFrame:
        """The batch (a dict of columns or a DataFrame) with ``spans`` and ``misaligned`` columns added."""
        import pandas as pd  # here, not at the top: pool workers never see a DataFrame

        if "text" not in batch:
            raise InputError(f"the batch has no 'text' column (columns: {', '.join(map(str, batch.keys()))})")
        annotations = self.annotate(batch["text"])
        spans = [[span_record(span) for span in found] for found, _ in annotations]
        misaligned = [count for _, count in annotations]
        if isinstance(batch, pd.DataFrame):
            return batch.assign(spans=pd.Series(spans, index=batch.index, dtype=object), misaligned=misaligned)
        return {**batch, "spans": spans, "misaligned": misaligned}


def span_record(span: Span) -> dict[str, Any]:
    """The column form of a span: ``start``, ``end``, ``label`` and ``score`` (``None`` without one)."""
    return {"start": span.start, "end": span.end, "label": span.label, "score": span.score}


def annotate_stream(
    documents: Iterable[Document],
    annotator: BatchAnnotator,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    max_batch_chars: int = MAX_BATCH_CHARS,
    progress: bool = False,
    total: int | None = None,
    desc: str = "annotate",
) -> Iterator[tuple[Document, list[Span], int]]:
    """Yield ``(document, spans, misaligned)`` in input order; with ``n_process > 1`` batches go to a process pool.

    A batch holds at most ``batch_size`` documents and ``max_batch_chars`` characters (a longer document goes
    alone), so memory follows the longest document, not how long documents happen to cluster in the corpus.
    """
    if n_process < 1:
        raise InputError(f"n_process must be at least 1, not {n_process}")
    batches = _annotated_batches(bounded_batches(documents, batch_size, max_batch_chars), annotator, n_process)
    triples = (
        (document, spans, misaligned)
        for batch, annotations in batches
        for document, (spans, misaligned) in zip(batch, annotations, strict=True)
    )
    yield from tqdm(triples, total=total, desc=desc, unit="doc", disable=not progress, delay=1.0)


def bounded_batches(documents: Iterable[Document], max_documents: int, max_chars: int) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``max_documents`` documents and ``max_chars`` characters (or one document)."""
    batch: list[Document] = []
    characters = 0
    for document in documents:
        if batch and (len(batch) == max_documents or characters + len(document.text) > max_chars):
            yield batch
            batch, characters = [], 0
        batch.append(document)
        characters += len(document.text)
    if batch:
        yield batch


def annotated_documents(
    documents: Iterable[Document], annotator: BatchAnnotator, **options: Any
) -> Iterator[Document]:
    """Copies of ``documents`` whose spans are the annotator's (text, meta and offsets untouched)."""
    for document, spans, _ in annotate_stream(documents, annotator, **options):
        yield replace(document, spans=spans, meta=dict(document.meta))


def _annotated_batches(
    batches: Iterator[list[Document]], annotator: BatchAnnotator, n_process: int
) -> Iterator[tuple[list[Document], list[Annotation]]]:
    """Pair each batch with its annotations; at most ``2 * n_process`` batches are in flight (flat memory)."""
    if n_process == 1:
        for batch in batches:
            yield batch, annotator.annotate(document.text for document in batch)
        return
    with _worker_pool(annotator, n_process) as pool:
        pending: deque[tuple[list[Document], AsyncResult[list[Annotation]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.apply_async(annotator.annotate, ([document.text for document in batch],))))
            if len(pending) > 2 * n_process:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()


def _worker_pool(annotator: BatchAnnotator, n_process: int) -> Pool:
    """Workers forked after the pipeline is loaded here (Linux: no import, no load per worker), else spawned.

    Forking a loaded pipeline is what ``nlp.pipe(n_process=…)`` does on Linux; where ``fork`` is unsafe
    (macOS, Windows) each spawned worker imports spaCy and loads the pipeline once, about a second.
    Each worker keeps to one BLAS thread, so ``n_process`` workers do not oversubscribe the cores.
    """
    if sys.platform != "linux":
        return multiprocessing.get_context("spawn").Pool(n_process, initializer=single_blas_thread)
    cached_pipeline(annotator.model)
    return multiprocessing.get_context("fork").Pool(n_process, initializer=single_blas_thread)


def annotate_dataset(
    dataset: datasets.Dataset,
    annotator: BatchAnnotator,
    *,
    num_proc: int = 1,
    batch_size: int = 64,
    progress: bool = False,
) -> datasets.Dataset:
    """``dataset.map(annotator, batched=True)``: add ``spans`` and ``misaligned`` columns (never read from cache)."""
    import datasets

    from .formats.hf import _quiet

    if "text" not in dataset.column_names:
        raise InputError(f"the dataset has no 'text' column (columns: {', '.join(dataset.column_names)})")
    features = dataset.features.copy()
    features["spans"] = datasets.List(
        {
            "start": datasets.Value("int32"),
            "end": datasets.Value("int32"),
            "label": datasets.Value("string"),
            "score": datasets.Value("float64"),
        }
    )
    features["misaligned"] = datasets.Value("int32")
    with nullcontext() if progress else _quiet():
        return dataset.map(
            annotator,
            batched=True,
            batch_size=batch_size,
            num_proc=num_proc if num_proc > 1 else None,
            features=features,
            load_from_cache_file=False,
            desc="annotate",
        )


def dataset_documents(dataset: datasets.Dataset) -> Iterator[Document]:
    """Documents back from a dataset (e.g. :func:`parkner.formats.hf.to_dataset`, annotated): ``spans`` become theirs."""
    for index, row in enumerate(dataset, start=1):
        record = dict(row)
        for key in ("meta", "offsets"):  # JSON strings in parkner datasets (see ``parkner.formats.hf``)
            if isinstance(record.get(key), str):
                try:
                    record[key] = json.loads(record[key])
                except json.JSONDecodeError as error:
                    raise InputError(f"{key!r} is not JSON ({error.msg})", "<dataset>", index) from error
        yield Document.from_dict(record, "<dataset>", index)
