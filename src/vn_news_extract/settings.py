"""Settings: defaults < environment (``VN_NEWS_EXTRACT_*``) < command-line flags.

The only module that reads the environment.  ``Settings.load()`` gives the defaults overridden by the
environment; the CLI then replaces fields from its flags (``dataclasses.replace``).  Library callers
build a ``Settings`` (or a ``FetchSettings``) themselves and pass it on.

Variables: ``VN_NEWS_EXTRACT_MAX_BYTES`` (input size cap), ``VN_NEWS_EXTRACT_DOC_TIMEOUT`` (seconds per
document in a batch), ``VN_NEWS_EXTRACT_DASK_WAIT`` (seconds to wait for Dask workers), and the fetch
options ``VN_NEWS_EXTRACT_DELAY``, ``_TIMEOUT``, ``_RETRIES``, ``_BACKOFF``, ``_MAX_RETRY_AFTER``,
``_MAX_REDIRECTS``, ``_USER_AGENT``, ``_ALLOW_PRIVATE`` (fetching reuses ``_MAX_BYTES`` as its body cap).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from .errors import InputError

PREFIX = "VN_NEWS_EXTRACT_"
DEFAULT_MAX_BYTES = 10_000_000
_T = TypeVar("_T")


def environ() -> Mapping[str, str]:
    """The process environment (one reader, so tests can see where settings come from)."""
    return os.environ


def parse(name: str, raw: str, kind: type) -> Any:
    """One variable's value as ``kind``; a one-line InputError when it is not one."""
    try:
        if kind is bool:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return kind(raw.strip()) if kind is not str else raw
    except ValueError:
        what = {int: "a whole number", float: "a number"}.get(kind, f"a valid {kind.__name__}")
        raise InputError(f"{PREFIX}{name.upper()}={raw!r} is not {what}") from None


def from_env(cls: type[_T], env: Mapping[str, str] | None = None, *, skip: tuple[str, ...] = ()) -> _T:
    """An instance of the dataclass ``cls``: its defaults, each overridden by ``VN_NEWS_EXTRACT_<FIELD>``."""
    env = environ() if env is None else env
    default = cls()
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        raw = env.get(f"{PREFIX}{f.name.upper()}")
        if raw is None or f.name in skip or not raw.strip():
            continue
        current = getattr(default, f.name)
        kind = float if isinstance(current, float) else type(current) if current is not None else str
        values[f.name] = parse(f.name, raw, kind)
    return dataclasses.replace(default, **values)  # type: ignore[type-var]


@dataclass(frozen=True)
class Settings:
    """Run-wide settings (fetching has its own ``FetchSettings``, read the same way)."""

    max_bytes: int = DEFAULT_MAX_BYTES  # per input: file, WARC record, JSONL line, fetched body
    doc_timeout: float = 120.0  # seconds per document in a batch; 0: no limit
    dask_wait: float = 30.0  # seconds a Dask run waits for a worker before it gives up

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Defaults overridden by the environment."""
        return from_env(cls, env)


def max_input_bytes() -> int:
    """The input size cap in force (``VN_NEWS_EXTRACT_MAX_BYTES`` or the default)."""
    return Settings.load().max_bytes
