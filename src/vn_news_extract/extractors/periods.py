"""Time periods with ISO bounds when the text pins them down.

"9 tháng năm 2024" -> 2024-01-01..2024-09-30, "6 tháng đầu năm 2024" -> ..06-30, "6 tháng cuối năm" ->
07-01..12-31, "quý III/2024", "tháng 8/2024", "năm 2023", "giai đoạn 2021 - 2025", "nửa đầu năm 2024".
Without a year the bounds stay null.  A period inside a comparison ("so với cùng kỳ năm 2023") is marked
``in_comparison`` so that percentages do not take it as their own period.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from .view import TextView

_Y = r"(?:19|20)\d{2}"
_YEAR_TAIL = rf"(?:\s*(?:/|năm)\s*(?P<y>{_Y}))?"

PERIOD_RE = re.compile(
    "|".join(
        [
            rf"(?P<range>giai đoạn\s+(?P<ra>{_Y})\s*[-–—]\s*(?P<rb>{_Y}))",
            rf"(?P<months>(?P<n>\d{{1,2}})\s+tháng(?P<part>\s+đầu|\s+cuối)?(?:\s+năm(?:\s+(?P<my>{_Y}))?|\s*/\s*(?P<my2>{_Y}))?)(?!\s*tuổi)",
            rf"(?P<half>(?P<hw>nửa đầu|nửa cuối|6 tháng đầu|6 tháng cuối)\s+năm(?:\s+(?P<hy>{_Y}))?)",
            rf"(?P<quarter>quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:/|năm)\s*(?P<qy>{_Y}))?)",
            rf"(?P<month>tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?:\s*(?:/|năm)\s*(?P<mmy>{_Y}))?)",
            rf"(?P<year>năm\s+(?P<yy>{_Y}))(?!\d)",
        ]
    ),
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    data = load_json("periods.json")
    words = "|".join(re.escape(w) for w in sorted(data["deadline_before"], key=len, reverse=True))
    comp = "|".join(re.escape(w) for w in data["comparison_before"])
    return {
        "roman": data["roman"],
        "deadline": re.compile(rf"(?:^|\s)(?:{words})\s*$", re.IGNORECASE),
        "comparison": re.compile(rf"(?:{comp})\s*$", re.IGNORECASE),
    }


def _bounds(y: int, m1: int, m2: int) -> tuple[str, str]:
    last = calendar.monthrange(y, m2)[1]
    return f"{y:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{last:02d}"


def resolve(m: re.Match[str]) -> tuple[str | None, str | None]:
    g = m.groupdict()
    if g["range"]:
        return f"{g['ra']}-01-01", f"{g['rb']}-12-31"
    if g["half"]:
        if not g["hy"]:
            return None, None
        first = "đầu" in g["hw"].lower()
        return _bounds(int(g["hy"]), 1 if first else 7, 6 if first else 12)
    if g["months"]:
        year = g["my"] or g["my2"]
        n = int(g["n"])
        if not year or not 1 <= n <= 12:
            return None, None
        if g["part"] and "cuối" in g["part"].lower():
            return _bounds(int(year), 13 - n, 12)
        return _bounds(int(year), 1, n)
    if g["quarter"]:
        q = g["q"].lower()
        qn = int(q) if q.isdigit() else _lex()["roman"][q]
        return _bounds(int(g["qy"]), 3 * qn - 2, 3 * qn) if g["qy"] else (None, None)
    if g["month"]:
        mm = int(g["m"])
        return _bounds(int(g["mmy"]), mm, mm) if g["mmy"] else (None, None)
    if g["year"]:
        return _bounds(int(g["yy"]), 1, 12)
    return None, None


def extract(view: TextView) -> list[dict[str, Any]]:
    text = view.ctext
    lex = _lex()
    facts: list[dict[str, Any]] = []
    for m in PERIOD_RE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if m.group("year") and lex["deadline"].search(before):
            continue
        if re.search(r"\d\s*$", before) and (m.group("month") or m.group("year")):
            continue  # part of a date: "ngày 15 tháng 8 năm 2024"
        if m.group("year") and re.search(r"tháng\s+\d{1,2}\s*$", before):
            continue
        if m.group("months") and not (m.group("my") or m.group("my2") or m.group("part")):
            # "3 tháng" alone is a duration unless it is clearly a reporting period ("9 tháng qua",
            # "trong 9 tháng", "tính chung 9 tháng").
            reporting = re.match(r"\s+(?:qua|đầu năm|năm nay)", text[m.end() : m.end() + 12]) or re.search(
                r"(?:tính chung|trong|sau|qua|của|cả)\s+$", before, re.IGNORECASE
            )
            if not reporting:
                continue
        start_iso, end_iso = resolve(m)
        fact = view.span(m.start(), m.end())
        fact.update(
            period_start=start_iso,
            period_end=end_iso,
            in_comparison=bool(lex["comparison"].search(before)),
            _cstart=m.start(),
            _cend=m.end(),
        )
        facts.append(fact)
    return facts
