"""The crawl: start pages -> feeds, sitemaps and article links -> fetched articles -> the batch runner.

``Crawler.documents()`` is a lazy stream of ``RawDocument`` (article pages to extract) and ``Skipped``
/ ``Failed`` (every other address it met, with the reason); ``crawl()`` feeds it to ``runner.run``,
so articles reach the same sinks as ``batch`` with an outcome for every address.  All HTTP goes
through ``sources.fetch.Fetcher`` (robots.txt, per-host delay, timeouts, size cap, retries, private
addresses); the libraries only parse.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit, urlunsplit

import httpx

from ..decode import decode_bytes
from ..errors import InputError, VnNewsError
from ..runner import BatchOptions, Processor, RunSummary, run
from ..sinks import Sink
from ..sources.fetch import Fetcher, FetchError, FetchSettings, RobotsDisallowed, check_address
from ..types import Failed, RawDocument, Skipped
from .archive import WarcRecorder
from .discover import Entry, feed_urls, parse_feed, parse_sitemap
from .frontier import BUDGET, ROBOTS, Candidate, Frontier
from .links import article_links
from .resume import done_urls
from .rules import rules
from .urls import canonical, sites_of

Item = RawDocument | Skipped | Failed
_READABLE = ("text/html", "application/xhtml+xml", "text/plain")

START_PAGE = "crawl start page (a listing: its links were followed, it is not an article)"
FEED = "feed (its entries were followed)"
SITEMAP = "sitemap (its entries were followed)"
NOT_A_FEED = "announced as a feed but not a readable RSS or Atom feed"
NOT_A_SITEMAP = "named as a sitemap but not a readable sitemap"
REDIRECTED = "redirected: stored under the address it redirects to"
REDIRECTED_AWAY = "redirected to another site: not stored"


@dataclass
class CrawlOptions:
    max_pages: int = 100  # article pages fetched at most (discovery pages not counted)
    since: date | None = None  # feed / sitemap entries dated before this are not fetched
    warc: str | None = None  # archive every response here (.warc or .warc.gz)


@dataclass
class CrawlReport:
    """What the crawl did besides the outcomes: every response in order, counts of the rest."""

    responses: list[tuple[str, int]] = field(default_factory=list)  # (url, HTTP status), fetch order
    listed: dict[str, int] = field(default_factory=dict)  # entries found per source kind
    candidates: int = 0  # distinct article addresses
    articles_fetched: int = 0
    already_done: int = 0  # handled by an earlier crawl into the same sinks: not fetched again
    not_fetched: Counter[str] = field(default_factory=Counter)
    warc: str | None = None
    warc_records: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def pages_per_second(self) -> float:
        return len(self.responses) / self.elapsed if self.elapsed > 0 else 0.0


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


class Crawler:
    """One crawl: discovery from the start pages, then the frontier, fetched in order of preference."""

    def __init__(self, start_urls: Sequence[str], options: CrawlOptions, fetcher: Fetcher,
                 sinks: Sequence[Sink] = (), report: CrawlReport | None = None) -> None:  # fmt: skip
        starts = []
        for url in start_urls:
            clean = canonical(url)
            if clean is None:
                raise InputError(f"not an http(s) page address: {url}")
            starts.append(clean)
        self.starts = list(dict.fromkeys(starts))
        self.options, self.fetcher, self.sinks = options, fetcher, sinks
        self.report = report or CrawlReport()
        self.frontier = Frontier(sites_of(self.starts), options.since)
        self._sitemaps_seen: set[str] = set()
        self._discovery: set[str] = set()  # start pages, feeds, sitemaps fetched

    # -- fetching -------------------------------------------------------------------------------------
    def _get(self, url: str) -> RawDocument | Skipped | Failed:
        """A discovery page (start page, feed, sitemap): it has its outcome from here."""
        self._discovery.add(url)
        try:
            return self.fetcher.fetch(url)
        except RobotsDisallowed:
            return Skipped(url, ROBOTS)
        except FetchError as err:
            return Failed(url, "fetch", str(err))

    def _robots_allow(self, url: str) -> bool:
        """robots.txt allows ``url`` (its host checked first, as the fetcher does, before any request)."""
        settings = self.fetcher.settings
        check_address(url, settings.allow_private)
        return not settings.obey_robots or self.fetcher.allowed(url)

    # -- discovery ------------------------------------------------------------------------------------
    def _discover(self) -> Iterator[Item]:
        r = rules()
        for start in self.starts:
            raw = self._get(start)
            links: list[str] = []
            feeds: list[str] = []
            if not isinstance(raw, RawDocument):
                yield raw
            elif raw.content_type not in _READABLE:  # a feed or a sitemap given as the start
                yield from self._read_listing(start, raw)
            else:
                try:
                    html = decode_bytes(raw.content, raw.charset, raw.content_type)
                except VnNewsError as err:
                    yield Failed(start, err.stage, str(err))
                    html = ""
                if html:
                    base = raw.url or start
                    feeds = [u for u in feed_urls(html, base) if self.frontier.on_site(u)][: r.max_feeds]
                    links = article_links(html, base)
                    yield Skipped(start, START_PAGE)
            for feed in feeds:
                yield from self._read_feed(feed)
            yield from self._read_sitemaps(start)
            self.frontier.add(Candidate(u, "page", start) for u in links)

    def _read_listing(self, url: str, raw: RawDocument) -> Iterator[Item]:
        """A start address that answers with XML: read as a feed, else as a sitemap."""
        entries = parse_feed(raw.content, raw.url or url)
        if entries is not None:
            self.frontier.add(Candidate(e.url, "feed", url, e.date) for e in entries)
            yield Skipped(url, FEED)
            return
        sitemap = parse_sitemap(raw.content, raw.url or url)
        if sitemap is None:
            yield Skipped(url, f"start page is {raw.content_type}: not HTML, a feed or a sitemap")
            return
        self.frontier.add(self._sitemap_candidate(e, url) for e in sitemap.pages)
        yield Skipped(url, SITEMAP)
        for child in sitemap.children[: rules().max_sitemaps]:
            if self.frontier.on_site(child) and child not in self._discovery:
                yield from self._read_listing_at(child)

    def _read_listing_at(self, url: str) -> Iterator[Item]:
        raw = self._get(url)
        if isinstance(raw, RawDocument):
            yield from self._read_listing(url, raw)
        else:
            yield raw

    def _read_feed(self, url: str) -> Iterator[Item]:
        raw = self._get(url)
        if not isinstance(raw, RawDocument):
            yield raw
            return
        entries = parse_feed(raw.content, raw.url or url)
        if entries is None:
            yield Skipped(url, NOT_A_FEED)
            return
        self.frontier.add(Candidate(e.url, "feed", url, e.date) for e in entries)
        yield Skipped(url, FEED)

    def _read_sitemaps(self, start: str) -> Iterator[Item]:
        """robots.txt's sitemaps of the start page's site (or the usual address), indexes followed."""
        r = rules()
        origin = _origin(start)
        if origin in self._sitemaps_seen:
            return
        self._sitemaps_seen.add(origin)
        try:
            check_address(start, self.fetcher.settings.allow_private)
        except FetchError:
            return  # the start page's own outcome says why
        named = self.fetcher.robots(start).site_maps() or []
        queue = [canonical(u, origin) for u in named]
        guessed = not queue
        if guessed:
            queue = [canonical(g, origin) for g in r.sitemap_guesses]
        seen: set[str] = set()
        while queue and len(seen) < r.max_sitemaps:
            url = queue.pop(0)
            if not url or url in seen or not self.frontier.on_site(url):
                continue
            seen.add(url)
            raw = self._get(url)
            if not isinstance(raw, RawDocument):
                if not guessed:
                    yield raw
                continue
            sitemap = parse_sitemap(raw.content, raw.url or url)
            if sitemap is None:
                if not guessed:
                    yield Skipped(url, NOT_A_SITEMAP)
                continue
            guessed = False  # it exists: from here on, what it names is named
            queue.extend(sitemap.children)
            self.frontier.add(self._sitemap_candidate(e, url) for e in sitemap.pages)
            yield Skipped(url, SITEMAP)

    @staticmethod
    def _sitemap_candidate(entry: Entry, sitemap: str) -> Candidate:
        return Candidate(entry.url, "sitemap", sitemap, entry.date, trusted=entry.news)

    # -- the crawl ------------------------------------------------------------------------------------
    def documents(self) -> Iterator[Item]:
        """Every outcome of the crawl that the sinks should record, lazily, fetching as it goes."""
        report = self.report
        yield from self._discover()
        ordered = self.frontier.ordered()
        report.listed = dict(self.frontier.listed)
        report.candidates = len(ordered)
        done = done_urls(self.sinks, (c.url for c in ordered))
        handled: set[str] = set(self._discovery)  # a feed or sitemap may list the start page itself
        for cand in ordered:
            if cand.url in handled:
                continue  # reached earlier through a redirect
            reason = self.frontier.verdict(cand)
            if reason is None and cand.url in done:
                report.already_done += 1
                continue
            if reason is None:
                try:
                    reason = None if self._robots_allow(cand.url) else ROBOTS
                except FetchError as err:  # a host that does not resolve, or a private address
                    yield Failed(cand.url, "fetch", str(err))
                    continue
            if reason is None and report.articles_fetched >= self.options.max_pages:
                reason = BUDGET
            if reason is not None:
                report.not_fetched[reason] += 1
                yield Skipped(cand.url, reason)
                continue
            report.articles_fetched += 1
            handled.add(cand.url)
            yield from self._article(cand, handled)

    def _article(self, cand: Candidate, handled: set[str]) -> Iterator[Item]:
        try:
            raw = self.fetcher.fetch(cand.url)
        except RobotsDisallowed:  # a redirect into a forbidden folder
            self.report.not_fetched[ROBOTS] += 1
            yield Skipped(cand.url, ROBOTS)
            return
        except FetchError as err:
            yield Failed(cand.url, "fetch", str(err))
            return
        final = canonical(raw.url or cand.url) or cand.url
        if final != cand.url:
            if not self.frontier.on_site(final):
                yield Skipped(cand.url, REDIRECTED_AWAY)
                return
            yield Skipped(cand.url, REDIRECTED)
            if final in handled:
                return
            handled.add(final)
        label = raw.url or cand.url
        if raw.content_type not in _READABLE:
            yield Skipped(label, f"content type {raw.content_type} is not HTML or text")
        elif not raw.content.strip():
            yield Skipped(label, "empty response body")
        else:
            yield raw


def crawl(
    start_urls: Sequence[str],
    sinks: Sequence[Sink],
    options: CrawlOptions | None = None,
    *,
    fetch_settings: FetchSettings | None = None,
    batch: BatchOptions | None = None,
    progress: Callable[[RunSummary], None] | None = None,
    processor: Processor | None = None,
) -> tuple[RunSummary, CrawlReport]:
    """Crawl ``start_urls`` into ``sinks``; returns the batch summary and the crawl report.

    ``processor`` replaces the extraction pipeline (benchmarks, tests), as in ``runner.run``.
    """
    options = options or CrawlOptions()
    if options.max_pages < 0:
        raise InputError("--max-pages must be 0 or more")
    report = CrawlReport(warc=options.warc)
    fetcher = Fetcher(fetch_settings or FetchSettings.from_env())
    try:
        crawler = Crawler(start_urls, options, fetcher, sinks, report)  # checks the start addresses
    except InputError:
        fetcher.close()
        raise
    recorder = WarcRecorder(options.warc) if options.warc else None

    def on_response(url: str, response: httpx.Response, body: bytes) -> None:
        report.responses.append((url, response.status_code))
        if recorder is not None:
            recorder(url, response, body)

    fetcher.on_response = on_response
    try:
        summary = run(crawler.documents(), sinks, batch or BatchOptions(workers=0), progress=progress,
                      processor=processor)  # fmt: skip
    finally:
        report.finished = time.monotonic()
        fetcher.close()
        if recorder is not None:
            report.warc_records = recorder.records
            recorder.close()
    return summary, report
