"""Gazetteers: name lists shipped in ``parkner/data/gazetteers`` plus the user's own files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from .base import trie_regex


def _read_names(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=None)
def packaged(name: str) -> frozenset[str]:
    """Names in the packaged gazetteer ``name`` (e.g. ``"parks.txt"``)."""
    text = resources.files("parkner").joinpath(f"data/gazetteers/{name}").read_text(encoding="utf-8")
    return frozenset(_read_names(text))


def load_names(packaged_files: Sequence[str], user_files: Iterable[str | Path] = ()) -> frozenset[str]:
    """Union of packaged gazetteers and user files (UTF-8, one name per line, ``#`` comments)."""
    names: set[str] = set()
    for name in packaged_files:
        names |= packaged(name)
    for path in user_files:
        try:
            names |= _read_names(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read gazetteer: {error}", path) from error
    return frozenset(names)


@lru_cache(maxsize=32)
def compile_names(names: frozenset[str], left: str = "", right: str = "") -> re.Pattern[str]:
    """A longest-match pattern for ``names`` with optional look-around guards."""
    return re.compile(left + "(?:" + trie_regex(sorted(names)) + ")" + right)
