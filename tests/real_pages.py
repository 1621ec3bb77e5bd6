"""Real saved news pages (``tests/fixtures/real_pages/``) and their page gold: loading and scoring.

Shared by ``tests/test_real_pages.py`` and ``bench/bench_html.py``.  The gold (``gold.json``) was written
by reading each page; a page's provenance line is in ``PROVENANCE.tsv``.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from vn_news_extract.textnorm import key
from vn_news_extract.types import RawDocument

PAGES = Path(__file__).parent / "fixtures" / "real_pages"
_WORD = re.compile(r"\w+")


@cache
def gold() -> dict[str, Any]:
    return json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))


def article_pages() -> list[str]:
    return sorted(gold()["articles"])


def other_pages() -> dict[str, str]:
    """Listing and redirect pages: file -> kind."""
    return dict(sorted(gold()["not_articles"].items()))


@cache
def provenance() -> dict[str, dict[str, str]]:
    with (PAGES / "PROVENANCE.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def raw_page(name: str) -> RawDocument:
    return RawDocument(
        content=(PAGES / name).read_bytes(),
        content_type="text/html",
        path=str(PAGES / name),
        url=provenance()[name]["original_url"],
    )


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def authors_of(article: Any) -> list[str]:
    """The article's authors (``authors`` when the Article has it, else its one ``author``)."""
    many = getattr(article, "authors", None)
    if many is not None:
        return list(many)
    return [article.author] if article.author else []


def date_right(found: str | None, expected: str) -> bool:
    """Same day; same minute too when both give a time."""
    if not found or found[:10] != expected[:10]:
        return False
    if "T" in expected and "T" in found:
        return found[11:16] == expected[11:16]
    return True


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(norm(text)))


def share_of(reference: str, text: str) -> float:
    """Share of ``reference``'s words (with repeats) that ``text`` holds."""
    ref = words(reference)
    total = sum(ref.values())
    return sum((ref & words(text)).values()) / total if total else 1.0


def net_of_boilerplate(name: str, reference: str) -> str:
    """``reference`` (trafilatura's text, one paragraph a line) less the page's gold boilerplate: a
    line holding a boilerplate passage goes whole, unless it also holds a gold body passage (then only
    the boilerplate passage goes); the title and a line that is an author's name go too."""
    expected = gold()["articles"][name]
    boilerplate = [norm(b) for b in expected["boilerplate"]] + [norm(expected["title"])]
    passages = [norm(p) for p in expected["passages"]]
    names = {key(n).strip(".") for n in [expected["title"], *expected["authors"]]}
    kept: list[str] = []
    for line in reference.split("\n"):
        line = norm(line.replace("|", " "))  # trafilatura's table rows: "| cell | cell |"
        if key(line).strip(".") in names:
            continue
        inside = [b for b in boilerplate if b in line]
        if inside and not any(p in line for p in passages):
            continue
        for b in inside:
            line = line.replace(b, " ")
        kept.append(line)
    return "\n".join(kept)


@dataclass
class Score:
    name: str
    kept: int
    passages: int
    leaked: list[str]
    title: bool
    date: bool
    author: bool
    sapo: bool | None
    share: float | None  # of trafilatura's words kept; None when not measured
    net_share: float | None = None  # the same, trafilatura's text less the gold boilerplate

    @property
    def missing(self) -> int:
        return self.passages - self.kept


def score(name: str, article: Any, reference_text: str | None = None) -> Score:
    """``article`` (an Article) against the page gold; ``reference_text``: trafilatura's text."""
    expected = gold()["articles"][name]
    body = norm("\n".join([article.sapo or "", *article.paragraphs]))
    text = norm(article.text)
    kept = sum(norm(p) in body for p in expected["passages"])
    leaked = [b for b in expected["boilerplate"] if norm(b) in text]
    sapo = None
    if expected.get("sapo"):
        sapo = norm(expected["sapo"]) in norm(article.sapo)
    return Score(
        name=name,
        kept=kept,
        passages=len(expected["passages"]),
        leaked=leaked,
        title=key(article.title or "") == key(expected["title"]),
        date=date_right(article.published_at, expected["date"]),
        author=sorted(key(a).strip(".") for a in authors_of(article))
        == sorted(key(a).strip(".") for a in expected["authors"]),
        sapo=sapo,
        share=None if reference_text is None else share_of(reference_text, body),
        net_share=None
        if reference_text is None
        else share_of(net_of_boilerplate(name, reference_text), body),
    )
