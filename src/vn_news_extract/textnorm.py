"""Unicode and tone-mark normalisation that keeps offsets.

Vietnamese pages mix composed (NFC) and decomposed (NFD) characters and two tone-mark placements
(``hoá``/``hóa``, ``thuỷ``/``thủy``).  Matching needs one canonical form, but every offset we emit
indexes the text as the user gave it.  ``normalize_with_map`` returns the canonical text plus, for
each canonical character, the offset of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Letter classes for regular expressions.  A range such as "À-Ỹ" also spans lower-case letters, so the
# Vietnamese capitals are listed one by one.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = UPPER.lower()

# Old-style tone placement on the second vowel of an open "oa", "oe", "uy" syllable, moved to the
# first vowel (the form underthesea's models were trained on).  Same length, so offsets are kept.
_TONES = {
    "á": ("a", "\u0301"),
    "à": ("a", "\u0300"),
    "ả": ("a", "\u0309"),
    "ã": ("a", "\u0303"),
    "ạ": ("a", "\u0323"),
    "é": ("e", "\u0301"),
    "è": ("e", "\u0300"),
    "ẻ": ("e", "\u0309"),
    "ẽ": ("e", "\u0303"),
    "ẹ": ("e", "\u0323"),
    "ý": ("y", "\u0301"),
    "ỳ": ("y", "\u0300"),
    "ỷ": ("y", "\u0309"),
    "ỹ": ("y", "\u0303"),
    "ỵ": ("y", "\u0323"),
}
_OLD_STYLE = re.compile(
    r"(?=[oOuU])(?:"  # the scan skips every other letter at once
    r"(?<![qQ])([oO])([áàảãạ])(?![a-zA-Zà-ỹÀ-Ỹ])"
    r"|(?<![qQ])([oO])([éèẻẽẹ])(?![a-zA-Zà-ỹÀ-Ỹ])"
    r"|(?<![qQ])([uU])([ýỳỷỹỵ])(?![a-zA-Zà-ỹÀ-Ỹ])"
    r")"
)
_EXTRA = str.maketrans({"ð": "đ", "Ð": "Đ", "\u00a0": " ", "\u202f": " ", "\u2007": " "})
# str.translate reads a table per character (slow on a whole article): it runs only where one of them stands
_EXTRA_IN = re.compile("[" + "".join(chr(c) for c in _EXTRA) + "]")


def _extra(text: str) -> str:
    return text.translate(_EXTRA) if _EXTRA_IN.search(text) else text


def _move_tone(match: re.Match[str]) -> str:
    first = match.group(1) or match.group(3) or match.group(5)
    second = match.group(2) or match.group(4) or match.group(6)
    base, mark = _TONES[second]
    return unicodedata.normalize("NFC", first + mark) + base


def canonical(text: str) -> str:
    """NFC, one tone-mark convention, no-break spaces as spaces."""
    return normalize_with_map(text).text


@dataclass(frozen=True)
class Normalized:
    text: str
    # offsets[i] = index in the original text of canonical character i; offsets[len(text)] = len(original)
    offsets: Sequence[int]

    @property
    def identity(self) -> bool:
        return isinstance(self.offsets, range)


def normalize_with_map(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text, range(len(text) + 1))
    if unicodedata.is_normalized("NFC", text):
        # Composed input (the common case): every change below keeps the length, offsets are identity.
        return Normalized(_OLD_STYLE.sub(_move_tone, _extra(text)), range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        composed = unicodedata.normalize("NFC", cluster) if j - i > 1 or not cluster.isascii() else cluster
        for ch in composed:
            out.append(ch)
            offsets.append(i)
        i = j
    offsets.append(n)
    joined = _extra("".join(out))
    joined = _OLD_STYLE.sub(_move_tone, joined)
    return Normalized(joined, tuple(offsets))


_STRIP = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower case without diacritics, for fuzzy lexicon lookups ("Sản xuất" -> "san xuat")."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STRIP))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Invisible characters pages leave inside article text: a zero-width space or a no-break mark separates words (a
# space), a soft hyphen or a word joiner sits inside a word (dropped). Readers apply it; passages stay as given.
_INVISIBLE = str.maketrans({"\u200b": " ", "\ufeff": " ", "\u00ad": None, "\u2060": None})


def visible(text: str) -> str:
    """``text`` without the invisible characters a page left inside it ("tín hiệu \u200b\u200bsẽ tăng")."""
    return text.translate(_INVISIBLE)


def key(text: str) -> str:
    """Canonical lower-case key with single spaces, for comparing names and phrases."""
    return " ".join(canonical(text).lower().split())


def passage_text(raw: str) -> str:
    """The text a gold ``source`` indexes: NFC, non-empty lines stripped and joined by newlines (the real gold
    set's sampler quotes and offsets against exactly this)."""
    text = unicodedata.normalize("NFC", raw)
    return "\n".join(p.strip() for p in text.splitlines() if p.strip())
