"""`assistant judgements`: the judgements table from an index, as a readable table, CSV or
JSON, filtered by authority, area, year and grade, without loading the model."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from assistant.cli import EXIT_ERROR, EXIT_OK, main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["judgements", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_plain_table_lists_every_judgement_with_where_it_is(capsys, sample_settings):
    code, out, _ = run(capsys, "--index-dir", str(sample_settings.index_dir))
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["authority", "framework"]
    partnership = next(line for line in lines if "Partnership working" in line)
    assert "Sefton" in partnership and "good" in partnership and "para 43" in partnership
    assert lines[-1] == "22 judgements from 1 report"


def test_csv_has_a_header_and_one_row_per_judgement(capsys, sample_settings):
    code, out, _ = run(capsys, "--csv", "--area", "overall effectiveness",
                       "--index-dir", str(sample_settings.index_dir))
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["part"], r["area_key"], r["grade"], r["grade_number"]) for r in rows] == [
        ("Safeguarding services", "overall_effectiveness", "adequate", "3"),
        ("Services for looked after children", "overall_effectiveness", "good", "2")]
    assert {r["lead_inspector"] for r in rows} == {"Ian Young"}


def test_json_filters_by_authority_grade_and_year(capsys, sample_settings):
    index = str(sample_settings.index_dir)
    code, out, _ = run(capsys, "--json", "--authority", "Sefton", "--grade", "outstanding",
                       "--index-dir", index)
    assert code == EXIT_OK
    rows = json.loads(out)
    assert {r["area"] for r in rows} == {
        "The contribution of health agencies to keeping children and young people safe",
        "Making a positive contribution, including user engagement"}
    assert all(r["quote"] and r["source"] for r in rows)
    _, out, _ = run(capsys, "--json", "--since", "2012", "--index-dir", index)
    assert json.loads(out) == []
    _, out, _ = run(capsys, "--json", "--authority", "Bristol", "--index-dir", index)
    assert json.loads(out) == []


def test_csv_and_json_together_are_bad_usage(capsys, sample_settings):
    try:
        main(["judgements", "--csv", "--json", "--index-dir", str(sample_settings.index_dir)])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("expected a usage error")


def test_missing_index_is_one_line_error(capsys, tmp_path):
    code, out, err = run(capsys, "--index-dir", str(tmp_path / "none"))
    assert code == EXIT_ERROR
    assert err.startswith("error: no index at") and len(err.strip().splitlines()) == 1


def test_command_never_loads_the_embedding_model(sample_settings):
    code = ("import sys; from assistant.cli import main; "
            f"main(['judgements', '--csv', '--index-dir', {str(sample_settings.index_dir)!r}]); "
            "print('loaded:', 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("loaded: False False")
