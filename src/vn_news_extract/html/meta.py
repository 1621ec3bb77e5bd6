"""Article metadata from the page: JSON-LD, ``<meta>`` tags, visible day-first dates, bylines.

Dates come out as ISO 8601: ``2025-04-15T08:00:00+07:00`` when a time is given (converted to Vietnam
time), ``2025-04-15`` when only a day is.  Visible dates are day-first ("Thứ ba, 15/04/2025 - 08:00").
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from ..textnorm import fold, key
from .tree import Element

log = logging.getLogger(__name__)

VN_TZ = timezone(timedelta(hours=7))
_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "webpage",
    "liveblogposting",
}
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DMY_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_YMD = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
# dd/mm/yy only right after "ngày" or a weekday, or right before a time ("ngày 30/11/12 04:00")
_DMY_SHORT = re.compile(
    r"(?:(?<=ngày )|(?<=, ))(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])|(?<!\d)(\d{1,2})/(\d{1,2})/(\d{2})(?=\s+\d{1,2}:\d{2})"
)
_ENGLISH_LABEL = re.compile(r"\b(?:published|posted|updated|created)(?: on)?\s*:?\s*$", re.IGNORECASE)
_AFTERNOON = re.compile(r"\s*(?:pm|p\.m\.|chiều|tối|đêm)\b")
_MORNING = re.compile(r"\s*(?:am|a\.m\.)\b")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:hH]\s*([0-5]\d)(?::([0-5]\d))?(?!\d)")
META_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "pubdate",
    "publishdate",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
)


def jsonld_objects(root: Element) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page, ``@graph`` flattened; broken blocks are skipped."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except ValueError:
            log.debug("skipping unparsable JSON-LD block")
            continue
        found.extend(_flatten(data))
    return found


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        yield data


def article_jsonld(objects: list[dict[str, Any]]) -> dict[str, Any]:
    def types(obj: dict[str, Any]) -> set[str]:
        t = obj.get("@type", "")
        return {str(x).lower() for x in (t if isinstance(t, list) else [t])}

    ranked = sorted(
        (o for o in objects if types(o) & _ARTICLE_TYPES),
        key=lambda o: ("webpage" in types(o), "headline" not in o),
    )
    return ranked[0] if ranked else {}


def meta_tags(root: Element) -> dict[str, str]:
    """``<meta>`` content by lower-case name / property / itemprop; the first occurrence wins."""
    metas: dict[str, str] = {}
    for tag in root.iter("meta"):
        content = tag.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = tag.get(attr)
            if name:
                metas.setdefault(str(name).strip().lower(), " ".join(str(content).split()))
    return metas


def names_in(value: Any) -> list[str]:
    """Author / publisher names from a JSON-LD value (string, object, list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in names_in(item)]
    return []


# --- dates -----------------------------------------------------------------------------------------


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1995 <= year <= datetime.now().year + 1:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _emit(day: date, hh: int | None, mm: int | None, ss: int | None = 0, tz: timezone | None = None) -> str:
    if hh is None or mm is None:
        return day.isoformat()
    try:
        moment = datetime(day.year, day.month, day.day, hh, mm, ss or 0, tzinfo=tz or VN_TZ)
    except ValueError:  # "25:61" in a page: keep the day, drop the impossible time
        return day.isoformat()
    return moment.astimezone(VN_TZ).isoformat(timespec="seconds")


def parse_iso_date(value: str | None) -> str | None:
    """An ISO-like machine date ("2025-04-15T01:00:00Z", "2025-04-15 08:00") in Vietnam time."""
    if not value:
        return None
    match = _YMD.search(value)
    if not match:
        return parse_visible_date(value)
    year, month, day, hh, mm, ss, zone = match.groups()
    valid = _valid(int(year), int(month), int(day))
    if valid is None:
        return None
    tz: timezone | None = None
    if zone:
        if zone == "Z":
            tz = UTC
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    if hh is None:
        return valid.isoformat()
    return _emit(valid, int(hh), int(mm), int(ss or 0), tz)


def parse_visible_date(text: str | None) -> str | None:
    """A day-first date as printed on the page, with its time when one is next to it ("Thứ ba,
    15/04/2025 - 08:00", "ngày 30/11/12 04:00 chiều"); month-first after an English label
    ("Published on 03-08-2011 01:00 AM", the US order of English CMS templates)."""
    if not text:
        return None
    text = " ".join(text.split())
    match = _DMY.search(text) or _DMY_WORDS.search(text) or _DMY_SHORT.search(text)
    if match is None:
        iso = _YMD.search(text)
        return parse_iso_date(iso.group(0)) if iso else None
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if year < 100:
        year += 2000
    day, month = (second, first) if _ENGLISH_LABEL.search(text[: match.start()]) else (first, second)
    valid = _valid(year, month, day)
    if valid is None:
        return None
    after = _TIME.search(text, match.end(), match.end() + 25)
    before = None
    for found in _TIME.finditer(text, max(0, match.start() - 25), match.start()):
        before = found
    clock = after or before
    if clock is None:
        return valid.isoformat()
    hour = int(clock.group(1))
    rest = text[clock.end() : clock.end() + 8].lower()
    if hour < 12 and (_AFTERNOON.match(rest)):
        hour += 12
    elif hour == 12 and _MORNING.match(rest):
        hour = 0
    return _emit(valid, hour, int(clock.group(2)), int(clock.group(3) or 0))


def has_time(value: str | None) -> bool:
    return bool(value and "T" in value)


# --- authors ---------------------------------------------------------------------------------------

_AUTHOR_PREFIX = re.compile(
    r"^(?:tác giả|bài(?:\s+(?:và|,)\s*ảnh)?|bài,\s*ảnh|ảnh|thực hiện|nhóm (?:phóng viên|pv)|theo|by|tin,\s*ảnh|"
    r"phóng viên|pv)\s*[:.-]?\s*",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+")
_SITEY = re.compile(
    r"\b(?:báo|tạp chí|online|news|\.vn|\.com|\.net|ttxvn|thông tấn|cổng thông tin)\b", re.IGNORECASE
)


def clean_author(text: str | None, site_names: set[str]) -> str | None:
    """A person's name (or names) from a byline, or None for site names, dates and junk."""
    if not text:
        return None
    text = _EMAIL.sub("", " ".join(text.split()))
    text = re.sub(r"\(.*?\)", "", text)
    text = text.strip(" -–—|,.:;")
    text = _AUTHOR_PREFIX.sub("", text).strip(" -–—|,.:;")
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text) or "http" in text.lower():
        return None
    words = text.replace("-", " ").replace(",", " ").split()
    if not 1 <= len(words) <= 10 or not all(w[:1].isupper() or w in {"và", "&"} for w in words):
        return None
    folded = fold(text).replace(" ", "")
    for name in site_names:
        if folded == fold(name).replace(" ", "") or key(text) == key(name):
            return None
    if _SITEY.search(text):
        return None
    return text


_AUTHOR_SPLIT = re.compile(r"\s+[-–—&/]\s+|\s*[,;]\s*|\s+và\s+", re.IGNORECASE)


def split_authors(text: str) -> list[str]:
    """The persons of a byline: "Quang Phong - Tùng Nguyên", "A, B và C" -> one name each."""
    parts = [p.strip(" -–—,.;") for p in _AUTHOR_SPLIT.split(text)]
    return [p for p in parts if p]
