"""Crawling a site's news: feeds, sitemaps and section pages -> article pages -> the batch sinks.

``crawl(start_urls, sinks, CrawlOptions(...))`` is the entry point (``vn-news-extract crawl``).
"""

from __future__ import annotations

from .crawler import Crawler, CrawlOptions, CrawlReport, crawl

__all__ = ["CrawlOptions", "CrawlReport", "Crawler", "crawl"]
