"""Benchmark: one table of quality (rules, default model, hybrid, plain spaCy baseline) and speed (chars/s, peak RSS).

    python scripts/bench.py [--corpus ../shared/data/corpus] [--steps 3000] [--json runs/bench.json]   # or: make bench

From a fresh clone with ``../shared`` beside it this ingests and labels the shared corpus,
trains the default config and spaCy's own generated zh ``ner`` config on the same seed labels
(every gold file held out), assembles the hybrid (``configs/hybrid.cfg``: rules, then the
default model's ner), scores all four on the gold test split and on the unseen stand-off sample
of the shared corpus (strict and partial, with bootstrap CIs), and times every stage with 1 and
2 processes. Each timed stage runs in a fresh
interpreter so that its peak RSS is its own; labelling and prediction also run on a
10× smaller corpus (every tenth document) to show that memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
SYSTEMS = {"default": ROOT / "configs" / "default.cfg", "spacy-baseline": ROOT / "configs" / "spacy-baseline.cfg"}
#: Every gold file stays out of the training pool (the stand-off samples of the shared corpus paragraph by paragraph).
HELD_OUT = ("dev.jsonl", "test.jsonl", "unseen.jsonl", "shared-dev.jsonl")
#: Quality is reported on the gold test split (park news) and on the unseen sample of the shared corpus.
QUALITY_SETS = ("test.jsonl", "unseen.jsonl")


# Stages: each runs in its own interpreter (``--stage``) and prints one JSON row.


def _stage_ingest(args: argparse.Namespace) -> dict[str, Any]:
    from parkner.documents import write_documents
    from parkner.ingest import ingest_paths

    start = time.perf_counter()
    documents, _ = ingest_paths([args.corpus])
    seconds = time.perf_counter() - start
    write_documents(documents, args.work / "docs.jsonl")
    return {"characters": sum(len(d.text) for d in documents), "seconds": seconds}


def _stage_label(args: argparse.Namespace) -> dict[str, Any]:
    from parkner.documents import write_documents
    from parkner.labelling import LabelStats, label_documents
    from parkner.sharding import cached_pipeline

    documents = _documents(args)
    cached_pipeline(None)  # load time is not labelling time (each worker loads its own copy once)
    stats = LabelStats()
    start = time.perf_counter()
    labelled = list(label_documents(documents, stats, n_process=args.n_process))
    seconds = time.perf_counter() - start
    if args.write:
        write_documents(labelled, args.work / "labelled.jsonl")
    return {"characters": stats.characters, "seconds": seconds}


def _stage_predict(args: argparse.Namespace) -> dict[str, Any]:
    from parkner.sharding import BatchAnnotator, annotated_documents, cached_pipeline

    documents = _documents(args)
    annotator = BatchAnnotator(args.model, batch_size=256)
    cached_pipeline(args.model)
    start = time.perf_counter()
    predicted = annotated_documents(documents, annotator, n_process=args.n_process, batch_size=16)
    characters = sum(len(d.text) for d in predicted)
    return {"characters": characters, "seconds": time.perf_counter() - start}


def _stage_train(args: argparse.Namespace) -> dict[str, Any]:
    from parkner.documents import read_documents, write_documents
    from parkner.labelling import LabelStats, label_documents
    from parkner.training import train

    pool = args.work / "train-pool.jsonl"
    if not pool.is_file():  # the shared corpus's labels plus the embedded corpus, labelled the same way
        embedded = read_documents(args.work / "embedded.jsonl")
        write_documents([*read_documents(args.work / "labelled.jsonl"),
                         *label_documents(embedded, LabelStats())], pool)
    overrides = {
        "paths.labelled": str(pool),
        "paths.gold_dev": str(GOLD / "dev.jsonl"),
        "paths.held_out": ",".join(str(GOLD / name) for name in HELD_OUT),
    }
    overrides["training.max_steps"] = args.steps
    start = time.perf_counter()
    train(SYSTEMS[args.system], args.work / "models" / args.system, overrides)
    characters = sum(len(d.text) for d in read_documents(pool))
    return {"characters": characters, "seconds": time.perf_counter() - start}


STAGES = {"ingest": _stage_ingest, "label": _stage_label, "predict": _stage_predict, "train": _stage_train}


def _documents(args: argparse.Namespace) -> list:
    from parkner.documents import read_documents

    documents = read_documents(args.work / "docs.jsonl")
    return documents[:: args.every]


def _run_stage(args: argparse.Namespace) -> None:
    row = STAGES[args.stage](args)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    row["peak_rss_mb"] = max(own, workers) / 1024
    print(json.dumps(row))


def _measure(stage: str, args: argparse.Namespace, *extra: str, label: str | None = None,
             processes: int = 1, every: int = 1) -> dict[str, Any]:
    """Run one stage in a fresh interpreter; it reports characters, seconds and its peak RSS (workers included)."""
    command = [sys.executable, __file__, "--stage", stage, "--work", str(args.work), "--corpus", args.corpus,
               "--n-process", str(processes), "--every", str(every), *extra]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode:
        sys.exit(f"stage {stage} failed:\n{completed.stderr[-3000:]}")
    row = json.loads(completed.stdout.strip().splitlines()[-1])
    row.update(stage=label or stage, processes=processes, corpus="1/10" if every > 1 else "full")
    row["chars_per_second"] = row["characters"] / row["seconds"] if row["seconds"] else 0.0
    print(f"  {row['stage']:<22} {processes} proc  {row['corpus']:>4}  {row['chars_per_second']:>10,.0f} chars/s"
          f"  {row['seconds']:7.1f} s  {row['peak_rss_mb']:6.0f} MB", file=sys.stderr)
    return row


# Quality


def _quality(models: dict[str, Path], corpus: str) -> dict[str, Any]:
    """Rules and each model (named by its directory) scored on each of ``QUALITY_SETS``."""
    from parkner.evaluation import evaluate
    from parkner.evaluation.systems import run_systems
    from parkner.gold import read_gold

    results = {}
    for name in QUALITY_SETS:
        gold = read_gold(GOLD / name, corpus)
        results[name] = evaluate(gold, run_systems(gold, list(models.values()), rules=True), n_bootstrap=1000, seed=0)
    return results


def _quality_rows(result: Any) -> list[str]:
    from parkner.documents import LABELS

    lines = [f"{'label':8} {'system':15} {'strict P':>20} {'strict R':>20} {'strict F':>20} "
             f"{'partial P':>8} {'partial R':>9} {'partial F':>9}"]
    for group in (*LABELS, "micro"):
        for name, system in result.systems.items():
            strict, partial = system["strict"].group(group), system["partial"].group(group)
            cells = [_with_ci(strict, metric) for metric in "prf"]
            lines.append(f"{group:8} {name:15} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20} "
                         f"{partial.p:8.3f} {partial.r:9.3f} {partial.f:9.3f}")
    return lines


def _with_ci(score: Any, metric: str) -> str:
    value = getattr(score, metric)
    interval = score.ci[metric] if score.ci else None
    if interval is None or not interval.defined:
        return f"{value:.3f}"
    return f"{value:.3f} [{interval.low:.2f},{interval.high:.2f}]"


def _speed_rows(rows: list[dict[str, Any]]) -> list[str]:
    lines = [f"{'stage':22} {'procs':>5} {'corpus':>6} {'chars':>10} {'seconds':>8} {'chars/s':>10} {'peak RSS MB':>11}"]
    for row in rows:
        lines.append(f"{row['stage']:22} {row['processes']:5d} {row['corpus']:>6} {row['characters']:10,d} "
                     f"{row['seconds']:8.1f} {row['chars_per_second']:10,.0f} {row['peak_rss_mb']:11.0f}")
    return lines


def _flatness(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Peak RSS of the full corpus over that of the 10× smaller one, per streamed stage (2 processes)."""
    ratios = {}
    for stage in {row["stage"] for row in rows if row["corpus"] == "1/10"}:
        full, small = (next(r for r in rows if r["stage"] == stage and r["processes"] == 2 and r["corpus"] == size)
                       for size in ("full", "1/10"))
        ratios[stage] = full["peak_rss_mb"] / small["peak_rss_mb"]
    return ratios


def _machine() -> dict[str, Any]:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cores": os.cpu_count(), "memory_gb": round(memory, 1), "python": platform.python_version(),
            **{package: version(package) for package in ("spacy", "thinc", "parkner")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "corpus"))
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "bench")
    parser.add_argument("--steps", type=int, default=3000, help="training.max_steps of both models (the same budget)")
    parser.add_argument("--json", dest="json_path", type=Path, default=ROOT / "runs" / "bench.json")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--every", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--write", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--system", choices=sorted(SYSTEMS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        _run_stage(args)
        return
    if not Path(args.corpus).is_dir():
        sys.exit(f"no corpus at {args.corpus}: the benchmark needs ../shared/data/corpus")

    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / "train-pool.jsonl").unlink(missing_ok=True)
    _embedded_documents(args.work / "embedded.jsonl")
    print("speed (each stage in a fresh interpreter):", file=sys.stderr)
    rows = [_measure("ingest", args)]
    rows.append(_measure("label", args, label="rule labelling"))
    rows.append(_measure("label", args, "--write", label="rule labelling", processes=2))
    rows.append(_measure("label", args, label="rule labelling", processes=2, every=10))
    models = {}
    for system in SYSTEMS:
        rows.append(_measure("train", args, "--system", system, "--steps", str(args.steps), label=f"training {system}"))
        models[system] = args.work / "models" / system
    from parkner.training import assemble

    models["hybrid"] = assemble(ROOT / "configs" / "hybrid.cfg", args.work / "models" / "hybrid",
                                {"paths.model": str(models["default"])})
    model = ["--model", str(models["default"])]
    for processes, every in ((1, 1), (2, 1), (2, 10)):
        rows.append(_measure("predict", args, *model, label="model prediction", processes=processes, every=every))
    rows.append(_measure("predict", args, "--model", str(models["hybrid"]), label="hybrid prediction", processes=2))

    results = _quality(models, args.corpus)
    flat = _flatness(rows)
    table = [
        line
        for name, result in results.items()
        for line in (f"quality on {GOLD / name} ({len(result.gold)} documents, {result.n_gold_spans} entities), "
                     "95% bootstrap CIs over documents:", *_quality_rows(result), "")
    ]
    table += [
        f"speed on {args.corpus}:", *_speed_rows(rows), "",
        "peak RSS, full corpus / 10x smaller: " + ", ".join(f"{stage} {ratio:.2f}" for stage, ratio in sorted(flat.items())),
        f"machine: {_machine()}",
    ]
    print("\n".join(table))
    args.json_path.parent.mkdir(parents=True, exist_ok=True)
    args.json_path.write_text(json.dumps(
        {"quality": {name: result.to_dict() for name, result in results.items()}, "speed": rows,
         "rss_full_over_tenth": flat, "machine": _machine(), "steps": args.steps}, ensure_ascii=False, indent=2),
        encoding="utf-8")


def _embedded_documents(path: Path) -> None:
    """The embedded corpus, ingested: it joins the shared corpus in the training pool (not in the speed runs)."""
    from parkner.documents import write_documents
    from parkner.ingest import ingest_paths

    documents, _ = ingest_paths([ROOT / "corpus" / "raw"])
    write_documents(documents, path)


if __name__ == "__main__":
    main()
