"""Question latency benchmark: warm p50/p95 per question and the cold start of `assistant ask`.

    python benchmarks/bench_ask.py --index-dir index ../shared/eval/dev.jsonl
    python benchmarks/bench_ask.py --index-dir /tmp/ofsted-index eval/ofsted_questions.jsonl
    python benchmarks/bench_ask.py --index-dir /work/idx/corpus eval/corpus_topics.jsonl \
        --baseline-tree /tmp/previous --baseline-index /work/idx/corpus-old

Warm: every question asked in one process after one warm-up pass (the model and the index
already loaded). Cold: a fresh process, split into import, model load, index load and the
first question, each timed in that process. ``--baseline-tree``: a copy of the code before a
change (a folder holding its ``assistant`` package, e.g. a ``git worktree``); its warm
figures are measured in the same run, the two trees alternating in ``--rounds`` rounds so load
from other users of the machine falls on both alike. ``--profile N``: also print where the
time goes (cProfile over the warm loop, the N costliest functions by own time).
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


WARM = """
import json, statistics, sys, time
from assistant.answer import Assistant
from assistant.config import load_settings
index_dir, questions_file, profile = sys.argv[1], sys.argv[2], int(sys.argv[3])
questions = [json.loads(line)["question"] for line in open(questions_file, encoding="utf-8")
             if line.strip()]
assistant = Assistant(load_settings().with_index_dir(index_dir))
for question in questions:
    assistant.ask(question)
seconds = []
for question in questions:
    started = time.perf_counter()
    assistant.ask(question)
    seconds.append(time.perf_counter() - started)
coarse = dict(getattr(assistant.searcher, "coarse_counts", {}))  # the questions' own searches
encode, dense = [], []
for question in questions:
    started = time.perf_counter()
    vectors = assistant.embedder.encode([question, question + "?"])
    encode.append(time.perf_counter() - started)
    started = time.perf_counter()
    assistant.searcher._dense(vectors[0], None, assistant.settings.candidates)
    dense.append(time.perf_counter() - started)
print(json.dumps({"seconds": seconds, "encode": statistics.median(encode),
                  "dense": statistics.median(dense), "runtime": assistant.embedder.runtime,
                  "coarse": coarse,
                  "reports": len(assistant.store.summaries),
                  "chunks": len(assistant.store.chunks)}))
if profile:
    import cProfile, pstats
    profiler = cProfile.Profile()
    profiler.enable()
    for question in questions:
        assistant.ask(question)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(profile)
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def warm(tree: Path, index_dir: Path, questions: Path, profile: int = 0) -> dict:
    """The warm figures of the code in ``tree``, in a new process started there."""
    done = subprocess.run([sys.executable, "-c", WARM, str(index_dir.resolve()),
                           str(questions.resolve()), str(profile)],
                          cwd=tree, check=True, capture_output=True, text=True)
    if profile:
        print(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", type=Path, help="JSON lines with a 'question' field")
    parser.add_argument("--index-dir", type=Path, default=Path("index"))
    parser.add_argument("--baseline-tree", type=Path,
                        help="the code before a change, timed alternately as the baseline")
    parser.add_argument("--baseline-index", type=Path,
                        help="the index the baseline reads (default: --index-dir)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--cold-question", default="What support is there for victims of "
                        "domestic violence?", help="the question the cold start asks")
    args = parser.parse_args()

    here = Path(__file__).resolve().parent.parent
    trees = {"this tree": (here, args.index_dir)}
    if args.baseline_tree:
        trees["baseline"] = (args.baseline_tree, args.baseline_index or args.index_dir)
    results: dict[str, list[dict]] = {name: [] for name in trees}
    for round_ in range(args.rounds):
        for name, (tree, index_dir) in trees.items():
            profile = args.profile if round_ == args.rounds - 1 and name == "this tree" else 0
            results[name].append(warm(tree, index_dir, args.questions, profile))
    for name, runs in results.items():
        if not runs:  # --rounds 0: the cold start only
            continue
        seconds = [s for run in runs for s in run["seconds"]]
        print(f"{name} ({trees[name][0]}), index {trees[name][1]}: {runs[0]['reports']} "
              f"reports, {runs[0]['chunks']} chunks; {args.questions.name}, "
              f"{len(seconds)} warm questions over {len(runs)} rounds")
        print(f"  warm per question: p50 {1000 * statistics.median(seconds):.1f} ms, "
              f"p95 {1000 * percentile(seconds, 0.95):.1f} ms, "
              f"max {1000 * max(seconds):.1f} ms; of which: encoding a question twice "
              f"({runs[0]['runtime']}) p50 "
              f"{1000 * statistics.median(r['encode'] for r in runs):.1f} ms; dense search p50 "
              f"{1000 * statistics.median(r['dense'] for r in runs):.2f} ms")
        coarse = [r["coarse"] for r in runs if r.get("coarse")]
        if coarse and any(c["answered"] or c["exact"] for c in coarse):
            print(f"  the questions' dense searches answered by the 8-bit scan: "
                  f"{sum(c['answered'] for c in coarse)}, needing the exact scan: "
                  f"{sum(c['exact'] for c in coarse)}")
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
