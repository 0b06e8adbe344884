"""Ingest end to end: the embedded corpus, exact offset maps, bad inputs and duplicates."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from text_strategies import mixed_texts

from parkner.documents import Document, Span
from parkner.ingest import Skipped, ingest_paths, ingest_text
from parkner.ingest.decoding import decode
from parkner.ingest.pipeline import expand_paths
from parkner.normalise import to_simplified

DIGEST = "004_3b7b63bd7187fec8"
CORPUS_IDS = [
    "000_3eb61db6c6148bfd",
    "001_d1b7a05a779342bd",
    "002_0aa4f35624532ed6",
    "003_17056284726f5de6",
    *(f"{DIGEST}-{index:02d}" for index in range(1, 7)),
]
PINYIN_DEBRIS = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*")
HTML_DEBRIS = re.compile(r"</?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
BOILERPLATE = ("返回首页", "免责声明", "不良信息举报", "浏览", "来源:", "来源：")

NEWS = (
    "昆明高新区2023年实现规模以上工业总产值985亿元，同比增长18.3%。园区企业达2785户，从业人员41万余人。"
    "云南锗业、贵研铂业等企业加快发展，全力推进项目建设，一批重点项目落地开工。"
)
NEWS_TRADITIONAL = (
    "昆明高新區2023年實現規模以上工業總產值985億元，同比增長18.3%。園區企業達2785戶，從業人員41萬余人。"
    "雲南鍺業、貴研鉑業等企業加快發展，全力推進項目建設，一批重點項目落地開工。"
)


def copy_segments_mismatches(document: Document, source: str) -> list[tuple[str, str]]:
    """Copy segments (equal lengths) whose characters differ from the source they claim to copy."""
    assert document.offsets is not None
    bad = []
    for derived_start, derived_end, source_start, source_end in document.offsets.to_segments():
        copied, original = document.text[derived_start:derived_end], source[source_start:source_end]
        if derived_end - derived_start == source_end - source_start and copied != original:
            bad.append((copied, original))
    return bad


# --- the embedded corpus -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(raw_corpus: Path) -> tuple[dict[str, Document], object]:
    documents, report = ingest_paths([raw_corpus])
    return {document.id: document for document in documents}, report


def test_corpus_gives_ten_documents_six_from_the_digest(corpus) -> None:  # type: ignore[no-untyped-def]
    documents, report = corpus
    assert list(documents) == CORPUS_IDS
    assert report.files == 5 and report.documents == 10 and report.skipped == []
    assert [documents[f"{DIGEST}-{i:02d}"].meta["article"] for i in range(1, 7)] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_no_pinyin_debris(corpus, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    text = corpus[0][doc_id].text
    assert PINYIN_DEBRIS.findall(text) == []


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_no_markup_or_boilerplate_left(corpus, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    document = corpus[0][doc_id]
    assert HTML_DEBRIS.findall(document.text) == []
    simplified = to_simplified(document.text)
    assert [word for word in BOILERPLATE if word in simplified] == []
    assert document.text == document.text.strip() and "\n\n" not in document.text


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_offset_map_round_trips_to_the_raw_file(corpus, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    document = corpus[0][doc_id]
    path = Path(document.meta["source"])
    source, _ = decode(path.read_bytes(), str(path))
    assert document.offsets is not None
    assert len(document.offsets) == len(document.text)
    assert document.offsets.source_length == len(source)
    assert copy_segments_mismatches(document, source) == []
    copied = sum(e - s for s, e, a, b in document.offsets.to_segments() if e - s == b - a)
    assert copied >= 0.95 * len(document.text)


def test_digest_articles_come_from_successive_parts_of_the_file(corpus) -> None:  # type: ignore[no-untyped-def]
    documents = corpus[0]
    articles = [documents[f"{DIGEST}-{i:02d}"] for i in range(1, 7)]
    ranges = [article.source_span(Span(0, len(article.text), "PARK")) for article in articles]
    assert all(end <= next_start for (_, end), (next_start, _) in itertools.pairwise(ranges))


def test_traditional_text_stays_traditional(corpus) -> None:  # type: ignore[no-untyped-def]
    documents = corpus[0]
    for doc_id in ("001_d1b7a05a779342bd", "002_0aa4f35624532ed6"):
        assert "園區" in documents[doc_id].text and "园区" not in documents[doc_id].text


def test_corpus_metadata(corpus, raw_corpus: Path) -> None:  # type: ignore[no-untyped-def]
    documents = corpus[0]
    first = documents["001_d1b7a05a779342bd"]
    assert first.meta["date"] == "2024-01-08"
    assert first.meta["title"] == "跑出加速度 凝聚新勢能——2023年昆明園區發展綜述"
    assert first.meta["source_name"] == "昆明信息港"
    assert first.meta["source"] == str(raw_corpus / "001_d1b7a05a779342bd.txt")
    assert first.meta["encoding"] == "utf-8"
    assert first.text.startswith(first.meta["title"])
    assert documents["000_3eb61db6c6148bfd"].meta["date"] == "2020-05-18"
    assert documents["002_0aa4f35624532ed6"].meta["date"] == "2024-06-03"
    front_matter = documents["003_17056284726f5de6"].meta
    assert front_matter["date"] == "2022-02-21"
    assert front_matter["title"] == "高新区主营业务收入达2665亿元 为昆明当好全省经济社会发展排头兵作出高新贡献"
    digest = [documents[f"{DIGEST}-{i:02d}"].meta for i in range(1, 7)]
    assert {meta["section"] for meta in digest} == {"园区动态"}
    assert digest[0]["title"] == "石河子高新区迎来第18批博士服务团"
    assert digest[2]["title"] == "延吉高新区可喜安集团科技大厦奠基"
    assert digest[3]["captions"] == ["襄阳高新区汽车工业园"]
    assert all(meta["source"].endswith(f"{DIGEST}.txt") for meta in digest)


def test_embedded_corpus_is_the_shared_seeds(raw_corpus: Path, shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert [p.name for p in seeds] == sorted(p.name for p in raw_corpus.glob("*.txt"))
    assert all(p.read_bytes() == (raw_corpus / p.name).read_bytes() for p in seeds)


# --- (d) the offset contract on arbitrary text ---------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(text=mixed_texts())
def test_every_copy_segment_points_at_identical_source_characters(text: str) -> None:
    for document in ingest_text(text, "x"):
        assert document.offsets is not None
        assert len(document.offsets) == len(document.text) and document.offsets.source_length == len(text)
        assert copy_segments_mismatches(document, text) == []


@pytest.mark.parametrize("line_break", ["\r", "\u2028"])
def test_lone_carriage_return_is_not_stored_as_a_copy(line_break: str) -> None:
    text = NEWS + line_break + "第二段正文。"
    [document] = ingest_text(text, "x")
    assert copy_segments_mismatches(document, text) == []


def test_ingest_text_maps_entities_back_to_html() -> None:
    source = "<html><head><title>新闻</title></head><body><p>產(chǎn)業&amp;園區</p><p>" + NEWS + "</p></body></html>"
    [document] = ingest_text(source, "h")
    assert document.text == "產業&園區\n" + NEWS
    start, end = document.offsets.span_to_source(0, 5)
    assert source[start:end] == "產(chǎn)業&amp;園區"


# --- files: encodings, bad inputs, JSONL, duplicates ---------------------------------------------


def test_gbk_and_big5_files_decode_to_the_right_text(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes(NEWS.encode("gbk"))
    (tmp_path / "big5.txt").write_bytes(NEWS_TRADITIONAL.encode("big5"))
    documents, report = ingest_paths([tmp_path])
    by_id = {document.id: document for document in documents}
    assert by_id["gbk"].text == NEWS and by_id["gbk"].meta["encoding"] == "gb18030"
    assert by_id["big5"].text == NEWS_TRADITIONAL and by_id["big5"].meta["encoding"] == "big5"
    assert report.encodings == {"gb18030": 1, "big5": 1} and report.skipped == []


def test_bad_files_are_skipped_with_reasons_and_good_ones_still_read(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (tmp_path / "d_only_furniture.html").write_text("<p>新闻</p><p>免责声明:本文仅供参考</p>", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": NEWS, "title": "标题", "meta": {"date": "2024-01-08"}}, ensure_ascii=False),
        '{"id": "j2", "text": "昆明高新',
        json.dumps({"id": "j3", "body": NEWS}, ensure_ascii=False),
        json.dumps({"id": "j4", "text": "   "}, ensure_ascii=False),
        "",
        json.dumps({"text": NEWS_TRADITIONAL}, ensure_ascii=False),
    ]
    (tmp_path / "e_records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, report = ingest_paths([tmp_path])

    assert [d.id for d in documents] == ["a_good", "j1", "e_records-L6"]
    j1 = documents[1]
    assert j1.meta["title"] == "标题" and j1.meta["date"] == "2024-01-08" and j1.meta["line"] == 1
    assert j1.meta["source"] == str(tmp_path / "e_records.jsonl")
    skipped = {(Path(s.path).name, s.line): s.reason for s in report.skipped}
    assert skipped == {
        ("b_empty.txt", None): "empty file",
        ("c_image.png", None): "binary file, not text",
        ("d_only_furniture.html", None): "no text left after cleaning (only markup or boilerplate)",
        ("e_records.jsonl", 2): skipped[("e_records.jsonl", 2)],
        ("e_records.jsonl", 3): "no string field 'text'",
        ("e_records.jsonl", 4): "empty 'text'",
    }
    assert skipped[("e_records.jsonl", 2)].startswith("malformed JSON")
    assert str(Skipped(str(tmp_path / "e_records.jsonl"), "malformed JSON", 2)).endswith(
        "e_records.jsonl:2: malformed JSON"
    )
    assert report.files == 5 and report.documents == 3


def test_jsonl_text_field_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "b1", "body": NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    documents, report = ingest_paths([path], text_field="body")
    assert [d.text for d in documents] == [NEWS] and report.skipped == []


def test_identical_files_are_marked_as_duplicates(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "second.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "third.txt").write_text(NEWS_TRADITIONAL, encoding="utf-8")
    documents, report = ingest_paths([tmp_path])
    assert [d.id for d in documents] == ["first", "second", "third"]
    assert "duplicate_of" not in documents[0].meta
    assert documents[1].meta["duplicate_of"] == "first"
    assert documents[2].meta["duplicate_of"] == "first"  # same text in the other script
    assert documents[2].text == NEWS_TRADITIONAL  # the text itself is untouched
    assert report.duplicates == {"second": "first", "third": "first"}


def test_repeated_passages_are_recorded_without_changing_the_text(tmp_path: Path) -> None:
    sentence = "全力推进项目建设，一批重点项目落地开工，园区经济持续向好。"
    (tmp_path / "a.txt").write_text("第一篇。" + sentence, encoding="utf-8")
    (tmp_path / "b.txt").write_text("第二篇不同。" + sentence, encoding="utf-8")
    documents, report = ingest_paths([tmp_path])
    second = documents[1]
    [[start, end]] = second.meta["repeated_passages"]
    assert second.text[start:end] == sentence and report.repeated_passages == 1


def test_same_stem_in_two_directories_gets_distinct_ids(tmp_path: Path) -> None:
    for folder, text in (("a", NEWS), ("b", "另一篇：" + NEWS)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text, encoding="utf-8")
    documents, _ = ingest_paths([tmp_path])
    assert [d.id for d in documents] == ["news", "news~2"]


def test_hidden_files_are_ignored_and_order_is_sorted(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.txt"]


def test_a_missing_file_is_skipped_not_raised(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(NEWS, encoding="utf-8")
    documents, report = ingest_paths([tmp_path / "missing.txt", tmp_path / "ok.txt"])
    assert [d.id for d in documents] == ["ok"]
    assert report.skipped[0].path == str(tmp_path / "missing.txt") and report.skipped[0].reason.startswith("unreadable")
    assert report.to_dict()["skipped"][0]["path"] == str(tmp_path / "missing.txt")
    assert "1 documents" in report.summary() and "1 skipped" in report.summary()
