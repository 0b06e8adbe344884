"""Training data and scores for the pkuseg word segmenter (``segmenter = "pkuseg"``).

Treebank sentences (CoNLL-U) become pkuseg's training lines in the normalised
view — Simplified, half-width — because that is the text the parkner tokenizer
hands to pkuseg; segmentation is scored on word spans through the tokenizer itself.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from spacy.vocab import Vocab

from ..errors import InputError
from ..normalise import fold_width, to_simplified

_CONLLU_COLUMNS = 10


def parse_conllu(text: str, path: str | Path | None = None) -> list[list[str]]:
    """The surface words of each CoNLL-U sentence.

    Comment lines are skipped; a multiword token ``3-4`` counts as one word (its
    own FORM, which is what the text spells) and its parts ``3``, ``4`` are skipped,
    as are empty nodes ``5.1``. ``path`` only names the file in errors.
    """
    sentences: list[list[str]] = []
    words: list[str] = []
    covered_until = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            if words:
                sentences.append(words)
            words, covered_until = [], 0
            continue
        if line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != _CONLLU_COLUMNS:
            raise InputError(f"expected {_CONLLU_COLUMNS} tab-separated columns, found {len(columns)}", path, line_no)
        token_id, form = columns[0], columns[1]
        if "." in token_id:
            continue
        first, _, last = token_id.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise InputError(f"bad token id {token_id!r}", path, line_no)
        if last:
            words.append(form)
            covered_until = int(last)
        elif int(first) > covered_until:
            words.append(form)
    if words:
        sentences.append(words)
    return sentences


def read_conllu(path: str | Path) -> list[list[str]]:
    """:func:`parse_conllu` of a UTF-8 file; a missing file is an :class:`InputError`."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such CoNLL-U file", path)
    return parse_conllu(path.read_text(encoding="utf-8"), path)


def pkuseg_line(words: Sequence[str]) -> str:
    """One sentence in pkuseg's training format: normalised words joined by single spaces."""
    return " ".join(piece for word in words for piece in fold_width(to_simplified(word)).split())


def write_pkuseg_file(sentences: Iterable[Sequence[str]], path: str | Path) -> int:
    """Write the sentences that have words as pkuseg training lines; returns how many were written."""
    lines = [line for line in map(pkuseg_line, sentences) if line]
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def train_pkuseg(
    train_sentences: Iterable[Sequence[str]],
    test_sentences: Iterable[Sequence[str]],
    model_dir: str | Path,
    iterations: int,
    seed: int = 0,
) -> None:
    """Train a spacy-pkuseg CRF segmenter from scratch into ``model_dir`` (pkuseg logs each iteration).

    pkuseg shuffles the training data with Python's global ``random``, which is seeded
    with ``seed`` so that the same data give the same model.
    """
    import spacy_pkuseg

    if iterations < 1:
        raise ValueError(f"iterations must be at least 1, not {iterations}")
    with tempfile.TemporaryDirectory(prefix="parkner-cws-") as directory:
        train_file, test_file = Path(directory) / "train.txt", Path(directory) / "test.txt"
        if not write_pkuseg_file(train_sentences, train_file):
            raise ValueError("no training sentences")
        if not write_pkuseg_file(test_sentences, test_file):
            raise ValueError("no test sentences")
        random.seed(seed)
        spacy_pkuseg.train(str(train_file), str(test_file), str(model_dir), train_iter=iterations, init_model=None)


@dataclass(frozen=True)
class SegmentationScores:
    """Word-level precision, recall and F1: a predicted word counts when its character span is a gold word's."""

    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        """Correct words over predicted words (0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Correct words over gold words (0 when there is no gold word)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _word_spans(words: Sequence[str]) -> set[tuple[int, int]]:
    ends = list(accumulate(map(len, words)))
    return {(end - len(word), end) for word, end in zip(words, ends)}


def segmentation_scores(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> SegmentationScores:
    """Score two segmentations of the same sentences; each pair must spell the same characters."""
    n_gold = n_predicted = n_correct = 0
    for index, (gold_words, predicted_words) in enumerate(zip(gold, predicted, strict=True)):
        if "".join(gold_words) != "".join(predicted_words):
            raise ValueError(f"sentence {index}: the segmentations spell different texts")
        gold_spans, predicted_spans = _word_spans(gold_words), _word_spans(predicted_words)
        n_gold += len(gold_spans)
        n_predicted += len(predicted_spans)
        n_correct += len(gold_spans & predicted_spans)
    return SegmentationScores(n_gold, n_predicted, n_correct)


def evaluate_model(model_dir: str | Path, sentences: Sequence[Sequence[str]]) -> SegmentationScores:
    """Score the pkuseg model alone (no user dictionary) on the normalised sentences, as pkuseg's own log does."""
    import spacy_pkuseg

    segmenter = spacy_pkuseg.pkuseg(str(model_dir), user_dict=None)
    gold = [pkuseg_line(words).split() for words in sentences]
    return segmentation_scores(gold, (segmenter.cut("".join(words)) for words in gold))


def evaluate_segmenter(
    model_dir: str | Path, sentences: Sequence[Sequence[str]], user_dict: str | None = None
) -> SegmentationScores:
    """Segment each sentence's text with the parkner pkuseg tokenizer and score it against its words.

    This is what a pipeline gets with ``[initialize.tokenizer] pkuseg_user_dict = user_dict``
    (``configs/pkuseg.cfg`` uses none; pkuseg's bundled ``"default"`` dictionary merges more words).
    """
    from ..pipeline.tokenizer import ParknerTokenizer

    tokenizer = ParknerTokenizer(Vocab(), segmenter="pkuseg")
    tokenizer.initialize(pkuseg_model=str(model_dir), pkuseg_user_dict=user_dict)
    predicted = ([token.text for token in tokenizer("".join(words)) if not token.is_space] for words in sentences)
    return segmentation_scores(sentences, predicted)
