"""Index build benchmark: prints reports, pages, chunks, P, E, W and the unchanged re-run.

    python benchmarks/bench_index.py                    # the built-in sample
    python benchmarks/bench_index.py ../shared/corpus/ofsted
    python benchmarks/bench_index.py --runtimes 600 SUBSET/   # PyTorch vs ONNX fp32 vs int8

P = seconds to read and parse every file in one process; E = seconds of a pure model.encode
of the same texts the build embeds (chunks and their sentences); W = the wall time of the build
itself (model already loaded, fresh index); re-run = an unchanged `assistant index` as a new
process (import included). On 2 cores the bound is about E + P/2, since parsing runs in worker
processes while the model embeds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.chunking import chunk_report, sentence_embed_text, sentence_texts
from assistant.config import Settings, builtin_sample
from assistant.embedding import Embedder
from assistant.indexing import build_index, discover, parse_file


def compare_runtimes(texts: list[str], count: int, rounds: int) -> None:
    """Encode the same texts (every k-th of the build's, so chunks and sentences in their
    proportion) with PyTorch, the fp32 ONNX export and the int8 export, in alternating rounds
    so other load on the machine falls on all three; print texts/s and cosine to PyTorch."""
    import numpy as np

    sample = texts[::max(1, len(texts) // count)][:count]
    models = {"torch (baseline)": Embedder("bundled:minilm", runtime="torch"),
              "onnx fp32": Embedder("bundled:minilm", runtime="onnx"),
              "onnx int8": Embedder("bundled:minilm", runtime="onnx", quantized=True)}
    seconds: dict[str, list[float]] = {name: [] for name in models}
    vectors = {}
    for model in models.values():
        model.encode(sample[:64])  # warm-up
    for _ in range(rounds):
        for name, model in models.items():
            started = time.perf_counter()
            vectors[name] = model.encode(sample)
            seconds[name].append(time.perf_counter() - started)
    baseline = vectors["torch (baseline)"]
    for name in models:
        best = min(seconds[name])
        cosine = (vectors[name] * baseline).sum(axis=1)
        print(f"{name:17s} {len(sample) / best:7.1f} texts/s (best of {rounds}; "
              f"{' '.join(f'{s:.1f}' for s in seconds[name])} s); cosine to PyTorch: "
              f"mean {float(np.mean(cosine)):.5f}, least {float(np.min(cosine)):.5f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--runtimes", type=int, metavar="N",
                        help="only compare the runtimes' speed and vectors on N of the texts")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    paths = args.paths or [builtin_sample()]
    settings = Settings()

    started = time.perf_counter()
    embedder = Embedder(settings.model_name, settings.batch_size, runtime="torch")
    load = time.perf_counter() - started

    files, _ = discover(paths)
    started = time.perf_counter()
    parsed = [parse_file(str(f)) for f in files]
    p_seconds = time.perf_counter() - started
    reports = [r for r in parsed if not isinstance(r, str)]
    chunks = [c for r in reports for c in chunk_report(
        r, settings.max_tokens, settings.overlap_tokens, embedder.count_tokens)]
    texts = [c.embed_text for c in chunks] + [
        sentence_embed_text(c, s) for c in chunks for s in sentence_texts(c)]
    pages = sum(r.pages or 0 for r in reports)
    if args.runtimes:
        print(f"{len(reports)} reports, {len(chunks)} chunks, {len(texts)} texts embedded")
        compare_runtimes(texts, args.runtimes, args.rounds)
        return

    started = time.perf_counter()
    embedder.encode(texts)
    e_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        run_settings = settings.with_index_dir(Path(folder) / "index")
        started = time.perf_counter()
        result = build_index(paths, run_settings, embedder_factory=lambda: embedder)
        w_seconds = time.perf_counter() - started
        command = [sys.executable, "-m", "assistant", "index", "--quiet",
                   "--index-dir", str(run_settings.index_dir), *map(str, paths)]
        started = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        rerun = time.perf_counter() - started

    bound = e_seconds + p_seconds / 2
    print(f"files {len(files)}, reports {len(reports)}, skipped {len(result.skipped)}, "
          f"pages {pages}, chunks {len(chunks)}, embedded texts {len(texts)}")
    print(f"model load        {load:8.2f} s")
    print(f"P parse           {p_seconds:8.2f} s  ({pages / p_seconds if p_seconds else 0:.1f} "
          f"pages/s)")
    print(f"E encode          {e_seconds:8.2f} s  ({len(texts) / e_seconds:.1f} texts/s)")
    print(f"W build           {w_seconds:8.2f} s  (bound E + P/2 = {bound:.2f} s; "
          f"W / bound = {w_seconds / bound:.2f})")
    print(f"unchanged re-run  {rerun:8.2f} s  (new process, import included)")


if __name__ == "__main__":
    main()
