"""pkuseg segmenter training: CoNLL-U words, pkuseg lines, segmentation scores, and a tiny trained model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.vocab import Vocab

from parkner.errors import InputError
from parkner.normalise import to_simplified
from parkner.pipeline.tokenizer import ParknerTokenizer
from parkner.training.segmenter import (
    evaluate_model,
    evaluate_segmenter,
    parse_conllu,
    pkuseg_line,
    read_conllu,
    segmentation_scores,
    train_pkuseg,
)

CONLLU = """\
# newdoc id = n1
# sent_id = s1
# text = 昆明高新区发展。
1\t昆明\t昆明\tPROPN\tNNP\t_\t2\tnmod\t_\tSpaceAfter=No
2\t高新区\t高新区\tNOUN\tNN\t_\t3\tnsubj\t_\tSpaceAfter=No
3\t发展\t发展\tVERB\tVV\t_\t0\troot\t_\tSpaceAfter=No
4\t。\t。\tPUNCT\t.\t_\t3\tpunct\t_\t_

# sent_id = s2
# text = 他们的园区
1-2\t他们的\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
1\t他们\t他们\tPRON\tPRP\t_\t3\tnmod\t_\t_
2\t的\t的\tPART\tDEC\t_\t1\tcase\t_\t_
2.1\t有\t有\tVERB\tVV\t_\t_\t_\t0:root\t_
3\t园区\t园区\tNOUN\tNN\t_\t0\troot\t_\t_
"""

#: Twenty tiny segmented sentences (Simplified) to train a model on in seconds.
TINY = [
    "昆明 高新区 实现 产值 增长 。", "玉溪 高新区 产值 突破 百亿 。", "云南 锗业 新增 产值 。",
    "园区 企业 实现 收入 增长 。", "昆明 园区 引进 项目 十 个 。", "高新区 企业 产值 增长 。",
    "云南 企业 投资 园区 项目 。", "玉溪 园区 实现 收入 突破 。", "昆明 企业 新增 项目 。",
    "园区 项目 投资 增长 。", "高新区 实现 收入 增长 。", "云南 园区 企业 发展 。",
    "昆明 高新区 企业 发展 。", "玉溪 企业 投资 增长 。", "园区 发展 实现 突破 。",
    "云南 高新区 引进 企业 。", "昆明 项目 投资 突破 。", "玉溪 高新区 新增 企业 。",
    "高新区 项目 实现 增长 。", "云南 锗业 投资 项目 。",
]


def _conllu(sentences: list[list[str]]) -> str:
    blocks = []
    for number, words in enumerate(sentences, start=1):
        rows = [f"{i}\t{w}\t{w}\tX\tX\t_\t0\tdep\t_\tSpaceAfter=No" for i, w in enumerate(words, start=1)]
        blocks.append("\n".join([f"# sent_id = {number}", f"# text = {''.join(words)}", *rows]) + "\n")
    return "\n".join(blocks)


def test_conllu_words_skip_comments_multiword_parts_and_empty_nodes() -> None:
    assert parse_conllu(CONLLU) == [["昆明", "高新区", "发展", "。"], ["他们的", "园区"]]
    assert parse_conllu(CONLLU + "\n\n\n") == parse_conllu(CONLLU)


def test_malformed_conllu_names_file_and_line() -> None:
    with pytest.raises(InputError, match=r"x\.conllu:6: expected 10 tab-separated columns, found 3"):
        parse_conllu(CONLLU.replace("3\t发展\t发展\tVERB\tVV\t_\t0\troot\t_\tSpaceAfter=No", "3\t发展\t发展"), "x.conllu")
    with pytest.raises(InputError, match=r":4: bad token id 'a'"):
        parse_conllu(CONLLU.replace("1\t昆明", "a\t昆明"), "x.conllu")
    with pytest.raises(InputError, match="no such CoNLL-U file"):
        read_conllu("does/not/exist.conllu")


def test_pkuseg_lines_are_normalised_and_single_spaced() -> None:
    assert pkuseg_line(["昆明", "高新區", "２０２３", "年", "R&D 投入"]) == "昆明 高新区 2023 年 R&D 投入"
    assert pkuseg_line([]) == ""


def test_segmentation_scores_count_exact_word_spans() -> None:
    gold = [["昆明", "高新区", "发展"], ["园", "区"]]
    predicted = [["昆明高新区", "发展"], ["园", "区"]]
    scores = segmentation_scores(gold, predicted)
    assert (scores.gold, scores.predicted, scores.correct) == (5, 4, 3)
    assert scores.precision == pytest.approx(0.75) and scores.recall == pytest.approx(0.6)
    assert scores.f1 == pytest.approx(2 / 3)
    # A word matching a gold word's text at another position is not correct.
    shifted = segmentation_scores([["发展", "发", "展"]], [["发", "展", "发展"]])
    assert (shifted.correct, shifted.f1) == (0, 0.0)
    assert segmentation_scores([], []).f1 == 0.0


def test_segmentation_scores_reject_different_texts() -> None:
    with pytest.raises(ValueError, match="sentence 0: the segmentations spell different texts"):
        segmentation_scores([["昆明"]], [["昆", "名"]])
    with pytest.raises(ValueError):
        segmentation_scores([["昆明"], ["园区"]], [["昆明"]])


def test_treebank_words_spell_each_sentence_text(shared_dir: Path) -> None:
    path = shared_dir / "data" / "cws" / "zh_gsdsimp-ud-test.conllu"
    if not path.is_file():
        pytest.skip("the UD Chinese GSDSimp files are absent")
    sentences = read_conllu(path)
    texts = re.findall(r"^# text = (.*)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert len(sentences) == len(texts) == 500
    assert ["".join(words) for words in sentences] == [re.sub(r"\s", "", text) for text in texts]


@pytest.mark.slow
def test_a_tiny_trained_model_segments_both_scripts_alike(tmp_path: Path) -> None:
    sentences = parse_conllu(_conllu([line.split() for line in TINY]))
    train_pkuseg(sentences, sentences[:5], tmp_path / "model", iterations=2)
    assert {"features.msgpack", "weights.npz"} <= {p.name for p in (tmp_path / "model").iterdir()}
    assert evaluate_model(tmp_path / "model", sentences).f1 > 0.9  # it learned its training data

    tokenizer = ParknerTokenizer(Vocab(), segmenter="pkuseg")
    tokenizer.initialize(pkuseg_model=str(tmp_path / "model"))
    traditional = "昆明高新區企業產值增長。玉溪園區 引進項目"
    simplified = to_simplified(traditional)
    assert simplified != traditional
    a, b = tokenizer(traditional), tokenizer(simplified)
    assert a.text == traditional and b.text == simplified
    assert [(t.idx, len(t)) for t in a] == [(t.idx, len(t)) for t in b]
    assert [t.text for t in a] == ["昆明", "高新區", "企業", "產值", "增長", "。", "玉溪", "園區", "引進", "項目"]
    assert evaluate_segmenter(tmp_path / "model", sentences).f1 > 0.9
