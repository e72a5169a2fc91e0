"""The docs stay honest (sqlite-utils' test_docs.py): every command and option has help, every command has a row in
the README's command table, `--help` lists one environment variable a block, and the README says how to start
afresh."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cscgraph.cli import main
from cscgraph.settings import describe

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    assert main.commands[command].help, f"{command} has no docstring"
    assert "Usage:" in run(command, "--help")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_has_help(command: str) -> None:
    for param in main.commands[command].params:
        if isinstance(param, click.Option):
            assert param.help, f"{command} {param.opts[0]} has no help"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_row_in_the_readme_command_table(command: str) -> None:
    assert f"| `cscgraph {command}" in README


def test_readme_opens_with_the_two_commands() -> None:
    first_block = README.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_readme_says_how_to_reset_the_demo_store() -> None:
    assert "to start afresh" in README and "rm -rf .cscgraph" in README


def test_help_lists_each_environment_variable_on_a_line_of_its_own() -> None:
    lines = run("--help").splitlines()
    for name, text in describe():
        assert f"  {name}" in lines, f"{name} does not start a line of its own"
        first_words = " ".join(text.split()[:3])
        following = lines[lines.index(f"  {name}") + 1]
        assert following.startswith("      ") and first_words in following, (name, following)


def test_query_help_says_the_table_wraps_and_wide_prints_whole_values() -> None:
    text = " ".join(run("query", "--help").split())
    assert "--wide" in text and "wrap" in text and "no format ever cuts a value short" in text
