"""The HTML layer on real saved news pages (``fixtures/real_pages``, provenance in ``PROVENANCE.tsv``),
scored against page gold written by reading the pages (``gold.json``): body passages kept, no
boilerplate, metadata right, never below trafilatura, and every listing page skipped."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import cache

import pytest
from real_pages import (
    PAGES,
    article_pages,
    gold,
    norm,
    other_pages,
    provenance,
    raw_page,
    score,
)

import vn_news_extract.html as html_layer
from vn_news_extract.decode import decode_bytes
from vn_news_extract.html import article_from_html
from vn_news_extract.html.listing import url_kind
from vn_news_extract.html.meta import split_authors
from vn_news_extract.html.profiles import generic_profile, profile_for
from vn_news_extract.html.tree import parse
from vn_news_extract.pipeline import load_pipeline, process
from vn_news_extract.record import validate_reference
from vn_news_extract.types import Skipped, Stored

ARTICLES = article_pages()
OTHERS = sorted(other_pages())


@cache
def article(name: str):
    return article_from_html(raw_page(name))


@cache
def visible_text(name: str) -> str:
    raw = raw_page(name)
    root = parse(decode_bytes(raw.content, raw.charset, raw.content_type))
    for el in root.xpath("//script|//style|//noscript"):
        el.drop_tree()
    return norm(root.text_content())


def test_enough_real_pages() -> None:
    outlets = {provenance()[name]["site"] for name in ARTICLES}
    assert len(ARTICLES) >= 15 and len(outlets) >= 10
    assert len(OTHERS) >= 14


@pytest.mark.parametrize("name", ARTICLES + OTHERS)
def test_every_page_has_its_provenance(name: str) -> None:
    row = provenance()[name]
    assert row["source_repo"] and row["source_commit"] and row["original_url"].startswith("http")
    assert hashlib.sha256((PAGES / name).read_bytes()).hexdigest() == row["sha256"]


@pytest.mark.parametrize("name", ARTICLES)
def test_gold_was_read_from_the_page(name: str) -> None:
    """Every gold passage and boilerplate passage is text the page shows."""
    expected = gold()["articles"][name]
    text = visible_text(name)
    for passage in expected["passages"] + expected["boilerplate"] + [expected["title"]]:
        assert norm(passage) in text, passage
    assert len(expected["boilerplate"]) >= 4


@pytest.mark.parametrize("name", ARTICLES)
def test_body_passages_kept(name: str) -> None:
    s = score(name, article(name))
    assert s.kept >= 0.95 * s.passages, gold()["articles"][name]["passages"]


def test_passages_kept_overall() -> None:
    scores = [score(name, article(name)) for name in ARTICLES]
    assert sum(s.kept for s in scores) >= 0.97 * sum(s.passages for s in scores)


@pytest.mark.parametrize("name", ARTICLES)
def test_no_boilerplate_leaks(name: str) -> None:
    assert score(name, article(name)).leaked == []


@pytest.mark.parametrize("name", ARTICLES)
def test_title_and_date_right(name: str) -> None:
    s = score(name, article(name))
    expected = gold()["articles"][name]
    assert s.title, (article(name).title, expected["title"])
    assert s.date, (article(name).published_at, expected["date"])


def test_authors_right_on_nineteen_pages_of_twenty() -> None:
    right = [name for name in ARTICLES if score(name, article(name)).author]
    assert len(right) >= 0.95 * len(ARTICLES), sorted(set(ARTICLES) - set(right))


@pytest.mark.parametrize("name", ARTICLES)
def test_never_below_trafilatura(name: str) -> None:
    """Every gold passage that trafilatura's own extraction of the page keeps, the layer keeps too."""
    import trafilatura

    raw = raw_page(name)
    theirs = norm(trafilatura.extract(decode_bytes(raw.content, None, raw.content_type), url=raw.url) or "")
    ours = norm("\n".join([article(name).sapo or "", *article(name).paragraphs]))
    lost = [p for p in gold()["articles"][name]["passages"] if norm(p) in theirs and norm(p) not in ours]
    assert lost == []


@pytest.mark.parametrize("name", ARTICLES)
def test_at_least_nine_tenths_of_trafilaturas_text_net_of_boilerplate(name: str) -> None:
    """The body (sapo and paragraphs) holds 0.9 of the words of trafilatura's own text of the page, once
    the page's gold boilerplate (read from the page: teasers, captions, comment boxes, date lines) is
    taken out of that text."""
    import trafilatura

    raw = raw_page(name)
    theirs = trafilatura.extract(decode_bytes(raw.content, None, raw.content_type), url=raw.url) or ""
    assert score(name, article(name), theirs).net_share >= 0.9


# real pages and the site profile written from their markup (``data/sites/<key>.json``)
PROFILED = {
    "003_24h.html": "24h",
    "004_vnexpress.html": "vnexpress",
    "005_vnexpress.html": "vnexpress",
    "007_ione.html": "ione",
    "008_thanhnien.html": "thanhnien",
    "009_zing.html": "znews",
    "010_zing.html": "znews",
    "011_soha.html": "soha",
    "012_genk.html": "genk",
    "013_ngoisao.html": "ngoisao",
    "016_cafef.html": "cafef",
    "017_vneconomy.html": "vneconomy",
    "102_nhandan.html": "nhandan",
    "103_tienphong.html": "tienphong",
    "104_cafef.html": "cafef",
    "105_genk.html": "genk",
    "106_kenh14.html": "kenh14",
}


@pytest.mark.parametrize(("name", "key"), sorted(PROFILED.items()))
def test_site_profile_reads_its_real_page(name: str, key: str) -> None:
    assert profile_for(provenance()[name]["original_url"]).key == key
    assert article(name).extraction == "profile"


def test_sapo_and_byline_without_a_site_profile(monkeypatch) -> None:
    """The general rules alone: the element printing the page's description is the sapo even when a
    teaser's "lead" comes first or the description opens with search keywords; a right-aligned bold
    closing line is the byline."""
    monkeypatch.setattr(html_layer, "profile_for", lambda *urls: generic_profile())
    ione = article_from_html(raw_page("007_ione.html"))
    assert ione.sapo.startswith("Vết bớt khác thường, lông mọc phủ kín người")
    page_24h = article_from_html(raw_page("003_24h.html"))
    assert "Làng Thi cử hay còn gọi là Goshiwon" in page_24h.sapo
    assert "Xem thêm chủ đề" not in page_24h.sapo
    assert article_from_html(raw_page("006_vnexpress.html")).authors == ("Nguyễn Đình Quân",)


def test_photo_credit_and_reporters_group_are_not_authors() -> None:
    assert article("013_ngoisao.html").authors == ("H.V",)  # "H.V.Ảnh: Misso": the photo credit goes
    assert article("009_zing.html").authors == ()  # "Nhóm PV": the reporters, no person


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("name", OTHERS)
def test_every_listing_page_is_skipped(nlp, name: str) -> None:
    outcome = process(raw_page(name), nlp)
    assert isinstance(outcome, Skipped), outcome
    assert outcome.reason.startswith("not an article"), outcome.reason


@pytest.mark.parametrize("name", ARTICLES)
def test_no_article_page_is_skipped(nlp, name: str) -> None:
    outcome = process(raw_page(name), nlp)
    assert isinstance(outcome, Stored), outcome
    record = outcome.record
    validate_reference(record)
    assert record["article"]["extraction"] in {"profile", "densest", "trafilatura"}
    assert record["article"]["authors"] == list(article(name).authors)


def test_several_authors_one_each() -> None:
    assert article("001_dantri.html").authors == ("Quang Phong", "Tùng Nguyên")
    assert article("001_dantri.html").author == "Quang Phong - Tùng Nguyên"
    assert split_authors("Minh Châu, Thu Hà và Lan Anh") == ["Minh Châu", "Thu Hà", "Lan Anh"]
    assert split_authors("Minh Châu - Thu Hà") == ["Minh Châu", "Thu Hà"]


def test_agency_credit_is_not_an_author() -> None:
    # "Theo Infonet" closes the page: an outlet, not a person; "Theo Minh Nguyễn/Vcamp.vn" names one
    assert article("009_zing.html").authors == ()
    assert article("012_genk.html").authors == ("Minh Nguyễn",)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://vnexpress.net/", "section"),
        ("https://tuoitre.vn/thoi-su.htm", "section"),
        ("http://baodautu.vn/tai-chinh-chung-khoan-d6/", "section"),
        ("https://cafef.vn/gia-vang-188260719224558711.chn", "article"),
        ("https://vneconomy.vn/mua-ban-deu-chan-nan-thanh-khoan-roi-xuong-muc-thap-ky-luc.htm", "article"),
        (None, None),
    ],
)
def test_address_kinds(url: str | None, kind: str | None) -> None:
    assert url_kind(url) == kind


def test_photo_story_keeps_its_captions_as_body() -> None:
    # every paragraph of this CafeF page sits in a photo caption: the body is not lost
    art = article("104_cafef.html")
    assert sum(map(len, art.paragraphs)) > 1500
    assert unicodedata.is_normalized("NFC", art.text)
