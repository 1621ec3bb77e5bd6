"""Batch runs: inputs -> documents -> outcomes -> sinks, resumable and parallel.

- Inputs (files, directories, globs, WARC, JSONL, URLs) are expanded lazily by ``sources``; documents are
  streamed through a bounded number of in-flight tasks, so memory does not grow with the input.
- An input whose ``doc_key`` (label + sha256 of its bytes) every sink already holds is skipped without
  extraction, unless ``force``.  Failed inputs are retried by the next run.
- ``engine="local"``: a process pool whose workers load the pipeline once (pool initializer);
  ``workers=0`` runs in this process.  ``engine="dask"``: the same per-document function on a Dask
  cluster (a scheduler address, or a LocalCluster).  Either way this process is the only writer, in
  batched transactions, so a run killed at any point can simply be re-run.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Literal

from . import __version__
from .errors import VnNewsError
from .sinks.base import Item, RunInfo, RunTotals, Sink, doc_key, raw_sha256
from .types import Failed, Outcome, RawDocument, Skipped, Stored

log = logging.getLogger(__name__)

Engine = Literal["local", "dask"]


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class BatchOptions:
    """How a batch runs; the CLI fills it from its flags."""

    workers: int = field(default_factory=default_workers)  # 0: in this process
    engine: Engine = "local"
    scheduler: str | None = None  # dask: scheduler address; None starts a LocalCluster
    dask_processes: bool = True  # LocalCluster workers as processes (False: threads, for tests)
    force: bool = False  # re-extract inputs already stored
    batch_size: int = 64  # outcomes per write transaction
    flush_seconds: float = 2.0  # ... or at least this often
    in_flight: int | None = None  # documents submitted but not written; default 4 per worker


@dataclass
class RunSummary:
    """Counts of one run; ``stored + skipped + failed`` inputs were handled, ``already_done`` not re-run."""

    run_id: int | None = None
    stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    failed: Counter[str] = field(default_factory=Counter)  # stage -> count
    failed_examples: dict[str, list[str]] = field(default_factory=dict)  # stage -> a few messages
    already_done: int = 0
    status: str = "running"  # completed | interrupted | failed
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def handled(self) -> int:
        return self.stored + sum(self.skipped.values()) + sum(self.failed.values())

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def docs_per_second(self) -> float:
        return self.handled / self.elapsed if self.elapsed > 0 else 0.0

    def count(self, outcome: Outcome) -> None:
        if isinstance(outcome, Stored):
            self.stored += 1
        elif isinstance(outcome, Skipped):
            self.skipped[outcome.reason] += 1
        else:
            self.failed[outcome.stage] += 1
            examples = self.failed_examples.setdefault(outcome.stage, [])
            if len(examples) < 3:
                message = outcome.message
                examples.append(
                    message if message.startswith(outcome.label) else f"{outcome.label}: {message}"
                )

    def totals(self) -> RunTotals:
        return RunTotals(
            stored=self.stored,
            skipped=sum(self.skipped.values()),
            failed=sum(self.failed.values()),
            already_done=self.already_done,
            status=self.status,
        )


# -- the per-document function, shared by every engine --------------------------------------------


class Processor:
    """RawDocument -> Outcome with the spaCy pipeline, loaded by ``setup`` once per worker process.

    Picklable without its pipeline: workers receive the bare object and call ``setup`` themselves.
    Subclass it to run something else per document (tests, benchmarks).
    """

    def __init__(self) -> None:
        self.nlp: Any = None

    def setup(self) -> None:
        from .pipeline import load_pipeline

        self.nlp = load_pipeline()

    def __call__(self, raw: RawDocument) -> Outcome:
        from .pipeline import process

        return process(raw, nlp=self.nlp)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "nlp"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.nlp = None


def handle(processor: Processor, raw: RawDocument) -> Outcome:
    """One document; a bug in the pipeline becomes a Failed outcome, never a lost document."""
    try:
        return processor(raw)
    except VnNewsError as err:
        return Failed(raw.label, err.stage, str(err))
    except Exception as err:  # the message is kept in the outcome
        log.debug("unexpected error on %s", raw.label, exc_info=True)
        return Failed(raw.label, "internal", f"{type(err).__name__}: {err}")


_WORKER: dict[Any, Processor] = {}
_WORKER_LOCK = threading.Lock()


def _init_worker(processor: Processor, parent: int) -> None:
    """Process-pool initializer: Ctrl-C is the parent's business; load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="vne-parent-watch").start()
    processor.setup()
    _WORKER["pool"] = processor


def _exit_with(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, OOM) would wait for work forever: leave instead."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # pragma: no cover - pid reused by another user's process
            os._exit(0)


def _pool_task(raw: RawDocument) -> Outcome:
    return handle(_WORKER["pool"], raw)


def dask_task(processor: Processor, raw: RawDocument) -> Outcome:
    """The Dask task: the pipeline is set up on first use in each worker and kept there."""
    key = (type(processor).__module__, type(processor).__qualname__)
    with _WORKER_LOCK:
        ready = _WORKER.get(key)
        if ready is None:
            processor.setup()
            ready = _WORKER[key] = processor
    return handle(ready, raw)


# -- input expansion ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    key: str
    sha256: str
    raw: RawDocument


def iter_documents(inputs: Iterable[str | RawDocument]) -> Iterator[RawDocument | Skipped | Failed]:
    """Documents from targets (expanded by ``sources``) and ready-made RawDocuments, lazily."""
    for target in inputs:
        if isinstance(target, RawDocument):
            yield target
            continue
        from .sources import iter_raw_documents

        try:
            yield from iter_raw_documents(target)
        except VnNewsError as err:
            yield Failed(target, err.stage, str(err))


def _jobs(docs: Iterable[RawDocument | Skipped | Failed], sinks: Sequence[Sink], force: bool,
          writer: _Writer) -> Iterator[_Job | Item]:  # fmt: skip
    """Documents to extract; inputs every sink already holds are counted as done and left out."""
    summary = writer.summary
    for doc in docs:
        if isinstance(doc, RawDocument):
            sha: str | None = raw_sha256(doc)
            key = doc_key(doc.label, sha)
        else:  # the source could not produce a document: that is this input's outcome
            sha, key = None, doc_key(doc.label, None)
        done = not force and not isinstance(doc, Failed) and all(s.contains(key) for s in sinks)
        if done:
            summary.already_done += 1
            if writer.progress:
                writer.progress(summary)
        elif isinstance(doc, RawDocument):
            yield _Job(key, sha or "", doc)
        else:
            yield Item(key, None, doc)


# -- the writer ---------------------------------------------------------------------------------------


class _Writer:
    """Collects outcomes and writes them to every sink in batches (one transaction per batch)."""

    def __init__(self, sinks: Sequence[Sink], options: BatchOptions, summary: RunSummary,
                 progress: Callable[[RunSummary], None] | None) -> None:  # fmt: skip
        self.sinks, self.options, self.summary, self.progress = sinks, options, summary, progress
        self.pending: list[Item] = []
        self.last_flush = time.monotonic()

    def add(self, item: Item) -> None:
        self.pending.append(item)
        self.summary.count(item.outcome)
        if self.progress:
            self.progress(self.summary)
        self.maybe_flush()

    def maybe_flush(self) -> None:
        due = time.monotonic() - self.last_flush >= self.options.flush_seconds
        if len(self.pending) >= self.options.batch_size or (due and self.pending):
            self.flush()

    def flush(self) -> None:
        if self.pending:
            for sink in self.sinks:
                sink.write_batch(self.pending)
            self.pending = []
        self.last_flush = time.monotonic()


# -- engines ------------------------------------------------------------------------------------------


def _run_inline(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor) -> None:
    processor.setup()
    for job in jobs:
        if isinstance(job, Item):
            writer.add(job)
        else:
            writer.add(Item(job.key, job.sha256, handle(processor, job.raw)))


def _mp_context() -> Any:
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if main_file and not os.path.exists(main_file):  # ``python - <<EOF``: workers could not re-import it
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    # imported once in the fork server, so each worker starts with spaCy and underthesea loaded
    ctx.set_forkserver_preload(["vn_news_extract.runner", "vn_news_extract.pipeline"])
    return ctx


class _Pool:
    """A process pool that is replaced when a worker dies, and gives up when workers cannot start."""

    def __init__(self, processor: Processor, workers: int) -> None:
        self.processor, self.workers = processor, workers
        self.executor = self._new()
        self.results = 0  # documents finished by the current executor

    def _new(self) -> ProcessPoolExecutor:
        args = (self.processor, os.getpid())
        return ProcessPoolExecutor(self.workers, _mp_context(), _init_worker, args)

    def submit(self, raw: RawDocument) -> Future[Outcome]:
        try:
            return self.executor.submit(_pool_task, raw)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_pool_task, raw)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.results == 0:
            raise VnNewsError(
                "the worker processes could not start (loading the pipeline failed?); "
                "try --workers 0 to see the error in this process"
            )
        log.warning("a worker process died; starting a new pool")
        self.executor = self._new()
        self.results = 0

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _run_pool(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor, opts: BatchOptions) -> None:
    limit = opts.in_flight or 4 * opts.workers
    pool = _Pool(processor, opts.workers)
    inflight: dict[Future[Outcome], _Job] = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(inflight) < limit:
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                elif isinstance(job, Item):
                    writer.add(job)
                else:
                    inflight[pool.submit(job.raw)] = job
            if not inflight:
                break
            done, _ = wait(inflight, timeout=opts.flush_seconds, return_when=FIRST_COMPLETED)
            broken: list[_Job] = []
            for fut in done:
                job = inflight.pop(fut)
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    broken.append(job)
                    continue
                pool.results += 1
                writer.add(Item(job.key, job.sha256, outcome))
            if broken:
                # every task of a broken pool fails: the one that killed its worker is unknown, so all of
                # them are recorded as failed (a re-run retries them) and the pool is replaced
                broken.extend(inflight.values())
                inflight.clear()
                pool.restart()
                for job in broken:
                    died = Failed(
                        job.raw.label, "worker", "a worker process died while this document was in flight"
                    )
                    writer.add(Item(job.key, job.sha256, died))
            writer.maybe_flush()
    except BaseException:
        # Interrupted: keep what is finished, drop the rest (a re-run redoes it).
        for fut, job in list(inflight.items()):
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                writer.add(Item(job.key, job.sha256, fut.result()))
            else:
                fut.cancel()
        raise
    finally:
        pool.shutdown()


def _run_dask(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor, opts: BatchOptions) -> None:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as err:  # pragma: no cover - a dependency
        raise VnNewsError(f"--engine dask needs dask[distributed]: {err}") from err
    cluster = None
    try:
        if opts.scheduler:
            client = Client(opts.scheduler, timeout="20s")
        else:
            cluster = LocalCluster(
                n_workers=max(1, opts.workers),
                threads_per_worker=1,
                processes=opts.dask_processes,
                dashboard_address=None,
            )
            client = Client(cluster)
    except OSError as err:
        raise VnNewsError(f"cannot reach the Dask scheduler {opts.scheduler}: {err}") from err
    limit = opts.in_flight or 4 * max(1, sum(client.nthreads().values()))
    meta: dict[Any, _Job] = {}
    queue = as_completed()
    exhausted = False

    def refill() -> None:
        nonlocal exhausted
        while not exhausted and len(meta) < limit:
            job = next(jobs, None)
            if job is None:
                exhausted = True
            elif isinstance(job, Item):
                writer.add(job)
            else:
                fut = client.submit(dask_task, processor, job.raw, pure=False)
                meta[fut.key] = job
                queue.add(fut)

    try:
        refill()
        for fut in queue:
            job = meta.pop(fut.key)
            try:
                outcome = fut.result()
            except Exception as err:  # noqa: BLE001 - a lost worker, a serialisation error
                outcome = Failed(job.raw.label, "worker", f"{type(err).__name__}: {err}")
            fut.release()
            writer.add(Item(job.key, job.sha256, outcome))
            refill()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- the entry point ----------------------------------------------------------------------------------


def run(
    inputs: Iterable[str | RawDocument],
    sinks: Sequence[Sink],
    options: BatchOptions | None = None,
    *,
    processor: Processor | None = None,
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Process every input into ``sinks``; returns the summary (``status`` ``interrupted`` after Ctrl-C).

    ``inputs`` are targets for ``sources.iter_raw_documents`` (paths, globs, directories, WARC, JSONL,
    URLs) and/or RawDocuments.  Sinks are opened and closed here.
    """
    opts = options or BatchOptions()
    processor = processor or Processor()
    listed = (
        [str(x) for x in inputs if not isinstance(x, RawDocument)] if isinstance(inputs, list | tuple) else []
    )
    info = RunInfo(inputs=listed, engine=opts.engine, workers=opts.workers, force=opts.force,
                   tool_version=__version__)  # fmt: skip
    summary = RunSummary()
    opened: list[Sink] = []
    try:
        for sink in sinks:
            sink.open(info)
            opened.append(sink)
        summary.run_id = info.run_id
        writer = _Writer(sinks, opts, summary, progress)
        jobs = _jobs(iter_documents(inputs), sinks, opts.force, writer)
        try:
            if opts.engine == "dask":
                _run_dask(jobs, writer, processor, opts)
            elif opts.workers <= 0:
                _run_inline(jobs, writer, processor)
            else:
                _run_pool(jobs, writer, processor, opts)
            summary.status = "completed"
        except KeyboardInterrupt:
            summary.status = "interrupted"
        writer.flush()
    except BaseException:
        summary.status = "failed" if summary.status == "running" else summary.status
        _close(opened, summary, quiet=True)
        raise
    _close(opened, summary, quiet=False)
    return summary


def _close(sinks: Sequence[Sink], summary: RunSummary, *, quiet: bool) -> None:
    summary.finished = time.monotonic()
    for sink in sinks:
        try:
            sink.close(summary.totals())
        except VnNewsError:
            if not quiet:
                raise
            log.warning("could not close %r", sink, exc_info=True)
