"""How a predicted fact matches a gold fact, per kind (the evaluator's matchers, named in the registry).

A matcher takes ``(gold, predicted, near)`` and gives a distance, or None when the two cannot be the same
fact; ``near(gold, predicted)`` is the evaluator's distance for two facts in the same sentence (None across
sentences or for a gold fact not found in the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .textnorm import key as text_key

FactDict = dict[str, Any]
Near = Callable[[FactDict, FactDict], float | None]
Matcher = Callable[[FactDict, FactDict, Near], float | None]


def norm(value: Any) -> Any:
    """A value as compared: text by its canonical key, lists as sorted tuples, 3.0 as 3."""
    if isinstance(value, list | tuple):
        return tuple(sorted(str(norm(v)) for v in value))
    if isinstance(value, str):
        return text_key(value).rstrip(" .,;:")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def overlap(a: FactDict, b: FactDict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def number_key(n: str | None) -> str | None:
    return re.sub(r"\s+", "", n).upper() if n else None


def by_value_in_sentence(g: FactDict, p: FactDict, near: Near) -> float | None:
    """Percentages: the same value in the same sentence."""
    if abs(float(g["value"]) - float(p["value"])) > 1e-9:
        return None
    return near(g, p)


def by_amount_in_sentence(g: FactDict, p: FactDict, near: Near) -> float | None:
    """Amounts: the same value (relative tolerance 1e-6) in the same sentence."""
    if abs(float(g["value"]) - float(p["value"])) > 1e-6 * max(1.0, abs(float(g["value"]))):
        return None
    return near(g, p)


def by_name(g: FactDict, p: FactDict, near: Near) -> float | None:
    """Officials: the same name."""
    return 0.0 if norm(g["name"]) == norm(p["name"]) else None


def by_number(g: FactDict, p: FactDict, near: Near) -> float | None:
    """Documents: the same normalised number; laws without one by overlapping span or the same text."""
    gk, pk = number_key(g.get("number")), number_key(p.get("number"))
    if gk or pk:
        return 0.0 if gk == pk else None
    return 0.0 if overlap(g, p) or norm(g["text"]) == norm(p["text"]) else None


def by_code_and_span(g: FactDict, p: FactDict, near: Near) -> float | None:
    """Sectors: overlapping spans, and the same code when both give one."""
    if not overlap(g, p):
        return None
    if g.get("code") and p.get("code") and g["code"] != p["code"]:
        return None
    return float(abs(g["start"] - p["start"]))
