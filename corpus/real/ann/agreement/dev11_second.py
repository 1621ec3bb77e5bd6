# dev11 second annotator (agreement): sentences o0001–o0009, o0091–o0099, o0181–o0189, o0271–o0279; articles oa02, oa11

X("o0001")
X("o0002",
  P("20,7%", None))
X("o0003",
  P("10%", None))
X("o0004",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp sạch", "A", codes=["A"]))
X("o0005")
X("o0006")
X("o0007",
  O("ông Phan Quý Phương, Phó Chủ tịch UBND tỉnh Thừa Thiên Hu,ế", "Phan Quý Phương", hon="ông",
    title="Phó Chủ tịch", org="UBND tỉnh Thừa Thiên Hu,ế"))
X("o0008",
  S("điện tử", "G47", codes=["G47"]),
  S("bách hóa", "G47", codes=["G47"]))
X("o0009",
  P("90%", None),
  P("4%", None),
  P("3%", None))

X("o0091",
  S("sản xuất, chế biến và đóng gói thực phẩm", "C10", codes=["C10"], opt=True))
X("o0092",
  P("1-5%", None))
X("o0093",
  O("ông\xa0Lê Bá Anh, Phó Cục trưởng Cục Chất lượng, Chế biến và Phát triển thị trường nông sản", "Lê Bá Anh",
    hon="ông", title="Phó Cục trưởng", org="Cục Chất lượng, Chế biến và Phát triển thị trường nông sản"))
X("o0094")
X("o0095")
X("o0096")
X("o0097",
  P("18,4%", "+", per="Năm 2016", cmp="so với cùng kỳ năm 2015"),
  P("7,2%", "+", per="Năm 2016", cmp="so với cùng kỳ năm 2015"))
X("o0098",
  O("Phó Thủ tướng Chính phủ Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng", org="Chính phủ"))
X("o0099",
  P("79%", None))

X("o0181",
  P("3,7%", "+"),
  P("2,4%", "-"))
X("o0182",
  P("4,25%", None, per="Ngày 6/5"))
X("o0183",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("o0184")
X("o0185",
  O("bà Đoàn Thị Thanh Mỹ, Vụ trưởng Vụ Đất đai, Bộ Tài nguyên Môi trường", "Đoàn Thị Thanh Mỹ", hon="bà",
    title="Vụ trưởng", org="Vụ Đất đai, Bộ Tài nguyên Môi trường"),
  D("Luật Đất đai năm 2024", "Luật", None, iss=None),
  D("Nghị định số 102", "Nghị định", "102", iss=None))
X("o0186",
  P("20%-30%", "+", cmp="so với mức giá hiện hành"))
X("o0187",
  S("dịch vụ giáo dục", "P85", codes=["P85"], opt=True),
  S("dịch vụ y tế", "Q86", codes=["Q86"], opt=True),
  P("12,87%", None))
X("o0188",
  P("30%", "-", per="tháng 10/2024", cmp="so với tháng trước"),
  P("13,7%", "+", per="tháng 10/2024", cmp="so với cùng kỳ"))
X("o0189",
  O("ông Trịnh Anh Tuấn, Cục trưởng Cục Phòng vệ thương mại (Bộ Công Thương)", "Trịnh Anh Tuấn", hon="ông",
    title="Cục trưởng", org="Cục Phòng vệ thương mại"))

X("o0271",
  P("0,08%", "+", per="sáng nay"))
X("o0272")
X("o0273",
  S("giáo dục", "P85", codes=["P85"], opt=True),
  P("98%", None, q="gần", per="Từ năm 2022", ps="2022-01-01", pe=None))
X("o0274",
  P("4,2%", "+", per="Năm 2022", cmp="so với năm trước"))
X("o0275",
  P("10%", None))
X("o0276",
  O("Ông Christopher Howe - Giám đốc Cảnh quan Đồng bằng sông Cửu Long của tổ chức\xa0Quốc tế về Bảo tồn Thiên nhiên tại Việt Nam (WWF-Việt Nam)",
    "Christopher Howe", hon="ông", title="Giám đốc",
    org="Cảnh quan Đồng bằng sông Cửu Long của tổ chức\xa0Quốc tế về Bảo tồn Thiên nhiên tại Việt Nam"),
  S("trồng trọt", "A01", codes=["A01"]),
  S("nuôi trồng thủy sản", "A03", codes=["A03"]))
X("o0277")
X("o0278",
  P("5,88%", "-"))
X("o0279",
  D("Lệnh", "Lệnh", None, iss="Chủ tịch nước", opt=True),
  D("các Luật", "Luật", None, iss="Quốc hội", opt=True),
  D("Luật Du lịch 2017", "Luật", None, iss="Quốc hội"))

ART("oa02",
  # [3]
  O("Ông Nguyễn Văn Tâm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", "Nguyễn Văn Tâm",
    hon="ông", title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang"),
  O("Bà Trịnh Thị Bích Tuyền, Chủ tịch UBND xã Sơn Hải", "Trịnh Thị Bích Tuyền", hon="bà", title="Chủ tịch",
    org="UBND xã Sơn Hải"))

ART("oa11",
  # [1]
  D("Nghị quyết HĐQT", "Nghị quyết", None, iss=None, opt=True),
  # [2] the offer window
  P("99,2%", None, q="hơn", per="từ ngày 31/10 đến ngày 21/11", ps=None, pe=None),
  # [5]
  P("60%", None),
  # [8] shares after the sale of 9/12 (paragraph's earlier sentence)
  P("9,05%", None, per="ngày 9/12", ps=None, pe=None),
  P("8,98%", None, per="ngày 9/12", ps=None, pe=None),
  # [9] 9 months of 2024
  P("22%", "+", per="9 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"),
  P("83%", None, per="9 tháng đầu năm 2024"),
  P("-42%", "-", per="9 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"),
  P("85%", None, per="9 tháng đầu năm 2024"),
  # [10]
  P("40%", "+", per="9 tháng năm 2024", cmp="so với cùng kỳ năm trước"),
  P("78%", None, per="9 tháng năm 2024"),
  P("10%", "+", per="quý 3/2024", cmp="so với cùng kỳ quý trước"),
  P("27%", "+", per="quý 3/2024", cmp="so với cùng kỳ năm trước"),
  P("1%", "+", per="quý 3/2024", cmp="so với cùng kỳ quý trước", at="1% so với cùng kỳ quý trước"),
  P("32%", "+", per="quý 3/2024", cmp="so với cùng kỳ năm trước"),
  # [11]
  P("78%", None, per="9 tháng 2024", at="78% dự báo cả năm"),
  S("cảng", "H52", codes=["H52"], at="mảng cảng"),
  P("88%", None, sec="H52", per="9T 2024", ps="2024-01-01", pe="2024-09-30"),
  P("93%", None, sec="H52", per="9T 2024", ps="2024-01-01", pe="2024-09-30"),
  P("97%", None, per="9 tháng 2024"))
