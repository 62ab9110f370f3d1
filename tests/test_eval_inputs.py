"""`assistant eval` and `assistant ask` refuse bad input in one line: a question file that is
missing or not JSON lines, a citation count below one."""

from __future__ import annotations

import pytest

from assistant.cli import main


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("not json\n", "line 1 is not JSON"),
    ('{"id": "a", "question": "What was the grade?"}\n[1, 2]\n', 'line 2 has no "question"'),
])
def test_a_bad_question_file_is_one_line_error(capsys, tmp_path, sample_settings, content,
                                               message):
    questions = tmp_path / "questions.jsonl"
    if content is not None:
        questions.write_text(content, encoding="utf-8")
    code = main(["eval", str(questions), "--index-dir", str(sample_settings.index_dir)])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.startswith("error: ") and message in err and len(err.splitlines()) == 1, err


@pytest.mark.parametrize("value", ["0", "-3", "x"])
def test_a_citation_count_below_one_is_a_usage_error(capsys, sample_settings, value):
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--index-dir", str(sample_settings.index_dir), "--top-k", value,
              "what was the grade for partnership working?"])
    assert exit_.value.code == 2
    assert "--top-k" in capsys.readouterr().err
