"""gold → FORMAT → gold is the identity for every format (Traditional and Simplified text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from formats_helpers import GOLD_SAMPLE, comparable, edge_document

from parkner.documents import read_documents, write_documents
from parkner.formats import FORMATS, convert, read_format, write_format
from parkner.standoff import is_standoff

#: The self-contained gold files (stand-off gold holds no text to convert).
CORPUS_GOLD = sorted(path for path in (Path(__file__).parents[2] / "corpus" / "gold").glob("*.jsonl") if not is_standoff(path))


def _round_trip(source: Path, name: str, tmp_path: Path) -> None:
    original = read_format(source, "parkner")
    target = tmp_path / f"out.{name}"
    assert convert(source, target, "parkner", name) == len(original)
    back = tmp_path / "back.jsonl"
    assert convert(target, back, name, "parkner") == len(original)
    assert comparable(read_documents(back)) == comparable(original)


@pytest.mark.parametrize("name", list(FORMATS))
def test_fixture_round_trip_is_identity(name: str, tmp_path: Path) -> None:
    documents = read_documents(GOLD_SAMPLE)
    assert any("區" in doc.text for doc in documents) and any("区" in doc.text for doc in documents)
    assert sum(len(doc.spans) for doc in documents) > 100
    _round_trip(GOLD_SAMPLE, name, tmp_path)


@pytest.mark.parametrize("name", list(FORMATS))
def test_awkward_characters_survive(name: str, tmp_path: Path) -> None:
    source = tmp_path / "edge.jsonl"
    write_documents([edge_document()], source)
    _round_trip(source, name, tmp_path)


@pytest.mark.parametrize("scheme", ["bio", "bioes"])
def test_conll_round_trip_in_both_schemes(scheme: str, tmp_path: Path) -> None:
    documents = read_format(GOLD_SAMPLE, "parkner")
    write_format(documents, tmp_path / "gold.conll", "conll", options={"scheme": scheme})
    lines = (tmp_path / "gold.conll").read_text("utf-8").splitlines()
    prefixes = {line.split("\t")[1].split("-")[0] for line in lines if "\t" in line}
    assert prefixes == ({"O", "B", "I"} if scheme == "bio" else {"O", "B", "I", "E"})
    assert comparable(read_format(tmp_path / "gold.conll", "conll", options={"scheme": scheme})) == comparable(
        documents
    )


def test_parkner_format_keeps_offset_maps(tmp_path: Path) -> None:
    from parkner.offsets import OffsetMap

    document = edge_document()
    document.offsets = OffsetMap.identity(len(document.text))
    write_documents([document], tmp_path / "a.jsonl")
    convert(tmp_path / "a.jsonl", tmp_path / "b.jsonl", "parkner", "parkner")
    assert read_documents(tmp_path / "b.jsonl")[0].to_dict() == document.to_dict()


@pytest.mark.skipif(not CORPUS_GOLD, reason="corpus/gold/*.jsonl not written yet")
@pytest.mark.parametrize("name", list(FORMATS))
@pytest.mark.parametrize("source", CORPUS_GOLD, ids=lambda path: path.name)
def test_corpus_gold_round_trip_is_identity(source: Path, name: str, tmp_path: Path) -> None:
    _round_trip(source, name, tmp_path)
