"""Knowledge-base step at scale: time and memory of ``kb.build`` on the real texts scaled up.

    vn-news-extract batch real1.jsonl real2.jsonl --db real.db    # the real texts, extracted once
    python bench/bench_kb.py real.db --articles 100000             # scaled to 100,000 articles

The source database holds the articles of ``../shared/realdev/texts/`` as ``batch`` stored them (the
gzip files decompressed to ``.jsonl`` if this version of ``batch`` does not read ``.gz``).  The scaled
database copies every article and its officials, documents and percentages until it has ``--articles``
articles: copy ``k`` gets new article ids and officials named ``<name> <k>`` (so persons grow with the
archive instead of collapsing into the originals); documents and percentages are copied as they are
(the registry then counts more citing articles).  The copy is made in SQLite by SQL; the step then runs
in this process, and the script prints its time, the resident memory before and at peak (sampled every
10 ms), the counts, and a second, incremental run (nothing new: ids unchanged).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Self

import psutil

from vn_news_extract.kb.build import build_knowledge_base
from vn_news_extract.sinks.sql import SqlSink


class PeakRss:
    def __init__(self) -> None:
        self.proc, self.peak, self.stop = psutil.Process(), 0, threading.Event()

    def __enter__(self) -> Self:
        self.base = self.proc.memory_info().rss
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self) -> None:
        while not self.stop.wait(0.01):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def scale(source: Path, target: Path, articles: int) -> int:
    SqlSink(str(target)).open()  # the schema, as batch creates it
    con = sqlite3.connect(target)
    con.execute("ATTACH DATABASE ? AS src", (str(source),))
    have = con.execute("SELECT COUNT(*) FROM src.articles").fetchone()[0]
    if not have:
        raise SystemExit(f"error: no articles in {source}")
    cols = {t: [r[1] for r in con.execute(f"PRAGMA main.table_info({t})")]
            for t in ("articles", "officials", "documents", "percentages")}  # fmt: skip
    copies = -(-articles // have)
    for k in range(copies):
        limit = min(have, articles - k * have)
        suffix = f"'{k:03d}'"
        art = [f"substr(id, 1, 29) || {suffix}" if c == "id" else "'{}'" if c == "record" else c
               for c in cols["articles"]]  # fmt: skip
        con.execute(f"CREATE TEMP TABLE pick AS SELECT id FROM src.articles ORDER BY id LIMIT {limit}")
        con.execute(f"INSERT INTO main.articles ({', '.join(cols['articles'])}) SELECT {', '.join(art)} "
                    "FROM src.articles WHERE id IN (SELECT id FROM pick)")  # fmt: skip
        for table in ("officials", "documents", "percentages"):
            names = [c for c in cols[table] if c not in ("person_id", "legal_document_id")]
            exprs = [f"substr(article_id, 1, 29) || {suffix}" if c == "article_id"
                     else f"name || ' {k}'" if (table == "officials" and c == "name" and k) else c
                     for c in names]  # fmt: skip
            con.execute(f"INSERT INTO main.{table} ({', '.join(names)}) SELECT {', '.join(exprs)} "
                        f"FROM src.{table} WHERE article_id IN (SELECT id FROM pick)")  # fmt: skip
        con.execute("DROP TABLE pick")
        con.commit()
    n = con.execute("SELECT COUNT(*) FROM main.articles").fetchone()[0]
    con.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="a SQLite database written by batch over the real texts")
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "scaled.db"
        t0 = time.perf_counter()
        n = scale(args.source, target, args.articles)
        con = sqlite3.connect(target)
        counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("officials", "documents", "percentages")}  # fmt: skip
        con.close()
        print(f"scaled database: {n} articles, {counts} (built in {time.perf_counter() - t0:.0f} s)")
        sink = SqlSink(str(target))
        for label in ("first build", "re-run (nothing new)"):
            with PeakRss() as mem:
                stats = build_knowledge_base(sink.engine)
            print(f"{label}: {stats.seconds:.1f} s, RSS {mem.base / 2**20:.0f} MB before, "
                  f"peak {mem.peak / 2**20:.0f} MB (+{(mem.peak - mem.base) / 2**20:.0f} MB); "
                  f"{stats.mentions_resolved} mentions resolved, {stats.documents_linked} documents linked, "
                  f"{stats.articles_observed} articles observed")
            print("  " + stats.line())
        sink.engine.dispose()


if __name__ == "__main__":
    main()
