"""The app paints before anything heavy is imported: the model, the index and the search
libraries load in a worker after the first paint."""

from __future__ import annotations

import subprocess
import sys

HEAVY = {"torch", "sentence_transformers", "numpy", "faiss", "bm25s", "assistant.answer",
         "assistant.store", "assistant.indexing"}


def test_opening_the_app_imports_nothing_heavy():
    code = ("import sys; from assistant.config import Settings; from assistant.app import "
            "create_app; create_app(Settings()); print('\\n'.join(sys.modules))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.split())
    assert "textual.app" in loaded
    assert not HEAVY & loaded
