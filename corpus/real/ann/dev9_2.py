# dev9 annotator 2: m0091-m0180, ma06-ma10
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("m0091",
  O("Ông Nguyễn Văn Thọ, Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu", "Nguyễn Văn Thọ", hon="ông",
    title="Chủ tịch", org="Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"))
X("m0092")
X("m0093",
  O("Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất", "Hoàng Văn Chất", title="Bí thư", org="Tỉnh ủy Sơn La"),
  O("Chủ tịch Quốc hội Pany Yathotou", "Pany Yathotou", title="Chủ tịch", org="Quốc hội"))
X("m0094",
  S("F&B", None, codes=["C10", "C11", "I56"], opt=True),
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
X("m0100",
  P("3%", "+", per="tháng đầu tiên của năm", cmp="so với cùng kỳ năm trước"))
X("m0101",
  D("dự thảo Nghị định", "Nghị định", None, iss=None, opt=True),
  S("sản xuất, lắp ráp ô tô", "C29", codes=["C29"], at="DN sản xuất", opt=True))
X("m0102",
  S("chứng khoán", "K66", codes=["K66"], opt=True),
  O("ông Tống Minh Tuấn - Giám đốc Chi nhánh TP.", "Tống Minh Tuấn", hon="ông", title="Giám đốc",
    org="Chi nhánh TP."))
X("m0103",
  P("-0,18%", "-", per="tháng 5"))
X("m0104",
  D("Hiệp định thương mại mới", "Hiệp định", None, iss=None),
  D("Hiệp định thương mại biên giới", "Hiệp định", None, iss=None),
  S("Thương mại", "G", codes=["G"], at="Thương mại Việt Nam-Lào", opt=True),
  P("10%", "+", cmp="so với năm 2016"))
X("m0105",
  O("ông Bùi Xuân Cường, Giám đốc Sở GTVT TP.HCM", "Bùi Xuân Cường", hon="ông", title="Giám đốc",
    org="Sở GTVT TP.HCM"))
X("m0106",
  S("dịch vụ y tế", "Q86", codes=["Q86"], opt=True))
X("m0107")
X("m0108")
X("m0109",
  P("15% – 18%", "+", cmp="so với cùng kỳ năm trước"))
X("m0110",
  O("Lê Hoài Trung, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng", "Lê Hoài Trung", title="Bí thư",
    org="Trung ương Đảng"),
  O("Trần Hồng Hà, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ", "Trần Hồng Hà", title="Phó Thủ tướng",
    org="Chính phủ"))
X("m0111",
  S("dầu khí", "B06", codes=["B06"]))
X("m0112",
  D("dự thảo Nghị định", "Nghị định", None, iss=None, opt=True))
X("m0113",
  P("13,0%", None),
  P("16,1%", None))
X("m0114",
  P("8%", None, per="hiện"))
X("m0115")
X("m0116",
  P("50%", None, per="năm 2016"))
X("m0117",
  P("0,28%", "+"))
X("m0118")
X("m0119",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("m0120",
  P("19%", None),
  P("21%", None))
X("m0121",
  P("50%", None, q="khoảng"))
X("m0122",
  O("Suchkov, Phó Giám đốc nghiên cứu Trường Quan hệ Quốc tế ĐH Pyatigorsk", "Suchkov",
    title="Phó Giám đốc nghiên cứu", org="Trường Quan hệ Quốc tế ĐH Pyatigorsk"))
X("m0123",
  D("Luật Doanh nghiệp", "Luật", None, iss=None))
X("m0124",
  S("thương mại", "G", codes=["G"], opt=True),
  S("du lịch", None, codes=DL))
X("m0125",
  S("game online", "J58", codes=["J58"], opt=True))
X("m0126",
  D("Hiến pháp năm 2013", "Hiến pháp", None, iss=None))
X("m0127")
X("m0128",
  O("Ông Lương Việt Chương, Giám đốc công ty", "Lương Việt Chương", hon="ông", title="Giám đốc", org="công ty"),
  P("20%", None))
X("m0129",
  D("dự thảo Quyết định", "Quyết định", None, iss="Thủ tướng Chính phủ", opt=True),
  D("Kế hoạch nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình", "Kế hoạch", None,
    iss="Thủ tướng Chính phủ", opt=True))
X("m0130")
X("m0131")
X("m0132",
  S("viên nén", "C16", codes=["C16"]),
  S("sản xuất dăm gỗ", "C16", codes=["C16"], opt=True))
X("m0133",
  D("Kế hoạch hành động quốc gia thực hiện kinh tế tuần hoàn", "Kế hoạch", None, iss="Thủ tướng Chính phủ",
    opt=True))
X("m0134",
  D("Chỉ thị số 05-CT/TW", "Chỉ thị", "05-CT/TW", iss="Bộ Chính trị"),
  O("đồng chí Mai Văn Ninh, Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương", "Mai Văn Ninh",
    hon="đồng chí", title="Phó Trưởng Ban Thường trực", org="Ban Tuyên giáo Trung ương"))
X("m0135",
  D("Nghị định số 67/2017/NĐ-CP", "Nghị định", "67/2017/NĐ-CP"))
X("m0136",
  D("Kế hoạch hành động của tỉnh", "Kế hoạch", None, iss=None, opt=True),
  D("Nghị quyết số 57-NQ/TW", "Nghị quyết", "57-NQ/TW", iss="Bộ Chính trị"))
X("m0137",
  O("Giám đốc sở TNMT Yên Bái Phạm Sỹ Quý", "Phạm Sỹ Quý", title="Giám đốc", org="sở TNMT Yên Bái"))
X("m0138")
X("m0139",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng"))
X("m0140",
  S("xây dựng", "F", codes=["F"], opt=True))
X("m0141")
X("m0142")
X("m0143")
X("m0144",
  D("Nghị định số 72/2013/NĐ-CP", "Nghị định", "72/2013/NĐ-CP", date="2013-07-15"),
  D("Nghị định 59/2022/NĐ-CP", "Nghị định", "59/2022/NĐ-CP", date="2022-09-05"),
  S("dịch vụ Internet", "J61", codes=["J61"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"]))
X("m0145",
  P("60-90%", "-", q="khoảng", per="20 năm qua"))
X("m0146",
  O("Bộ trưởng Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiện", title="Bộ trưởng"),
  S("du lịch", None, codes=DL),
  P("30%", "+", per="năm nay"))
X("m0147",
  P("12,7%", "-", cmp="so với cùng kỳ"))
X("m0148",
  P("6,68%", "-", per="phiên 3/4"))
X("m0149")
X("m0150",
  P("6,3%", "+"))
X("m0151")
X("m0152",
  P("3,5%", "+", per="quý 2/2024"),
  P("9,9%", "+", per="năm 2024"))
X("m0153")
X("m0154")
X("m0155",
  S("nông nghiệp", "A", codes=["A"]),
  S("nông nghiệp", "A", codes=["A"], occ=1, opt=True))
X("m0156")
X("m0157",
  P("1 điểm %", "+", per="quý 1/2025"),
  P("17,9%", "+", per="quý 1/2025"),
  S("Vận tải", "H", codes=["H49", "H50", "H51", "H52"]),
  P("6,7 điểm %", "+", sec="H", per="quý 1/2025"),
  S("Du lịch", None, codes=DL),
  S("hàng không", "H51", codes=["H51"]),
  P("6 điểm %", "+", per="quý 1/2025"))
X("m0158",
  S("chế biến nông sản", "C10", codes=["C10"]),
  S("công nghiệp", None, codes=DCCN, at="năng lượng công nghiệp", opt=True),
  P("19,2%", None, sec="C10", per="năm 2020"))
X("m0159",
  P("73%", "-", per="quý 2 năm nay", cmp="so với cùng kỳ năm ngoái"))
X("m0160",
  S("nông nghiệp", "A", codes=["A"], opt=True),
  S("nông nghiệp", "A", codes=["A"], occ=1))
X("m0161")
X("m0162",
  D("Nghị quyết số 63/NQ-CP", "Nghị quyết", "63/NQ-CP", iss="Chính phủ"),
  P("95%", None, per="năm 2021"))
X("m0163")
X("m0164",
  D("Nghị định 19", "Nghị định", "19", iss=None))
X("m0165",
  O("Tổng Thanh tra Chính phủ Phan Văn Sáu", "Phan Văn Sáu", title="Tổng Thanh tra", org="Chính phủ"),
  D("Tờ trình", "Tờ trình", None, iss=None, opt=True),
  D("Luật tố cáo (sửa đổi)", "Luật", None, iss=None, opt=True))
X("m0166",
  O("ông Phan Quang Minh, Phó Cục trưởng Cục Thú y", "Phan Quang Minh", hon="ông", title="Phó Cục trưởng",
    org="Cục Thú y"))
X("m0167",
  P("81%", None))
X("m0168",
  P("100%", None))
X("m0169",
  O("Thứ trưởng Bộ KHĐT Nguyễn Thế Phương", "Nguyễn Thế Phương", title="Thứ trưởng", org="Bộ KHĐT"))
X("m0170",
  P("100%", None))
X("m0171")
X("m0172",
  P("94%", None))
X("m0173")
X("m0174",
  O("ông Nguyễn Văn Phố", "Nguyễn Văn Phố", hon="ông", title="Chủ tịch", opt=True))
X("m0175",
  S("Thời trang bình dân", "C14", codes=["C14"], opt=True),
  S("rạp chiếu phim", "J59", codes=["J59"], opt=True),
  S("giải trí", "R", codes=["R90", "R93"], opt=True),
  S("ẩm thực", "I56", codes=["I56"], opt=True),
  S("bán lẻ", "G47", codes=["G47"]))
X("m0176",
  S("Dịch vụ tài chính", "K", codes=["K64", "K66"]),
  S("Thực phẩm và đồ uống", "C", codes=["C10", "C11"]))
X("m0177",
  O("Chủ tịch UBND Thành phố Hồ Chí Minh, ông Nguyễn Văn Được", "Nguyễn Văn Được", hon="ông", title="Chủ tịch",
    org="UBND Thành phố Hồ Chí Minh"))
X("m0178")
X("m0179",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng"),
  S("điện tái tạo", "D35", codes=["D35"], opt=True),
  S("bán lẻ điện", "D35", codes=["D35"], opt=True))
X("m0180",
  S("đồ gỗ", "C31", codes=["C31"], opt=True),
  S("gỗ và sản phẩm gỗ", "C16", codes=["C16"]),
  P("68%", None, per="8 tháng năm 2024"),
  P("23%", "+", per="8 tháng năm 2024", cmp="so với cùng kỳ năm trước"))

ART("ma06",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  O("Giám đốc Tình báo quốc gia (DNI) Dan Coats", "Dan Coats", title="Giám đốc", org="Tình báo quốc gia"),
  O("Giám đốc Cơ quan an ninh quốc gia (NSA) Michael Rogers", "Michael Rogers", title="Giám đốc",
    org="Cơ quan an ninh quốc gia"),
  O("cựu Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI", former=True),
  O("Giám đốc CIA Mike Pompeo", "Mike Pompeo", title="Giám đốc", org="CIA"),
  O("cố vấn đặc biệt Robert Mueller", "Robert Mueller", title="cố vấn đặc biệt"))
ART("ma07",
  D("Luật Đất đai 2024", "Luật", None, iss=None),
  S("sản xuất nông nghiệp", "A", codes=["A"]),
  S("khai thác tài nguyên, khoáng sản", "B", codes=["B"]),
  S("cung cấp nước sạch", "E36", codes=["E36"], opt=True),
  S("xử lý nước thải", "E37", codes=["E37"], opt=True))
ART("ma08",
  O("nguyên Tổng Giám đốc PVTex Vũ Đình Duy", "Vũ Đình Duy", title="Tổng Giám đốc", org="PVTex", former=True),
  O("Trần Trung Chí Hiếu, nguyên Chủ tịch HĐQT PVTex", "Trần Trung Chí Hiếu", title="Chủ tịch HĐQT",
    org="PVTex", former=True),
  O("Vũ Phương Nam, Kế toán trưởng PVTex", "Vũ Phương Nam", title="Kế toán trưởng", org="PVTex"),
  O("Đào Ngọ Hoàng, nguyên Trưởng phòng thương mại hợp đồng PVTex", "Đào Ngọ Hoàng", title="Trưởng phòng",
    org="phòng thương mại hợp đồng PVTex", former=True),
  O("Đỗ Văn Hồng, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty PVC.KBC", "Đỗ Văn Hồng",
    title="Chủ tịch HĐQT kiêm Tổng Giám đốc", org="Công ty PVC.KBC"),
  D("quyết định truy nã", "Quyết định", None, iss="Cơ quan CSĐT Bộ Công an", opt=True),
  D("quyết định khởi tố vụ án hình sự", "Quyết định", None, iss="Cơ quan Cảnh sát điều tra Bộ Công an",
    opt=True))
ART("ma09",
  D("Luật sửa đổi, bổ sung một số điều của 7 luật", "Luật", None, iss=None, opt=True),
  D("Luật Đấu thầu", "Luật", None, iss=None),
  D("Luật Đầu tư theo phương thức đối tác công tư", "Luật", None, iss=None),
  D("Luật Hải quan", "Luật", None, iss=None),
  D("Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật", None, iss=None),
  D("Luật Đầu tư", "Luật", None, iss=None, at="Luật Đầu tư, Luật Đầu tư công"),
  D("Luật Đầu tư công", "Luật", None, iss=None),
  D("Luật Quản lý, sử dụng tài sản công", "Luật", None, iss=None),
  D("Luật Quản lý và đầu tư vốn Nhà nước tại doanh nghiệp", "Luật", None, iss=None, opt=True),
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
ART("ma10",
  P("62%", "+", per="năm 2016"),
  P("146%", "+", per="năm 2015"),
  S("ngân hàng", "K64", codes=["K64"], at="ngân hàng trong nước", opt=True),
  P("1,7%", None, per="năm 2016"),
  P("1,2%", None, per="năm 2015"),
  P("0,7%", None),
  S("ngân hàng", "K64", codes=["K64"], at="ngân hàng khác", opt=True),
  P("8,5%", "+", per="cuối năm 2016", ps="2016-12-31", pe="2016-12-31"),
  P("7,8%", None, per="cuối năm 2015", ps="2015-12-31", pe="2015-12-31"),
  P("24%", "-", per="năm 2016", cmp="so với 47% trong giai đoạn 2013 – 2015", ps="2016-01-01", pe="2016-12-31"),
  P("47%", "-", per="giai đoạn 2013 – 2015", ps="2013-01-01", pe="2015-12-31"),
  P("5,5%", "+", per="quý I", cmp="so với cuối năm 2016"),
  P("85%", "+", q="hơn", per="3 tháng đầu năm 2017", cmp="so với 3 tháng đầu năm 2016"),
  P("49%", "+", per="3 tháng đầu năm", cmp="so với cùng kỳ năm trước"),
  P("3%", None, q="dưới", per="năm 2017"))
