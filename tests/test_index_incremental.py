"""Incremental builds: add, update, remove, no-op, settings change, atomicity, locking."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

import assistant.store as store_module
from assistant.config import Settings
from assistant.indexing import build_index
from assistant.store import StoreError, build_lock, load_store

REPORT = """Inspection of children's services

{place}

Inspection dates: 1 – 5 March 2020
Lead inspector: Jo Bloggs

Help and protection

Grade 2 (good)

1. Help and protection for children in {place} is good. {extra}
2. Social workers visit children regularly and know them well.
"""


def write_report(folder: Path, place: str, extra: str = "") -> Path:
    path = folder / f"{place.lower()}.txt"
    path.write_text(REPORT.format(place=place, extra=extra), "utf-8")
    return path


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(index_dir=tmp_path / "index")


@pytest.fixture
def build(embedder):
    def run(paths, settings, **kwargs):
        return build_index(paths, settings, embedder_factory=lambda: embedder, **kwargs)
    return run


def test_add_then_unchanged_run_embeds_nothing(tmp_path, settings, build):
    reports = tmp_path / "reports"
    reports.mkdir()
    write_report(reports, "Anytown")
    write_report(reports, "Otherville")
    first = build([reports], settings)
    assert sorted(first.added) == ["anytown-2020", "otherville-2020"]
    generation = store_module.current_generation(settings.index_dir)

    again = build([reports], settings)
    assert again.added == again.updated == again.removed == []
    assert sorted(again.unchanged) == ["anytown-2020", "otherville-2020"]
    assert again.chunks_embedded == 0
    assert store_module.current_generation(settings.index_dir) == generation


def test_touched_but_identical_file_is_not_re_embedded(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    os.utime(path, ns=(1, 1))
    again = build([path], settings)
    assert again.unchanged == ["anytown-2020"] and again.chunks_embedded == 0


def test_changed_report_is_replaced(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    other = write_report(tmp_path, "Otherville")
    build([path, other], settings)
    write_report(tmp_path, "Anytown", extra="Leaders have introduced a new duty rota.")
    result = build([path, other], settings)
    assert result.updated == ["anytown-2020"]
    assert result.unchanged == ["otherville-2020"]
    store = load_store(settings.index_dir)
    texts = [c.text for c in store.chunks if c.report == "anytown-2020"]
    assert any("new duty rota" in t for t in texts)
    assert len(store.summaries) == 2
    assert len(store.chunks) == store.vectors.ntotal


def test_removed_file_is_pruned_only_when_asked(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    other = write_report(tmp_path, "Otherville")
    build([path, other], settings)
    other.unlink()
    kept = build([path], settings)
    assert kept.removed == []
    assert set(load_store(settings.index_dir).summaries) == {"anytown-2020", "otherville-2020"}
    pruned = build([path], settings, prune=True)
    assert pruned.removed == ["otherville-2020"]
    store = load_store(settings.index_dir)
    assert set(store.summaries) == {"anytown-2020"}
    assert {c.report for c in store.chunks} == {"anytown-2020"}
    assert len(store.chunks) == store.vectors.ntotal
    assert len(store.sentence_start) == len(store.chunks) + 1


def test_changed_chunking_setting_forces_rebuild(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    changed = replace(settings, max_tokens=120)
    result = build([path], changed)
    assert result.rebuild_reason and "chunking settings changed" in result.rebuild_reason
    assert result.added == ["anytown-2020"]
    assert load_store(settings.index_dir).manifest.settings_hash == \
        changed.index_settings_hash()


def test_changed_model_name_forces_rebuild(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    result = build([path], replace(settings, model_name="another-model"))
    assert "model changed" in result.rebuild_reason


def test_build_killed_mid_write_leaves_previous_index_loadable(tmp_path, settings, build,
                                                                monkeypatch):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    before = load_store(settings.index_dir)

    def dies(*args, **kwargs):
        raise KeyboardInterrupt  # as if the process were killed while writing vectors

    monkeypatch.setattr(store_module, "_fsync_tree", dies)
    write_report(tmp_path, "Anytown", extra="This text never lands.")
    with pytest.raises(KeyboardInterrupt):
        build([path], settings)
    after = load_store(settings.index_dir)
    assert after.path == before.path
    assert not any("never lands" in c.text for c in after.chunks)
    monkeypatch.undo()
    # The next build cleans up the half-written generation and succeeds.
    result = build([path], settings)
    assert result.updated == ["anytown-2020"]
    leftovers = [p.name for p in settings.index_dir.iterdir() if "partial" in p.name]
    assert leftovers == []


def test_second_build_at_once_is_refused(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    with build_lock(settings.index_dir):
        with pytest.raises(StoreError, match="another build"):
            build([path], settings)


def test_bad_file_is_skipped_and_index_kept(tmp_path, settings, build):
    good = write_report(tmp_path, "Anytown")
    build([good], settings)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    result = build([good, bad, latin, tmp_path / "missing.pdf"], settings)
    reasons = dict(result.skipped)
    assert set(reasons) == {str(bad.resolve()), str(latin.resolve()),
                            str(tmp_path / "missing.pdf")}
    assert "UTF-8" in reasons[str(latin.resolve())]
    assert all("\n" not in r for r in reasons.values())
    assert set(load_store(settings.index_dir).summaries) == {"anytown-2020"}


def test_changed_file_that_became_unreadable_keeps_its_last_good_version(
        tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    path.write_bytes(b"\xff\xfe\xfa not utf-8")
    result = build([path], settings)
    assert result.skipped and result.updated == []
    assert "anytown-2020" in load_store(settings.index_dir).summaries


def test_empty_folder_is_reported(tmp_path, settings, build):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = build([empty], settings)
    assert result.skipped == [(str(empty), "folder holds no .pdf, .txt or .md reports")]
    with pytest.raises(StoreError):
        load_store(settings.index_dir)


def test_index_from_another_format_is_rebuilt_with_a_reason(tmp_path, settings, build):
    path = write_report(tmp_path, "Anytown")
    build([path], settings)
    generation = store_module.current_generation(settings.index_dir)
    manifest = generation / "manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"format": {store_module.FORMAT}',
                                                     '"format": 1'))
    result = build([path], settings)
    assert "another version" in result.rebuild_reason
    assert result.added == ["anytown-2020"]
