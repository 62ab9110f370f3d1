"""The ONNX Runtime export gives PyTorch's vectors, and asking a question never imports torch.

The export is written into a temporary cache folder once per session (about 4 s).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from assistant.chunking import chunk_report, sentence_embed_text, sentence_texts
from assistant.embedding import Embedder


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("onnx-cache")
    saved = os.environ.get("REPORT_ASSISTANT_CACHE")
    os.environ["REPORT_ASSISTANT_CACHE"] = str(folder)
    yield folder
    if saved is None:
        del os.environ["REPORT_ASSISTANT_CACHE"]
    else:
        os.environ["REPORT_ASSISTANT_CACHE"] = saved


@pytest.fixture(scope="module")
def pair(cache):
    """The same model on PyTorch and on its ONNX export."""
    torch_model = Embedder("bundled:minilm", runtime="torch")  # writes the export
    return torch_model, Embedder("bundled:minilm", runtime="onnx")


@pytest.fixture(scope="module")
def texts(sample_report):
    chunks = list(chunk_report(sample_report))[:60]
    return [c.embed_text for c in chunks] + [
        sentence_embed_text(c, s) for c in chunks for s in sentence_texts(c)][:200]


def test_pytorch_embedder_leaves_an_export_for_the_next_process(pair, cache):
    assert list(cache.rglob("model.onnx"))
    assert pair[1].runtime == "onnx" and pair[0].runtime == "torch"


def test_onnx_vectors_equal_pytorch_vectors(pair, texts):
    torch_vectors, onnx_vectors = (model.encode(texts) for model in pair)
    cosines = (torch_vectors * onnx_vectors).sum(axis=1)
    assert cosines.min() > 0.9999
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)


def test_a_question_twice_in_one_batch_is_encoded_once_to_the_same_floats(pair, monkeypatch):
    encoder = pair[1]._encoder()
    for question in ["How many children are looked after?", "Is the fostering service good?",
                     "What did inspectors find about the quality of social work practice?"]:
        both = encoder.run([question, question])  # the batch as it was run before
        calls = []
        run = encoder.run
        monkeypatch.setattr(encoder, "run", lambda batch: calls.append(batch) or run(batch))
        assert np.array_equal(encoder.encode([question, question]), both)
        assert calls == [[question]]
        monkeypatch.undo()


def test_few_and_many_texts_run_on_sessions_giving_the_same_floats(pair, texts, monkeypatch):
    encoder = pair[1]._encoder()
    batches = [texts[:2], texts[60:62], texts[:40], texts[60:100]]
    monkeypatch.setattr(encoder, "SMALL_BATCH", 1000)  # all on the small session (two threads that sleep between runs)
    alone = [encoder.run(batch) for batch in batches]
    monkeypatch.setattr(encoder, "SMALL_BATCH", 0)  # all on the thread pool's session
    pooled = [encoder.run(batch) for batch in batches]
    assert encoder._bulk is not encoder.session
    assert all(np.array_equal(a, b) for a, b in zip(alone, pooled))


def test_onnx_counts_word_pieces_as_pytorch_does(pair, texts):
    torch_model, onnx_model = pair
    assert [onnx_model.count_tokens(t) for t in texts] == [
        torch_model.count_tokens(t) for t in texts]
    long_text = "partnership " * 400  # past the model's window: counted, not truncated
    assert onnx_model.count_tokens(long_text) == torch_model.count_tokens(long_text) > 256


def test_auto_picks_the_cpu_when_no_gpu_is_seen(pair):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    assert Embedder("bundled:minilm", device="auto").device == "cpu"


def test_asking_a_free_text_question_never_imports_torch(pair, sample_settings, cache):
    code = (
        "import json, sys\n"
        "from assistant.answer import Assistant\n"
        "from assistant.config import Settings\n"
        f"assistant = Assistant(Settings(index_dir={str(sample_settings.index_dir)!r}))\n"
        "answer = assistant.ask('How many looked after children are there?')\n"
        "print(json.dumps([bool(answer.citations), 'torch' in sys.modules,"
        " 'sentence_transformers' in sys.modules, assistant.embedder.runtime]))\n")
    env = dict(os.environ, REPORT_ASSISTANT_CACHE=str(cache))
    env.pop("REPORT_ASSISTANT_RUNTIME", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == [True, False, False, "onnx"]


def test_open_index_keeps_working_after_a_later_build_deletes_its_generation(sample_settings,
                                                                            tmp_path, pair):
    from assistant.store import current_generation, load_store

    copy = tmp_path / "index"
    shutil.copytree(sample_settings.index_dir, copy)
    store = load_store(copy)
    query = pair[1].encode(["partnership working"])
    before = store.vectors.search(query, 5)
    shutil.rmtree(current_generation(copy))
    after = store.vectors.search(query, 5)
    assert (before[1] == after[1]).all() and np.allclose(before[0], after[0])


def test_a_question_answered_without_the_encoder_exits_cleanly(pair, sample_settings, cache):
    # A grade is looked up, not searched: the process is done while the encoder's session
    # may still be loading in its thread, and must wait for it rather than abort at exit.
    env = dict(os.environ, REPORT_ASSISTANT_CACHE=str(cache))
    env.pop("REPORT_ASSISTANT_RUNTIME", None)
    for _ in range(3):
        run = subprocess.run([sys.executable, "-m", "assistant", "ask", "--index-dir",
                              str(sample_settings.index_dir),
                              "What was the grade for partnership working?"],
                             capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        assert "Grade" in run.stdout or "judged" in run.stdout
        assert "terminate" not in run.stderr
