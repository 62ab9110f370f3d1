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


BRISTOL_2023 = ("corpus", "ofsted", "childrens-services", "bristol",
                "children's services inspection - 10 march 2023.pdf")


@pytest.fixture(scope="session")
def two_reports_assistant(tmp_path_factory, embedder):
    """An index of two councils' reports: Bristol 2023 (a PDF, ILACS) and the sample."""
    from assistant.answer import Assistant
    from assistant.indexing import build_index

    bristol = shared_path(*BRISTOL_2023)
    settings = Settings(index_dir=tmp_path_factory.mktemp("two-reports-index"))
    result = build_index([bristol, builtin_sample()], settings,
                         embedder_factory=lambda: embedder)
    assert sorted(result.added) == ["bristol-2023", "sefton-2011"]
    return Assistant(settings, embedder=embedder)
