# dev2 annotator 1: e0001-e0115, ea01-ea03
X("e0001",
  S("dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài", "N78", codes=["N78"], opt=True))
X("e0002",
  S("xây dựng", "F", codes=["F"], opt=True))
X("e0003",
  D("Luật Đầu tư", "Luật", None),
  D("Luật Đầu tư theo phương thức đối tác công tư", "Luật", None),
  S("giao thông vận tải", "H", codes=["H"]))
X("e0004")
X("e0005",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("e0006",
  S("bất động sản", "L68", codes=["L68"]))
X("e0007")
X("e0008",
  O("Đại sứ Đỗ Minh Hùng", "Đỗ Minh Hùng", title="Đại sứ"))
X("e0009",
  D("Thông tư liên tịch số 01/2015", "Thông tư liên tịch", "01/2015"))
X("e0010")
X("e0011")
X("e0012",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("e0013")
X("e0014",
  O("ông Nguyễn Văn Tĩnh, Phó Vụ trưởng Vụ Tài chính - Kế toán", "Nguyễn Văn Tĩnh", hon="ông", title="Phó Vụ trưởng", org="Vụ Tài chính - Kế toán"))
X("e0015")
X("e0016",
  P("89,7%", None, per="9 tháng năm 2023"),
  P("39,3%", None, per="9 tháng năm 2023"))
X("e0017",
  O("Chủ tịch nước CHXHCN Việt Nam Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org="CHXHCN Việt Nam"),
  O("Tổng thống Cộng hòa Czech Milos Zeman", "Milos Zeman", title="Tổng thống", org="Cộng hòa Czech"))
X("e0018")
X("e0019")
X("e0020",
  D("Chỉ thị số 34-CT/TW", "Chỉ thị", "34-CT/TW"),
  D("Quyết định số 927/QĐ-TTg", "Quyết định", "927/QĐ-TTg", date="2024-09-30"),
  D("Kế hoạch triển khai thực hiện Chỉ thị số 34-CT/TW", "Kế hoạch", None, iss="Thủ tướng Chính phủ", opt=True))
X("e0021",
  D("Nghị quyết 02/2020", "Nghị quyết", "02/2020"))
X("e0022",
  P("0%", None),
  S("dệt, may", "C", codes=["C13", "C14"], opt=True))
X("e0023")
X("e0024",
  D("Luật Bảo hiểm xã hội số 41/2024/QH15", "Luật", "41/2024/QH15", date="2024-06-29"))
X("e0025",
  D("Nghị định", "Nghị định", None, opt=True))
X("e0026",
  D("Luật Đất đai số 31/2024/QH15", "Luật", "31/2024/QH15", date="2024-01-18"))
X("e0027",
  P("9%", None))
X("e0028")
X("e0029")
X("e0030")
X("e0031",
  O("ông Đinh La Thăng", "Đinh La Thăng", hon="ông", title="Phó ban", org="Ban Kinh tế Trung ương"))
X("e0032",
  O("Tổng thống tái đắc cử Iran Hassan Rouhani", "Hassan Rouhani", title="Tổng thống", org="Iran"))
X("e0033",
  O("Thị trưởng Shin Sang Jin", "Shin Sang Jin", title="Thị trưởng", org="thành phố Seongnam"),
  S("công nghiệp công nghệ cao", None, codes=["C26", "J62"], opt=True),
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  S("y tế sinh học", None, codes=["Q86", "C21"], opt=True),
  S("trí tuệ nhân tạo", "J62", codes=["J62"], opt=True))
X("e0034",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("e0035")
X("e0036",
  O("Ông Huyền", "Huyền", hon="ông", title="Chủ tịch HĐQT", org="DGC"),
  P("18,38%", None),
  O("ông Duy Anh", "Duy Anh", hon="ông", title="Tổng Giám đốc", org="DGC"),
  P("3,01%", None))
X("e0037",
  D("Nghị quyết Hội đồng Quản trị", "Nghị quyết", None, iss=None, opt=True))
X("e0038")
X("e0039")
X("e0040",
  S("nông nghiệp", "A", codes=["A"]))
X("e0041",
  P("1-2%", None, q="khoảng"))
X("e0042",
  S("nông nghiệp", "A", codes=["A"]),
  S("nông nghiệp", "A", codes=["A"], occ=1))
X("e0043")
X("e0044")
X("e0045",
  O("Spigel", "Spigel", title="CEO"),
  O("Murphy", "Murphy", title="Giám đốc công nghệ"))
X("e0046",
  S("nông nghiệp", "A", codes=["A"]),
  S("công nghệ thông tin", "J", codes=["J62", "J63"]))
X("e0047")
X("e0048")
X("e0049",
  D("Nghị định 29/2012", "Nghị định", "29/2012"))
X("e0050",
  D("Luật Đầu tư công", "Luật", None))
X("e0051",
  P("31,9%", "+", cmp="so với cùng kỳ năm 2023"))
X("e0052",
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("e0053")
X("e0054")
X("e0055",
  S("nông nghiệp", "A", codes=["A"]),
  P("19,35%", "+", sec="A", per="7 năm (2010 – 2016)", ps="2010-01-01", pe="2016-12-31"))
X("e0056",
  S("điện tử", "C26", codes=["C26"], at="hàng điện tử", opt=True),
  P("6%", None, q="khoảng"))
X("e0057")
X("e0058",
  S("nông nghiệp", "A", codes=["A"]))
X("e0059",
  D("Nghị quyết số 57-NQ/TW", "Nghị quyết", "57-NQ/TW"))
X("e0060",
  D("văn bản kiến nghị", "Công văn", None, iss="tỉnh Đồng Nai", opt=True))
X("e0061")
X("e0062",
  S("lưu trú du lịch", "I55", codes=["I55"]))
X("e0063",
  S("công nghiệp chế biến, chế tạo", "C", codes=["C"], opt=True),
  P("9,8%", "+", sec="C", per="6 tháng đầu năm 2025", cmp="so với cùng kỳ năm 2024"),
  P("10,8%", "+", sec="C", per="cùng kỳ năm 2024", ps="2024-01-01", pe="2024-06-30"))
X("e0064",
  S("thủy sản", "A03", codes=["A03"], opt=True),
  S("thuỷ sản", "A03", codes=["A03"], opt=True))
X("e0065")
X("e0066",
  D("Luật Đầu tư công năm 2019", "Luật", None))
X("e0067",
  D("Nghị định sửa đổi", "Nghị định", None, iss=None, opt=True))
X("e0068")
X("e0069",
  P("4,5%", "+"),
  P("2,8%", "+"))
X("e0070",
  D("Luật Giao dịch điện tử năm 2023", "Luật", None),
  D("Nghị định 23/2025/NĐ-CP", "Nghị định", "23/2025/NĐ-CP"))
X("e0071")
X("e0072")
X("e0073")
X("e0074")
X("e0075",
  D("Quyết định 1611", "Quyết định", "1611"))
X("e0076",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("e0077")
X("e0078",
  O("Cục trưởng Cục quản lý Khám, chữa bệnh (Bộ Y tế) Lương Ngọc Khuê", "Lương Ngọc Khuê", title="Cục trưởng", org="Cục quản lý Khám, chữa bệnh"))
X("e0079",
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("e0080",
  S("công nghiệp bán dẫn", "C26", codes=["C26"]))
X("e0081")
X("e0082")
X("e0083",
  O("Cục trưởng Cục công nghiệp Trương Thanh Hoài", "Trương Thanh Hoài", title="Cục trưởng", org="Cục công nghiệp"),
  S("công nghiệp nặng", None, codes=["B", "C19", "C20", "C23", "C24", "C25", "C28", "C29", "C30"]),
  S("công nghiệp nhẹ", "C", codes=["C10", "C11", "C12", "C13", "C14", "C15", "C16", "C17", "C18", "C22", "C31", "C32"]))
X("e0084")
X("e0085",
  O("Thứ trưởng Bộ Khoa học và Công nghệ Hoàng Minh", "Hoàng Minh", title="Thứ trưởng", org="Bộ Khoa học và Công nghệ"))
X("e0086")
X("e0087",
  O("Martin Andrew Green, Giám đốc sáng lập Trung tâm Quang điện Tiên tiến tại Đại học New South Wales", "Martin Andrew Green", title="Giám đốc sáng lập", org="Trung tâm Quang điện Tiên tiến tại Đại học New South Wales"),
  S("năng lượng mặt trời", "D35", codes=["D35"], opt=True))
X("e0088",
  S("du lịch", None, codes=["I55", "N79"]))
X("e0089",
  P("50-200%", "+", cmp="so với thời điểm tháng 3/2017"),
  P("200%", "+", cmp="so với thời điểm tháng 3/2017", at="lên tới 200%"))
X("e0090",
  O("đồng chí Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy", "Hoàng Trung Hải", hon="đồng chí", title="Ủy viên", org="Bộ Chính trị"))
X("e0091",
  D("Quyết định số 3244/QĐ-UBND", "Quyết định", "3244/QĐ-UBND", date="2013-11-18"))
X("e0092")
X("e0093",
  P("20%", "+", q="hơn", cmp="so với cùng kỳ năm trước"))
X("e0094",
  S("năng lượng nguyên tử", "D35", codes=["D35"], opt=True))
X("e0095")
X("e0096",
  P("31%", None))
X("e0097",
  D("công văn số 59/CV-HHMĐ", "Công văn", "59/CV-HHMĐ", iss="Hiệp hội Mía đường Việt Nam", opt=True),
  D("Luật thuế tiêu thụ đặc biệt", "Luật", None, iss=None, opt=True))
X("e0098",
  D("nghị quyết", "Nghị quyết", None, iss="Chính phủ", opt=True),
  S("bất động sản", "L68", codes=["L68"]))
X("e0099")
X("e0100",
  O("Luật sư về nhân quyền, thiên tả Moon Jae-in", "Moon Jae-in", title="Luật sư", opt=True))
X("e0101",
  S("tài chính", "K", codes=["K64", "K66"]),
  S("thương mại", "G", codes=["G45", "G46", "G47"]))
X("e0102")
X("e0103",
  P("80%", None, q="khoảng", per="năm 2020"))
X("e0104",
  S("trang sức", "C32", codes=["C32"], opt=True),
  P("20-50%", "+", cmp="so với mức trung bình trên thế giới"))
X("e0105",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Thủ tướng Shinzo Abe", "Shinzo Abe", title="Thủ tướng"))
X("e0106",
  S("nuôi lợn", "A01", codes=["A01"]))
X("e0107",
  O("Thứ trưởng Nguyễn Minh Hồng", "Nguyễn Minh Hồng", title="Thứ trưởng"))
X("e0108")
X("e0109")
X("e0110",
  O("Bộ trưởng Quốc phòng Ngô Xuân Lịch", "Ngô Xuân Lịch", title="Bộ trưởng", org="Bộ Quốc phòng"))
X("e0111",
  P("36,8%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm trước"),
  P("32,7%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm trước"),
  P("30,6%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm trước"),
  P("13,5%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm trước"),
  P("10,7%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm trước"))
X("e0112")
X("e0113",
  P("12%", "+", per="tháng 8/2023", cmp="so với thời điểm đầu năm"),
  P("14%", "+", per="tháng 8/2023", cmp="so với cùng kỳ năm ngoái"))
X("e0114")
X("e0115",
  S("nông sản", None, codes=["A01"], opt=True))
ART("ea01",
  O("Ông Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị", "Võ Văn Hưng", hon="ông", title="Chủ tịch", org="UBND tỉnh Quảng Trị"),
  P("88,26%", None),
  P("35%", None),
  D("Luật\xa0Đất\xa0đai 2024", "Luật", None),
  D("Luật\xa0Đất\xa0đai 2013", "Luật", None),
  D("kế hoạch đầu tư công trung hạn giai đoạn 2021\xa0-\xa02025", "Kế hoạch", None, iss=None, opt=True),
  P("29,46%", None, per="đến 23/8/2024", ps=None, pe="2024-08-23"),
  P("59%", None, per="năm 2024"),
  P("75%", None, per="đến 23/8/2024", ps=None, pe="2024-08-23"),
  P("89%", None))
ART("ea02",
  P("63%", None),
  P("70%", None),
  P("78%", None),
  P("56%", None),
  P("48%", None),
  P("41%", None),
  P("50%", None),
  P("33%", None),
  P("44%", None),
  P("22%", None),
  P("59%", None),
  P("52%", None),
  P("67%", None),
  P("50%", None, occ=1),
  P("67%", None, occ=1),
  P("52%", None, occ=1),
  P("48%", None, occ=1),
  P("33%", None, occ=1),
  P("58%", None),
  P("42%", None))
ART("ea03",
  D("quyết định", "Quyết định", None, iss="Tổng Cục thuế", opt=True),
  P("35,61%", None),
  P("38,23%", None),
  P("24%", "-", per="9 tháng đầu năm 2024", cmp="so với cùng kỳ"),
  P("87%", None, q="gần", per="9 tháng", ps="2024-01-01", pe="2024-09-30"),
  S("sản xuất thuốc", "C21", codes=["C21"], opt=True))
