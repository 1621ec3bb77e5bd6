"""A percentage's indicator text -> a code of the vocabulary in ``data/kb/indicators.json``.

Variants match on word boundaries, ignoring case and tone marks (``textnorm.fold``); the longest
variant found wins, so "lạm phát cơ bản" is ``core_inflation`` and not ``inflation``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import load_json
from ..textnorm import fold


class _FoldTable(dict[int, str]):
    """``textnorm.fold`` one character at a time, remembered: ``str.translate`` with it is ``fold``."""

    def __missing__(self, char: int) -> str:
        self[char] = folded = fold(chr(char))
        return folded


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD)


class _Vocab(NamedTuple):
    pattern: re.Pattern[str]
    code_of: dict[str, str]  # folded variant -> code
    labels: dict[str, str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load_json("kb/indicators.json")["indicators"]
    code_of: dict[str, str] = {}
    labels: dict[str, str] = {}
    for code, entry in data.items():
        labels[code] = entry["label"]
        for variant in (entry["label"], *entry["variants"]):
            code_of.setdefault(" ".join(fold(variant).split()), code)
    alternatives = "|".join(re.escape(v) for v in sorted(code_of, key=len, reverse=True))
    return _Vocab(re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), code_of, labels)


def vocabulary() -> dict[str, str]:
    """code -> label, in the order of the data file."""
    return dict(_vocab().labels)


def normalise_indicator(text: str | None, nearest_end: bool = False) -> str | None:
    """The vocabulary code named in ``text`` (the longest variant found; with ``nearest_end`` the last
    one, for the words before a figure), else None."""
    if not text:
        return None
    vocab = _vocab()
    folded = " ".join(_fold(text).split())
    found = list(vocab.pattern.finditer(folded))
    if not found:
        return None
    best = found[-1] if nearest_end else max(found, key=lambda m: len(m.group()))
    return vocab.code_of[best.group()]


_CLAUSE = re.compile(r"[;:()\n]|,\s|\.\s")


def clause_before(sentence: str, at: int) -> str:
    """The words of ``sentence`` between the last clause break before ``at`` and ``at``."""
    start = 0
    for m in _CLAUSE.finditer(sentence, 0, at):
        start = m.end()
    return sentence[start:at]
