"""Where a site lists its articles: feeds a page links to, sitemaps (robots.txt, indexes, news
sitemaps), read with well-kept libraries.

Nothing here fetches: the crawler fetches every address through the polite fetcher and hands the
bytes in.  Feed addresses are found with trafilatura's ``feeds.determine_feed``; feeds are parsed with
feedparser (RSS 0.9x/1.0/2.0, Atom; entry dates), sitemaps with ultimate-sitemap-parser's
``sitemap_from_str`` (urlset, sitemap index, Google News sitemaps; ``lastmod`` and publication dates).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .urls import canonical

log = logging.getLogger(__name__)


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
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_feed(content: bytes, feed_url: str) -> list[Entry] | None:
    """Entries of an RSS or Atom feed in feed order; None when the bytes are no feed."""
    import feedparser

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


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: the pages it lists and, for an index, the sitemaps it names."""

    pages: list[Entry]
    children: list[str]


def parse_sitemap(content: bytes, sitemap_url: str) -> Sitemap | None:
    """Pages (newest first when dated) and child sitemaps; None when the bytes are no sitemap."""
    from usp.objects.sitemap import IndexWebsiteSitemap, InvalidSitemap
    from usp.tree import sitemap_from_str

    text = content.decode("utf-8", "replace").lstrip("\ufeff")
    if "<html" in text[:300].lower():
        return None
    try:
        tree = sitemap_from_str(text)
    except Exception as err:  # noqa: BLE001 - a parser bug on odd input: this sitemap is unreadable
        log.info("sitemap %s unreadable: %s", sitemap_url, err)
        return None
    if isinstance(tree, InvalidSitemap) and not getattr(tree, "sub_sitemaps", None):
        return None
    children: list[str] = []
    for sub in getattr(tree, "sub_sitemaps", []) or []:
        if isinstance(sub, IndexWebsiteSitemap):
            continue
        url = canonical(str(sub.url), sitemap_url)
        if url and url not in children:
            children.append(url)
    pages: list[Entry] = []
    for page in getattr(tree, "pages", []) or []:
        url = canonical(str(page.url), sitemap_url)
        if not url:
            continue
        story = page.news_story
        date = _aware(story.publish_date if story is not None else None) or _aware(page.last_modified)
        pages.append(Entry(url, date, news=story is not None))
    oldest = datetime.min.replace(tzinfo=UTC)
    pages.sort(key=lambda e: e.date or oldest, reverse=True)  # stable: undated keep their order, last
    return Sitemap(pages, children)
