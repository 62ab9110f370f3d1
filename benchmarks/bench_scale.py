"""Scale benchmark: synthetic collections of 10^4, 10^5 (and 10^6) chunks.

    python benchmarks/bench_scale.py --source /work/idx/corpus --sizes 10000 100000
    python benchmarks/bench_scale.py --source index --sizes 10000 --dense-only 1000000

Chunks are made from a real index (``--source``): each synthetic chunk takes a real chunk's
vector plus Gaussian noise (renormalised), and its text is the real chunk's text with one
sentence of another chunk added, so BM25 sees real-looking, not identical, text; its sentences
are the real chunk's sentences with noisy vectors. Every ~110 chunks form one report, as in the
Ofsted corpus. Queries are real questions (``--questions``), encoded once.

For each size it prints: build seconds (``write_generation``: SQLite, FAISS, sentence vectors,
BM25 index, no embedding), disk, then, in a fresh process, open seconds, resident memory (the
peak, and what is then the process's own and what is pages of mapped files), whole hybrid
search p50/p95 (``Searcher.search``, BM25 + FAISS + fusion; every question asked twice, and
every other one also limited to three reports) and recall@10 of the dense side against an
exact scan. ``--baseline-tree`` (a copy of the code before a change) opens and searches the
same collections in the same run. ``--dense-only`` sizes build only the vectors (flat and
HNSW) and time dense search.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

CHUNKS_PER_REPORT = 110
NOISE = 0.05

PROBE = """
import json, sys, time
import numpy as np
t0 = time.perf_counter()
from assistant.store import load_store
from assistant.search import Searcher
store = load_store(sys.argv[1])
searcher = Searcher(store, None)
opened = time.perf_counter() - t0
queries = json.loads(open(sys.argv[2]).read())
vectors = np.array([q["vector"] for q in queries], dtype=np.float32)
for q, v in zip(queries[:5], vectors):
    searcher.search(q["text"], k=10, query_vector=v)
seconds = []
for _ in range(2):
    for q, v in zip(queries, vectors):
        started = time.perf_counter()
        searcher.search(q["text"], k=10, query_vector=v)
        seconds.append(time.perf_counter() - started)
        if q["reports"]:  # the same question limited to a few reports, as a scoped one is
            started = time.perf_counter()
            searcher.search(q["text"], k=10, query_vector=v, reports=set(q["reports"]))
            seconds.append(time.perf_counter() - started)
# Peak and current resident memory of opening and searching (VmHWM: getrusage's maximum
# would carry over the parent's from before exec); mapped files count once their pages are
# read (they are the page cache's, given back under memory pressure).
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
rss = {key: int(status[key].split()[0]) / 1024
       for key in ("VmHWM", "VmRSS", "RssAnon", "RssFile")}
peak = rss["VmHWM"]
exact = store.vector_array()
recall = []
for v in vectors:
    truth = set(np.argsort(-(exact @ v), kind="stable")[:10].tolist())
    found = set(store.vectors.search(v.reshape(1, -1), 10)[1][0].tolist())
    recall.append(len(truth & found) / 10)
print(json.dumps({"open": opened, "rss_mb": peak, "anon_mb": rss["RssAnon"],
                  "file_mb": rss["RssFile"], "p50": float(np.median(seconds)),
                  "p95": float(np.percentile(seconds, 95)), "recall": float(np.mean(recall)),
                  "kind": store.manifest.vector_index, "searches": len(seconds)}))
"""


def load_source(index_dir: Path):
    from assistant.store import load_store

    store = load_store(index_dir)
    chunks = list(store.chunks)
    sentences = [store.sentences(i) for i in range(len(chunks))]
    return store, chunks, store.vector_array(), sentences


def noisy(rng, vectors: np.ndarray) -> np.ndarray:
    out = vectors + rng.normal(0, NOISE, vectors.shape).astype(np.float32)
    return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def synthesise(n: int, source, rng):
    """Chunks, chunk vectors and sentences of a synthetic collection of ``n`` chunks."""
    from dataclasses import replace

    from assistant.records import Report, ReportMetadata
    from assistant.store import Sentences

    _, chunks, vectors, sentences = source
    picks = rng.integers(0, len(chunks), n)
    extra = rng.integers(0, len(chunks), n)
    out_chunks, texts, counts, parts = [], [], [], []
    for row, (i, j) in enumerate(zip(picks, extra)):
        report = f"synthetic-{row // CHUNKS_PER_REPORT}"
        other = sentences[j][0][0] if sentences[j][0] else ""
        out_chunks.append(replace(chunks[i], report=report, text=f"{chunks[i].text} {other}",
                                  embed_text=f"{chunks[i].embed_text} {other}"))
        sentence_texts, sentence_vectors = sentences[i]
        texts.extend(sentence_texts)
        counts.append(len(sentence_texts))
        parts.append(sentence_vectors)
    chunk_vectors = noisy(rng, vectors[picks])
    # In blocks, as float16 (what the store keeps): a million chunks have 3 million sentences.
    sentence_vectors = np.empty((len(texts), vectors.shape[1]), dtype=np.float16)
    row = 0
    for start in range(0, len(parts), 50_000):
        block = noisy(rng, np.vstack(parts[start:start + 50_000]))
        sentence_vectors[row:row + len(block)] = block
        row += len(block)
    del parts
    reports = [Report(id=f"synthetic-{r}", source=f"synthetic-{r}.pdf", title=f"Synthetic {r}",
                      pages=None, paragraphs=(), judgements=(), metadata=ReportMetadata())
               for r in range((n + CHUNKS_PER_REPORT - 1) // CHUNKS_PER_REPORT)]
    return reports, out_chunks, chunk_vectors, Sentences(texts, counts, sentence_vectors)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def probe(index_dir: Path, queries_file: Path, n: int, tree: Path | None = None) -> dict:
    """Open ``index_dir`` in a new process (started in ``tree``: other code) and search it."""
    queries = json.loads(queries_file.read_text())
    reports = (n + CHUNKS_PER_REPORT - 1) // CHUNKS_PER_REPORT
    for i, query in enumerate(queries):  # every other question limited to three reports
        query["reports"] = [f"synthetic-{(i * 7919 + j) % reports}" for j in range(3)] \
            if i % 2 else []
    scoped = queries_file.with_name(f"queries-{n}.json")
    scoped.write_text(json.dumps(queries))
    out = subprocess.run([sys.executable, "-c", PROBE, str(index_dir.resolve()),
                          str(scoped.resolve())], check=True, capture_output=True, text=True,
                         cwd=tree).stdout
    return json.loads(out.strip().splitlines()[-1])


def full_size(n: int, source, rng, queries_file: Path, work: Path,
              baseline_tree: Path | None = None, baseline_max: int = 0) -> None:
    from assistant.store import Manifest, write_generation

    reports, chunks, vectors, sentences = synthesise(n, source, rng)
    manifest = Manifest(model="bundled:minilm", dimension=vectors.shape[1],
                        settings_hash="synthetic", created=time.time())
    index_dir = work / f"n{n}"
    started = time.perf_counter()
    generation = write_generation(index_dir, manifest, reports, chunks, vectors, sentences)
    build = time.perf_counter() - started
    disk = folder_size(generation)
    del reports, chunks, vectors, sentences
    runs = [("this tree", None)]
    if baseline_tree and n <= baseline_max:
        runs.append(("baseline", baseline_tree))
    for name, tree in runs:
        found = probe(index_dir, queries_file, n, tree)
        print(f"{n:>9,} chunks, {name}: build {build:6.1f} s, disk {disk / 2**20:7.1f} MB "
              f"({disk / n:,.0f} B/chunk), index {found['kind']}; open {found['open']:5.2f} s, "
              f"peak RSS {found['rss_mb']:7.1f} MB (then {found['anon_mb']:.0f} MB own + "
              f"{found['file_mb']:.0f} MB of mapped files); hybrid search over "
              f"{found['searches']} searches (half of them limited to 3 reports) p50 "
              f"{1000 * found['p50']:6.1f} ms, p95 {1000 * found['p95']:6.1f} ms; "
              f"dense recall@10 {found['recall']:.3f}", flush=True)
    shutil.rmtree(index_dir, ignore_errors=True)


def dense_only(n: int, source, rng, query_vectors: np.ndarray) -> None:
    import faiss

    from assistant.store import HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH, HNSW_M

    picks = rng.integers(0, len(source[2]), n)
    vectors = np.ascontiguousarray(noisy(rng, source[2][picks]))
    truth = [set(np.argsort(-(vectors @ q), kind="stable")[:10].tolist()) for q in query_vectors]
    faiss.omp_set_num_threads(2)
    started = time.perf_counter()
    hnsw = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    hnsw.hnsw.efSearch = HNSW_EF_SEARCH
    hnsw.add(vectors)
    build = time.perf_counter() - started
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    faiss.omp_set_num_threads(1)
    runs = [("flat", flat, None)] + [(f"hnsw{HNSW_M} efSearch {ef}", hnsw, ef)
                                     for ef in (HNSW_EF_SEARCH, 256, 512)]
    for name, index, ef in runs:
        if ef:
            index.hnsw.efSearch = ef
        seconds, recall = [], []
        for q, want in zip(query_vectors, truth):
            started = time.perf_counter()
            ids = index.search(q.reshape(1, -1), 40)[1][0]
            seconds.append(time.perf_counter() - started)
            recall.append(len(want & set(ids[:10].tolist())) / 10)
        extra = f", build {build:.1f} s" if ef else ""
        print(f"{n:>9,} vectors, dense only, {name}: search p50 "
              f"{1000 * statistics.median(seconds):6.2f} ms, p95 "
              f"{1000 * float(np.percentile(seconds, 95)):6.2f} ms, recall@10 "
              f"{np.mean(recall):.3f}{extra}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=Path("index"),
                        help="a built index whose chunks and vectors seed the collections")
    parser.add_argument("--questions", type=Path, action="append",
                        help="JSON lines with a 'question' field (repeatable)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--dense-only", type=int, nargs="*", default=[])
    parser.add_argument("--work", type=Path, help="folder for the synthetic indexes")
    parser.add_argument("--baseline-tree", type=Path,
                        help="the code before a change: it opens and searches the same "
                             "collections too (those up to --baseline-max chunks)")
    parser.add_argument("--baseline-max", type=int, default=100_000)
    args = parser.parse_args()

    from assistant.embedding import Embedder

    questions = []
    for file in args.questions or [Path("eval/corpus_topics.jsonl")]:
        questions += [json.loads(line)["question"] for line in
                      file.read_text("utf-8").splitlines() if line.strip()]
    query_vectors = Embedder("bundled:minilm").encode(questions)
    source = load_source(args.source)
    print(f"source {args.source}: {len(source[1])} chunks; {len(questions)} questions; "
          f"noise sigma {NOISE}", flush=True)
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory(dir=args.work) as folder:
        queries_file = Path(folder) / "queries.json"
        queries_file.write_text(json.dumps([{"text": q, "vector": v.tolist()}
                                            for q, v in zip(questions, query_vectors)]))
        for n in args.sizes:
            full_size(n, source, rng, queries_file, Path(folder), args.baseline_tree,
                      args.baseline_max)
    for n in args.dense_only:
        dense_only(n, source, rng, query_vectors)


if __name__ == "__main__":
    main()
