"""Train the word segmenter for ``segmenter = "pkuseg"`` on UD Chinese GSDSimp and score it.

pkuseg's named models cannot be downloaded here, so this builds one: it trains on
the treebank's dev split (its train split is not available), reports word
segmentation precision / recall / F1 on the test split, and writes ATTRIBUTION.md
into the model directory (the model is a derived work under CC BY-SA 4.0).

    python scripts/train_pkuseg.py --cws ../shared/data/cws --output models/pkuseg-gsd [--iterations 20]
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from importlib.metadata import version
from pathlib import Path

from parkner.errors import ParknerError
from parkner.training.segmenter import (
    SegmentationScores,
    evaluate_model,
    evaluate_segmenter,
    read_conllu,
    train_pkuseg,
)

ROOT = Path(__file__).resolve().parents[1]
TRAIN_FILE = "zh_gsdsimp-ud-dev.conllu"
TEST_FILE = "zh_gsdsimp-ud-test.conllu"
SOURCE = "UniversalDependencies/UD_Chinese-GSDSimp @ eb3aed3"


def _scores(scores: SegmentationScores) -> str:
    return f"precision {scores.precision:.4f}, recall {scores.recall:.4f}, F1 {scores.f1:.4f}"


def attribution(model: SegmentationScores, tokenizer: SegmentationScores, iterations: int, seed: int,
                seconds: float, command: str) -> str:
    """The ATTRIBUTION.md text that travels with the model (and inside every pipeline that embeds it)."""
    return f"""# Attribution

This spacy-pkuseg word segmentation model is a derived work of the Universal
Dependencies treebank **UD Chinese GSDSimp**, {SOURCE}
(https://github.com/UniversalDependencies/UD_Chinese-GSDSimp), which is licensed under
the Creative Commons Attribution-ShareAlike 4.0 International licence
(https://creativecommons.org/licenses/by-sa/4.0/).

The model is therefore licensed under **CC BY-SA 4.0** as well; keep this file with it
and with any pipeline that contains it.

Changes: the word forms of `{TRAIN_FILE}` were normalised (OpenCC t2s, full-width ASCII
folded to half-width) and converted to pkuseg's training format; a CRF segmenter
(spacy-pkuseg {version("spacy-pkuseg")}) was trained on them from scratch for {iterations} iterations
(shuffle seed {seed}, {seconds:.0f} s).

Word segmentation on `{TEST_FILE}` ({model.gold} gold words):

* the model alone: {_scores(model)};
* through parkner's pkuseg tokenizer (which also applies pkuseg's bundled default dictionary):
  {_scores(tokenizer)}.

Built with:

    {command}
"""


def main(argv: list[str] | None = None) -> int:
    """Train, score, write the attribution; print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cws", type=Path, default=ROOT.parent / "shared" / "data" / "cws",
                        help="directory holding the UD Chinese GSDSimp CoNLL-U files")
    parser.add_argument("--output", type=Path, default=ROOT / "models" / "pkuseg-gsd", help="model directory to write")
    parser.add_argument("--iterations", type=int, default=20, help="pkuseg training iterations")
    parser.add_argument("--seed", type=int, default=0, help="seed of the training data shuffle")
    args = parser.parse_args(argv)

    try:
        train_sentences = read_conllu(args.cws / TRAIN_FILE)
        test_sentences = read_conllu(args.cws / TEST_FILE)
    except ParknerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    train_pkuseg(train_sentences, test_sentences, args.output, args.iterations, args.seed)
    seconds = time.perf_counter() - start
    model_scores = evaluate_model(args.output, test_sentences)
    tokenizer_scores = evaluate_segmenter(args.output, test_sentences)

    command = shlex.join(["python", "scripts/train_pkuseg.py", *(sys.argv[1:] if argv is None else argv)])
    (args.output / "ATTRIBUTION.md").write_text(attribution(model_scores, tokenizer_scores, args.iterations, args.seed, seconds, command), encoding="utf-8")
    print(f"trained {len(train_sentences)} sentences, {args.iterations} iterations, {seconds:.0f} s -> {args.output}")
    print(f"test: {len(test_sentences)} sentences, {model_scores.gold} words")
    print(f"  model alone:          {_scores(model_scores)}")
    print(f"  through the tokenizer: {_scores(tokenizer_scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
