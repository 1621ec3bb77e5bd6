"""Document mentions -> one registry key per document, and the fields merged from all its mentions.

A number with its year ("15/2022/NĐ-CP") or a national issuer code ("57-NQ/TW", "152/TTg-CN") names one
document on its own; other numbers ("1520/QĐ-UBND", a bare "412") repeat across provinces and years, so
their key adds the issuer and the year of the document's date.  Laws are keyed by name
("Luật Đất đai 2024"); a mention with neither number nor law name gets no key (not registered).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicon import load_json
from ..patterns import YEAR
from ..textnorm import fold, key

_YEAR = re.compile(rf"/{YEAR}/")


class _DocLex(NamedTuple):
    national: frozenset[str]
    law_types: tuple[str, ...]
    noise: re.Pattern[str]


@lru_cache(maxsize=1)
def _lex() -> _DocLex:
    data = load_json("kb/documents.json")
    noise = "|".join(re.escape(w) for w in data["name_noise"])
    return _DocLex(
        frozenset(fold(c) for c in data["national_codes"]),
        tuple(sorted(data["law_types"], key=len, reverse=True)),
        re.compile(rf"(?<!\w)(?:{noise})(?!\w)", re.IGNORECASE),
    )


def law_name(doc_type: str | None, text: str) -> str | None:
    """The name of a law cited by name ("Luật Đất đai 2024"), else None."""
    lex = _lex()
    if not doc_type or key(doc_type) not in {key(t) for t in lex.law_types}:
        return None
    stripped = " ".join(lex.noise.sub(" ", text).split())
    for law_type in lex.law_types:
        if key(stripped).startswith(key(law_type) + " "):
            return stripped
    return None


def document_key(doc: dict[str, Any]) -> str | None:
    """The registry key of one mention (a ``documents`` row or a record's document dict)."""
    number = (doc.get("number") or "").strip()
    if number:
        folded = fold(number).replace(" ", "")
        code = re.split(r"[/-]", folded)[-1]
        if _YEAR.search(number) or code in _lex().national:
            return f"no:{folded}"
        year = (doc.get("date") or "")[:4]
        return f"no:{folded}|{key(doc.get('type') or '')}|{key(doc.get('issuer') or '')}|{year}"
    name = law_name(doc.get("type"), doc.get("text") or "")
    return f"law:{key(name)}" if name else None


def _most_common(values: Iterable[str | None], prefer_long: bool = False) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    if prefer_long:
        return max(counts, key=lambda v: (len(v), counts[v], v))
    return max(counts, key=lambda v: (counts[v], len(v), v))


def merge(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """Type, number, name, issuer, date and subject of a document from all its mentions: the most
    common value of each (the longest subject)."""
    return {
        "type": _most_common(m.get("type") for m in mentions),
        "number": _most_common(m.get("number") for m in mentions),
        "name": _most_common(law_name(m.get("type"), m.get("text") or "") for m in mentions),
        "issuer": _most_common(m.get("issuer") for m in mentions),
        "date": _most_common(m.get("date") for m in mentions),
        "subject": _most_common((m.get("subject") for m in mentions), prefer_long=True),
    }
