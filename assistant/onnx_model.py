"""The embedding model run by ONNX Runtime: the same vectors as PyTorch, without importing torch.

Importing torch and sentence-transformers takes seconds; ONNX Runtime and tokenizers take a
fraction of one. The model is exported once, offline, from the weights already on disk (for the
default model, the bundled package), into a cache folder, and every later process loads the
export. Only models made of a transformer, mean pooling and (optionally) normalisation are
exported, which is what ``all-MiniLM-L6-v2`` is; others stay on PyTorch.

``quantized`` exports an int8 copy (dynamic per-channel quantization of the linear layers):
faster on CPU, but its vectors differ from PyTorch's (mean cosine about 0.99), so it is only
used where configured.

Example:
    >>> path = export_path("/models/minilm")                         # doctest: +SKIP
    >>> encoder = OnnxEncoder("/models/minilm", path, max_tokens=256)  # doctest: +SKIP
    >>> encoder.encode(["partnership working"]).shape                # doctest: +SKIP
    (1, 384)
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np

#: Bump when the export changes, so old cached exports are not reused.
EXPORT_VERSION = 2
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def cache_dir() -> Path:
    """Where exports are kept: ``$REPORT_ASSISTANT_CACHE``, else the user's cache folder."""
    explicit = os.environ.get("REPORT_ASSISTANT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "report-assistant"


def exportable(model_path: str | Path) -> bool:
    """Whether the model on disk is a transformer + mean pooling (+ normalise) with a fast
    tokenizer, the pipeline this module reproduces exactly."""
    folder = Path(model_path)
    try:
        modules = json.loads((folder / "modules.json").read_text("utf-8"))
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds not in (["Transformer", "Pooling", "Normalize"], ["Transformer", "Pooling"]):
            return False
        pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text("utf-8"))
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return False
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
    return modes == ["pooling_mode_mean_tokens"] and (folder / "tokenizer.json").is_file()


def dimension(model_path: str | Path) -> int:
    """The vector size an exportable model states in its pooling config."""
    folder = Path(model_path)
    modules = json.loads((folder / "modules.json").read_text("utf-8"))
    pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text("utf-8"))
    return int(pooling["word_embedding_dimension"])


def export_path(model_path: str | Path, quantized: bool = False) -> Path:
    """The cached export's file for this model's weights (it may not exist yet)."""
    folder = Path(model_path).resolve()
    stamp = [str(folder), EXPORT_VERSION, quantized]
    for item in sorted(folder.glob("*")):
        if item.is_file():
            info = item.stat()
            stamp.append((item.name, info.st_size, info.st_mtime_ns))
    key = hashlib.sha256(json.dumps(stamp).encode()).hexdigest()[:16]
    name = "model-int8.onnx" if quantized else "model.onnx"
    return cache_dir() / "onnx" / key / name


def export(transformer, tokenizer, target: Path, quantized: bool = False) -> Path:
    """Export a loaded Hugging Face transformer (torch) to ``target``, atomically.

    ``transformer`` is sentence-transformers' ``model[0].auto_model``; ``tokenizer`` makes the
    example input. With ``quantized``, the fp32 export beside it is quantized to int8.
    """
    import torch

    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_name("model.onnx")
    if not plain.is_file():
        class LastHiddenState(torch.nn.Module):
            def __init__(self, model):
                super().__init__()
                self.model = model

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.model(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state

        # Two texts of different lengths, so the trace takes the padded-batch path.
        example = tokenizer(["a short text", "a somewhat longer text than the first one"],
                            padding=True, return_tensors="pt")
        axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
        partial = plain.with_name(f".{plain.name}.{os.getpid()}")
        wrapper = LastHiddenState(transformer).eval()
        with torch.no_grad():
            torch.onnx.export(wrapper, tuple(example[name] for name in INPUTS), str(partial),
                              input_names=list(INPUTS), output_names=["last_hidden_state"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)
        os.replace(partial, plain)
    if quantized and not target.is_file():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        partial = target.with_name(f".{target.name}.{os.getpid()}")
        # Per-channel scales: per-tensor int8 moved vectors to a mean cosine of 0.96 against
        # PyTorch on Ofsted text, per-channel to 0.99.
        import logging

        logging.disable(logging.WARNING)  # its advice to pre-process is for image models
        try:
            quantize_dynamic(str(plain), str(partial), weight_type=QuantType.QInt8,
                             per_channel=True)
        finally:
            logging.disable(logging.NOTSET)
        os.replace(partial, target)
    return target


def available() -> bool:
    """Whether ONNX Runtime and tokenizers are installed (found, not imported: importing
    ONNX Runtime takes 0.3 s, which the encoder's loading thread pays instead)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("onnxruntime", "tokenizers"))


class OnnxEncoder:
    """Tokenizes with the model's own fast tokenizer and runs the export: mean pooling over the
    attention mask, then L2 normalisation, as sentence-transformers does.

    A few texts (a question and its phrasings) run on a session of at most ``SMALL_THREADS``
    threads that sleep between runs; bigger batches (a build's) on a session with ONNX
    Runtime's default thread pool, made when first needed. On the busy 2-core machine the
    default pool's threads, spinning between runs, took the core the question's next steps
    needed: warm corpus questions took 59 ms at p50 against 40 ms on one thread
    (``bench_ask.py``, same run); two threads that do not spin encode a question's two texts
    in 7 ms against 10 ms on one (quiet machine). All give the same floats
    (``tests/test_embedding_runtime``).
    """

    #: Batches up to this many texts run on the small session; questions encode at most 14.
    SMALL_BATCH = 16
    #: The small session's threads: a question's few short texts gain little past this.
    SMALL_THREADS = 2

    def __init__(self, model_path: str | Path, onnx_file: Path, max_tokens: int,
                 device: str = "auto", threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.counter = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
        self.counter.no_padding()
        self.counter.no_truncation()
        self.tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
        self.tokenizer.no_padding()  # each batch is padded to its own longest text below
        self.tokenizer.enable_truncation(max_tokens)
        self._file, self._threads = str(onnx_file), threads
        self._providers = ["CPUExecutionProvider"]
        if device == "cuda" or (device == "auto" and
                                "CUDAExecutionProvider" in ort.get_available_providers()):
            self._providers.insert(0, "CUDAExecutionProvider")
        self.session = self._session(min(self.SMALL_THREADS, os.cpu_count() or 1),
                                     spinning=False)
        self.device = "cuda" if "CUDAExecutionProvider" in self.session.get_providers() else "cpu"
        # On a GPU the one session serves every batch.
        self._bulk = self.session if self.device == "cuda" else None

    def _session(self, threads: int | None, spinning: bool = True):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        if not spinning:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(self._file, options, providers=self._providers)

    def _session_for(self, texts: int):
        if texts <= self.SMALL_BATCH:
            return self.session
        if self._bulk is None:
            self._bulk = self._session(self._threads)
        return self._bulk

    def count_tokens(self, text: str) -> int:
        return len(self.counter.encode(text, add_special_tokens=False).ids)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised vectors of one batch of texts."""
        if len(texts) > 1 and len(set(texts)) == 1:
            # A question asked as itself twice (its topic is the whole question): one pass.
            # ONNX Runtime gives a text alone the very floats it gives it beside a copy
            # (checked on 112 questions); PyTorch does not, so this stays here.
            return np.repeat(self.run(texts[:1]), len(texts), axis=0)
        return self.run(texts)

    def run(self, texts: list[str]) -> np.ndarray:
        """``encode`` without its shortcut: every text of the batch through the model."""
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(texts), width), dtype=np.int64) for name in INPUTS}
        for row, e in enumerate(encodings):
            n = len(e.ids)
            feed["input_ids"][row, :n] = e.ids
            feed["attention_mask"][row, :n] = 1
            feed["token_type_ids"][row, :n] = e.type_ids
        hidden = self._session_for(len(texts)).run(None, feed)[0]
        mask = feed["attention_mask"][..., None].astype(hidden.dtype)
        pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
