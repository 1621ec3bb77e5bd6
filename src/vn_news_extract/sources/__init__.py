"""Where documents come from: files, directories, globs, ``.jsonl``, WARC archives and live URLs.

``iter_raw_documents(target)`` yields one item per document: a ``RawDocument`` to process, or a
``Skipped`` / ``Failed`` saying why not.  It raises ``InputError`` only when the target itself names
nothing (no such file, a glob that matches nothing, an unsupported URL scheme).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..types import Failed, RawDocument, Skipped
from .fetch import Fetcher, FetchError, FetchSettings, RobotsDisallowed, shared_fetcher
from .files import expand, iter_jsonl, kind_of, read_file
from .warc import iter_warc

__all__ = ["FetchError", "FetchSettings", "Fetcher", "RobotsDisallowed", "iter_raw_documents"]

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


def iter_raw_documents(
    target: str, *, settings: Any = None, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Every document ``target`` names, in a stable order."""
    if _URL.match(target):
        scheme = target.split("://", 1)[0].lower()
        if scheme not in {"http", "https"}:
            raise InputError(f"only http and https URLs are supported, not {scheme}://")
        yield from _iter_url(target, fetcher or shared_fetcher(_fetch_settings(settings)))
        return
    for path in expand(target):
        yield from _iter_path(path)


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
