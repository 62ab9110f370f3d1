"""`assistant ask --json`: the output contract, stdin mode, and exit status."""

from __future__ import annotations

import io
import json

from assistant.cli import main

CITATION_KEYS = {"report", "source", "title", "paragraph", "page", "last_page", "section", "quote",
                 "score"}


def ask_json(capsys, settings, *args: str) -> list[dict]:
    code = main(["ask", "--json", "--index-dir", str(settings.index_dir), *args])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_contract(capsys, sample_settings):
    [answer] = ask_json(capsys, sample_settings, "what was the grade for partnership working?")
    assert set(answer) == {"question", "answer", "citations", "seconds"}
    assert answer["question"] == "what was the grade for partnership working?"
    assert isinstance(answer["seconds"], float)
    assert answer["citations"], "a judgement question is cited"
    for citation in answer["citations"]:
        assert set(citation) == CITATION_KEYS
        assert citation["report"] == "sefton-2011"
        assert citation["source"].endswith("sefton-2011.txt")
        assert citation["title"] == "Inspection of safeguarding and looked after children services"
        assert citation["paragraph"] is None or isinstance(citation["paragraph"], int)
        assert citation["page"] is None
        assert isinstance(citation["quote"], str) and citation["quote"]
        assert isinstance(citation["score"], float)
    assert answer["citations"][0]["paragraph"] == 43
    assert answer["citations"][0]["section"] == "Safeguarding services > Partnership working"


def test_questions_from_stdin_one_object_per_line(capsys, monkeypatch, sample_settings):
    monkeypatch.setattr("sys.stdin", io.StringIO(
        "How many looked after children are there?\n\nWhat is the capital of France?\n"))
    answers = ask_json(capsys, sample_settings, "-")
    assert [a["question"] for a in answers] == [
        "How many looked after children are there?", "What is the capital of France?"]
    assert "380" in answers[0]["answer"]
    assert answers[0]["citations"][0]["paragraph"] == 6


def test_top_k_limits_citations(capsys, sample_settings):
    [answer] = ask_json(capsys, sample_settings, "--top-k", "2",
                        "What support is there for victims of domestic violence?")
    assert len(answer["citations"]) == 2


def test_unknown_report_is_one_line_error(capsys, sample_settings):
    code = main(["ask", "--index-dir", str(sample_settings.index_dir), "--report", "nowhere",
                 "anything?"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: no report 'nowhere'") and err.count("\n") == 1


def test_missing_index_is_one_line_error(capsys, tmp_path):
    code = main(["ask", "--index-dir", str(tmp_path / "none"), "anything?"])
    err = capsys.readouterr().err
    assert code == 1 and "assistant index" in err and err.count("\n") == 1


def test_human_output_shows_locators(capsys, sample_settings):
    main(["ask", "--index-dir", str(sample_settings.index_dir),
          "What is the Children in Care Council called?"])
    out = capsys.readouterr().out
    assert "Sefton 2011, para 65" in out
    assert "Making a Difference" in out or "making a difference" in out.lower()


def test_a_question_typed_without_quotes_is_read_whole(capsys, sample_settings):
    [answer] = ask_json(capsys, sample_settings, "what", "was", "the", "grade", "for",
                        "partnership", "working?")
    assert answer["question"] == "what was the grade for partnership working?"
    assert answer["citations"][0]["paragraph"] == 43
