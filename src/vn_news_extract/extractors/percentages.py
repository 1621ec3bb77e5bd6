"""Percentages and percentage points with value, range, qualifier, direction, indicator, sector,
period and comparison base.

The figure is found on the raw text (underthesea splits ``3,7%``); its attributes come from its clause:
the nearest change verb before it gives the direction unless a level word ("chiếm", "đạt", "ở mức")
stands between them; the comparison base ("so với ...") comes from the clause, else from an earlier
clause of the sentence (a list intro); the period from the clause, else from earlier in the paragraph.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from ..model import Percentage, Period, Sector
from ..patterns import NOT_AFTER_WORD, NOT_BEFORE_WORD, YEAR, alternation, guarded
from .numbers import NUM, parse_number
from .periods import (
    CHANGE_SPAN,
    FIGURE_RIGHT_BEFORE,
    PERIOD_RE,
    SENTENCE_PRESENT,
    SURVEY_BEFORE_DAY,
    SURVEY_REACH,
    SURVEY_WORD,
    THIS_TAIL,
    day_frames,
    resolve,
)
from .view import TextView

_UNIT = r"(?P<unit>\s*điểm\s+phần\s+trăm|\s*điểm\s*%|\s*%|\s+phần\s+trăm)"
_UNIT2 = r"(?:\s*điểm\s+phần\s+trăm|\s*điểm\s*%|\s*%|\s+phần\s+trăm)"
# A figure written without its sign inside a list that ends with one: "lần lượt tăng 5,2; 6,1 và 7,3%".
_BARE_LIST = re.compile(rf"((?:(?<![\w/.,]){NUM}\s*(?:;|,|và)\s*)+)$")
# A figure may be glued to the word before it ("tăng5%"), never to a digit, code or capital letter.
_FIGURE_START = r"(?<![\d/.,_A-ZĐ])"
# A minus written on the figure ("(-0,6%)", "là -3,08%"): the value is negative, as written.
_SIGN = r"(?P<sign>(?<![\w)\]])[-−](?=\d))?"
_DECIMAL = r"\d+(?:[.,]\d+)+(?![\d%]|\s*%)"  # "3,94", "1.250" (not a percentage figure)
# a base's own figure: "so với 6,42%", "so với mức 4,9% của quý 1/2023", "so với mức -0,6%"
_PERCENT_WORD = r"[-−]?\d+(?:[.,]\d+)*\s*%"
_FIGURE = re.compile(r"\d\s*(?:%|phần trăm)")
# ("như" opens a list, "như vậy" / "như thế" do not)
_CLAUSE_BREAK = re.compile(
    r"[;:()\n]|\.\s|,\s|(?<!\d)\s[-–—]\s(?!\d)|\bnhư\b(?!\s+(?:vậy|thế)\b)|\btrong đó\b|\briêng\b"
)
# a period that ends its clause: "..., thực hiện từ ngày 1/7/2024 | ."
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;:)\n]|$)")
_CLAUSE_END = re.compile(r"[;:()\n]|\.\s|,\s|(?<!\d)\s[-–—]\s(?!\d)|\.$")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(YEAR)
# several years, then their figures in the same order: "năm 2022, 2023, 2024 lần lượt là ..."
_RESPECTIVE_YEARS = re.compile(
    rf"(?<!\w)năm\s+(?P<first>{YEAR})(?:\s*(?:,|;|và)\s*{YEAR})+(?!\d)", re.IGNORECASE
)
# "tháng 1 vừa qua", "quý 3 này": a month or quarter named relative to now, the same as one written with its year
_RELATIVE_TAIL = re.compile(THIS_TAIL + "$")
# an earlier sentence's period frames the figures after it when it opens its clause: "Trong năm 2023, ..."
_FRAME_WORDS = 3
# a paragraph's frame opens its sentence after at most this many words ("Trong | năm 2016, ...", "Tính chung | ...")
_FRAME_LEAD_WORDS = 2
# ... looked for this many characters back (a clause or sentence break stands closer in any real frame's sentence)
_FRAME_LEAD_REACH = 60
# a day ("Ngày 10/9", "ngày 8/6"): a local period that never carries into the next sentence
_DAY = re.compile(r"ngày\s+\d", re.IGNORECASE)
# words that may stand before a plan's base that opens a sentence ("Như vậy, so với kế hoạch năm 2024, ...")
_OPENING_PLAN_WORDS = 2
# words of a plan between its plan word and its period: "dự báo | cả | năm 2031"; punctuation ends the plan
_PLAN_GAP_WORDS = 2
_PUNCT = re.compile(r"[,.;:()\n]")
# "mức tăng 27,4% của | quý 2": the period another figure owns, never inherited
_FIGURE_OWNS = re.compile(r"\d\s*%\s+của\s+$")
# "từ mức 65% | hiện tại | lên 70%": the present right after a figure is that figure's time only
_FIGURE_RIGHT_BEFORE = re.compile(FIGURE_RIGHT_BEFORE + "$")
# "mức 1,42% | của | cùng kỳ năm trước", "so với mức 1,9% | cuối năm 2024": the figure's own period, also inside a
# comparison base (but "bằng 109,5% | cùng kỳ năm trước" measures the figure against that time)
_OWNED_BY_FIGURE = re.compile(r"\s+(?P<of>của\s+)?")
_SAME_TIME = re.compile(r"cùng\s+kỳ(?!\w)", re.IGNORECASE)
_OWN_TIME_AFTER = re.compile(r"\s+của\s+cùng\s+kỳ(?!\w)", re.IGNORECASE)
# a time in brackets right after a base ("so với tháng trước | (tháng 4/2025)")
_BRACKETED_TIME = re.compile(r"\s*\(\s*(?P<time>[^()]{3,40}?)\s*\)")
# a base that names a level: "so với mức | tăng 6,1%"
_LEVEL_BASE = re.compile(r"(?<!\w)mức\s*$", re.IGNORECASE)
# a number right before a base owns it: "tăng 1,8% | so với ...", "gấp 11 lần | so với ..."
_OWNED_BASE = re.compile(r"\d\s*(?:%|lần|điểm(?:\s+phần\s+trăm|\s*%)?)\s*(?:/\s*năm\s*)?$")
# what joins the figures of one list: "19,9% và 5,8%", "18,1%; 22,8%; 9,2%"
# the rest of an intro after its period, up to the colon that opens its list: "ngày và đêm 8/7 | trên cả nước:"
# (not a clause more, nor a quotation: "người nghỉ việc năm 2012, đánh giá: “...”")
_INTRO_END = re.compile(r"[^\d%.,;:()\n]{0,30}:(?!\s*[“\"])")
_LIST_JOINER = re.compile(r"\s*(?:[,;]|(?<!\w)(?:và|hoặc)(?!\w))\s*")
_NUMBER = re.compile(NUM)
# a bare number after one of these words is a date or an ordinal, not a figure of a list
_DATE_WORD_BEFORE = re.compile(r"(?:năm|tháng|ngày|quý|số|thứ)\s*$")
# the from-to word right before a figure is no qualifier: "từ khoảng", "lên hơn"
_FROM_TO_WORD_END = re.compile(r"(?:từ|lên|xuống|còn)\s*$")
_FROM_WORD_END = re.compile(r"(?<!\w)từ(?:\s+mức)?\s*$", re.IGNORECASE)
# "nằm trong khoảng 75 - 85%": the "khoảng" of a range
_WITHIN_RANGE_END = re.compile(r"(?<!\w)trong\s+khoảng\s*$", re.IGNORECASE)
# a sign written right before the figure: "(-1,12%)", "+0,8%"
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])([-−–+])$")
# a stock ticker, then a minus set apart from the figure: "OCB - 6,3%", "FPT - 1,27%"
_TICKER_SIGN = re.compile(r"(?<!\w)[A-ZĐ]{2,}[0-9A-Z]*\s+[-−]\s$")
_OPENING_BRACKET = re.compile(r"\s*\(")
# a clause that names the next item's amount and no change: "xuất khẩu của khối B là 8 tỷ USD" (scales, money units
# and count nouns of amount_units.json)
_UNITS = load_json("amount_units.json")
_AMOUNT_CLAUSE = re.compile(
    rf"\d\s*(?:{alternation(_UNITS['scales'])})?\s*(?:{alternation([*_UNITS['money'], *_UNITS['count']])})(?!\w)\s*$",
    re.IGNORECASE,
)
_CLOSING_BRACKET = re.compile(r"\s*\)")
_PERCENT_BEFORE = re.compile(r"\d\s*%\s*$")


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    d = load_json("percent_cues.json")
    alt = alternation
    return {
        # a range "14-15%", "từ 6,5% đến 7%" (range words from the data) or one figure "3,7%"
        "figure": guarded(
            rf"{_FIGURE_START}(?P<v>{NUM})(?:{_UNIT2})?\s*(?P<rw>{alt(d['range_words'])})\s*(?P<v2>{NUM}){_UNIT}"
            rf"|{_FIGURE_START}{_SIGN}(?P<s>{NUM}){_UNIT.replace('?P<unit>', '?P<unit_s>')}",
        ),
        # auxiliaries that end an indicator phrase: "doanh thu đã | tăng 5%"
        "indicator_auxiliary": re.compile(rf"\s+(?:{alt(d['indicator_auxiliaries'])})$"),
        "cue": re.compile(
            rf"(?<!\w)(?P<inc>{alt(d['increase'])})(?!\w)|(?<!\w)(?P<dec>{alt(d['decrease'])})(?!\w)"
            rf"|(?<!\w)(?P<lvl>{alt(d['level'])})(?!\w)",
            re.IGNORECASE,
        ),
        # numbers that are no reported figure: a date, a score, a clock time or a duration ("7/5", "7-6", "2 tiếng")
        "not_figure": re.compile(
            rf"(?<![\d.,])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?![\d/]|[.,]\d)"
            rf"|(?<![\d.,])\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?![\d/%]|[.,]\d|\s*%)"
            rf"|\d+(?:[.,]\d+)?\s*(?:{alt(d['clock_units'])})(?!\w)",
            re.IGNORECASE,
        ),
        "after_change": frozenset(d["after_change"]),
        "change_objects": frozenset(d["change_objects"]),
        "growth_levels": frozenset(d["growth_levels"]),
        "neutral": re.compile(rf"{NOT_AFTER_WORD}(?:{alt(d['neutral'])}){NOT_BEFORE_WORD}", re.IGNORECASE),
        "growth": re.compile(rf"(?:{alt(d['growth_nouns'])})", re.IGNORECASE),
        "qualifier": re.compile(rf"(?<!\w)(?P<q>{alt(d['qualifiers'])})\s*$", re.IGNORECASE),
        # a change word that ends in a qualifier: "cao hơn", "ít hơn"
        # "..., xuống 34% từ tháng 10/2022": a decrease when nothing else in the clause is a cue
        "decrease_alone": re.compile(
            rf"(?<!\w)(?:{alt(d['decrease_alone'])})(?:\s+(?:{alt(d['after_change'])}))?\s*$", re.IGNORECASE
        ),
        "increase_alone": re.compile(
            rf"(?<!\w)(?:{alt(d['increase_alone'])})(?:\s+(?:{alt(d['after_change'] + d['qualifiers'])}))*\s*$",
            re.IGNORECASE,
        ),
        "figure_gap_words": int(d["figure_gap_words"]),
        # "lần lượt là: 3,21%; 4,85%; 5,12%": a bare figure restates the change of at most this many figures before it
        "list_back": int(d["restated_list_items"]),
        "comparative": re.compile(
            rf"(?<!\w)(?:{alt([w for w in d['increase'] + d['decrease'] if w.endswith(' hơn')])})$",
            re.IGNORECASE,
        ),
        "list_intro": re.compile(rf"(?:{alt(d['list_intro'])})\s*$", re.IGNORECASE),
        "sentences_back": int(d["inherit_sentences_back"]),
        "sector_cue": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(load_json('sector_aliases.json')['cue_words'])}){NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        # a clause that only restates the change before it: "tương đương 1,9%", "đạt trung bình 15%"
        "restating": re.compile(
            rf"(?:(?P<same>{alt(d['restating'])})|(?:{alt(d['growth_levels'])}))?"
            rf"(?:\s*(?:{alt(d['averages'])}))?(?:\s*(?:{alt(d['qualifiers'])}))?",
            re.IGNORECASE,
        ),
        "respectively": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['respectively'])}){NOT_BEFORE_WORD}", re.IGNORECASE
        ),
        # the present: the periods' present frames ("hiện nay", "tính đến nay") and a few more words ("hiện đang")
        "present": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt([*load_json('periods.json')['present_frames'], *d['present_words']])})"
            rf"{NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        # "đạt 95% | kế hoạch năm": a figure of the plan (the periods' plan words), measured against it
        "plan_after": re.compile(
            rf"\s*(?:{alt(load_json('periods.json')['plan_before'] + d['plan_after_figure'])}){NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        # "phấn đấu giải ngân trên 95% | trước ngày 31/1/2025": a deadline, the figure's own time
        "deadline": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['deadline_words'])})\s+(?:(?:đầu|giữa|cuối)\s+)?"
            rf"(?:{alt(d['comparison_time_nouns'])})\s+\d",
            re.IGNORECASE,
        ),
        # "so với thực hiện | trong | năm 2023": a base with no time runs on to the period right after it
        "time_link": re.compile(rf"\s+(?:{alt(d['base_time_links'])})\s+", re.IGNORECASE),
        "while": re.compile(rf"{NOT_AFTER_WORD}(?:{alt(d['while_words'])}){NOT_BEFORE_WORD}", re.IGNORECASE),
        "contrast": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['while_words'] + d['turn_words'])}){NOT_BEFORE_WORD}", re.IGNORECASE
        ),
        "timed": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['timed_bases'] + d['comparison_after_figure'])}){NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        # a word right after a restating figure that makes it a ratio to a noun ("33% | chuẩn nghèo")
        "ratio_noun": re.compile(
            rf"\s+(?!(?:{alt(d['restating_next'])}){NOT_BEFORE_WORD})[^\W\d_]", re.IGNORECASE
        ),
        "growth_tail": re.compile(
            rf"(?:{alt(d['increase'] + d['decrease'])})(?:\s+(?:{alt(d['qualifiers'])}))?", re.IGNORECASE
        ),
        # "thấp hơn | mức dự báo 2%": a comparative's level compared with; "giảm 4 điểm, | còn 9,6%": the level reached
        "compared_level": re.compile(rf"\s+(?:{alt(d['compared_levels'])}){NOT_BEFORE_WORD}", re.IGNORECASE),
        "result": re.compile(rf"(?:{alt(d['result_words'])})", re.IGNORECASE),
        # "( 9% YoY)": a change against the year (quarter, month) before
        "growth_after": re.compile(
            rf"\s*(?:{alt(d['growth_after_figure'])}){NOT_BEFORE_WORD}", re.IGNORECASE
        ),
        "cause_word": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['cause_words'])}){NOT_BEFORE_WORD}", re.IGNORECASE
        ),
        "cause_before": re.compile(rf"{NOT_AFTER_WORD}(?:{alt(d['cause_words'])})\s+$", re.IGNORECASE),
        "cause": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alt(d['cause_words'] + d['report_words'])}){NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        "ratio": re.compile(rf"{NOT_AFTER_WORD}(?:{alt(d['ratio_levels'])}){NOT_BEFORE_WORD}", re.IGNORECASE),
        "goes_on": re.compile(rf"(?:{alt(d['paragraph_goes_on'])}){NOT_BEFORE_WORD}", re.IGNORECASE),
        # "6%, | thời gian áp dụng | từ ngày 1/7/2024": the words of a clause that only states when a figure starts
        "start_clause": re.compile(
            rf"\s*,\s*(?:(?:{alt(d['start_clause_words'])})\s+)*(?=(?:{alt(d['start_point'])})\s)",
            re.IGNORECASE,
        ),
        # "vào | cuối năm 2016", or opening its sentence ("Cuối năm 2016, ..."): the year the figure is dated to
        # "đến năm 2030", "Đến 2030": a target year, the figure's period written as the year ("năm 2030")
        "target_year": re.compile(
            rf"(?:{alt(d['target_year_cutoffs'])})\s+(?P<year>(?:năm\s+)?{YEAR})", re.IGNORECASE
        ),
        "year_end_link": re.compile(rf"(?:(?<!\w)(?:{alt(d['year_end_links'])})\s+|^\W*)$", re.IGNORECASE),
        "start_point": re.compile(
            NOT_AFTER_WORD
            + "".join(rf"(?<!{re.escape(w)}\s)" for w in d["start_point_not_after"])
            + rf"(?:{alt(d['start_point'])})\s+$",
            re.IGNORECASE,
        ),
        # between a figure and its own period: "57% trong năm 2016", "5%/năm kể từ năm 2000"
        "period_gap": re.compile(rf"(?:\s*/\s*năm)?\s*(?:(?:{alt(d['period_links'])})\s+)?", re.IGNORECASE),
        # the figure's object and a link word: "120% | GDP vào | năm 2030"
        "object_period_gap": re.compile(
            rf"\s+(?:[^\W\d_]+\s+){{1,{int(d['object_words'])}}}(?:{alt(d['period_links'])})\s+",
            re.IGNORECASE,
        ),
        # "so với cùng kỳ năm trước": the opening words, then up to eight words that are not a stop word
        # a number inside the base is one word ("so với mức 3,94 tỷ USD của tháng 2/2024")
        "comparison": re.compile(
            rf"{NOT_AFTER_WORD}(?:{alternation(d['comparison_start'], flexible_spaces=True)})(?!\s+sánh)"
            # "so với | tốc độ tăng trưởng | của ngành game": a base that names a growth holds its change word
            rf"\s+(?:(?:{alt(d['base_growth_words'])}){NOT_BEFORE_WORD}|{_PERCENT_WORD}|{_DECIMAL}|[^\s,;.:()\n]+)"
            # a phrase that opens with a stop word but goes on with the base: "so với số | ước thực hiện năm 2024"
            rf"(?:\s+(?:(?:{alt(d['comparison_go_on'])}){NOT_BEFORE_WORD}|(?!(?:{alt(d['comparison_stop'] + d['qualifiers'])})\s+\d)(?!(?:{alt(d['comparison_stop'])}){NOT_BEFORE_WORD})"
            rf"(?:{_PERCENT_WORD}|{_DECIMAL}|[^\s,;.:()\n%]+))){{0,7}}"
            # "giảm 22% theo quý và 18% theo năm": quarter-on-quarter, year-on-year, right after the figure
            rf"|(?:(?<=%\s)|(?<=trăm\s))(?:{alternation(d['comparison_after_figure'], flexible_spaces=True)}){NOT_BEFORE_WORD}",
            re.IGNORECASE,
        ),
        # a base that ends on its time ends there: "so với cùng kỳ năm trước | của một số địa phương"
        "base_tail": re.compile(
            rf"(?:{'|'.join(f'(?<={w})' for w in d['comparison_time_ends'])}|(?<=\d))\s+"
            rf"(?:{alt(d['comparison_of'])}){NOT_BEFORE_WORD}.*$",
            re.IGNORECASE,
        ),
        # "từ 9%/năm xuống 8,5%/năm": a per-period unit may follow the first figure of a from-to pair
        # a base ends on its time: "So với cùng kỳ năm ngoái | lượng xuất khẩu giảm", "so với quý liền kề trước đó
        # | chủ yếu do", "so với tháng 4/2022 | ..." (not inside a span of years: "giai đoạn 2021 - 2025")
        "base_time": re.compile(
            rf"""(?<!\w)(?:{alt(d["comparison_time_nouns"])})(?:\s+\d+)?(?:\s+liền\s+kề)?\s+(?:{alt(d["comparison_time_ends"])})
            (?:\s+(?:đó|đây))?(?!\w)
            | (?<![\d/–-])(?<![\d/–-]\s){YEAR}(?![\d/]|\s*[-–]\s*\d)(?!\w)
            | (?<!\w)(?:{alt(d["comparison_time_nouns"])})\s+[\dIVX]+(?:\s*/\s*\d{{1,2}})?\s*/\s*{YEAR}(?![\d/])""",
            re.IGNORECASE | re.VERBOSE,
        ),
        # "từ 6% năm 1995 lên 19%", "từ 0,01%, về 0%": a few words (the first figure's time or noun) may follow
        "from_to_gap": re.compile(
            rf"""(?:{alt(d["not_percent_after"])})?        # "từ 9%/năm xuống 8,5%/năm"
            (?:\s+[^\s,;:()%]+){{0,10}}?\s*,?\s*            # "từ 1% lượng xe bán ra hiện tại | lên 15%"
            (?:{alt(d["from_to_words"])}){NOT_BEFORE_WORD}
            (?:\s+(?:{alt(d["after_change"] + d["qualifiers"])}){NOT_BEFORE_WORD})*\s*""",
            re.IGNORECASE | re.VERBOSE,
        ),
    }


def _clause_start(text: str, lo: int, pos: int, protected: list[tuple[int, int]]) -> int:
    """Start of the clause that ends at ``pos``: after the last break not inside a protected span."""
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, pos):
        if any(s <= m.start() < e for s, e in protected):
            continue
        start = m.end()
    return start


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_END.search(text, pos, hi)
    return m.start() if m else hi


def _blank(m: re.Match[str]) -> str:
    return "_" * len(m.group())  # same length, no cue inside


def _direction(segment: str) -> tuple[str | None, str | None]:
    """Direction from the words before the figure in its clause; (direction, cue text)."""
    lex = _lex()
    segment = lex["neutral"].sub(_blank, segment)
    bases = list(lex["comparison"].finditer(segment))
    if bases and bases[-1].end() >= len(segment.rstrip()):
        # the figure is the base itself ("tăng so với mức 1,9%"): a level, unless it is a growth rate
        growth = lex["growth"].search(segment, 0, bases[-1].start())
        return ("increase", growth.group()) if growth else (None, None)
    segment = lex["comparison"].sub(_blank, segment)  # the base's words are no cue
    last = None
    for m in lex["cue"].finditer(segment):
        if last is None or not _completes(last, m, segment, lex):
            last = m
    if last is None:
        alone = lex["decrease_alone"].search(segment)
        if alone:
            return "decrease", alone.group()
        alone = lex["increase_alone"].search(segment)
        return ("increase", alone.group()) if alone else (None, None)
    if _consumed(segment, last, lex) or _not_governing(segment, last, lex):
        return (
            None,
            None,
        )  # "tăng 2% sau khi ông Trump dọa áp thuế quan | 50%": the change was the earlier figure's
    closing = [b for b in bases if b.start() >= last.end()]
    if closing and segment[closing[-1].end() :].strip(" ,") not in ("", "và"):
        return None, None  # "tăng 5% so với cùng kỳ và hoàn thành 76%": the base closed the change
    if last.group("inc"):
        return "increase", last.group()
    if last.group("dec"):
        return "decrease", last.group()
    # A level word: "tăng trưởng ... đạt 7%" is still growth; "chiếm 30%" is a share.
    word = last.group("lvl").lower()
    if word in lex["growth_levels"] and lex["growth"].search(segment[: last.start()]):
        growth = lex["growth"].search(segment[: last.start()])
        assert growth is not None
        return _growth_sign(growth.group()), growth.group()
    return None, last.group()


def _consumed(segment: str, cue: re.Match[str], lex: dict[str, Any]) -> bool:
    """Whether the change word ``cue`` governs a figure before the segment's end and more than list words and a
    few others stand after that figure ("tăng 2% sau khi ông Trump dọa từ ngày 1/6 sẽ áp thuế quan |")."""
    if cue.group("lvl"):
        return False
    figures = list(lex["figure"].finditer(segment, cue.end()))
    if not figures:
        return False
    gap = segment[figures[-1].end() :]
    if _FROM_WORD_END.search(gap):
        return False  # "tăng lên mức 57% trong năm 2016 từ mức | 46%": the change's starting point
    return len(_LIST_JOINER.sub(" ", gap).replace("_", " ").split()) > lex["figure_gap_words"]


def _not_governing(segment: str, cue: re.Match[str], lex: dict[str, Any]) -> bool:
    """Whether the change word ``cue`` does not govern the figure at the segment's end: a comparative followed by a
    level word names the level compared with ("thấp hơn mức dự báo | 2%"), and a cause word after the change opens
    what caused it ("không bị mất giá nhờ kiểm soát lạm phát dưới | 4%")."""
    if cue.group("lvl"):
        return False
    if lex["comparative"].search(segment, 0, cue.end()) and lex["compared_level"].match(segment, cue.end()):
        return True
    return bool(lex["cause_word"].search(segment, cue.end()))


def _completes(change: re.Match[str], m: re.Match[str], segment: str, lex: dict[str, Any]) -> bool:
    """Whether level word ``m`` only completes the change just before it ("giảm về còn 4,7%") or names what
    it moves ("giảm lãi suất 0,25 điểm phần trăm")."""
    if change.group("lvl") or not m.group("lvl"):
        return False
    between = segment[change.end() : m.start()].split()
    if m.group().lower() in lex["change_objects"]:
        # "giảm lãi suất 0,25 điểm": what the change moves; "cao hơn tỷ trọng 85,3%": the level compared with
        return not between and not change.group().lower().endswith(" hơn")
    if m.group().lower() not in lex["after_change"]:
        return False
    return all(w.lower() in lex["after_change"] for w in between)


def extract(view: TextView, sectors: list[Sector], periods: list[Period]) -> list[Percentage]:
    """The percentages of ``view``; ``sectors`` and ``periods`` are the facts of those kinds in the same
    text (a figure takes the sector that is its clause's subject and the period of its clause)."""
    text = view.ctext
    lex = _lex()
    protected = [(f.cstart, f.cend) for f in sectors]
    raw: list[dict[str, Any]] = []
    for m in lex["figure"].finditer(text):
        after = text[m.end() : m.end() + 3]
        if _DIGIT.match(after):
            continue
        if m.group("s"):
            value, value_max = parse_number(m.group("s")), None
            start = m.start("s")
            if m.group("sign") and value is not None:
                value, start = -value, m.start("sign")
            raw.extend(_bare_figures(view, start, m.group("unit_s")))
        else:
            value, value_max = parse_number(m.group("v")), parse_number(m.group("v2"))
            start = m.start("v")
            if value is not None and value_max is not None and value_max < value:
                continue
        if value is None:
            continue
        raw.append(_fact(view, start, m.end(), value, value_max, m.group("unit") or m.group("unit_s")))
    raw.sort(key=lambda f: f["cstart"])
    if raw:  # a day opening its clause dates the figures of its sentence: "Ngày 23/4, ... lãi suất 4%/năm"
        periods = sorted([*periods, *day_frames(view)], key=lambda p: p.cstart)
        periods = _forecast_periods(text, raw, periods, lex)
    # the comparison bases of the text (a period inside one is the base's), only when there is a figure
    bases = [_base_span(text, m, lex) for m in lex["comparison"].finditer(text)] if raw else []
    out: list[dict[str, Any]] = []
    for fact in raw:
        if out and out[-1]["cstart"] == fact["cstart"]:
            continue
        _attributes(view, fact, sectors, periods, (protected, bases), lex)
        out.append(fact)
    _from_to(text, out, lex)
    _respective_years(view, out, lex)
    _respective_periods(view, out, periods, lex)
    return [Percentage(**fact) for fact in out]


def _forecast_periods(
    text: str, raw: list[dict[str, Any]], periods: list[Period], lex: dict[str, Any]
) -> list[Period]:
    """The periods written right after a figure's plan or forecast word ("61% dự báo | năm 2031") are the plan's,
    as a plan word before them makes them in the periods (a figure takes one only when nothing else frames it)."""
    plans = [m.end() for m in (lex["plan_after"].match(text, f["cend"]) for f in raw) if m]
    if not plans:
        return periods
    return [replace(p, of_plan=True) if _right_after_plan(text, p, plans) else p for p in periods]


def _right_after_plan(text: str, p: Period, plans: list[int]) -> bool:
    """Whether ``p`` follows one of the ``plans`` word ends across at most two words of the plan ("dự báo | cả |
    năm 2031", "kế hoạch | năm 2031") and no punctuation."""
    return any(
        end <= p.cstart and len(gap.split()) <= _PLAN_GAP_WORDS and not _PUNCT.search(gap)
        for end in plans
        for gap in (text[end : p.cstart],)
    )


def _bare_figures(view: TextView, start: int, unit: str) -> list[dict[str, Any]]:
    """Percentages listed before the one at ``start`` without their own sign ("5,2; 6,1 và 7,3%"); never a
    date or ordinal ("năm 2022, 5%"), nor a year ("Đến 2030, 95% ...")."""
    text = view.ctext
    bare = _BARE_LIST.search(text[max(0, start - 40) : start])
    if not bare or _DATE_WORD_BEFORE.search(text[max(0, start - 40) : start - len(bare.group(1))]):
        return []
    b0 = start - len(bare.group(1))
    out = []
    for nm in _NUMBER.finditer(bare.group(1)):
        # a year in a bare list is no figure: "Đến 2030, 95% ..."
        value = None if _YEAR.fullmatch(nm.group()) else parse_number(nm.group())
        if value is not None:
            out.append(_fact(view, b0 + nm.start(), b0 + nm.end(), value, None, unit))
    return out


def _respective_years(view: TextView, facts: list[dict[str, Any]], lex: dict[str, Any]) -> None:
    """ "năm 2022, 2023, 2024 lần lượt là 18,1%; 22,8%; 9,2%": the n-th figure after "lần lượt" is the n-th
    year's, when the sentence lists as many figures there as years."""
    text = view.ctext
    for m in _RESPECTIVE_YEARS.finditer(text):
        s_hi = view.sentence_bounds(m.start())[1]
        then = lex["respectively"].search(text, m.end(), s_hi)
        named: list[tuple[str, str | None, str | None]] = [
            (
                text[m.start() : m.end("first")] if n == 0 else y.group(),
                f"{y.group()}-01-01",
                f"{y.group()}-12-31",
            )
            for n, y in enumerate(_YEAR.finditer(m.group()))
        ]
        # the list may end on another period: "các năm 2023; 2022; 2021 và giai đoạn 2009-2014 lần lượt là ..."
        joiner = _LIST_JOINER.match(text, m.end())
        last = PERIOD_RE.match(text, joiner.end()) if joiner and joiner.end() > m.end() else None
        if last and then and last.end() <= then.start():
            named.append((last.group(), *resolve(last)))
        listed = [f for f in facts if then and then.end() <= f["cstart"] < s_hi]
        if not then or len(listed) != len(named):
            continue
        for fact, (written, start, end) in zip(listed, named, strict=True):
            fact.update(period=written, period_start=start, period_end=end)  # as written


def _respective_periods(
    view: TextView, facts: list[dict[str, Any]], periods: list[Period], lex: dict[str, Any]
) -> None:
    """ "... 28,5 USD vào cuối năm 2023; ... cuối năm 2024 và ... cuối năm 2025. Tỷ lệ trống sẽ tăng tương ứng 14%;
    17% và 20%": N figures after "tương ứng" / "lần lượt" take, in order, the N distinct periods named before them
    in their sentence, else (with none there) in the sentence before."""
    text = view.ctext
    for m in lex["respectively"].finditer(text):
        s_lo, s_hi = view.sentence_bounds(m.start())
        listed = _listed_after(text, facts, m.end(), s_hi)
        named = _periods_named(periods, s_lo, m.start())
        if not named and s_lo > 0:
            named = _periods_named(periods, view.sentence_bounds(s_lo - 1)[0], s_lo)
        if len(listed) < 2 or len(named) != len(listed):
            continue
        for fact, p in zip(listed, named, strict=True):
            fact.update(period=p.text, period_start=p.period_start, period_end=p.period_end)


def _listed_after(text: str, facts: list[dict[str, Any]], lo: int, hi: int) -> list[dict[str, Any]]:
    """The figures listed right after ``lo`` ("tương ứng | 14%; 17% và 20%", "lần lượt tăng | 5% và 7%"): the first
    within a few words, the next ones joined by list words only."""
    listed: list[dict[str, Any]] = []
    for f in facts:
        if not lo <= f["cstart"] < hi:
            continue
        gap = text[listed[-1]["cend"] if listed else lo : f["cstart"]]
        if (
            listed
            and not _LIST_JOINER.fullmatch(gap)
            or not listed
            and (_DIGIT.search(gap) or len(gap.split()) > 3)
        ):
            break
        listed.append(f)
    return listed


def _periods_named(periods: list[Period], lo: int, hi: int) -> list[Period]:
    """The periods of [lo, hi) that could be listed for figures: no base's, no plan's; all distinct and of one
    shape ("cuối năm 2023", "cuối năm 2024"; "quý 1", "quý 2")."""
    named = [p for p in periods if lo <= p.cstart and p.cend <= hi and not p.in_comparison and not p.of_plan]
    shapes = {_DIGITS.sub("#", p.text.lower()) for p in named}
    return named if len(shapes) == 1 and len({p.text.lower() for p in named}) == len(named) else []


def _fact(
    view: TextView, start: int, end: int, value: float, value_max: float | None, unit: str
) -> dict[str, Any]:
    fact = view.span(start, end)
    fact.update(
        value=value,
        value_max=value_max,
        unit="percentage_point" if "điểm" in unit else "percent",
    )
    return fact


@dataclass(frozen=True)
class _Clause:
    """Where a figure stands: its sentence, paragraph start and clause (canonical offsets)."""

    text: str
    start: int  # the figure
    end: int
    s_lo: int  # sentence
    s_hi: int
    p_lo: int  # paragraph start
    c_lo: int  # clause
    c_hi: int
    now: int = -1  # a word of the present ("hiện nay") before the figure in its sentence
    s_prev: int = 0  # the sentence before, in the paragraph
    starts: tuple[int, ...] = ()  # the view's sentence starts, paragraph start to figure's sentence
    para_lo: int = 0  # the paragraph's own start, before ``p_lo`` caps it to a few sentences back

    @property
    def before(self) -> str:
        """The clause up to the figure."""
        return self.text[self.c_lo : self.start]

    @property
    def in_parens(self) -> bool:
        return _inside_parens(self.text, self.s_lo, self.start)


def _sentences_back(view: TextView, s_lo: int, n: int) -> int:
    """The start of the ``n``-th sentence before the one at ``s_lo``."""
    for _ in range(n):
        if s_lo <= 0:
            break
        s_lo = view.sentence_bounds(s_lo - 1)[0]
    return s_lo


def _clause_of(
    view: TextView, start: int, end: int, protected: list[tuple[int, int]], lex: dict[str, Any]
) -> _Clause:
    text = view.ctext
    s_lo, s_hi = view.sentence_bounds(start)
    p_lo, _p_hi = view.paragraph_bounds(start)
    while p_lo > 0 and (
        lex["goes_on"].match(text, p_lo) or _list_goes_on(view, p_lo) or _same_bases_go_on(view, p_lo, lex)
    ):
        p_lo = view.paragraph_bounds(p_lo - 1)[0]  # "Trong đó, ...": the list of the paragraph before
    # a figure inherits from a few sentences before, not from a whole page flattened into one paragraph
    para_lo = p_lo
    p_lo = max(p_lo, _sentences_back(view, s_lo, lex["sentences_back"]))
    c_lo = _clause_start(text, s_lo, start, protected)
    now = [m.start() for m in lex["present"].finditer(text, s_lo, start) if view.on_words(m.start(), m.end())]
    lo, hi = bisect.bisect_right(view.sent_starts, p_lo), bisect.bisect_right(view.sent_starts, s_lo)
    return _Clause(
        text,
        start,
        end,
        s_lo,
        s_hi,
        p_lo,
        c_lo,
        _clause_end(text, end, s_hi),
        now[-1] if now else -1,
        max(p_lo, _sentences_back(view, s_lo, 1)),
        tuple(view.sent_starts[lo:hi]),
        para_lo,
    )


def _same_bases_go_on(view: TextView, p_lo: int, lex: dict[str, Any]) -> bool:
    """Whether the paragraph at ``p_lo`` goes on with the figures of the paragraph before: it names no period
    before its first figure, and that figure's base right after it is one the paragraph before gives its own
    figures ("... doanh thu thuần quý 4/2024 đạt ... (-14% so với cùng kỳ quý trước; ...)." | "Tổng sản lượng
    bán: 232.300 tấn (-7% so với cùng kỳ quý trước; ...)")."""
    text = view.ctext
    p_hi = view.paragraph_bounds(p_lo)[1]
    first = lex["figure"].search(text, p_lo, p_hi)
    if first is None or PERIOD_RE.search(text, p_lo, first.start()):
        return False
    base = lex["comparison"].match(text, _past_spaces(text, first.end(), p_hi))
    if base is None:
        return False
    prev_lo = view.paragraph_bounds(p_lo - 1)[0]
    said = base.group().lower()
    # only the characters the base can span are lowered, not the rest of the paragraph after each figure
    return any(
        text[at : min(p_lo, at + len(said))].lower().startswith(said)
        for at in (_past_spaces(text, m.end(), p_lo) for m in lex["figure"].finditer(text, prev_lo, p_lo))
    )


def _past_spaces(text: str, pos: int, hi: int) -> int:
    """Where ``text[pos:hi]`` goes on after the white space ``str.lstrip`` strips (``str.isspace``)."""
    spaces = _SPACES.match(text, pos, hi)
    return spaces.end() if spaces else pos


_SPACES = re.compile(r"\s*")


def _list_goes_on(view: TextView, p_lo: int) -> bool:
    """Whether the paragraph at ``p_lo`` goes on with the list of figures that ends the paragraph before: that
    list has its intro ("chỉ tiêu như: A đạt 99,7%; B đạt 99,5%; ...") and this paragraph opens on another item
    (a number or a small letter: "29 tỉnh đạt chuẩn ...; C đạt 98,95%; ..."), or the list broke off mid-item."""
    text = view.ctext
    prev_lo, prev_hi = view.paragraph_bounds(p_lo - 1)
    last = text[max(prev_lo, view.sentence_bounds(max(prev_lo, prev_hi - 1))[0]) : prev_hi].rstrip()
    first = text[p_lo : min(view.sentence_bounds(p_lo)[1], view.paragraph_bounds(p_lo)[1])]
    intro = last.find(":")
    if intro < 0 or ";" not in last[intro:] or ";" not in first or not _FIGURE.search(last, intro):
        return False
    opening = first.lstrip()[:1]
    return opening.isdigit() or opening.islower() or last.endswith((";", ","))


def _qualifier(before: str, lex: dict[str, Any], view: TextView | None = None, base: int = 0) -> str | None:
    """ "khoảng 6,5%", "hơn 20%"; a word of the segmentation ("dưới" in "trên dưới" is not the qualifier
    "dưới"); not the "hơn" of a comparative change ("cao hơn 20-50%") nor the "khoảng" of a range ("nằm trong
    khoảng 75 - 85%")."""
    q = lex["qualifier"].search(_FROM_TO_WORD_END.sub("", before).rstrip())
    if q is None or lex["comparative"].search(before, 0, q.end()):
        return None
    if view is not None and not view.match_on_words(q, base, "q"):
        return None
    if _WITHIN_RANGE_END.search(before[: q.end()]):
        return None
    return q.group("q").lower()


def _change(cl: _Clause, protected: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(direction, cue): the change word before the figure, a sign written on it, or for a figure in
    parentheses with nothing before it, the change it restates."""
    text, start = cl.text, cl.start
    direction, cue = _direction(cl.before)
    sign = _SIGN_BEFORE.search(text[max(cl.s_lo, start - 2) : start])
    if text[start] in "-−":
        direction = "decrease"
    elif sign:  # "(-1,12%)", "+0,8%": the sign is the direction
        direction = "increase" if sign.group(1) == "+" else "decrease"
    elif _TICKER_SIGN.search(text, max(cl.s_lo, start - 16), start):
        direction = "decrease"  # "OCB - 6,3%; VCI -5,6%": a minus set apart after a ticker
    elif cl.in_parens and direction is None and not cl.before.strip(" (-−–"):
        # "giảm 18,35 điểm (1,12%)", "mức tăng CPI bình quân (3,27%)": the figure restates the change before it
        direction = _bracketed(cl, protected)
    elif direction is None and not cl.in_parens and not _lex()["plan_after"].match(text, cl.end):
        direction = _restated(cl, protected)  # not a share of a plan: "tăng 14%; | 57% dự báo năm 2031"
    if direction is None and _lex()["growth_after"].match(text, cl.end):
        direction = "increase"  # "( 9% YoY)": a year-on-year change written without a minus
    return direction, cue


def _after_own_period(before: str) -> str:
    """The words of a clause before its figure after the period that opens it: "năm 2016 | là 27%", "năm nay |
    khoảng 30%" (each item of a list of times and figures)."""
    own = PERIOD_RE.match(before)
    return before[own.end() :].strip() if own else before


def _reached(prev: str, lex: dict[str, Any]) -> str | None:
    """The direction of the change in clause ``prev`` that a clause of the level reached restates ("giảm 4 điểm
    phần trăm, | còn 9,6%"): the change word before its last figure, else in the whole clause."""
    figures = list(lex["figure"].finditer(prev))
    return _direction(prev[: figures[-1].start()] if figures else prev)[0]


def _bracketed(cl: _Clause, protected: list[tuple[int, int]]) -> str | None:
    """The change a figure alone in brackets restates: the change of the clause before the brackets, else the growth
    of its sentence when a period stands right before them ("quý II (6,17%)"); none right after a percentage ("tăng
    6% (86%)": a level beside the change, not the change again)."""
    text = cl.text
    opened = text.rfind("(", cl.s_lo, cl.start)
    if _PERCENT_BEFORE.search(text, max(cl.s_lo, opened - 12), opened):
        return None
    direction = _direction(text[_clause_start(text, cl.s_lo, opened, protected) : opened])[0]
    if direction is None and _dated_bracket(text, cl.s_lo, opened):
        direction = _growth_of(text[cl.s_lo : opened])
    return direction


def _dated_bracket(text: str, lo: int, opened: int) -> bool:
    """Whether a period ends right before the bracket that opens at ``opened`` ("quý II | (6,17%)")."""
    before = text[max(lo, opened - 40) : opened].rstrip()
    return any(m.end() == len(before) for m in PERIOD_RE.finditer(before))


def _growth_of(words: str) -> str | None:
    """The direction a growth noun of ``words`` (neutral phrases blanked) gives the figures that restate it: those
    that break a sentence's growth down by period ("Tốc độ tăng trưởng ... đạt 5,73%, trong đó quý II (6,17%) ...
    so với quý I (5,15%)"), or a clause's growth ("có tốc độ tăng trưởng khá tốt, | đạt trung bình 15%/năm");
    "mức giảm" is a decrease; none without a growth noun."""
    lex = _lex()
    growth = lex["growth"].search(lex["neutral"].sub(_blank, words))
    if growth is None:
        return None
    return _growth_sign(growth.group())


def _growth_sign(noun: str) -> str:
    """The direction a growth noun names: "mức giảm" a decrease, any other ("tốc độ tăng trưởng") an increase."""
    return "decrease" if noun.lower().startswith("mức giảm") else "increase"


def _restated(cl: _Clause, protected: list[tuple[int, int]], depth: int | None = None) -> str | None:
    """A clause that only restates the clause before it takes that clause's change: "giảm 39 USD,
    tương đương 1,9%" (a restating word, any change); "có tốc độ tăng trưởng khá tốt, đạt trung bình 15%/năm"
    (a growth level word or none, a growth noun; not a share: "..., chiếm 59,5%").  Not when the clause before has its own percentage ("tăng 10%,
    đạt 95% kế hoạch"), unless this clause is a bare figure that elides that figure's change ("giảm 34% theo
    quý, 52% theo năm")."""
    lex = _lex()
    # the figures listed before this one in its clause are part of the list: "tăng lần lượt 0,42%; | 0,12% và 0,16%"
    before = _LIST_JOINER.sub(" ", lex["figure"].sub(" ", cl.before)).strip()
    before = _after_own_period(before)
    if cl.c_lo <= cl.s_lo:
        return None
    prev_lo = _clause_start(cl.text, cl.s_lo, cl.c_lo - 1, protected)
    prev = cl.text[prev_lo : cl.c_lo]
    if lex["result"].fullmatch(before):
        return _reached(prev, lex)
    m = lex["restating"].fullmatch(before)
    if m is None:
        return None
    if _FIGURE.search(prev):
        figures = list(lex["figure"].finditer(prev))
        bare = not lex["qualifier"].sub("", before).strip()
        if not (bare and figures):
            return None
        direction = _direction(prev[: figures[-1].start()])[0]
        depth = lex["list_back"] if depth is None else depth
        if direction is None and depth > 0:
            # "tốc độ tăng trưởng ..., năm 2016 là 27%, | năm nay khoảng 30%": the figure before restates a growth too
            f = figures[-1]
            earlier = replace(cl, start=prev_lo + f.start(), end=prev_lo + f.end(), c_lo=prev_lo)
            direction = _restated(earlier, protected, depth - 1)
        return direction
    if m.group("same"):
        # "giảm 39 USD, tương đương 1,9%"; not a ratio to a noun: "lên 500.000 đồng, tương đương 33% chuẩn nghèo"
        return None if lex["ratio_noun"].match(cl.text, cl.end) else _direction(prev)[0]
    return _growth_of(prev)


def _comparison(
    cl: _Clause, direction: str | None, lex: dict[str, Any], protected: list[tuple[int, int]]
) -> str | None:
    """In the clause after the figure, else before it in the clause, else a list intro; a change with no
    base in its sentence takes the base right after a clause that restates it or after parallel changes ("giảm
    2% về số doanh nghiệp, giảm 34% về vốn so với cùng kỳ"), else the time base stated earlier in the paragraph
    ("so với cùng kỳ"; not a count or level: "có 120 mã giảm, so với 80 mã tăng"). A figure that is itself a base
    ("so với mức 1,42%") has none."""
    text, comparison_re = cl.text, lex["comparison"]
    before = _base_before(cl, direction, lex)
    if before is not None and _figure_of_base(
        text[before.start() : cl.start], text[before.end() : cl.start], lex
    ):
        return None  # "gấp 2,5 lần so với mức | 1,42%", "so với mức | tăng 6,1%": the figure is the base
    if _bracket_after_base(cl, lex):
        return None  # "so với quý I (5,15%)": the base's own figure
    cm = _base_after(cl, direction, lex) or before or _base_after_brackets(cl, comparison_re)
    if cm:
        return _base_text(text, cm, lex)
    if _OWN_TIME_AFTER.match(text, cl.end):
        return None  # "cao hơn mức tăng 2,1% của cùng kỳ năm 2024": last year's figure, no base of its own
    if cl.in_parens and _DIGIT.search(text, text.rfind("(", cl.s_lo, cl.start), cl.start):
        return None  # "(cùng kỳ năm 2024 tăng 8%)", "(giảm 0,096 USD/thùng, tương đương 0,10%)": words of its own
    comparison = None
    level = direction is None and not lex["ratio"].search(text, cl.c_lo, cl.start)
    for m in comparison_re.finditer(text, cl.s_lo, cl.c_lo):
        if text.rfind("(", cl.s_lo, m.start()) <= text.rfind(")", cl.s_lo, m.start()):
            if direction is None and (level or _base_of_figure(cl, m, protected)):
                continue  # "..., bằng 87,79% so với năm 2024, ... không thấp hơn 10%": another figure's base
            # "A tăng 17%, đi ngang so với năm 2024, trong khi B ... (9,6%)": the other subject's base
            comparison = None if lex["while"].search(text, m.end(), cl.c_lo) else _base_text(text, m, lex)
    if comparison is None and direction is not None:
        trailing = _trailing_base(cl, lex)
        if trailing is not None:
            return _base_text(text, trailing, lex)
        earlier = list(comparison_re.finditer(text, cl.p_lo, cl.s_lo))
        base = _base_text(text, earlier[-1], lex) if earlier else ""
        # the nearest base of an earlier sentence lends its time, not a level or a count it compares (nor an older
        # base it replaced: "... so với 91,5 triệu tấn ước tính tháng trước. ... so với niên vụ trước đó. ... tăng 3,5%")
        if lex["base_time"].search(base) or lex["timed"].search(base):
            comparison = base
    return comparison


def _bracket_after_base(cl: _Clause, lex: dict[str, Any]) -> bool:
    """Whether the figure stands alone in brackets that open right after a comparison base ("so với quý I (5,15%)")."""
    opened = _alone_in_brackets(cl)
    if opened is None:
        return False
    before = cl.text[cl.s_lo : opened].rstrip()
    bases = list(lex["comparison"].finditer(before))
    return bool(bases) and bases[-1].end() == len(before)


def _alone_in_brackets(cl: _Clause) -> int | None:
    """Where the brackets open that hold the figure alone ("quý I (5,15%)"), none when it is not alone in them."""
    if not cl.in_parens or not _CLOSING_BRACKET.match(cl.text, cl.end):
        return None
    opened = cl.text.rfind("(", cl.s_lo, cl.start)
    return None if cl.text[opened + 1 : cl.start].strip() else opened


def _figure_of_base(base: str, gap: str, lex: dict[str, Any]) -> bool:
    """Whether the figure right after a base is the base's own: nothing between ("so với 4,9%"), or a growth noun
    after a base ending on "mức" ("so với mức | tăng 6,1%")."""
    if not gap.strip():
        return True
    return bool(
        _LEVEL_BASE.search(base[: len(base) - len(gap)]) and lex["growth_tail"].fullmatch(gap.strip())
    )


def _base_after(cl: _Clause, direction: str | None, lex: dict[str, Any]) -> re.Match[str] | None:
    """The base after the figure in its clause, unless another figure's change stands between ("chiếm 56,1% và
    tăng 48,5% so với cùng kỳ": a share; the base is the change's) or another subject's ("VRE tăng 42% trong khi
    Vn-Index hồi phục 23% so với ...")."""
    text = cl.text
    after = lex["comparison"].search(text, cl.end, cl.c_hi)
    if after is None or lex["while"].search(text, cl.end, after.start()):
        return None
    turn = lex["contrast"].search(text, cl.end, after.start())
    if turn and not _FIGURE.search(text, turn.end(), after.start()):
        return None  # "7,2% ... song cơ cấu hàng hóa so với ...": the other clause's (not "giảm 2% nhưng tăng 8% so với")
    if direction is None and _own_change_between(text, cl.end, after.start(), lex):
        return None
    return after


def _base_before(cl: _Clause, direction: str | None, lex: dict[str, Any]) -> re.Match[str] | None:
    """The nearest base before the figure in its clause; for a level, not another figure's ("tăng 1,8% so với
    phiên trước và đóng góp 11,2%", "gấp 11 lần so với cùng kỳ, chiếm 23%") nor another change's ("giảm mạnh so
    với đầu năm, chiếm 7,2%")."""
    text = cl.text
    found = None
    for m in lex["comparison"].finditer(text, cl.c_lo, cl.start):
        if direction is None and _OWNED_BASE.search(text, max(cl.c_lo, m.start() - 30), m.start()):
            continue
        if lex["contrast"].search(text, m.end(), cl.start):
            continue  # "tăng 205% so với cùng kỳ nhưng thị phần giảm còn 0,12%": the base before the turn
        if (
            direction is None
            and text[m.end() : cl.start].strip()
            and _change_owns(text, cl.c_lo, m.start(), lex)
        ):
            continue
        found = m
    return found


def _change_owns(text: str, lo: int, base: int, lex: dict[str, Any]) -> bool:
    """Whether the last cue before a base (from ``lo``) is a change word with no figure between ("giảm mạnh | so
    với ...")."""
    cues = list(lex["cue"].finditer(text, lo, base))
    return bool(cues) and not cues[-1].group("lvl") and not _DIGIT.search(text, cues[-1].end(), base)


def _trailing_base(cl: _Clause, lex: dict[str, Any]) -> re.Match[str] | None:
    """A base after the figure's clause in its sentence, across clauses that only restate the change ("tăng
    18,1%, tương ứng tăng 17,37 tỷ USD so với cùng kỳ") or make parallel changes ("giảm 14,9% về lượng, nhưng
    tăng 3,9% về kim ngạch so với cùng kỳ năm 2021")."""
    text, lo = cl.text, cl.c_hi
    for _ in range(4):
        aside = _past_aside(text, lo, cl.s_hi)
        if aside > lo and lex["comparison"].match(text, aside):
            return lex["comparison"].match(text, aside)  # "giảm 4,9% (tương ứng giảm 1 tỷ USD) | so với ..."
        lo = aside
        if lo >= cl.s_hi or text[lo] not in ",;":
            return None
        hi = _clause_end(text, lo + 1, cl.s_hi)
        clause = text[lo + 1 : hi]
        same = lex["restating"].match(clause.strip())
        changes = [c for c in lex["cue"].finditer(clause) if not c.group("lvl")]
        if not changes and _AMOUNT_CLAUSE.search(clause) and not lex["comparison"].search(clause):
            lo = hi  # "; xuất khẩu của khối B là 8 tỷ USD, | giảm 4,9% so với ...": the next item's amount
            continue
        if not (same and same.group("same") or changes and _FIGURE.search(clause)):
            return None  # neither a restatement nor one more change: the base is that clause's own
        m = lex["comparison"].search(text, lo + 1, hi)
        if m and (
            lex["while"].search(text, lo + 1, m.start())
            or any(c.group().lower().endswith(" hơn") for c in lex["cue"].finditer(text, lo + 1, m.start()))
        ):
            return None  # "trong khi Vn-Index hồi phục 23% so với ...", "còn thấp hơn 7% so với ...": that clause's own
        if m:
            return m
        lo = hi
    return None


def _past_aside(text: str, lo: int, hi: int) -> int:
    """The position after brackets that open at ``lo`` and close before ``hi`` ("giảm 15% | (tương ứng giảm 3 tỷ
    USD) | ; ..."), else ``lo``."""
    opening = _OPENING_BRACKET.match(text, lo, hi)
    if opening is None:
        return lo
    closed = text.find(")", opening.end(), hi)
    if closed < 0 or text.find("(", opening.end(), closed) >= 0:
        return lo
    return _after_spaces(text, closed + 1)


def _after_spaces(text: str, pos: int) -> int:
    """The position after the spaces (if any) at ``pos``."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _base_of_figure(cl: _Clause, base: re.Match[str], protected: list[tuple[int, int]]) -> bool:
    """Whether the clause that holds ``base`` has a figure of its own (the base is that figure's)."""
    lo = _clause_start(cl.text, cl.s_lo, base.start(), protected)
    return bool(_FIGURE.search(cl.text, lo, _clause_end(cl.text, base.end(), cl.c_lo)))


def _own_change_between(text: str, lo: int, hi: int, lex: dict[str, Any]) -> bool:
    """Whether a figure with its own change or level word stands between ``lo`` and ``hi`` ("và tăng 48,5%"),
    not one more figure of a list ("lần lượt 5% và 6% so với ...")."""
    return any(lex["cue"].search(text, lo, f.start()) for f in lex["figure"].finditer(text, lo, hi))


def _base_after_brackets(cl: _Clause, comparison_re: re.Pattern[str]) -> re.Match[str] | None:
    """A base right after brackets that hold the figure or follow it: "tăng 74 nghìn người (0,14%) so với
    quý I/2016", "giảm 11,8% (tương đương 2,04 tỷ USD) so với kỳ 1"."""
    text = cl.text
    if cl.in_parens:
        closed = text.find(")", cl.end, cl.s_hi)
    elif _OPENING_BRACKET.match(text[cl.end : cl.end + 3]):
        closed = text.find(")", cl.end, cl.s_hi)
        if text.find("(", text.find("(", cl.end) + 1, closed) >= 0:
            return None  # nested brackets: leave them
    else:
        return None
    if closed < 0:
        return None
    return comparison_re.match(text, _after_spaces(text, closed + 1))


def _base_text(text: str, m: re.Match[str], lex: dict[str, Any]) -> str:
    start, end = _base_span(text, m, lex)
    base = lex["base_tail"].sub("", text[start:end].strip())
    time = lex["base_time"].search(base)
    return base[: time.end()] if time else base


def _base_span(text: str, m: re.Match[str], lex: dict[str, Any]) -> tuple[int, int]:
    """A base's span; one with no time of its own runs on through "trong", "vào", "hồi" to the period right
    after it ("so với thực hiện | trong năm 2023")."""
    bracket = _BRACKETED_TIME.match(text, m.end())
    if bracket and PERIOD_RE.fullmatch(bracket.group("time")):
        return m.start(), bracket.end()  # "so với tháng trước (tháng 4/2025)": the base's own time
    if lex["base_time"].search(m.group()) or lex["timed"].search(m.group()):
        return m.span()
    link = lex["time_link"].match(text, m.end())
    period = PERIOD_RE.match(text, link.end()) if link else None
    return (m.start(), period.end()) if period else m.span()


def _period(
    cl: _Clause, periods: list[Period], bases: list[tuple[int, int]], lex: dict[str, Any]
) -> Period | None:
    """The clause's own period, else the last one earlier in the paragraph; never a comparison's period
    ("so với mức đỉnh tháng 2", "so với thời điểm tháng 3/2017") nor one inside brackets that hold more
    than the period, nor a start point of another clause ("giữ chức từ tháng 3/2020")."""
    named = _period_before_bracket(cl, periods)
    if named is not None:
        return named
    bracket = _OPENING_BRACKET.match(cl.text, cl.end)
    if bracket:  # "8% (năm 2016); 7,44% (năm 2017)": the bracket right after the figure holds its period
        inside = (
            bracket.end()
            + len(cl.text[bracket.end() : bracket.end() + 3])
            - len(cl.text[bracket.end() : bracket.end() + 3].lstrip())
        )
        dated = [p for p in periods if p.cstart == inside and not p.in_comparison]
        if dated and _CLOSING_BRACKET.match(cl.text, dated[0].cend):
            return dated[0]
    own = [
        p
        for p in periods
        if cl.c_lo <= p.cstart < cl.c_hi  # a period may run past the clause: "1,3% ngày thứ Ba (7/2)"
        and (
            _owned_by_figure(cl, p, bases)
            or not p.in_comparison
            and (_plan_horizon(p) or p.of_plan or not _inside(p, bases))
            and not _another_figures(cl.text, p, lex)
        )
    ]
    if own and not all(p.of_plan for p in own):
        mine = _own_period(cl, own, lex)
        if mine is None:
            # a period after another figure is that one's, but when the same period frames the sentence too, it is
            # this figure's as well ("Trong 4 tháng đầu năm 2023, ... Đứng thứ 2 là B, chiếm 24,53% và C chiếm
            # 14,44% ... trong 4 tháng đầu năm 2023"); so is the frame that opens the figure's own sentence ("Năm 2024,
            # kinh tế tăng trưởng 2,8% nhưng giới chuyên gia lo ngại ... trong năm nay")
            frame = _framing_period(cl, periods, bases, lex)
            if frame is not None and (
                any(p.text.lower() == frame.text.lower() for p in own) or frame.cstart >= cl.s_lo
            ):
                return frame
        return mine
    # no period of its own, or only a plan's ("đạt 61% kế hoạch vốn năm 2024"): what frames the figure, else the plan's
    return (
        _start_after(cl, periods, lex)
        or _framing_period(cl, periods, bases, lex)
        or (_own_period(cl, own, lex) if own else None)
        or _colon_intro(cl, periods, bases, lex)
        or _survey_day_after(cl, periods)
    )


def _period_before_bracket(cl: _Clause, periods: list[Period]) -> Period | None:
    """The period right before brackets that hold the figure alone ("quý II (6,17%) cao hơn so với quý I (5,15%)"):
    the figure is that period's, also inside a comparison base."""
    opened = _alone_in_brackets(cl)
    if opened is None:
        return None
    return next((p for p in periods if p.cend <= opened and not cl.text[p.cend : opened].strip()), None)


def _start_after(cl: _Clause, periods: list[Period], lex: dict[str, Any]) -> Period | None:
    """The start in the clause right after the figure's, when that clause only states it ("tăng bình quân 6%,
    thực hiện từ ngày 1/7/2024.", "hai mức 6,48% hoặc 7,3%, từ ngày 1/7/2024, cùng lúc với ..."): the time from
    which the figure holds; not a start that opens a clause of its own ("..., từ ngày 1/7 doanh nghiệp phải ...")."""
    words = lex["start_clause"].match(cl.text, cl.c_hi, cl.s_hi)
    if words is None:
        return None
    for p in periods:
        # the period holds its start word ("từ ngày 1/7/2024") or follows it ("từ | tháng 7/2025")
        if (p.cstart == words.end() or lex["start_point"].fullmatch(cl.text, words.end(), p.cstart)) and (
            not p.in_comparison and _CLAUSE_CLOSE.match(cl.text, p.cend)
        ):
            return p
    return None


def _survey_day_after(cl: _Clause, periods: list[Period]) -> Period | None:
    """The day of a survey named after the figure in its sentence, with no other figure between ("đã lên đến gần
    50%, theo kết quả thăm dò dư luận ngày 16/5"): the survey's figures are of that day."""
    for p in periods:
        if (
            cl.end <= p.cstart < cl.s_hi
            and SURVEY_BEFORE_DAY.search(cl.text, max(cl.end, p.cstart - SURVEY_REACH), p.cstart)
            and not _FIGURE.search(cl.text, cl.end, p.cstart)
        ):
            return p
    return None


def _colon_intro(
    cl: _Clause, periods: list[Period], bases: list[tuple[int, int]], lex: dict[str, Any]
) -> Period | None:
    """The period of an intro that ends on a colon earlier in the paragraph, when no period stands between it and
    the figure ("Dự báo chi tiết ngày và đêm 8/7 trên cả nước: Phía Tây Bắc Bộ ... Độ ẩm 65-98%. ... Phía Đông Bắc
    Bộ ... Độ ẩm 65-97%"): the list it opens runs on through the paragraph."""
    if cl.now >= cl.c_lo or lex["deadline"].search(cl.text, cl.c_lo, cl.c_hi):
        return None
    lo = cl.text.rfind("\n", 0, cl.s_lo) + 1
    framing = [
        p for p in periods if lo <= p.cstart < cl.c_lo and not p.in_comparison and not _inside(p, bases)
    ]
    last = framing[-1] if framing else None
    if last is None or last.local or last.of_plan or not _INTRO_END.match(cl.text, last.cend):
        return None
    return last


def _framing_period(
    cl: _Clause, periods: list[Period], bases: list[tuple[int, int]], lex: dict[str, Any]
) -> Period | None:
    """The period a figure with none of its own inherits: its list intro, else an earlier sentence's frame; none
    for a figure dated to the present ("hiện nay ... chiếm 40%") or to a deadline in its clause ("giải ngân trên
    95% trước ngày 31/1/2025"), and only its own sentence's for one whose sentence speaks of the present before
    it."""
    if cl.now >= cl.c_lo or lex["deadline"].search(cl.text, cl.c_lo, cl.c_hi):
        return None
    # a figure after a word of the present or a survey in its sentence inherits from that sentence only
    inherit_lo = max(cl.p_lo, cl.s_lo if cl.now >= 0 or _surveyed(cl) else 0)
    earlier = [
        p
        for p in periods
        if inherit_lo <= p.cstart < cl.c_lo
        and not p.in_comparison
        and (not _inside(p, bases) or _opening_plan(cl, p, bases))
        and not _bracketed_aside(cl.text, cl.s_lo, p, cl.start)
        and not (lex["start_point"].search(cl.text, max(0, p.cstart - 8), p.cstart) and not _plan_horizon(p))
        and not _cause_of_figure(cl.text, p, lex)
        and not _another_figures(cl.text, p, lex)
        # "Hiện FN giữ 2 ghế, tuy nhiên ... 20%": a present opening its sentence dates its own clause only
        and not (SENTENCE_PRESENT.fullmatch(p.text) and not _bracket_in_clause_of(cl, p))
    ]
    if not earlier:
        return _paragraph_frame(cl, periods)
    if not all(p.of_plan for p in earlier):
        earlier = [p for p in earlier if not p.of_plan]  # a plan's period frames nothing when a real one does
    # a session or a day frames its own sentence only, and not a figure behind a cause or a report word ("Phiên
    # ngày thứ Ba, chỉ số tăng mạnh sau khi ông A hoãn áp thuế 50%": the tariff is not the session's), nor a figure
    # that is a comparison's base ("Cuộc thăm dò ngày 8/6 ... cao hơn so với 5 điểm phần trăm của lần trước")
    base_figure = _inside((cl.start, cl.end), bases)
    # ... also the sentence before, when this one goes on with it ("... 18.175 tỷ đồng trong tháng vừa qua. Cụ thể,
    # VN30 tăng 0,55%"), unless that is a day, the date of a report ("Ngày 10/9, ... cho biết ... tháng 8. Trong đó")
    local_lo = cl.s_prev if lex["goes_on"].match(cl.text, cl.s_lo) else cl.s_lo
    earlier = [
        p
        for p in earlier
        if not p.local
        or (
            p.cstart >= cl.s_lo
            or p.cstart >= local_lo
            and (not _DAY.match(p.text) or _lone_day(cl, p, periods))
        )
        and not base_figure
        and not _cause_or_report_between(cl.text, p.cend, cl.start, lex)
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if last.cstart >= cl.s_lo:
        return _dated(last, earlier)  # the list intro of the figure's own sentence
    # an earlier sentence: its frame ("Tính chung 6 tháng đầu năm 2025, IIP tăng 9,2% (cùng kỳ năm 2024 tăng
    # 8,0%). Trong đó, ..."), the period of its opening clause, else its last period
    lo = _sentence_start(cl, last)
    opening = _clause_end(cl.text, lo, last.cend)
    frame = [p for p in earlier if lo <= p.cstart and p.cend <= opening]
    chosen = frame[0] if frame else last
    if lex["goes_on"].match(cl.text, cl.s_lo) or _frames_figures(cl, lo, chosen, periods):
        return _dated(
            chosen, earlier
        )  # "... năm 2017. Trong đó, ...": the sentence goes on with the one before
    return None


def _bracket_in_clause_of(cl: _Clause, p: Period) -> bool:
    """Whether the figure stands in brackets inside the clause that ``p`` opens ("Hiện có 3 triệu hộ (khoảng 45% số hộ)
    ...": a bracketed figure takes its clause's period)."""
    if not cl.in_parens:
        return False
    opened = cl.text.rfind("(", cl.s_lo, cl.start)
    return _clause_start(cl.text, cl.s_lo, opened, []) <= p.cstart


def _paragraph_frame(cl: _Clause, periods: list[Period]) -> Period | None:
    """The frame that opens a sentence or a clause of the paragraph ("Trong năm 2016, ...", "Theo Sở X, trong 2 tháng
    đầu năm, ...") further back than the sentences a figure inherits from ("Trong năm 2016, mảng A tăng 26%. ... [four
    sentences] ... Trong khi đó, mảng B giảm 0,6%"), when no period but a comparison's stands between it and the
    figure: it frames the paragraph's figures up to the next period."""
    if cl.now >= 0 or cl.para_lo >= cl.p_lo or _surveyed(cl):
        return None
    between = [p for p in periods if cl.para_lo <= p.cstart < cl.c_lo and not p.in_comparison]
    frame = between[-1] if between else None
    if frame is None or frame.cstart >= cl.p_lo or frame.local or frame.of_plan or frame.period_end is None:
        return None
    opens = max(cl.para_lo, frame.cstart - _FRAME_LEAD_REACH)
    lead = cl.text[_clause_start(cl.text, opens, frame.cstart, []) : frame.cstart].split()
    closes = cl.text[frame.cend : frame.cend + 2].lstrip().startswith(",")
    # the paragraph goes on reporting figures under it (not a page flattened into one paragraph: "Năm 2022, doanh số
    # đạt kỷ lục. [three sentences with no figure] Giá ca cao giảm 3%.")
    reports = _FIGURE.search(cl.text, frame.cend, cl.s_lo)
    return frame if closes and reports and len(lead) <= _FRAME_LEAD_WORDS else None


def _lone_day(cl: _Clause, day: Period, periods: list[Period]) -> bool:
    """Whether a local day that opens the sentence before ("Ngày 14/5, lãi suất ... giảm 0,02 điểm %. Cụ thể: qua đêm
    4,28%; ...") is the only time that sentence names after it: the sentence going on with it lists the day's
    figures; not a report's date followed by the time it reports ("Ngày 10/9, ... cho biết ... tháng 8. Trong đó")."""
    return not any(day.cend <= p.cstart < cl.s_lo and not p.in_comparison for p in periods if p is not day)


def _surveyed(cl: _Clause) -> bool:
    """Whether the figure's sentence names a survey before it ("Cuộc khảo sát với 2.234 người cho thấy, 64% dự đoán
    ..."): its results are the survey's, dated in that sentence or not at all, never by an earlier sentence."""
    return bool(SURVEY_WORD.search(cl.text, cl.s_lo, cl.start))


def _cause_or_report_between(text: str, lo: int, hi: int, lex: dict[str, Any]) -> bool:
    """Whether a cause or a report word (``cause_words``, ``report_words``) stands in ``text[lo:hi]``, between a
    figure and a period: the period dates the cause or what is reported ("tăng 1,88% do ... năm học 2024-2025",
    "Phiên ngày thứ Ba, chỉ số tăng mạnh sau khi ông A hoãn áp thuế 50%"), not the figure."""
    return bool(lex["cause"].search(text, lo, hi))


def _cause_of_figure(text: str, p: Period, lex: dict[str, Any]) -> bool:
    """Whether a period stands right behind a cause word that follows a figure of its clause ("nhóm giáo dục tăng
    0,96% chủ yếu do | năm học 2023-2024 ..."): it dates that figure's cause, and the figures after it do not
    inherit it."""
    cause = lex["cause_before"].search(text, max(0, p.cstart - 20), p.cstart)
    return bool(
        cause
        and _FIGURE.search(
            text, _clause_start(text, max(0, p.cstart - 200), cause.start(), []), cause.start()
        )
    )


def _dated(p: Period, candidates: list[Period]) -> Period:
    """ "Tính chung 6 tháng đầu năm, ... trong 6 tháng đầu năm 2024 ...": the same period with its year, when the
    text writes it both ways before the figure."""
    if p.period_end is not None:
        return p
    key = _RELATIVE_TAIL.sub("", p.text.lower())
    dated = [
        q
        for q in candidates
        if q.period_end is not None
        and q.text.lower().startswith(key)
        and not q.text[len(key) : len(key) + 1].isdigit()  # "tháng 1" is not "tháng 12/2024"
        and q is not p
    ]
    return dated[0] if dated else p


def _frames_figures(cl: _Clause, lo: int, p: Period, periods: list[Period]) -> bool:
    """Whether an earlier sentence's period frames the figures after it: the sentence reports a figure of its
    own ("Tính chung 6 tháng, IIP tăng 9,2%. Trong đó, ...") or a change against a base ("nguồn cung giảm mạnh
    trong tháng 11/2022 so với tháng trước."), or the period opens it as a frame ("Năm 2023 là năm khó khăn.");
    not a background event's time ("... được đánh giá uy tín nhất vào năm 2008. 48% ...")."""
    text = cl.text
    hi = next((s for s in cl.starts if s > p.cstart), cl.s_lo)
    rest = list(text[lo:hi])
    for q in periods:
        if lo <= q.cstart and q.cend <= hi:
            rest[q.cstart - lo : q.cend - lo] = " " * (q.cend - q.cstart)
    rest_text = "".join(rest)
    # a figure of its own, not only dates, scores or clock times ("thắng 7-6, 6-2 ... năm nay."); the dates and the
    # rest are blanked only where a digit stands at all
    if _DIGIT.search(rest_text) and _DIGIT.search(_lex()["not_figure"].sub(" ", rest_text)):
        return True
    changes = [c for c in _lex()["cue"].finditer(rest_text) if not c.group("lvl")]
    if changes and _lex()["comparison"].search(rest_text):
        return True  # "nguồn cung sụt giảm mạnh trong tháng 11/2022 so với tháng trước.": a change it reports
    opening = text[_clause_start(text, lo, p.cstart, []) : p.cstart].split()
    return len(opening) <= _FRAME_WORDS


def _sentence_start(cl: _Clause, p: Period) -> int:
    """The start of the sentence that holds ``p`` (a sentence of the figure's paragraph), as the view splits them:
    "TP. Hồ Chí Minh" is no sentence break."""
    return max([cl.p_lo, *(s for s in cl.starts if s <= p.cstart)])


# "trong 3 tháng | từ 1/5/2023 đến hết 31/7/2023", "6 tháng, từ tháng 1 đến tháng 6/2024": a length of time and
# right after it the dates it spans
_SPAN_GAP = re.compile(r"\s*,?\s*")


def _own_period(cl: _Clause, own: list[Period], lex: dict[str, Any]) -> Period | None:
    """``_own_period_as_near``, but a length with no dates of its own ("3 tháng") right before the dates it spans
    ("từ 1/5/2023 đến hết 31/7/2023") gives way to them."""
    p = _own_period_as_near(cl, own, lex)
    if p is None or p.period_start is not None or p.period_end is not None:
        return p
    span = next(
        (q for q in own if q.cstart >= p.cend and _SPAN_GAP.fullmatch(cl.text, p.cend, q.cstart)), None
    )
    return span if span and span.period_start and span.period_end else p


def _own_period_as_near(cl: _Clause, own: list[Period], lex: dict[str, Any]) -> Period | None:
    """Of several periods in a clause: the one right after the figure ("57% trong năm 2016 từ mức 46%
    trong năm 2015"), else the nearest before it ("quý I tăng 5,15% sang quý II đã tăng lên 6,17%"), else
    the first after it unless another figure stands between ("từ 40% xuống 37% từ tháng 10/2021")."""
    text = cl.text
    for p in own:
        if p.cstart >= cl.end and (
            lex["period_gap"].fullmatch(text, cl.end, p.cstart)
            or _after_figure_list(text, cl.end, p.cstart, lex)
        ):
            return p
    before = [p for p in own if p.cend <= cl.start]
    later = [p for p in own if p.cstart >= cl.end]
    if (
        before
        and later
        and _FIGURE.search(text, cl.c_lo, before[-1].cstart)
        and lex["object_period_gap"].fullmatch(text, cl.end, later[0].cstart)
    ):
        # "đạt 90% GDP vào năm 2025 và đạt 120% GDP | vào năm 2030": the earlier one is the first's
        return later[0]
    if before:
        return before[-1]
    after = own[0]
    if _pair_span(text, cl.end, after):
        return after
    if _FIGURE.search(text, cl.end, after.cstart) or _cause_or_report_between(
        text, cl.end, after.cstart, lex
    ):
        # another figure's period, the time of a cause ("tăng 1,88% do ... năm học 2024-2025") or of what the
        # figure's people say ("64% người được hỏi cho rằng sẽ tăng sử dụng ví điện tử trong năm tới")
        return None
    return after


# "từ 8,6% | xuống còn 2,8% trong | 13 năm": the first figure of a change's pair, then the second and the time the
# change took
_PAIR_TO_SPAN = re.compile(
    r"\s*(?:lên|xuống)(?:\s+(?:còn|mức))?\s+\d+(?:[.,]\d+)?\s*%\s+(?:chỉ\s+)?trong(?:\s+vòng)?\s+",
    re.IGNORECASE,
)


def _pair_span(text: str, lo: int, p: Period) -> bool:
    """Whether ``p`` is the time a change took, right after the pair the figure ending at ``lo`` opens: both
    figures of "giảm từ 8,6% xuống còn 2,8% trong 13 năm" are dated to "13 năm"."""
    return bool(CHANGE_SPAN.fullmatch(p.text) and _PAIR_TO_SPAN.fullmatch(text, lo, p.cstart))


def _after_figure_list(text: str, lo: int, hi: int, lex: dict[str, Any]) -> bool:
    """Whether only more figures of one list stand between a figure and a period: "tăng lần lượt 19,9% | và
    5,8% | trong 7 tháng đầu năm 2024" (the period after a list is every figure's)."""
    gap = text[lo:hi]
    if not _FIGURE.search(gap):
        return False
    return bool(lex["period_gap"].fullmatch(_LIST_JOINER.sub(" ", lex["figure"].sub(" ", gap))))


def _another_figures(text: str, p: Period, lex: dict[str, Any]) -> bool:
    """Whether ``p`` is the time of the figure right before it, never inherited by another figure: "mức tăng 27,4%
    của | quý 2", "từ mức 65% | hiện tại | lên 70%"."""
    lo = max(0, p.cstart - 12)
    return bool(
        _FIGURE_OWNS.search(text, lo, p.cstart)
        or lex["present"].fullmatch(p.text)
        and _FIGURE_RIGHT_BEFORE.search(text, lo, p.cstart)
    )


def _owned_by_figure(cl: _Clause, p: Period, bases: list[tuple[int, int]]) -> bool:
    owned = _OWNED_BY_FIGURE.fullmatch(cl.text, cl.end, p.cstart)
    if not owned or owned.group("of") or not _SAME_TIME.match(cl.text, p.cstart):
        return bool(owned)
    return any(a <= cl.start < b for a, b in bases)  # "so với 27,5% cùng kỳ năm trước": a base's own time


def _inside(p: Period | tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    lo, hi = (p.cstart, p.cend) if isinstance(p, Period) else p
    return any(a <= lo and hi <= b for a, b in spans)


def _opening_plan(cl: _Clause, p: Period, bases: list[tuple[int, int]]) -> bool:
    """A plan's period inside a base that opens the figure's sentence ("So với kế hoạch cả năm 2023, sản lượng đạt
    102,4%; khai thác vượt 4,9%"): it frames the sentence's figures (a plan's base in another clause does not:
    "bằng 93% so với kế hoạch năm 2024; lợi nhuận bằng 86% so với năm 2024")."""
    return p.of_plan and any(
        a <= p.cstart
        and p.cend <= b
        and cl.s_lo <= a
        and len(cl.text[cl.s_lo : a].split()) <= _OPENING_PLAN_WORDS
        for a, b in bases
    )


def _plan_horizon(p: Period) -> bool:
    """A period of several years ("so với mục tiêu giai đoạn 2021 - 2025") is the horizon the figure is
    counted over, even inside its comparison base; a shorter one there is the base's own time, unless it is a
    plan's ("So với kế hoạch cả năm 2023, sản lượng đạt 102,4%": a figure with no other period takes it)."""
    return bool(p.period_start and p.period_end and p.period_start[:4] != p.period_end[:4])


def _bracketed_aside(text: str, lo: int, p: Period, figure: int) -> bool:
    """A period inside brackets, unless the brackets hold only the period ("(từ 1-1 đến hết 31-1-2017)") or
    hold the figure too ("(trong đó lượng hành khách năm 2022 ..., vượt 25% công suất)")."""
    if not _inside_parens(text, lo, p.cstart):
        return False
    opened, closed = text.rfind("(", lo, p.cstart), text.find(")", p.cend)
    if closed > figure and text.rfind("(", lo, figure) == opened:
        return False
    return closed < 0 or text[opened + 1 : closed].strip() != text[p.cstart : p.cend]


def _sector(cl: _Clause, sectors: list[Sector], indicator: str | None, lex: dict[str, Any]) -> str | None:
    """A sector phrase that is the subject of the figure's predicate (after any figure before it in the
    clause: "Ngành thép khoảng 8-10% và ngành đầu tư công khoảng 10-12%"); a clause with no subject of its
    own ("..., tăng 9,1%", "– ngành lớn nhất – tăng 6,4%") is about the sector its sentence names before
    it."""
    text = cl.text
    figures = list(_FIGURE.finditer(text, cl.c_lo, cl.start))
    lo = figures[-1].end() if figures else cl.c_lo
    subject = [s for s in sectors if lo <= s.cstart and s.cend <= cl.start]
    if subject:
        return subject[-1].code
    if lex["sector_cue"].search(text, lo, cl.start):
        return None  # a subject of its own that is no sector we know: "và ngành đầu tư công khoảng 10-12%"
    subject = [s for s in sectors if cl.c_lo <= s.cstart and s.cend <= cl.start]
    if subject:
        return subject[-1].code  # "xây dựng chiếm lần lượt 28,87% và 7,8%": the clause's subject
    if indicator is None:
        # not across a list item's end: "dệt may (210 triệu USD, tăng 11,5%); | đồ chơi (..., tăng 23%)"
        earlier = [
            s
            for s in sectors
            if cl.s_lo <= s.cstart and s.cend <= cl.start and ";" not in text[s.cend : cl.c_lo]
        ]
        if earlier:
            return earlier[-1].code
    return None


def _attributes(
    view: TextView,
    fact: dict[str, Any],
    sectors: list[Sector],
    periods: list[Period],
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    lex: dict[str, Any],
) -> None:
    """Qualifier, direction, comparison, period, indicator and sector of one figure, from its clause
    (``spans``: the sector names no clause break cuts, and the comparison bases of the text)."""
    protected, bases = spans
    cl = _clause_of(view, fact["cstart"], fact["cend"], protected, lex)
    qualifier = _qualifier(cl.before, lex, view, cl.c_lo)
    direction, cue = _change(cl, protected)
    # "tăng 74% so với năm 2020 và vượt 125% kế hoạch năm": a figure of the plan is measured against the plan
    comparison = (
        None if lex["plan_after"].match(cl.text, cl.end) else _comparison(cl, direction, lex, protected)
    )
    period = _period(cl, periods, bases, lex)
    period_text, period_start, period_end = _bracket_year(cl) or _written_period(view, period, lex)
    indicator = _indicator(cl.text, cl.c_lo, cl.start, cue, lex)
    sector = _sector(cl, sectors, indicator, lex)
    fact.update(
        qualifier=qualifier,
        direction=direction,
        indicator=indicator,
        sector=sector,
        period=period_text,
        period_start=period_start,
        period_end=period_end,
        comparison=comparison,
    )


# "43% (2018)": a year alone in brackets right after the figure; "(2024: 47,7%)": the year that labels the bracket
# the figure stands in
_BRACKET_YEAR_AFTER = re.compile(rf"\s*\(\s*(?P<y>{YEAR})\s*\)")
_BRACKET_YEAR_BEFORE = re.compile(rf"\(\s*(?P<y>{YEAR})\s*:\s*$")


def _bracket_year(cl: _Clause) -> tuple[str, str, str] | None:
    """The figure's year written alone in brackets after it, or labelling its bracket: the year, as written."""
    m = _BRACKET_YEAR_AFTER.match(cl.text, cl.end) or _BRACKET_YEAR_BEFORE.search(
        cl.text, max(0, cl.start - 12), cl.start
    )
    if m is None:
        return None
    year = m.group("y")
    return year, f"{year}-01-01", f"{year}-12-31"


def _written_period(
    view: TextView, period: Period | None, lex: dict[str, Any]
) -> tuple[str | None, str | None, str | None]:
    """A figure's period, start and end: its period as read, but a year's end read as the year
    (``_year_of_year_end``); all none with no period."""
    if period is None:
        return None, None, None
    return (
        _year_of_year_end(view, period, lex)
        or _target_year(period, lex)
        or (period.text, period.period_start, period.period_end)
    )


def _target_year(period: Period, lex: dict[str, Any]) -> tuple[str, str | None, str | None] | None:
    """ "đến năm 2030", "cho đến năm 2025", "Đến 2030" -> "năm 2030", "2025", "2030": a whole year right after a
    cut-off word is the year a target or a forecast is set for, written without the cut-off word (not "đến hết năm
    2021", "tính đến năm 2022": an as-of cut-off keeps its words)."""
    m = lex["target_year"].fullmatch(period.text)
    return (m.group("year"), period.period_start, period.period_end) if m else None


# "cuối năm 2016" with no cut-off word: the year's end, read as the year when nothing else is said of it
_YEAR_END = re.compile(r"cuối\s+(?P<year>năm\s+(?P<y>(?:19|20)\d{2}))", re.IGNORECASE)


def _year_of_year_end(view: TextView, period: Period, lex: dict[str, Any]) -> tuple[str, str, str] | None:
    """ "vào cuối năm 2016", "Cuối năm 2016, ..." -> the year "năm 2016": a figure dated at a year's end after a
    "year_end_links" word or by a year's end opening its sentence is the year's (not "mức 1,9% cuối năm 2024", a
    level at that point, nor "đến cuối năm 2024", a cut-off)."""
    m = _YEAR_END.fullmatch(period.text)
    if m is None:
        return None
    s_lo = view.sentence_bounds(period.cstart)[0]
    if not lex["year_end_link"].search(view.ctext[s_lo : period.cstart]):
        return None
    return m.group("year"), f"{m.group('y')}-01-01", f"{m.group('y')}-12-31"


def _inside_parens(text: str, lo: int, pos: int) -> bool:
    return text.rfind("(", lo, pos) > text.rfind(")", lo, pos)


_LEAD = re.compile(
    r"^(?:(?:tính chung|trong đó|riêng|còn|đặc biệt|ngoài ra|bên cạnh đó|cụ thể|với|của|và|là|như|theo đó|"
    r"so với cùng kỳ|so với)[\s,:]*)+",
    re.IGNORECASE,
)


def _indicator(text: str, c_lo: int, start: int, cue: str | None, lex: dict[str, Any]) -> str | None:
    segment = text[c_lo:start]
    if cue:
        idx = segment.lower().rfind(cue.lower())
        if idx >= 0:
            segment = segment[:idx]
    segment = _LEAD.sub("", segment.strip()).strip(" ,:;-–")
    segment = lex["indicator_auxiliary"].sub("", segment)
    words = segment.split()
    if not words or len(words) > 12 or _DIGIT.search(segment):
        return None
    return segment


def _from_to(text: str, facts: list[dict[str, Any]], lex: dict[str, Any]) -> None:
    """'giảm từ 10% xuống 8%': the first figure is the starting level of the second."""
    for a, b in itertools.pairwise(facts):
        gap = text[a["cend"] : b["cstart"]]
        if lex["from_to_gap"].fullmatch(gap) and _FROM_WORD_END.search(
            text, max(0, a["cstart"] - 10), a["cstart"]
        ):
            b["value_from"] = a["value"]
            if b["direction"] is None:
                # the first figure's change, else the way the pair moves ("hạ dự báo tăng trưởng từ 1% còn 0,7%"
                # is a growth rate: "còn" makes the second a level, the growth noun before the first is its change)
                b["direction"] = a["direction"] or ("increase" if b["value"] > a["value"] else "decrease")
            a["direction"] = b["direction"]  # "giảm từ 10% xuống 8%": both figures are the decrease's
