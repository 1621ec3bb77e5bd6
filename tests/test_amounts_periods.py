"""Amounts (money and counts, normalised) and periods (ISO bounds)."""

import pytest

AMOUNTS = [
    ("Tổng thu ngân sách đạt 1.234,5 tỷ đồng.", [(1234.5e9, "VND", "money", None)]),
    ("Kim ngạch đạt 3,5 tỷ USD, tăng 12%.", [(3.5e9, "USD", "money", None)]),
    ("Dự án có vốn hơn 1,2 triệu USD.", [(1.2e6, "USD", "money", "hơn")]),
    ("Tổng tài sản ngân hàng vượt 2,1 triệu tỷ đồng.", [(2.1e15, "VND", "money", None)]),
    ("Giá lợn hơi lên 62.000 đồng/kg.", [(62000, "VND", "money", None)]),
    ("Cổ phiếu được bán với giá 12.000 đồng.", [(12000, "VND", "money", None)]),
    ("Chương trình hỗ trợ 500 triệu đồng cho 45 doanh nghiệp.", [(5e8, "VND", "money", None), (45, "doanh nghiệp", "count", None)]),
    ("Tỉnh có 1.240 trường học và gần 25.000 giáo viên.", [(1240, "trường học", "count", None), (25000, "giáo viên", "count", "gần")]),
    ("Sản lượng đạt 3.000 tấn, xuất sang 24 thị trường.", [(3000, "tấn", "count", None), (24, "thị trường", "count", None)]),
    ("Năm 2024 tỉnh đón 3 triệu lượt khách.", [(3e6, "lượt khách", "count", None)]),
    ("Ngày 15/4/2025 đoàn làm việc 3 giờ tại số 12 phố Huế.", []),
    ("Tỉnh sắp xếp lại 135 xã, phường trong năm nay.", [(135, "xã, phường", "count", None)]),
    ("Hàng hóa đã có mặt tại 100 quốc gia và vùng lãnh thổ.", [(100, "quốc gia và vùng lãnh thổ", "count", None)]),
    ("Nhà máy xuất 612.000 tấn thép sang EU.", [(612000, "tấn", "count", None)]),
    ("Đội tuyển thắng 3-1 và giành 4 huy chương vàng.", [(4, "huy chương", "count", None)]),
]


@pytest.mark.parametrize("sentence,expected", AMOUNTS)
def test_amounts(rule_facts, sentence, expected):
    got = [(f["value"], f["unit"], f["kind"], f["qualifier"]) for f in rule_facts(sentence, "amounts")]
    assert [(pytest.approx(v), u, k, q) for v, u, k, q in expected] == got


def test_price_keeps_its_per_unit(rule_facts):
    (f,) = rule_facts("Giá xăng giảm 520 đồng/lít.", "amounts")
    assert f["text"] == "520 đồng" and f["per"] == "lít"


PERIODS = [
    ("Tính chung 9 tháng năm 2024, doanh thu tăng.", ("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    ("Trong 6 tháng đầu năm 2025, xuất khẩu tăng.", ("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")),
    ("Lợi nhuận 6 tháng cuối năm 2023 giảm.", ("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31")),
    ("Lợi nhuận quý III/2024 tăng mạnh.", ("quý III/2024", "2024-07-01", "2024-09-30")),
    ("Doanh thu quý 4 năm 2023 giảm.", ("quý 4 năm 2023", "2023-10-01", "2023-12-31")),
    ("CPI tháng 2/2024 tăng 1,04%.", ("tháng 2/2024", "2024-02-01", "2024-02-29")),
    ("Kế hoạch giai đoạn 2021 - 2025 hoàn thành.", ("giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31")),
    ("Nửa đầu năm 2022, thu ngân sách tăng.", ("Nửa đầu năm 2022", "2022-01-01", "2022-06-30")),
    ("Tháng 8, sản xuất phục hồi.", ("Tháng 8", None, None)),
    ("Tính đến 31/10/2024, dư nợ tín dụng tăng 9%.", ("Tính đến 31/10/2024", "2024-01-01", "2024-10-31")),
    ("Tỷ lệ nợ xấu tại thời điểm 30/6/2025 là 2,1%.", ("thời điểm 30/6/2025", "2025-06-30", "2025-06-30")),
    ("Dư nợ cuối quý I/2025 đạt 15 nghìn tỷ đồng.", ("cuối quý I/2025", "2025-03-31", "2025-03-31")),
    ("Hết tháng 11/2025, giải ngân đạt 70% kế hoạch.", ("Hết tháng 11/2025", "2025-01-01", "2025-11-30")),
    ("Cả năm 2024, kim ngạch tăng 14%.", ("Cả năm 2024", "2024-01-01", "2024-12-31")),
    ("Lũy kế 10 tháng, thu ngân sách đạt 90% dự toán.", ("10 tháng", None, None)),
    ("Giai đoạn từ 01/7/2023 đến 30/6/2024, sản lượng tăng.", ("Giai đoạn từ 01/7/2023 đến 30/6/2024", "2023-07-01", "2024-06-30")),
    ("Từ ngày 1-1 đến hết ngày 31-3-2025, doanh thu tăng.", ("Từ ngày 1-1 đến hết ngày 31-3-2025", "2025-01-01", "2025-03-31")),
    ("Tính từ đầu năm 2024, giá tăng mạnh.", ("từ đầu năm 2024", "2024-01-01", None)),
    ("Tính đến hết tháng 6/2025, dư nợ tăng.", ("Tính đến hết tháng 6/2025", "2025-01-01", "2025-06-30")),
    ("Tính đến hết tháng 3, dư nợ tăng.", ("Tính đến hết tháng 3", None, None)),
    # the cut-off prefix is one pattern (periods.json "cutoff_leads", "cutoff_words") in every shape it opens
    ("Tính tới tháng 5/2023, dư nợ tăng.", ("Tính tới tháng 5/2023", "2023-01-01", "2023-05-31")),
    ("Tới hết ngày 20/8/2022, số thu đạt 60% dự toán.", ("Tới hết ngày 20/8/2022", "2022-01-01", "2022-08-20")),
    ("Cho đến ngày 14/9/2021, vốn giải ngân tăng.", ("Cho đến ngày 14/9/2021", "2021-01-01", "2021-09-14")),
    ("Tới ngày 7/3, lãi suất qua đêm tăng.", ("Tới ngày 7/3", None, None)),
    ("Cho tới cuối tháng 2/2020, tồn kho giảm.", ("Cho tới cuối tháng 2/2020", "2020-02-29", "2020-02-29")),
    ("Dữ liệu tháng 4-2017 cho thấy doanh thu tăng.", ("tháng 4-2017", "2017-04-01", "2017-04-30")),
    ("Tại ngày 30/6/2025, dư nợ tăng.", ("ngày 30/6/2025", "2025-06-30", "2025-06-30")),
    ("Kim ngạch kỳ 2 tháng 3/2024 tăng.", ("kỳ 2 tháng 3/2024", "2024-03-16", "2024-03-31")),
    ("Kim ngạch kỳ 1 tháng 3/2024 tăng.", ("kỳ 1 tháng 3/2024", "2024-03-01", "2024-03-15")),
    ("Giá nhà tăng 50% kể từ tháng 3/2019.", ("kể từ tháng 3/2019", "2019-03-01", None)),
    ("Giá quặng giảm 25% kể từ cuối năm 2023.", ("kể từ cuối năm 2023", "2023-12-31", None)),
    ("Cổ phiếu tăng 43% kể từ giữa tháng 9/2024.", ("kể từ giữa tháng 9/2024", "2024-09-15", None)),
    ("Giá tăng 25% trong 3 năm kể từ năm 2020.", ("3 năm kể từ năm 2020", "2020-01-01", "2022-12-31")),
    ("Trong 4 năm (2018 - 2021), sản lượng tăng.", ("4 năm (2018 - 2021)", "2018-01-01", "2021-12-31")),
    ("Trong 5 năm trở lại đây, sản lượng tăng.", ("5 năm trở lại đây", None, None)),
    ("Trong niên vụ 2021-2022, sản lượng tăng.", ("niên vụ 2021-2022", None, None)),
    ("Trong năm nay, sản lượng tăng.", ("năm nay", None, None)),
    ("Giá thép trong Q3/2024 tăng.", ("Q3/2024", "2024-07-01", "2024-09-30")),
    ("Quy hoạch thời kỳ 2021-2030 được duyệt.", ("thời kỳ 2021-2030", "2021-01-01", "2030-12-31")),
    ("Bình quân từ năm 2016 – 2020, sản lượng tăng.", ("năm 2016 – 2020", "2016-01-01", "2020-12-31")),
    ("Trong các năm 2018 - 2019, sản lượng tăng.", ("các năm 2018 - 2019", "2018-01-01", "2019-12-31")),
    ("Sản lượng tháng 4 năm nay tăng.", ("tháng 4 năm nay", None, None)),
    # issue 11: starts with no end, day spans without a year or with a dash, named months, "này", "tới"
    ("Từ năm 2018 đến nay, giá thuê tăng.", ("Từ năm 2018 đến nay", "2018-01-01", None)),
    ("Từ ngày 1/7/2025, mức lương tăng.", ("Từ ngày 1/7/2025", "2025-07-01", None)),
    # days of one month, a session's day, a weekday with its date, a session named relative to the text
    ("Đợt khảo sát từ ngày 3-7/4/2024 có 900 người.", ("từ ngày 3-7/4/2024", "2024-04-03", "2024-04-07")),
    ("Tuần từ 10 - 14/6, thanh khoản giảm.", ("Tuần từ 10 - 14/6", None, None)),
    ("Chốt phiên 14/8/2024, chỉ số giảm.", ("phiên 14/8/2024", "2024-08-14", "2024-08-14")),
    ("Giá đồng tăng ngày thứ Năm (9/3).", ("ngày thứ Năm (9/3)", None, None)),
    ("Giá bạc tăng trong phiên hôm qua.", ("phiên hôm qua", None, None)),
    ("Đặc biệt từ cuối tháng 3/2019, lãi suất giảm.", ("từ cuối tháng 3/2019", "2019-03-01", None)),
    ("Từ năm 2030 trở đi, mức đóng tăng.", ("Từ năm 2030 trở đi", "2030-01-01", None)),
    ("Tuần từ 4/3 - 8/3/2024, lãi suất giảm.", ("từ 4/3 - 8/3/2024", "2024-03-04", "2024-03-08")),
    ("Cổ phiếu tăng mạnh từ ngày 2/5 đến ngày 20/6.", ("từ ngày 2/5 đến ngày 20/6", None, None)),
    ("Tính từ đầu tuần, giá bạc giảm.", ("từ đầu tuần", None, None)),
    ("Kinh tế có thể tăng chậm lại trong 20 năm tới.", ("20 năm tới", None, None)),
    ("Lợi nhuận quý 2 này tăng.", ("quý 2 này", None, None)),
    # a number of months written as a word
    ("Tính chung sáu tháng đầu năm 2030, doanh thu tăng.", ("sáu tháng đầu năm 2030", "2030-01-01", "2030-06-30")),
    ("Lũy kế hai tháng đầu năm, sản lượng giảm.", ("hai tháng đầu năm", None, None)),
    ("Chín tháng năm 2029 vốn giải ngân tăng.", ("Chín tháng năm 2029", "2029-01-01", "2029-09-30")),
    ("Trong mười hai tháng năm 2031, doanh thu tăng.", ("mười hai tháng năm 2031", "2031-01-01", "2031-12-31")),
    # a weekday or a month's number after the word: no count of months
    ("Ngày thứ Ba tháng 12 năm 2031, giá tăng.", ("tháng 12 năm 2031", "2031-12-01", "2031-12-31")),
    ("Trong hai tháng 5 và 6/2031, giá tăng.", ("tháng 5", None, None)),
    # the last month or quarter named without its year, as written
    ("Doanh số trong tháng 4 vừa qua tăng.", ("tháng 4 vừa qua", None, None)),
    ("Tính đến hết tháng 8 vừa qua, vốn đã phân bổ hết.", ("Tính đến hết tháng 8 vừa qua", None, None)),
    ("Xuất khẩu trong tháng Hai tăng.", ("tháng Hai", None, None)),
    # a stretch's end or a target year, a year span, cut-offs without a year, relative years
    ("Mục tiêu đến năm 2030 đạt 100 tỷ USD.", ("đến năm 2030", "2030-01-01", "2030-12-31")),
    ("Tính đến năm 2022, sản lượng tăng.", ("Tính đến năm 2022", "2022-01-01", "2022-12-31")),
    ("Đến 2030, diện tích rừng tăng.", ("Đến 2030", "2030-01-01", "2030-12-31")),
    ("Từ năm 2016 đến năm 2020, sản lượng tăng.", ("Từ năm 2016 đến năm 2020", "2016-01-01", "2020-12-31")),
    ("Tính đến hết tháng 3 năm nay, số người tham gia tăng.", ("Tính đến hết tháng 3 năm nay", None, None)),
    ("Đến ngày 30/9, vốn đã phân bổ hết.", ("Đến ngày 30/9", None, None)),
    ("Giải ngân từ đầu năm đến ngày 30/9/2024 đạt 40 tỷ đồng.",
     ("từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")),
    ("Xuất khẩu từ đầu năm đến hết tháng 11/2023 đạt 4 tỷ USD.",
     ("từ đầu năm đến hết tháng 11/2023", "2023-01-01", "2023-11-30")),
    ("Ước thực hiện hết tháng 9 đạt 60 tỷ đồng.", ("hết tháng 9", None, None)),
    # a cut-off word before the end of a month, quarter or year is part of the period as written
    ("Tính đến hết Q1, tín dụng tăng.", ("Tính đến hết Q1", None, None)),
    ("Đến cuối quý 2/2031, dư nợ tăng.", ("Đến cuối quý 2/2031", "2031-06-30", "2031-06-30")),
    ("Tính từ đầu năm đến giữa tháng 7/2031, doanh thu tăng.",
     ("từ đầu năm đến giữa tháng 7/2031", "2031-01-01", "2031-07-15")),
    ("Thu ngân sách từ đầu năm đến cuối tháng 10/2031 đạt 9 tỷ đồng.",
     ("từ đầu năm đến cuối tháng 10/2031", "2031-01-01", "2031-10-31")),
    ("Trong 5 năm tiếp theo, vốn tăng.", ("5 năm tiếp theo", None, None)),
    ("Lượng khách từ tháng 11/2030 đến tháng 2/2031 tăng.", ("từ tháng 11/2030 đến tháng 2/2031", "2030-11-01", "2031-02-28")),
    ("Từ tháng 3 đến hết tháng 5/2031, doanh thu tăng.", ("Từ tháng 3 đến hết tháng 5/2031", "2031-03-01", "2031-05-31")),
    ("Từ tháng 10 đến tháng 12, hãng bán chạy.", ("Từ tháng 10 đến tháng 12", None, None)),
    ("Chỉ số đóng cửa tuần giao dịch thứ 12/2031 ở 900 điểm.", ("tuần giao dịch thứ 12/2031", None, None)),
    # a survey's day
    ("Cuộc khảo sát của một hãng tư vấn thực hiện ngày 3/9 cho thấy nhu cầu tăng.", ("ngày 3/9", None, None)),
    ("Trong 11 tháng của năm 2023, gạo xuất khẩu tăng.", ("11 tháng của năm 2023", "2023-01-01", "2023-11-30")),
    ("Cuối năm ngoái, nhà đầu tư cá nhân sở hữu nhiều trái phiếu.", ("Cuối năm ngoái", None, None)),
    ("Hãng sẽ tăng giá trong năm tới.", ("năm tới", None, None)),
    ("Phiên ngày thứ Tư, giá bạc giảm.", ("Phiên ngày thứ Tư", None, None)),
    ("Hợp đồng kỳ hạn tháng 7 đã giảm hôm đầu tuần.", ("hôm đầu tuần", None, None)),
    ("Sức mua trong dịp Tết Nguyên đán tăng mạnh.", ("dịp Tết Nguyên đán", None, None)),
    ("Trong tháng 7 âm lịch, sức mua giảm.", ("tháng 7 âm lịch", None, None)),
    ("Sản lượng tăng đều trong giai đoạn 2019 đến 2023.", ("giai đoạn 2019 đến 2023", "2019-01-01", "2023-12-31")),
    ("Nhu cầu tăng trong giai đoạn dự báo 2024 tới năm 2031.",
     ("giai đoạn dự báo 2024 tới năm 2031", "2024-01-01", "2031-12-31")),
    ("Sức mua tháng cuối cùng của năm 2021 tăng mạnh.", ("tháng cuối cùng của năm 2021", "2021-12-01", "2021-12-31")),
    ("Lượng khách trong quý đầu tiên của năm 2023 giảm.", ("quý đầu tiên của năm 2023", "2023-01-01", "2023-03-31")),
    ("Giá thuê trong tháng đầu tiên của năm nay tăng.", ("tháng đầu tiên của năm nay", None, None)),
    ("Trong giai đoạn từ năm 2017 đến tháng 6/2022, giá tăng.",
     ("giai đoạn từ năm 2017 đến tháng 6/2022", "2017-01-01", "2022-06-30")),
    ("Tổng thu hồi nợ từ năm 2013 đến 2015 đạt 22 tỷ đồng.", ("từ năm 2013 đến 2015", "2013-01-01", "2015-12-31")),
    ("Tại siêu thị từ đầu tháng 11 đến nay, doanh thu tăng.", ("từ đầu tháng 11 đến nay", None, None)),
    ("Giá xăng giữa kỳ điều hành giá ngày 05/2/2025 và kỳ điều hành ngày 12/2/2025 giảm.",
     ("giữa kỳ điều hành giá ngày 05/2/2025 và kỳ điều hành ngày 12/2/2025", "2025-02-05", "2025-02-12")),
]


@pytest.mark.parametrize("sentence,expected", PERIODS)
def test_periods(rule_facts, sentence, expected):
    got = [(p["text"], p["period_start"], p["period_end"]) for p in rule_facts(sentence, "periods")]
    assert got == [expected]


@pytest.mark.parametrize("sentence", [
    "Chiến lược phát triển ngành, tầm nhìn đến năm 2050 được công bố.",
    "Lãi suất kỳ hạn 1 tháng 4,4%, kỳ hạn 6 - 12 tháng 5,1%.",
    "Xác suất suy thoái trong vòng một năm tới là 30%.",
    "Ông theo đuổi ý tưởng này suốt mấy năm nay.",
    "Nguồn cung giảm và ghi nhận mức thấp nhất từ đầu năm đến nay.",
    "Theo báo cáo “Xu hướng thương mại điện tử năm 2024”, người mua tăng.",
    "Đây là mức giảm mạnh nhất kể từ tháng 9 năm ngoái.",
    "Ngày 15 tháng 8 năm 2024, hội nghị khai mạc.",
    "Anh đã làm việc 3 tháng ở đây.",
    "Ngày 2/4, ngân hàng công bố tỷ giá.",
    "Khoản vay kỳ hạn 3 tháng có lãi suất thấp.",
    "Giá dầu WTI giao tháng 8/2024 đóng cửa ở 80 USD/thùng.",
    "Đây là mức thấp nhất kể từ năm 2009.",
    "Anh ấy làm việc ở đây từ năm 2015.",
    "Mã Q1 và Q2 của dự án đã được duyệt.",
    "Trên nền tảng 75 năm quan hệ hữu nghị, hai nước hợp tác.",
    "Nhóm đã có 3 tháng quan sát thực địa.",
    "Chỉ số đạt mức cao nhất từ năm 2010 đến nay.",
    "Quy định áp dụng kể từ ngày 1/1/2026.",
    "Giá bạc giao tháng Năm đóng cửa ở 30 USD.",
    "Mức giá giữ nguyên đến phiên 20/5.",
    "Giá dầu tăng ngày thứ ba liên tiếp.",
    "Các dự án chậm tiến độ trong những tháng cuối cùng của năm.",
])
def test_not_periods(rule_facts, sentence):
    assert rule_facts(sentence, "periods") == []


def test_a_bare_year_part_start_is_no_period(rule_facts):
    """ "từ cuối năm 2016" without "đến nay" / "trở đi" is a start point: no stretch of its own."""
    assert [p["text"] for p in rule_facts("Được biết từ cuối năm 2016, sở đã thanh tra.", "periods")] == ["cuối năm 2016"]
