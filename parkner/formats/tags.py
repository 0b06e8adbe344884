"""Character-level BIO / BIOES tags ⇄ spans, strictly.

spaCy's ``iob_to_biluo`` silently repairs invalid sequences (``O I-PARK`` becomes a
span); a gold file must not be repaired behind the annotator's back, so decoding here
raises :class:`ValueError` naming the position of the first invalid tag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..documents import LABELS, Span

Scheme = Literal["bio", "bioes"]
SCHEMES: tuple[str, ...] = ("bio", "bioes")


def tag_names(scheme: Scheme = "bio", labels: Sequence[str] = LABELS) -> list[str]:
    """All tags of a scheme, ``O`` first: ``O, B-PARK, I-PARK, …`` (the HF ClassLabel names)."""
    prefixes = "BI" if scheme == "bio" else "BIES"
    return ["O", *(f"{prefix}-{label}" for label in labels for prefix in prefixes)]


def spans_to_tags(length: int, spans: Sequence[Span], scheme: Scheme = "bio") -> list[str]:
    """One tag per character; ``spans`` must not overlap (callers check)."""
    tags = ["O"] * length
    for span in spans:
        if scheme == "bioes" and span.end - span.start == 1:
            tags[span.start] = f"S-{span.label}"
            continue
        tags[span.start] = f"B-{span.label}"
        for index in range(span.start + 1, span.end):
            tags[index] = f"I-{span.label}"
        if scheme == "bioes":
            tags[span.end - 1] = f"E-{span.label}"
    return tags


def tags_to_spans(tags: Sequence[str], scheme: Scheme | None = None) -> list[Span]:
    """Spans of a tag sequence; ``scheme=None`` detects BIOES by its E-/S- tags. Invalid → ValueError."""
    if scheme is None:
        scheme = "bioes" if any(tag[:2] in ("E-", "S-") for tag in tags) else "bio"
    allowed = "BI" if scheme == "bio" else "BIES"
    spans: list[Span] = []
    open_start: int | None = None
    open_label = ""
    for index, tag in enumerate(tags):
        prefix, label = _split(tag, allowed, index)
        continuing = prefix in ("I", "E")
        if continuing and (open_start is None or label != open_label):
            raise ValueError(f"character {index}: tag {tag!r} does not continue a span")
        if not continuing and open_start is not None:
            if scheme == "bioes":
                raise ValueError(f"character {index}: span {open_label} opened at {open_start} is not closed by E-")
            spans.append(Span(open_start, index, open_label))
            open_start = None
        if prefix == "B":
            open_start, open_label = index, label
        elif prefix == "S":
            spans.append(Span(index, index + 1, label))
        elif prefix == "E":
            assert open_start is not None
            spans.append(Span(open_start, index + 1, label))
            open_start = None
    if open_start is not None:
        if scheme == "bioes":
            raise ValueError(f"end of text: span {open_label} opened at {open_start} is not closed by E-")
        spans.append(Span(open_start, len(tags), open_label))
    return spans


def _split(tag: str, allowed: str, index: int) -> tuple[str, str]:
    if tag == "O":
        return "O", ""
    prefix, dash, label = tag.partition("-")
    if not dash or prefix not in allowed or not label:
        raise ValueError(f"character {index}: invalid tag {tag!r} (expected O or {'/'.join(allowed)}-LABEL)")
    return prefix, label
