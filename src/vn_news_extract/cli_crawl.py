"""``vn-news-extract crawl``: a site's articles, found through its feeds, sitemaps and section pages,
into the same sinks as ``batch`` (thin layer over ``crawl``)."""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from datetime import datetime

import click

from .cli_batch import _by, _Progress, db_option, format_summary, out_option
from .crawl.resume import NOT_FETCHED
from .errors import InputError
from .runner import BatchOptions
from .sinks import make_sinks

_EPILOG = """\b
Examples:
  vn-news-extract crawl https://cafef.vn/doanh-nghiep.chn --max-pages 50
  vn-news-extract crawl https://vneconomy.vn/cong-nghiep.htm --since 2026-03-01 --warc crawl.warc.gz
  vn-news-extract batch crawl.warc.gz --db again.db     # re-extract later, nothing fetched

\b
Articles are found, in this order of preference, in the RSS/Atom feeds the start
page links to, in the site's sitemaps (named in robots.txt, or /sitemap.xml;
indexes and news sitemaps followed) and among the start page's own links (menus,
tag, topic and media pages left out). Only those are fetched and extracted; the
start pages, feeds and sitemaps are recorded as skipped, never stored.
Re-running the same command resumes: pages already stored are not fetched again.
"""


@click.command("crawl", epilog=_EPILOG)
@click.argument("start_urls", nargs=-1, required=True, metavar="START_URL...")
@click.option(
    "--max-pages",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Article pages fetched at most (start pages, feeds and sitemaps not counted).",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Skip feed and sitemap entries dated before this day (YYYY-MM-DD), before fetching them.",
)
@db_option
@out_option
@click.option(
    "--warc", metavar="FILE", default=None, help="Archive every response to this .warc or .warc.gz."
)
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Extraction worker processes; 0 extracts in this process between fetches.",
)
@click.option(
    "--delay", type=float, default=None, help="Seconds between two requests to the same host (default 1)."
)
@click.option(
    "--allow-private", is_flag=True, help="Allow hosts on private, loopback and link-local addresses."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line and no summary (errors only).")
def crawl_cmd(start_urls: tuple[str, ...], max_pages: int, since: datetime | None, db: str | None,
              out: str | None, warc: str | None, workers: int, delay: float | None, allow_private: bool,
              quiet: bool) -> None:  # fmt: skip
    """Find the articles of a site's home or section pages and extract them into a database.

    Polite: robots.txt obeyed, one request per --delay seconds per host, timeouts,
    a size cap, retries; only the start pages' sites are crawled.
    """
    from .crawl import CrawlOptions, crawl
    from .sources.fetch import FetchSettings

    if delay is not None and delay < 0:
        raise click.BadParameter("must be 0 or more", param_hint="--delay")
    settings = FetchSettings.from_env()
    if allow_private:
        settings = dataclasses.replace(settings, allow_private=True)
    if delay is not None:
        settings = dataclasses.replace(settings, delay=delay)
    options = CrawlOptions(max_pages=max_pages, since=since.date() if since else None, warc=warc)
    progress = None if quiet else _Progress(sys.stderr)
    try:  # errors, Ctrl-C and SIGTERM before the run starts end at the CLI's one boundary (cli.main)
        sinks = make_sinks(db, out)
        where = " + ".join(str(getattr(s, "url", None) or getattr(s, "path", "")) for s in sinks)
        summary, report = crawl(
            list(start_urls), sinks, options, fetch_settings=settings,
            batch=BatchOptions(workers=workers), progress=progress,
        )  # fmt: skip
    except OSError as err:
        raise InputError(f"{err.strerror or err}" + (f": {err.filename}" if err.filename else "")) from err
    finally:
        if progress:
            progress.clear()
    if not quiet:
        click.echo(format_summary(summary, where), err=True)
        listed = report.listed
        lines = [
            (
                f"crawl: {len(report.responses)} pages fetched in {report.elapsed:.1f} s "
                f"({report.pages_per_second:.1f} pages/s), {report.articles_fetched} of them article pages"
            ),
            (
                f"  article addresses found: {report.candidates} distinct (feeds {listed.get('feed', 0)}, "
                f"sitemaps {listed.get('sitemap', 0)}, page links {listed.get('page', 0)})"
            ),
            f"  not fetched  {sum(report.not_fetched.values())}" + _by(_unprefixed(report.not_fetched)),
        ]
        if report.already_done:
            lines.append(f"  already stored by an earlier crawl, not fetched again: {report.already_done}")
        if report.warc:
            lines.append(f"  archived: {report.warc_records} responses -> {report.warc}")
        click.echo("\n".join(lines), err=True)
    if summary.status == "interrupted":
        sys.exit(130)
    sys.exit(summary.exit_code)


def _unprefixed(counts: Counter[str]) -> Counter[str]:
    return Counter({k.removeprefix(NOT_FETCHED): n for k, n in counts.items()})
