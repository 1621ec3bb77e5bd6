"""Is the page an article at all?  Category, home, tag, search, video and gallery pages are not.

Read from the page's structure before pruning: how many teaser links (headline-like link texts) it
holds, the longest run of prose paragraphs under one parent (an article body; a listing only has one
teaser description per item), whether the page declares an article (``og:type``, a JSON-LD article, an
article publication date).  ``Structure.verdict`` gives the reason a page is not an article, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..lexicon import load_json
from .tree import Element, text_of

_RULES = load_json("listing.json")
TEASER_MIN_CHARS = int(_RULES["teaser_min_chars"])
TEASER_MIN_WORDS = int(_RULES["teaser_min_words"])
PROSE_MIN_CHARS = int(_RULES["prose_paragraph_min_chars"])
MANY_TEASERS = int(_RULES["many_teasers"])
ARTICLE_PROSE = int(_RULES["article_prose_chars"])
NOT_ARTICLE_OG_TYPES = frozenset(_RULES["not_article_og_types"])
ARTICLE_DATE_KEYS = tuple(_RULES["article_date_meta_keys"])
ARTICLE_SLUG_WORDS = int(_RULES["article_slug_min_words"])
LINKED_BODY_SHARE = float(_RULES["linked_body_share"])
_LONG_NUMBER = re.compile(rf"\d{{{int(_RULES['article_id_min_digits'])},}}")
_EXTENSION = re.compile(r"\.(?:html?|shtml|aspx?|php|chn|tpo|epi|vn|xinh)$", re.IGNORECASE)


def url_kind(url: str | None) -> str | None:
    """ "section" for a home or section address ("/", "/kinh-doanh", "/thoi-su.htm"), "article" for an
    article's (a long slug or a long number), None when there is no address."""
    if not url or "://" not in url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    segments = [s for s in path.split("/") if s]
    if not segments:
        return "section"
    last = _EXTENSION.sub("", segments[-1])
    words = [w for w in re.split(r"[-_.]+", last) if w]
    if len(words) >= ARTICLE_SLUG_WORDS or any(_LONG_NUMBER.search(s) for s in segments):
        return "article"
    return "section"


@dataclass(frozen=True)
class Structure:
    teasers: int  # distinct headline-like link texts on the page
    prose: int  # characters of the longest run of prose paragraphs under one parent
    og_type: str | None
    declared_article: bool  # a JSON-LD article or an article publication date in the meta tags
    title_is_link: bool  # the page's heading is a link (a logo or a section name), or it has none
    address: str | None  # url_kind of the page's address
    link_texts: frozenset[str]  # the page's link texts (of 10+ characters), whitespace removed

    def linked_share(self, body: list[str]) -> float:
        """Share of the body's characters that are link texts of the page (teaser headlines)."""
        total = linked = 0
        for para in body:
            squashed = "".join(para.split())
            total += len(squashed)
            linked += min(len(squashed), sum(len(t) for t in self.link_texts if t in squashed))
        return linked / total if total else 0.0

    def verdict(self, body: list[str], sapo: str | None) -> str | None:
        """Why this page is not an article (a listing / index page), or None for an article."""
        text = sum(map(len, body)) + len(sapo or "")
        if text == 0 and not self.declared_article:
            return "not an article: no article body on the page"
        if self.declared_article:
            return None
        if self.teasers < MANY_TEASERS or self.prose >= ARTICLE_PROSE:
            return None
        og = (self.og_type or "").lower()
        signals = [f"{self.teasers} teaser links against {self.prose} characters of article prose"]
        if self.address == "section":
            signals.append("a home or section address")
        if og in NOT_ARTICLE_OG_TYPES:
            signals.append(f"og:type {og}")
        if self.title_is_link:
            signals.append("its heading is a link")
        if self.linked_share(body) >= LINKED_BODY_SHARE:
            signals.append("its text is mostly link texts")
        signals.append("no article date or article markup")
        enough = len(signals) >= (4 if self.address == "article" else 3)
        return "not an article: a listing page (" + "; ".join(signals) + ")" if enough else None


def read(
    root: Element, metas: dict[str, str], ld: dict[str, Any], title: Element | None, url: str | None
) -> Structure:
    teasers: set[str] = set()
    links: set[str] = set()
    for a in root.iter("a"):
        text = text_of(a)
        if len(text) >= TEASER_MIN_CHARS and len(text.split()) >= TEASER_MIN_WORDS:
            teasers.add(text)
        if len(text) >= 10:
            links.add("".join(text.split()))
    runs: dict[Element, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        text = text_of(p)
        if parent is None or len(text) < PROSE_MIN_CHARS:
            continue
        linked = sum(len(text_of(a)) for a in p.iter("a"))
        if linked * 2 > len(text):
            continue
        runs[parent] = runs.get(parent, 0) + len(text)
    ld_article = bool(ld) and ("headline" in ld or bool(ld.get("datePublished")))
    declared = ld_article or any(metas.get(k) for k in ARTICLE_DATE_KEYS)
    return Structure(
        teasers=len(teasers),
        prose=max(runs.values(), default=0),
        og_type=metas.get("og:type"),
        declared_article=declared,
        title_is_link=title is None or title.tag == "a" or title.find(".//a") is not None,
        address=url_kind(url),
        link_texts=frozenset(links),
    )
