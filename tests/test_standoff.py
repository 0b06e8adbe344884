"""Stand-off gold: references resolve to the ingested corpus text, drift and bad spans are caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parkner.documents import Document, Span
from parkner.errors import InputError
from parkner.gold import read_gold
from parkner.standoff import is_standoff, standoff_excerpts, standoff_id, write_standoff
from parkner.training.corpus import CorpusStats, HeldOut, training_examples

NEWS = "昆明高新区引进云南锗业。\n全年投资2665亿元，增长10.7%。"
SECOND_PARAGRAPH = (13, len(NEWS))


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    """A third-party corpus file in the shared corpora's format (id, title, date, text)."""
    directory = tmp_path / "corpus"
    directory.mkdir()
    record = {"id": "n1", "title": "园区新闻", "date": "2011-01-01", "text": NEWS}
    (directory / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return directory


def _ingested_id(corpus_dir: Path) -> str:
    from parkner.ingest import ingest_paths

    documents, _ = ingest_paths([corpus_dir / "news.jsonl"])
    assert documents[0].text == NEWS
    return documents[0].id


def _excerpt(document_id: str, spans: list[Span]) -> Document:
    start, end = SECOND_PARAGRAPH
    meta = {"corpus": "news.jsonl", "document": document_id, "start": start, "end": end}
    return Document(standoff_id(document_id, start, end), NEWS[start:end], spans, meta)


def test_stand_off_gold_stores_no_text_and_reads_back_the_corpus_text(tmp_path: Path, corpus_dir: Path) -> None:
    document_id = _ingested_id(corpus_dir)
    excerpt = _excerpt(document_id, [Span(4, 10, "METRIC"), Span(13, 18, "METRIC")])
    path = tmp_path / "unseen.jsonl"
    write_standoff([excerpt], path)
    stored = path.read_text(encoding="utf-8")
    assert "全年投资" not in stored and is_standoff(path)
    [read] = read_gold(path, corpus_dir)
    assert read.text == "全年投资2665亿元，增长10.7%。"
    assert [read.span_text(span) for span in read.spans] == ["2665亿元", "10.7%"]
    assert standoff_excerpts(path) == {document_id: [SECOND_PARAGRAPH]}


def test_changed_corpus_text_is_reported_with_the_line(tmp_path: Path, corpus_dir: Path) -> None:
    path = tmp_path / "unseen.jsonl"
    write_standoff([_excerpt(_ingested_id(corpus_dir), [])], path)
    news = corpus_dir / "news.jsonl"
    news.write_text(news.read_text(encoding="utf-8").replace("2665", "2666"), encoding="utf-8")
    with pytest.raises(InputError, match=r"unseen.jsonl:1: .*text has changed"):
        read_gold(path, corpus_dir)


def test_a_span_off_its_text_and_a_missing_corpus_are_errors(tmp_path: Path, corpus_dir: Path) -> None:
    path = tmp_path / "unseen.jsonl"
    write_standoff([_excerpt(_ingested_id(corpus_dir), [Span(4, 10, "METRIC")])], path)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["spans"][0]["text"] = "2665亿"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"unseen.jsonl:1: .*does not match the offsets"):
        read_gold(path, corpus_dir)
    with pytest.raises(InputError, match=r"does not exist"):
        read_gold(path, tmp_path / "elsewhere")


def test_stand_off_excerpts_are_held_out_of_training_paragraph_by_paragraph(tmp_path: Path) -> None:
    spans = [Span(0, 5, "PARK"), Span(17, 23, "METRIC")]
    labelled = Document("n1", NEWS, spans)
    stats = CorpusStats()
    examples = training_examples([labelled], HeldOut(excerpts={"n1": [SECOND_PARAGRAPH]}), stats)
    assert [text for text, _ in examples] == ["昆明高新区引进云南锗业。"]
    assert stats.held_out_paragraphs == 1 and stats.misaligned_entities == 0
