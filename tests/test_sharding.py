"""The engine contract of sharded annotation: picklable, stateless per batch, one pipeline load per process."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parkner import sharding
from parkner.documents import Document, Span
from parkner.errors import InputError
from parkner.formats.hf import to_dataset
from parkner.offsets import apply_edits
from parkner.predict import SCORES_KEY, score_key
from parkner.rules.base import MISALIGNED_KEY
from parkner.sharding import (
    BatchAnnotator,
    annotate_dataset,
    annotate_stream,
    cached_pipeline,
    dataset_documents,
)

TEXT = "昆明高新区2023年实现营业收入2665亿元。"
PARK = {"start": 0, "end": 5, "label": "PARK", "score": None}
METRIC = {"start": 16, "end": 22, "label": "METRIC", "score": None}


@Language.component("sharding_test_marks")
def _marks(doc: Doc) -> Doc:
    """Stand-in for the rule components: a confidence on every entity, two misaligned matches on '错'."""
    doc.user_data[SCORES_KEY] = {score_key(ent.start_char, ent.end_char, ent.label_): 0.75 for ent in doc.ents}
    if "错" in doc.text:
        doc.user_data[MISALIGNED_KEY] = 2
    return doc


def _ruler_pipeline() -> Language:
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PARK", "pattern": "昆明高新区"}, {"label": "METRIC", "pattern": "2665亿元"}])
    return nlp


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A tiny saved pipeline that any (spawned) process can load."""
    path = tmp_path_factory.mktemp("sharding") / "model"
    _ruler_pipeline().to_disk(path)
    return str(path)


@pytest.fixture(scope="module")
def marking_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A rule-style pipeline (whole documents) that also sets scores and misaligned counts (this process only)."""
    nlp = _ruler_pipeline()
    nlp.add_pipe("parkner_rules")
    nlp.add_pipe("sharding_test_marks")
    path = tmp_path_factory.mktemp("sharding") / "marking"
    nlp.to_disk(path)
    return str(path)


def _cache_state() -> tuple[int, int]:
    """``(entries, loads)`` of this process's pipeline cache (``CacheInfo`` itself does not pickle)."""
    info = cached_pipeline.cache_info()
    return info.currsize, info.misses


def _documents(count: int) -> Iterator[Document]:
    """A generator, so nothing may rely on a list: texts differ so order mistakes show."""
    for index in range(count):
        yield Document(f"d{index}", f"{index}号" + TEXT * (index % 3), meta={"n": index})


def test_annotator_pickles_as_plain_data_even_after_use(model: str) -> None:
    annotator = BatchAnnotator(model, batch_size=8)
    annotator({"text": [TEXT]})
    payload = pickle.dumps(annotator)
    assert pickle.loads(payload) == annotator
    assert len(payload) < 500  # the pipeline is cached per process, never carried by the annotator


def test_dict_batch_gains_spans_and_misaligned_and_keeps_other_columns(model: str) -> None:
    batch = {"id": ["a", "b"], "text": np.array([TEXT, "无关内容"])}
    result = BatchAnnotator(model)(batch)
    assert result["id"] == ["a", "b"]
    assert result["spans"] == [[PARK, METRIC], []]
    assert result["misaligned"] == [0, 0]


def test_dataframe_batch_keeps_its_index(model: str) -> None:
    frame = pd.DataFrame({"text": ["无关内容", TEXT]}, index=[7, 3])
    result = BatchAnnotator(model)(frame)
    assert isinstance(result, pd.DataFrame) and list(result.index) == [7, 3]
    assert result.loc[3, "spans"] == [PARK, METRIC] and result.loc[7, "spans"] == []
    assert "spans" not in frame  # the input batch is not modified


def test_scores_and_misaligned_counts_come_from_the_pipeline(marking_model: str) -> None:
    result = BatchAnnotator(marking_model)({"text": [TEXT + "错", "错"]})
    assert [span["score"] for span in result["spans"][0]] == [0.75, 0.75]
    assert result["misaligned"] == [2, 2]


def test_models_read_paragraphs_and_offsets_come_back_in_the_document(model: str) -> None:
    result = BatchAnnotator(model)({"text": [TEXT + "\n\n" + TEXT]})
    offset = len(TEXT) + 2
    shifted = [{**span, "start": span["start"] + offset, "end": span["end"] + offset} for span in (PARK, METRIC)]
    assert result["spans"] == [[PARK, METRIC, *shifted]] and result["misaligned"] == [0]


def test_batch_without_text_column_names_its_columns(model: str) -> None:
    with pytest.raises(InputError, match="no 'text' column.*body"):
        BatchAnnotator(model)({"body": [TEXT]})


def test_pipeline_is_loaded_once_per_process(model: str) -> None:
    cached_pipeline.cache_clear()
    first, second = BatchAnnotator(model, batch_size=4), BatchAnnotator(model, batch_size=16)
    first({"text": [TEXT]})
    second(pd.DataFrame({"text": [TEXT]}))
    info = cached_pipeline.cache_info()
    assert (info.currsize, info.misses, info.hits) == (1, 1, 1)


def test_annotator_works_in_a_fresh_spawned_process(model: str) -> None:
    annotator = BatchAnnotator(model)
    frame, columns = pd.DataFrame({"text": [TEXT, "无关"]}), {"text": ["无关", TEXT]}
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        from_frame = pool.apply(annotator, (frame,))
        from_columns = pool.apply(annotator, (columns,))
        state = pool.apply(_cache_state)
    assert from_frame["spans"].tolist() == [[PARK, METRIC], []]
    assert from_columns == annotator(columns)
    assert state == (1, 1)


@pytest.mark.parametrize("platform", ["linux", "darwin"])  # forked from a loaded pipeline, or spawned
def test_stream_on_two_processes_equals_one_process_in_order(
    model: str, platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharding.sys, "platform", platform)
    annotator = BatchAnnotator(model)
    # batch_size 3 over 40 documents: 14 batches, more than the pool keeps in flight
    one = [(doc.id, spans, count) for doc, spans, count in annotate_stream(_documents(40), annotator, batch_size=3)]
    two = [
        (doc.id, spans, count)
        for doc, spans, count in annotate_stream(_documents(40), annotator, n_process=2, batch_size=3)
    ]
    assert two == one
    assert [doc_id for doc_id, _, _ in two] == [f"d{index}" for index in range(40)]
    assert one[1][1] == [Span(2, 7, "PARK"), Span(18, 24, "METRIC")]  # offsets into "1号" + TEXT


def test_stream_yields_the_documents_themselves(model: str) -> None:
    documents = list(_documents(3))
    streamed = [doc for doc, _, _ in annotate_stream(iter(documents), BatchAnnotator(model), batch_size=2)]
    assert all(got is original for got, original in zip(streamed, documents, strict=True))


def test_stream_rejects_fewer_than_one_process(model: str) -> None:
    with pytest.raises(InputError, match="n_process"):
        next(annotate_stream(_documents(1), BatchAnnotator(model), n_process=0))


def test_rule_pipeline_is_the_default() -> None:
    spans = BatchAnnotator()({"text": [TEXT]})["spans"][0]
    assert ("2665亿元", "METRIC") in {(TEXT[span["start"] : span["end"]], span["label"]) for span in spans}


def test_dataset_round_trip_keeps_meta_and_offsets(marking_model: str) -> None:
    text, offsets = apply_edits("<p>" + TEXT, [(0, 3, "")])
    documents = [Document("a", text, meta={"source": "x"}, offsets=offsets), Document("b", "无关错")]
    annotated = annotate_dataset(to_dataset(documents), BatchAnnotator(marking_model), batch_size=1)
    assert annotated["misaligned"] == [0, 2]
    back = list(dataset_documents(annotated))
    assert [doc.spans for doc in back] == [[Span(0, 5, "PARK", 0.75), Span(16, 22, "METRIC", 0.75)], []]
    assert [span.score for span in back[0].spans] == [0.75, 0.75]
    assert back[0].meta == {"source": "x"} and back[0].text == text
    assert back[0].offsets is not None and back[0].offsets.to_segments() == offsets.to_segments()
    assert back[0].source_span(back[0].spans[0]) == (3, 8)


def test_dataset_without_text_column_names_its_columns(model: str) -> None:
    import datasets

    with pytest.raises(InputError, match="no 'text' column.*body"):
        annotate_dataset(datasets.Dataset.from_dict({"body": [TEXT]}), BatchAnnotator(model))


def test_dataset_on_two_processes_equals_one(model: str) -> None:
    dataset = to_dataset(_documents(12))
    annotator = BatchAnnotator(model)
    one = annotate_dataset(dataset, annotator, batch_size=2)
    two = annotate_dataset(dataset, annotator, num_proc=2, batch_size=2)
    assert two["spans"] == one["spans"] and two["id"] == [f"d{index}" for index in range(12)]


@pytest.mark.slow
def test_ray_map_batches_equals_in_process(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ray = pytest.importorskip("ray")
    ray_data = pytest.importorskip("ray.data")
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")  # a throwaway local cluster needs no token
    annotator = BatchAnnotator(model)
    rows = [{"id": doc.id, "text": doc.text} for doc in _documents(20)]
    expected = {row["id"]: spans for row, spans in zip(rows, annotator({"text": [r["text"] for r in rows]})["spans"])}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        ray_data.DataContext.get_current().enable_progress_bars = False
        dataset = ray_data.from_items(rows, override_num_blocks=4)
        for batch_format in ("pandas", "numpy"):
            annotated = dataset.map_batches(
                annotator, batch_format=batch_format, batch_size=4, compute=ray_data.TaskPoolStrategy(size=2)
            ).take_all()
            assert {row["id"]: [dict(span) for span in row["spans"]] for row in annotated} == expected
    finally:
        ray.shutdown()


def test_batches_are_bounded_by_documents_and_characters() -> None:
    from parkner.sharding import bounded_batches

    documents = [Document(str(index), "字" * length) for index, length in enumerate([10, 10, 30, 5, 5, 5, 50])]
    batches = [[document.id for document in batch] for batch in bounded_batches(documents, 2, 25)]
    assert batches == [["0", "1"], ["2"], ["3", "4"], ["5"], ["6"]]  # a longer document goes alone
