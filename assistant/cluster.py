"""Reading and embedding on a Dask distributed cluster (``assistant index --cluster ADDRESS``).

Each file is one task: the worker reads it under the same limits as a local build (in a
reading process of its own, ``assistant.reading.worker``), chunks it and embeds the chunks and
their sentences with a model it loads once. The build on this machine gathers the results in
file order and writes the index exactly as a local build does (report ids, manifest, FAISS,
SQLite), so the index is the same; only the vectors may differ in the last float bits.

Example:
    >>> from dask.distributed import LocalCluster                     # doctest: +SKIP
    >>> cluster = LocalCluster(n_workers=2, threads_per_worker=1)    # doctest: +SKIP
    >>> build_index(paths, settings, cluster=cluster.scheduler_address)  # doctest: +SKIP
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from assistant.config import Settings

#: Embedders a worker process has loaded, by their settings (one model per worker).
_MODELS: dict[tuple, object] = {}
_LOADING = threading.Lock()  # a worker's threads share one model


class ClusterError(Exception):
    """The Dask scheduler cannot be reached; the message says what to check."""


def _embedder(settings: Settings):
    key = (settings.model_name, settings.batch_size, settings.runtime, settings.device,
           settings.quantized)
    with _LOADING:
        if key not in _MODELS:
            from assistant.embedding import Embedder

            _MODELS[key] = Embedder(settings.model_name, settings.batch_size,
                                    runtime=settings.runtime, device=settings.device,
                                    quantized=settings.quantized)
        return _MODELS[key]


def read_and_embed(path: str, settings: Settings):
    """The task a worker runs: an ``Embedded`` report, or the one-line reason it was skipped."""
    from assistant.indexing import embed_report, reading_limits
    from assistant.reading.worker import ReadingPool

    with ReadingPool("assistant.indexing:parse_file", reading_limits(settings)) as pool:
        [(_, parsed)] = list(pool.map([path]))
    if isinstance(parsed, str):
        return parsed
    return embed_report(parsed, settings, _embedder(settings))


def embedded_in_order(address: str, paths: list[str], settings: Settings) -> Iterator:
    """Yield ``(path, Embedded or reason)`` in the order of ``paths``, computed on the cluster
    at ``address`` (workers must see the files at the same paths)."""
    if not paths:
        return
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise ClusterError("--cluster needs dask.distributed: pip install distributed") from exc
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
    try:
        futures = client.map(read_and_embed, paths, settings=settings, pure=False)
        for path, future in zip(paths, futures):
            try:
                yield path, future.result()
            except Exception as exc:  # noqa: BLE001 - a task that died skips its file only
                yield path, f"the cluster could not read it ({type(exc).__name__}: {exc})"
            future.release()
    finally:
        client.close()
