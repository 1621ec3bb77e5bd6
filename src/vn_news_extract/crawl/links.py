"""Article links of a section or home page: menus, tag and topic pages, pagination and media left out.

A link is an article link when it sits outside the page's chrome (``nav`` / ``header`` / ``footer``
elements, or elements whose class or id names a menu, breadcrumb, tag list or share bar) and its path
has the shape of a news article address (a long slug ending in a numeric id, a dated slug: the
patterns in ``data/crawl.json``) and none of a tag, topic, media or pagination page.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html  # type: ignore[import-untyped]
from lxml import etree  # type: ignore[import-untyped]

from .rules import rules
from .urls import canonical


def looks_like_article(url: str) -> bool:
    """True when the URL's path has the shape of an article address (``data/crawl.json``)."""
    path = urlsplit(url).path
    r = rules()
    if any(p.search(path) for p in r.not_article_paths):
        return False
    return any(p.search(path) for p in r.article_paths)


def _in_chrome(element: etree._Element) -> bool:
    r = rules()
    node: etree._Element | None = element
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() in r.chrome_tags:
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
        if names and r.chrome_class.search(names):
            return True
        node = node.getparent()
    return False


def page_links(html: str | bytes, base_url: str) -> Iterator[str]:
    """Every distinct http(s) link of the page, absolute and without fragment, in page order."""
    for _url, _anchor in _anchors(html, base_url):
        yield _url


def _anchors(html: str | bytes, base_url: str) -> Iterator[tuple[str, etree._Element]]:
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return
    base = base_url
    for el in tree.iter("base"):
        if el.get("href"):
            base = canonical(el.get("href") or "", base_url) or base_url
            break
    for a in tree.iter("a"):
        href = a.get("href")
        if not href:
            continue
        url = canonical(href, base)
        if url:
            yield url, a


def article_links(html: str | bytes, base_url: str) -> list[str]:
    """Canonical URLs of the article links on a section page, first occurrence order, the page
    itself excluded."""
    own = canonical(base_url)
    found: dict[str, None] = {}
    for url, anchor in _anchors(html, base_url):
        if url == own or url in found:
            continue
        if _in_chrome(anchor) or not looks_like_article(url):
            continue
        found[url] = None
    return list(found)
