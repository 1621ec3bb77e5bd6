"""The frontier: article addresses in order of preference, each fetched at most once, and the rules
that keep a crawl bounded (same site, ``--since``, the page budget)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from .links import looks_like_article
from .resume import NOT_FETCHED
from .urls import site_of

Via = Literal["feed", "sitemap", "page"]
_PREFERENCE: dict[str, int] = {"feed": 0, "sitemap": 1, "page": 2}

OFF_SITE = NOT_FETCHED + "off-site (another site than the start pages)"
NOT_ARTICLE = NOT_FETCHED + "a sitemap entry without the shape of an article address"
TOO_OLD = NOT_FETCHED + "older than --since (feed or sitemap date)"
ROBOTS = NOT_FETCHED + "disallowed by robots.txt"
BUDGET = NOT_FETCHED + "page budget (--max-pages) reached"


@dataclass(frozen=True)
class Candidate:
    url: str  # canonical
    via: Via
    source: str  # the feed, sitemap or page that lists it
    date: datetime | None = None
    trusted: bool = True  # a feed entry, a news-sitemap entry or a classified article link


class Frontier:
    """Candidates merged in order of preference (feeds, then sitemaps, then page links), each address
    once (the first listing wins, a later one may add a missing date)."""

    def __init__(self, sites: frozenset[str], since: date | None = None) -> None:
        self.sites, self.since = sites, since
        self._items: dict[str, Candidate] = {}
        self.listed: dict[str, int] = {"feed": 0, "sitemap": 0, "page": 0}

    def add(self, candidates: Iterable[Candidate]) -> None:
        for cand in candidates:
            self.listed[cand.via] += 1
            known = self._items.get(cand.url)
            if known is None:
                self._items[cand.url] = cand
            elif known.date is None and cand.date is not None:
                self._items[cand.url] = Candidate(
                    known.url, known.via, known.source, cand.date, known.trusted
                )

    def __len__(self) -> int:
        return len(self._items)

    def ordered(self) -> list[Candidate]:
        return sorted(self._items.values(), key=lambda c: _PREFERENCE[c.via])  # stable within a kind

    def on_site(self, url: str) -> bool:
        return site_of(url) in self.sites

    def verdict(self, cand: Candidate) -> str | None:
        """Why ``cand`` is not fetched (a reason starting "not fetched: "), or None to fetch it.
        Budget and robots.txt are the crawler's to check (they need its state)."""
        if not self.on_site(cand.url):
            return OFF_SITE
        if not cand.trusted and not looks_like_article(cand.url):
            return NOT_ARTICLE
        if self.since is not None and cand.date is not None and cand.date.date() < self.since:
            return TOO_OLD
        return None

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.ordered())
