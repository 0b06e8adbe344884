"""spaCy components: the rule labeller (LFs → ``doc.spans``) and the aggregator (``doc.spans`` → ``doc.ents``)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .. import rules  # noqa: F401  (registers the labelling functions)
from ..aggregation import aggregate
from ..rules.base import MISALIGNED_KEY, LabelingFunction, cache_view, drop_view, source_groups


@Language.factory("parkner_rules", default_config={"functions": {}, "document_functions": {}})
def make_rule_labeller(
    nlp: Language, name: str, functions: dict[str, Any], document_functions: dict[str, Any]
) -> RuleLabeller:
    """Runs each labelling function into its own ``doc.spans[<function name>]``.

    The functions are typed ``Any`` because confection cannot validate registered
    promises nested in a dict; :class:`RuleLabeller` checks them instead.
    """
    return RuleLabeller(name, dict(functions), dict(document_functions))


class RuleLabeller:
    """Applies token-level LFs first, then document-level LFs that read their outputs."""

    def __init__(self, name: str, functions: dict[str, Any], document_functions: dict[str, Any]):
        for lf_name, function in {**functions, **document_functions}.items():
            if not callable(function):
                raise TypeError(f"labelling function {lf_name!r} is {function!r}, not a registered function")
        self.name = name
        self.functions: dict[str, LabelingFunction] = functions
        self.document_functions: dict[str, LabelingFunction] = document_functions

    @property
    def span_keys(self) -> list[str]:
        return [*self.functions, *self.document_functions]

    def __call__(self, doc: Doc) -> Doc:
        cache_view(doc)
        try:
            for group in (self.functions, self.document_functions):
                for lf_name, function in group.items():
                    doc.spans[lf_name] = list(function(doc))
        finally:
            drop_view(doc)
        return doc


@Language.factory(
    "parkner_aggregator",
    default_config={"sources": [], "method": "weighted", "weights_path": None},
)
def make_aggregator(
    nlp: Language, name: str, sources: list[str], method: str, weights_path: str | None
) -> Aggregator:
    """Sets ``doc.ents`` from the span groups named in ``sources`` (all span groups when empty)."""
    return Aggregator(name, sources, method, load_weights(weights_path))


def load_weights(path: str | Path | None) -> dict[str, dict[str, float]]:
    """LF weights from ``path``, or the packaged ones fitted on the gold dev split."""
    if path is None:
        text = resources.files("parkner").joinpath("data/rules/lf_weights.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return json.loads(text)


class Aggregator:
    """Turns LF votes into non-overlapping entities (see :mod:`parkner.aggregation`)."""

    def __init__(self, name: str, sources: list[str], method: str, weights: dict[str, dict[str, float]]):
        self.name = name
        self.sources = sources
        self.method = method
        self.weights = weights

    def __call__(self, doc: Doc) -> Doc:
        votes = {
            key: [(span.start_char, span.end_char, span.label_) for span in doc.spans[key]]
            for key in source_groups(doc, self.sources, f"{self.name} sources")
        }
        chosen = aggregate(votes, self.method, self.weights)
        spans = [doc.char_span(start, end, label=label) for start, end, label in chosen]
        doc.ents = filter_spans([span for span in spans if span is not None])
        return doc


#: ``doc.spans`` key under which :class:`RuleEntities` keeps the rules' own entities (provenance in a hybrid).
RULE_ENTITIES_KEY = "rules"


@Language.factory("parkner_rule_entities", default_config={"rules_config": None})
def make_rule_entities(nlp: Language, name: str, rules_config: str | None) -> RuleEntities:
    """Presets ``doc.ents`` with the rule labeller's entities so that a following ``ner`` keeps them and fills the gaps."""
    from . import rule_pipeline

    return RuleEntities(name, rule_pipeline(rules_config))


class RuleEntities:
    """The rule labeller (packaged ``rules.cfg`` or ``rules_config``) as one component of another pipeline.

    The rules read their own character doc of the same text, so any tokenizer works
    downstream; an entity that does not fall on the doc's token boundaries is counted
    in ``doc.user_data[MISALIGNED_KEY]`` with the rules' own misaligned matches, never moved.
    """

    def __init__(self, name: str, labeller: Language):
        self.name = name
        self.labeller = labeller

    def __call__(self, doc: Doc) -> Doc:
        ruled = self.labeller(doc.text)
        entities = [doc.char_span(ent.start_char, ent.end_char, label=ent.label_) for ent in ruled.ents]
        aligned = [entity for entity in entities if entity is not None]
        misaligned = ruled.user_data.get(MISALIGNED_KEY, 0) + len(entities) - len(aligned)
        if misaligned:
            doc.user_data[MISALIGNED_KEY] = doc.user_data.get(MISALIGNED_KEY, 0) + misaligned
        doc.spans[RULE_ENTITIES_KEY] = aligned
        doc.set_ents(aligned, default="unmodified")
        return doc
