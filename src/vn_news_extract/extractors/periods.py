"""Time periods with ISO bounds when the text pins them down.

"9 tháng năm 2024" -> 2024-01-01..2024-09-30, "6 tháng đầu năm 2024" -> ..06-30, "6 tháng cuối năm" ->
07-01..12-31, "quý III/2024", "tháng 8/2024", "năm 2023", "giai đoạn 2021 - 2025", "nửa đầu năm 2024",
"cả năm 2025"; year to date: "tính đến 30/9/2025", "hết tháng 10/2025" -> 2025-01-01..; points in time:
"thời điểm 1/9/2025", "cuối tháng 8/2025", "cuối năm 2024" (start = end).
Without a year the bounds stay null.  A period inside a comparison ("so với cùng kỳ năm 2023") is marked
``in_comparison`` so that percentages do not take it as their own period.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from ..model import Period
from ..patterns import alternation, guarded, prefix_guard
from .dates import iso_date
from .view import TextView

_Y = r"(?:19|20)\d{2}"
_YEAR_TAIL = rf"(?:\s*(?:/|năm)\s*(?P<y>{_Y}))?"
_D, _M = r"(?:3[01]|[12]\d|0?[1-9])", r"(?:1[0-2]|0?[1-9])"
# a percentage right before a period ("tăng 89% kể từ năm 1997", "5%/năm kể từ năm 2000", "1,35% vào năm 2011")
_FIGURE_BEFORE = re.compile(r"\d\s*%(?:\s*/\s*năm)?\s+(?:vào\s+)?$")
# "qua", "gần đây": up to now (the frame "vài năm trở lại đây"); with "tới", "tiếp theo" also the time ahead
_PAST = r"qua|vừa qua|gần đây|trở lại đây"
_RECENT = rf"(?:{_PAST}|tới|sắp tới|tiếp theo)(?!\w)"
# a start and what it runs to: "từ năm 2016 đến nay", "từ năm 2022 trở đi"
_ONWARDS = r"(?:(?:cho\s+)?(?:đến|tới)\s+nay|trở\s+đi|trở\s+lại\s+đây)(?!\w)"
# a month named in words, capitalised as a name ("tháng Một", "tháng Mười Hai"): never "tháng năm", nor a
# month inside a name ("Cách mạng Tháng Mười Nga")
_MONTH_NAME = r"(?-i:[Tt]háng\s+(?:Mười\s+Một|Mười\s+Hai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Giêng|Chạp))(?!\w)(?!\s+(?-i:[A-ZĐ]))"
# "quý 3 này", "tháng 10 này": the current one; "tháng 5 vừa qua": the last one (a month or quarter without its
# year), as written
THIS_TAIL = r"\s+(?:này|vừa\s+qua)(?!\w)"
# a figure right before a word ("từ mức 65% | hiện tại"): shared with percentages
FIGURE_RIGHT_BEFORE = r"\d\s*%\s+"
# "tháng 10 năm ngoái", "quý 3 năm nay": a year named relative to the article's, as written
_THIS_YEAR = r"\s+năm\s+(?:nay|ngoái|trước)(?!\w)"
# the current, last or next year on its own, as written: "năm nay", "năm ngoái", "năm tới"
_RELATIVE_YEAR = r"năm\s+(?:nay|ngoái|tới)(?!\w)"

# "trong 9 tháng", "tính chung 9 tháng": a number of months after these words is a reporting period
_REPORTING_BEFORE = re.compile(r"(?:tính chung|trong|sau|qua|của|cả|lũy kế|luỹ kế)\s+$", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:\n]\s*)$")
_SUBJECT_POSITION = re.compile(r"(?:^|[(,;:.\n])\s*$")
# "khoản vay 1 tháng và | 3 tháng", "kỳ hạn 84 – | 96 tháng": the terms listed before this one
_TERMS_LISTED = re.compile(r"\d{1,3}\s*(?:tháng\s+)?(?:và|hoặc|,|[-–])\s*$")
# "1 tháng | 4,49%", "1 tháng | là 4,56%": a number of months with its rate right after is a term
_RATE_AFTER = re.compile(r"\s*(?:là|ở mức|:)?\s*\d+(?:[.,]\d+)?\s*%")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_MONTH_BEFORE = re.compile(r"tháng\s+\d{1,2}\s*$")
# "kể | từ ngày 1/7", "cao nhất | từ năm 2019 đến nay": the start of a record or of a rule, not a figure's time
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:kể|nhất)\s*$", re.IGNORECASE)
_RECORD_BEFORE = re.compile(r"(?<!\w)nhất\s*$", re.IGNORECASE)
_SINCE_WORDS = re.compile(r"(?<!\w)kể\s+từ\s*$", re.IGNORECASE)
# a start that runs up to now or on: "từ năm 2007 | đến nay"
_UP_TO_NOW = re.compile(rf"\s{_ONWARDS}$", re.IGNORECASE)
# ... unless a record runs from it: "cao nhất kể | từ năm 2007 đến nay"
_RECORD_SINCE = re.compile(r"(?<!\w)nhất(?:\s+kể)?\s*$", re.IGNORECASE)

_DATA = load_json("periods.json")
# "Cuộc thăm dò dư luận công bố | ngày 8/6", "Điều tra của trang mạng X tiến hành | ngày 19/5": a survey and a few
# words before a day, which dates the survey (and its figures, shared with percentages)
# (not "số người được khảo sát": the people asked, not the survey)
SURVEY_WORD = re.compile(rf"(?<!\w)(?<!được\s)(?:{alternation(_DATA['survey_words'])})(?!\w)", re.IGNORECASE)
SURVEY_BEFORE_DAY = re.compile(
    rf"{SURVEY_WORD.pattern}(?:\s+[^\s.,;:()“”\"]+){{0,{int(_DATA['survey_gap_words'])}}}\s+$",
    re.IGNORECASE,
)
# how far before a day that survey is looked for (characters)
SURVEY_REACH = 80
# "phiên giao dịch đêm qua", "phiên hôm qua": a session named relative to the text, as written
_SESSION_TIMES = alternation(_DATA["session_times"])
# the word(s) naming a trading session ("phiên"), in every shape and frame below
_SESSION_WORDS: frozenset[str] = frozenset(_DATA["session_words"])
# "trong | tuần 15", "của | tuần 14/2025": a week named by its number only after a "week_links" word (a bare number
# after "tuần" may be a term's rate, "1 tuần 4,5%", or a count)
_WEEK_LINKED = "|".join(rf"(?<=(?<!\w){re.escape(w)}\s)" for w in _DATA["week_links"])
_SESSION = alternation(_SESSION_WORDS)
# a number of months written as a word: "sáu tháng đầu năm 2025", "lũy kế hai tháng đầu năm"
_MONTH_COUNTS: dict[str, int] = _DATA["month_count_words"]
_MONTH_COUNT_WORDS = alternation(list(_MONTH_COUNTS))
# not the tail of a larger number or a weekday ("mười hai tháng", "thứ Ba tháng 12"), nor before a month's number
# ("hai tháng 5 và 6/2024": months named, not counted)
# the words that name a crop or school year before its two years ("niên vụ 2016/17")
_SEASON_WORDS = alternation(_DATA["season_words"])
_MONTH_COUNT = rf"(?<!mười\s)(?<!thứ\s)(?:{_MONTH_COUNT_WORDS})(?!\s+tháng\s*\d)"

# words that may name what a span of years is ("giai đoạn dự báo 2022 đến 2030")
_SPAN_QUALIFIERS = alternation(_DATA["span_qualifiers"])
# the first or last of a year's months or quarters, in words ("tháng cuối cùng của năm"): word -> which
_ORDINALS: dict[str, str] = _DATA["ordinal_of_year"]
_ORDINAL_WORDS = alternation(list(_ORDINALS))

# a day of the week: "thứ Tư", "chủ nhật" (the frames take the capitalised names only: "Hôm thứ Tư")
_WEEKDAY_NAMES = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")
_WEEKDAY = rf"(?:thứ\s+(?-i:{'|'.join(f'[{w[0]}{w[0].lower()}]{w[1:]}' for w in _WEEKDAY_NAMES)})|(?-i:[Cc]hủ)\s+nhật)"

# a weekday right before a week ("thứ Năm | tuần trước"): a day of that week, not the week
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY}\s+$", re.IGNORECASE)
# a quoted title is short and has no figure: "báo cáo “Xu hướng thương mại điện tử Việt Nam năm 2024”"
_TITLE_WORDS = 15
_PERCENT_IN = re.compile(r"\d\s*%")

# Every shape starts a word with one of these letters (or a digit): a cheap test before the alternation.  The fixed
# shapes start with the first set, a session word with its own letter; a count of months or quarters in words ("sáu tháng",
# "ba quý") adds its letters only where the count and "tháng" or "quý" follow (a common letter would defeat the test).
_START_LETTERS = set("cdđghknqt") | {w[0].lower() for w in _SESSION_WORDS}
_COUNT_LETTERS = "".join(sorted({w[0].lower() for w in _MONTH_COUNTS} - _START_LETTERS))
_STARTS = (
    rf"(?<!\w)(?=[\d{''.join(sorted(_START_LETTERS))}]"
    + (rf"|(?=[{_COUNT_LETTERS}])(?:{_MONTH_COUNT_WORDS})\s+(?:tháng|quý)" if _COUNT_LETTERS else "")
    + ")"
)

# the cut-off before a time a figure is counted to ("cutoff_leads", "cutoff_words"): "tính đến", "tính tới", "cho
# đến", "đến", "tới"; ``_CUTOFF_LED`` wants its lead word ("tính đến", not a bare "đến"). Every shape below that a
# cut-off may open spells it with these two. A lead is no lead as the end of a longer word ("ước tính | đến
# 30/6/2024": "cutoff_leads_not_after").
_CUTOFF_LEADS = (
    "".join(rf"(?<!{w}\s)" for w in _DATA["cutoff_leads_not_after"])
    + rf"(?:{alternation(_DATA['cutoff_leads'])})"
)
_CUTOFF_WORDS = alternation(_DATA["cutoff_words"])
_CUTOFF_LED = rf"(?:{_CUTOFF_LEADS})\s+(?:{_CUTOFF_WORDS})"
_CUTOFF = rf"(?:(?:{_CUTOFF_LEADS})\s+)?(?:{_CUTOFF_WORDS})"
# a part of the day before a cut-off's day: "tính đến sáng ngày 13/9"
_DAY_PARTS = alternation(_DATA["day_parts"])

# a number of years, the time a change took ("trong 13 năm", "chỉ trong vòng ba năm": frame ``fspan``; shared with
# percentages, where both figures of the change's pair take it)
CHANGE_SPAN = re.compile(rf"(?:\d{{1,2}}|{alternation(_DATA['count_words'])})\s+năm", re.IGNORECASE)

# the shapes, each a named group (``_SHAPES``); ``PERIOD_RE`` below puts the guards before them
_SHAPES_PATTERN = (
    "(?:"
    + "|".join(
        [
            # a span of years: "giai đoạn 2021 - 2025", "giai đoạn từ 2010-2023", "thời kỳ 2021-2030", "các năm 2018 - 2019", "năm 2016 – 2020"
            (
                rf"(?P<range>(?:(?:giai đoạn|thời kỳ)(?:\s+từ)?(?:\s+năm)?|(?:các\s+)?năm)\s+"
                rf"(?P<ra>{_Y})\s*[-–—]\s*(?P<rb>{_Y}))(?!\d)"
            ),
            # from one year to another: "từ năm 2016 đến năm 2020", "từ năm 2021 đến tháng 9/2024" (a bare "từ năm
            # 2016" is a start point)
            (
                rf"(?P<yspan>(?:giai đoạn\s+)?từ\s+năm\s+(?P<sa>{_Y})\s+(?:đến|tới)\s+(?:hết\s+)?"
                rf"(?:(?:năm\s+)?(?P<sb>{_Y})|tháng\s+(?P<sbm>{_M})\s*[/.-]\s*(?P<sby>{_Y})))(?![\d/])"
            ),
            # a named span of years with words between them: "giai đoạn 2019 đến 2025", "giai đoạn dự báo 2022 đến
            # 2030", "thời kỳ từ 2031 tới 2045"
            (
                rf"(?P<yto>(?:giai đoạn|thời kỳ)(?:\s+(?:{_SPAN_QUALIFIERS}))?(?:\s+từ)?(?:\s+năm)?\s+(?P<yta>{_Y})\s+"
                rf"(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?(?P<ytb>{_Y}))(?![\d/])"
            ),
            # from one month to another: "từ tháng 11/2024 đến tháng 1/2025", "từ tháng 3 đến hết tháng 5/2024"
            (
                rf"(?P<mspan>(?:giai đoạn\s+)?từ\s+tháng\s+(?P<msa>{_M})(?:\s*[/.-]\s*(?P<msay>{_Y}))?\s+(?:đến|tới)\s+"
                rf"(?:hết\s+)?tháng\s+(?P<msb>{_M})(?:\s*[/.-]\s*(?P<msby>{_Y}))?)(?![\d/])"
            ),
            # a year as the end of a stretch or a target: "đến năm 2030", "tính đến năm 2022", "tới năm 2025"
            # (a bare year only before a comma: "Đến 2030, 95% diện tích ...")
            (
                rf"(?P<until>{_CUTOFF}\s+(?:hết\s+)?(?:năm\s+(?P<uny>{_Y})(?!\d)"
                rf"|(?P<uny2>{_Y})(?=\s*,)))"
            ),
            # several years: "10 năm qua", "7 năm (2010 – 2016)", "5 năm kể từ năm 2022"
            (
                rf"(?P<years>(?P<yn>\d{{1,2}})\s+năm(?:\s+(?P<yrecent>{_RECENT})"
                rf"|\s*\(\s*(?P<ya>{_Y})\s*[-–—]\s*(?P<yb>{_Y})\s*\)|\s+kể\s+từ\s+năm\s+(?P<ys>{_Y})))(?!\d)"
            ),
            # since a month or year: "kể từ năm 1997", "kể từ tháng 3/2020", "kể từ cuối năm 2023" (one up to now, "kể
            # | từ năm 2007 đến nay", is the stretch ``fromtime``, written from "từ")
            (
                rf"(?P<since>kể\s+từ\s+(?:(?P<spart>đầu|giữa|cuối)\s+)?(?:tháng\s+(?P<sm>{_M})\s*[/.-]\s*|năm\s+)"
                rf"(?P<sy>{_Y}))(?!\d)(?!\s+{_ONWARDS})"
            ),
            # a crop or school year: "niên vụ 2022 - 2023", "niên vụ 2016/17", "năm học 2024 - 2025"; a year split
            # by a slash is one too ("năm 2017/18": a season, not the calendar year 2017; "năm 2017-2018" is two years)
            (
                rf"(?P<crop>(?:(?:{_SEASON_WORDS})\s+{_Y}\s*[-–—/]|năm\s+{_Y}\s*/)\s*(?:{_Y}|\d{{2}}))"
                rf"(?![\d/])"
            ),
            # the customs office's half months: "kỳ 2 tháng 2/2025" (16th to the month's end)
            rf"(?P<halfmonth>kỳ\s+(?P<hk>[12])\s+tháng\s+(?P<hm>{_M})\s*[/.-]\s*(?P<hmy>{_Y}))(?!\d)",
            # the same time a year before, as the subject of its own figure: "(cùng kỳ năm 2024 tăng 10,8%)"
            rf"(?P<same>cùng kỳ\s+năm\s+(?:{_Y}|trước|ngoái))(?!\d)",
            # from one day to another: "từ 01/8/2023 đến 31/7/2024", "từ 1-1 đến hết 31-1-2017"
            (
                rf"(?P<days>(?:giai đoạn\s+)?từ\s+(?:ngày\s+)?(?P<d1>{_D})\s*[/.-]\s*(?P<m1>{_M})(?:\s*[/.-]\s*(?P<y1>{_Y}))?"
                rf"(?:\s+(?:đến|tới)\s+|\s*[–—-]\s*)(?:hết\s+)?(?:ngày\s+)?(?P<d2>{_D})\s*[/.-]\s*(?P<m2>{_M})"
                rf"(?:\s*[/.-]\s*(?P<y2>{_Y}))?)(?![\d/-]|\.\d)"
            ),
            # days of one month: "từ ngày 14-18/5", "tuần từ 27 - 31/5" (a bare "từ 6 - 10/6" may be a score)
            (
                rf"(?P<dayspan>(?:tuần\s+từ\s+(?:ngày\s+)?|từ\s+ngày\s+)(?P<ds1>{_D})\s*[–—-]\s*(?P<ds2>{_D})\s*[/.]\s*"
                rf"(?P<dsm>{_M})(?:\s*[/.]\s*(?P<dsy>{_Y}))?)(?![\d/-]|\.\d)"
            ),
            # between two pricing rounds: "giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024"
            (
                rf"(?P<between>giữa\s+(?:hai\s+)?kỳ(?:\s+[^\s\d]+){{0,3}}?\s+(?:ngày\s+)?(?P<bd1>{_D})\s*[/.-]\s*"
                rf"(?P<bm1>{_M})(?:\s*[/.-]\s*(?P<by1>{_Y}))?\s+và\s+kỳ(?:\s+[^\s\d]+){{0,3}}?\s+(?:ngày\s+)?"
                rf"(?P<bd2>{_D})\s*[/.-]\s*(?P<bm2>{_M})\s*[/.-]\s*(?P<by2>{_Y}))(?!\d)"
            ),
            # the year to date: "từ đầu năm đến nay", "tính từ đầu năm 2024"; "từ đầu tuần", "từ đầu tháng"
            # ("từ đầu tháng 7/2024" is a month's start: not this shape)
            # the year to a given day or month: "từ đầu năm đến ngày 30/9", "từ đầu năm đến hết tháng 11/2023", "từ đầu
            # năm đến giữa tháng 5/2024"
            (
                rf"(?P<ytdto>từ đầu năm(?:\s+(?P<tty>{_Y}))?\s+(?:đến|tới)\s+(?:hết\s+)?"
                rf"(?:(?:ngày\s+)?(?P<ttd>{_D})\s*[/.-]\s*(?P<ttm>{_M})|(?:(?P<ttpart>đầu|giữa|cuối)\s+)?tháng\s+(?P<ttmm>{_M})(?!\d))"
                rf"(?:\s*[/.-]\s*(?P<tty2>{_Y}))?)(?![\d/-]|\.\d)"
            ),
            (
                rf"(?P<ytd>từ đầu (?:(?P<ytdu>năm)(?:\s+(?P<ytdy>{_Y}))?|(?:quý|tháng|tuần)(?!\s*\d)(?:{THIS_TAIL})?)"
                rf"(?:\s+(?:đến|tới)\s+nay)?)(?!\d)"
            ),
            # a start with no end: "từ ngày 1/7/2024", "từ phiên 10/4/2025", "từ cuối tháng 9/2016", "từ năm 2016
            # đến nay", "từ năm 2022 trở đi" (a bare "từ tháng 3/2020" stays a month: often a post's start)
            (
                rf"(?P<fromtime>từ\s+(?:(?:ngày|{_SESSION})\s+(?P<fd>{_D})\s*[/.-]\s*(?P<fm>{_M})\s*[/.-]\s*(?P<fy>{_Y})"
                rf"|(?:cuối|đầu|giữa)\s+tháng\s+(?P<fcm>{_M})(?:\s*[/.-]\s*(?P<fcy>{_Y})|(?=\s+{_ONWARDS}))"
                # "từ cuối năm 2015 đến nay", "từ giữa năm 2022 trở đi" ("từ đầu năm 2024" is the year to date: ``ytd``;
                # a bare "từ cuối năm 2016" stays a start point)
                rf"|(?P<fyp>cuối|giữa)\s+năm\s+(?P<fyy>{_Y})(?=\s+{_ONWARDS})"
                rf"|(?:tháng\s+(?P<fom>{_M})\s*[/.-]\s*|năm\s+)(?P<foy>{_Y})(?=\s+{_ONWARDS}))"
                rf"(?:\s+{_ONWARDS})?)(?![\d/-]|\.\d)"
            ),
            # up to the end of a month: "tính đến tháng 4-2017", "tính đến hết tháng 3"
            (
                rf"(?P<uptomonth>{_CUTOFF}\s+(?:hết\s+)?tháng\s+(?P<utm>{_M})(?!\d)"
                rf"(?:\s*(?:/|-|năm)\s*(?P<uty>{_Y})|{_THIS_YEAR}|{THIS_TAIL})?)(?!\d)"
            ),
            # a point in time: "tính đến 30/9/2025", "đến hết ngày 31/10/2024", "thời điểm 1/9/2025"
            (
                rf"(?P<upto>(?P<uw>{_CUTOFF}(?:\s+hết)?(?:\s+ngày)?|thời điểm(?:\s+ngày)?)\s+"
                rf"(?P<ud>\d{{1,2}})\s*[/.-]\s*(?P<um>\d{{1,2}})\s*[/.-]\s*(?P<uy>{_Y}))(?!\d)"
            ),
            # the same without a year, when the words make it a cut-off: "tính đến hết ngày 1/11"
            # ("tính đến sáng ngày 13/9"; a bare "Đến 31/5, ..." only opening its clause before a comma: ``_bare_cutoff``)
            (
                rf"(?P<uptoday>(?:{_CUTOFF_LED}(?:\s+hết)?(?:\s+(?:{_DAY_PARTS}))?(?:\s+ngày)?"
                rf"|(?:{_CUTOFF_WORDS})\s+(?:hết(?:\s+ngày)?|ngày)|(?P<ubare>{_CUTOFF_WORDS})(?=\s+{_D}\s*[/.-]\s*{_M}\s*,))"
                rf"\s+{_D}\s*[/.-]\s*{_M})(?![\d/.-])"
            ),
            # the end of a month, quarter or year: "cuối tháng 8/2025", "hết quý II/2025", "cuối năm 2024"; a cut-off
            # word before it is part of the period as written ("tính đến cuối tháng 3/2025"), the bounds the same
            (
                rf"(?P<endof>(?:{_CUTOFF}\s+|tính\s+(?=hết))?(?P<eow>cuối|hết)\s+(?:tháng\s+(?P<em>1[0-2]|0?[1-9])(?!\d)(?:\s*(?:/|\.|năm)\s*(?P<emy>{_Y}))?"
                rf"|(?:quý\s+|Q(?=[1-4]))(?P<eq>IV|III|II|I|[1-4])(?:\s*(?:/|năm)\s*(?P<eqy>{_Y})|(?![\w/]))"
                rf"|năm\s+(?P<ey>{_Y})|{_RELATIVE_YEAR}))(?![\d/])"
            ),
            # the first or last month or quarter of a year: "tháng cuối cùng của năm 2022", "tháng đầu tiên của năm"
            # (not several: "những tháng cuối cùng của năm 2022")
            (
                rf"(?P<ordinal>(?<!những\s)(?<!các\s)(?P<ou>tháng|quý)\s+(?P<ow>{_ORDINAL_WORDS})\s+"
                rf"(?:(?:của|trong)\s+)?năm(?:\s+(?P<oy>{_Y})(?!\d)|\s+(?:nay|ngoái|trước)(?!\w)|(?![\w/]))(?!\s*tài\s+khóa))"
            ),
            rf"(?P<whole>cả năm(?:\s+(?P<wy>{_Y}))?)(?!\d)",
            # a fiscal year, as written: "năm tài chính kết thúc vào tháng 8/2022" (the twelve months up to that month),
            # "7 tháng đầu của năm tài khóa này" (not "năm tài chính 2024", which a plan may name: "68% dự báo năm tài
            # chính 2024")
            (
                rf"(?P<fiscal>(?:\d{{1,2}}\s+tháng\s+(?:đầu|cuối)\s+(?:của\s+)?)?năm\s+tài\s+(?:chính|khóa)"
                rf"(?:\s+kết\s+thúc\s+(?:vào\s+)?tháng\s+(?P<fim>{_M})\s*/\s*(?P<fiy>{_Y})|\s+(?:này|nay))(?![\w/]))"
            ),
            rf"(?P<months>(?P<n>\d{{1,2}}|{_MONTH_COUNT})\s+tháng(?P<part>\s+đầu|\s+cuối)?(?:\s+(?:của\s+)?năm(?:\s+(?P<my>{_Y})|\s+nay)?|\s*/\s*(?P<my2>{_Y})|\s+(?P<my3>{_Y})(?![\d.,]\d)(?!\d)(?!\s*[-–/]\s*\d)|\s+(?P<mrecent>{_RECENT}))?)(?!\s*tuổi)",
            # the first or last quarters of a year: "3 quý của năm 2022", "ba quý đầu năm 2024", "2 quý cuối năm nay" (the
            # few count words written out: the whole count alternation would exhaust the scan's prefix guard)
            (
                rf"(?P<quarters>(?P<qc>[1-4]|hai|ba|bốn)\s+quý(?P<qpart>\s+đầu|\s+cuối)?\s+(?:của\s+)?năm"
                rf"(?:\s+(?P<qcy>{_Y})|\s+nay)?)(?![\w/])"
            ),
            rf"(?P<half>(?P<hw>nửa đầu|nửa cuối|6 tháng đầu|6 tháng cuối)\s+năm(?:\s+(?P<hy>{_Y})|\s+nay)?)",
            rf"(?P<quarter>(?:quý\s+|(?<!\w)Q(?=[1-4]\s*/))(?P<q>IV|III|II|I|[1-4])(?:\s*(?:/|năm)\s*(?P<qy>{_Y})|{_THIS_YEAR}|{THIS_TAIL})?)",
            (
                rf"(?P<month>tháng\s+(?P<m>1[0-2]|0?[1-9])(?!\d)(?:\s*(?:/|\.|-|năm)\s*(?P<mmy>{_Y})|{_THIS_YEAR}|{THIS_TAIL}"
                r"|\s+âm\s+lịch(?!\w))?)"
            ),
            rf"(?P<monthname>{_MONTH_NAME})",
            rf"(?P<year>năm\s+(?P<yy>{_Y}))(?!\d)",
            # a trading session, as written: "phiên ngày thứ Tư", "hôm đầu tuần"
            (
                rf"(?P<session>(?:(?:{_SESSION})\s+(?:ngày\s+)?{_WEEKDAY}|hôm\s+(?:đầu|cuối)\s+tuần"
                rf"|(?:{_SESSION})(?:\s+giao\s+dịch)?\s+(?:{_SESSION_TIMES})"
                # a weekday with its date: "ngày thứ Ba (7/2)" (not "ngày thứ ba liên tiếp", the third day)
                rf"|ngày\s+{_WEEKDAY}\s*\(\s*(?:ngày\s+)?{_D}\s*/\s*{_M}(?:\s*/\s*{_Y})?\s*\))(?![\w/]))"
            ),
            # a trading week counted in its year, as written: "tuần giao dịch thứ 17/2025", "tuần thứ 17/2025", "trong
            # tuần 15", "của tuần 14/2025" (not "tuần thứ 3 liên tiếp", a count, nor "1 tuần 4,73%", a term's rate)
            (
                rf"(?P<tradeweek>tuần\s+(?:giao\s+dịch\s+thứ\s+\d{{1,2}}(?:\s*/\s*{_Y})?|thứ\s+\d{{1,2}}\s*/\s*{_Y})"
                rf"|(?:{_WEEK_LINKED})tuần\s+\d{{1,2}}(?:\s*/\s*{_Y})?)(?![\d/]|[.,]\d|\s*%)(?!\s+liên\s+tiếp)"
            ),
            # a holiday: "dịp Tết", "dịp Tết Nguyên đán Giáp Thìn 2024", "dịp lễ 30/4"
            (
                rf"(?P<occasion>dịp\s+(?:nghỉ\s+)?(?:(?-i:[Tt])ết(?:\s+(?-i:Nguyên\s+[Đđ]án))?(?:\s+(?-i:[A-ZĐ]\w+\s+[A-ZĐ]\w+))?"
                rf"(?:\s+(?:năm\s+)?{_Y})?|lễ\s+{_D}\s*/\s*{_M}))(?![\w/])"
            ),
            # the current, last or next year, as written (no bounds: the article's date is not read here)
            rf"(?P<thisyear>{_RELATIVE_YEAR})",
            # a day, as a point in time (only after a "day_before" word): "tại ngày 1-4", "cuối ngày 1/4"; a trading
            # session's day: "phiên 30/5"
            rf"(?P<day>(?P<dw>ngày|{_SESSION})\s+(?P<dd>{_D})\s*[/-]\s*(?P<dm>{_M})(?:\s*[/-]\s*(?P<dy>{_Y}))?)(?![\d/-])",
        ]
    )
    + ")"
)
# the first letter (``_STARTS``), then the shapes' own starts ("năm", "tháng", "giai", a digit ...) tested after it:
# most word starts that letter admits try no shape (the scan runs over every document; ``patterns.prefix_guard``)
PERIOD_RE = re.compile(
    _STARTS + prefix_guard(_SHAPES_PATTERN, re.IGNORECASE) + _SHAPES_PATTERN, re.IGNORECASE
)


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    data = _DATA
    words = alternation(data["deadline_before"])
    comp = alternation(data["comparison_before"])
    return {
        # a session's day ("phiên ngày 1/4") is a day after a "day_before" word
        "day_before": re.compile(
            rf"(?:^|\s)(?:{alternation([*data['day_before'], *_SESSION_WORDS])})\s+$", re.IGNORECASE
        ),
        "term_before": re.compile(rf"(?:^|[\s(])(?:{alternation(data['term_before'])})\s+$", re.IGNORECASE),
        "roman": data["roman"],
        "deadline": re.compile(rf"(?:^|\s)(?:{words})\s*$", re.IGNORECASE),
        # "Sang năm 2025, ...", "Bước sang năm 2024, ...": a year entered, opening its sentence or clause, frames it
        "entering": re.compile(
            rf"(?:^|[.!?;:,(“\"\n])\s*(?:{alternation(data['entering_before'])})\s+$", re.IGNORECASE
        ),
        "comparison": re.compile(rf"(?:{comp})\s*$", re.IGNORECASE),
        # "nhiều hơn | tết | năm ngoái": a comparative and at most two words, none a time's link ("hơn | trong")
        "comparative": re.compile(
            rf"(?<!\w)(?:{alternation(data['comparative_before'])})"
            rf"(?:\s+(?!(?:{alternation(data['time_links'])})(?!\w))[^\W\d_]+){{0,2}}\s+$",
            re.IGNORECASE,
        ),
        "contract": re.compile(rf"(?:^|\s)(?:{alternation(data['contract_before'])})\s+$", re.IGNORECASE),
        "plan": re.compile(
            rf"(?:^|\s)(?:{alternation(data['plan_before'])})(?:\s+[^\s\d,.;:()%]+){{0,{int(data['plan_gap_words'])}}}\s+$",
            re.IGNORECASE,
        ),
        "counted": re.compile(rf"(?:^|\s)(?:\d+|{alternation(data['count_words'])})\s+$", re.IGNORECASE),
        "vision": re.compile(rf"(?:^|\s)(?:{alternation(data['until_not_after'])})\s*,?\s*$", re.IGNORECASE),
        "reporting_after": re.compile(
            rf"\s*(?:,|(?:{alternation(data['reporting_after'])})(?!\w))", re.IGNORECASE
        ),
        "frame": _frame_re(data),
        "span_base": re.compile(
            rf"(?<!\w)(?:{alternation(data['relative_span_not_after'])})\s+$", re.IGNORECASE
        ),
        # "Hiện nay, ...", "nhưng hiện nay chiếm 62%": the present frames a clause it opens; "từ mức 65% hiện tại":
        # the time of the figure right before it
        "present_opens": re.compile(
            rf"(?:^|[,.;:()\n–-]\s*|[“‘]\s*|\"|(?<!\w)(?:{alternation(data['present_after'])})\s+|{FIGURE_RIGHT_BEFORE})$",
            re.IGNORECASE,
        ),
        "present_not_before": re.compile(
            rf"\s*,?\s*(?:{alternation(data['present_not_before'])})(?!\w)", re.IGNORECASE
        ),
    }


def _frame_re(data: dict[str, Any]) -> re.Pattern[str]:
    """Frames a figure is dated to as written (``data/periods.json``): the present, a day named relative to the
    text, a session or forecast on a date, a named day, a few years up to now, a time ago."""
    parts = alternation(data["day_parts"])

    def dated(key: str) -> str:  # "28/6", "5/6/2024": groups KEYd, KEYm, KEYy
        return rf"(?P<{key}d>{_D})\s*[/-]\s*(?P<{key}m>{_M})(?:\s*[/-]\s*(?P<{key}y>{_Y}))?(?![\d/-])"

    return guarded(  # skips positions where no frame can start (the scan runs over every document)
        r"(?<!\w)(?:"
        + "|".join(
            [
                rf"(?P<fpresent>{alternation([*data['present_frames'], *data['until_now_frames']])})(?!\w)",
                # "Hiện nguồn thu ...": the present, opening its sentence (``_opens_sentence``)
                rf"(?P<fnow>(?-i:{alternation(data['sentence_present_frames'])}))(?!\w)",
                # "9h sáng nay (28/6)", "chiều qua", "phiên giao dịch đêm qua"
                (
                    rf"(?P<frelday>(?:(?:{_SESSION})(?:\s+giao\s+dịch)?\s+)?(?:\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{1,2}})?\s+)?"
                    rf"(?:{parts})\s+"
                    rf"(?:{alternation(data['relative_days'])})(?!\w)(?:\s*\(\s*{dated('fr')}\s*\))?)"
                ),
                # "Hôm thứ Tư", "sáng Chủ nhật"
                rf"(?P<fweekday>(?:{parts})\s+(?:thứ\s+(?-i:{'|'.join(_WEEKDAY_NAMES)})|(?-i:Chủ)\s+nhật))(?!\w)",
                # "phiên giao dịch ngày 5/6", "phiên sáng 12/3/2024"
                rf"(?P<fsession>(?:{_SESSION})(?:\s+giao\s+dịch)?(?:\s+(?:sáng|chiều))?\s+(?:ngày\s+)?{dated('fs')})",
                # a forecast's day and night: "ngày và đêm 8/7", "đêm 3, ngày 4/6"
                (
                    rf"(?:(?:ngày\s+và\s+đêm|đêm\s+và\s+ngày|đêm\s+{_D}\s*(?:,|và)\s*ngày)\s+"
                    rf"{dated('ff')})"
                ),
                # a named day: "ngày Valentine" (the forecast and the named day are frames of no group of their own)
                rf"(?:(?:ngày|dịp)\s+(?:{alternation(data['named_days'])}))(?!\w)",
                # "vài năm trở lại đây", "những tháng gần đây"
                (
                    rf"(?P<frecent>(?:{alternation(data['count_words'])})\s+(?:năm|tháng)\s+"
                    rf"(?:{_PAST}))(?!\w)"
                ),
                # "tuần qua", "trong 2 tuần qua", "tháng này", "cả tuần" (not a weekday's week: "thứ Năm tuần trước"
                # names a day; not a month's number: "cả tháng 6")
                (
                    rf"(?P<fweek>(?:(?<!thứ\s)(?:\d{{1,2}}|{alternation(data['count_words'])})\s+)?"
                    rf"(?:{alternation(data['relative_units'])})\s+(?:{alternation(data['relative_spans'])})(?!\w)"
                    rf"|cả\s+(?:{alternation(data['relative_units'])})(?!\w)(?!\s*\d)"
                    rf"(?:\s+(?:{alternation(data['relative_spans'])})(?!\w))?)"
                ),
                rf"(?P<fago>cách\s+đây\s+(?:\d{{1,3}}|{alternation(data['count_words'])})\s+(?:năm|tháng|tuần|ngày))(?!\w)",
                # the years a change took, ending its clause: "tăng từ 21% lên 46% chỉ trong vòng | ba năm." (only after
                # a change's figure: ``_change_span``)
                rf"(?P<fspan>{CHANGE_SPAN.pattern})(?!\w)(?=\s*(?:[,.;:)]|$))",
            ]
        )
        + ")",
        re.IGNORECASE,
    )


# frames named relative to the text's day or to now, and trading sessions, date their own sentence only ("Hôm thứ Tư",
# "hiện nay", "phiên 24/11")
_RELATIVE_FRAMES = (
    "fpresent",
    "fnow",
    "frelday",
    "fweekday",
    "fsession",
    "frecent",
    "fweek",
    "fago",
    "fspan",
)

# "tăng từ 21% lên 46% chỉ trong vòng | ba năm": a figure right before "trong (vòng)" and the span ...
_SPAN_AFTER_FIGURE = re.compile(r"\d\s*%\s+(?:chỉ\s+)?trong(?:\s+vòng)?\s+$", re.IGNORECASE)
# ... and a change word ("span_change_words") earlier in its clause
_SPAN_CHANGE = re.compile(
    rf"(?<!\w)(?:{alternation(_DATA['span_change_words'])})(?!\w)[^.;:!?\n]*$", re.IGNORECASE
)


def _change_span(text: str, m: re.Match[str]) -> bool:
    """A number of years right after a change's figure ("giảm từ 8,6% xuống còn 2,8% trong 13 năm."): the time
    the change took, the figures' period; not a term ("thuế suất 10% trong 15 năm", no change word) nor a record's
    reach ("cao nhất trong 5 năm", no figure right before)."""
    before = text[max(0, m.start() - 200) : m.start()]
    return bool(_SPAN_AFTER_FIGURE.search(before) and _SPAN_CHANGE.search(before))


def _frame_bounds(m: re.Match[str]) -> Bounds:
    """A frame's day when its year is written ("phiên ngày 5/6/2024", "sáng nay (28/6/2024)"), else none."""
    for key in ("fr", "fs", "ff"):
        if m.group(key + "y"):
            day = iso_date(int(m.group(key + "d")), int(m.group(key + "m")), int(m.group(key + "y")))
            return day, day
    return _NONE


def _bounds(y: int, m1: int, m2: int) -> tuple[str, str]:
    last = calendar.monthrange(y, m2)[1]
    return f"{y:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{last:02d}"


Bounds = tuple[str | None, str | None]
_NONE: Bounds = (None, None)


def _quarter_number(q: str) -> int:
    q = q.lower()
    return int(q) if q.isdigit() else int(_lex()["roman"][q])


def _upto(g: dict[str, Any]) -> Bounds:
    """ "tính đến 30/9/2025" -> year to date; "thời điểm 1/9/2025" -> that day."""
    day = iso_date(int(g["ud"]), int(g["um"]), int(g["uy"]))
    if day is None:
        return _NONE
    return (day if g["uw"].lower().startswith("thời điểm") else f"{g['uy']}-01-01"), day


def _end_of(g: dict[str, Any]) -> Bounds:
    """ "hết tháng 10/2025" counts from the start of the year; "cuối tháng 8/2025" is a point in time; without a
    year ("hết tháng 9", "cuối năm ngoái") the bounds stay null."""
    if not (g["ey"] or g["eqy"] or g["emy"]):
        return _NONE
    if g["ey"]:
        day = f"{g['ey']}-12-31"
    elif g["eq"]:
        day = _bounds(int(g["eqy"]), 1, 3 * _quarter_number(g["eq"]))[1]
    else:
        day = _bounds(int(g["emy"]), int(g["em"]), int(g["em"]))[1]
    return (day[:4] + "-01-01" if g["eow"].lower() == "hết" else day), day


def _day_to_day(d1: str, m1: str, y1: str | None, d2: str, m2: str, y2: str | None) -> Bounds:
    """From one day to another; the first day takes the last one's year when it has none; without a year the
    bounds stay null, and so they do when a day does not exist."""
    if not y2:
        return _NONE
    first = iso_date(int(d1), int(m1), int(y1 or y2))
    last = iso_date(int(d2), int(m2), int(y2))
    return (first, last) if first and last else _NONE


def _days(g: dict[str, Any]) -> Bounds:
    """ "từ 1-1 đến hết 31-1-2017"; without a year ("từ ngày 28/10 đến ngày 10/12") the bounds stay null."""
    return _day_to_day(g["d1"], g["m1"], g["y1"], g["d2"], g["m2"], g["y2"])


# the day a part of a month ends a stretch on ("từ đầu năm đến giữa tháng 5/2024"); "cuối tháng" is the month's end
_MONTH_PART_DAYS = {"đầu": "01", "giữa": "15"}


def _year_to_day(g: dict[str, Any]) -> Bounds:
    """ "từ đầu năm 2024 đến ngày 30/9" -> 2024-01-01..2024-09-30; "đến hết tháng 11/2023" -> to the month's end;
    without a year the bounds stay null."""
    year = g["tty2"] or g["tty"]
    if not year:
        return _NONE
    if g["ttmm"]:
        start, end = _bounds(int(year), 1, int(g["ttmm"]))
        # "đến giữa tháng 5/2024" runs to the 15th, "đến đầu tháng 5/2024" to the month's first day
        part = (g["ttpart"] or "").lower()
        return start, (end[:8] + _MONTH_PART_DAYS[part] if part in _MONTH_PART_DAYS else end)
    day = iso_date(int(g["ttd"]), int(g["ttm"]), int(year))
    return (f"{year}-01-01", day) if day else _NONE


def _month_span(g: dict[str, Any]) -> Bounds:
    """ "từ tháng 11/2024 đến tháng 1/2025" -> 2024-11-01..2025-01-31; "từ tháng 3 đến tháng 5/2024" takes the second
    year (the year before when the first month is later); without a year the bounds stay null."""
    if not g["msby"]:
        return _NONE
    m1, m2, y2 = int(g["msa"]), int(g["msb"]), int(g["msby"])
    y1 = int(g["msay"]) if g["msay"] else (y2 - 1 if m1 > m2 else y2)
    if (y1, m1) > (y2, m2):
        return _NONE
    return _bounds(y1, m1, m1)[0], _bounds(y2, m2, m2)[1]


def _year_to_year(first: str | int, last: str | int) -> Bounds:
    """From the first day of one year to the last day of another ("2016", "2020" -> 2016-01-01..2020-12-31)."""
    return f"{first}-01-01", f"{last}-12-31"


def _calendar_year(year: str | None) -> Bounds:
    """A whole year ("2023" -> 2023-01-01..2023-12-31); none without a year."""
    return _bounds(int(year), 1, 12) if year else _NONE


def _years_to(g: dict[str, Any]) -> Bounds:
    """ "giai đoạn 2019 đến 2025" -> 2019-01-01..2025-12-31 (none when the years run backwards)."""
    return _year_to_year(g["yta"], g["ytb"]) if g["yta"] <= g["ytb"] else _NONE


def _year_span(g: dict[str, Any]) -> Bounds:
    """ "từ năm 2016 đến năm 2020" -> 2016-01-01..2020-12-31; "từ năm 2021 đến tháng 9/2024" -> ..2024-09-30."""
    if g["sb"]:
        return _year_to_year(g["sa"], g["sb"])
    return f"{g['sa']}-01-01", _bounds(int(g["sby"]), int(g["sbm"]), int(g["sbm"]))[1]


def _until_year(g: dict[str, Any]) -> Bounds:
    """ "đến năm 2030": the year the figure is reached or counted to."""
    return _calendar_year(g["uny"] or g["uny2"])


def _year_to_date(g: dict[str, Any]) -> Bounds:
    return (f"{g['ytdy']}-01-01", None) if g["ytdy"] else _NONE


def _between(g: dict[str, Any]) -> Bounds:
    return _day_to_day(g["bd1"], g["bm1"], g["by1"], g["bd2"], g["bm2"], g["by2"])


def _from_time(g: dict[str, Any]) -> Bounds:
    """ "từ ngày 1/7/2024" -> from that day, open-ended; "từ cuối tháng 9/2016", "từ năm 2016 đến nay" -> from
    the month or year."""
    if g["fy"]:
        return iso_date(int(g["fd"]), int(g["fm"]), int(g["fy"])), None
    if g["fcy"]:
        return f"{g['fcy']}-{int(g['fcm']):02d}-01", None
    # "từ cuối năm 2015 đến nay" -> from the year's last day, "từ giữa năm 2022 ..." -> from 1 July
    if g["fyy"]:
        return (f"{g['fyy']}-12-31" if g["fyp"].lower() == "cuối" else f"{g['fyy']}-07-01"), None
    if g["fcm"]:
        return _NONE  # "từ đầu tháng 11 đến nay": no year
    return f"{g['foy']}-{int(g['fom'] or 1):02d}-01", None


def _upto_month(g: dict[str, Any]) -> Bounds:
    """ "tính đến tháng 4/2017" -> the year to the end of April."""
    if not g["uty"]:
        return _NONE
    return f"{g['uty']}-01-01", _bounds(int(g["uty"]), int(g["utm"]), int(g["utm"]))[1]


def _day(g: dict[str, Any]) -> Bounds:
    if not g["dy"]:
        return _NONE
    day = iso_date(int(g["dd"]), int(g["dm"]), int(g["dy"]))
    return day, day


def _day_span(g: dict[str, Any]) -> Bounds:
    """ "từ ngày 14-18/5/2017" -> 2017-05-14..2017-05-18; without a year the bounds stay null."""
    return _day_to_day(g["ds1"], g["dsm"], None, g["ds2"], g["dsm"], g["dsy"])


def _whole_year(g: dict[str, Any]) -> Bounds:
    return _calendar_year(g["wy"])


def _range(g: dict[str, Any]) -> Bounds:
    return _year_to_year(g["ra"], g["rb"])


def _half(g: dict[str, Any]) -> Bounds:
    if not g["hy"]:
        return _NONE
    first = "đầu" in g["hw"].lower()
    return _bounds(int(g["hy"]), 1 if first else 7, 6 if first else 12)


def _months(g: dict[str, Any]) -> Bounds:
    """ "9 tháng năm 2024", "9 tháng 2024" -> January to September; "6 tháng cuối năm 2024" -> July to December."""
    year = g["my"] or g["my2"] or g["my3"]
    n = int(g["n"]) if g["n"].isdigit() else _MONTH_COUNTS[g["n"].lower()]
    if not year or not 1 <= n <= 12:
        return _NONE
    if g["part"] and "cuối" in g["part"].lower():
        return _bounds(int(year), 13 - n, 12)
    return _bounds(int(year), 1, n)


def _fiscal(g: dict[str, Any]) -> Bounds:
    """ "năm tài chính kết thúc vào tháng 8/2022" -> September 2021 to August 2022; without its end month, no bounds."""
    if not g["fim"]:
        return _NONE
    year, month = int(g["fiy"]), int(g["fim"])
    first = (year, month + 1) if month < 12 else (year, 1)
    start = f"{first[0] - (1 if month < 12 else 0):04d}-{first[1]:02d}-01"
    return start, _bounds(year, month, month)[1]


def _quarters(g: dict[str, Any]) -> Bounds:
    """ "3 quý của năm 2022" -> January to September; "2 quý cuối năm 2024" -> July to December."""
    n = int(g["qc"]) if g["qc"].isdigit() else _MONTH_COUNTS[g["qc"].lower()]
    if not g["qcy"] or not 1 <= n <= 4:
        return _NONE
    if g["qpart"] and "cuối" in g["qpart"].lower():
        return _bounds(int(g["qcy"]), 13 - 3 * n, 12)
    return _bounds(int(g["qcy"]), 1, 3 * n)


def _ordinal(g: dict[str, Any]) -> Bounds:
    """ "tháng cuối cùng của năm 2022" -> December 2022; "quý đầu tiên của năm 2024" -> Q1 2024; without a year
    the bounds stay null."""
    if not g["oy"]:
        return _NONE
    first = _ORDINALS[g["ow"].lower()] == "first"
    if g["ou"].lower() == "quý":
        return _bounds(int(g["oy"]), 1 if first else 10, 3 if first else 12)
    month = 1 if first else 12
    return _bounds(int(g["oy"]), month, month)


def _quarter(g: dict[str, Any]) -> Bounds:
    qn = _quarter_number(g["q"])
    return _bounds(int(g["qy"]), 3 * qn - 2, 3 * qn) if g["qy"] else _NONE


def _month(g: dict[str, Any]) -> Bounds:
    mm = int(g["m"])
    return _bounds(int(g["mmy"]), mm, mm) if g["mmy"] else _NONE


def _year(g: dict[str, Any]) -> Bounds:
    return _calendar_year(g["yy"])


def _years(g: dict[str, Any]) -> Bounds:
    """ "7 năm (2010 – 2016)" -> 2010..2016; "5 năm kể từ năm 2022" -> 2022..2026; "10 năm qua" -> null."""
    if g["ya"]:
        return _year_to_year(g["ya"], g["yb"])
    if g["ys"]:
        return _year_to_year(g["ys"], int(g["ys"]) + int(g["yn"]) - 1)
    return _NONE


def _since(g: dict[str, Any]) -> Bounds:
    """ "kể từ tháng 3/2020" -> from 2020-03-01, open-ended; "kể từ cuối năm 2023" -> from 2023-12-31, "kể từ giữa
    tháng 6/2024" -> from 2024-06-15."""
    year, part = int(g["sy"]), (g["spart"] or "").lower()
    first, last = _bounds(year, int(g["sm"] or 1), int(g["sm"] or 12))
    if part == "cuối":
        return last, None
    if part == "giữa":
        return (first[:8] + "15" if g["sm"] else f"{year}-07-01"), None
    return first, None


def _half_month(g: dict[str, Any]) -> Bounds:
    """ "kỳ 1 tháng 2/2025" -> 1st to 15th; "kỳ 2" -> 16th to the month's end."""
    first, last = _bounds(int(g["hmy"]), int(g["hm"]), int(g["hm"]))
    if g["hk"] == "1":
        return first, first[:8] + "15"
    return first[:8] + "16", last


def _open(_g: dict[str, Any]) -> Bounds:
    return _NONE


# The shapes of PERIOD_RE, in the order they are tried: (group name, its bounds).
_SHAPES = (
    ("years", _years),
    ("since", _since),
    ("crop", _open),
    ("halfmonth", _half_month),
    ("same", _open),
    ("uptoday", _open),
    ("thisyear", _open),
    ("session", _open),
    ("occasion", _open),
    ("tradeweek", _open),
    ("days", _days),
    ("dayspan", _day_span),
    ("ytdto", _year_to_day),
    ("between", _between),
    ("ytd", _year_to_date),
    ("fromtime", _from_time),
    ("uptomonth", _upto_month),
    ("upto", _upto),
    ("endof", _end_of),
    ("ordinal", _ordinal),
    ("whole", _whole_year),
    ("range", _range),
    ("yspan", _year_span),
    ("yto", _years_to),
    ("mspan", _month_span),
    ("until", _until_year),
    ("half", _half),
    ("fiscal", _fiscal),
    ("months", _months),
    ("quarters", _quarters),
    ("quarter", _quarter),
    ("month", _month),
    ("monthname", _open),
    ("year", _year),
    ("day", _day),
)


def resolve(m: re.Match[str]) -> Bounds:
    """ISO bounds of a period match (None where the text does not pin them down)."""
    g = m.groupdict()
    for group, bounds in _SHAPES:
        if g[group]:
            return bounds(g)
    return _NONE


def _is_reporting_months(m: re.Match[str], text: str, before: str, lex: dict[str, Any]) -> bool:
    """ "3 tháng" alone is a duration unless it is clearly a reporting period ("9 tháng qua", "trong 9
    tháng", "tính chung 9 tháng", "lợi nhuận 9 tháng đạt ...")."""
    return bool(
        lex["reporting_after"].match(text[m.end() : m.end() + 12])
        or _REPORTING_BEFORE.search(before)
        or _CLAUSE_OPENING.search(before)
    )


def _entered_year(m: re.Match[str], text: str, before: str, lex: dict[str, Any]) -> bool:
    """Whether a year after an "entering_before" word that opens its sentence or clause is followed by a comma
    ("Sang năm 2025, tín dụng ...", "Bước sang năm 2024, ..."): the year the clause after it is about (not "lùi
    sang năm 2026", a postponement)."""
    opening = lex["entering"].search(before)
    if opening is None or opening.start() == 0 and m.start() > len(before):
        return False  # (the window's start is no sentence start unless the text starts there)
    return text[m.end() : m.end() + 2].lstrip().startswith(",")


def _skipped(m: re.Match[str], text: str, before: str, lex: dict[str, Any]) -> bool:
    """Whether a period-shaped match is something else: a target year, a date, a loan term, a futures
    contract's month, a record's start ("thấp nhất kể từ năm 2004") or a bare duration."""
    if m.group("year") and lex["deadline"].search(before) and not _FIGURE_BEFORE.search(before):
        # a target year, unless right after its figure ("là 1,35% vào năm 2011") or a year entered ("Sang năm 2025, ...")
        return not _entered_year(m, text, before, lex)
    if _own_sentence_day(m, text, before, lex) and not _survey_day(m, text):
        # only a session's day ("phiên 30/5"), never an end or a start ("duy trì đến phiên 21/5")
        return m.group("dw").lower() not in _SESSION_WORDS or bool(lex["deadline"].search(before))
    if m.group("thisyear") and lex["counted"].search(before):
        return True  # "trong một năm tới", "suốt mấy năm nay": a stretch of years, not the next or this year
    if m.group("until") and lex["vision"].search(before):
        return (
            True  # "quy hoạch thời kỳ 2021-2030, tầm nhìn đến năm 2050": a plan's horizon, part of its name
        )
    if m.group("months") and lex["term_before"].search(_TERMS_LISTED.sub("", before)):
        return True  # "khoản vay 1 tháng và 3 tháng", "kỳ hạn 84 – 96 tháng": terms
    if _bare_months(m) and _RATE_AFTER.match(text, m.end()):
        return True  # "1 tháng 4,49%": a term and its rate
    if _DIGIT_BEFORE.search(before) and (m.group("month") or m.group("year")):
        return True  # part of a date: "ngày 15 tháng 8 năm 2024"
    if m.group("year") and _MONTH_BEFORE.search(before):
        return True
    if (
        (m.group("month") or m.group("year"))
        and _SINCE_WORDS.search(before)
        and not _FIGURE_BEFORE.search(before)
    ):
        return True  # "mức giảm mạnh nhất kể từ tháng 9 năm ngoái": a record's start
    if (m.group("month") or m.group("monthname")) and lex["contract"].search(before):
        return True  # "giá cà phê kỳ hạn tháng 5", "dầu WTI giao tháng 7/2017": a contract, not a time
    if (
        m.group("since")
        or m.group("fromtime")
        and _SINCE_BEFORE.search(before)
        and not (_UP_TO_NOW.search(m.group()) and not _RECORD_SINCE.search(before))
        or m.group("ytd")
        and _RECORD_BEFORE.search(before)
    ) and not _FIGURE_BEFORE.search(before):
        # "thấp nhất kể từ năm 2004", "suy giảm kể từ tháng 9/2022", "mức thấp nhất từ đầu năm đến nay": no figure
        # counted since then (but "Kể từ năm 2007 đến nay, ..." runs up to now: the stretch "từ năm 2007 đến nay")
        return True
    return _bare_months(m) and not _is_reporting_months(m, text, before, lex)


# "Dự báo ngày 7/2 | như sau:": the rest of a list intro that ends on a colon (no figure, no clause break)
_INTRO_AFTER = re.compile(r"[^\d%.,;:()\n]{0,30}:(?!\s*[“\"])")


def _intro_day(m: re.Match[str], text: str) -> bool:
    """A day in a list intro that ends on a colon right after it ("Dự báo ngày 7/2 như sau: ..."): the day the
    listed figures are about (the intro's period, not only its own sentence's)."""
    if m.group("dw").lower() != "ngày" or not _INTRO_AFTER.match(text, m.end()):
        return False
    # a forecast's frame around the day ("đêm 3, ngày 4/6:") is the intro's period, whole
    return not any(
        f.start() < m.start() and m.end() <= f.end()
        for f in _lex()["frame"].finditer(text, max(0, m.start() - 20), m.end())
    )


def _own_sentence_day(m: re.Match[str], text: str, before: str, lex: dict[str, Any]) -> bool:
    """A day with no 'day_before' word before it and not ending a list intro ("Ngày 23/4, ..."): it dates its own
    sentence only (a period only as a session's day or a survey's)."""
    return bool(m.group("day")) and not lex["day_before"].search(before) and not _intro_day(m, text)


def _bare_cutoff_inside(m: re.Match[str], before: str) -> bool:
    """A bare "đến 31/5" inside its clause: an end ("kéo dài đến 31/5, ..."), not a cut-off frame."""
    return bool(m.group("ubare")) and not _CLAUSE_OPENING.search(before)


def _survey_day(m: re.Match[str], text: str) -> bool:
    """A day that dates a survey named right before it: "cuộc thăm dò dư luận công bố ngày 8/6"."""
    return m.group("dw").lower() == "ngày" and bool(
        SURVEY_BEFORE_DAY.search(text, max(0, m.start() - SURVEY_REACH), m.start())
    )


def _bare_months(m: re.Match[str]) -> bool:
    """A number of months with no year, part or "qua" ("3 tháng")."""
    return bool(
        m.group("months")
        and not (m.group("my") or m.group("my2") or m.group("my3") or m.group("part") or m.group("mrecent"))
    )


def _in_comparison(m: re.Match[str], before: str, lex: dict[str, Any]) -> bool:
    """After a comparison word ("so với cùng kỳ năm 2023"); "cùng kỳ năm trước" is a figure's own period only
    as the subject of its clause ("(cùng kỳ năm 2024 tăng 10,8%)"), a base anywhere else ("cao hơn cùng kỳ
    năm trước")."""
    if lex["comparison"].search(before):
        return True
    if m.group("thisyear") and lex["comparative"].search(before):
        return True  # "uống nhiều hơn tết | năm ngoái 9%": what the figure is measured against
    return bool(m.group("same")) and not _SUBJECT_POSITION.search(before)


def _in_title(text: str, m: re.Match[str]) -> bool:
    """Inside a quoted title ("báo cáo “Xu hướng thương mại điện tử Việt Nam năm 2024”"): a short quote that
    opens with a capital and holds no figure of its own."""
    opened = text.rfind("“", max(0, m.start() - 120), m.start())
    if opened < 0 or text.rfind("”", opened, m.start()) >= 0:
        return False
    closed = text.find("”", m.end(), m.end() + 120)
    quote = text[opened + 1 : closed] if closed >= 0 else ""
    return bool(quote[:1].isupper() and len(quote.split()) <= _TITLE_WORDS and not _PERCENT_IN.search(quote))


@lru_cache(maxsize=2)
def _period_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every period-shaped match of a text, scanned once per document: ``extract`` and ``day_frames`` both
    read it (the pattern is the costliest of the rules)."""
    return tuple(PERIOD_RE.finditer(text))


def extract(view: TextView) -> list[Period]:
    text = view.ctext
    lex = _lex()
    facts: list[Period] = []
    for m in _period_matches(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if _skipped(m, text, before, lex) or _in_title(text, m) or _bare_cutoff_inside(m, before):
            continue
        start_iso, end_iso = resolve(m)
        facts.append(
            Period(
                **view.span(m.start(), m.end()),
                period_start=start_iso,
                period_end=end_iso,
                in_comparison=_in_comparison(m, before, lex),
                of_plan=bool(lex["plan"].search(text, max(0, m.start() - 50), m.start())),
                local=bool(m.group("session")) or _own_sentence_day(m, text, before, lex),
            )
        )
    return _with_frames(view, facts, lex)


def _with_frames(view: TextView, facts: list[Period], lex: dict[str, Any]) -> list[Period]:
    """``facts`` and the frames no period overlaps, in text order."""
    text = view.ctext
    taken = [(f.cstart, f.cend) for f in facts]
    for m in lex["frame"].finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or not view.on_words(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 25) : m.start()]
        if m.group("fpresent") and (
            not lex["present_opens"].search(text, max(0, m.start() - 25), m.start())
            or lex["present_not_before"].match(text, m.end())
        ):
            continue  # "chính sách phân luồng hiện nay": a noun's modifier; "Hiện nay dự thảo quy định ..."
        if m.group("fnow") and not _opens_sentence(text, m.start()):
            continue  # "tỷ lệ thất nghiệp hiện ở mức 5,5%": a word of the predicate, not a frame
        if m.group("fspan") and not _change_span(text, m):
            continue  # a term or a record's reach, not the time a change took
        if m.group("fsession") and lex["deadline"].search(before):
            continue  # an end, not a session's day: "giữ nguyên đến phiên 20/5" (as in ``_skipped``)
        if m.group("fweek") and (_WEEKDAY_BEFORE.search(before) or lex["span_base"].search(before)):
            continue  # a day of that week, not the week: "vào thứ Năm tuần trước"; a base: "tương đương tháng trước"
        start_iso, end_iso = _frame_bounds(m)
        facts.append(
            Period(
                **view.span(m.start(), m.end()),
                period_start=start_iso,
                period_end=end_iso,
                in_comparison=bool(lex["comparison"].search(before)),
                local=any(m.group(g) for g in _RELATIVE_FRAMES),
            )
        )
    return sorted(facts, key=lambda f: f.cstart)


# "Hiện nguồn thu ...": a present frame that opens its sentence and dates its own clause only
SENTENCE_PRESENT = re.compile(alternation(_DATA["sentence_present_frames"]))
_SENTENCE_END = re.compile(r"[.!?\n“\"]\s*$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts the text, a line, a sentence or a quotation."""
    return pos == 0 or bool(_SENTENCE_END.search(text, max(0, pos - 3), pos))


def day_frames(view: TextView) -> list[Period]:
    """The days that open their clause ("Ngày 23/4, ngân hàng chào thầu ... lãi suất 4%"): no period of the
    text's own (a date), but the time of the figures of their sentence (``local``: never inherited further)."""
    text = view.ctext
    return [
        Period(**view.span(m.start(), m.end()), period_start=start, period_end=end, local=True)
        for m in _period_matches(text)
        if m.group("day")
        and m.group("dw").lower() == "ngày"
        and _CLAUSE_OPENING.search(text[max(0, m.start() - 25) : m.start()])
        for start, end in [_day(m.groupdict())]
    ]
