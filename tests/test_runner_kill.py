"""A batch killed with SIGINT or SIGKILL, then re-run, ends with every document stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_support import DATABASES, database, expected_counts, scalar

N = 60
TESTS = str(Path(__file__).parent)
SCRIPT = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # a background launcher may have left it ignored
sys.path.insert(0, {tests!r})
from batch_support import FakeProcessor, corpus
from vn_news_extract.runner import BatchOptions, run
from vn_news_extract.sinks import JsonlSink, SqlSink
summary = run(corpus({n}), [SqlSink({url!r}), JsonlSink({out!r})],
              BatchOptions(workers=2, batch_size=3, flush_seconds=0.2, doc_timeout={timeout}),
              processor=FakeProcessor(delay={delay}, hold={hold!r}))
sys.exit(130 if summary.status == "interrupted" else 0)
"""


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database(request.param, tmp_path)


def _start(url: str, out: Path, delay: float, hold: Path | None = None) -> subprocess.Popen[bytes]:
    """The batch of N fake documents in a new process group; ``hold``: its last document waits until that
    file exists, so the run cannot end before it is killed (a re-run is started without it)."""
    last = f"doc/{N - 1:04d}.txt"
    # a held document has no time limit (the default 120 s would end it on a machine busy enough)
    code = SCRIPT.format(tests=TESTS, n=N, url=url, out=str(out), delay=delay,
                         hold=(last, str(hold)) if hold else None, timeout=None if hold else 120.0)  # fmt: skip
    return subprocess.Popen([sys.executable, "-c", code], start_new_session=True, stderr=subprocess.PIPE)


def _outcomes(url: str) -> int:
    try:
        return scalar(url, "SELECT count(*) FROM outcomes") or 0
    except Exception as err:  # noqa: BLE001 - not created yet (any other error is the test's failure)
        if "no such table" in str(err) or "unable to open" in str(err) or "does not exist" in str(err):
            return 0
        raise


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_killed_run_resumes_to_exactly_once(db_url: str, tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(db_url, out, delay=0.1, hold=tmp_path / "never")
    try:
        deadline = time.monotonic() + 600  # a hang guard, not a speed assumption
        while _outcomes(db_url) < 6:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited early"
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.05)
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # as Ctrl-C does: the whole foreground group
        else:
            os.kill(proc.pid, sig)  # the main process only; its workers are orphaned
        code = proc.wait(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 120
    while _group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _group(proc.pid), "worker processes outlived the killed run"
    part = _outcomes(db_url)
    assert part < N  # the held last document cannot have finished
    if sig == signal.SIGINT:
        assert code == 130, proc.stderr.read().decode() if proc.stderr else code
        assert scalar(db_url, "SELECT status FROM runs") == "interrupted"
    else:
        assert code == -signal.SIGKILL
        assert scalar(db_url, "SELECT status FROM runs") == "running"  # as it was when killed

    again = _start(db_url, out, delay=0.0)
    assert again.wait(timeout=600) == 0, again.stderr.read().decode() if again.stderr else ""
    stored, _skipped, failed = expected_counts(N)
    assert scalar(db_url, "SELECT count(*) FROM outcomes") == N
    assert scalar(db_url, "SELECT count(*) FROM outcomes WHERE status = 'stored'") == stored
    assert scalar(db_url, "SELECT count(*) FROM outcomes WHERE status = 'failed'") == failed
    assert scalar(db_url, "SELECT count(*) FROM articles") == stored
    assert scalar(db_url, "SELECT count(*) FROM sectors") == stored  # one per fake record
    assert scalar(db_url, "SELECT count(*) FROM percentages") == 2 * stored
    assert scalar(db_url, "SELECT already_done FROM runs WHERE status = 'completed'") >= part - failed
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == stored


def _group(pgid: int) -> list[int]:
    """Processes still alive in a process group (the run, its fork server and workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if entry.name.isdigit() and fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry.name))
    return found
