"""Hybrid search fuses the dense and lexical rankings by reciprocal rank with a small constant,
so a chunk one side ranks first is not buried under chunks both sides rank in the middle; the
shipped config.toml states the very defaults the code uses."""

from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings, load_settings
from assistant.search import Searcher
from assistant.store import load_store

CONFIG = Path(__file__).resolve().parent.parent / "config.toml"


def fused_order(store, dense: list[int], lexical: list[int]) -> list[int]:
    """The rows a default searcher returns when its two sides rank ``dense`` and ``lexical``."""
    searcher = Searcher(store, None)
    searcher._dense = lambda vector, allowed, n: (dense, {row: 0.5 for row in dense})
    searcher._lexical = lambda query_terms, allowed, n: lexical
    vector = np.zeros(store.vectors.d, np.float32)
    return [hit.position for hit in searcher.search("any", k=len(store.chunks),
                                                    query_vector=vector)]


@pytest.mark.parametrize("both_rank, first_wins", [(9, True), (7, False)])
def test_one_sides_first_outranks_a_chunk_both_rank_ninth_not_seventh(sample_settings,
                                                                       both_rank, first_wins):
    """With the customary constant (60) a chunk both sides rank ninth would come first."""
    store = load_store(sample_settings.index_dir)
    assert len(store.chunks) > 2 * both_rank
    first_on_one_side, on_both = 0, 1
    others = list(range(2, 2 * both_rank))
    dense_fill, lexical_fill = others[::2], others[1::2]
    dense = [first_on_one_side] + dense_fill[:both_rank - 2] + [on_both]
    lexical = lexical_fill[:both_rank - 1] + [on_both]
    assert dense.index(on_both) == lexical.index(on_both) == both_rank - 1
    order = fused_order(store, dense, lexical)
    assert (order.index(first_on_one_side) < order.index(on_both)) is first_wins


def test_shipped_config_states_the_built_in_defaults():
    shipped, built_in = load_settings(CONFIG), Settings()
    for name in ("top_k", "candidates", "rrf_k", "max_tokens", "overlap_tokens", "batch_size",
                 "exact_limit", "model_name", "runtime", "quantized"):
        assert getattr(shipped, name) == getattr(built_in, name), name
    assert inspect.signature(Searcher).parameters["rrf_k"].default == built_in.rrf_k
