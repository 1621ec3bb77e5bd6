"""Local inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl`` files, directories (recursive) and globs."""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ..decode import max_input_bytes
from ..errors import InputError
from ..types import Failed, RawDocument, Skipped

log = logging.getLogger(__name__)

TEXT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".shtml": "text/html",
}
WARC_SUFFIXES = (".warc", ".warc.gz")

Item = RawDocument | Skipped | Failed


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _mtime(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")


JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")  # JSON Lines, also gzip-compressed as crawls ship them


def open_text(path: Path) -> IO[str]:
    """A JSON Lines file for reading, gunzipped on the fly when it ends in .gz."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig")
    return path.open(encoding="utf-8-sig")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def kind_of(path: Path) -> str | None:
    """ "text/plain", "text/html", "jsonl", "warc" or None for files we do not read."""
    name = path.name.lower()
    if is_warc(name):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return TEXT_TYPES.get(path.suffix.lower())


def read_file(path: Path) -> Item:
    """One ``.txt`` / ``.html`` file as a RawDocument (or Failed when it cannot be read); a file of
    another suffix, named explicitly to ``extract``, is read as text."""
    label = str(path)
    try:
        size, cap = path.stat().st_size, max_input_bytes()
        if size > cap:
            return Failed(
                label, "input", f"file is {size} bytes, over the {cap}-byte limit (VN_NEWS_EXTRACT_MAX_BYTES)"
            )
        content = path.read_bytes()
    except OSError as err:
        dangling = path.is_symlink() and not path.exists()
        why = "a link to a file that does not exist" if dangling else (err.strerror or str(err))
        return Failed(label, "input", f"cannot read file: {why}")
    if not content.strip():
        return Skipped(label, "empty file")
    return RawDocument(
        content=content,
        content_type=TEXT_TYPES.get(path.suffix.lower(), "text/plain"),
        path=label,
        retrieved_at=_mtime(path),
        sha256=sha256(content),
    )


def iter_jsonl(path: Path) -> Iterator[Item]:
    """One document per line: ``{"html": ...}`` or ``{"text": ...}``, optional ``url``, ``retrieved_at`` and
    ``published`` (or ``published_at``: the publication date when the text itself gives none); ``.jsonl.gz``
    is read as it is."""
    try:
        fh = open_text(path)
    except OSError as err:
        yield Failed(str(path), "input", f"cannot read file: {err.strerror or err}")
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            label = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield Failed(label, "input", f"invalid JSON on line {lineno}, column {err.colno}: {err.msg}")
                continue
            if not isinstance(obj, dict):
                yield Failed(label, "input", f"line {lineno} is not a JSON object")
                continue
            html, text = obj.get("html"), obj.get("text")
            body, ctype = (
                (html, "text/html") if isinstance(html, str) and html.strip() else (text, "text/plain")
            )
            if not isinstance(body, str) or not body.strip():
                yield Skipped(label, "no 'html' or 'text' field")
                continue
            try:
                content = body.encode("utf-8")
            except UnicodeEncodeError as err:  # "\ud800" in the JSON: a lone surrogate is not text
                yield Failed(label, "input", f"line {lineno}: a lone surrogate at character {err.start}")
                continue
            url = obj.get("url") if isinstance(obj.get("url"), str) else None
            retrieved = obj.get("retrieved_at") if isinstance(obj.get("retrieved_at"), str) else None
            published = obj.get("published", obj.get("published_at"))
            yield RawDocument(
                content=content,
                content_type=ctype,
                path=label,
                url=url,
                retrieved_at=retrieved,
                charset="utf-8",
                sha256=sha256(content),
                published_at=iso_published(published) if isinstance(published, str) else None,
            )


def expand(target: str) -> list[Path]:
    """The files a path, directory or glob names, sorted; raises InputError when it names none."""
    return walk(target)[0]


def walk(target: str) -> tuple[list[Path], int]:
    """``expand``, and how many files a directory walk passed over (other types, hidden files).

    Inside a directory only the files we read count as inputs (.txt, .html, .jsonl[.gz], .warc[.gz]), and a
    link to such a file that points nowhere is an input too (it ends failed); a file named explicitly is
    always an input, and an unsupported one ends as Skipped.
    """
    path = Path(target).expanduser()
    if path.is_dir():
        files, ignored = [], 0
        for p in path.rglob("*"):
            dangling = p.is_symlink() and not p.exists()
            if not (p.is_file() or dangling):
                continue
            if kind_of(p) and not _hidden(p.relative_to(path)):
                files.append(p)
            else:
                ignored += 1
        if not files:
            raise InputError(f"directory {target} holds no .txt, .html, .jsonl[.gz] or .warc files")
        return sorted(files), ignored
    if path.is_file():
        return [path], 0
    if path.is_symlink():
        return [path], 0  # a dangling link named explicitly: failed when read
    if glob.has_magic(target):
        files = sorted(
            Path(p) for p in glob.glob(os.path.expanduser(target), recursive=True) if Path(p).is_file()
        )
        if not files:
            raise InputError(f"no files match {target}")
        return files, 0
    raise InputError(f"no such file or directory: {target}")


def count_documents(path: Path) -> int | None:
    """How many outcomes ``path`` will give (JSONL: its non-blank lines; WARC: its records), or None
    when counting would cost too much (a WARC archive over ``WARC_COUNT_LIMIT`` bytes)."""
    kind = kind_of(path)
    try:
        if kind == "jsonl":
            with open_text(path) as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "warc":
            if path.stat().st_size > WARC_COUNT_LIMIT:
                return None
            from warcio.archiveiterator import ArchiveIterator

            with path.open("rb") as fh:
                return sum(1 for _ in ArchiveIterator(fh, check_digests=False))
    except Exception:  # noqa: BLE001 - damaged: reading it reports the damage; count it as one
        return 1
    return 1


WARC_COUNT_LIMIT = 200_000_000  # bytes of WARC worth reading twice to know the total up front


_PUBLISHED = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2})?)?")


def iso_published(value: str) -> str | None:
    """``2021-11-01 13:25`` -> ``2021-11-01T13:25:00+07:00`` (Vietnamese time when no zone is given); a
    full ISO timestamp is kept as it is; anything else is dropped."""
    value = value.strip()
    m = _PUBLISHED.fullmatch(value)
    if m:
        return f"{m.group(1)}T{m.group(2) or '00:00'}:00+07:00"
    return (
        value if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)", value) else None
    )


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)
