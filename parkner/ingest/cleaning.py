"""Character-level cleaning: newlines, YAML front matter, HTML, pinyin debris.

Each step is a list of edits on the text before it, so the cleaned text always
comes with an exact :class:`~parkner.offsets.OffsetMap` onto the decoded file.
HTML is stripped with regular expressions rather than a DOM parser on purpose:
a parser rebuilds the text and loses where each character came from.
"""

from __future__ import annotations

import bisect
import html
import re
from typing import Any

import yaml

from ..offsets import Edit, OffsetMap, apply_edits

_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|html|body|span|a|h[1-6]|li|table|td|img|section|article)\b[^>]*>", re.I)
_HIDDEN_ELEMENTS = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->", re.I | re.DOTALL)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|pre|hr|title)\b[^>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>|<![^<>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.DOTALL)

# Pinyin glosses that some sites print after every character: 產(chǎn)業(yè).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv" + _TONED + r"]{1,3})(?:ng|n|r)?"
)
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])[(（]([a-z" + _TONED + r"]{1,6})[)）]"
    # A lossy re-encoding sometimes left "?" for the character and ate the "(": 日?qǐng)
    r"|(?<=\?)([a-z" + _TONED + r"]{0,5}[" + _TONED + r"][a-z" + _TONED + r"]{0,5})[)）]"
    # ... or garbled the character itself (桨l(fā)): a toned gloss is pinyin whatever precedes it.
    r"|(?<=\S)[(（]([a-z" + _TONED + r"]{0,5}[" + _TONED + r"][a-z" + _TONED + r"]{0,5})[)）]"
)


def normalise_newlines(text: str) -> tuple[str, OffsetMap]:
    """``\\r\\n``, ``\\r`` and Unicode line separators become ``\\n``."""
    return apply_edits(text, [(m.start(), m.end(), "\n") for m in _NEWLINES.finditer(text)])


def strip_front_matter(text: str) -> tuple[str, OffsetMap, dict[str, Any]]:
    """Remove a leading YAML front matter block and return its fields (dates as ISO strings)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, OffsetMap.identity(len(text)), {}
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, OffsetMap.identity(len(text)), {}
    if not isinstance(fields, dict):
        return text, OffsetMap.identity(len(text)), {}
    meta = {str(key): value if isinstance(value, (str, int, float, bool)) else str(value)
            for key, value in fields.items() if value is not None}
    cleaned, offsets = apply_edits(text, [(0, match.end(), "")])
    return cleaned, offsets, meta


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text))


def strip_html(text: str) -> tuple[str, OffsetMap, dict[str, Any]]:
    """Drop hidden elements and tags (block tags become ``\\n``) and unescape entities."""
    meta: dict[str, Any] = {}
    title = _HTML_TITLE.search(text)
    if title:
        meta["title"] = html.unescape(_ANY_TAG.sub("", title.group(1))).strip()
    edits: list[Edit] = []
    for match in _HIDDEN_ELEMENTS.finditer(text):
        edits.append((match.start(), match.end(), ""))
    covered = _Coverage(edits)
    for match in _ANY_TAG.finditer(text):
        if covered.contains(match.start()):
            continue
        replacement = "\n" if _BLOCK_TAG.fullmatch(match.group(0)) else ""
        edits.append((match.start(), match.end(), replacement))
    covered = _Coverage(edits)
    for match in _ENTITY.finditer(text):
        if covered.contains(match.start()):
            continue
        value = html.unescape(match.group(0))
        if value != match.group(0):
            # An entity that decodes to several characters keeps only its first (e.g. rare ligatures).
            edits.append((match.start(), match.end(), value[0]))
    cleaned, offsets = apply_edits(text, edits)
    return cleaned, offsets, meta


def strip_pinyin_glosses(text: str) -> tuple[str, OffsetMap]:
    """Delete parenthesised pinyin after a Chinese character (``產(chǎn)`` → ``產``)."""
    edits: list[Edit] = []
    for match in _PINYIN_GLOSS.finditer(text):
        gloss = match.group(1) or match.group(2) or match.group(3)
        if any(char in _TONED for char in gloss) or _SYLLABLE.fullmatch(gloss):
            edits.append((match.start(), match.end(), ""))
    return apply_edits(text, edits)


class _Coverage:
    """Answers whether a position lies inside one of a set of disjoint edit ranges."""

    def __init__(self, edits: list[Edit]):
        self._ranges = sorted((start, end) for start, end, _ in edits)

    def contains(self, position: int) -> bool:
        index = bisect.bisect_right(self._ranges, (position, float("inf"))) - 1
        return index >= 0 and self._ranges[index][0] <= position < self._ranges[index][1]


def clean_characters(text: str) -> tuple[str, OffsetMap, dict[str, Any]]:
    """Run every character-level step; return the text, its map onto ``text`` and found metadata."""
    current, offsets = normalise_newlines(text)
    current, step, meta = strip_front_matter(current)
    offsets = step.then(offsets)
    if looks_like_html(current):
        current, step, html_meta = strip_html(current)
        offsets = step.then(offsets)
        for key, value in html_meta.items():
            meta.setdefault(key, value)
    current, step = strip_pinyin_glosses(current)
    return current, step.then(offsets), meta
