"""Where batch outcomes go: a SQL database (SQLite by default, or PostgreSQL) and/or a JSON Lines file."""

from __future__ import annotations

from .base import Item, RunInfo, RunTotals, Sink, SinkError, doc_key, raw_sha256, record_hash
from .jsonl import JsonlSink
from .sql import DEFAULT_DB, SCHEMA_VERSION, SqlSink

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "Item",
    "JsonlSink",
    "RunInfo",
    "RunTotals",
    "Sink",
    "SinkError",
    "SqlSink",
    "doc_key",
    "make_sinks",
    "raw_sha256",
    "record_hash",
]


def make_sinks(db: str | None = None, out: str | None = None) -> list[Sink]:
    """The sinks a batch writes to: ``db`` (a URL or a SQLite path) and/or ``out`` (JSON Lines).

    With neither, the default SQLite database ``vn_news.db`` in the current directory.
    """
    sinks: list[Sink] = []
    if db is not None or out is None:
        sinks.append(SqlSink(db or DEFAULT_DB))
    if out is not None:
        sinks.append(JsonlSink(out))
    return sinks
