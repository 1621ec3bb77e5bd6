"""Hostile pages (issue 7): no entity expansion, no external entities, no script execution, no fetching of
what a page links to; fetching refuses non-http(s) schemes and non-public addresses after DNS resolution,
and checks every redirect hop again."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from vn_news_extract.pipeline import process
from vn_news_extract.sources import fetch as fetch_mod
from vn_news_extract.sources.fetch import Fetcher, FetchError, FetchSettings, check_address
from vn_news_extract.types import RawDocument, Stored

PARA = (
    "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10, "
    "theo Quyết định số 2941/QĐ-BCT của Bộ Công Thương. Đây là lần tăng thứ hai trong năm nay."
)


class Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Counter.hits.append(self.path)
        body = b"root:x:0:0:SECRET-FROM-SERVER"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def hostile_page(server: str, secret_file: Path) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY local SYSTEM "file://{secret_file}">
  <!ENTITY remote SYSTEM "{server}/entity">
  <!ENTITY % param SYSTEM "{server}/dtd"> %param;
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<html><head><title>Giá điện tăng 4,8%</title>
<link rel="stylesheet" href="{server}/style.css"><script src="{server}/script.js"></script>
<meta http-equiv="refresh" content="0; url={server}/refresh">
<link rel="canonical" href="file:///etc/passwd">
<style>@import url("{server}/import.css"); body {{ background: url({server}/bg.png) }}</style>
<script>document.write('<p>INJECTED BY SCRIPT</p>'); fetch("{server}/xhr");</script>
<base href="{server}/base/">
</head><body><h1>Giá điện tăng 4,8%</h1>
<p>&local; &remote; &d; {PARA}</p>
<p><img src="{server}/img.png" srcset="{server}/img2.png 2x"> <iframe src="{server}/frame.html"></iframe>
<object data="{server}/object.swf"></object><embed src="{server}/embed.swf"><video src="{server}/v.mp4"></video>
<a href="{server}/link.html">liên kết</a>
<svg><image href="{server}/svg.png"/><use href="{server}/use.svg#x"/></svg>
<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret_file}"/>
{PARA}</p>
<noscript><img src="{server}/pixel.gif"></noscript>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Giá điện tăng 4,8%",
 "url": "{server}/ld", "image": "{server}/ld.png"}}</script>
</body></html>"""


def test_a_hostile_page_reads_no_file_and_reaches_no_host(
    server: str, tmp_path: Path, monkeypatch: Any
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FROM-FILE", encoding="utf-8")
    Counter.hits.clear()
    connects: list[Any] = []
    real_connect = socket.socket.connect

    def spy(self: socket.socket, address: Any) -> Any:
        connects.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    for ctype in ("text/html", "application/xhtml+xml"):
        raw = RawDocument(content=hostile_page(server, secret).encode(), content_type=ctype, path="evil.html")
        outcome = process(raw)
        assert isinstance(outcome, Stored), outcome
        record = outcome.record
        text = record["article"]["text"]
        assert PARA[:60] in text
        blob = repr(record)
        assert "SECRET-FROM" not in blob, "an entity or include was resolved"
        assert "INJECTED BY SCRIPT" not in text, "a script ran or its text was taken for the article"
        assert "aaaaaaaaaa" * 20 not in blob, "an internal entity was expanded"
        assert record["article"].get("url") in (None, "") or str(record["article"]["url"]).startswith("http")
    assert Counter.hits == [], f"the page made the tool fetch {Counter.hits}"
    assert connects == [], f"the page made the tool open connections to {connects}"


# -- fetching: schemes, addresses after DNS, redirects ---------------------------------------------------

PUBLIC = "93.184.215.14"  # a global address (example.com's block); nothing is sent to it: MockTransport


def fake_dns(table: dict[str, str]) -> Any:
    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
            addr = host  # a literal address resolves to itself
        except OSError:
            if host not in table:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
            addr = table[host]
        family = socket.AF_INET6 if ":" in addr else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (addr, port or 80))]

    return getaddrinfo


DNS = {
    "news.example": PUBLIC,
    "intranet.example": "10.1.2.3",
    "rebind.example": "127.0.0.1",
    "metadata.example": "169.254.169.254",
    "v6local.example": "::1",
    "mapped.example": "::ffff:127.0.0.1",
    "carrier.example": "100.64.0.1",
    "zero.example": "0.0.0.0",
}


@pytest.mark.parametrize(
    "url",
    [
        "http://intranet.example/a.html",
        "http://rebind.example/a.html",
        "http://metadata.example/latest/meta-data/",
        "http://v6local.example/",
        "http://mapped.example/",
        "http://carrier.example/",
        "http://zero.example/",
        "http://127.0.0.1/",
        "http://[::1]/",
        "http://0177.0.0.1/",
        "http://2130706433/",
        "http://localhost/",
    ],
)
def test_non_public_addresses_refused_after_resolution(monkeypatch: Any, url: str) -> None:
    table = dict(DNS, localhost="127.0.0.1")
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_dns(table))
    with pytest.raises(FetchError):
        check_address(url, allow_private=False)


def test_public_address_allowed(monkeypatch: Any) -> None:
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_dns(DNS))
    check_address("https://news.example/a.html", allow_private=False)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://news.example/a", "gopher://news.example/", "data:text/html,<p>x</p>",
            "javascript:alert(1)", "//news.example/a", "news.example/a"],
)  # fmt: skip
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchError):
        check_address(url, allow_private=True)


@pytest.mark.parametrize(
    "location",
    [
        "http://intranet.example/x",
        "http://127.0.0.1:8080/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "file:///etc/passwd",
        "ftp://news.example/x",
    ],
)
def test_every_redirect_hop_is_checked_again(monkeypatch: Any, location: str) -> None:
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_dns(DNS))
    seen: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": location})

    settings = FetchSettings(delay=0, retries=0, timeout=1)
    with Fetcher(settings, transport=httpx.MockTransport(respond)) as f, pytest.raises(FetchError):
        f.fetch("http://news.example/start.html")
    assert all(u.startswith("http://news.example/") for u in seen), seen


def test_a_redirect_to_a_public_host_is_followed(monkeypatch: Any) -> None:
    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_dns(dict(DNS, **{"other.example": PUBLIC})))

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.host == "news.example":
            return httpx.Response(301, headers={"Location": "https://other.example/final.html"})
        return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"}, content=b"<p>ok</p>")

    with Fetcher(FetchSettings(delay=0, retries=0), transport=httpx.MockTransport(respond)) as f:
        raw = f.fetch("http://news.example/a.html")
    assert raw.url == "https://other.example/final.html"
