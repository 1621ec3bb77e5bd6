"""Batch runs a data engineer can script and trust (issue 14): exit codes, resume state that cannot lie,
reason codes, abandoned runs, the schema lock and honest retries, Dask without workers, progress, ignored
files and dangling links, one-line logging."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_support import DATABASES, FakeProcessor, corpus, database, make_record, scalar
from cli_support import cli_main
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
    res = cli_main("batch", "nonexistent/", "missing.txt")
    assert res.returncode == 2, res.stderr
    assert res.stderr.decode().startswith("error: none of the 2 inputs names anything to read")
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
    res = cli_main("batch", str(src), "--out", "-", "-w", "0", "-q")  # in the cwd, tmp_path
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

def _open_and_close(url: str, go: Any) -> None:
    """One first run: wait for the start signal, open the sink (no retries), close it."""
    go.wait()
    sink = SqlSink(url, retries=0)
    sink.open(RunInfo(inputs=[]))
    sink.close(RunTotals())


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
        assert [p.returncode for p in procs] == [0, 0], "\n".join(errors)
        assert scalar(url, "SELECT count(*) FROM runs") == 2
        assert scalar(url, "SELECT count(*) FROM schema_version") == 1


def test_the_switch_to_wal_waits_out_another_first_connection() -> None:
    """Two first connections to a new SQLite file may switch to WAL at once; SQLite then says "database is
    locked" at once (no busy wait), so the switch is retried until it succeeds, and gives up after the timeout."""
    import sqlite3

    answers: list[str] = []

    def locked_twice(sql: str) -> None:
        answers.append(sql)
        if len(answers) <= 2:
            raise sqlite3.OperationalError("database is locked")

    sqlmod.switch_to_wal(locked_twice, busy_timeout=60.0)
    assert answers == ["PRAGMA journal_mode=WAL"] * 3

    def always_locked(sql: str) -> None:
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlmod.switch_to_wal(always_locked, busy_timeout=0.0)

    def broken(sql: str) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    calls = []
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        sqlmod.switch_to_wal(lambda sql: (calls.append(sql), broken(sql)), busy_timeout=60.0)
    assert len(calls) == 1  # only a lock is waited out


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


# -- Ctrl-C and SIGTERM at any moment: one clean message, no traceback, then an exact resume ------------------
#
# The moments are events seen from outside in /proc (processes of the run, libraries they mapped, rows in the
# database), never sleeps.  The last input is a link to a named pipe that nobody writes to, so the run cannot
# finish before the signal however busy the machine is: the parent blocks opening it (a signal interrupts
# that) after writing the outcomes of the documents before it.  The re-run gets the pipe's document from a
# writer thread.

DOCS = 12  # more than the 8 documents in flight with -w 2, so outcomes are written before the pipe blocks


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


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _maps(pid: int, part: str) -> bool:
    try:
        return part in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def _fork_server(pid: int) -> int | None:
    return next((c for c in _children(pid) if "forkserver" in _cmdline(c)), None)


def _outcome_count(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM outcomes").fetchone()[0]
    except sqlite3.Error:
        return 0


# moment -> whether it has come, given the run's pid and database
MOMENTS = {
    # the command imports its libraries (an extension module from site-packages is mapped)
    "importing": lambda pid, db: _maps(pid, "site-packages") and not _children(pid),
    # the pool starts: the resource tracker exists
    "resource tracker": lambda pid, db: any("resource_tracker" in _cmdline(c) for c in _children(pid)),
    # the fork server's interpreter is starting (where "Fatal Python error: init_import_site" came from)
    "fork server start-up": lambda pid, db: _fork_server(pid) is not None,
    # the fork server loads spaCy
    "fork server loading": lambda pid, db: _maps(_fork_server(pid) or 0, "/spacy/"),
    # a worker was forked and loads its pipeline
    "worker start-up": lambda pid, db: bool(_children(_fork_server(pid) or 0)),
    # documents are being stored
    "running": lambda pid, db: _outcome_count(db) >= 1,
}


def _batch_inputs(tmp_path: Path) -> tuple[list[str], Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    body = TXT[0].read_text(encoding="utf-8")[:2500]
    for i in range(DOCS):
        (folder / f"{i:03d}.txt").write_text(f"Bản tin số {i}.\n{body}", encoding="utf-8")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    (tmp_path / "last.txt").symlink_to(pipe)
    return [str(folder), str(tmp_path / "last.txt")], pipe


def _feed(pipe: Path, proc: subprocess.Popen[str]) -> None:
    """Write one document into the pipe once the run opens it for reading (or stop when the run ends)."""
    while proc.poll() is None:
        try:
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader yet
            time.sleep(0.01)
            continue
        os.set_blocking(fd, True)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("Bản tin cuối. " + TXT[0].read_text(encoding="utf-8")[:2500])
        return


def _stop_at(cmd: list[str], db: Path, sig: signal.Signals, moment: str) -> tuple[int, str]:
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        while proc.poll() is None and not MOMENTS[moment](proc.pid, db):
            time.sleep(0.002)
        assert proc.poll() is None, f"the run ended before {moment}: {proc.communicate()[1]}"
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=600)  # a hang guard (a lost signal), not a speed assumption
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    # every process of the run closed its stderr; each is gone once it has finished exiting
    deadline = time.monotonic() + 120  # a hang guard, not a speed assumption
    while _group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group(proc.pid), "processes of the run outlived it"
    return proc.returncode, err


def _assert_clean_stop(code: int, err: str) -> None:
    assert code == 130, err
    assert "Traceback" not in err and "Error" not in err and "Fatal" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines[-1] in ("error: interrupted", "re-run the same command to resume",
                         "error: interrupted (re-run the same command to resume a batch)"), err  # fmt: skip
    assert sum(line.startswith("error") for line in lines) <= 1, err


def _assert_exact_resume(cmd: list[str], db: Path, pipe: Path) -> None:
    before = _outcome_count(db)
    assert before < DOCS + 1
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    feeder = threading.Thread(target=_feed, args=(pipe, proc), daemon=True)
    feeder.start()
    try:
        _, err = proc.communicate(timeout=600)  # a hang guard, not a speed assumption
    finally:
        if proc.poll() is None:
            proc.kill()
    feeder.join()
    assert proc.returncode == 0, err
    assert f"done: {DOCS + 1 - before} documents" in err, err
    if before:
        assert f"already stored, not re-extracted: {before} " in err, err
    assert _outcome_count(db) == DOCS + 1
    import sqlite3

    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, already_done FROM runs ORDER BY id").fetchall()
        stored = conn.execute("SELECT count(*) FROM outcomes WHERE status = 'stored'").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == articles == DOCS + 1
    assert runs[-1] == ("completed", before)
    assert all(status == "interrupted" for status, _ in runs[:-1]), runs


# the default run: SIGINT where start-up used to print "Fatal Python error", SIGTERM while a worker loads, and
# mid-run; every other moment for each signal is in the ``slow`` sweep (CI runs it; 12 runs and 12 re-runs)
DEFAULT_MOMENTS = {
    (signal.SIGINT, "fork server start-up"),
    (signal.SIGTERM, "worker start-up"),
    (signal.SIGINT, "running"),
}


@pytest.mark.parametrize(
    ("sig", "moment"),
    [
        pytest.param(
            sig, moment, id=f"{sig.name}-{moment}", marks=() if (sig, moment) in DEFAULT_MOMENTS else pytest.mark.slow
        )
        for sig in (signal.SIGINT, signal.SIGTERM)
        for moment in MOMENTS
    ],
)
def test_a_signal_to_the_process_group_stops_cleanly(tmp_path: Path, sig: signal.Signals, moment: str) -> None:
    """What Ctrl-C (SIGINT) and systemd or ``docker stop`` (SIGTERM to the group) do at each moment of a
    batch's start-up and mid-run: exit 130 with one message, no traceback and no "Fatal Python error" (the
    fork server and workers ignore both signals from their first instruction; the parent stops them), no
    process left behind; then the same command resumes exactly (each input once, those stored not redone)."""
    inputs, pipe = _batch_inputs(tmp_path)
    db = tmp_path / "x.db"
    cmd = [sys.executable, "-m", "vn_news_extract", "batch", *inputs, "--db", str(db), "-w", "2",
           "--batch-size", "1"]  # fmt: skip
    code, err = _stop_at(cmd, db, sig, moment)
    _assert_clean_stop(code, err)
    if moment == "running":
        assert 1 <= _outcome_count(db) < DOCS + 1
    _assert_exact_resume(cmd, db, pipe)


# -- logging at the CLI boundary ----------------------------------------------------------------------


def _logged_warning(verbose: bool) -> str:
    """What a warning with a traceback attached prints once the CLI has configured logging."""
    import contextlib
    import io
    import logging

    from vn_news_extract.cli import configure_logging

    err, root = io.StringIO(), logging.getLogger()
    level = root.level
    try:
        with contextlib.redirect_stderr(err):
            configure_logging(verbose=verbose)
        try:
            raise ConnectionError("server closed the connection unexpectedly\nThis probably means ...")
        except ConnectionError:
            logging.getLogger("vn_news_extract.sinks").warning("could not close the sink", exc_info=True)
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_vne", False)]:
            root.removeHandler(handler)
        root.setLevel(level)
        logging.captureWarnings(False)
    return err.getvalue()


def test_warnings_are_one_line_and_tracebacks_need_verbose() -> None:
    assert _logged_warning(verbose=False).splitlines() == [
        (
            "warning: could not close the sink (ConnectionError: server closed the connection unexpectedly "
            "This probably means ...)"
        )
    ]
    assert "Traceback" in _logged_warning(verbose=True)


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
    res = cli_main("extract", "ftp://example.vn/a.html")
    assert res.returncode == 2
    assert res.stderr == b"error: ftp://example.vn/a.html: only http and https URLs are supported, not ftp://\n"


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
