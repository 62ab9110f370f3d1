"""Shared fixtures: the real embedding model and a sample index, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings, builtin_sample

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def embedder():
    from assistant.embedding import Embedder

    return Embedder("bundled:minilm")


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory, embedder) -> Settings:
    """Settings whose index holds the built-in sample report."""
    from assistant.indexing import build_index

    settings = Settings(index_dir=tmp_path_factory.mktemp("sample-index"))
    result = build_index([builtin_sample()], settings, embedder_factory=lambda: embedder)
    assert result.added == ["sefton-2011"]
    return settings


@pytest.fixture(scope="session")
def sample_assistant(sample_settings, embedder):
    from assistant.answer import Assistant

    return Assistant(sample_settings, embedder=embedder)


@pytest.fixture(scope="session")
def sample_report():
    from assistant.reading import read_document
    from assistant.structure import parse_report

    return parse_report(read_document(builtin_sample()))
