"""Officials of many articles -> persons.

Vietnamese full names repeat a lot, so the name is only the first test.  A mention is reduced to a
signature: the name key (case, spacing and tone-mark placement ignored), the gender its honorific gives
("ông"/"bà"), the province or foreign country its organisation names, and the body (the organisation
without places and admin words, abbreviations expanded: "UBND tỉnh Nghệ An" and "Ủy ban nhân dân tỉnh
Nghệ An" are one body of one province; "Bộ trưởng Công Thương" is of "Bộ Công Thương").  A mention joins
a person of the same name when

- their genders do not differ, and
- both name a province: the same one (a promotion from "Phó Chủ tịch" to "Chủ tịch", or a move from
  the province's People's Committee to its Party Committee, stays one person); otherwise
- their bodies agree: one contains the other, or both are bodies of the central state (careers move
  between ministries, the Government and the National Assembly), or one is central and the other a
  province's leading body (leaders are promoted to the centre), or one of them names no body.

Companies, banks, associations and departments must agree, so two namesakes there stay apart.  A
mention that fits several persons goes to the best fit (same province and body, then same province,
then same body, then the person seen in most articles, then the oldest); one that fits none starts a new
person.  Mentions are resolved richest first (province and body, then one of them, then neither), so a
bare "ông Nguyễn Văn A" joins the person its name most often means instead of founding one that would
swallow two namesakes.  ``Resolver`` keeps the persons already known (ids from the database), so a
re-run only resolves new mentions and keeps every id.  Word lists: ``data/kb/bodies.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import load_json
from ..textnorm import fold, key
from .locations import is_foreign, national_name, places_in


class Signature(NamedTuple):
    name_key: str
    gender: str | None
    place: str | None
    body: str | None

    @property
    def richness(self) -> int:
        return (self.place is not None) + (self.body is not None)


@dataclass
class Person:
    id: int
    name: str
    name_key: str
    gender: str | None = None
    place: str | None = None
    bodies: set[str] = field(default_factory=set)
    articles: int = 0


class _BodyLex(NamedTuple):
    abbreviations: list[tuple[re.Pattern[str], str]]
    admin_words: re.Pattern[str]
    genders: dict[str, str]
    central: tuple[str, ...]  # folded prefixes of bodies of the central state
    central_suffixes: tuple[str, ...]  # folded endings of bodies of the central state
    provincial: tuple[str, ...]  # folded prefixes of a province's leading bodies
    title_bodies: tuple[tuple[str, str], ...]  # (folded title prefix, body word), longest first


@lru_cache(maxsize=1)
def _lex() -> _BodyLex:
    data = load_json("kb/bodies.json")
    abbr = [
        (re.compile(rf"(?<![\w-]){re.escape(fold(short))}(?![\w-])"), fold(long))
        for short, long in sorted(data["abbreviations"].items(), key=lambda kv: -len(kv[0]))
    ]
    words = "|".join(re.escape(w) for w in sorted(data["admin_words"], key=len, reverse=True))
    return _BodyLex(
        abbr,
        re.compile(rf"(?<!\w)(?:{words})(?!\w)"),
        dict(data["genders"]),
        tuple(fold(b) for b in data["central_bodies"]),
        tuple(fold(b) for b in data["central_suffixes"]),
        tuple(fold(b) for b in data["provincial_leadership"]),
        tuple(sorted(((fold(t), w) for t, w in data["title_bodies"].items()), key=lambda tw: -len(tw[0]))),
    )


def _starts(body: str, prefixes: tuple[str, ...]) -> bool:
    return any(body == p or body.startswith(p + " ") for p in prefixes)


def body_of(organization: str | None) -> tuple[str | None, str | None]:
    """(place, body) of an organisation: its first province/country, and the rest folded."""
    if not organization:
        return None, None
    places = places_in(organization)
    place = places[0][2] if places else None
    rest = organization
    for start, end, _name in reversed(places):
        rest = rest[:start] + " " + rest[end:]
    folded = fold(rest)
    lex = _lex()
    for pattern, long in lex.abbreviations:
        folded = pattern.sub(long, folded)
    folded = lex.admin_words.sub(" ", folded)
    body = " ".join(re.sub(r"[^\w&]+", " ", folded).split())
    return place, body or None


def _with_body_word(title: str | None, organization: str | None) -> str | None:
    """A minister of "Công Thương" is one of "Bộ Công Thương"; other organisations unchanged."""
    if not title or not organization:
        return organization
    folded_title = fold(title).strip()
    for prefix, word in _lex().title_bodies:
        if folded_title.startswith(prefix):
            if not fold(organization).startswith(fold(word) + " "):
                return f"{word} {organization}"
            break
    return organization


def signature(
    name: str, honorific: str | None, organization: str | None, title: str | None = None
) -> Signature:
    place, body = body_of(_with_body_word(title, organization))
    if place == national_name():
        place = None  # "Ngân hàng Nhà nước Việt Nam": a national body, not a place
    gender = _lex().genders.get((honorific or "").strip())
    return Signature(key(name), gender, place, body)


def _agree(a: str, b: str) -> bool:
    if a == b or a in b or b in a:
        return True
    lex = _lex()
    central_a, central_b = _central(a), _central(b)
    if central_a and central_b:
        return True
    return (central_a and _starts(b, lex.provincial)) or (central_b and _starts(a, lex.provincial))


def _central(body: str) -> bool:
    lex = _lex()
    return _starts(body, lex.central) or any(body.endswith(" " + s) for s in lex.central_suffixes)


def _bodies_agree(body: str, bodies: set[str]) -> bool:
    return any(_agree(body, b) for b in bodies)


def fits(sig: Signature, person: Person) -> int:
    """0 when ``sig`` cannot be ``person``; else a score, higher for a closer fit."""
    if sig.name_key != person.name_key:
        return 0
    if sig.gender and person.gender and sig.gender != person.gender:
        return 0
    if sig.place and person.place:
        if sig.place != person.place:
            return 0
        return 4 if sig.body and sig.body in person.bodies else 3
    if sig.body and person.bodies:
        return 2 if _bodies_agree(sig.body, person.bodies) else 0
    return 1


class Resolver:
    """Assigns mentions to persons, creating persons as needed; ``first_new_id`` is the next id.

    Foreign leaders are often named by their family name alone ("Tổng thống Mỹ Trump"): a name of a
    foreign country's person that is the end of another name of the same country ("Donald Trump") is
    that person when no person has the name itself."""

    def __init__(self, persons: list[Person], first_new_id: int) -> None:
        self.by_name: dict[str, list[Person]] = {}
        self.by_last: dict[tuple[str, str], list[Person]] = {}  # (foreign country, last word) -> persons
        for p in persons:
            self.by_name.setdefault(p.name_key, []).append(p)
            self._index_foreign(p)
        self.next_id = first_new_id
        self.created: list[Person] = []
        self.changed: dict[int, Person] = {}

    def _index_foreign(self, p: Person) -> None:
        if p.place and is_foreign(p.place):
            group = self.by_last.setdefault((p.place, p.name_key.rsplit(" ", 1)[-1]), [])
            if p not in group:
                group.append(p)

    def _same_foreign_person(self, sig: Signature) -> Person | None:
        if not sig.place or not is_foreign(sig.place):
            return None
        group = self.by_last.get((sig.place, sig.name_key.rsplit(" ", 1)[-1]), [])
        related = [
            p
            for p in group
            if p.name_key.endswith(" " + sig.name_key) or sig.name_key.endswith(" " + p.name_key)
        ]
        return max(related, key=lambda p: (p.articles, -p.id)) if related else None

    def resolve(self, name: str, sig: Signature) -> Person:
        candidates = self.by_name.get(sig.name_key, [])
        scored = [(fits(sig, p), p.articles, -p.id, p) for p in candidates]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            person = max(scored, key=lambda s: s[:3])[3]
        else:
            found = self._same_foreign_person(sig)
            if found is None:
                found = Person(self.next_id, name, sig.name_key)
                self.next_id += 1
                self.by_name.setdefault(sig.name_key, []).append(found)
                self.created.append(found)
            person = found
        self._learn(person, sig)
        return person

    def _learn(self, person: Person, sig: Signature) -> None:
        before = (person.gender, person.place, len(person.bodies))
        person.gender = person.gender or sig.gender
        person.place = person.place or sig.place
        if sig.body:
            person.bodies.add(sig.body)
        person.articles += 1
        if (person.gender, person.place, len(person.bodies)) != before:
            self.changed[person.id] = person
        self._index_foreign(person)
