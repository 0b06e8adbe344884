"""Benchmark: one table of quality (rules vs model on gold test) and speed (chars/s, peak RSS).

    python scripts/bench.py [--model models/parkner-zh] [--corpus ../shared/data/corpus] [--json runs/bench.json]

Each speed stage runs in a fresh interpreter so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import os
import platform
import resource
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _ingest(corpus: str) -> dict[str, Any]:
    from parkner.ingest import ingest_paths

    start = time.perf_counter()
    documents, report = ingest_paths([corpus])
    elapsed = time.perf_counter() - start
    characters = sum(len(d.text) for d in documents)
    return {"stage": "ingest", "processes": 1, "characters": characters, "seconds": elapsed}


def _pipe(corpus: str, model: str | None, n_process: int) -> dict[str, Any]:
    from parkner.ingest import ingest_paths
    from parkner.labelling import LabelStats, label_documents
    from parkner.pipeline import rule_pipeline
    from parkner.predict import load_pipeline

    documents, _ = ingest_paths([corpus])
    nlp = load_pipeline(model) if model else rule_pipeline()
    start = time.perf_counter()
    stats = LabelStats()
    for _ in label_documents(nlp, documents, stats, n_process=n_process, batch_size=16):
        pass
    elapsed = time.perf_counter() - start
    return {"stage": "predict" if model else "label", "processes": n_process, "characters": stats.characters, "seconds": elapsed}


def _measure(stage: str, *args: str) -> dict[str, Any]:
    """Run one stage in a fresh interpreter; it reports chars/s and its peak RSS (workers included)."""
    completed = subprocess.run(
        [sys.executable, __file__, "--stage", stage, *args], capture_output=True, text=True, check=True
    )
    row = json.loads(completed.stdout.strip().splitlines()[-1])
    row["chars_per_second"] = row["characters"] / row["seconds"] if row["seconds"] else 0.0
    return row


def _run_stage(stage: str, corpus: str, model: str, n_process: int) -> None:
    row = _ingest(corpus) if stage == "ingest" else _pipe(corpus, model or None, n_process)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    row["peak_rss_mb"] = max(own, workers) / 1024
    print(json.dumps(row))


def _quality(model: str | None, gold: Path) -> dict[str, Any]:
    from parkner.evaluation.systems import run_systems
    from parkner.evaluation import evaluate
    from parkner.gold import read_gold

    documents = read_gold(gold)
    systems = run_systems(documents, [model] if model else [], rules=True)
    return evaluate(documents, systems, n_bootstrap=1000, seed=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "parkner-zh"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "corpus"))
    parser.add_argument("--gold", default=str(ROOT / "corpus" / "gold" / "test.jsonl"))
    parser.add_argument("--json", dest="json_path", default=str(ROOT / "runs" / "bench.json"))
    parser.add_argument("--stage", choices=["ingest", "label", "predict"], help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    model = args.model if Path(args.model, "meta.json").is_file() else None
    if args.stage:
        _run_stage(args.stage, args.corpus, model if args.stage == "predict" else "", args.n_process)
        return

    result = _quality(model, Path(args.gold))
    print(result.table())
    common = ["--corpus", args.corpus, "--model", args.model]
    rows = [_measure("ingest", *common)]
    for n_process in (1, 2):
        rows.append(_measure("label", *common, "--n-process", str(n_process)))
        if model:
            rows.append(_measure("predict", *common, "--n-process", str(n_process)))
    print(f"\n{'stage':8} {'procs':>5} {'chars':>10} {'seconds':>8} {'chars/s':>10} {'peak RSS MB':>11}")
    for row in rows:
        print(f"{row['stage']:8} {row['processes']:5d} {row['characters']:10,d} {row['seconds']:8.1f} "
              f"{row['chars_per_second']:10,.0f} {row['peak_rss_mb']:11.0f}")
    machine = {"cores": os.cpu_count(), "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
               "python": platform.python_version(), "spacy": version("spacy"), "parkner": version("parkner")}
    print(f"\nmachine: {machine}")
    Path(args.json_path).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json_path).write_text(json.dumps({"quality": result.to_dict(), "speed": rows, "machine": machine},
                                               ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
