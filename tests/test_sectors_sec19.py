"""Sector rules of round sec19: codes as the gold gives them ("hàng hải" listed beside another transport
mode, "giải trí") and a market word before a cue-only name of a service.  Sentences made up for these tests."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tăng trưởng của ngành hàng hải và cảng biển tỉnh Vân Sơn chậm lại trong quý này.",
            [("hàng hải", ["H50"]), ("cảng biển", ["H52"])],
        ),
        (
            "Tỉnh Vân Sơn ưu tiên vận tải đường sắt, hàng hải và hàng không trong giai đoạn tới.",
            [("vận tải đường sắt", ["H49"]), ("hàng hải", ["H50"]), ("hàng không", ["H51"])],
        ),
        # alone, the maritime sector keeps shipping and its ports
        ("Ngành hàng hải của tỉnh Vân Sơn đóng góp 9% GRDP.", [("hàng hải", ["H50", "H52"])]),
    ],
)
def test_maritime_listed_beside_another_mode_is_sea_transport(facts, sentence, expected):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["codes"]) for f in got] == expected


def test_entertainment_covers_arts_and_recreation(facts):
    got = facts("Doanh thu ngành giải trí năm nay đạt 900 tỷ đồng.", "sectors")
    assert [(f["text"], f["code"], f["codes"]) for f in got] == [("giải trí", "R", ["R90", "R93"])]


@pytest.mark.parametrize(
    ("sentence", "text", "codes"),
    [
        (
            "Ông Lý Văn Đạt cho rằng thị trường bán lẻ ở các tỉnh phía Bắc còn nhiều dư địa.",
            "bán lẻ",
            ["G47"],
        ),
        ("Năm nay, thị trường xây dựng dân dụng chững lại vì giá vật liệu tăng.", "xây dựng", ["F"]),
    ],
)
def test_a_market_word_cues_a_cue_only_name(facts, sentence, text, codes):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["codes"]) for f in got] == [(text, codes)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Lý Văn Đạt nói thị trường dịch vụ của thị xã Bình Lâm sôi động hơn vào cuối tuần.",  # generic
        "Theo ông Lý Văn Đạt, thị trường ô tô tháng 3 tiêu thụ 21.500 xe.",  # goods: the product's market
        "Theo ông Lý Văn Đạt, thị trường tài chính phản ứng mạnh trước tin này.",  # the financial markets
    ],
)
def test_a_market_word_before_a_generic_name_goods_or_finance_is_no_cue(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_ngành_beside_a_school_s_teaching_staff_is_a_study_major(facts):
    sentence = (
        "Cụ thể, 2 khoa của trường không có trưởng khoa, các ngành kỹ thuật điện - điện tử, tài chính – ngân hàng,"
        " kế toán thiếu 5 giảng viên cơ hữu."
    )
    assert facts(sentence, "sectors") == []


def test_a_kind_word_before_a_name_makes_it_goods_or_animals(facts):
    assert (
        facts("Nước mặn tràn vào làm nhiều loại thủy sản trong ao của xã Tân Hòa chết hàng loạt.", "sectors")
        == []
    )
