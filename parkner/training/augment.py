"""A training-data augmenter for weak labels: fewer entity-less paragraphs, more varied names.

Rule-labelled corpora are dominated by paragraphs without entities and by the few
names the rules know; the model then learns "no entity" and those names. This
augmenter (``[corpora.train.augmenter]``) keeps a share of the empty paragraphs
and adds copies of labelled ones whose PARK/COMPANY mentions are replaced by other
gazetteer names of the same label (mention replacement, Dai & Adel 2020), so the
model has to read the context rather than memorise the strings. Paragraphs holding a
rare label (PARK and PROJECT in general news) can be oversampled, each extra copy
name-swapped where possible, and those holding only a frequent one (METRIC) thinned out.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

from ..rules.gazetteer import load_names

#: Gazetteers that supply replacement names, by label.
NAME_SOURCES = {"PARK": ["parks.txt", "parks_curated.txt"], "COMPANY": ["companies.txt", "companies_curated.txt"]}

Augmenter = Callable[[Language, Example], Iterator[Example]]


@registry.augmenters("parkner.weak_labels.v1")
def create_weak_label_augmenter(
    keep_empty: float = 1.0, swap_level: float = 0.0, label_rates: Mapping[str, float] | None = None
) -> Augmenter:
    """Keep each entity-less example with probability ``keep_empty``; add a name-swapped copy with ``swap_level``.

    ``label_rates`` sets how often a paragraph holding a label is seen on average (the highest
    rate among its labels; 1 for labels not given): PARK 8 oversamples, METRIC 0.3 thins out.
    """
    if not (0.0 <= keep_empty <= 1.0 and 0.0 <= swap_level <= 1.0):
        raise ValueError(f"keep_empty and swap_level must lie in [0, 1], not {keep_empty} and {swap_level}")
    label_rates = dict(label_rates or {})
    if any(not isinstance(rate, (int, float)) or rate <= 0 for rate in label_rates.values()):
        raise ValueError(f"label_rates maps labels to positive rates, not {label_rates}")
    names = {label: sorted(load_names(files)) for label, files in NAME_SOURCES.items()}
    return partial(
        weak_label_augmenter, keep_empty=keep_empty, swap_level=swap_level, label_rates=label_rates, names=names
    )


def weak_label_augmenter(
    nlp: Language,
    example: Example,
    *,
    keep_empty: float,
    swap_level: float,
    label_rates: Mapping[str, float],
    names: Mapping[str, Sequence[str]],
) -> Iterator[Example]:
    """The example as often as its labels' rate draws (copies after the first name-swapped), then possibly a swap."""
    entities = example.reference.ents
    if not entities:
        if random.random() < keep_empty:
            yield example
        return
    rate = max(label_rates.get(entity.label_, 1.0) for entity in entities)
    times = int(rate) + (random.random() < rate - int(rate))
    if times == 0:
        return
    yield example
    swappable = any(entity.label_ in names for entity in entities)
    for _ in range(times - 1):
        yield swap_names(nlp, example, names) if swappable else example
    if swappable and random.random() < swap_level:
        yield swap_names(nlp, example, names)


def swap_names(nlp: Language, example: Example, names: Mapping[str, Sequence[str]]) -> Example:
    """A copy of ``example`` whose entities with a name list are replaced by random names of their label."""
    reference = example.reference
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length, cursor = 0, 0
    for entity in reference.ents:
        before = reference.text[cursor : entity.start_char]
        choices = names.get(entity.label_)
        name = random.choice(choices) if choices else entity.text
        pieces += [before, name]
        start = length + len(before)
        spans.append((start, start + len(name), entity.label_))
        length = start + len(name)
        cursor = entity.end_char
    pieces.append(reference.text[cursor:])
    doc = nlp.make_doc("".join(pieces))
    if any(doc.char_span(start, end) is None for start, end, _ in spans):
        return example  # a swapped Latin or digit name ran into its neighbour (GE + Q5 → GEQ5): keep the original
    return Example.from_dict(doc, {"entities": spans})
