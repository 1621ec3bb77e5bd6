"""Body paragraphs: from a profile's body node (our walker) or from trafilatura on the pruned page.

The walker emits one paragraph per leaf block (``p``, headings, ``li``, a ``div`` holding text) and drops
inline related-link lists by link density.  Unknown sites go through trafilatura (``favor_precision``);
when its body comes back short, the walker runs on the densest container of the page instead.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from .prune import is_teaser_heading, link_density, text_of

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


def _has_block(el: Tag) -> bool:
    return any(isinstance(d, Tag) and d.name in _BLOCKS for d in el.descendants)


def _is_related(el: Tag, text: str) -> bool:
    """A block that is (almost) all links: an inline list of related headlines."""
    links = el.find_all("a") if el.name != "a" else [el]
    if not links:
        return False
    density = 1.0 if el.name == "a" else link_density(el)
    if density >= 0.95 or density >= 0.8 and (len(links) >= 2 or not text.endswith(_TERMINAL)):
        return True
    lowered = text.lstrip("»>›-–• ").lower()
    return density >= 0.5 and lowered.startswith(
        ("xem thêm", "đọc thêm", "tin liên quan", "đọc tiếp", "xem:")
    )


def _leaf_texts(el: Tag) -> list[str]:
    if el.name in _SPLIT_ON_BR:
        for br in el.find_all("br"):
            br.replace_with("\n")
        return [" ".join(line.split()) for line in el.get_text(" ").split("\n")]
    return [text_of(el)]


MAX_WALK_DEPTH = 150  # deeper blocks (hostile or broken nesting) are read as one text per line, flat


def walk(node: Tag, depth: int = 0) -> list[str]:
    """Paragraph texts of ``node`` in document order."""
    if depth > MAX_WALK_DEPTH:  # no recursion to death on 100k nested divs
        lines = (" ".join(line.split()) for line in node.get_text("\n").split("\n"))
        return [line for line in lines if line and _HAS_LETTER.search(line)]
    out: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(inline).split())
        inline.clear()
        if text and _HAS_LETTER.search(text):
            out.append(text)

    for child in list(node.children):
        if isinstance(child, NavigableString):
            if type(child).__name__ in {"Comment", "Doctype", "Declaration", "ProcessingInstruction"}:
                continue
            inline.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            flush()
            continue
        if child.name not in _BLOCKS and not _has_block(child):
            if child.name == "a" and _is_related(child, text_of(child)) and len(text_of(child)) > 30:
                continue
            inline.append(child.get_text(" "))
            continue
        flush()
        if _has_block(child):
            out.extend(walk(child, depth + 1))
            continue
        text = text_of(child)
        if not text or not _HAS_LETTER.search(text) or _is_related(child, text):
            continue
        if is_teaser_heading(text):
            continue
        out.extend(t for t in _leaf_texts(child) if t and _HAS_LETTER.search(t))
    flush()
    return out


def densest(soup: BeautifulSoup) -> Tag | None:
    """The element whose direct ``<p>`` children hold the most text: the likely article body."""
    scores: dict[int, tuple[int, Tag]] = {}
    for p in soup.find_all("p"):
        parent = p.parent
        if not isinstance(parent, Tag):
            continue
        size = len(text_of(p))
        if size < 40:
            continue
        old = scores.get(id(parent), (0, parent))
        scores[id(parent)] = (old[0] + size, parent)
    if not scores:
        return None
    return max(scores.values(), key=lambda item: item[0])[1]


def with_trafilatura(markup: str, url: str | None) -> list[str]:
    """Paragraphs of trafilatura's main-text tree for the (already pruned) page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            favor_precision=True,
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
    if body is None:
        return []
    out: list[str] = []
    for el in body.iter("p", "head", "item", "quote", "cell"):
        if (
            el.tag in {"p", "head"}
            and el.getparent() is not None
            and el.getparent().tag in {"item", "cell", "quote"}
        ):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and _HAS_LETTER.search(text):
            out.append(text)
    return out
