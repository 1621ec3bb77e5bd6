"""The parsed page: one lxml tree per page, CSS selectors compiled once to XPath, text helpers.

The page is parsed once (lxml's HTML parser, comments and processing instructions dropped at parse
time); every later stage reads or prunes that tree.  Profile selectors are CSS (``data/sites/*.json``)
and are translated by cssselect to XPath, compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from cssselect import HTMLTranslator, SelectorError
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lhtml  # type: ignore[import-untyped]
from lxml.html import HtmlElement as Element  # type: ignore[import-untyped]

from ..errors import ExtractionError

_PARSER = lhtml.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, default_doctype=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TRANSLATOR = HTMLTranslator()
# libxml2 stops nesting elements a few hundred levels down and drops what lies deeper; a page that
# opens the same tag 64+ times in a row (hostile or broken) gets the run collapsed to one before parsing.
_NESTING_RUN = re.compile(r"(<([a-zA-Z][\w-]*)\b[^<>]*>\s*)(?:<\2\b[^<>]*>\s*){63,}")


def parse(markup: str) -> Element:
    """The page's root ``<html>`` element; ExtractionError when nothing parses."""
    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    markup = _NESTING_RUN.sub(r"\1", markup)
    if not markup.strip():
        raise ExtractionError("cannot parse HTML: the page is empty")
    try:
        root = lhtml.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise ExtractionError(f"cannot parse HTML: {err}") from err
    if root is None:
        raise ExtractionError("cannot parse HTML: no document")
    return root


@lru_cache(maxsize=2048)
def compiled(selector: str) -> etree.XPath | None:
    """The XPath of one CSS selector, or None when the selector is not valid CSS."""
    try:
        return etree.XPath(_TRANSLATOR.css_to_xpath(selector))
    except (SelectorError, etree.XPathError, ValueError, NotImplementedError):
        return None


@lru_cache(maxsize=256)
def compiled_union(selectors: tuple[str, ...]) -> etree.XPath | None:
    """One XPath for all ``selectors`` (results in document order)."""
    parts = []
    for selector in selectors:
        if compiled(selector) is not None:
            parts.append(_TRANSLATOR.css_to_xpath(selector))
    return etree.XPath(" | ".join(parts)) if parts else None


def select_all(root: Element, selectors: tuple[str, ...]) -> list[Element]:
    xpath = compiled_union(tuple(selectors))
    return [el for el in xpath(root) if isinstance(el.tag, str)] if xpath is not None else []


def select_first(root: Element, selectors: Iterable[str]) -> Element | None:
    """The first element of the first selector that finds one with text."""
    for selector in selectors:
        xpath = compiled(selector)
        if xpath is None:
            continue
        for el in xpath(root):
            if isinstance(el.tag, str) and text_of(el):
                return el
    return None


def text_of(el: Element) -> str:
    """The element's text, whitespace folded."""
    return " ".join(el.text_content().split())


def descendants_texts(el: Element) -> Iterator[str]:
    yield from el.itertext()


def attached(el: Element, root: Element) -> bool:
    """True while ``el`` is still in the tree of ``root`` (not dropped with an ancestor)."""
    node: Element | None = el
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


def drop(el: Element) -> None:
    """Remove ``el`` and its subtree, keeping the text that follows it."""
    if el.getparent() is not None:
        el.drop_tree()


def classes_and_id(el: Element) -> list[str]:
    names = (el.get("class") or "").split()
    ident = el.get("id")
    if ident:
        names.append(ident)
    return names
