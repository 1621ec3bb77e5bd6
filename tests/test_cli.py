"""The command line: real output, one-line errors with non-zero exits, --help with an example everywhere."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "000_de8609e468eb4ff7.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "vn_news_extract", *args], input=stdin, capture_output=True, timeout=300)


def test_extract_prints_valid_record():
    res = run("extract", str(ARTICLE), "--compact")
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert len(record["documents"]) == 2 and len(record["officials"]) == 3


def test_extract_from_stdin():
    res = run("extract", "-", stdin="Xuất khẩu tăng 7,5% so với cùng kỳ.".encode())
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["percentages"][0]["value"] == 7.5


@pytest.mark.parametrize(
    "args,stdin,message",
    [
        (("extract", "/no/such/file.txt"), None, "no such file"),
        (("extract", "-"), b"   \n", "empty input"),
        (("extract", "-"), b"\xff\xfe\x00bad", "not valid UTF-8"),
        (("evaluate", "--gold", "/no/such/gold"), None, "no such gold"),
    ],
)
def test_errors_are_one_line(args, stdin, message, tmp_path):
    res = run(*args, stdin=stdin)
    assert res.returncode != 0
    err = res.stderr.decode().strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    res = run("extract", str(empty))
    assert res.returncode != 0 and "empty" in res.stderr.decode()


def test_directory_is_refused(tmp_path):
    res = run("extract", str(tmp_path))
    assert res.returncode != 0 and "directory" in res.stderr.decode()


def test_every_command_has_help_with_example():
    from vn_news_extract.cli import cli

    assert "Example" in (cli.help or "")
    for name, command in cli.commands.items():
        res = run(name, "--help")
        assert res.returncode == 0, name
        assert "Example" in res.stdout.decode(), name


def test_evaluate_min_f1_gate():
    res = run("evaluate", "--gold", str(ROOT / "corpus" / "gold"), "--min-f1", "1.0", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["kinds"]["documents"]["f1"] == 1.0
