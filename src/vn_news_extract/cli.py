"""Command line: a thin layer over the library.  Library errors become one-line messages and a non-zero
exit at one boundary (``main``); no traceback reaches the user."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import __version__
from .errors import InputError, VnNewsError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vn-news-extract")
def cli() -> None:
    """Turn Vietnamese news pages into verified, structured facts.

    \b
    Example:
      vn-news-extract extract saved/article.txt
    """


def _dump(record: dict[str, Any], compact: bool) -> str:
    from .record import validate_reference

    validate_reference(record)
    return json.dumps(record, ensure_ascii=False, indent=None if compact else 2)


@cli.command()
@click.argument("source", metavar="PATH|URL|-")
@click.option("--compact", is_flag=True, help="One JSON line per record instead of indented JSON.")
@click.option(
    "--passage", is_flag=True, help="Treat the whole input as body text (no title/byline/teaser detection)."
)
@click.option(
    "--allow-private", is_flag=True, help="Allow URLs on private, loopback and link-local addresses."
)
@click.option(
    "--delay", type=float, default=None, help="Seconds between two requests to the same host (default 1)."
)
def extract(source: str, compact: bool, passage: bool, allow_private: bool, delay: float | None) -> None:
    """Print the JSON record of one article (a .txt dump, a saved .html page, a URL or '-' for stdin).

    \b
    Examples:
      vn-news-extract extract saved/article.txt
      vn-news-extract extract saved/page.html --compact
      vn-news-extract extract crawl.warc.gz --compact
      vn-news-extract extract https://example.vn/bai-viet.html
      cat article.txt | vn-news-extract extract - --compact
    """
    from . import pipeline

    if source == "-":
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("<stdin>: not valid UTF-8 text") from None
        if not text.strip():
            raise InputError("<stdin>: empty input: nothing to extract")
        record = pipeline.extract_text(text, as_article=not passage)
        click.echo(_dump(record, compact))
        return
    settings = None
    if source.lower().startswith(("http://", "https://")):
        import dataclasses

        from .sources.fetch import FetchSettings

        settings = FetchSettings.from_env()
        if allow_private:
            settings = dataclasses.replace(settings, allow_private=True)
        if delay is not None:
            settings = dataclasses.replace(settings, delay=delay)
    for record in pipeline.records_for(source, passage=passage, settings=settings):
        click.echo(_dump(record, compact))


@cli.command("evaluate")
@click.option(
    "--gold", "gold", required=True, type=click.Path(), help="Gold file or directory (*.json, *.jsonl)."
)
@click.option(
    "--pred",
    "pred",
    type=click.Path(),
    default=None,
    help="Predicted records (JSONL) instead of running the pipeline.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when any kind's F1 is below this floor.")
@click.option(
    "--errors", "show_errors", is_flag=True, help="List every missed, spurious and wrong-attribute fact."
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Also write an HTML report: scores with bars, confusions, gold and predicted facts per document.",
)
def evaluate_cmd(
    gold: str,
    pred: str | None,
    as_json: bool,
    min_f1: float | None,
    show_errors: bool,
    report_path: str | None,
) -> None:
    """Precision, recall and F1 per fact kind (and attribute accuracy) against gold annotations.

    With --json the result also holds strict/partial span scores, micro and macro
    averages, attribute confusions and every document's matched, missed and
    spurious facts ("documents_detail"), the data of the --report page.

    \b
    Examples:
      vn-news-extract evaluate --gold corpus/gold --min-f1 1.0
      vn-news-extract evaluate --gold corpus/dev --report report.html
    """
    from .evaluate import evaluate, format_table, load_gold, load_predictions

    docs = load_gold(gold)
    predictions = load_predictions(pred) if pred else None
    result = evaluate(docs, predictions)
    if report_path:
        from pathlib import Path

        from .report import render

        try:
            Path(report_path).write_text(render(result, title=f"Evaluation report: {gold}"), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{report_path}: cannot write ({exc.strerror})") from None
        click.echo(f"wrote {report_path}", err=True)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for line in format_table(result):
            click.echo(line)
        if show_errors:
            for kind in result["kinds"].values():
                for err in kind["errors"]:
                    click.echo("  " + err)
    if min_f1 is not None:
        low = [k for k, v in result["kinds"].items() if v["f1"] < min_f1]
        if low:
            click.echo(f"error: F1 below {min_f1} for: {', '.join(low)}", err=True)
            sys.exit(1)


# Commands that live in their own modules (imported here so that a broken install fails loudly).
from .cli_batch import batch
from .cli_browse import browse
from .cli_crawl import crawl_cmd
from .cli_show import show

cli.add_command(batch)
cli.add_command(crawl_cmd)
cli.add_command(show)
cli.add_command(browse)


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="vn-news-extract", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("error: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except VnNewsError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("error: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as err:  # noqa: BLE001 - a bug: still one line, never a traceback
        click.echo(f"error: internal error: {type(err).__name__}: {err}", err=True)
        sys.exit(70)
