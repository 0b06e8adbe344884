"""The human correction loop: pre-annotated tasks out, corrected gold back in.

:func:`export_tasks` runs a system (trained model or rules) over documents and writes
pre-annotated tasks for Label Studio, doccano or Prodigy, optionally only the ``N``
documents most worth correcting (:func:`select_documents`). :func:`import_gold` turns the
corrected file into gold JSONL, runs the gold checker and reports what the annotators
changed against the predictions (:func:`compare_spans`). See ``docs/formats.md``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import fmean
from typing import Any, ClassVar

from spacy.language import Language

from .documents import Document, Span, write_documents
from .errors import InputError
from .formats import ReadReport, read_format, write_format
from .gold import GoldProblem, check_gold
from .predict import load_pipeline, predict_documents

#: Formats tasks can be exported to, with the writer options that make them pre-annotations.
TASK_FORMATS: dict[str, dict[str, Any]] = {
    "labelstudio": {"predictions": True},
    "doccano": {},
    "prodigy": {"answer": None},
}
#: Metadata keys :func:`export_tasks` adds and :func:`import_gold` removes again.
TASK_META_KEYS = ("reason", "priority")
#: A signal is named in a task's reason only from these strengths on.
_MENTION = {"uncertainty": 0.2, "disagreement": 0.0, "rarity": 0.5}


@dataclass(frozen=True)
class Selection:
    """A document chosen for correction, with its priority and why it was chosen."""

    document: Document
    priority: float
    reason: str
    signals: dict[str, float]


def load_system(model: str | Path | None) -> tuple[Language, str]:
    """The pipeline to pre-annotate with and its version label: a trained model, or the rules when ``None``."""
    if model is None:
        return rule_system(), "parkner-rules"
    nlp = load_pipeline(model)
    return nlp, f"{Path(model).name}@{nlp.meta.get('version', '0.0.0')}"


def rule_system() -> Language:
    """The rule labeller as a spaCy pipeline (imported lazily: it loads gazetteers)."""
    from .pipeline import rule_pipeline

    return rule_pipeline()


def strict_f1(gold: Sequence[Span], predicted: Sequence[Span]) -> float:
    """Exact-match F1 between two span sets (1.0 when both are empty)."""
    left = {(span.start, span.end, span.label) for span in gold}
    right = {(span.start, span.end, span.label) for span in predicted}
    if not left and not right:
        return 1.0
    return 2 * len(left & right) / (len(left) + len(right))


def select_documents(
    predicted: Sequence[Document], n: int, reference: Sequence[Document] | None = None
) -> list[Selection]:
    """The ``n`` documents most worth correcting, highest priority first (ties keep input order).

    Priority is the mean of the signals available for the batch, each in [0, 1]:
    uncertainty (1 - mean span score, when the system gives scores), disagreement
    (1 - strict F1 against ``reference``, the rules' spans, when given) and rarity (the
    doc's rare-label mass: each span weighs 1 - its label's count / the commonest label's
    count, summed, relative to the doc with the most).
    """
    if reference is not None and [doc.id for doc in reference] != [doc.id for doc in predicted]:
        raise InputError("reference predictions must cover the same documents in the same order")
    counts = Counter(span.label for doc in predicted for span in doc.spans)
    weights = {label: 1 - count / max(counts.values()) for label, count in counts.items()}
    heaviest = max((_mass(doc, weights) for doc in predicted), default=0.0)
    batch = _Batch(counts, weights, heaviest, any(s.score is not None for doc in predicted for s in doc.spans))
    selections = []
    for index, doc in enumerate(predicted):
        signals, notes = _signals(doc, reference[index] if reference is not None else None, batch)
        priority = fmean(signals.values()) if signals else 0.0
        reason = "; ".join(notes) or f"no strong signal (priority {priority:.2f})"
        selections.append(Selection(doc, round(priority, 4), reason, signals))
    order = sorted(range(len(selections)), key=lambda i: (-selections[i].priority, i))
    return [selections[i] for i in order[: max(n, 0)]]


@dataclass(frozen=True)
class _Batch:
    """What the signals of one document need to know about the whole batch."""

    counts: Counter[str]
    weights: dict[str, float]
    heaviest: float
    scored: bool


def _mass(doc: Document, weights: dict[str, float]) -> float:
    return sum(weights[span.label] for span in doc.spans)


def _signals(doc: Document, reference: Document | None, batch: _Batch) -> tuple[dict[str, float], list[str]]:
    signals: dict[str, float] = {}
    notes: list[str] = []
    if batch.scored:
        scores = [span.score for span in doc.spans if span.score is not None]
        signals["uncertainty"] = 1 - fmean(scores) if scores else 0.0
        if scores and signals["uncertainty"] >= _MENTION["uncertainty"]:
            notes.append(f"low model confidence (mean span score {fmean(scores):.2f} over {len(scores)} spans)")
    if reference is not None:
        signals["disagreement"] = 1 - strict_f1(reference.spans, doc.spans)
        if signals["disagreement"] > _MENTION["disagreement"]:
            ours = {(s.start, s.end, s.label) for s in doc.spans}
            theirs = {(s.start, s.end, s.label) for s in reference.spans}
            notes.append(
                f"rules and model disagree (F1 {1 - signals['disagreement']:.2f}: "
                f"{len(theirs - ours)} rule-only, {len(ours - theirs)} model-only spans)"
            )
    if batch.counts:
        signals["rarity"] = _mass(doc, batch.weights) / batch.heaviest if batch.heaviest else 0.0
        in_doc = Counter(span.label for span in doc.spans)
        rare = [label for label in in_doc if batch.weights[label] >= _MENTION["rarity"]]
        if rare:
            rarest = max(rare, key=lambda label: batch.weights[label])
            total = sum(batch.counts.values())
            share = f"{batch.counts[rarest]} of {total} predicted spans in the batch"
            notes.append(f"rare label {rarest}: {in_doc[rarest]} here, {share}")
    return signals, notes


def export_tasks(
    documents: Sequence[Document],
    out_path: str | Path,
    fmt: str,
    *,
    system: Language,
    model_version: str,
    reference: Language | None = None,
    select: int | None = None,
) -> list[Selection]:
    """Pre-annotate ``documents`` with ``system`` and write tasks; with ``select``, only the top documents.

    ``reference`` (the rules, when ``system`` is a model) feeds the disagreement signal.
    Returns the selections written (every document, in input order, without ``select``).
    """
    if fmt not in TASK_FORMATS:
        raise InputError(f"tasks can be exported to {', '.join(TASK_FORMATS)}, not {fmt!r}")
    predicted = list(predict_documents(system, documents))
    if select is None:
        chosen = [Selection(doc, 0.0, "", {}) for doc in predicted]
    else:
        compared = list(predict_documents(reference, documents)) if reference is not None else None
        chosen = select_documents(predicted, select, compared)
    options = dict(TASK_FORMATS[fmt])
    if fmt == "labelstudio":
        options["model_version"] = model_version
    tasks = [_with_reason(selection) for selection in chosen] if select is not None else predicted
    write_format(tasks, out_path, fmt, options=options)
    return chosen


def _with_reason(selection: Selection) -> Document:
    meta = {**selection.document.meta, "reason": selection.reason, "priority": selection.priority}
    return replace(selection.document, meta=meta)


@dataclass
class SpanChanges:
    """What annotators changed against the predictions, per (gold) label."""

    per_label: dict[str, Counter[str]] = field(default_factory=dict)
    relabellings: Counter[tuple[str, str]] = field(default_factory=Counter)
    documents_compared: int = 0
    documents_changed: int = 0
    without_prediction: list[str] = field(default_factory=list)

    KINDS: ClassVar[tuple[str, ...]] = ("kept", "added", "removed", "relabelled", "rebounded")

    def count(self, label: str, kind: str) -> None:
        """Record one span of ``label`` that was kept, added, removed, relabelled or re-bounded."""
        self.per_label.setdefault(label, Counter())[kind] += 1

    def table(self) -> str:
        """A plain-text table: one row per label, one column per kind of change."""
        header = f"{'label':<10}" + "".join(f"{kind:>12}" for kind in self.KINDS)
        rows = [
            f"{label:<10}" + "".join(f"{self.per_label[label][kind]:>12}" for kind in self.KINDS)
            for label in sorted(self.per_label)
        ]
        lines = [header, *rows]
        lines += [f"relabelled {old} → {new}: {count}" for (old, new), count in sorted(self.relabellings.items())]
        lines.append(f"{self.documents_changed} of {self.documents_compared} documents changed")
        if self.without_prediction:
            lines.append(f"no prediction for: {', '.join(self.without_prediction)}")
        return "\n".join(lines)


def compare_spans(gold: Sequence[Document], predicted: Sequence[Document]) -> SpanChanges:
    """Classify every span: kept, added, removed, relabelled (same bounds) or re-bounded (same label, overlapping)."""
    by_id = {doc.id: doc for doc in predicted}
    changes = SpanChanges()
    for doc in gold:
        if doc.id not in by_id:
            changes.without_prediction.append(doc.id)
            continue
        changes.documents_compared += 1
        changes.documents_changed += int(strict_f1(doc.spans, by_id[doc.id].spans) < 1)
        _compare_document(doc.spans, by_id[doc.id].spans, changes)
    return changes


def _compare_document(gold: Sequence[Span], predicted: Sequence[Span], changes: SpanChanges) -> None:
    remaining_gold = list(gold)
    remaining_pred = list(predicted)

    def pair(match: Callable[[Span, Span], bool], kind: str) -> None:
        for gold_span in list(remaining_gold):
            candidates = [pred for pred in remaining_pred if match(gold_span, pred)]
            if not candidates:
                continue
            best = max(candidates, key=lambda pred: min(pred.end, gold_span.end) - max(pred.start, gold_span.start))
            remaining_gold.remove(gold_span)
            remaining_pred.remove(best)
            changes.count(gold_span.label, kind)
            if kind == "relabelled":
                changes.relabellings[(best.label, gold_span.label)] += 1

    pair(lambda g, p: (g.start, g.end, g.label) == (p.start, p.end, p.label), "kept")
    pair(lambda g, p: (g.start, g.end) == (p.start, p.end), "relabelled")
    pair(lambda g, p: g.label == p.label and g.start < p.end and p.start < g.end, "rebounded")
    for span in remaining_gold:
        changes.count(span.label, "added")
    for span in remaining_pred:
        changes.count(span.label, "removed")


@dataclass
class ImportResult:
    """The outcome of :func:`import_gold`."""

    documents: int
    problems: list[GoldProblem]
    report: ReadReport
    changes: SpanChanges | None = None


def import_gold(
    in_path: str | Path,
    fmt: str,
    out_path: str | Path,
    *,
    source: str | None = None,
    against: str | Path | None = None,
    against_fmt: str = "parkner",
) -> ImportResult:
    """Convert corrected annotations to gold JSONL, check it, and compare it with the predictions.

    ``source`` selects Label Studio ``annotations`` (default) or ``predictions``; ``against``
    (read as ``against_fmt``; Label Studio files give their predictions) is what the
    annotators started from.
    """
    report = ReadReport()
    options = {"source": source} if source is not None else {}
    documents = [_strip_task_meta(doc) for doc in read_format(in_path, fmt, report=report, options=options)]
    count = write_documents(documents, out_path)
    result = ImportResult(count, check_gold([out_path]), report)
    if against is not None:
        against_options = {"source": "predictions"} if against_fmt == "labelstudio" else {}
        predicted = read_format(against, against_fmt, report=report, options=against_options)
        result.changes = compare_spans(documents, predicted)
    return result


def _strip_task_meta(document: Document) -> Document:
    meta = {key: value for key, value in document.meta.items() if key not in TASK_META_KEYS}
    return replace(document, meta=meta, spans=[Span(s.start, s.end, s.label) for s in document.spans])
