"""The result of ``evaluate()`` as a standalone HTML report.

What a reader needs first: the headline scores, the scores per kind (precision, recall, F1 with bars;
strict and partial span scores; micro and macro averages), the weakest attributes, and the errors
themselves (every missed, spurious and wrong-attribute fact in one table).  Then attribute accuracy, the
confusions of categorical values (only the cells where gold and prediction differ, folded), and every
document with its gold and predicted facts side by side, each pair marked correct / wrong attribute /
missed / spurious (documents with problems open).  Terms are explained where they appear.
"""

from __future__ import annotations

from typing import Any

from ._page import esc, fmt, page, swatch
from .evaluate import ATTRIBUTES, STATUSES
from .kinds import LiveField

# The attribute that identifies a fact of each kind (what matching looks at), shown first.
_KEY_ATTR = LiveField("key_attribute")
_STATUS_LABEL = {
    "correct": "correct",
    "wrong_attribute": "wrong attribute",
    "missed": "missed",
    "spurious": "spurious",
}
_METRIC_COLOR = {"precision": "#1971c2", "recall": "#e8590c", "f1": "#2f9e44", "accuracy": "#7048e8"}

_CSS = """
.bar{display:inline-block;width:110px;height:10px;background:#e9ecef;border-radius:5px;margin-right:6px;vertical-align:0}
.bar span{display:block;height:100%;border-radius:5px}
.metric{white-space:nowrap}
.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:4px 0 8px}
.kpi{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:8px 14px;min-width:120px}
.kpi b{display:block;font-size:20px}
.kpi small{color:#868e96}
.grid{display:flex;flex-wrap:wrap;gap:8px 28px;align-items:flex-start}
.st{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;white-space:nowrap}
.st-correct{background:#2f9e44}.st-wrong_attribute{background:#f08c00}.st-missed{background:#e03131}.st-spurious{background:#9c36b5}
tr.row-missed td.gold,tr.row-spurious td.pred{background:#fff5f5}
.ft{font-weight:600}
.fa{color:#495057;font-size:12px}
.fa .bad{color:#c92a2a;font-weight:600;background:#fff5f5}
.ctx{color:#868e96;font-size:12px;max-width:420px}
.ctx mark{background:#fff3bf;color:#212529}
details.doc{background:#fff;border:1px solid #dee2e6;border-radius:6px;margin:8px 0;padding:4px 12px}
details.doc summary{cursor:pointer;padding:4px 0}
details.doc table{width:100%}
table.pairs td:first-child{white-space:nowrap}
td.off{background:#fff5f5;color:#c92a2a;font-weight:600}
details.fold{background:#fff;border:1px solid #dee2e6;border-radius:6px;margin:6px 0;padding:4px 12px;display:inline-block;vertical-align:top;margin-right:12px}
details.fold summary{cursor:pointer}
.explain{color:#495057;font-size:13px;margin:2px 0 8px;max-width:980px}
table.errors td{max-width:360px}
.toc{columns:3 260px;font-size:13px;padding-left:18px}
"""


def _bar(value: float | None, metric: str) -> str:
    if value is None:
        return '<span class="null">—</span>'
    width = max(0.0, min(1.0, float(value))) * 100
    return (
        f'<span class="metric" data-metric="{metric}"><span class="bar"><span style="width:{width:.1f}%;'
        f'background:{_METRIC_COLOR[metric]}"></span></span>{float(value):.3f}</span>'
    )


def _f3(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) and not isinstance(value, bool) else fmt(value)


def _kind_rows(result: dict[str, Any]) -> str:
    rows = []
    for kind, k in result["kinds"].items():
        span = k.get("span") or {}
        strict, partial = span.get("strict") or {}, span.get("partial") or {}
        rows.append(
            f'<tr data-kind="{esc(kind)}"><td>{swatch(kind)}{esc(kind)}</td>'
            + "".join(
                f'<td class="num">{esc(k.get(c))}</td>' for c in ("gold", "predicted", "tp", "fp", "fn")
            )
            + "".join(f"<td>{_bar(k.get(m), m)}</td>" for m in ("precision", "recall", "f1"))
            + f'<td class="num">{_f3(strict.get("f1"))}</td><td class="num">{_f3(partial.get("f1"))}</td></tr>'
        )
    for name in ("micro", "macro"):
        m = result.get(name)
        if not m:
            continue
        counts = "".join(
            f'<td class="num">{esc(m.get(c, ""))}</td>' for c in ("gold", "predicted", "tp", "fp", "fn")
        )
        rows.append(
            f"<tr><th>{name} average</th>{counts}"
            + "".join(f"<td>{_bar(m.get(x), x)}</td>" for x in ("precision", "recall", "f1"))
            + "<td></td><td></td></tr>"
        )
    return (
        '<table id="scores"><thead><tr><th>kind</th><th class="num">gold</th><th class="num">predicted</th>'
        '<th class="num">TP</th><th class="num">FP</th><th class="num">FN</th><th>precision</th><th>recall</th>'
        '<th>F1</th><th class="num" title="spans with the same start and end">strict span F1</th>'
        '<th class="num" title="overlapping spans">partial span F1</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _attribute_tables(result: dict[str, Any]) -> str:
    parts = []
    for kind, k in result["kinds"].items():
        attrs = k.get("attributes") or {}
        if not attrs:
            continue
        rows = "".join(
            f'<tr><td>{esc(a)}</td><td class="num">{esc(v.get("correct"))}/{esc(v.get("total"))}</td>'
            f"<td>{_bar(v.get('accuracy'), 'accuracy')}</td></tr>"
            for a, v in attrs.items()
        )
        parts.append(
            f'<table class="attrs" data-kind="{esc(kind)}"><thead><tr><th colspan="3">{swatch(kind)}'
            f'{esc(kind)}</th></tr><tr><th>attribute</th><th class="num">correct</th><th>accuracy</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    return f'<div class="grid">{"".join(parts)}</div>' if parts else '<p class="null">No matched facts.</p>'


def _label(value: Any) -> str:
    return "null" if value is None else str(value)


def _confusion_tables(result: dict[str, Any]) -> str:
    """Per attribute, only the (gold, predicted) pairs that differ, most frequent first, folded."""
    parts = []
    for kind, k in result["kinds"].items():
        for attr, cells in (k.get("confusion") or {}).items():
            off = sorted(
                (c for c in cells or [] if _label(c["gold"]) != _label(c["pred"])),
                key=lambda c: (-c["count"], _label(c["gold"]), _label(c["pred"])),
            )
            if not off:
                continue
            agree = sum(c["count"] for c in cells if _label(c["gold"]) == _label(c["pred"]))
            wrong = sum(c["count"] for c in off)
            rows = "".join(
                f"<tr><td>{esc(_label(c['gold']))}</td><td>{esc(_label(c['pred']))}</td>"
                f'<td class="num off">{esc(c["count"])}</td></tr>'
                for c in off
            )
            parts.append(
                f'<details class="fold"><summary>{swatch(kind)}{esc(kind)}.{esc(attr)}: {wrong} '
                f"confused, {agree} agree</summary>"
                f'<table class="confusion" data-kind="{esc(kind)}" data-attr="{esc(attr)}"><thead><tr>'
                '<th>gold value</th><th>predicted value</th><th class="num">facts</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></details>"
            )
    return (
        "".join(parts)
        if parts
        else '<p class="null">No confusions: every matched fact has the gold value of each attribute.</p>'
    )


def _worst_attributes(result: dict[str, Any], limit: int = 8) -> str:
    """The attributes with the lowest accuracy on matched facts, across kinds."""
    rows = sorted(
        (
            (v.get("accuracy"), kind, attr, v)
            for kind, k in result["kinds"].items()
            for attr, v in (k.get("attributes") or {}).items()
            if isinstance(v.get("accuracy"), (int, float)) and v.get("accuracy") < 1
        ),
        key=lambda r: (r[0], r[1], r[2]),
    )[:limit]
    if not rows:
        return '<p class="null">Every attribute of every matched fact is right.</p>'
    body = "".join(
        f"<tr><td>{swatch(kind)}{esc(kind)}.{esc(attr)}</td>"
        f'<td class="num">{esc(v.get("correct"))}/{esc(v.get("total"))}</td><td>{_bar(acc, "accuracy")}</td></tr>'
        for acc, kind, attr, v in rows
    )
    return (
        '<table id="worst"><thead><tr><th>attribute</th><th class="num">right</th><th>accuracy</th></tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )


def _error_table(details: list[dict[str, Any]]) -> str:
    """Every missed, spurious and wrong-attribute fact of every document, in one table."""
    rows = []
    for n, doc in enumerate(details):
        for e in doc.get("facts") or []:
            status = e.get("status", "")
            if status == "correct":
                continue
            kind = e.get("kind", "")
            wrong = {w.get("attribute") for w in e.get("wrong") or []}
            rows.append(
                f'<tr data-error="{esc(status)}"><td><a href="#doc-{n}">{esc(doc.get("label"))}</a></td>'
                f"<td>{swatch(kind)}{esc(kind)}</td>"
                f'<td><span class="st st-{esc(status)}">{esc(_STATUS_LABEL.get(status, status))}</span></td>'
                f'<td class="gold">{_fact_cell(kind, e.get("gold"), wrong)}</td>'
                f'<td class="pred">{_fact_cell(kind, e.get("pred"), wrong)}</td></tr>'
            )
    if not rows:
        return '<p class="null">No errors: every gold fact was found with every attribute right.</p>'
    return (
        '<table class="errors" id="errors-table"><thead><tr><th>document</th><th>kind</th><th>error</th>'
        f"<th>gold</th><th>predicted</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _fact_cell(kind: str, fact: dict[str, Any] | None, wrong: set[str]) -> str:
    if fact is None:
        return '<span class="null">—</span>'
    keys = list(dict.fromkeys([_KEY_ATTR.get(kind), *ATTRIBUTES.get(kind, ())]))  # the key attribute once
    attrs = []
    for a in keys:
        if a is None or a not in fact or (fact[a] is None and a not in wrong):
            continue
        cls = ' class="bad"' if a in wrong else ""
        attrs.append(f"<span{cls}>{esc(a)}: {fmt(fact[a])}</span>")
    pos = (
        f' <small class="null">{esc(fact.get("start"))}–{esc(fact.get("end"))}</small>'
        if "start" in fact
        else ""
    )
    return f'<div class="ft">{esc(fact.get("text"))}{pos}</div><div class="fa">{" · ".join(attrs)}</div>'


def _context(ctx: list[str] | None) -> str:
    if not ctx or len(ctx) != 3:
        return ""
    before, middle, after = ctx
    return f"…{esc(before)}<mark>{esc(middle)}</mark>{esc(after)}…"


def _document(n: int, doc: dict[str, Any]) -> str:
    counts = doc.get("counts") or {}
    problems = sum(counts.get(s, 0) for s in STATUSES if s != "correct")
    badges = " ".join(
        f'<span class="st st-{s}">{counts.get(s, 0)} {_STATUS_LABEL[s]}</span>'
        for s in STATUSES
        if counts.get(s)
    )
    rows = []
    facts = doc.get("facts") or []
    # problems first (in text order), then the correct pairs
    for e in sorted(facts, key=lambda e: e.get("status") == "correct"):
        kind, status = e.get("kind", ""), e.get("status", "")
        wrong = {w.get("attribute") for w in e.get("wrong") or []}
        span = f' <small class="null">span {esc(e["span"])}</small>' if e.get("span") else ""
        rows.append(
            f'<tr class="row-{esc(status)}" data-status="{esc(status)}"><td>{swatch(kind)}{esc(kind)}</td>'
            f'<td><span class="st st-{esc(status)}">{esc(_STATUS_LABEL.get(status, status))}</span>{span}</td>'
            f'<td class="gold">{_fact_cell(kind, e.get("gold"), wrong)}</td>'
            f'<td class="pred">{_fact_cell(kind, e.get("pred"), wrong)}</td>'
            f'<td class="ctx">{_context(e.get("context"))}</td></tr>'
        )
    table = (
        '<table class="pairs"><thead><tr><th>kind</th><th>status</th><th>gold</th><th>predicted</th>'
        f"<th>context</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else '<p class="null">No facts in gold or prediction.</p>'
    )
    title = f" — {esc(doc['title'])}" if doc.get("title") else ""
    return (
        f'<details class="doc" id="doc-{n}" data-problems="{problems}">'
        f"<summary><b>{esc(doc.get('label'))}</b>{title} {badges}</summary>{table}</details>"
    )


def render(result: dict[str, Any], *, title: str = "Evaluation report") -> str:
    """The HTML report of an ``evaluate()`` result (with ``documents_detail`` when present)."""
    micro, macro = result.get("micro") or {}, result.get("macro") or {}
    details = result.get("documents_detail") or []
    totals = {s: sum((d.get("counts") or {}).get(s, 0) for d in details) for s in STATUSES}
    kpis = [
        ("documents", result.get("documents")),
        ("gold facts", micro.get("gold")),
        ("predicted facts", micro.get("predicted")),
        ("micro F1 (all facts pooled)", micro.get("f1")),
        ("macro F1 (mean of the kinds' F1)", macro.get("f1")),
    ]
    kpis += [(_STATUS_LABEL[s], totals[s]) for s in STATUSES] if details else []
    kpi_html = "".join(
        f'<div class="kpi"><b>{_f3(v) if isinstance(v, float) else fmt(v)}</b><small>{esc(k)}</small></div>'
        for k, v in kpis
    )
    flagged = sorted(
        ((i, d) for i, d in enumerate(details) if any((d.get("counts") or {}).get(s) for s in STATUSES[1:])),
        key=lambda it: -sum((it[1].get("counts") or {}).get(s, 0) for s in STATUSES[1:]),
    )
    toc = "".join(
        f'<li><a href="#doc-{i}">{esc(d.get("label"))}</a> '
        f'<span class="null">({sum((d.get("counts") or {}).get(s, 0) for s in STATUSES[1:])})</span></li>'
        for i, d in flagged
    )
    problem_docs = "".join(_document(i, d) for i, d in flagged)
    flagged_ids = {i for i, _ in flagged}
    clean = [(i, d) for i, d in enumerate(details) if i not in flagged_ids]
    docs_html = problem_docs + (
        f'<details class="fold" id="clean-docs"><summary>{len(clean)} documents without problems</summary>'
        + "".join(_document(i, d) for i, d in clean)
        + "</details>"
        if clean
        else ""
    )
    errors = sum(totals[s] for s in STATUSES[1:])
    body = (
        f'<header><h1>{esc(title)}</h1><div class="meta">Gold facts are matched to predicted facts as '
        "described in corpus/README.md; attributes are scored on matched pairs only.</div></header>\n"
        f'<main><div class="kpis">{kpi_html}</div>'
        f"<h2>Scores per kind</h2>"
        '<p class="explain">Precision: the share of predicted facts that are in the gold. Recall: the share '
        "of gold facts that were found. F1: their harmonic mean. Strict span F1 counts a match only when the "
        "start and end offsets are the same as the gold's; partial span F1 when the spans overlap. The micro "
        "average pools the facts of every kind; the macro average is the mean of the kinds' scores, so a "
        f"small kind weighs as much as a large one.</p>{_kind_rows(result)}"
        "<h2>Weakest attributes</h2>"
        '<p class="explain">Accuracy of each attribute on the facts that were matched, lowest first.</p>'
        f"{_worst_attributes(result)}"
        + (
            f'<h2 id="errors">Errors ({errors})</h2><p class="explain">Missed: a gold fact not found. '
            "Spurious: a predicted fact not in the gold. Wrong attribute: a matched fact with an attribute "
            f"value (in red) unlike the gold's.</p>{_error_table(details)}"
            if details
            else ""
        )
        + f"<h2>Attribute accuracy (on matched facts)</h2>{_attribute_tables(result)}"
        "<h2>Confusions of attribute values</h2>"
        '<p class="explain">Only the pairs where the predicted value differs from the gold value; open one '
        f"to see them.</p>{_confusion_tables(result)}"
        + (
            f'<h2 id="documents">Documents ({len(details)}; {len(flagged)} with problems)</h2>'
            + '<p class="explain">Documents with problems first, most problems first; open one for its '
            "gold and predicted facts side by side, with the sentence around each.</p>"
            + (f'<ol class="toc">{toc}</ol>' if toc else "")
            + docs_html
            if details
            else ""
        )
        + "</main>\n<footer>Made by vn-news-extract evaluate --report.</footer>"
    )
    return page(title, body, _CSS, _SCRIPT)


# A link to a document (from the errors table or the list) opens its folded section, and the fold around it.
_SCRIPT = """(function(){
function openTarget(){var id=location.hash.slice(1);var el=id&&document.getElementById(id);
while(el){if(el.tagName==='DETAILS'){el.open=true;}el=el.parentElement;}}
window.addEventListener('hashchange',openTarget);openTarget();
})();"""
