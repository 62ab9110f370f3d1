"""Cold start of `assistant ask`: new processes, ONNX Runtime (today's default) against PyTorch,
or against the code before a change.

    python benchmarks/bench_start.py --index-dir /work/idx/corpus --runs 5
    python benchmarks/bench_start.py --index-dir /work/idx/h8-corpus --runs 5 \
        --baseline-tree /tmp/previous --baseline-index /work/idx/corpus

Each run is a new `python -m assistant ask` process timed from its start to its exit (the
answer printed); the two runtimes alternate, so load from other users of the machine falls on
both alike. The baseline is the same command with ``REPORT_ASSISTANT_RUNTIME=torch`` (PyTorch
and sentence-transformers imported to encode the question). It also prints how far apart the
two runtimes' vectors are on the questions (mean and least cosine). With ``--baseline-tree`` (a
copy of the code before a change: a folder holding its ``assistant`` package) the baseline is
that code instead, started in that folder, reading ``--baseline-index``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTION = "What support is there for victims of domestic violence?"


def one_run(index_dir: Path, question: str, runtime: str, tree: Path | None = None) -> float:
    env = dict(os.environ, REPORT_ASSISTANT_RUNTIME=runtime)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant", "ask", "--index-dir",
                    str(index_dir.resolve()), question], check=True, capture_output=True,
                   env=env, cwd=tree)
    return time.perf_counter() - started


def agreement(questions: list[str]) -> tuple[float, float]:
    """Mean and least cosine between the ONNX and PyTorch vectors of ``questions``."""
    from assistant.embedding import Embedder

    onnx = Embedder("bundled:minilm", runtime="onnx").encode(questions)
    torch = Embedder("bundled:minilm", runtime="torch").encode(questions)
    cosines = (onnx * torch).sum(axis=1)
    return float(cosines.mean()), float(cosines.min())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, action="append", required=True,
                        help="index folder (repeat for several)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--baseline-tree", type=Path,
                        help="the code before a change, timed alternately as the baseline")
    parser.add_argument("--baseline-index", type=Path,
                        help="the index the baseline reads (default: each --index-dir)")
    parser.add_argument("--questions", type=Path,
                        help="JSON lines whose questions are encoded by both runtimes")
    args = parser.parse_args()

    for index_dir in args.index_dir:
        if args.baseline_tree:
            baseline = "previous code", lambda: one_run(
                args.baseline_index or index_dir, args.question, "auto", args.baseline_tree)
        else:
            baseline = "PyTorch", lambda: one_run(index_dir, args.question, "torch")
        one_run(index_dir, args.question, "auto")  # writes the export if missing; warms caches
        baseline[1]()
        times: dict[str, list[float]] = {"new": [], "baseline": []}
        for _ in range(args.runs):
            times["new"].append(one_run(index_dir, args.question, "auto"))
            times["baseline"].append(baseline[1]())
        new, old = (statistics.median(times[k]) for k in ("new", "baseline"))
        print(f"{index_dir}: cold `assistant ask`, median of {args.runs}: ONNX Runtime "
              f"{new:.2f} s, {baseline[0]} (baseline) {old:.2f} s  "
              f"[new {' '.join(f'{t:.2f}' for t in times['new'])}; "
              f"baseline {' '.join(f'{t:.2f}' for t in times['baseline'])}]", flush=True)
    if args.questions:
        questions = [json.loads(line)["question"] for line in
                     args.questions.read_text("utf-8").splitlines() if line.strip()]
        mean, least = agreement(questions)
        print(f"question vectors, ONNX vs PyTorch over {len(questions)} questions: "
              f"mean cosine {mean:.6f}, least {least:.6f}")


if __name__ == "__main__":
    main()
