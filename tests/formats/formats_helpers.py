"""Shared helpers for the format tests: real gold-style documents and one full of awkward characters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parkner.documents import Document, Span
from parkner.offsets import OffsetMap

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_SAMPLE = FIXTURES / "gold_sample.jsonl"


def edge_document() -> Document:
    """Traditional text with every character class the formats must carry unchanged."""
    text = "#測試\t昆明高新區\u3000投資2665億元\r\n\\𠀀 可喜安集團 與\u00a0云南锗业\n\n"
    spans = []
    for needle, label in [
        ("昆明高新區", "PARK"),
        ("2665億元", "METRIC"),
        ("可喜安集團", "COMPANY"),
        ("云南锗业", "COMPANY"),
    ]:
        start = text.index(needle)
        spans.append(Span(start, start + len(needle), label))
    # An offset map like ingest's: the first character stood for three source characters.
    offsets = OffsetMap.from_segments([[0, 1, 0, 3], [1, len(text), 3, len(text) + 2]], len(text) + 2)
    return Document("edge-1", text, spans, {"title": "邊界 測試", "nested": {"k": [1, 2]}}, offsets)


def comparable(documents: list[Document]) -> list[dict[str, Any]]:
    """What a round trip must preserve: the whole JSON form (id, text, spans, meta, offset map), in order."""
    return [doc.to_dict() for doc in documents]
