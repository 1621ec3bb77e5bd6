"""Typed values passed between stages: RawDocument -> Article -> record dict -> sink.

Each input ends as exactly one Outcome: ``Stored`` (a record), ``Skipped`` (with a reason) or ``Failed``
(with the stage and a message).
"""

from __future__ import annotations

import re
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
    published_at: str | None = None  # the publication date the container gives (a JSONL "published" field)

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
    """An input that became a record."""

    label: str
    record: dict[str, Any]
    status: Literal["stored"] = "stored"


# Stable reason codes of Skipped outcomes: the first pattern that matches the start of a reason names
# its code (what the summary and the ``outcomes.reason`` column group on); the reason text itself, with
# its numbers, is the detail.  One place for every skip reason of every layer.
REASON_CODES: tuple[tuple[str, str], ...] = (
    # the crawler's (crawl/): pages it did not fetch all have codes starting "not_fetched"
    (r"not fetched: disallowed by robots", "not_fetched_robots"),
    (r"not fetched: off-site", "not_fetched_off_site"),
    (r"not fetched: page budget", "not_fetched_budget"),
    (r"not fetched: older than", "not_fetched_since"),
    (r"not fetched", "not_fetched_not_article"),
    (r"crawl start page", "crawl_start_page"),
    (r"feed \(|sitemap \(", "feed_or_sitemap"),
    (r"announced as a feed|named as a sitemap", "unreadable_feed_or_sitemap"),
    (r"redirected", "redirected"),
    (r"empty|no 'html' or 'text' field|archived response has an empty body", "empty"),
    (r"no article text", "no_text"),
    (r"not Vietnamese", "not_vietnamese"),
    (r"not an article: \d+ characters", "too_short"),
    (r"not an article", "not_an_article"),
    (
        r"unsupported file type|content type .* is not HTML|archived response is .*not HTML",
        "unsupported_type",
    ),
    (r"WARC \w+ record, not a response|WARC response without HTTP headers", "not_a_response"),
    (r"HTTP status", "http_status"),
    (r"robots\.txt|disallowed by robots", "robots_disallowed"),
    (r".* over \d+ bytes|.*over the \d+-byte limit", "too_large"),
)
_REASON_RES = tuple((re.compile(pattern, re.IGNORECASE), code) for pattern, code in REASON_CODES)
OTHER_REASON = "other"


def reason_code(reason: str) -> str:
    """The stable code of a skip reason (``not_vietnamese``, ``too_short``, ...; ``other`` when unknown)."""
    return next((code for rx, code in _REASON_RES if rx.match(reason)), OTHER_REASON)


@dataclass(frozen=True)
class Skipped:
    """An input that is not an article; ``reason`` is the human sentence, ``code`` its stable group."""

    label: str
    reason: str
    status: Literal["skipped"] = "skipped"

    @property
    def code(self) -> str:
        return reason_code(self.reason)


@dataclass(frozen=True)
class Failed:
    """An input that could not be handled; ``stage`` is the stable code, ``message`` the detail."""

    label: str
    stage: str
    message: str
    status: Literal["failed"] = "failed"


Outcome = Stored | Skipped | Failed
