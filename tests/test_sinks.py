"""The SQL sink against SQLite and PostgreSQL, and the JSON Lines sink."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from batch_support import DATABASES, FACT_TABLES, database, make_record, scalar, snapshot
from sqlalchemy import text

from vn_news_extract.sinks import JsonlSink, SinkError, SqlSink, doc_key
from vn_news_extract.sinks import sql as sqlmod
from vn_news_extract.sinks.base import Item, RunInfo, RunTotals
from vn_news_extract.types import Failed, Skipped, Stored


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database(request.param, tmp_path)


SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "article.schema.json").read_text())


def stored(body: str, name: str = "a.txt") -> Item:
    record = make_record(body, path=name)
    return Item(doc_key(name, record["source"]["sha256"]), record["source"]["sha256"], Stored(name, record))


def write(url: str, *items: Item) -> None:
    sink = SqlSink(url)
    sink.open(RunInfo(inputs=["test"]))
    sink.write_batch(list(items))
    sink.close(RunTotals())


def test_fake_records_follow_the_schema() -> None:
    jsonschema.validate(make_record("Giá tăng 3,5% và 7%."), SCHEMA)


def test_schema_is_created_once_with_a_version(db_url: str) -> None:
    write(db_url)
    write(db_url)
    assert scalar(db_url, "SELECT max(version) FROM schema_version") == sqlmod.SCHEMA_VERSION
    assert scalar(db_url, "SELECT count(*) FROM schema_version") == 1
    for table in ("articles", "outcomes", "runs", *FACT_TABLES):
        assert scalar(db_url, f"SELECT count(*) FROM {table}") is not None


def test_a_newer_schema_is_refused(db_url: str) -> None:
    write(db_url)
    engine = sqlmod.make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version VALUES (99, 'later')"))
    engine.dispose()
    with pytest.raises(SinkError, match="version 99, newer"):
        SqlSink(db_url).open(RunInfo(inputs=[]))


def test_an_older_schema_is_migrated_step_by_step(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    write(db_url, stored("Giá tăng 5%."))

    def add_column(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(text("ALTER TABLE articles ADD COLUMN word_count INTEGER"))

    monkeypatch.setattr(sqlmod, "SCHEMA_VERSION", sqlmod.SCHEMA_VERSION + 1)
    monkeypatch.setitem(sqlmod.MIGRATIONS, sqlmod.SCHEMA_VERSION, add_column)
    write(db_url)
    assert scalar(db_url, "SELECT max(version) FROM schema_version") == sqlmod.SCHEMA_VERSION
    assert scalar(db_url, "SELECT count(word_count) FROM articles") == 0
    assert scalar(db_url, "SELECT count(*) FROM articles") == 1


def test_same_article_twice_leaves_the_same_rows(db_url: str) -> None:
    item = stored("Xuất khẩu tăng 12,5% và nhập khẩu tăng 8%.")
    write(db_url, item)
    before = snapshot(db_url)
    write(db_url, item)
    write(db_url, item, item)  # twice in one batch too
    assert snapshot(db_url) == before
    assert scalar(db_url, "SELECT count(*) FROM articles") == 1
    assert scalar(db_url, "SELECT count(*) FROM percentages") == 2
    assert scalar(db_url, "SELECT count(*) FROM runs") == 3


def test_a_changed_article_replaces_its_facts(db_url: str) -> None:
    first = stored("Xuất khẩu tăng 12,5% và nhập khẩu tăng 8%.")
    write(db_url, first)
    record = dict(first.record or {})
    record["percentages"] = record["percentages"][:1]
    record["article"] = {**record["article"], "author": "Minh Anh"}
    write(db_url, Item(first.doc_key, first.sha256, Stored(first.label, record)))
    assert scalar(db_url, "SELECT count(*) FROM articles") == 1
    assert scalar(db_url, "SELECT author FROM articles") == "Minh Anh"
    assert scalar(db_url, "SELECT count(*) FROM percentages") == 1
    assert scalar(db_url, "SELECT value FROM percentages") == 12.5


def test_fact_rows_have_offsets_attributes_and_extras(db_url: str) -> None:
    item = stored("Xuất khẩu tăng 12,5%.")
    write(db_url, item)
    rec = item.record or {}
    pct = rec["percentages"][0]
    assert scalar(db_url, "SELECT start_offset FROM percentages") == pct["start"]
    assert scalar(db_url, "SELECT end_offset FROM percentages") == pct["end"]
    assert scalar(db_url, "SELECT sector FROM percentages") == "10"
    assert scalar(db_url, "SELECT article_id FROM percentages") == rec["id"]
    assert scalar(db_url, "SELECT number FROM documents") == "100/2019/NĐ-CP"
    attrs = scalar(db_url, "SELECT attrs FROM documents")
    assert (json.loads(attrs) if isinstance(attrs, str) else attrs) == {"signed_by": "Thủ tướng"}
    assert scalar(db_url, "SELECT attrs FROM percentages") is None  # SQL NULL, not JSON null
    full = scalar(db_url, "SELECT record FROM articles")
    assert (json.loads(full) if isinstance(full, str) else full) == rec


def test_outcomes_for_skipped_and_failed_inputs(db_url: str) -> None:
    ok = stored("Giá tăng 2%.")
    skip = Item(doc_key("ad.html", "s1"), "s1", Skipped("ad.html", "not an article"))
    fail = Item(doc_key("bad.html", "s2"), "s2", Failed("bad.html", "decode", "not UTF-8 nor Windows-1258"))
    write(db_url, ok, skip, fail)
    assert scalar(db_url, "SELECT reason FROM outcomes WHERE status = 'skipped'") == "not_an_article"
    assert scalar(db_url, "SELECT detail FROM outcomes WHERE status = 'skipped'") == "not an article"
    assert scalar(db_url, "SELECT stage || ': ' || message FROM outcomes WHERE status = 'failed'") == (
        "decode: not UTF-8 nor Windows-1258"
    )
    assert (
        scalar(db_url, "SELECT article_id FROM outcomes WHERE status = 'stored'") == (ok.record or {})["id"]
    )
    sink = SqlSink(db_url)
    sink.open(None)
    assert sink.contains(ok.doc_key) and sink.contains(skip.doc_key)
    assert not sink.contains(fail.doc_key)  # failed inputs are retried
    assert not sink.contains(doc_key("new.html", "x"))
    sink.close()


def test_a_batch_is_one_transaction(db_url: str) -> None:
    good = stored("Giá tăng 2%.", "good.txt")
    bad = stored("Giá tăng 3%.", "bad.txt")
    (bad.record or {})["percentages"][0]["start"] = None  # violates NOT NULL
    with pytest.raises(SinkError, match="cannot write"):
        write(db_url, good, bad)
    assert scalar(db_url, "SELECT count(*) FROM articles") == 0
    assert scalar(db_url, "SELECT count(*) FROM outcomes") == 0
    assert scalar(db_url, "SELECT status FROM runs") == "running"  # close() was never reached


def test_run_rows_record_the_totals(db_url: str) -> None:
    sink = SqlSink(db_url)
    info = RunInfo(inputs=["corpus/"], engine="local", workers=2)
    sink.open(info)
    assert info.run_id is not None
    sink.close(RunTotals(stored=3, skipped=1, failed=2, already_done=4, status="interrupted"))
    assert scalar(db_url, "SELECT status || stored || skipped || failed || already_done FROM runs") == (
        "interrupted3124"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nosuchdb+driver://x", "no driver|not a database URL"),
        ("sqlite:////nonexistent/dir/x.db", "cannot open database"),
        ("postgresql+psycopg://u:secret@127.0.0.1:1/x", "cannot open database"),
    ],
)
def test_bad_databases_give_one_line_errors(url: str, message: str) -> None:
    with pytest.raises(SinkError, match=message) as info:
        SqlSink(url).open(RunInfo(inputs=[]))
    assert "\n" not in str(info.value)
    assert "secret" not in str(info.value)


# -- JSON Lines ---------------------------------------------------------------------------------------


def _jsonl(path: Path, *batches: list[Item]) -> list[dict]:
    sink = JsonlSink(path)
    sink.open(RunInfo(inputs=[]))
    for batch in batches:
        sink.write_batch(batch)
    sink.close()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_is_idempotent_and_resumable(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    a, b = stored("Giá tăng 2%.", "a"), stored("Giá tăng 3%.", "b")
    skip = Item(doc_key("c", "s"), "s", Skipped("c", "empty input"))
    fail = Item(doc_key("d", "f"), "f", Failed("d", "fetch", "timeout"))
    assert [r["id"] for r in _jsonl(out, [a, skip, fail])] == [(a.record or {})["id"]]
    assert len(_jsonl(out, [a, b], [b])) == 2
    sink = JsonlSink(out)
    sink.open(None)
    assert sink.contains(a.doc_key) and sink.contains(skip.doc_key) and not sink.contains(fail.doc_key)
    sink.close()


def test_jsonl_drops_a_half_written_line_and_compacts_changes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    a = stored("Giá tăng 2%.", "a")
    _jsonl(out, [a])
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "half-writ')  # a killed run
    changed = dict(a.record or {}, percentages=[])
    records = _jsonl(out, [stored("Giá tăng 9%.", "b")], [Item(a.doc_key, a.sha256, Stored("a", changed))])
    assert len(records) == 2
    assert {r["id"]: r["percentages"] for r in records}[changed["id"]] == []


def test_jsonl_into_a_missing_directory_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(SinkError, match="no such directory"):
        JsonlSink(tmp_path / "nope" / "out.jsonl").open(None)
