"""``vn-news-extract browse``: Datasette with the repository's metadata, canned queries and the chart,
checked through Datasette's own client, then served on 127.0.0.1 and loaded in headless Chromium.

``VNE_UPDATE_DOCS=1`` also rewrites the README screenshots ``docs/browse_*.png``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from browser_support import Browser, chromium_problem
from cli_support import cli_main

from vn_news_extract.cli_browse import browse_metadata, make_datasette
from vn_news_extract.pipeline import extract_text
from vn_news_extract.sinks.base import Item, RunInfo, RunTotals
from vn_news_extract.sinks.sql import SqlSink
from vn_news_extract.types import Stored

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
# Passages written for this test: one indicator in one province over four quarters, officials, a decree.
PASSAGES = [
    ("2024-04-05", ("Ông Lê Văn Tâm, Chủ tịch UBND tỉnh Bắc Ninh cho biết, quý I/2024 chỉ số sản xuất công "
                    "nghiệp của tỉnh tăng 4,2% so với cùng kỳ, theo Nghị định số 35/2022/NĐ-CP.")),
    ("2024-07-05", ("Quý II/2024, chỉ số sản xuất công nghiệp tỉnh Bắc Ninh tăng 6,8% so với cùng kỳ, ông Lê Văn "
                    "Tâm, Chủ tịch UBND tỉnh Bắc Ninh cho biết.")),
    ("2024-10-05", ("Quý III/2024, chỉ số sản xuất công nghiệp tỉnh Bắc Ninh tăng 9,5% so với cùng kỳ. Nghị định "
                    "35/2022/NĐ-CP tiếp tục được áp dụng.")),
    ("2025-01-05", ("Quý IV/2024, chỉ số sản xuất công nghiệp tỉnh Bắc Ninh tăng 7,1% so với cùng kỳ, bà Trần Thị "
                    "Hoa, Phó Giám đốc Sở Công Thương tỉnh Bắc Ninh cho biết.")),
]  # fmt: skip
INDICATOR = "?indicator=iip&location=B%E1%BA%AFc+Ninh&sector="


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("browse") / "vn_news.db"
    sink = SqlSink(str(path))
    sink.open(RunInfo(inputs=[]))
    items = []
    for day, passage in PASSAGES:
        rec = extract_text(passage, as_article=False)
        rec["article"]["published_at"] = f"{day}T08:00:00+07:00"
        rec["article"]["title"] = passage[:40]
        items.append(Item(rec["id"], None, Stored(rec["id"], rec)))
    sink.write_batch(items)
    sink.close(RunTotals(stored=len(items)))
    return path


def _get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def test_metadata_names_every_table_and_query(db):
    meta = browse_metadata("vn_news")
    tables = meta["databases"]["vn_news"]["tables"]
    for name in ("persons", "person_roles", "legal_documents", "observations", "articles", "outcomes"):
        assert tables[name].get("description") or tables[name].get("hidden"), name
    queries = meta["databases"]["vn_news"]["queries"]
    assert {"indicator_over_time", "who_held_post", "most_cited_documents", "what_failed"} <= set(queries)


def test_canned_queries_and_chart_through_datasette(db):
    ds = make_datasette(db)
    res = _get(ds, "/vn_news/indicator_over_time.json" + INDICATOR + "&_shape=array")
    assert res.status_code == 200
    rows = res.json()
    assert [(r["when"], r["value"]) for r in rows] == [
        ("2024-01-01", 4.2), ("2024-04-01", 6.8), ("2024-07-01", 9.5), ("2024-10-01", 7.1)
    ]  # fmt: skip
    chart = _get(ds, "/-/chart/vn_news/indicator_over_time" + INDICATOR)
    assert chart.status_code == 200 and chart.text.count("<circle") == 4 and "polyline" in chart.text
    assert _get(ds, "/-/chart/vn_news/nothing").status_code == 404
    held = _get(ds, "/vn_news/who_held_post.json?title=Ch%E1%BB%A7+t%E1%BB%8Bch&organization=&_shape=array").json()
    assert [(r["name"], r["articles"]) for r in held] == [("Lê Văn Tâm", 2)]
    docs = _get(ds, "/vn_news/most_cited_documents.json?_shape=array").json()
    assert (docs[0]["number"], docs[0]["articles"]) == ("35/2022/NĐ-CP", 2)
    assert _get(ds, "/vn_news/what_failed.json?_shape=array").status_code == 200
    page = _get(ds, "/vn_news/observations")
    assert page.status_code == 200 and "Observations" in page.text


def test_browse_refuses_what_it_cannot_serve(tmp_path):
    res = cli_main("browse", str(tmp_path / "none.db"))
    assert res.returncode != 0 and res.stderr.startswith(b"error: no database at")
    res = cli_main("browse", "postgresql+psycopg://u@127.0.0.1/x")
    assert res.returncode != 0 and b"SQLite files only" in res.stderr and b"Traceback" not in res.stderr


# -- a real server and a real browser -----------------------------------------------------------------------
PROBLEM = chromium_problem()


@pytest.fixture()
def server(db):
    proc = subprocess.Popen([sys.executable, "-m", "vn_news_extract", "browse", str(db), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    url: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            if line.startswith("serving ") and not url:
                url.append(line.split()[1].rstrip("/"))
                ready.set()
        ready.set()  # the process ended

    threading.Thread(target=read, daemon=True).start()
    try:
        ready.wait()
        assert url, f"browse did not start (exit {proc.poll()})"
        assert url[0].startswith("http://127.0.0.1:")
        yield url[0]
    finally:
        proc.terminate()
        proc.wait()


def _navigate(browser: Browser, url: str) -> None:
    browser.events.clear()
    browser.call("Page.navigate", {"url": url})
    while not any(e["method"] == "Page.loadEventFired" for e in browser.events):
        browser._drain(0.2)
    browser._drain(0.5)


@pytest.mark.skipif(PROBLEM is not None, reason=f"headless Chromium tests: {PROBLEM}")
def test_pages_and_chart_in_chromium(server):
    browser = Browser()
    try:
        _navigate(browser, server + "/vn_news/indicator_over_time" + INDICATOR)
        assert browser.errors() == []
        assert browser.js("document.querySelector('table.rows-and-columns tbody').rows.length") == 4
        # the chart is embedded by the plugin's script and drawn from the same rows
        while not browser.js("!!(document.getElementById('vne-chart') && document.getElementById('vne-chart')"
                             ".contentDocument && document.getElementById('vne-chart').contentDocument"
                             ".querySelector('svg polyline'))"):  # fmt: skip
            browser._drain(0.2)
        points = browser.js("document.getElementById('vne-chart').contentDocument.querySelectorAll('circle').length")
        assert points == 4
        shots = [("browse_indicator.png", None)]
        browser.screenshot(ARTIFACTS / "browse_indicator.png")
        for name, path in (("browse_persons.png", "/vn_news/who_held_post?title=Ch%E1%BB%A7+t%E1%BB%8Bch&organization="),
                           ("browse_documents.png", "/vn_news/most_cited_documents"),
                           ("browse_home.png", "/vn_news")):  # fmt: skip
            _navigate(browser, server + path)
            assert browser.errors() == [], path
            assert browser.js("document.querySelectorAll('table, .db-table').length") >= 1, path
            browser.screenshot(ARTIFACTS / name)
            shots.append((name, path))
        if os.environ.get("VNE_UPDATE_DOCS") == "1":
            for name, _path in shots:
                if name != "browse_home.png":  # the README shows the other three
                    (ROOT / "docs" / name).write_bytes((ARTIFACTS / name).read_bytes())
    finally:
        browser.close()
