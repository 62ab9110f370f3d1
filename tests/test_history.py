"""Question history: kept in the user's data folder, recalled like a shell's."""

from __future__ import annotations

from pathlib import Path

from assistant.history import History, HistoryCursor, data_dir


def test_data_folder_is_the_env_override_else_xdg_else_home(monkeypatch, tmp_path):
    monkeypatch.setenv("REPORT_ASSISTANT_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"
    monkeypatch.delenv("REPORT_ASSISTANT_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "report-assistant"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == Path.home() / ".local" / "share" / "report-assistant"


def test_history_is_saved_one_question_a_line_without_repeats(tmp_path):
    history = History(tmp_path / "sub" / "history.txt")
    for question in ["first  question", "first question", "", "second"]:
        history.add(question)
    assert (tmp_path / "sub" / "history.txt").read_text("utf-8") == "first question\nsecond\n"
    assert History(tmp_path / "sub" / "history.txt").entries == ["first question", "second"]


def test_cursor_walks_back_and_returns_the_draft():
    cursor = HistoryCursor(["one", "two"])
    assert cursor.older("draft") == "two"
    assert cursor.older("two") == "one"
    assert cursor.older("one") == "one"  # stays at the oldest
    assert cursor.newer("one") == "two"
    assert cursor.newer("two") == "draft"
    assert cursor.newer("draft") == "draft"
    assert HistoryCursor([]).older("typed") == "typed"
