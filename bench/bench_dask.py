"""Dask benchmark: the same documents through ``--workers 2`` (the local process pool) and through a Dask
cluster of separate worker processes on this machine, at a few chunk sizes (documents per Dask task).

    python bench/bench_dask.py                  # 400 documents, chunks 1, 4, 16
    python bench/bench_dask.py --docs 1000 --chunks 1,16,64

The documents are generated as in ``bench_batch.py`` (fixture articles with numbered titles).  Each
configuration runs into a fresh SQLite database; the rate is counted from the first finished document, so
pool or cluster start-up is not in it (its time is printed apart).  The Dask cluster is a
``LocalCluster`` of 2 worker processes with one thread each, started before the clock.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_batch import generate, machine  # noqa: E402

from vn_news_extract.runner import BatchOptions, RunSummary, run  # noqa: E402
from vn_news_extract.sinks import SqlSink  # noqa: E402


def one(folder: Path, db: Path, opts: BatchOptions) -> tuple[RunSummary, float]:
    began = time.monotonic()
    summary = run([str(folder)], [SqlSink(f"sqlite:///{db}")], opts)
    total = time.monotonic() - began
    return summary, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--chunks", default="1,4,16", help="documents per Dask task, comma-separated")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    from dask.distributed import LocalCluster

    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "docs")
        folder.mkdir()
        generate(args.docs, folder)
        rows = []
        summary, total = one(folder, Path(tmp, "pool.db"), BatchOptions(workers=args.workers))
        rows.append((f"--workers {args.workers} (process pool)", summary, total))
        with LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            for chunk in [int(c) for c in args.chunks.split(",")]:
                opts = BatchOptions(engine="dask", scheduler=cluster.scheduler_address, dask_chunk=chunk)
                summary, total = one(folder, Path(tmp, f"dask{chunk}.db"), opts)
                rows.append((f"dask, {args.workers} worker processes, chunk {chunk}", summary, total))
        print(f"\n{args.docs} documents, SQLite\n")
        print(f"{'engine':44} {'docs/s':>8} {'wall s':>8} {'failed':>7}")
        for name, summary, total in rows:
            failed = sum(summary.failed.values())
            print(f"{name:44} {summary.docs_per_second:8.1f} {total:8.1f} {failed:7d}")
        print("\n(docs/s from the first finished document; wall s includes start-up: the pool loads the")
        print(" pipeline in its workers, Dask workers load it on their first task)")


if __name__ == "__main__":
    main()
