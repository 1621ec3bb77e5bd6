"""Percentages' attributes (round per15, families read on dev10): a comparative's level, the level a change reached,
a change named after the figure, a cause between change and figure, a growth list by period, a figure in brackets
after its period or a base, an opening "Hiện", a base across "trong khi" and the nearest earlier base."""

import pytest

# (passage, [(direction, period, comparison) of each figure])
CASES = [
    # "thấp hơn | mức kế hoạch 3 - 3,5%": the level compared with, not the difference
    (
        "Lạm phát cơ bản là 2,1%, thấp hơn mức kế hoạch 3 - 3,5% nhờ giá ổn định.",
        [(None, None, None), (None, None, None)],
    ),
    ("Giá cước dự kiến sẽ xuống thấp hơn mức 150% hiện nay.", [(None, "hiện nay", None)]),
    # "giảm 3 điểm phần trăm, | còn 12,4%": the level the decrease reached
    (
        "Thị phần của hãng Z tại châu Âu giảm 3 điểm phần trăm, còn 12,4%.",
        [("decrease", None, None), ("decrease", None, None)],
    ),
    ("Tỷ lệ trẻ bỏ học của huyện giảm mạnh, chỉ còn 1,8%.", [("decrease", None, None)]),
    # "( 7% YoY)": a year-on-year change written without a minus
    ("Lợi nhuận ròng đạt 412 tỷ đồng ( 7% YoY).", [("increase", None, "YoY")]),
    # "cải thiện 15%": an improvement is an increase
    ("Các nhà máy phải cải thiện 15% hiệu suất sử dụng nước.", [("increase", None, None)]),
    # a cause word between the change and the figure: the change does not govern it
    (
        "Đồng nội tệ không bị mất giá nhiều nhờ lạm phát được kiểm soát dưới 3,5% và dự trữ dồi dào.",
        [(None, None, None)],
    ),
    # a growth rate listed by period: "năm 2015 là 12%, năm nay khoảng 15%"
    (
        "Theo ông Q, điều đáng chú ý là tốc độ tăng trưởng của ngành gốm, năm 2015 là 12%, năm nay khoảng 15%.",
        [("increase", "năm 2015", None), ("increase", "năm nay", None)],
    ),
    # a list of bare figures after a growth noun: every item is a growth rate, however long the list
    (
        "Tốc độ tăng doanh thu quý 2 các năm 2019-2022 lần lượt là: 4,1%; 5,2%; 3,3%; 6,4%.",
        [("increase", "các năm 2019-2022", None)] * 4,
    ),
    # a figure alone in brackets after its period, also inside a base: "so với quý I (4,2%)"
    (
        "Tốc độ tăng trưởng của tỉnh 9 tháng đạt 6,8%, trong đó quý III (7,4%) cao hơn hẳn so với quý I (4,2%).",
        [("increase", "9 tháng", None), ("increase", "quý III", None), ("increase", "quý I", None)],
    ),
    # a bare "Hiện" opening the sentence dates its figures; mid-sentence it is an aspect marker
    ("Hiện thị trường Nhật Bản chiếm khoảng 18% kim ngạch của hợp tác xã.", [(None, "Hiện", None)]),
    (
        "Giá một thùng táo hiện đã lên 40 USD, tăng 25% so với cùng kỳ năm ngoái.",
        [("increase", None, "so với cùng kỳ năm ngoái")],
    ),
    # a percentage alone in brackets right after another one is a level beside the change, not the change again
    (
        "So với năm trước, số người dùng đã tăng 4% (71%). Phần còn lại giữ nguyên.",
        [("increase", None, "So với năm trước"), (None, None, None)],
    ),
    # "so với tốc độ tăng trưởng của ...": a base naming a growth goes on after its change word
    (
        "Doanh thu mảng phần mềm vượt 35% so với tốc độ tăng trưởng của ngành phần cứng.",
        [("increase", None, "so với tốc độ tăng trưởng của ngành phần cứng")],
    ),
    # "ước tính | đến 31/3/2023": "tính" ends the word "ước tính", the cut-off is "đến"
    ("Theo Sở, ước tính đến 31/3/2023, huyện đạt 41,5% kế hoạch năm.", [(None, "đến 31/3/2023", None)]),
    # a base before "trong khi" is the other subject's
    (
        "Nhóm X đặt kế hoạch tăng trưởng 14%, đi ngang so với thực hiện 2023, trong khi nhóm Y chỉ đặt mức tăng (6,5%).",
        [("increase", None, None), ("increase", None, None)],
    ),
]


@pytest.mark.parametrize("passage,expected", CASES)
def test_attributes(rule_facts, passage, expected):
    got = [(f["direction"], f["period"], f["comparison"]) for f in rule_facts(passage, "percentages")]
    assert got == expected


def test_only_the_nearest_earlier_base_is_lent():
    """An earlier sentence lends its time base only when it is the paragraph's nearest base: a later base with no
    time of its own ("so với niên vụ trước đó") replaced it."""
    from vn_news_extract import rules

    passage = (
        "Sản lượng lúa mì dự kiến đạt 80 triệu tấn, tăng so với 76 triệu tấn ước tính tháng trước. "
        "Sản lượng ngô tăng 12,5% so với niên vụ trước đó. Diện tích trồng ngô tăng 2,5%."
    )
    facts = [f.to_record() for f in rules.extract_text(passage, ["percentages"])["percentages"]]
    assert [(f["text"], f["comparison"]) for f in facts] == [
        ("12,5%", "so với niên vụ trước đó"),
        ("2,5%", None),
    ]
