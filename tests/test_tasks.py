"""The correction loop: pre-annotated task export with selection, and gold import with a change report."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from parkner.cli import app
from parkner.documents import Document, Span, read_documents
from parkner.errors import InputError
from parkner.predict import SCORES_KEY, score_key
from parkner.tasks import compare_spans, export_tasks, select_documents, strict_f1

GOLD_SAMPLE = Path(__file__).parent / "formats" / "fixtures" / "gold_sample.jsonl"
MODEL_PATTERNS = [
    ("PARK", "昆明高新区"),
    ("PARK", "昆明高新區"),
    ("PARK", "延吉高新区"),
    ("PARK", "石河子高新区"),
    ("METRIC", "2665亿元"),
    ("METRIC", "5亿元"),
    ("COMPANY", "可喜安集团"),
]
RULE_PATTERNS = [
    *MODEL_PATTERNS[:4],
    ("PROJECT", "闻泰智能制造一期项目"),
    ("COMPANY", "贵研铂业"),
    ("METRIC", "2665亿元"),
]


@Language.component("parkner_test_scores")
def _scores(doc: Doc) -> Doc:
    """Stand-in confidences: METRIC spans are doubtful, the rest confident."""
    doc.user_data[SCORES_KEY] = {
        score_key(ent.start_char, ent.end_char, ent.label_): 0.4 if ent.label_ == "METRIC" else 0.95 for ent in doc.ents
    }
    return doc


def _ruler(patterns: list[tuple[str, str]], scored: bool) -> Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": label, "pattern": text} for label, text in patterns])
    if scored:
        nlp.add_pipe("parkner_test_scores")
    return nlp


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    _ruler(MODEL_PATTERNS, scored=True).to_disk(tmp_path / "model")
    return tmp_path / "model"


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("parkner.pipeline")
    module.rule_pipeline = lambda: _ruler(RULE_PATTERNS, scored=False)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "parkner.pipeline", module)


def test_strict_f1() -> None:
    a, b, c = Span(0, 2, "PARK"), Span(3, 5, "METRIC"), Span(3, 6, "METRIC")
    assert strict_f1([], []) == 1.0
    assert strict_f1([a, b], [a, b]) == 1.0
    assert strict_f1([a, b], [a, c]) == 0.5
    assert strict_f1([a], []) == 0.0


def test_selection_combines_uncertainty_disagreement_and_rarity() -> None:
    text = "昆明高新区" * 4
    park = [Span(i * 5, i * 5 + 5, "PARK", 0.99) for i in range(4)]
    docs = [
        Document("confident", text, park),
        Document("doubtful", text, [Span(0, 5, "PARK", 0.3), Span(5, 10, "PARK", 0.4)]),
        Document("rare", text, [*park[:3], Span(15, 20, "PROJECT", 0.99)]),
        Document("disputed", text, [Span(s.start, s.end, s.label, 0.9) for s in park]),
    ]
    reference = [Document(d.id, text, [Span(s.start, s.end, s.label) for s in d.spans]) for d in docs]
    reference[3] = Document("disputed", text, [])
    chosen = select_documents(docs, 3, reference)
    assert [s.document.id for s in chosen] == ["disputed", "rare", "doubtful"]
    assert chosen[0].reason == "rules and model disagree (F1 0.00: 0 rule-only, 4 model-only spans)"
    assert chosen[1].reason == "rare label PROJECT: 1 here, 1 of 14 predicted spans in the batch"
    assert chosen[2].reason.startswith("low model confidence (mean span score 0.35 over 2 spans)")
    assert chosen[0].signals == {"uncertainty": pytest.approx(0.1), "disagreement": 1.0, "rarity": 0.0}
    assert chosen[1].priority == pytest.approx((0.01 + 0 + 1) / 3, abs=1e-4)
    assert select_documents(docs, 1)[0].document.id == "rare"  # without rules: rarity and uncertainty only


def test_rarity_prefers_documents_with_more_rare_spans() -> None:
    text = "昆明高新区" * 4
    docs = [
        Document("one", text, [Span(0, 5, "PARK"), Span(5, 10, "PROJECT")]),
        Document("two", text, [Span(0, 5, "PROJECT"), Span(5, 10, "PROJECT")]),
        Document("parks", text, [Span(i * 5, i * 5 + 5, "PARK") for i in range(4)]),
    ]
    chosen = select_documents(docs, 3)
    assert [s.document.id for s in chosen] == ["two", "one", "parks"]
    assert [s.signals["rarity"] for s in chosen] == [1.0, 0.5, 0.0]
    assert chosen[2].reason == "no strong signal (priority 0.00)"


def test_compare_spans_classifies_every_change() -> None:
    text = "昆明高新区投资2665亿元建设闻泰智能制造一期项目"
    predicted = [
        Document(
            "d", text, [Span(0, 5, "PARK"), Span(7, 13, "METRIC"), Span(15, 21, "COMPANY"), Span(13, 15, "PROJECT")]
        )
    ]
    gold = [
        Document(
            "d", text, [Span(0, 5, "PARK"), Span(7, 11, "METRIC"), Span(15, 21, "PROJECT"), Span(22, 26, "PROJECT")]
        ),
        Document("new", text, []),
    ]
    changes = compare_spans(gold, predicted)
    assert dict(changes.per_label["PARK"]) == {"kept": 1}
    assert dict(changes.per_label["METRIC"]) == {"rebounded": 1}
    assert dict(changes.per_label["PROJECT"]) == {"relabelled": 1, "added": 1, "removed": 1}
    assert changes.relabellings == {("COMPANY", "PROJECT"): 1}
    assert (changes.documents_compared, changes.documents_changed, changes.without_prediction) == (1, 1, ["new"])
    assert "relabelled COMPANY → PROJECT: 1" in changes.table()


def test_export_selects_with_reasons_and_writes_label_studio_predictions(
    model_dir: Path, fake_rules: None, tmp_path: Path
) -> None:
    out = tmp_path / "tasks.json"
    result = CliRunner().invoke(
        app, ["export-tasks", str(model_dir), str(GOLD_SAMPLE), "--to", "labelstudio", "-o", str(out), "--select", "2"]
    )
    assert result.exit_code == 0, result.output
    listed = [line for line in result.stdout.splitlines() if line.strip()[:2] in ("1.", "2.")]
    assert len(listed) == 2 and all("priority" in line for line in listed)
    tasks = json.loads(out.read_text("utf-8"))
    assert len(tasks) == 2
    first = tasks[0]
    assert first["data"]["id"] in listed[0] and first["data"]["reason"] in listed[0]
    prediction = first["predictions"][0]
    assert prediction["model_version"] == "model@0.0.0"
    assert {region["score"] for region in prediction["result"]} <= {0.4, 0.95}
    assert all(
        r["value"]["text"] == first["data"]["text"][r["value"]["start"] : r["value"]["end"]]
        for r in prediction["result"]
    )
    assert "annotations" not in first


def test_export_with_rules_writes_every_unanswered_prodigy_task(fake_rules: None, tmp_path: Path) -> None:
    out = tmp_path / "tasks.jsonl"
    result = CliRunner().invoke(app, ["export-tasks", "--rules", str(GOLD_SAMPLE), "--to", "prodigy", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == [d.id for d in read_documents(GOLD_SAMPLE)]
    assert all("answer" not in r for r in records)
    assert {span["label"] for r in records for span in r["spans"]} == {"PARK", "PROJECT", "COMPANY", "METRIC"}


def test_export_rejects_non_task_formats(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="tasks can be exported to"):
        export_tasks(read_documents(GOLD_SAMPLE), tmp_path / "x", "conll", system=spacy.blank("zh"), model_version="x")


def _annotate(tasks: list[dict], edit) -> None:  # type: ignore[no-untyped-def]
    """Simulate Label Studio: copy each prediction into an annotation, then let ``edit`` change it."""
    for task in tasks:
        result = json.loads(json.dumps(task["predictions"][0]["result"]))
        for region in result:
            region.pop("score", None)
        task["annotations"] = [
            {
                "id": 1,
                "completed_by": 1,
                "was_cancelled": False,
                "created_at": "2024-05-01T10:00:00Z",
                "result": edit(task, result),
            }
        ]


def _region(text: str, start: int, end: int, label: str) -> dict:
    return {
        "id": "n",
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
    }


def test_import_gold_reports_changes_against_predictions(model_dir: Path, fake_rules: None, tmp_path: Path) -> None:
    tasks_path = tmp_path / "tasks.json"
    CliRunner().invoke(
        app,
        [
            "export-tasks",
            str(model_dir),
            str(GOLD_SAMPLE),
            "--to",
            "labelstudio",
            "-o",
            str(tasks_path),
            "--select",
            "4",
        ],
    )
    tasks = json.loads(tasks_path.read_text("utf-8"))

    def edit(task: dict, result: list[dict]) -> list[dict]:
        text = task["data"]["text"]
        if task["data"]["id"] != "004_3b7b63bd7187fec8-03":
            return result
        start = text.index("可喜安集团科技大厦暨")
        end = start + len("可喜安集团科技大厦暨可喜安医疗器械新厂建设工程")
        inside = lambda r: start <= r["value"]["start"] < end  # noqa: E731
        kept = [r for r in result if r["value"]["labels"] != ["METRIC"] and not inside(r)]  # drops 5亿元
        return [*kept, _region(text, start, end, "PROJECT")]

    _annotate(tasks, edit)
    tasks_path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "import-gold",
            str(tasks_path),
            "--from",
            "labelstudio",
            "-o",
            str(gold),
            "--against",
            str(tasks_path),
            "--against-format",
            "labelstudio",
        ],
    )
    assert result.exit_code == 0, result.output
    documents = read_documents(gold)
    assert len(documents) == 4 and all("reason" not in d.meta and "priority" not in d.meta for d in documents)
    assert all(span.score is None for d in documents for span in d.spans)
    edited = next(d for d in documents if d.id == "004_3b7b63bd7187fec8-03")
    assert "METRIC" not in {s.label for s in edited.spans}
    table = result.stdout
    assert "1 of 4 documents changed" in table
    project_row = next(line for line in table.splitlines() if line.startswith("PROJECT"))
    metric_row = next(line for line in table.splitlines() if line.startswith("METRIC"))
    company_row = next(line for line in table.splitlines() if line.startswith("COMPANY"))
    assert project_row.split()[1:] == ["0", "1", "0", "0", "0"]
    assert company_row.split()[3] == "1"  # the COMPANY inside the new PROJECT was removed
    assert metric_row.split()[2:4] == ["0", "1"]  # METRIC: 0 added, 1 removed (5亿元)


def test_import_gold_fails_on_guideline_problems(tmp_path: Path) -> None:
    text = "昆明高新区投资2665亿元。"
    record = {"id": "d", "text": text, "label": [[0, 5, "PARK"], [7, 14, "METRIC"]]}  # METRIC swallows "。"
    source = tmp_path / "doccano.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["import-gold", str(source), "--from", "doccano", "-o", str(tmp_path / "gold.jsonl")]
    )
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError) and "1 gold problems" in str(result.exception)
    assert "ends with punctuation" in result.output
    assert read_documents(tmp_path / "gold.jsonl")[0].spans[1] == Span(7, 14, "METRIC")
