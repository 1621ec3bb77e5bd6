"""The sink protocol: where the batch runner puts every outcome.

A sink is opened once per run, receives outcomes in batches from one writer (the runner's main process),
answers ``contains(doc_key)`` so that a re-run can skip inputs already handled, and is closed with the
run's summary.  Every sink is idempotent: writing the same item twice leaves it unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from ..errors import VnNewsError
from ..types import Failed, Outcome, RawDocument, Skipped, Stored


class SinkError(VnNewsError):
    """A database or output file that cannot be opened, migrated or written."""

    exit_code = 5
    stage = "sink"


def raw_sha256(raw: RawDocument) -> str:
    return raw.sha256 or hashlib.sha256(raw.content).hexdigest()


def doc_key(label: str, sha256: str | None) -> str:
    """The resume key of one input: its label (URL or path) and the hash of its bytes.

    The same bytes under another name, or changed bytes under the same name, are another input.
    """
    return hashlib.sha256(f"{label}\n{sha256 or ''}".encode()).hexdigest()


def record_hash(record: dict[str, Any]) -> str:
    """A content hash of a record, stable across key order: equal hashes mean nothing to rewrite."""
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Item:
    """One input's result on its way to the sinks."""

    doc_key: str
    sha256: str | None
    outcome: Outcome

    @property
    def label(self) -> str:
        return self.outcome.label

    @property
    def status(self) -> str:
        return self.outcome.status

    @property
    def record(self) -> dict[str, Any] | None:
        return self.outcome.record if isinstance(self.outcome, Stored) else None


@dataclass
class RunInfo:
    """What a run was asked to do; sinks may record it (the ``runs`` table)."""

    inputs: Sequence[str]
    engine: str = "local"
    workers: int = 1
    force: bool = False
    tool_version: str = ""
    started_at: str = field(default_factory=utcnow)
    run_id: int | None = None  # set by a sink that numbers runs


@dataclass
class RunTotals:
    """End-of-run counts handed to ``Sink.close``."""

    stored: int = 0
    skipped: int = 0
    failed: int = 0
    already_done: int = 0
    status: str = "completed"  # completed | interrupted | failed


@runtime_checkable
class Sink(Protocol):
    """open -> (contains / write_batch)* -> close.  One writer; each ``write_batch`` is atomic."""

    def open(self, run: RunInfo) -> None: ...

    def contains(self, doc_key: str) -> bool:
        """True when this input was already handled for good (stored, or skipped for a reason)."""
        ...

    def write_batch(self, items: Sequence[Item]) -> None: ...

    def close(self, totals: RunTotals | None = None) -> None: ...


def is_final(outcome: Outcome) -> bool:
    """Stored and skipped inputs are done; failed ones are retried by the next run."""
    return not isinstance(outcome, Failed)


def outcome_fields(outcome: Outcome) -> dict[str, Any]:
    """reason (a stable code) / detail / stage / message columns of an outcome."""
    return {
        "reason": outcome.code if isinstance(outcome, Skipped) else None,
        "detail": outcome.reason if isinstance(outcome, Skipped) else None,
        "stage": outcome.stage if isinstance(outcome, Failed) else None,
        "message": outcome.message if isinstance(outcome, Failed) else None,
        "article_id": outcome.record.get("id") if isinstance(outcome, Stored) else None,
    }
