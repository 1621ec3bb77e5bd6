"""A local news site for the crawler's tests, benchmark and README run, built from real saved pages.

The section page is a real listing (``027_dantri.html``, Dân trí's business section) whose first article
links are rewritten to local copies of real article pages from ``../shared/realdev/pages/``; its other
article links still point at the real site (off-site for the crawl, never fetched).  Around it: an RSS
feed the section page announces, a sitemap index (named in robots.txt) with a news sitemap and a plain
one, a robots.txt that forbids ``/private/``, a redirect, a 404, a slow page and a page on a second
server (another port on 127.0.0.1, another site).  Every request is logged in order.

    python tests/crawl_site.py --port 8000   # serve it on 127.0.0.1 until Ctrl-C; prints the start URL
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "realdev" / "pages"
SECTION_PAGE = "027_dantri.html"
SECTION = "/kinh-doanh.htm"
FEED = "/rss/kinh-doanh.rss"
BENCH_SECTION = "/bench.htm"

# local path -> real article page
ARTICLES = {
    "/kinh-doanh/nha-may-ai-factory-sau-mot-nam-188260719224558711.chn": "016_cafef.html",
    "/kinh-doanh/thanh-khoan-roi-xuong-muc-thap-ky-luc-20260306151317523.htm": "017_vneconomy.html",
    "/the-thao/tay-ban-nha-vo-dich-world-cup-post976641.html": "102_nhandan.html",
    "/cong-nghe/amazon-ke-lao-luyen-day-chien-luoc-2012122104231130.chn": "012_genk.html",
    "/kinh-doanh/pnj-thue-don-vi-kiem-dinh-kim-cuong-post1860261.tpo": "103_tienphong.html",
    "/kinh-doanh/can-canh-trai-lon-o-thanh-hoa-188260719231615269.chn": "104_cafef.html",
    "/xa-hoi/chot-lich-nghi-le-tet-2013-677789.htm": "001_dantri.html",
    "/pages/20121219/5-bong-hong-buon-ma-tuy-lanh-an.aspx": "008_thanhnien.html",
}
A = list(ARTICLES)
FEED_ITEMS = [  # (path, RFC 822 date)
    (A[0] + "?utm_source=rss&utm_medium=feed", "Fri, 06 Mar 2026 09:00:00 +0700"),
    (A[5], "Thu, 05 Mar 2026 18:30:00 +0700"),
    (A[6], "Thu, 20 Dec 2012 08:00:00 +0700"),
]
NEWS_SITEMAP = [(A[7], "2012-12-19T09:00:00+07:00"), (A[1], "2026-03-06T15:13:17+07:00")]
PAGES_SITEMAP = [(SECTION, "2026-03-07"), (A[2], "2026-03-05")]
PRIVATE = "/private/bao-cao-noi-bo-doanh-nghiep-20260306123456789.htm"
REDIRECT = "/tin-cu/amazon-ke-lao-luyen-day-chien-luoc-2012122104231130.htm"  # -> A[3]
GONE = "/kinh-doanh/bai-viet-da-go-bo-khoi-trang-20260306000000001.htm"  # 404
SLOW = A[4]
OTHER = "/kinh-doanh/tin-tren-mot-trang-khac-20260306000000002.htm"  # on the second server
# the section page's first article links, in order, become these
SECTION_LINKS = [A[0] + "?utm_source=section#box_comment", A[1], A[2], PRIVATE, REDIRECT, GONE, SLOW, "OTHER"]
_DANTRI_ARTICLE = re.compile(r"https://dantri\.com\.vn/kinh-doanh/[a-z0-9-]+-\d{15,18}(?:\.htm)?")


@dataclass
class Page:
    status: int
    body: bytes
    ctype: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def build(base: str, other: str) -> dict[str, Page]:
    """The site's pages: path -> Page; ``base`` and ``other`` are the two servers' origins."""
    pages: dict[str, Page] = {}
    for path, name in ARTICLES.items():
        pages[path] = Page(200, (PAGES / name).read_bytes())
    html = (PAGES / SECTION_PAGE).read_text(encoding="utf-8")
    html = html.replace("https://dantri.com.vn/rss/kinh-doanh.rss", FEED)
    targets = iter(SECTION_LINKS)
    seen: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        url = match.group(0)
        if url not in seen:
            target = next(targets, None)
            seen[url] = url if target is None else (other + OTHER if target == "OTHER" else target)
        return seen[url]

    pages[SECTION] = Page(200, _DANTRI_ARTICLE.sub(swap, html).encode("utf-8"))
    items = "".join(
        f"<item><title>Tin {i}</title><link>{base}{path.replace('&', '&amp;')}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for i, (path, date) in enumerate(FEED_ITEMS)
    )
    pages[FEED] = Page(
        200,
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kinh doanh</title>'
        f"<link>{base}{SECTION}</link>{items}</channel></rss>".encode(),
        "application/rss+xml; charset=utf-8",
    )
    pages["/robots.txt"] = Page(
        200,
        f"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap_index.xml\n".encode(),
        "text/plain",
    )
    sm = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    news_ns = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    pages["/sitemap_index.xml"] = Page(
        200,
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {sm}>'
        f"<sitemap><loc>{base}/sitemaps/news.xml</loc></sitemap>"
        f"<sitemap><loc>{base}/sitemaps/pages.xml</loc></sitemap></sitemapindex>".encode(),
        "application/xml",
    )
    news = "".join(
        f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Local</news:name>"
        f"<news:language>vi</news:language></news:publication><news:publication_date>{d}"
        f"</news:publication_date><news:title>Tin</news:title></news:news></url>"
        for p, d in NEWS_SITEMAP
    )
    pages["/sitemaps/news.xml"] = Page(
        200, f'<?xml version="1.0" encoding="UTF-8"?><urlset {sm} {news_ns}>{news}</urlset>'.encode(),
        "application/xml",
    )  # fmt: skip
    plain = "".join(f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in PAGES_SITEMAP)
    pages["/sitemaps/pages.xml"] = Page(
        200,
        f'<?xml version="1.0" encoding="UTF-8"?><urlset {sm}>{plain}</urlset>'.encode(),
        "application/xml",
    )
    pages[REDIRECT] = Page(301, b"", headers={"Location": A[3]})
    pages[PRIVATE] = Page(200, (PAGES / "016_cafef.html").read_bytes())
    return pages


class LocalSite:
    """The site on 127.0.0.1 (``base``) plus a second server (``other``); both log every request.

    ``gate``: the slow page waits for it (set by default: then it is only slow, 0.2 s); ``reached`` is
    set when the slow page is requested.
    """

    def __init__(self, slow_seconds: float = 0.2, extra: int = 0, port: int = 0) -> None:
        self.log: list[str] = []
        self.other_log: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.reached = threading.Event()
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler(main=True))
        self.other_server = ThreadingHTTPServer(
            ("127.0.0.1", port + 1 if port else 0), self._handler(main=False)
        )
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.other = f"http://127.0.0.1:{self.other_server.server_address[1]}"
        self.pages = build(self.base, self.other)
        if extra:  # a bigger section for the benchmark: ``extra`` article pages, real pages in turn
            bodies = [self.pages[p].body for p in A]
            links = []
            for i in range(extra):
                path = f"/bench/bai-so-{i}-tin-kinh-te-trong-ngay-{1_000_000 + i}.htm"
                self.pages[path] = Page(200, bodies[i % len(bodies)])
                links.append(f'<li><a href="{path}">Bài số {i}</a></li>')
            self.pages[BENCH_SECTION] = Page(
                200, f"<html><body><ul>{''.join(links)}</ul></body></html>".encode()
            )
        self._threads: list[threading.Thread] = []

    @property
    def start_url(self) -> str:
        return self.base + SECTION

    def _handler(self, main: bool) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("#", 1)[0]
                with site._lock:
                    (site.log if main else site.other_log).append(path)
                bare = path.split("?", 1)[0]
                page = site.pages.get(bare) if main else Page(200, site.pages[A[0]].body)
                if main and bare == SLOW:
                    site.reached.set()
                    site.gate.wait(60)
                    time.sleep(site.slow_seconds)
                if page is None:
                    page = Page(404, b"<html><body><h1>404</h1></body></html>")
                try:
                    self.send_response(page.status)
                    self.send_header("Content-Type", page.ctype)
                    self.send_header("Content-Length", str(len(page.body)))
                    for k, v in page.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> Self:
        for server in (self.server, self.other_server):
            t = threading.Thread(target=server.serve_forever, daemon=True, name="crawl-site")
            t.start()
            self._threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        self.gate.set()
        for server in (self.server, self.other_server):
            server.shutdown()
            server.server_close()
        for t in self._threads:
            t.join()

    def article_requests(self) -> list[str]:
        """Requests of the main server other than robots.txt, the section page, feed and sitemaps."""
        skip = {
            "/robots.txt",
            SECTION,
            FEED,
            "/sitemap_index.xml",
            "/sitemaps/news.xml",
            "/sitemaps/pages.xml",
        }
        return [p for p in self.log if p.split("?", 1)[0] not in skip]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Serve the local news site of the crawler's tests.")
    parser.add_argument("--port", type=int, default=8000, help="its port; the second site is on the next one")
    with LocalSite(port=parser.parse_args().port) as site:
        print(f"serving the local news site: {site.start_url}  (second site: {site.other}/)", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
