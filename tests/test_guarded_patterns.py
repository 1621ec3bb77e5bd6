"""patterns.guarded: the same matches as re.compile, with a first-character lookahead where one is known."""

import random
import re

import pytest

from vn_news_extract.extractors import periods
from vn_news_extract.patterns import first_char_guard, guarded, prefix_guard

WORDS = ["ab", "abc", "Tháng ", "THÁNG ", "x y", "xz", "qr", "Q3/", "giai ", "ba ", "bảy "]
ALPHABET = list("0123456789 /-.,aánămthgqcđuyiêếII") + ["tháng ", "năm ", "quý ", "giai đoạn ", "từ ", "đến "]


def _strings(seed: int, n: int = 400, words: bool = False) -> list[str]:
    rnd = random.Random(seed)
    alphabet = ALPHABET + WORDS if words else ALPHABET
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<!\w)(?:ab|\d+c)?(?P<x>[a-f\d]|q)", 0),
        (r"(?:x|y?)z", 0),
        (r"(?P<n>\d{1,2})\s+tháng|quý\s+(?:IV|III|II|I)", re.IGNORECASE),
        (r"[\w.]+\s*\d", 0),
        (r"(?:giai đoạn\s+)?từ\s+\d", re.IGNORECASE),
        (r"(?<!\w)(?:(?-i:[Tt]háng)\s+\d|giai\s+đoạn|q(?=[1-4])\d|ba|bảy)", re.IGNORECASE),
        (r"(?:ab|x)+c?|(?:a|q)r{2,}|[xy]\s?z\d", 0),
        (r"(?>ab|a)c|x(?:y|z)?\d", 0),
    ],
)
def test_same_matches_as_re(pattern, flags):
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    assert fast.pattern.startswith("(?=[")
    for s in _strings(7) + _strings(8, words=True):
        assert [m.span() for m in plain.finditer(s)] == [m.span() for m in fast.finditer(s)], s
        assert [m.groupdict() for m in plain.finditer(s)] == [m.groupdict() for m in fast.finditer(s)], s


def test_period_pattern_is_guarded_and_finds_the_same_periods():
    guard = periods._STARTS.removeprefix(r"(?<!\w)")  # the lookahead on the first letter a period can start with
    assert guard.startswith("(?=[") and periods.PERIOD_RE.pattern.startswith(periods._STARTS)
    shapes = periods._SHAPES_PATTERN
    starts = prefix_guard(shapes, re.IGNORECASE)  # and the one on the shapes' first characters
    assert starts.startswith("(?=") and periods.PERIOD_RE.pattern == periods._STARTS + starts + shapes
    plain = re.compile(r"(?<!\w)" + periods._SHAPES_PATTERN, re.IGNORECASE)
    text = "Trong 9 tháng năm 2024, quý III/2024 và giai đoạn 2021 - 2025, tính đến 30/9/2025; THÁNG 8/2023."
    for s in [text, *_strings(11)]:
        assert [m.span() for m in plain.finditer(s)] == [m.span() for m in periods.PERIOD_RE.finditer(s)], s


@pytest.mark.parametrize("pattern", [r"a*", r".x", r"[^a]b", r"(?i:ab)c", r"(?i)abc", r"\bx?"])
def test_unbounded_first_character_is_compiled_as_it_is(pattern):
    assert guarded(pattern).pattern == pattern


@pytest.mark.parametrize(
    ("pattern", "flags", "guard"),
    [
        (r"năm\s+\d|ngày", re.IGNORECASE, "(?=n(?:gà|ăm))"),
        (r"(?:ab)?c", 0, "(?=abc|c)"),
        (r"a+b|\dx", 0, "(?=[\\d]x|a)"),  # a repeated item ends the start
        (r"(?i:ab)c|de", 0, ""),  # a group that adds a flag is not followed: "a" alone would be wrong
        (r"ab|.c", 0, ""),  # any character may begin a match
        (r"a|b", 0, ""),  # one character each: the first-character class says as much
    ],
)
def test_prefix_guard(pattern, flags, guard):
    assert prefix_guard(pattern, flags) == guard


def test_first_char_guard_before_each_branch_keeps_the_matches():
    branches = [r"(?P<a>\d+[A-Z]+)", r"(?P<b>[A-Z]\w*)", r"(?P<c>\w+)", r"(?P<d>[^\w\s])"]
    assert first_char_guard(branches[0]) == r"(?=[\d])" and first_char_guard(r"(?P<e>.x)") == ""
    plain = re.compile("|".join(branches))
    fast = re.compile("|".join(first_char_guard(b) + b for b in branches))
    for s in _strings(5, words=True) + ["12AB Tháng 3 năm 2025, Q3/2024!"]:
        assert [(m.lastgroup, m.span()) for m in plain.finditer(s)] == [
            (m.lastgroup, m.span()) for m in fast.finditer(s)
        ], s
