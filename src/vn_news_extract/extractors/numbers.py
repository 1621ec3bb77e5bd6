"""Vietnamese numbers: comma is the decimal mark and dot groups thousands (``5,4``, ``29.236``,
``1.234,5``), but some sites write ``5.4``; ``1,234,567`` with several comma groups is English style."""

from __future__ import annotations

import re

NUM = r"\d+(?:[.,]\d+)*"
_NUMBER = re.compile(NUM)
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when it is not a well-formed number."""
    s = text.strip()
    if not s or not _NUMBER.fullmatch(s):
        return None
    if "." in s and "," in s:
        # 1.234,5 (comma last: decimal comma) or 1,234.5
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        s = (
            s.replace(",", "")
            if _THOUSANDS_COMMA.match(s)
            else s.replace(",", ".", 1)
            if s.count(",") == 1
            else ""
        )
    elif "." in s:
        if _THOUSANDS_DOT.match(s):
            s = s.replace(".", "")
        elif s.count(".") > 1:
            return None
    if not s:
        return None
    value = float(s)
    return int(value) if value.is_integer() and "." not in s else value
