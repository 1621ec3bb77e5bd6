"""Percentages' attributes (round per18): families of the dev11 gold batch, each with made-up sentences."""

import pytest

# a figure followed by a forecast or target word is a share of it: no change restated from the figure before it, no
# base, and the year after that word is the forecast's, taken only when nothing else frames the figure
FORECAST_SHARE_CASES = [
    (
        "Trong 6 tháng đầu năm 2031, công ty đạt doanh thu 410 tỷ đồng, tăng 14% so với cùng kỳ; 57% dự báo năm 2031.",
        [
            ("14%", "increase", "6 tháng đầu năm 2031", "so với cùng kỳ"),
            ("57%", None, "6 tháng đầu năm 2031", None),
        ],
    ),
    (
        "Lợi nhuận 6 tháng năm 2031 của hãng vượt nhẹ so với kỳ vọng, đạt 62% dự báo cả năm 2031 của nhóm phân tích.",
        [("62%", None, "6 tháng năm 2031", None)],
    ),
    # nothing else frames it: the forecast's year
    ("Doanh thu của hãng đạt 48% dự báo năm 2032.", [("48%", None, "năm 2032", None)]),
    # "chỉ tiêu" is also a quota counted, not a target: the change keeps its base
    (
        "Năm nay trường tuyển 3.200 chỉ tiêu (tăng 12% chỉ tiêu so với năm trước).",
        [("12%", "increase", "Năm nay", "so với năm trước")],
    ),
    # a plan word keeps doing the same
    (
        "Quý 3/2031, lợi nhuận đạt 30 tỷ đồng, tăng 9% so với cùng kỳ; 71% kế hoạch năm 2031.",
        [("9%", "increase", "Quý 3/2031", "so với cùng kỳ"), ("71%", None, "Quý 3/2031", None)],
    ),
]


@pytest.mark.parametrize("sentence,expected", FORECAST_SHARE_CASES)
def test_share_of_a_forecast(rule_facts, sentence, expected):
    got = rule_facts(sentence, "percentages")
    assert [(f["text"], f["direction"], f["period"], f["comparison"]) for f in got] == expected


# "9 tháng 2031": a number of months with its year written right after, as "9 tháng năm 2031" and "9 tháng/2031"
MONTHS_OF_YEAR_CASES = [
    (
        "Lợi nhuận ròng 9 tháng 2031 của hãng đạt 97% dự báo năm 2031.",
        "9 tháng 2031",
        "2031-01-01",
        "2031-09-30",
    ),
    ("Doanh thu 6 tháng 2030 tăng 12% so với cùng kỳ.", "6 tháng 2030", "2030-01-01", "2030-06-30"),
]


@pytest.mark.parametrize("sentence,period,start,end", MONTHS_OF_YEAR_CASES)
def test_months_with_their_year(rule_facts, sentence, period, start, end):
    (got,) = rule_facts(sentence, "percentages")
    assert (got["period"], got["period_start"], got["period_end"]) == (period, start, end)


# a sector named earlier in the sentence is not the subject of a figure in a later item of a list (after a ";")
LIST_ITEM_SECTOR_CASES = [
    (
        "Các ngành tăng mạnh là dệt may (210 triệu USD, tăng 11,5%); đồ chơi trẻ em (64 triệu USD, tăng 23%).",
        ["C", None],
    ),
    # within its own item the sector still holds
    ("Xuất khẩu dệt may đạt 3 tỷ USD (tăng 7,5%) trong quý I.", ["C"]),
]


@pytest.mark.parametrize("sentence,expected", LIST_ITEM_SECTOR_CASES)
def test_sector_not_from_an_earlier_list_item(rule_facts, sentence, expected):
    assert [f["sector"] for f in rule_facts(sentence, "percentages")] == expected


# a base after the figure is not its own across a turn word ("song", "nhưng") or an em dash that opens another clause
OTHER_CLAUSE_BASE_CASES = [
    (
        "Xuất khẩu tăng bình quân 7,2% từ năm 2005 đến nay song cơ cấu hàng hóa so với 10 năm trước ít thay đổi.",
        None,
    ),
    ("Ngân hàng A trả lãi 5,85%/năm — cao hơn hẳn so với gửi tại quầy.", None),
    # its own base is kept
    ("Xuất khẩu tăng 7,2% so với cùng kỳ, song nhập khẩu giảm.", "so với cùng kỳ"),
]


# parallel changes across a turn word share the base after the last one
def test_parallel_changes_share_the_base(rule_facts):
    got = rule_facts(
        "Xuất khẩu chè đạt 9 triệu tấn, giảm 2,7% về lượng nhưng tăng 8,3% về trị giá so với cùng kỳ.",
        "percentages",
    )
    assert [f["comparison"] for f in got] == ["so với cùng kỳ", "so với cùng kỳ"]


@pytest.mark.parametrize("sentence,comparison", OTHER_CLAUSE_BASE_CASES)
def test_base_of_another_clause(rule_facts, sentence, comparison):
    assert [f["comparison"] for f in rule_facts(sentence, "percentages")] == [comparison]


# "CAGR" (compound annual growth rate) is a growth noun: "mức CAGR là 9%" is an increase
def test_compound_growth_rate(rule_facts):
    (got,) = rule_facts(
        "Thị trường bao bì dự kiến từ 3 tỷ USD lên 5 tỷ USD, với mức CAGR là 8,45%.", "percentages"
    )
    assert got["direction"] == "increase"


# a figure in brackets takes the present frame "Hiện" of the clause its brackets stand in; a later clause does not
def test_bracketed_figure_takes_its_clause_present(rule_facts):
    got = rule_facts(
        "Hiện có khoảng 3 triệu hộ (khoảng 45% số hộ) dùng điện mặt trời, tuy nhiên chỉ 12% hộ bán điện.",
        "percentages",
    )
    assert [f["period"] for f in got] == ["Hiện", None]
