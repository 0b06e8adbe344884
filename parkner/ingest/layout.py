"""Line-level cleaning: boilerplate, header fields, captions, broken paragraphs, article splits.

Works on the character-cleaned text as a list of classified lines grouped into
blocks (runs of lines between blank lines), then assembles each article from
the content lines it keeps, with an exact offset map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..normalise import fold_width, to_simplified
from ..offsets import OffsetMap, join_ranges

_STRIP = " \t\u3000\u00a0\ufeff\u200b"
_SENTENCE_END = set("。！？!?；;…”」』）)】》.")
_OPEN_END = re.compile(r"[\u3400-\u9fff]$")
_CJK_START = re.compile(r"^[\u3400-\u9fff]")
_TITLE_PUNCT = re.compile(r"[。！？；，,;!?]$")
_DATELINE = re.compile(r"^(?:本报讯|►|▶|■)")
_SIGNATURE = re.compile(r"[\u3400-\u9fff]{2,4}(?: [\u3400-\u9fff]{2,4}){0,3}")
_DATE_PARTS = {
    "year": re.compile(r"(\d{4})年?"),
    "month_day": re.compile(r"(\d{1,2})[/.月-](\d{1,2})日?"),
    "time": re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"),
}
_ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
#: Lines at the top of a page before the first real paragraph (this long) are "header".
_PARAGRAPH_LENGTH = 40
#: A line this long ending in a bare character was cut mid-sentence (page break, caption).
_OPEN_LINE_LENGTH = 30
_CAPTION_LENGTH = 25
_TITLE_LINE_LENGTH = 30


@dataclass
class Line:
    """A stripped line of the character-cleaned text and what it was judged to be."""

    start: int
    end: int
    text: str
    kind: str = "content"  # content | blank | drop | caption | date_part | a meta key
    value: str | None = None

    @property
    def is_content(self) -> bool:
        return self.kind == "content"


@dataclass
class Article:
    """Kept lines of one article, how to join them and the metadata found on the way."""

    lines: list[Line]
    separators: list[str]
    meta: dict[str, Any] = field(default_factory=dict)

    def assemble(self, text: str) -> tuple[str, OffsetMap]:
        return join_ranges(text, [(line.start, line.end) for line in self.lines], self.separators)


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The packaged ``boilerplate.tsv`` rules as ``(kind, compiled regex)``."""
    source = resources.files("parkner").joinpath("data/boilerplate.tsv").read_text(encoding="utf-8")
    rules = []
    for row in source.splitlines():
        if row.strip() and not row.startswith("#"):
            kind, pattern = row.split("\t", 1)
            rules.append((kind, re.compile(pattern)))
    return tuple(rules)


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` at ``\\n`` and strip each line, keeping its exact range."""
    lines: list[Line] = []
    position = 0
    for raw in text.split("\n"):
        stripped_left = raw.lstrip(_STRIP)
        start = position + len(raw) - len(stripped_left)
        body = stripped_left.rstrip(_STRIP)
        lines.append(Line(start, start + len(body), body, "content" if body else "blank"))
        position += len(raw) + 1
    return lines


def classify(lines: list[Line]) -> None:
    """Mark boilerplate, header fields and date fragments (in place)."""
    rules = boilerplate_rules()
    in_header = True
    for line in lines:
        if not line.is_content:
            continue
        normalised = fold_width(to_simplified(line.text))
        for kind, pattern in rules:
            match = pattern.fullmatch(normalised)
            if match:
                line.kind = kind
                line.value = match.group(1).strip() if kind != "drop" and match.groups() else None
                break
        else:
            if in_header and any(p.fullmatch(normalised) for p in _DATE_PARTS.values()):
                line.kind = "date_part"
                line.value = normalised
            elif len(line.text) >= _PARAGRAPH_LENGTH:
                in_header = False


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Group non-blank lines into blocks separated by blank lines."""
    grouped: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.kind == "blank":
            if current:
                grouped.append(current)
            current = []
        else:
            current.append(line)
    if current:
        grouped.append(current)
    return grouped


def _content(block: list[Line]) -> list[Line]:
    return [line for line in block if line.is_content]


def _is_open(line: Line) -> bool:
    return len(line.text) >= _OPEN_LINE_LENGTH and bool(_OPEN_END.search(line.text))


def mark_captions(grouped: list[list[Line]]) -> None:
    """A lone short block that interrupts a sentence cut across blocks is an image caption."""
    for index in range(1, len(grouped) - 1):
        content = _content(grouped[index])
        before, after = _content(grouped[index - 1]), _content(grouped[index + 1])
        if (
            len(content) == 1
            and len(content[0].text) <= _CAPTION_LENGTH
            and content[0].text[-1] not in _SENTENCE_END
            and before and after
            and _is_open(before[-1])
            and _CJK_START.search(after[0].text)
        ):
            content[0].kind = "caption"


def article_starts(grouped: list[list[Line]]) -> list[int]:
    """Indices of blocks that open an article: a short title block before a dateline or byline."""
    starts = []
    for index in range(len(grouped) - 1):
        title = _content(grouped[index])
        following = grouped[index + 1]
        if (
            1 <= len(title) <= 2
            and len(title) == len(grouped[index])
            and all(len(line.text) <= _TITLE_LINE_LENGTH and not _TITLE_PUNCT.search(line.text) for line in title)
            and _DATELINE.search(following[0].text)
        ):
            starts.append(index)
    return starts


def _mark_signature(grouped: list[list[Line]]) -> None:
    """The last block of an article that is only a reporter's name moves to ``meta['author']``."""
    for block in reversed(grouped):
        content = _content(block)
        if not content:
            continue
        if len(content) == 1 and len(content[0].text) <= 15 and _SIGNATURE.fullmatch(content[0].text):
            content[0].kind = "author"
            content[0].value = content[0].text
        return


def _header_meta(lines: list[Line]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    year = month_day = None
    for line in lines:
        if line.kind == "date_part" and line.value:
            if (match := _DATE_PARTS["year"].fullmatch(line.value)) and year is None:
                year = match.group(1)
            elif (match := _DATE_PARTS["month_day"].fullmatch(line.value)) and month_day is None:
                month_day = match.groups()
        elif line.kind not in ("content", "blank", "drop", "caption") and line.value:
            meta.setdefault(line.kind, line.value)
    if "date" not in meta and year and month_day:
        meta["date"] = f"{year}-{int(month_day[0]):02d}-{int(month_day[1]):02d}"
    if "date" in meta:
        meta["date"] = iso_date(str(meta["date"]))
    captions = [line.text for line in lines if line.kind == "caption"]
    if captions:
        meta["captions"] = captions
    return meta


def iso_date(value: str) -> str:
    """``2022-02-21 06:01:08 +0800`` or ``2024年1月8日`` → ``2022-02-21``; other strings unchanged."""
    match = _ISO_DATE.search(value)
    if not match:
        return value
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _build_article(grouped: list[list[Line]]) -> Article:
    _mark_signature(grouped)
    all_lines = [line for block in grouped for line in block]
    kept: list[Line] = []
    separators: list[str] = []
    clean_gap = False  # only blank lines and captions since the last kept line
    for block_index, block in enumerate(grouped):
        for line_index, line in enumerate(block):
            if not line.is_content:
                clean_gap = clean_gap and line.kind == "caption"
                continue
            if kept:
                joins = (
                    clean_gap and line_index == 0 and block_index > 0
                    and _is_open(kept[-1]) and bool(_CJK_START.search(line.text))
                )
                separators.append("" if joins else "\n")
            kept.append(line)
            clean_gap = True
    meta = _header_meta(all_lines)
    first = kept[0] if kept else None
    if first is not None and len(first.text) <= 60 and first.text[-1] not in "。！？":
        meta.setdefault("title", first.text)
    return Article(kept, separators, meta)


def articles(text: str) -> tuple[list[Article], list[str]]:
    """Split character-cleaned ``text`` into articles; also return the dropped preamble lines."""
    lines = split_lines(text)
    classify(lines)
    grouped = blocks(lines)
    mark_captions(grouped)
    starts = article_starts(grouped)
    if len(starts) < 2:
        article = _build_article(grouped)
        return ([article] if article.lines else []), []
    preamble = [line.text for block in grouped[: starts[0]] for line in _content(block)]
    bounds = starts + [len(grouped)]
    built = []
    for first, stop in zip(bounds, bounds[1:]):
        article = _build_article(grouped[first:stop])
        title_lines = _content(grouped[first])
        article.meta["title"] = "".join(line.text for line in title_lines)
        if article.lines:
            built.append(article)
    return built, preamble
