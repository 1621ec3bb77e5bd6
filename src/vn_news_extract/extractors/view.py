"""A read-only view of a document for the rule extractors.

Rules match on the canonical text (NFC, one tone-mark convention), whose characters correspond one to
one with the original for NFC input; ``orig`` maps canonical offsets back to ``doc.text`` offsets.
Sentence and paragraph bounds are given by whoever builds the view: the spaCy component passes
underthesea's sentence starts (``nlp/components.py``); ``TextView.from_text`` splits sentences with a plain
rule, for rule tests that run without spaCy or underthesea.

Words: ``words`` holds the canonical (start, end) of every word of the segmentation the view was built with
(underthesea's, where "Phó Chủ tịch" or "khu công nghiệp" is one word), so that rules can ask whether a
phrase stands on word boundaries or cuts through a word (``on_words``, ``word_at``).  ``from_text`` and
``with_syllables`` give bare syllables (every run of letters or digits a word, punctuation apart) unless
multi-syllable words are listed: the segmentation-free baseline of ``bench/ablation_segmentation.py``.
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
# A bare syllable: a run of letters and digits, or one other non-space character.
_SYLLABLE = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class TextView:
    text: str  # original, == doc.text
    norm: Normalized
    sent_starts: list[int]  # canonical offsets of sentence starts, sorted
    words: tuple[tuple[int, int], ...] = ()  # canonical (start, end) of each word, sorted; () = syllables

    def __post_init__(self) -> None:
        if not self.words:
            object.__setattr__(self, "words", _syllables(self.norm.text))
        starts = [w[0] for w in self.words]
        object.__setattr__(self, "_word_starts", starts)
        object.__setattr__(self, "_bounds", frozenset(starts).union([w[1] for w in self.words]))

    @classmethod
    def of(
        cls,
        text: str,
        norm: Normalized | None,
        original_sent_starts: Iterable[int],
        original_words: Iterable[tuple[int, int]] = (),
    ) -> TextView:
        """A view of ``text`` with sentence starts and words given as offsets into the original text."""
        norm = norm or normalize_with_map(text)
        chars = list(original_sent_starts)
        words = list(original_words)
        if not norm.identity:
            back = _inverse(norm)
            chars = [back[c] for c in chars]
            words = [(back[a], back[b]) for a, b in words]
        return cls(text=text, norm=norm, sent_starts=sorted(set(chars) | {0}), words=tuple(words))

    @classmethod
    def from_text(cls, text: str, words: Iterable[str] = ()) -> TextView:
        """A view with sentences split by a plain rule (no spaCy, no underthesea): for rule tests.  Words are
        bare syllables, except the multi-syllable ``words`` given, joined wherever they occur."""
        norm = normalize_with_map(text)
        starts = [m.end() for m in _SENTENCE_START.finditer(norm.text)]
        return cls(text=text, norm=norm, sent_starts=sorted({0, *starts}), words=_join(norm.text, words))

    def with_syllables(self) -> TextView:
        """The same view with bare syllables as words (no segmentation)."""
        return TextView(text=self.text, norm=self.norm, sent_starts=self.sent_starts)

    def word_at(self, pos: int) -> tuple[int, int] | None:
        """The word containing canonical offset ``pos``, if any."""
        i = bisect.bisect_right(self._word_starts, pos) - 1  # type: ignore[attr-defined]
        if i >= 0 and self.words[i][0] <= pos < self.words[i][1]:
            return self.words[i]
        return None

    def on_words(self, start: int, end: int) -> bool:
        """Whether canonical [start, end) begins and ends on word boundaries (cuts through no word)."""
        return self.is_boundary(start) and self.is_boundary(end)

    def is_boundary(self, pos: int) -> bool:
        """A word starts or ends at ``pos``, or ``pos`` is outside every word (space, text end)."""
        return pos in self._bounds or self.word_at(pos) is None  # type: ignore[attr-defined]

    def inside_written_word(self, pos: int) -> bool:
        """Whether ``pos`` is inside a word of the segmentation written as one, with no space between the
        word's start and ``pos`` ("Leste" of "Timor-Leste", "com" of "Batdongsan.com"); a syllable the segmenter
        joined to the one before it across a space is not (the segmenter's joins of capitalised syllables
        are a guess, a word written as one is not)."""
        word = self.word_at(pos)
        return word is not None and word[0] < pos and not any(c.isspace() for c in self.ctext[word[0] : pos])

    def match_on_words(self, m: re.Match[str], base: int = 0, group: int | str = 0) -> bool:
        """Whether ``m`` (a match in a slice of the canonical text that starts at ``base``; its ``group``)
        stands on word boundaries: a cue word or qualifier matched inside a longer word ("dưới" in "trên
        dưới") is another word's syllable, not that cue."""
        if m.start(group) < 0:
            return True
        return self.on_words(base + m.start(group), base + m.end(group))

    def words_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The words lying wholly inside canonical [start, end)."""
        i = bisect.bisect_left(self._word_starts, start)  # type: ignore[attr-defined]
        out = []
        while i < len(self.words) and self.words[i][1] <= end:
            out.append(self.words[i])
            i += 1
        return out

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


def _syllables(ctext: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _SYLLABLE.finditer(ctext))


def _join(ctext: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Syllables, with every occurrence of the given multi-syllable words joined into one word."""
    spans = list(_syllables(ctext))
    for word in sorted(set(words), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", ctext):
            inside = [w for w in spans if m.start() <= w[0] and w[1] <= m.end()]
            if inside and all(w[0] >= m.start() for w in inside):
                spans = [w for w in spans if w not in inside] + [(m.start(), m.end())]
    return tuple(sorted(spans))


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
