"""spaCy integration: the script-independent tokenizer, the rule components and the rule pipeline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from . import architectures, scorer  # noqa: F401  (register parkner.ParagraphWindowEncoder.v1, parkner.ner_scorer.v1)
from .components import Aggregator, RuleLabeller
from .tokenizer import ParknerTokenizer


def rule_pipeline(config_path: str | Path | None = None, **overrides: object) -> Language:
    """The rule labeller as a spaCy pipeline (Traditional input welcome; entities in its own offsets).

    ``config_path`` defaults to the packaged ``rules.cfg``; ``overrides`` are spaCy
    config overrides such as ``{"components.aggregator.method": "vote"}``.
    """
    if config_path is None:
        with resources.as_file(resources.files("parkner").joinpath("data/rules/rules.cfg")) as packaged:
            config = spacy.util.load_config(packaged, overrides=dict(overrides), interpolate=True)
    else:
        config = spacy.util.load_config(config_path, overrides=dict(overrides), interpolate=True)
    return spacy.util.load_model_from_config(config, auto_fill=True)


__all__ = ["Aggregator", "ParknerTokenizer", "RuleLabeller", "rule_pipeline"]
