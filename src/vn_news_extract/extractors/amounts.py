"""Amounts of money and counts with the value normalised to a number and a unit.

"29.236 tỷ đồng" -> 29236000000000 VND, "1,2 triệu USD" -> 1200000 USD, "2,1 triệu tỷ đồng" -> 2.1e18 VND,
"62.000 đồng/kg" -> 62000 VND per kg, "85 sản phẩm" -> 85 "sản phẩm", "1.240 trường học" -> "trường học".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from ..model import Amount
from ..patterns import NOT_BEFORE_WORD, YEAR, alternation, guarded
from .numbers import NUM, parse_number
from .view import TextView

_TAIL = NOT_BEFORE_WORD
_RATE_OR_SHARE_AFTER = re.compile(r"\s*[/%]")  # "5 tỷ/..." or "5 %": not a count
_YEAR = re.compile(YEAR)  # "năm 2024 tỉnh ...": a year, not a count


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    d = load_json("amount_units.json")
    scales = d["scales"]
    scale_re = rf"(?P<scales>(?:\s+(?:{alternation(list(scales))}){_TAIL})*)"
    return {
        "scales": scales,
        "scale_word": re.compile(alternation(list(scales))),
        "money": d["money"],
        "re": guarded(
            rf"(?<![\w/.,])(?P<num>{NUM}){scale_re}\s*(?:(?P<money>{alternation(list(d['money']))}){_TAIL}"
            rf"(?:/(?P<per>[\w²³]+))?|(?P<count>{alternation(d['count'])}){_TAIL})"
        ),
        "qualifier": re.compile(rf"(?<!\w)(?P<q>{alternation(d['qualifiers'])})\s+$", re.IGNORECASE),
        "more_units": re.compile(rf"(?:,\s*|\s+và\s+)(?:{alternation(d['count'])}){_TAIL}"),
    }


def _unit_phrase(text: str, pos: int, unit: str) -> str:
    """A count's unit: its noun and the count nouns enumerated after it ("xã, phường", "quốc gia và
    vùng lãnh thổ"); modifiers and verbs after the noun are not part of the unit."""
    lex = _lex()
    while True:
        m = lex["more_units"].match(text, pos)
        if not m:
            return unit
        unit += m.group()
        pos = m.end()


def extract(view: TextView) -> list[Amount]:
    text = view.ctext
    lex = _lex()
    facts: list[Amount] = []
    for m in lex["re"].finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        money = m.group("money")
        if not money:
            if _RATE_OR_SHARE_AFTER.match(text, m.end(), m.end() + 2):
                continue
            if not m.group("scales") and _YEAR.fullmatch(m.group("num")):
                continue
        amount: float = value
        for word in lex["scale_word"].findall(m.group("scales") or ""):
            amount *= lex["scales"][word]
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        q = lex["qualifier"].search(text[max(0, m.start() - 15) : m.start()])
        end = m.end("money") if money else m.end()
        fact = Amount(
            **view.span(m.start(), end),
            value=amount,
            unit=lex["money"][money] if money else _unit_phrase(text, m.end(), m.group("count")),
            kind="money" if money else "count",
            qualifier=q.group("q").lower() if q else None,
            per=m.group("per") if money else None,
        )
        facts.append(fact)
    return facts
