# dev9 annotator 3: m0181-m0270, ma11-ma14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
KFIN = ["K64", "K65", "K66"]

X("m0181",
  P("9,5%", "+", q="hơn", per="Ngày thứ Tư"))
X("m0182",
  D("quyết định thu hồi đất", "Quyết định", None, iss=None, opt=True))
X("m0183",
  D("Báo cáo 1558/SYT-NVD", "Báo cáo", "1558/SYT-NVD", iss="Sở Y tế", opt=True))
X("m0184",
  P("30%-40%", None, q="khoảng"))
X("m0185",
  O("ông Dương Văn Chung - Giám đốc đầu tư, Công ty Chứng khoán MBS", "Dương Văn Chung", hon="ông",
    title="Giám đốc đầu tư", org="Công ty Chứng khoán MBS"),
  P("6,35%", "+", q="khoảng", per="năm nay"),
  P("5%", None, per="năm nay"),
  P("18%", "+", per="năm nay"),
  S("ngân hàng", "K64", codes=["K64"], at="tín dụng ngân hàng", opt=True))
X("m0186",
  S("dịch vụ tài chính", "K", codes=KFIN, opt=True),
  P("92%", None, per="tháng 4 vừa qua"))
X("m0187",
  O("Tiến sĩ Ngũ Duy Anh, Vụ trưởng Vụ Công tác học sinh, sinh viên", "Ngũ Duy Anh", pre="Tiến sĩ",
    title="Vụ trưởng", org="Vụ Công tác học sinh, sinh viên"),
  D("Chỉ thị 23/2006/CT-TTg", "Chỉ thị", "23/2006/CT-TTg"))
X("m0188")
X("m0189",
  P("38%", None),
  P("36,5%", None))
X("m0190",
  P("25%", None),
  P("50%", None))
X("m0191",
  O("Bộ trưởng Quốc phòng James Mattis", "James Mattis", title="Bộ trưởng Quốc phòng"))
X("m0192")
X("m0193",
  S("nông nghiệp", "A", codes=["A"]))
X("m0194")
X("m0195")
X("m0196",
  S("dược phẩm", "C21", codes=["C21"], opt=True),
  S("bán dẫn", "C26", codes=["C26"], opt=True))
X("m0197",
  S("xây dựng", "F42", codes=["F42"], at="dự án xây dựng", opt=True),
  S("logistics", "H52", codes=["H52"]))
X("m0198",
  D("Nghị quyết 18-NQ/TW", "Nghị quyết", "18-NQ/TW"),
  S("ngân hàng", "K64", codes=["K64"], at="hệ thống ngân hàng", opt=True))
X("m0199")
X("m0200",
  S("công nghiệp phim người lớn", "J59", codes=["J59"]))
X("m0201")
X("m0202")
X("m0203",
  D("thông báo của Ban quản lý VQG Phong Nha – Kẻ Bàng", "Thông báo", None,
    iss="Ban quản lý VQG Phong Nha – Kẻ Bàng", opt=True))
X("m0204",
  S("thủy sản", None, codes=["A03", "C10"]),
  P("12,7%", "-", per="5 tháng đầu năm nay", cmp="so với cùng kỳ"))
X("m0205",
  S("lưu trú", "I55", codes=["I55"]),
  P("13,68%", "+", sec="I55", per="4 tháng đầu năm", cmp="so với cùng kỳ năm trước"))
X("m0206",
  S("vận tải hàng không", "H51", codes=["H51"]),
  S("công nghiệp hàng không", "C30", codes=["C30"]))
X("m0207",
  P("10%", "+", q="hơn", per="cao điểm trước và sau Tết"))
X("m0208")
X("m0209",
  P("3,8%", "+", per="năm 2017"),
  P("3,5%", "+", per="năm 2017"))
X("m0210",
  D("Nghị quyết 35", "Nghị quyết", "35", iss=None))
X("m0211",
  S("bất động sản khu công nghiệp", "L68", codes=["L68"]),
  P("1,3%", "+"),
  P("5,63%", "+"))
X("m0212")
X("m0213",
  O("James Hollis, Giám đốc điều hành Corning", "James Hollis", title="Giám đốc điều hành", org="Corning"))
X("m0214",
  D("Nghị định quy định cơ chế DPPA", "Nghị định", None, iss=None, opt=True),
  S("năng lượng sạch", "D35", codes=["D35"], opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  S("bán lẻ điện", "D35", codes=["D35"], opt=True),
  S("phát điện năng lượng tái tạo", "D35", codes=["D35"], opt=True))
X("m0215",
  D("Thông tư số 02/2017/TT-BYT", "Thông tư", "02/2017/TT-BYT", date="2017-03-15"),
  S("dịch vụ khám bệnh, chữa bệnh", "Q86", codes=["Q86"], opt=True),
  S("cơ sở khám bệnh, chữa bệnh", "Q86", codes=["Q86"], opt=True))
X("m0216")
X("m0217",
  O("Đại sứ Johan Ndisi", "Johan Ndisi", title="Đại sứ"))
X("m0218",
  O("Chủ tịch Alibaba Jack Ma", "Jack Ma", title="Chủ tịch", org="Alibaba"))
X("m0219",
  O("Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng", "Võ Văn Thưởng", title="Trưởng ban",
    org="ban Tuyên giáo Trung ương"))
X("m0220",
  O("ông Trần Mạnh Tuấn, Phó Cục trưởng Cục Viễn thông", "Trần Mạnh Tuấn", hon="ông", title="Phó Cục trưởng",
    org="Cục Viễn thông"))
X("m0221",
  S("cảng biển", "H52", codes=["H52"], at="ngành cảng biển"),
  S("hàng hải", "H50", codes=["H50"], at="ngành hàng hải", opt=True),
  S("dịch vụ cảng biển", "H52", codes=["H52"], opt=True))
X("m0222",
  S("giáo dục", "P85", codes=["P85"], at="hoạt động giáo dục", opt=True))
X("m0223",
  D("Thông tư 02/2017/TT-BYT", "Thông tư", "02/2017/TT-BYT"),
  S("dịch vụ khám, chữa bệnh", "Q86", codes=["Q86"], opt=True))
X("m0224")
X("m0225",
  D("Nghị định 86", "Nghị định", "86", iss=None),
  D("Nghị định thay thế", "Nghị định", None, iss=None, opt=True))
X("m0226",
  S("công nghệ thông tin", "J", codes=["J62", "J63"], opt=True))
X("m0227",
  P("7,11%", "+", per="Tính đến hết tháng 9/2024", ps=None, pe="2024-09-30", cmp="so với cuối năm 2023"),
  P("4,5%", None, q="trên", per="Tính đến hết tháng 9/2024", ps=None, pe="2024-09-30"),
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  S("năng lượng sạch", "D35", codes=["D35"]),
  P("43%", None, q="hơn", sec="D35", per="Tính đến hết tháng 9/2024", ps=None, pe="2024-09-30"),
  S("nông nghiệp xanh", "A", codes=["A"]),
  P("30%", None, q="trên", sec="A", per="Tính đến hết tháng 9/2024", ps=None, pe="2024-09-30"))
X("m0228",
  D("Luật Nhà ở 2014", "Luật", None, iss=None),
  D("Nghị định 49/2021/NĐ-CP", "Nghị định", "49/2021/NĐ-CP"),
  S("xây dựng", "F41", codes=["F41"], at="dự án xây dựng nhà ở", opt=True))
X("m0229",
  S("công nghiệp", None, codes=DCCN),
  S("sản xuất", "C", codes=["C"], at="sản xuất, khai khoáng"),
  S("khai khoáng", "B", codes=["B"]),
  S("tiện ích", None, codes=["D35", "E36"]),
  S("khai thác tài nguyên khoáng sản", "B", codes=["B"], opt=True))
X("m0230",
  O("Ông Phan Thế Tuấn, Phó Chủ tịch UBND tỉnh Bắc Giang", "Phan Thế Tuấn", hon="ông", title="Phó Chủ tịch",
    org="UBND tỉnh Bắc Giang"))
X("m0231",
  O("Phó Thủ tướng Trịnh Đình Dũng", "Trịnh Đình Dũng", title="Phó Thủ tướng"),
  P("13%", None),
  S("sản xuất nông nghiệp", "A", codes=["A"]))
X("m0232")
X("m0233",
  S("công nghiệp", None, codes=DCCN, at="ngành công nghiệp", opt=True))
X("m0234",
  S("du lịch", None, codes=DL, opt=True))
X("m0235",
  D("Quyết định số 1947/QĐ–UBND", "Quyết định", "1947/QĐ-UBND", iss="Ủy ban nhân dân"),
  S("du lịch", None, codes=DL, at="tuyến du lịch", opt=True),
  S("du lịch", None, codes=DL, at="khai thác tuyến du lịch", opt=True))
X("m0236")
X("m0237",
  O("Bộ trưởng Bộ Tài chính Mỹ Scott Bessent", "Scott Bessent", title="Bộ trưởng", org="Bộ Tài chính Mỹ"))
X("m0238",
  D("Nghị định 68", "Nghị định", "68", iss=None))
X("m0239",
  S("điện mặt trời mái nhà", "D35", codes=["D35"], opt=True))
X("m0240",
  S("chế biến gỗ", "C16", codes=["C16"], opt=True),
  S("xây dựng", "F", codes=["F"], at="nhà thầu xây dựng"),
  S("bất động sản", "L68", codes=["L68"]))
X("m0241",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("77,4%", None, sec="G47", per="2 tháng đầu năm 2024"),
  P("6,8%", "+", sec="G47", per="2 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"),
  P("4,5%", "+", sec="G47", per="2 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"))
X("m0242",
  P("15%", None, per="Đến hết năm 2016", ps=None, pe="2016-12-31"))
X("m0243",
  P("15%", None))
X("m0244",
  D("quyết định của Chủ tịch UBND thành phố Hải Phòng", "Quyết định", None,
    iss="Chủ tịch UBND thành phố Hải Phòng", opt=True))
X("m0245",
  P("10%", None, q="khoảng"),
  P("15%", None))
X("m0246",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng"))
X("m0247",
  P("18%", "-", q="gần", cmp="so với cùng kỳ năm 2022"))
X("m0248",
  S("khai thác than", "B05", codes=["B05"], opt=True),
  P("81%", None))
X("m0249",
  P("49%", None))
X("m0250",
  O("Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ", "Huỳnh Đức Thơ", title="Chủ tịch", org="UBND TP Đà Nẵng"))
X("m0251",
  P("6,28%", None))
X("m0252",
  P("35,2%", None))
X("m0253",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("m0254",
  P("90%", None),
  P("10%", None))
X("m0255",
  S("Thương mại điện tử", "G47", codes=["G47"]))
X("m0256",
  O("ông Lê Quốc Minh, Tổng Biên tập Báo Nhân Dân, Chủ tịch Hội Nhà báo Việt Nam", "Lê Quốc Minh", hon="ông",
    title="Tổng Biên tập", org="Báo Nhân Dân"),
  S("báo chí", "J", codes=["J58", "J60", "J63"], at="báo chí hiện đại", opt=True),
  S("quảng cáo", "M73", codes=["M73"], opt=True),
  S("tổ chức sự kiện", "N82", codes=["N82"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"]))
X("m0257")
X("m0258",
  P("0,08%", "-", cmp="So với quý IV/2016"),
  S("công nghiệp chế biến chế tạo", "C", codes=["C"]),
  S("giáo dục và đào tạo", "P85", codes=["P85"]),
  S("bán buôn, bán lẻ, sửa chữa ô tô xe máy", "G", codes=["G"]),
  S("vận tải kho bãi", "H", codes=["H"]),
  S("khai khoáng", "B", codes=["B"]))
X("m0259",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Tổng Bí thư, Chủ tịch",
    org="Trung Quốc"))
X("m0260")
X("m0261",
  P("2%", None))
X("m0262",
  S("khai thác cát xây dựng", "B08", codes=["B08"], opt=True))
X("m0263")
X("m0264",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng"))
X("m0265",
  P("35%", "+", per="5 năm gần đây"))
X("m0266",
  S("dệt may", "C", codes=["C13", "C14"]))
X("m0267",
  O("Ngô Công Thành, nguyên Phó Vụ trưởng Vụ Quản lý quy hoạch", "Ngô Công Thành", title="Phó Vụ trưởng",
    org="Vụ Quản lý quy hoạch", former=True))
X("m0268",
  P("0,9%", "-", q="gần", per="phiên ngày thứ Sáu"))
X("m0269",
  P("4,93%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("56,77%", None, per="quý 1/2024"),
  P("4,69%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("24,07%", None, per="quý 1/2024"),
  P("18%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("17,08%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("19,16%", None, per="quý 1/2024"))
X("m0270",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  P("từ 30% đến 50%", "+"))

ART("ma11",
  P("19%", "+", per="năm 2021", cmp="so với năm 2020"),
  P("9%", "+", cmp="so với năm 2020"),
  P("15%", "+", cmp="so với năm 2020"),
  P("0,63%", None),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"),
  P("424%", None),
  P("100%", None),
  P("12%", None),
  P("27,6%", None),
  P("8%", "+", per="năm 2022"),
  P("9%", "+", at="huy động vốn tăng 9%", per="năm 2022"),
  P("15%", "+", at="tối đa tăng 15%", per="năm 2022"),
  P("12%", "+", at="tối thiểu 12%", q="tối thiểu", per="năm 2022"),
  P("1,5%", None, per="năm 2022"))
ART("ma12",
  P("32,94%", None),
  P("32,94%", None, occ=1),
  P("22,16%", None),
  P("20,02%", None),
  P("18,09%", None))
ART("ma13",
  P("0,01 – 0,02 điểm %", "-", per="ngày 14/5", cmp="so với phiên đầu tuần"),
  P("4,28%", None, per="ngày 14/5"),
  P("4,49%", None, per="ngày 14/5"),
  P("4,67%", None, per="ngày 14/5"),
  P("4,8%", None, per="ngày 14/5"),
  P("0,01 – 0,02 điểm %", "+", occ=1),
  P("5,28%", None),
  P("5,33%", None),
  P("5,40%", None),
  P("5,43%", None),
  P("1,86%", None, per="Ngày 14/5"),
  P("2,03%", None, per="Ngày 14/5"),
  P("2,29%", None, per="Ngày 14/5"),
  P("2,76%", None, per="Ngày 14/5"),
  P("2,97%", None, per="Ngày 14/5"),
  P("4,25%", None, per="Ngày 14/5"),
  P("3,75%", None, per="Ngày 14/5"),
  P("0,2%", "-", q="gần"),
  O("Chủ tịch Fed J.Powell", "J.Powell", title="Chủ tịch", org="Fed", mentions=["Ông J.Powell"]),
  S("dịch vụ", None, codes=DV, at="lĩnh vực dịch vụ"))
ART("ma14",
  O("Chủ tịch Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân", title="Chủ tịch",
    mentions=["Chủ tịch Nguyễn Thiện Nhân", "ông Nguyễn Thiện Nhân"]),
  O("Phó chủ tịch Lê Bá Trình", "Lê Bá Trình", title="Phó chủ tịch", mentions=["đồng chí Lê Ba Trình"]),
  O("Phó Chủ tịch - Tổng thư ký UB Trung ương MTTQ Việt Nam Trần Thanh Mẫn", "Trần Thanh Mẫn",
    title="Phó Chủ tịch - Tổng thư ký", org="UB Trung ương MTTQ Việt Nam"),
  D("thông báo ý kiến của Bộ Chính trị", "Thông báo", None, iss="Bộ Chính trị", opt=True),
  D("tờ trình hiệp thương cử Chủ tịch UB Trung ương MTTQ Việt Nam", "Tờ trình", None, iss=None, opt=True),
  D("tờ trình hiệp thương bổ sung nhân sự", "Tờ trình", None, iss=None, opt=True),
  D("Nghị quyết của Hội nghị Đoàn Chủ tịch", "Nghị quyết", None, iss="Hội nghị Đoàn Chủ tịch", opt=True))
