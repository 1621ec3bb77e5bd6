"""Typed values passed between stages: RawDocument -> Article -> record dict -> sink.

Each input ends as exactly one Outcome: ``Stored`` (a record), ``Skipped`` (with a reason) or ``Failed``
(with the stage and a message).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class RawDocument:
    """Bytes or text as read from a file, an archive record or a URL, before any parsing."""

    content: bytes
    content_type: str  # "text/plain", "text/html", ...
    path: str | None = None
    url: str | None = None
    retrieved_at: str | None = None  # ISO 8601, when the bytes were fetched or captured
    charset: str | None = None  # declared charset (HTTP header, WARC record), if any
    sha256: str | None = None  # of ``content``; filled by ``with_hash`` when missing

    @property
    def label(self) -> str:
        return self.url or self.path or "<input>"


@dataclass(frozen=True)
class Article:
    """The article alone: no menus, teasers, credits.  ``text`` is what every offset indexes."""

    title: str | None
    sapo: str | None
    author: str | None
    published_at: str | None
    paragraphs: tuple[str, ...]
    language: str = "vi"
    url: str | None = None  # canonical URL when the page gives one
    site: str | None = None
    captions: tuple[str, ...] = field(default_factory=tuple)
    authors: tuple[str, ...] = field(default_factory=tuple)  # the persons of ``author``, one each
    extraction: str | None = None  # which path produced the body (HTML pages): see ``html``
    not_article: str | None = None  # why the page is a listing / index page rather than an article

    @property
    def text(self) -> str:
        """Title, sapo, then body paragraphs, separated by newlines."""
        parts = [p for p in (self.title, self.sapo) if p]
        parts.extend(p for p in self.paragraphs if p)
        return "\n".join(parts)


@dataclass(frozen=True)
class Stored:
    label: str
    record: dict[str, Any]
    status: Literal["stored"] = "stored"


@dataclass(frozen=True)
class Skipped:
    label: str
    reason: str
    status: Literal["skipped"] = "skipped"


@dataclass(frozen=True)
class Failed:
    label: str
    stage: str
    message: str
    status: Literal["failed"] = "failed"


Outcome = Stored | Skipped | Failed
