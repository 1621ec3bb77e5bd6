"""Plain-text news dumps -> Article.

A dump holds the page's text line by line: perhaps some markup debris, the title, the lead, the body
with headings and captions, the byline, then the site's teaser boxes.  We keep title, sapo and body,
take the byline as author and drop captions, photo credits, glued related headlines and everything
from the first teaser heading on.
"""

from __future__ import annotations

import re

from .boilerplate import rules
from .textnorm import visible
from .types import Article

_HAS_LETTER = re.compile(r"[^\W\d_]")


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in visible(text).splitlines()]


def parse_plaintext(text: str) -> Article:
    bp = rules()
    lines = [line for line in _lines(text) if line and _HAS_LETTER.search(line)]
    # Cut the site furniture: everything from the first teaser heading on.
    for i, line in enumerate(lines):
        if i > 0 and bp.is_teaser_heading(line):
            lines = lines[:i]
            break
    author: str | None = None
    while lines and bp.is_source_line(lines[-1]) and len(lines) > 1:
        lines.pop()
    if len(lines) > 1 and bp.is_byline(lines[-1]):
        author = lines.pop()
    while lines and bp.is_source_line(lines[-1]) and len(lines) > 1:
        lines.pop()
    if not lines:
        return Article(title=None, sapo=None, author=author, published_at=None, paragraphs=())
    title, body = lines[0], lines[1:]
    # a credit or glued-headline line is dropped unless it reads as prose; the prose test goes first: it is the
    # cheaper one and holds for most body lines (is_credit tries every credit pattern)
    kept = [
        line
        for line in body
        if bp.is_prose(line) or not (bp.is_credit(line) or bp.is_related_headlines(line))
    ]
    if kept:
        kept[0] = bp.strip_dateline(kept[0])
    sapo = kept[0] if kept and _is_paragraph(kept[0]) else None
    paragraphs = tuple(kept[1:] if sapo else kept)
    return Article(title=title, sapo=sapo, author=author, published_at=None, paragraphs=paragraphs)


def passage(text: str) -> Article:
    """The whole input as one passage of body text: no title, byline or boilerplate detection."""
    return Article(title=None, sapo=None, author=None, published_at=None, paragraphs=(text,))


def _is_paragraph(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "…", "”", '"', ")")) and len(line) > 60
