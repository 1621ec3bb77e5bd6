"""A record (or a spaCy ``Doc``) as a standalone HTML page a person can read.

The article text with every fact highlighted in place, coloured by kind; facts that overlap (a sector inside
an official's span, a period inside a percentage's context, two facts crossing) are nested, and a fact whose
span crosses another's is split into fragments that share its ``data-fact`` id, so no fact is ever lost.
Hovering a highlight shows its attributes (``title`` tooltip and a side panel listing every fact under the
pointer); a click pins the panel; a table of all facts follows the text.

Article text is untrusted: everything is escaped, and the page's Content-Security-Policy lets only its own
script run (see ``_page.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ._page import COLORS, LABELS, esc, fmt, page, swatch
from .kinds import LiveNames

SHOW_KINDS = LiveNames()  # every registered fact kind (kinds.py), in record order
_HIDDEN = ("text", "start", "end", "mentions")
_SECTOR_ATTRS = ("code", "sector")


@dataclass(frozen=True, order=True)
class Mark:
    """One highlighted stretch of text: a fact's span or one of its later mentions."""

    start: int
    end: int
    fid: str
    kind: str
    mention: bool = False


@dataclass
class Node:
    mark: Mark | None
    children: list[Node | str] = field(default_factory=list)
    first: bool = True  # the first fragment of its mark (carries the anchor id)


@lru_cache(maxsize=1)
def vsic_names() -> dict[str, str]:
    """VSIC 2018 code (``C``, ``C10``) -> Vietnamese name."""
    from .lexicon import load_csv

    names: dict[str, str] = {}
    for row in load_csv("vsic/vsic2018_sections_divisions.csv"):
        code = row["code"] if row["level"] == "1" else row["parent"] + row["code"]
        name = row["name_vi"]
        names[code] = name if row["level"] == "2" else name[:1] + name[1:].lower()
    return names


def facts_of(source: Any) -> tuple[str, dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """``(text, facts by kind, article metadata)`` of a record dict or a spaCy Doc."""
    if isinstance(source, dict):
        article = source.get("article") or {}
        text = article.get("text")
        if not isinstance(text, str):
            raise TypeError("a record needs article.text (a string)")
        facts = {k: [f for f in source.get(k) or [] if isinstance(f, dict)] for k in SHOW_KINDS}
        meta = {**article, "source": source.get("source") or {}}
        return text, facts, meta
    if hasattr(source, "spans") and hasattr(source, "text"):
        facts = {}
        for kind in SHOW_KINDS:
            items = []
            for span in source.spans.get(kind, []):
                fact = getattr(span._, "fact", None) or {
                    "text": span.text,
                    "start": span.start_char,
                    "end": span.end_char,
                }
                items.append({k: v for k, v in fact.items() if not k.startswith("_")})
            facts[kind] = items
        return source.text, facts, {}
    raise TypeError(f"cannot show a {type(source).__name__}: expected a record dict or a spaCy Doc")


def fact_id(kind: str, index: int) -> str:
    return f"{kind}-{index}"


def _placed(text: str, fact: dict[str, Any]) -> bool:
    s, e = fact.get("start"), fact.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)


def marks_of(text: str, facts: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    """Every span and later mention of every fact whose offsets lie inside the text."""
    marks: set[Mark] = set()
    for kind, items in facts.items():
        for i, fact in enumerate(items):
            fid = fact_id(kind, i)
            if _placed(text, fact):
                marks.add(Mark(fact["start"], fact["end"], fid, kind))
            for m in fact.get("mentions") or []:
                if (
                    isinstance(m, dict)
                    and _placed(text, m)
                    and (m["start"], m["end"]) != (fact.get("start"), fact.get("end"))
                ):
                    marks.add(Mark(m["start"], m["end"], fid, kind, mention=True))
    return sorted(marks)


def _outer_first(marks: Iterable[Mark]) -> list[Mark]:
    order = {k: i for i, k in enumerate(SHOW_KINDS)}
    return sorted(marks, key=lambda m: (-m.end, m.start, order.get(m.kind, 99), m.fid, m.mention))


def nest(text: str, marks: list[Mark]) -> Node:
    """A tree of properly nested fragments covering ``text``.

    Longer spans go outside; when two spans cross, the one that ends first is closed and the other is
    re-opened as a further fragment, so every mark keeps all of its characters.
    """
    root = Node(None)
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    stack: list[Node] = [root]
    for i, pos in enumerate(bounds):
        reopen: list[Mark] = []
        while any(n.mark is not None and n.mark.end == pos for n in stack):
            node = stack.pop()
            assert node.mark is not None
            if node.mark.end != pos:
                reopen.append(node.mark)
        opening = [(m, False) for m in reopen] + [(m, True) for m in starts.get(pos, [])]
        first_of = {m: first for m, first in opening}
        for m in _outer_first(first_of):
            node = Node(m, first=first_of[m])
            stack[-1].children.append(node)
            stack.append(node)
        if i + 1 < len(bounds) and bounds[i + 1] > pos:
            stack[-1].children.append(text[pos : bounds[i + 1]])
    return root


def _tooltip(kind: str, fact: dict[str, Any]) -> str:
    lines = [f"{LABELS.get(kind, kind)}: {fact.get('text', '')}"]
    for k, v in fact.items():
        if k in _HIDDEN or v is None or v == []:
            continue
        if k in _SECTOR_ATTRS and isinstance(v, str) and v in vsic_names():
            v = f"{v} ({vsic_names()[v]})"
        lines.append(f"{k}: {v}")
    return "\n".join(lines)


def _render(node: Node, tips: dict[str, str], out: list[str]) -> int:
    """Append the HTML of ``node``'s children to ``out``; return its height (1 + deepest nested mark)."""
    height = 0
    for child in node.children:
        if isinstance(child, str):
            out.append(esc(child))
            continue
        m = child.mark
        assert m is not None
        inner: list[str] = []
        h = _render(child, tips, inner)
        height = max(height, h + 1)
        cls = f"hl k-{m.kind}" + (" mention" if m.mention else "")
        anchor = f' id="m-{esc(m.fid)}"' if child.first and not m.mention else ""
        pad = f' style="padding-bottom:{min(h, 6) * 4}px"' if h else ""
        out.append(f'<mark class="{cls}" data-fact="{esc(m.fid)}"{anchor}{pad} title="{esc(tips[m.fid])}">')
        out.extend(inner)
        out.append("</mark>")
    return height


def highlight(text: str, facts: dict[str, list[dict[str, Any]]]) -> str:
    """The escaped article text with ``<mark>`` elements around every fact (nested where they overlap)."""
    tips = {fact_id(k, i): _tooltip(k, f) for k, items in facts.items() for i, f in enumerate(items)}
    out: list[str] = []
    _render(nest(text, marks_of(text, facts)), tips, out)
    return "".join(out)


_SENTENCE_END = '.!?…:;,"”)»'
_ANCHOR = re.compile(r' id="(m-[^"]+)"')


def is_subheading(line: str, following: str | None) -> bool:
    """A line news sites use as a subheading: short, several words, no sentence end, text after it."""
    words = line.split()
    return (
        following is not None
        and 2 <= len(words) <= 16
        and len(line) <= 110
        and line.rstrip()[-1:] not in _SENTENCE_END
        and not line.lstrip()[:1].isdigit()
    )


def article_blocks(text: str, facts: dict[str, list[dict[str, Any]]], title: str | None) -> str:
    """The highlighted article, one block per line: the title line as the page heading (shown once),
    subheadings as headings, the rest as paragraphs.  The newlines stay in the text between blocks, so
    the element's text is still exactly ``article.text`` and every offset still points where it did."""
    tips = {fact_id(k, i): _tooltip(k, f) for k, items in facts.items() for i, f in enumerate(items)}
    marks = marks_of(text, facts)
    lines = text.split("\n")
    out: list[str] = []
    pos = 0
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if n:
            out.append("\n")
        if not line:
            continue
        clipped = [
            Mark(max(m.start, start) - start, min(m.end, end) - start, m.fid, m.kind, m.mention)
            for m in marks
            if m.start < end and m.end > start
        ]
        inner: list[str] = []
        _render(nest(line, clipped), tips, inner)
        following = next((x for x in lines[n + 1 :] if x.strip()), None)
        if n == 0 and title and line.strip() == title.strip():
            tag = "h1"
        elif n > 0 and is_subheading(line, following):
            tag = "h3"
        else:
            tag = "p"
        out.append(f'<{tag} class="blk">{"".join(inner)}</{tag}>')
    html_text = "".join(out)
    seen: set[str] = set()

    def _once(m: re.Match[str]) -> str:  # a fact split over two lines keeps its anchor on the first
        if m.group(1) in seen:
            return ""
        seen.add(m.group(1))
        return m.group(0)

    return _ANCHOR.sub(_once, html_text)


def _attr_html(key: str, value: Any) -> str:
    shown = fmt(value)
    if key in _SECTOR_ATTRS and isinstance(value, str) and value in vsic_names():
        shown += f' <span class="vsic">{esc(vsic_names()[value])}</span>'
    return shown


def _columns(items: list[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for f in items:
        cols.extend(k for k in f if k not in _HIDDEN and k not in cols)
    return cols


def _card(kind: str, fid: str, fact: dict[str, Any], placed: bool) -> str:
    rows = "".join(
        f"<tr><th>{esc(k)}</th><td>{_attr_html(k, v)}</td></tr>" for k, v in fact.items() if k not in _HIDDEN
    )
    mentions = len(fact.get("mentions") or [])
    where = f"{fact.get('start')}–{fact.get('end')}" if placed else "not located in the text"
    return (
        f'<div class="card" data-card="{esc(fid)}" hidden>'
        f'<div class="card-h">{swatch(kind)}<b>{esc(LABELS.get(kind, kind))}</b> '
        f'<a href="#row-{esc(fid)}">{esc(fid)}</a></div>'
        f'<div class="card-t">{esc(fact.get("text"))}</div>'
        f"<table><tr><th>span</th><td>{esc(where)}</td></tr>{rows}"
        + (f"<tr><th>mentions</th><td>{mentions}</td></tr>" if mentions else "")
        + "</table></div>"
    )


def facts_table(text: str, facts: dict[str, list[dict[str, Any]]]) -> str:
    parts = []
    for kind in SHOW_KINDS:
        items = facts.get(kind) or []
        if not items:
            continue
        cols = _columns(items)
        head = "".join(f"<th>{esc(c)}</th>" for c in cols)
        rows = []
        for i, f in enumerate(items):
            fid = fact_id(kind, i)
            placed = _placed(text, f)
            link = (
                f'<a href="#m-{esc(fid)}">{esc(f.get("text"))}</a>'
                if placed
                else f'{esc(f.get("text"))} <span class="null">(not located)</span>'
            )
            cells = "".join(f"<td>{_attr_html(c, f.get(c))}</td>" for c in cols)
            span = f"{f.get('start')}–{f.get('end')}" if placed else "—"
            rows.append(
                f'<tr id="row-{esc(fid)}" data-fact="{esc(fid)}"><td class="num">{i + 1}</td>'
                f'<td>{link}</td><td class="num">{esc(span)}</td>{cells}</tr>'
            )
        parts.append(
            f'<h3 id="table-{kind}">{swatch(kind)}{esc(kind)} <span class="count">({len(items)})</span></h3>'
            f'<table class="facts" data-kind="{kind}"><thead><tr><th class="num">#</th><th>text</th>'
            f'<th class="num">span</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        )
    if not parts:
        return '<p class="null">No facts found.</p>'
    return "".join(parts)


_CSS = """
.layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;gap:20px;align-items:start}
#article{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:16px 20px;
  line-height:2.35;font-size:16px;overflow-wrap:anywhere}
#article .blk{margin:0 0 10px}
#article h1.blk{font-size:22px;line-height:1.9}
#article h3.blk{font-size:17px;margin-top:16px}
#panel{position:sticky;top:12px;background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:12px;font-size:13px;
  max-height:calc(100vh - 24px);overflow:auto}
#panel h2{margin:0 0 8px;font-size:15px}
.card{border-top:1px solid #e9ecef;padding:8px 0}
.card-h a{color:#868e96;font-size:12px;margin-left:6px}
.card-t{font-weight:600;margin:4px 0}
.card table{width:100%;margin:0}
.card th{width:34%;background:#f8f9fa;font-weight:500}
.vsic{color:#495057}
mark.hl{color:inherit;background:color-mix(in srgb,var(--c) 13%,transparent);border-bottom:3px solid var(--c);
  border-radius:2px;cursor:pointer;padding-top:1px}
mark.hl.mention{border-bottom-style:dashed}
mark.hl.k-periods{background:none;border-bottom:2px dotted var(--c)}
mark.hl:hover,mark.hl.active{background:color-mix(in srgb,var(--c) 32%,transparent)}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:8px;font-size:13px}
.legend label{cursor:pointer}
.count{color:#868e96;font-weight:400}
table.facts{width:100%}
table.facts tr:target{outline:2px solid #fab005}
"""


def _kind_css() -> str:
    rules = [f".k-{k}{{--c:{c}}}" for k, c in COLORS.items()]
    rules += [f".off-{k} mark.k-{k}{{background:none;border-bottom-color:transparent}}" for k in SHOW_KINDS]
    return "\n".join(rules)


_SCRIPT = """(function(){
var art=document.getElementById('article'),cards=document.querySelectorAll('#panel .card'),
hint=document.getElementById('hint'),pinned=[];
function chain(el){var ids=[];while(el&&el!==art){if(el.dataset&&el.dataset.fact&&ids.indexOf(el.dataset.fact)<0){ids.push(el.dataset.fact);}el=el.parentNode;}return ids;}
function show(ids){cards.forEach(function(c){c.hidden=ids.indexOf(c.dataset.card)<0;});hint.hidden=ids.length>0;
document.querySelectorAll('mark.active').forEach(function(e){e.classList.remove('active');});
ids.forEach(function(id){document.querySelectorAll('mark[data-fact="'+id+'"]').forEach(function(e){e.classList.add('active');});});}
art.addEventListener('mouseover',function(e){var ids=chain(e.target);if(ids.length){show(ids);}});
art.addEventListener('mouseleave',function(){show(pinned);});
art.addEventListener('click',function(e){pinned=chain(e.target);show(pinned);});
document.querySelectorAll('.legend input').forEach(function(box){box.addEventListener('change',function(){
document.body.classList.toggle('off-'+box.value,!box.checked);});});
})();"""


def render(source: Any, *, title: str | None = None) -> str:
    """The standalone HTML page of a record dict (``extract``'s output) or a spaCy Doc."""
    text, facts, meta = facts_of(source)
    heading = (
        title or meta.get("title") or next((ln for ln in text.splitlines() if ln.strip()), "") or "Article"
    )
    src = meta.get("source") or {}
    bits = [
        ("author", meta.get("author")),
        ("published", meta.get("published_at")),
        ("site", meta.get("site")),
        ("source", src.get("url") or src.get("path") or meta.get("url")),
    ]
    meta_line = " · ".join(f"{esc(k)}: {esc(v)}" for k, v in bits if v)
    legend = "".join(
        f'<label><input type="checkbox" value="{k}" checked style="accent-color:{COLORS[k]}"> {esc(k)} '
        f'<span class="count">{len(facts.get(k) or [])}</span></label>'
        for k in SHOW_KINDS
    )
    cards = "".join(
        _card(k, fact_id(k, i), f, _placed(text, f))
        for k in SHOW_KINDS
        for i, f in enumerate(facts.get(k) or [])
    )
    total = sum(len(v) for v in facts.values())
    in_text = bool(meta.get("title")) and text.split("\n", 1)[0].strip() == str(meta.get("title")).strip()
    top = (
        '<div class="meta">vn-news-extract show</div>'
        if in_text and not title
        else f"<h1>{esc(heading)}</h1>"
    )
    body = (
        f'<header>{top}<div class="meta">{meta_line}</div>'
        f'<div class="legend" aria-label="fact kinds">{legend}</div></header>\n'
        f'<main><div class="layout"><article id="article">'
        f"{article_blocks(text, facts, meta.get('title') if in_text and not title else None)}</article>"
        f'<aside id="panel"><h2>Fact details</h2><p id="hint" class="null">Hover over or click a highlighted '
        f"fact to see its attributes; nested facts are listed together. {total} facts in all.</p>{cards}</aside>"
        f'</div>\n<h2 id="facts">All facts</h2>{facts_table(text, facts)}</main>\n'
        "<footer>Made by vn-news-extract show. Offsets are character positions in the article text.</footer>"
    )
    return page(f"vn-news-extract: {heading}", body, _CSS + _kind_css(), _SCRIPT)
