"""Cold start of `assistant ask`: new processes, ONNX Runtime (today's default) against PyTorch.

    python benchmarks/bench_start.py --index-dir /work/idx/corpus --runs 5

Each run is a new `python -m assistant ask` process timed from its start to its exit (the
answer printed); the two runtimes alternate, so load from other users of the machine falls on
both alike. The baseline is the same command with ``REPORT_ASSISTANT_RUNTIME=torch`` (PyTorch
and sentence-transformers imported to encode the question). It also prints how far apart the
two runtimes' vectors are on the questions (mean and least cosine).
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


def one_run(index_dir: Path, question: str, runtime: str) -> float:
    env = dict(os.environ, REPORT_ASSISTANT_RUNTIME=runtime)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant", "ask", "--index-dir", str(index_dir),
                    question], check=True, capture_output=True, env=env)
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
    parser.add_argument("--questions", type=Path,
                        help="JSON lines whose questions are encoded by both runtimes")
    args = parser.parse_args()

    for index_dir in args.index_dir:
        one_run(index_dir, args.question, "auto")  # writes the export if missing; warms caches
        times: dict[str, list[float]] = {"auto": [], "torch": []}
        for _ in range(args.runs):
            for runtime in times:
                times[runtime].append(one_run(index_dir, args.question, runtime))
        onnx, torch = (statistics.median(times[k]) for k in ("auto", "torch"))
        print(f"{index_dir}: cold `assistant ask`, median of {args.runs}: ONNX Runtime "
              f"{onnx:.2f} s, PyTorch (baseline) {torch:.2f} s  "
              f"[onnx {' '.join(f'{t:.2f}' for t in times['auto'])}; "
              f"torch {' '.join(f'{t:.2f}' for t in times['torch'])}]")
    if args.questions:
        questions = [json.loads(line)["question"] for line in
                     args.questions.read_text("utf-8").splitlines() if line.strip()]
        mean, least = agreement(questions)
        print(f"question vectors, ONNX vs PyTorch over {len(questions)} questions: "
              f"mean cosine {mean:.6f}, least {least:.6f}")


if __name__ == "__main__":
    main()
