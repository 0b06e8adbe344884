"""Training end to end on tiny data: train, save, load in a fresh process, predict on both scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import srsly

from parkner.documents import Document, Span, write_documents
from parkner.errors import InputError
from parkner.normalise import to_simplified
from parkner.standoff import standoff_id, write_standoff
from parkner.training import train
from parkner.training.train import merge_predictions

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    ("昆明高新区实现主营业务收入2665亿元，同比增长10.7%。", [("昆明高新区", "PARK"), ("2665亿元", "METRIC"), ("10.7%", "METRIC")]),
    ("云南锗业生产车间新增产值36.1亿元。", [("云南锗业", "COMPANY"), ("36.1亿元", "METRIC")]),
    ("玉溪高新区规模以上工业总产值达122.6亿元。", [("玉溪高新区", "PARK"), ("122.6亿元", "METRIC")]),
    ("贵研铂业产值突破100亿元，同比增长26.6%。", [("贵研铂业", "COMPANY"), ("100亿元", "METRIC"), ("26.6%", "METRIC")]),
]


def _labelled_documents() -> list[Document]:
    documents = []
    for index in range(12):
        text, entities = SENTENCES[index % len(SENTENCES)]
        spans = [Span(text.index(surface), text.index(surface) + len(surface), label) for surface, label in entities]
        documents.append(Document(f"doc-{index}", text + "\n" + text, spans))
    return documents


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _train_tiny(tmp_path_factory.mktemp("train"))


def _train_tiny(work: Path) -> Path:
    labelled = work / "labelled.jsonl"
    write_documents(_labelled_documents(), labelled)
    gold = work / "gold.jsonl"
    write_documents(_labelled_documents()[:2], gold)
    overrides = {
        "paths.labelled": str(labelled), "paths.gold_dev": str(gold), "paths.held_out": "",
        "training.max_steps": 40, "training.eval_frequency": 20,
    }
    result = train(ROOT / "configs" / "default.cfg", work / "model", overrides)
    assert result.model_path.is_dir()
    return result.model_path


@pytest.mark.slow
def test_meta_records_provenance(tiny_model: Path) -> None:
    meta = srsly.read_json(tiny_model / "meta.json")["parkner"]
    assert meta["labels"] == ["COMPANY", "METRIC", "PARK"]
    assert meta["seed"] == 0
    assert len(meta["data"]["docbin_sha256"]["train"]) == 64
    assert meta["config"]["overrides"]["training.max_steps"] == "40"
    assert 0.0 <= meta["scores"]["gold_dev_strict_f"] <= 1.0


@pytest.mark.slow
def test_a_fixed_seed_trains_the_same_weights(tiny_model: Path, tmp_path: Path) -> None:
    again = _train_tiny(tmp_path)
    for component in ("tok2vec", "ner"):
        assert (again / component / "model").read_bytes() == (tiny_model / component / "model").read_bytes()


@pytest.mark.slow
def test_loads_in_fresh_process_with_identical_entities_for_both_scripts(tiny_model: Path) -> None:
    traditional = "昆明高新區實現主營業務收入2665億元，雲南鍺業生產車間新增產值36.1億元。"
    simplified = to_simplified(traditional)
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "docs = list(nlp.pipe(sys.argv[2:], n_process=2))\n"
        "print(json.dumps([[(e.start_char, e.end_char, e.label_, e.text) for e in d.ents] for d in docs]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(tiny_model), traditional, simplified],
        capture_output=True, text=True, check=True,
    )
    from_traditional, from_simplified = json.loads(completed.stdout)
    assert [e[:3] for e in from_traditional] == [e[:3] for e in from_simplified]
    assert all(traditional[s:e] == text for s, e, _, text in from_traditional)


def test_merge_predictions_adds_model_spans_only_where_rules_abstain() -> None:
    rules = [Document("a", "昆明高新区云南锗业", [Span(0, 5, "PARK")])]
    model = [Document("a", "昆明高新区云南锗业", [Span(0, 4, "PARK"), Span(5, 9, "COMPANY")])]
    merged = merge_predictions(rules, model)
    assert merged[0].spans == [Span(0, 5, "PARK"), Span(5, 9, "COMPANY")]


def test_gold_documents_never_enter_the_training_pool(tmp_path: Path) -> None:
    from parkner.training.corpus import CorpusStats, HeldOut, training_examples

    documents = _labelled_documents()
    stats = CorpusStats()
    examples = training_examples(documents, HeldOut(frozenset({"doc-0", "doc-1"})), stats)
    assert stats.held_out_documents == ["doc-0", "doc-1"]
    held_out_texts = {documents[0].text.split("\n")[0], documents[1].text.split("\n")[0]}
    # Repeated paragraphs are dropped, so the pool holds each remaining sentence once.
    assert len(examples) == len({text for text, _ in examples}) == 4
    assert held_out_texts <= {text for text, _ in examples}  # same sentences come from other documents
    assert stats.repeated_paragraphs > 0


def test_gold_dev_off_its_text_stops_training_with_file_and_line(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    write_documents(_labelled_documents(), labelled)
    gold = tmp_path / "gold.jsonl"
    record = {"id": "g1", "text": "昆明高新区", "spans": [{"start": 0, "end": 5, "label": "PARK", "text": "昆明高新"}]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    overrides = {"paths.labelled": str(labelled), "paths.gold_dev": str(gold), "paths.held_out": ""}
    with pytest.raises(InputError, match=r"gold.jsonl:1"):
        train(ROOT / "configs" / "default.cfg", tmp_path / "model", overrides)
    assert not (tmp_path / "model").exists()


def test_stand_off_gold_dev_reads_its_text_from_the_configured_corpus_dir(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    write_documents(_labelled_documents(), labelled)
    gold = tmp_path / "shared-dev.jsonl"
    write_standoff([Document(standoff_id("n1", 0, 5), "昆明高新区", [], {"corpus": "news.jsonl", "document": "n1",
                                                                      "start": 0, "end": 5})], gold)
    overrides = {"paths.labelled": str(labelled), "paths.gold_dev": str(gold), "paths.held_out": "",
                 "paths.corpus_dir": str(tmp_path / "no-corpus")}
    with pytest.raises(InputError, match=r"no-corpus.*does not exist"):
        train(ROOT / "configs" / "default.cfg", tmp_path / "model", overrides)
