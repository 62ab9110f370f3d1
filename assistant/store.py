"""The index on disk: FAISS vectors, chunks and reports in SQLite, and a manifest.

Layout of an index folder::

    index/
      CURRENT            name of the live generation (replaced atomically)
      gen-<ns>/          one complete generation
        manifest.json    model, dimension, settings hash, one entry per report
        store.sqlite     reports (JSON, no pickle) and chunks; chunk position = vector row
        vectors.faiss    inner-product FAISS index of L2-normalised chunk vectors: exact
                         (flat) up to EXACT_LIMIT chunks, HNSW beyond; memory-mapped on load
        sentences.npy    float16 vectors of every chunk's sentences (to pick answer sentences)
        sentence_start.npy  row of each chunk's first sentence (one extra row at the end)
        chunk_reports.npy   each chunk's report, as its place among the sorted report ids
        lexical*         the BM25 index of the chunks (``assistant/lexical.py``), memory-mapped
      .build.lock        held by the one build allowed at a time

A build writes a new generation beside the live one and then swaps ``CURRENT``, so a build
killed at any moment leaves the previous generation loadable. Opening a generation reads nothing
in proportion to its size: vectors and the BM25 index are memory-mapped and chunks are read
from SQLite when used. (A generation written before ``chunk_reports.npy`` and the BM25 index
were stored still opens; its search index is then computed in memory.)

Example:
    >>> store = load_store("index")              # doctest: +SKIP
    >>> store.manifest.model, len(store.chunks)  # doctest: +SKIP
    ('bundled:minilm', 140)
"""

from __future__ import annotations

import fcntl
import json
import operator
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from assistant.lexical import LexicalIndex, mapped, terms
from assistant.records import Chunk, Judgement, Report, ReportMetadata, report_label

FORMAT = 3  # 2: chunks point at their paragraph's index; 3: paragraphs record their page turns
#: Up to this many chunks the dense index is exact (a flat scan: 31 ms per query at 100,000
#: on a busy core, 149 ms at 10^6); beyond it, HNSW (a few ms; bench_scale.py).
EXACT_LIMIT = 100_000
HNSW_M = 32  # graph neighbours per vector
HNSW_EF_CONSTRUCTION = 80
#: Stored in the index: candidates walked per query. At 10^6 vectors recall@10 is 0.920 at
#: 128, 0.945 at 256 and 0.965 at 512 (p95 1.9, 2.8 and 5.1 ms; bench_scale.py).
HNSW_EF_SEARCH = 512
CURRENT = "CURRENT"
CHUNK_REPORTS = "chunk_reports.npy"
LOCK = ".build.lock"


class StoreError(Exception):
    """The index is missing, unreadable or busy; the message says what to do."""


@dataclass(frozen=True)
class ReportEntry:
    """What the manifest remembers of one indexed file."""

    id: str
    content_hash: str
    size: int
    mtime_ns: int
    chunks: int


@dataclass(frozen=True)
class Manifest:
    model: str
    dimension: int
    settings_hash: str
    reports: dict[str, ReportEntry] = field(default_factory=dict)  # keyed by source path
    created: float = 0.0
    format: int = FORMAT
    #: "flat" (exact inner product) or "hnsw32" (approximate), chosen by size when written.
    vector_index: str = "flat"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        data["reports"] = {k: ReportEntry(**v) for k, v in data["reports"].items()}
        return cls(**data)


@dataclass(frozen=True)
class ReportSummary:
    """A report's facts without its text: what ``assistant reports`` lists and routing uses."""

    id: str
    source: str
    title: str
    pages: int | None
    paragraphs: int
    chunks: int
    metadata: ReportMetadata
    judgements: tuple[Judgement, ...]

    @property
    def label(self) -> str:
        return report_label(self.metadata, self.title, self.id)

    def to_json(self) -> dict:
        return {
            "report": self.id, "source": self.source, "title": self.title, "pages": self.pages,
            "paragraphs": self.paragraphs, "chunks": self.chunks,
            "metadata": asdict(self.metadata),
            "judgements": [
                {"part": j.part, "area": j.area, "grade": j.grade, "grade_number": j.grade_number,
                 "paragraph": j.paragraph, "page": j.page, "origin": j.origin}
                for j in self.judgements],
        }


def summarise(report: Report, chunks: int) -> ReportSummary:
    return ReportSummary(
        id=report.id, source=report.source, title=report.title,
        pages=report.pages, paragraphs=sum(1 for p in report.paragraphs if p.number is not None),
        chunks=chunks, metadata=report.metadata, judgements=report.judgements)


_CHUNK_COLUMNS = "report, paragraph, page, section, text, embed_text, paragraph_index, kind"


class ChunkTable(Sequence):
    """The chunks of a generation in row (vector) order, read from SQLite when first used, so
    searching a million chunks never holds all their texts; recently used ones are kept, and
    all of them once something iterates over them (one read, however often it iterates)."""

    CACHED = 4096

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        row = db.execute("SELECT MAX(position) FROM chunks").fetchone()
        self._length = 0 if row[0] is None else row[0] + 1
        self._cache: dict[int, Chunk] = {}
        self._all: list[Chunk] | None = None

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, position):
        if self._all is not None:
            return self._all[position]
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(self._length))]
        position = operator.index(position)  # numpy integers too (SQLite binds only int)
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError(f"chunk {position} of {self._length}")
        chunk = self._cache.get(position)
        if chunk is None:
            row = self._db.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE position = ?",
                                   (position,)).fetchone()
            chunk = Chunk(*row)
            if len(self._cache) >= self.CACHED:
                self._cache.clear()
            self._cache[position] = chunk
        return chunk

    def __iter__(self) -> Iterator[Chunk]:
        if self._all is None:
            rows = self._db.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks ORDER BY position").fetchall()
            self._all = [Chunk(*row) for row in rows]
            self._cache.clear()
        return iter(self._all)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


class Store:
    """One loaded generation: manifest, chunks in vector order, vectors, report summaries, and
    the BM25 index when the generation holds one."""

    #: Chunks whose sentence texts are remembered (about 2 KB each; 16 MB at most).
    CACHED_SENTENCE_CHUNKS = 8192

    def __init__(self, path: Path):
        self.path = path
        try:
            self.manifest = Manifest.from_json((path / "manifest.json").read_text("utf-8"))
            self._db = sqlite3.connect(f"file:{path / 'store.sqlite'}?mode=ro", uri=True,
                                       check_same_thread=False)
            self.chunks = ChunkTable(self._db)
            summaries = self._db.execute("SELECT summary FROM reports ORDER BY id").fetchall()
        except (OSError, sqlite3.Error, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise StoreError(f"index at {path.parent} is unreadable ({exc}); "
                             "rebuild it with `assistant index`") from exc
        try:
            # Plain views of the mappings: slicing a np.memmap costs several times more, and
            # every question slices them for each paragraph it scores.
            self.sentence_start = mapped(path / "sentence_start.npy")
            self.sentence_vectors = mapped(path / "sentences.npy")
            self.lexical = LexicalIndex.read(path)
        except (OSError, ValueError, KeyError) as exc:
            raise StoreError(f"index at {path.parent} is incomplete ({exc}); "
                             "rebuild it with `assistant index`") from exc
        self.summaries = {s.id: s for s in (_summary_from_json(json.loads(r[0]))
                                            for r in summaries)}
        # Memory-mapped, so opening reads no vectors; a later build deleting this generation
        # cannot break us either, since a mapping keeps its deleted file alive.
        try:
            self.vectors = read_vectors(path / "vectors.faiss")
        except RuntimeError as exc:
            raise StoreError(f"index at {path.parent} has unreadable vectors; "
                             "rebuild it with `assistant index`") from exc
        self._reports: dict[str, Report] = {}
        self._sentence_texts: dict[int, list[str]] = {}
        #: Sorted; ``chunk_reports`` gives each chunk's place in it.
        self.report_ids = sorted(self.summaries)

    def chunk_reports(self) -> np.ndarray:
        """Each chunk's report as its index in ``report_ids`` (int32, one per chunk row)."""
        file = self.path / CHUNK_REPORTS
        if file.is_file():
            return mapped(file)
        return report_codes((c.report for c in self.chunks), self.report_ids)

    def vector_array(self) -> np.ndarray:
        index = self.vectors
        if index.ntotal == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return index.reconstruct_n(0, index.ntotal)

    def sentences(self, position: int) -> tuple[list[str], np.ndarray]:
        """The sentences of chunk ``position`` and their vectors (float32)."""
        start, end = int(self.sentence_start[position]), int(self.sentence_start[position + 1])
        rows = self._db.execute("SELECT text FROM sentences WHERE position >= ? AND position < ?"
                                " ORDER BY position", (start, end)).fetchall()
        return [r[0] for r in rows], np.asarray(self.sentence_vectors[start:end], np.float32)

    def sentences_of(self, positions: list[int], vectors: bool = True
                     ) -> dict[int, tuple[list[str], np.ndarray | None]]:
        """``sentences`` of several chunks, their texts read in one query (``vectors`` False:
        without their vectors)."""
        spans = {p: (int(self.sentence_start[p]), int(self.sentence_start[p + 1]))
                 for p in positions}
        rows = sorted({row for start, end in spans.values() for row in range(start, end)})
        texts: dict[int, str] = {}
        for at in range(0, len(rows), 900):  # SQLite's limit on bound values
            part = rows[at:at + 900]
            texts.update(self._db.execute(
                f"SELECT position, text FROM sentences WHERE position IN "
                f"({','.join('?' * len(part))})", part).fetchall())
        return {p: ([texts[row] for row in range(start, end)],
                    np.asarray(self.sentence_vectors[start:end], np.float32) if vectors else None)
                for p, (start, end) in spans.items()}

    def sentence_block(self, positions: list[int]) -> tuple[dict[int, list[str]], np.ndarray]:
        """The sentences of several chunks: each chunk's texts, and all their vectors
        (float32) in one array, chunk after chunk in the order of ``positions``.

        A chunk's texts are remembered (questions score the same paragraphs again and again);
        its vectors are read from the mapping.

        Example:
            >>> texts, vectors = store.sentence_block([3, 4])  # doctest: +SKIP
            >>> len(vectors) == len(texts[3]) + len(texts[4])  # doctest: +SKIP
            True
        """
        known = {p: self._sentence_texts.get(p) for p in positions}
        missing = [p for p, texts in known.items() if texts is None]
        if missing:
            read = {p: texts for p, (texts, _) in
                    self.sentences_of(missing, vectors=False).items()}
            if len(self._sentence_texts) + len(read) > self.CACHED_SENTENCE_CHUNKS:
                self._sentence_texts.clear()
            self._sentence_texts.update(read)
            known.update(read)  # whatever another thread does to the cache meanwhile
        texts = {p: known[p] for p in positions}
        starts = self.sentence_start
        rows = [np.arange(starts[p], starts[p + 1]) for p in positions]
        picked = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        return texts, np.asarray(self.sentence_vectors[picked], np.float32)

    def report(self, report_id: str) -> Report:
        """The full parsed report (paragraph texts included), read on first use."""
        if report_id not in self._reports:
            row = self._db.execute("SELECT data FROM reports WHERE id = ?",
                                   (report_id,)).fetchone()
            if row is None:
                raise StoreError(f"no report {report_id!r} in the index")
            self._reports[report_id] = Report.from_dict(json.loads(row[0]))
        return self._reports[report_id]


def report_codes(reports, report_ids: list[str]) -> np.ndarray:
    """``reports`` (one id per chunk) as indexes into the sorted ``report_ids``."""
    place = {r: i for i, r in enumerate(report_ids)}
    return np.fromiter((place[r] for r in reports), dtype=np.int32)


def read_vectors(file: Path):
    """A FAISS index from disk, its vectors memory-mapped where FAISS can (flat indexes)."""
    import faiss

    flag = getattr(faiss, "IO_FLAG_MMAP_IFC", None)
    if flag is not None:
        try:
            return faiss.read_index(str(file), flag)
        except RuntimeError:
            pass  # an index type FAISS cannot map: read it whole
    return faiss.read_index(str(file))


def _summary_from_json(d: dict) -> ReportSummary:
    return ReportSummary(
        id=d["report"], source=d["source"], title=d["title"],
        pages=d["pages"], paragraphs=d["paragraphs"], chunks=d["chunks"],
        metadata=ReportMetadata(**d["metadata"]),
        judgements=tuple(Judgement(**j) for j in d["judgements"]))


def current_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        return None
    name = pointer.read_text("utf-8").strip()
    return index_dir / name if name else None


def read_manifest(index_dir: str | Path) -> Manifest:
    """The live generation's manifest alone (cheap: no chunks or vectors are read)."""
    generation = current_generation(Path(index_dir))
    try:
        return Manifest.from_json((generation / "manifest.json").read_text("utf-8"))
    except (OSError, TypeError, ValueError, KeyError) as exc:
        raise StoreError(f"index at {index_dir} has no readable manifest ({exc})") from exc


def load_store(index_dir: str | Path) -> Store:
    """Open the live generation of an index folder; ``StoreError`` if there is none."""
    index_dir = Path(index_dir)
    generation = current_generation(index_dir)
    if generation is None or not generation.is_dir():
        raise StoreError(f"no index at {index_dir}; build one with `assistant index`")
    return Store(generation)


@dataclass(frozen=True)
class Sentences:
    """Sentences of chunks in chunk order: ``counts[i]`` of them belong to chunk i."""

    texts: list[str]
    counts: list[int]
    vectors: np.ndarray


def vector_index(vectors: np.ndarray, dimension: int, base: Path | None = None,
                 exact_limit: int = EXACT_LIMIT):
    """The FAISS index for ``vectors``: exact up to ``exact_limit`` of them, HNSW beyond.

    ``base`` is the file of a previous generation's index holding the first rows of
    ``vectors``; if it is HNSW, the new rows are added to it rather than building the graph
    again, so adding a report to a large collection costs about that report. (Read whole: a
    memory-mapped index cannot grow.)
    """
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if len(vectors) <= exact_limit:
        index = faiss.IndexFlatIP(dimension)
        if len(vectors):
            index.add(vectors)
        return index, "flat"
    faiss.omp_set_num_threads(os.cpu_count() or 1)  # searches set it to 1; a build uses all
    index = faiss.read_index(str(base)) if base is not None else None
    if isinstance(index, faiss.IndexHNSW) and index.ntotal <= len(vectors):
        index.add(vectors[index.ntotal:])
        return index, f"hnsw{HNSW_M}"
    index = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.hnsw.efSearch = HNSW_EF_SEARCH
    index.add(vectors)
    return index, f"hnsw{HNSW_M}"


def write_generation(index_dir: Path, manifest: Manifest, reports: list[Report],
                     chunks: list[Chunk], vectors: np.ndarray, sentences: Sentences,
                     base_index: Path | None = None, exact_limit: int = EXACT_LIMIT) -> Path:
    """Write a complete new generation, then make it live with one atomic rename.

    ``base_index``, ``exact_limit``: see ``vector_index``.
    """
    import faiss

    if len(chunks) != len(vectors) or len(chunks) != len(sentences.counts):
        raise ValueError(f"{len(chunks)} chunks, {len(vectors)} vectors, "
                         f"{len(sentences.counts)} sentence counts")
    index_dir.mkdir(parents=True, exist_ok=True)
    generation = index_dir / f"gen-{time.time_ns()}"
    staging = index_dir / f".{generation.name}.partial"
    staging.mkdir()
    per_report: dict[str, int] = {}
    for chunk in chunks:
        per_report[chunk.report] = per_report.get(chunk.report, 0) + 1
    db = sqlite3.connect(staging / "store.sqlite")
    with db:
        db.execute("CREATE TABLE reports (id TEXT PRIMARY KEY, source TEXT NOT NULL,"
                   " summary TEXT NOT NULL, data TEXT NOT NULL)")
        db.execute("CREATE TABLE chunks (position INTEGER PRIMARY KEY, report TEXT NOT NULL,"
                   " paragraph INTEGER, page INTEGER, section TEXT, text TEXT NOT NULL,"
                   " embed_text TEXT NOT NULL, paragraph_index INTEGER NOT NULL, kind TEXT)")
        db.executemany("INSERT INTO reports VALUES (?, ?, ?, ?)", [
            (r.id, r.source, json.dumps(summarise(r, per_report.get(r.id, 0)).to_json()),
             json.dumps(r.to_dict())) for r in reports])
        db.executemany("INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (i, c.report, c.paragraph, c.page, c.section, c.text, c.embed_text, c.paragraph_index,
             c.kind)
            for i, c in enumerate(chunks)])
        db.execute("CREATE TABLE sentences (position INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        db.executemany("INSERT INTO sentences VALUES (?, ?)", enumerate(sentences.texts))
    db.close()
    np.save(staging / "sentence_start.npy",
            np.concatenate([[0], np.cumsum(sentences.counts, dtype=np.int64)]).astype(np.int64))
    np.save(staging / "sentences.npy", np.asarray(sentences.vectors, dtype=np.float16))
    np.save(staging / CHUNK_REPORTS,
            report_codes((c.report for c in chunks), sorted(r.id for r in reports)))
    LexicalIndex.build(terms(c.embed_text) for c in chunks).write(staging)
    index, kind = vector_index(vectors, manifest.dimension, base_index, exact_limit)
    faiss.write_index(index, str(staging / "vectors.faiss"))
    manifest = replace(manifest, vector_index=kind)
    (staging / "manifest.json").write_text(manifest.to_json(), "utf-8")
    _fsync_tree(staging)
    staging.rename(generation)
    _replace_pointer(index_dir, generation.name)
    _remove_old_generations(index_dir, keep=generation.name)
    return generation


def _fsync_tree(folder: Path) -> None:
    for item in folder.iterdir():
        with open(item, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_pointer(index_dir: Path, name: str) -> None:
    temporary = index_dir / f".{CURRENT}.{os.getpid()}"
    temporary.write_text(name + "\n", "utf-8")
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, index_dir / CURRENT)
    _fsync_dir(index_dir)


def _remove_old_generations(index_dir: Path, keep: str) -> None:
    """Delete superseded generations and leftovers of killed builds."""
    for item in index_dir.iterdir():
        if item.name == keep or not item.is_dir():
            continue
        if item.name.startswith(("gen-", ".gen-")):
            shutil.rmtree(item, ignore_errors=True)


@contextmanager
def build_lock(index_dir: Path):
    """Hold the index's build lock, or raise ``StoreError`` if another build holds it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    handle = open(index_dir / LOCK, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"another build is writing the index at {index_dir}; "
                             "wait for it to finish and run again") from exc
        yield
    finally:
        handle.close()
