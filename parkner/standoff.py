"""Stand-off gold: annotations of third-party text stored as references, never as the text itself.

A record names the corpus file, the ingested document and the paragraph range it annotates,
with a SHA-256 of that paragraph; the text is recovered by ingesting the corpus file again
(ingest is deterministic), so a licence that forbids copying the corpus is respected and a
change in ingest that moves the text is caught instead of silently shifting every span.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .documents import Document, iter_jsonl, write_jsonl
from .errors import InputError

#: Where the third-party corpora live, seen from the project root (``../shared/data/corpus``).
DEFAULT_CORPUS_DIR = Path("../shared/data/corpus")
SOURCE_FIELDS = ("corpus", "document", "start", "end")


def standoff_id(document_id: str, start: int, end: int) -> str:
    """The id of the excerpt ``[start, end)`` of a document."""
    return f"{document_id}@{start}-{end}"


def text_sha256(text: str) -> str:
    """The hash that pins an excerpt's text (UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_standoff(path: str | Path) -> bool:
    """Whether the first record of a JSONL file is a stand-off reference (a ``source`` and no ``text``).

    A file that cannot be read as JSON lines is not; the regular checker reports why.
    """
    try:
        for _, record in iter_jsonl(path):
            return isinstance(record, dict) and "source" in record and "text" not in record
    except InputError:
        return False
    return False


def to_standoff(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """Stand-off records of annotated excerpts whose ``meta`` names ``corpus``, ``document``, ``start``, ``end``."""
    return [
        {
            "id": document.id,
            "source": {key: document.meta[key] for key in SOURCE_FIELDS},
            "sha256": text_sha256(document.text),
            "spans": [span.to_dict(document.text) for span in sorted(document.spans)],
        }
        for document in documents
    ]


def write_standoff(documents: Iterable[Document], path: str | Path) -> int:
    """Write :func:`to_standoff` records as JSON lines; the number written."""
    return write_jsonl(to_standoff(documents), path)


def standoff_excerpts(path: str | Path) -> dict[str, list[tuple[int, int]]]:
    """The ``[start, end)`` ranges each source document contributes to a stand-off file (no corpus needed)."""
    excerpts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line, record in iter_jsonl(path):
        source = _source(record, path, line)
        excerpts[source["document"]].append((source["start"], source["end"]))
    return dict(excerpts)


def resolve_standoff(path: str | Path, corpus_dir: str | Path = DEFAULT_CORPUS_DIR) -> list[tuple[int, dict[str, Any]]]:
    """``(line, record with its text)`` for every stand-off record, the text cut from the ingested corpus.

    Raises :class:`InputError` naming the line when a corpus file or document is missing or when
    an excerpt's text no longer has the recorded hash.
    """
    from .ingest import ingest_paths  # heavy, and only needed here

    records = [(line, record) for line, record in iter_jsonl(path)]
    wanted = sorted({_source(record, path, line)["corpus"] for line, record in records})
    texts: dict[tuple[str, str], str] = {}
    for corpus_file in wanted:
        source_path = Path(corpus_dir) / corpus_file
        if not source_path.is_file():
            raise InputError(f"this stand-off gold needs {source_path}, which does not exist (--corpus-dir?)", path)
        documents, _ = ingest_paths([source_path])
        texts.update({(corpus_file, document.id): document.text for document in documents})
    return [(line, _with_text(record, texts, path, line)) for line, record in records]


def _with_text(record: dict[str, Any], texts: dict[tuple[str, str], str], path: str | Path, line: int) -> dict[str, Any]:
    source = _source(record, path, line)
    key = (source["corpus"], source["document"])
    if key not in texts:
        raise InputError(f"document {source['document']!r} is not in {source['corpus']}", path, line)
    text = texts[key][source["start"] : source["end"]]
    if text_sha256(text) != record.get("sha256"):
        raise InputError(f"[{record.get('id')}] the excerpt's text has changed since it was annotated", path, line)
    return {**record, "text": text, "meta": dict(source)}


def _source(record: Any, path: str | Path, line: int) -> dict[str, Any]:
    source = record.get("source") if isinstance(record, dict) else None
    if not isinstance(source, dict) or any(key not in source for key in SOURCE_FIELDS):
        raise InputError(f"a stand-off record needs 'source' with {', '.join(SOURCE_FIELDS)}", path, line)
    return source
