"""cq10: behaviour kept by the review and speed pass of the officials' rules (helpers tested directly)."""

import pytest

from vn_news_extract.extractors.officials import _body_of_country, _long_foreign_after_place, lex, words_at


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


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Tổng giám đốc Samsung Việt Nam Shim Won Hwan",
            (3, 6),
        ),  # a post, a body ending in a country, the name
        ("Tổng giám đốc, Samsung Việt Nam Shim Won Hwan", None),  # punctuation between the post and the name
        ("Samsung Việt Nam Shim Won Hwan", None),  # no post before the body
        ("Tổng giám đốc Samsung Shim Won Hwan", None),  # no place or country before the name
    ],
)
def test_a_long_foreign_name_after_a_body_ending_in_a_place(text, expected):
    start = text.index("Samsung")
    assert _long_foreign_after_place(text, words_at(text, start, len(text)), lex()) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a minister's domain read as the body, then "của" and a country: the domain joins the title
        (
            "Bộ trưởng Quốc phòng Peter Dalton của Australia cho biết hai nước sẽ hợp tác.",
            ("Peter Dalton", "Bộ trưởng Quốc phòng", "Australia"),
        ),
        # the ministry named as its own body keeps it ("Bộ ..."), the country is not read
        (
            "Bộ trưởng Bộ Quốc phòng Peter Dalton của Australia cho biết.",
            ("Peter Dalton", "Bộ trưởng", "Bộ Quốc phòng"),
        ),
        # a post with no body before the name takes the one after "của"
        (
            "Giám đốc điều hành Peter Dalton của Acme Global cho biết.",
            ("Peter Dalton", "Giám đốc điều hành", "Acme Global"),
        ),
    ],
)
def test_the_body_after_a_name_and_of(rule_facts, sentence, expected):
    (p,) = rule_facts(sentence, "officials")
    assert (p["name"], p["title"], p["organization"]) == expected
