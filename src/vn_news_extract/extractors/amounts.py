"""Amounts of money and counts with the value normalised to a number and a unit.

"29.236 tỷ đồng" -> 29236000000000 VND, "1,2 triệu USD" -> 1200000 USD, "172 sản phẩm" -> 172 sản phẩm.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from .numbers import NUM, parse_number
from .view import TextView


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    d = load_json("amount_units.json")
    scales = d["scales"]
    scale_re = rf"(?:\s+(?P<scale>{_alt(list(scales))}))?"
    tail = r"(?![\wà-ỹ])"
    return {
        "scales": scales,
        "money": d["money"],
        "re": re.compile(
            rf"(?<![\w/.,])(?P<num>{NUM}){scale_re}\s*(?:(?P<money>{_alt(list(d['money']))}){tail}"
            rf"|(?P<count>{_alt(d['count'])}){tail})"
        ),
        "qualifier": re.compile(rf"(?<![\wà-ỹ])(?P<q>{_alt(d['qualifiers'])})\s+$", re.IGNORECASE),
    }


def extract(view: TextView) -> list[dict[str, Any]]:
    text = view.ctext
    lex = _lex()
    facts: list[dict[str, Any]] = []
    for m in lex["re"].finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if re.match(r"\s*[/%]", text[m.end():m.end() + 2]) and not m.group("money"):
            continue
        scale = lex["scales"].get(m.group("scale") or "", 1)
        amount = value * scale
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        q = lex["qualifier"].search(text[max(0, m.start() - 15):m.start()])
        fact = view.span(m.start(), m.end())
        money = m.group("money")
        fact.update(
            value=amount,
            unit=lex["money"][money] if money else m.group("count"),
            kind="money" if money else "count",
            qualifier=q.group("q").lower() if q else None,
            _cstart=m.start(),
            _cend=m.end(),
        )
        facts.append(fact)
    return facts
