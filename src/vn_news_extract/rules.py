"""The pure rules core: text view in, typed facts out.

``extract_facts(view)`` runs every registered kind's extractor once, each after the kinds it requires, and
passes it their facts as keyword arguments (``percentages.extract(view, sectors=..., periods=...)``).  No
spaCy, no underthesea, no state kept between calls: the rule tests call this with
``TextView.from_text(text)``; the spaCy component (``nlp/components.py``) calls it with underthesea's
sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from . import kinds
from .extractors.view import TextView
from .model import Fact


def extract_facts(view: TextView, wanted: Sequence[str] | None = None) -> dict[str, list[Fact]]:
    """The facts of every kind in ``wanted`` (default: all registered kinds) and of the kinds they require."""
    out: dict[str, list[Fact]] = {}
    for kind in kinds.in_order(wanted):
        out[kind.name] = list(kind.extract(view, **{r: out[r] for r in kind.requires}))
    return out


def word_matches(
    view: TextView, pattern: re.Pattern[str], text: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text`` (default the canonical text; a same-length copy such as its lower
    case) that start and end on word boundaries: the lexicon matcher for rules that read words."""
    for m in pattern.finditer(view.ctext if text is None else text):
        if view.on_words(m.start(), m.end()):
            yield m


def extract_text(text: str, wanted: Sequence[str] | None = None) -> dict[str, list[Fact]]:
    """``extract_facts`` on a plain view of ``text`` (sentences split by a plain rule; for tests)."""
    return extract_facts(TextView.from_text(text), wanted)
