"""A read-only view of a document for the rule extractors.

Rules match on the canonical text (NFC, one tone-mark convention), whose characters correspond one to
one with the original for NFC input; ``orig`` maps canonical offsets back to ``doc.text`` offsets.
Sentence and paragraph bounds are given by whoever builds the view: the spaCy component passes
underthesea's sentence starts (``nlp/components.py``); ``TextView.from_text`` splits sentences with a plain
rule, for rule tests that run without spaCy or underthesea.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Mention
from ..textnorm import Normalized, normalize_with_map

# The plain sentence rule of ``from_text``: a stop, then space, then an upper-case letter or a digit.
_SENTENCE_START = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ0-9\"“])|\n")


@dataclass(frozen=True)
class TextView:
    text: str  # original, == doc.text
    norm: Normalized
    sent_starts: list[int]  # canonical offsets of sentence starts, sorted

    @classmethod
    def of(cls, text: str, norm: Normalized | None, original_sent_starts: Iterable[int]) -> TextView:
        """A view of ``text`` with sentence starts given as offsets into the original text."""
        norm = norm or normalize_with_map(text)
        chars = list(original_sent_starts)
        if not norm.identity:
            back = _inverse(norm)
            chars = [back[c] for c in chars]
        return cls(text=text, norm=norm, sent_starts=sorted(set(chars) | {0}))

    @classmethod
    def from_text(cls, text: str) -> TextView:
        """A view with sentences split by a plain rule (no spaCy, no underthesea): for rule tests."""
        norm = normalize_with_map(text)
        starts = [m.end() for m in _SENTENCE_START.finditer(norm.text)]
        return cls(text=text, norm=norm, sent_starts=sorted({0, *starts}))

    @property
    def ctext(self) -> str:
        return self.norm.text

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[max(i, 0)]
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.ctext)
        return start, end

    def paragraph_bounds(self, pos: int) -> tuple[int, int]:
        text = self.ctext
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return start, len(text) if end < 0 else end

    def span(self, start: int, end: int) -> dict[str, Any]:
        """Fact skeleton with original offsets for canonical [start, end): text, start, end, and the
        canonical offsets as ``cstart``/``cend``."""
        o_start, o_end = self.norm.offsets[start], self.norm.offsets[end]
        return {
            "text": self.text[o_start:o_end],
            "start": o_start,
            "end": o_end,
            "cstart": start,
            "cend": end,
        }

    def mention(self, start: int, end: int) -> Mention:
        o_start, o_end = self.norm.offsets[start], self.norm.offsets[end]
        return Mention(self.text[o_start:o_end], o_start, o_end)


def _inverse(norm: Normalized) -> dict[int, int]:
    back: dict[int, int] = {}
    for c_index, o_index in enumerate(norm.offsets):
        back.setdefault(o_index, c_index)
    return _Filled(back)


class _Filled(dict[int, int]):
    """Original offset -> canonical offset, rounding down for offsets inside a composed cluster."""

    def __missing__(self, o_index: int) -> int:
        best = 0
        for k, v in self.items():
            if k <= o_index:
                best = max(best, v)
        return best
