# dev6 second annotator (agreement): sentences j0001–j0009, j0091–j0099, j0181–j0189, j0271–j0279; articles ja01, ja11
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]

X("j0001",
  P("80%", None))
X("j0002")
X("j0003",
  P("35%", "+", q="hơn", per="từ đầu năm đến nay"),
  S("công nghệ", None, codes=["C26", "J61", "J62", "J63"], at="tập đoàn công nghệ", opt=True),
  S("công nghệ", None, codes=["C26", "J61", "J62", "J63"], at="công ty công nghệ", opt=True))
X("j0004",
  S("bán lẻ", "G47", codes=["G47"]),
  S("thời trang", "C14", codes=["C14"], opt=True))
X("j0005",
  S("y tế", "Q86", codes=["Q86"], at="hệ thống y tế", opt=True))
X("j0006",
  S("hàng không", "H51", codes=["H51"]))
X("j0007",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0008")
X("j0009",
  P("4,8%", "+"),
  P("3,6%", "+"))

X("j0091")
X("j0092")
X("j0093",
  P("40%", "-", per="năm nay", ps="2017-01-01", pe="2017-12-31", cmp="so với năm 2016"))
X("j0094")
X("j0095")
X("j0096",
  S("sản xuất công nghiệp", None, codes=DCCN, opt=True))
X("j0097")
X("j0098",
  O("Phan Hữu Thắng, Chủ tịch VIPFA, nguyên Cục trưởng Cục Đầu tư nước ngoài", "Phan Hữu Thắng",
    title="Chủ tịch", org="VIPFA"))
X("j0099",
  S("xây dựng", "F", codes=["F"], opt=True),
  D("bộ luật Hình sự", "Bộ luật", None, iss=None))

X("j0181",
  O("ông Sáng được bầu làm Ủy viên Ban chấp hành Huyện ủy Đắk R’lấp, Phó bí thư và Chủ tịch UBND xã Kiến Thành",
    "Sáng", hon="ông", title="Chủ tịch", org="UBND xã Kiến Thành", opt=True))
X("j0182",
  O("ông Lê Văn Tú, Chủ tịch UBND thành phố Sầm Sơn", "Lê Văn Tú", hon="ông", title="Chủ tịch",
    org="UBND thành phố Sầm Sơn"),
  S("du lịch", None, codes=DL))
X("j0183")
X("j0184",
  S("dược", "C21", codes=["C21"]),
  P("34%", "+", sec="C21", cmp="so với cùng kỳ"))
X("j0185",
  D("Hiệp định Đối tác xuyên Thái Bình Dương", "Hiệp định", None, iss=None))
X("j0186")
X("j0187",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0188",
  O("Nhà vua Salman của Saudi Arabia", "Salman", title="Nhà vua", org="Saudi Arabia"))
X("j0189")

X("j0271",
  P("44,16%", None))
X("j0272")
X("j0273",
  O("ông Phí Thái Bình, nguyên Phó chủ tịch UBND TP Hà Nội, nguyên Chủ tịch HĐQT Vinaconex", "Phí Thái Bình",
    hon="ông", title="Chủ tịch HĐQT", org="Vinaconex", former=True),
  D("quyết định khởi tố bị can", "Quyết định", None, iss="Cơ quan CSĐT Bộ Công an", opt=True),
  S("xây dựng", "F", codes=["F"], opt=True))
X("j0274",
  S("khai thác tài nguyên", "B", codes=["B"]))
X("j0275",
  P("0.26%", "+"))
X("j0276",
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("j0277",
  S("điện sinh khối", "D35", codes=["D35"]),
  D("Quyết định 08/2020", "Quyết định", "08/2020", iss="Thủ tướng Chính phủ"),
  S("sản xuất mía đường", "C10", codes=["C10"], opt=True),
  S("điện sinh khối", "D35", codes=["D35"], at="nhà máy điện sinh khối", opt=True))
X("j0278",
  P("104,3%", None, per="11 tháng", ps="2024-01-01", pe="2024-11-30"),
  P("16,8%", "+", per="11 tháng", ps="2024-01-01", pe="2024-11-30", cmp="so cùng kỳ năm 2023"))
X("j0279",
  P("35,7%", "+"))

ART("ja01",
  O("TS. Nhan Cẩm Trí, Phó Hiệu trưởng Trường Đại học UEF", "Nhan Cẩm Trí", pre="TS.", title="Phó Hiệu trưởng",
    org="Trường Đại học UEF", mentions=["TS Trí"]),
  O("Ông Trần Huyền Dinh, Chủ nhiệm Uỷ ban Ứng dụng Fintech, Hiệp hội Blockchain Việt Nam", "Trần Huyền Dinh",
    hon="ông", title="Chủ nhiệm", org="Uỷ ban Ứng dụng Fintech, Hiệp hội Blockchain Việt Nam",
    mentions=["Ông Trần Huyền Dinh, Chủ nhiệm Uỷ ban Ứng dụng Fintech"]),
  S("kinh tế số", "J", codes=["J61", "J62", "J63"], opt=True),
  O("ông Lê Anh Quốc, Giám đốc Vận hành Công ty Cổ phần AlphaTrue", "Lê Anh Quốc", hon="ông",
    title="Giám đốc Vận hành", org="Công ty Cổ phần AlphaTrue", mentions=["ông Lê Anh Quốc"]),
  S("Blockchain", "J62", codes=["J62"], at="thị trường Blockchain", opt=True),
  P("85%", None, q="hơn"),
  P("34%", None),
  S("công nghệ tài chính", "K", codes=["K64", "K66"], opt=True),
  S("Blockchain", "J62", codes=["J62"], at="ngành Blockchain sau"),
  S("AI", "J62", codes=["J62"], at="ngành AI"),
  O("ông Đào Trung Thành, Phó Viện trưởng Viện ABAII", "Đào Trung Thành", hon="ông", title="Phó Viện trưởng",
    org="Viện ABAII"),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"),
  P("75%", None),
  P("32%", None),
  S("tổ chức tài chính", "K", codes=["K64", "K65", "K66"], opt=True),
  S("Blockchain", "J62", codes=["J62"], at="ngành Blockchain và AI"),
  S("AI", "J62", codes=["J62"], at="AI trong đang"))

ART("ja11",
  D("quyết định thu hồi", "Quyết định", None, iss="UBND tỉnh Quảng Bình", opt=True),
  S("khách sạn", "I55", codes=["I55"], at="Tổ hợp khách sạn", opt=True))
