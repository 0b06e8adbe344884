"""The gold checker: each guideline violation is reported at its line, and `parkner gold check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parkner.cli import app
from parkner.errors import InputError
from parkner.gold import check_gold, read_gold

TEXT = "昆明高新区引进“云南锗业”，增长-7%，占10.7%。中国（云南）自由贸易试验区昆明片区和昆明钢铁（集团）签约。"
GOOD_SPANS = [
    {"start": 0, "end": 5, "label": "PARK", "text": "昆明高新区"},
    {"start": 8, "end": 12, "label": "COMPANY", "text": "云南锗业"},
    {"start": 16, "end": 19, "label": "METRIC", "text": "-7%"},
    {"start": 21, "end": 26, "label": "METRIC"},
    {"start": 27, "end": 44, "label": "PARK"},
    {"start": 45, "end": 53, "label": "COMPANY"},
]


def _record(doc_id: str = "good", spans: list | None = None, text: str = TEXT) -> str:
    return json.dumps({"id": doc_id, "text": text, "spans": GOOD_SPANS if spans is None else spans, "meta": {}}, ensure_ascii=False)


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_valid_gold_passes_and_reads(tmp_path: Path) -> None:
    assert TEXT[27:44] == "中国（云南）自由贸易试验区昆明片区" and TEXT[45:53] == "昆明钢铁（集团）"
    path = _write(tmp_path / "gold.jsonl", _record(), "", _record("empty", []))
    assert check_gold([path]) == []
    documents = read_gold(path)
    assert [d.id for d in documents] == ["good", "empty"]
    assert [TEXT[s.start : s.end] for s in documents[0].spans][:3] == ["昆明高新区", "云南锗业", "-7%"]


BAD = {
    "text mismatch": ([{"start": 0, "end": 5, "label": "PARK", "text": "昆明高新"}], "does not match the offsets"),
    "out of range": ([{"start": 50, "end": 99, "label": "PARK"}], "out of range"),
    "negative start": ([{"start": -1, "end": 3, "label": "PARK"}], "out of range"),
    "empty": ([{"start": 3, "end": 3, "label": "PARK"}], "is empty"),
    "overlap": ([{"start": 0, "end": 5, "label": "PARK"}, {"start": 2, "end": 9, "label": "COMPANY"}], "overlap"),
    "unknown label": ([{"start": 0, "end": 5, "label": "ORG"}], "unknown label 'ORG'"),
    "not an int": ([{"start": "0", "end": 5, "label": "PARK"}], "integer"),
    "leading quote": ([{"start": 7, "end": 12, "label": "COMPANY"}], "starts with punctuation '“'"),
    "trailing quote": ([{"start": 8, "end": 13, "label": "COMPANY"}], "ends with punctuation '”'"),
    "trailing comma": ([{"start": 19, "end": 20, "label": "METRIC"}], "starts with punctuation '，'"),
    "metric and comma": ([{"start": 16, "end": 20, "label": "METRIC"}], "ends with punctuation '，'"),
    "sign outside METRIC": ([{"start": 16, "end": 19, "label": "PROJECT"}], "starts with punctuation '-'"),
    "unbalanced bracket": ([{"start": 30, "end": 33, "label": "PARK"}], "ends with punctuation '）'"),
    "full stop": ([{"start": 21, "end": 27, "label": "METRIC"}], "ends with punctuation '。'"),
}


@pytest.mark.parametrize("case", BAD)
def test_each_bad_span_is_reported_at_its_line(tmp_path: Path, case: str) -> None:
    spans, reason = BAD[case]
    path = _write(tmp_path / "gold.jsonl", _record(), _record("bad", spans))
    problems = check_gold([path])
    assert len(problems) == 1, problems
    (problem,) = problems
    assert (problem.path, problem.line, problem.doc_id) == (str(path), 2, "bad")
    assert reason in problem.reason
    with pytest.raises(InputError) as raised:
        read_gold(path)
    assert raised.value.line == 2 and str(raised.value).startswith(f"{path}:2: [bad] ")


def test_whitespace_edges_are_rejected(tmp_path: Path) -> None:
    text = "在 昆明高新区\n投资"
    spans = [{"start": 1, "end": 7, "label": "PARK"}, {"start": 2, "end": 8, "label": "PARK"}]
    problems = check_gold([_write(tmp_path / "g.jsonl", _record("ws", spans, text))])
    assert [p.reason.split(": ")[-1] for p in problems][:2] == ["starts with whitespace", "ends with whitespace"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x", "text": "华为", "spans": [', "malformed JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "x", "spans": []}', "missing string field 'text'"),
        ('{"id": "x", "text": "华为"}', "field 'spans' must be a list"),
        ('{"text": "华为", "spans": []}', "missing or invalid 'id'"),
    ],
)
def test_bad_records_are_reported_and_checking_continues(tmp_path: Path, line: str, reason: str) -> None:
    path = _write(tmp_path / "gold.jsonl", line, _record("after", [{"start": 0, "end": 5, "label": "ORG"}]))
    problems = check_gold([path])
    assert [(p.line, reason in p.reason) for p in problems] == [(1, True), (2, False)]
    assert "unknown label" in problems[1].reason


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    first = _write(tmp_path / "dev.jsonl", _record("a"), _record("b", []))
    second = _write(tmp_path / "test.jsonl", _record("c", []), _record("a", []))
    (problem,) = check_gold([first, second])
    assert (problem.path, problem.line, problem.doc_id) == (str(second), 2, "a")
    assert problem.reason == f"duplicate document id (first at {first}:1)"
    assert check_gold([second]) == []


def test_unreadable_and_empty_files(tmp_path: Path) -> None:
    (missing,) = check_gold([tmp_path / "nope.jsonl"])
    assert missing.line is None and "cannot open" in missing.reason
    (empty,) = check_gold([_write(tmp_path / "empty.jsonl", "")])
    assert "no documents" in empty.reason
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(_record().encode() + b"\n" + '{"id": "é"}'.encode("latin-1") + b"\n")
    (bad,) = check_gold([latin])
    assert (bad.line, bad.reason) == (2, "not UTF-8 text")


def test_cli_gold_check_prints_problems_and_exits_1(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _record(), _record("bad", BAD["trailing quote"][0]), "{oops")
    result = CliRunner().invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:2: [bad] span 8-13 COMPANY '云南锗业”': ends with punctuation")
    assert lines[1].startswith(f"{path}:3: [?] malformed JSON")
    assert "2 problem(s) on 2 line(s) in 1 file(s)" in result.stderr


def test_cli_gold_check_passes_good_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _record())
    result = CliRunner().invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "ok: 1 file(s)" in result.stderr


@pytest.mark.parametrize("name", ["dev.jsonl", "test.jsonl"])
def test_project_gold_files_pass(name: str) -> None:
    path = Path(__file__).resolve().parents[1] / "corpus" / "gold" / name
    if not path.is_file():
        pytest.skip(f"{path} not written yet")
    assert [str(p) for p in check_gold([path])] == []


@pytest.mark.parametrize("name", ["unseen.jsonl", "shared-dev.jsonl"])
def test_project_stand_off_gold_resolves_against_the_shared_corpus(name: str, shared_dir: Path) -> None:
    path = Path(__file__).resolve().parents[1] / "corpus" / "gold" / name
    if not path.is_file():
        pytest.skip(f"{path} not written yet")
    assert [str(p) for p in check_gold([path], shared_dir / "data" / "corpus")] == []
    documents = read_gold(path, shared_dir / "data" / "corpus")
    assert documents and all(document.spans or document.text for document in documents)
