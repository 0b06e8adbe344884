"""Shared fixtures for the evaluation tests: seeded random corpora and a tiny saved pipeline."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import spacy

from parkner.documents import LABELS, Document, Span


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(length))


def _random_spans(rng: random.Random, length: int, count: int) -> list[Span]:
    """Non-overlapping random spans of 1–8 characters."""
    spans: list[Span] = []
    for _ in range(count * 3):
        start = rng.randrange(0, length - 1)
        end = min(length, start + rng.randint(1, 8))
        candidate = Span(start, end, rng.choice(LABELS))
        if all(candidate.end <= s.start or s.end <= candidate.start for s in spans):
            spans.append(candidate)
        if len(spans) == count:
            break
    return sorted(spans)


def _perturb(rng: random.Random, gold: list[Span], length: int, overlapping: bool) -> list[Span]:
    """A noisy prediction: exact, relabelled, shifted, shrunk, dropped and spurious spans."""
    pred: list[Span] = []
    for span in gold:
        roll = rng.random()
        if roll < 0.45:
            pred.append(span)
        elif roll < 0.55:
            pred.append(Span(span.start, span.end, rng.choice([x for x in LABELS if x != span.label])))
        elif roll < 0.7:
            start = max(0, span.start + rng.choice([-2, -1, 1]))
            end = min(length, max(start + 1, span.end + rng.choice([-1, 0, 2])))
            pred.append(Span(start, end, span.label if rng.random() < 0.7 else rng.choice(LABELS)))
        elif roll < 0.8:
            pred.append(Span(span.start, max(span.start + 1, span.end - 1), span.label))
    pred.extend(_random_spans(rng, length, rng.randint(0, 3)))
    if overlapping:
        return sorted(pred)
    kept: list[Span] = []
    for span in sorted(pred):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return kept


def random_corpus(
    seed: int, n_docs: int = 15, length: int = 150, *, overlapping: bool = False
) -> tuple[list[Document], list[Document]]:
    """Gold and a noisy prediction over ``n_docs`` random Chinese texts (fixed seed)."""
    rng = random.Random(seed)
    gold, pred = [], []
    for index in range(n_docs):
        text = _random_text(rng, length)
        spans = _random_spans(rng, length, rng.randint(0, 12))
        gold.append(Document(f"doc-{index}", text, spans))
        pred.append(Document(f"doc-{index}", text, _perturb(rng, spans, length, overlapping)))
    return gold, pred


GOLD_RECORDS = [
    {
        "id": "g1",
        "text": "昆明高新区引进云南锗业，投资10亿元。",
        "spans": [
            {"start": 0, "end": 5, "label": "PARK", "text": "昆明高新区"},
            {"start": 7, "end": 11, "label": "COMPANY", "text": "云南锗业"},
            {"start": 14, "end": 18, "label": "METRIC", "text": "10亿元"},
        ],
        "meta": {},
    },
    {
        "id": "g2",
        "text": "贝泰妮新中央工厂在昆明高新区开工。",
        "spans": [
            {"start": 0, "end": 8, "label": "PROJECT", "text": "贝泰妮新中央工厂"},
            {"start": 9, "end": 14, "label": "PARK", "text": "昆明高新区"},
        ],
        "meta": {},
    },
    {"id": "g3", "text": "华为落地<b>园区</b>。", "spans": [{"start": 0, "end": 2, "label": "COMPANY"}], "meta": {}},
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    """A small valid gold JSONL file."""
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in GOLD_RECORDS), encoding="utf-8")
    return path


def ruler_pipeline(patterns: list[dict[str, str]]) -> spacy.language.Language:
    """``spacy.blank("zh")`` with an entity ruler: a stand-in for a trained model or the rules."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


@pytest.fixture
def ruler_model(tmp_path: Path) -> Path:
    """A saved pipeline that finds 昆明高新区 (PARK) and mislabels 云南锗业 as PROJECT."""
    path = tmp_path / "ruler-model"
    ruler_pipeline(
        [{"label": "PARK", "pattern": "昆明高新区"}, {"label": "PROJECT", "pattern": "云南锗业"}]
    ).to_disk(path)
    return path


@pytest.fixture
def make_corpus():  # type: ignore[no-untyped-def]
    """The seeded corpus generator :func:`random_corpus`."""
    return random_corpus


@pytest.fixture
def make_ruler():  # type: ignore[no-untyped-def]
    """The stand-in pipeline builder :func:`ruler_pipeline`."""
    return ruler_pipeline
