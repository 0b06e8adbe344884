"""``parkner label``: the packaged rules or the user's saved rule pipeline, and errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import parkner
from parkner.cli import app
from parkner.documents import read_documents
from parkner.errors import InputError, ModelNotFoundError

runner = CliRunner()
TEXT = "彩云之南新入驻企业12家。"


def _docs(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "' + TEXT + '"}\n\n', encoding="utf-8")
    return path


def test_label_with_a_saved_rule_pipeline_and_the_users_own_gazetteer(tmp_path: Path) -> None:
    parks = tmp_path / "my_parks.txt"
    parks.write_text("# our own zones\n彩云之南\n", encoding="utf-8")
    overrides = {"components.labeller.functions.park_gazetteer.extra_paths": [str(parks)]}
    parkner.rule_pipeline(**overrides).to_disk(tmp_path / "my-rules")
    packaged, own = tmp_path / "packaged.jsonl", tmp_path / "own.jsonl"
    for output, extra in ((packaged, []), (own, ["--rules", str(tmp_path / "my-rules")])):
        result = runner.invoke(app, ["label", str(_docs(tmp_path)), "-o", str(output), "--no-progress", *extra])
        assert result.exit_code == 0, result.output
    assert [(s.label, TEXT[s.start : s.end]) for s in read_documents(packaged)[0].spans] == [("METRIC", "12家")]
    assert [(s.label, TEXT[s.start : s.end]) for s in read_documents(own)[0].spans] == [("PARK", "彩云之南"), ("METRIC", "12家")]
    assert "labelled 1 documents" in result.stderr


def test_label_names_the_broken_line_and_the_missing_rule_pipeline(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "昆明"}\n{broken\n', encoding="utf-8")
    result = runner.invoke(app, ["label", str(broken), "-o", str(tmp_path / "out.jsonl"), "--no-progress"])
    assert result.exit_code != 0 and isinstance(result.exception, InputError)
    assert str(result.exception).startswith(f"{broken}:2: malformed JSON")
    missing = tmp_path / "no-rules"
    result = runner.invoke(app, ["label", str(_docs(tmp_path)), "-o", str(tmp_path / "o.jsonl"), "--rules", str(missing)])
    assert isinstance(result.exception, ModelNotFoundError) and str(result.exception).startswith(f"{missing}: no trained")
