"""`[reading] workers`: how many files are read at once, and that the index does not depend on it.

Two readers by default while the model runs on the CPU (it needs the other cores); one per core
once it runs on a GPU, where two readers made reading the slowest part of the build (README,
"GPU"). Reports are taken in path order whatever order the readers finish in.
"""

from __future__ import annotations

import numpy as np
import pytest

import assistant.indexing as indexing
from assistant.config import ConfigError, Settings, load_settings
from assistant.indexing import build_index, reading_workers
from assistant.reading.worker import ReadingPool
from assistant.store import load_store

REPORT = """Inspection of children's services: {place} 2021

1. Children in {place} are seen quickly when they need help. {extra}

2. Leaders know their services well and act on what they find.
"""


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n, place in enumerate(["Anytown", "Bigcity", "Cotswold", "Dunmore", "Eastham"]):
        # The first report is the longest, so a second reader finishes the next ones first.
        extra = "Social workers visit children regularly. " * (400 if n == 0 else 1)
        (folder / f"{place.lower()}.txt").write_text(REPORT.format(place=place, extra=extra),
                                                      "utf-8")
    return folder


class _OnGpu:
    """The real model, saying it runs on a GPU."""

    device = "cuda:0"

    def __init__(self, embedder):
        self.count_tokens, self.encode = embedder.count_tokens, embedder.encode


def test_readers_are_two_on_the_cpu_and_one_per_core_on_a_gpu(monkeypatch):
    monkeypatch.setattr(indexing.os, "cpu_count", lambda: 16)
    assert reading_workers(Settings(), files=158) == 2
    assert reading_workers(Settings(), files=158, on_gpu=True) == 16
    assert reading_workers(Settings(), files=3, on_gpu=True) == 3
    assert reading_workers(Settings(read_workers=4), files=158, on_gpu=True) == 4
    assert reading_workers(Settings(read_workers=64), files=158) == 16


def test_index_is_the_same_whatever_the_number_of_readers(reports, tmp_path, embedder):
    stores = []
    for workers in (1, 2):
        settings = Settings(index_dir=tmp_path / f"index-{workers}", read_workers=workers)
        result = build_index([reports], settings, embedder_factory=lambda: embedder)
        assert len(result.added) == 5
        stores.append(load_store(settings.index_dir))
    one, two = stores
    assert list(one.chunks) == list(two.chunks)
    assert one.manifest.reports == two.manifest.reports
    assert np.array_equal(one.vector_array(), two.vector_array())
    assert np.array_equal(np.asarray(one.sentence_vectors), np.asarray(two.sentence_vectors))


def test_a_model_on_a_gpu_starts_more_readers(reports, tmp_path, embedder, monkeypatch):
    pools, sizes = [], []

    class Recorded(ReadingPool):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pools.append(self)
            sizes.append(self.size)

    monkeypatch.setattr(indexing, "ReadingPool", Recorded)
    monkeypatch.setattr(indexing.os, "cpu_count", lambda: 4)
    result = build_index([reports], Settings(index_dir=tmp_path / "index"),
                         embedder_factory=lambda: _OnGpu(embedder))
    assert len(result.added) == 5
    assert sizes == [2] and pools[0].size == 4  # widened once the model was seen on the GPU


@pytest.mark.parametrize("value, expected", [('"auto"', None), ("3", 3)])
def test_workers_setting_is_read_from_config(tmp_path, value, expected):
    config = tmp_path / "config.toml"
    config.write_text(f"[reading]\nworkers = {value}\n", "utf-8")
    assert load_settings(config).read_workers == expected


@pytest.mark.parametrize("value", ["0", '"many"', "true"])
def test_bad_workers_setting_is_one_line(tmp_path, value):
    config = tmp_path / "config.toml"
    config.write_text(f"[reading]\nworkers = {value}\n", "utf-8")
    with pytest.raises(ConfigError, match=r'workers must be "auto" or a number'):
        load_settings(config)
