"""patterns.guarded: the same matches as re.compile, with a first-character lookahead where one is known."""

import random
import re

import pytest

from vn_news_extract.extractors import periods
from vn_news_extract.patterns import guarded

ALPHABET = list("0123456789 /-.,aánămthgqcđuyiêếII") + ["tháng ", "năm ", "quý ", "giai đoạn ", "từ ", "đến "]


def _strings(seed: int, n: int = 400) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<!\w)(?:ab|\d+c)?(?P<x>[a-f\d]|q)", 0),
        (r"(?:x|y?)z", 0),
        (r"(?P<n>\d{1,2})\s+tháng|quý\s+(?:IV|III|II|I)", re.IGNORECASE),
        (r"[\w.]+\s*\d", 0),
        (r"(?:giai đoạn\s+)?từ\s+\d", re.IGNORECASE),
    ],
)
def test_same_matches_as_re(pattern, flags):
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    assert fast.pattern.startswith("(?=[")
    for s in _strings(7):
        assert [m.span() for m in plain.finditer(s)] == [m.span() for m in fast.finditer(s)], s
        assert [m.groupdict() for m in plain.finditer(s)] == [m.groupdict() for m in fast.finditer(s)], s


def test_period_pattern_is_guarded_and_finds_the_same_periods():
    guard = periods._STARTS.removeprefix(r"(?<!\w)")  # the lookahead on the first letter a period can start with
    assert guard.startswith("(?=[") and periods.PERIOD_RE.pattern.startswith(periods._STARTS)
    plain = re.compile(periods.PERIOD_RE.pattern.replace(guard, "", 1), re.IGNORECASE)
    text = "Trong 9 tháng năm 2024, quý III/2024 và giai đoạn 2021 - 2025, tính đến 30/9/2025; THÁNG 8/2023."
    for s in [text, *_strings(11)]:
        assert [m.span() for m in plain.finditer(s)] == [m.span() for m in periods.PERIOD_RE.finditer(s)], s


@pytest.mark.parametrize("pattern", [r"a*", r".x", r"[^a]b", r"(?i:ab)c", r"(?i)abc", r"\bx?"])
def test_unbounded_first_character_is_compiled_as_it_is(pattern):
    assert guarded(pattern).pattern == pattern
