"""SQLAlchemy Core sink: one code path for SQLite (the default) and PostgreSQL (``postgresql+psycopg://``).

Tables (created and migrated by the tool; ``schema_version`` holds the applied versions):

- ``articles``: one row per record id, the article fields and the full record as JSON (``record``);
- ``percentages``, ``sectors``, ``officials``, ``documents``, ``amounts``, ``periods``: one row per fact,
  keyed by ``(article_id, idx)``, with ``start_offset`` / ``end_offset`` into ``articles.text``, one
  column per attribute, and ``attrs`` (JSON) for any attribute without a column of its own;
- ``runs``: one row per batch run (a run left ``running`` by a dead process is marked ``abandoned`` when
  the next run starts); ``outcomes``: one row per input (``doc_key``), stored / skipped with a reason code
  (``reason``, e.g. ``not_vietnamese``) and its sentence (``detail``) / failed with the stage and message.

The schema is created and migrated under a lock (PostgreSQL: an advisory transaction lock; SQLite: the
database's write lock), so two first runs on an empty database do not race.

A database that is locked (another SQLite writer) or unreachable (PostgreSQL restarting) is retried
with exponential backoff (an error retrying cannot help, such as a refused password, is not retried) (``retries`` times from ``backoff`` seconds; SQLite also waits up to
``busy_timeout`` seconds for a lock on each attempt), then the run stops with a one-line ``SinkError``;
a re-run resumes.

Writes are idempotent: an article whose record hash is unchanged is not touched; a changed article is
replaced together with all its facts.  Each ``write_batch`` is one transaction, so an article and its
facts, and the outcome that says it was stored, appear together or not at all.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from .. import kinds
from ..types import reason_code
from .base import Item, RunInfo, RunTotals, SinkError, outcome_fields, record_hash, utcnow

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
DEFAULT_DB = "sqlite:///vn_news.db"
BUSY_TIMEOUT = 10.0  # seconds SQLite waits for another writer's lock, per attempt
RETRIES = 3  # extra attempts after a locked / unreachable database
BACKOFF = 0.5  # seconds before the first retry, doubled each time (0.5 + 1 + 2)
_T = TypeVar("_T")

metadata = MetaData()
_JSON = JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(40), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("status", String(16), nullable=False),  # running | completed | interrupted | failed | abandoned
    Column("engine", String(16)),
    Column("workers", Integer),
    Column("force", Boolean),
    Column("inputs", _JSON),
    Column("tool_version", String(40)),
    Column("stored", Integer),
    Column("skipped", Integer),
    Column("failed", Integer),
    Column("already_done", Integer),
    Column("host", Text),  # where the run's process ran (schema 2) ...
    Column("pid", Integer),  # ... and its id: a ``running`` run whose process is gone was abandoned
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("url", Text),
    Column("site", Text),
    Column("title", Text),
    Column("sapo", Text),
    Column("author", Text),
    Column("published_at", String(40)),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("source_url", Text),
    Column("source_path", Text),
    Column("source_sha256", String(64)),
    Column("content_type", String(100)),
    Column("extractor_version", String(40)),
    Column("content_hash", String(64), nullable=False),
    Column("record", _JSON, nullable=False),
    Column("run_id", Integer),
    Column("updated_at", String(40), nullable=False),
    Index("ix_articles_published_at", "published_at"),
    Index("ix_articles_site", "site"),
)

outcomes = Table(
    "outcomes",
    metadata,
    Column("doc_key", String(64), primary_key=True),
    Column("label", Text, nullable=False),
    Column("sha256", String(64)),
    Column("status", String(16), nullable=False),  # stored | skipped | failed
    Column("reason", Text),  # skipped: a stable code (not_vietnamese, too_short, ...)
    Column("detail", Text),  # skipped: the reason as a sentence, with its figures (schema 2)
    Column("stage", String(40)),
    Column("message", Text),
    Column("article_id", String(32)),
    Column("run_id", Integer),
    Column("updated_at", String(40), nullable=False),
    Index("ix_outcomes_status", "status"),
    Index("ix_outcomes_article_id", "article_id"),
)

_FLOATS = {"value", "value_max", "value_from", "confidence"}
_JSONS = {"mentions"}
# fact kind (record key and table name) -> attribute columns, besides text / offsets
# (from the fact registry: the fact type's public fields, less those declared ``sql=False``)
FACT_COLUMNS: dict[str, tuple[str, ...]] = {k.name: k.sql_columns for k in kinds.all_kinds()}
_FACT_INDEXES = {k.name: k.sql_indexes for k in kinds.all_kinds()}


def _fact_table(name: str, attrs: tuple[str, ...]) -> Table:
    def col(attr: str) -> Column[Any]:
        return Column(attr, Float if attr in _FLOATS else _JSON if attr in _JSONS else Text)

    return Table(
        name,
        metadata,
        Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("idx", Integer, primary_key=True, autoincrement=False),
        Column("text", Text, nullable=False),
        Column("start_offset", Integer, nullable=False),
        Column("end_offset", Integer, nullable=False),
        *(col(a) for a in attrs),
        Column("attrs", _JSON),  # attributes without a column of their own
        *(Index(f"ix_{name}_{a}", a) for a in _FACT_INDEXES.get(name, ())),
    )


fact_tables: dict[str, Table] = {name: _fact_table(name, attrs) for name, attrs in FACT_COLUMNS.items()}


def _to_v2(conn: Connection) -> None:
    """Schema 2: outcomes.detail (skip reasons become codes, their sentences move there); runs.host/pid."""
    conn.execute(text("ALTER TABLE outcomes ADD COLUMN detail TEXT"))
    conn.execute(text("ALTER TABLE runs ADD COLUMN host TEXT"))
    conn.execute(text("ALTER TABLE runs ADD COLUMN pid INTEGER"))
    rows = conn.execute(select(outcomes.c.doc_key, outcomes.c.reason).where(outcomes.c.status == "skipped"))
    for key, reason in rows.all():
        conn.execute(
            update(outcomes)
            .where(outcomes.c.doc_key == key)
            .values(reason=reason_code(str(reason or "")), detail=reason)
        )


# Upgrade steps: MIGRATIONS[v] takes a database at version v-1 to version v.  A new database is created
# at SCHEMA_VERSION directly from ``metadata``; these steps only upgrade existing ones.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _to_v2}


def normalise_url(db: str) -> str:
    """A SQLAlchemy URL; a bare path (``out.db``) means a SQLite file."""
    return db if "://" in db else f"sqlite:///{db}"


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _one_line(err: BaseException) -> str:
    orig = getattr(err, "orig", None) or err
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def make_engine(db: str, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    try:
        url = make_url(normalise_url(db))
        engine = create_engine(url, json_serializer=_dumps, future=True)
    except (ArgumentError, ValueError) as err:
        raise SinkError(f"not a database URL: {db!r} ({_one_line(err)})") from err
    except ModuleNotFoundError as err:
        raise SinkError(f"no driver for {db!r}: {err.name} is not installed") from err
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            if url.database not in (None, "", ":memory:"):
                switch_to_wal(cur.execute, busy_timeout)  # readers never block the writer
                cur.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
            cur.close()

    return engine


def switch_to_wal(execute: Callable[[str], Any], busy_timeout: float) -> None:
    """``PRAGMA journal_mode=WAL`` on a new connection, retried while the database is locked, for up to
    ``busy_timeout`` seconds.  Two first connections to a new file may switch at once, and SQLite then answers
    "database is locked" at once instead of waiting for the other (its busy handler is not called there); once
    either has switched, the other's switch is a no-op."""
    deadline = time.monotonic() + busy_timeout
    pause = 0.005
    while True:
        try:
            execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def current_version(conn: Connection) -> int:
    """The schema version of a database: 0 for an empty one."""
    names = set(inspect(conn).get_table_names())
    if "schema_version" not in names:
        ours = names & {"articles", "outcomes", "runs"}
        if ours:
            raise SinkError(f"the database has tables {sorted(ours)} but no schema_version: not ours")
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


_SCHEMA_LOCK = 0x766E65  # PostgreSQL advisory lock key of schema creation and migration ("vne")


def lock_schema(conn: Connection) -> None:
    """Hold the schema lock until the transaction ends: one creator or migrator at a time."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
    elif conn.dialect.name == "sqlite":
        # a write that changes nothing takes SQLite's write lock now, before the schema is read; the
        # second of two first runs then waits (busy_timeout) and finds the schema in place
        conn.execute(text("CREATE TABLE IF NOT EXISTS schema_lock (id INTEGER)"))
        conn.execute(text("DELETE FROM schema_lock"))


def migrate(engine: Engine) -> int:
    """Create the schema, or upgrade it step by step, under the schema lock; returns the version."""
    with engine.begin() as conn:
        lock_schema(conn)
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise SinkError(
                f"the database schema is version {version}, newer than this tool's {SCHEMA_VERSION}: "
                "upgrade vn-news-extract"
            )
        if version == 0:
            metadata.create_all(conn)
            conn.execute(schema_version.insert().values(version=SCHEMA_VERSION, applied_at=utcnow()))
            return SCHEMA_VERSION
        for step in range(version + 1, SCHEMA_VERSION + 1):
            log.info("migrating database schema to version %d", step)
            MIGRATIONS[step](conn)
            conn.execute(schema_version.insert().values(version=step, applied_at=utcnow()))
    return SCHEMA_VERSION


def article_row(record: dict[str, Any], run_id: int | None) -> dict[str, Any]:
    art = record.get("article") or {}
    src = record.get("source") or {}
    return {
        "id": record["id"],
        "url": art.get("url") or src.get("url"),
        "site": art.get("site") or src.get("site"),
        "title": art.get("title"),
        "sapo": art.get("sapo"),
        "author": art.get("author"),
        "published_at": art.get("published_at"),
        "language": art.get("language"),
        "text": art.get("text") or "",
        "source_url": src.get("url"),
        "source_path": src.get("path"),
        "source_sha256": src.get("sha256"),
        "content_type": src.get("content_type"),
        "extractor_version": (record.get("extractor") or {}).get("version"),
        "content_hash": record_hash(record),
        "record": record,
        "run_id": run_id,
        "updated_at": utcnow(),
    }


def fact_rows(kind: str, article_id: str, facts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    attrs = FACT_COLUMNS[kind]
    known = {"text", "start", "end", *attrs}
    rows = []
    for idx, fact in enumerate(facts):
        extra = {k: v for k, v in fact.items() if k not in known}
        row = {
            "article_id": article_id,
            "idx": idx,
            "text": fact.get("text", ""),
            "start_offset": fact.get("start"),
            "end_offset": fact.get("end"),
        }
        row.update({a: fact.get(a) for a in attrs})
        row["attrs"] = extra or None
        rows.append(row)
    return rows


# SQLSTATE classes and codes worth retrying: connection lost or refused, the server shutting down or
# overloaded, a serialisation failure or deadlock, a lock not available; and the catalogue race of two
# CREATE TABLEs (23505 on pg_type) that the schema lock prevents but an older database may still show.
_TRANSIENT_STATES = ("08", "40001", "40P01", "53", "55P03", "57P01", "57P02", "57P03")
_PERMANENT_TEXT = (
    "password authentication failed",
    "no pg_hba.conf entry",
    "does not exist",
    "permission denied",
    "authentication failed",
    "unable to open database file",
    "readonly database",
    "file is not a database",
)


def is_transient(err: DBAPIError) -> bool:
    """True when retrying may help: locked, unreachable or restarting, not refused or misconfigured."""
    orig = getattr(err, "orig", None)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    message = str(orig or err).lower()
    if any(t in message for t in _PERMANENT_TEXT):
        return False
    if state:
        return str(state).startswith(_TRANSIENT_STATES)
    return isinstance(err, OperationalError) or bool(err.connection_invalidated)


def mark_abandoned(conn: Connection) -> int:
    """Runs left ``running`` by a process of this host that no longer exists become ``abandoned``."""
    host = socket.gethostname()
    rows = conn.execute(select(runs.c.id, runs.c.pid).where(runs.c.status == "running", runs.c.host == host))
    dead = [run_id for run_id, pid in rows.all() if pid is not None and not _alive(int(str(pid)))]
    if dead:
        conn.execute(update(runs).where(runs.c.id.in_(dead)).values(status="abandoned", finished_at=utcnow()))
        log.warning("runs %s were left running by a process that ended; marked abandoned", dead)
    return len(dead)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


class SqlSink:
    """Stores records, facts and outcomes in a SQL database (see the module docstring)."""

    def __init__(self, db: str = DEFAULT_DB, *, retries: int = RETRIES, backoff: float = BACKOFF,
                 busy_timeout: float = BUSY_TIMEOUT) -> None:  # fmt: skip
        self.retries, self.backoff = retries, backoff
        self.engine = make_engine(db, busy_timeout)
        self.url = self.engine.url.render_as_string(hide_password=True)
        self.run_id: int | None = None
        self.kb_stats: Any = None  # kb.build.KbStats after a run's close()
        self.abandoned = 0  # runs marked abandoned when this one started
        self._tries = 1

    def _retrying(self, what: str, op: Callable[[], _T]) -> _T:
        """``op()``, retried with backoff while the database is locked or unreachable (only then)."""
        self._tries = 0
        for attempt in range(self.retries + 1):
            self._tries = attempt + 1
            try:
                return op()
            except (OperationalError, DBAPIError) as err:
                if not is_transient(err) or attempt == self.retries:
                    raise
                wait = self.backoff * 2**attempt
                log.info("%s %s: %s; retry %d in %.1f s", what, self.url, _one_line(err), attempt + 1, wait)
                self.engine.dispose()  # drop connections that may be broken
                time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempts(self) -> str:
        tries = getattr(self, "_tries", 1)
        return f"after {tries} attempts" if tries > 1 else "not retried"

    # -- lifecycle -------------------------------------------------------------------------------
    def open(self, run: RunInfo | None = None) -> None:
        try:
            self._retrying("cannot open", lambda: self._open(run))
        except SQLAlchemyError as err:
            raise SinkError(
                f"cannot open database {self.url}: {_one_line(err)} ({self._attempts()})"
            ) from err

    def _open(self, run: RunInfo | None) -> None:
        migrate(self.engine)
        if run is not None:
            with self.engine.begin() as conn:
                self.abandoned = mark_abandoned(conn)
                res = conn.execute(
                    runs.insert().values(
                        started_at=run.started_at,
                        status="running",
                        engine=run.engine,
                        workers=run.workers,
                        force=run.force,
                        inputs=list(run.inputs),
                        tool_version=run.tool_version,
                        host=socket.gethostname(),
                        pid=os.getpid(),
                    )
                )
                self.run_id = res.inserted_primary_key[0] if res.inserted_primary_key else None
            run.run_id = self.run_id

    def close(self, totals: RunTotals | None = None) -> None:
        try:
            if totals is not None and self.run_id is not None:
                with self.engine.begin() as conn:
                    conn.execute(
                        update(runs)
                        .where(runs.c.id == self.run_id)
                        .values(
                            finished_at=utcnow(),
                            status=totals.status,
                            stored=totals.stored,
                            skipped=totals.skipped,
                            failed=totals.failed,
                            already_done=totals.already_done,
                        )
                    )
            if totals is not None and totals.status == "completed":  # the knowledge base, incrementally
                from ..kb.build import build_knowledge_base

                self.kb_stats = build_knowledge_base(self.engine)
        except SQLAlchemyError as err:
            raise SinkError(f"cannot finish the run in {self.url}: {_one_line(err)}") from err
        finally:
            self.engine.dispose()

    # -- reads -----------------------------------------------------------------------------------
    def contains(self, doc_key: str) -> bool:
        query = select(outcomes.c.status).where(outcomes.c.doc_key == doc_key)

        def read() -> Any:
            with self.engine.connect() as conn:
                return conn.execute(query).scalar()

        try:
            status = self._retrying("cannot read", read)
        except SQLAlchemyError as err:
            raise SinkError(f"cannot read {self.url}: {_one_line(err)} ({self._attempts()})") from err
        return status is not None and status != "failed"

    # -- writes ----------------------------------------------------------------------------------
    def write_batch(self, items: Sequence[Item]) -> None:
        if not items:
            return

        def write() -> None:
            with self.engine.begin() as conn:  # one transaction: articles, their facts, outcomes
                self._write_articles(conn, items)
                self._write_outcomes(conn, items)

        try:
            self._retrying("cannot write to", write)
        except SQLAlchemyError as err:
            raise SinkError(f"cannot write to {self.url}: {_one_line(err)} ({self._attempts()})") from err

    def _insert(self, table: Table) -> Any:
        name = self.engine.dialect.name
        if name == "postgresql":
            return postgresql.insert(table)
        if name == "sqlite":
            return sqlite.insert(table)
        raise SinkError(f"unsupported database {name!r}: use sqlite:/// or postgresql+psycopg://")

    def _upsert(
        self, conn: Connection, table: Table, rows: list[dict[str, Any]], compare: Sequence[str]
    ) -> None:
        """INSERT ... ON CONFLICT (pk) DO UPDATE, only where one of ``compare`` differs."""
        keys = [c.name for c in table.primary_key.columns]
        ins = self._insert(table)
        stmt = ins.on_conflict_do_update(
            index_elements=keys,
            set_={c.name: ins.excluded[c.name] for c in table.columns if c.name not in keys},
            where=or_(*(table.c[c].is_distinct_from(ins.excluded[c]) for c in compare)),
        )
        conn.execute(stmt, rows)

    def _write_articles(self, conn: Connection, items: Sequence[Item]) -> None:
        records: dict[str, dict[str, Any]] = {}
        for item in items:
            if item.record is not None:
                records[item.record["id"]] = item.record  # the last version in a batch wins
        if not records:
            return
        rows = [article_row(rec, self.run_id) for rec in records.values()]
        stored: dict[str, str] = dict(
            conn.execute(
                select(articles.c.id, articles.c.content_hash).where(articles.c.id.in_(list(records)))
            ).all()
        )
        changed = [row for row in rows if stored.get(row["id"]) != row["content_hash"]]
        if not changed:
            return
        ids = [row["id"] for row in changed]
        self._upsert(conn, articles, changed, compare=["content_hash"])
        for kind, table in fact_tables.items():
            conn.execute(delete(table).where(table.c.article_id.in_(ids)))
            facts = [r for i in ids for r in fact_rows(kind, i, records[i].get(kind) or [])]
            if facts:
                conn.execute(self._insert(table), facts)

    def _write_outcomes(self, conn: Connection, items: Sequence[Item]) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for item in items:
            rows[item.doc_key] = {
                "doc_key": item.doc_key,
                "label": item.label,
                "sha256": item.sha256,
                "status": item.status,
                **outcome_fields(item.outcome),
                "run_id": self.run_id,
                "updated_at": utcnow(),
            }
        compare = ["label", "sha256", "status", "reason", "detail", "stage", "message", "article_id"]
        self._upsert(conn, outcomes, list(rows.values()), compare=compare)
