"""The core never imports Textual or the CLI; data flows one way."""

from __future__ import annotations

import subprocess
import sys


def modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_core_api_does_not_load_textual_or_cli():
    loaded = modules_loaded_by(
        "import assistant.answer, assistant.indexing, assistant.store, assistant.search")
    assert "textual" not in loaded
    assert "assistant.cli" not in loaded


def test_reading_does_not_import_search_or_answer():
    loaded = modules_loaded_by("import assistant.reading, assistant.structure")
    assert not {"assistant.search", "assistant.answer", "assistant.store"} & loaded
    assert "torch" not in loaded


def test_no_op_index_run_does_not_load_the_model(tmp_path):
    # An unchanged re-run must not pay for importing torch.
    code = ("import sys; from pathlib import Path; from assistant.config import Settings; "
            "from assistant.indexing import build_index; "
            f"r = build_index([Path({str(tmp_path / 'r.txt')!r})], "
            f"Settings(index_dir=Path({str(tmp_path / 'ix')!r}))); "
            "print(r.unchanged, 'torch' in sys.modules)")
    (tmp_path / "r.txt").write_text("Title\n\nPlace\n\nSection\n\n1. Some text here.\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "['r'] False"
