"""The normalised view of a text: Simplified script, half-width ASCII.

Rules and models read this view so that ``昆明高新區`` and ``昆明高新区`` look the
same to them; the :class:`~parkner.offsets.OffsetMap` it comes with brings every
span back to the characters the user gave.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

import numpy as np
import opencc

from .offsets import OffsetMap

#: ``doc.user_data`` key of the normalised text, set by parkner's tokenizer when it has the doc's length.
NORMALISED_KEY = "parkner_normalised"
#: Full-width ASCII (！ … ～) and the ideographic space fold one-for-one to ASCII.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold_width(text: str) -> str:
    """Fold full-width ASCII to half-width; the length never changes."""
    return text.translate(_WIDTH_TABLE)


def to_simplified(text: str) -> str:
    """OpenCC Traditional → Simplified conversion of ``text``."""
    return _converter().convert(text)


def normalise(text: str) -> tuple[str, OffsetMap]:
    """Simplified, width-folded ``text`` with its map back onto ``text``.

    OpenCC's ``t2s`` converts character for character almost always; when a
    phrase conversion changes the length, the lines concerned are aligned with
    :mod:`difflib` so that every normalised character still maps somewhere exact.
    """
    simplified = fold_width(to_simplified(text))
    if len(simplified) == len(text):
        return simplified, OffsetMap.identity(len(text))
    return simplified, _align(simplified, text)


def _align(derived: str, source: str) -> OffsetMap:
    """Character map of ``derived`` onto ``source`` from their longest common blocks."""
    starts = np.zeros(len(derived), dtype=np.int64)
    ends = np.zeros(len(derived), dtype=np.int64)
    matcher = difflib.SequenceMatcher(None, derived, source, autojunk=False)
    for tag, d_start, d_end, s_start, s_end in matcher.get_opcodes():
        if tag == "equal":
            starts[d_start:d_end] = np.arange(s_start, s_end)
            ends[d_start:d_end] = starts[d_start:d_end] + 1
        elif d_end > d_start:
            # A replaced phrase: each derived character stands for the whole source phrase.
            starts[d_start:d_end] = s_start
            ends[d_start:d_end] = s_end
    return OffsetMap(starts, ends, len(source))
