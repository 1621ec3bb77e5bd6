"""Percentages: value, range, unit, qualifier, direction (only from a change), sector, comparison."""

import pytest

# (sentence, [(value, value_max, unit, qualifier, direction, sector)])
CASES = [
    ("Kim ngạch xuất khẩu quý II/2024 tăng 14,2% so với cùng kỳ năm trước.", [(14.2, None, "percent", None, "increase", None)]),
    ("Doanh thu bán lẻ hàng hóa tháng 5 giảm 3.1% so với tháng trước.", [(3.1, None, "percent", None, "decrease", "G47")]),
    ("Tỷ lệ nợ xấu toàn hệ thống ở mức 4,55%, tăng so với cuối năm 2023.", [(4.55, None, "percent", None, None, None)]),
    ("Khu vực FDI chiếm 72% tổng kim ngạch xuất khẩu.", [(72, None, "percent", None, None, None)]),
    ("Lãi suất cho vay bình quân còn khoảng 6,5%/năm.", [(6.5, None, "percent", "khoảng", None, None)]),
    ("Lợi nhuận trước thuế của ngân hàng tăng hơn 20% so với năm 2023.", [(20, None, "percent", "hơn", "increase", None)]),
    ("Lạm phát cơ bản bình quân tăng 2,7 điểm phần trăm.", [(2.7, None, "percentage_point", None, "increase", None)]),
    ("CPI tháng 10 giảm 0,3 điểm % so với tháng trước.", [(0.3, None, "percentage_point", None, "decrease", None)]),
    ("Tăng trưởng tín dụng dự kiến đạt 14-15% trong năm nay.", [(14, 15, "percent", None, "increase", None)]),
    ("Mục tiêu tăng trưởng GDP từ 6,5% đến 7% trong năm 2025.", [(6.5, 7, "percent", None, "increase", None)]),
    ("Thu ngân sách đạt 95% dự toán năm.", [(95, None, "percent", None, None, None)]),
    ("Có tới 60% doanh nghiệp được hỏi cho rằng chi phí tăng.", [(60, None, "percent", "tới", None, None)]),
    ("Ngành khai khoáng giảm 7,2%, trong khi ngành chế biến, chế tạo tăng 11,4%.",
     [(7.2, None, "percent", None, "decrease", "B"), (11.4, None, "percent", None, "increase", "C")]),
    ("Tỷ lệ thất nghiệp giảm từ 2,4% xuống 2,2%.", [(2.4, None, "percent", None, None, None), (2.2, None, "percent", None, "decrease", None)]),
    ("Sản lượng điện tăng gần 12 phần trăm so với cùng kỳ.", [(12, None, "percent", "gần", "increase", None)]),
    ("Giá vàng có lúc giảm dưới 1%.", [(1, None, "percent", "dưới", "decrease", None)]),
    ("Chỉ số giá tiêu dùng bình quân tăng 3,5%; lạm phát cơ bản tăng 2,8%.",
     [(3.5, None, "percent", None, "increase", None), (2.8, None, "percent", None, "increase", None)]),
    ("Doanh thu và lợi nhuận lần lượt tăng 5,2 và 7,3%.",
     [(5.2, None, "percent", None, "increase", None), (7.3, None, "percent", None, "increase", None)]),
    ("Đội tuyển thắng 3-1 trong trận đấu tối 15/4.", []),
    ("Lô đất số 12 có diện tích 300 m2, giá 5 tỷ đồng.", []),
    ("Tỷ số 2/3 thành viên tán thành, văn bản số 45.", []),
    ("Phiên bản 5.4 của phần mềm ra mắt năm 2024.", []),
    ("Vốn hóa thị trường xấp xỉ 3,7% GDP.", [(3.7, None, "percent", "xấp xỉ", None, None)]),
    ("Chính phủ giảm thuế giá trị gia tăng 2% cho nhóm hàng hóa này.", [(2, None, "percent", None, "decrease", None)]),
    ("Thuế suất thuế giá trị gia tăng là 10%.", [(10, None, "percent", None, None, None)]),
    ("Chỉ số HNX giảm 2,1 điểm (-0,9%) trong phiên sáng.", [(0.9, None, "percent", None, "decrease", None)]),
    ("Cổ phiếu ngân hàng tăng mạnh, có mã đóng cửa +6,8%.", [(6.8, None, "percent", None, "increase", None)]),
    ("Nhà băng hạ lãi suất cho vay từ 9%/năm xuống 8,5%/năm.",
     [(9, None, "percent", None, None, None), (8.5, None, "percent", None, "decrease", None)]),
    ("Tỷ lệ hộ nghèo giảm từ 6% xuống còn 4,2%.", [(6, None, "percent", None, None, None), (4.2, None, "percent", None, "decrease", None)]),
    ("Thu ngân sách vượt 15% dự toán năm.", [(15, None, "percent", None, "increase", None)]),
    ("Lúa bị thiệt hại khoảng 40% diện tích.", [(40, None, "percent", "khoảng", None, None)]),
    ("Ngành sản xuất kim loại, chủ yếu là thép xây dựng, tăng 13,2%.", [(13.2, None, "percent", None, "increase", "C24")]),
    ("Năm nay ngành xây dựng tăng 8,1%, đóng góp 0,6 điểm phần trăm vào tăng trưởng.",
     [(8.1, None, "percent", None, "increase", "F"), (0.6, None, "percentage_point", None, None, "F")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_percentages(rule_facts, sentence, expected):
    got = [(f["value"], f["value_max"], f["unit"], f["qualifier"], f["direction"], f["sector"])
           for f in rule_facts(sentence, "percentages")]
    assert got == expected


def test_offsets_and_text(rule_facts):
    s = "Năm 2024, xuất khẩu nông sản tăng 18,7% so với cùng kỳ năm 2023."
    (f,) = rule_facts(s, "percentages")
    assert s[f["start"]:f["end"]] == f["text"] == "18,7%"
    assert f["comparison"] == "so với cùng kỳ năm 2023"
    assert f["period"] == "Năm 2024" and f["period_start"] == "2024-01-01" and f["period_end"] == "2024-12-31"


def test_list_inherits_comparison_and_paragraph_period(rule_facts):
    s = ("Tính chung 6 tháng đầu năm 2025, chỉ số sản xuất toàn ngành tăng 9,1% so với cùng kỳ năm trước. "
         "Một số ngành tăng cao so với cùng kỳ như: sản xuất kim loại tăng 15,3%; sản xuất thiết bị điện tăng 12,2%.")
    got = rule_facts(s, "percentages")
    assert [f["sector"] for f in got] == [None, "C24", "C27"]
    assert all(f["comparison"].startswith("so với cùng kỳ") for f in got)
    assert [f["period_end"] for f in got] == ["2025-06-30"] * 3
