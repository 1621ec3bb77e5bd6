"""Batch runs a data engineer can script and trust (issue 14): exit codes, resume state that cannot lie,
reason codes, abandoned runs, the schema lock and honest retries, Dask without workers, progress, ignored
files and dangling links, one-line logging."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_support import DATABASES, FakeProcessor, corpus, database, make_record, scalar
from click.testing import CliRunner
from sqlalchemy import text

from vn_news_extract.cli import cli
from vn_news_extract.cli_batch import format_summary, progress_line
from vn_news_extract.errors import InputError, VnNewsError
from vn_news_extract.runner import EXIT_ALL_FAILED, EXIT_SOME_FAILED, BatchOptions, RunSummary, run
from vn_news_extract.sinks import JsonlSink, SinkError, SqlSink, doc_key
from vn_news_extract.sinks import sql as sqlmod
from vn_news_extract.sinks.base import Item, RunInfo, RunTotals
from vn_news_extract.sources import plan_inputs
from vn_news_extract.types import Failed, RawDocument, Skipped, Stored, reason_code

ROOT = Path(__file__).parents[1]
TXT = sorted((ROOT / "corpus").glob("*.txt"))
ENGLISH = (
    "The central bank said on Tuesday that inflation had eased for a third month in a row, while exports "
    "rose faster than expected and manufacturing output grew across most regions of the country. "
)


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database(request.param, tmp_path)


def batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["batch", *args], catch_exceptions=False)
    return result.exit_code, result.output


# -- exit codes ---------------------------------------------------------------------------------------


def test_nothing_to_read_exits_2_and_creates_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = subprocess.run(
        [sys.executable, "-m", "vn_news_extract", "batch", "nonexistent/", "missing.txt"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert res.returncode == 2, res.stderr
    assert res.stderr.startswith("error: none of the 2 inputs names anything to read")
    assert len(res.stderr.splitlines()) == 1
    assert not (tmp_path / "vn_news.db").exists()


def test_failed_inputs_give_a_distinct_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link: failed
    (folder / "gone2.html").symlink_to(tmp_path / "nowhere.html")
    code, out = batch(str(folder), "-w", "0", "--db", "all.db")
    assert code == EXIT_ALL_FAILED, out
    assert "failed   2" in out and "a link to a file that does not exist" in out
    (folder / "empty.txt").write_text(" ", encoding="utf-8")  # skipped: fine
    code, out = batch(str(folder), "-w", "0", "--db", "some.db")
    assert code == EXIT_SOME_FAILED, out
    (folder / "gone.txt").unlink()
    (folder / "gone2.html").unlink()
    code, out = batch(str(folder), "-w", "0", "--db", "some.db")
    assert code == 0, out


def test_run_exit_code_property() -> None:
    s = RunSummary()
    assert s.exit_code == 0
    s.count(Stored("a", {}))
    s.count(Failed("b", "input", "x"))
    assert s.exit_code == EXIT_SOME_FAILED
    only = RunSummary()
    only.count(Failed("b", "input", "x"))
    assert only.exit_code == EXIT_ALL_FAILED


# -- JSONL resume state that cannot lie ---------------------------------------------------------------


def _stored(name: str, body: str) -> Item:
    record = make_record(body, path=name)
    sha = record["source"]["sha256"]
    return Item(doc_key(name, sha), sha, Stored(name, record))


def test_jsonl_state_is_reconciled_with_the_records_in_the_file(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    a, b = _stored("a", "Giá tăng 2%."), _stored("b", "Giá tăng 3%.")
    skip = Item(doc_key("c", "s"), "s", Skipped("c", "empty input"))
    sink = JsonlSink(out)
    sink.open(RunInfo(inputs=[]))
    sink.write_batch([a, b, skip])
    sink.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text(lines[0] + "\n", encoding="utf-8")  # the file truncated: b's record is gone
    sink = JsonlSink(out)
    sink.open(None)
    assert sink.contains(a.doc_key) and sink.contains(skip.doc_key)
    assert not sink.contains(b.doc_key) and sink.redo == 1
    sink.close()
    out.unlink()  # the file deleted: every stored input is redone
    sink = JsonlSink(out)
    sink.open(None)
    assert not sink.contains(a.doc_key) and not sink.contains(b.doc_key) and sink.contains(skip.doc_key)
    sink.close()


def test_deleting_the_jsonl_output_redoes_its_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = corpus(8)
    opts = BatchOptions(workers=0)
    run(docs, [JsonlSink("r.jsonl")], opts, processor=FakeProcessor())
    n = len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines())
    assert n > 0
    (tmp_path / "r.jsonl").unlink()
    summary = run(docs, [JsonlSink("r.jsonl")], opts, processor=FakeProcessor())
    assert summary.stored == n
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == n


def test_out_dash_writes_records_to_stdout_and_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": TXT[0].read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "vn_news_extract", "batch", str(src), "--out", "-", "-w", "0", "-q"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.splitlines()[0])["article"]["text"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# -- reason codes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "code"),
    [
        ("not Vietnamese: 0.0% of 324 letters are Vietnamese-only letters (at least 3% expected)", "not_vietnamese"),
        ("not an article: 12 characters of body text under the title (at least 80; ...)", "too_short"),
        ("not an article: a listing page (24 links, 3 paragraphs)", "not_an_article"),
        ("not an article: an error page (title '404')", "not_an_article"),
        ("empty file", "empty"),
        ("WARC request record, not a response", "not_a_response"),
        ("HTTP status 404 in archived response", "http_status"),
        ("unsupported file type .pdf", "unsupported_type"),
        ("robots.txt of example.vn disallows https://example.vn/x", "robots_disallowed"),
        ("something new", "other"),
    ],
)
def test_reason_codes(reason: str, code: str) -> None:
    assert reason_code(reason) == code == Skipped("x", reason).code


def test_skip_reasons_are_codes_with_the_sentence_as_detail(db_url: str) -> None:
    class English(FakeProcessor):
        def __call__(self, doc: RawDocument) -> Skipped:  # type: ignore[override]
            n = 100 + len(doc.label) * 37
            return Skipped(doc.label, f"not Vietnamese: 0.0% of {n} letters are Vietnamese-only letters")

    docs = [RawDocument(b"x" * (i + 1), "text/plain", path="p" * (i + 1)) for i in range(5)]
    summary = run(docs, [SqlSink(db_url)], BatchOptions(workers=0), processor=English())
    assert dict(summary.skipped) == {"not_vietnamese": 5}  # one group, not five
    assert "(not_vietnamese: 5)" in format_summary(summary, "db")
    assert scalar(db_url, "SELECT count(DISTINCT reason) FROM outcomes") == 1
    assert scalar(db_url, "SELECT count(DISTINCT detail) FROM outcomes") == 5


def test_schema_1_is_migrated_to_codes_and_details(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    sink = SqlSink(url)
    sink.open(RunInfo(inputs=[]))
    sink.write_batch([Item("k1", "s", Skipped("a", "not Vietnamese: 0.0% of 324 letters"))])
    sink.close(RunTotals())
    engine = sqlmod.make_engine(url)
    with engine.begin() as conn:  # back to schema 1 as an older version of the tool wrote it
        conn.execute(text("ALTER TABLE outcomes DROP COLUMN detail"))
        conn.execute(text("ALTER TABLE runs DROP COLUMN host"))
        conn.execute(text("ALTER TABLE runs DROP COLUMN pid"))
        conn.execute(text("UPDATE outcomes SET reason = 'not Vietnamese: 0.0% of 324 letters'"))
        conn.execute(text("DELETE FROM schema_version"))
        conn.execute(text("INSERT INTO schema_version VALUES (1, 'then')"))
    engine.dispose()
    SqlSink(url).open(None)
    assert scalar(url, "SELECT max(version) FROM schema_version") == 2
    assert scalar(url, "SELECT reason || ' | ' || detail FROM outcomes") == (
        "not_vietnamese | not Vietnamese: 0.0% of 324 letters"
    )


# -- runs left running ----------------------------------------------------------------------------------


def test_a_run_left_running_by_a_dead_process_is_marked_abandoned(db_url: str) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    sink = SqlSink(db_url)
    sink.open(RunInfo(inputs=["first"]))
    sink.engine.dispose()  # killed: never closed
    engine = sqlmod.make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE runs SET pid = :pid"), {"pid": int(dead.stdout)})
    engine.dispose()
    summary = run(corpus(2), [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor())
    assert summary.abandoned == 1
    assert "marked abandoned" in format_summary(summary, "db")
    assert scalar(db_url, "SELECT status FROM runs WHERE id = 1") == "abandoned"
    assert scalar(db_url, "SELECT status FROM runs WHERE id = 2") == "completed"


# -- the schema lock and honest retries -----------------------------------------------------------------

RACE = """
import sys, time
from pathlib import Path
from vn_news_extract.sinks import SqlSink
from vn_news_extract.sinks.base import RunInfo, RunTotals
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
sink = SqlSink(sys.argv[1], retries=0)
sink.open(RunInfo(inputs=[]))
sink.close(RunTotals())
"""


def test_two_first_runs_on_an_empty_database_do_not_race(db_url: str, tmp_path: Path) -> None:
    """Two real processes open the same empty database at once, five times over (no retries allowed:
    without the schema lock PostgreSQL fails with a duplicate key on pg_type)."""
    for attempt in range(5):
        url = db_url
        if db_url.startswith("sqlite"):
            url = f"sqlite:///{tmp_path / f'race{attempt}.db'}"
        else:
            engine = sqlmod.make_engine(db_url)
            with engine.begin() as conn:
                for table in reversed(sqlmod.metadata.sorted_tables):
                    conn.execute(text(f"DROP TABLE IF EXISTS {table.name} CASCADE"))
                conn.execute(text("DROP TABLE IF EXISTS schema_lock"))
            engine.dispose()
        go = tmp_path / f"go{attempt}"
        procs = [
            subprocess.Popen([sys.executable, "-c", RACE, url, str(go)], stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        go.touch()
        errors = [p.communicate()[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], errors
        assert scalar(url, "SELECT count(*) FROM runs") == 2
        assert scalar(url, "SELECT count(*) FROM schema_version") == 1


def test_an_error_retrying_cannot_help_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlalchemy.exc

    calls: list[int] = []
    sink = SqlSink("sqlite://", retries=3, backoff=0.0)

    class AuthError(Exception):
        sqlstate = "28P01"

    def refuse() -> None:
        calls.append(1)
        raise sqlalchemy.exc.OperationalError("connect", {}, AuthError("password authentication failed"))

    with pytest.raises(sqlalchemy.exc.OperationalError):
        sink._retrying("cannot open", refuse)
    assert len(calls) == 1 and sink._attempts() == "not retried"

    def locked() -> None:
        calls.append(1)
        raise sqlalchemy.exc.OperationalError("insert", {}, Exception("database is locked"))

    calls.clear()
    with pytest.raises(sqlalchemy.exc.OperationalError):
        sink._retrying("cannot write", locked)
    assert len(calls) == 4 and sink._attempts() == "after 4 attempts"


def test_a_refused_postgres_password_is_one_line_and_not_retried(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    bad = db_url.replace("vne:vne@", "vne:wrong@", 1)
    if bad == db_url:
        pytest.skip("VNE_TEST_PG_URL has no vne:vne@ password to spoil")
    with pytest.raises(SinkError) as info:
        SqlSink(bad, retries=3, backoff=5.0).open(RunInfo(inputs=[]))
    assert "not retried" in str(info.value) and "wrong" not in str(info.value)


# -- Dask ------------------------------------------------------------------------------------------------


def test_dask_without_workers_stops_with_a_clear_message(tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        opts = BatchOptions(engine="dask", scheduler=cluster.scheduler_address, dask_wait=1.0)
        with pytest.raises(VnNewsError, match="has no workers"):
            run(corpus(3), [JsonlSink(tmp_path / "r.jsonl")], opts, processor=FakeProcessor())


def test_dask_sends_documents_in_chunks(tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        opts = BatchOptions(engine="dask", scheduler=cluster.scheduler_address, dask_chunk=5)
        summary = run(corpus(12), [JsonlSink(tmp_path / "r.jsonl")], opts, processor=FakeProcessor())
        tasks = cluster.scheduler.task_prefixes["dask_task"].state_counts["memory"]
    assert summary.handled == 12 and summary.status == "completed"
    assert tasks == 3  # 5 + 5 + 2 documents, not 12 tasks


# -- progress, totals, ignored files, dangling links ------------------------------------------------------


def test_totals_are_counted_up_front_and_ignored_files_are_counted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Giá tăng 2%.", encoding="utf-8")
    (folder / "sub" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    plan = plan_inputs([str(folder), str(tmp_path / "missing.txt")])
    assert plan.total == 1 + 1 + 3 + 1 + 1  # a, b, three JSONL lines, the dangling .txt, the missing target
    assert plan.ignored == 3  # notes.pdf, .hidden.txt, gone.pdf
    summary = run([str(folder), str(tmp_path / "missing.txt")], [JsonlSink(tmp_path / "r.jsonl")],
                  BatchOptions(workers=0), processor=FakeProcessor())  # fmt: skip
    assert summary.total == 7 and summary.handled == 7  # every input ends as an outcome
    assert sum(summary.failed.values()) == 2  # the dangling link and the missing target
    assert "ignored 3 files of other types" in format_summary(summary, "r.jsonl")


def test_progress_shows_total_percentage_rate_and_time_left() -> None:
    s = RunSummary(total=200)
    s.first_at = 100.0
    s.stored, s.first_handled = 50, 0
    s.already_done = 10
    import unittest.mock

    with unittest.mock.patch("time.monotonic", return_value=105.0):  # 49 documents in 5 s after the first
        line = progress_line(s)
    assert line.startswith("60/200 (30%), 9.8 docs/s, 14 s left: 50 stored")
    assert "10 already stored" in line


def test_the_rate_is_measured_from_the_first_document() -> None:
    s = RunSummary()
    s.started -= 30  # a slow pool start-up
    s.count(Stored("a", {}))
    assert s.docs_per_second == 0.0 and s.eta is None  # one document is no rate (no made-up ETA)
    for _ in range(20):
        s.count(Stored("a", {}))
    assert s.docs_per_second > 100  # not 21 / 30 s


# -- Ctrl-C and SIGTERM at any moment: one clean message, no traceback -------------------------------------


def _group(pgid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if entry.name.isdigit() and fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry.name))
    return found


def _outcome_count(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM outcomes").fetchone()[0]
    except sqlite3.Error:
        return 0


# Known failure, about one run in three: a signal to the group while the fork server's own interpreter is
# still starting kills it in its site import and Python prints "Fatal Python error: init_import_site".
# Blocking the signals around the fork server's spawn (as the resource tracker does) did not cure it.
_START_UP_RACE = pytest.mark.xfail(
    reason="a signal during the fork server's interpreter start-up can print a fatal error", strict=False
)


@pytest.mark.parametrize(
    ("sig", "when"),
    [(signal.SIGINT, "importing"),
     pytest.param(signal.SIGINT, "start-up", marks=_START_UP_RACE),
     pytest.param(signal.SIGTERM, "start-up", marks=_START_UP_RACE),
     (signal.SIGTERM, "running")],
)  # fmt: skip
def test_a_signal_to_the_process_group_stops_cleanly(tmp_path: Path, sig: signal.Signals, when: str) -> None:
    """What Ctrl-C (SIGINT) and systemd or ``docker stop`` (SIGTERM to the group) do, at three moments:
    while the command imports, while the worker pool starts (the fork server loads the pipeline), and
    mid-run.  The moments are observed (processes in the group, rows in the database), not timed."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = TXT[0].read_text(encoding="utf-8")
    for i in range(200):
        (folder / f"{i:03d}.txt").write_text(f"Bản tin số {i}.\n{body}", encoding="utf-8")
    db = tmp_path / "x.db"
    cmd = [sys.executable, "-m", "vn_news_extract", "batch", str(folder), "--db", str(db), "-w", "2",
           "--batch-size", "1"]  # fmt: skip
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        while when != "importing" and proc.poll() is None:
            if when == "start-up" and len(_group(proc.pid)) > 1:
                break  # the fork server (or a worker) exists: the pool is starting
            if when == "running" and _outcome_count(db) >= 1:
                break
            time.sleep(0.02)
        os.killpg(proc.pid, sig)
        _, err = proc.communicate()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    if proc.returncode == -sig:  # before Python installed its handlers: the signal's default, silently
        assert when == "importing" and err == "", err
        return
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "Error" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines[-1] in ("error: interrupted", "re-run the same command to resume",
                         "error: interrupted (re-run the same command to resume a batch)"), err  # fmt: skip
    assert sum(line.startswith("error") for line in lines) <= 1


# -- logging at the CLI boundary ----------------------------------------------------------------------


def test_warnings_are_one_line_and_tracebacks_need_verbose(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import logging, sys
        from vn_news_extract.cli import configure_logging
        configure_logging(verbose=sys.argv[1] == "1")
        try:
            raise ConnectionError("server closed the connection unexpectedly\\nThis probably means ...")
        except ConnectionError:
            logging.getLogger("vn_news_extract.sinks").warning("could not close the sink", exc_info=True)
        """
    )
    quiet = subprocess.run([sys.executable, "-c", script, "0"], capture_output=True, text=True, check=True)
    assert quiet.stderr.splitlines() == [
        (
            "warning: could not close the sink (ConnectionError: server closed the connection unexpectedly "
            "This probably means ...)"
        )
    ]
    loud = subprocess.run([sys.executable, "-c", script, "1"], capture_output=True, text=True, check=True)
    assert "Traceback" in loud.stderr


def test_a_dangling_link_named_explicitly_fails(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    summary = run([str(link)], [JsonlSink(tmp_path / "r.jsonl")], BatchOptions(workers=0),
                  processor=FakeProcessor())  # fmt: skip
    assert dict(summary.failed) == {"input": 1}


def test_run_refuses_a_list_naming_nothing_before_opening_anything(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        run([str(tmp_path / "missing")], [SqlSink(f"sqlite:///{tmp_path / 'x.db'}")], BatchOptions(workers=0))
    assert not (tmp_path / "x.db").exists()


# -- the library ------------------------------------------------------------------------------------------


def test_the_public_names_are_exported_and_listed() -> None:
    import vn_news_extract

    assert sorted(dir(vn_news_extract)) == sorted(vn_news_extract.__all__)
    assert {"RawDocument", "InputError", "extract_records", "run"} <= set(vn_news_extract.__all__)
    for name in vn_news_extract.__all__:
        assert getattr(vn_news_extract, name) is not None
    from vn_news_extract import InputError as Exported
    from vn_news_extract import RawDocument as Raw

    assert Exported is InputError and Raw is RawDocument
    for name in ("extract_text", "extract_file", "extract_records", "process", "run"):
        doc = getattr(vn_news_extract, name).__doc__ or ""
        assert "Returns:" in doc or "Yields:" in doc, name
        assert "Raises:" in doc or name == "process", name


def test_extract_file_reads_an_archive_like_the_cli(tmp_path: Path) -> None:
    from vn_news_extract import extract_file, extract_records

    warc = ROOT / "corpus" / "examples" / "pages.warc.gz"
    records = list(extract_records(str(warc)))
    assert len(records) >= 2 and all(r["source"]["url"] for r in records)
    with pytest.raises(InputError, match="use extract_records"):
        extract_file(warc)
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"text": TXT[0].read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    assert extract_file(one)["article"]["text"]
    shtml = tmp_path / "page.shtml"
    shtml.write_bytes((ROOT / "tests" / "fixtures" / "html" / "vnexpress.html").read_bytes())
    assert extract_file(shtml)["source"]["content_type"] == "text/html"  # read as HTML, as batch does


def test_extract_names_an_unsupported_scheme_not_a_mangled_path() -> None:
    res = subprocess.run([sys.executable, "-m", "vn_news_extract", "extract", "ftp://example.vn/a.html"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert res.returncode == 2
    assert res.stderr == "error: ftp://example.vn/a.html: only http and https URLs are supported, not ftp://\n"


def test_an_oversize_warc_record_is_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vn_news_extract.sources.warc import iter_warc

    monkeypatch.setenv("VN_NEWS_EXTRACT_MAX_BYTES", "100")
    items = list(iter_warc(ROOT / "corpus" / "examples" / "pages.warc.gz"))
    big = [i for i in items if isinstance(i, Failed)]
    assert big and all("over the 100-byte limit" in f.message and f.stage == "input" for f in big)


def test_show_on_an_archive_says_which_article_it_shows(tmp_path: Path) -> None:
    warc = str(ROOT / "corpus" / "examples" / "pages.warc.gz")
    first = CliRunner().invoke(cli, ["show", warc, "-o", str(tmp_path / "1.html")])
    assert first.exit_code == 0, first.output
    assert "showing article 1 of" in first.output
    second = CliRunner().invoke(cli, ["show", warc, "--record", "2", "-o", str(tmp_path / "2.html")])
    assert second.exit_code == 0 and "showing article 2 of" in second.output
    assert (tmp_path / "1.html").read_text(encoding="utf-8") != (tmp_path / "2.html").read_text(encoding="utf-8")
    beyond = CliRunner().invoke(cli, ["show", warc, "--record", "99"])
    assert isinstance(beyond.exception, InputError) and "--record 99, but it holds 2" in str(beyond.exception)


def test_long_messages_are_cut_at_a_word() -> None:
    from vn_news_extract.sources.warc import clip

    text = "the gzip member ends early " * 20
    short = clip(text, 60)
    assert len(short) <= 60 and short.endswith("…") and text.startswith(short[:-1])
    assert short[:-1].split()[-1] in {"the", "gzip", "member", "ends", "early"}
    assert clip("short", 60) == "short"
