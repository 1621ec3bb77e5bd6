"""Body paragraphs: from a profile's body node (our walker), trafilatura or the densest container.

The walker emits one paragraph per leaf block (``p``, headings, ``li``, a ``div`` holding text) and drops
inline related-link lists by link density.  Unknown sites go through trafilatura (``favor_precision``)
on the pruned page; when its body comes back short, the walker runs on the densest container instead.
``trafilatura_paragraphs`` is trafilatura's own extraction of the page as served, the yardstick the
Vietnamese layer must not fall far below (``html.__init__`` falls back to it).
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from typing import Any

from .prune import is_teaser_heading, link_density
from .tree import Element, text_of

log = logging.getLogger(__name__)

_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "td",
        "th",
        "figure",
        "table",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "header",
        "main",
        "tr",
        "tbody",
        "thead",
        "center",
        "figcaption",
        "address",
        "details",
        "summary",
    ]
)
_SPLIT_ON_BR = frozenset({"div", "td", "th", "section", "article", "center", "dd", "main"})
_HAS_LETTER = re.compile(r"[^\W\d_]")
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "’", "»", ")")
SHORT_BODY = 400  # characters: below this a body is "short" and a fallback is tried
MAX_WALK_DEPTH = 150  # deeper blocks (hostile or broken nesting) are read as one text per line, flat


def _is_related(el: Element, text: str) -> bool:
    """A block that is (almost) all links: an inline list of related headlines."""
    links = [el] if el.tag == "a" else list(el.iter("a"))
    if not links:
        return False
    density = 1.0 if el.tag == "a" else link_density(el)
    if density >= 0.95 or density >= 0.8 and (len(links) >= 2 or not text.endswith(_TERMINAL)):
        return True
    lowered = text.lstrip("»>›-–• ").lower()
    return density >= 0.5 and lowered.startswith(
        ("xem thêm", "đọc thêm", "tin liên quan", "đọc tiếp", "xem:")
    )


def _lines(el: Element) -> list[str]:
    """The element's text split at ``<br>``."""
    parts: list[str] = []

    def visit(node: Element) -> None:
        if node.tag == "br":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(el)
    return [" ".join(line.split()) for line in "".join(parts).split("\n")]


class _Walker:
    def __init__(self, node: Element) -> None:
        # the elements that hold a block somewhere below them: computed once, not per child
        self.holders: set[Element] = set()
        for block in node.iter(*_BLOCKS):
            if block is node:
                continue
            for ancestor in block.iterancestors():
                if ancestor in self.holders or ancestor is node:
                    break
                self.holders.add(ancestor)

    def walk(self, node: Element, depth: int = 0) -> list[str]:
        """The paragraphs of ``node``: inline runs split at ``<br>`` and blocks, in document order."""
        if depth > MAX_WALK_DEPTH:  # no recursion to death on 100k nested divs
            return _flat_lines(node)
        out: list[str] = []
        inline: list[str] = [node.text] if node.text else []
        for child in node:
            if isinstance(child.tag, str):
                self._visit(child, depth, out, inline)
            if child.tail:
                inline.append(child.tail)
        _flush(inline, out)
        return out

    def _visit(self, child: Element, depth: int, out: list[str], inline: list[str]) -> None:
        """One child element: a line break ends the inline run, an inline element adds to it, a
        block holding blocks is walked, a leaf block is one paragraph (or one per line)."""
        if child.tag == "br":
            _flush(inline, out)
        elif child.tag not in _BLOCKS and child not in self.holders:
            _add_inline(child, inline)
        else:
            _flush(inline, out)
            out.extend(self.walk(child, depth + 1) if child in self.holders else _leaf_block(child))


def _flat_lines(node: Element) -> list[str]:
    """The text of ``node`` one line each, without structure (for nesting too deep to walk)."""
    lines = (" ".join(line.split()) for line in "\n".join(node.itertext()).split("\n"))
    return [line for line in lines if line and _HAS_LETTER.search(line)]


def _flush(inline: list[str], out: list[str]) -> None:
    """End the inline run: its text is a paragraph when it has a letter."""
    text = " ".join("".join(inline).split())
    inline.clear()
    if text and _HAS_LETTER.search(text):
        out.append(text)


def _add_inline(child: Element, inline: list[str]) -> None:
    """An inline element's text joins the run, unless it is a long link to another article."""
    text = child.text_content()
    if not (child.tag == "a" and len(text.strip()) > 30 and _is_related(child, text.strip())):
        inline.append(text)


def _leaf_block(child: Element) -> list[str]:
    """A block without blocks inside: its text, split at ``<br>`` for div-like blocks; nothing for a
    related-links list or a teaser heading."""
    text = text_of(child)
    if not text or not _HAS_LETTER.search(text) or _is_related(child, text) or is_teaser_heading(text):
        return []
    if child.tag in _SPLIT_ON_BR and child.find(".//br") is not None:
        return [t for t in _lines(child) if t and _HAS_LETTER.search(t)]
    return [text]


def walk(node: Element) -> list[str]:
    """Paragraph texts of ``node`` in document order."""
    return _Walker(node).walk(node)


def _prose_blocks(root: Element) -> dict[Element, int]:
    """Unlinked characters of each text block (``<p>``, or a ``<div>`` holding only text) of 40+ characters."""
    found: dict[Element, int] = {}
    for block in root.iter("p", "div"):
        if block.tag == "div" and any(
            isinstance(c.tag, str) and c.tag in _BLOCKS for c in block.iterdescendants()
        ):
            continue
        text = text_of(block)
        if len(text) < 40:
            continue
        linked = sum(len(text_of(a)) for a in block.iter("a"))
        if linked * 2 <= len(text):
            found[block] = len(text) - linked
    return found


GROW_MIN_GAIN = 0.25  # an ancestor with this much more prose (and few links) is the body instead
GROW_MAX_LINK_DENSITY = 0.3
GROW_MAX_LEVELS = 6


def densest(root: Element) -> Element | None:
    """The element whose direct text blocks hold the most unlinked text, grown to an ancestor when the
    body is split over several containers (its prose lies on both sides): the likely article body."""
    blocks = _prose_blocks(root)
    scores: dict[Element, int] = {}
    for block, size in blocks.items():
        parent = block.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + size
    if not scores:
        return None
    best = max(scores.items(), key=lambda item: item[1])[0]
    inside = sum(size for block, size in blocks.items() if best in block.iterancestors())
    for level, ancestor in enumerate(best.iterancestors()):
        if ancestor.tag in {"body", "html"} or level >= GROW_MAX_LEVELS:
            break
        total = sum(size for block, size in blocks.items() if ancestor in block.iterancestors())
        if total < inside * (1 + GROW_MIN_GAIN):
            continue  # a wrapper (figure, a styling div): look one level further up
        if link_density(ancestor) > GROW_MAX_LINK_DENSITY:
            break
        best, inside = ancestor, total
    return best


def _paragraphs(body: Any) -> list[str]:
    out: list[str] = []
    for el in body.iter("p", "head", "item", "quote", "cell"):
        parent = el.getparent()
        if el.tag in {"p", "head"} and parent is not None and parent.tag in {"item", "cell", "quote"}:
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and _HAS_LETTER.search(text):
            out.append(text)
    return out


def with_trafilatura(root: Element, url: str | None, *, precision: bool, fast: bool = False) -> list[str]:
    """Paragraphs of trafilatura's main-text tree for ``root`` (not modified: trafilatura copies it);
    ``fast``: its main algorithm only, without its second-opinion extractors."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            root,
            url=url,
            fast=fast,
            favor_precision=precision,
            include_comments=False,
            include_images=False,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception as err:  # noqa: BLE001 - trafilatura raises many kinds; we log and fall back
        log.warning("trafilatura failed on %s: %s", url or "<page>", err)
        return []
    body = getattr(doc, "body", None)
    return _paragraphs(body) if body is not None else []


def copy_of(root: Element) -> Element:
    return deepcopy(root)
