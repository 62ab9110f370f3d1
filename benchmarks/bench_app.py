"""Terminal app benchmark: time to first paint, time to ready, and Enter → answer shown (warm).

    python benchmarks/bench_app.py --index-dir index
    python benchmarks/bench_app.py --index-dir /work/idx/corpus ../shared/eval/dev.jsonl

First paint and ready: `assistant chat` is started in a pseudo-terminal, as a person starts it;
the app writes the wall-clock time of its first paint to the file named by
REPORT_ASSISTANT_FIRST_PAINT_FILE, and "ready" is when the status line first says so on the
terminal. Both are measured from just before the process is spawned, so they include Python's
start. Enter → answer: in one process, the app driven by Textual's Pilot (headless, same
rendering), the model and the index loaded; from the Enter key to the refresh after the answer
is drawn, over the questions of FILE.jsonl (or a few built-in ones).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTIONS = [
    "what was the grade for partnership working?",
    "and for looked after children?",
    "who led it?",
    "how many looked after children were there?",
    "what are the areas for improvement?",
]


def start_up(index_dir: str, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from spawn to first paint and to "Ready", per run."""
    paints, readies = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            paint_file = Path(tmp) / "paint"
            env = {**os.environ, "REPORT_ASSISTANT_FIRST_PAINT_FILE": str(paint_file),
                   "REPORT_ASSISTANT_DATA_DIR": tmp, "TERM": "xterm-256color",
                   "COLUMNS": "100", "LINES": "30"}
            master, slave = os.openpty()
            started = time.time()
            process = subprocess.Popen(
                [sys.executable, "-m", "assistant", "chat", "--index-dir", index_dir],
                stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
            os.close(slave)
            ready = _read_until(master, b"Ready", timeout=120)
            readies.append(ready - started if ready else float("nan"))
            paints.append(float(paint_file.read_text()) - started if paint_file.exists()
                          else float("nan"))
            os.write(master, b"\x11")  # ctrl+q
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            os.close(master)
    return paints, readies


def _read_until(fd: int, marker: bytes, timeout: float) -> float | None:
    """Drain the terminal until ``marker`` is drawn; the wall-clock time it was seen."""
    seen = b""
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen = (seen + os.read(fd, 65536))[-4096:]
            except OSError:
                return None
            if marker in seen:
                return time.time()
    return None


def enter_to_answer(index_dir: str, questions: list[str]) -> tuple[list[float], list[float]]:
    """Seconds from Enter to the answer drawn, and of them in ``Assistant.ask``, per question,
    in one warm app."""
    from assistant.app import create_app
    from assistant.config import load_settings

    settings = load_settings().with_index_dir(index_dir)

    async def run() -> tuple[list[float], list[float]]:
        with tempfile.TemporaryDirectory() as tmp:
            app = create_app(settings, data_dir=Path(tmp), export_dir=Path(tmp))
            async with app.run_test(size=(120, 40)) as pilot:
                while app.assistant is None:
                    await pilot.pause(0.1)
                for question in questions:
                    asked = len(app.answer_seconds)
                    app.query_one("#question").value = question
                    await pilot.press("enter")
                    while len(app.answer_seconds) == asked:
                        await pilot.pause(0.005)
                return (list(app.answer_seconds),
                        [t.answer.seconds for t in app.turns if t.answer is not None])

    return asyncio.run(run())


def _summary(name: str, values: list[float]) -> str:
    values = sorted(v for v in values if v == v)
    if not values:
        return f"{name}: no measurement"
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return (f"{name}: median {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"min {values[0] * 1000:.0f} ms (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", nargs="?", type=Path, help="JSON lines with a question")
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--runs", type=int, default=3, help="app starts to time")
    args = parser.parse_args()
    questions = ([json.loads(line)["question"] for line in args.questions.read_text().splitlines()
                  if line.strip()] if args.questions else QUESTIONS)
    paints, readies = start_up(args.index_dir, args.runs)
    print(f"index {args.index_dir}")
    print(_summary("first paint (from spawn)", paints))
    print(_summary("ready: model and index loaded (from spawn)", readies))
    # The first question of a session warms caches; it is reported apart.
    shown, asked = enter_to_answer(args.index_dir, [questions[0]] + questions)
    print(_summary("first question, Enter → answer shown", shown[:1]))
    print(_summary(f"warm, Enter → answer shown ({len(questions)} questions)", shown[1:]))
    print(_summary("  of which answering (Assistant.ask, in the worker)", asked[1:]))
    print(_summary("  of which the app (the rest)", [s - a for s, a in zip(shown[1:],
                                                                          asked[1:])]))


if __name__ == "__main__":
    main()
