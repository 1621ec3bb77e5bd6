"""The lexicon phrases underthesea must keep whole: one list, built in one place, cached.

underthesea's ``word_tokenize(..., fixed_words=[...])`` puts the given phrases first in its (module-level)
token pattern, so that "Phó Chủ tịch" or "khu công nghiệp" come back as one word and the rules can tell a post
from a name and a place from an industry.  The phrases are read from the data files' keys listed in
``SOURCES`` (posts and organisation heads, sector names and cue words, document type words); only phrases of
two or more syllables matter (one syllable is a token anyway).  The same list is passed on every call, so the
module-level pattern underthesea rebuilds is always the same one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from ..lexicon import load_json

# (data file, key): the lexicon entries kept whole.  A dict key contributes its keys (the phrases).
SOURCES: tuple[tuple[str, str], ...] = (
    ("officials.json", "titles"),
    ("officials.json", "org_heads"),
    ("officials.json", "fused_unit_titles"),
    ("sector_aliases.json", "aliases"),
    ("sector_aliases.json", "context_only"),
    ("sector_aliases.json", "cue_words"),
    ("doc_types.json", "types"),
)
# A phrase underthesea can take as one token: syllables of letters (and digits) separated by single spaces.
_PHRASE = re.compile(r"\w+(?: \w+)+")


def _entries(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        return (str(k) for k in value)
    if isinstance(value, list):
        return (str(v) for v in value if isinstance(v, str))
    return ()


def _variants(phrase: str) -> set[str]:
    """The phrase as written, all lower case, and with a capital first letter (sentence start)."""
    return {phrase, phrase.lower(), phrase[:1].upper() + phrase[1:]}


@cache
def _phrases() -> tuple[str, ...]:
    """The phrases as written, longest first."""
    phrases: set[str] = set()
    for name, key in SOURCES:
        for entry in _entries(load_json(name).get(key)):
            entry = " ".join(entry.split())
            if _PHRASE.fullmatch(entry):
                phrases |= _variants(entry)
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def fixed_words() -> tuple[str, ...]:
    """The phrases, longest first (underthesea tries them in order), each a regex-safe literal."""
    # underthesea joins them into its pattern, replacing spaces by "\ " itself: escape everything else
    return tuple(re.escape(p).replace("\\ ", " ") for p in _phrases())


@cache
def _first_syllables() -> frozenset[str]:
    """The first syllable of every phrase: a word whose first syllable is none of them starts with no phrase
    (a cheap test before the pattern of ``keep_apart``)."""
    return frozenset(p.split(" ", 1)[0] for p in _phrases())


@cache
def as_list() -> list[str]:
    """The one list object passed to underthesea on every call: a single entry, the alternation of every
    phrase.  underthesea rewrites each entry's spaces with ``re.sub`` on every call before compiling its
    pattern (``\\b`` + entry + ``\\b``); one entry instead of hundreds makes that one substitution per call
    (it was a third of the tokenizer's time), and the same pattern, the same regex cache hit."""
    return [f"(?:{'|'.join(fixed_words())})"]


@cache
def trie_alternation() -> str:
    """The same alternation as ``as_list()[0]``, its phrases in a tree of shared first syllables ("Phó Chủ
    tịch|Phó Giám đốc" -> "Phó (?:Chủ tịch|Giám đốc)"): the same phrase wins (the longest that ends on a
    word boundary), and a position where no phrase starts is left after one test per first syllable instead
    of one per phrase.  Spaces are written ``\\ `` (underthesea's pattern is verbose)."""
    tree: dict[str, Any] = {}
    for phrase in _phrases():
        node = tree
        for syllable in phrase.split(" "):
            node = node.setdefault(syllable, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        out = []
        for syllable in sorted((s for s in node if s), key=lambda s: (-len(s), s)):
            child = node[syllable]
            if any(child):  # longer phrases go on from here: try them first
                rest = f"\\ {branch(child)}"
                out.append(re.escape(syllable) + (f"(?:{rest})?" if "" in child else rest))
            else:
                out.append(re.escape(syllable))
        return f"(?:{'|'.join(out)})"

    return branch(tree)


@cache
def pattern() -> re.Pattern[str]:
    """Any fixed phrase, as a whole word."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(fixed_words())})(?!\w)")


def keep_apart(pieces: list[str]) -> list[str]:
    """underthesea's words, with a fixed phrase its tagger glued to the syllables after it split off again
    ("lĩnh vực" + "y tế" -> "lĩnh vực", "y tế"): a word that starts with a fixed phrase and goes on is that
    phrase and another word.  A word ending with one ("khu công nghiệp", "nhà sản xuất ô tô") is the
    segmentation's reading of the phrase (a place, a maker) and stays whole, unless the phrase is written
    with a capital after a lower-case syllable ("bỏ Hiệp định", "nguyên Chủ tịch nước"): a capitalised post,
    body or document type starts a name of its own, which no common word before it belongs to."""
    out: list[str] = []
    fixed, firsts = pattern(), _first_syllables()
    for piece in pieces:
        if " " not in piece:  # one syllable (most words): nothing to split
            out.append(piece)
            continue
        while (
            " " in piece
            and piece.partition(" ")[0] in firsts  # else no phrase can start the word
            and (m := fixed.match(piece))
            and m.end() < len(piece)
            and piece[m.end()] == " "
        ):
            out.append(m.group())
            piece = piece[m.end() :].strip()
        if piece:
            out.extend(_capital_tail_apart(piece))
    return _abbreviations_apart(out)


def _abbreviations_apart(pieces: list[str]) -> list[str]:
    """An abbreviation in capitals is a word of its own: the tagger's "CEO Uber", "GĐ Công ty", "VCCI Đậu"
    (a post, a body, a name's first syllable glued to it) become "CEO", "Uber" and so on."""
    out: list[str] = []
    for piece in pieces:
        if " " not in piece:  # one syllable (most words)
            out.append(piece)
            continue
        head, _, rest = piece.partition(" ")
        if rest and len(head) > 1 and head.isupper() and sum(c.isalpha() for c in head) >= 2:
            out.extend((head, rest))
        else:
            out.append(piece)
    return out


_SYLLABLE_START = re.compile(r"(?<= )(?=[^\W\d_])")


def _capital_tail_apart(piece: str) -> list[str]:
    """``piece`` as one word, or as its head and a capitalised fixed phrase that ends it after a lower-case
    syllable ("xây dựng Nghị định" -> "xây dựng", "Nghị định")."""
    if " " not in piece or not piece[:1].islower() or piece.islower():
        return [piece]  # one syllable, a capitalised head, or no capital anywhere (no capitalised tail)
    for m in _SYLLABLE_START.finditer(piece):
        rest = piece[m.start() :]
        if rest[:1].isupper() and rest.partition(" ")[0] in _first_syllables() and pattern().fullmatch(rest):
            return [piece[: m.start()].rstrip(), rest]
    return [piece]
