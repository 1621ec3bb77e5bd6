"""Legal and administrative documents: type, normalised number, issuer, date, subject.

Shapes (Decree 30/2020 and news habits): ``1520/QĐ-UBND``, ``30/2020/NĐ-CP``, ``61/2024/QH15``,
``57-NQ/TW``, ``845/BTC-CST``; missing hyphens (``/QĐ UBND``), spaces (``1179/ QĐ-BGDĐT``), lowercase type
words, several numbers sharing one symbol ("số 2522, 2523/UBND-VX"), number-only references
("Quyết định số 759"), and laws cited by name ("Luật Đầu tư").  One entry per document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from ..model import Document, Mention
from ..patterns import NOT_AFTER_WORD, alternation
from ..textnorm import UPPER
from .dates import DATE_RE, parse_date_match
from .officials import organization_at
from .view import TextView

_PART = r"[A-ZĐ][A-ZĐ0-9&]*[a-z]?[A-ZĐ0-9]*"
_UPPER_PART = r"[A-ZĐ][A-ZĐ0-9&]+"
CODED_RE = re.compile(
    rf"(?<![\d/.,])(?P<num>\d{{1,6}}[a-z]?)\s*(?:/\s*(?P<year>(?:19|20)\d{{2}}))?\s*/\s*"
    rf"(?P<sym>{_PART}(?:\s*-\s*{_PART}|\s+{_UPPER_PART}(?![a-zà-ỹ]))*)"
)
PARTY_RE = re.compile(
    r"(?<![\d/.,])(?P<num>\d{1,5})\s*-\s*(?P<ptype>[A-ZĐ][A-Za-zĐ]{0,3})\s*/\s*(?P<pissuer>TW|TƯ|[A-ZĐ]{2,10})(?![A-Za-zĐđ])"
)
_OPENING_DATE = re.compile(
    r"\s*(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?(?:" + DATE_RE.pattern + r")\s*,", re.IGNORECASE
)
_ISSUING = re.compile(r"(?:ban hành|ký|có|công bố|thông qua|gửi|phát hành|ra)\s+[^,;.]{0,20}$", re.IGNORECASE)
_SHARED_LIST_RE = re.compile(r"((?:\d{1,6}\s*(?:,|;|và)\s*)+)$")
_SUBJECT_RE = re.compile(r"^\s*,?\s*(?:về việc|về)\s+(?P<subj>[^,;.()\n]{3,200})")
_SO = r"(?:\s+số)?"
# What may stand between a number and its date: "ngày", ", ban hành ngày", "của UBND tỉnh ngày"
_DATE_GAP = re.compile(
    r"^\s*,?\s*(?:(?:do|của)\s+[^,.;()]{0,60}?\s+)?(?:(?:ban hành|ký)\s+)?(?:vào\s+)?ngày\s*$"
)


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    types = load_json("doc_types.json")
    issuers = load_json("issuers.json")
    by_abbrev: dict[str, str] = {}
    for info in types["types"].values():
        for ab in info["abbrev"]:
            by_abbrev.setdefault(ab.upper(), info["type"])
    heads = alternation(load_json("officials.json")["org_heads"])
    law_types = [w[:1].upper() + w[1:] for w in types["law_words"]]
    type_word = alternation(types["types"])
    return {
        "types": types["types"],
        "by_abbrev": by_abbrev,
        "issuers": {k.upper(): v for k, v in issuers["issuers"].items()},
        "numbered": issuers["numbered"],
        "assembly": types["assembly_symbols"],
        "type_before": re.compile(rf"(?P<tw>{type_word}){_SO}\s*:?\s*$", re.IGNORECASE),
        "number_only": re.compile(
            rf"(?<!\w)(?P<tw>{type_word})\s+số\s+(?P<num>\d{{1,6}})(?![\d/,.]\d|\s*/|\s*%|[\w-])",
            re.IGNORECASE,
        ),
        "number_only_cap": re.compile(
            rf"(?<!\w)(?P<tw>{type_word})\s+(?P<num>\d{{2,6}})(?![\d/,.]\d|\s*/|\s*%|[\w-])(?!\s+(?:năm|tháng|ngày|người|tỷ|triệu|nghìn))",
            re.IGNORECASE,
        ),
        # a law cited by name: "Luật Đầu tư", "Bộ luật Lao động" (law words capitalised, as names are)
        "law": re.compile(rf"{NOT_AFTER_WORD}(?P<tw>{alternation(law_types)})\s+(?P<first>[{UPPER}]\w*)"),
        "law_types": frozenset(law_types),
        "law_stop": frozenset(types["law_name_stop_words"]),
        "of_issuer": re.compile(rf"\s+(?:của|do)\s+(?=(?:{heads})(?!\w))"),
        "org_head": re.compile(rf"(?<!\w)(?:{heads})(?!\w)"),
        "issuer_before": re.compile(
            r"(?P<org>[^,;:()]{2,80}?)\s+(?:đã\s+|vừa\s+|mới\s+)?"
            r"(?:ban hành|ký|có|phê duyệt|công bố|thông qua)\s+$"
        ),
        "law_max": int(types["law_name_max_words"]),
    }


def _type_of(word: str) -> str | None:
    info = _lex()["types"].get(word.lower())
    return info["type"] if info else None


def _normalise_symbol(sym: str) -> list[str]:
    return [p for p in re.split(r"[\s-]+", sym.strip()) if p]


def _issuer(parts: list[str]) -> tuple[str | None, str | None]:
    """Issuer name(s) and abbreviation(s) in a symbol; joint documents (TTLT-BYT-BTC) list each, '; '-joined."""
    lex = _lex()
    names: list[str] = []
    abbrevs: list[str] = []
    for part in parts:
        up = part.upper()
        m = re.fullmatch(r"(UBTVQH|QH)(\d{1,2})", up)
        if up in lex["issuers"] and up not in lex["by_abbrev"]:
            names.append(lex["issuers"][up])
        elif m:
            names.append(lex["numbered"][m.group(1)])
        else:
            continue
        abbrevs.append(part)
        if len(names) == 1 and not parts[0].upper().startswith(("TTLT", "NQLT")):
            break
    return ("; ".join(names) or None), ("-".join(abbrevs) or None)


def _known_symbol(parts: list[str]) -> bool:
    lex = _lex()
    head = parts[0].upper()
    if head in lex["by_abbrev"] or head in lex["issuers"]:
        return True
    return bool(re.fullmatch(r"(UBTVQH|QH)\d{1,2}", head))


def _date_after(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """A date that follows a document number: 'ngày 26/1/2018', ', ban hành ngày ...', 'của X ngày ...'."""
    window = text[pos:limit]
    m = DATE_RE.search(window)
    if not m or m.start() > 90:
        return None, pos
    gap = window[: m.start()]
    if not _DATE_GAP.match(gap) or re.search(r"[.;]\s|\d+\s*/\s*[A-ZĐ]", gap):
        return None, pos
    return parse_date_match(m), pos + m.end()


def _issuer_named(view: TextView, start: int, end: int) -> str | None:
    """For a number without an issuer code: the body the sentence names as its issuer, as written
    ("UBND tỉnh Thanh Hóa ban hành Quyết định số 812", "Tờ trình số 606 của Chính phủ")."""
    text = view.ctext
    s_lo, s_hi = view.sentence_bounds(start)
    after = _lex()["of_issuer"].match(text, end, s_hi)
    if after:
        return organization_at(text, after.end(), s_hi)
    pre = text[s_lo:start]
    lex = _lex()
    for head in reversed(list(lex["org_head"].finditer(pre))):  # the nearest body first
        m = lex["issuer_before"].fullmatch(pre, head.start())
        if m:
            return m.group("org").strip()
    return None


def _date_opening_sentence(view: TextView, start: int) -> str | None:
    """'Ngày 12/8/2024, Bộ Tài chính ban hành Công văn số ...': the date that opens the sentence of the
    first document the sentence issues."""
    text = view.ctext
    s_lo, _s_hi = view.sentence_bounds(start)
    m = _OPENING_DATE.match(text, s_lo, start)
    if not m:
        return None
    between = text[m.end() : start]
    if not _ISSUING.search(between) or CODED_RE.search(between) or PARTY_RE.search(between):
        return None
    return parse_date_match(m)


def _subject_after(text: str, pos: int) -> str | None:
    m = _SUBJECT_RE.match(text[pos : pos + 260])
    if not m:
        return None
    subj = re.split(
        r"\s+(?:và|cùng)\s+(?:Quyết định|Nghị định|Thông tư|Nghị quyết|Công văn|Kế hoạch)\b", m.group("subj")
    )[0]
    return subj.strip() or None


Found = list[tuple[int, int, dict[str, Any]]]  # canonical start, end, fact draft


def extract(view: TextView) -> list[Document]:
    """The documents of ``view``, one shape after the other; a later shape never takes text an earlier
    one took: party numbers, coded numbers, number-only references, then laws by name."""
    found: Found = []
    taken: list[tuple[int, int]] = []
    for shape in (_party_numbers, _coded_numbers, _number_only, _laws_by_name):
        shape(view, found, taken)
    return _merge(found, view)


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and s < b for s, e in taken)


def _party_numbers(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """``57-NQ/TW``: number, type abbreviation, party issuer."""
    text, lex = view.ctext, _lex()
    for m in PARTY_RE.finditer(text):
        ptype = m.group("ptype")
        if ptype.upper() not in lex["by_abbrev"]:
            continue
        number = f"{m.group('num')}-{ptype}/{m.group('pissuer')}"
        start = _type_start(text, m.start())
        dtype = _type_word_before(text, m.start()) or lex["by_abbrev"][ptype.upper()]
        issuer = lex["issuers"].get(m.group("pissuer").upper())
        _add(found, taken, view, start, m.end(), dtype, number, issuer, m.group("pissuer"))


def _coded_numbers(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """``1520/QĐ-UBND``, ``30/2020/NĐ-CP``: after a type word or with a known symbol; numbers sharing one
    symbol ("số 2522, 2523/UBND-VX") each become a document."""
    text = view.ctext
    for m in CODED_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        parts = _normalise_symbol(m.group("sym"))
        tword = _type_word_before(text, m.start())
        if not parts or (not tword and not _known_symbol(parts)):
            continue
        if not tword and re.search(r"(?:\d\s*/\s*)$", text[max(0, m.start() - 8) : m.start()]):
            continue
        year = m.group("year")
        symbol = "-".join(parts)
        number = f"{m.group('num')}/{year}/{symbol}" if year else f"{m.group('num')}/{symbol}"
        dtype = tword or _type_from_symbol(parts)
        issuer, abbrev = _issuer(parts)
        start = _type_start(text, m.start())
        shared = _SHARED_LIST_RE.search(text[max(0, m.start() - 60) : m.start()])
        if shared:
            list_start = m.start() - len(shared.group(1))
            for nm in re.finditer(r"\d{1,6}", shared.group(1)):
                n_start = list_start + nm.start()
                extra = f"{nm.group()}/{year}/{symbol}" if year else f"{nm.group()}/{symbol}"
                s0 = _type_start(text, list_start) if nm.start() == 0 else n_start
                _add(found, taken, view, s0, n_start + len(nm.group()), dtype, extra, issuer, abbrev, m.end())
            start = m.start()
        _add(found, taken, view, start, m.end(), dtype, number, issuer, abbrev)


def _number_only(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Quyết định số 759": a type word and a bare number (a capitalised type word for the looser form)."""
    text, lex = view.ctext, _lex()
    for pattern in ("number_only", "number_only_cap"):
        for m in lex[pattern].finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            dtype = _type_of(m.group("tw"))
            if pattern == "number_only_cap" and not m.group("tw")[0].isupper():
                continue
            _add(found, taken, view, m.start(), m.end(), dtype, m.group("num"), None, None)


def _laws_by_name(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Luật Đầu tư": a law cited by its name, which runs to ``_law_name_end``."""
    text, lex = view.ctext, _lex()
    for m in lex["law"].finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        end = _law_name_end(text, m.end("first"))
        _add(found, taken, view, m.start(), end, m.group("tw"), None, None, None)


_LAW_WORD = re.compile(r"\s+(\w+|\((?:sửa đổi|sửa đổi, bổ sung)\))")


def _law_name_end(text: str, pos: int) -> int:
    """End of a law's name: words up to a stop word, punctuation, a number or the word limit."""
    lex = _lex()
    end = pos
    words = 1
    while words < lex["law_max"]:
        wm = _LAW_WORD.match(text, end)
        if not wm or "\n" in wm.group():
            break
        word = wm.group(1)
        low = word.lower()
        following = text[wm.end() :].split(maxsplit=1)
        two = f"{low} {following[0].lower().strip('.,;:!?)')}" if following else low
        if word.startswith("("):
            return wm.end()
        if low in lex["law_stop"] or two in lex["law_stop"]:
            if low == "năm":
                ym = re.match(r"\s+năm\s+((?:19|20)\d{2})(?!\d)", text[wm.start() :])
                if ym:
                    end = wm.start() + ym.end()
            break
        if re.fullmatch(r"(?:19|20)\d{2}", word):
            return wm.end()
        if word.isdigit():
            break
        end = wm.end()
        words += 1
    return end


def _type_word_before(text: str, pos: int) -> str | None:
    m = _lex()["type_before"].search(text[max(0, pos - 40) : pos])
    return _type_of(m.group("tw")) if m else None


def _type_start(text: str, pos: int) -> int:
    m = _lex()["type_before"].search(text[max(0, pos - 40) : pos])
    return pos - (len(text[max(0, pos - 40) : pos]) - m.start()) if m else pos


def _type_from_symbol(parts: list[str]) -> str:
    lex = _lex()
    head = parts[0].upper()
    if head in lex["by_abbrev"]:
        return lex["by_abbrev"][head]
    m = re.fullmatch(r"(UBTVQH|QH)\d{1,2}", head)
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
    text = view.ctext
    tail = end if tail_from is None else tail_from
    limit = len(text)
    nxt = CODED_RE.search(text, tail)
    if nxt:
        limit = min(limit, nxt.start())
    # A number, or a law named without one ("Luật Đất đai ngày 18 tháng 1 năm 2024"), may carry its date.
    dated = number is not None or dtype in _lex()["law_types"]
    date, after = _date_after(text, tail, limit) if dated else (None, tail)
    if number and date is None:
        date = _date_opening_sentence(view, start)
    subject = _subject_after(text, after)
    if issuer is None and number is not None:
        issuer = _issuer_named(view, start, end)
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


def _merge(found: list[tuple[int, int, dict[str, Any]]], view: TextView) -> list[Document]:
    """One entry per document: later mentions of the same number (or law name) join the first."""
    by_key: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for _s, _e, fact in sorted(found, key=lambda t: t[0]):
        key = fact["number"] or ("law:" + " ".join(fact["text"].lower().split()))
        mention = {"text": fact["text"], "start": fact["start"], "end": fact["end"]}
        if key in by_key:
            first = by_key[key]
            first["mentions"].append(mention)
            for attr in ("date", "subject", "issuer"):
                if first[attr] is None and fact[attr] is not None:
                    first[attr] = fact[attr]
            continue
        fact["mentions"] = [mention]
        by_key[key] = fact
        out.append(fact)
    # A bare number that also appears as a coded number of the same type is the same document.
    coded = {f["number"].split("/")[0]: f for f in out if f["number"] and "/" in f["number"]}
    result = []
    for fact in out:
        num = fact["number"]
        if num and "/" not in num and "-" not in num and num in coded and coded[num]["type"] == fact["type"]:
            coded[num]["mentions"].extend(fact["mentions"])
            continue
        result.append(fact)
    return [
        Document(**{**fact, "mentions": tuple(Mention(**m) for m in fact["mentions"])}) for fact in result
    ]
