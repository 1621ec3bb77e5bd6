"""Faults (issue 7): documents over the time limit, SIGTERM / SIGINT / SIGKILL at random points of a real
batch, a worker killed from outside, a locked database, a full disk.  After a re-run every input is stored
exactly once and no article is visible without its facts, nor facts without their article."""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from batch_support import FACT_TABLES, FakeProcessor, corpus, expected_counts, scalar
from test_runner_kill import N, _group, _outcomes, _start

from vn_news_extract.runner import BatchOptions, run
from vn_news_extract.sinks import JsonlSink, SinkError, SqlSink
from vn_news_extract.sinks import jsonl as jsonl_mod
from vn_news_extract.types import Outcome, RawDocument


def assert_exactly_once(url: str, n: int = N, out: Path | None = None) -> None:
    """Every input has one outcome; stored ones one article with all its facts; nothing orphaned."""
    stored, _skipped, failed = expected_counts(n)
    assert scalar(url, "SELECT count(*) FROM outcomes") == n
    assert scalar(url, "SELECT count(*) FROM outcomes WHERE status = 'stored'") == stored
    assert scalar(url, "SELECT count(*) FROM outcomes WHERE status = 'failed'") == failed
    assert scalar(url, "SELECT count(*) FROM articles") == stored
    assert scalar(url, "SELECT count(DISTINCT article_id) FROM outcomes WHERE status = 'stored'") == stored
    # one sector and two percentages per fake record: a half-written article would show here
    assert scalar(url, "SELECT count(*) FROM sectors") == stored
    assert scalar(url, "SELECT count(*) FROM percentages") == 2 * stored
    for table in FACT_TABLES:
        orphans = f"SELECT count(*) FROM {table} f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)"
        assert scalar(url, orphans) == 0, f"{table} rows without their article"
    bare = (
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sectors s WHERE s.article_id = a.id)"
    )
    assert scalar(url, bare) == 0, "an article without its facts"
    if out is not None:
        import json

        ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(ids) == len(set(ids)) == stored


# -- per-document time limit ------------------------------------------------------------------------


class Slow(FakeProcessor):
    """SLOW documents loop in Python for a minute; STUCK ones block SIGALRM (as a long C call would)."""

    def __call__(self, doc: RawDocument) -> Outcome:
        if doc.content.startswith(b"SLOW"):
            end = time.monotonic() + 60
            while time.monotonic() < end:
                sum(range(1000))
        if doc.content.startswith(b"STUCK"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        return super().__call__(doc)


def _with(kind: bytes, name: str) -> list[RawDocument]:
    return corpus(4, "a") + [RawDocument(kind + b" trang", "text/plain", path=name)] + corpus(4, "b")


@pytest.mark.parametrize("workers", [0, 2], ids=["inline", "pool"])
def test_a_document_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path: Path, workers: int) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    start = time.monotonic()
    summary = run(_with(b"SLOW", "slow.txt"), [SqlSink(url)], BatchOptions(workers=workers, doc_timeout=1.0),
                  processor=Slow())  # fmt: skip
    assert time.monotonic() - start < 60  # ended before the SLOW document would have ended by itself
    assert summary.status == "completed" and summary.failed["timeout"] == 1
    assert summary.handled == 9
    message = scalar(url, "SELECT message FROM outcomes WHERE stage = 'timeout'")
    assert "per-document time limit" in message
    assert scalar(url, "SELECT label FROM outcomes WHERE stage = 'timeout'") == "slow.txt"


def test_a_stuck_worker_is_stopped_and_replaced(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    start = time.monotonic()
    docs = _with(b"STUCK", "stuck.txt")
    summary = run(
        docs, [SqlSink(url)], BatchOptions(workers=1, in_flight=1, doc_timeout=1.0), processor=Slow()
    )
    assert time.monotonic() - start < 60  # ended before the STUCK document would have (hard limit: 1 s + 5 s)
    assert summary.status == "completed"
    assert summary.failed["worker"] == 1 and summary.handled == 9
    assert scalar(url, "SELECT label FROM outcomes WHERE stage = 'worker'") == "stuck.txt"


# -- signals at random points of a run (a real subprocess, 2 workers), then a re-run ----------------


def _kill_randomly(url: str, out: Path, sig: signal.Signals, rng: random.Random, group: bool) -> None:
    proc = _start(url, out, delay=0.05, hold=out.parent / "never")
    try:
        deadline = time.monotonic() + 600  # a hang guard, not a speed assumption
        while _outcomes(url) < 1 and proc.poll() is None:
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.8))
        if proc.poll() is None:
            (os.killpg if group else os.kill)(proc.pid, sig)
        proc.wait(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 120
    while _group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _group(proc.pid), "processes outlived the killed run"


def test_sigterm_stops_a_run_cleanly(tmp_path: Path) -> None:
    url, out = f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "out.jsonl"
    proc = _start(url, out, delay=0.1, hold=tmp_path / "never")
    deadline = time.monotonic() + 600  # a hang guard, not a speed assumption
    while _outcomes(url) < 6:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGTERM)  # as ``kill`` or ``docker stop`` do: the main process only
    assert proc.wait(timeout=300) == 130
    assert scalar(url, "SELECT status FROM runs") == "interrupted"
    assert _outcomes(url) < N
    again = _start(url, out, delay=0.0)
    assert again.wait(timeout=600) == 0
    assert_exactly_once(url, out=out)


@pytest.mark.slow  # a sweep of several interrupted runs; CI runs the slow tests
def test_random_signals_at_random_points_then_a_rerun(tmp_path: Path) -> None:
    """Four runs killed by a random signal at a random moment (main process or the whole group, seeded),
    then a run to the end: every input stored exactly once, nothing half-written."""
    seed = int(os.environ.get("VNE_FAULT_SEED", "7"))
    rng = random.Random(seed)
    url, out = f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "out.jsonl"
    for _ in range(4):
        sig = rng.choice([signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
        _kill_randomly(url, out, sig, rng, group=rng.random() < 0.5)
        if _outcomes(url):
            assert scalar(url, "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                               "(SELECT 1 FROM sectors s WHERE s.article_id = a.id)") == 0  # fmt: skip
    again = _start(url, out, delay=0.0)
    assert again.wait(timeout=600) == 0, f"seed {seed}"
    assert_exactly_once(url, out=out)


def test_a_worker_killed_from_outside(tmp_path: Path) -> None:
    url, out = f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "out.jsonl"
    go = tmp_path / "go"
    proc = _start(url, out, delay=0.1, hold=go)  # the run cannot end before a worker is killed
    try:
        deadline = time.monotonic() + 600  # a hang guard, not a speed assumption
        while _outcomes(url) < 3:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        children = [p for p in _group(proc.pid) if _parent(p) not in (proc.pid, 0, 1) and p != proc.pid]
        assert children, "no worker process found"
        os.kill(children[0], signal.SIGKILL)  # the OOM killer's way
        go.touch()
        code = proc.wait(timeout=600)
        assert code == 0, "the run did not survive a dead worker: " + (
            proc.stderr.read().decode()[-2000:] if proc.stderr else ""
        )
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert scalar(url, "SELECT status FROM runs") == "completed"
    again = _start(url, out, delay=0.0)
    assert again.wait(timeout=600) == 0
    assert_exactly_once(url, out=out)


def _parent(pid: int) -> int:
    """Pool workers are children of the fork server, itself (like the resource tracker) the run's child."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


# -- a locked database --------------------------------------------------------------------------------


def _hold_lock(path: Path, seconds: float, release: threading.Event | None = None) -> threading.Thread:
    """Hold an exclusive lock on the database for ``seconds``, or until ``release`` is set."""
    ready = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, timeout=5)
        conn.execute("BEGIN EXCLUSIVE")
        ready.set()
        if release is None:
            time.sleep(seconds)
        else:
            release.wait(seconds)  # ``seconds``: a hang guard
        conn.rollback()
        conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(5)
    return thread


def test_a_briefly_locked_database_is_retried(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    url = f"sqlite:///{path}"
    sink = SqlSink(url, busy_timeout=0.1, retries=5, backoff=0.1)
    run(corpus(10), [sink], BatchOptions(workers=0), processor=FakeProcessor())
    holder = _hold_lock(path, 0.8)
    sink = SqlSink(url, busy_timeout=0.1, retries=5, backoff=0.1)
    summary = run(corpus(N), [sink], BatchOptions(workers=0, batch_size=5), processor=FakeProcessor())
    holder.join()
    assert summary.status == "completed"
    assert_exactly_once(url)


def test_a_database_locked_for_good_fails_clearly_then_resumes(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    url = f"sqlite:///{path}"
    run(corpus(5), [SqlSink(url)], BatchOptions(workers=0), processor=FakeProcessor())
    release = threading.Event()
    holder = _hold_lock(path, 600, release)  # locked until the run has given up: for good, as far as it knows
    try:
        with pytest.raises(SinkError, match=r"database is locked \(after 3 attempts\)"):
            run(corpus(N), [SqlSink(url, busy_timeout=0.1, retries=2, backoff=0.1)], BatchOptions(workers=0),
                processor=FakeProcessor())  # fmt: skip
        assert holder.is_alive()  # it gave up while the lock was still held, not after waiting it out
    finally:
        release.set()
    holder.join()
    run(corpus(N), [SqlSink(url)], BatchOptions(workers=0), processor=FakeProcessor())
    assert_exactly_once(url)


# -- a full disk ----------------------------------------------------------------------------------------


def test_a_full_sqlite_database_fails_clearly_then_resumes(tmp_path: Path) -> None:
    """SQLite's own "database or disk is full" (a page-count cap stands in for the disk)."""
    from sqlalchemy import event

    url = f"sqlite:///{tmp_path / 'x.db'}"
    sink = SqlSink(url, retries=1, backoff=0.01)

    @event.listens_for(sink.engine, "connect")
    def _cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA max_page_count=40")

    with pytest.raises(SinkError, match="full"):
        run(corpus(N), [sink], BatchOptions(workers=0, batch_size=4), processor=FakeProcessor())
    assert 0 < _outcomes(url) < N
    run(corpus(N), [SqlSink(url)], BatchOptions(workers=0), processor=FakeProcessor())
    assert_exactly_once(url)


def test_enospc_on_the_jsonl_sink_fails_clearly_then_resumes(tmp_path: Path, monkeypatch: Any) -> None:
    url, out = f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "out.jsonl"
    calls = {"n": 0}
    real = jsonl_mod._sync

    def full(fh: Any) -> None:
        calls["n"] += 1
        if calls["n"] > 6:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fh)

    monkeypatch.setattr(jsonl_mod, "_sync", full)
    with pytest.raises(SinkError, match="No space left"):
        run(corpus(N), [SqlSink(url), JsonlSink(out)], BatchOptions(workers=0, batch_size=4),
            processor=FakeProcessor())  # fmt: skip
    monkeypatch.setattr(jsonl_mod, "_sync", real)
    run(corpus(N), [SqlSink(url), JsonlSink(out)], BatchOptions(workers=0), processor=FakeProcessor())
    assert_exactly_once(url, out=out)


def test_a_real_full_disk(tmp_path: Path) -> None:
    """A 1 MB tmpfs (needs root to mount; skipped otherwise): the run stops with a one-line error, and
    the same run on a roomier disk after copying the database finishes with every input once."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], check=False, capture_output=True
    )
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.decode().strip() or res.returncode}")
    try:
        url = f"sqlite:///{mnt / 'x.db'}"
        with pytest.raises(SinkError, match="full|No space"):
            run(corpus(600), [SqlSink(url, retries=1, backoff=0.01), JsonlSink(mnt / "out.jsonl")],
                BatchOptions(workers=0, batch_size=8), processor=FakeProcessor())  # fmt: skip
        done = _outcomes(url)
        assert 0 < done < 600
        subprocess.run(["mount", "-o", "remount,size=16m", str(mnt)], check=True)
        run(corpus(600), [SqlSink(url), JsonlSink(mnt / "out.jsonl")], BatchOptions(workers=0),
            processor=FakeProcessor())  # fmt: skip
        assert_exactly_once(url, n=600, out=mnt / "out.jsonl")
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False, capture_output=True)
