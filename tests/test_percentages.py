"""Percentages: value, range, unit, qualifier, direction (only from a change), sector, comparison."""

import pytest

# (sentence, [(value, value_max, unit, qualifier, direction, sector)])
CASES = [
    (
        "Kim ngạch xuất khẩu quý II/2024 tăng 14,2% so với cùng kỳ năm trước.",
        [(14.2, None, "percent", None, "increase", None)],
    ),
    (
        "Doanh thu bán lẻ hàng hóa tháng 5 giảm 3.1% so với tháng trước.",
        [(3.1, None, "percent", None, "decrease", "G47")],
    ),
    (
        "Tỷ lệ nợ xấu toàn hệ thống ở mức 4,55%, tăng so với cuối năm 2023.",
        [(4.55, None, "percent", None, None, None)],
    ),
    ("Khu vực FDI chiếm 72% tổng kim ngạch xuất khẩu.", [(72, None, "percent", None, None, None)]),
    ("Lãi suất cho vay bình quân còn khoảng 6,5%/năm.", [(6.5, None, "percent", "khoảng", None, None)]),
    (
        "Lợi nhuận trước thuế của ngân hàng tăng hơn 20% so với năm 2023.",
        [(20, None, "percent", "hơn", "increase", None)],
    ),
    (
        "Lạm phát cơ bản bình quân tăng 2,7 điểm phần trăm.",
        [(2.7, None, "percentage_point", None, "increase", None)],
    ),
    (
        "CPI tháng 10 giảm 0,3 điểm % so với tháng trước.",
        [(0.3, None, "percentage_point", None, "decrease", None)],
    ),
    ("Tăng trưởng tín dụng dự kiến đạt 14-15% trong năm nay.", [(14, 15, "percent", None, "increase", None)]),
    (
        "Mục tiêu tăng trưởng GDP từ 6,5% đến 7% trong năm 2025.",
        [(6.5, 7, "percent", None, "increase", None)],
    ),
    ("Thu ngân sách đạt 95% dự toán năm.", [(95, None, "percent", None, None, None)]),
    # "tới", "lên tới" stress the figure; they are not among the guide's qualifiers
    ("Có tới 60% doanh nghiệp được hỏi cho rằng chi phí tăng.", [(60, None, "percent", None, None, None)]),
    (
        "Ngành khai khoáng giảm 7,2%, trong khi ngành chế biến, chế tạo tăng 11,4%.",
        [(7.2, None, "percent", None, "decrease", "B"), (11.4, None, "percent", None, "increase", "C")],
    ),
    (
        "Tỷ lệ thất nghiệp giảm từ 2,4% xuống 2,2%.",
        [(2.4, None, "percent", None, "decrease", None), (2.2, None, "percent", None, "decrease", None)],
    ),
    (
        "Sản lượng điện tăng gần 12 phần trăm so với cùng kỳ.",
        [(12, None, "percent", "gần", "increase", None)],
    ),
    ("Giá vàng có lúc giảm dưới 1%.", [(1, None, "percent", "dưới", "decrease", None)]),
    (
        "Chỉ số giá tiêu dùng bình quân tăng 3,5%; lạm phát cơ bản tăng 2,8%.",
        [(3.5, None, "percent", None, "increase", None), (2.8, None, "percent", None, "increase", None)],
    ),
    (
        "Doanh thu và lợi nhuận lần lượt tăng 5,2 và 7,3%.",
        [(5.2, None, "percent", None, "increase", None), (7.3, None, "percent", None, "increase", None)],
    ),
    ("Đội tuyển thắng 3-1 trong trận đấu tối 15/4.", []),
    ("Lô đất số 12 có diện tích 300 m2, giá 5 tỷ đồng.", []),
    ("Tỷ số 2/3 thành viên tán thành, văn bản số 45.", []),
    ("Phiên bản 5.4 của phần mềm ra mắt năm 2024.", []),
    ("Vốn hóa thị trường xấp xỉ 3,7% GDP.", [(3.7, None, "percent", "xấp xỉ", None, None)]),
    (
        "Chính phủ giảm thuế giá trị gia tăng 2% cho nhóm hàng hóa này.",
        [(2, None, "percent", None, "decrease", None)],
    ),
    ("Thuế suất thuế giá trị gia tăng là 10%.", [(10, None, "percent", None, None, None)]),
    ("Chỉ số HNX giảm 2,1 điểm (-0,9%) trong phiên sáng.", [(-0.9, None, "percent", None, "decrease", None)]),
    ("Cổ phiếu ngân hàng tăng mạnh, có mã đóng cửa +6,8%.", [(6.8, None, "percent", None, "increase", None)]),
    (
        "Nhà băng hạ lãi suất cho vay từ 9%/năm xuống 8,5%/năm.",
        [(9, None, "percent", None, "decrease", None), (8.5, None, "percent", None, "decrease", None)],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 6% xuống còn 4,2%.",
        [(6, None, "percent", None, "decrease", None), (4.2, None, "percent", None, "decrease", None)],
    ),
    # issue 11: an elided change, from-to pairs across a few words, a sign set apart after a ticker
    (
        "Nguồn cung mới giảm 40% theo quý, 25% theo năm.",
        [(40, None, "percent", None, "decrease", None), (25, None, "percent", None, "decrease", None)],
    ),
    (
        "Tỷ trọng tăng nhanh, từ 8% năm 2010 lên 21% năm 2020.",
        [(8, None, "percent", None, "increase", None), (21, None, "percent", None, "increase", None)],
    ),
    (
        "Cổ đông lớn giảm sở hữu từ 5,2%, về 3,1% vốn điều lệ.",
        [(5.2, None, "percent", None, "decrease", None), (3.1, None, "percent", None, "decrease", None)],
    ),
    (
        "Mức thuế có thể từ mức 60% xuống khoảng 30-35%.",
        [(60, None, "percent", None, "decrease", None), (30, 35, "percent", "khoảng", "decrease", None)],
    ),
    ("Giá dầu thô nhảy vọt 2,4%.", [(2.4, None, "percent", None, "increase", None)]),
    (
        "Các mã giảm mạnh nhất gồm HPG - 4,2%; VNM -3,1%.",
        [(4.2, None, "percent", None, "decrease", None), (-3.1, None, "percent", None, "decrease", None)],
    ),
    ("Thị trường có mức tăng trưởng cao với 6,1%.", [(6.1, None, "percent", None, "increase", None)]),
    (
        "Việc đổi tuyến làm gia tăng chi phí của các chuyến tàu như vậy thêm 20%.",
        [(20, None, "percent", None, "increase", None)],
    ),
    ("Mức cắt giảm trong tháng 3 tương ứng 90% cam kết.", [(90, None, "percent", None, None, None)]),
    ("Thu ngân sách vượt 15% dự toán năm.", [(15, None, "percent", None, "increase", None)]),
    ("Lúa bị thiệt hại khoảng 40% diện tích.", [(40, None, "percent", "khoảng", None, None)]),
    (
        "Ngành sản xuất kim loại, chủ yếu là thép xây dựng, tăng 13,2%.",
        [(13.2, None, "percent", None, "increase", "C24")],
    ),
    (
        "Năm nay ngành xây dựng tăng 8,1%, đóng góp 0,6 điểm phần trăm vào tăng trưởng.",
        [(8.1, None, "percent", None, "increase", "F"), (0.6, None, "percentage_point", None, None, "F")],
    ),
    # real-news habits (issue 11): signs as written, glued figures, cues
    (
        "Giá dầu thô năm qua biến động mạnh, thấp nhất là -2,5% vào quý II.",
        [(-2.5, None, "percent", None, "decrease", None)],
    ),
    ("Chỉ số VN30 đóng cửa -1,2%, thanh khoản thấp.", [(-1.2, None, "percent", None, "decrease", None)]),
    (
        "Kim ngạch nhập khẩu tăng5% trong khi xuất khẩu giảm3,2%.",
        [(5, None, "percent", None, "increase", None), (3.2, None, "percent", None, "decrease", None)],
    ),
    ("Mã cổ phiếu VN30-2024 không phải tỷ lệ, còn lãi suất là 5%.", [(5, None, "percent", None, None, None)]),
    (
        "Các phiên giao dịch vào thứ 3 và thứ 5; 60% giao dịch diễn ra buổi sáng.",
        [(60, None, "percent", None, None, None)],
    ),
    (
        "Năm nay khách du lịch chi tiêu nhiều hơn năm trước 12%.",
        [(12, None, "percent", None, "increase", None)],
    ),
    ("Lượng khách quốc tế ít hơn năm trước khoảng 4%.", [(4, None, "percent", "khoảng", "decrease", None)]),
    (
        "Lãi suất huy động giảm về còn 4,1% và 4,6%.",
        [(4.1, None, "percent", None, "decrease", None), (4.6, None, "percent", None, "decrease", None)],
    ),
    (
        "Dư nợ tăng 6,2% so với cuối năm và 11,5% so với cùng kỳ.",
        [(6.2, None, "percent", None, "increase", None), (11.5, None, "percent", None, "increase", None)],
    ),
    (
        "Lợi nhuận tăng 12% so với cùng kỳ và hoàn thành 80% kế hoạch năm.",
        [(12, None, "percent", None, "increase", None), (80, None, "percent", None, None, None)],
    ),
    (
        "Tỷ lệ nợ xấu ở mức 2,1%, tăng nhẹ so với mức 1,8% cuối năm trước.",
        [(2.1, None, "percent", None, None, None), (1.8, None, "percent", None, None, None)],
    ),
    (
        "Ngân hàng hạ dự báo tăng trưởng năm nay xuống 5,8% so với mức 6,3% trước đó.",
        [(5.8, None, "percent", None, "increase", None), (6.3, None, "percent", None, "increase", None)],
    ),
    (
        "Doanh số tăng cao 7% so với cùng kỳ, công nhân tăng ca liên tục.",
        [(7, None, "percent", None, "increase", None)],
    ),
    # a clause that only restates the change before it (issue 11)
    (
        "Giá bạc giảm 0,4 USD/ounce, tương đương 1,6%, xuống 24,1 USD/ounce.",
        [(1.6, None, "percent", None, "decrease", None)],
    ),
    (
        "Giá dầu Brent tăng 1,2 USD, tương đương khoảng 1,5%.",
        [(1.5, None, "percent", "khoảng", "increase", None)],
    ),
    (
        "Doanh nghiệp nộp thuế 4.000 tỷ đồng, tương đương 12% tổng thu.",
        [(12, None, "percent", None, None, None)],
    ),
    (
        "Lượng khách có tốc độ tăng trưởng cao, đạt bình quân 18%/năm.",
        [(18, None, "percent", None, "increase", None)],
    ),
    (
        "Thị trường có mức tăng trưởng ấn tượng, bình quân gần 25% mỗi năm.",
        [(25, None, "percent", "gần", "increase", None)],
    ),
    (
        "Doanh thu tăng 10%, đạt 95% kế hoạch năm.",
        [(10, None, "percent", None, "increase", None), (95, None, "percent", None, None, None)],
    ),
    (
        "Tỷ lệ dự trữ bắt buộc giảm từ 8% xuống 6% năm 2020, xuống 5% năm 2021 và giảm tiếp còn 4% năm 2022.",
        [
            (8, None, "percent", None, "decrease", None),
            (6, None, "percent", None, "decrease", None),
            (5, None, "percent", None, "decrease", None),
            (4, None, "percent", None, "decrease", None),
        ],
    ),
    # "cao hơn" is a change, not the qualifier "hơn"; "trong khoảng" is a range, not "about"
    ("Giá nhập khẩu cao hơn 10-15% so với hàng nội.", [(10, 15, "percent", None, "increase", None)]),
    ("Tỷ lệ đỗ thường nằm trong khoảng 60 - 70%.", [(60, 70, "percent", None, None, None)]),
    ("Giá vé máy bay tăng lên tới 40% dịp lễ.", [(40, None, "percent", None, "increase", None)]),
    # the sector of a figure: not when the predicate has a subject of its own
    (
        "Cơ cấu nguồn điện gồm: than 50%; năng lượng tái tạo: 31 tỷ kWh, chiếm 13,5%.",
        [(50, None, "percent", None, None, None), (13.5, None, "percent", None, None, "D35")],
    ),
    (
        "Ngành dệt may dự kiến tăng 6-8% và ngành đầu tư công khoảng 9%.",
        [(6, 8, "percent", None, "increase", "C"), (9, None, "percent", "khoảng", "increase", None)],
    ),
]

# (sentence, [direction of each figure]): a change governs its figures, not a figure after other words
DIRECTION_CASES = [
    ("Giá xe đạp, xe máy tăng lần lượt 0,42%; 0,12% và 0,16%.", ["increase"] * 3),
    (
        "Giá vàng tăng gần 2% sau khi chính phủ dọa từ tháng sau sẽ áp thuế quan 50% lên hàng nhập khẩu.",
        ["increase", None],
    ),
    ("Nhóm giao thông tăng cao nhất với 3,85%.", ["increase"]),
    ("Fed nâng lãi suất cơ bản thêm 0,25 điểm phần trăm.", ["increase"]),
    ("Giá căn hộ đã lên 10% so với trước Tết.", ["increase"]),
    ("Thuế suất được áp lên tới 52% cho thép cuộn.", [None]),
    ("Kinh tế tư nhân dẫn dắt sự tăng trưởng của thành phố, chiếm 59,5% GDP.", [None]),
    ("Mức trợ cấp được nâng lên 500.000 đồng, tương đương 33% chuẩn nghèo.", [None]),
    ("Giá ca cao giảm 39 USD, tương đương 1,9% xuống 2.017 USD/tấn.", ["decrease"]),
    ("Thị phần tăng lên mức 57% trong năm 2016 từ mức 46% trong năm 2015.", ["increase", "increase"]),
    # a growth rate cut "từ X% còn Y%" stays a growth rate ("còn" makes Y a level; the pair takes X's change)
    ("Quỹ tiền tệ hạ dự báo tăng trưởng của khu vực từ 2,1% còn 1,6%.", ["increase", "increase"]),
    ("Tỷ lệ hộ nghèo của xã từ 7% còn 5%.", ["decrease", "decrease"]),
]


@pytest.mark.parametrize("sentence,expected", DIRECTION_CASES)
def test_percentage_directions(rule_facts, sentence, expected):
    assert [f["direction"] for f in rule_facts(sentence, "percentages")] == expected


@pytest.mark.parametrize("sentence,expected", CASES)
def test_percentages(rule_facts, sentence, expected):
    got = [
        (f["value"], f["value_max"], f["unit"], f["qualifier"], f["direction"], f["sector"])
        for f in rule_facts(sentence, "percentages")
    ]
    assert got == expected


def test_offsets_and_text(rule_facts):
    s = "Năm 2024, xuất khẩu nông sản tăng 18,7% so với cùng kỳ năm 2023."
    (f,) = rule_facts(s, "percentages")
    assert s[f["start"] : f["end"]] == f["text"] == "18,7%"
    assert f["comparison"] == "so với cùng kỳ năm 2023"
    assert f["period"] == "Năm 2024" and f["period_start"] == "2024-01-01" and f["period_end"] == "2024-12-31"


def test_list_inherits_comparison_and_paragraph_period(rule_facts):
    s = (
        "Tính chung 6 tháng đầu năm 2025, chỉ số sản xuất toàn ngành tăng 9,1% so với cùng kỳ năm trước. "
        "Một số ngành tăng cao so với cùng kỳ như: sản xuất kim loại tăng 15,3%; sản xuất thiết bị điện tăng 12,2%."
    )
    got = rule_facts(s, "percentages")
    assert [f["sector"] for f in got] == [None, "C24", "C27"]
    assert all(f["comparison"].startswith("so với cùng kỳ") for f in got)
    assert [f["period_end"] for f in got] == ["2025-06-30"] * 3


# (text, [period of each figure]): the period of real news figures (issue 11)
PERIOD_CASES = [
    ("Từ đầu năm đến nay, giá thép đã tăng 8,5%.", ["Từ đầu năm đến nay"]),
    ("Cổ phiếu này tăng 3,1% từ đầu năm.", ["từ đầu năm"]),
    ("Tính đến tháng 5-2023, số hợp tác xã giảm 12%.", ["Tính đến tháng 5-2023"]),
    (
        "Trong đợt cao điểm (từ 1-2 đến hết 28-2-2024), tỷ lệ tàu chạy đúng giờ đạt 96%.",
        ["từ 1-2 đến hết 28-2-2024"],
    ),
    (
        "Quý II/2024, số lao động là 51 triệu, tăng 60 nghìn người (0,12%) so với quý II/2023.",
        ["Quý II/2024"],
    ),
    (
        "Chỉ số chứng khoán tăng 3%, còn thấp hơn khoảng 9% so với mức đỉnh ghi nhận vào tháng 4.",
        [None, None],
    ),
    ("Dự kiến cả năm, công ty tiêu thụ 20 triệu lít, đạt 96% kế hoạch năm 2025.", ["cả năm"]),
    ("Với các khoản vay 6 tháng và 12 tháng, lãi suất là 5% và 6%.", [None, None]),
    ("Tại ngày 1/3, lãi suất tín phiếu là 2,5%/năm.", ["ngày 1/3"]),
    ("Đồng USD đóng cửa cuối ngày 5/6 với mức tăng 0,3%.", ["ngày 5/6"]),
    # a day opening the clause dates it (the real gold's "Ngày 23/4, ... ở mức 4%/năm"); a bare day elsewhere does not
    ("Ngày 5/6, đồng USD tăng 0,3%.", ["Ngày 5/6"]),
    ("Đồng USD tăng 0,3% và quỹ sẽ cơ cấu danh mục vào ngày 5/6.", [None]),
    ("Giá vàng đã tăng 4% sau khi chạm mức thấp nhất trong 3 tháng qua.", [None]),
    # several periods in one clause: the one right after the figure, else the nearest before it
    ("Thị phần của hãng tăng lên 31% trong năm 2019 từ mức 24% trong năm 2018.", ["năm 2019", "năm 2018"]),
    ("Doanh thu quý I tăng 4,2% sang quý II đã tăng 7,5%.", ["quý I", "quý II"]),
    (
        "Lợi nhuận 6 tháng đầu năm tăng 3% kéo theo chỉ số 6 tháng đầu năm 2019 tăng 1,2%.",
        ["6 tháng đầu năm", "6 tháng đầu năm 2019"],
    ),
    (
        "Tỷ lệ này giảm từ 50% xuống 45% từ tháng 1/2020 và còn 40% từ tháng 1/2021.",
        [None, "tháng 1/2020", "tháng 1/2021"],
    ),
    ("Tỷ lệ tăng cao nhất là 2,4% vào năm 2012, thấp nhất là 0,6% năm 2016.", ["năm 2012", "năm 2016"]),
    ("Mục tiêu đến năm 2030, tỷ lệ đô thị hóa đạt 50%.", ["năm 2030"]),  # a target year (real gold: 16 of 16)
    (
        "Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050: tỷ lệ che phủ rừng 42%.",
        ["thời kỳ 2021 - 2030"],
    ),
    # a plan's period frames a figure only when nothing else does
    (
        "Tính đến ngày 15/7/2024, thu ngân sách bằng 61% dự toán địa phương năm 2024.",
        ["Tính đến ngày 15/7/2024"],
    ),
    ("Công ty phấn đấu giải ngân đạt 95% kế hoạch vốn năm 2025.", ["năm 2025"]),
    # the period a figure owns inside a base; a rate after its term
    ("Tín dụng tăng 3,9%, gấp đôi mức 1,9% của cùng kỳ năm trước.", [None, "cùng kỳ năm trước"]),
    ("Lãi suất qua đêm 4,3%; 1 tuần 4,4%; 1 tháng 4,5%.", [None, None, None]),
    ("Đến 2030, 100% diện tích rừng được quản lý bền vững.", ["2030"]),
    # a bracket right after a figure holds its period; a cause's time is not the figure's; a school year
    (
        "Lương hưu được điều chỉnh tương ứng: 8% (năm 2016); 7,44% (năm 2017); 6,92% (năm 2018).",
        ["năm 2016", "năm 2017", "năm 2018"],
    ),
    ("Nhóm giáo dục tăng 1,88% do một số địa phương tăng học phí năm học 2024-2025.", [None]),
    (
        "Bộ đưa ra 29 chỉ tiêu cho năm học 2024-2025. Trong đó, huy động 99,7% trẻ em 6 tuổi vào lớp 1.",
        ["năm học 2024-2025"],
    ),
    # an earlier sentence that reports a change against a base frames the figures after it
    (
        "Nguồn cung sụt giảm mạnh trong tháng 11/2022 so với tháng trước. Với 170 căn được mở bán, giảm tới 70%.",
        ["tháng 11/2022"],
    ),
    # an earlier sentence frames the figures after it when it reports a figure (a share, a multiple, an amount), not
    # when its only numbers are a score or a date
    (
        "Đội chủ nhà thắng 7-6, 6-2 và vào bán kết giải đấu năm nay. Thông số trận đấu: giao bóng 61%, 70%.",
        [None, None],
    ),
    ("Nhập khẩu tăng 50 lần trong giai đoạn 2001-2010. Vì vậy, giá giảm 0,6%.", ["giai đoạn 2001-2010"]),
    # a base's bracketed time is the base's; an earlier sentence that opens on its period frames the figures after
    (
        "Riêng tháng 5/2025, có 15 nghìn doanh nghiệp. So với tháng trước (tháng 4/2025), số doanh nghiệp giảm 0,6%.",
        ["tháng 5/2025"],
    ),
    (
        "Trong 3 năm gần đây, doanh số tăng 30% mỗi năm. Năm 2024, thu nhập tăng 17%. Đồng thời, ROE đạt 21,5%.",
        ["3 năm gần đây", "Năm 2024", "Năm 2024"],
    ),
    (
        "Báo cáo “Xu hướng thương mại điện tử năm 2024” ghi nhận trong 12 tháng qua, doanh số tăng 48%. "
        "Trong đó, thể thao tăng 73%.",
        ["12 tháng qua", "12 tháng qua"],
    ),
    # a trading session frames its own sentence only; the present ("hiện nay") inherits no period
    ("Phiên ngày thứ Hai, giá bạc giảm 1,2%. Quỹ ETF nắm giữ 30% lượng bạc.", ["Phiên ngày thứ Hai", None]),
    (
        "Mục tiêu đến năm 2030 đào tạo 5.000 kỹ sư. Hiện nay, nguồn nhân lực mới đáp ứng 50% mục tiêu.",
        ["Hiện nay"],
    ),
    # "Hiện" opening its sentence dates it to the present, as written (gold j0174, l0112), never to an earlier year
    ("Năm 2024, doanh thu đạt 10 tỷ USD, tăng 8%. Hiện thị phần của hãng là 20%.", ["Năm 2024", "Hiện"]),
    # figures listed "respectively" take the periods named before them, of one shape and as many as they are
    (
        "Giá thuê giảm còn 28 USD vào cuối năm 2023, 26 USD vào cuối năm 2024 và 24 USD vào cuối năm 2025. "
        "Tỷ lệ trống sẽ tăng tương ứng 14%; 17% và 20%.",
        ["cuối năm 2023", "cuối năm 2024", "cuối năm 2025"],
    ),
    ("Lợi nhuận quý 1 và quý 2 lần lượt tăng 5% và 7%.", ["quý 1", "quý 2"]),
    (
        "Tính đến cuối tháng 4/2024, giá thép cuộn và thép cây lần lượt tăng 4% và 2%.",
        ["Tính đến cuối tháng 4/2024"] * 2,
    ),
    # the same period written with its year before the figure
    (
        "Tính chung 6 tháng đầu năm, kim ngạch xuất khẩu trong 6 tháng đầu năm 2024 đạt 190 tỷ USD. "
        "Trong đó, xuất khẩu điện thoại tăng 9%.",
        ["6 tháng đầu năm 2024"],
    ),
    # a period inside a comparison base is the base's, also after "thời điểm" or a figure
    ("Giá thép tăng 30% so với thời điểm tháng 5/2020, có nơi tăng tới 40%.", [None, None]),
    ("Doanh thu đạt 2,1 tỷ USD, tăng 8,4% so với mức 1,94 tỷ USD của tháng 6/2023.", [None]),
    # a start point in another clause is not inherited
    ("Bà Lan làm Giám đốc từ tháng 6/2019 và sở hữu 2 triệu cổ phiếu, chiếm 1,5%.", [None]),
    # a day opening its clause, a session's day, a weekday with its date, a session named relative to the text,
    # days of one month: the figure's time; such a day frames its own sentence only
    ("Ngày 12/3, lãi suất tín phiếu ở mức 3,2%/năm. Lãi suất qua đêm là 2%.", ["Ngày 12/3", None]),
    ("Chốt phiên 14/8, chỉ số chính giảm 7 điểm (-0,6%).", ["phiên 14/8"]),
    ("Giá đồng tăng 2,4% ngày thứ Năm (9/3), theo sàn giao dịch.", ["ngày thứ Năm (9/3)"]),
    ("Giá dầu tăng ngày thứ ba liên tiếp, thêm 2%.", [None]),
    ("Kết thúc phiên giao dịch đêm qua, giá bạc tăng 0,4%.", ["phiên giao dịch đêm qua"]),
    ("Cuộc khảo sát từ ngày 3-7/4 cho thấy 41% người được hỏi hài lòng.", ["từ ngày 3-7/4"]),
    ("Tuần từ 10 - 14/6, lãi suất qua đêm ở mức 4,1%.", ["Tuần từ 10 - 14/6"]),
    # ... nor the time of a figure behind a cause or a report word
    ("Ngày 8/3, hàng hóa bị áp thuế 40% vì cộng thêm cả 15% đã áp trước đó.", ["Ngày 8/3", None]),
    ("Ngày 8/3, ông Bình cho rằng lạm phát sẽ ở mức 3%.", [None]),
    # a day after an end word is no figure's time: "duy trì đến phiên 20/5"
    ("Lãi suất được nâng lên 4,5% và giữ nguyên đến phiên 20/5.", [None]),
    # shapes of real news
    ("Giá đất nền tăng 120% kể từ năm 2015.", ["kể từ năm 2015"]),
    ("Giá dầu chạm mức thấp nhất kể từ năm 2016, giảm 2%.", [None]),
    ("GDP bình quân tăng 6,5%/năm trong 10 năm qua.", ["10 năm qua"]),
    ("Bình quân trong 5 năm (2016 – 2020), tín dụng tăng 13%/năm.", ["5 năm (2016 – 2020)"]),
    ("Sản lượng cà phê niên vụ 2023/24 giảm 10% so với niên vụ trước.", ["niên vụ 2023/24"]),
    ("Trị giá xuất khẩu kỳ 1 tháng 6/2024 tăng 5,5% so với kỳ 2 tháng 5/2024.", ["kỳ 1 tháng 6/2024"]),
    ("Tính đến hết ngày 15/10, thu ngân sách đạt 90% dự toán.", ["Tính đến hết ngày 15/10"]),
    # a plan's period inside a base that opens the sentence frames its figures; a plan's base in another clause does not
    (
        "So với kế hoạch cả năm 2031, sản lượng đạt 101,5%; trong đó khai thác vượt 3,2%.",
        ["cả năm 2031", "cả năm 2031"],
    ),
    ("Doanh thu bằng 91% so với kế hoạch năm 2031; lợi nhuận bằng 84% so với năm 2030.", ["năm 2031", None]),
    # a list of years that ends on another period
    (
        "Lãi suất bình quân các năm 2030; 2029 và giai đoạn 2011-2015 lần lượt là: 3,2%/năm; 3,5%/năm và 9,1%/năm.",
        ["năm 2030", "2029", "giai đoạn 2011-2015"],
    ),
    ("Tuần giao dịch thứ 2 liên tiếp, chỉ số tăng 2%.", [None]),
    # the frame that opens the figure's sentence, when the period after the figure is another's (what people say)
    (
        "Năm 2030, kinh tế tăng trưởng 2,9% nhưng các chuyên gia lo ngại kinh tế sẽ giảm tốc trong năm nay.",
        ["Năm 2030"],
    ),
    # a quarter or a session named relative to the text
    ("Nguồn cung trong quý này giảm 40% theo năm.", ["quý này"]),
    ("Trong phiên này, cổ phiếu A giảm 3,1%.", ["phiên này"]),
    ("Lợi nhuận tăng 5% so với quý trước.", [None]),
    # a survey's results are dated in its own sentence or not at all
    (
        "Giá vàng tăng 2% trong tháng 6. Cuộc khảo sát với 500 người cho thấy 61% dự đoán giá sẽ tăng.",
        ["tháng 6", None],
    ),
    ("Xuất khẩu tăng 9% trong quý 2/2031. Có 45% số doanh nghiệp được khảo sát lạc quan.", ["quý 2/2031"] * 2),
    # a relative frame carries into the next sentence when that one goes on with it ("Cụ thể", "Trong đó"); a day not
    (
        "Doanh số đạt 900 tỷ đồng trong tuần vừa qua. Cụ thể, nhóm A tăng 1,5% và nhóm B giảm 2%. Nhóm C tăng 4%.",
        ["tuần vừa qua", "tuần vừa qua", None],
    ),
    ("Ngày 9/10, cơ quan cho biết xuất khẩu tháng 9/2031 tăng 2%. Trong đó, gạo tăng 5%.", ["tháng 9/2031"] * 2),
    # a survey's day dates the survey's figures, before or after it; not a base's figure
    ("Cuộc thăm dò dư luận công bố ngày 4/3 cho thấy ứng viên A dẫn trước 6 điểm phần trăm.", ["ngày 4/3"]),
    ("Tỷ lệ ủng hộ đã lên tới 41%, theo kết quả thăm dò ngày 12/10.", ["ngày 12/10"]),
    (
        "Cuộc khảo sát thực hiện ngày 2/11 cho thấy 37% người dùng hài lòng, cao hơn so với 30% của lần trước.",
        ["ngày 2/11", None],
    ),
    ("Ngày 2/11, ngân hàng cho biết 37% khách hàng đã dùng ứng dụng.", ["Ngày 2/11"]),
    ("Lũy kế chi 8 tháng đạt 60% dự toán năm.", ["8 tháng"]),
    ("Xuất khẩu tăng 7% so với cùng kỳ năm trước (cùng kỳ năm 2019 tăng 9%).", [None, "cùng kỳ năm 2019"]),
    ("Giá cà phê kỳ hạn tháng 9 giảm 1,2%, giá đường giao tháng 10 tăng 0,4%.", [None, None]),
    ("Xuất khẩu 7 tháng năm 2023 đều cao hơn cùng kỳ năm trước như: gạo tăng 9%.", ["7 tháng năm 2023"]),
    ("Ngân hàng dự báo tăng trưởng năm nay đạt 6,2%.", ["năm nay"]),
    ("Lợi nhuận 9 tháng đầu năm nay tăng 14%.", ["9 tháng đầu năm nay"]),
    ("Giá vàng giảm 2% trong vòng 1 tháng trở lại đây.", ["1 tháng trở lại đây"]),
    # issue 11: a start with no end, a period after a list of figures, another figure's period, the frame
    ("Từ năm 2019 đến nay, tỷ lệ này luôn chiếm trên 40%.", ["Từ năm 2019 đến nay"]),
    ("Chỉ số bán lẻ đạt mức cao nhất từ năm 2019 đến nay, tăng 5%.", [None]),
    (
        "Xuất khẩu sang Nhật và Hàn Quốc tăng lần lượt 12% và 7% trong 5 tháng đầu năm 2023.",
        ["5 tháng đầu năm 2023", "5 tháng đầu năm 2023"],
    ),
    (
        "Lợi nhuận quý 1 tăng 8%, thấp hơn mức tăng 12% của quý 4. So với quý 4/2023, lợi nhuận giảm 3%.",
        ["quý 1", "quý 4", "quý 1"],
    ),
    (
        "Tính chung 8 tháng năm 2022, sản lượng tăng 6% (cùng kỳ năm 2021 giảm 2%). Trong đó, thép tăng 9%.",
        ["8 tháng năm 2022", "cùng kỳ năm 2021", "8 tháng năm 2022"],
    ),
    ("Tỷ suất cổ tức năm 2020, 2021 và 2022 lần lượt là 10%; 12%; 15%.", ["năm 2020", "2021", "2022"]),
    # a figure right before "cùng kỳ" is measured against it; "của cùng kỳ" is its own time
    ("Diện tích thu hoạch đạt 48 nghìn ha, bằng 109,5% cùng kỳ năm trước.", [None]),
    (
        "Biên lãi gộp quý IV/2016 tăng lên 29,6% so với 27,5% cùng kỳ năm trước.",
        ["quý IV/2016", "cùng kỳ năm trước"],
    ),
    # the period before the figure is an earlier figure's: this one's stands after its object
    ("Mục tiêu là vốn hóa đạt 90% GDP vào năm 2026 và đạt 110% GDP vào năm 2031.", ["năm 2026", "năm 2031"]),
    ("Tỷ lệ này chiếm 25% dân số suốt mấy năm nay.", [None]),
    ("Năm nay, tỷ lệ đăng ký chiếm 70% (cao hơn năm ngoái khoảng 4%).", ["Năm nay", "Năm nay"]),
    ("Giá sẽ tăng mạnh hơn trong năm nay, khoảng 5%.", ["năm nay"]),
    # a period after what a figure's people think or plan dates that, not the figure
    ("Khảo sát cho thấy 61% người được hỏi cho rằng sẽ mua nhiều hơn trong năm tới.", [None]),
    ("Có 45% doanh nghiệp có kế hoạch tăng tuyển dụng trong 6 tháng tới.", [None]),
    # the time of a figure's cause is not inherited by the figures after it
    (
        "Nhóm giáo dục tăng 0,9% chủ yếu do năm học 2025-2026 bắt đầu. Theo đó giá sách tăng 3,1% so với tháng trước.",
        [None, None],
    ),
    # a figure tied to a deadline in its clause inherits no period
    (
        "Tỷ lệ giải ngân đến ngày 30/10 mới đạt 60% kế hoạch. Tỉnh phấn đấu giải ngân trên 90% trước ngày 31/1/2026.",
        ["đến ngày 30/10", None],
    ),
    # a period after the next figure that also frames the sentence is this figure's too
    (
        "Trong 3 tháng đầu năm 2022, mặt hàng chính là gạo. Trong đó, gạo tẻ chiếm 30% tổng lượng. Đứng thứ hai "
        "là gạo nếp, chiếm 20% và gạo thơm chiếm 10% tổng lượng trong 3 tháng đầu năm 2022.",
        ["3 tháng đầu năm 2022"] * 3,
    ),
    # a list of figures going on in the next paragraph keeps its intro's period; a new paragraph does not
    (
        "Bộ đặt 12 chỉ tiêu cho năm học 2025-2026.\nTrong đó, các chỉ tiêu như: tỷ lệ A đạt 98%; tỷ lệ B đạt 97%."
        "\n15 tỉnh đạt chuẩn mức 2; tỷ lệ C đạt 90%; tỷ lệ D đạt 80%.",
        ["năm học 2025-2026"] * 4,
    ),
    (
        "Bộ đặt 12 chỉ tiêu cho năm học 2025-2026.\nTrong đó, các chỉ tiêu như: tỷ lệ A đạt 98%; tỷ lệ B đạt 97%."
        "\nTỷ lệ C đạt 90%; tỷ lệ D đạt 80%.",
        ["năm học 2025-2026"] * 2 + [None] * 2,
    ),
]


# frames a figure is dated to, as written: the present opening its clause, a day named relative to the text,
# a session or forecast on a date, a named day, a few years up to now, a time ago
FRAME_CASES = [
    ("Hiện tại, độ phủ mạng đạt khoảng 90% dân số.", ["Hiện tại"]),
    ("Tỷ lệ này từng là 15% cách đây 10 năm nhưng hiện nay đã lên 40%.", ["cách đây 10 năm", "hiện nay"]),
    ("Quy định về thuế hiện nay đặt mức 10% cho mặt hàng này.", [None]),
    # the present right after a figure is that figure's time, not the next one's
    ("Thuế suất sẽ giảm từ mức 18% hiện tại xuống còn 12%.", ["hiện tại", None]),
    ("Tỷ lệ này tăng từ 30% năm 2030 lên 45% hiện nay.", ["năm 2030", "hiện nay"]),
    ("Tỷ lệ phủ sóng đạt 80% tính đến nay và sẽ lên 95%.", ["tính đến nay", None]),
    # an explicit cut-off at now: "Tính đến nay, ...", also a bare "Đến nay" opening its clause, but not the end of
    # a stretch ("từ đó đến nay")
    ("Tính đến nay, xã có 500 hộ, trong đó 60% hộ trồng chè.", ["Tính đến nay"]),
    ("Đến nay, huyện đã giải ngân 40 tỷ đồng, đạt 62% kế hoạch.", ["Đến nay"]),
    ("Theo ban quản lý, đến nay dự án B đã đạt 75% khối lượng, 25% còn lại làm trong quý tới.", ["đến nay"] * 2),
    ("Từ đó đến nay, giá phòng đã tăng 20%.", [None]),
    # a week named relative to the text, not a day of that week nor a base's week
    ("Tuần trước, chỉ số B giảm 1,2%. Giá bạc tăng 4%.", ["Tuần trước", None]),
    ("Giá thép đã tăng 3% trong hai tuần qua.", ["hai tuần qua"]),
    ("Dự luật thông qua vào thứ Năm tuần trước đặt mức thuế 3,5%.", [None]),
    ("Giá cà phê giảm 1,8% so với đóng cửa tuần trước.", [None]),
    # a month named relative to the text, and a whole week or month ("cả tuần"), but not a month's number
    ("Giá bạc đã tăng khoảng 3% trong tháng này.", ["tháng này"]),
    ("Tính chung cả tuần qua, giá mặt hàng B hạ 1,1%.", ["cả tuần qua"]),
    ("Cả tháng, chỉ số C tăng 6,2% và chỉ số D tăng 9,6%.", ["Cả tháng", "Cả tháng"]),
    ("Xét cả tháng 6, giá tăng 2%.", ["tháng 6"]),
    ("Chỉ số tồn kho tăng 0,9% so với cùng thời điểm tháng trước.", [None]),
    (
        "Tại thời điểm 1/8/2031, lao động tăng 0,9%. Trong đó, khu vực B tương đương tháng trước và giảm 1,9%.",
        ["thời điểm 1/8/2031"] * 2,
    ),
    ("Trong năm 2031, số người hưởng trợ cấp hằng tháng này giảm 4,5%.", ["năm 2031"]),
    ("Lượng khách trong tháng 3 vừa qua tăng 12%.", ["tháng 3 vừa qua"]),
    # a month named relative to now takes the year the text gave it before
    ("Doanh thu tháng 3/2031 đạt 5 tỷ đồng. Trong tháng 3 vừa qua, lợi nhuận tăng 8%.", ["tháng 3/2031"]),
    # ... but not another month whose number starts the same ("tháng 1" is not "tháng 12/2031")
    (
        "Xuất khẩu tháng 12/2031 tăng 5% so với cùng kỳ. Trong tháng 1 vừa qua, nhập khẩu tăng 3%.",
        ["tháng 12/2031", "tháng 1 vừa qua"],
    ),
    ("Tính chung ba tháng đầu năm 2031, thu ngân sách tăng 6%.", ["ba tháng đầu năm 2031"]),
    ("Hôm thứ Ba, giá bạc tăng 2,5% sau tin lãi suất.", ["Hôm thứ Ba"]),
    ("Tính tới ngày 10/3, công ty đã bán được 60% số cổ phiếu chào bán.", ["Tính tới ngày 10/3"]),
    ("Trong cuộc khảo sát thực hiện từ ngày 5-9/8, đảng B được 35% ủng hộ.", ["từ ngày 5-9/8"]),
    (
        "Trong giai đoạn thực hiện, từ năm 2015-2020, công ty A chi 10-15% doanh thu cho quảng cáo.",
        ["năm 2015-2020"],
    ),
    (
        "Lúc 10h sáng nay (12/3), giá dầu giảm 0,8%. Quỹ A nắm giữ 30% lượng dầu.",
        ["10h sáng nay (12/3)", None],
    ),
    ("Tính từ 8h sáng nay, bệnh viện tiếp nhận 50 ca, 40% là trẻ em.", ["8h sáng nay"]),
    ("Trong phiên giao dịch ngày 9/4, giá cà phê giảm gần 2%.", ["phiên giao dịch ngày 9/4"]),
    ("Có 30% người mua sô-cô-la trong ngày Valentine.", ["ngày Valentine"]),
    (
        "Vài năm trở lại đây, số khách tăng khoảng 30%. Giá phòng chiếm 50% chi phí.",
        ["Vài năm trở lại đây", None],
    ),
    (
        "Dự báo chi tiết ngày và đêm 9/5 trên cả nước: Vùng A nhiều mây. Độ ẩm 60-90%. Nhiệt độ 20 độ. "
        "Vùng B nắng. Gió nhẹ. Trời ít mây. Độ ẩm 50-80%.",
        ["ngày và đêm 9/5"] * 2,
    ),
]


@pytest.mark.parametrize("sentence,expected", FRAME_CASES)
def test_percentage_frames(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_figures_of_the_same_bases_go_on_in_the_next_paragraph(rule_facts):
    """A paragraph naming no period before its first figure, whose base repeats one the paragraph before gives its
    figures, goes on with that paragraph's figures."""
    s = (
        "Doanh thu quý 3/2024 đạt 900 tỷ đồng (tăng 5% so với cùng kỳ năm trước).\n"
        "Sản lượng bán: 20.000 tấn (tăng 8% so với cùng kỳ năm trước).\n"
        "Giá cổ phiếu đã tăng 12% so với đầu tháng."
    )
    assert [f["period"] for f in rule_facts(s, "percentages")] == ["quý 3/2024", "quý 3/2024", None]


@pytest.mark.parametrize("sentence,expected", PERIOD_CASES)
def test_percentage_periods(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_respective_years_have_their_bounds(rule_facts):
    got = rule_facts("Tỷ suất cổ tức năm 2020, 2021 và 2022 lần lượt là 10%; 12%; 15%.", "percentages")
    assert [(f["period_start"], f["period_end"]) for f in got] == [
        ("2020-01-01", "2020-12-31"),
        ("2021-01-01", "2021-12-31"),
        ("2022-01-01", "2022-12-31"),
    ]


def test_list_goes_on_in_the_next_paragraph(rule_facts):
    """ "Trong đó, ..." opening a paragraph continues the list of the paragraph before."""
    s = (
        "Trong 8 tháng năm 2023, kim ngạch đạt 20 tỷ USD, tăng 6% so với cùng kỳ năm 2022.\n"
        "Trong đó, xuất khẩu tăng 9%, nhập khẩu tăng 3%."
    )
    got = rule_facts(s, "percentages")
    assert [f["period"] for f in got] == ["8 tháng năm 2023"] * 3
    assert [f["comparison"] for f in got] == ["so với cùng kỳ năm 2022"] * 3


def test_contrast_goes_on_in_the_next_paragraph(rule_facts):
    """ "Ở chiều ngược lại, ..." opening a paragraph continues the figures of the paragraph before."""
    s = (
        "Trong 5 tháng năm 2022, sản lượng của một số ngành tăng so với cùng kỳ năm trước: ngành A tăng 8%; ngành B "
        "tăng 5%.\nỞ chiều ngược lại, ngành C giảm 4%; ngành D giảm 2%."
    )
    got = rule_facts(s, "percentages")
    assert [f["period"] for f in got] == ["5 tháng năm 2022"] * 4
    assert [f["comparison"] for f in got] == ["so với cùng kỳ năm trước"] * 4


def test_inheritance_reaches_a_few_sentences_back(rule_facts):
    """A figure inherits from the sentences just before it, not from a whole page flattened into one
    paragraph."""
    near = "Năm 2022, doanh số đạt 10 tỷ USD. Hãng A tăng 20%. Hãng B tăng 10%."
    assert [f["period"] for f in rule_facts(near, "percentages")] == ["Năm 2022"] * 2
    far = (
        "Năm 2022, doanh số đạt kỷ lục. Thị trường khá yên ắng. Các thương nhân chờ đợi. "
        "Người trồng giữ hàng. Giá ca cao giảm 3%."
    )
    assert [f["period"] for f in rule_facts(far, "percentages")] == [None]


# (text, [comparison of each figure]): the base as written, to the end of its noun phrase
COMPARISON_CASES = [
    # a stop word that opens an estimate goes on with the base
    ("Thu năm 2031 giảm 2,7% so với số ước thực hiện năm 2030.", ["so với số ước thực hiện năm 2030"]),
    ("Lợi nhuận giảm 18% so với ước tính năm 2030.", ["so với ước tính năm 2030"]),
    ("Xuất khẩu tăng 6% so với cùng kỳ, ước đạt 21 tỷ USD.", ["so với cùng kỳ"]),
    (
        "Xuất khẩu đạt 3,2 tỷ USD, tăng 9,5% so với mức 2,92 tỷ USD của tháng 4/2022.",
        ["so với mức 2,92 tỷ USD của tháng 4/2022"],
    ),
    (
        "Doanh thu so với cùng kỳ năm trước của các tỉnh như sau: Bình Dương tăng 12%; Đồng Nai tăng 8%.",
        ["so với cùng kỳ năm trước", "so với cùng kỳ năm trước"],
    ),
    ("Giá cổ phiếu thấp hơn 15% so với mức đỉnh của 52 tuần.", ["so với mức đỉnh của 52 tuần"]),
    # a base after the brackets that hold the figure or follow it
    ("Số lao động là 50 triệu, tăng 80 nghìn người (0,16%) so với quý II/2019.", ["so với quý II/2019"]),
    (
        "Kim ngạch đạt 9 tỷ USD, tăng 6,2% (tương đương 0,5 tỷ USD) so với kỳ 2 tháng 5/2024.",
        ["so với kỳ 2 tháng 5/2024"],
    ),
    ("Giá vàng tăng 1,1% (phiên trước giảm 0,4%) trong phiên chiều.", [None, None]),
    # issue 11: quarter-on-quarter and year-on-year, a base ends on its time, a share leaves the base to the change
    ("Giá thuê tăng 2% theo quý và 5% theo năm.", ["theo quý", "theo năm"]),
    (
        "So với cùng kỳ năm ngoái sản lượng giảm 4%, còn giá trị tăng 6%.",
        ["So với cùng kỳ năm ngoái", "So với cùng kỳ năm ngoái"],
    ),
    (
        "Lợi nhuận giảm 9% so với quý liền kề trước đó chủ yếu do chi phí tăng.",
        ["so với quý liền kề trước đó"],
    ),
    ("Lợi nhuận tăng 7% do nền so sánh thấp.", [None]),
    ("Doanh thu mảng này chiếm 40% và tăng 12% so với cùng kỳ.", [None, "so với cùng kỳ"]),
    # a figure that is a base has none; a base keeps its figure and its time, or runs on to it
    ("Tỷ lệ trống giảm còn 4,2% so với 4,9% của quý 1/2023.", ["so với 4,9% của quý 1/2023", None]),
    ("Tín dụng tăng 3,9%, gấp đôi mức 1,9% của cùng kỳ năm trước.", [None, None]),
    ("Lãi trước thuế tăng 50% so với thực hiện trong năm 2023.", ["so với thực hiện trong năm 2023"]),
    ("Giá vàng tăng 0,5% so với tháng 7/2023 sau cuộc họp của Fed.", ["so với tháng 7/2023"]),
    ("Lợi nhuận tăng 12% so với cùng kỳ trong quý 1.", ["so với cùng kỳ"]),
    ("Các mặt hàng tăng so với cùng kỳ gồm: gỗ tăng 26%; dệt may tăng 27%.", ["so với cùng kỳ"] * 2),
    ("Chỉ số IIP tháng 7 tăng 12,8% yoy.", ["yoy"]),
    # a level leaves the base to the change before it; a list intro's base goes to levels only after "đạt", "bằng"
    ("Doanh thu tăng 1,8% so với phiên trước và đóng góp 11,2% tổng giá trị.", ["so với phiên trước", None]),
    ("Hàng tồn kho giảm mạnh so với đầu năm, chiếm 7,2% tổng tài sản.", [None]),
    (
        "Thuế suất của Việt Nam hấp dẫn so với các nước trong khu vực: thuế suất phổ thông 20%, ưu đãi 10%.",
        [None, None],
    ),
    (
        "So với cùng kỳ năm trước, doanh thu đạt 105%, lợi nhuận đạt 98%.",
        ["So với cùng kỳ năm trước", "So với cùng kỳ năm trước"],
    ),
    # a bracketed figure takes its list intro's base; a base after a restating clause or parallel changes
    (
        "Trị giá xuất khẩu tăng so với kỳ 1 tháng 2/2024 ở các nhóm hàng sau: điện thoại tăng 768 triệu USD "
        "(tương ứng tăng 48,4%); giày dép tăng 178 triệu USD (tương ứng tăng 35,5%).",
        ["so với kỳ 1 tháng 2/2024"] * 2,
    ),
    (
        "Tổng trị giá xuất khẩu đạt 59 tỷ USD, tăng 19%, tương ứng tăng 9,45 tỷ USD so với cùng kỳ năm trước.",
        ["so với cùng kỳ năm trước"],
    ),
    (
        "Số doanh nghiệp giảm 2%, vốn đăng ký giảm 34,1% và số lao động giảm 12,8% so với cùng kỳ năm trước.",
        ["so với cùng kỳ năm trước"] * 3,
    ),
    (
        "Cổ phiếu A tăng 38%; cổ phiếu B tăng 42% trong khi chỉ số hồi phục 23% so với phiên tạo đáy.",
        [None, None, "so với phiên tạo đáy"],
    ),
    ("Chỉ số tăng 2,9%, còn thấp hơn khoảng 7% so với mức đỉnh.", [None, "so với mức đỉnh"]),
    ("Vận chuyển tăng tới 205% so với cùng kỳ nhưng thị phần giảm còn 0,12%.", ["so với cùng kỳ", None]),
    ("Số doanh nghiệp tháng 5/2025 giảm 0,6% so với tháng trước (tháng 4/2025).", ["so với tháng trước"]),
    ("Sản lượng tăng 5,8%, giảm tốc so với mức tăng 6,1% của tháng 4.", ["so với mức", None]),
    ("Xuất khẩu giảm 1,7% so với cùng kỳ 2024 - mức giảm mạnh nhất trong năm.", ["so với cùng kỳ 2024"]),
    # an earlier sentence lends its time base, not a count or a level it compares
    ("Doanh thu tăng mạnh so với cùng kỳ năm trước. Mảng bán lẻ tăng 9%.", ["so với cùng kỳ năm trước"]),
    ("Có 120 mã giảm, so với 80 mã tăng. Các mã giảm mạnh có AAB (-3,2%), CCD (-4,1%).", [None, None]),
    # a base at the end of parallel items, each with its amount and change (and an aside in brackets)
    (
        "Khối X đạt 12 tỷ USD, tăng 6,2% (tương ứng tăng 0,7 tỷ USD); khối Y là 9 tỷ USD, giảm 3,4% "
        "(tương ứng giảm 0,3 tỷ USD) so với cùng kỳ năm trước.",
        ["so với cùng kỳ năm trước"] * 2,
    ),
    (
        "Hàng A đạt 5 tỷ USD, tăng 7%; hàng B đạt 2 tỷ USD, tăng 4% so với năm trước.",
        ["so với năm trước"] * 2,
    ),
    # a base's own figure may carry a sign
    (
        "Chỉ số đạt -2% (kể từ đầu năm), giảm sâu so với mức -1,5% của tháng trước.",
        ["so với mức -1,5% của tháng trước", None],
    ),
]


@pytest.mark.parametrize("sentence,expected", COMPARISON_CASES)
def test_percentage_comparisons(rule_facts, sentence, expected):
    assert [f["comparison"] for f in rule_facts(sentence, "percentages")] == expected


def test_a_session_named_by_a_day_part_takes_its_bracketed_date(rule_facts):
    """ "Phiên sáng nay (28/6/2024)": one frame rule for sessions and days named relative to the text."""
    (f,) = rule_facts("Phiên sáng nay (28/6/2024), chỉ số chính tăng 1,2%.", "percentages")
    assert (f["period"], f["period_start"], f["period_end"]) == (
        "Phiên sáng nay (28/6/2024)",
        "2024-06-28",
        "2024-06-28",
    )


# an as-of frame keeps its cut-off words; the years a change took date both figures of its pair; a span of years
# written with "từ"; none of these from a term ("thuế suất 10% trong 15 năm") or a record's reach ("cao nhất
# trong 2 năm")
AS_OF_AND_SPAN_CASES = [
    ("Tính đến thời điểm hiện tại, dự án đã giải ngân 64% vốn.", ["Tính đến thời điểm hiện tại"]),
    ("Theo báo cáo, tính tới hiện tại công ty đạt 55% kế hoạch.", ["tính tới hiện tại"]),
    ("Tính đến thời điểm này, tỉnh mới giải ngân 31% kế hoạch vốn.", ["Tính đến thời điểm này"]),
    ("Theo hiệp hội, tính hết quý 2/2022, tỷ lệ lấp đầy đạt 72%.", ["tính hết quý 2/2022"]),
    ("Trong giai đoạn từ 2012-2020, tỷ trọng của nhóm này tăng từ 9% lên 27%.", ["giai đoạn từ 2012-2020"] * 2),
    ("Thị phần của hãng giảm từ 31% xuống còn 12% trong 7 năm.", ["7 năm"] * 2),
    ("Tỷ lệ người dùng ví điện tử đã tăng từ 14% lên 38% chỉ trong vòng hai năm.", ["hai năm"] * 2),
    ("Doanh nghiệp mới được hưởng thuế suất 10% trong 15 năm.", [None]),
    ("Lạm phát tăng lên 3,6%, mức cao nhất trong 2 năm.", [None]),
    ("Doanh thu tăng 12% trong hơn 10 năm qua.", ["10 năm qua"]),
]


@pytest.mark.parametrize("sentence,expected", AS_OF_AND_SPAN_CASES)
def test_as_of_frames_and_change_spans(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_change_span_and_as_of_bounds(rule_facts):
    assert [(f["period_start"], f["period_end"]) for f in rule_facts(
        "Tính hết năm 2021, tỷ lệ trống đạt 18%. Thị phần giảm từ 31% xuống 12% trong 7 năm.", "percentages"
    )] == [("2021-01-01", "2021-12-31"), (None, None), (None, None)]


# a day that opens a sentence dates the sentence going on with it ("Cụ thể: ...") when it is the only time that
# sentence names; not a report's date followed by the time it reports
DAY_GOES_ON_CASES = [
    (
        "Ngày 9/3, lãi suất chào bình quân giảm 0,05 điểm % so với phiên trước đó. Cụ thể: qua đêm 3,1%; 1 tuần 3,3%.",
        ["Ngày 9/3"] * 3,
    ),
    (
        "Ngày 12/8, cơ quan thống kê cho biết doanh thu trong tháng 7 tăng 1,2%. Trong đó, bán lẻ tăng 2,5%.",
        ["tháng 7", "tháng 7"],
    ),
    ("Ngày 9/3, lãi suất giảm 0,05 điểm %. Theo đó, tín phiếu có lãi suất 2,9%.", ["Ngày 9/3", None]),
]


@pytest.mark.parametrize("sentence,expected", DAY_GOES_ON_CASES)
def test_a_day_dates_the_sentence_going_on_with_it(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_a_vanished_share_price_is_a_decrease(rule_facts):
    assert [f["direction"] for f in rule_facts("Cổ phiếu của hãng đã bốc hơi 12,5% giá trị.", "percentages")] == [
        "decrease"
    ]


# a start stated alone in the clause right after the figure's is the figure's time; not one that opens a clause of
# its own
START_AFTER_CASES = [
    ("Giá dịch vụ tăng bình quân 4%, thực hiện từ ngày 1/3/2026.", ["từ ngày 1/3/2026"]),
    ("Hiệp hội đề xuất hai mức 3,5% hoặc 4,2%, từ ngày 1/1/2027, cùng lúc với đợt điều chỉnh.", ["từ ngày 1/1/2027"] * 2),
    ("Phí tăng 5% so với mức cũ, để áp dụng từ ngày 1/9/2026, theo đề xuất.", ["từ ngày 1/9/2026"]),
    ("Phí tăng 5%, từ ngày 1/9/2026 người dùng phải trả thêm.", [None]),
]


@pytest.mark.parametrize("sentence,expected", START_AFTER_CASES)
def test_a_start_stated_after_the_figure(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


# a figure of the plan ("đạt 95% kế hoạch") is measured against the plan: no other base of its clause
PLAN_FIGURE_CASES = [
    ("Doanh thu năm 2022 tăng 18% so với năm 2021 và vượt 112% kế hoạch năm.", ["so với năm 2021", None]),
    ("Sản lượng đạt 8 triệu tấn, bằng 41,2% kế hoạch năm và 104% so với cùng kỳ.", [None, "so với cùng kỳ"]),
    ("Vốn giải ngân đạt 97% so với kế hoạch.", ["so với kế hoạch"]),
]


@pytest.mark.parametrize("sentence,expected", PLAN_FIGURE_CASES)
def test_a_figure_of_the_plan_has_no_other_base(rule_facts, sentence, expected):
    assert [f["comparison"] for f in rule_facts(sentence, "percentages")] == expected


# a year's end with no cut-off word, after "vào" or opening its sentence, is written as the year; a level right
# before it ("mức 1,8% cuối năm 2021") and a cut-off ("Đến cuối năm 2020") keep it whole
YEAR_END_CASES = [
    ("Tỷ lệ nợ xấu của ngành ước khoảng 3,1% vào cuối năm 2019.", [("năm 2019", "2019-01-01", "2019-12-31")]),
    ("Cuối năm 2018, công ty A đã mua 40% cổ phần của công ty B.", [("năm 2018", "2018-01-01", "2018-12-31")]),
    ("Lạm phát cao hơn mức 1,8% cuối năm 2021.", [("cuối năm 2021", "2021-12-31", "2021-12-31")]),
    ("Đến cuối năm 2020, tỷ lệ phủ sóng đạt 90%.", [("Đến cuối năm 2020", "2020-12-31", "2020-12-31")]),
]


@pytest.mark.parametrize("sentence,expected", YEAR_END_CASES)
def test_year_end_written_as_the_year(rule_facts, sentence, expected):
    got = rule_facts(sentence, "percentages")
    assert [(f["period"], f["period_start"], f["period_end"]) for f in got] == expected


# a present frame opening a quotation dates the quoted figure; a year's end or middle starts a stretch up to now
QUOTE_AND_SINCE_CASES = [
    ("Ông cho biết: “Hiện nay tỷ lệ che phủ của rừng đạt 42%.", ["Hiện nay"]),
    ("Từ cuối năm 2012 đến nay, xã đã trồng 5 nghìn cây, tỷ lệ sống đạt 93%.", ["Từ cuối năm 2012 đến nay"]),
    ("Từ giữa năm 2013 trở đi, giá thuê tăng 6%.", ["Từ giữa năm 2013 trở đi"]),
]


@pytest.mark.parametrize("sentence,expected", QUOTE_AND_SINCE_CASES)
def test_quoted_present_and_year_part_since(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_year_part_since_bounds(rule_facts):
    got = rule_facts("Từ cuối năm 2012 đến nay, giá tăng 9%. Từ giữa năm 2013 trở đi, giá thuê tăng 6%.", "percentages")
    assert [(f["period_start"], f["period_end"]) for f in got] == [("2012-12-31", None), ("2013-07-01", None)]


# "kể từ ... đến nay" runs up to now: the stretch written from "từ", also opening its sentence; a record's start
# ("cao nhất kể từ năm 2009 đến nay") and a bare "Kể từ năm 2009," stay no period
SINCE_UP_TO_NOW_CASES = [
    ("Kể từ năm 2009 đến nay, sản lượng tăng bình quân 5,1%/năm.", ["từ năm 2009 đến nay"]),
    ("Giá cổ phiếu tăng hơn 30% kể từ giữa tháng 8 cho tới nay.", ["từ giữa tháng 8 cho tới nay"]),
    ("Đây là mức cao nhất kể từ năm 2009 đến nay, tăng 5%.", [None]),
    ("Kể từ năm 2009, sản lượng tăng bình quân 5,1%/năm.", [None]),
]


@pytest.mark.parametrize("sentence,expected", SINCE_UP_TO_NOW_CASES)
def test_since_up_to_now(rule_facts, sentence, expected):
    assert [f["period"] for f in rule_facts(sentence, "percentages")] == expected


def test_a_length_gives_way_to_the_dates_it_spans(rule_facts):
    """ "trong 3 tháng từ 1/5/2023 đến hết 31/7/2023": the dates, not the bare length; a length alone stays."""
    got = rule_facts(
        "Quỹ giảm 0,4%/năm phí cho mọi khoản vay trong 4 tháng từ 1/3/2022 đến hết 30/6/2022. "
        "Giá tăng 3% trong 3 tháng qua.",
        "percentages",
    )
    assert [(f["period"], f["period_start"], f["period_end"]) for f in got] == [
        ("từ 1/3/2022 đến hết 30/6/2022", "2022-03-01", "2022-06-30"),
        ("3 tháng qua", None, None),
    ]
