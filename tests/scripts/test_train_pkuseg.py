"""scripts/train_pkuseg.py end to end on a tiny treebank: a model, its scores and its attribution."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORDS = [["昆明", "高新区", "产值", "增长", "。"], ["玉溪", "园区", "引进", "项目", "。"], ["云南", "企业", "投资", "园区", "。"]]


def _conllu(sentences: list[list[str]]) -> str:
    rows = (
        "\n".join(f"{i}\t{w}\t{w}\tX\tX\t_\t0\tdep\t_\tSpaceAfter=No" for i, w in enumerate(words, start=1))
        for words in sentences
    )
    return "\n\n".join(rows) + "\n"


@pytest.mark.slow
def test_script_trains_scores_and_writes_attribution(tmp_path: Path) -> None:
    cws = tmp_path / "cws"
    cws.mkdir()
    (cws / "zh_gsdsimp-ud-dev.conllu").write_text(_conllu(WORDS * 4), encoding="utf-8")
    (cws / "zh_gsdsimp-ud-test.conllu").write_text(_conllu(WORDS), encoding="utf-8")
    model = tmp_path / "pkuseg"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_pkuseg.py"), "--cws", str(cws), "--output", str(model),
         "--iterations", "1"],
        capture_output=True, text=True, check=True,
    )
    assert "through the tokenizer: precision" in completed.stdout
    assert (model / "weights.npz").is_file()
    attribution = (model / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "UniversalDependencies/UD_Chinese-GSDSimp @ eb3aed3" in attribution and "CC BY-SA 4.0" in attribution
    assert "(15 gold words)" in attribution and "F1 " in attribution
    assert f"--output {model} --iterations 1" in attribution


def test_script_reports_a_missing_treebank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("train_pkuseg", ROOT / "scripts" / "train_pkuseg.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--cws", str(tmp_path), "--output", str(tmp_path / "m")]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'zh_gsdsimp-ud-dev.conllu'}: no such CoNLL-U file"
    assert not (tmp_path / "m").exists()
