"""Legal and administrative documents: type, normalised number, issuer, date, subject.

Shapes (Decree 30/2020 and news habits): ``1520/QĐ-UBND``, ``30/2020/NĐ-CP``, ``61/2024/QH15``,
``57-NQ/TW``, ``845/BTC-CST``; missing hyphens (``/QĐ UBND``), spaces (``1179/ QĐ-BGDĐT``), lowercase type
words, several numbers sharing one symbol ("số 2522, 2523/UBND-VX"), number-only references
("Quyết định số 318"), and laws cited by name ("Luật Đầu tư").  One entry per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..lexicon import load_json
from ..model import Document, Mention
from ..patterns import (
    LOWER,
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    UPPER,
    YEAR,
    alternation,
    first_char_guard,
    guarded,
    prefix_guard,
)
from ..textnorm import Normalized
from .dates import DATE_RE, iso_date, parse_date_match
from .officials import lex as officials_lex
from .officials import name_in_run, organization_at, words_at
from .view import TextView

# A symbol part never ends inside a Vietnamese word ("HĐ-MB-Sơn Hà" has no part "S"); a plain letter
# after it is a typing slip ("TTgngày")
_VIETNAMESE_LOWER = LOWER.replace("a-z", "")
_PART = rf"[A-ZĐ][A-ZĐ0-9&]*[a-z]?[A-ZĐ0-9]*(?![{_VIETNAMESE_LOWER}])"
_UPPER_PART = r"[A-ZĐ][A-ZĐ0-9&]+"
# A number after "01:" is the year of a standard's number ("QCVN 07:2019/BXD", "TCVN 5574:2018"), no document
CODED_RE = guarded(
    rf"(?<![\d/.,])(?<!\d:)(?P<num>\d{{1,6}}[a-z]?)\s*(?:(?P<ysep>/|-)\s*(?P<year>{YEAR}))?\s*/\s*"
    rf"(?P<sym>{_PART}(?:\s*[-–]\s*{_PART}|\s+{_UPPER_PART}(?![a-zà-ỹ]))*)"
)
# A Party number: "57-NQ/TW", "36-NQ/TƯ", "1482-QĐ/TU"
PARTY_RE = guarded(
    r"""(?<![\d/.,])(?P<num>\d{1,5})\s*[-–]\s*
    (?P<ptype>[A-ZĐ][A-Za-zĐ]{0,3})\s*/\s*
    (?P<pissuer>TW|TƯ|TTg|[A-ZĐ]{2,10})(?![A-Za-zĐđ])""",  # also the Prime Minister's old "912-QĐ/TTg"
    re.VERBOSE,
)
# A Party number written without its issuer part, after a type word: "Nghị quyết 27-NQ", "Kết luận số 49-KL"
PARTY_NO_ISSUER_RE = guarded(
    r"(?<![\d/.,])(?P<num>\d{1,5})\s*[-–]\s*(?P<ptype>[A-ZĐ]{2,3})(?![\w/\-–])(?!\s*/)"
)
# An old number joined to its issuer's code by a hyphen, after a type word: "Nghị định số 43-CP", "Quyết
# định 912-TTg", "Quyết định số 217-HĐBT" (the code must be a known issuer's)
OLD_CODE_RE = guarded(
    r"(?<![\d/.,])(?P<num>\d{1,5})\s*[-–]\s*(?P<iss>[A-ZĐ][A-ZĐ]*[a-z]?[A-ZĐ]*)(?![\w/\-–])"
)
# What every match of a pattern holds, searched for first (cheap): without it the pattern is not run at all.
# PARTY_RE, PARTY_NO_ISSUER_RE, OLD_CODE_RE: a number, a hyphen and a capital; CODED_RE: a number (or year), a
# slash and a capital; "number_only": "số" and a number; "short": a number, a slash or hyphen and a year
_PARTY_ANCHOR = re.compile(r"\d\s*[-–]\s*[A-ZĐ]")
_CODED_ANCHOR = re.compile(r"\d[a-z]?\s*/\s*[A-ZĐ]")
_NUMBER_ANCHOR = re.compile(r"(?i:số)\s+\d")
_SHORT_ANCHOR = re.compile(rf"\d\s*[/-]\s*{YEAR}")
# A day and month without a year ("ngày 28/1"), dated by the year of the document's number
_SHORT_DATE = re.compile(r"(?<![\d/.-])(?P<sd>\d{1,2})\s*[/-]\s*(?P<sm>\d{1,2})(?!\s*[/.-]?\s*\d|\d)")
_DAYTIME = r"(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?"
# The date that opens a sentence or clause: "Ngày 12/8/2024, ...", "Chiều ngày 5/5, ..." (DATE_RE is verbose)
_OPENING_DATE = re.compile(rf"\s*{_DAYTIME}(?:ngày\s+)?(?:{DATE_RE.pattern})\s*,", re.IGNORECASE | re.VERBOSE)
_OPENING_SHORT_DATE = re.compile(rf"\s*{_DAYTIME}ngày\s+(?:{_SHORT_DATE.pattern})\s*,", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]")
# The verb that issues the document the sentence's opening date dates: "ký ban hành", "ban hành kèm theo",
# or "có"/"ra" right before it ("có Công văn số ..."; "có hiệu lực như Nghị định ..." dates no issue)
_ISSUING = re.compile(
    r"(?:(?:ban hành|ký|công bố|thông qua|gửi|phát hành)\s+[^,;.]{0,20}|(?:có|ra)\s+)$", re.IGNORECASE
)
_SHARED_LIST_RE = re.compile(r"((?<![\d/.\-])(?:\d{1,6}\s*(?:,|;|và)\s*)+)$")
_SUBJECT_RE = re.compile(r"^\s*,?\s*(?:về việc|về)\s+(?P<subj>[^,;.()\n]{3,200})")
_SO = r"(?:\s+số)?"
# A plain description between a type word and "số": one to six lower-case words
_DESCRIPTION = rf"(?:\s+[{LOWER}]+){{1,6}}?"
# What may stand between a number and its date: "ngày", ", ban hành ngày", "của UBND tỉnh ngày", a
# bracketed article reference first ("148/2020 (khoản 11 Điều 1) ngày ...") or the bracket that closes
# around the number ("(Nghị quyết số 43/2022/QH15) ngày ...")
_DATE_GAP = re.compile(
    r"""^\s*(?:\)\s*|\([^()]{1,40}\)\s*)?
    [,(]?\s*(?:(?:do|của)\s+(?P<org>[^,.;()]{0,60}?)\s+)?
    (?:(?:ban\ hành|ký)\s+)?(?:vào\s+)?ngày\s*$
    """,
    re.VERBOSE,
)
# The date a number of a list may carry: " ngày 10/3/2017", ", ngày 5 tháng 6 năm 2020"
_LIST_DATE = (
    r"(?:,?\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))?"
)
# "Việt Nam" closing a body's name: the name is also written without it
_HOME_SUFFIX = re.compile(r"\s+Việt Nam$")
# A sentence end, or another coded number, between a number and a date: the date is not this number's
_GAP_BREAK = re.compile(r"[.;]\s|\d+\s*/\s*[A-ZĐ]")
# The separators of a symbol's parts ("QĐ-UBND", "QĐ UBND", "QĐ–UBND")
_SYMBOL_SEPARATOR = re.compile(r"[\s\-–]+")
# The year written in a number: 15/2022/NĐ-CP, 45/2021, 12-2019
_NUMBER_YEAR = re.compile(rf"(?<=[/-]){YEAR}(?=/|$)")
_YEAR = re.compile(YEAR)
_YEAR_RANGE = re.compile(rf"{YEAR}-{YEAR}")
# "năm 2013" after a law's name: the year ends the name
_NAM_YEAR = re.compile(rf"\s+năm\s+({YEAR})(?!\d)")
# "năm 2020" or "(2014)" right after a bare number: its year ("Nghị định 148 năm 2020" is 148/2020)
_YEAR_AFTER_NUMBER = re.compile(rf"\s+(?:năm\s+(?P<y>{YEAR})|\(\s*(?P<b>{YEAR})\s*\))(?!\w)")
# The word after a position (read in place: no copy of the rest of the text)
_NEXT_WORD = re.compile(r"\s*(\S+)")
# A number and a slash right before a coded number: the tail of a longer code, not a number of its own
_AFTER_NUMBER_SLASH = re.compile(r"(?:\d\s*/\s*)$")
_LIST_NUMBER = re.compile(r"\d{1,6}")
_SPACES = re.compile(r"\s+")
# A subject ("về việc ...") ends where another document is joined to it ("... và Quyết định ...")
_SUBJECT_END = re.compile(
    r"\s+(?:và|cùng)\s+(?:Quyết định|Nghị định|Thông tư|Nghị quyết|Công văn|Kế hoạch)\b"
)


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    types = load_json("doc_types.json")
    issuers = load_json("issuers.json")
    by_abbrev: dict[str, str] = {}
    for info in types["types"].values():
        for ab in info["abbrev"]:
            by_abbrev.setdefault(ab.upper(), info["type"])
    officials = load_json("officials.json")
    heads = alternation(officials["org_heads"])
    countries = alternation(set(officials["countries"]) - set(officials["home_country"]))
    law_types = {f(w): _type_of_words(types, w) for w in types["law_words"] for f in (_cap, str.title)}
    # a law word in lower case ("luật", "bộ luật", "bộ Luật"): a law only before a name the list knows,
    # written capitalised ("theo luật Đất đai", "điều 240 bộ Luật Hình sự"); see ``_known_law_end``
    lower_law = {f(w): _type_of_words(types, w) for w in types["law_names_cover"] for f in (str, _lower_head)}
    standalone = {
        f(w): _type_of_words(types, w) for w in types["standalone_words"] for f in (_cap, str.title)
    }
    type_word = alternation(types["types"])
    # the type word is matched in any case ("(?i:...)", which ``guarded`` does not follow): its own lookahead
    tw_guard = f"(?i:{first_char_guard(type_word, re.IGNORECASE)}{prefix_guard(type_word, re.IGNORECASE)})"
    # the issuing verb right before a document, after its tense words: "đã ký ban hành", "vừa có"
    issuing = (
        rf"(?:(?:{alternation(types['auxiliaries'])})\s+)*"
        rf"(?:{alternation(types['issuing_verbs'], flexible_spaces=True)})"
        rf"(?:\s+(?:{alternation(types['issuing_preps'])}))?\s+$"
    )
    return {
        "types": types["types"],
        "by_abbrev": by_abbrev,
        "issuers": {k.upper(): v for k, v in issuers["issuers"].items()},
        "issuers_after_type": {k.upper(): v for k, v in issuers["issuers_after_type"].items()},
        "numbered": issuers["numbered"],
        # a National Assembly symbol with its term: "QH15", "UBTVQH14"
        "assembly_symbol": re.compile(rf"({alternation(issuers['numbered'])})(\d{{1,2}})"),
        "assembly": types["assembly_symbols"],
        # the type word before a number, "số" between, or a plain description and "số" ("Quyết định
        # thu hồi đất số 12/QĐ-UBND"); the description is checked by ``_plain_description``
        "type_before": re.compile(
            rf"{tw_guard}(?<!\w)(?P<tw>(?i:{type_word}))(?:(?P<desc>{_DESCRIPTION})\s+(?i:số)|(?:\s+(?i:số))?)\s*:?\s*$"
        ),
        "number_only": re.compile(
            rf"{tw_guard}(?<!\w)(?P<tw>(?i:{type_word}))(?P<desc>{_DESCRIPTION})?\s+(?i:số)\s+(?P<num>\d{{1,6}})"
            r"(?![\d/,.]\d|\s*/|\s*%|[\w-])"
        ),
        # "Nghị quyết 68": a loose type word and a bare number that is no year, code, figure or count
        "number_only_cap": guarded(
            rf"""(?<!\w)(?P<tw>{alternation(types["loose_number_types"])})\s+
            (?!{YEAR}(?!\d))                              # not a year ("Hiến pháp 2013")
            (?P<num>\d{{2,6}})
            (?![\d/,.]\d|\s*/|\s*%|[\w-])                  # not part of a code, a figure or a word
            (?!\s+(?:tháng|người|tỷ|triệu|nghìn               # not a count of years, people, money, save
              |năm(?!\s+{YEAR}(?!\d))                         # its year ("Nghị định 148 năm 2020")
              |ngày(?!\s+\d{{1,2}}\s*[/-]\s*\d)))              # or its date ("Nghị định 76 ngày 1/7/2024")
            """,
            re.IGNORECASE | re.VERBOSE,
        ),
        # a law cited by name: "Luật Đầu tư", "Bộ luật Lao động" (law words capitalised, as names are)
        "law": guarded(rf"{NOT_AFTER_WORD}(?P<tw>{alternation(law_types | lower_law)})\s+(?P<first>\w+)"),
        "law_types": law_types | lower_law,
        "lower_law_words": frozenset(lower_law) - frozenset(law_types),
        "law_type_names": frozenset(law_types.values()),
        "standalone": guarded(
            rf"{NOT_AFTER_WORD}(?P<tw>{alternation(standalone)})"
            rf"(?P<year>\s+(?:năm\s+)?{YEAR})?{NOT_BEFORE_WORD}"
        ),
        "standalone_types": standalone,
        "name_not_after": re.compile(
            rf"(?<!\w)(?:{alternation(types['name_not_after'])})\s+$", re.IGNORECASE
        ),
        "name_not_before": frozenset(types["name_not_before"]),
        "name_comma": re.compile(
            rf",(?=\s+(?:{alternation(types['name_after_comma'])})(?!\w))", re.IGNORECASE
        ),
        "default_issuer": {i["type"]: i["issuer"] for i in types["types"].values() if "issuer" in i},
        # types read but not reported: a contract's number is no document ("hợp đồng ... số 12/2020/HĐ-X")
        "uncounted": frozenset(i["type"] for i in types["types"].values() if i.get("counted") is False),
        "place_words": tuple(issuers["place_words"]),
        # a tense word ends a body named before its verb: "Chính phủ Việt Nam đã kịp thời ban hành ..."
        "body_end": re.compile(rf"\s+(?:{alternation(types['body_end_auxiliaries'])})\s"),
        # a body named with its place ends after the place's name: "UBND tỉnh X xem xét ..." is "UBND tỉnh X"
        "placed_body": re.compile(
            rf"^.*?(?<!\w)(?i:{alternation(issuers['place_words'])})\s*[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*)*"
            rf"(?=\s+[{LOWER}])"
        ),
        # known issuers' names, also without "Việt Nam" ("Ngân hàng Nhà nước"), to trim a name that runs on
        "issuer_names": sorted(
            {
                n
                for name in set(issuers["issuers"].values()) | set(issuers["numbered"].values())
                for n in (name, _HOME_SUFFIX.sub("", name))
            },
            key=len,
            reverse=True,
        ),
        # a short citation: "Nghị định 45/2021", "Thông tư số 12-2019" (number and year, no symbol)
        "short": guarded(
            rf"(?<!\w)(?P<tw>{type_word})(?:\s+số)?\s+(?P<num>\d{{1,4}}\s*[/-]\s*{YEAR})"
            r"(?![\d/.,]\d|\s*/\s*[A-ZĐ]|[\w-])",
            re.IGNORECASE,
        ),
        "law_stop": frozenset(types["law_name_stop_words"]),
        "law_parts": frozenset(types["law_parts"]),
        "date_gap_stop": re.compile(
            rf"(?<!\w)(?:{alternation(types['date_gap_stop_words'])})(?!\w)", re.IGNORECASE
        ),
        "citing": re.compile(rf"(?<!\w)(?i:{alternation(types['citing_words'])})\s+$"),
        "treaty_types": frozenset(_type_of_words(types, w) for w in types["treaty_words"]),
        # compared with a name in lower case ("Hiệp định Thương mại tự do")
        "treaty_classes": frozenset(w.lower() for w in types["treaty_classes"]),
        "treaty_class_abbrevs": frozenset(types["treaty_class_abbrevs"]),
        # an international organisation named inside a treaty's name adopted it: "Công ước Liên Hợp Quốc về ..."
        "treaty_issuer": re.compile(
            rf"(?<!\w)(?:{alternation(types['treaty_issuers'])})(?!\w)", re.IGNORECASE
        ),
        "foreign_types": frozenset(_type_of_words(types, w) for w in types["foreign_when_country"]),
        "country_after": re.compile(
            rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:(?:của|tại|ở)\s+)?(?:{countries})(?!\w)"
        ),
        "country_in": re.compile(rf"(?<!\w)(?:{countries})(?!\w)"),
        "name_phrase": re.compile(
            rf"(?:{alternation(types['name_phrases'], flexible_spaces=True)})(?!\w)", re.IGNORECASE
        ),
        # the rest of a list of bare numbers that share the issuer named after the last one ("Thông tư 01 và
        # Thông tư 03 của Ngân hàng Nhà nước", "Nghị quyết 57, 59 và 68 của Bộ Chính trị")
        # Thông báo số 127 ngày 10/3/2017 và công văn số 2718 ngày 22/3/2017 của Văn phòng Chính phủ": each
        # number may carry its date
        "list_rest": re.compile(
            rf"{_LIST_DATE}(?:\s*(?:,|và)\s*(?:(?i:{type_word})\s+)?(?:(?i:số)\s+)?\d{{1,6}}(?![\w/.,-]\w)"
            rf"{_LIST_DATE})+"
        ),
        # "... của UBND tỉnh X", "... do Bộ Tài chính ...", "... của Chủ tịch UBND TP X" (a post of the body
        # signs it: the issuer is the post and the body; "do <post> ..." presents a bill, it issues nothing)
        "of_issuer": re.compile(
            rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:\s+năm\s+{YEAR})?,?\s+(?:của\s+(?P<post>(?:{alternation(officials['titles'])})\s+)?|do\s+)"
            rf"(?=(?:{heads})(?!\w))"
        ),
        "org_head": re.compile(rf"(?<!\w)(?:{heads})(?!\w)"),
        # a head word alone names no body ("Đại hội đồng cổ đông Công ty thông qua tại ...": no issuer "Công
        # ty"), save an abbreviation ("NHNN") or a known issuer ("Chính phủ")
        "bare_heads": frozenset(officials["org_heads"]),
        # a body's name read on ends at a comma before a lower-case word ("của UBND Thành phố, xây dựng Đề
        # án ..."), a known issuer's name at a capitalised type word ("trình Chính phủ Nghị định sửa đổi ...")
        "issuer_end": re.compile(rf",\s+(?=[{LOWER}])"),
        "type_after_issuer": re.compile(rf"(?:{alternation({_cap(w) for w in types['types']})})(?!\w)"),
        # a post right before a body: "Phó Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký ...", the signer's name
        # after the body is no part of it (``_without_signer``)
        "post_end": re.compile(rf"(?<!\w)(?:{alternation(officials['titles'])})\s+$"),
        # "Luật X được Quốc hội thông qua ngày 14/6/2025": the body and the date of a passive sentence
        # (the date may be missing: "Luật X được Quốc hội thông qua, có hiệu lực ..." still names the body)
        "passed_by": re.compile(
            rf"\s*,?\s*(?:(?:đã|vừa|mới)\s+)?được\s+(?P<org>(?:{heads})(?!\w)[^,;.()]{{0,50}}?)\s+"
            r"(?:ban hành|thông qua|ký|phê duyệt)(?:\s+(?P<day>(?:(?:sáng|chiều|tối)\s+)?(?:vào\s+)?ngày\s+)|(?!\w))"
        ),
        # "UBND tỉnh X vừa ban hành ...", "Cục Y (Bộ Z) đã có ...": a body, without what a bracket after it
        # adds (its parent, its short name: "Liên đoàn ... (VCCI)")
        "issuer_before": re.compile(rf"(?P<org>[^,;:()]{{2,80}}?)(?:\s*\([^,;:()]{{2,40}}\))?\s+{issuing}"),
        # "Thủ tướng đã ký Chỉ thị 24", "Thủ tướng Chính phủ ban hành Quyết định số 153": the post issues it
        "post_before": re.compile(
            rf"(?<!\w)(?<!Phó )(?P<post>{alternation(issuers['signing_posts'])})(?:\s+[{UPPER}]\w*){{0,4}}\s+{issuing}"
        ),
        "deciding_posts": frozenset(issuers["deciding_posts"]),
        "post_words": tuple(f"{p} " for p in issuers["signing_posts"]),
        # "trình Thủ tướng Chính phủ bổ sung, điều chỉnh Quyết định ...": the body asked to amend it issued it
        "asked_to_amend": re.compile(
            rf"(?<!\w)(?:{alternation(types['asking_words'])})\s+"
            rf"(?P<org>(?:{alternation(issuers['signing_posts'])}|{heads})(?!\w)[^,;.()]{{0,30}}?)\s+"
            rf"(?:{alternation(types['amending_words'])})(?:\s*(?:,|và)\s*(?:{alternation(types['amending_words'])}))*\s+$"
        ),
        # the organs of a Party body the text names for its number: after it ("của Bộ Chính trị, Ban Bí
        # thư"), or before it with the issuing verb ("Ban Bí thư vừa ban hành ..."); see ``_party_organ``
        "party_organ": {
            body: _organ_patterns(organs, alternation(issuers["party_place_stop_words"]), issuing)
            for body, organs in issuers["party_organs"].items()
        },
        "law_max": int(types["law_name_max_words"]),
        "lower_name_heads": frozenset(types["lower_name_heads"]),
        "law_list_types": frozenset(_type_of_words(types, w) for w in types["law_names_cover"]),
        # a law's name as enacted, its inner commas optional ("Luật Phòng, chống tham nhũng", "Luật phòng
        # chống tham nhũng"), longest first
        "law_name": re.compile(
            "|".join(
                f"(?P<n{i}>{_law_name_pattern(name)})(?!\\w)"
                for i, name in enumerate(sorted(types["law_names"], key=len, reverse=True))
            ),
            re.IGNORECASE,
        ),
    }


def _organ_patterns(organs: list[str], stop: str, issuing: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The organs named after a number and before it (``_party_organ``): an organ with "Trung ương Đảng"
    ("Ban Bí thư Trung ương Đảng"), a local committee's organ with its place ("Ban Thường vụ Tỉnh ủy Quảng
    Ninh", capitalised words up to a ``stop`` word: "... Tỉnh ủy X Về ..."), or two joined ("Bộ Chính trị,
    Ban Bí thư")."""
    central = [o for o in organs if not o.endswith("ủy")]
    local = [o for o in organs if o.endswith("ủy")]
    place = rf"(?:\s+(?!(?:{stop})(?!\w))[{UPPER}]\w*)*"
    alts = [rf"(?:{alternation(central)})(?:\s+Trung ương(?:\s+Đảng)?)?"] if central else []
    alts += [f"(?:{alternation(local)}){place}"] if local else []
    one = f"(?:{'|'.join(alts)})"
    joint = rf"(?P<org>{one}(?:\s*(?:,|và)\s*{one})*)(?!\w)"
    after = re.compile(rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:\s+năm\s+{YEAR})?,?\s+(?:của|do)\s+{joint}")
    before = re.compile(rf"{joint}\s+{issuing}")
    return after, before


def _law_name_pattern(name: str) -> str:
    """A law's name as a pattern: its words in order, any spaces between, each comma optional."""
    return r",?\s+".join(re.escape(w.rstrip(",")) for w in name.split())


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _lower_head(word: str) -> str:
    """ "bộ Luật": the first word in lower case, the others capitalised."""
    head, _, rest = word.partition(" ")
    return f"{head} {str.title(rest)}" if rest else word


def _type_of_words(types: dict[str, Any], word: str) -> str:
    return str(types["types"][word]["type"]) if word in types["types"] else _cap(word)


def _type_of(word: str) -> str | None:
    info = _lex()["types"].get(word.lower())
    return info["type"] if info else None


def _normalise_symbol(sym: str) -> list[str]:
    return [p for p in _SYMBOL_SEPARATOR.split(sym.strip()) if p]


def _issuer(parts: list[str]) -> tuple[str | None, str | None]:
    """Issuer name(s) and abbreviation(s) in a symbol; joint documents (TTLT-BYT-BTC) list each, '; '-joined."""
    lex = _lex()
    names: list[str] = []
    abbrevs: list[str] = []
    for i, part in enumerate(parts):
        up = part.upper()
        m = lex["assembly_symbol"].fullmatch(up)
        if up in lex["issuers"] and up not in lex["by_abbrev"]:
            names.append(lex["issuers"][up])
        elif m:
            names.append(lex["numbered"][m.group(1)])
        elif i > 0 and up in lex["issuers_after_type"] and parts[0].upper() in lex["by_abbrev"]:
            names.append(lex["issuers_after_type"][up])  # "KL-TTr": a type's code, then the inspectorate
        else:
            continue
        abbrevs.append(part)
        if len(names) == 1 and not parts[0].upper().startswith(("TTLT", "NQLT")):
            break
    return ("; ".join(names) or None), ("-".join(abbrevs) or None)


@lru_cache(maxsize=1)
def _mixed_case_codes() -> frozenset[str]:
    """The codes written with a lower-case letter ("TTg", "TTr", "CTr"), as written."""
    types, issuers = load_json("doc_types.json"), load_json("issuers.json")
    codes = [a for info in types["types"].values() for a in info["abbrev"]] + list(issuers["issuers"])
    return frozenset(c for c in codes if c != c.upper())


def _known_symbol(parts: list[str]) -> bool:
    lex = _lex()
    if parts[0] != parts[0].upper() and parts[0] not in _mixed_case_codes():
        return False  # "Kh-101/Kh-102" (a missile's name) holds no code "KH"
    head = parts[0].upper()
    if head in lex["by_abbrev"] or head in lex["issuers"]:
        return True
    return bool(lex["assembly_symbol"].fullmatch(head))


def _date_after(text: str, pos: int, limit: int, year: str | None = None) -> tuple[str | None, int]:
    """A date that follows a document number: 'ngày 26/1/2018', ', ban hành ngày ...', 'của X ngày ...';
    a day and month alone ('15/2022/NĐ-CP ngày 28/1') take the year of the number."""
    window = text[pos:limit]
    m = DATE_RE.search(window)
    short = _SHORT_DATE.search(window) if year else None
    if short and (m is None or short.start() < m.start()):
        m = short
    if not m or m.start() > 90:
        return None, pos
    gap = window[: m.start()]
    gm = _DATE_GAP.match(gap)
    if not gm or _GAP_BREAK.search(gap) or _lex()["date_gap_stop"].search(gm.group("org") or ""):
        return None, pos
    return _iso(m, year), pos + m.end()


def _iso(m: re.Match[str], year: str | None) -> str | None:
    """A full date as ISO, or a day and month (``_SHORT_DATE``) in ``year``."""
    if "sd" in m.groupdict() and m.group("sd"):
        return iso_date(int(m.group("sd")), int(m.group("sm")), int(year)) if year else None
    return parse_date_match(m)


def _year_of(number: str | None) -> str | None:
    """The year written in a number: 15/2022/NĐ-CP, 45/2021, 12-2019."""
    m = _NUMBER_YEAR.search(number or "")
    return m.group() if m else None


def _issuer_named(
    view: TextView,
    start: int,
    end: int,
    dated_end: int | None = None,
    numbered: bool = True,
    coded: bool = False,
) -> str | None:
    """For a number without an issuer code: the body the sentence names as its issuer, as written
    ("UBND tỉnh Thanh Hóa ban hành Quyết định số 812", "Tờ trình số 606 của Chính phủ", "Quyết định số 5
    ngày 2/3/2020 của UBND tỉnh X": after the number or after its date)."""
    text = view.ctext
    s_lo, s_hi = view.sentence_bounds(start)
    # a list of numbers shares the issuer named after it; a law named without one does not ("Bộ luật Lao
    # động và Văn bản 1064 của Bộ X")
    rest = _lex()["list_rest"].match(text, end, s_hi) if numbered else None
    for pos in dict.fromkeys((end, dated_end if dated_end is not None else end, rest.end() if rest else end)):
        after = _lex()["of_issuer"].match(text, pos, s_hi)
        if after:
            org = organization_at(text, after.end(), s_hi)
            # the body trimmed before its post is put back: "của Thống đốc Ngân hàng Nhà nước thành lập ..."
            return f"{after.group('post')}{_trim_issuer(org)}" if after.group("post") and org else org
    pre = text[s_lo:start]
    lex = _lex()
    asked = lex["asked_to_amend"].search(pre)
    if asked:  # a body's name, without the words between it and the amending verb ("Chính phủ sớm sửa")
        return _body_name(asked.group("org"))
    heads = list(lex["org_head"].finditer(pre))
    for i in reversed(range(len(heads))):  # the nearest body first
        head = heads[i]
        if (
            head.group()[:1].islower()
            or (i and _head_runs_on(pre, heads[i - 1], head))
            or pre[: head.start()].endswith(lex["post_words"])
            or (" " not in head.group() and not view.is_boundary(s_lo + head.start()))
        ):
            continue  # a name ("thị trường" holds no "trường"; the one syllable "Phòng" of the word "Hải
            # Phòng"), not a post's ("Phó Thủ tướng Chính phủ X")
        m = lex["issuer_before"].fullmatch(pre, head.start())
        if m:
            org = _body_name(m.group("org"))
            if _person_clause(org):
                continue
            if org in lex["bare_heads"] and not org.isupper() and org not in lex["issuer_names"]:
                continue
            post = lex["post_end"].search(pre, 0, head.start())
            signed = _without_signer(org) if post else org
            return _with_deciding_post(post, signed) if post and not coded else signed
    post = lex["post_before"].search(pre)
    return post.group("post") if post else None


def _head_runs_on(pre: str, earlier: re.Match[str], head: re.Match[str]) -> bool:
    """A head right after another capitalised head is inside that body's name, which the earlier head starts:
    "Liên minh Hợp tác xã Việt Nam", "Hiệp hội Ngân hàng Việt Nam", "Văn phòng Chính phủ"."""
    return earlier.group()[:1].isupper() and pre[earlier.end() : head.start()] == " "


def _with_deciding_post(post: re.Match[str], org: str) -> str:
    """The issuer a post signs for when the code names none: "Chủ tịch UBND tỉnh" when the post is the body's
    head whose own decisions the law names (``deciding_posts``), else the body ("Phó Chủ tịch UBND tỉnh X ký
    ...": "UBND tỉnh X"); with a code the body is compared with the code's issuer as before."""
    title = post.group().strip()
    return f"{title} {org}" if title in _lex()["deciding_posts"] else org


_CAPITALISED_TAIL = re.compile(rf"(?:\s+[{UPPER}][\w.&-]*)+$")


def _without_signer(org: str) -> str:
    """A body named after its signer's post, without the signer's name the officials' lexicon reads at its
    end: "UBND tỉnh X Nguyễn Văn A" (from "Phó Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký ...") is "UBND tỉnh
    X"; a body that ends in a place ("UBND tỉnh Bắc Ninh") keeps it."""
    tail = _CAPITALISED_TAIL.search(org)
    if tail is None:
        return org
    words = words_at(org, tail.start(), len(org))
    window = name_in_run(words, officials_lex(), from_end=True)
    if window is None:
        return org
    cut = words[window[0]][1]
    return org[:cut].rstrip() if org[:cut].strip() else org


# A capitalised run followed by lower-case words up to the end: "Bộ X Nguyễn Văn A phát biểu tại buổi"
_RUN_THEN_CLAUSE = re.compile(rf"(?:\s+[{UPPER}][\w.&-]*)+(?=(?:\s+[{LOWER}][\w-]*)+$)")


def _person_clause(org: str) -> bool:
    """A body's name that runs on over a person's name into the person's own clause ("Thứ trưởng Bộ X
    Nguyễn Văn A phát biểu tại buổi công bố Luật Y"): the verb before the document is not the body's, and
    the body issued nothing."""
    run = _RUN_THEN_CLAUSE.search(org)
    if run is None:
        return False
    body = org[: run.end()]
    return _without_signer(body) != body


def _body_name(org: str) -> str:
    """A body named before its verb, without the words that lead to the verb: a tense word ends it
    ("Chính phủ Việt Nam đã kịp thời ..."), and so does a lower-case word after its place's name ("UBND
    tỉnh X xem xét sửa đổi", "UBND tỉnh X đưa ra")."""
    org = _lex()["body_end"].split(org, maxsplit=1)[0].strip()
    placed = _lex()["placed_body"].match(org)
    return placed.group() if placed else org


def _issuer_in_text(
    view: TextView,
    start: int,
    end: int,
    issuer: str | None,
    dated_end: int | None = None,
    numbered: bool = True,
) -> str | None:
    """The issuer of a document: the body the text names for it where the code gives none, or where the
    text names it more fully ("Sở Xây dựng tỉnh X" for SXD), or where it names the organ of a Party body
    that issued it under the body's code ("NQ/TW của Bộ Chính trị": ``_party_organ``).  Otherwise the code
    decides, as the gold convention has it: "QĐ-UBND ... của UBND tỉnh X" is the Ủy ban nhân dân."""
    organ = _party_organ(view, start, end, issuer, dated_end)
    if organ is None and issuer is None and numbered:
        organ = _organs_after(view, start, end, dated_end)
    if organ is not None:
        return organ
    named = _issuer_named(view, start, end, dated_end, numbered, issuer is not None) or _bare_body_after(
        view, end, dated_end
    )
    if named is None:
        return issuer
    named = _trim_issuer(named)
    if issuer is None or named.lower().startswith(issuer.lower()):
        return named
    return issuer


@lru_cache(maxsize=1)
def _bare_body_pattern() -> re.Pattern[str]:
    """ "... của Đảng", "... của TP về ...": a body named by one word (``issuers.json`` bare_bodies) after a
    number, its year or its date, that no capitalised word, no "ủy" and no ".X" goes on from."""
    bodies = alternation(load_json("issuers.json")["bare_bodies"])
    return re.compile(
        rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:\s+năm\s+{YEAR})?,?\s+(?:của|do)\s+(?P<org>{bodies})"
        rf"(?=\s*[,;:)]|\s+(?!ủy(?!\w))[{LOWER}]|\.\s*$|(?<=[{LOWER}])\.\s)"
    )


def _bare_body_after(view: TextView, end: int, dated_end: int | None = None) -> str | None:
    """The body a sentence names by one word after a number or its date ("Nghị quyết 57 của Đảng",
    "Quyết định 26 của TP chỉ quy định ..."), as written."""
    text = view.ctext
    s_hi = view.sentence_bounds(end)[1]
    for pos in dict.fromkeys((end, dated_end if dated_end is not None else end)):
        m = _bare_body_pattern().match(text, pos, s_hi)
        if m:
            return m.group("org")
    return None


def _party_organ(
    view: TextView, start: int, end: int, issuer: str | None, dated_end: int | None = None
) -> str | None:
    """The organ of the Party body a number's code names that the sentence names as its issuer, as written:
    "57-NQ/TW của Bộ Chính trị", "Ban Bí thư vừa ban hành Chỉ thị 34-CT/TW"."""
    patterns = _lex()["party_organ"].get(issuer or "")
    if patterns is None:
        return None
    after, before = patterns
    text = view.ctext
    s_lo, s_hi = view.sentence_bounds(start)
    organ = _organ_at(text, after, end, dated_end, s_hi)
    if organ is not None:
        return organ
    m = before.search(text, s_lo, start)
    return m.group("org") if m else None


def _organs_after(view: TextView, start: int, end: int, dated_end: int | None = None) -> str | None:
    """A number without a code, then the organs of a Party body as the text names them ("Kết luận số 167 của
    Bộ Chính trị, Ban Bí thư"): those organs, as written, also two of them."""
    text = view.ctext
    s_hi = view.sentence_bounds(start)[1]
    for after, _before in _lex()["party_organ"].values():
        organ = _organ_at(text, after, end, dated_end, s_hi)
        if organ is not None:
            return organ
    return None


def _organ_at(text: str, after: re.Pattern[str], end: int, dated_end: int | None, s_hi: int) -> str | None:
    """The organ ``after`` reads right after a number (at ``end``), else right after its date (at ``dated_end``),
    within its sentence (ending at ``s_hi``)."""
    for pos in dict.fromkeys((end, dated_end if dated_end is not None else end)):
        m = after.match(text, pos, s_hi)
        if m:
            return m.group("org")
    return None


def _trim_issuer(org: str) -> str:
    """A known issuer's name followed by words that are not its place ("Chính phủ cấm ...") or by a comma
    ("Chính phủ, Luật ...": a list goes on) ends there."""
    lex = _lex()
    end = lex["issuer_end"].search(org)
    if end and end.start() > 0:
        org = org[: end.start()]
    low = org.lower()
    for name in lex["issuer_names"]:
        if low.startswith(name.lower() + ","):
            return name
        if low.startswith(name.lower() + " "):
            rest = org[len(name) :].lstrip()
            if (rest[:1].islower() and not rest.lower().startswith(lex["place_words"])) or lex[
                "type_after_issuer"
            ].match(rest):
                return name
            break
    return org


def _date_opening_sentence(view: TextView, start: int, year: str | None = None) -> str | None:
    """'Ngày 12/8/2024, Bộ Tài chính ban hành Công văn số ...': the date that opens the sentence, or the
    clause ("Đối với ..., ngày 3/11/2023, Văn phòng Chính phủ ban hành ..."), of the first document that
    clause issues; "Ngày 5/5, Chính phủ ban hành Nghị định 97/2025/NĐ-CP" in the number's year."""
    text = view.ctext
    s_lo, _s_hi = view.sentence_bounds(start)
    opens = [s_lo] + [c.end() for c in _CLAUSE_START.finditer(text, s_lo, start)]
    for pos in reversed(opens):
        m = _OPENING_DATE.match(text, pos, start) or (year and _OPENING_SHORT_DATE.match(text, pos, start))
        if m:
            between = text[m.end() : start]
            if not _ISSUING.search(between) or CODED_RE.search(between) or PARTY_RE.search(between):
                return None
            return _iso(m, year)
    return None


def _subject_after(text: str, pos: int) -> str | None:
    m = _SUBJECT_RE.match(text[pos : pos + 260])
    if not m:
        return None
    subj = _SUBJECT_END.split(m.group("subj"))[0]
    return subj.strip() or None


Found = list[tuple[int, int, dict[str, Any]]]  # canonical start, end, fact draft


def extract(view: TextView) -> list[Document]:
    """The documents of ``view``, one shape after the other; a later shape never takes text an earlier
    one took: party numbers, coded numbers, number-only references, then laws by name."""
    view = _fold_lookalikes(view)
    found: Found = []
    taken: list[tuple[int, int]] = []
    for shape in (
        _party_numbers,
        _coded_numbers,
        _short_citations,
        _number_only,
        _laws_by_name,
        _listed_treaties,
        _standalone,
    ):
        shape(view, found, taken)
    return _merge(found, view)


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    """The look-alike characters' table (``doc_types.json``), a pattern that finds one, and the run of
    capitals, digits, slashes and hyphens around it (``_fold_lookalikes``)."""
    table: dict[str, str] = load_json("doc_types.json")["lookalike_characters"]
    chars = re.escape("".join(table))
    run = re.compile(rf"[A-ZĐ0-9/\-–{chars}]*[{chars}][A-ZĐ0-9/\-–{chars}]*")
    return str.maketrans(table), re.compile(f"[{chars}]"), run


_LATIN_OR_DIGIT = re.compile(r"[A-Z0-9]")


def _fold_lookalikes(view: TextView) -> TextView:
    """The view read with look-alike characters typed inside a number or code as the Latin capital, slash or
    hyphen they stand for ("QĐ-NH\u039d\u039d" with Greek capitals, "1985\u2044QĐ-BCT" with a fraction slash):
    one character for one, so every offset and the original text (what a fact quotes) stay as they are; a
    run of them with no Latin capital or digit (a word in Greek or Cyrillic) is left alone."""
    table, one, run = _lookalikes()
    text = view.ctext
    if one.search(text) is None:
        return view
    folded = run.sub(
        lambda m: m.group().translate(table) if _LATIN_OR_DIGIT.search(m.group()) else m.group(), text
    )
    if folded == text:
        return view
    return replace(view, norm=Normalized(folded, view.norm.offsets))


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and s < b for s, e in taken)


def _party_numbers(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """``57-NQ/TW``: number, type abbreviation, party issuer."""
    text, lex = view.ctext, _lex()
    if not _PARTY_ANCHOR.search(text):
        return
    for m in PARTY_RE.finditer(text):
        ptype = m.group("ptype")
        if ptype.upper() not in lex["by_abbrev"]:
            continue
        number = f"{m.group('num')}-{ptype}/{m.group('pissuer')}"
        start = _type_start(text, m.start())
        dtype = _type_word_before(text, m.start()) or lex["by_abbrev"][ptype.upper()]
        issuer = lex["issuers"].get(m.group("pissuer").upper())
        _add(found, taken, view, start, m.end(), dtype, number, issuer, m.group("pissuer"))
    for m in PARTY_NO_ISSUER_RE.finditer(text):
        ptype = m.group("ptype")
        if ptype not in lex["by_abbrev"] or _overlaps(taken, m.start(), m.end()):
            continue  # (the cheap tests first: the type word before is searched for the rest only)
        tword = _type_word_before(text, m.start())
        if tword is None or lex["by_abbrev"][ptype] != tword:
            continue
        start = _type_start(text, m.start())
        _add(found, taken, view, start, m.end(), tword, f"{m.group('num')}-{ptype}", None, None)
    for m in OLD_CODE_RE.finditer(text):
        code = m.group("iss")
        if code.upper() not in lex["issuers"] or _overlaps(taken, m.start(), m.end()):
            continue
        tword = _type_word_before(text, m.start())
        if tword is None:
            continue
        issuer = lex["issuers"][code.upper()]
        _add(
            found,
            taken,
            view,
            _type_start(text, m.start()),
            m.end(),
            tword,
            f"{m.group('num')}-{code}",
            issuer,
            code,
        )


def _coded_numbers(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """``1520/QĐ-UBND``, ``30/2020/NĐ-CP``: after a type word or with a known symbol; numbers sharing one
    symbol ("số 2522, 2523/UBND-VX") each become a document."""
    text = view.ctext
    if not _CODED_ANCHOR.search(text):
        return
    for m in CODED_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        parts = _normalise_symbol(m.group("sym"))
        shared = _SHARED_LIST_RE.search(text[max(0, m.start() - 60) : m.start()])
        # the type word before the number, or before the list of numbers sharing its symbol
        tword = _type_word_before(text, m.start() - (len(shared.group(1)) if shared else 0))
        if not parts or (not tword and not _known_symbol(parts)):
            continue
        if not tword and _AFTER_NUMBER_SLASH.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        year = m.group("year")
        symbol = "-".join(parts)
        # "35-2017/NQ-CP": the Government's numbers of 2017 join number and year with a hyphen
        number = f"{m.group('num')}{m.group('ysep')}{year}/{symbol}" if year else f"{m.group('num')}/{symbol}"
        dtype = tword or _type_from_symbol(parts)
        if tword == "Công văn" and parts[0].upper() in _lex()["by_abbrev"]:
            dtype = _type_from_symbol(parts)  # "văn bản số 12/QĐ-X" is the decision its code says
        issuer, abbrev = _issuer(parts)
        start = _type_start(text, m.start())
        if shared:
            list_start = m.start() - len(shared.group(1))
            for nm in _LIST_NUMBER.finditer(shared.group(1)):
                n_start = list_start + nm.start()
                extra = f"{nm.group()}/{year}/{symbol}" if year else f"{nm.group()}/{symbol}"
                s0 = _type_start(text, list_start) if nm.start() == 0 else n_start
                _add(found, taken, view, s0, n_start + len(nm.group()), dtype, extra, issuer, abbrev, m.end())
            start = m.start()
            issuer = issuer or found[-1][2]["issuer"]  # the list's issuer, named before its first number
        _add(found, taken, view, start, m.end(), dtype, number, issuer, abbrev)


def _number_only(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Quyết định số 318": a type word and a bare number (a capitalised type word for the looser form)."""
    text, lex = view.ctext, _lex()
    for pattern in ("number_only", "number_only_cap"):
        matches = (
            (_described_matches(lex[pattern], text, 0, len(text)) if _NUMBER_ANCHOR.search(text) else ())
            if pattern == "number_only"
            else lex[pattern].finditer(text)
        )
        for m in matches:
            if _overlaps(taken, m.start(), m.end()):
                continue
            dtype = _type_of(m.group("tw"))
            if (pattern == "number_only_cap" and not _loose_citation(text, m)) or (
                dtype and _foreign(text, m.end(), m.end(), dtype)
            ):
                continue
            number, end = _with_year(text, m.group("num"), m.end())
            _add(found, taken, view, m.start(), end, dtype, number, None, None)


def _with_year(text: str, number: str, end: int) -> tuple[str, int]:
    """A bare number and the year written right after it ("Nghị định 148 năm 2020", "Nghị định 44 (2014)")
    cite the number of that year: "148/2020", the span running over the year."""
    ym = _YEAR_AFTER_NUMBER.match(text, end)
    return (f"{number}/{ym.group('y') or ym.group('b')}", ym.end()) if ym else (number, end)


def _loose_citation(text: str, m: re.Match[str]) -> bool:
    """ "Nghị quyết 68", "nghị định 15", "theo chỉ thị 16": a type word and a number without "số" cite a
    document when the word is capitalised, is no verb, or follows a citing word ("theo", "tại", ...)."""
    tw = m.group("tw")
    if tw[0].isupper() or not _lex()["types"][tw.lower()].get("verb_like"):
        return True
    return bool(_lex()["citing"].search(text, max(0, m.start() - 20), m.start()))


def _short_citations(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Nghị định 45/2021", "Thông tư số 12-2019": a type word, a number and its year, no symbol."""
    text = view.ctext
    if not _SHORT_ANCHOR.search(text):
        return
    for m in _lex()["short"].finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        number = _SPACES.sub("", m.group("num"))
        if _YEAR_RANGE.fullmatch(number):
            continue  # "kế hoạch 2021-2025": a period, no number
        _add(found, taken, view, m.start(), m.end(), _type_of(m.group("tw")), number, None, None)


def _law_head_ok(view: TextView, m: re.Match[str]) -> bool:
    """A law word that heads a name: its own word of the segmentation ("Luật sư" is one word), not part
    of another name ("Trung tâm Luật ..."), and followed by a name rather than a stop word ("Hiệp định về
    Khuyến khích ...": a treaty's name may begin with "về")."""
    text, lex = view.ctext, _lex()
    first = m.group("first").lower()
    nxt = _word_after(text, m.end("first"))
    two = f"{first} {nxt.lower()}" if nxt else first
    stops = lex["name_not_before"] | (lex["law_stop"] if m.group("first")[0].islower() else frozenset())
    treaty_about = first == "về" and lex["law_types"][m.group("tw")] in lex["treaty_types"] and two != first
    name_goes_on = lex["name_phrase"].match(text, m.start("first")) or (
        treaty_about and nxt[:1].isalpha() and nxt.lower() not in lex["law_parts"]
    )
    if ({first, two} & stops and not name_goes_on) or first.isdigit():
        return False
    lower_word = m.group("tw") in lex["lower_law_words"]  # "đồng bộ Luật X" is no "bộ Luật"
    if not (view.is_boundary(m.start()) or (not lower_word and _glued_to_verb(view, m))):
        return False
    return not lex["name_not_after"].search(text[max(0, m.start() - 30) : m.start()])


def _glued_to_verb(view: TextView, m: re.Match[str]) -> bool:
    """ "xóa bỏ Hiệp định ...": the segmentation joined a lower-case word before the law word into one word
    that ends with it; the law word still heads a name (a capitalised word before it would make another
    name, "Báo Pháp Luật")."""
    word = view.word_at(m.start())
    return (
        word is not None
        and view.is_boundary(m.end("tw"))
        and word[1] == m.end("tw")
        and view.ctext[word[0] : m.start()].strip()[:1].islower()
    )


def _law_heads(view: TextView) -> Iterator[re.Match[str]]:
    """The law words that head a name (``_law_head_ok``); where a lower-case "bộ Luật" heads none ("đồng bộ
    Luật X": "đồng bộ" is one word), its "Luật" may."""
    text, pattern = view.ctext, _lex()["law"]
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if _law_head_ok(view, m):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _laws_by_name(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Luật Đầu tư", "Hiệp định RCEP": a law or treaty cited by its name, which runs to
    ``_law_name_end``."""
    text, lex = view.ctext, _lex()
    for m in _law_heads(view):
        if _overlaps(taken, m.start(), m.end()):
            continue
        dtype = lex["law_types"][m.group("tw")]
        treaty = dtype in lex["treaty_types"]
        end = _known_law_end(view, m, dtype)
        if end is None:
            continue
        if end == m.start("first"):
            end = _law_name_end(view, m.end("first"), treaty=treaty)
            if end == m.end("first") and m.group("first") in lex["lower_name_heads"]:
                continue  # "Luật thuế hiện hành": the head word alone names no law
            if treaty:
                end = _treaty_name_to_short_name(text, m.start("first"), end)
        if _foreign(text, m.end("tw"), end, dtype) or (treaty and _treaty_class(text, m.end("tw"), end)):
            taken.append((m.start(), end))  # a foreign state's law, or a kind of treaty
            continue
        if not _name_of_number(view, found, taken, m.start(), end, dtype):
            _add(found, taken, view, m.start(), end, dtype, None, None, None)


# The rest of a long treaty's partners before its short name: " Bắc Ireland (UKVFTA)"
_PARTNERS_TO_SHORT_NAME = re.compile(
    rf"(?:\s+(?:và|[-–]|[{UPPER}][\w-]*))+?(?=\s*\(\s*[{UPPER}][{UPPER}0-9]{{1,11}}\s*\))"
)
_TRAILING_AND = re.compile(r"\s+và$")
# A treaty's name that stopped at "và" before a lower-case word, and the rest of its clause up to its short
# name's bracket: " và tiến bộ xuyên Thái Bình Dương (CPTPP)"
_AND_TO_SHORT_NAME = re.compile(
    rf"\s+và(?:\s+[^\s,.;:()\[\]“”\"]+){{1,9}}?(?=\s*\(\s*[{UPPER}][{UPPER}0-9]{{1,11}}\s*\))"
)


def _treaty_name_to_short_name(text: str, first: int, end: int) -> int:
    """A treaty's name the word limit cut, or that stopped at "và", runs on over its partners' capitalised
    words to the bracket of its short name ("Hiệp định thương mại tự do giữa Việt Nam và Vương quốc Liên hiệp
    Anh và Bắc Ireland (UKVFTA)"), or over "và" and up to nine words of its clause with no other type word
    ("Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)"); a name never ends with "và"."""
    long_name = len(text[first:end].split()) >= _lex()["law_max"] - 1
    trailing = _TRAILING_AND.search(text, first, end)
    if long_name or trailing:
        partners = _PARTNERS_TO_SHORT_NAME.match(text, end)
        if partners:
            return partners.end()
    if trailing:
        return trailing.start()
    rest = _AND_TO_SHORT_NAME.match(text, end)
    if rest and " " in text[first:end].strip() and not _type_word_in().search(text, end, rest.end()):
        return rest.end()  # "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)"
    return end


@lru_cache(maxsize=1)
def _type_word_in() -> re.Pattern[str]:
    """A document type word in any case ("... và các hiệp định khác": another document, no name)."""
    return re.compile(rf"(?<!\w)(?i:{alternation(_lex()['types'])})(?!\w)")


# A treaty's short name: "EVFTA", "CPTPP", "RCEP" (capitals and digits)
_ABBREVIATION = rf"[{UPPER}][{UPPER}0-9]{{1,11}}"
_LAST_ABBREVIATION = re.compile(rf"(?<!\S){_ABBREVIATION}\s*$")
_NEXT_ABBREVIATION = re.compile(rf"{_ABBREVIATION}[,.;:!?)]*")
# The short names listed after a treaty's ("Hiệp định CPTPP, EVFTA và UKVFTA"): a list closed by "và" or
# "hoặc", each item a short name of three capitals or more standing as its own word
_LISTED = rf"[{UPPER}][{UPPER}0-9]{{2,11}}(?![\w-])"
_ABBREVIATION_LIST = re.compile(rf"(?P<items>(?:\s*,\s*{_LISTED})*)\s*,?\s+(?:và|hoặc)\s+(?P<last>{_LISTED})")
_ITEM = re.compile(_LISTED)


def _abbreviation_list(text: str, pos: int, nxt: str) -> bool:
    """ "và" at ``pos`` between two short names ("EVFTA và EVIPA"): a list of treaties, not one name."""
    return bool(_LAST_ABBREVIATION.search(text, max(0, pos - 14), pos) and _NEXT_ABBREVIATION.fullmatch(nxt))


def _listed_treaties(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Hiệp định CPTPP, EVFTA và UKVFTA": a treaty named by its short name and the short names listed
    after it under the same type word are each a treaty of that type; a kind of treaty ("FTA") is none."""
    text, lex = view.ctext, _lex()
    for start, end, fact in list(found):
        if fact["type"] not in lex["treaty_types"] or fact["number"] is not None:
            continue
        if (
            not _LAST_ABBREVIATION.search(text, max(start, end - 14), end)
            or " " in text[start:end].strip()[len(fact["type"]) + 1 :].strip()
        ):
            continue  # the treaty is named by one short name
        m = _ABBREVIATION_LIST.match(text, end)
        if m is None:
            continue
        items = [(i.start(), i.end()) for i in _ITEM.finditer(text, m.start("items"), m.end("items"))]
        for a, b in [*items, (m.start("last"), m.end("last"))]:
            if (
                text[a:b] in lex["treaty_class_abbrevs"]
                or lex["country_in"].fullmatch(text, a, b)
                or _overlaps(taken, a, b)
            ):
                continue
            _add(found, taken, view, a, b, fact["type"], None, None, None)


def _treaty_class(text: str, start: int, end: int) -> bool:
    """ "Hiệp định thương mại tự do (FTA)", "Hiệp định thương mại ưu đãi": the name of a kind of treaty, no
    treaty, unless the short name of one follows ("Hiệp định thương mại tự do (ETFTA)")."""
    lex = _lex()
    if _SPACES.sub(" ", text[start:end]).strip().lower() not in lex["treaty_classes"]:
        return False
    short = _SHORT_NAME_AFTER.match(text, end)
    return short is None or short.group(1) in lex["treaty_class_abbrevs"]


def _known_law_end(view: TextView, m: re.Match[str], dtype: str) -> int | None:
    """Where the name of a law the list knows ends ("Luật Đất đai [năm 2024]"); for a type the list covers,
    None when a lower-case word that starts no known name follows ("Luật các ...", "Luật sớm ..."); else
    the name's start (the name is read word by word)."""
    text, lex = view.ctext, _lex()
    pos = m.start("first")
    if dtype not in lex["law_list_types"]:
        return pos
    known = lex["law_name"].match(text, pos)
    lower = m.group("first")[:1].islower()
    if m.group("tw") in lex["lower_law_words"] and (known is None or (lower and " " not in m.group("tw"))):
        return None  # "pháp luật hiện hành", "luật chơi": a lower-case law word names a known law only
        # (written capitalised, save after the code word "bộ luật": "điều 240 bộ luật hình sự")
    if known and not (lower and " " not in known.group().strip()):  # "Luật giá": a word, no name
        tail = _LAW_NAME_TAIL.match(text, known.end())
        return tail.end() if tail else known.end()
    if lower and not (lex["name_phrase"].match(text, pos) or m.group("first") in lex["lower_name_heads"]):
        return None  # "Luật các ...", "Luật sớm ..."; "Luật thuế ..." heads a name
    return pos


# A bracketed short name may stand between them: "Luật Thuế thu nhập cá nhân (TNCN) số 56/2024/QH15"
_NAME_TO_NUMBER = re.compile(rf"(?:\s*\(\s*[{UPPER}][{UPPER}0-9]{{1,11}}\s*\))?\s+(?:số\s*)?")


def _name_of_number(
    view: TextView, found: Found, taken: list[tuple[int, int]], start: int, end: int, dtype: str
) -> bool:
    """ "Luật Đất đai số 31/2024/QH15": a law's name followed by the law number (QH) an earlier shape took
    is that number's citation (a report's number after a bill's name is not); the number's entry grows to
    start at the name (one document, its date from the sentence that passes it)."""
    gap = _NAME_TO_NUMBER.match(view.ctext, end)
    pos = gap.end() if gap else end
    for i, (s, e, fact) in enumerate(found):
        if s == pos and fact["number"] is not None and fact["type"] in _lex()["law_type_names"]:
            fact.update(view.span(start, e), type=dtype)
            if fact["date"] is None:
                fact["date"] = _date_opening_sentence(view, start, _year_of(fact["number"]))
            found[i] = (start, e, fact)
            taken.append((start, e))
            return True
    return False


def _standalone(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Hiến pháp năm 2013": a document that has no name besides its type word."""
    text, lex = view.ctext, _lex()
    for m in lex["standalone"].finditer(text):
        if _overlaps(taken, m.start(), m.end()) or not view.on_words(m.start(), m.end("tw")):
            continue
        dtype = lex["standalone_types"][m.group("tw")]
        if lex["name_not_after"].search(text[max(0, m.start() - 30) : m.start()]):
            continue  # part of another name: "Tòa án Hiến pháp" is a court
        if not (_foreign(text, m.end("tw"), m.end(), dtype) or _foreign_sentence(view, m)):
            _add(found, taken, view, m.start(), m.end(), dtype, None, None, None)


def _foreign_sentence(view: TextView, m: re.Match[str]) -> bool:
    """ "... Tổng thống Mỹ ... vượt quá thẩm quyền được quy định trong Hiến pháp": a constitution without
    its year in a sentence that names a foreign country and not Vietnam is that country's."""
    if m.group("year"):
        return False
    lo, hi = view.sentence_bounds(m.start())
    sentence = view.ctext[lo:hi]
    return bool(_lex()["country_in"].search(sentence)) and not _HOME.search(sentence)


def _foreign(text: str, start: int, end: int, dtype: str) -> bool:
    """A law or constitution of a foreign state: a country in its name or right after it ("Luật Phá sản
    của Mỹ", "Hiến pháp Hoa Kỳ", "Luật Chuỗi cung ứng Đức"); the guide counts no foreign state's documents."""
    lex = _lex()
    if dtype not in lex["foreign_types"]:
        return False
    return bool(lex["country_after"].match(text, end) or lex["country_in"].search(text, start, end))


# What may follow a known law's name and still belong to it: "Việt Nam", its year, "(sửa đổi)"
_LAW_NAME_TAIL = re.compile(
    rf"""(?:\s+Việt\s+Nam(?!\w))?
    (?:\s+(?:năm\s+)?{YEAR}(?!\d))?
    (?:\s*\((?:sửa\s+đổi|sửa\s+đổi,\s+bổ\s+sung)\)(?:\s+(?:năm\s+)?{YEAR}(?!\d))?)?
    """,
    re.VERBOSE,
)
# A dash before a capitalised word: the next partner of a treaty ("Việt Nam - EU", "Á - Âu")
_PARTNER_DASH = re.compile(rf"\s*[-–](?=\s+[{UPPER}])")
# A partner joined to the last word of a treaty's name by a bare hyphen: "Nga-NATO", "ASEAN-EU"
_GLUED_PARTNER = re.compile(rf"(?<=\w)[-–][{UPPER}]\w*")
_LAW_WORD = re.compile(r"\s+(\w+|\((?:sửa đổi|sửa đổi, bổ sung)\))")
_AMENDED = re.compile(r"\s*\((?:sửa đổi|sửa đổi, bổ sung)\)")


def _word_after(text: str, pos: int) -> str:
    """The whitespace-separated word after ``pos`` ("" at the end of the text)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _name_goes_on(view: TextView, wm: re.Match[str], nxt: str, treaty: bool = False) -> bool:
    """A stop word inside a name: "và" before a capitalised word that starts no other document
    ("Đối tác Toàn diện và Tiến bộ ..."), in a treaty's name "về" before a capitalised word ("Công ước
    Liên Hợp Quốc về Luật Biển"), a stop word inside a longer word ("tự do"), or one that starts a phrase
    of names ("theo phương thức")."""
    if not view.is_boundary(wm.start(1)) or _lex()["name_phrase"].match(view.ctext, wm.start(1)):
        return True
    if treaty and _abbreviation_list(view.ctext, wm.start(1), nxt):
        return False
    if treaty and wm.group(1).lower() == "về":
        return nxt[:1].isupper() and nxt.lower() not in _lex()["law_parts"]
    return (
        wm.group(1).lower() == "và"
        and nxt[:1].isupper()
        and _type_of(nxt) is None
        and nxt not in _lex()["law_types"]
        and nxt.lower() not in _lex()["law_parts"]
        # nor a type word of two words ("... và Hiệp định X": another document)
        and not _lex()["type_after_issuer"].match(view.ctext, view.ctext.find(nxt, wm.end()))
    )


def _law_name_end(view: TextView, pos: int, treaty: bool = False) -> int:
    """End of a law's name: words up to a stop word standing as its own word ("do" ends it, "tự do" does
    not), punctuation, a number or the word limit."""
    text, lex = view.ctext, _lex()
    end = pos
    words = 1
    while words < lex["law_max"]:
        if treaty and (glued := _GLUED_PARTNER.match(text, end)):
            end = glued.end()  # "Hiệp ước cơ sở hợp tác Nga-NATO", "Hiệp định ... ASEAN-EU"
            continue
        # "Luật Phòng, chống ...", a treaty's partners "Hiệp định Thương mại tự do Việt Nam - EU"
        comma = lex["name_comma"].match(text, end) or (_PARTNER_DASH.match(text, end) if treaty else None)
        wm = _LAW_WORD.match(text, comma.end() if comma else end)
        if not wm or "\n" in wm.group():
            break
        word = wm.group(1)
        low = word.lower()
        following = _word_after(text, wm.end())
        two = f"{low} {following.lower().strip('.,;:!?)')}" if following else low
        if word.startswith("("):
            return wm.end()
        if (low in lex["law_stop"] or two in lex["law_stop"]) and not _name_goes_on(
            view, wm, following, treaty
        ):
            if low == "năm":
                ym = _NAM_YEAR.match(text, wm.start())
                if ym:
                    end = ym.end()
            break
        if _YEAR.fullmatch(word):
            amended = _AMENDED.match(text, wm.end())
            return amended.end() if amended else wm.end()
        if word.isdigit():
            break
        end = wm.end()
        words += 1
    return end


def _described_matches(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in text[lo:hi] whose description (if any) is a plain one; a match whose
    description is not gives way to a type word further on ("quyết định của tỉnh và Quyết định số 5")."""
    pos = lo
    while (m := pattern.search(text, pos, hi)) is not None:
        if _plain_description(m.group("tw"), m.group("desc")):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _plain_description(tw: str, desc: str | None) -> bool:
    """ "giải quyết khiếu nại", "xử phạt vi phạm hành chính": no stop word of a name ("của", "và",
    "trong", ...), and after a capitalised type word only (lower-case "quyết định" may be the verb)."""
    if not desc:
        return True
    lex = _lex()
    if tw[:1].islower() and lex["types"][tw.lower()].get("verb_like"):
        return False
    words = desc.lower().split()
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return not (set(words) | pairs) & lex["law_stop"]


def _type_before(text: str, pos: int) -> re.Match[str] | None:
    lo = max(0, pos - 80)
    return next(_described_matches(_lex()["type_before"], text, lo, pos), None)


def _type_word_before(text: str, pos: int) -> str | None:
    m = _type_before(text, pos)
    return _type_of(m.group("tw")) if m else None


def _type_start(text: str, pos: int) -> int:
    m = _type_before(text, pos)
    return m.start() if m else pos


def _type_from_symbol(parts: list[str]) -> str:
    lex = _lex()
    head = parts[0].upper()
    if head in lex["by_abbrev"]:
        return lex["by_abbrev"][head]
    m = lex["assembly_symbol"].fullmatch(head)
    if m:
        return lex["assembly"][m.group(1)]
    return "Công văn"


def _add(
    found: list[tuple[int, int, dict[str, Any]]],
    taken: list[tuple[int, int]],
    view: TextView,
    start: int,
    end: int,
    dtype: str | None,
    number: str | None,
    issuer: str | None,
    abbrev: str | None,
    tail_from: int | None = None,
) -> None:
    """Record one document; its date and subject are read after ``tail_from`` (default: its end)."""
    lex = _lex()
    if dtype in lex["uncounted"]:
        taken.append((start, end))  # a contract: its number makes no other document
        return
    text = view.ctext
    tail = end if tail_from is None else tail_from
    limit = len(text)
    nxt = CODED_RE.search(text, tail)
    if nxt:
        limit = min(limit, nxt.start())
    # A number, or a law named without one ("Luật Đất đai ngày 18 tháng 1 năm 2024"), may carry its date.
    dated = number is not None or dtype in lex["law_type_names"]
    year = _year_of(number)
    date, after = _date_after(text, tail, limit, year) if dated else (None, tail)
    if number and date is None:
        date = _list_date(text, tail, year) or _date_opening_sentence(view, start, year)
    subject = _subject_after(text, after)
    if number is not None or (dtype in lex["law_type_names"] and dtype not in lex["treaty_types"]):
        # a treaty's parties issue nothing
        issuer = _issuer_in_text(view, start, end, issuer, after, numbered=number is not None)
    elif dtype in lex["treaty_types"] and (org := lex["treaty_issuer"].search(text, start, end)):
        issuer = org.group()
    if dated and (date is None or issuer is None):
        date, issuer = _passed_by(view, after, year, date, issuer)
    if issuer is None and dtype is not None:
        issuer = lex["default_issuer"].get(dtype)
    fact = view.span(start, end)
    fact.update(
        type=dtype,
        number=number,
        issuer=issuer,
        issuer_abbrev=abbrev,
        date=date,
        subject=subject,
    )
    found.append((start, end, fact))
    taken.append((start, end))


_NEXT_IN_LIST = re.compile(r"\s*(?:,|và)\s*(?:số\s+)?")


def _list_date(text: str, pos: int, year: str | None) -> str | None:
    """ "Quyết định số 1263/QĐ-BYT và 1264/QĐ-BYT ngày 16/4/2025": numbers listed under one type word
    share the date written after the last."""
    gap = _NEXT_IN_LIST.match(text, pos)
    nxt = CODED_RE.match(text, gap.end()) if gap else None
    if nxt is None:
        return None
    after = CODED_RE.search(text, nxt.end())
    limit = after.start() if after else len(text)
    return _list_date(text, nxt.end(), year) or _date_after(text, nxt.end(), limit, year)[0]


def _passed_by(
    view: TextView, pos: int, year: str | None, date: str | None, issuer: str | None
) -> tuple[str | None, str | None]:
    """The date and issuer a passive sentence gives a document: "(Luật X) được Quốc hội thông qua ngày
    14/6/2025", "được UBND tỉnh Y ban hành ngày 19/9"; each fills only what is still unknown."""
    text = view.ctext
    m = _lex()["passed_by"].match(text, pos, view.sentence_bounds(pos)[1])
    if not m:
        return date, issuer
    d = (
        (DATE_RE.match(text, m.end()) or (_SHORT_DATE.match(text, m.end()) if year else None))
        if m.group("day")
        else None
    )
    org = _trim_issuer(m.group("org").strip())
    if issuer is None or org.lower().startswith(issuer.lower()):
        issuer = org
    return date or (_iso(d, year) if d else None), issuer


def _name_key(text: str) -> str:
    """A law's name as compared: lower case, "năm" before its year dropped ("Bộ luật Dân sự năm 2015")."""
    return "law:" + _cased_name(text).lower()


def _same_name(text: str, by_key: dict[str, Any]) -> str:
    """The key of a law already seen whose name this one shortens or lengthens ("Luật Hải quan" after
    "Luật Hải quan Việt Nam 2014"), else this name's key."""
    key = _name_key(text)
    for other, fact in by_key.items():
        if not other.startswith("law:"):
            continue
        short, long_ = sorted((_cased_name(text), _cased_name(fact["text"])), key=len)
        if long_.lower().startswith(short.lower() + " ") and _EDITION_TAIL.match(long_, len(short) + 1):
            return other
    return key


_YEAR_WORD = re.compile(rf"\bnăm\s+(?={YEAR}\b)", re.IGNORECASE)


def _cased_name(text: str) -> str:
    """A law's name as written, spaces collapsed and "năm" before its year dropped."""
    return _YEAR_WORD.sub("", " ".join(text.split()))


# What a law's name may add and still be the same law: its year, the country, "(sửa đổi)", its number, or
# capitalised words the name ran into ("Luật Cảnh vệ Chiều nay"); lower-case words make another law:
# "Luật Doanh nghiệp nhà nước" is not "Luật Doanh nghiệp".
_EDITION_TAIL = re.compile(rf"(?:{YEAR}|(?i:số)\s|\(|[{UPPER}])")


# The words between a name read short and the bracket of its short name: no punctuation, one clause
_ALIAS_GAP = re.compile(r"(?P<rest>[^,.;:()\n]{0,160}?)\s*\(\s*")
_ALIAS_CLOSE = re.compile(r"\s*\)")


def _join_alias(view: TextView, first: dict[str, Any], start: int, end: int) -> bool:
    """ "Luật Đầu tư theo phương thức đối tác công tư (Luật PPP)": a name in brackets right after another of
    its type is that document's short name; a treaty's name read short runs on to the bracket over one clause
    ("Hiệp định bảo tồn và sử dụng ... quốc gia (Hiệp định BBNJ)")."""
    text = view.ctext
    gap = _ALIAS_GAP.fullmatch(text, first["cend"], start)
    if not gap or not _ALIAS_CLOSE.match(text, end):
        return False
    if gap.group("rest").strip():
        if first["type"] not in _lex()["treaty_types"]:
            return False  # a law's name is read by the list or word by word, not stretched to a bracket
        mention = first["mentions"][0] if first.get("mentions") else None
        first.update(view.span(first["cstart"], gap.end("rest")))
        if mention is not None:
            mention.update(text=first["text"], start=first["start"], end=first["end"])
    return True


# Vietnam named in a sentence: its constitution is not a foreign one
_HOME = re.compile(r"(?<!\w)(?:Việt Nam|nước ta)(?!\w)")
# A short name in brackets right after a document's name: "(EVFTA)", "(CPTPP)"
_SHORT_NAME_AFTER = re.compile(rf"\s*\(\s*([{UPPER}][{UPPER}0-9]{{1,11}})\s*\)")


def _alias_key(dtype: str | None, text: str) -> str:
    return f"alias:{dtype}:{' '.join(text.split()).lower()}"


def _merge(found: list[tuple[int, int, dict[str, Any]]], view: TextView) -> list[Document]:
    """One entry per document: later mentions of the same number (or law name) join the first."""
    by_key: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    named: tuple[str, dict[str, Any]] | None = None  # the last name without a number: its key and fact
    aliases: dict[str, str] = {}  # a short name in brackets after a name ("(EVFTA)") -> the name's key
    for s, e, fact in sorted(found, key=lambda t: t[0]):
        key = fact["number"] or _same_name(fact["text"], by_key)
        if fact["number"] is None:
            if named and named[1]["type"] == fact["type"] and _join_alias(view, named[1], s, e):
                key = named[0]
                aliases.setdefault(_alias_key(fact["type"], fact["text"]), key)
            key = aliases.get(_alias_key(fact["type"], fact["text"]), key)  # "Hiệp định EVFTA"
            named = (key, by_key.get(key, fact))
            short = _SHORT_NAME_AFTER.match(view.ctext, fact["cend"])
            if short:  # "Hiệp định thương mại tự do Việt Nam - EU (EVFTA)"
                aliases.setdefault(_alias_key(fact["type"], f"{fact['type']} {short.group(1)}"), key)
        mention = {"text": fact["text"], "start": fact["start"], "end": fact["end"]}
        if key in by_key:
            first = by_key[key]
            first["mentions"].append(mention)
            if fact["number"] is None and len(fact["text"]) > len(first["text"]):
                first.update(
                    {k: fact[k] for k in ("text", "start", "end", "cstart", "cend")}
                )  # the fullest name
            for attr in ("date", "subject", "issuer"):
                if first[attr] is None and fact[attr] is not None:
                    first[attr] = fact[attr]
            continue
        fact["mentions"] = [mention]
        by_key[key] = fact
        out.append(fact)
    result = _join_short_mentions(out)
    return [
        Document(**{**fact, "mentions": tuple(Mention(**m) for m in fact["mentions"])}) for fact in result
    ]


def _join_short_mentions(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A bare number that also appears as a coded number of the same type ("Quyết định 318" and
    "318/QĐ-UBND"), and a law named without its number that is also cited with it ("Luật Thuế giá trị gia
    tăng" and "Luật Thuế giá trị gia tăng số 48/2024/QH15"), are the cited document; so is a short citation
    of the number and year of a coded number of the same type ("Nghị định 52/2021" and "52/2021/NĐ-CP"), and
    that number written without its year ("Nghị định số 31/NĐ-CP" and "31/2022/NĐ-CP")."""
    shorts = {f["number"]: f for f in out if f["number"] and _SHORT_NUMBER.fullmatch(f["number"])}
    coded = {
        f["number"].split("/")[0]: f
        for f in out
        if f["number"] and "/" in f["number"] and f["number"] not in shorts
    }
    full: dict[tuple[str, str], dict[str, Any]] = {}  # a coded number by its number and year
    by_symbol: dict[tuple[str, str], dict[str, Any]] = {}  # and by its number and symbol
    for f in out:
        if m := _FULL_NUMBER.fullmatch(f["number"] or ""):
            full[(m.group(1), m.group(2))] = f
            by_symbol[(m.group(1), m.group(3))] = f
    for num, f in shorts.items():  # "Quyết định số 61" is the "Quyết định số 61/2024" the article cites
        coded.setdefault(num.split("/")[0], f)
    for f in out:  # "Nghị quyết 57" is the "57-NQ/TW" the article cites
        party = _PARTY_LEAD.match(f["number"] or "")
        if party:
            coded.setdefault(party.group(1), f)
    named = {
        _name_key(m.group()): f for f in out if f["number"] and (m := _NAME_BEFORE_NUMBER.match(f["text"]))
    }
    result = []
    for fact in out:
        num = fact["number"]
        short = _SHORT_NUMBER.fullmatch(num or "")
        yearless = _YEARLESS_NUMBER.fullmatch(num or "")
        whole = (
            full.get((short.group(1), short.group(2)))
            if short
            else by_symbol.get((yearless.group(1), yearless.group(2)))
            if yearless
            else None
        )
        if whole is not None and whole["type"] == fact["type"]:
            target = whole
        elif (
            num and "/" not in num and "-" not in num and num in coded and coded[num]["type"] == fact["type"]
        ):
            target = coded[num]
        elif num is None and (cited := _cited_by_name(fact["text"], named)) is not None:
            target = cited
        else:
            result.append(fact)
            continue
        target["mentions"] = sorted(target["mentions"] + fact["mentions"], key=lambda m: m["start"])
        for attr in ("date", "issuer", "subject"):  # what the shorter citation gives and the cited one lacks
            if target[attr] is None and fact[attr] is not None:
                target[attr] = fact[attr]
    return result


def _cited_by_name(text: str, named: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The law cited with its number that a name without one mentions: the same name, or the same name and
    the number's year ("Luật Đất đai năm 2024" for "Luật Đất đai số 31/2024/QH15")."""
    key = _name_key(text)
    if key in named:
        return named[key]
    year = _NAME_YEAR_AT_END.search(key)
    if year is None:
        return None
    cited = named.get(key[: year.start()])
    return cited if cited is not None and _year_of(cited["number"]) == year.group(1) else None


# The year that closes a law's name as compared: "law:luật đất đai 2024"
_NAME_YEAR_AT_END = re.compile(rf"\s+({YEAR})$")
# The number that leads a Party number: "57" in "57-NQ/TW", "27" in "27-NQ", "43" in "43-CP"
_PARTY_LEAD = re.compile(r"(\d+)-[^\d/]+(?:/|$)")
# A short citation's number and year ("52/2021", "12-2019"), and those of a coded number ("52/2021/NĐ-CP")
_SHORT_NUMBER = re.compile(rf"(\d+[a-z]?)[/-]({YEAR})")
_FULL_NUMBER = re.compile(rf"(\d+[a-z]?)[/-]({YEAR})/(\S+)")
_YEARLESS_NUMBER = re.compile(r"(\d+[a-z]?)/([^\d\s/]\S*)")
# The name of a law cited with its number: "Luật Đất đai" in "Luật Đất đai số 31/2024/QH15"
_NAME_BEFORE_NUMBER = re.compile(r"\D+?(?=\s+(?:số\s*)?\d)")
