"""The README documents every command and keeps exactly two set-up commands."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.cli import _parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def test_every_cli_command_is_in_the_readme():
    parser = _parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        assert f"`assistant {name}" in README, name
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in README, f"{name} {option}"


def test_readme_set_up_has_two_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set up", 1)[1].split("## ", 1)[0]
    commands = [line.strip() for line in setup.splitlines() if line.startswith("    ")]
    assert len(commands) == 2
    assert "assistant index" in commands[0] and "assistant ask" in commands[0]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text("utf-8")
    assert re.search(re.escape(commands[1]) + r"\s*$", ci.strip())
