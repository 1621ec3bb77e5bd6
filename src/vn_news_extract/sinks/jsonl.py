"""JSON Lines sink: one record per line, each article id once.

Next to ``FILE.jsonl`` a ``FILE.jsonl.done`` file lists the inputs already handled
(``doc_key<TAB>status<TAB>article id``) so that a re-run resumes.  The state cannot lie: at open it is
reconciled with the records actually in ``FILE.jsonl``, so an input recorded as stored whose record is
not in the file (the file deleted, truncated or edited) is done again.  Records are flushed and synced before their keys, and a re-run after a kill
truncates a half-written last line and does not append a record whose id and content are already in the
file, so every article ends in the file exactly once.  A changed article is appended and the file is
compacted at close (the newest version of each id kept, atomically replaced).

``-`` as the path writes the records to standard output, with no resume state.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from .base import Item, RunInfo, RunTotals, SinkError, is_final, record_hash

log = logging.getLogger(__name__)


class JsonlSink:
    """Records as JSON Lines in ``path`` (or on standard output for ``-``), resumable (module docstring)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.stdout = str(path) == "-"
        self.path = Path(path)
        self.done_path = self.path.with_name(self.path.name + ".done")
        self._hashes: dict[str, str] = {}
        self._done: set[str] = set()
        self._superseded = 0
        self.redo = 0  # inputs the state file called stored whose records are not in the file
        self._records: IO[str] | None = None
        self._keys: IO[str] | None = None

    def open(self, run: RunInfo | None = None) -> None:
        if self.stdout:
            self._records = sys.stdout
            return
        try:
            if self.path.parent and not self.path.parent.is_dir():
                raise SinkError(f"cannot write {self.path}: no such directory {self.path.parent}")
            if self.path.exists():
                self._load_records()
            if self.done_path.exists():
                _truncate_partial_line(self.done_path)
                with self.done_path.open(encoding="utf-8") as fh:
                    for line in fh:
                        key, status, article_id = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                        if status == "skipped" or (status == "stored" and article_id in self._hashes):
                            self._done.add(key)
                        elif status == "stored":
                            self.redo += 1  # its record is not in the file (any more): do it again
            if self.redo:
                log.warning(
                    "%s lacks the records of %d input(s) that %s lists as stored: they are extracted again",
                    self.path, self.redo, self.done_path.name,
                )  # fmt: skip
            self._records = self.path.open("a", encoding="utf-8")
            self._keys = self.done_path.open("a", encoding="utf-8")
        except OSError as err:
            raise SinkError(f"cannot open {self.path}: {err.strerror or err}") from err

    def _load_records(self) -> None:
        _truncate_partial_line(self.path)
        with self.path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise SinkError(f"{self.path}:{n}: not a JSON line ({err.msg})") from err
                if record.get("id") in self._hashes:
                    self._superseded += 1
                self._hashes[record.get("id")] = record_hash(record)

    def contains(self, doc_key: str) -> bool:
        return doc_key in self._done

    def write_batch(self, items: Sequence[Item]) -> None:
        try:
            lines = []
            for item in items:
                record = item.record
                if record is None:
                    continue
                digest = record_hash(record)
                if self._hashes.get(record["id"]) == digest:
                    continue
                if record["id"] in self._hashes:
                    self._superseded += 1
                self._hashes[record["id"]] = digest
                lines.append(json.dumps(record, ensure_ascii=False) + "\n")
            assert self._records is not None, "write_batch before open"
            if lines:
                self._records.writelines(lines)
                _sync(self._records)
            if self._keys is None:  # standard output: no resume state
                return
            keys = [f"{it.doc_key}\t{it.status}\t{(it.record or {}).get('id', '')}\n" for it in items]
            self._keys.writelines(keys)
            _sync(self._keys)
            self._done.update(it.doc_key for it in items if is_final(it.outcome))
        except OSError as err:
            raise SinkError(f"cannot write {self.path}: {err.strerror or err}") from err

    def close(self, totals: RunTotals | None = None) -> None:
        if self.stdout:
            if self._records is not None:
                self._records.flush()
            self._records = None
            return
        for fh in (self._records, self._keys):
            if fh is not None:
                fh.close()
        self._records = self._keys = None
        if self._superseded:
            self._compact()

    def _compact(self) -> None:
        latest: dict[str, str] = {}
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    latest[json.loads(line).get("id")] = line  # dicts keep first-insertion order
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.writelines(latest.values())
            _sync(fh)
        os.replace(tmp, self.path)
        self._superseded = 0


def _sync(fh: IO[str]) -> None:
    fh.flush()
    if fh is not sys.stdout:
        os.fsync(fh.fileno())


def _truncate_partial_line(path: Path) -> None:
    """Drop a last line without its newline: the write a killed run did not finish."""
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        pos = size
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                fh.truncate(pos - step + nl + 1)
                return
            pos -= step
        fh.truncate(0)
