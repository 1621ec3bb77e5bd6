"""A small Datasette plugin: a line chart of a canned query's rows, drawn as SVG on the server (one line
per series through the median of each date, every row a dot with its value on hover).

Charts are configured in the metadata (``plugins.vn-news-extract.charts.<query>``: ``x`` a date column,
``y`` a number column, optional ``series`` column, ``title``).  ``/-/chart/<database>/<query>?<params>``
runs the canned query with the same parameters and returns a page with the chart; on the canned query's
own page a script embeds that chart above the table (no JavaScript library, nothing from the network).
"""

from __future__ import annotations

import html
import json
import re
import statistics
from datetime import date
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response

PLUGIN = "vn-news-extract"
WIDTH, HEIGHT, PAD = 760, 320, 48
LEGEND = 140  # room for the series names right of the plot
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _charts(datasette: Any) -> dict[str, dict[str, str]]:
    return (datasette.plugin_config(PLUGIN) or {}).get("charts", {})


def _day(value: Any) -> int | None:
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def svg_chart(rows: list[dict[str, Any]], x: str, y: str, series: str | None = None, title: str = "") -> str:
    """An SVG line chart of ``rows`` (dicts): one line per ``series`` value, x a date, y a number."""
    points: dict[str, list[tuple[int, float, str]]] = {}
    for row in rows:
        day, value = _day(row.get(x)), row.get(y)
        if day is None or not isinstance(value, int | float):
            continue
        name = str(row.get(series) or "—") if series else y
        points.setdefault(name, []).append((day, float(value), str(row.get(x))[:10]))
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="vne-chart" width="{WIDTH + LEGEND}" height="{HEIGHT}" '
        f'role="img" aria-label="{html.escape(title or y)}">'
    )
    parts = [head]
    if not points:
        parts.append(f'<text x="{PAD}" y="{HEIGHT // 2}">no dated values to draw</text></svg>')
        return "".join(parts)
    days = [p[0] for pts in points.values() for p in pts]
    values = [p[1] for pts in points.values() for p in pts]
    d0, d1 = min(days), max(days) if max(days) > min(days) else min(days) + 1
    v0, v1 = min(0.0, min(values)), max(values) if max(values) > min(0.0, min(values)) else 1.0

    def sx(day: int) -> float:
        return PAD + (day - d0) / (d1 - d0) * (WIDTH - 2 * PAD)

    def sy(value: float) -> float:
        return HEIGHT - PAD - (value - v0) / (v1 - v0) * (HEIGHT - 2 * PAD)

    parts.append(f'<text x="{PAD}" y="20" font-weight="bold">{html.escape(title)}</text>')
    parts.append(
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" stroke="#444"/>'
    )
    parts.append(f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#444"/>')
    for value in (v0, (v0 + v1) / 2, v1):
        parts.append(f'<text x="4" y="{sy(value) + 4:.1f}" font-size="11">{value:g}</text>')
    for day in (d0, d1):
        label = date.fromordinal(day).isoformat()
        parts.append(f'<text x="{sx(day) - 30:.1f}" y="{HEIGHT - PAD + 16}" font-size="11">{label}</text>')
    for i, (name, pts) in enumerate(sorted(points.items(), key=lambda kv: -len(kv[1]))[: len(COLOURS)]):
        colour = COLOURS[i]
        pts.sort()
        by_day: dict[int, list[float]] = {}
        for d, v, _ in pts:
            by_day.setdefault(d, []).append(v)
        # the line joins each day's median; every value is a dot
        path = " ".join(f"{sx(d):.1f},{sy(statistics.median(vs)):.1f}" for d, vs in sorted(by_day.items()))
        parts.append(
            f'<polyline class="vne-series" fill="none" stroke="{colour}" stroke-width="1.5" points="{path}"/>'
        )
        for d, v, label in pts:
            parts.append(
                f'<circle cx="{sx(d):.1f}" cy="{sy(v):.1f}" r="3" fill="{colour}">'
                f"<title>{html.escape(name)} {label}: {v:g}</title></circle>"
            )
        parts.append(
            f'<text x="{WIDTH - PAD + 4}" y="{PAD + 14 * i}" font-size="11" fill="{colour}">'
            f"{html.escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


async def chart_page(datasette: Any, request: Any) -> Response:
    database, query = request.url_vars["database"], request.url_vars["query"]
    spec = _charts(datasette).get(query)
    canned = await datasette.get_canned_query(database, query, request.actor) if spec else None
    if not spec or not canned:
        return Response.html(f"<p>No chart for {html.escape(database)}/{html.escape(query)}</p>", status=404)
    db = datasette.get_database(database)
    params = {k: request.args.get(k, "") for k in _named_params(canned["sql"])}
    result = await db.execute(canned["sql"], params)
    rows = [dict(zip(result.columns, row, strict=False)) for row in result.rows]
    svg = svg_chart(rows, spec["x"], spec["y"], spec.get("series"), spec.get("title", query))
    body = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(query)}</title></head>"
        f"<body style='margin:0'>{svg}<p style='font:12px sans-serif'>{len(rows)} rows</p></body></html>"
    )
    return Response.html(body)


def _named_params(sql: str) -> list[str]:
    return sorted(set(re.findall(r"(?<![:\w]):([A-Za-z_]\w*)", sql)))


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/chart/(?P<database>[^/]+)/(?P<query>[^/]+)$", chart_page)]


@hookimpl
def extra_body_script(database: str | None, request: Any, datasette: Any) -> str:
    """On a canned query page with a chart: embed the chart for the page's own parameters."""
    table = (request.url_vars or {}).get("table") if request is not None else None
    if not database or not table or table not in _charts(datasette):
        return ""
    src = json.dumps(datasette.urls.path(f"/-/chart/{database}/{table}"))
    return (
        "(function(){var f=document.createElement('iframe');"
        f"f.src={src}+window.location.search;f.id='vne-chart';f.title='chart';"
        f"f.width='{WIDTH + LEGEND + 20}';f.height='{HEIGHT + 40}';f.style.border='0';"
        "var t=document.querySelector('form.sql')||document.querySelector('h1');"
        "t.parentNode.insertBefore(f,t.nextSibling);})();"
    )
