"""Benchmark: one table of quality (rules vs model on gold test) and speed (chars/s, peak RSS).

    python scripts/bench.py [--model models/parkner-zh] [--corpus ../shared/data/corpus] [--json runs/bench.json]

Each speed stage runs in its own process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
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


def _measure(target: Any, *args: Any) -> dict[str, Any]:
    """Run ``target`` in a child process; add chars/s and the child's peak RSS (children included)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_with_rss, args=(queue, target, *args))
    process.start()
    row, rss = queue.get()
    process.join()
    row["chars_per_second"] = row["characters"] / row["seconds"] if row["seconds"] else 0.0
    row["peak_rss_mb"] = rss
    return row


def _with_rss(queue: Any, target: Any, *args: Any) -> None:
    row = target(*args)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put((row, max(own, children) / 1024))


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
    args = parser.parse_args()
    model = args.model if Path(args.model, "meta.json").is_file() else None

    result = _quality(model, Path(args.gold))
    print(result.table())
    rows = [_measure(_ingest, args.corpus)]
    for n_process in (1, 2):
        rows.append(_measure(_pipe, args.corpus, None, n_process))
        if model:
            rows.append(_measure(_pipe, args.corpus, model, n_process))
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
