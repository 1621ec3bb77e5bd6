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

# The kinds whose facts are lexicon matches and must not start inside a word of the segmentation: a match that
# starts in a word ("công nghiệp" inside "khu công nghiệp", "Chủ tịch" inside "Phó Chủ tịch") is another reading
# of the text, not this fact, and is rejected.  Figures and document codes are matched on the raw text.
# Officials are not listed: their facts may rightly start inside a word the tagger joined ("ông" + post).
WORD_BOUNDED: tuple[str, ...] = ("sectors",)


def extract_facts(view: TextView, wanted: Sequence[str] | None = None) -> dict[str, list[Fact]]:
    """The facts of every kind in ``wanted`` (default: all registered kinds) and of the kinds they require."""
    out: dict[str, list[Fact]] = {}
    for kind in kinds.in_order(wanted):
        facts = list(kind.extract(view, **{r: out[r] for r in kind.requires}))
        out[kind.name] = not_inside_words(view, facts) if kind.name in WORD_BOUNDED else facts
    return out


def not_inside_words(view: TextView, facts: Sequence[Fact]) -> list[Fact]:
    """The facts that do not start inside a word of the view's segmentation ("công nghiệp" in "khu công
    nghiệp", "sản xuất ô tô" in "nhà sản xuất ô tô": the word is the reading, a place, a maker).  A word may end
    inside a fact: a sector name as news writes it often runs past the segmentation's word."""
    return [f for f in facts if view.is_boundary(f.cstart)]


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
