"""The Vietnamese layer before extraction: remove site furniture from the parsed page.

Order: HTML comments and non-content tags; the profile's boxes; elements whose class or id names a
related / comment / share / tag / ad box; boxes opened by a teaser heading ("Tin khác", "Có thể bạn quan
tâm", "Đọc tiếp", ...).  Nothing that holds the title, sapo or body (the *protected* nodes) is removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from bs4 import BeautifulSoup, Comment, NavigableString, ProcessingInstruction, Tag
from soupsieve import SelectorSyntaxError

from ..boilerplate import rules
from ..textnorm import key
from .profiles import SiteProfile

_HEADING_TRIM = " \t:.>»›…-–—|/"


class Protected:
    """The title, sapo and body nodes and all their ancestors: never removed by pruning."""

    def __init__(self, nodes: Iterable[Tag | None]) -> None:
        self.nodes = [n for n in nodes if n is not None]
        self._ids: set[int] = set()
        for node in self.nodes:
            self._ids.add(id(node))
            self._ids.update(id(p) for p in node.parents)

    def holds(self, el: Tag) -> bool:
        return id(el) in self._ids


def gone(el: object) -> bool:
    """True when ``el`` was decomposed.  Not ``el.decomposed``: in bs4 4.13+ that property reads
    ``self._decomposed`` through ``Tag.__getattr__``, which searches the whole subtree for a
    ``<_decomposed>`` tag on every live element, quadratic on deeply nested pages (100k divs: hours)."""
    state = getattr(el, "__dict__", None)
    return True if state is None else bool(state.get("_decomposed", False))


def select_all(root: Tag, selectors: Iterable[str]) -> list[Tag]:
    found: list[Tag] = []
    for selector in selectors:
        try:
            found.extend(root.select(selector))
        except (SelectorSyntaxError, ValueError, NotImplementedError):
            continue
    return found


def select_first(root: Tag, selectors: Iterable[str]) -> Tag | None:
    for selector in selectors:
        try:
            el = root.select_one(selector)
        except (SelectorSyntaxError, ValueError, NotImplementedError):
            continue
        if el is not None and el.get_text(strip=True):
            return el
    return None


def text_of(el: Tag | NavigableString) -> str:
    return " ".join(el.get_text(" ").split()) if isinstance(el, Tag) else " ".join(str(el).split())


def is_teaser_heading(text: str) -> bool:
    text = key(text).strip(_HEADING_TRIM)
    return bool(text) and len(text) < 40 and text in rules().teaser_headings


def link_density(el: Tag) -> float:
    total = len(text_of(el))
    if not total:
        return 0.0
    linked = sum(len(text_of(a)) for a in el.find_all("a"))
    return min(1.0, linked / total)


def _remove(el: Tag, protected: Protected) -> bool:
    if protected.holds(el) or el.name in {"html", "body", "[document]"}:
        return False
    el.decompose()
    return True


def drop_markup(soup: BeautifulSoup) -> None:
    """HTML comments and processing instructions (conditional comments included)."""
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, ProcessingInstruction))):
        node.extract()


def drop_selected(soup: BeautifulSoup, profile: SiteProfile, protected: Protected) -> None:
    for el in select_all(soup, profile.drop):
        if not gone(el):
            _remove(el, protected)


def drop_by_class(soup: BeautifulSoup, profile: SiteProfile, protected: Protected) -> None:
    pattern = profile.drop_class
    if pattern is None:
        return
    for el in soup.find_all(True):
        if gone(el) or el.attrs is None:
            continue
        names = list(el.get("class") or [])
        if el.get("id"):
            names.append(str(el.get("id")))
        if names and any(pattern.search(n) for n in names):
            _remove(el, protected)


def _is_linky(el: Tag | NavigableString) -> bool:
    if isinstance(el, NavigableString):
        return not str(el).strip()
    text = text_of(el)
    return not text or link_density(el) >= 0.5 or el.name in {"ul", "ol"} and link_density(el) >= 0.3


def drop_teaser_boxes(soup: BeautifulSoup, protected: Protected) -> None:
    """Remove each box whose heading is a teaser title; inside the body, only the heading and its links."""
    for string in list(soup.find_all(string=True)):
        parent = getattr(string, "parent", None)  # strings of removed boxes have lost their attributes
        if parent is None or gone(parent) or not is_teaser_heading(str(string)):
            continue
        heading: Tag = parent
        label = text_of(heading)
        if not is_teaser_heading(label):
            continue  # "Xem thêm" inside a longer sentence
        while heading.parent is not None and heading.parent.name not in {"body", "html", "[document]"}:
            if text_of(heading.parent) != label:
                break
            heading = heading.parent
        box = heading.parent
        # a teaser box opens with its heading; a heading in the middle of a container is not its box
        if (
            box is not None
            and not protected.holds(box)
            and box.name not in {"body", "html", "[document]"}
            and key(text_of(box)).startswith(key(label))
        ):
            box.decompose()
            continue
        if protected.holds(heading):
            continue
        siblings = list(heading.next_siblings)
        heading.decompose()
        for sib in siblings:
            if not isinstance(sib, (Tag, NavigableString)):
                continue
            if isinstance(sib, Tag) and protected.holds(sib):
                break
            if not _is_linky(sib):
                break
            sib.extract()


def prune(soup: BeautifulSoup, profile: SiteProfile, protected: Protected) -> None:
    """Remove comments, the profile's boxes and boxes named by class; teaser boxes are removed first
    (``drop_markup`` + ``drop_teaser_boxes``) by the caller, before it looks for the densest block."""
    drop_selected(soup, profile, protected)
    drop_by_class(soup, profile, protected)
