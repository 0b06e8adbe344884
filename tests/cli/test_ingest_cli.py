"""``parkner ingest``: exit codes, skipped files on stderr and in the JSON report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parkner.cli import app, main
from parkner.documents import read_documents
from parkner.errors import InputError

runner = CliRunner()
NEWS = "昆明高新区2023年实现规模以上工业总产值985亿元，同比增长18.3%。园区企业达2785户，从业人员41万余人。"


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(NEWS, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "records.jsonl").write_text('{"id": "r1", "text": "昆明' + "\n", encoding="utf-8")
    return folder


def test_ingest_writes_documents_and_reports_skipped_files(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    output, report = tmp_path / "out" / "docs.jsonl", tmp_path / "out" / "report.json"
    result = runner.invoke(app, ["ingest", str(folder), "-o", str(output), "--report", str(report), "--no-progress"])
    assert result.exit_code == 0, result.output
    [document] = read_documents(output)
    assert document.id == "good" and document.text == NEWS and document.offsets is not None
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.stderr
    assert f"skipped {folder / 'records.jsonl'}:1: malformed JSON" in result.stderr
    assert "1 documents" in result.stderr and "3 skipped" in result.stderr

    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["documents"] == 1 and data["files"] == 4
    skipped = {(Path(s["path"]).name, s["line"]): s["reason"] for s in data["skipped"]}
    assert set(skipped) == {("empty.txt", None), ("logo.png", None), ("records.jsonl", 1)}
    assert skipped[("logo.png", None)] == "binary file, not text"


def test_ingest_fails_clearly_when_nothing_could_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(folder), "-o", str(tmp_path / "docs.jsonl"), "--no-progress"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert "no document could be read" in str(result.exception)
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.stderr


def test_main_prints_one_error_line_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    argv = ["parkner", "ingest", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "d.jsonl"), "--no-progress"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    assert "error: no document could be read from the inputs" in capsys.readouterr().err


def test_ingest_rejects_missing_inputs_before_reading(tmp_path: Path) -> None:
    output = tmp_path / "docs.jsonl"
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "-o", str(output), "--no-progress"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert f"no such file or directory: {tmp_path / 'nope'}" in str(result.exception)
    assert not output.exists()
