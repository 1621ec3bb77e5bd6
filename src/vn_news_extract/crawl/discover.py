"""Where a site lists its articles: feeds a page links to, sitemaps (robots.txt, indexes, news
sitemaps).

Nothing here fetches: the crawler fetches every address through the polite fetcher and hands the
bytes in.  Feed addresses are found with trafilatura's ``feeds.determine_feed``; feeds are parsed with
feedparser (RSS 0.9x/1.0/2.0, Atom; entry dates); sitemaps with lxml (see ``parse_sitemap``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .urls import canonical


@dataclass(frozen=True)
class Entry:
    """One article address a feed or sitemap lists, with its date when given."""

    url: str
    date: datetime | None = None
    news: bool = False  # from a Google News sitemap (or a feed): the site says it is an article


def feed_urls(html: str, page_url: str) -> list[str]:
    """Feed addresses a page announces (``<link rel="alternate" type="application/rss+xml">``, or
    failing that feed-looking ``<a>`` links), as trafilatura finds them."""
    from courlan import get_hostinfo
    from trafilatura.feeds import FeedParameters, determine_feed

    domain, base = get_hostinfo(page_url)
    params = FeedParameters(base or page_url, domain or "", page_url)
    found: dict[str, None] = {}
    for url in determine_feed(html, params):
        clean = canonical(url, page_url)
        if clean:
            found[clean] = None
    return list(found)


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:  # feedparser's time.struct_time, always UTC
        return datetime(*tuple(value)[:6]).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_feed(content: bytes, feed_url: str) -> list[Entry] | None:
    """Entries of an RSS or Atom feed in feed order; None when the bytes are no feed."""
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(content)
    if not parsed.entries and not parsed.get("version"):
        return None
    entries: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link") or next(
            (x.get("href") for x in item.get("links", []) if x.get("rel", "alternate") == "alternate"), None
        )
        url = canonical(link or "", feed_url)
        if not url:
            continue
        date = _aware(item.get("published_parsed") or item.get("updated_parsed"))
        entries.append(Entry(url, date, news=True))
    return entries


_MAX_SITEMAP = 50_000_000


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: the pages it lists and, for an index, the sitemaps it names."""

    pages: list[Entry]
    children: list[str]


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text.strip()))
    except ValueError:
        return None


def parse_sitemap(content: bytes, sitemap_url: str) -> Sitemap | None:
    """Pages (newest first when dated) and child sitemaps; None when the bytes are no sitemap.

    XML sitemaps (urlset, sitemap index; ``lastmod``; Google News ``publication_date``), gzipped or
    not, and plain-text sitemaps.  Read with lxml's event parser (no entities, no network); the
    sitemap readers of trafilatura (no dates, and hosts without a public suffix dropped) and
    ultimate-sitemap-parser (GPL-3.0, this project is MIT) did not fit.
    """
    import io
    import zlib

    from lxml import etree  # type: ignore[import-untyped]

    if content[:2] == b"\x1f\x8b":
        try:  # at most 50 MB once unpacked (the sitemap protocol's own limit)
            content = zlib.decompressobj(31).decompress(content, _MAX_SITEMAP)
        except zlib.error:
            return None
    head = content[:300].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<html" in head or b"<!doctype html" in head:
        return None
    if not head.startswith(b"<"):
        lines = content.decode("utf-8", "replace").split()
        urls = [u for u in (canonical(x, sitemap_url) for x in lines if x.startswith("http")) if u]
        return Sitemap([Entry(u) for u in urls], []) if urls else None
    pages: list[Entry] = []
    children: list[str] = []
    kind = ""
    try:
        for _event, el in etree.iterparse(io.BytesIO(content), events=("end",), resolve_entities=False,
                                          no_network=True, recover=True, huge_tree=False):  # fmt: skip
            name = _local(el.tag)
            if name not in {"url", "sitemap"}:
                continue
            fields = {_local(child.tag): (child.text or "").strip() for child in el.iter()}
            url = canonical(fields.get("loc", ""), sitemap_url)
            if url and name == "sitemap":
                kind = kind or "index"
                children.append(url)
            elif url:
                kind = kind or "urlset"
                news = "publication_date" in fields
                date = _date(fields.get("publication_date")) or _date(fields.get("lastmod"))
                pages.append(Entry(url, date, news=news))
            el.clear()
    except etree.XMLSyntaxError:
        if not kind:
            return None
    if not kind:
        return None
    oldest = datetime.min.replace(tzinfo=UTC)
    pages.sort(key=lambda e: e.date or oldest, reverse=True)  # stable: undated keep their order, last
    return Sitemap(pages, list(dict.fromkeys(children)))
