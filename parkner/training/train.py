"""``parkner train``: weak labels → DocBins → ``spacy train`` → self-training rounds → the best model.

The spaCy config is the single source of truth: ``[paths] labelled`` (weakly
labelled JSONL from ``parkner label``), ``gold_dev`` (model selection, plain or
stand-off gold read from ``corpus_dir``) and ``held_out`` (gold files whose
documents never enter the training pool) live in it, and every override
(``paths.x``, ``training.y``) goes through spaCy's own override mechanism.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.cli.train import train as spacy_train

from ..cpu import numpy_blas_ops
from ..documents import Document, read_documents
from ..errors import InputError
from ..evaluation import evaluate
from ..gold import read_gold
from ..predict import load_pipeline, predict_documents
from ..standoff import DEFAULT_CORPUS_DIR
from .corpus import CorpusStats, HeldOut, build_corpora


@dataclass
class TrainResult:
    """Where the model went and how each self-training round scored on gold dev."""

    model_path: Path
    rounds: list[dict[str, Any]] = field(default_factory=list)
    best_round: int = 1
    stats: CorpusStats | None = None


def train(
    config_path: str | Path,
    output: str | Path,
    overrides: dict[str, Any] | None = None,
    *,
    rounds: int = 1,
    work_dir: str | Path | None = None,
) -> TrainResult:
    """Train on the weak labels named by the config; with ``rounds > 1``, self-train and keep the best round."""
    config_path, output = Path(config_path), Path(output)
    overrides = dict(overrides or {})
    config = spacy.util.load_config(config_path, overrides=overrides, interpolate=True)
    labelled = read_documents(_required_path(config, "labelled"))
    gold_dev = _gold_dev(config)
    held_out = HeldOut.from_files(_comma_separated(config["paths"].get("held_out")))
    seed = int(config["training"]["seed"])
    work = Path(work_dir) if work_dir else output.parent / f".{output.name}-runs"
    tokenizer_nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    tokenizer_nlp.tokenizer.initialize(nlp=tokenizer_nlp, **config["initialize"]["tokenizer"])  # e.g. a pkuseg model

    result = TrainResult(model_path=output)
    pool = labelled
    best_score = -1.0
    for round_number in range(1, rounds + 1):
        round_dir = work / f"round-{round_number}"
        train_path, dev_path, stats = build_corpora(
            tokenizer_nlp, pool, round_dir / "corpus", held_out=held_out, seed=seed
        )
        with numpy_blas_ops():
            spacy_train(
                config_path,
                round_dir / "training",
                overrides={**overrides, "paths.train": str(train_path), "paths.dev": str(dev_path)},
            )
        model_dir = round_dir / "training" / "model-best"
        nlp = load_pipeline(model_dir)
        score = _gold_dev_f(nlp, gold_dev)
        result.rounds.append({"round": round_number, "gold_dev_strict_f": score, "corpus": asdict(stats)})
        if score > best_score:
            best_score, result.best_round, result.stats = score, round_number, stats
            shutil.rmtree(output, ignore_errors=True)
            shutil.copytree(model_dir, output)
        if round_number < rounds:
            pool = merge_predictions(labelled, list(predict_documents(nlp, labelled)))
    _write_provenance(output, config_path, overrides, config, result, seed)
    return result


def merge_predictions(rule_labelled: list[Document], predicted: list[Document]) -> list[Document]:
    """Rule spans plus the model's spans where the rules abstained (no overlap with any rule span)."""
    merged = []
    for rules, model in zip(rule_labelled, predicted):
        occupied = [(span.start, span.end) for span in rules.spans]
        additions = [
            span for span in model.spans
            if not any(start < span.end and span.start < end for start, end in occupied)
        ]
        merged.append(replace(rules, spans=sorted([*rules.spans, *additions])))
    return merged


def _gold_dev(config: Any) -> list[Document]:
    """The gold for model selection, checked like any gold; a stand-off file reads its text from ``corpus_dir``."""
    if not config["paths"].get("gold_dev"):
        return []
    return read_gold(_required_path(config, "gold_dev"), config["paths"].get("corpus_dir") or DEFAULT_CORPUS_DIR)


def _gold_dev_f(nlp: spacy.language.Language, gold_dev: list[Document]) -> float:
    if not gold_dev:
        return 0.0
    predicted = list(predict_documents(nlp, gold_dev))
    scores = evaluate(gold_dev, {"model": predicted}, n_bootstrap=0).to_dict()
    return float(scores["systems"]["model"]["strict"]["micro"]["f"])


def _required_path(config: Any, key: str) -> Path:
    value = config["paths"].get(key)
    if not value:
        raise InputError(f"the config sets no [paths] {key}; pass --paths.{key}")
    path = Path(value)
    if not path.is_file():
        raise InputError(f"[paths] {key} = {value} does not exist (run `parkner label` first?)", path)
    return path


def _comma_separated(value: str | None) -> list[str]:
    """The paths of a comma-separated ``[paths]`` value such as ``held_out``."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _write_provenance(
    output: Path, config_path: Path, overrides: dict[str, Any], config: Any, result: TrainResult, seed: int
) -> None:
    """Record labels, config, data hashes, seed and scores in the model's ``meta.json``."""
    meta_path = output / "meta.json"
    meta = srsly.read_json(meta_path)
    meta["name"] = output.name.replace("-", "_")
    meta["parkner"] = {
        "labels": sorted(meta.get("labels", {}).get("ner", [])),
        "config": {
            "path": str(config_path),
            "sha256": hashlib.sha256(config_path.read_bytes()).hexdigest(),
            "overrides": {key: str(value) for key, value in overrides.items()},
        },
        "data": {
            "labelled": str(config["paths"]["labelled"]),
            "labelled_sha256": hashlib.sha256(Path(config["paths"]["labelled"]).read_bytes()).hexdigest(),
            "docbin_sha256": result.stats.hashes if result.stats else {},
            "held_out": str(config["paths"].get("held_out")),
        },
        "seed": seed,
        "rounds": [{"round": r["round"], "gold_dev_strict_f": r["gold_dev_strict_f"]} for r in result.rounds],
        "best_round": result.best_round,
        "corpus": asdict(result.stats) if result.stats else {},
        "scores": {"gold_dev_strict_f": max((r["gold_dev_strict_f"] for r in result.rounds), default=0.0)},
    }
    srsly.write_json(meta_path, meta)


__all__ = ["TrainResult", "merge_predictions", "train"]
