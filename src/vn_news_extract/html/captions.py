"""Photo captions: kept apart from the body in ``Article.captions``.

Two kinds: elements the profile names as captions (``figcaption``, ``td.Image``, ``.PhotoCMS_Caption``,
...), and the short styled line that old layouts put next to a picture without any class (``<div><img>
</div><div><span style=...>Caption</span></div>``, ``<p><img><br><span>Caption</span></p>``).  A
"caption" of at least ``caption_prose_min_chars`` characters is prose (photo-story layouts such as
CafeF's put the whole body in caption elements): it stays in the body.  On a photo story, where the
captions carry the text and the page has little body besides, the captions are the body.
"""

from __future__ import annotations

from ..lexicon import load_json
from .tree import Element, select_all, text_of

_RULES = load_json("boilerplate.json")
PROSE_MIN_CHARS = int(_RULES["caption_prose_min_chars"])
PICTURE_CAPTION_MAX_CHARS = int(_RULES["picture_caption_max_chars"])
_BLOCK = frozenset({"p", "div", "td", "center"})
_STYLED = frozenset({"span", "em", "i", "font", "small"})


def find_captions(root: Element, selectors: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The captions of the page in page order, none inside another: (text, is prose).  A caption of
    ``caption_prose_min_chars`` or more is prose and stays in the body."""
    found: list[Element] = []
    for el in select_all(root, selectors) + _picture_captions(root):
        if el not in found and text_of(el):
            found.append(el)
    inner = {el for el in found for other in found if other is not el and other in el.iterancestors()}
    texts = (text_of(el) for el in found if el not in inner)
    return [(text, len(text) >= PROSE_MIN_CHARS) for text in texts]


def _picture_captions(root: Element) -> list[Element]:
    out: list[Element] = []
    for img in root.iter("img"):
        block = next((a for a in img.iterancestors() if a.tag in _BLOCK), None)
        if block is None:
            continue
        if text_of(block):  # the picture and its line share a block: the line is what follows a <br>
            after = [c for c in img.itersiblings() if c.tag != "br"]
            if len(after) == 1 and _is_styled_line(after[0]) and text_of(after[0]) == text_of(block):
                out.append(after[0])
            continue
        nxt = block.getnext()
        if (
            nxt is not None
            and nxt.tag in _BLOCK
            and nxt.find(".//img") is None
            and _is_styled_line(nxt)
            and not _styled_like_neighbours(nxt, block)
        ):
            out.append(nxt)
    return out


def _signature(el: Element) -> tuple[str, str, str, str]:
    return (el.tag, el.get("align") or "", el.get("style") or "", el.get("class") or "")


def _styled_like_neighbours(line: Element, picture: Element) -> bool:
    """True when text blocks around the picture look the same as the line: body text, not a caption."""
    wanted = _signature(line)
    around = list(picture.itersiblings(preceding=True))[:3] + list(line.itersiblings())[:3]
    return any(_signature(el) == wanted and el.find(".//img") is None and text_of(el) for el in around)


def _is_styled_line(el: Element) -> bool:
    """A short line set apart by its style: a styled ``span``/``em``, or a centred / italic block."""
    text = text_of(el)
    if not text or len(text) > PICTURE_CAPTION_MAX_CHARS:
        return False
    style = (el.get("style") or "").lower()
    if el.tag in _STYLED and (style or el.get("class")):
        return True
    if "center" in style or "italic" in style or (el.get("align") or "").lower() == "center":
        return True
    children = [c for c in el if isinstance(c.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in _STYLED
        and bool(children[0].get("style") or children[0].get("class"))
        and text_of(children[0]) == text
    )
