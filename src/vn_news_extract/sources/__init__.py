"""Where documents come from: files, directories, globs, ``.jsonl``, WARC archives and live URLs.

``iter_raw_documents(target)`` yields one item per document: a ``RawDocument`` to process, or a
``Skipped`` / ``Failed`` saying why not.  It raises ``InputError`` only when the target itself names
nothing (no such file, a glob that matches nothing, an unsupported URL scheme).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..types import Failed, RawDocument, Skipped
from .fetch import Fetcher, FetchError, FetchSettings, RobotsDisallowed, shared_fetcher
from .files import count_documents, expand, iter_jsonl, kind_of, read_file, walk
from .warc import iter_warc

__all__ = [
    "FetchError",
    "FetchSettings",
    "Fetcher",
    "Plan",
    "RobotsDisallowed",
    "iter_raw_documents",
    "plan_inputs",
]

Item = RawDocument | Skipped | Failed
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_READABLE = ("text/html", "application/xhtml+xml", "text/plain")


def _fetch_settings(settings: Any) -> FetchSettings:
    if settings is None:
        return FetchSettings.from_env()
    if isinstance(settings, FetchSettings):
        return settings
    inner = getattr(settings, "fetch", None)
    if isinstance(inner, FetchSettings):
        return inner
    raise TypeError(
        f"settings must be FetchSettings or have a .fetch attribute, not {type(settings).__name__}"
    )


def _check_url(target: str) -> bool:
    """True for an http(s) URL; InputError for another scheme; False for a path."""
    if not _URL.match(target):
        return False
    scheme = target.split("://", 1)[0].lower()
    if scheme not in {"http", "https"}:
        raise InputError(f"{target}: only http and https URLs are supported, not {scheme}://")
    return True


def iter_raw_documents(
    target: str, *, settings: Any = None, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Every document ``target`` names, in a stable order.

    This is the one input boundary of ``extract``, ``show`` and ``batch``: the same file types, the same
    size cap, the same reasons.  Raises InputError when the target names nothing.
    """
    if _check_url(target):
        yield from _iter_url(target, fetcher or shared_fetcher(_fetch_settings(settings)))
        return
    for path in expand(target):
        yield from _iter_path(path)


@dataclass
class Plan:
    """The inputs of a batch, checked and expanded before anything is opened.

    ``entries``: URLs, files, and Failed outcomes for targets that name nothing; ``ignored``: files a
    directory walk passed over; ``total``: documents expected (None when unknown: WARC over the count
    limit).
    """

    entries: list[str | Path | Failed | RawDocument] = field(default_factory=list)
    ignored: int = 0
    total: int | None = 0

    @property
    def readable(self) -> bool:
        """At least one target names something to read."""
        return any(not isinstance(e, Failed) for e in self.entries)


def plan_inputs(targets: Iterable[str | RawDocument], *, count: bool = True) -> Plan:
    """Expand every target (a missing one becomes a Failed entry) and count the documents up front.

    ``count=False`` counts each file as one document (no reading of JSONL and WARC files)."""
    plan = Plan()
    for target in targets:
        if isinstance(target, RawDocument):
            plan.entries.append(target)
            plan.total = None if plan.total is None else plan.total + 1
            continue
        try:
            if _check_url(target):
                plan.entries.append(target)
                paths: list[Path] = []
            else:
                paths, ignored = walk(target)
                plan.ignored += ignored
                plan.entries.extend(paths)
        except InputError as err:
            plan.entries.append(Failed(target, err.stage, str(err)))
            paths = []
        if plan.total is not None:
            if isinstance(plan.entries[-1], str | Failed) and not paths:
                plan.total += 1
            for path in paths:
                n = count_documents(path) if count else 1
                plan.total = None if n is None or plan.total is None else plan.total + n
    return plan


def iter_plan(plan: Plan, *, settings: Any = None) -> Iterator[Item]:
    """The documents of a plan, lazily, in its order."""
    for entry in plan.entries:
        if isinstance(entry, Failed | RawDocument):
            yield entry
        elif isinstance(entry, Path):
            yield from _iter_path(entry)
        else:
            yield from iter_raw_documents(entry, settings=settings)


def _iter_url(url: str, fetcher: Fetcher) -> Iterator[Item]:
    try:
        raw = fetcher.fetch(url)
    except RobotsDisallowed as err:
        yield Skipped(url, str(err))
        return
    except FetchError as err:
        yield Failed(url, "fetch", str(err))
        return
    if raw.content_type not in _READABLE:
        yield Skipped(raw.url or url, f"content type {raw.content_type} is not HTML or text")
        return
    if not raw.content.strip():
        yield Skipped(raw.url or url, "empty response body")
        return
    yield raw


def _iter_path(path: Path) -> Iterator[Item]:
    kind = kind_of(path)
    if kind == "warc":
        yield from iter_warc(path)
    elif kind == "jsonl":
        yield from iter_jsonl(path)
    elif kind is not None:
        yield read_file(path)
    else:
        yield Skipped(str(path), f"unsupported file type {path.suffix or '(no extension)'}")
