"""Crawl benchmark: pages fetched per second from the local test site with the delay set to zero.

    python bench/bench_crawl.py                 # 300 article pages
    python bench/bench_crawl.py --pages 1000

The site is ``tests/crawl_site.py`` (real saved pages on 127.0.0.1) with a section page of ``--pages``
article links (the real article pages served in turn under distinct addresses).  Two runs, each into a
fresh SQLite database, with ``--delay 0`` and one process:

- fetch only: discovery (robots.txt, section page, sitemaps) and every article fetched, checked and
  handed to the runner, whose per-document function does nothing (no extraction) -- the crawler's and
  fetcher's own cost;
- end to end: the same crawl with extraction (the spaCy + underthesea pipeline) and storage, as
  ``vn-news-extract crawl`` runs with ``--workers 0``.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from crawl_site import BENCH_SECTION, LocalSite

from vn_news_extract.crawl import CrawlOptions, crawl
from vn_news_extract.runner import BatchOptions, Processor
from vn_news_extract.sinks import SqlSink
from vn_news_extract.sources.fetch import FetchSettings
from vn_news_extract.types import Outcome, RawDocument, Skipped


class NoExtraction(Processor):
    def setup(self) -> None:
        pass

    def __call__(self, raw: RawDocument) -> Outcome:
        return Skipped(raw.label, "benchmark: not extracted")


def one(pages: int, processor: Processor | None) -> tuple[float, int, int, int]:
    with LocalSite(slow_seconds=0, extra=pages) as site, tempfile.TemporaryDirectory() as tmp:
        settings = FetchSettings(delay=0, allow_private=True)
        start = time.perf_counter()
        summary, report = crawl(
            [site.base + BENCH_SECTION],
            [SqlSink(str(Path(tmp) / "bench.db"))],
            CrawlOptions(max_pages=pages),
            fetch_settings=settings,
            batch=BatchOptions(workers=0),
            processor=processor,
        )
        elapsed = time.perf_counter() - start
    return elapsed, len(report.responses), report.articles_fetched, summary.stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {platform.machine()}, delay 0, one process, loopback")
    print(f"{'run':<12} {'responses':>9} {'articles':>8} {'stored':>6} {'seconds':>8} {'pages/s':>8}")
    for name, processor in (("fetch only", NoExtraction()), ("end to end", None)):
        elapsed, responses, articles, stored = one(args.pages, processor)
        print(f"{name:<12} {responses:>9} {articles:>8} {stored:>6} {elapsed:>8.2f} {responses / elapsed:>8.1f}")


if __name__ == "__main__":
    main()
