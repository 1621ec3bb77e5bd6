"""ruff (lint and format) and mypy on src/, as part of the suite so CI runs them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("args", [("ruff", "check", "src"), ("ruff", "format", "--check", "src")])
def test_ruff(args):
    if shutil.which("ruff") is None and _run("ruff", "--version").returncode != 0:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    res = _run(*args)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.slow  # about a minute on two cores: CI runs it with -m slow
def test_mypy():
    if _run("mypy", "--version").returncode != 0:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    res = _run("mypy")
    assert res.returncode == 0, res.stdout + res.stderr
