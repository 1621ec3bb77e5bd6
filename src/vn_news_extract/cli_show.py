"""``vn-news-extract show``: one article as a standalone HTML page with its facts highlighted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import InputError


def _record_of(source: str, passage: bool, number: int = 1) -> dict:
    from . import pipeline

    if source == "-":
        try:
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("<stdin>: not valid UTF-8 text") from None
        if not text.strip():
            raise InputError("<stdin>: empty input: nothing to extract")
        return pipeline.extract_text(text, as_article=not passage)
    if source.lower().endswith(".json") and Path(source).is_file():
        try:
            record = json.loads(Path(source).read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise InputError(f"{source}: not a JSON record ({err})") from None
        if not isinstance(record, dict) or not isinstance((record.get("article") or {}).get("text"), str):
            raise InputError(f"{source}: not a record (no article.text); records come from 'extract'")
        return record
    records = list(pipeline.records_for(source, passage=passage))
    if number > len(records):
        raise InputError(f"{source}: --record {number}, but it holds {len(records)} article(s)")
    if len(records) > 1:
        click.echo(f"{source}: showing article {number} of {len(records)} (--record N for another)", err=True)
    return records[number - 1]


@click.command("show")
@click.argument("source", metavar="INPUT")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the page to this file instead of standard output.",
)
@click.option(
    "--passage", is_flag=True, help="Treat the whole input as body text (no title/byline/teaser detection)."
)
@click.option(
    "--record",
    "number",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which article of a WARC or JSONL file to show.",
)
def show(source: str, output: str | None, passage: bool, number: int) -> None:
    """Write an HTML page of one article with every fact highlighted in place.

    INPUT is a .txt dump or a saved .html page ('-' for stdin), a .warc[.gz]
    or .jsonl file (--record N picks the article), or a .json record printed
    by 'extract'. The page is standalone (no network access):
    hover over or click a highlight for its attributes; a table of all facts follows.

    \b
    Examples:
      vn-news-extract show saved/article.txt -o page.html
      vn-news-extract extract saved/article.html > rec.json && vn-news-extract show rec.json > page.html
    """
    from .show import render

    html_page = render(_record_of(source, passage, number))
    if output is None:
        click.echo(html_page, nl=False)
        return
    try:
        Path(output).write_text(html_page, encoding="utf-8")
    except OSError as err:
        raise InputError(f"{output}: cannot write ({err.strerror})") from None
    click.echo(f"wrote {output}", err=True)
