# Blind second annotation (agreement): d0001-d0020, d0201-d0220, t0001-t0023, da01, da02.
SVC = list("GHIJKLMNOPQRSTU")
IND = ["B", "C", "D", "E"]

X("d0001", S("logistics", "H52", codes=["H52"]))
X("d0002", S("chứng khoán", "K66", codes=["K66"]))
X("d0003",
  O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"),
  P("70%", None))
X("d0004", D("Bộ luật Lao động", "Bộ luật", None))
X("d0005", D("Nghị định số 67/2017/NĐ-CP", "Nghị định", "67/2017/NĐ-CP"))
X("d0006", O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"))
X("d0007", P("6,7%", "+", cmp="so với năm 2015"))
X("d0008",
  P("40%", None, q="trên"),
  D("Hiệp định Thương mại Tự do AFTA", "Hiệp định", None, iss=None))
X("d0009")
X("d0010")
X("d0011")
X("d0012",
  P("100%", None, cmp="so với cùng kỳ"),
  P("49%", "+", cmp="so với cùng kỳ"))
X("d0013",
  D("Luật Hải quan Việt Nam 2014", "Luật", None),
  D("Nghị định số 08/2015/NĐ-CP", "Nghị định", "08/2015/NĐ-CP", date="2015-01-21"))
X("d0014")
X("d0015",
  S("tài chính", "K", codes=["K"], opt=True),
  S("công nghệ", "J", codes=["J"], opt=True))
X("d0016", S("nông nghiệp", "A", codes=["A"]))
X("d0017")
X("d0018",
  P("15%", None, sec="L68"),
  S("xây dựng", "F", codes=["F"]),
  S("ngân hàng - tài chính", "K", codes=["K64", "K66"]),
  S("chứng khoán", "K66", codes=["K66"]),
  S("bảo hiểm", "K65", codes=["K65"]),
  S("du lịch", None, codes=["I55", "N79"]),
  S("nông nghiệp", "A", codes=["A"]),
  S("bất động sản", "L68", codes=["L68"]))
X("d0019", P("61,08%", None, per="Từ đầu năm đến nay"))
X("d0020",
  O("ông Mai Thiên Ân, Trưởng phòng sản xuất Công ty TNHH Intel Products Việt Nam", "Mai Thiên Ân", hon="ông",
    title="Trưởng phòng", org="phòng sản xuất Công ty TNHH Intel Products Việt Nam"))

X("d0201")
X("d0202",
  D("Nghị quyết về phê chuẩn quyết toán ngân sách nhà nước năm 2015", "Nghị quyết", None, iss="Quốc hội", opt=True),
  P("92,46%", None))
X("d0203")
X("d0204", S("bất động sản", "L68", codes=["L68"]))
X("d0205")
X("d0206")
X("d0207", S("thủy sản", "A03", codes=["A03"], opt=True))
X("d0208")
X("d0209")
X("d0210")
X("d0211", S("bất động sản", "L68", codes=["L68"], opt=True))
X("d0212", S("chế biến", "C", codes=["C"], opt=True))
X("d0213", P("100%", None))
X("d0214",
  O("Vương Hưng Hưng, nhà sáng lập kiêm CEO của Unitree Robotics", "Vương Hưng Hưng", title="nhà sáng lập kiêm CEO",
    org="Unitree Robotics"))
X("d0215", D("Nghị quyết số 57-NQ/TW", "Nghị quyết", "57-NQ/TW", iss="Bộ Chính trị"))
X("d0216",
  O("Phó Thủ tướng Trương Hòa Bình", "Trương Hòa Bình", title="Phó Thủ tướng"),
  D("Nghị quyết Trung ương 5, khóa XII", "Nghị quyết", None, iss="Trung ương"))
X("d0217",
  O("Bộ trưởng Phùng Xuân Nhạ", "Phùng Xuân Nhạ", title="Bộ trưởng"),
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("d0218", S("chứng khoán", "K66", codes=["K66"]))
X("d0219")
X("d0220", D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))

X("t0001", S("nông nghiệp", "A01", codes=["A01"], opt=True),
  S("nông nghiệp", "A01", codes=["A01"], occ=1, opt=True))
X("t0002",
  S("gỗ và sản phẩm gỗ", "C", codes=["C16", "C31"]),
  P("23,1%", "+", sec="C", per="6 tháng năm 2024", cmp="so cùng kỳ"),
  S("gỗ và sản phẩm gỗ", "C", codes=["C16", "C31"], occ=1),
  S("sản phẩm gỗ", "C16", codes=["C16"], at="sản phẩm gỗ đạt", opt=True),
  P("22,2%", "+", per="6 tháng năm 2024", cmp="so cùng kỳ"))
X("t0003", D("Luật Việc làm (sửa đổi)", "Luật", None, opt=True))
X("t0004", D("Công văn", "Công văn", None, iss=None, opt=True))
X("t0005")
X("t0006",
  O("ĐB Lê Nguyễn Minh Quang, Trưởng ban Quản lý đường sắt đô thị TP.HCM", "Lê Nguyễn Minh Quang", pre="ĐB",
    title="Trưởng ban", org="ban Quản lý đường sắt đô thị TP.HCM"))
X("t0007")
X("t0008",
  D("QĐ số 465/QĐ-BGDĐT", "Quyết định", "465/QĐ-BGDĐT", date="2024-01-31"),
  D("QĐ số 1109/QĐ-BGDĐT", "Quyết định", "1109/QĐ-BGDĐT", date="2024-04-11"))
X("t0009",
  O("ông Nguyễn Phước Trung, Giám đốc Sở NN-PTNT TP Hồ Chí Minh", "Nguyễn Phước Trung", hon="ông", title="Giám đốc",
    org="Sở NN-PTNT TP Hồ Chí Minh"),
  S("nông nghiệp", "A", codes=["A"]))
X("t0010", O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("t0011")
X("t0012",
  D("Công điện số 65/CĐ-TTg", "Công điện", "65/CĐ-TTg"),
  D("Chỉ thị 13/CT-TTg", "Chỉ thị", "13/CT-TTg"),
  D("Công điện 72/CĐ-TTg", "Công điện", "72/CĐ-TTg"))
X("t0013", S("khai thác khoáng sản", "B", codes=["B"], opt=True))
X("t0014",
  O("ông Trương Đình Hòe, Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam", "Trương Đình Hòe",
    hon="ông", title="Tổng Thư ký", org="Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"))
X("t0015")
X("t0016",
  D("Hiệp định EVIPA", "Hiệp định", None, iss=None),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  S("hải sản", "A03", codes=["A03"], opt=True))
X("t0017", D("Luật Bảo hiểm xã hội năm 2014", "Luật", None))
X("t0018", D("Nghị định", "Nghị định", None, iss=None, opt=True))
X("t0019",
  S("thương mại điện tử", "G47", codes=["G47"]),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1, opt=True))
X("t0020",
  P("38,71%", "+"),
  P("39,35%", "+"),
  P("44,19%", None))
X("t0021",
  S("công nghiệp", None, codes=IND, opt=True),
  P("4,4%", "-", per="tháng 01/2024", cmp="so với tháng trước"),
  P("18,3%", "+", per="tháng 01/2024", cmp="so với cùng kỳ năm trước"))
X("t0022",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng"),
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("t0023",
  S("công nghiệp", "C", codes=["C13", "C14", "C15"], opt=True),
  S("dệt", "C13", codes=["C13"]),
  S("sản xuất trang phục", "C14", codes=["C14"]),
  S("sản xuất da và các sản phẩm liên quan", "C15", codes=["C15"]),
  P("26,3%", "+", sec="C", per="ba quý đầu năm 2022", ps="2022-01-01", pe="2022-09-30", cmp="so cùng kỳ"))

ART("da01",
    D("Thông tư", "Thông tư", None, iss="Bộ Giáo dục và Đào tạo", opt=True),
    D("Thông tư 23/2017/TT-BGDĐT", "Thông tư", "23/2017/TT-BGDĐT", date="2017-09-29"),
    D("Thông tư số 24/2021/TT-BGDĐT", "Thông tư", "24/2021/TT-BGDĐT", date="2021-09-08"),
    P("25%", None),
    P("10%", None, q="tối thiểu", cmp="so với quy định tối thiểu"),
    )

ART("da02",
    O("Emil Michael - Giám đốc phụ trách kinh doanh", "Emil Michael", title="Giám đốc phụ trách kinh doanh"),
    O("CEO Uber - Travis Kalanick", "Travis Kalanick", title="CEO", org="Uber"),
    O("cựu Bộ trưởng Tư pháp Mỹ - Eric Holder", "Eric Holder", title="Bộ trưởng Tư pháp", org="Mỹ", former=True),
    O("James Cakmak - nhà phân tích tại Monness, Crespi, Hardt & Co", "James Cakmak", title="nhà phân tích",
      org="Monness, Crespi, Hardt & Co", opt=True),
    O("Jason Schloetzer - một giáo sư", "Jason Schloetzer", title="giáo sư", opt=True),
    O("Giám đốc Uber - Jeff Jones", "Jeff Jones", title="Giám đốc", org="Uber"),
    )
