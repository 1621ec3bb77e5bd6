# dev9 second annotator (agreement): sentences m0001–m0009, m0091–m0099, m0181–m0189, m0271–m0279; articles ma02, ma11
DL = ["I55", "N79"]
TC = ["K64", "K65", "K66"]
FB = ["C10", "C11", "I56"]

X("m0001",
  S("năng lượng nguyên tử", "D35", codes=["D35"], opt=True),
  S("chăm sóc sức khỏe", "Q86", codes=["Q86"], opt=True))
X("m0002",
  S("bảo hiểm", "K65", codes=["K65"], opt=True))
X("m0003",
  D("Nghị định 10/2023/NĐ-CP", "Nghị định", "10/2023/NĐ-CP", date="2023-04-03", mentions=["Nghị định 10"]),
  S("lưu trú", "I55", codes=["I55"], opt=True),
  S("du lịch", None, codes=DL, opt=True))
X("m0004",
  O("ông Võ Đỗ Thắng - Giám đốc Trung tâm đào tạo và an ninh mạng Athena", "Võ Đỗ Thắng", hon="ông",
    title="Giám đốc", org="Trung tâm đào tạo và an ninh mạng Athena"))
X("m0005")
X("m0006",
  S("khoa học và công nghệ", "M72", codes=["M72"], opt=True))
X("m0007",
  P("30%", None))
X("m0008",
  O("Chủ tịch UBND tỉnh Vĩnh Phúc Trần Duy Đông", "Trần Duy Đông", title="Chủ tịch", org="UBND tỉnh Vĩnh Phúc"))
X("m0009",
  S("sản xuất nông nghiệp", "A", codes=["A"]),
  O("ông Nguyễn Ngọc Thạch, Phó Chủ tịch UBND tỉnh Ninh Bình", "Nguyễn Ngọc Thạch", hon="ông",
    title="Phó Chủ tịch", org="UBND tỉnh Ninh Bình"))

X("m0091",
  O("Ông Nguyễn Văn Thọ, Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu", "Nguyễn Văn Thọ", hon="ông",
    title="Chủ tịch", org="Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"))
X("m0092")
X("m0093",
  O("Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất", "Hoàng Văn Chất", title="Bí thư", org="Tỉnh ủy Sơn La"),
  O("Chủ tịch Quốc hội Pany Yathotou", "Pany Yathotou", title="Chủ tịch", org="Quốc hội"))
X("m0094",
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("F&B", None, codes=FB, opt=True),
  P("30%", "+", per="nửa đầu năm", cmp="so với cùng kỳ"),
  P("15%", "+", per="nửa đầu năm", cmp="so với cùng kỳ"))
X("m0095",
  O("Thứ trưởng Ngoại giao Nga Sergei Ryabkov", "Sergei Ryabkov", title="Thứ trưởng Ngoại giao", org="Nga"))
X("m0096",
  O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"))
X("m0097",
  P("26%", "-", q="khoảng"))
X("m0098",
  P("11,2%", "+", per="dịp Tết Giáp Thìn 2024", ps=None, pe=None, cmp="cùng kỳ dịp Tết Quỹ Mão 2023"))
X("m0099",
  D("Nghị định 67", "Nghị định", "67", iss=None))

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
  S("ngân hàng", "K64", codes=["K64"], opt=True),
  P("18%", "+", sec="K64", per="năm nay"))
X("m0186",
  S("dịch vụ tài chính", "K", codes=TC, opt=True),
  P("92%", None, per="tháng 4 vừa qua"))
X("m0187",
  O("Tiến sĩ Ngũ Duy Anh, Vụ trưởng Vụ Công tác học sinh, sinh viên", "Ngũ Duy Anh", pre="Tiến sĩ",
    title="Vụ trưởng", org="Vụ Công tác học sinh, sinh viên"),
  D("Chỉ thị 23/2006/CT-TTg", "Chỉ thị", "23/2006/CT-TTg"))
X("m0188")
X("m0189",
  P("38%", None),
  P("36,5%", None))

X("m0271")
X("m0272",
  P("1,8%", None),
  P("24,8%", None))
X("m0273",
  S("vận chuyển hành khách", "H49", codes=["H49"], opt=True))
X("m0274")
X("m0275",
  P("từ 9,68% đến 11,11%", "+"),
  P("từ 12% đến 13,64%", "+"))
X("m0276",
  D("Nghị định số\xa0134/2015/NĐ-CP", "Nghị định", "134/2015/NĐ-CP"))
X("m0277",
  O("Ông Trần Quang Bảo, Cục trưởng Cục Lâm nghiệp", "Trần Quang Bảo", hon="ông",
    title="Cục trưởng", org="Cục Lâm nghiệp"),
  S("Nông nghiệp", "A", codes=["A"], at="ngành Nông nghiệp", opt=True),
  S("lâm nghiệp", "A02", codes=["A02"], at="Chiến lược Phát triển lâm nghiệp", opt=True),
  S("lâm nghiệp", "A02", codes=["A02"], at="ngành lâm nghiệp"),
  S("lâm nghiệp", "A02", codes=["A02"], at="quy hoạch cho lâm nghiệp", opt=True))
X("m0278",
  S("nông nghiệp đô thị", "A", codes=["A"]))
X("m0279",
  P("80%", None, per="từ tháng 10 đến tháng 12"))

ART("ma02",
  # [2] whole company, year in the clause
  P("1,4%", "+", per="năm 2016"),
  P("3,1%", "+", per="năm 2016"),
  # [3] segments; "Trong năm 2016" frames the paragraph; base "so với năm 2015" written in the 2nd sentence
  S("gia công phần mềm", "J62", codes=["J62"]),
  P("26%", "+", sec="J62", per="năm 2016"),
  P("35%", "+", sec="J62", per="năm 2016"),
  S("tích hợp hệ thống", "J62", codes=["J62"]),
  P("10%", "+", sec="J62", per="năm 2016", cmp="so với năm 2015"),
  P("28,5%", "-", sec="J62", per="năm 2016", cmp="so với năm 2015"),
  S("giải pháp phầm mềm", "J62", codes=["J62"]),
  P("2%", "+", sec="J62", per="năm 2016", cmp="so với năm 2015"),
  P("29,9%", "-", sec="J62", per="năm 2016", cmp="so với năm 2015"),
  S("dịch vụ IT", "J", codes=["J62", "J63"]),
  P("0,6%", "-", sec="J", per="năm 2016", cmp="so với năm 2015"),
  P("14,4%", "+", sec="J", per="năm 2016", cmp="so với năm 2015"),
  S("viễn thông", "J61", codes=["J61"], at="mảng dịch vụ viễn thông"),
  P("20,9%", "+", sec="J61", per="năm 2016", cmp="so với năm 2015"),
  P("15,3%", "-", sec="J61", per="năm 2016", cmp=None),
  S("dịch vụ kết nối băng thông rộng", "J61", codes=["J61"], opt=True),
  P("mức17%", "+", sec="J61", per="năm 2016", cmp="so với năm 2015"),
  P("21%", "+", sec="J61", per="năm 2016", cmp="so với năm 2015"),
  S("viễn thông", "J61", codes=["J61"], at="các dịch vụ viễn thông không băng thông"),
  P("31%", "+", sec="J61", per="năm 2016", cmp="so với năm 2015"),
  S("phân phối", "G46", codes=["G46"], at="mảng phân phối"),
  P("28,3%", "-", sec="G46", per="năm 2016", cmp="so với năm 2015"),
  P("48,2%", "-", sec="G46", per="năm 2016", cmp="so với năm 2015"),
  S("bán lẻ", "G47", codes=["G47"], at="hệ thống bán lẻ"),
  S("bán lẻ", "G47", codes=["G47"], at="cửa hàng bán lẻ", opt=True),
  S("bán lẻ", "G47", codes=["G47"], at="mảng bán lẻ"),
  P("35,0%", "+", sec="G47", per="năm 2016", cmp="so với năm 2015"),
  P("43,9%", "+", sec="G47", per="năm 2016", cmp="so với năm 2015"))

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
  P("9%", "+", per="năm 2022", at="huy động vốn tăng 9%"),
  P("15%", "+", per="năm 2022", at="dư nợ tín dụng"),
  P("12%", "+", q="tối thiểu", per="năm 2022", at="lợi nhuận trước thuế tăng"),
  P("1,5%", None, per="năm 2022"))
