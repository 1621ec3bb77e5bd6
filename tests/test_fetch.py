"""Live-URL fetching against an HTTP server started on loopback for the test module."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from vn_news_extract.decode import decode_bytes
from vn_news_extract.errors import InputError
from vn_news_extract.sources import iter_raw_documents
from vn_news_extract.sources.fetch import Fetcher, FetchError, FetchSettings, RobotsDisallowed
from vn_news_extract.types import Failed, RawDocument, Skipped

PAGE = (
    "<html><head><title>Thử nghiệm</title></head><body><h1>Giá điện tăng 4,8%</h1>"
    "<p>Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10.</p>"
    "</body></html>"
)


SLOW_RELEASED = threading.Event()  # set by the test once its fetch of /slow has timed out


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()
    agents: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        Handler.hits[path] += 1
        Handler.agents.append(self.headers.get("User-Agent", ""))
        page = PAGE.encode("utf-8")
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/page.html" or path.startswith("/private/"):
            self._send(200, page)
        elif path == "/flaky":
            if Handler.hits[path] == 1:
                self._send(500, b"Internal Server Error", "text/plain")
            else:
                self._send(200, page)
        elif path == "/busy":
            if Handler.hits[path] == 1:
                self._send(429, b"Too Many Requests", "text/plain", Retry_After="0")
            else:
                self._send(200, page)
        elif path == "/always500":
            self._send(503, b"down", "text/plain")
        elif path == "/slow":
            SLOW_RELEASED.wait(60)  # the page comes only after the client gave up (60 s: a hang guard)
            self._send(200, page)
        elif path == "/big":
            self._send(200, b"<p>" + b"x" * 300_000 + b"</p>")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the body ends when the connection closes
            self.close_connection = True
            for _ in range(40):
                self.wfile.write(b"y" * 10_000)
        elif path == "/loop-a":
            self._send(302, b"", Location="/loop-b")
        elif path == "/loop-b":
            self._send(302, b"", Location="/loop-a")
        elif path == "/moved":
            self._send(301, b"", Location="/page.html")
        elif path == "/to-private":
            self._send(302, b"", Location="/private/secret.html")
        elif path == "/latin1":
            self._send(200, page, "text/html; charset=iso-8859-1")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n", "image/png")
        else:
            self._send(404, b"Not Found", "text/plain")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that give up (timeouts, size cap) break the pipe: expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


SETTINGS = FetchSettings(
    delay=0.0, timeout=0.5, retries=1, backoff=0.01, max_bytes=100_000, allow_private=True
)


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(SETTINGS) as f:
        yield f


def test_page_fetched_with_clear_user_agent(server: str, fetcher: Fetcher) -> None:
    raw = fetcher.fetch(server + "/page.html")
    assert raw.content_type == "text/html"
    assert raw.url == server + "/page.html"
    assert raw.charset == "utf-8" and raw.sha256 and raw.retrieved_at
    assert "Giá điện tăng 4,8%" in decode_bytes(raw.content, raw.charset)
    assert Handler.agents[-1].startswith("vn-news-extract/")


def test_robots_disallow(server: str, fetcher: Fetcher) -> None:
    with pytest.raises(RobotsDisallowed, match="robots.txt"):
        fetcher.fetch(server + "/private/secret.html")


def test_robots_fetched_once_per_host(server: str, fetcher: Fetcher) -> None:
    before = Handler.hits["/robots.txt"]
    fetcher.fetch(server + "/page.html")
    fetcher.fetch(server + "/page.html")
    assert Handler.hits["/robots.txt"] == before + 1


def test_redirect_into_disallowed_path_checked(server: str, fetcher: Fetcher) -> None:
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch(server + "/to-private")


def test_redirect_followed(server: str, fetcher: Fetcher) -> None:
    assert fetcher.fetch(server + "/moved").url == server + "/page.html"


def test_404(server: str, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(server + "/missing.html")


def test_500_then_200_is_retried(server: str, fetcher: Fetcher) -> None:
    raw = fetcher.fetch(server + "/flaky")
    assert b"4,8%" in raw.content
    assert Handler.hits["/flaky"] == 2


def test_429_with_retry_after(server: str, fetcher: Fetcher) -> None:
    assert b"4,8%" in fetcher.fetch(server + "/busy").content


def test_persistent_5xx_gives_up(server: str, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="HTTP 503"):
        fetcher.fetch(server + "/always500")
    assert Handler.hits["/always500"] == 1 + SETTINGS.retries


def test_slow_response_times_out(server: str) -> None:
    SLOW_RELEASED.clear()
    with Fetcher(FetchSettings(delay=0, timeout=0.3, retries=0, allow_private=True)) as f:
        try:
            with pytest.raises(FetchError, match="timed out"):
                f.fetch(server + "/slow")  # the server holds the page until after this: only a timeout ends it
        finally:
            SLOW_RELEASED.set()


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_oversized_body(server: str, fetcher: Fetcher, path: str) -> None:
    with pytest.raises(FetchError, match="100000-byte limit"):
        fetcher.fetch(server + path)


def test_redirect_loop(server: str, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="redirects"):
        fetcher.fetch(server + "/loop-a")


def test_wrong_charset_declared(server: str, fetcher: Fetcher) -> None:
    raw = fetcher.fetch(server + "/latin1")
    assert raw.charset == "iso-8859-1"
    text = decode_bytes(raw.content, raw.charset, raw.content_type)
    assert "Tập đoàn Điện lực Việt Nam" in text


def test_private_address_refused_by_default(server: str) -> None:
    with (
        Fetcher(FetchSettings(delay=0, timeout=0.5, retries=0)) as f,
        pytest.raises(FetchError, match="private or local address"),
    ):
        f.fetch(server + "/page.html")


@pytest.mark.parametrize("url", ["ftp://example.com/a.html", "file:///etc/passwd"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(InputError, match="http and https"):
        list(iter_raw_documents(url, settings=SETTINGS))


def test_per_host_delay(server: str) -> None:
    with Fetcher(FetchSettings(delay=0.25, timeout=1, retries=0, allow_private=True)) as f:
        f.fetch(server + "/page.html")  # robots.txt + page
        start = time.monotonic()
        f.fetch(server + "/page.html")
        assert time.monotonic() - start >= 0.2


def test_iter_raw_documents_outcomes(server: str) -> None:
    with Fetcher(SETTINGS) as f:
        ok = list(iter_raw_documents(server + "/page.html", fetcher=f))
        skipped = list(iter_raw_documents(server + "/private/a.html", fetcher=f))
        failed = list(iter_raw_documents(server + "/missing", fetcher=f))
        image = list(iter_raw_documents(server + "/image.png", fetcher=f))
    assert isinstance(ok[0], RawDocument)
    assert isinstance(skipped[0], Skipped) and "robots.txt" in skipped[0].reason
    assert isinstance(failed[0], Failed) and failed[0].stage == "fetch" and "404" in failed[0].message
    assert isinstance(image[0], Skipped) and "image/png" in image[0].reason


def test_settings_object_with_fetch_attribute(server: str) -> None:
    class AppSettings:
        fetch = SETTINGS

    items = list(iter_raw_documents(server + "/page.html", settings=AppSettings()))
    assert isinstance(items[0], RawDocument)


def test_settings_from_environment() -> None:
    env = {
        "VN_NEWS_EXTRACT_ALLOW_PRIVATE": "1",
        "VN_NEWS_EXTRACT_DELAY": "0.5",
        "VN_NEWS_EXTRACT_RETRIES": "0",
        "VN_NEWS_EXTRACT_OBEY_ROBOTS": "0",
    }
    settings = FetchSettings.from_env(env)
    assert settings.allow_private and settings.delay == 0.5 and settings.retries == 0
    assert settings.obey_robots  # robots.txt cannot be switched off from the environment
    with pytest.raises(InputError, match="VN_NEWS_EXTRACT_DELAY"):
        FetchSettings.from_env({"VN_NEWS_EXTRACT_DELAY": "soon"})
