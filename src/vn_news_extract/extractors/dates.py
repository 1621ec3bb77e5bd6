"""Vietnamese calendar dates: ``26/1/2018``, ``26-01-2018``, ``26.1.2018``, ``ngày 26 tháng 1 năm 2018``."""

from __future__ import annotations

import datetime as dt
import re

DATE_RE = re.compile(
    r"""(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2})(?!\d)
                                                                    # 26/1/2018, 26-01-2018, 26.1.2018
    |(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:,\s*)?năm\s+(?P<y2>(?:19|20)\d{2})(?!\d)
                                                                    # ngày 26 tháng 1 năm 2018
    """,  # ends with a line break: a pattern that embeds this one goes on after the comment
    re.IGNORECASE | re.VERBOSE,
)


def iso_date(day: int, month: int, year: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_match(m: re.Match[str]) -> str | None:
    if m.group("d"):
        return iso_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    return iso_date(int(m.group("d2")), int(m.group("m2")), int(m.group("y2")))


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as ``YYYY-MM-DD``, or None."""
    m = DATE_RE.search(text)
    return parse_date_match(m) if m else None
