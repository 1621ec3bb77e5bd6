"""The README's first two commands are what a new machine runs, and CI runs the same test command."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _first_block() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n(.*?)```", text, re.S)
    assert block, "README has no command block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_two_commands_at_the_top():
    install, tests = _first_block()
    assert "pip install" in install and "vn-news-extract batch corpus/" in install
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command():
    install, tests = _first_block()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci
    assert "pip install -q -e '.[test]'" in install and ".venv/bin/pip install -q -e '.[test]'" in ci


def test_every_command_in_the_readme_exists():
    from vn_news_extract.cli import cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"vn-news-extract (\w+)", text))
    assert used <= set(cli.commands), used - set(cli.commands)
