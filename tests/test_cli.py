"""The command line: real output, one-line errors with non-zero exits, --help with an example everywhere."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import cli_main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "000_de8609e468eb4ff7.txt"


def run_process(*args, stdin=None):
    """The installed entry point in a new process (``python -m vn_news_extract``)."""
    cmd = [sys.executable, "-m", "vn_news_extract", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, check=False)


def run(*args, stdin=None):
    """The command line's one boundary (``cli.main``) in this process: the pipeline loaded once serves
    every call; ``run_process`` covers the entry point itself."""
    return cli_main(*args, stdin=stdin)


def test_extract_prints_valid_record():
    res = run_process("extract", str(ARTICLE), "--compact")
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
    res = run("evaluate", "--gold", str(ROOT / "corpus" / "gold"), "--min-f1", "0.7", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["kinds"]["documents"]["f1"] == 1.0
    res = run("evaluate", "--gold", str(ROOT / "corpus" / "gold"), "--min-f1", "0.99", "--json")
    assert res.returncode != 0  # the acceptance article's sectors are below 0.99 (tests/test_acceptance.py)


def test_extract_passage_from_stdin():
    res = run(
        "extract", "-", "--passage", "--compact", stdin="Xuất khẩu tăng 7,5%.\nNhập khẩu giảm 2%.".encode()
    )
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["article"]["title"] is None  # a passage: no title detection
    assert [p["value"] for p in record["percentages"]] == [7.5, 2]


def test_evaluate_lists_errors():
    res = run("evaluate", "--gold", str(ROOT / "corpus" / "gold"), "--errors")
    assert res.returncode == 0, res.stderr
    assert "micro" in res.stdout.decode()


@pytest.mark.slow  # the whole bundled corpus in a fresh interpreter (about a minute); CI runs it with -m slow
def test_readme_first_command_fills_the_default_database(tmp_path):
    """`vn-news-extract batch corpus/` from any folder: ./vn_news.db holds every bundled document."""
    import sqlite3

    res = subprocess.run(
        [sys.executable, "-m", "vn_news_extract", "batch", str(ROOT / "corpus"), "--quiet"],
        cwd=tmp_path,
        capture_output=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    with sqlite3.connect(tmp_path / "vn_news.db") as db:
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM outcomes GROUP BY status").fetchall())
        articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        officials = db.execute("SELECT COUNT(*) FROM officials").fetchone()[0]
    assert statuses.get("failed", 0) == 0
    # the gold sets' JSONL files quote the same sentences more than once: one article row per distinct text
    assert statuses["stored"] >= 300 and 300 <= articles <= statuses["stored"]
    assert officials > 0


def test_extract_file_as_passage(tmp_path):
    path = tmp_path / "passage.txt"
    path.write_text("Dòng đầu không phải tiêu đề\nLãi suất giảm 0,5 điểm phần trăm.", encoding="utf-8")
    res = run("extract", str(path), "--passage", "--compact")
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["article"]["text"] == path.read_text(encoding="utf-8")
    assert record["percentages"][0]["unit"] == "percentage_point"
