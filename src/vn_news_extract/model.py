"""The typed fact model: one frozen dataclass per fact kind.

A fact knows its text and its offsets into ``doc.text`` (``start``/``end``); rules also keep the
canonical-text offsets (``cstart``/``cend``) and may carry facts other rules need (``in_comparison``).
Such fields are declared ``internal`` and never reach the record; ``to_record`` gives the public dict, in
field order.  A field declared ``omit_none`` is left out of the record while it is None (``value_from``).
Fields declared ``sql=False`` are kept out of the SQL fact tables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

# Fields every fact has; the SQL sink stores them in fixed columns.
SPAN_FIELDS = ("text", "start", "end")


def internal(default: Any = None) -> Any:
    """A field the rules use and the record does not show (compared neither by equality nor shown)."""
    return field(default=default, compare=False, repr=False, metadata={"internal": True})


def omit_none(default: Any = None) -> Any:
    return field(default=default, metadata={"omit_none": True})


def not_in_sql(default: Any = None) -> Any:
    return field(default=default, metadata={"sql": False})


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Fact:
    """Base of every fact kind: the span as written (offsets into ``doc.text``) and, for the rules, the
    same span in the canonical text (``cstart``/``cend``: ``TextView.span`` gives all five)."""

    text: str
    start: int
    end: int
    cstart: int = internal(0)
    cend: int = internal(0)

    def to_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, omit in public_fields(type(self)):
            value = getattr(self, name)
            if omit and value is None:
                continue
            out[name] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "to_record"):
        return value.to_record()
    return value


def public_fields(cls: Any) -> tuple[tuple[str, bool], ...]:
    """``(name, omit when None)`` of the fields a record shows, in declaration order."""
    return _public_fields(cls)


@cache
def _public_fields(cls: Hashable) -> tuple[tuple[str, bool], ...]:
    assert isinstance(cls, type)
    return tuple(
        (f.name, bool(f.metadata.get("omit_none")))
        for f in dataclasses.fields(cls)
        if not f.metadata.get("internal")
    )


def attribute_names(cls: type) -> tuple[str, ...]:
    """Public fields other than the span: the attributes of a fact."""
    return tuple(name for name, _omit in public_fields(cls) if name not in SPAN_FIELDS)


def sql_columns(cls: type) -> tuple[str, ...]:
    """The attribute columns of a kind's SQL table."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    return tuple(name for name in attribute_names(cls) if fields[name].metadata.get("sql", True))


@dataclass(frozen=True)
class Period(Fact):
    period_start: str | None = None
    period_end: str | None = None
    in_comparison: bool = internal(False)  # "so với cùng kỳ năm 2023": not a figure's own period
    # "đạt 61% kế hoạch (vốn) năm 2024": the plan's period, the figure's own only when nothing else frames it
    of_plan: bool = internal(False)
    # "phiên ngày thứ Tư": a trading session named relative to the text, never inherited by a later sentence
    local: bool = internal(False)


@dataclass(frozen=True)
class Sector(Fact):
    code: str | None = None
    # every VSIC 2018 section or division the mention covers; ``code`` is the most specific code covering all
    codes: tuple[str, ...] = not_in_sql(())
    name: str | None = None
    level: str | None = None
    classification: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Percentage(Fact):
    value: float = 0.0
    value_max: float | None = None
    unit: str = "percent"
    qualifier: str | None = None
    direction: str | None = None
    indicator: str | None = None
    sector: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    comparison: str | None = None
    value_from: float | None = omit_none()
    # where the figure is about (kb/locations.py, set when the record is built; observations hold it in SQL)
    location: str | None = not_in_sql()


@dataclass(frozen=True)
class Amount(Fact):
    value: float = 0.0
    unit: str | None = None
    kind: str | None = None  # "money" | "count"
    qualifier: str | None = None
    per: str | None = not_in_sql()


@dataclass(frozen=True)
class Official(Fact):
    name: str = ""
    honorific: str | None = None
    prefix: str | None = None
    title: str | None = None
    organization: str | None = None
    former: bool = False  # "nguyên"/"cựu" before the post (the title is written without that word)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Document(Fact):
    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    issuer_abbrev: str | None = None
    date: str | None = None
    subject: str | None = None
    mentions: tuple[Mention, ...] = ()
