"""Percentages' periods (round per14): rules found on fresh unlabeled audits, each with made-up sentences."""

import pytest

# a whole year right after a cut-off word is a target year, written without the cut-off word; an as-of cut-off
# ("tính đến", "đến hết", "đến cuối") keeps its words
TARGET_YEAR_CASES = [
    ("Huyện phấn đấu đến năm 2035 tỷ lệ hộ dùng nước sạch đạt 98%.", ("năm 2035", "2035-01-01", "2035-12-31")),
    ("Theo lộ trình, thuế suất sẽ giảm còn 12% cho đến năm 2027.", ("năm 2027", "2027-01-01", "2027-12-31")),
    ("Tới năm 2040, 70% xe buýt của thành phố chạy bằng điện.", ("năm 2040", "2040-01-01", "2040-12-31")),
    ("Đến 2032, 85% trường học có phòng máy tính.", ("2032", "2032-01-01", "2032-12-31")),
    ("Tính đến năm 2023, 41% hộ dân đã lắp điện mặt trời.", ("Tính đến năm 2023", "2023-01-01", "2023-12-31")),
    ("Đến hết năm 2022, tỷ lệ giải ngân đạt 64%.", ("Đến hết năm 2022", "2022-01-01", "2022-12-31")),
]


@pytest.mark.parametrize("sentence,expected", TARGET_YEAR_CASES)
def test_target_year_is_the_year(rule_facts, sentence, expected):
    (fact,) = rule_facts(sentence, "percentages")
    assert (fact["period"], fact["period_start"], fact["period_end"]) == expected


def test_earlier_sentence_frame_read_by_the_views_sentences(facts):
    """An earlier sentence's frame is found in the sentence as the view splits it: "TP. Hồ Chí Minh" is no break, so
    the frame opening that sentence, not a period in its closing brackets, dates the figures going on after it."""
    text = (
        "Tính đến cuối tháng 4/2031, tổng dư nợ tại TP. Hồ Chí Minh đạt 900 nghìn tỷ đồng, tăng 2,4% so với cuối năm "
        "(cao hơn mức tăng chung trong 4 tháng đầu năm).\nTrong đó, cho vay tiêu dùng chiếm 41% tổng dư nợ."
    )
    got = facts(text, "percentages")  # the pipeline's sentences (the plain rule splits "TP. ")
    assert [(f["text"], f["period"], f["period_end"]) for f in got] == [
        ("2,4%", "Tính đến cuối tháng 4/2031", "2031-04-30"),
        ("41%", "Tính đến cuối tháng 4/2031", "2031-04-30"),
    ]


# a week named by its number after a link word ("trong tuần 15", "của tuần 14", "trong tuần 15/2025"), as written
WEEK_CASES = [
    ("Trong tuần 22, khối ngoại chiếm 18,4% giá trị giao dịch.", ["tuần 22"]),
    ("Thanh khoản đạt 61,2% trong tuần 9 (so với 58,7% của tuần 8).", ["tuần 9", "tuần 8"]),
    ("Giá trị khớp lệnh trong tuần 31/2030 giảm 4,6% so với tuần trước.", ["tuần 31/2030"]),
    # a term's rate, a count of weeks: no period
    ("Lãi suất qua đêm 3,1%, 1 tuần 3,3%, 2 tuần 3,4%.", [None, None, None]),
    ("Dòng tiền tăng tuần thứ 5 liên tiếp, đạt 44%.", [None]),
]


@pytest.mark.parametrize("sentence,expected", WEEK_CASES)
def test_numbered_week_after_a_link_word(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


# a cut-off at this moment ("Đến thời điểm hiện tại, ...", "nhưng tới thời điểm này ..."), whole like an as-of frame
MOMENT_CASES = [
    ("Đến thời điểm hiện tại, 92% hộ dân trong xã đã có nước sạch.", ["Đến thời điểm hiện tại"]),
    (
        "Công trình khởi công từ ngày 3/2/2029 nhưng tới thời điểm này mới đạt khoảng 35% khối lượng.",
        ["tới thời điểm này"],
    ),
    # not a cut-off: the present as written
    ("Tỷ lệ dùng ví điện tử tại thời điểm hiện tại là 27%.", ["hiện tại"]),
]


@pytest.mark.parametrize("sentence,expected", MOMENT_CASES)
def test_cut_off_at_this_moment(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


# a year entered, opening its sentence or clause before a comma, frames it ("Sang năm 2025, ..."); a postponement
# or a deadline does not
ENTERED_YEAR_CASES = [
    ("Sang năm 2033, doanh thu dự kiến tăng 14% so với năm 2032.", ["năm 2033"]),
    ("Bước sang năm 2029, sản lượng điện mặt trời đã tăng trở lại 9%.", ["năm 2029"]),
    ("Hạ tầng năm 2031 còn thiếu, sang năm 2032, vốn giải ngân giảm 6%.", ["năm 2032"]),
    ("Dự án bị lùi sang năm 2034, tỷ lệ giải ngân mới đạt 27%.", [None]),
    ("Trước năm 2030, tỷ lệ này phải đạt 55%.", [None]),
]


@pytest.mark.parametrize("sentence,expected", ENTERED_YEAR_CASES)
def test_entered_year_frames_its_clause(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected
