"""Percentages' periods (round per16): rules found on fresh unlabeled audits and the gold's precedents, each with
made-up sentences."""

import pytest

# "Hiện" written capitalised at the start of its sentence is the present frame of the figures of that sentence, as
# written; "hiện" inside a sentence is a word of its predicate
PRESENT_OPENING_CASES = [
    ("Hiện nguồn thu từ phí cầu đường chiếm tới 6,2% tổng thu của tỉnh.", ["Hiện"]),
    ("Giá điện tăng 3%. Hiện hàng hóa của hãng chịu thuế 27%.", [None, "Hiện"]),
    ("“Hiện doanh nghiệp chỉ dùng 40% công suất”, ông Lâm nói.", ["Hiện"]),
    # not a frame
    ("Tỷ lệ nợ xấu của quỹ hiện đang ở mức 2,4%.", [None]),
    ("Năm 2031, dự án mới đạt 15%, hiện công trình đã đạt khoảng 48%.", ["Năm 2031", None]),
    # it dates its own clause only
    ("Hiện đảng này giữ 3 ghế, tuy nhiên khảo sát cho thấy họ có thể nhận 18% phiếu bầu.", [None]),
]


@pytest.mark.parametrize("sentence,expected", PRESENT_OPENING_CASES)
def test_present_opening_its_sentence(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


# a cut-off on a day without its year: after a lead word, also with a part of the day ("Tính đến sáng ngày 13/9"), or
# a bare "Đến 31/5" / "Tới 30/6" that opens its clause before a comma
YEARLESS_CUTOFF_CASES = [
    ("Đến 31/5, tỷ lệ giải ngân vốn của huyện đạt 47%.", ["Đến 31/5"]),
    ("Lợi nhuận tăng 8%. Tới 30/6, tỷ lệ nợ xấu còn 1,6%.", [None, "Tới 30/6"]),
    ("Tính đến sáng ngày 14/10, toàn huyện có 88 trường mở cửa, đạt 62%.", ["Tính đến sáng ngày 14/10"]),
    # an end inside its clause, not a cut-off frame
    ("Chương trình ưu đãi kéo dài đến 31/5, lãi suất giảm 1,5%.", [None]),
]


@pytest.mark.parametrize("sentence,expected", YEARLESS_CUTOFF_CASES)
def test_yearless_cutoff(rule_facts, sentence, expected):
    got = rule_facts(sentence, "percentages")
    assert [f["period"] for f in got] == expected
    assert all(f["period_start"] is None and f["period_end"] is None for f in got)


def test_day_of_a_list_intro_dates_the_list(rule_facts):
    """A day in a list intro that ends on a colon ("Dự báo ngày 7/2 như sau:") is the period of the figures listed
    after it, through the paragraph, as written and without bounds."""
    text = (
        "Dự báo ngày 9/3 như sau: Phía Tây Bắc Bộ có mưa rào. Độ ẩm 65-95%. "
        "Phía Nam Trung Bộ trời nắng. Độ ẩm 55-80%."
    )
    assert [(f["text"], f["period"], f["period_end"]) for f in rule_facts(text, "percentages")] == [
        ("65-95%", "ngày 9/3", None),
        ("55-80%", "ngày 9/3", None),
    ]


def test_forecast_frame_of_a_list_intro_stays_whole(rule_facts):
    """A forecast's night and day in the intro ("đêm 3, ngày 4/6:") stay the whole frame, not the bare day."""
    text = "Dự báo các vùng đêm 8, ngày 9/7: Phía Đông Bắc Bộ có mưa. Độ ẩm 60-92%."
    assert [f["period"] for f in rule_facts(text, "percentages")] == ["đêm 8, ngày 9/7"]


def test_day_without_an_intro_is_no_list_period(rule_facts):
    """A day inside a sentence with no colon after it stays what it was: no period."""
    text = "Báo cáo công bố ngày 9/3 cho thấy độ ẩm trung bình là 65%."
    assert [f["period"] for f in rule_facts(text, "percentages")] == [None]


# a year alone in brackets right after the figure, or labelling the bracket the figure stands in
BRACKET_YEAR_CASES = [
    ("Tỷ lệ đô thị hóa đạt 41% (2029) và 44% (2031).", [("2029", "2029-12-31"), ("2031", "2031-12-31")]),
    (
        "Trong 5 tháng năm 2031, hàng dệt chiếm 36,1% (2030: 38,4%) tổng kim ngạch.",
        [("5 tháng năm 2031", "2031-05-31"), ("2030", "2030-12-31")],
    ),
]


@pytest.mark.parametrize("sentence,expected", BRACKET_YEAR_CASES)
def test_bracketed_year(rule_facts, sentence, expected):
    assert [(f["period"], f["period_end"]) for f in rule_facts(sentence, "percentages")] == expected
