"""The crawler's parts on their own: URL canonicalisation, the article-link rule on real listing and
article pages, feed and sitemap reading, the WARC recorder."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import httpx
import pytest

from vn_news_extract.crawl.archive import WarcRecorder
from vn_news_extract.crawl.discover import feed_urls, parse_feed, parse_sitemap
from vn_news_extract.crawl.links import article_links, looks_like_article
from vn_news_extract.crawl.urls import canonical, site_of, sites_of
from vn_news_extract.errors import InputError
from vn_news_extract.sources.warc import iter_warc
from vn_news_extract.types import Failed, RawDocument, Skipped

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "realdev" / "pages"


def _manifest() -> list[dict[str, str]]:
    with (PAGES / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vnexpress.net/gia-vang-5047451.html#box_comment_vne", "https://vnexpress.net/gia-vang-5047451.html"),
        ("https://Dantri.com.vn/kinh-doanh/a-b-123.htm?utm_source=fb&fbclid=x&id=3",
         "https://dantri.com.vn/kinh-doanh/a-b-123.htm?id=3"),
        ("https://dantri.com.vn/kinh-doanh/", "https://dantri.com.vn/kinh-doanh"),
        ("https://x.vn/tin/a-b-c/amp/", "https://x.vn/tin/a-b-c"),
        ("https://x.vn/a-b-c.amp.html", "https://x.vn/a-b-c.html"),
        ("https://x.vn/a-b-c.html?amp=1", "https://x.vn/a-b-c.html"),
        ("javascript:;", None),
        ("mailto:toasoan@x.vn", None),
        ("#top", None),
    ],
)  # fmt: skip
def test_canonical(url: str, expected: str | None) -> None:
    assert canonical(url) == expected


def test_relative_links_and_sites() -> None:
    assert canonical("/a-b-c-123456.htm?utm_medium=rss", "http://127.0.0.1:8000/kinh-doanh.htm") == (
        "http://127.0.0.1:8000/a-b-c-123456.htm"
    )
    assert site_of("https://diaoc.nld.com.vn/x") == site_of("https://nld.com.vn/") == "nld.com.vn"
    assert site_of("http://127.0.0.1:8000/a") != site_of("http://127.0.0.1:8001/a")
    assert "vnexpress.net" in sites_of(["https://vnexpress.net/kinh-doanh"])


def test_real_listing_pages_are_not_article_addresses_and_their_article_links_are() -> None:
    rows = _manifest()
    listings = [r for r in rows if r["kind"] == "listing"]
    assert len(listings) >= 10
    for row in listings:
        assert not looks_like_article(row["original_url"]), row["file"]
        links = article_links((PAGES / row["file"]).read_bytes(), row["original_url"])
        assert len(links) >= 10, row["file"]  # the listing's articles are found ...
        sections = {r["original_url"].rstrip("/") for r in listings}
        assert not sections & set(links), row["file"]  # ... and no section page among them
        assert all(looks_like_article(u) for u in links)
    articles = [r for r in rows if r["kind"] == "article"]
    shaped = [r for r in articles if looks_like_article(r["original_url"])]
    assert len(shaped) >= len(articles) - 3  # the rest are found through feeds and sitemaps


def test_menus_tags_and_pagination_are_not_article_links() -> None:
    html = """<html><body>
      <nav><a href="/kinh-doanh/doanh-nghiep-lon-nhat-nam-nay-20260306151317523.htm">in the menu</a></nav>
      <div class="main-menu"><a href="/a-b-c-d-20260306151317524.htm">menu by class</a></div>
      <div class="list-news">
        <a href="/tag/gia-vang-20260306151317525.htm">tag page</a>
        <a href="/gia-vang-tag15031130559739907049.html">tag page by name</a>
        <a href="/kinh-doanh/trang-2.htm">page 2</a>
        <a href="/kinh-doanh.htm">section</a>
        <a href="/kinh-doanh/gia-vang-tang-manh-phien-sang-20260306151317526.htm">an article</a>
        <a href="/kinh-doanh/gia-vang-tang-manh-phien-sang-20260306151317526.htm#comments">again</a>
      </div></body></html>"""
    assert article_links(html, "http://127.0.0.1:8000/kinh-doanh.htm") == [
        "http://127.0.0.1:8000/kinh-doanh/gia-vang-tang-manh-phien-sang-20260306151317526.htm"
    ]


def test_feed_discovery_and_reading() -> None:
    page = (PAGES / "027_dantri.html").read_text(encoding="utf-8")
    assert feed_urls(page, "https://dantri.com.vn/kinh-doanh.htm") == [
        "https://dantri.com.vn/rss/kinh-doanh.rss"
    ]
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
      <item><title>a</title><link>http://h.vn/a-b-c-123456.htm?utm_source=rss</link>
      <pubDate>Fri, 06 Mar 2026 10:00:00 +0700</pubDate></item>
      <item><title>b</title><link>/x-y-z-654321.htm</link></item></channel></rss>"""
    entries = parse_feed(rss, "http://h.vn/rss/k.rss")
    assert entries is not None
    assert [e.url for e in entries] == ["http://h.vn/a-b-c-123456.htm", "http://h.vn/x-y-z-654321.htm"]
    assert entries[0].date is not None and entries[0].date.isoformat() == "2026-03-06T03:00:00+00:00"
    assert entries[1].date is None
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title>a</title><link href="http://h.vn/e-f-g-777777.htm"/><updated>2026-01-02T00:00:00Z</updated></entry></feed>"""
    assert [e.url for e in parse_feed(atom, "http://h.vn/atom.xml") or []] == ["http://h.vn/e-f-g-777777.htm"]
    assert parse_feed(b"<html><body>not a feed</body></html>", "http://h.vn/") is None


def test_sitemaps_index_news_gzip_text_and_junk() -> None:
    index = parse_sitemap(
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>http://h.vn/s1.xml</loc></sitemap><sitemap><loc>http://h.vn/s2.xml.gz</loc></sitemap>"
        b"</sitemapindex>",
        "http://h.vn/sitemap.xml",
    )
    assert index is not None and index.children == ["http://h.vn/s1.xml", "http://h.vn/s2.xml.gz"]
    urlset = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        b"<url><loc>http://h.vn/old</loc><lastmod>2020-01-01</lastmod></url>"
        b"<url><loc>http://h.vn/undated</loc></url>"
        b"<url><loc>http://h.vn/news</loc><news:news><news:publication_date>2026-03-01T08:00:00+07:00"
        b"</news:publication_date></news:news></url></urlset>"
    )
    for content in (urlset, gzip.compress(urlset)):
        sitemap = parse_sitemap(content, "http://h.vn/s1.xml")
        assert sitemap is not None
        assert [(e.url, e.news) for e in sitemap.pages] == [
            ("http://h.vn/news", True), ("http://h.vn/old", False), ("http://h.vn/undated", False)
        ]  # fmt: skip
    text = parse_sitemap(b"http://h.vn/a\nhttp://h.vn/b\n", "http://h.vn/sitemap.txt")
    assert text is not None and [e.url for e in text.pages] == ["http://h.vn/a", "http://h.vn/b"]
    assert parse_sitemap(b"<!DOCTYPE html><html><body>404</body></html>", "http://h.vn/sitemap.xml") is None
    assert parse_sitemap(b"<?xml version='1.0'?><other/>", "http://h.vn/sitemap.xml") is None
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><urlset><url><loc>&a;</loc></url></urlset>'
    assert parse_sitemap(bomb, "http://h.vn/s.xml") is None  # the entity is not expanded into an address


def test_warc_recorder_writes_what_batch_reads(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    recorder = WarcRecorder(path)
    html = "<html><body><h1>Tiêu đề</h1></body></html>".encode()
    ok = httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})
    recorder("http://h.vn/a-b-c-123456.htm", ok, html)
    recorder("http://h.vn/gone-123456.htm", httpx.Response(404, headers={"Content-Type": "text/html"}), b"no")
    recorder.close()
    again = WarcRecorder(path)  # a resumed crawl appends
    again(
        "http://h.vn/rss.xml", httpx.Response(200, headers={"Content-Type": "application/rss+xml"}), b"<rss/>"
    )
    again.close()
    items = list(iter_warc(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 1 and docs[0].content == html and docs[0].url == "http://h.vn/a-b-c-123456.htm"
    assert docs[0].charset == "utf-8"
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert any("404" in r for r in reasons) and any("rss" in r for r in reasons)
    assert not [i for i in items if isinstance(i, Failed)]
    with pytest.raises(InputError):
        WarcRecorder(tmp_path / "x.txt")
