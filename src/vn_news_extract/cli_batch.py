"""``vn-news-extract batch``: an archive of articles into database rows (thin layer over ``runner``)."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

import click

from .errors import InputError
from .runner import BatchOptions, RunSummary, default_workers, run
from .settings import Settings
from .sinks import DEFAULT_DB, make_sinks

_EPILOG = """\b
Examples:
  vn-news-extract batch corpus/                      # into ./vn_news.db (SQLite)
  vn-news-extract batch 'archive/**/*.html' dump.warc.gz --workers 4
  vn-news-extract batch feed.jsonl --db postgresql+psycopg://me:pw@localhost/news
  vn-news-extract batch corpus/ --out records.jsonl --quiet
  vn-news-extract batch corpus/ --engine dask --scheduler tcp://10.0.0.5:8786

\b
Re-running the same command resumes: inputs already stored are not extracted
again (use --force to redo them). Ctrl-C stops cleanly; so does a kill.

\b
Exit codes: 0 every input stored or skipped; 6 the run completed but some
inputs failed (a re-run retries them); 7 every input handled failed; 2 no
input names anything to read (nothing is created); 5 the database or output
file failed; 130 interrupted (re-run to resume).
"""


class _Progress:
    """One status line on stderr: redrawn in place on a terminal, every 10 s otherwise."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.interval = 0.25 if self.tty else 10.0
        self.last = time.monotonic()
        self.drawn = False

    def __call__(self, summary: RunSummary) -> None:
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        self.drawn = True
        line = progress_line(summary)
        self.stream.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_line(summary: RunSummary) -> str:
    """``120/563 (21%), 41.2 docs/s, 10 s left: 100 stored, 15 skipped, 5 failed``."""
    done, total = summary.progressed, summary.total
    head = f"{done}/{total} ({100 * done / total:.0f}%)" if total else f"{done} documents"
    rate = summary.docs_per_second
    head += f", {rate:.1f} docs/s" if rate else ""
    eta = summary.eta
    if eta is not None and rate:
        head += f", {_duration(eta)} left"
    line = (
        f"{head}: {summary.stored} stored, {sum(summary.skipped.values())} skipped, "
        f"{sum(summary.failed.values())} failed"
    )
    if summary.already_done:
        line += f", {summary.already_done} already stored"
    return line


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def format_summary(summary: RunSummary, where: str) -> str:
    skipped, failed = sum(summary.skipped.values()), sum(summary.failed.values())
    head = "interrupted after" if summary.status == "interrupted" else "done:"
    lines = [
        f"{head} {summary.handled} documents in {summary.elapsed:.1f} s{_pace(summary)} -> {where}"
        + (f" (run {summary.run_id})" if summary.run_id is not None else ""),
        f"  stored   {summary.stored}",
        f"  skipped  {skipped}" + _by(summary.skipped),
        f"  failed   {failed}" + _by(summary.failed),
    ]
    if summary.already_done:
        lines.append(f"  already stored, not re-extracted: {summary.already_done} (--force to redo)")
    if summary.ignored:
        lines.append(f"  ignored {summary.ignored} files of other types (or hidden) in the directories")
    if summary.abandoned:
        lines.append(
            f"  {summary.abandoned} earlier run(s) left 'running' by a process that ended: marked abandoned"
        )
    for stage, examples in summary.failed_examples.items():
        lines.extend(f"    {stage}: {example}" for example in examples)
    if summary.status == "interrupted":
        lines.append("re-run the same command to resume")
    return "\n".join(lines)


def _pace(summary: RunSummary) -> str:
    """`` (start-up 4.1 s, then 69.8 docs/s)``: the rate counts from the first finished document."""
    if summary.first_at is None:
        return ""
    startup = summary.first_at - summary.started
    return f" (start-up {startup:.1f} s, then {summary.docs_per_second:.1f} docs/s)"


def _where(sink: Any) -> str:
    if getattr(sink, "stdout", False):
        return "standard output"
    return str(getattr(sink, "url", None) or getattr(sink, "path", ""))


def _by(counts: Any) -> str:
    return f"  ({', '.join(f'{k}: {n}' for k, n in counts.most_common())})" if counts else ""


# The sink options, shared by every command that stores records (batch, crawl).
db_option = click.option(
    "--db",
    metavar="URL",
    default=None,
    help=f"SQLAlchemy URL or SQLite file [default: {DEFAULT_DB}, unless only --out is given].",
)
out_option = click.option(
    "--out", metavar="FILE.jsonl", default=None, help="Also (or only) write records as JSON Lines."
)


@click.command("batch", epilog=_EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@out_option
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes [default: the CPUs available]; 0 runs in this process.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: a process pool; dask: a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDR",
    default=None,
    help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.",
)
@click.option("--force", is_flag=True, help="Re-extract inputs that are already stored.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line and no summary (errors only).")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Documents per database transaction.",
)
def batch(inputs: tuple[str, ...], db: str | None, out: str | None, workers: int | None, engine: str,
          scheduler: str | None, force: bool, quiet: bool, batch_size: int) -> None:  # fmt: skip
    """Extract facts from every INPUT into a database (and/or a JSON Lines file).

    INPUT is any mix of files (.html, .txt), directories (recursive), globs, .warc/.warc.gz
    archives, JSONL files (one document per line: "html" or "text", optional "url") and URLs.
    Tables: articles, percentages, sectors, officials, documents, amounts, periods, outcomes, runs.
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    settings = Settings.load()  # defaults < environment; the flags below override both
    options = BatchOptions(
        doc_timeout=settings.doc_timeout,
        dask_wait=settings.dask_wait,
        workers=default_workers() if workers is None else workers,
        engine="dask" if engine == "dask" else "local",
        scheduler=scheduler,
        force=force,
        batch_size=batch_size,
    )
    progress = None if quiet else _Progress(sys.stderr)
    try:
        sinks = make_sinks(db, out)
        where = " + ".join(_where(s) for s in sinks)
        summary = run(list(inputs), sinks, options, progress=progress)
    except OSError as err:
        raise InputError(f"{err.strerror or err}" + (f": {err.filename}" if err.filename else "")) from err
    finally:
        if progress:
            progress.clear()
    if not quiet:
        click.echo(format_summary(summary, where), err=True)
        for sink in sinks:  # the knowledge base built at the end of the run (sinks/kb_tables.py)
            kb_stats = getattr(sink, "kb_stats", None)
            if kb_stats is not None:
                click.echo(f"  {kb_stats.line()}", err=True)
    if summary.status == "interrupted":
        sys.exit(130)
    sys.exit(summary.exit_code)
