"""``parkner evaluate`` end to end with a saved stand-in pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parkner.cli import app
from parkner.errors import InputError, ModelNotFoundError
from parkner.evaluation import systems

runner = CliRunner()


def test_evaluate_a_model_writes_json_and_html(gold_file: Path, ruler_model: Path, tmp_path: Path) -> None:
    out_json, out_html = tmp_path / "out" / "scores.json", tmp_path / "out" / "report.html"
    args = ["evaluate", "--gold", str(gold_file), "--model", str(ruler_model), "--json", str(out_json)]
    result = runner.invoke(app, [*args, "--html", str(out_html), "--bootstrap", "50", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "ruler-model" in result.stdout and "micro" in result.stdout

    data = json.loads(out_json.read_text(encoding="utf-8"))
    strict = data["systems"]["ruler-model"]["strict"]
    # Gold: 2 PARK, 2 COMPANY, 1 PROJECT, 1 METRIC; the ruler finds both parks and calls 云南锗业 a PROJECT.
    assert strict["micro"]["correct"] == 2 and strict["micro"]["incorrect"] == 1
    assert strict["micro"]["p"] == pytest.approx(2 / 3, abs=1e-4) and strict["micro"]["r"] == pytest.approx(2 / 6, abs=1e-4)
    assert strict["per_label"]["PARK"]["f"] == 1.0 and strict["per_label"]["COMPANY"]["f"] == 0.0
    assert "ci" in strict["per_label"]["PARK"] and data["comparisons"] == []

    html = out_html.read_text(encoding="utf-8")
    assert '<mark class="entity"' in html and "昆明高新区" in html and "<svg" in html
    assert "&lt;b&gt;园区" in html  # document text is escaped, not interpreted


def test_evaluate_rules_and_models_compares_each_pair(
    gold_file: Path, ruler_model: Path, tmp_path: Path, make_ruler, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = make_ruler([{"label": "COMPANY", "pattern": "云南锗业"}, {"label": "COMPANY", "pattern": "华为"}])
    monkeypatch.setattr(systems, "_rule_pipeline", lambda: rules)
    second = tmp_path / "other" / "ruler-model"  # same directory name: named by path instead
    second.parent.mkdir()
    make_ruler([{"label": "PARK", "pattern": "昆明高新区"}]).to_disk(second)
    out_json = tmp_path / "scores.json"
    args = ["evaluate", "--gold", str(gold_file), "--rules", "--model", str(ruler_model), "--model", str(second)]
    result = runner.invoke(app, [*args, "--json", str(out_json), "--bootstrap", "20", "--no-progress"])
    assert result.exit_code == 0, result.output
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert list(data["systems"]) == ["rules", str(ruler_model), str(second)]
    assert data["systems"]["rules"]["strict"]["per_label"]["COMPANY"]["f"] == 1.0
    assert [(t["a"], t["b"]) for t in data["comparisons"]] == [
        ("rules", str(ruler_model)),
        ("rules", str(second)),
        (str(ruler_model), str(second)),
    ]


def test_evaluate_stops_on_bad_gold_with_its_line(gold_file: Path, ruler_model: Path) -> None:
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"label": "PARK"', '"label": "ZONE"')
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_file), "--model", str(ruler_model)])
    assert isinstance(result.exception, InputError)
    assert result.exception.line == 2 and "unknown label 'ZONE'" in str(result.exception)


def test_evaluate_needs_a_system_and_a_real_model(gold_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_file)])
    assert isinstance(result.exception, InputError) and "--model" in str(result.exception)
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_file), "--model", str(tmp_path / "nothing")])
    assert isinstance(result.exception, ModelNotFoundError)


def test_two_gold_files_with_the_same_ids_are_rejected(gold_file: Path, ruler_model: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(gold_file.read_bytes())
    args = ["evaluate", "--gold", str(gold_file), "--gold", str(copy), "--model", str(ruler_model)]
    result = runner.invoke(app, args)
    assert isinstance(result.exception, InputError) and "duplicate gold document id 'g1'" in str(result.exception)
