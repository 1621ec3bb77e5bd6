"""Outlet fixtures: every body paragraph kept, no teaser or box text leaks, metadata right."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from vn_news_extract.html import article_from_html
from vn_news_extract.types import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CASES = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json"))


@cache
def load(name: str):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    raw = RawDocument(
        content=(FIXTURES / f"{name}.html").read_bytes(),
        content_type=expected.get("content_type", "text/html"),
        url=expected.get("url"),
        charset=expected.get("charset"),
    )
    return article_from_html(raw), expected


def test_enough_outlets() -> None:
    assert len(CASES) >= 9


@pytest.mark.parametrize("name", CASES)
def test_paragraphs_exact(name: str) -> None:
    article, expected = load(name)
    assert list(article.paragraphs) == expected["paragraphs"]


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("field", ["title", "sapo", "author", "published_at", "site"])
def test_metadata(name: str, field: str) -> None:
    article, expected = load(name)
    assert getattr(article, field) == expected[field]


@pytest.mark.parametrize("name", CASES)
def test_canonical_url(name: str) -> None:
    article, expected = load(name)
    assert article.url == expected["canonical"]


@pytest.mark.parametrize("name", CASES)
def test_captions_kept_apart(name: str) -> None:
    article, expected = load(name)
    for caption in expected["captions"]:
        assert caption in article.captions
        assert caption not in article.text
    for para in article.paragraphs:
        assert para not in article.captions


@pytest.mark.parametrize("name", CASES)
def test_no_leaks(name: str) -> None:
    article, expected = load(name)
    text = article.text
    for leak in expected["absent"]:
        assert leak not in text, leak
