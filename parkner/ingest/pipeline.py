"""Ingest orchestration: files and JSONL records → documents, plus a report of everything skipped."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..documents import Document
from ..errors import InputError
from ..normalise import fold_width, to_simplified
from .cleaning import clean_characters
from .decoding import decode
from .layout import articles, iso_date

#: Passages shorter than this are too generic ("聚焦主业") to count as repeats.
_REPEAT_MIN_LENGTH = 20
_PASSAGE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


@dataclass(frozen=True)
class Skipped:
    """An input (a file, or one line of a JSONL file) that produced no document, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{location}: {self.reason}"


@dataclass
class IngestReport:
    """What an ingest run read, kept, skipped and found repeated."""

    files: int = 0
    documents: int = 0
    characters: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)
    repeated_passages: int = 0
    encodings: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        return (
            f"{self.documents} documents ({self.characters:,} characters) from {self.files} files; "
            f"{len(self.skipped)} skipped, {len(self.duplicates)} exact duplicates, "
            f"{self.repeated_passages} repeated passages"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "documents": self.documents,
            "characters": self.characters,
            "encodings": dict(self.encodings),
            "skipped": [{"path": s.path, "line": s.line, "reason": s.reason} for s in self.skipped],
            "duplicates": self.duplicates,
            "repeated_passages": self.repeated_passages,
        }


def ingest_text(text: str, doc_id: str, meta: dict[str, Any] | None = None) -> list[Document]:
    """Clean one decoded text into one or more documents (several when it is a digest)."""
    cleaned, offsets, found_meta = clean_characters(text)
    built, preamble = articles(cleaned)
    documents = []
    for index, article in enumerate(built, start=1):
        article_text, article_map = article.assemble(cleaned)
        document_meta = dict(meta or {})
        for key, value in {**found_meta, **article.meta}.items():
            document_meta.setdefault(key, value)
        if "date" in document_meta:
            document_meta["date"] = iso_date(str(document_meta["date"]))
        if preamble:
            document_meta["section"] = " ".join(preamble)
        document_id = doc_id if len(built) == 1 else f"{doc_id}-{index:02d}"
        if len(built) > 1:
            document_meta["article"] = index
        documents.append(Document(document_id, article_text, [], document_meta, article_map.then(offsets)))
    return documents


def _iter_jsonl_texts(path: Path, data: bytes, text_field: str, report: IngestReport) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(id, text, meta)`` per good record; malformed lines go to the report with their number."""
    text, encoding = decode(data, str(path))
    report.encodings[encoding] += 1
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            report.skipped.append(Skipped(str(path), f"malformed JSON ({error.msg} at column {error.colno})", number))
            continue
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            report.skipped.append(Skipped(str(path), f"no string field '{text_field}'", number))
            continue
        if not record[text_field].strip():
            report.skipped.append(Skipped(str(path), f"empty '{text_field}'", number))
            continue
        meta = {k: v for k, v in record.items() if k not in (text_field, "id", "meta") and isinstance(v, (str, int, float))}
        if isinstance(record.get("meta"), dict):
            meta.update(record["meta"])
        meta.update({"source": str(path), "line": number})
        yield str(record.get("id", f"{path.stem}-L{number}")), record[text_field], meta


def _iter_file(path: Path, text_field: str, report: IngestReport) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"unreadable: {error.strerror}", path) from error
    if path.suffix.lower() == ".jsonl":
        for doc_id, text, meta in _iter_jsonl_texts(path, data, text_field, report):
            yield from ingest_text(text, doc_id, meta)
        return
    text, encoding = decode(data, str(path))
    report.encodings[encoding] += 1
    documents = ingest_text(text, path.stem, {"source": str(path), "encoding": encoding})
    if not documents:
        raise InputError("no text left after cleaning (only markup or boilerplate)", path)
    yield from documents


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and every non-hidden file below named directories, in sorted order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
            )
        else:
            files.append(path)
    return files


class _Deduplicator:
    """Marks exact duplicate documents and repeated sentences in ``meta`` (the text is untouched)."""

    def __init__(self, report: IngestReport):
        self._documents: dict[str, str] = {}
        self._passages: set[str] = set()
        self._report = report

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.blake2b(fold_width(to_simplified(text)).encode(), digest_size=16).hexdigest()

    def mark(self, document: Document) -> None:
        key = self._key(document.text)
        if key in self._documents:
            document.meta["duplicate_of"] = self._documents[key]
            self._report.duplicates[document.id] = self._documents[key]
            return
        self._documents[key] = document.id
        repeats = []
        for passage in _PASSAGE.finditer(document.text):
            if passage.end() - passage.start() >= _REPEAT_MIN_LENGTH:
                passage_key = self._key(passage.group())
                if passage_key in self._passages:
                    repeats.append([passage.start(), passage.end()])
                self._passages.add(passage_key)
        if repeats:
            document.meta["repeated_passages"] = repeats
            self._report.repeated_passages += len(repeats)


def iter_ingest(
    paths: Iterable[str | Path], report: IngestReport, *, text_field: str = "text", progress: bool = False
) -> Iterator[Document]:
    """Stream documents from files and directories, filling ``report`` as it goes."""
    files = expand_paths(paths)
    deduplicator = _Deduplicator(report)
    seen_ids: Counter[str] = Counter()
    total_bytes = sum(path.stat().st_size for path in files if path.is_file())
    with tqdm(total=total_bytes, unit="B", unit_scale=True, desc="ingest", disable=not progress, leave=False, delay=1.0) as bar:
        for path in files:
            report.files += 1
            try:
                for document in _iter_file(path, text_field, report):
                    seen_ids[document.id] += 1
                    if seen_ids[document.id] > 1:
                        document.id = f"{document.id}~{seen_ids[document.id]}"
                    deduplicator.mark(document)
                    report.documents += 1
                    report.characters += len(document.text)
                    yield document
            except InputError as error:
                report.skipped.append(Skipped(str(path), error.reason, error.line))
            if path.is_file():
                bar.update(path.stat().st_size)


def ingest_paths(
    paths: Iterable[str | Path], *, text_field: str = "text", progress: bool = False
) -> tuple[list[Document], IngestReport]:
    """Ingest files and directories; never raises for a bad file, which lands in the report."""
    report = IngestReport()
    documents = list(iter_ingest(paths, report, text_field=text_field, progress=progress))
    return documents, report
