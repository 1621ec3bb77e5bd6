"""Helpers for writing gold sets (corpus/dev, corpus/holdout): fact constructors that are resolved to
offsets against a text later (so offsets are never typed by hand).

Conventions (see README.md in this folder):
- every fact has text/start/end with text == source[start:end]
- a fact is located by its text: first occurrence (word-boundary aware), or the
  occ-th occurrence, or the first occurrence at/after the anchor string `at`.
"""
from __future__ import annotations

import calendar
import csv
import re
from decimal import Decimal
from pathlib import Path

# ../shared relative to the repository root (this file is in corpus/)
VSIC_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "vsic" / "vsic2018_sections_divisions.csv"
CLASSIFICATION = "VSIC2018"

_VSIC: dict[str, tuple[str, str]] = {}
with VSIC_CSV.open(encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["level"] == "1":
            name = row["name_vi"].lower()
            name = name[0].upper() + name[1:]
            _VSIC[row["code"]] = (name, "section")
        else:
            _VSIC[row["parent"] + row["code"]] = (row["name_vi"], "division")


def vsic_name(code: str | None):
    if code is None:
        return None, None
    if code not in _VSIC:
        raise KeyError(f"unknown VSIC code {code}")
    return _VSIC[code]


# ---------------------------------------------------------------- periods
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _last(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def period_bounds(p: str | None):
    """ISO bounds for the period phrases used in this set (None when no year)."""
    if p is None:
        return None, None
    s = p.strip()
    s = s[0].lower() + s[1:]  # sentence-initial "Năm 2025", "Quý III/2025"
    m = re.fullmatch(r"(?:cả |trong |tính chung )?năm (\d{4})", s)
    if m:
        y = int(m.group(1))
        return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(r"(?:trong |riêng )?tháng (\d{1,2})(?:/|\.|-| năm )(\d{4})", s)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        return f"{y}-{mo:02d}-01", _last(y, mo)
    m = re.fullmatch(r"(?:trong )?quý (I|II|III|IV|1|2|3|4)(?:/|\.|-| năm )(\d{4})", s)
    if m:
        q, y = _ROMAN[m.group(1)], int(m.group(2))
        return f"{y}-{3*q-2:02d}-01", _last(y, 3 * q)
    m = re.fullmatch(r"(?:lũy kế |tính chung )?(\d{1,2}) tháng (?:đầu )?(?:năm )?(\d{4})", s)
    if m:
        n, y = int(m.group(1)), int(m.group(2))
        return f"{y}-01-01", _last(y, n)
    m = re.fullmatch(r"(?:nửa đầu năm|6 tháng đầu năm) (\d{4})", s)
    if m:
        y = int(m.group(1))
        return f"{y}-01-01", f"{y}-06-30"
    m = re.fullmatch(r"giai đoạn (\d{4}) ?- ?(\d{4})", s)
    if m:
        return f"{m.group(1)}-01-01", f"{m.group(2)}-12-31"
    m = re.fullmatch(r"niên khóa (\d{4})-(\d{4})", s)
    if m:
        return None, None
    # no year given, or a phrase we leave unresolved on purpose
    if not re.search(r"\d{4}", s):
        return None, None
    raise ValueError(f"cannot resolve period {p!r}; pass ps=/pe=")


# ---------------------------------------------------------------- numbers
def _dec(num: str, decimal_dot_ok: bool) -> Decimal:
    if "," in num:
        return Decimal(num.replace(".", "").replace(",", "."))
    if "." in num:
        parts = num.split(".")
        if decimal_dot_ok and len(parts) == 2 and len(parts[1]) != 3:
            return Decimal(num)
        return Decimal(num.replace(".", ""))
    return Decimal(num)


def _num(d: Decimal):
    return int(d) if d == d.to_integral_value() else float(d)


_NUM = r"\d+(?:[.,]\d+)*"


def parse_percent(t: str):
    unit = "percentage_point" if "điểm" in t else "percent"
    nums = re.findall(_NUM, t)
    vals = [_num(_dec(n, True)) for n in nums]
    if re.match(r"\s*[-−–]\s*\d", t):  # a signed figure as written: "-0,8%"
        vals[0] = -vals[0]
    if len(vals) == 1:
        return vals[0], None, unit
    if len(vals) == 2:
        return vals[0], vals[1], unit
    raise ValueError(t)


_MULT = [("triệu tỷ", 10**15), ("nghìn tỷ", 10**12), ("ngàn tỷ", 10**12), ("nghìn tỉ", 10**12),
         ("ngàn tỉ", 10**12), ("tỷ", 10**9), ("tỉ", 10**9), ("triệu", 10**6),
         ("nghìn", 10**3), ("ngàn", 10**3)]
_CUR = {"đồng": "VND", "VNĐ": "VND", "VND": "VND", "USD": "USD", "đô la Mỹ": "USD", "USD Mỹ": "USD",
        "EUR": "EUR", "euro": "EUR", "yên": "JPY", "yên Nhật": "JPY", "nhân dân tệ": "CNY", "won": "KRW",
        "bảng Anh": "GBP", "đô la Singapore": "SGD"}


def parse_amount(t: str):
    m = re.match(rf"({_NUM})\s*(.*)$", t)
    if not m:
        raise ValueError(t)
    val = _dec(m.group(1), False)
    rest = m.group(2).strip()
    for w, mult in _MULT:
        if rest == w or rest.startswith(w + " "):
            val *= mult
            rest = rest[len(w):].strip()
            break
    if rest in _CUR:
        return _num(val), _CUR[rest], "money"
    if not rest:
        raise ValueError(f"no unit in amount {t!r}")
    return _num(val), rest, "count"


# ---------------------------------------------------------------- locating
def _starts_a_word(text: str, start: int, needle: str) -> bool:
    """A span starts a word: after a non-word character, or a capital glued to a lower-case letter
    ("vớiLuật", a typing slip of real pages, where the capital word is its own word)."""
    if start == 0 or not needle[0].isalnum():
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_") or (needle[0].isupper() and before.islower())


def find_span(text: str, needle: str, occ: int = 0, at: str | None = None,
              at_occ: int = 0) -> int:
    base = 0
    if at is not None:
        base = find_span(text, at, at_occ) if at else 0
    right = r"(?![\w])(?![.,]\d)" if needle[-1].isalnum() or needle[-1] == "%" else ""
    if needle[-1] == "%":
        right = r"(?!/\d)"  # "%" may be followed by anything but a fraction
    pat = re.compile(r"(?<!\d[.,])" + re.escape(needle) + right)
    hits = [m.start() for m in pat.finditer(text, base) if _starts_a_word(text, m.start(), needle)]
    if len(hits) <= occ:
        raise LookupError(f"{needle!r} (occ {occ}, at {at!r}) not found in: {text[:120]!r}")
    return hits[occ]


def find_all(text: str, needle: str) -> list[int]:
    out, i = [], 0
    while True:
        j = text.find(needle, i)
        if j < 0:
            return out
        out.append(j)
        i = j + 1


INHERIT = object()


class Fact:
    kind = ""

    def __init__(self, text, occ=0, at=None, at_occ=0, opt=False, **fields):
        self.text, self.occ, self.at, self.at_occ = text, occ, at, at_occ
        self.opt = opt  # optional (FACTS.md): neither rewarded nor penalised
        self.fields = fields

    def resolve(self, src: str, defaults: dict) -> dict:
        start = find_span(src, self.text, self.occ, self.at, self.at_occ)
        end = start + len(self.text)
        assert src[start:end] == self.text
        rec = {"text": self.text, "start": start, "end": end}
        rec.update(self.build(src, defaults, start, end))
        if self.opt:
            rec["optional"] = True
        return rec

    def build(self, src, defaults, start, end):
        return dict(self.fields)


class P(Fact):
    """Percentage. d: '+', '-' or None. per/cmp default to the entry defaults."""
    kind = "percentages"

    def __init__(self, text, d=None, ind=None, sec=None, per=INHERIT, cmp=INHERIT,
                 q=None, vf=None, ps=INHERIT, pe=INHERIT, **kw):
        super().__init__(text, **kw)
        self.d, self.ind, self.sec, self.per, self.cmp = d, ind, sec, per, cmp
        self.q, self.vf, self.ps, self.pe = q, vf, ps, pe

    def build(self, src, defaults, start, end):
        value, vmax, unit = parse_percent(self.text)
        per = defaults.get("per") if self.per is INHERIT else self.per
        cmp = defaults.get("cmp") if self.cmp is INHERIT else self.cmp
        if self.ps is INHERIT:
            if self.per is INHERIT and "ps" in defaults:
                ps, pe = defaults["ps"], defaults["pe"]
            else:
                ps, pe = period_bounds(per)
        else:
            ps, pe = self.ps, self.pe
        if self.sec is not None:
            vsic_name(self.sec)
        assert self.q in (None, "trên", "hơn", "gần", "khoảng", "dưới", "xấp xỉ", "gấp",
                          "chưa tới", "ít nhất", "tối đa", "tối thiểu"), self.q
        # qualifier must stand right before the span
        if self.q:
            before = src[:start].rstrip()
            assert before.endswith(self.q) or before.endswith(self.q + " mức") or \
                before.lower().endswith(self.q), (self.q, src[max(0, start-20):end])
        return {
            "value": value, "value_max": vmax, "unit": unit, "qualifier": self.q,
            "direction": {"+": "increase", "-": "decrease", None: None}[self.d],
            "indicator": self.ind, "sector": self.sec, "period": per,
            "period_start": ps, "period_end": pe, "comparison": cmp, "value_from": self.vf,
        }


class S(Fact):
    kind = "sectors"

    def __init__(self, text, code, alt=None, codes=None, **kw):
        super().__init__(text, **kw)
        self.code, self.alt = code, alt
        # every VSIC section/division the mention covers (FACTS.md); defaults to [code]
        self.codes = list(codes) if codes is not None else ([code] if code else None)

    def build(self, src, defaults, start, end):
        name, level = vsic_name(self.code)
        rec = {"code": self.code, "name": name, "level": level,
               "classification": CLASSIFICATION, "confidence": 1.0}
        if self.codes is not None:
            for c in self.codes:
                vsic_name(c)
            rec["codes"] = self.codes
        if self.alt:
            for c in self.alt:
                vsic_name(c)
            rec["alt_codes"] = list(self.alt)
        return rec


class O(Fact):
    kind = "officials"

    def __init__(self, text, name, hon=None, pre=None, title=None, org=None,
                 mentions=(), former=False, **kw):
        super().__init__(text, **kw)
        self.name, self.hon, self.pre, self.title, self.org = name, hon, pre, title, org
        self.mentions, self.former = mentions, former

    def build(self, src, defaults, start, end):
        assert self.name in self.text, (self.name, self.text)
        if self.hon:
            assert self.hon in ("ông", "bà", "đồng chí", "anh", "chị"), self.hon
            window = src[max(0, start - 40):end].lower()
            assert self.hon in window, (self.hon, self.text)
        if self.title:
            assert self.title in src, (self.title, self.text)
        if self.org and self.org not in src:
            print(f"  note: organization {self.org!r} reconstructed (not verbatim)")
        rec = {"name": self.name, "honorific": self.hon, "prefix": self.pre,
               "title": self.title, "organization": self.org, "former": self.former}
        return _with_mentions(rec, self.mentions, src, start, end)


def _with_mentions(rec: dict, mentions: list, src: str, start: int, end: int) -> dict:
    """Add every later occurrence of the given mention strings (outside the fullest mention)."""
    ms = [{"text": m, "start": i, "end": i + len(m)}
          for m in mentions for i in find_all(src, m) if not start <= i < end]
    if ms:
        rec["mentions"] = sorted(ms, key=lambda x: x["start"])
    return rec


ISSUERS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ", "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "BTC": "Bộ Tài chính", "BCT": "Bộ Công Thương", "TW": "Ban Chấp hành Trung ương Đảng",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BYT": "Bộ Y tế", "BXD": "Bộ Xây dựng",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNV": "Bộ Nội vụ", "BKHCN": "Bộ Khoa học và Công nghệ", "VPCP": "Văn phòng Chính phủ",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BGTVT": "Bộ Giao thông vận tải",
    "BCA": "Bộ Công an", "KTNN": "Kiểm toán nhà nước", "BTP": "Bộ Tư pháp",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BQP": "Bộ Quốc phòng",
    "UBCKNN": "Ủy ban Chứng khoán Nhà nước", "TCT": "Tổng cục Thuế",
    "BNG": "Bộ Ngoại giao", "BTTTT": "Bộ Thông tin và Truyền thông", "UBDT": "Ủy ban Dân tộc",
    "BDTTG": "Bộ Dân tộc và Tôn giáo", "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao", "BHXH": "Bảo hiểm xã hội Việt Nam",
}
TYPE_ABBR = {"QĐ", "NĐ", "TT", "NQ", "CT", "KH", "TB", "TTr", "CĐ", "KL", "HD", "BC",
             "ĐA", "CTr", "QyĐ", "QC", "TTLT", "NQLT", "L"}
AUTO = object()


def issuer_from_number(num: str | None):
    if not num or "/" not in num:
        return None
    last = num.split("/")[-1]
    if re.fullmatch(r"QH\d+", last):
        return "Quốc hội"
    if re.fullmatch(r"UBTVQH\d+", last):
        return "Ủy ban Thường vụ Quốc hội"
    if last == "TW":
        return ISSUERS["TW"]
    toks = last.split("-")
    if toks[0] in TYPE_ABBR and len(toks) > 1:
        key = toks[1]
    else:
        key = toks[0]
    return ISSUERS.get(key)


DOC_TYPES = {"Quyết định", "Nghị định", "Thông tư", "Nghị quyết", "Công văn", "Chỉ thị",
             "Luật", "Tờ trình", "Kế hoạch", "Kết luận", "Thông báo", "Công điện",
             "Bộ luật", "Pháp lệnh", "Hướng dẫn", "Đề án", "Quy định", "Thông tư liên tịch",
             "Chương trình", "Báo cáo", "Hiệp định", "Hiến pháp", "Công ước", "Hiệp ước",
             "Nghị quyết liên tịch", "Lệnh", "Sắc lệnh", "Điều lệ", "Quy chế"}


class D(Fact):
    kind = "documents"

    def __init__(self, text, typ, num, iss=AUTO, date=None, subj=None, mentions=(), **kw):
        super().__init__(text, **kw)
        assert typ in DOC_TYPES, typ
        self.typ, self.num, self.iss, self.date, self.subj = typ, num, iss, date, subj
        self.mentions = mentions

    def build(self, src, defaults, start, end):
        iss = issuer_from_number(self.num) if self.iss is AUTO else self.iss
        if self.iss is AUTO and self.num and "/" in self.num and not re.fullmatch(r"\d+[/-]\d{4}", self.num):
            assert iss is not None, f"no issuer for {self.num}; pass iss= (the issuer, or None)"
        if self.date:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", self.date)
        if self.subj:
            assert self.subj in src, self.subj
        rec = {"type": self.typ, "number": self.num, "issuer": iss, "date": self.date,
               "subject": self.subj}
        return _with_mentions(rec, self.mentions, src, start, end)


class A(Fact):
    kind = "amounts"

    def __init__(self, text, q=None, val=None, unit=None, **kw):
        super().__init__(text, **kw)
        self.q, self.val, self.unit = q, val, unit

    def build(self, src, defaults, start, end):
        value, unit, kind = parse_amount(self.text)
        if self.val is not None:
            value = self.val
        if self.unit is not None:
            unit = self.unit
        if self.q:
            assert src[:start].rstrip().lower().endswith(self.q), (self.q, src[max(0, start-20):end])
        return {"value": value, "unit": unit, "kind": kind, "qualifier": self.q}


KINDS = ["percentages", "sectors", "officials", "documents", "amounts"]


def resolve_all(src: str, facts, defaults=None, kinds=KINDS) -> dict:
    defaults = defaults or {}
    out = {k: [] for k in kinds}
    for f in facts:
        out[f.kind].append(f.resolve(src, defaults))
    for k in out:
        out[k].sort(key=lambda r: (r["start"], r["end"]))
        # no two facts of one kind on the same span; no overlap within a kind
        for a, b in zip(out[k], out[k][1:]):
            assert a["end"] <= b["start"], f"overlap in {k}: {a['text']!r} / {b['text']!r}"
    return out
