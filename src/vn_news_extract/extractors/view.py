"""A read-only view of a document for the rule extractors.

Rules match on the canonical text (NFC, one tone-mark convention), whose characters correspond one to
one with the original for NFC input; ``orig`` maps canonical offsets back to ``doc.text`` offsets.
Sentence and paragraph bounds come from the spaCy ``Doc``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ..nlp.tokenizer import NORMALIZED
from ..textnorm import Normalized, normalize_with_map


@dataclass
class TextView:
    text: str  # original, == doc.text
    norm: Normalized
    sent_starts: list[int]  # canonical offsets of sentence starts, sorted
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> TextView:
        cached = NORMALIZED.get(doc)  # the tokenizer already normalised this text
        text, norm = cached if cached else (doc.text, normalize_with_map(doc.text))
        if not len(doc):
            return cls(text=text, norm=norm, sent_starts=[0])
        arr = doc.to_array(["SENT_START", "IDX"])  # no Token objects: this runs once per document
        chars = [int(i) for i in arr[arr[:, 0] == 1][:, 1]]
        if not norm.identity:
            back = _inverse(norm)
            chars = [back[c] for c in chars]
        return cls(text=text, norm=norm, sent_starts=sorted(set(chars) | {0}))

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
        """Fact skeleton with original offsets for canonical [start, end)."""
        o_start, o_end = self.norm.offsets[start], self.norm.offsets[end]
        return {"text": self.text[o_start:o_end], "start": o_start, "end": o_end}


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
