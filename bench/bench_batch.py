"""Batch benchmark: documents/s with 1 and 2 workers, peak memory per worker, cost beyond segmentation.

    python bench/bench_batch.py                 # 1,000 documents
    python bench/bench_batch.py --docs 2000 --sizes 1000,10000   # memory flat between sizes?

The corpus is generated from the project's fixtures (``corpus/*.txt`` and the article text of
``tests/fixtures/**/*.html``): each generated document is a fixture article with a numbered title and its
paragraphs rotated, so every one is a distinct article (distinct id, distinct rows).  Documents are written
as plain-text files and run through ``runner.run`` into a fresh SQLite database, as ``batch`` does.

The baseline is underthesea's ``word_tokenize`` alone on the same article texts, timed in this process in
the same run; the ratio compares our end-to-end per-document time with one worker (reading, parsing,
segmentation, every extractor, the record, the database) to it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Self

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vn_news_extract.plaintext import parse_plaintext
from vn_news_extract.runner import BatchOptions, run
from vn_news_extract.sinks import SqlSink
from vn_news_extract.types import RawDocument


def fixture_articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every fixture article."""
    found = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        art = parse_plaintext(path.read_text(encoding="utf-8"))
        found.append((art.title or path.stem, [p for p in (art.sapo, *art.paragraphs) if p]))
    try:
        from vn_news_extract.html import article_from_html
    except ImportError:
        article_from_html = None
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.html")) if article_from_html else []:
        try:
            art = article_from_html(RawDocument(path.read_bytes(), "text/html", path=str(path)))
        except Exception as err:  # noqa: BLE001 - a fixture meant to fail
            print(f"  (fixture {path.name} skipped: {err})", file=sys.stderr)
            continue
        paragraphs = [p for p in (art.sapo, *art.paragraphs) if p]
        if art.title and paragraphs:
            found.append((art.title, paragraphs))
    if not found:
        sys.exit("no fixtures found under corpus/ or tests/fixtures/")
    return found


def generate(n: int, folder: Path) -> list[str]:
    """``n`` distinct plain-text articles in ``folder``; returns their article texts (what gets segmented)."""
    bases = fixture_articles()
    texts = []
    for i in range(n):
        title, paragraphs = bases[i % len(bases)]
        k = (i // len(bases)) % len(paragraphs)
        body = paragraphs[k:] + paragraphs[:k]
        doc = f"{title} (bản tin {i})\n" + "\n".join(body) + "\n"
        (folder / f"{i:05d}.txt").write_text(doc, encoding="utf-8")
        texts.append(parse_plaintext(doc).text)
    return texts


class MemoryWatch:
    """Peak RSS and USS of each worker process (grandchildren: the pool's fork server forks them)."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.peak_rss: dict[int, int] = {}
        self.peak_uss: dict[int, int] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self.stop.wait(0.5):
            for proc in self.me.children(recursive=True):
                try:
                    if proc.ppid() == self.me.pid:  # fork server, resource tracker
                        continue
                    info = proc.memory_full_info()
                except psutil.Error:
                    continue
                self.peak_rss[proc.pid] = max(self.peak_rss.get(proc.pid, 0), info.rss)
                self.peak_uss[proc.pid] = max(self.peak_uss.get(proc.pid, 0), info.uss)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def batch(folder: Path, workers: int, db: Path) -> tuple[float, int, int, int]:
    """docs/s, handled, peak RSS and peak USS per worker (MB)."""
    with MemoryWatch() as mem:
        summary = run([str(folder)], [SqlSink(f"sqlite:///{db}")], BatchOptions(workers=workers))
    if summary.failed:
        print(f"  note: {sum(summary.failed.values())} failed: {dict(summary.failed)}", file=sys.stderr)
    mb = 1024 * 1024
    rss = max(mem.peak_rss.values(), default=0) // mb
    uss = max(mem.peak_uss.values(), default=0) // mb
    return summary.docs_per_second, summary.handled, rss, uss


def tokenize_baseline(texts: list[str]) -> float:
    """Seconds per document for underthesea's word_tokenize alone (after a warm-up)."""
    from underthesea import word_tokenize

    for text in texts[:5]:
        word_tokenize(text)
    start = time.perf_counter()
    for text in texts:
        word_tokenize(text)
    return (time.perf_counter() - start) / len(texts)


def pipeline_only(texts: list[str]) -> float:
    """Seconds per document for the spaCy pipeline alone (segmentation + extractors), in this process."""
    from vn_news_extract.pipeline import load_pipeline

    nlp = load_pipeline()
    for text in texts[:5]:
        nlp(text)
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    return (time.perf_counter() - start) / len(texts)


def process_only(folder: Path, limit: int) -> float:
    """Seconds per document from the file's bytes to the validated record (read, decode, article,
    segmentation, extractors, record), in this process, steady state: no pool start-up, no database."""
    from vn_news_extract.pipeline import load_pipeline, process, raw_from_path

    nlp = load_pipeline()
    paths = sorted(folder.glob("*.txt"))[:limit]
    for path in paths[:5]:
        process(raw_from_path(path), nlp)
    start = time.perf_counter()
    for path in paths:
        process(raw_from_path(path), nlp)
    return (time.perf_counter() - start) / len(paths)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0))
    ram = psutil.virtual_memory().total / 2**30
    return f"{cpu}, {cores} CPUs available, {ram:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="documents for the throughput runs (>= 1000)")
    ap.add_argument(
        "--sizes", default="", help="extra corpus sizes for the 2-worker memory check, e.g. 10000"
    )
    ap.add_argument(
        "--baseline-sample", type=int, default=0, help="time the baseline on this many docs (0: all)"
    )
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="vne-bench-") as tmp:
        folder = Path(tmp, "docs")
        folder.mkdir()
        texts = generate(args.docs, folder)
        chars = statistics.mean(len(t) for t in texts)
        print(f"machine: {machine()}")
        print(f"corpus: {len(texts)} documents from {len(fixture_articles())} fixture articles, "
              f"mean {chars:,.0f} characters")  # fmt: skip
        sample = texts[: args.baseline_sample] if args.baseline_sample else texts
        tok = tokenize_baseline(sample)
        pipe = pipeline_only(sample)
        per_doc = process_only(folder, len(sample))
        rows = []
        for workers in (1, 2):
            dps, _, rss, uss = batch(folder, workers, Path(tmp, f"w{workers}.db"))
            rows.append((workers, len(texts), dps, rss, uss))
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            extra = Path(tmp, f"docs{size}")
            extra.mkdir()
            generate(size, extra)
            dps, _, rss, uss = batch(extra, 2, Path(tmp, f"s{size}.db"))
            rows.append((2, size, dps, rss, uss))

    base = rows[0][2]
    print()
    print(
        f"{'workers':>7} {'documents':>9} {'docs/s':>8} {'speed-up':>8} {'peak RSS/worker':>16} {'peak USS/worker':>16}"
    )
    for workers, n, dps, rss, uss in rows:
        print(f"{workers:>7} {n:>9} {dps:>8.1f} {dps / base:>7.2f}x {rss:>13} MB {uss:>13} MB")
    ours = 1.0 / base
    print()
    print(f"underthesea word_tokenize alone:          {tok * 1000:8.1f} ms/doc")
    print(f"our spaCy pipeline alone (in process):    {pipe * 1000:8.1f} ms/doc   ratio {pipe / tok:.2f}")
    print(f"bytes to record, per document (process): {per_doc * 1000:8.1f} ms/doc   ratio {per_doc / tok:.2f}"
          "   (target <= 1.5)")  # fmt: skip
    print(f"batch end to end, 1 worker (incl. pool start-up and DB): {ours * 1000:.1f} ms/doc   ratio {ours / tok:.2f}")
    print(f"2 workers vs 1: {rows[1][2] / base:.2f}x (target >= 1.7)")


if __name__ == "__main__":
    main()
