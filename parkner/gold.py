"""Hand-annotated gold files: check them against the annotation guidelines, then read them.

:func:`check_gold` collects every problem (file, line, document id, reason) so an annotator can
fix a file in one pass; :func:`read_gold` stops at the first one, so scores never rest on bad gold.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from .documents import LABELS, Document, read_documents
from .errors import InputError
from .standoff import DEFAULT_CORPUS_DIR, is_standoff, resolve_standoff

#: A METRIC may start with an attached sign (``增长-7%`` → ``-7%``).
_METRIC_SIGNS = frozenset("-－")
#: Units that are punctuation characters but end a METRIC (``10.7%``).
_PERCENT_SIGNS = frozenset("%％‰‱")
#: A closing bracket may end a name that contains its opening partner (``某某（集团）``).
_CLOSING_BRACKETS = {")": "(", "）": "（", "]": "[", "】": "【", "〕": "〔"}


@dataclass(frozen=True)
class GoldProblem:
    """One reason a gold file breaks the guidelines, located by file, line and document."""

    path: str
    line: int | None
    doc_id: str | None
    reason: str

    def __str__(self) -> str:
        location = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{location}: [{self.doc_id if self.doc_id is not None else '?'}] {self.reason}"


def check_gold(paths: Iterable[str | Path], corpus_dir: str | Path = DEFAULT_CORPUS_DIR) -> list[GoldProblem]:
    """Every guideline violation in the gold files; document ids must be unique across all of them.

    Stand-off files are checked on the text they resolve to in ``corpus_dir``.
    """
    problems: list[GoldProblem] = []
    seen_ids: dict[str, str] = {}
    for path in paths:
        if Path(path).is_file() and is_standoff(path):
            problems.extend(_check_standoff_file(Path(path), corpus_dir, seen_ids))
        else:
            problems.extend(_check_file(Path(path), seen_ids))
    return problems


def read_gold(path: str | Path, corpus_dir: str | Path = DEFAULT_CORPUS_DIR) -> list[Document]:
    """Read a gold JSONL file, raising :class:`InputError` (file:line: [id] reason) on its first problem.

    A stand-off file (:mod:`parkner.standoff`) gets its texts from the corpus files in ``corpus_dir``.
    """
    if is_standoff(path):
        records = resolve_standoff(path, corpus_dir)  # ingests the corpus once, for checking and reading
        _raise_first(_standoff_problems(Path(path), records, {}))
        return [Document.from_dict(record, path, line) for line, record in records]
    _raise_first(check_gold([path]))
    return read_documents(path)


def read_gold_files(paths: Iterable[str | Path], corpus_dir: str | Path = DEFAULT_CORPUS_DIR) -> list[Document]:
    """The documents of several gold files, in order (:func:`read_gold` each)."""
    return [document for path in paths for document in read_gold(path, corpus_dir)]


def _raise_first(problems: list[GoldProblem]) -> None:
    if problems:
        first = problems[0]
        reason = first.reason if first.doc_id is None else f"[{first.doc_id}] {first.reason}"
        raise InputError(reason, first.path, first.line)


def _check_standoff_file(path: Path, corpus_dir: str | Path, seen_ids: dict[str, str]) -> list[GoldProblem]:
    """The problems of a stand-off file, checked on its resolved text (a missing corpus is one problem)."""
    try:
        records = resolve_standoff(path, corpus_dir)
    except InputError as error:
        return [GoldProblem(str(path), error.line, None, error.reason)]
    return _standoff_problems(path, records, seen_ids)


def _standoff_problems(path: Path, records: list[tuple[int, dict[str, Any]]], seen_ids: dict[str, str]) -> list[GoldProblem]:
    """The guideline problems of resolved stand-off records."""
    problems = []
    for line, record in records:
        doc_id, reasons = check_record(record)
        reasons = _with_duplicate(doc_id, path, line, seen_ids, reasons)
        problems.extend(GoldProblem(str(path), line, doc_id, reason) for reason in reasons)
    return problems


def _with_duplicate(doc_id: str | None, path: Path, line: int, seen_ids: dict[str, str], reasons: list[str]) -> list[str]:
    """``reasons``, preceded by a duplicate-id reason when ``doc_id`` was seen before (else it is recorded)."""
    if doc_id is None:
        return reasons
    if doc_id in seen_ids:
        return [f"duplicate document id (first at {seen_ids[doc_id]})", *reasons]
    seen_ids[doc_id] = f"{path}:{line}"
    return reasons


def _check_file(path: Path, seen_ids: dict[str, str]) -> list[GoldProblem]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [GoldProblem(str(path), None, None, f"cannot open: {error.strerror}")]
    problems: list[GoldProblem] = []
    documents = 0
    for number, raw_line in enumerate(raw.splitlines(), start=1):
        try:
            line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            problems.append(GoldProblem(str(path), number, None, "not UTF-8 text"))
            continue
        if not line.strip():
            continue
        documents += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(GoldProblem(str(path), number, None, f"malformed JSON ({error.msg} at column {error.colno})"))
            continue
        doc_id, reasons = check_record(record)
        reasons = _with_duplicate(doc_id, path, number, seen_ids, reasons)
        problems.extend(GoldProblem(str(path), number, doc_id, reason) for reason in reasons)
    if documents == 0 and not problems:
        problems.append(GoldProblem(str(path), None, None, "no documents in file"))
    return problems


def check_record(record: Any) -> tuple[str | None, list[str]]:
    """The document id (when readable) and the reasons the record is not valid gold."""
    if not isinstance(record, dict):
        return None, ["expected a JSON object"]
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id) else None
    reasons = [] if doc_id is not None else ["missing or invalid 'id' (a non-empty string)"]
    text = record.get("text")
    if not isinstance(text, str):
        return doc_id, [*reasons, "missing string field 'text'"]
    if "meta" in record and record["meta"] is not None and not isinstance(record["meta"], dict):
        reasons.append("field 'meta' must be an object")
    raw_spans = record.get("spans")
    if not isinstance(raw_spans, list):
        return doc_id, [*reasons, "field 'spans' must be a list (write [] for a document without entities)"]
    valid: list[tuple[int, int, str]] = []
    for raw in raw_spans:
        reason = _check_span(raw, text)
        if reason is None:
            valid.append((raw["start"], raw["end"], raw["label"]))
        else:
            reasons.append(reason)
    reasons.extend(_overlaps(valid, text))
    return doc_id, reasons


def _check_span(raw: Any, text: str) -> str | None:
    """Why one span breaks the guidelines, or ``None`` when it is valid."""
    if not isinstance(raw, dict):
        return f"span {raw!r} must be an object with start, end and label"
    start, end, label = raw.get("start"), raw.get("end"), raw.get("label")
    if not (_is_int(start) and _is_int(end) and isinstance(label, str)):
        return f"span {raw!r} needs integer 'start'/'end' and a string 'label'"
    if not 0 <= start <= end <= len(text):
        return f"span {start}-{end} {label} is out of range for a text of {len(text)} characters"
    if start == end:
        return f"span {start}-{end} {label} is empty"
    covered = text[start:end]
    described = f"span {start}-{end} {label} {covered!r}"
    if label not in LABELS:
        return f"{described}: unknown label {label!r} (expected one of {', '.join(LABELS)})"
    if "text" in raw and raw["text"] != covered:
        return f"{described}: its 'text' field {raw['text']!r} does not match the offsets"
    edge = _edge_problem(covered, label)
    return None if edge is None else f"{described}: {edge}"


def _edge_problem(covered: str, label: str) -> str | None:
    """Leading or trailing whitespace, quotes, brackets, title marks or punctuation."""
    first, last = covered[0], covered[-1]
    if _is_blank(first):
        return "starts with whitespace"
    if _is_blank(last):
        return "ends with whitespace"
    if _is_punctuation(first) and not (label == "METRIC" and first in _METRIC_SIGNS and covered[1:2].isdigit()):
        return f"starts with punctuation {first!r} (quotes, brackets and punctuation stay outside the span)"
    if _is_punctuation(last) and not _allowed_last(covered):
        return f"ends with punctuation {last!r} (quotes, brackets and punctuation stay outside the span)"
    return None


def _allowed_last(covered: str) -> bool:
    last = covered[-1]
    if last in _PERCENT_SIGNS:
        return True
    if last in _CLOSING_BRACKETS:
        return covered.count(_CLOSING_BRACKETS[last]) >= covered.count(last)
    # An abbreviation inside a Latin-script name: "Apple Inc."
    return last == "." and len(covered) > 1 and covered[-2].isascii() and covered[-2].isalpha()


def _overlaps(spans: list[tuple[int, int, str]], text: str) -> list[str]:
    reasons = []
    ordered = sorted(spans)
    for index, (start, end, label) in enumerate(ordered):
        for other_start, other_end, other_label in ordered[index + 1 :]:
            if other_start >= end:
                break
            reasons.append(
                f"spans {start}-{end} {label} {text[start:end]!r} and {other_start}-{other_end} {other_label} "
                f"{text[other_start:other_end]!r} overlap (annotate only the outermost mention)"
            )
    return reasons


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_blank(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cf"


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")
