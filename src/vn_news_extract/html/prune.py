"""The Vietnamese layer before extraction: remove site furniture from the parsed page.

Order: non-content tags and the profile's boxes (one compiled XPath); elements whose class or id names a
related / comment / share / tag / ad box; boxes opened by a teaser heading ("Tin khác", "Có thể bạn quan
tâm", "Đọc tiếp", ...).  Nothing that holds the title, sapo or body (the *protected* nodes) is removed.
HTML comments are gone at parse time (``tree.parse``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..boilerplate import rules
from ..textnorm import key
from .profiles import SiteProfile
from .tree import Element, classes_and_id, drop, select_all, text_of

_HEADING_TRIM = " \t:.>»›…-–—|/"
_NEVER = frozenset({"html", "body"})
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "u", "font", "small", "mark", "abbr", "cite"})


class Protected:
    """The title, sapo and body nodes and all their ancestors: never removed by pruning."""

    def __init__(self, nodes: Iterable[Element | None]) -> None:
        self.nodes = [n for n in nodes if n is not None]
        self._held: set[Element] = set()
        for node in self.nodes:
            self._held.add(node)
            self._held.update(node.iterancestors())

    def holds(self, el: Element) -> bool:
        return el in self._held

    def inside(self, el: Element) -> bool:
        """True when ``el`` is one of the protected nodes or inside one."""
        return any(node is el or node in el.iterancestors() for node in self.nodes)


def is_teaser_heading(text: str) -> bool:
    if len(text) > 60:
        return False
    first = text.strip(_HEADING_TRIM).split(maxsplit=1)
    if not first or first[0].lower() not in _first_words():
        return False  # cheap test first: most short texts of a page open with another word
    text = key(text).strip(_HEADING_TRIM)
    return bool(text) and len(text) < 40 and text in rules().teaser_headings


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    words = set()
    for heading in rules().teaser_headings:
        first = heading.split()[0]
        words.update({first, unicodedata.normalize("NFD", first), unicodedata.normalize("NFC", first)})
    return frozenset(words)


def link_density(el: Element) -> float:
    total = len(text_of(el))
    if not total:
        return 0.0
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return min(1.0, linked / total)


def _remove(el: Element, protected: Protected) -> bool:
    if protected.holds(el) or el.tag in _NEVER:
        return False
    drop(el)
    return True


def drop_selected(root: Element, profile: SiteProfile, protected: Protected) -> None:
    for el in select_all(root, profile.drop):
        _remove(el, protected)


def drop_by_class(root: Element, profile: SiteProfile, protected: Protected) -> None:
    pattern = profile.drop_class
    if pattern is None:
        return
    seen: dict[str, bool] = {}  # class names repeat on a page: each is matched once
    for el in root.xpath("//*[@class or @id]"):
        hit = False
        for name in classes_and_id(el):
            if name not in seen:
                seen[name] = pattern.search(name) is not None
            hit = hit or seen[name]
        if hit and not _in_running_text(el):
            _remove(el, protected)


def _in_running_text(el: Element) -> bool:
    """An inline element inside a sentence ("... của <a class='cms-relate'>bóng đá</a>, sau ..."): a
    link woven into the text, not a box."""
    if el.tag not in _INLINE:
        return False
    if (el.tail or "").strip():
        return True
    parent = el.getparent()
    if parent is None:
        return False
    return bool((parent.text or "").strip()) or any((s.tail or "").strip() for s in parent if s is not el)


def _is_linky(el: Element) -> bool:
    text = text_of(el)
    return not text or link_density(el) >= 0.5 or el.tag in {"ul", "ol"} and link_density(el) >= 0.3


def _headings(root: Element) -> list[Element]:
    """Elements whose own first text is a teaser heading ("Tin liên quan", "Xem thêm:")."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        own = el.text
        if own and 2 < len(own.strip()) <= 60 and is_teaser_heading(own):
            found.append(el)
    return found


def drop_teaser_boxes(root: Element, protected: Protected) -> None:
    """Remove each box whose heading is a teaser title; inside the body, only the heading and its links."""
    for heading in _headings(root):
        if heading.getparent() is None or not _in_tree(heading, root):
            continue
        label = text_of(heading)
        if not is_teaser_heading(label):
            continue  # "Xem thêm" opening a longer sentence
        parent = heading.getparent()
        while parent is not None and parent.tag not in _NEVER and text_of(parent) == label:
            heading, parent = parent, parent.getparent()
        box = parent
        # a teaser box opens with its heading; a heading in the middle of a container is not its box
        if (
            box is not None
            and not protected.holds(box)
            and box.tag not in _NEVER
            and key(text_of(box)).startswith(key(label))
        ):
            drop(box)
            continue
        if protected.holds(heading):
            continue
        following = list(heading.itersiblings())
        tail = (heading.tail or "").strip()
        drop(heading)
        if tail and len(tail) > 3:
            continue  # the heading's line goes on with text of its own
        for sib in following:
            if not isinstance(sib.tag, str):
                continue
            if protected.holds(sib) or not _is_linky(sib):
                break
            drop(sib)


def _in_tree(el: Element, root: Element) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is root:
            return True
    return el is root


def prune(root: Element, profile: SiteProfile, protected: Protected) -> None:
    """Remove non-content tags, the profile's boxes and boxes named by class; teaser boxes are removed
    first (``drop_teaser_boxes``) by the caller, before it looks for the densest block."""
    drop_selected(root, profile, protected)
    drop_by_class(root, profile, protected)
