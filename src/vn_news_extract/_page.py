"""Shared pieces of the standalone HTML pages (``show.py``, ``report.py``).

Pages are self-contained: styles and the one script are inline, a Content-Security-Policy forbids every
network fetch, and the script is allowed by its hash only, so a ``<script>`` smuggled in through article
text could not run even if escaping were ever missed.  Every piece of data goes through ``esc``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Mapping
from typing import Any

from .kinds import LiveField

# Colour and label of each fact kind, from the registry (``kinds.py``).
COLORS: Mapping[str, Any] = LiveField("colour")
LABELS: Mapping[str, Any] = LiveField("label")

BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 "DejaVu Sans","Liberation Sans","Segoe UI",Arial,sans-serif;color:#212529;background:#f8f9fa}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #dee2e6}
header h1{margin:0 0 4px;font-size:20px}
header .meta{color:#495057;font-size:13px}
main{padding:16px 24px}
h2{font-size:17px;margin:24px 0 8px}
table{border-collapse:collapse;background:#fff;font-size:13px;margin:4px 0 12px}
th,td{border:1px solid #dee2e6;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f1f3f5;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.null{color:#adb5bd}
code{font:12px "DejaVu Sans Mono",monospace}
.swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
footer{padding:8px 24px 24px;color:#868e96;font-size:12px}
"""


def esc(value: Any) -> str:
    """Text and attribute-safe escaping of anything (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def fmt(value: Any) -> str:
    """A fact attribute as escaped HTML: ``None`` greyed, lists and dicts as compact JSON."""
    if value is None:
        return '<span class="null">—</span>'
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 10_000:
        return esc(group_digits(value))
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return esc(value)


def group_digits(value: float) -> str:
    """``5000000000`` -> ``5 000 000 000`` (narrow no-break spaces: neither the Vietnamese ``.`` nor the
    English ``,``, so the reader of either cannot take a separator for a decimal mark)."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.6g}" if abs(value) < 1e15 else f"{value:g}"
    return text.replace(",", "\u202f")


def swatch(kind: str) -> str:
    return f'<span class="swatch" style="background:{COLORS.get(kind, "#adb5bd")}"></span>'


def page(title: str, body: str, css: str = "", script: str = "") -> str:
    """A complete HTML document; ``body`` must already be escaped HTML."""
    script_src = "'none'"
    script_tag = ""
    if script:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        script_src = f"'sha256-{digest}'"
        script_tag = f"<script>{script}</script>"
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_src}; img-src data:"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="vn-news-extract">\n'
        f"<title>{esc(title)}</title>\n<style>{BASE_CSS}{css}</style>\n</head>\n<body>\n{body}\n{script_tag}\n</body>\n</html>\n"
    )
