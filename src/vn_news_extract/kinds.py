"""The fact kinds: one registry entry per kind, from which everything kind-specific is derived.

An entry names the kind (its record key, SQL table and ``doc.spans`` key), its fact type (a frozen
dataclass in ``model.py``), its extractor (a pure function of a ``TextView`` and the facts of the kinds it
``requires``, passed as keyword arguments), how gold matches it (``match.py``; None: not scored) and how
``show`` and the report draw it.  The record's fact lists, the SQL columns, the evaluator's kinds and
attributes, ``show`` and the schema check read this registry.  Adding a kind is a module and one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import match
from .extractors import amounts, documents, officials, percentages, periods, sectors
from .model import Amount, Document, Fact, Official, Percentage, Period, Sector, attribute_names, sql_columns

Extractor = Callable[..., Sequence[Fact]]


@dataclass(frozen=True)
class Kind:
    name: str
    fact_type: type[Fact]
    extract: Extractor
    requires: tuple[str, ...] = ()
    match: match.Matcher | None = None  # how gold matches a prediction; None: the evaluator skips the kind
    attributes: tuple[str, ...] = ()  # attributes the evaluator scores on matched pairs
    confusion: tuple[str, ...] = ()  # of those, the ones with few values (gold x predicted tables)
    key_attribute: str | None = None  # what matching looks at, shown first in the report
    colour: str = "#adb5bd"
    label: str = ""
    sql_indexes: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The attributes a record shows for this kind (besides text, start, end)."""
        return attribute_names(self.fact_type)

    @property
    def sql_columns(self) -> tuple[str, ...]:
        return sql_columns(self.fact_type)


# fmt: off
_BUILTIN = (
    Kind("percentages", Percentage, percentages.extract, requires=("sectors", "periods"),
         match=match.by_value_in_sentence,
         attributes=("value_max", "unit", "qualifier", "direction", "sector", "period", "comparison"),
         confusion=("unit", "qualifier", "direction", "sector"), key_attribute="value",
         colour="#e8590c", label="percentage", sql_indexes=("sector", "indicator")),
    Kind("sectors", Sector, sectors.extract, match=match.by_code_and_span, attributes=("code", "codes"),
         confusion=("code",), key_attribute="code", colour="#2f9e44", label="sector", sql_indexes=("code",)),
    Kind("officials", Official, officials.extract, match=match.by_name,
         attributes=("honorific", "title", "organization", "former"), confusion=("honorific",),
         key_attribute="name", colour="#1971c2", label="official", sql_indexes=("name",)),
    Kind("documents", Document, documents.extract, match=match.by_number,
         attributes=("type", "date", "issuer"), confusion=("type", "issuer"), key_attribute="number",
         colour="#9c36b5", label="document", sql_indexes=("number",)),
    Kind("amounts", Amount, amounts.extract, match=match.by_amount_in_sentence, attributes=("unit", "kind"),
         confusion=("unit", "kind"), key_attribute="value", colour="#0c8599", label="amount",
         sql_indexes=("kind",)),
    Kind("periods", Period, periods.extract, colour="#868e96", label="period", sql_indexes=("period_start",)),
)
# fmt: on

_REGISTRY: dict[str, Kind] = {k.name: k for k in _BUILTIN}


def register(kind: Kind) -> None:
    """Add a kind (after the built-in ones); its ``requires`` must be registered already."""
    if kind.name in _REGISTRY:
        raise ValueError(f"fact kind {kind.name!r} is already registered")
    missing = [r for r in kind.requires if r not in _REGISTRY]
    if missing:
        raise ValueError(f"fact kind {kind.name!r} requires unknown kinds: {', '.join(missing)}")
    _REGISTRY[kind.name] = kind


def unregister(name: str) -> None:
    """Remove a kind added with ``register`` (the built-in kinds stay)."""
    if name in {k.name for k in _BUILTIN}:
        raise ValueError(f"{name!r} is a built-in fact kind")
    _REGISTRY.pop(name, None)


def all_kinds() -> tuple[Kind, ...]:
    """Every registered kind, in record order."""
    return tuple(_REGISTRY.values())


def names() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def get(name: str) -> Kind:
    return _REGISTRY[name]


def scored() -> tuple[Kind, ...]:
    """The kinds the evaluator scores (those with a matcher)."""
    return tuple(k for k in _REGISTRY.values() if k.match is not None)


def in_order(wanted: Sequence[str] | None = None) -> list[Kind]:
    """The kinds to run for ``wanted`` (default: all), with what they require, each after its requirements."""
    order: list[Kind] = []
    seen: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in seen:
            return
        if name in path:
            raise ValueError(f"fact kinds require each other: {' -> '.join((*path, name))}")
        kind = _REGISTRY[name]
        for req in kind.requires:
            visit(req, (*path, name))
        seen.add(name)
        order.append(kind)

    for name in wanted if wanted is not None else names():
        visit(name, ())
    return order


class LiveNames(Sequence[str]):
    """The registered kind names as a sequence read at each use (a kind registered later is in it)."""

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return names()[index]

    def __len__(self) -> int:
        return len(_REGISTRY)

    def __repr__(self) -> str:
        return repr(names())


class LiveField(Mapping[str, Any]):
    """``kind name -> one field of its entry`` (``colour``, ``label``), read at each use."""

    def __init__(self, attr: str) -> None:
        self.attr = attr

    def __getitem__(self, name: str) -> Any:
        return getattr(_REGISTRY[name], self.attr)

    def __iter__(self) -> Iterator[str]:
        return iter(names())

    def __len__(self) -> int:
        return len(_REGISTRY)
