"""The place a figure is about: the whole country, a province or city (the 34 current and 63 former
ones), or a foreign country; from the figure's sentence, else from the article.

``find_location(sentence, article_text, at)`` is pure: it reads only its arguments and the data files
(``data/names/provinces_34_2025_with_merged_old_provinces.csv`` for the provinces, ``data/kb/locations.json``
for aliases, country words and foreign countries).  In the sentence the place nearest before the figure
(``at``, an offset into the sentence) wins, else the first after it; in the article the place named most
often (ties: the first named).  A province name that continues a person's name ("Nguyễn Thái Bình") is
not a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import load_csv, load_json
from ..textnorm import UPPER

LOCAL = "<local>"  # "toàn tỉnh", "trên địa bàn": the article's own province
_PROVINCES = "names/provinces_34_2025_with_merged_old_provinces.csv"
_SURNAMES = "names/surname_freq_derived_from_duyet_uit_member.csv"
_ADMIN_WORD = re.compile(r"^(Tỉnh|Thành phố)\s+")


class _Lex(NamedTuple):
    pattern: re.Pattern[str]
    canonical: dict[str, str]  # matched text -> place name
    national_name: str
    name_words: frozenset[str]  # surnames and middle names: a place right after one is part of a name
    countries: frozenset[str]  # foreign country names (not provinces)


def _short(name: str) -> str:
    return _ADMIN_WORD.sub("", name.strip())


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    data = load_json("kb/locations.json")
    canonical: dict[str, str] = {}
    for row in load_csv(_PROVINCES):
        canonical[row["short_2025"]] = row["short_2025"]
        for old in row["merged_from_old_provinces"].split(";"):
            if old.strip():
                canonical.setdefault(_short(old), _short(old))
    for place, aliases in data["province_aliases"].items():
        canonical.setdefault(place, place)
        for alias in aliases:
            canonical[alias] = place
    for country, names in data["countries"].items():
        for name in names:
            canonical.setdefault(name, country)
    national = data["national_name"]
    for name in data["not_places"]:
        canonical[name] = ""  # matched (so its place name inside is not), then dropped
    proper = sorted(canonical, key=len, reverse=True)
    common = sorted(data["national"], key=len, reverse=True)
    for phrase in common:
        canonical[phrase.lower()] = national
    local = sorted(data["local_refs"], key=len, reverse=True)
    for phrase in local:
        canonical[phrase.lower()] = LOCAL
    common = sorted(common + local, key=len, reverse=True)
    prefixes = "|".join(re.escape(p) for p in sorted(data["admin_prefixes"], key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.])(?:(?i:{prefixes})\s*)?(?P<p>{'|'.join(re.escape(n) for n in proper)})(?![\w])"
        rf"|(?<!\w)(?P<n>(?i:{'|'.join(re.escape(n) for n in common)}))(?!\w)"
    )
    words = {row["surname"] for row in load_csv(_SURNAMES)} | set(data["name_particles"])
    return _Lex(pattern, canonical, national, frozenset(words), frozenset(data["countries"]))


def is_foreign(place: str) -> bool:
    """Whether ``place`` is a foreign country of ``data/kb/locations.json``."""
    return place in _lex().countries


def national_name() -> str:
    """The name of the whole country ("Việt Nam")."""
    return _lex().national_name


_PREV_WORD = re.compile(rf"([{UPPER}][\w]*)\s+$")


def places_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, place) for every place named in ``text`` ("tỉnh"/"TP" before it included)."""
    lex = _lex()
    out = []
    for m in lex.pattern.finditer(text):
        if m.group("p"):
            if m.start("p") == m.start():  # no "tỉnh"/"TP" before it: could continue a person's name
                prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
                if prev and prev.group(1) in lex.name_words:
                    continue
            if lex.canonical[m.group("p")]:
                out.append((m.start(), m.end(), lex.canonical[m.group("p")]))
        else:
            out.append((m.start(), m.end(), lex.canonical[m.group("n").lower()]))
    return out


def _places(text: str) -> list[tuple[int, str]]:
    return [(start, place) for start, _end, place in places_in(text)]


@lru_cache(maxsize=8)
def _main_place(article_text: str, provinces_only: bool) -> str | None:
    """The place the article names most (ties: the first named); cached: every figure of a record asks
    for the same article."""
    lex = _lex()
    named = [p for _off, p in _places(article_text) if p != LOCAL]
    if provinces_only:
        named = [p for p in named if p != lex.national_name and p not in lex.countries]
    if not named:
        return None
    counts = Counter(named)
    first = {p: i for i, p in reversed(list(enumerate(named)))}
    return min(counts, key=lambda p: (-counts[p], first[p]))


def find_location(sentence: str, article_text: str = "", at: int | None = None) -> str | None:
    """The place the figure at ``at`` in ``sentence`` is about, else the article's main place, else None."""
    places = [p for p in _places(sentence) if p[1] != LOCAL or article_text]
    if places:
        if at is None:
            place = places[0][1]
        else:
            before = [p for off, p in places if off <= at]
            place = before[-1] if before else places[0][1]
        return _main_place(article_text, provinces_only=True) if place == LOCAL else place
    return _main_place(article_text, provinces_only=False)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[" + UPPER + r"0-9])|\n")


@lru_cache(maxsize=8)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the breaks between the sentences of ``text``, in order."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [s for s, _e in found], [e for _s, e in found]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence of ``text`` that holds ``[start, end)``."""
    starts, ends = _sentence_breaks(text)
    i = bisect_right(ends, start)  # breaks that end at or before the figure
    lo = ends[i - 1] if i else 0
    j = bisect_left(starts, end)  # the first break at or after the figure's end
    return lo, (starts[j] if j < len(starts) else len(text))


def percentage_location(fact: dict[str, object], text: str) -> str | None:
    """``find_location`` for one fact of the record (its ``start``/``end`` index ``text``)."""
    start, end = fact.get("start"), fact.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return find_location("", text)
    lo, hi = sentence_bounds(text, start, end)
    return find_location(text[lo:hi], text, start - lo)
