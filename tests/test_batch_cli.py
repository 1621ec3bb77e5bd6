"""``vn-news-extract batch``: the real pipeline on the bundled fixtures, resume, errors, Ctrl-C."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from batch_support import scalar
from cli_support import cli_main
from click.testing import CliRunner

from vn_news_extract.cli import cli
from vn_news_extract.cli_batch import batch

ROOT = Path(__file__).parents[1]
HTML = ROOT / "tests" / "fixtures" / "html"
TXT = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A directory of real pages: the HTML fixtures and the corpus text dumps, plus one empty file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for page in sorted(HTML.glob("*.html"))[:3] + TXT[:2]:
        shutil.copy(page, folder / page.name)
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    return folder


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(batch, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_registered_and_documented_with_an_example() -> None:
    assert cli.commands["batch"] is batch
    code, out = invoke("--help")
    assert code == 0
    for flag in ("--db", "--out", "--workers", "--engine", "--scheduler", "--force", "--quiet"):
        assert flag in out
    assert "vn-news-extract batch corpus/" in out


def test_fills_the_default_database_then_resumes(inputs: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    code, out = invoke(str(inputs), "--workers", "1")
    assert code == 0, out
    db = f"sqlite:///{tmp_path / 'vn_news.db'}"
    n = len(list(inputs.iterdir()))
    assert scalar(db, "SELECT count(*) FROM outcomes") == n
    assert scalar(db, "SELECT reason FROM outcomes WHERE status = 'skipped'") == "empty"
    assert scalar(db, "SELECT count(*) FROM articles") == n - 1
    assert scalar(db, "SELECT count(*) FROM percentages") > 0
    assert f"stored   {n - 1}" in out and "skipped  1  (empty: 1)" in out

    code, out = invoke(str(inputs), "--workers", "0")
    assert code == 0
    assert f"already stored, not re-extracted: {n}" in out
    code, out = invoke(str(inputs), "--workers", "0", "--quiet", "--force")
    assert code == 0 and out == ""
    assert scalar(db, "SELECT count(*) FROM outcomes") == n
    assert scalar(db, "SELECT count(*) FROM runs WHERE status = 'completed'") == 3


def test_out_alone_writes_no_database(inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = invoke(str(inputs / "empty.txt"), str(TXT[0]), "--out", "r.jsonl", "-w", "0", "-q")
    assert code == 0, out
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    assert not (tmp_path / "vn_news.db").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--db", "postgresql+psycopg://u:pw@127.0.0.1:1/x"], 5, "error: cannot open database"),
        (["--db", "nosuch://x"], 5, "error: "),
        (["--out", "/nonexistent/dir/r.jsonl"], 5, "error: cannot write"),
        (["--scheduler", "tcp://127.0.0.1:1"], 2, "--scheduler needs --engine dask"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], code: int, message: str,
                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = cli_main("batch", str(TXT[0]), "-q", *args)
    stderr = result.stderr.decode()
    assert result.returncode == code, stderr
    assert message in stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len([line for line in lines if line.lower().startswith("error")]) == 1
    assert len(lines) <= 3  # click usage errors add a usage line and a hint


def test_jsonl_input_and_the_dask_engine(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    html = min(HTML.glob("*.html")).read_text(encoding="utf-8")
    lines = [
        {"text": TXT[0].read_text(encoding="utf-8"), "url": "https://example.vn/a.html"},
        {"html": html, "url": "https://example.vn/b.html"},
    ]
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, out = invoke(str(feed), "--db", db, "--engine", "dask", "--workers", "1")
    assert code == 0, out
    assert "stored   2" in out
    assert scalar(db, "SELECT count(*) FROM articles") == 2
    assert scalar(db, "SELECT engine FROM runs") == "dask"
