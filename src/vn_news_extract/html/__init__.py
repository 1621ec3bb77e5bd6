"""HTML page -> Article: the article alone, with its metadata, and captions kept apart from the body.

Stages (one module each): decode (``..decode``), parse once (``tree``), choose the site profile
(``profiles``), find title / sapo / body nodes, read the page's structure (``listing``: is it an article
at all?), take trafilatura's own extraction of the page as served (the yardstick), prune the page
(``prune``), collect and remove captions, take body paragraphs (``body``: profile walker, else
trafilatura, else the densest container; trafilatura's text when the Vietnamese layer keeps much less
of it), then metadata (``meta``) and the Vietnamese clean-up of the paragraph list (dateline prefixes,
credits, source lines, bylines, site footers).
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..boilerplate import rules
from ..decode import decode_bytes
from ..errors import ExtractionError
from ..textnorm import key, visible
from ..types import Article, RawDocument
from . import listing, meta
from .body import SHORT_BODY, densest, walk, with_trafilatura
from .captions import find_captions
from .profiles import SiteProfile, host_of, profile_for
from .prune import Protected, drop_teaser_boxes, is_teaser_heading, prune
from .tree import Element, attached, drop, parse, select_all, select_first, text_of

__all__ = ["SiteProfile", "article_from_html", "article_from_markup", "profile_for"]

log = logging.getLogger(__name__)
# Element cap: real news pages have 2,000-8,000 elements; a bigger page is refused at once.
MAX_ELEMENTS = 50_000
# The Vietnamese layer's body must keep at least this share of the words of trafilatura's own text of
# the page (less what the layer recognised as site furniture); below it, trafilatura's text is used.
MIN_SHARE_OF_TRAFILATURA = 0.9
_START_TAG = re.compile(r"<[A-Za-z]")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_WORD = re.compile(r"\w+")


def article_from_html(raw: RawDocument) -> Article:
    """Decode ``raw`` and extract its article; raises ``DecodeError`` / ``ExtractionError``."""
    text = decode_bytes(raw.content, raw.charset, raw.content_type)
    return article_from_markup(text, url=raw.url)


def _join(base: str | None, href: str) -> str | None:
    try:
        return urljoin(base or "", href)
    except ValueError:  # a malformed URL in the page ("http://[::1")
        return None


def _nfc(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(visible(unicodedata.normalize("NFC", text)).split())
    return text or None


class _Page:
    """One page being read: tree, profile and metadata sources."""

    def __init__(self, markup: str, url: str | None) -> None:
        elements = len(_START_TAG.findall(markup))
        if elements > MAX_ELEMENTS:
            raise ExtractionError(f"page has {elements} elements, over the limit of {MAX_ELEMENTS}")
        self.root = parse(markup)
        self.metas = meta.meta_tags(self.root)
        self.ld = meta.article_jsonld(meta.jsonld_objects(self.root))
        canonical = next(
            (el.get("href") for el in self.root.iter("link") if "canonical" in (el.get("rel") or "").lower()),
            None,
        )
        candidates = [
            canonical,
            self.metas.get("og:url"),
            self.ld.get("url") if isinstance(self.ld.get("url"), str) else None,
        ]
        joined = (_join(url, str(c)) for c in candidates if c and str(c).strip())
        self.canonical = next((j for j in joined if j), None)
        if self.canonical and not self.canonical.startswith(("http://", "https://")):
            self.canonical = None
        self.url = url
        self.profile = profile_for(self.canonical, url, self.metas.get("og:url"))

    def site(self) -> str | None:
        publisher = meta.names_in(self.ld.get("publisher"))
        for name in (self.profile.name, self.metas.get("og:site_name"), *publisher):
            if name and name.strip():
                return _nfc(name)
        return host_of(self.canonical or self.url)

    def site_names(self) -> set[str]:
        names = set(self.profile.site_names)
        names.update(n for n in (self.profile.name, self.metas.get("og:site_name")) if n)
        names.update(meta.names_in(self.ld.get("publisher")))
        host = host_of(self.canonical or self.url)
        if host:
            names.update({host, host.split(".")[0]})
        return names


def _document_title(page: _Page) -> str | None:
    for value in (page.ld.get("headline"), page.metas.get("og:title"), page.metas.get("twitter:title")):
        if isinstance(value, str) and value.strip():
            return html.unescape(value)
    title = page.root.find(".//title")
    return text_of(title) if title is not None and text_of(title) else None


def _title_node(page: _Page) -> Element | None:
    """The headline element: the first the profile's title selectors find whose text opens the
    document's title (JSON-LD headline, og:title, <title>); with no document title, the first found."""
    wanted = _document_title(page)
    if not wanted:
        return select_first(page.root, page.profile.title)
    wanted_key = key(wanted)
    found = [el for selector in page.profile.title for el in select_all(page.root, (selector,))]
    texts = [key(text_of(el)) for el in found]
    for el, text in zip(found, texts, strict=True):
        if len(text) >= 8 and (wanted_key.startswith(text) or text.startswith(wanted_key)):
            return el
    for el, text in zip(found, texts, strict=True):
        if len(text) >= 15 and text in wanted_key:  # "Site - Headline": the headline inside
            return el
    return None


def _title(page: _Page, node: Element | None) -> str | None:
    if node is not None:
        return _nfc(text_of(node))
    for value in (page.ld.get("headline"), page.metas.get("og:title"), page.metas.get("twitter:title")):
        if isinstance(value, str) and value.strip():
            return _nfc(_TITLE_SUFFIX.sub("", html.unescape(value)))
    title = page.root.find(".//title")
    if title is not None and text_of(title):
        return _nfc(_TITLE_SUFFIX.sub("", text_of(title)))
    return None


def _visible_dates(page: _Page) -> list[str]:
    """Dates from the profile's date elements, read before pruning (headers may be pruned)."""
    found: list[str] = []
    for selector in page.profile.date[:8]:
        for el in select_all(page.root, (selector,)):
            value = el.get("datetime") or el.get("content") or el.get("title")
            parsed = meta.parse_iso_date(str(value)) if value else None
            parsed = parsed or meta.parse_visible_date(text_of(el))
            if parsed:
                found.append(parsed)
                break
        if len(found) >= 3:
            break
    return found


NEAR_TITLE_LEVELS = 2  # containers above the headline searched for its date line
NEAR_TITLE_WINDOW = 30  # ... within this many elements before or after the headline
_HAS_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}")


def _date_near_title(title: Element | None) -> str | None:
    """The date printed by the headline (just before or after it, in its container): on old layouts
    the only publication date, and the one readers see."""
    if title is None:
        return None
    container = title
    for _ in range(NEAR_TITLE_LEVELS):
        parent = container.getparent()
        if parent is None or parent.tag in {"body", "html"}:
            break
        container = parent
    elements = [el for el in container.iter() if isinstance(el.tag, str)]
    at = next((i for i, el in enumerate(elements) if el is title), 0)
    best: tuple[int, str] | None = None
    for i in range(max(0, at - NEAR_TITLE_WINDOW), min(len(elements), at + NEAR_TITLE_WINDOW)):
        el = elements[i]
        if el is title or title in el.iterancestors():
            continue
        own = " ".join(t for t in (el.text, *(c.tail for c in el)) if t)
        if not own or not _HAS_DATE.search(own):
            continue
        parsed = meta.parse_visible_date(" ".join(own.split()))
        if parsed and (best is None or abs(i - at) < best[0]):
            best = (abs(i - at), parsed)
    return best[1] if best else None


def _date(page: _Page, visible: list[str], markup: str) -> str | None:
    found: list[str] = [d for d in visible[:1] if d]  # the headline's own date line first
    ld_date = page.ld.get("datePublished") or page.ld.get("dateCreated")
    if isinstance(ld_date, str):
        found.append(meta.parse_iso_date(ld_date) or "")
    for name in meta.META_DATE_KEYS:
        if name in page.metas:
            found.append(meta.parse_iso_date(page.metas[name]) or "")
    found = [f for f in found + visible if f]
    if found:
        day = found[0][:10]
        # the first source that gives a time for the first source's day
        return next((f for f in found if meta.has_time(f) and f[:10] == day), found[0])
    try:
        from htmldate import find_date

        return find_date(markup, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception as err:  # noqa: BLE001 - htmldate raises many kinds; a missing date is not fatal
        log.debug("htmldate failed: %s", err)
        return None


def _authors(page: _Page, node_text: str | None, byline: str | None) -> list[str]:
    """The byline's persons: the site profile's author element, the closing byline of the body,
    JSON-LD, meta tags, then a generic author element."""
    names = page.site_names()
    generic = page.profile.key == "_generic"
    candidates: list[Any] = [None if generic else node_text, byline]
    candidates.extend(meta.names_in(page.ld.get("author")))
    candidates.extend(
        [page.metas.get("article:author"), page.metas.get("author"), page.metas.get("dc.creator")]
    )
    candidates.append(node_text if generic else None)
    for candidate in candidates:
        if isinstance(candidate, str):  # "H.V. Ảnh: Misso": the writer, then the photo credit
            candidate = rules().credited_byline(" ".join(candidate.split())) or candidate
        cleaned = meta.clean_author(candidate, names) if isinstance(candidate, str) else None
        if cleaned:
            return [a for a in (_nfc(p) for p in meta.split_authors(cleaned)) if a]
    return []


def _byline_after(block: Element | None) -> str | None:
    """A byline set just after the body block ("<p align=right>K. Miên</p>" outside the content div)."""
    if block is None:
        return None
    bp = rules()
    for holder in (block, block.getparent()):
        if holder is None:
            continue
        seen = 0
        for sib in holder.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            text = _nfc(text_of(sib))
            if not text:
                continue
            found = bp.source_person(text) or bp.prefixed_byline(text)
            found = found or (text if bp.is_byline(text) else None)
            if found:
                return found
            seen += 1
            if seen >= 2:
                break
    return None


def _tidy(paragraphs: list[str], skip: set[str]) -> tuple[list[str], list[str], str | None]:
    """Remove duplicates of title/sapo, teaser headings, credits (-> captions), site footer lines,
    trailing byline / source lines."""
    bp = rules()
    kept: list[str] = []
    captions: list[str] = []
    seen: set[str] = set()
    credited: str | None = None
    for para in paragraphs:
        para = _nfc(para) or ""
        k = key(para)
        if (
            not para
            or k in skip
            or is_teaser_heading(para)
            or bp.is_toolbar_label(para)
            or bp.is_site_line(para)
            or bp.is_teaser_line(para)
        ):
            continue
        if k in seen and len(para) < 200:
            continue
        seen.add(k)
        if bp.is_credit(para) and len(para) < 300:
            captions.append(para)
            credited = bp.credited_byline(para) or credited
            continue
        kept.append(para)
    plain: str | None = None  # a closing line of capitalised words ("Minh Châu")
    person: str | None = None  # a person named by a closing source line ("Theo Minh Nguyễn/Vcamp.vn")
    while kept:
        last = kept[-1]
        source = bp.source_person(last)
        if bp.is_source_line(last) or source:
            person = person or source
        elif plain is None and bp.is_byline(last) and len(kept) > 1:
            plain = last
        elif plain is None and bp.prefixed_byline(last) and len(kept) > 1:
            plain = bp.prefixed_byline(last)
        elif not (bp.is_credit_line(last) and len(kept) > 1):
            break
        else:
            captions.append(last)
        kept.pop()
    while len(kept) > 1 and _is_furniture_line(kept[0]):
        kept.pop(0)
    if kept:
        kept[0] = bp.strip_dateline(kept[0])
    return kept, captions, person or plain or credited


_FURNITURE_MAX = 30


def _is_furniture_line(text: str) -> bool:
    """A short line before the article's first sentence: a section name, a tool bar label."""
    return len(text) < _FURNITURE_MAX and not text.rstrip().endswith((".", "!", "?", ":", "…", '"', "”"))


def _squash(text: str) -> str:
    return "".join(text.split())


def _words(paragraphs: list[str]) -> Counter[str]:
    return Counter(w.lower() for p in paragraphs for w in _WORD.findall(p))


def _share(reference: list[str], paragraphs: list[str]) -> float:
    """Share of the reference's words (with repeats) that ``paragraphs`` hold."""
    ref = _words(reference)
    total = sum(ref.values())
    return sum((ref & _words(paragraphs)).values()) / total if total else 1.0


_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def _survivors(reference: list[str], root: Element) -> list[str]:
    """The reference paragraphs (or, where trafilatura glued blocks together, their sentences) still on
    the pruned page: what the Vietnamese layer removed (furniture, captions, title, sapo) is gone."""
    page = _squash(unicodedata.normalize("NFC", root.text_content()))
    kept: list[str] = []
    held = ""
    for para in reference:
        squashed = _squash(unicodedata.normalize("NFC", para))
        if squashed in page:
            kept.append(para)
            held += squashed
            continue
        pieces = []
        for sentence in _SENTENCE_END.split(para):
            piece = _squash(unicodedata.normalize("NFC", sentence))
            if piece in page and piece not in held:  # not a sentence the page repeats elsewhere
                pieces.append(sentence)
        if sum(map(len, pieces)) >= 40:
            kept.append(" ".join(pieces))
            held += _squash(" ".join(pieces))
    return kept


def _apart(
    paragraphs: list[str], found: list[tuple[str, bool]], skip: set[str]
) -> tuple[list[str], list[str]]:
    """Body paragraphs without the photo captions, and those captions.  Prose-length captions stay in
    the body; on a photo story (captions hold more of the text than the rest) every caption does."""
    short = [_squash(t) for t, prose in found if not prose]
    every = [_squash(t) for t, _prose in found]

    def within(squashed: str, keys: list[str]) -> bool:  # a caption, or one paragraph of a long one
        return any(squashed == k or len(squashed) >= 30 and squashed in k for k in keys)

    body: list[str] = []
    captions: list[str] = []
    in_captions = 0
    for para in paragraphs:
        squashed = _squash(unicodedata.normalize("NFC", para))
        if within(squashed, short):
            captions.append(para)
        else:
            body.append(para)
        if key(para) not in skip and within(squashed, every):
            in_captions += len(para)
    rest = sum(len(p) for p in paragraphs if key(p) not in skip) - in_captions
    if in_captions > rest:
        return paragraphs, []
    return body, captions


def _span(reference: list[str], paragraphs: list[str]) -> list[str]:
    """The reference paragraphs from the first to the last one the body holds: what lies between is
    article text the body must keep; what lies outside may be the page's other parts (comments,
    teasers that trafilatura kept)."""
    page = _squash(unicodedata.normalize("NFC", "".join(paragraphs)))
    held = [i for i, p in enumerate(reference) if _held(p, page)]
    return reference[held[0] : held[-1] + 1] if held else reference


HELD_SENTENCE = 40  # characters: a sentence this long found verbatim in the body holds its paragraph


def _held(paragraph: str, page: str) -> bool:
    """The body holds ``paragraph``: verbatim, or one of its sentences of ``HELD_SENTENCE`` characters
    or more (trafilatura glued a caption, the title or a date line to the first paragraph)."""
    if _squash(unicodedata.normalize("NFC", paragraph)) in page:
        return True
    for sentence in _SENTENCE_END.split(paragraph):
        piece = _squash(unicodedata.normalize("NFC", sentence))
        if len(piece) >= HELD_SENTENCE and piece in page:
            return True
    return False


def _ours(root: Element, body_node: Element | None) -> tuple[list[str], str, Element | None]:
    """The Vietnamese layer's body: the profile's body element, else the densest block."""
    paragraphs: list[str] = []
    extraction = "profile"
    chosen = body_node
    if body_node is not None and attached(body_node, root):
        paragraphs = walk(body_node)
    if sum(map(len, paragraphs)) < SHORT_BODY:
        block = densest(root)
        walked = walk(block) if block is not None else []
        if sum(map(len, walked)) > sum(map(len, paragraphs)):
            paragraphs, extraction, chosen = walked, "densest", block
    return paragraphs, extraction, chosen


def _falls_short(paragraphs: list[str], reference: list[str]) -> bool:
    """The layer's body is short, or keeps less than ``MIN_SHARE_OF_TRAFILATURA`` of the reference's
    words between the first and last paragraph it shares, while the reference is longer."""
    size = sum(map(len, paragraphs))
    return sum(map(len, reference)) > size and (
        size < SHORT_BODY or _share(_span(reference, paragraphs), paragraphs) < MIN_SHARE_OF_TRAFILATURA
    )


def _body(
    root: Element, body_node: Element | None, markup: str, url: str | None
) -> tuple[list[str], str, Element | None]:
    """Body paragraphs and the path that produced them.  The yardstick is trafilatura's own text of
    the page less what the layer removed as furniture: its main algorithm first (fast); when the layer
    falls short of that, its full extraction decides, and its text is the body if the layer still
    falls short."""
    paragraphs, extraction, chosen = _ours(root, body_node)
    fresh = parse(markup)  # trafilatura reads the page as served, not the pruned tree
    reference = _survivors(with_trafilatura(fresh, url, precision=False, fast=True), root)
    if _falls_short(paragraphs, reference):
        reference = _survivors(with_trafilatura(fresh, url, precision=False), root)
        if _falls_short(paragraphs, reference):
            return reference, "trafilatura", None
    return paragraphs, extraction, chosen


@dataclass
class _Nodes:
    """The page's article elements, found before the page is pruned."""

    title: Element | None
    sapo: Element | None
    body: Element | None
    author: Element | None


def _find_nodes(page: _Page) -> _Nodes:
    """Headline, sapo, the profile's body element and author element."""
    title = _title_node(page)
    body = select_first(page.root, page.profile.body) if page.profile.body else None
    author = select_first(page.root, page.profile.author)
    return _Nodes(title=title, sapo=_sapo_node(page, title, body), body=body, author=author)


def _sapo_node(page: _Page, title: Element | None, body: Element | None) -> Element | None:
    """The profile's sapo element, or the element printing the page's own description: on a generic
    page, when no sapo element was found, or when the selected one comes after it (another
    article's lead in a teaser box further down)."""
    sapo = select_first(page.root, page.profile.sapo)
    described = _described_node(page)
    if described is not None and (page.profile.key == "_generic" or sapo is None or _before(described, sapo)):
        sapo = described  # the page's own description, printed under the headline
    if sapo is not None and (sapo is title or (title is not None and title in sapo.iterancestors())):
        return None
    if sapo is not None and body is not None and sapo in body.iterancestors():
        return None  # a "lead" class on the whole content block
    return sapo


def _before(first: Element, second: Element) -> bool:
    """``first`` starts on an earlier source line than ``second``, and neither holds the other."""
    a, b = first.sourceline, second.sourceline
    if a is None or b is None or a >= b:
        return False
    return first not in second.iterancestors() and second not in first.iterancestors()


def _clear_page(page: _Page, nodes: _Nodes) -> None:
    """Remove teaser boxes and the page's furniture, keeping the article's elements; a bold first
    paragraph becomes the sapo when the page has none."""
    root = page.root
    drop_teaser_boxes(root, Protected([nodes.title, nodes.sapo, nodes.body]))
    main = nodes.body if nodes.body is not None else densest(root)
    if nodes.sapo is None and main is not None:
        nodes.sapo = _bold_lead(main)
    prune(root, page.profile, Protected([nodes.title, nodes.sapo, main]))


def _author_text(page: _Page, node: Element | None, text: str | None) -> str | None:
    """The author element's text, read before pruning; on a generic page not when pruning removed
    the element (another article's byline in a box)."""
    if node is not None and page.profile.key == "_generic" and not attached(node, page.root):
        return None
    return text


@dataclass
class _Body:
    paragraphs: list[str]
    captions: list[str]
    byline: str | None
    extraction: str
    block: Element | None


def _body_parts(
    page: _Page, nodes: _Nodes, markup: str, skip: set[str], found: list[tuple[str, bool]]
) -> _Body:
    """Body paragraphs (after the title and sapo were taken off the page), photo captions apart,
    the closing byline, and the path that produced the body."""
    for node in (nodes.title, nodes.sapo):
        if node is not None and attached(node, page.root):
            drop(node)
    paragraphs, extraction, block = _body(page.root, nodes.body, markup, page.canonical or page.url)
    paragraphs, captions = _apart(paragraphs, found, skip)
    body, credits, byline = _tidy(paragraphs, skip)
    return _Body(body, list(dict.fromkeys(captions + credits)), byline, extraction, block)


def article_from_markup(markup: str, url: str | None = None) -> Article:
    """Extract the article from decoded HTML text; ``url`` is where it came from, if known."""
    page = _Page(markup, url)
    nodes = _find_nodes(page)
    near = _date_near_title(nodes.title)
    visible_dates = ([near] if near else []) + _visible_dates(page)
    structure = listing.read(page.root, page.metas, page.ld, nodes.title, page.canonical or url)
    author_text = text_of(nodes.author) if nodes.author is not None else None
    _clear_page(page, nodes)
    author_text = _author_text(page, nodes.author, author_text)
    found = [(_nfc(t) or "", prose) for t, prose in find_captions(page.root, page.profile.captions)]
    title = _title(page, nodes.title)
    sapo = _without_related(_nfc(text_of(nodes.sapo))) if nodes.sapo is not None else None
    parts = _body_parts(page, nodes, markup, {key(t) for t in (title, sapo, author_text) if t}, found)
    body = parts.paragraphs
    if sapo:
        sapo = rules().strip_dateline(sapo)
    elif body:
        sapo = _sapo_from_meta(page, body)
        body = body[1:] if sapo else body
    authors = _authors(page, author_text, parts.byline or _byline_after(parts.block))
    return Article(
        title=title,
        sapo=_nfc(sapo),
        author=" - ".join(authors) or None,
        published_at=_date(page, visible_dates, markup),
        paragraphs=tuple(p for p in map(_nfc, body) if p),
        url=page.canonical or url,
        site=page.site(),
        captions=tuple(parts.captions),
        authors=tuple(authors),
        extraction=parts.extraction,
        not_article=structure.verdict(body, sapo),
    )


def _bold_lead(main: Element) -> Element | None:
    """A first paragraph set in bold is the sapo on many sites without a sapo element."""
    first = next((p for p in main.iter("p") if text_of(p)), None)
    if first is None:
        return None
    text = text_of(first)
    bold = sum(len(text_of(b)) for b in first.iter("strong", "b"))
    return first if len(text) > 60 and bold >= 0.9 * len(text) else None


_RELATED_TAIL = re.compile(r"\s*(?:>>|»)\s*\S[^>»]{3,200}$")


def _without_related(sapo: str | None) -> str | None:
    """The sapo without the related headline some sites append to it ("... 2013. >> Tiêu đề khác")."""
    if not sapo:
        return sapo
    cut = _RELATED_TAIL.sub("", sapo)
    return cut if len(cut) >= 40 else sapo


def _description(page: _Page) -> str | None:
    for value in (
        page.metas.get("og:description"),
        page.metas.get("description"),
        page.ld.get("description"),
    ):
        if isinstance(value, str) and len(value.strip()) > 40:
            return rules().strip_dateline(html.unescape(value))
    return None


_DESCRIBED_PREFIX = 30  # characters of the description (whitespace removed) a sapo element opens with
_DESCRIBED_LEAD = 40  # ... found within this many characters of the element's start ("(giao duc) - ")
_KEYWORD_PREFIX = re.compile(r"^[^.!?]{3,80}?\s[-–—]\s+")  # "lo luyen thi - Làng Thi cử ...": SEO keywords


def _described_node(page: _Page) -> Element | None:
    """The element that prints the page's description (og:description, description): the sapo, on
    pages whose sapo has no class a profile names.  Some sites open the description with a list of
    search keywords the page does not print ("keywords - sapo"): then the rest is looked for."""
    described = _description(page)
    if not described:
        return None
    node = _printing(page.root, described)
    if node is None and _KEYWORD_PREFIX.match(described):
        rest = _KEYWORD_PREFIX.sub("", described, count=1)
        node = _printing(page.root, rest) if len(rest) > 40 else None
    return node


def _printing(root: Element, described: str) -> Element | None:
    """The smallest element around a text node that opens with ``described`` (whitespace removed)."""
    bp = rules()
    target = _squash(unicodedata.normalize("NFC", described))[:_DESCRIBED_PREFIX]
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in {"head", "title", "meta", "script", "style"}:
            continue
        for text, holder in ((el.text, el), (el.tail, el.getparent())):
            if not text or holder is None:
                continue
            squashed = _squash(unicodedata.normalize("NFC", bp.strip_dateline(text.strip())))
            if len(squashed) < 12 or not _opens_with(squashed, holder, target, bp):
                continue
            node = holder
            while len(text_of(node)) < 0.6 * len(described) and node.getparent() is not None:
                node = node.getparent()
            if len(text_of(node)) <= 1.5 * len(described) + 80:
                return node
    return None


def _opens_with(squashed: str, holder: Element, target: str, bp: Any) -> bool:
    """The text node opens with the description; a node shorter than the target (the sapo split over
    inline elements) only when its element's whole text opens with it: a link whose text is the
    description's first words is not the sapo."""
    if len(squashed) >= len(target):
        return target in squashed[: len(target) + _DESCRIBED_LEAD]
    if not target.startswith(squashed):
        return False
    whole = _squash(unicodedata.normalize("NFC", bp.strip_dateline(text_of(holder))))
    return whole.startswith(target)


def _sapo_from_meta(page: _Page, body: list[str]) -> str | None:
    """The first paragraph is the sapo when the page's description says so."""
    for value in (
        page.ld.get("description"),
        page.metas.get("og:description"),
        page.metas.get("description"),
    ):
        value = rules().strip_dateline(value) if isinstance(value, str) else value
        if isinstance(value, str) and len(value) > 40 and key(body[0]).startswith(key(value)[:40]):
            return body[0]
    return None
