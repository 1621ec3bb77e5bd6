"""Sector precision rules of round sec21: a sector word inside a body's name (a newspaper, an abbreviated
company head, a name joined by "và" with a lower-case name word).  Sentences made up for these tests."""

import pytest


def _texts(facts, sentence):
    return [f["text"] for f in facts(sentence, "sectors")]


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        # a newspaper's name: "Báo" heads it like a body's head
        ("Báo Đầu tư Chứng khoán trích dẫn nhận định của nhiều nhà phân tích.", "Chứng khoán"),
        # "Cty" is a company's head written short
        ("Ông Vũ Đình Lâm, đại diện Cty Cổ phần Đầu tư và Xây lắp dầu khí Hồng Lam, đã ký.", "dầu khí"),
        # a name of two items joined by "và", the second a lower-case name word
        ("Đại diện Hiệp hội Chế biến và xuất khẩu thủy sản cho biết có 12 nước nhập hàng.", "thủy sản"),
    ],
)
def test_sector_word_inside_a_bodys_name_is_left_out(facts, sentence, left_out):
    assert left_out not in _texts(facts, sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a report of a body about the sectors: the words after its name are no part of it
        (
            "Tổng cục Thống kê cho biết công nghiệp và xây dựng tăng 5,2% trong quý này.",
            "công nghiệp và xây dựng",
        ),
        ("Tổng cục Thống kê cho biết chế biến và xuất khẩu thủy sản tăng 4,1%.", "thủy sản"),
    ],
)
def test_sector_after_a_bodys_name_and_a_verb_stays(facts, sentence, kept):
    assert kept in _texts(facts, sentence)
