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


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        # a vehicle named after its power source is goods, not the power sector
        ("Tỉnh Lam Sơn xây chuỗi cung ứng cho ngành ô tô điện ở khu kinh tế ven biển.", "điện"),
        # a right to run an activity, sold at auction, is no sector
        ("Sở tổ chức đấu giá quyền khai thác khoáng sản tại 4 mỏ trong năm nay.", "khai thác khoáng sản"),
        # the administration's public services
        (
            "Thành phố triển khai 3 đề án trong các lĩnh vực dịch vụ công thông minh, giao thông thông minh.",
            "dịch vụ",
        ),
    ],
)
def test_goods_rights_and_public_services_are_no_sector(facts, sentence, left_out):
    assert not any(left_out in text for text in _texts(facts, sentence))


@pytest.mark.parametrize(
    ("sentence", "text", "codes"),
    [
        # a licence to mine is still the mining it allows
        (
            "Tỉnh Lam Sơn chậm cấp phép khai thác khoáng sản cho các dự án giao thông.",
            "khai thác khoáng sản",
            ["B"],
        ),
        # services of information technology keep their name
        (
            "Doanh thu dịch vụ công nghệ thông tin của tỉnh tăng 9%.",
            "dịch vụ công nghệ thông tin",
            ["J62", "J63"],
        ),
    ],
)
def test_licences_and_technology_services_stay(facts, sentence, text, codes):
    got = facts(sentence, "sectors")
    assert (text, codes) in [(f["text"], f["codes"]) for f in got]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở ra quyết định xử phạt vi phạm hành chính trong lĩnh vực chứng khoán đối với Công ty Lam Sơn.",
        # the title's second item after "và", a market word before it
        "Nghị định về xử phạt vi phạm hành chính trong lĩnh vực chứng khoán và thị trường chứng khoán có hiệu lực.",
    ],
)
def test_field_in_a_decrees_title_is_no_sector(facts, sentence):
    assert _texts(facts, sentence) == []


def test_administrative_procedures_of_a_sector_stay(facts):
    sentence = "Doanh nghiệp còn gặp khó về thủ tục hành chính trong lĩnh vực bất động sản."
    assert _texts(facts, sentence) == ["bất động sản"]


def test_a_property_counted_by_nao_is_no_sector(facts):
    sentence = "Công ty Lam Sơn không có dự án, bất động sản nào tại tỉnh Vân Sơn."
    assert _texts(facts, sentence) == []


def test_a_cued_sector_before_nao_stays(facts):
    assert _texts(facts, "Không phải ngành du lịch nào cũng phục hồi nhanh.") == ["du lịch"]
