"""cq10: behaviour kept by the review and speed pass of the officials' rules (helpers tested directly)."""

import pytest

from vn_news_extract.extractors.officials import _body_of_country, lex


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Phó Chủ tịch Thượng viện Uzbekistan", True),  # a post, a body's head, then the country
        ("Phó Chủ tịch Thượng viện - Uzbekistan", False),  # punctuation between the body and the country
        ("Phó Chủ tịch Thượng viện (cũ) Uzbekistan", False),
        ("Phó Chủ tịch thứ nhất Hội đồng Liên bang Nga Uzbekistan", False),  # more than four words
        ("Thượng viện Uzbekistan", False),  # no post before the body
    ],
)
def test_a_post_and_a_body_right_before_a_country(text, expected):
    assert _body_of_country(text, text.rindex("Uzbekistan"), lex()) is expected
