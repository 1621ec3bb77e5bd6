"""Vietnamese news boilerplate rules, compiled once from ``data/boilerplate.json``.

Used by both the plain-text reader and the HTML reader: teaser-box headings, photo credits, source
lines, dateline prefixes, bylines and lines of concatenated related headlines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_csv, load_json
from .textnorm import LOWER, UPPER, key

_TERMINAL = tuple('.!?…:;"”’»)]')
# A headline starting inside a line: "... giảm sâu Nông dân phấn khởi ..." (capitalised word, then lower case).
_GLUE = re.compile(rf"[{LOWER}%\d”\"'] [{UPPER}][{LOWER}]* [{LOWER}]")
# A sentence ending inside a line: ". Bộ", "?” Ông" (the end mark, a closing quote or bracket, a capital).
# A full stop after one to three capitals alone ("TP. Hồ Chí Minh", "Q. 1", "GS. Nguyễn") is an abbreviation's.
_ABBREVIATION_DOT = "".join(rf"(?<!(?<!\w)[{UPPER}]{{{n}}})" for n in (1, 2, 3))
_SENTENCE_BREAK = re.compile(rf"(?:[!?…]|{_ABBREVIATION_DOT}\.)[\"”’)]?\s+[\"“(]?[{UPPER}]")
# A clause mark inside a line: a comma or a semicolon before a space.
_CLAUSE_MARK = re.compile(r"[,;]\s")
_CAP_WORD = re.compile(rf"^[{UPPER}][{LOWER}]*\.?$|^[{UPPER}.]{{1,12}}$")


class Boilerplate:
    def __init__(self) -> None:
        data = load_json("boilerplate.json")
        self.teaser_headings = frozenset(data["teaser_headings"])
        self.toolbar_labels = frozenset(data["toolbar_labels"])
        self.credit = [re.compile(p) for p in data["credit_patterns"]]
        self.source_line = [re.compile(p) for p in data["source_line_patterns"]]
        self.dateline = [re.compile(p) for p in data["dateline_prefix_patterns"]]
        self.related_min = int(data["related_line_min_chars"])
        self.prose_min_chars = int(data["caption_prose_min_chars"])
        self.prose_min_breaks = int(data["prose_min_sentence_breaks"])
        self.prose_min_marks = int(data["prose_min_clause_marks"])
        self.byline_max_words = int(data["byline_max_words"])
        self.site_line = [re.compile(p) for p in data["site_line_patterns"]]
        self.site_line_max = int(data["site_line_max_chars"])
        self.credit_line = [re.compile(p) for p in data["credit_line_patterns"]]
        self.teaser_line = [re.compile(p) for p in data["teaser_line_patterns"]]
        self.credited_byline_pattern = re.compile(data["credited_byline_pattern"])
        self.byline_prefix = re.compile(data["byline_prefix_pattern"], re.IGNORECASE)
        self.source_person_patterns = [re.compile(p) for p in data["source_person_patterns"]]
        self.surnames = frozenset(
            r["surname"] for r in load_csv("names/surname_freq_derived_from_duyet_uit_member.csv")
        )

    def is_teaser_heading(self, line: str) -> bool:
        if len(line) > 60:  # box headings are short; skip the normalisation for body lines
            return False
        return key(line).rstrip(" :.").strip() in self.teaser_headings

    def is_toolbar_label(self, line: str) -> bool:
        """A tool bar's label ("Chia sẻ", "Cỡ chữ", "Gửi phản hồi") standing as a line of its own."""
        if len(line) > 60:
            return False
        return key(line).strip(" :.[]()>»|").strip() in self.toolbar_labels

    def is_credit(self, line: str) -> bool:
        """A caption or photo credit line ("... Ảnh: Minh Anh")."""
        text = line.strip()
        return any(p.search(text) for p in self.credit)

    def is_source_line(self, line: str) -> bool:
        text = line.strip()
        return any(p.match(text) for p in self.source_line)

    def is_site_line(self, line: str) -> bool:
        """A line of the site's footer or legal notice ("Chịu trách nhiệm nội dung: ...", "Hotline: ...")."""
        text = line.strip()
        return len(text) <= self.site_line_max and any(p.search(text) for p in self.site_line)

    def is_credit_line(self, line: str) -> bool:
        """A closing photo or video credit ("Ảnh: Misso")."""
        text = line.strip()
        return any(p.match(text) for p in self.credit_line)

    def is_teaser_line(self, line: str) -> bool:
        """An inline related-article line (">> Tin ...", "Xem tiếp: ...")."""
        text = line.strip()
        return any(p.match(text) for p in self.teaser_line)

    def prefixed_byline(self, line: str) -> str | None:
        """The names of a byline introduced by its role ("Tin, ảnh: Vũ Phương Thảo")."""
        match = self.byline_prefix.match(line.strip())
        if match and self.is_byline(match.group(1).strip().rstrip(".")):
            return match.group(1).strip()
        return None

    def credited_byline(self, line: str) -> str | None:
        """The byline glued before a photo credit ("H.V.Ảnh: Misso" -> "H.V.")."""
        match = self.credited_byline_pattern.match(line.strip())
        if match and self.is_byline(match.group(1).strip().rstrip(".")):
            return match.group(1).strip()
        return None

    def source_person(self, line: str) -> str | None:
        """The person a closing source line names: "Theo Minh Nguyễn/Vcamp.vn", "Theo Phạm Trường"
        (first word a surname); None for an outlet ("Theo Infonet", "Theo Thanh Niên")."""
        text = line.strip()
        for pattern in self.source_person_patterns:
            match = pattern.match(text)
            if match:
                return match.group(1).strip()
        words = text.strip("().").split()
        if 3 <= len(words) <= 5 and words[0].lower() in {"theo", "nguồn"} and words[1] in self.surnames:
            return " ".join(words[1:])
        return None

    def strip_dateline(self, line: str) -> str:
        """Remove a "(Dân trí) -" / "HÀ NỘI -" prefix from the first body paragraph."""
        for pattern in self.dateline:
            line = pattern.sub("", line, count=1)
        return line

    def is_byline(self, line: str) -> bool:
        """A short line of capitalised words with no sentence punctuation ("Minh Châu", "NGUYỄN HÀ")."""
        text = line.strip()
        if not text or text[-1] in ".!?:;" or any(ch.isdigit() for ch in text):
            return False
        words = text.replace("-", " ").split()
        if not 1 <= len(words) <= self.byline_max_words:
            return False
        return all(_CAP_WORD.match(w) for w in words)

    def is_prose(self, line: str) -> bool:
        """A long line of several sentences or clauses: body prose, even where a crawl glued a byline or a photo
        credit to its end ("... trong quý III. Bình Nguyên", "... vài thập niên qua. Nguồn ảnh: airpics.net.") or
        dropped its final full stop; glued headlines have neither."""
        text = line.strip()
        if len(text) < self.prose_min_chars:
            return False
        return (
            len(_SENTENCE_BREAK.findall(text)) >= self.prose_min_breaks
            or len(_CLAUSE_MARK.findall(text)) >= self.prose_min_marks
        )

    def is_related_headlines(self, line: str) -> bool:
        """A long line with no sentence punctuation at the end: headlines glued together."""
        text = line.strip()
        if text.endswith(_TERMINAL):
            return False
        glued = len(_GLUE.findall(text))
        return len(text) >= self.related_min or glued >= 3 or (glued >= 2 and len(text) >= 80)


@lru_cache(maxsize=1)
def rules() -> Boilerplate:
    return Boilerplate()
