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
