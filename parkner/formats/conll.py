"""``conll``: character-level CoNLL, one ``char<TAB>TAG`` line per character, BIO or BIOES.

A document starts with ``# id = …`` (plus ``# meta = {json}`` and ``# offsets = {json}`` when it
has metadata or an offset map) and ends
with a blank line. So that offsets survive, a character that is whitespace, a control or
format character, or a backslash is written as a Python-style escape (``\\u000a`` for a
line break, ``\\u3000`` for an ideographic space, ``\\U0002000b`` beyond the BMP); every other
character is written as itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import InputError
from .base import RawSpan, ReadReport, build_document, check_no_overlap, offsets_field
from .tags import SCHEMES, Scheme, spans_to_tags, tags_to_spans

_ESCAPE = re.compile(r"^\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))$")


def escape_char(char: str) -> str:
    """How one character is written in the first column."""
    if char == "\\" or unicodedata.category(char)[0] in "CZ":
        code = ord(char)
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return char


def unescape_token(token: str) -> str | None:
    """The character a first-column token stands for, or ``None`` when it is not one (escaped) character."""
    match = _ESCAPE.match(token)
    if match:
        return chr(int(match[1] or match[2], 16))
    return token if len(token) == 1 and escape_char(token) == token else None


def write_conll(documents: Iterable[Document], path: str | Path, *, scheme: Scheme = "bio") -> int:
    """Write character-level CoNLL with ``scheme`` tags."""
    if scheme not in SCHEMES:
        raise InputError(f"unknown tag scheme {scheme!r} (expected {' or '.join(SCHEMES)})")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            check_no_overlap(document)
            handle.write(f"# id = {document.id}\n")
            if document.meta:
                handle.write(f"# meta = {json.dumps(document.meta, ensure_ascii=False)}\n")
            if document.offsets is not None:
                handle.write(f"# offsets = {json.dumps(offsets_field(document))}\n")
            tags = spans_to_tags(len(document.text), sorted(document.spans), scheme)
            handle.writelines(f"{escape_char(char)}\t{tag}\n" for char, tag in zip(document.text, tags, strict=True))
            handle.write("\n")
            count += 1
    return count


def read_conll(path: str | Path, *, report: ReadReport | None = None, scheme: Scheme | None = None) -> list[Document]:
    """Read character-level CoNLL; ``scheme=None`` detects BIOES by its E-/S- tags. Invalid tags raise."""
    if scheme is not None and scheme not in SCHEMES:
        raise InputError(f"unknown tag scheme {scheme!r} (expected {' or '.join(SCHEMES)})")
    return [_document(block, path, scheme) for block in _blocks(path)]


def _blocks(path: str | Path) -> Iterator[list[tuple[int, str]]]:
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            lines = handle.read().split("\n")
    except OSError as error:
        raise InputError(f"cannot open: {error.strerror}", path) from error
    except UnicodeDecodeError as error:
        raise InputError("not UTF-8 text", path) from error
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        line = line.removesuffix("\r")
        if line.strip():
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _document(block: list[tuple[int, str]], path: str | Path, scheme: Scheme | None) -> Document:
    first = block[0][0]
    fields: dict[str, str] = {}
    chars: list[str] = []
    tags: list[str] = []
    for number, line in block:
        if line.startswith("# ") and not chars:
            key, equals, value = line[2:].partition(" = ")
            if equals:
                fields[key.strip()] = value
            continue
        columns = line.split("\t") if "\t" in line else line.split(" ")
        char = unescape_token(columns[0]) if len(columns) == 2 else None
        if char is None:
            raise InputError(f"expected 'character<TAB>TAG' (escape whitespace as \\uXXXX), got {line!r}", path, number)
        chars.append(char)
        tags.append(columns[1])
    doc_id = fields.get("id", f"line-{first}")
    try:
        spans = tags_to_spans(tags, scheme)
    except ValueError as error:
        raise InputError(f"[{doc_id}] {error}", path, first) from error
    raw = [RawSpan(span.start, span.end, span.label) for span in spans]
    meta = _json_field(fields, "meta", path, first) or {}
    if not isinstance(meta, dict):
        raise InputError("'# meta' must be a JSON object", path, first)
    offsets = _json_field(fields, "offsets", path, first)
    return build_document(doc_id, "".join(chars), raw, meta, path, first, offsets)


def _json_field(fields: dict[str, str], key: str, path: str | Path, line: int) -> Any:
    if key not in fields:
        return None
    try:
        return json.loads(fields[key])
    except json.JSONDecodeError as error:
        raise InputError(f"'# {key}' is not JSON ({error.msg})", path, line) from error
