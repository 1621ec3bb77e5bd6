"""The Vietnamese layer: dates, authors, teaser boxes, related lists, profiles, acceptance article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vn_news_extract.html import article_from_html, article_from_markup
from vn_news_extract.html.meta import clean_author, parse_iso_date, parse_visible_date
from vn_news_extract.html.profiles import generic_profile, profile_for, site_profiles
from vn_news_extract.plaintext import parse_plaintext
from vn_news_extract.types import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ACCEPTANCE_TXT = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "000_de8609e468eb4ff7.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ ba, 15/04/2025 - 08:00", "2025-04-15T08:00:00+07:00"),
        ("Thứ ba, 15/4/2025, 08:00 (GMT+7)", "2025-04-15T08:00:00+07:00"),
        ("15/04/2025 08:30 GMT+7", "2025-04-15T08:30:00+07:00"),
        ("Thứ Ba, 15-04-2025, 07:45", "2025-04-15T07:45:00+07:00"),
        ("08:15, 15/04/2025", "2025-04-15T08:15:00+07:00"),
        ("10h25 ngày 15/04/2025", "2025-04-15T10:25:00+07:00"),
        ("Cập nhật ngày 15 tháng 4 năm 2025", "2025-04-15"),
        ("15/04/2025", "2025-04-15"),
        ("Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều", "2012-11-30T16:00:00+07:00"),
        ("ngày 24/12/12 11:05 tối", "2012-12-24T23:05:00+07:00"),
        ("Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)", "2012-12-24T03:04:00+07:00"),
        ("Published on 03-08-2011 01:00 AM", "2011-03-08T01:00:00+07:00"),
        ("32/13/2025", None),
        ("không có ngày", None),
    ],
)
def test_visible_day_first_dates(text: str, expected: str | None) -> None:
    assert parse_visible_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-15T08:00:00+07:00", "2025-04-15T08:00:00+07:00"),
        ("2025-04-15T01:00:00Z", "2025-04-15T08:00:00+07:00"),
        ("2025-04-14T20:30:00.000-04:00", "2025-04-15T07:30:00+07:00"),
        ("2025-04-15 08:00", "2025-04-15T08:00:00+07:00"),
        ("2025-04-15", "2025-04-15"),
        ("1890-01-01", None),
    ],
)
def test_machine_dates_in_vietnam_time(value: str, expected: str | None) -> None:
    assert parse_iso_date(value) == expected


SITE = {"Báo Dân trí", "Dân trí", "dantri.com.vn"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hoàng Linh", "Hoàng Linh"),
        ("Bài và ảnh: Minh Anh", "Minh Anh"),
        ("Theo Hoàng Linh", "Hoàng Linh"),
        ("Nhóm phóng viên", None),
        ("Dân trí", None),
        ("Báo Dân trí", None),
        ("DANTRI.COM.VN", None),
        ("Báo Bắc Ninh", None),
        ("TTXVN", None),
        ("15/04/2025 08:00", None),
        ("https://dantri.com.vn/tac-gia", None),
        ("Minh Châu - Thu Hà", "Minh Châu - Thu Hà"),
        ("cập nhật lúc sáng nay", None),
    ],
)
def test_author_cleaning_rejects_site_names(raw: str, expected: str | None) -> None:
    assert clean_author(raw, SITE) == expected


def test_thirteen_outlet_profiles() -> None:
    profiles = site_profiles()
    wanted = {
        "vnexpress",
        "tuoitre",
        "thanhnien",
        "dantri",
        "vietnamnet",
        "laodong",
        "laodongthudo",
        "baochinhphu",
        "congthuong",
        "nhandan",
        "vneconomy",
        "vietnamplus",
        "hanoimoi",
    }
    assert wanted <= set(profiles)
    for profile in profiles.values():
        assert profile.name and profile.domains and profile.title and profile.body and profile.sapo
    assert profile_for("https://www.vnexpress.net/x.html").key == "vnexpress"
    assert profile_for("https://m.dantri.com.vn/a.htm").key == "dantri"
    assert profile_for("https://example.org/").key == "_generic"
    assert generic_profile().drop_class is not None


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


LONG = "Ngân hàng Nhà nước cho biết tín dụng toàn hệ thống tăng 3,93% so với cuối năm trước, cao hơn cùng kỳ."


@pytest.mark.parametrize(
    "box",
    [
        "<div class='x1'><h3>Tin liên quan</h3><ul><li><a href='/a'>Tin rò rỉ một</a></li></ul></div>",
        "<div class='x2'><div class='t'><span>CÓ THỂ BẠN QUAN TÂM</span></div><p>Tin rò rỉ một với mô tả dài.</p></div>",
        "<section><h2>Đọc tiếp:</h2><article><a href='/b'>Tin rò rỉ một</a><p>Mô tả.</p></article></section>",
        "<div class='box-tinlienquanv2'><a href='/c'>Tin rò rỉ một</a></div>",
        "<div class='comment-list'><p>Tin rò rỉ một: bạn đọc bình luận.</p></div>",
        "<div class='social-share'><a>Tin rò rỉ một</a></div>",
        "<ul><li><a href='/d'>Tin rò rỉ một</a></li><li><a href='/e'>Tin rò rỉ hai</a></li></ul>",
        "<p><strong>Xem thêm:</strong> <a href='/f'>Tin rò rỉ một</a></p>",
        "<p><a href='/g'>&gt;&gt; Tin rò rỉ một</a></p>",
        "<!-- Tin rò rỉ một -->",
    ],
)
def test_boxes_inside_body_removed_without_losing_paragraphs(box: str) -> None:
    body = (
        "<h1>Tiêu đề</h1><div class='content'>"
        + f"<p>{LONG} Một.</p>"
        + box
        + f"<p>{LONG} Hai.</p>"
        + f"<p>{LONG} Ba.</p><p>{LONG} Bốn.</p></div>"
    )
    article = article_from_markup(_page(body), "https://example.org/a.html")
    assert "rò rỉ" not in article.text
    assert [p.rsplit(" ", 1)[-1] for p in article.paragraphs] == ["Một.", "Hai.", "Ba.", "Bốn."]


def test_sidebar_teaser_after_body_cut_but_not_body() -> None:
    body = (
        "<h1>Tiêu đề</h1><div class='main'>"
        + "".join(f"<p>{LONG} {i}.</p>" for i in range(5))
        + "</div><div class='c'><h4>Tin khác</h4>"
        + "".join(f"<p>{LONG} khác {i}.</p>" for i in range(6))
        + "</div>"
    )
    article = article_from_markup(_page(body))
    assert len(article.paragraphs) == 5 and "khác" not in article.text


def test_site_name_in_meta_author_is_rejected() -> None:
    head = "<meta name='author' content='Báo Lao động Thủ đô'><meta property='og:site_name' content='Báo Lao động Thủ đô'>"
    body = "<h1>T</h1><div>" + "".join(f"<p>{LONG}</p>" for _ in range(1)) + f"<p>{LONG} x.</p></div>"
    article = article_from_markup(_page(body, head), "https://laodongthudo.vn/x.html")
    assert article.author is None


def test_dateline_prefix_stripped_from_first_paragraph() -> None:
    body = f"<h1>T</h1><div class='c'><p>(Dân trí) - {LONG}</p><p>{LONG} Hai.</p><p>{LONG} Ba.</p><p>{LONG} Bốn.</p></div>"
    article = article_from_markup(_page(body))
    assert article.paragraphs[0] == LONG


def test_short_body_falls_back() -> None:
    # the profile's body selector finds a near-empty node: the densest container is used instead
    body = (
        "<h1 class='title-detail'>Tiêu đề</h1><article class='fck_detail'><p>Ngắn.</p></article>"
        "<div class='other'>" + "".join(f"<p>{LONG} {i}.</p>" for i in range(6)) + "</div>"
    )
    article = article_from_markup(_page(body), "https://vnexpress.net/a.html")
    assert len(article.paragraphs) >= 6


# --- the acceptance article ------------------------------------------------------------------------

_FACTISH = re.compile(r"\d|%|Sở|UBND|Quyết định|Giám đốc")


@pytest.mark.skipif(not ACCEPTANCE_TXT.exists(), reason="shared corpus not mounted")
def test_acceptance_html_carries_the_same_fact_sentences_as_its_text() -> None:
    raw = RawDocument((FIXTURES / "laodongthudo_acceptance.html").read_bytes(), "text/html")
    from_html = article_from_html(raw)
    from_text = parse_plaintext(ACCEPTANCE_TXT.read_text(encoding="utf-8"))
    html_lines = {line for line in from_html.text.split("\n") if _FACTISH.search(line)}
    text_lines = {line for line in from_text.text.split("\n") if _FACTISH.search(line)}
    # the text dump keeps the inline related headlines glued on one line and a photo credit; the page
    # does not: everything else that can carry a fact is the same
    extra = {
        line for line in text_lines - html_lines if "Ảnh:" in line or line.startswith("Doanh nghiệp vẫn chưa")
    }
    assert text_lines - html_lines == extra
    assert html_lines <= text_lines
    assert from_html.title == from_text.title
    assert from_html.author == "Đỗ Đạt"
