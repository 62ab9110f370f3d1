"""Question latency benchmark: warm p50/p95 per question and the cold start of `assistant ask`.

    python benchmarks/bench_ask.py --index-dir index ../shared/eval/dev.jsonl
    python benchmarks/bench_ask.py --index-dir /tmp/ofsted-index eval/ofsted_questions.jsonl

Warm: every question asked in one process after one warm-up pass (the model and the index
already loaded). Cold: a fresh process, split into import, model load, index load and the
first question, each timed in that process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLD = """
import time, json, sys
t0 = time.perf_counter()
from assistant.answer import Assistant
from assistant.config import load_settings
from assistant.embedding import Embedder
t1 = time.perf_counter()
settings = load_settings().with_index_dir(sys.argv[1])
from assistant.store import load_store
model = Embedder(load_store(settings.index_dir).manifest.model, settings.batch_size)
t2 = time.perf_counter()
assistant = Assistant(settings, embedder=model)
t3 = time.perf_counter()
assistant.ask(sys.argv[2])
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "model load": t2 - t1, "index load": t3 - t2,
                  "question": t4 - t3}))
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", type=Path, help="JSON lines with a 'question' field")
    parser.add_argument("--index-dir", type=Path, default=Path("index"))
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--cold-question", default="What support is there for victims of "
                        "domestic violence?", help="the question the cold start asks")
    args = parser.parse_args()
    questions = [json.loads(line)["question"]
                 for line in args.questions.read_text("utf-8").splitlines() if line.strip()]

    from assistant.answer import Assistant
    from assistant.config import load_settings

    assistant = Assistant(load_settings().with_index_dir(args.index_dir))
    for question in questions:
        assistant.ask(question)
    seconds = []
    for question in questions:
        started = time.perf_counter()
        assistant.ask(question)
        seconds.append(time.perf_counter() - started)
    print(f"index {args.index_dir}: {len(assistant.store.summaries)} reports, "
          f"{len(assistant.store.chunks)} chunks; {len(questions)} questions")
    print(f"warm per question: p50 {1000 * statistics.median(seconds):.1f} ms, "
          f"p95 {1000 * percentile(seconds, 0.95):.1f} ms, "
          f"max {1000 * max(seconds):.1f} ms")

    encode, dense = [], []
    for question in questions:
        started = time.perf_counter()
        vectors = assistant.embedder.encode([question, question + "?"])
        encode.append(time.perf_counter() - started)
        started = time.perf_counter()
        assistant.searcher._dense(vectors[0], None, assistant.settings.candidates)
        dense.append(time.perf_counter() - started)
    print(f"of which: encoding a question twice ({assistant.embedder.runtime}) p50 "
          f"{1000 * statistics.median(encode):.1f} ms; dense search p50 "
          f"{1000 * statistics.median(dense):.2f} ms")
    if not args.cold_runs:
        return
    runs = []
    for _ in range(args.cold_runs):
        out = subprocess.run([sys.executable, "-c", COLD, str(args.index_dir), args.cold_question],
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    parts = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    total = sum(parts.values())
    split = ", ".join(f"{key} {value:.2f} s" for key, value in parts.items())
    print(f"cold start (median of {len(runs)}): {split}; total {total:.2f} s")


if __name__ == "__main__":
    main()
