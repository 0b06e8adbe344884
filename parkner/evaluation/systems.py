"""Run the systems to evaluate (saved pipelines and the rule labeller) over the gold texts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from ..documents import Document
from ..errors import InputError
from ..predict import load_pipeline, predict_documents

#: System name of the rule labeller.
RULES = "rules"


def run_systems(
    gold: Sequence[Document], models: Sequence[str | Path] = (), *, rules: bool = False, progress: bool = False
) -> dict[str, list[Document]]:
    """Each system's predictions on the gold texts, keyed by ``rules`` or the model directory name."""
    names = system_names(models)
    if len(set(names)) < len(names):
        raise InputError("the same model was given twice")
    predictions: dict[str, list[Document]] = {}
    if rules:
        predictions[RULES] = _predict(_rule_pipeline(), gold, progress)
    for name, path in zip(names, models):
        predictions[name] = _predict(load_pipeline(path), gold, progress)
    return predictions


def system_names(models: Sequence[str | Path]) -> list[str]:
    """Directory names, or the paths as given where two directories share a name (or clash with ``rules``)."""
    names = [Path(model).name or str(model) for model in models]
    taken = [*names, RULES]
    return [name if taken.count(name) == 1 else str(model) for name, model in zip(names, models)]


def _rule_pipeline() -> Language:
    from ..pipeline import rule_pipeline  # heavy: imported only when the rules are evaluated

    return rule_pipeline()


def _predict(nlp: Language, gold: Sequence[Document], progress: bool) -> list[Document]:
    return list(predict_documents(nlp, gold, progress=progress, total=len(gold)))
