"""``brat``: a directory of ``<id>.txt`` + ``<id>.ann`` standoff pairs.

Entities are ``T<n>\\t<LABEL> <start> <end>\\t<text>`` lines (line breaks in the covered text
are written as spaces, as brat does). The writer adds brat's ``annotation.conf`` and a
``parkner-meta.jsonl`` sidecar (document order, metadata, offset maps), which brat ignores and the
reader uses when present. Discontinuous entities (``start end;start end``) are rejected.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..documents import Document, iter_jsonl
from ..errors import InputError
from .base import RawSpan, ReadReport, assemble_document, build_document, check_span, offsets_field, prepare_output_dir

SIDECAR = "parkner-meta.jsonl"
ANNOTATION_CONF = "[entities]\nPARK\nCOMPANY\nPROJECT\nMETRIC\n[relations]\n[events]\n[attributes]\n"
_ENTITY = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_UNSAFE_ID = re.compile(r"[\\/\x00]|^\.|^$")


def read_brat(path: str | Path, *, report: ReadReport | None = None) -> list[Document]:
    """Read every ``.txt`` (with its ``.ann``, if any) in a directory; order and meta from the sidecar."""
    directory = Path(path)
    if not directory.is_dir():
        raise InputError("a brat collection is a directory of .txt/.ann files", directory)
    texts = {file.stem: file for file in directory.glob("*.txt")}
    orphans = sorted(file.name for file in directory.glob("*.ann") if file.stem not in texts)
    if orphans:
        raise InputError(f"annotation files without a text file: {', '.join(orphans)}", directory)
    entries = _read_sidecar(directory / SIDECAR)
    order = [doc_id for doc_id in entries if doc_id in texts] + sorted(set(texts) - set(entries))
    if report is not None:
        for doc_id in entries:
            if doc_id not in texts:
                report.skip(f"[{doc_id}] listed in {SIDECAR} but {doc_id}.txt is missing", directory)
    return [_read_pair(texts[doc_id], entries.get(doc_id, {}), report) for doc_id in order]


def _read_sidecar(path: Path) -> dict[str, dict[str, Any]]:
    """Sidecar entries ``{"id", "meta", "offsets"?}`` by document id, in file order."""
    if not path.is_file():
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for line, record in iter_jsonl(path):
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or not isinstance(record.get("meta", {}), dict)
        ):
            raise InputError('expected {"id": string, "meta": object}', path, line)
        entries[record["id"]] = record
    return entries


def _read_pair(txt: Path, entry: dict[str, Any], report: ReadReport | None) -> Document:
    text = _read_text(txt)
    meta, offsets = entry.get("meta", {}), entry.get("offsets")
    ann = txt.with_suffix(".ann")
    if not ann.is_file():
        return build_document(txt.stem, text, [], meta, txt, None, offsets)
    spans = []
    for number, line in enumerate(_read_text(ann).split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if not line.startswith("T"):
            if report is not None:
                report.skip(f"[{txt.stem}] {line.split(chr(9))[0]!r} is not an entity, ignored", ann, number)
            continue
        match = _ENTITY.match(line)
        if match is None:
            raise InputError(f"[{txt.stem}] malformed entity line {line!r}", ann, number)
        if ";" in match[3]:
            raise InputError(
                f"[{txt.stem}] {match[1]} is discontinuous ({match[3]}); parkner spans are contiguous — "
                "split it into separate entities or join the fragments",
                ann,
                number,
            )
        start, end = (int(value) for value in match[3].split())
        span = check_span(txt.stem, text, RawSpan(start, end, match[2]), ann, number)
        if _flat(text[start:end]) != match[4]:
            raise InputError(
                f"[{txt.stem}] {match[1]} text {match[4]!r} does not match the offsets ({text[start:end]!r})",
                ann,
                number,
            )
        spans.append(span)
    return assemble_document(txt.stem, text, spans, meta, ann, None, offsets)


def _read_text(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise InputError("not UTF-8 text", path) from error


def _flat(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def write_brat(documents: Iterable[Document], path: str | Path) -> int:
    """Write one ``.txt``/``.ann`` pair per document into a new (or empty) directory."""
    directory = prepare_output_dir(path)
    (directory / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
    count = 0
    with (directory / SIDECAR).open("w", encoding="utf-8") as sidecar:
        for document in documents:
            if _UNSAFE_ID.search(document.id):
                raise InputError(f"[{document.id}] document id cannot be a brat file name")
            if (directory / f"{document.id}.txt").exists():
                raise InputError(f"[{document.id}] duplicate document id")
            _write_text(directory / f"{document.id}.txt", document.text)
            lines = [
                f"T{number}\t{span.label} {span.start} {span.end}\t{_flat(document.span_text(span))}\n"
                for number, span in enumerate(sorted(document.spans), start=1)
            ]
            _write_text(directory / f"{document.id}.ann", "".join(lines))
            entry: dict[str, Any] = {"id": document.id, "meta": document.meta}
            if document.offsets is not None:
                entry["offsets"] = offsets_field(document)
            sidecar.write(json.dumps(entry, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_text(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
