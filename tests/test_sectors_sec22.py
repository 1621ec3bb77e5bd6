"""Sector rules of round sec22: news spellings of sector names ("logistic", "nông thủy sản", "thông tin truyền
thông", "hậu cần", "dịch vụ cảng") and a making name linked to the goods it makes ("sản xuất hàng điện tử",
"sản xuất và chế biến nhựa").  Sentences made up for these tests."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nhiều tập đoàn lớn trong ngành công nghiệp, đặc biệt là logistic, đổ về tỉnh Vân Sơn.",
            [("công nghiệp", ["B", "C", "D", "E"]), ("logistic", ["H52"])],
        ),
        (
            "Kim ngạch xuất khẩu nông thủy sản của tỉnh Vân Sơn đạt 420 triệu USD.",
            [("nông thủy sản", ["A01", "A03"])],
        ),
        (
            "Tỉnh Vân Sơn cần tuyển thêm lao động cho dịch vụ cảng trong năm tới.",
            [("dịch vụ cảng", ["H52"])],
        ),
    ],
)
def test_news_spellings_of_sector_names(facts, sentence, expected):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["codes"]) for f in got] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vốn ngoại đổ mạnh vào lĩnh vực hậu cần của tỉnh Vân Sơn.",
            [("hậu cần", ["H52"])],
        ),
        (
            "Hai bên hợp tác trong các lĩnh vực y tế, năng lượng, thông tin truyền thông.",
            [("y tế", ["Q86"]), ("năng lượng", ["D35"]), ("thông tin truyền thông", ["J"])],
        ),
    ],
)
def test_cue_only_spellings_count_after_a_cue_or_in_a_list(facts, sentence, expected):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["codes"]) for f in got] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Các chiến sĩ bảo đảm hậu cần cho sư đoàn trong suốt cuộc diễn tập.",
        "Nhà đầu tư không nên chạy theo thông tin truyền thông nước ngoài.",
    ],
)
def test_cue_only_spellings_alone_are_no_sector(facts, sentence):
    assert facts(sentence, "sectors") == []


@pytest.mark.parametrize(
    ("sentence", "text", "code", "codes"),
    [
        (
            "Trong quý này, nhóm ngành sản xuất hàng điện tử gặp khó vì thiếu linh kiện.",
            "sản xuất hàng điện tử",
            "C26",
            ["C26"],
        ),
        (
            "Các doanh nghiệp sản xuất hàng dệt may ở Vân Sơn đã có đơn hàng đến quý sau.",
            "sản xuất hàng dệt may",
            "C",
            ["C13", "C14"],
        ),
        (
            "Theo ông Lý Văn Đạt, ngành sản xuất và chế biến nhựa sẽ hưởng lợi từ hiệp định mới.",
            "nhựa",
            "C22",
            ["C22"],
        ),
    ],
)
def test_a_making_name_linked_to_its_goods(facts, sentence, text, code, codes):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["code"], f["codes"]) for f in got] == [(text, code, codes)]


def test_a_trade_head_linked_to_goods_stays_the_trade(facts):
    got = facts("Các doanh nghiệp bán lẻ hàng điện tử đang tồn kho lớn.", "sectors")
    assert [(f["text"], f["codes"]) for f in got] == [("bán lẻ", ["G47"])]


def test_electrical_and_electronics_is_one_name(facts):
    got = facts("Khu công nghệ mới kêu gọi đầu tư vào các lĩnh vực điện và điện tử, cơ khí.", "sectors")
    assert [(f["text"], f["code"], f["codes"]) for f in got][0] == ("điện và điện tử", "C", ["C26", "C27"])


def test_electric_vehicle_batteries_are_batteries(facts):
    got = facts("Tỉnh Vân Sơn ưu tiên các ngành như may mặc, pin xe điện, kim loại.", "sectors")
    assert [(f["text"], f["codes"]) for f in got] == [
        ("may mặc", ["C14"]),
        ("pin xe điện", ["C27"]),
        ("kim loại", ["C24"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nhiều hãng phân phối lớn ở châu Âu đã giảm hàng tồn kho.", [("phân phối", ["G46"])]),
        ("Mức tăng chủ yếu ở lĩnh vực phân phối và tư vấn.", [("phân phối", ["G46"]), ("tư vấn", ["M70"])]),
    ],
)
def test_distribution_after_a_firm_or_cue_word(facts, sentence, expected):
    got = facts(sentence, "sectors")
    assert [(f["text"], f["codes"]) for f in got] == expected


def test_a_production_forest_is_no_wood_industry(facts):
    assert facts("Tỉnh Vân Sơn mở rộng diện tích rừng trồng sản xuất gỗ lớn thêm 800 ha.", "sectors") == []
