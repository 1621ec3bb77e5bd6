"""The crawler's rules, read once from ``data/crawl.json``: what an article link looks like, which
parts of a page are menus, which query parameters and path suffixes are noise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import load_json


@dataclass(frozen=True)
class CrawlRules:
    article_paths: tuple[re.Pattern[str], ...]
    not_article_paths: tuple[re.Pattern[str], ...]
    chrome_tags: frozenset[str]
    chrome_class: re.Pattern[str]
    tracking_params: frozenset[str]
    amp_suffixes: tuple[str, ...]
    sitemap_guesses: tuple[str, ...]
    max_sitemaps: int
    max_feeds: int


@cache
def rules() -> CrawlRules:
    data = load_json("crawl.json")
    words = "|".join(re.escape(w) for w in data["chrome_class_words"])
    return CrawlRules(
        article_paths=tuple(re.compile(p, re.IGNORECASE) for p in data["article_paths"]),
        not_article_paths=tuple(re.compile(p, re.IGNORECASE) for p in data["not_article_paths"]),
        chrome_tags=frozenset(data["chrome_tags"]),
        chrome_class=re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.IGNORECASE),
        tracking_params=frozenset(p.lower() for p in data["tracking_query_params"]),
        amp_suffixes=tuple(data["amp_path_suffixes"]),
        sitemap_guesses=tuple(data["sitemap_guesses"]),
        max_sitemaps=int(data["max_sitemaps"]),
        max_feeds=int(data["max_feeds"]),
    )
