# dev2 agreement, second blind annotator: e0001-e0012, e0116-e0127, e0231-e0241, e0346-e0356, ea01
X("e0001",
  S("dịch vụ đưa người lao động Việt Nam đi làm việc ở nước ngoài", "N78", codes=["N78"], opt=True))
X("e0002",
  S("xây dựng", "F", codes=["F"], opt=True),
  S("tài chính", "K", codes=["K"], opt=True))
X("e0003",
  D("Luật Đầu tư", "Luật", None),
  D("Luật Đầu tư theo phương thức đối tác công tư", "Luật", None),
  S("giao thông vận tải", "H", codes=["H"]))
X("e0004")
X("e0005",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("e0006",
  S("bất động sản", "L68", codes=["L68"]),
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("e0007",
  S("năng lượng", "D35", codes=["D35"], opt=True),
  S("năng lượng", "D35", codes=["D35"], occ=1, opt=True))
X("e0008",
  O("Đại sứ Đỗ Minh Hùng", "Đỗ Minh Hùng", title="Đại sứ"))
X("e0009",
  D("Thông tư liên tịch số 01/2015", "Thông tư liên tịch", "01/2015"))
X("e0010",
  S("y tế", "Q86", codes=["Q86"], opt=True))
X("e0011")
X("e0012",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("e0116",
  D("Thông tư 02/2017/TT-BNV", "Thông tư", "02/2017/TT-BNV"),
  D("Thông tư 05/2016/TT-BNV", "Thông tư", "05/2016/TT-BNV"))
X("e0117")
X("e0118")
X("e0119",
  D("nghị định", "Nghị định", None, opt=True))
X("e0120",
  S("khai thác khoáng sản", "B", codes=["B"]))
X("e0121",
  O("ĐB Nguyễn Thị Thủy", "Nguyễn Thị Thủy", title="ĐB"),
  D("Luật Trách nhiệm bồi thường của Nhà nước", "Luật", None))
X("e0122",
  O("Bộ trưởng Tô Lâm", "Tô Lâm", title="Bộ trưởng"),
  D("Luật Cảnh vệ", "Luật", None, opt=True),
  D("Luật ban hành các văn bản quy phạm pháp luật", "Luật", None))
X("e0123",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("e0124",
  D("Quyết định số 1161/QĐ-MTTW-BTT", "Quyết định", "1161/QĐ-MTTW-BTT",
    iss="Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
  O("ông Tô Văn Vỹ, Phó Tổng Biên tập Tạp chí Mặt trận", "Tô Văn Vỹ", hon="ông",
    title="Phó Tổng Biên tập", org="Tạp chí Mặt trận"),
  D("Luật Báo chí", "Luật", None),
  D("Luật Xuất bản", "Luật", None),
  D("Luật công chức", "Luật", None))
X("e0125",
  O("Thủ tướng Shinzo Abe", "Shinzo Abe", title="Thủ tướng"),
  S("năng lượng", "D35", codes=["D35"]),
  S("đào tạo", "P85", codes=["P85"], opt=True))
X("e0126")
X("e0127",
  O("Bộ trưởng Trương Minh Tuấn", "Trương Minh Tuấn", title="Bộ trưởng"),
  S("xuất bản", "J58", codes=["J58"]))
X("e0231",
  O("Bộ trưởng GD-ĐT Phùng Xuân Nhạ", "Phùng Xuân Nhạ", title="Bộ trưởng", org="Bộ GD-ĐT"))
X("e0232")
X("e0233",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("e0234")
X("e0235",
  D("Thông tư số 02/2023/TT-BGTVT", "Thông tư", "02/2023/TT-BGTVT", date="2023-03-21"),
  D("Thông tư số 16/2021/TT-BGTVT", "Thông tư", "16/2021/TT-BGTVT", date="2021-08-12"))
X("e0236")
X("e0237",
  O("Đại tá Lê Tấn Bửu, Giám đốc Cảnh sát PCCC TP.HCM", "Lê Tấn Bửu", pre="Đại tá",
    title="Giám đốc", org="Cảnh sát PCCC TP.HCM"))
X("e0238",
  D("Hiệp định đối tác kinh tế toàn diện khu vực", "Hiệp định", None))
X("e0239",
  P("57%", "+", per="năm 2016"),
  P("46%", "+", per="năm 2015"))
X("e0240",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("e0241",
  O("ĐB Điểu Huỳnh Sang", "Điểu Huỳnh Sang", title="ĐB"))
X("e0346",
  D("Luật Quản lý và đầu tư vốn Nhà nước tại doanh nghiệp", "Luật", None, opt=True))
X("e0347")
X("e0348")
X("e0349",
  S("nông nghiệp", "A", codes=["A"]),
  S("công nghệ sinh học", "M72", codes=["M72"], opt=True),
  S("xây dựng", "F", codes=["F"]),
  S("du lịch", None, codes=["I55", "N79"], opt=True),
  S("viễn thông", "J61", codes=["J61"]),
  S("sản xuất cáp quang", "C27", codes=["C27"]),
  S("thiết bị điện tử", "C26", codes=["C26"], opt=True),
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True),
  S("nuôi trồng thủy sản", "A03", codes=["A03"]),
  S("trồng lúa", "A01", codes=["A01"], opt=True))
X("e0350",
  S("logistics", "H52", codes=["H52"], opt=True),
  S("logistics", "H52", codes=["H52"], occ=1, opt=True))
X("e0351")
X("e0352",
  O("Phó Thủ tướng Phạm Bình Minh, Chủ tịch Ủy ban Quốc gia APEC 2017", "Phạm Bình Minh",
    title="Phó Thủ tướng"))
X("e0353",
  S("du lịch", None, codes=["I55", "N79"]),
  S("dược liệu", None, codes=["A01", "C21"], opt=True))
X("e0354",
  O("ông Lê Trung Tính, Chủ tịch Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM", "Lê Trung Tính",
    hon="ông", title="Chủ tịch", org="Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM"))
X("e0355",
  P("90%", None, q="khoảng", per="năm 2017"),
  S("nhu yếu phẩm tiêu dùng", None, opt=True))
X("e0356",
  O("Thứ trưởng Bộ KH&CN Phạm Đại Dương", "Phạm Đại Dương", title="Thứ trưởng", org="Bộ KH&CN"))
ART("ea01",
  O("Ông Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị", "Võ Văn Hưng", hon="ông", title="Chủ tịch",
    org="UBND tỉnh Quảng Trị",
    mentions=["Võ Văn Hưng", "Chủ tịch tỉnh Quảng Trị", "Chủ tịch UBND tỉnh Quảng Trị", "Chủ tịch\xa0UBND tỉnh Quảng Trị"]),
  P("88,26%", None),
  P("35%", None),
  D("Luật\xa0Đất\xa0đai 2024", "Luật", None),
  D("Luật\xa0Đất\xa0đai 2013", "Luật", None),
  D("kế hoạch đầu tư công trung hạn giai đoạn 2021\xa0-\xa02025", "Kế hoạch", None, opt=True),
  P("29,46%", None, per="đến 23/8/2024", ps=None, pe="2024-08-23"),
  P("59%", None, per="năm 2024"),
  P("75%", None, per="đến 23/8/2024", ps=None, pe="2024-08-23"),
  P("89%", None))
