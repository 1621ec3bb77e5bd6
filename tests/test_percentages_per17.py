"""Percentages' periods (round per17): general mechanisms found on the dev gold sets' remaining errors, each with
made-up sentences."""

import pytest

# a number of months followed straight by its year, with no "năm" between ("9 tháng 2031"): the months of that year
MONTHS_YEAR_CASES = [
    (
        "Lũy kế 9 tháng 2031, doanh thu của hãng đạt 12 tỷ đồng, giảm 41% so với cùng kỳ.",
        "9 tháng 2031",
        "2031-09-30",
    ),
    ("Doanh thu 5 tháng 2032 của tỉnh tăng 7,2% so với cùng kỳ.", "5 tháng 2032", "2032-05-31"),
    ("Trong 6 tháng đầu 2030, lượng khách tăng 18%.", "6 tháng đầu 2030", "2030-06-30"),
]


@pytest.mark.parametrize("sentence,period,end", MONTHS_YEAR_CASES)
def test_months_then_year(rule_facts, sentence, period, end):
    (fact,) = rule_facts(sentence, "percentages")
    assert fact["period"] == period
    assert fact["period_start"][:4] == end[:4] and fact["period_end"] == end


def test_months_then_year_range_is_not_one_year(rule_facts):
    (fact,) = rule_facts("Trong 12 tháng 2029-2030, giá thuê tăng 5%.", "percentages")
    assert fact["period"] != "12 tháng 2029"


# a frame that opens a sentence of the paragraph ("Trong năm 2031, ...") dates the paragraph's figures further on,
# past the few sentences a figure inherits from, when no other period but a comparison's stands between
PARAGRAPH = (
    "Trong năm 2031, mảng bán buôn của hãng đem lại doanh thu 812 tỷ đồng, tăng 12%. "
    "Mảng bán lẻ đạt 455 tỷ đồng, giảm 4% so với năm 2030. "
    "Chi phí bán hàng chủ yếu là lương của nhân viên. "
    "Hãng có thêm nhiều cửa hàng ở các tỉnh phía Bắc. "
    "Trong khi đó, mảng cho thuê kho bãi đạt 96 tỷ đồng, tăng 9%."
)


def test_paragraph_frame_reaches_further(rule_facts):
    facts = rule_facts(PARAGRAPH, "percentages")
    assert [f["period"] for f in facts] == ["năm 2031", "năm 2031", "năm 2031"]
    assert facts[-1]["period_start"] == "2031-01-01" and facts[-1]["period_end"] == "2031-12-31"


PARAGRAPH_CASES = [
    # another period between the frame and the figure: the frame does not reach past it
    PARAGRAPH.replace("Hãng có thêm", "Từ tháng 3/2030, hãng có thêm"),
    # the frame does not open its sentence, nor close its clause: a time inside it
    PARAGRAPH.replace("Trong năm 2031, mảng bán buôn", "Mảng bán buôn trong năm 2031"),
    # a different paragraph
    PARAGRAPH.replace("Hãng có thêm nhiều cửa hàng ở các tỉnh phía Bắc. ", "Hãng có thêm nhiều cửa hàng.\n"),
]


@pytest.mark.parametrize("text", PARAGRAPH_CASES)
def test_paragraph_frame_not_past(rule_facts, text):
    assert rule_facts(text, "percentages")[-1]["period"] is None


# a number of quarters of a year ("3 quý của năm 2031", "ba quý đầu năm 2031", "2 quý cuối năm 2031"): the first or
# last quarters of that year, as written
QUARTERS_CASES = [
    ("Trong 3 quý của năm 2031, xuất khẩu gạo tăng 27%.", "3 quý của năm 2031", "2031-01-01", "2031-09-30"),
    ("Trong ba quý đầu năm 2031, giá thép giảm 6,5%.", "ba quý đầu năm 2031", "2031-01-01", "2031-09-30"),
    ("Trong 2 quý cuối năm 2031, doanh số tăng 11%.", "2 quý cuối năm 2031", "2031-07-01", "2031-12-31"),
]


@pytest.mark.parametrize("sentence,period,start,end", QUARTERS_CASES)
def test_quarters_of_a_year(rule_facts, sentence, period, start, end):
    (fact,) = rule_facts(sentence, "percentages")
    assert (fact["period"], fact["period_start"], fact["period_end"]) == (period, start, end)


def test_quarters_in_a_row_are_no_period(rule_facts):
    (fact,) = rule_facts("Giá nhà tăng 3% trong 2 quý liên tiếp.", "percentages")
    assert fact["period"] is None


# a year split by a slash after a bare "năm" is a crop or fiscal season ("năm 2031/32"), written whole with no bounds,
# like "niên vụ 2031/32"; a year range with a dash stays two calendar years
SEASON_CASES = [
    ("Sản lượng đậu tương năm 2031/32 dự kiến tăng 14,2%.", "năm 2031/32", None, None),
    ("Sản lượng ngô năm 2031/2032 dự kiến giảm 3%.", "năm 2031/2032", None, None),
    ("Niên vụ 2031/32, diện tích trồng tăng 2,5%.", "Niên vụ 2031/32", None, None),
    ("Sản lượng năm 2031-2032 tăng 5%.", "năm 2031-2032", "2031-01-01", "2032-12-31"),
]


@pytest.mark.parametrize("sentence,period,start,end", SEASON_CASES)
def test_season_year(rule_facts, sentence, period, start, end):
    (fact,) = rule_facts(sentence, "percentages")
    assert (fact["period"], fact["period_start"], fact["period_end"]) == (period, start, end)


# a fiscal year, as written ("năm tài chính kết thúc vào tháng 6/2031": July 2030 to June 2031; "7 tháng đầu của năm
# tài khóa này" has no bounds)
FISCAL_CASES = [
    (
        "Lợi nhuận của hãng tăng 17% trong năm tài chính kết thúc vào tháng 6/2031.",
        "năm tài chính kết thúc vào tháng 6/2031",
        "2030-07-01",
        "2031-06-30",
    ),
    (
        "Chi tiêu công tăng 6% trong 5 tháng đầu của năm tài khóa này.",
        "5 tháng đầu của năm tài khóa này",
        None,
        None,
    ),
]


@pytest.mark.parametrize("sentence,period,start,end", FISCAL_CASES)
def test_fiscal_year(rule_facts, sentence, period, start, end):
    (fact,) = rule_facts(sentence, "percentages")
    assert (fact["period"], fact["period_start"], fact["period_end"]) == (period, start, end)


# the paragraph's frame may open a clause after a source ("Theo Sở X, trong 2 tháng đầu năm 2031, ...")
CLAUSE_FRAME_PARAGRAPH = (
    "Theo Sở Công thương tỉnh Lam Sơn, trong 2 tháng đầu năm 2031, kim ngạch xuất khẩu của tỉnh tăng 5%. "
    "Trong đó, hàng dệt đạt 42 triệu USD, giảm 1,4% so với cùng kỳ năm trước. "
    "Nhu cầu của các thị trường chính chưa cao. "
    "Riêng hàng may mặc đã có dấu hiệu khởi sắc. "
    "Đây là mặt hàng duy nhất có kim ngạch tăng, với mức tăng gần 43% so với cùng kỳ năm 2030."
)


def test_paragraph_frame_opening_a_clause(rule_facts):
    facts = rule_facts(CLAUSE_FRAME_PARAGRAPH, "percentages")
    assert [f["period"] for f in facts] == ["2 tháng đầu năm 2031"] * 3

