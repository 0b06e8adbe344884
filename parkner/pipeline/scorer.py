"""An NER scorer that adds macro F (``ents_macro_f``) so checkpoint selection weighs rare labels.

Weak labels of general news are mostly METRIC; micro F then picks checkpoints that
have not yet learned PARK or PROJECT. ``[training.score_weights] ents_macro_f`` can
weigh every label equally instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from statistics import fmean
from typing import Any

from spacy.scorer import get_ner_prf
from spacy.training import Example
from spacy.util import registry

Scorer = Callable[..., dict[str, Any]]


@registry.scorers("parkner.ner_scorer.v1")
def create_ner_scorer() -> Scorer:
    """spaCy's NER scores plus ``ents_macro_f`` (see :func:`score_entities`)."""
    return score_entities


def score_entities(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """``get_ner_prf`` with ``ents_macro_f`` added: the mean F over the labels of reference and prediction (0.0 if none)."""
    scores = get_ner_prf(list(examples), **kwargs)
    per_type = scores.get("ents_per_type") or {}
    scores["ents_macro_f"] = fmean(label["f"] for label in per_type.values()) if per_type else 0.0
    return scores
