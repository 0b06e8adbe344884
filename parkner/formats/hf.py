"""``hf``: a Hugging Face ``DatasetDict`` (``save_to_disk``) plus ``parquet/<split>.parquet`` beside it.

Columns: ``id``, ``text``, ``tokens`` (one per character, whitespace included), ``ner_tags``
(``List(ClassLabel)`` with BIO names ``O, B-PARK, I-PARK, …``), ``spans`` (``{start, end,
label}``), ``meta`` and ``offsets`` (JSON strings; ``offsets`` is null without an offset map).
Reading accepts the ``save_to_disk`` directory, a directory of Parquet files or one Parquet file;
``ner_tags`` and ``spans`` must agree.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import datasets
import pyarrow as pa
import pyarrow.parquet as pq

from ..documents import Document, Span
from ..errors import InputError
from .base import RawSpan, ReadReport, build_document, check_no_overlap, offsets_field, prepare_output_dir
from .tags import spans_to_tags, tag_names, tags_to_spans

TAG_NAMES: list[str] = tag_names("bio")
FEATURES = datasets.Features(
    {
        "id": datasets.Value("string"),
        "text": datasets.Value("string"),
        "tokens": datasets.List(datasets.Value("string")),
        "ner_tags": datasets.List(datasets.ClassLabel(names=TAG_NAMES)),
        "spans": datasets.List(
            {"start": datasets.Value("int32"), "end": datasets.Value("int32"), "label": datasets.Value("string")}
        ),
        "meta": datasets.Value("string"),
        "offsets": datasets.Value("string"),
    }
)


def write_hf(documents: Iterable[Document], path: str | Path, *, split: str = "train") -> int:
    """Write one split (see :func:`write_hf_splits`)."""
    return write_hf_splits({split: documents}, path)[split]


def write_hf_splits(splits: Mapping[str, Iterable[Document]], path: str | Path) -> dict[str, int]:
    """Save a DatasetDict to ``path`` and each split to ``path/parquet/<split>.parquet``; return row counts."""
    directory = prepare_output_dir(path)
    dataset = datasets.DatasetDict({name: to_dataset(documents) for name, documents in splits.items()})
    with _quiet():
        dataset.save_to_disk(str(directory))
        (directory / "parquet").mkdir()
        for name, split in dataset.items():
            split.to_parquet(str(directory / "parquet" / f"{name}.parquet"))
    return {name: split.num_rows for name, split in dataset.items()}


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence the datasets progress bars for one write (a library prints nothing)."""
    was_disabled = datasets.are_progress_bars_disabled()
    datasets.disable_progress_bars()
    try:
        yield
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()


def to_dataset(documents: Iterable[Document]) -> datasets.Dataset:
    """Documents as a :class:`datasets.Dataset` with :data:`FEATURES`."""
    rows = [_row(document) for document in documents]
    columns = {name: [row[name] for row in rows] for name in FEATURES}
    return datasets.Dataset.from_dict(columns, features=FEATURES)


def _row(document: Document) -> dict[str, Any]:
    check_no_overlap(document)
    spans = sorted(document.spans)
    return {
        "id": document.id,
        "text": document.text,
        "tokens": list(document.text),
        "ner_tags": [TAG_NAMES.index(tag) for tag in spans_to_tags(len(document.text), spans, "bio")],
        "spans": [{"start": span.start, "end": span.end, "label": span.label} for span in spans],
        "meta": json.dumps(document.meta, ensure_ascii=False),
        "offsets": None if document.offsets is None else json.dumps(offsets_field(document)),
    }


def read_hf(path: str | Path, *, report: ReadReport | None = None, split: str | None = None) -> list[Document]:
    """Documents of one split, or of every split in order when ``split`` is ``None``."""
    documents: list[Document] = []
    for name, source, rows, names in _splits(Path(path), split):
        documents.extend(
            _document(row, names, source, f"{name}-{index}", index) for index, row in enumerate(rows, start=1)
        )
    return documents


def _splits(path: Path, wanted: str | None) -> Iterator[tuple[str, Path, Iterable[dict[str, Any]], list[str] | None]]:
    if (path / "dataset_dict.json").is_file() or (path / "state.json").is_file():
        try:
            loaded = datasets.load_from_disk(str(path))
        except (OSError, ValueError) as error:
            raise InputError(f"cannot load the dataset: {error}", path) from error
        parts = loaded if isinstance(loaded, datasets.DatasetDict) else {"train": loaded}
        selected = _select(list(parts), wanted, path)
        for name in selected:
            yield name, path / name, parts[name], _names(parts[name].features)
        return
    files = (
        (sorted((path / "parquet").glob("*.parquet")) or sorted(path.glob("*.parquet"))) if path.is_dir() else [path]
    )
    if not files or not all(file.is_file() for file in files):
        raise InputError("expected a save_to_disk directory, a directory of Parquet files or a Parquet file", path)
    by_name = {file.stem: file for file in files}
    for name in _select(list(by_name), wanted, path):
        try:
            table = pq.read_table(by_name[name])
        except (pa.ArrowException, OSError) as error:
            raise InputError(f"cannot read Parquet: {error}", by_name[name]) from error
        yield name, by_name[name], table.to_pylist(), _names(datasets.Features.from_arrow_schema(table.schema))


def _select(names: list[str], wanted: str | None, path: Path) -> list[str]:
    if wanted is None:
        return names
    if wanted not in names:
        raise InputError(f"no split {wanted!r} (available: {', '.join(names)})", path)
    return [wanted]


def _names(features: datasets.Features) -> list[str] | None:
    tags = features.get("ner_tags")
    feature = getattr(tags, "feature", None)
    return list(feature.names) if isinstance(feature, datasets.ClassLabel) else None


def _document(row: dict[str, Any], names: list[str] | None, source: Path, default_id: str, index: int) -> Document:
    doc_id = str(row.get("id") or default_id)
    tokens = row.get("tokens")
    text = row.get("text")
    if text is None and tokens is not None:
        text = "".join(tokens)
    if not isinstance(text, str):
        raise InputError(f"row {index}: needs a 'text' or a 'tokens' column", source, index)
    if tokens is not None and list(tokens) != list(text):
        raise InputError(f"[{doc_id}] 'tokens' must be the characters of 'text'", source, index)
    from_tags = _tag_spans(row, names, len(text), doc_id, source, index)
    raw = [RawSpan(span.start, span.end, span.label) for span in from_tags or []]
    if row.get("spans") is not None:
        stated = [RawSpan(span.get("start"), span.get("end"), span.get("label")) for span in row["spans"]]
        if from_tags is not None and Counter(stated) != Counter(raw):
            raise InputError(f"[{doc_id}] 'spans' and 'ner_tags' disagree", source, index)
        raw = stated
    meta = _json(row.get("meta"), "meta", doc_id, source, index) or {}
    if not isinstance(meta, dict):
        raise InputError(f"[{doc_id}] 'meta' must be a JSON object", source, index)
    offsets = _json(row.get("offsets"), "offsets", doc_id, source, index)
    return build_document(doc_id, text, raw, meta, source, index, offsets)


def _tag_spans(
    row: dict[str, Any], names: list[str] | None, length: int, doc_id: str, source: Path, index: int
) -> list[Span] | None:
    tags = row.get("ner_tags")
    if tags is None:
        return None
    if len(tags) != length:
        raise InputError(f"[{doc_id}] {len(tags)} ner_tags for {length} characters", source, index)
    if names is not None:
        tags = [names[tag] for tag in tags]
    elif not all(isinstance(tag, str) for tag in tags):
        raise InputError(f"[{doc_id}] integer ner_tags need ClassLabel names in the dataset features", source, index)
    try:
        return sorted(tags_to_spans(tags, "bio"))
    except ValueError as error:
        raise InputError(f"[{doc_id}] {error}", source, index) from error


def _json(raw: Any, column: str, doc_id: str, source: Path, index: int) -> Any:
    if not isinstance(raw, str) or not raw:
        return raw or None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"[{doc_id}] {column!r} is not JSON ({error.msg})", source, index) from error
