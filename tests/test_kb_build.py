"""The knowledge-base step over a database (SQLite and PostgreSQL): tables, links, stable ids on
re-runs, incremental updates and changed articles."""

from __future__ import annotations

import copy

import pytest
from batch_support import DATABASES, database
from sqlalchemy import create_engine, text

from vn_news_extract.pipeline import extract_text
from vn_news_extract.sinks.base import Item, RunInfo, RunTotals
from vn_news_extract.sinks.sql import SqlSink
from vn_news_extract.types import Stored

# Passages written for this test (no real article): namesakes in two provinces, a promotion in one,
# one decree cited three times, a provincial decision number reused by two provinces.
PASSAGES = {
    "a1": "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An cho biết, 9 tháng năm 2024 chỉ số sản xuất "
    "công nghiệp của tỉnh tăng 8,5% so với cùng kỳ. Nghị định số 15/2022/NĐ-CP đã hỗ trợ doanh nghiệp.",
    "a2": "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Quảng Nam cho biết năm 2023 kim ngạch xuất khẩu của tỉnh "
    "tăng 12% so với năm trước. Theo Quyết định số 120/QĐ-UBND ngày 5/3/2023 của UBND tỉnh Quảng Nam, "
    "tỉnh hỗ trợ doanh nghiệp theo Nghị định 15/2022/NĐ-CP.",
    "a3": "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Nghệ An cho biết quý I/2025 tổng mức bán lẻ hàng hóa và "
    "doanh thu dịch vụ tiêu dùng trên địa bàn tăng 9,1%. Quyết định số 120/QĐ-UBND ngày 2/2/2025 của UBND "
    "tỉnh Nghệ An và Nghị định 15/2022/NĐ-CP được triển khai.",
}
DATES = {"a1": "2024-10-05T08:00:00+07:00", "a2": "2024-01-10T08:00:00+07:00", "a3": "2025-04-02T08:00:00+07:00"}


@pytest.fixture(scope="module")
def records():
    out = {}
    for name, passage in PASSAGES.items():
        rec = extract_text(passage, as_article=False)
        rec["article"]["published_at"] = DATES[name]
        out[name] = rec
    return out


@pytest.fixture(params=DATABASES)
def db_url(request, tmp_path):
    yield from database(request.param, tmp_path)


def _store(url: str, recs: list[dict]) -> SqlSink:
    sink = SqlSink(url)
    sink.open(RunInfo(inputs=[]))
    sink.write_batch([Item(f"k{r['id']}", None, Stored(r["id"], r)) for r in recs])
    sink.close(RunTotals(stored=len(recs)))
    return sink


def _rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_records_carry_the_location_of_each_percentage(records):
    assert [p["location"] for p in records["a1"]["percentages"]] == ["Nghệ An"]
    assert [p["location"] for p in records["a2"]["percentages"]] == ["Quảng Nam"]


def test_batch_end_builds_the_four_tables(db_url, records):
    sink = _store(db_url, list(records.values()))
    assert sink.kb_stats is not None and sink.kb_stats.persons == 2
    officials = _rows(db_url, "SELECT o.organization, o.person_id FROM officials o ORDER BY o.organization")
    ids = {org: pid for org, pid in officials}
    assert ids["UBND tỉnh Nghệ An"] is not None
    assert len(set(ids.values())) == 2  # Nghệ An (promoted) and Quảng Nam
    roles = _rows(db_url, "SELECT r.title, r.organization, r.first_seen, r.last_seen, r.articles FROM person_roles r "
                          "ORDER BY r.first_seen")  # fmt: skip
    assert ("Chủ tịch", "UBND tỉnh Nghệ An", "2025-04-02", "2025-04-02", 1) in roles
    assert ("Phó Chủ tịch", "UBND tỉnh Nghệ An", "2024-10-05", "2024-10-05", 1) in roles
    docs = _rows(db_url, "SELECT number, issuer, articles, first_cited, last_cited FROM legal_documents "
                         "ORDER BY articles DESC, number, first_cited")  # fmt: skip
    assert docs[0] == ("15/2022/NĐ-CP", "Chính phủ", 3, "2024-01-10", "2025-04-02")
    assert [d[0] for d in docs].count("120/QĐ-UBND") == 2  # two provinces' decisions, two documents
    linked = _rows(db_url, "SELECT COUNT(*) FROM documents WHERE legal_document_id IS NULL")
    assert linked == [(0,)]
    obs = _rows(db_url, "SELECT indicator, location, value, period_start FROM observations ORDER BY value")
    assert obs == [
        ("iip", "Nghệ An", 8.5, "2024-01-01"),
        ("retail_sales", "Nghệ An", 9.1, "2025-01-01"),
        ("export_value", "Quảng Nam", 12.0, "2023-01-01"),
    ]


def test_rerun_keeps_ids_and_adds_new_articles_incrementally(db_url, records):
    _store(db_url, [records["a1"], records["a2"]])
    before = _rows(db_url, "SELECT id, name, place FROM persons ORDER BY id")
    docs_before = _rows(db_url, "SELECT id, key FROM legal_documents ORDER BY id")
    sink = _store(db_url, [records["a1"], records["a2"]])  # unchanged: nothing to resolve
    assert sink.kb_stats.mentions_resolved == 0 and sink.kb_stats.articles_observed == 0
    sink = _store(db_url, [records["a3"]])
    assert sink.kb_stats.articles_observed == 1
    after = _rows(db_url, "SELECT id, name, place FROM persons ORDER BY id")
    assert after == before  # a3's official is the Nghệ An person: no new person, same ids
    docs_after = _rows(db_url, "SELECT id, key FROM legal_documents ORDER BY id")
    assert docs_after[: len(docs_before)] == docs_before
    assert _rows(db_url, "SELECT articles FROM legal_documents WHERE number = '15/2022/NĐ-CP'") == [(3,)]


def test_a_changed_article_is_resolved_again(db_url, records):
    _store(db_url, list(records.values()))
    changed = copy.deepcopy(records["a2"])
    changed["percentages"][0]["location"] = "Đà Nẵng"
    changed["officials"][0]["organization"] = "UBND tỉnh Nghệ An"  # now the Nghệ An person
    sink = _store(db_url, [changed])
    assert sink.kb_stats.mentions_resolved == 1 and sink.kb_stats.articles_observed == 1
    assert _rows(db_url, "SELECT COUNT(DISTINCT person_id) FROM officials") == [(1,)]
    assert _rows(db_url, "SELECT location FROM observations WHERE value = 12") == [("Đà Nẵng",)]


def test_sqlite_and_postgresql_build_the_same_tables(records, tmp_path):
    """Ids are assigned by the step, not by the database: both backends give the same rows."""
    for kind in DATABASES:
        (tmp_path / kind).mkdir()
    urls = []
    gens = [database(kind, tmp_path / kind) for kind in DATABASES]
    try:
        for gen in gens:
            urls.append(next(gen))
        snapshots = []
        for url in urls:
            _store(url, list(records.values()))
            snapshots.append({
                t: _rows(url, f"SELECT {cols} FROM {t} ORDER BY {order}")
                for t, cols, order in (
                    ("persons", "id, name, place, articles, first_seen, last_seen", "id"),
                    ("legal_documents", "id, key, number, issuer, articles, first_cited, last_cited", "id"),
                    ("officials", "article_id, idx, person_id", "article_id, idx"),
                    ("observations", "article_id, idx, indicator, location, value", "article_id, idx"),
                )
            })  # fmt: skip
        assert snapshots[0] == snapshots[1]
    finally:
        for gen in gens:
            gen.close()
