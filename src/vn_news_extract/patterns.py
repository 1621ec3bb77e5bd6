"""The one place rule patterns are built from: alternations of data words, word boundaries, letter
classes and number patterns.  Extractors compile their regexes from these pieces and the data files.

Python's ``re`` on ``str`` is Unicode-aware: ``\\w`` covers every Vietnamese letter (``à``-``ỹ``, ``đ``),
so "not inside a word" is ``(?<!\\w)`` before and ``(?!\\w)`` after, whatever the script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .extractors.numbers import NUM
from .textnorm import LOWER, UPPER

__all__ = [
    "LOWER",
    "NOT_AFTER_NUMBER",
    "NOT_AFTER_WORD",
    "NOT_BEFORE_WORD",
    "NUM",
    "UPPER",
    "WORD_CHAR",
    "alternation",
    "compile_rule",
    "phrase",
    "whole_words",
]

WORD_CHAR = r"\w"  # a letter (Vietnamese included), digit or underscore
NOT_AFTER_WORD = r"(?<!\w)"  # the match does not start inside a word
NOT_BEFORE_WORD = r"(?!\w)"  # the match does not end inside a word
NOT_AFTER_NUMBER = r"(?<![\w/.,])"  # a figure that is not the tail of a number, date or code


def phrase(words: str) -> str:
    """One data phrase as a pattern: escaped, its spaces matching any run of whitespace."""
    return r"\s+".join(re.escape(w) for w in words.split())


def alternation(words: Iterable[str], *, flexible_spaces: bool = False) -> str:
    """``a|b|c`` of the words, escaped, without duplicates, longest first (so the longest phrase wins)."""
    escape = phrase if flexible_spaces else re.escape
    return "|".join(escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def whole_words(words: Iterable[str], name: str | None = None) -> str:
    """The words as an alternation that neither starts nor ends inside a word (a named group if ``name``)."""
    group = f"?P<{name}>" if name else "?:"
    return f"{NOT_AFTER_WORD}({group}{alternation(words)}){NOT_BEFORE_WORD}"


def compile_rule(pattern: str, *, ignore_case: bool = False, verbose: bool = False) -> re.Pattern[str]:
    """Compile a rule; ``verbose`` for long patterns written over several lines with comments."""
    flags = (re.IGNORECASE if ignore_case else 0) | (re.VERBOSE if verbose else 0)
    return re.compile(pattern, flags)
