"""Pathological files are skipped with one line under the reading limits, never a hang or a crash.

Each crafted PDF is written here as raw bytes: a 5,000-page file, a page tree that loops, and a
decompression bomb (a small flate stream that inflates to megabytes of text operators, shared
by many pages). The limits are set low so the tests stay fast.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from assistant.cli import EXIT_SKIPPED, main
from assistant.config import builtin_sample
from assistant.reading import ReadError, read_document
from assistant.reading.worker import Limits, ReadingPool
from assistant.records import Report

PARSE = "assistant.indexing:parse_file"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object i+1 is ``objects[i]`` (object 1 the catalog), with a valid xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 6)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _pages(count: int, content: bytes) -> bytes:
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), FONT, content]
                + [PAGE] * count)


@pytest.fixture(scope="module")
def crafted(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("crafted")
    hello = _stream(b"BT /F1 12 Tf 72 700 Td (Hello page) Tj ET")
    bomb = b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * 3_000_000 + b"ET"  # 21 MB of operators
    loop = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                 b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
                 PAGE.replace(b"4 0 R", b"6 0 R").replace(b"3 0 R", b"5 0 R"), FONT, hello])
    files = {"many": _pages(5000, hello), "bomb": _pages(40, _stream(bomb, flate=True)),
             "loop": loop}
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths


def _read(paths: list[Path], limits: Limits) -> dict[str, object]:
    with ReadingPool(PARSE, limits, workers=2) as pool:
        return {Path(path).name: outcome for path, outcome in pool.map(map(str, paths))}


def test_pdf_over_the_page_limit_is_refused_before_its_pages_are_read(crafted):
    with pytest.raises(ReadError, match="5000 pages, more than the limit of 2000"):
        read_document(crafted["many"], max_pages=2000)


def test_page_tree_loop_is_skipped_with_one_line(crafted):
    outcome = _read([crafted["loop"]], Limits(seconds=20))["loop.pdf"]
    assert isinstance(outcome, str) and "\n" not in outcome


def test_decompression_bomb_is_stopped_at_the_time_limit_and_the_next_file_is_read(crafted):
    outcomes = _read([crafted["bomb"], builtin_sample()], Limits(seconds=2, memory_mb=2048))
    assert outcomes["bomb.pdf"] == "took longer than 2 s to read"
    assert isinstance(outcomes["sefton-2011.txt"], Report)


_GREEDY_READER = """
import os

failed_before = False

def read(path, max_pages):
    global failed_before
    if path.endswith("big.pdf"):
        failed_before = True
        return len(bytearray(500 * 2 ** 20))  # 500 MB
    return {"pid": os.getpid(), "failed_before": failed_before}
"""


def test_file_needing_more_memory_than_the_limit_is_skipped_and_the_worker_replaced(
        tmp_path, monkeypatch):
    # A real PDF near the cap fails in any of several ways (a MemoryError, an abort inside C
    # code, or a loop of retries that meets the time limit), depending on the machine: an
    # allocation past the cap is the same every time.
    (tmp_path / "greedy_reader.py").write_text(_GREEDY_READER, "utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    with ReadingPool("greedy_reader:read", Limits(seconds=20, memory_mb=30)) as pool:
        outcomes = dict(pool.map(["big.pdf", "small.pdf"]))
    assert outcomes["big.pdf"] == "needs more than 30 MB of memory to read"
    assert outcomes["small.pdf"]["failed_before"] is False  # a fresh worker, not the exhausted one


_DYING_READER = """
import os, sys

def read(path, max_pages):
    sys.stderr.write("Traceback (most recent call last):\\n" + LAST + "\\n")
    sys.stderr.flush()
    os._exit(1)
"""


@pytest.mark.parametrize("last, reason", [
    ("MemoryError", "needs more than 30 MB of memory to read"),
    ("ValueError: a broken table",
     "the reader crashed (exit status 1: ValueError: a broken table)"),
])
def test_a_worker_that_dies_is_explained_by_its_last_error_line(tmp_path, monkeypatch, last,
                                                                 reason):
    # A worker out of memory can fail while reporting it, and exits with a Python traceback.
    (tmp_path / "dying_reader.py").write_text(f"LAST = {last!r}\n" + _DYING_READER, "utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    with ReadingPool("dying_reader:read", Limits(seconds=20, memory_mb=30)) as pool:
        outcomes = dict(pool.map(["a.pdf", "b.pdf"]))
    assert outcomes == {"a.pdf": reason, "b.pdf": reason}  # each file gets a fresh worker


def test_build_skips_pathological_files_with_exit_3_and_keeps_the_index(crafted, tmp_path,
                                                                        capsys):
    config = tmp_path / "config.toml"
    config.write_text('[reading]\ntimeout_seconds = 8\n[model]\nruntime = "auto"\n', "utf-8")
    index = tmp_path / "index"
    assert main(["--config", str(config), "index", "--quiet", "--index-dir", str(index),
                 str(builtin_sample())]) == 0
    capsys.readouterr()
    code = main(["--config", str(config), "index", "--quiet", "--index-dir", str(index),
                 *map(str, crafted.values())])
    err = capsys.readouterr().err.splitlines()
    assert code == EXIT_SKIPPED
    skipped = [line for line in err if line.startswith("skipped ")]
    assert len(skipped) == 3
    assert any("many.pdf: the PDF has 5000 pages" in line for line in skipped), skipped
    assert any("bomb.pdf: took longer than 8 s" in line for line in skipped)
    assert main(["--config", str(config), "reports", "--json", "--index-dir", str(index)]) == 0
    assert '"report": "sefton-2011"' in capsys.readouterr().out
