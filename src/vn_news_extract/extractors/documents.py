"""Legal and administrative documents: type, normalised number, issuer, date, subject.

Shapes (Decree 30/2020 and news habits): ``1520/QĐ-UBND``, ``30/2020/NĐ-CP``, ``61/2024/QH15``,
``57-NQ/TW``, ``845/BTC-CST``; missing hyphens (``/QĐ UBND``), spaces (``1179/ QĐ-BGDĐT``), lowercase type
words, several numbers sharing one symbol ("số 2522, 2523/UBND-VX"), number-only references
("Quyết định số 318"), and laws cited by name ("Luật Đầu tư").  One entry per document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lexicon import load_json
from ..model import Document, Mention
from ..patterns import NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, guarded
from .dates import DATE_RE, parse_date_match
from .officials import organization_at
from .view import TextView

_PART = r"[A-ZĐ][A-ZĐ0-9&]*[a-z]?[A-ZĐ0-9]*"
_UPPER_PART = r"[A-ZĐ][A-ZĐ0-9&]+"
CODED_RE = guarded(
    rf"(?<![\d/.,])(?P<num>\d{{1,6}}[a-z]?)\s*(?:/\s*(?P<year>(?:19|20)\d{{2}}))?\s*/\s*"
    rf"(?P<sym>{_PART}(?:\s*[-–]\s*{_PART}|\s+{_UPPER_PART}(?![a-zà-ỹ]))*)"
)
PARTY_RE = guarded(
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
    r"^\s*[,(]?\s*(?:(?:do|của)\s+[^,.;()]{0,60}?\s+)?(?:(?:ban hành|ký)\s+)?(?:vào\s+)?ngày\s*$"
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
    law_types = {f(w): _type_of_words(types, w) for w in types["law_words"] for f in (_cap, str.title)}
    standalone = {
        f(w): _type_of_words(types, w) for w in types["standalone_words"] for f in (_cap, str.title)
    }
    type_word = alternation(types["types"])
    return {
        "types": types["types"],
        "by_abbrev": by_abbrev,
        "issuers": {k.upper(): v for k, v in issuers["issuers"].items()},
        "numbered": issuers["numbered"],
        "assembly": types["assembly_symbols"],
        "type_before": re.compile(rf"(?P<tw>{type_word}){_SO}\s*:?\s*$", re.IGNORECASE),
        "number_only": guarded(
            rf"(?<!\w)(?P<tw>{type_word})\s+số\s+(?P<num>\d{{1,6}})(?![\d/,.]\d|\s*/|\s*%|[\w-])",
            re.IGNORECASE,
        ),
        "number_only_cap": guarded(
            rf"(?<!\w)(?P<tw>{type_word})\s+(?P<num>\d{{2,6}})(?![\d/,.]\d|\s*/|\s*%|[\w-])(?!\s+(?:năm|tháng|ngày|người|tỷ|triệu|nghìn))",
            re.IGNORECASE,
        ),
        # a law cited by name: "Luật Đầu tư", "Bộ luật Lao động" (law words capitalised, as names are)
        "law": guarded(rf"{NOT_AFTER_WORD}(?P<tw>{alternation(law_types)})\s+(?P<first>\w+)"),
        "law_types": law_types,
        "law_type_names": frozenset(law_types.values()),
        "standalone": guarded(
            rf"{NOT_AFTER_WORD}(?P<tw>{alternation(standalone)})(?P<year>\s+(?:năm\s+)?(?:19|20)\d{{2}})?{NOT_BEFORE_WORD}"
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
        "place_words": tuple(issuers["place_words"]),
        "issuer_names": sorted(
            set(issuers["issuers"].values()) | set(issuers["numbered"].values()), key=len, reverse=True
        ),
        # a short citation: "Nghị định 45/2021", "Thông tư số 12-2019" (number and year, no symbol)
        "short": guarded(
            rf"(?<!\w)(?P<tw>{type_word})(?:\s+số)?\s+(?P<num>\d{{1,4}}\s*[/-]\s*(?:19|20)\d{{2}})"
            r"(?![\d/.,]\d|\s*/\s*[A-ZĐ]|[\w-])",
            re.IGNORECASE,
        ),
        "law_stop": frozenset(types["law_name_stop_words"]),
        "of_issuer": re.compile(rf"\s*(?:\([^()]{{0,30}}\)\s*)?,?\s+(?:của|do)\s+(?=(?:{heads})(?!\w))"),
        "org_head": re.compile(rf"(?<!\w)(?:{heads})(?!\w)"),
        "issuer_before": re.compile(
            r"(?P<org>[^,;:()]{2,80}?)\s+(?:(?:đã|vừa|mới|cũng|đang|sẽ)\s+)*"
            r"(?:ban hành|ký|có|phê duyệt|công bố|thông qua)\s+$"
        ),
        "law_max": int(types["law_name_max_words"]),
    }


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _type_of_words(types: dict[str, Any], word: str) -> str:
    return str(types["types"][word]["type"]) if word in types["types"] else _cap(word)


def _type_of(word: str) -> str | None:
    info = _lex()["types"].get(word.lower())
    return info["type"] if info else None


def _normalise_symbol(sym: str) -> list[str]:
    return [p for p in re.split(r"[\s\-–]+", sym.strip()) if p]


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


def _issuer_in_text(view: TextView, start: int, end: int, issuer: str | None) -> str | None:
    """The issuer of a document: the body the text names for it where the code gives none, or where the
    text names it more fully ("Sở Xây dựng tỉnh X" for SXD)."""
    named = _issuer_named(view, start, end)
    if named is None:
        return issuer
    named = _trim_issuer(named)
    if issuer is None or named.lower().startswith(issuer.lower()):
        return named
    return issuer


def _trim_issuer(org: str) -> str:
    """A known issuer's name followed by words that are not its place ("Chính phủ cấm ...") ends there."""
    lex = _lex()
    low = org.lower()
    for name in lex["issuer_names"]:
        if low.startswith(name.lower() + " "):
            rest = org[len(name) :].lstrip()
            if rest[:1].islower() and not rest.lower().startswith(lex["place_words"]):
                return name
            break
    return org


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
    for shape in (_party_numbers, _coded_numbers, _short_citations, _number_only, _laws_by_name, _standalone):
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
        if tword == "Công văn" and parts[0].upper() in _lex()["by_abbrev"]:
            dtype = _type_from_symbol(parts)  # "văn bản số 12/QĐ-X" is the decision its code says
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
    """ "Quyết định số 318": a type word and a bare number (a capitalised type word for the looser form)."""
    text, lex = view.ctext, _lex()
    for pattern in ("number_only", "number_only_cap"):
        for m in lex[pattern].finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            dtype = _type_of(m.group("tw"))
            if pattern == "number_only_cap" and not m.group("tw")[0].isupper():
                continue
            _add(found, taken, view, m.start(), m.end(), dtype, m.group("num"), None, None)


def _short_citations(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Nghị định 45/2021", "Thông tư số 12-2019": a type word, a number and its year, no symbol."""
    text = view.ctext
    for m in _lex()["short"].finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        number = re.sub(r"\s+", "", m.group("num"))
        _add(found, taken, view, m.start(), m.end(), _type_of(m.group("tw")), number, None, None)


def _law_head_ok(view: TextView, m: re.Match[str]) -> bool:
    """A law word that heads a name: its own word of the segmentation ("Luật sư" is one word), not part
    of another name ("Trung tâm Luật ..."), and followed by a name rather than a stop word."""
    text, lex = view.ctext, _lex()
    first = m.group("first").lower()
    nxt = text[m.end("first") :].split(maxsplit=1)
    two = f"{first} {nxt[0].lower()}" if nxt else first
    stops = lex["name_not_before"] | (lex["law_stop"] if m.group("first")[0].islower() else frozenset())
    if {first, two} & stops or first.isdigit():
        return False
    if not view.is_boundary(m.start()):
        return False
    return not lex["name_not_after"].search(text[max(0, m.start() - 30) : m.start()])


def _laws_by_name(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Luật Đầu tư", "Hiệp định RCEP": a law or treaty cited by its name, which runs to
    ``_law_name_end``."""
    text, lex = view.ctext, _lex()
    for m in lex["law"].finditer(text):
        if _overlaps(taken, m.start(), m.end()) or not _law_head_ok(view, m):
            continue
        end = _law_name_end(view, m.end("first"))
        _add(found, taken, view, m.start(), end, lex["law_types"][m.group("tw")], None, None, None)


def _standalone(view: TextView, found: Found, taken: list[tuple[int, int]]) -> None:
    """ "Hiến pháp năm 2013": a document that has no name besides its type word."""
    text, lex = view.ctext, _lex()
    for m in lex["standalone"].finditer(text):
        if _overlaps(taken, m.start(), m.end()) or not view.on_words(m.start(), m.end("tw")):
            continue
        _add(found, taken, view, m.start(), m.end(), lex["standalone_types"][m.group("tw")], None, None, None)


_LAW_WORD = re.compile(r"\s+(\w+|\((?:sửa đổi|sửa đổi, bổ sung)\))")
_AMENDED = re.compile(r"\s*\((?:sửa đổi|sửa đổi, bổ sung)\)")


def _name_goes_on(view: TextView, wm: re.Match[str], following: list[str]) -> bool:
    """A stop word inside a name: "và" before a capitalised word that starts no other document
    ("Đối tác Toàn diện và Tiến bộ ..."), or a stop word inside a longer word ("tự do")."""
    if not view.is_boundary(wm.start(1)):
        return True
    nxt = following[0] if following else ""
    return (
        wm.group(1).lower() == "và"
        and nxt[:1].isupper()
        and _type_of(nxt) is None
        and nxt not in _lex()["law_types"]
    )


def _law_name_end(view: TextView, pos: int) -> int:
    """End of a law's name: words up to a stop word standing as its own word ("do" ends it, "tự do" does
    not), punctuation, a number or the word limit."""
    text, lex = view.ctext, _lex()
    end = pos
    words = 1
    while words < lex["law_max"]:
        comma = lex["name_comma"].match(text, end)  # "Luật Phòng, chống ..."
        wm = _LAW_WORD.match(text, comma.end() if comma else end)
        if not wm or "\n" in wm.group():
            break
        word = wm.group(1)
        low = word.lower()
        following = text[wm.end() :].split(maxsplit=1)
        two = f"{low} {following[0].lower().strip('.,;:!?)')}" if following else low
        if word.startswith("("):
            return wm.end()
        if (low in lex["law_stop"] or two in lex["law_stop"]) and not _name_goes_on(view, wm, following):
            if low == "năm":
                ym = re.match(r"\s+năm\s+((?:19|20)\d{2})(?!\d)", text[wm.start() :])
                if ym:
                    end = wm.start() + ym.end()
            break
        if re.fullmatch(r"(?:19|20)\d{2}", word):
            amended = _AMENDED.match(text, wm.end())
            return amended.end() if amended else wm.end()
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
    dated = number is not None or dtype in _lex()["law_type_names"]
    date, after = _date_after(text, tail, limit) if dated else (None, tail)
    if number and date is None:
        date = _date_opening_sentence(view, start)
    subject = _subject_after(text, after)
    if number is not None or dtype in _lex()["law_type_names"]:
        issuer = _issuer_in_text(view, start, end, issuer)
    if issuer is None and dtype is not None:
        issuer = _lex()["default_issuer"].get(dtype)
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


def _name_key(text: str) -> str:
    """A law's name as compared: lower case, "năm" before its year dropped ("Bộ luật Dân sự năm 2015")."""
    return "law:" + re.sub(r"\bnăm\s+(?=(?:19|20)\d{2}\b)", "", " ".join(text.lower().split()))


def _same_name(key: str, by_key: dict[str, Any]) -> str:
    """The key of a law already seen whose name this one shortens or lengthens ("Luật Hải quan" after
    "Luật Hải quan Việt Nam 2014"), else ``key``."""
    for other in by_key:
        if other.startswith("law:") and (other.startswith(key + " ") or key.startswith(other + " ")):
            return other
    return key


def _merge(found: list[tuple[int, int, dict[str, Any]]], view: TextView) -> list[Document]:
    """One entry per document: later mentions of the same number (or law name) join the first."""
    by_key: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for _s, _e, fact in sorted(found, key=lambda t: t[0]):
        key = fact["number"] or _same_name(_name_key(fact["text"]), by_key)
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
