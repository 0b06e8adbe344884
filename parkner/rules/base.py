"""The labelling-function contract: ``Doc → spans``, each LF writing to its own ``doc.spans[name]``.

LFs read a normalised view of the doc (Simplified, half-width) and map what
they find back to the doc's own characters, so Traditional input is labelled
in its original offsets. A match that does not fall on token boundaries is
counted in ``doc.user_data["parkner_misaligned"]`` rather than dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..errors import InputError
from ..normalise import NORMALISED_KEY, normalise
from ..offsets import OffsetMap

MISALIGNED_KEY = "parkner_misaligned"

#: A labelling function: given a doc, the spans it proposes (labels set on each span).
LabelingFunction = Callable[[Doc], Iterable[Span]]
#: Finds ranges on a normalised text: ``(start, end)`` pairs, or ``(start, end, label)`` triples.
RangeFinder = Callable[[str], Iterable[tuple[Any, ...]]]  # (start, end) or (start, end, label)


_TITLE = re.compile(r"《[^《》\n]*》")


@dataclass(frozen=True)
class TextView:
    """The normalised text of a doc, its map back onto ``doc.text`` and its 《title》 ranges."""

    text: str
    offsets: OffsetMap
    titles: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Doc) -> TextView:
        cached = doc.user_data.get(_VIEW_KEY)
        if isinstance(cached, TextView):
            return cached
        tokenized = doc.user_data.get(NORMALISED_KEY)
        if isinstance(tokenized, str) and len(tokenized) == _text_length(doc):
            text, offsets = tokenized, OffsetMap.identity(len(tokenized))
        else:
            text, offsets = normalise(doc.text)
        return cls(text, offsets, tuple(m.span() for m in _TITLE.finditer(text)))

    def in_title(self, start: int, end: int) -> bool:
        """Text inside a document title 《…》 is never annotated."""
        return any(title_start < end and start < title_end for title_start, title_end in self.titles)


_VIEW_KEY = "parkner_view"


def _text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the tokens: a doc's text never changes, so its length tells a stale view."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def cache_view(doc: Doc) -> None:
    """Compute the view once for all LFs of a component (removed again by :func:`drop_view`)."""
    doc.user_data[_VIEW_KEY] = TextView.of(doc)


def drop_view(doc: Doc) -> None:
    doc.user_data.pop(_VIEW_KEY, None)


def make_span(doc: Doc, view: TextView, start: int, end: int, label: str) -> Span | None:
    """The doc span for view characters ``[start, end)``; ``None`` (and counted) if misaligned."""
    char_start, char_end = view.offsets.span_to_source(start, end)
    span = doc.char_span(char_start, char_end, label=label)
    if span is None:
        doc.user_data[MISALIGNED_KEY] = doc.user_data.get(MISALIGNED_KEY, 0) + 1
    return span


def spans_from_ranges(doc: Doc, view: TextView, ranges: Iterable[tuple[int, int, str]]) -> Iterator[Span]:
    """Turn ``(start, end, label)`` ranges on the view into doc spans (never inside 《titles》)."""
    for start, end, label in ranges:
        if view.in_title(start, end):
            continue
        span = make_span(doc, view, start, end, label)
        if span is not None:
            yield span


def from_finder(find: RangeFinder, label: str | None = None) -> LabelingFunction:
    """An LF from a finder on the normalised text; ``label`` labels finders that return pairs."""

    def labelling_function(doc: Doc) -> Iterator[Span]:
        view = TextView.of(doc)
        ranges = find(view.text)
        labelled = ((start, end, label) for start, end in ranges) if label else ranges
        return spans_from_ranges(doc, view, labelled)  # type: ignore[arg-type]

    return labelling_function



def source_groups(doc: Doc, sources: list[str], reader: str) -> list[str]:
    """The span groups ``reader`` reads: ``sources``, or every group when empty; a name no LF wrote is a config error
    (a misspelt source would otherwise be read as an LF that found nothing)."""
    missing = [key for key in sources if key not in doc.spans]
    if missing:
        raise InputError(f"{reader}: no span group {', '.join(map(repr, missing))} (groups: {', '.join(doc.spans)})")
    return sources or list(doc.spans)
