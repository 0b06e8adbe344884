"""Score systems against gold: align documents, count, bootstrap, compare, collect errors."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from ..documents import LABELS, Document
from ..errors import InputError
from .bootstrap import CONFIDENCE, paired_p_value, resample_counts, resample_weights
from .errors import error_report
from .matching import SCHEMES, document_counts
from .result import EvaluationResult, PairedTest, SystemResult
from .scoring import prf, scheme_scores

_STRICT, _MICRO, _F = SCHEMES.index("strict"), -1, 2


def evaluate(
    gold: Sequence[Document],
    systems: Mapping[str, Sequence[Document]],
    *,
    n_bootstrap: int = 1000,
    seed: int = 0,
) -> EvaluationResult:
    """Score each system's documents (matched to ``gold`` by id) under all four SemEval schemes.

    ``n_bootstrap`` document resamples (0 to skip) give 95% percentile intervals and, for every pair
    of systems, a paired test of their strict micro F1; ``seed`` makes both reproducible.
    """
    if n_bootstrap < 0:
        raise ValueError("n_bootstrap must be >= 0")
    gold = list(gold)
    _check_gold(gold)
    if not systems:
        raise InputError("no system to evaluate")
    aligned = {name: _align(name, gold, documents) for name, documents in systems.items()}
    scored = {name: [_known_labels(document) for document in documents] for name, documents in aligned.items()}
    counts = {
        name: np.stack([document_counts(truth.spans, guess.spans) for truth, guess in zip(gold, documents)])
        for name, documents in scored.items()
    }
    weights = resample_weights(len(gold), n_bootstrap, seed) if n_bootstrap else None
    samples = {} if weights is None else {name: resample_counts(weights, c) for name, c in counts.items()}
    results = {
        name: SystemResult(
            name=name,
            schemes=scheme_scores(counts[name].sum(axis=0), samples.get(name)),
            errors=error_report(gold, scored[name]),
            ignored_spans=sum(len(a.spans) - len(s.spans) for a, s in zip(aligned[name], scored[name])),
        )
        for name in aligned
    }
    comparisons = _paired_tests(results, samples) if samples else []
    return EvaluationResult(results, comparisons, n_bootstrap, seed, CONFIDENCE, gold, scored)


def _paired_tests(results: dict[str, SystemResult], samples: dict[str, np.ndarray]) -> list[PairedTest]:
    """Strict micro F1 of every pair of systems, tested on the same document resamples."""
    resampled_f = {name: prf(counts)[:, _STRICT, _MICRO, _F] for name, counts in samples.items()}
    tests = []
    for a, b in itertools.combinations(results, 2):
        f_a, f_b = results[a]["strict"].micro.f, results[b]["strict"].micro.f
        tests.append(PairedTest(a, b, f_a, f_b, paired_p_value(f_a - f_b, resampled_f[a] - resampled_f[b])))
    return tests


def _check_gold(gold: list[Document]) -> None:
    if not gold:
        raise InputError("no gold documents to evaluate against")
    seen: set[str] = set()
    for document in gold:
        if document.id in seen:
            raise InputError(f"duplicate gold document id {document.id!r}")
        seen.add(document.id)
        unknown = sorted({span.label for span in document.spans} - set(LABELS))
        if unknown:
            raise InputError(f"gold document {document.id!r} has unknown labels {', '.join(unknown)}")


def _align(name: str, gold: list[Document], documents: Sequence[Document]) -> list[Document]:
    """The system's document for each gold document, by id; its text must be the gold text."""
    by_id: dict[str, Document] = {}
    for document in documents:
        if document.id in by_id:
            raise InputError(f"system {name!r} has two documents with id {document.id!r}")
        by_id[document.id] = document
    aligned = []
    for truth in gold:
        guess = by_id.get(truth.id)
        if guess is None:
            raise InputError(f"system {name!r} has no prediction for gold document {truth.id!r}")
        if guess.text != truth.text:
            raise InputError(f"system {name!r}: the text of document {truth.id!r} differs from the gold text")
        aligned.append(guess)
    return aligned


def _known_labels(document: Document) -> Document:
    """The document with only the spans whose label is scored."""
    return replace(document, spans=[span for span in document.spans if span.label in LABELS])
