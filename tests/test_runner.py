"""The batch runner: resume, force, process pool, Dask, interruption; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_support import DATABASES, FakeProcessor, corpus, database, expected_counts, scalar, snapshot

from vn_news_extract.runner import BatchOptions, RunSummary, run
from vn_news_extract.sinks import JsonlSink, SqlSink
from vn_news_extract.types import RawDocument


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database(request.param, tmp_path)


N = 30


def counts(url: str) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        scalar(url, f"SELECT count(*) FROM outcomes WHERE status = '{s}'")
        for s in ("stored", "skipped", "failed")
    )


def test_inline_run_then_resume_without_re_extraction(db_url: str, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    docs = corpus(N)
    first = run(
        docs, [SqlSink(db_url)], BatchOptions(workers=0, batch_size=8), processor=FakeProcessor(str(logs))
    )
    assert first.status == "completed"
    assert (first.stored, sum(first.skipped.values()), sum(first.failed.values())) == expected_counts(N)
    assert first.skipped == {"not_an_article": expected_counts(N)[1]}
    assert first.failed == {"parse": expected_counts(N)[2]}
    assert counts(db_url) == expected_counts(N)
    assert scalar(db_url, "SELECT count(*) FROM articles") == expected_counts(N)[0]
    before = snapshot(db_url)
    extracted = len(list(logs.glob("doc-*")))
    assert extracted == N

    second = run(docs, [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor(str(logs)))
    failed = expected_counts(N)[2]
    assert second.already_done == N - failed  # stored and skipped inputs are done; failed ones retried
    assert len(list(logs.glob("doc-*"))) == extracted + failed
    assert snapshot(db_url) == before
    assert scalar(db_url, "SELECT count(*) FROM runs WHERE status = 'completed'") == 2


def test_force_re_extracts_and_changes_nothing(db_url: str) -> None:
    docs = corpus(12)
    run(docs, [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor())
    before = snapshot(db_url)
    again = run(docs, [SqlSink(db_url)], BatchOptions(workers=0, force=True), processor=FakeProcessor())
    assert again.already_done == 0 and again.handled == 12
    assert snapshot(db_url) == before


def test_a_changed_input_is_a_new_input(db_url: str) -> None:
    run(corpus(5), [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor())
    edited = [RawDocument(b"Gi\xc3\xa1 t\xc4\x83ng 99%.", "text/plain", path="doc/0000.txt")]
    summary = run(edited, [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor())
    assert summary.stored == 1 and summary.already_done == 0
    assert scalar(db_url, "SELECT count(*) FROM outcomes") == 6


def test_pipeline_bugs_become_failed_outcomes(db_url: str) -> None:
    docs = [RawDocument(b"RAISE", "text/plain", path="bug.txt")]
    summary = run(docs, [SqlSink(db_url)], BatchOptions(workers=0), processor=FakeProcessor())
    assert summary.failed == {"internal": 1}
    assert scalar(db_url, "SELECT message FROM outcomes") == "RuntimeError: extractor bug"


def test_process_pool_loads_the_pipeline_once_per_worker(db_url: str, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    opts = BatchOptions(workers=2, batch_size=5, in_flight=4)
    summary = run(corpus(N), [SqlSink(db_url)], opts, processor=FakeProcessor(str(logs)))
    assert summary.status == "completed"
    assert counts(db_url) == expected_counts(N)
    setups = {p.name.split("-")[1] for p in logs.glob("setup-*")}
    workers = {p.name.split("-")[1] for p in logs.glob("doc-*")}
    assert len(list(logs.glob("setup-*"))) == len(setups) <= 2  # one setup per process
    assert workers <= setups
    assert len(list(logs.glob("doc-*"))) == N


def test_dask_local_cluster_writes_the_same_rows(db_url: str, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    docs = corpus(N)
    local = f"sqlite:///{tmp_path / 'local.db'}"
    run(docs, [SqlSink(local)], BatchOptions(workers=0), processor=FakeProcessor())
    opts = BatchOptions(engine="dask", workers=1, dask_processes=False, batch_size=7)
    summary = run(docs, [SqlSink(db_url)], opts, processor=FakeProcessor())
    assert summary.status == "completed"
    assert counts(db_url) == expected_counts(N)
    tables = ("articles", "percentages", "sectors", "officials", "documents", "amounts", "periods")
    strip = {"articles": lambda row: row[:-3]}  # run_id and updated_at differ between the two runs
    for table in tables:
        a, b = snapshot(local, (table,))[table], snapshot(db_url, (table,))[table]
        cut = strip.get(table, lambda row: row)
        assert sorted(map(cut, a)) == sorted(map(cut, b)), table


def test_interrupted_run_keeps_what_is_done_and_resumes(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    docs = corpus(N)

    def stop_after_ten(summary: RunSummary) -> None:
        if summary.handled == 10:
            raise KeyboardInterrupt

    sinks = [SqlSink(db_url), JsonlSink(out)]
    first = run(docs, sinks, BatchOptions(workers=0, batch_size=4), processor=FakeProcessor(),
                progress=stop_after_ten)  # fmt: skip
    assert first.status == "interrupted"
    done = scalar(db_url, "SELECT count(*) FROM outcomes")
    assert 10 <= done < N
    assert scalar(db_url, "SELECT status FROM runs") == "interrupted"
    second = run(docs, [SqlSink(db_url), JsonlSink(out)], BatchOptions(workers=2), processor=FakeProcessor())
    assert second.status == "completed"
    assert counts(db_url) == expected_counts(N)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == expected_counts(N)[0]  # each article exactly once in the JSONL file too


def test_stream_is_consumed_lazily(tmp_path: Path) -> None:
    """At most ``in_flight`` documents are pulled ahead of what has been handled."""
    pulled = 0
    handled: list[int] = []

    def docs():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for doc in corpus(40):
            pulled += 1
            assert pulled - (handled[-1] if handled else 0) <= 6 + 1
            yield doc

    opts = BatchOptions(workers=2, in_flight=6, batch_size=100)
    summary = run(docs(), [SqlSink(f"sqlite:///{tmp_path / 'x.db'}")], opts, processor=FakeProcessor(),
                  progress=lambda s: handled.append(s.handled))  # fmt: skip
    assert summary.handled == 40


class BrokenSetup(FakeProcessor):
    def setup(self) -> None:
        raise RuntimeError("no model")


def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(tmp_path: Path) -> None:
    from vn_news_extract.errors import VnNewsError

    url = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(VnNewsError, match="worker processes could not start"):
        run(corpus(5), [SqlSink(url)], BatchOptions(workers=1), processor=BrokenSetup())
    assert scalar(url, "SELECT status FROM runs") == "failed"


class DiesOnce(FakeProcessor):
    def __call__(self, doc: RawDocument):  # type: ignore[no-untyped-def]
        if doc.content.startswith(b"DIE") and not Path(self.log_dir or "", "died").exists():
            Path(self.log_dir or "", "died").touch()
            os._exit(1)  # a worker killed mid-document (OOM killer, segfault)
        return super().__call__(doc)


def test_a_dead_worker_fails_its_documents_and_the_pool_goes_on(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    docs = corpus(6, "a") + [RawDocument(b"DIE", "text/plain", path="die.txt")] + corpus(6, "b")
    summary = run(
        docs, [SqlSink(url)], BatchOptions(workers=1, in_flight=1), processor=DiesOnce(str(tmp_path))
    )
    assert summary.status == "completed"
    assert summary.failed["worker"] == 1
    assert summary.handled == 13
    again = run(docs, [SqlSink(url)], BatchOptions(workers=1), processor=DiesOnce(str(tmp_path)))
    assert again.failed == {"parse": 2}  # the dead worker's document is retried and now stored
