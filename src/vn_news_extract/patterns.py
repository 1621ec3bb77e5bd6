"""The one place rule patterns are built from: alternations of data words, word boundaries, letter
classes and number patterns.  Extractors compile their regexes from these pieces and the data files.

Python's ``re`` on ``str`` is Unicode-aware: ``\\w`` covers every Vietnamese letter (``à``-``ỹ``, ``đ``),
so "not inside a word" is ``(?<!\\w)`` before and ``(?!\\w)`` after, whatever the script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

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
    "first_char_guard",
    "guarded",
    "phrase",
    "prefix_guard",
    "whole_words",
]

WORD_CHAR = r"\w"  # a letter (Vietnamese included), digit or underscore
NOT_AFTER_WORD = r"(?<!\w)"  # the match does not start inside a word
NOT_BEFORE_WORD = r"(?!\w)"  # the match does not end inside a word
YEAR = r"(?:19|20)\d{2}"  # a year as news writes it (1900-2099)
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


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` that skips positions where no match can start: the characters any match
    can begin with are worked out from the pattern and put in a lookahead before it (``(?=[...])``).  Same
    matches, found faster: Python's ``re`` scans a pattern that starts with a long alternation position by
    position, trying every branch.  A pattern whose first character cannot be bounded (it may match the
    empty string, starts with ``.`` or a negated class) is compiled as it is.  Where every match begins with
    one of a few known starts longer than one character ("năm", "tháng", a digit), a second lookahead
    (``prefix_guard``) tests them, so that a common first letter does not send the scan into every branch."""
    if _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # "(?i)..." must stay at the start
    parsed = _sre_parse(pattern, flags)
    first = _first_lookahead(parsed)
    if not first:
        return re.compile(pattern, flags)
    return re.compile(f"{first}{_prefix_lookahead(parsed)}(?:{pattern})", flags)


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """The lookahead on the characters every match of ``pattern`` can begin with (``(?=[...])``), "" when
    that is not bounded.  Put before each branch of a long alternation whose branches begin with groups
    (``(?P<word>...)``), it lets the scan leave a branch at its first character (see ``guarded``)."""
    return _first_lookahead(_sre_parse(pattern, flags))


def _first_lookahead(parsed: list[tuple[Any, Any]]) -> str:
    firsts = _first_chars(parsed)
    if firsts is None or not firsts[0] or firsts[1]:
        return ""
    return f"(?=[{''.join(sorted(firsts[0]))}])"


def prefix_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead (``(?=...)``) on the starts every match of ``pattern`` begins with, up to
    ``_PREFIX_CHARS`` characters each (a trie: "n(?:ăm|gày)|t(?:háng|ừ)|[\\d]"); "" when some match may begin
    with any character or none.  Put before the pattern, compiled with the same flags, it leaves the
    matches as they are and lets the scan skip every position where none of those starts stands."""
    return _prefix_lookahead(_sre_parse(pattern, flags))


# How far a start is read (characters), and how many starts (or steps of the walk) before giving up
_PREFIX_CHARS = 3
_PREFIX_LIMIT = 600
_STOP = ("STOP", None)  # the walk's marker: the start ends here (after a repeated item)
Prefixes = set[tuple[str, ...]]  # each start: one class fragment per character


def _prefix_lookahead(parsed: list[tuple[Any, Any]]) -> str:
    budget = [_PREFIX_LIMIT]
    starts = _starts(parsed, _PREFIX_CHARS, budget)
    if not starts or budget[0] <= 0 or len(starts) > _PREFIX_LIMIT or any(not s for s in starts):
        return ""
    if all(len(s) == 1 for s in starts):
        return ""  # no more than the first-character class tells
    return f"(?={_trie(starts)})"


def _trie(starts: Prefixes) -> str:
    """The starts as an alternation that shares first characters: ``a(?:b|c)|d``."""
    heads: dict[str, Prefixes] = {}
    for s in starts:
        heads.setdefault(s[0], set()).add(s[1:])
    out = []
    for head in sorted(heads):
        tails = heads[head]
        if () in tails:
            out.append(head)
        else:
            rest = _trie(tails)
            out.append(head + rest if len(tails) == 1 else f"{head}(?:{rest})")  # one tail: no alternation
    return "|".join(out)


def _starts(seq: list[tuple[Any, Any]], room: int, budget: list[int]) -> Prefixes:
    """The ways a match of ``seq`` can begin, as tuples of at most ``room`` one-character class fragments; a
    start is cut short (sound: a shorter start admits more) wherever a construct is not followed."""
    budget[0] -= 1
    if room == 0 or not seq or budget[0] <= 0:
        return {()}
    (op, arg), rest = seq[0], seq[1:]
    name = str(op)
    if name in _ZERO_WIDTH:
        return _starts(rest, room, budget)
    head: str | None = None
    if name == "LITERAL":
        head = re.escape(chr(arg))
    elif name == "IN":
        items = _class_items(arg)
        head = None if items is None else "[" + "".join(sorted(items)) + "]"
    if head is not None:
        return {(head, *tail) for tail in _starts(rest, room - 1, budget)}
    if name == "SUBPATTERN" and not arg[1]:  # a group; flags it only removes narrow its matches
        return _starts(list(arg[3]) + rest, room, budget)
    if name == "ATOMIC_GROUP":
        return _starts(list(arg) + rest, room, budget)
    if name == "BRANCH":
        return set().union(*(_starts(list(alt) + rest, room, budget) for alt in arg[1]))
    if name in _REPEATS:
        low, high, item = arg[0], arg[1], list(arg[2])
        once = _starts(item + (rest if high == 1 else [_STOP]), room, budget)
        return once if low else once | _starts(rest, room, budget)
    return {()}  # anything else (any character, a back reference, the STOP marker): the start ends here


def _sre_parse(pattern: str, flags: int) -> list[tuple[Any, Any]]:
    from re import _parser  # type: ignore[attr-defined]

    return list(_parser.parse(pattern, flags).data)


_GLOBAL_FLAGS = re.compile(r"\s*\(\?[aiLmsux]+\)")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
Firsts = tuple[set[str], bool]  # class fragments of the first character, whether the match may be empty


def _class_items(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A character class's items as class fragments (None: a negated class or one not understood)."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(arg)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            out.add(_CATEGORIES[str(arg)])
        else:
            return None
    return out


def _first_chars(seq: list[tuple[Any, Any]]) -> Firsts | None:
    """The first characters ``seq`` can match and whether it may match the empty string; None when any
    character may come first (or the pattern holds a construct this does not follow)."""
    firsts: set[str] = set()
    for op, arg in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            return firsts | {re.escape(chr(arg))}, False
        if name == "IN":
            items = _class_items(arg)
            return None if items is None else (firsts | items, False)
        inner = _inner_firsts(name, arg)
        if inner is None:
            return None
        firsts |= inner[0]
        if not inner[1]:
            return firsts, False
    return firsts, True


def _inner_firsts(name: str, arg: Any) -> Firsts | None:
    """``_first_chars`` of a group, an alternation or a repeat."""
    if name == "SUBPATTERN":
        # a flag added is not followed (one removed only narrows what the group matches)
        return None if arg[1] else _first_chars(list(arg[3]))
    if name == "ATOMIC_GROUP":
        return _first_chars(list(arg))
    if name == "BRANCH":
        parts = [_first_chars(list(alt)) for alt in arg[1]]
        if any(p is None for p in parts):
            return None
        return set().union(*(p[0] for p in parts if p)), any(p[1] for p in parts if p)
    if name in _REPEATS:
        inner = _first_chars(list(arg[2]))
        return None if inner is None else (inner[0], inner[1] or arg[0] == 0)
    return None
