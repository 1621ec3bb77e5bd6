"""Sector phrases linked to VSIC 2018 sections and divisions.

The phrase table is generated from the official names (exact, confidence 1.0), variants news uses
(no parenthetical exclusions, no "chưa được phân vào đâu", commas dropped: 0.9) and a curated alias list
(0.95).  Ambiguous words ("xây dựng", "bán lẻ") count only after a sector cue ("ngành", "lĩnh vực"), and
a phrase right after a trade word ("xuất khẩu thủy sản") names goods, not a sector.  Matching is on canonical lower-case text, so tone-mark placement and NFC/NFD
differences do not matter.  A phrase known to be a sector but with no single code keeps ``code: null``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import load_csv, load_json
from ..model import Sector
from ..patterns import WORD_CHAR, alternation
from ..textnorm import canonical
from .view import TextView

_WORD = WORD_CHAR


@dataclass(frozen=True)
class Entry:
    code: str | None
    confidence: float
    context_only: bool


@dataclass(frozen=True)
class Vsic:
    names: dict[str, str]  # code -> official name
    levels: dict[str, str]
    table: dict[str, Entry]  # canonical lower phrase (single spaces, commas kept) -> entry
    pattern: re.Pattern[str]
    classification: str
    cue: re.Pattern[str]
    org_before: re.Pattern[str]
    product_before: re.Pattern[str]
    name_before: re.Pattern[str]
    min_confidence: float


def _phrase_key(text: str) -> str:
    return " ".join(canonical(text).lower().replace(";", ",").split())


def _variants(name: str) -> list[tuple[str, float]]:
    base = _phrase_key(name)
    out = [(base, 1.0)]
    no_paren = _phrase_key(re.sub(r"\s*\([^)]*\)", "", base))
    out.append((no_paren, 0.95))
    for suffix in load_json("sector_aliases.json")["strip_suffixes"]:
        if no_paren.endswith(suffix):
            stripped = no_paren[: -len(suffix)].strip(" ,")
            # "Hoạt động dịch vụ khác" -> "hoạt động dịch vụ" is too generic to stand alone
            out.append((stripped, 0.9 if len(stripped.split()) > 4 else 0.8))
    out.extend((v.replace(",", ""), c * 0.97) for v, c in list(out))
    return out


@lru_cache(maxsize=1)
def vsic() -> Vsic:
    data = load_json("sector_aliases.json")
    names: dict[str, str] = {}
    levels: dict[str, str] = {}
    table: dict[str, Entry] = {}
    for row in load_csv("vsic/vsic2018_sections_divisions.csv"):
        code = row["code"] if row["level"] == "1" else row["parent"] + row["code"]
        name = row["name_vi"]
        names[code] = name if row["level"] == "2" else name[:1] + name[1:].lower()
        levels[code] = "section" if row["level"] == "1" else "division"
        for variant, conf in _variants(name):
            if variant and variant not in table:
                table[variant] = Entry(code, conf, len(variant.split()) <= 2 or conf <= 0.8)
    for phrase, code in data["aliases"].items():
        known = table.get(_phrase_key(phrase))
        table[_phrase_key(phrase)] = Entry(code, known.confidence if known else 0.95, False)
    for phrase, code in data["context_only"].items():
        table.setdefault(_phrase_key(phrase), Entry(code, 0.8, True))
    phrases = _trie_regex([p.split(" ") for p in table])
    cues = alternation(data["cue_words"])
    return Vsic(
        names=names,
        levels=levels,
        table=table,
        pattern=re.compile(rf"(?<!{_WORD})(?:{phrases})(?!{_WORD})"),
        classification=data["classification"],
        cue=re.compile(rf"(?:{cues})\s+(?:công nghiệp\s+|hàng\s+)?$"),
        org_before=re.compile(
            r"(?:^|\s)(?:bộ|sở|cục|vụ|tổng cục|viện|ban|hiệp hội|tập đoàn|tổng công ty|công ty|ngân hàng|trường|"
            r"phòng|ủy ban|đại học|học viện|trung tâm|hội|chi cục|quỹ|báo|tạp chí)\s+$"
        ),
        min_confidence=float(data["min_confidence"]),
        name_before=re.compile(rf"(?:^|\s)(?:{alternation(data['name_before'])})\s+$"),
        product_before=re.compile(rf"(?:^|\s)(?:{alternation(data['product_before'])})\s+$"),
    )


def _trie_regex(phrases: list[list[str]]) -> str:
    """One regex for many word sequences, shared prefixes factored out (fast, longest match first).

    Words are joined by any whitespace; a comma after a word is optional ("máy móc, thiết bị")."""
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            token = re.escape(word.rstrip(",")) + (",?" if word.endswith(",") else "")
            child = node[word]
            rest = build(child) if any(child_word for child_word in child) else ""
            if rest:
                tail = rf"(?:\s+{rest})" + ("?" if "" in child else "")
                branches.append(token + tail)
            else:
                branches.append(token)
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


def lookup(phrase: str) -> Entry | None:
    """The table entry for a sector phrase as written (exact after normalisation), or None."""
    v = vsic()
    key = _phrase_key(phrase)
    return v.table.get(key) or v.table.get(key.replace(",", ""))


def extract(view: TextView) -> list[Sector]:
    v = vsic()
    text = view.ctext
    low = text.lower() if len(text.lower()) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)
    facts: list[Sector] = []
    for m in v.pattern.finditer(low):
        entry = lookup(m.group())
        if entry is None:
            continue
        before = low[max(0, m.start() - 25) : m.start()]
        if text[m.start()].isupper() and v.org_before.search(before):
            continue  # "Bộ Xây dựng", "Sở Y tế": an organisation, not a sector
        if v.name_before.search(before):
            continue  # "Luật Kinh doanh bất động sản": part of a name
        cued = bool(v.cue.search(before))
        if not cued and v.product_before.search(before):
            continue  # "xuất khẩu thủy sản", "giá thép xây dựng": goods, not a sector
        if entry.context_only and not cued:
            continue
        confidence = entry.confidence if not entry.context_only else (0.85 if cued else 0.8)
        code = entry.code if confidence >= v.min_confidence else None
        fact = Sector(
            **view.span(m.start(), m.end()),
            code=code,
            name=v.names.get(code) if code else None,
            level=v.levels.get(code) if code else None,
            classification=v.classification,
            confidence=round(confidence, 2),
        )
        facts.append(fact)
    return facts
