"""Annotation-tool and dataset formats: one reader and one writer per format, and :func:`convert`.

Every reader returns validated :class:`~parkner.documents.Document` objects (a bad record
raises :class:`~parkner.errors.InputError` with file, line or record index and reason) and
lists records it deliberately leaves out in a :class:`ReadReport`. See ``docs/formats.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import InputError
from .base import ReadReport
from .brat import read_brat, write_brat
from .cluener import read_cluener, write_cluener
from .conll import read_conll, write_conll
from .docbin import read_docbin, write_docbin
from .doccano import read_doccano, write_doccano
from .hf import read_hf, write_hf
from .labelstudio import read_labelstudio, write_labelstudio
from .parkner_jsonl import read_parkner, write_parkner
from .prodigy import read_prodigy, write_prodigy

__all__ = ["FORMATS", "Format", "ReadReport", "convert", "read_format", "write_format"]


@dataclass(frozen=True)
class Format:
    """A format's reader and writer and the keyword options each accepts."""

    read: Callable[..., list[Document]]
    write: Callable[..., int]
    description: str
    read_options: frozenset[str] = frozenset()
    write_options: frozenset[str] = frozenset()


FORMATS: dict[str, Format] = {
    "parkner": Format(read_parkner, write_parkner, "parkner gold/prediction JSONL"),
    "prodigy": Format(
        read_prodigy, write_prodigy, "Prodigy JSONL tasks", write_options=frozenset({"answer", "tokens"})
    ),
    "doccano": Format(read_doccano, write_doccano, "doccano sequence-labelling JSONL"),
    "labelstudio": Format(
        read_labelstudio,
        write_labelstudio,
        "Label Studio JSON task list",
        read_options=frozenset({"source"}),
        write_options=frozenset({"predictions", "model_version"}),
    ),
    "brat": Format(read_brat, write_brat, "brat standoff directory (.txt + .ann)"),
    "cluener": Format(read_cluener, write_cluener, "CLUENER2020 JSONL (inclusive ends)"),
    "conll": Format(
        read_conll,
        write_conll,
        "character-level CoNLL (BIO/BIOES)",
        read_options=frozenset({"scheme"}),
        write_options=frozenset({"scheme"}),
    ),
    "docbin": Format(read_docbin, write_docbin, "spaCy DocBin (.spacy)"),
    "hf": Format(
        read_hf,
        write_hf,
        "Hugging Face dataset directory (+ Parquet)",
        read_options=frozenset({"split"}),
        write_options=frozenset({"split"}),
    ),
}


def get_format(name: str) -> Format:
    """The registered format called ``name`` (a clear error for an unknown one)."""
    try:
        return FORMATS[name]
    except KeyError:
        raise InputError(f"unknown format {name!r} (expected one of {', '.join(FORMATS)})") from None


def read_format(
    path: str | Path, name: str, *, report: ReadReport | None = None, options: Mapping[str, Any] | None = None
) -> list[Document]:
    """Read ``path`` in format ``name``; ``options`` must be ones that format's reader accepts."""
    fmt = get_format(name)
    return fmt.read(path, report=report, **_checked(options, fmt.read_options, name, "reading"))


def write_format(
    documents: Iterable[Document], path: str | Path, name: str, *, options: Mapping[str, Any] | None = None
) -> int:
    """Write ``documents`` to ``path`` in format ``name``; return how many were written."""
    fmt = get_format(name)
    return fmt.write(documents, path, **_checked(options, fmt.write_options, name, "writing"))


def convert(
    in_path: str | Path,
    out_path: str | Path,
    from_fmt: str,
    to_fmt: str,
    *,
    report: ReadReport | None = None,
    read_options: Mapping[str, Any] | None = None,
    write_options: Mapping[str, Any] | None = None,
) -> int:
    """Convert a file (or directory) between two formats; return the number of documents written."""
    get_format(to_fmt)
    documents = read_format(in_path, from_fmt, report=report, options=read_options)
    return write_format(documents, out_path, to_fmt, options=write_options)


def _checked(options: Mapping[str, Any] | None, allowed: frozenset[str], name: str, action: str) -> dict[str, Any]:
    given = dict(options or {})
    unknown = sorted(set(given) - allowed)
    if unknown:
        raise InputError(f"option {', '.join(unknown)} does not apply when {action} {name}")
    return given
