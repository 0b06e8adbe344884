"""Helpers shared by the rule tests."""

from __future__ import annotations


def at(text: str, *surfaces: str) -> list[tuple[int, int]]:
    """Exact ranges of ``surfaces``, each searched after the previous one."""
    ranges, cursor = [], 0
    for surface in surfaces:
        start = text.index(surface, cursor)
        ranges.append((start, start + len(surface)))
        cursor = start + len(surface)
    return ranges
