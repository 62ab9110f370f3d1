"""`index --cluster`: reading and embedding on Dask workers write the index a local build writes.

A ``LocalCluster`` of two workers (threads in this process, each file still read in its own
reading process under the limits) builds the same small set of files as a local build: two
reports, a file that is not UTF-8 and a PDF whose page tree loops.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.cli import EXIT_ERROR, main
from assistant.config import Settings
from assistant.indexing import build_index
from assistant.store import load_store

REPORTS = {
    "testshire-2020.txt": "Inspection of children's services: Testshire 2020\n\n"
    "1. Testshire's fostering service recruits foster carers quickly and supports them well. "
    "Carers say training is good.\n\n2. Leaders know the service's strengths and weaknesses.\n",
    "exshire-2019.txt": "Inspection of children's services: Exshire 2019\n\n"
    "1. Social workers visit children regularly. Caseloads are manageable.\n\n"
    "2. Care leavers receive good help to find homes and work.\n",
}
LOOP = (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cluster-files")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 report".encode("latin-1"))
    (folder / "loop.pdf").write_bytes(LOOP)
    return folder


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_cluster_build_writes_the_index_a_local_build_writes(files, scheduler, tmp_path):
    local = Settings(index_dir=tmp_path / "local", runtime="onnx")
    remote = replace(local, index_dir=tmp_path / "remote")
    local_result = build_index([files], local)
    remote_result = build_index([files], remote, cluster=scheduler)

    assert remote_result.added == local_result.added and len(local_result.added) == 2
    assert remote_result.skipped == local_result.skipped and len(local_result.skipped) == 2
    a, b = load_store(local.index_dir), load_store(remote.index_dir)
    assert a.chunks == b.chunks
    assert a.manifest.reports == b.manifest.reports
    assert np.allclose(a.vector_array(), b.vector_array(), atol=1e-5)
    for position in range(len(a.chunks)):
        texts_a, vectors_a = a.sentences(position)
        texts_b, vectors_b = b.sentences(position)
        assert texts_a == texts_b and np.allclose(vectors_a, vectors_b, atol=1e-3)


def test_unreachable_scheduler_is_one_line_and_exit_1(files, tmp_path, capsys):
    code = main(["index", "--quiet", "--index-dir", str(tmp_path / "index"),
                 "--cluster", "tcp://127.0.0.1:9", str(files)])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR
    assert err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.strip().splitlines()) == 1
