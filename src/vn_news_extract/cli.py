"""Command line: a thin layer over the library.

One boundary (``main``): library errors become one-line messages and a non-zero exit; Ctrl-C and SIGTERM
become ``error: interrupted`` and exit 130; logging is configured here once (one line per warning,
tracebacks only with ``--verbose``).  No traceback reaches the user otherwise.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import traceback
from typing import Any

import click

from . import __version__
from .errors import InputError, VnNewsError

_STATE = {"verbose": False}


class _OneLine(logging.Formatter):
    """``warning: message``; the traceback of ``exc_info`` only with --verbose, else its last line."""

    def format(self, record: logging.LogRecord) -> str:
        message = f"{record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            if _STATE["verbose"]:
                message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
            else:
                err = record.exc_info[1]
                message += f" ({type(err).__name__}: {' '.join(str(err).split())[:300]})"
        return message


def configure_logging(verbose: bool) -> None:
    """Warnings (and with --verbose, info and tracebacks) on stderr, one line each."""
    _STATE["verbose"] = verbose
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_vne", False)]:
        root.removeHandler(old)
    handler._vne = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    logging.captureWarnings(True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vn-news-extract")
@click.option("--verbose", "-v", is_flag=True, help="More log lines, with tracebacks (for bug reports).")
def cli(verbose: bool) -> None:
    """Turn Vietnamese news pages into verified, structured facts.

    \b
    Example:
      vn-news-extract extract saved/article.txt
    """
    configure_logging(verbose)


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


def _interrupt(_signum: int, _frame: Any) -> None:
    from .runner import interrupt

    interrupt()  # noted, so that a batch stopped mid-way is reported as interrupted, whatever surfaced


def main(argv: list[str] | None = None) -> None:
    """The one error boundary: every command's errors, Ctrl-C and SIGTERM end here."""
    signal.signal(signal.SIGTERM, _interrupt)  # ``kill``, ``docker stop``, systemd: as Ctrl-C
    signal.signal(signal.SIGINT, _interrupt)
    try:
        try:
            code = cli.main(args=argv, prog_name="vn-news-extract", standalone_mode=False)
        except click.exceptions.Abort:
            raise KeyboardInterrupt from None
        except click.ClickException as err:
            err.show()
            code = err.exit_code
        except VnNewsError as err:
            click.echo(f"error: {err}", err=True)
            code = err.exit_code
        except BrokenPipeError:
            code = 0
        except KeyboardInterrupt:
            raise
        except Exception as err:  # noqa: BLE001 - a bug: still one line, the traceback with --verbose
            if _STATE["verbose"]:
                traceback.print_exc()
            click.echo(f"error: internal error: {type(err).__name__}: {err}", err=True)
            code = 70
    except KeyboardInterrupt:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second signal must not interrupt the message
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        click.echo("error: interrupted (re-run the same command to resume a batch)", err=True)
        code = 130
    if isinstance(code, int) and code:
        sys.exit(code)
