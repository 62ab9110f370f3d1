"""Read files in worker processes under a time and a memory limit.

A pathological file (a decompression bomb, a page tree that loops, a PDF of thousands of pages)
must cost the build one skipped file, never a hang or an out-of-memory kill. Each worker is a
separate Python process (``python -m assistant.reading.worker``) with its address space capped
(``RLIMIT_AS``); the parent kills a worker that runs past the time limit, and starts a fresh
one for the next file. Plain subprocesses rather than ``multiprocessing``: they also run inside
a Dask worker, which is a daemon process and may not have ``multiprocessing`` children.

Messages are pickles framed by an 8-byte length, over the worker's stdin and stdout; a worker's
stray prints go to its stderr, a temporary file whose last line names the cause when a worker
dies (the file's one-line reason is what the user sees).

Example:
    >>> limits = Limits(seconds=60, memory_mb=1024)
    >>> with ReadingPool("assistant.indexing:parse_file", limits) as pool:   # doctest: +SKIP
    ...     for path, outcome in pool.map(["a.pdf", "b.pdf"]):
    ...         print(path, outcome if isinstance(outcome, str) else outcome.id)
"""

from __future__ import annotations

import importlib
import os
import pickle
import selectors
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_HEADER = struct.Struct("<Q")
# How running out of address space reads in a traceback's last line (a library's shared object
# that cannot be mapped fails its import).
_OUT_OF_MEMORY = ("MemoryError", "Cannot allocate memory", "failed to map segment")


@dataclass(frozen=True)
class Limits:
    """How long and how much memory reading one file may take.

    ``memory_mb`` is address space a worker may add beyond what it holds once started (its
    imports); ``max_pages`` is passed to the reader, which refuses longer PDFs at once.
    """

    seconds: float = 120.0
    memory_mb: int = 2048
    max_pages: int = 2000


class _Worker:
    """One worker process and the file it is reading, if any."""

    def __init__(self, target: str, limits: Limits):
        command = [sys.executable, "-m", "assistant.reading.worker", target,
                   str(limits.memory_mb), str(limits.max_pages)]
        self.errors = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.errors, bufsize=0)
        self.buffer = b""
        self.task: int | None = None
        self.started = 0.0

    def send(self, task: int, path: str) -> None:
        data = pickle.dumps(path)
        self.process.stdin.write(_HEADER.pack(len(data)) + data)
        self.task, self.started, self.buffer = task, time.monotonic(), b""

    def receive(self) -> tuple[bool, object]:
        """Read what is available; (True, result) once a whole message has arrived.

        Raises ``EOFError`` when the worker died.
        """
        chunk = os.read(self.process.stdout.fileno(), 1 << 20)
        if not chunk:
            raise EOFError
        self.buffer += chunk
        if len(self.buffer) < _HEADER.size:
            return False, None
        (size,) = _HEADER.unpack_from(self.buffer)
        if len(self.buffer) < _HEADER.size + size:
            return False, None
        return True, pickle.loads(self.buffer[_HEADER.size:_HEADER.size + size])  # (result, retire)

    def stop(self, kill: bool = False) -> None:
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                try:
                    self.process.stdin.close()  # end of input: the worker exits
                except OSError:
                    pass
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.errors):
            try:
                stream.close()
            except OSError:
                pass

    def last_error_line(self) -> str:
        """The last line the worker wrote to its stderr ("" if none), e.g. "MemoryError"."""
        try:
            self.errors.seek(max(0, self.errors.seek(0, os.SEEK_END) - 4096))
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return lines[-1].strip() if lines else ""


def _death_reason(worker: _Worker, limits: Limits) -> str:
    code = worker.process.wait()
    last = worker.last_error_line()
    if any(sign in last for sign in _OUT_OF_MEMORY):
        # Python ran out of memory where the worker could not answer (while reporting it).
        return f"needs more than {limits.memory_mb} MB of memory to read"
    if code < 0:
        # Killed (the kernel's OOM killer) or aborted (an allocation failing inside C code):
        # with the address space capped, running out of it is the likely cause.
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        return (f"the reader died ({name}), most likely past the memory limit "
                f"({limits.memory_mb} MB)")
    detail = f": {last[:120]}" if last else ""
    return f"the reader crashed (exit status {code}{detail})"


class ReadingPool:
    """Worker processes that apply ``target`` ("module:function") to files under ``limits``.

    ``target(path, max_pages=...)`` must return a picklable result; a file whose worker runs
    out of time or memory, or dies, gets a one-line reason (a ``str``) instead. ``size`` (the
    number of workers) may be raised while ``map`` runs: workers start as files remain.
    """

    def __init__(self, target: str, limits: Limits = Limits(), workers: int = 1):
        self.target = target
        self.limits = limits
        self.size = max(1, workers)
        self._workers: list[_Worker] = []

    def __enter__(self) -> ReadingPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop(kill=worker.task is not None)
        self._workers = []

    def map(self, paths: Iterable[str]) -> Iterator[tuple[str, object]]:
        """Yield ``(path, result or reason)`` in the order of ``paths``."""
        paths = list(paths)
        done: dict[int, object] = {}
        queue = list(range(len(paths)))
        queue.reverse()
        emitted = 0
        selector = selectors.DefaultSelector()
        try:
            while emitted < len(paths):
                while queue and (idle := self._idle_worker(selector)) is not None:
                    task = queue.pop()
                    try:
                        idle.send(task, paths[task])
                    except (BrokenPipeError, OSError):
                        done[task] = _death_reason(idle, self.limits)
                        self._replace(idle, selector)
                while emitted in done:
                    yield paths[emitted], done.pop(emitted)
                    emitted += 1
                busy = [w for w in self._workers if w.task is not None]
                if not busy:
                    continue
                now = time.monotonic()
                deadline = min(w.started + self.limits.seconds for w in busy)
                for key, _ in selector.select(timeout=max(0.0, deadline - now)):
                    worker = key.data
                    if worker.task is None:
                        continue
                    try:
                        complete, result = worker.receive()
                    except EOFError:
                        done[worker.task] = _death_reason(worker, self.limits)
                        self._replace(worker, selector)
                        continue
                    if complete:
                        done[worker.task], retire = result
                        worker.task = None
                        if retire:  # it ran out of memory: its heap is not to be trusted
                            self._replace(worker, selector)
                now = time.monotonic()
                for worker in [w for w in self._workers if w.task is not None]:
                    if now - worker.started >= self.limits.seconds:
                        done[worker.task] = (f"took longer than {self.limits.seconds:g} s "
                                             "to read")
                        self._replace(worker, selector)
                while emitted in done:
                    yield paths[emitted], done.pop(emitted)
                    emitted += 1
        finally:
            selector.close()

    def _idle_worker(self, selector: selectors.BaseSelector) -> _Worker | None:
        for worker in self._workers:
            if worker.task is None:
                return worker
        if len(self._workers) < self.size:
            worker = _Worker(self.target, self.limits)
            self._workers.append(worker)
            selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
            return worker
        return None

    def _replace(self, worker: _Worker, selector: selectors.BaseSelector) -> None:
        """Drop a dead or overrunning worker; the next file starts a fresh one."""
        try:
            selector.unregister(worker.process.stdout)
        except (KeyError, ValueError):
            pass
        worker.stop(kill=True)
        worker.task = None
        self._workers.remove(worker)


def _address_space() -> int | None:
    """Bytes of address space this process holds (Linux), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None


def _limit_memory(extra_mb: int) -> int | None:
    """Cap this process's address space at what it holds now plus ``extra_mb``; the cap."""
    now = _address_space()
    if now is None:
        return None  # not Linux: the time limit still applies
    import resource

    limit = now + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit


def _read_exact(stream, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _serve(target: str, memory_mb: int, max_pages: int) -> None:
    module, name = target.split(":")
    function = getattr(importlib.import_module(module), name)
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # stray prints must not corrupt the message stream
    start = _address_space() or 0
    limit = _limit_memory(memory_mb)

    def near_cap() -> bool:
        return limit is not None and (_address_space() or 0) > start + 0.75 * (limit - start)

    stdin = sys.stdin.buffer
    while True:
        header = _read_exact(stdin, _HEADER.size)
        if header is None:
            return
        path = pickle.loads(_read_exact(stdin, _HEADER.unpack(header)[0]))
        too_big = f"needs more than {memory_mb} MB of memory to read"
        out_of_memory = pickle.dumps((too_big, True))  # made now: no memory may be left later
        try:
            result = function(path, max_pages=max_pages)
            # Near the cap, C code fails in odd ways (a SystemError reads as a corrupt file):
            # such a failure is the memory limit's, and the worker is retired either way.
            near = near_cap() or (isinstance(result, str)
                                  and any(s in result for s in _OUT_OF_MEMORY))
            if near and isinstance(result, str):
                result = too_big
            data = pickle.dumps((result, near))
        except MemoryError:
            data = out_of_memory
        except Exception:
            if not near_cap():
                raise
            data = out_of_memory  # near the cap, whatever failed failed for want of memory
        out.write(_HEADER.pack(len(data)))
        out.write(data)


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
