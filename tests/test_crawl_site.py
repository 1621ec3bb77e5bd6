"""``crawl`` against a local news site on 127.0.0.1 (``tests/crawl_site.py``, built from real pages):
what is fetched and in what order, what is stored, why the rest is not; budget, --since, resume after
an interrupt, and a WARC that ``batch`` re-reads to the same records.  Loopback only."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_support import cli_main

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crawl_site import FEED, GONE, OTHER, PRIVATE, REDIRECT, SECTION, SLOW, A, LocalSite

from vn_news_extract.crawl import CrawlOptions, crawl
from vn_news_extract.runner import BatchOptions, run
from vn_news_extract.sinks import SqlSink
from vn_news_extract.sources.fetch import FetchSettings

SETTINGS = FetchSettings(delay=0, allow_private=True, retries=0)
DISCOVERY = ["/robots.txt", SECTION, FEED, "/sitemap_index.xml", "/sitemaps/news.xml", "/sitemaps/pages.xml"]
# feed entries first (feed order), then sitemap entries (news sitemap newest first, then the plain one),
# then the section page's own links (those not met before)
ARTICLE_ORDER = [A[0], A[5], A[6], A[1], A[7], A[2], REDIRECT, A[3], GONE, SLOW]


def _crawl(site: LocalSite, db: Path, **options: object):  # type: ignore[no-untyped-def]
    return crawl([site.start_url], [SqlSink(str(db))], CrawlOptions(**options), fetch_settings=SETTINGS,
                  batch=BatchOptions(workers=0))  # fmt: skip


def _outcomes(db: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT label, status, coalesce(detail, stage) FROM outcomes").fetchall()
    return {label: (status, why) for label, status, why in rows}


def _records(db: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT record FROM articles").fetchall()
    records = [json.loads(r[0]) for r in rows]
    return {r["source"]["url"]: r for r in records}


def test_crawl_stores_exactly_the_articles(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        summary, report = _crawl(site, db)
        log, other_log = list(site.log), list(site.other_log)
        base = site.base
        other = site.other
    assert summary.status == "completed"
    # what was fetched, in what order: robots.txt, the start page, its feed, the sitemaps, then articles
    assert log[: len(DISCOVERY)] == DISCOVERY
    assert [p.split("?")[0] for p in log[len(DISCOVERY) :]] == ARTICLE_ORDER
    assert PRIVATE not in log  # robots.txt obeyed
    assert other_log == []  # the other site is never contacted
    assert report.articles_fetched == 9 and len(report.responses) == len(log) - 1  # robots.txt not counted
    # what was stored: exactly the eight article pages, once each, never the section page
    records = _records(db)
    assert sorted(records) == sorted(base + p for p in A)
    assert summary.stored == 8
    out = _outcomes(db)
    assert out[base + SECTION][0] == "skipped" and "not an article" in (out[base + SECTION][1] or "")
    assert out[base + FEED] == ("skipped", "feed (its entries were followed)")
    assert out[base + PRIVATE] == ("skipped", "not fetched: disallowed by robots.txt")
    assert out[base + REDIRECT][1] == "redirected: stored under the address it redirects to"
    assert out[base + GONE] == ("failed", "fetch")
    assert out[other + OTHER][1] == "not fetched: off-site (another site than the start pages)"
    assert all(s != "stored" for label, (s, _) in out.items() if not label.startswith(base))
    # the feed's tracking parameters and the section's fragment did not make a second copy
    assert not [label for label in out if "utm_" in label or "#" in label]


def test_budget_then_resume_fetches_only_what_is_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        summary, report = _crawl(site, db, max_pages=3)
        first = site.article_requests()
        out = _outcomes(db)
        site.log.clear()
        summary2, report2 = _crawl(site, db)
        second = site.article_requests()
        base = site.base
    assert [p.split("?")[0] for p in first] == ARTICLE_ORDER[:3]
    assert summary.stored == 3 and report.articles_fetched == 3
    assert out[base + A[1]] == ("skipped", "not fetched: page budget (--max-pages) reached")
    # the second run fetches the start page, feed and sitemaps again, but no article stored by the first
    assert [p.split("?")[0] for p in second] == ARTICLE_ORDER[3:]
    assert report2.already_done == 3 and summary2.stored == 5
    assert len(_records(db)) == 8


def test_since_skips_old_feed_and_sitemap_entries_before_fetching(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        summary, _ = _crawl(site, db, since=date(2026, 1, 1))
        fetched = [p.split("?")[0] for p in site.article_requests()]
        base = site.base
    assert A[6] not in fetched and A[7] not in fetched  # dated 2012 in the feed / news sitemap
    out = _outcomes(db)
    assert out[base + A[6]] == ("skipped", "not fetched: older than --since (feed or sitemap date)")
    assert out[base + A[7]] == ("skipped", "not fetched: older than --since (feed or sitemap date)")
    assert summary.stored == 6


def test_warc_is_re_read_by_batch_to_the_same_records(tmp_path: Path) -> None:
    db, again, warc = tmp_path / "crawl.db", tmp_path / "again.db", tmp_path / "crawl.warc.gz"
    with LocalSite() as site:
        _crawl(site, db, warc=str(warc))
        start = site.start_url
    summary = run([str(warc)], [SqlSink(str(again))], BatchOptions(workers=0))
    assert summary.status == "completed" and not summary.failed
    crawled, reread = _records(db), _records(again)
    assert sorted(crawled) == sorted(u for u in reread if u != start)  # the section page is no crawl record

    def same(record: dict) -> dict:  # type: ignore[type-arg]
        source = {k: v for k, v in record["source"].items() if k not in {"path", "retrieved_at"}}
        return {**record, "source": source}

    for url, record in crawled.items():
        assert same(reread[url]) == same(record)


def _cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "vn_news_extract", "crawl", *args],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.slow  # an interrupted crawl and its resume through the CLI (~10 s); CI runs the slow tests
def test_cli_interrupted_crawl_resumes(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        site.gate.clear()  # the slow page hangs until the crawl is interrupted
        args = (site.start_url, "--db", str(db), "--delay", "0", "--allow-private", "--warc", "c.warc.gz")
        proc = _cli(*args, cwd=tmp_path)
        assert site.reached.wait(300), "the crawl never reached the slow page"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 130, err
        assert "re-run the same command to resume" in err
        stored_before = set(_records(db))
        assert len(stored_before) == 7  # everything but the slow page
        site.gate.set()
        site.log.clear()
        proc = _cli(*args, cwd=tmp_path)
        _, err = proc.communicate(timeout=300)
        second = [p.split("?")[0] for p in site.article_requests()]
        base = site.base
    assert proc.returncode == 6, err  # the 404 failed again: "some inputs failed"
    assert second == [GONE, SLOW]  # the failed page is retried; nothing stored is fetched again
    assert "already stored by an earlier crawl, not fetched again: 7" in err
    assert sorted(_records(db)) == sorted(base + p for p in A)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://example.vn/"], "error: not an http(s) page address: ftp://example.vn/"),
        (
            ["http://127.0.0.1:9/", "--warc", "x.txt"],
            "error: x.txt: a WARC file name ends in .warc or .warc.gz",
        ),
        (
            ["http://127.0.0.1:9/", "--since", "2026-13-01"],
            "Error: Invalid value for '--since'",
        ),  # click's usage
    ],
)
def test_cli_user_errors(tmp_path: Path, args: list[str], message: str) -> None:
    res = cli_main("crawl", *args, "--db", str(tmp_path / "x.db"))
    err = res.stderr.decode()
    assert res.returncode not in (0, 70) and message in err and "Traceback" not in err
    if message.startswith("error:"):
        assert err.strip() == message


def test_private_addresses_are_refused_unless_allowed(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        summary, report = crawl([site.start_url], [SqlSink(str(db))],
                                fetch_settings=FetchSettings(delay=0, retries=0),
                                batch=BatchOptions(workers=0))  # fmt: skip
        log = list(site.log)
        start = site.start_url
    assert log == []  # not even robots.txt
    assert report.responses == [] and summary.stored == 0
    status, stage = _outcomes(db)[start]
    assert status == "failed" and stage == "fetch"
    assert "private or local address" in next(iter(summary.failed_examples["fetch"]))


def test_a_feed_as_the_start_is_read_as_a_feed(tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    with LocalSite() as site:
        summary, report = crawl([site.base + FEED], [SqlSink(str(db))], CrawlOptions(max_pages=3),
                                fetch_settings=SETTINGS, batch=BatchOptions(workers=0))  # fmt: skip
        fetched = [p.split("?")[0] for p in site.article_requests()]
        base = site.base
    assert fetched == [A[0], A[5], A[6]]  # the feed's entries first, then the budget is spent
    assert _outcomes(db)[base + FEED] == ("skipped", "feed (its entries were followed)")
    assert summary.stored == 3 and report.listed["feed"] == 3
