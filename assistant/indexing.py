"""Build or update an index incrementally: read → parse → chunk → embed → store.

Unchanged files (same size and modification time, or same content hash) are neither parsed nor
embedded again; changed files are replaced; with ``prune`` the reports whose files were not found
in this run are removed. A changed model or chunking setting rebuilds everything. Unreadable
files are skipped with a reason and the previous version of them, if any, is kept.

Example:
    >>> from assistant.config import Settings
    >>> result = build_index([Path("assistant/data/sefton-2011.txt")], Settings())  # doctest: +SKIP
    >>> result.added
    ['sefton-2011']
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from assistant.chunking import chunk_report, sentence_embed_text, sentence_texts
from assistant.config import Settings
from assistant.reading import SUPPORTED_SUFFIXES, ReadError, content_hash, read_document
from assistant.reading.worker import Limits, ReadingPool
from assistant.records import Chunk, Report
from assistant.store import (FORMAT, Manifest, ReportEntry, Sentences, Store, StoreError,
                             build_lock, current_generation, load_store, read_manifest,
                             write_generation)
from assistant.structure import parse_report


@dataclass
class BuildResult:
    """What a build did, report ids (or paths, for skips) per outcome."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    rebuild_reason: str | None = None
    chunks_embedded: int = 0
    total_chunks: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuild_reason)


class Progress:
    """Hooks a front end can implement to show progress; the default draws no bars and
    writes messages (a rebuild's reason) to stderr."""

    def files(self, total: int) -> None: ...
    def file_done(self, path: str) -> None: ...
    def chunks(self, total: int) -> None: ...
    def chunks_done(self, count: int) -> None: ...

    def message(self, text: str) -> None:
        print(text, file=sys.stderr)

    def close(self) -> None: ...


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Report files under ``paths`` (folders searched recursively), and paths that fail."""
    found: list[Path] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                problems.append((str(path), "folder holds no .pdf, .txt or .md reports"))
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            problems.append((str(path), "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, problems


def parse_file(path: str, max_pages: int | None = None) -> Report | str:
    """Read and parse one file; an unreadable file gives its one-line reason instead."""
    try:
        return parse_report(read_document(path, max_pages))
    except ReadError as exc:
        return str(exc)
    except MemoryError:
        raise  # the reading worker reports it against its memory limit
    except Exception as exc:  # noqa: BLE001 - one odd file must never stop a build
        return f"could not parse ({type(exc).__name__}: {exc})"


def reading_limits(settings: Settings) -> Limits:
    """The time, memory and page limits one file is read under."""
    return Limits(settings.read_seconds, settings.read_memory_mb, settings.max_pages)


def reading_workers(settings: Settings, files: int, on_gpu: bool = False) -> int:
    """How many files are read at once: ``[reading] workers``, or by default ("auto") two
    while the model embeds on the CPU, whose other cores it needs, and one per core once it
    runs on a GPU, where the cores are otherwise idle and two readers would be the slowest
    part of the build."""
    cores = os.cpu_count() or 1
    wanted = settings.read_workers or (cores if on_gpu else 2)
    return max(1, min(wanted, cores, files))


def _parsed_in_order(pool: ReadingPool, paths: list[str]) -> Iterator[tuple[str, Report | str]]:
    """Parse files in ``pool``'s worker processes, so parsing overlaps embedding and a
    pathological file is skipped rather than hanging or exhausting the build."""
    with pool:
        yield from pool.map(paths)


def _on_gpu(embedder) -> bool:
    return str(getattr(embedder, "device", "cpu")).startswith("cuda")


def _unique_id(report: Report, taken: set[str]) -> Report:
    candidate, n = report.id, 2
    while candidate in taken:
        candidate, n = f"{report.id}-{n}", n + 1
    if candidate == report.id:
        return report
    return replace(report, id=candidate)


def _previous(settings: Settings) -> tuple[Store | None, str | None]:
    """The live generation, unless it was built with other settings (then a reason)."""
    if current_generation(settings.index_dir) is None:
        return None, None
    try:
        manifest = read_manifest(settings.index_dir)
        if manifest.format != FORMAT:
            return None, "the index was written by another version; rebuilding every report"
        if manifest.model != settings.model_name:
            return None, (f"the model changed ({manifest.model} → {settings.model_name}); "
                          "rebuilding every report")
        if manifest.settings_hash != settings.index_settings_hash():
            return None, "chunking settings changed; rebuilding every report"
        return load_store(settings.index_dir), None
    except StoreError as exc:
        return None, f"the existing index is unreadable ({exc}); rebuilding"


@dataclass(frozen=True)
class Embedded:
    """One report's chunks and vectors: chunk vectors in chunk order, then each chunk's
    sentences (``sentences[i]`` for chunk i) and their vectors, in the same order."""

    report: Report
    chunks: list[Chunk]
    chunk_vectors: np.ndarray
    sentences: list[list[str]]
    sentence_vectors: np.ndarray

    @property
    def texts(self) -> int:
        """How many texts were embedded."""
        return len(self.chunk_vectors) + len(self.sentence_vectors)

    def for_report(self, report: Report) -> Embedded:
        """The same chunks under ``report``'s id (the build may rename a report; the text the
        model saw names the report by its label, so no vector changes)."""
        if report.id == self.report.id:
            return replace(self, report=report)
        return replace(self, report=report,
                       chunks=[replace(c, report=report.id) for c in self.chunks])


def embed_report(report: Report, settings: Settings, embedder,
                 progress: Progress | None = None) -> Embedded:
    """Chunk a parsed report and embed its chunks and their sentences."""
    chunks = list(chunk_report(report, settings.max_tokens, settings.overlap_tokens,
                               embedder.count_tokens))
    per_chunk = [sentence_texts(c) for c in chunks]
    texts = [c.embed_text for c in chunks] + [
        sentence_embed_text(c, x) for c, xs in zip(chunks, per_chunk) for x in xs]
    if progress:
        progress.chunks(len(texts))
    vectors = embedder.encode(texts, progress=progress.chunks_done if progress else None)
    return Embedded(report, chunks, vectors[:len(chunks)], per_chunk, vectors[len(chunks):])


def build_index(paths: list[Path], settings: Settings, prune: bool = False,
                progress: Progress | None = None,
                embedder_factory: Callable[[], object] | None = None,
                cluster: str | None = None) -> BuildResult:
    """Bring the index at ``settings.index_dir`` up to date with the report files in ``paths``.

    ``cluster``: the address of a Dask scheduler; reading and embedding then run on its
    workers (``assistant.cluster``), and the index written is the one a local build writes.
    """
    progress = progress or Progress()
    started = time.perf_counter()
    with build_lock(settings.index_dir):
        result = BuildResult()
        old, result.rebuild_reason = _previous(settings)
        if result.rebuild_reason:
            progress.message(result.rebuild_reason)
        old_entries = old.manifest.reports if old else {}
        files, problems = discover(paths)
        result.skipped.extend(problems)
        progress.files(len(files))

        keep: dict[str, ReportEntry] = {}      # source → entry carried over unchanged
        to_parse: list[tuple[str, str, os.stat_result]] = []  # (source, hash, stat)
        for path in files:
            source, stat = str(path), path.stat()
            entry = old_entries.get(source)
            if entry and entry.size == stat.st_size and entry.mtime_ns == stat.st_mtime_ns:
                keep[source] = entry
                progress.file_done(source)
                continue
            digest = content_hash(path.read_bytes())
            if entry and entry.content_hash == digest:
                keep[source] = replace(entry, size=stat.st_size, mtime_ns=stat.st_mtime_ns)
                progress.file_done(source)
                continue
            to_parse.append((source, digest, stat))
        result.unchanged = [keep[s].id for s in keep]

        seen = {str(p) for p in files}
        dropped = [s for s in old_entries if s not in seen and prune]
        result.removed = [old_entries[s].id for s in dropped]
        # Reports not found this run but not pruned stay as they are.
        for source, entry in old_entries.items():
            if source not in seen and not prune:
                keep[source] = entry

        taken = {entry.id for entry in keep.values()}
        new_reports: list[tuple[Report, str, os.stat_result]] = []
        new_chunks: list[Chunk] = []
        new_vectors: list[np.ndarray] = []
        new_sentences = Sentences([], [], np.zeros((0, 0), np.float32))
        sentence_vectors: list[np.ndarray] = []
        embedder = None
        dimension = old.manifest.dimension if old else 0
        sources = [s for s, _, _ in to_parse]
        pool = None
        if cluster:
            from assistant.cluster import embedded_in_order

            outcomes = embedded_in_order(cluster, sources, settings)
        else:
            pool = ReadingPool("assistant.indexing:parse_file", reading_limits(settings),
                               reading_workers(settings, len(sources)))
            outcomes = _parsed_in_order(pool, sources)
        for (source, digest, stat), (_, outcome) in zip(to_parse, outcomes):
            progress.file_done(source)
            if isinstance(outcome, str):
                result.skipped.append((source, outcome))
                if source in old_entries and source not in keep:
                    keep[source] = old_entries[source]  # keep the last good version
                    taken.add(old_entries[source].id)
                continue
            parsed = outcome.report if isinstance(outcome, Embedded) else outcome
            previous_entry = old_entries.get(source)
            report = replace(parsed, source=source)
            if previous_entry:
                report = replace(report, id=previous_entry.id)
            report = _unique_id(report, taken)
            taken.add(report.id)
            if isinstance(outcome, Embedded):
                embedded = outcome.for_report(report)
                progress.chunks(embedded.texts)
                progress.chunks_done(embedded.texts)
            else:
                if embedder is None:
                    embedder = (embedder_factory or _default_embedder(settings))()
                    if pool and _on_gpu(embedder):  # the readers start as files remain
                        pool.size = reading_workers(settings, len(sources), on_gpu=True)
                embedded = embed_report(report, settings, embedder, progress)
            dimension = embedded.chunk_vectors.shape[1]
            new_reports.append((report, digest, stat))
            new_chunks.extend(embedded.chunks)
            new_vectors.append(embedded.chunk_vectors)
            sentence_vectors.append(embedded.sentence_vectors)
            new_sentences.texts.extend(x for xs in embedded.sentences for x in xs)
            new_sentences.counts.extend(len(xs) for xs in embedded.sentences)
            (result.updated if previous_entry else result.added).append(report.id)
        result.chunks_embedded = len(new_chunks)

        # A generation from before the BM25 index was stored is copied into one with it.
        upgrade = old is not None and old.lexical is None and len(old.chunks) > 0
        if upgrade and not (new_reports or dropped):
            progress.message("the index was written by an older version: adding its stored "
                             "search index (no report is embedded again)")
        if (not new_reports and not dropped and not result.rebuild_reason and not upgrade) \
                or not dimension:
            # Nothing new was embedded and nothing removed: the live index stays as it is.
            result.total_chunks = len(old.chunks) if old else 0
            result.seconds = time.perf_counter() - started
            return result

        kept_ids = {entry.id for entry in keep.values()}
        reports: list[Report] = []
        chunks: list[Chunk] = []
        vectors_parts: list[np.ndarray] = []
        sentences = Sentences([], [], np.zeros((0, dimension), np.float32))
        sentence_parts: list[np.ndarray] = []
        base_index = None
        if old is not None and kept_ids:
            old_vectors = old.vector_array()
            old_chunks = list(old.chunks)  # read once: the store reads chunks as used
            rows = [i for i, c in enumerate(old_chunks) if c.report in kept_ids]
            if len(rows) == len(old_chunks) and old.manifest.vector_index != "flat":
                base_index = old.path / "vectors.faiss"  # only additions: extend the graph
            chunks.extend(old_chunks[i] for i in rows)
            vectors_parts.append(old_vectors[rows])
            for i in rows:
                texts, kept_vectors = old.sentences(i)
                sentences.texts.extend(texts)
                sentences.counts.append(len(texts))
                sentence_parts.append(kept_vectors)
            reports.extend(old.report(i) for i in sorted(kept_ids))
        reports.extend(r for r, _, _ in new_reports)
        chunks.extend(new_chunks)
        vectors_parts.extend(new_vectors)
        sentences.texts.extend(new_sentences.texts)
        sentences.counts.extend(new_sentences.counts)
        sentence_parts.extend(sentence_vectors)
        vectors = (np.vstack(vectors_parts) if vectors_parts
                   else np.zeros((0, dimension), dtype=np.float32))
        sentences = replace(sentences, vectors=np.vstack(sentence_parts) if sentence_parts
                            else np.zeros((0, dimension), dtype=np.float32))

        entries = dict(keep)
        for report, digest, stat in new_reports:
            count = sum(1 for c in new_chunks if c.report == report.id)
            entries[report.source] = ReportEntry(report.id, digest, stat.st_size,
                                                 stat.st_mtime_ns, count)
        manifest = Manifest(model=settings.model_name, dimension=dimension,
                            settings_hash=settings.index_settings_hash(),
                            reports=entries, created=time.time())
        write_generation(settings.index_dir, manifest, reports, chunks, vectors, sentences,
                         base_index=base_index, exact_limit=settings.exact_limit)
        result.total_chunks = len(chunks)
        result.seconds = time.perf_counter() - started
        return result


def _default_embedder(settings: Settings) -> Callable[[], object]:
    def make():
        from assistant.embedding import Embedder

        return Embedder(settings.model_name, settings.batch_size, runtime=settings.runtime,
                        device=settings.device, quantized=settings.quantized)

    return make
