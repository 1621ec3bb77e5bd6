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
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Literal

from . import __version__
from .errors import InputError, VnNewsError
from .sinks.base import Item, RunInfo, RunTotals, Sink, doc_key, raw_sha256
from .types import Failed, Outcome, RawDocument, Skipped, Stored

log = logging.getLogger(__name__)

Engine = Literal["local", "dask"]
DEFAULT_DOC_TIMEOUT = 120.0  # seconds per document (README, "Limits")
EXIT_SOME_FAILED = 6  # a run that completed, with some inputs failed (README, "Exit codes")
EXIT_ALL_FAILED = 7  # a run that completed, and every input it handled failed
HARD_GRACE = 5.0  # a worker still busy max(this, limit) after the time limit is stopped (stuck in C)


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
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT  # per document; None or 0: no limit
    dask_wait: float = 30.0  # dask: seconds to wait for a first worker before giving up
    dask_chunk: int = 16  # dask: documents per task, so that a task is worth its scheduling overhead


@dataclass
class RunSummary:
    """Counts of one run; ``stored + skipped + failed`` inputs were handled, ``already_done`` not re-run."""

    run_id: int | None = None
    stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason code -> count
    failed: Counter[str] = field(default_factory=Counter)  # stage -> count
    failed_examples: dict[str, list[str]] = field(default_factory=dict)  # stage -> a few messages
    already_done: int = 0
    status: str = "running"  # completed | interrupted | failed
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    total: int | None = None  # documents expected, counted up front (None: unknown)
    ignored: int = 0  # files a directory walk passed over (other types, hidden)
    abandoned: int = 0  # earlier runs found left ``running`` by a dead process
    first_at: float | None = None  # when the first document was handled (the rate counts from here)
    first_handled: int = 0

    @property
    def handled(self) -> int:
        return self.stored + sum(self.skipped.values()) + sum(self.failed.values())

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def docs_per_second(self) -> float:
        """Documents handled per second, from the first one (pool start-up is not counted)."""
        if self.first_at is None:
            return 0.0
        span = (self.finished or time.monotonic()) - self.first_at
        after_first = self.handled - self.first_handled - 1  # documents finished after the first one
        if after_first < 5 or span <= 0:  # too few to measure a rate: none while running, else the run's
            return self.handled / self.elapsed if self.finished and self.elapsed > 0 else 0.0
        return after_first / span

    @property
    def progressed(self) -> int:
        """Inputs seen so far: handled, or already stored."""
        return self.handled + self.already_done

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, when the total is known."""
        rate = self.docs_per_second
        if self.total is None or rate <= 0:
            return None
        return max(0, self.total - self.progressed) / rate

    @property
    def exit_code(self) -> int:
        """0: every input stored or skipped; EXIT_SOME_FAILED; EXIT_ALL_FAILED (nothing could be read)."""
        failed = sum(self.failed.values())
        if not failed:
            return 0
        return EXIT_ALL_FAILED if failed == self.handled and not self.already_done else EXIT_SOME_FAILED

    def count(self, outcome: Outcome) -> None:
        if self.first_at is None:
            self.first_at = time.monotonic()
            self.first_handled = self.handled
        if isinstance(outcome, Stored):
            self.stored += 1
        elif isinstance(outcome, Skipped):
            self.skipped[outcome.code] += 1
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

    # modules the fork server imports once, so that each worker starts with them loaded (a subclass that
    # needs no pipeline sets its own, and starts no spaCy)
    preload: tuple[str, ...] = ("vn_news_extract.pipeline",)

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


class DocumentTimeout(BaseException):
    """Raised by SIGALRM in the middle of a document that overran its time limit.

    A BaseException, so that the ``except Exception`` of a library on the way does not swallow it; the
    alarm also re-fires every second until the document is abandoned, in case something does.
    """


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in this thread after ``seconds``; a no-op outside the main thread
    (Dask worker threads) or without ``setitimer``: there the worker's watchdog is the only limit."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or seconds <= 0 or not usable:
        yield
        return

    def _alarm(_signum: int, _frame: Any) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def handle(processor: Processor, raw: RawDocument, timeout: float | None = None) -> Outcome:
    """One document; a bug in the pipeline becomes a Failed outcome, never a lost document; a document
    that runs longer than ``timeout`` seconds is Failed at stage ``timeout``."""
    try:
        with time_limit(timeout):
            return processor(raw)
    except DocumentTimeout:
        return Failed(raw.label, "timeout", f"took longer than {timeout:g} s, the per-document time limit")
    except VnNewsError as err:
        return Failed(raw.label, err.stage, str(err))
    except Exception as err:  # the message is kept in the outcome
        log.debug("unexpected error on %s", raw.label, exc_info=True)
        return Failed(raw.label, "internal", f"{type(err).__name__}: {err}")


_WORKER: dict[Any, Processor] = {}
_WORKER_LOCK = threading.Lock()
_BUSY: dict[str, float] = {}  # in a pool worker: "since" -> monotonic start of the current document


def _init_worker(processor: Processor, parent: int, timeout: float | None = None) -> None:
    """Process-pool initializer: Ctrl-C and SIGTERM are the parent's business (it stops the pool, and a
    worker whose parent is gone leaves by itself); load the pipeline once; watch the parent and the
    document time limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a signal to the process group stops the parent only
    hard = timeout + max(HARD_GRACE, timeout) if timeout and timeout > 0 else None
    threading.Thread(target=_watch, args=(parent, hard), daemon=True, name="vne-watchdog").start()
    processor.setup()
    _WORKER["pool"] = processor


def _watch(parent: int, hard_limit: float | None) -> None:
    """A worker whose parent was killed (SIGKILL, OOM) would wait for work forever: leave instead.
    A document stuck past ``hard_limit`` where SIGALRM cannot reach (a long C call) ends the worker:
    the parent records the documents in flight as failed and starts a new pool."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # pragma: no cover - pid reused by another user's process
            os._exit(0)
        since = _BUSY.get("since")
        if hard_limit is not None and since is not None and time.monotonic() - since > hard_limit:
            log.error("a document ran %.0f s, past the hard time limit: stopping this worker", hard_limit)
            os._exit(70)


def _pool_task(raw: RawDocument, timeout: float | None = None) -> Outcome:
    _BUSY["since"] = time.monotonic()
    try:
        return handle(_WORKER["pool"], raw, timeout)
    finally:
        _BUSY.pop("since", None)


def dask_task(
    processor: Processor, raws: Sequence[RawDocument], timeout: float | None = None
) -> list[Outcome]:
    """The Dask task: a chunk of documents, one outcome each.  The pipeline is set up on first use in
    each worker and kept there.  Dask runs tasks in worker threads, where SIGALRM cannot reach: there
    the time limit is not enforced."""
    key = (type(processor).__module__, type(processor).__qualname__)
    with _WORKER_LOCK:
        ready = _WORKER.get(key)
        if ready is None:
            processor.setup()
            ready = _WORKER[key] = processor
    return [handle(ready, raw, timeout) for raw in raws]


# -- input expansion ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    key: str
    sha256: str
    raw: RawDocument


def iter_documents(
    inputs: Iterable[str | RawDocument | Skipped | Failed],
) -> Iterator[RawDocument | Skipped | Failed]:
    """Documents from targets (expanded by ``sources``) and ready-made RawDocuments, lazily; a
    ready-made Skipped / Failed (an input a producer such as the crawler could not turn into a
    document) is passed on as that input's outcome."""
    for target in inputs:
        if isinstance(target, RawDocument | Skipped | Failed):
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


def _run_inline(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor,
                timeout: float | None) -> None:  # fmt: skip
    processor.setup()
    for job in jobs:
        if isinstance(job, Item):
            writer.add(job)
        else:
            writer.add(Item(job.key, job.sha256, handle(processor, job.raw, timeout)))


def _mp_context(preload: Sequence[str] = Processor.preload) -> Any:
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if main_file and not os.path.exists(main_file):  # ``python - <<EOF``: workers could not re-import it
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    # imported once in the fork server, so each worker starts with spaCy and underthesea loaded
    ctx.set_forkserver_preload(["vn_news_extract._forkserver", "vn_news_extract.runner", *preload])
    from multiprocessing import forkserver, resource_tracker

    # first the resource tracker: it blocks the signals around its own start, and unblocks them after
    resource_tracker.ensure_running()
    with _children_ignore_interrupts():  # started here, not at the first submit, to start it like this
        forkserver.ensure_running()
    return ctx


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _children_ignore_interrupts() -> Iterator[None]:
    """Interpreters started inside (the fork server, the resource tracker) ignore Ctrl-C and SIGTERM from
    their first instruction: a disposition of SIG_IGN survives exec, and CPython installs no SIGINT
    handler over it, so a signal to the process group cannot kill them mid start-up ("Fatal Python error:
    init_import_site"); the workers they fork inherit it.  Interrupts are this process's business: here the
    two signals are blocked meanwhile, so one that arrives is held and reaches this process's own handler
    when it is back (in the main thread; elsewhere nothing is changed)."""
    previous = {sig: signal.getsignal(sig) for sig in _STOP_SIGNALS}
    if threading.current_thread() is not threading.main_thread() or None in previous.values():
        yield  # signal handlers can only be set in the main thread; None: a handler not set from Python
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        for sig in _STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a held signal is delivered now


class _Pool:
    """A process pool that is replaced when a worker dies, and gives up when workers cannot start."""

    def __init__(self, processor: Processor, workers: int, timeout: float | None = None) -> None:
        self.processor, self.workers, self.timeout = processor, workers, timeout
        self.executor = self._new()
        self.results = 0  # documents finished by the current executor

    def _new(self) -> ProcessPoolExecutor:
        args = (self.processor, os.getpid(), self.timeout)
        return ProcessPoolExecutor(self.workers, _mp_context(self.processor.preload), _init_worker, args)

    def submit(self, raw: RawDocument) -> Future[Outcome]:
        """The document's future; on a pool found broken here, an already failed one, so that the run
        loop replaces the pool once, with the futures of the broken pool (not once more when those fail)."""
        try:
            return self.executor.submit(_pool_task, raw, self.timeout)
        except BrokenProcessPool as err:
            failed: Future[Outcome] = Future()
            failed.set_exception(err)
            return failed

    def restart(self) -> None:
        """A worker died: the pool is broken.  Its other workers ignore SIGTERM, so the executor's own clean-up
        cannot stop them (its thread would then spin at exit, waiting for them): they are killed here."""
        self._kill_workers()
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.results == 0:
            raise VnNewsError(
                "the worker processes could not start (loading the pipeline failed?); "
                "try --workers 0 to see the error in this process"
            )
        log.warning("a worker process died; starting a new pool")
        self.executor = self._new()
        self.results = 0

    def shutdown(self, *, stop: bool = False) -> None:
        """Let the workers finish and leave; ``stop``: interrupted, so kill them (they ignore SIGINT and
        SIGTERM, which are this process's business) and the fork server, which may still be loading."""
        workers = self._workers()
        self.executor.shutdown(wait=False, cancel_futures=True)
        if stop:
            for worker in workers:
                worker.kill()
            _stop_fork_server()

    def _workers(self) -> list[Any]:
        return list((getattr(self.executor, "_processes", None) or {}).values())

    def _kill_workers(self) -> None:
        for worker in self._workers():
            with suppress(Exception):  # already gone, or never started
                worker.kill()


def _stop_fork_server() -> None:
    """Kill the fork server this process started, if any (the next pool starts a new one)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid is not None:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _fill(jobs: Iterator[_Job | Item], pool: _Pool, inflight: dict[Future[Outcome], _Job], writer: _Writer,
          limit: int) -> bool:  # fmt: skip
    """Submit documents until ``limit`` are in flight; an input that is already an outcome is written.
    Returns whether the inputs are exhausted."""
    while len(inflight) < limit:
        job = next(jobs, None)
        if job is None:
            return True
        if isinstance(job, Item):
            writer.add(job)
        else:
            inflight[pool.submit(job.raw)] = job
    return False


def _collect(done: Iterable[Future[Outcome]], inflight: dict[Future[Outcome], _Job], pool: _Pool,
             writer: _Writer) -> list[_Job]:  # fmt: skip
    """Write the outcomes of finished documents; returns the jobs whose worker died (a broken pool)."""
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
    return broken


def _replace_broken_pool(broken: list[_Job], inflight: dict[Future[Outcome], _Job], pool: _Pool,
                         writer: _Writer) -> None:  # fmt: skip
    """Every task of a broken pool fails: the one that killed its worker is unknown, so all of them are
    recorded as failed (a re-run retries them) and the pool is replaced."""
    broken.extend(inflight.values())
    inflight.clear()
    pool.restart()
    for job in broken:
        died = Failed(
            job.raw.label,
            "worker",
            "a worker process died while this document was in flight (a crash, a kill, "
            "running out of memory, or a document stuck past the hard time limit)",
        )
        writer.add(Item(job.key, job.sha256, died))


def _keep_finished(inflight: dict[Future[Outcome], _Job], writer: _Writer) -> None:
    """Interrupted: keep what is finished, drop the rest (a re-run redoes it).  The rest is not cancelled
    here: the pool's shutdown cancels it in the executor's own thread, which would otherwise fail on a
    future cancelled behind its back when the killed workers break the pool (``InvalidStateError``)."""
    for fut, job in list(inflight.items()):
        if fut.done() and not fut.cancelled() and fut.exception() is None:
            writer.add(Item(job.key, job.sha256, fut.result()))


def _run_pool(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor, opts: BatchOptions) -> None:
    limit = opts.in_flight or 4 * opts.workers
    inflight: dict[Future[Outcome], _Job] = {}
    pool: _Pool | None = None
    exhausted, stop = False, True  # stop: the pool is killed unless the loop ends normally
    try:
        pool = _Pool(processor, opts.workers, opts.doc_timeout)
        while True:
            exhausted = exhausted or _fill(jobs, pool, inflight, writer, limit)
            if not inflight:
                break
            done, _ = wait(inflight, timeout=opts.flush_seconds, return_when=FIRST_COMPLETED)
            broken = _collect(done, inflight, pool, writer)
            if broken:
                _replace_broken_pool(broken, inflight, pool, writer)
            writer.maybe_flush()
        stop = False
    except BaseException:
        _keep_finished(inflight, writer)
        raise
    finally:
        _end_pool(pool, stop)


def _end_pool(pool: _Pool | None, stop: bool) -> None:
    """Shut the pool down; interrupted (``stop``), kill its workers and the fork server, also when the
    pool was still starting."""
    try:
        if pool is not None:
            pool.shutdown(stop=stop)
        elif stop:
            _stop_fork_server()
    except Exception:  # a pool torn down mid-start by a signal: the run's end says why
        log.debug("pool shutdown", exc_info=True)


def _run_dask(jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor, opts: BatchOptions) -> None:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise VnNewsError(
            f"--engine dask needs Dask: pip install 'vn-news-extract[dask]' ({err.name} is missing)"
        ) from err
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
    try:
        _wait_for_workers(client, opts)
        _dask_loop(client, jobs, writer, processor, opts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _wait_for_workers(client: Any, opts: BatchOptions) -> None:
    """A scheduler without workers would take tasks and never run them: wait a while, then say so."""
    try:
        client.wait_for_workers(1, timeout=opts.dask_wait)
    except TimeoutError as err:
        where = opts.scheduler or "the local cluster"
        raise VnNewsError(
            f"the Dask scheduler {where} has no workers (waited {opts.dask_wait:g} s); "
            "start workers (dask worker ADDR) or drop --scheduler for a local cluster"
        ) from err


def _dask_loop(client: Any, jobs: Iterator[_Job | Item], writer: _Writer, processor: Processor,
               opts: BatchOptions) -> None:  # fmt: skip
    from dask.distributed import as_completed

    chunk = max(1, opts.dask_chunk)
    limit = opts.in_flight or 2 * chunk * max(1, sum(client.nthreads().values()))
    meta: dict[Any, list[_Job]] = {}
    queue = as_completed()
    exhausted = False

    def refill() -> None:
        nonlocal exhausted
        while not exhausted and sum(map(len, meta.values())) < limit:
            batch: list[_Job] = []
            while len(batch) < chunk:
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                    break
                if isinstance(job, Item):
                    writer.add(job)
                else:
                    batch.append(job)
            if batch:
                raws = [j.raw for j in batch]
                fut = client.submit(dask_task, processor, raws, opts.doc_timeout, pure=False)
                meta[fut.key] = batch
                queue.add(fut)

    refill()
    for fut in queue:
        batch = meta.pop(fut.key)
        try:
            outcomes = fut.result()
        except Exception as err:  # noqa: BLE001 - a lost worker, a serialisation error
            outcomes = [Failed(j.raw.label, "worker", f"{type(err).__name__}: {err}") for j in batch]
        fut.release()
        for job, outcome in zip(batch, outcomes, strict=True):
            writer.add(Item(job.key, job.sha256, outcome))
        writer.maybe_flush()
        refill()


# -- the entry point ----------------------------------------------------------------------------------


def run(
    inputs: Iterable[str | RawDocument | Skipped | Failed],
    sinks: Sequence[Sink],
    options: BatchOptions | None = None,
    *,
    processor: Processor | None = None,
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Process every input into ``sinks``; returns the summary.

    Args:
        inputs: targets (paths, globs, directories, WARC, JSONL files, URLs) and/or RawDocuments.  A list
            or tuple is checked and counted before anything is opened (``summary.total``); any other
            iterable is consumed lazily.
        sinks: where outcomes go; opened and closed here.
        options: workers, engine, resume and time limits (``BatchOptions``).
        processor: the per-document function (default: the spaCy pipeline).
        progress: called with the summary after each document.

    Returns:
        The ``RunSummary``: ``status`` is ``completed`` or ``interrupted`` (Ctrl-C, SIGTERM);
        ``summary.exit_code`` says whether inputs failed.

    Raises:
        InputError: when no target of a list names anything to read (nothing is opened or created).
        SinkError: when a database or output file cannot be opened or written (a re-run resumes).
    """
    opts = options or BatchOptions()
    processor = processor or Processor()
    summary = RunSummary()
    INTERRUPTED.clear()
    if isinstance(inputs, list | tuple):
        from .sources import iter_plan, plan_inputs

        plan = plan_inputs(inputs)
        if not plan.readable:
            raise InputError(_nothing_to_read(plan.entries))
        summary.total, summary.ignored = plan.total, plan.ignored
        documents: Iterable[RawDocument | Skipped | Failed] = iter_plan(plan)
        listed = [str(x) for x in inputs if not isinstance(x, RawDocument)]
    else:
        documents, listed = iter_documents(inputs), []
    info = RunInfo(inputs=listed, engine=opts.engine, workers=opts.workers, force=opts.force,
                   tool_version=__version__)  # fmt: skip
    opened: list[Sink] = []
    restore = _sigterm_as_interrupt()
    try:
        for sink in sinks:
            sink.open(info)
            opened.append(sink)
            summary.abandoned += getattr(sink, "abandoned", 0)
        summary.run_id = info.run_id
        writer = _Writer(sinks, opts, summary, progress)
        jobs = _jobs(documents, sinks, opts.force, writer)
        try:
            if opts.engine == "dask":
                _run_dask(jobs, writer, processor, opts)
            elif opts.workers <= 0:
                _run_inline(jobs, writer, processor, opts.doc_timeout)
            else:
                _run_pool(jobs, writer, processor, opts)
            summary.status = "completed"
        except KeyboardInterrupt:
            summary.status = "interrupted"
        except Exception:
            if not INTERRUPTED.is_set():
                raise
            # an interrupt that landed inside the pool's machinery can surface as another error
            log.debug("error while interrupted", exc_info=True)
            summary.status = "interrupted"
        writer.flush()
    except BaseException:
        summary.status = "failed" if summary.status == "running" else summary.status
        _close(opened, summary, quiet=True)
        raise
    finally:
        restore()
    _close(opened, summary, quiet=False)
    return summary


INTERRUPTED = threading.Event()  # set by ``interrupt``: Ctrl-C or SIGTERM reached this process


def interrupt() -> None:
    """What SIGINT and SIGTERM do during a run: note it, then raise KeyboardInterrupt."""
    INTERRUPTED.set()
    raise KeyboardInterrupt


def _nothing_to_read(entries: Sequence[Any]) -> str:
    failed = [e for e in entries if isinstance(e, Failed)]
    if len(failed) == 1:
        return failed[0].message
    shown = "; ".join(f.message for f in failed[:3])
    return f"none of the {len(failed)} inputs names anything to read ({shown}{'; ...' if len(failed) > 3 else ''})"


def _sigterm_as_interrupt() -> Callable[[], None]:
    """During a run in the main thread, SIGTERM (``kill``, ``docker stop``) stops it as Ctrl-C does:
    what is finished is written, the run is marked interrupted.  Returns the restorer."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGTERM)
    if previous not in (signal.SIG_DFL, None):
        return lambda: None  # the application (the CLI) has its own handler

    def _term(_signum: int, _frame: Any) -> None:
        interrupt()

    signal.signal(signal.SIGTERM, _term)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


def _close(sinks: Sequence[Sink], summary: RunSummary, *, quiet: bool) -> None:
    summary.finished = time.monotonic()
    for sink in sinks:
        try:
            sink.close(summary.totals())
        except VnNewsError:
            if not quiet:
                raise
            log.warning("could not close %r", sink, exc_info=True)
