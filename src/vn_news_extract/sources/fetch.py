"""Polite HTTP fetching with httpx: one page per call, robots.txt obeyed.

A clear User-Agent; robots.txt fetched once per host and cached (4xx: allowed, 5xx or unreachable:
disallowed, as RFC 9309 says); a delay between requests to one host (the larger of ours and the
site's ``Crawl-delay``); timeouts; retries with exponential backoff on 429 / 5xx / network errors,
honouring ``Retry-After``; a cap on the body size; http and https only; redirects followed by hand,
each hop checked again, up to a limit; hosts resolving to private, loopback or link-local addresses
refused unless ``allow_private`` is set.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Self
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..errors import InputError
from ..types import RawDocument
from .files import sha256

log = logging.getLogger(__name__)

ROBOTS_TOKEN = "vn-news-extract"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_ROBOTS_MAX = 512_000


@dataclass(frozen=True)
class FetchSettings:
    """Options for live URLs.  Frozen and hashable: one fetcher (and robots cache) per settings."""

    user_agent: str = f"{ROBOTS_TOKEN}/{__version__} (+https://pypi.org/project/vn-news-extract/)"
    delay: float = 1.0  # seconds between two requests to the same host
    timeout: float = 15.0  # seconds, for connect, read, write and pool each
    retries: int = 2  # extra attempts on 429, 5xx, timeouts and network errors
    backoff: float = 1.0  # first wait before a retry; doubled each time
    max_retry_after: float = 60.0  # never wait longer than this for a Retry-After
    max_bytes: int = 10_000_000  # body size cap (after decompression)
    max_redirects: int = 5
    allow_private: bool = False  # allow hosts on private / loopback addresses (tests, intranets)
    obey_robots: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FetchSettings:
        """Defaults overridden by ``VN_NEWS_EXTRACT_<FIELD>`` variables (``..._ALLOW_PRIVATE=1``, ...);
        read by ``settings``, the one module that reads the environment."""
        from ..settings import from_env

        return from_env(cls, environ, skip=("obey_robots",))


class FetchError(InputError):
    """A URL that could not be fetched: the message says why, in one line."""

    stage = "fetch"


class RobotsDisallowed(FetchError):
    """robots.txt of the host does not allow us to fetch the URL."""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def check_address(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts that resolve to non-public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'}: {url}")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL without a host: {url}")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise FetchError(f"cannot resolve host {host}: {err}") from err
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        mapped = getattr(ip, "ipv4_mapped", None)
        ip = mapped or ip
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"{host} resolves to a private or local address ({ip}); refused unless allow_private is set"
            )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class Fetcher:
    """Fetches pages politely; keeps the robots.txt cache and per-host timing between calls."""

    def __init__(
        self, settings: FetchSettings | None = None, *, transport: httpx.BaseTransport | None = None
    ):
        self.settings = settings or FetchSettings()
        s = self.settings
        self.client = httpx.Client(
            headers={
                "User-Agent": s.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
                "Accept-Language": "vi,en;q=0.5",
            },
            timeout=httpx.Timeout(s.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, RobotFileParser] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        # called with (url, response, body) for every response read, redirects and errors included
        # (the crawler archives them to WARC)
        self.on_response: Callable[[str, httpx.Response, bytes], None] | None = None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- politeness --------------------------------------------------------------------------------
    def _pause(self, origin: str) -> None:
        delay = self.settings.delay
        robots = self._robots.get(origin)
        if robots is not None:
            crawl_delay = robots.crawl_delay(ROBOTS_TOKEN)
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), 30.0))
        with self._lock:
            last = self._last.get(origin)
            now = time.monotonic()
            wait = 0.0 if last is None else last + delay - now
            self._last[origin] = now + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    def robots(self, url: str) -> RobotFileParser:
        origin = _origin(url)
        cached = self._robots.get(origin)
        if cached is not None:
            return cached
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            self._pause(origin)
            response = self.client.get(origin + "/robots.txt")
            if response.status_code == 200:
                parser.parse(response.content[:_ROBOTS_MAX].decode("utf-8", "replace").splitlines())
            elif 400 <= response.status_code < 500 or 300 <= response.status_code < 400:
                parser.parse([])  # no rules: everything allowed
            else:
                parser.parse(["User-agent: *", "Disallow: /"])
        except httpx.HTTPError as err:
            log.info("robots.txt of %s unreachable (%s): treating the site as disallowed", origin, err)
            parser.parse(["User-agent: *", "Disallow: /"])
        self._robots[origin] = parser
        return parser

    def allowed(self, url: str) -> bool:
        return self.robots(url).can_fetch(ROBOTS_TOKEN, url)

    # --- fetching ----------------------------------------------------------------------------------
    def fetch(self, url: str) -> RawDocument:
        """GET ``url`` following redirects; raises ``FetchError`` (``RobotsDisallowed``) with the reason."""
        s = self.settings
        current = url
        for _hop in range(s.max_redirects + 1):
            check_address(current, s.allow_private)
            if s.obey_robots and not self.allowed(current):
                raise RobotsDisallowed(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            response, content = self._get(current)
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(
                        f"HTTP {response.status_code} redirect without a Location from {current}"
                    )
                current = urljoin(current, location)
                continue
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} for {current}")
            ctype = response.headers.get("content-type", "")
            mime = ctype.split(";")[0].strip().lower() or "application/octet-stream"
            return RawDocument(
                content=content,
                content_type=mime,
                url=str(response.url),
                retrieved_at=datetime.now(UTC).isoformat(timespec="seconds"),
                charset=response.charset_encoding,
                sha256=sha256(content),
            )
        raise FetchError(f"more than {s.max_redirects} redirects from {url} (redirect loop?)")

    def _get(self, url: str) -> tuple[httpx.Response, bytes]:
        s = self.settings
        origin = _origin(url)
        problem = "no attempt made"
        for attempt in range(s.retries + 1):
            self._pause(origin)
            wait = s.backoff * (2**attempt)
            try:
                with self.client.stream("GET", url) as response:
                    if response.status_code in _RETRY_STATUS and attempt < s.retries:
                        after = _retry_after(response)
                        if after is not None:
                            wait = min(after, s.max_retry_after)
                        problem = f"HTTP {response.status_code}"
                        log.info("%s from %s; retry %d in %.1f s", problem, url, attempt + 1, wait)
                        time.sleep(wait)
                        continue
                    content = self._read(response, url)
                    if self.on_response is not None:
                        self.on_response(url, response, content)
                    return response, content
            except httpx.TimeoutException:
                problem = f"timed out after {s.timeout:g} s"
            except httpx.TransportError as err:
                problem = f"network error: {err}"
            if attempt < s.retries:
                log.info("%s for %s; retry %d in %.1f s", problem, url, attempt + 1, wait)
                time.sleep(wait)
        raise FetchError(f"{url}: {problem} (after {s.retries + 1} attempts)")

    def _read(self, response: httpx.Response, url: str) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{url}: body of {declared} bytes is over the {cap}-byte limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"{url}: body is over the {cap}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)


@lru_cache(maxsize=4)
def shared_fetcher(settings: FetchSettings) -> Fetcher:
    """One fetcher per settings for the process, so robots.txt and host delays carry across calls."""
    return Fetcher(settings)
