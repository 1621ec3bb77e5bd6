# dev6 annotator 2: j0091-j0180, ja06-ja10
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
SVC = list("GHIJKLMNOPQRSTU")
FIN = ["K64", "K65", "K66"]

X("j0091")
X("j0092",
  S("Truyền thông số", "J", codes=["J58", "J59", "J60", "J63"], opt=True))
X("j0093",
  P("40%", "-", per="năm nay", ps="2017-01-01", pe="2017-12-31", cmp="so với năm 2016"))
X("j0094")
X("j0095")
X("j0096",
  S("sản xuất công nghiệp", None, codes=DCCN, opt=True))
X("j0097")
X("j0098",
  O("Phan Hữu Thắng, Chủ tịch VIPFA, nguyên Cục trưởng Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư)",
    "Phan Hữu Thắng", title="Chủ tịch", org="VIPFA"))
X("j0099",
  D("bộ luật Hình sự", "Bộ luật", None, iss=None))
X("j0100")
X("j0101",
  P("5%", "-", cmp="so với năm ngoái"))
X("j0102")
X("j0103",
  O("James Mattis là Bộ trưởng Quốc phòng", "James Mattis", title="Bộ trưởng Quốc phòng"),
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("j0104")
X("j0105",
  O("Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm", "Phan Tâm", title="Thứ trưởng",
    org="Bộ Thông tin và Truyền thông"),
  S("dịch vụ điện thoại cố định", "J61", codes=["J61"], opt=True))
X("j0106",
  S("khách sạn", "I55", codes=["I55"], opt=True))
X("j0107",
  O("Bộ trưởng Bộ TT&TT Trương Minh Tuấn", "Trương Minh Tuấn", title="Bộ trưởng", org="Bộ TT&TT"),
  S("xuất bản", "J58", codes=["J58"], at="ngành xuất bản"))
X("j0108",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0109",
  O("Bí thư TP.HCM Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân", title="Bí thư", org="TP.HCM"),
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"),
  D("quyết định", "Quyết định", None, iss=None, opt=True))
X("j0110",
  P("50%", None, per="Năm 2017"),
  P("50%", None, per="Năm 2017", occ=1))
X("j0111")
X("j0112",
  O("Thiếu tướng Hoàng Anh Tuyên, Phó Chánh Văn phòng Bộ Công an", "Hoàng Anh Tuyên", pre="Thiếu tướng",
    title="Phó Chánh Văn phòng", org="Văn phòng Bộ Công an"))
X("j0113",
  O("Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI"))
X("j0114",
  P("99,49%", None),
  P("99,47%", None),
  P("99.63%", None))
X("j0115",
  D("Quyết định 74/2008", "Quyết định", "74/2008", iss="UBND TP"))
X("j0116",
  S("công nghiệp chế biến, chế tạo", "C", codes=["C"]))
X("j0117",
  D("kế hoạch GPMB", "Kế hoạch", None, iss=None, opt=True))
X("j0118",
  P("99,6%", None))
X("j0119",
  S("điện đồng phát", "D35", codes=["D35"], opt=True),
  S("điện sinh khối", "D35", codes=["D35"], opt=True),
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("j0120",
  P("100%", None))
X("j0121",
  S("sản xuất nấm", "A01", codes=["A01"]))
X("j0122",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("j0123",
  O("ông Nguyễn Mạnh Khương – Phó Chánh Thanh tra Bộ Nội vụ", "Nguyễn Mạnh Khương", hon="ông",
    title="Phó Chánh Thanh tra", org="Thanh tra Bộ Nội vụ"),
  O("ông Phạm Sỹ Quý làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái", "Phạm Sỹ Quý", hon="ông",
    title="Giám đốc", org="Sở Tài nguyên và Môi trường tỉnh Yên Bái", opt=True))
X("j0124")
X("j0125")
X("j0126",
  S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"], opt=True),
  S("viễn thông", "J61", codes=["J61"], opt=True),
  S("công nghệ thông tin", "J", codes=["J62", "J63"], opt=True),
  S("khoa học, công nghệ", "M72", codes=["M72"], opt=True),
  S("thương mại", "G", codes=["G"], at="hạ tầng thương mại", opt=True),
  S("dịch vụ", None, codes=SVC, at="thương mại và dịch vụ", opt=True),
  S("y tế", "Q86", codes=["Q86"], opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("j0127",
  P("100%", None))
X("j0128")
X("j0129",
  S("du lịch", None, codes=DL, opt=True))
X("j0130",
  P("từ 5,3% đến 5,7%", None),
  S("ngân hàng", "K64", codes=["K64"], opt=True))
X("j0131",
  O("Nguyên Tổng Bí thư Nông Đức Mạnh", "Nông Đức Mạnh", title="Tổng Bí thư", former=True),
  O("Lê Khả Khiêu", "Lê Khả Khiêu", title="Tổng Bí thư", former=True),
  O("nguyên Chủ tịch Quốc hội Nguyễn Văn An", "Nguyễn Văn An", title="Chủ tịch", org="Quốc hội", former=True),
  O("Nguyễn Sinh Hùng", "Nguyễn Sinh Hùng", title="Chủ tịch", org="Quốc hội", former=True))
X("j0132",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))
X("j0133",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  D("Quyết định số 1250/QĐ-TTg", "Quyết định", "1250/QĐ-TTg"))
X("j0134",
  P("1,5%", "-", per="năm nay", cmp="so với mức 1,7% hồi tháng 3"),
  P("1,7%", "-", per="năm nay"))
X("j0135")
X("j0136",
  O("ông Vũ Quang Thịnh, Giám đốc Công ty quản lý quỹ Dynam Capital", "Vũ Quang Thịnh", hon="ông",
    title="Giám đốc", org="Công ty quản lý quỹ Dynam Capital"))
X("j0137",
  O("Ông Trần Chủng, Chủ tịch Hiệp hội các Nhà đầu tư công trình giao thông đường bộ Việt Nam (VARSI)",
    "Trần Chủng", hon="ông", title="Chủ tịch",
    org="Hiệp hội các Nhà đầu tư công trình giao thông đường bộ Việt Nam"),
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True))
X("j0138",
  S("bất động sản", "L68", codes=["L68"]))
X("j0139",
  S("công nghiệp chip", "C26", codes=["C26"]),
  S("bán dẫn", "C26", codes=["C26"], opt=True))
X("j0140",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("j0141",
  O("ông Phí Thái Bình - Chủ tịch", "Phí Thái Bình", hon="ông", title="Chủ tịch", org="HĐQT Vinaconex"),
  O("Nguyễn Văn Tuân, Tổng giám đốc", "Nguyễn Văn Tuân", title="Tổng giám đốc"),
  O("Tô Ngọc Thành", "Tô Ngọc Thành", title="ủy viên", org="HĐQT Vinaconex", opt=True),
  O("Hoàng Hợp Thương", "Hoàng Hợp Thương", title="ủy viên", org="HĐQT Vinaconex", opt=True),
  O("Vũ Đình Chầm", "Vũ Đình Chầm", title="ủy viên", org="HĐQT Vinaconex", opt=True))
X("j0142",
  O("ông Trịnh Quốc Tấn, Hiệu trưởng Trường Cao đẳng Thủy sản và Công nghệ", "Trịnh Quốc Tấn", hon="ông",
    title="Hiệu trưởng", org="Trường Cao đẳng Thủy sản và Công nghệ"))
X("j0143")
X("j0144")
X("j0145",
  S("khai thác đá", "B08", codes=["B08"], opt=True))
X("j0146",
  P("50%", None))
X("j0147")
X("j0148",
  S("xây dựng", "F", codes=["F"], at="ngành xây dựng"))
X("j0149",
  O("ông\xa0Hoàng Quang Phòng, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", "Hoàng Quang Phòng",
    hon="ông", title="Phó Chủ tịch", org="Liên đoàn Thương mại và Công nghiệp Việt Nam"))
X("j0150",
  O("Brigadier-General Khalid Nasser Al Razzouqi, tổng giám đốc bộ phận dịch vụ thông minh của cảnh sát Dubai",
    "Khalid Nasser Al Razzouqi", pre="Brigadier-General", title="tổng giám đốc",
    org="bộ phận dịch vụ thông minh của cảnh sát Dubai"))
X("j0151",
  S("khai thác hàng hải", "H50", codes=["H50"], opt=True),
  D("quyết định", "Quyết định", None, iss=None, at="quyết định nêu trên", opt=True))
X("j0152",
  D("Nghị định 13", "Nghị định", "13"))
X("j0153",
  S("khách sạn", "I55", codes=["I55"], opt=True),
  P("90%", None, q="trên"))
X("j0154")
X("j0155",
  D("Thông tư 31/2016/TT-BXD", "Thông tư", "31/2016/TT-BXD"))
X("j0156")
X("j0157",
  S("bất động sản", "L68", codes=["L68"]))
X("j0158",
  S("du lịch", None, codes=DL, at="kinh doanh du lịch"),
  S("lữ hành", "N79", codes=["N79"]),
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("j0159",
  S("khai khoáng", "B", codes=["B"]),
  P("54,7%", None, sec="B"),
  S("dịch vụ", None, codes=SVC, at="ngành dịch vụ"),
  S("công nghiệp chế biến, chế tạo", "C", codes=["C"]))
X("j0160",
  O("Brian Niccol, CEO của Starbucks", "Brian Niccol", title="CEO", org="Starbucks"))
X("j0161")
X("j0162")
X("j0163",
  S("du lịch", None, codes=DL, at="hành vi du lịch", opt=True),
  S("du lịch", None, codes=DL, at="tour du lịch", opt=True),
  S("du lịch", None, codes=DL, at="hoạt động du lịch", opt=True))
X("j0164",
  O("Phó giám đốc của ông Nguyễn Trung Độ", "Nguyễn Trung Độ", hon="ông", title="Phó giám đốc"))
X("j0165")
X("j0166")
X("j0167")
X("j0168",
  P("23%", None),
  P("25%", None),
  P("20%", None),
  P("7%", None))
X("j0169")
X("j0170",
  S("blockchain", "J62", codes=["J62"], opt=True))
X("j0171",
  P("25,3%", "+", per="kỳ 1 tháng 5/2024", ps="2024-05-01", pe="2024-05-15", cmp="so với kỳ 2 tháng 4/2024"))
X("j0172",
  S("tài chính", "K", codes=FIN))
X("j0173",
  O("Chánh Văn phòng UBND TPHCM Võ Văn Hoan", "Võ Văn Hoan", title="Chánh Văn phòng", org="Văn phòng UBND TPHCM"))
X("j0174",
  P("50%", None, per="Hiện"))
X("j0175")
X("j0176")
X("j0177",
  O("Ủy viên Bộ Chính trị, Bí thư Thành ủy TP HCM Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân", title="Bí thư",
    org="Thành ủy TP HCM"),
  O("Phó Chủ tịch UBND TP Lê Văn Khoa", "Lê Văn Khoa", title="Phó Chủ tịch", org="UBND TP"))
X("j0178",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], opt=True))
X("j0179")
X("j0180",
  P("25%", None, sec="C29"),
  S("ô tô", "C29", codes=["C29"]))
ART("ja06",
  S("hàng không", "H51", codes=["H51"], at="chuyên gia hàng không", opt=True),
  D("công văn", "Công văn", None, iss=None, at="ra công văn", opt=True))
ART("ja07",
  # [1] [5] letters without a number
  D("văn bản", "Công văn", None, iss="UBND tỉnh Nghệ An", opt=True),
  D("văn bản", "Công văn", None, iss="Bộ Xây dựng", at="Bộ Xây dựng đã có văn bản", opt=True),
  # [10]
  S("vận tải hành khách", "H49", codes=["H49"], opt=True),
  S("vận chuyển hàng hóa", "H49", codes=["H49"], opt=True))
ART("ja08",
  D("văn bản số 2916/C67-P9", "Công văn", "2916/C67-P9", iss="Cục Cảnh sát giao thông", date="2017-05-31",
    mentions=["văn bản số 2916/C67-P9"]),
  S("ngân hàng", "K64", codes=["K64"], at="thế chấp trong ngân hàng", opt=True),
  S("vận tải", "H49", codes=["H49"], at="doanh nghiệp vận tải"),
  S("ngân hàng", "K64", codes=["K64"], at="liên hệ với ngân hàng", opt=True),
  S("Ngân hàng", "K64", codes=["K64"], at="chi nhánh Ngân hàng", opt=True),
  S("Ngân hàng", "K64", codes=["K64"], at="trước mắt, Ngân hàng", opt=True),
  D("công văn số 13/HATA - 2017", "Công văn", "13/HATA-2017",
    iss="Hiệp hội vận tải hàng hóa đường bộ Hải Phòng", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="thế chấp ngân hàng", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng trả lại", opt=True),
  O("ông Lê Văn Tiến, Chủ tịch Hiệp hội vận tải hàng hóa đường bộ Hải Phòng", "Lê Văn Tiến", hon="ông",
    title="Chủ tịch", org="Hiệp hội vận tải hàng hóa đường bộ Hải Phòng"),
  S("Ngân hàng", "K64", codes=["K64"], at="xác nhận của Ngân hàng", opt=True),
  S("vận tải", "H49", codes=["H49"], at="thị trường vận tải"),
  O("Anh Phạm Văn Khải, Giám đốc Công ty TNHH Thương mại vận tải và xuất nhập khẩu Khải Anh", "Phạm Văn Khải",
    hon="anh", title="Giám đốc", org="Công ty TNHH Thương mại vận tải và xuất nhập khẩu Khải Anh"),
  S("ngân hàng", "K64", codes=["K64"], at="làm việc với ngân hàng", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="nhưng ngân hàng", opt=True),
  S("vận tải", "H49", codes=["H49"], at="nhiều doanh nghiệp vận tải"),
  S("Ngân hàng", "K64", codes=["K64"], at="hệ thống Ngân hàng", opt=True),
  S("vận tải hàng hóa", "H49", codes=["H49"], at="phương tiện vận tải hàng hóa", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="thế chấp trong ngân hàng, đang", opt=True))
ART("ja09",
  # [1]
  S("vận tải", "H49", codes=["H49"], at="hoạt động vận tải thường kỳ", opt=True),
  S("đường sắt", "H49", codes=["H49"], at="ngành đường sắt"),
  # [5]
  S("đường sắt", "H49", codes=["H49"], at="ngành đường sắt cũng"),
  P("40%", "-", per="từ ngày 24/4 đến 9/5"),
  # [12]
  S("đường sắt", "H49", codes=["H49"], at="hiện đại hóa của ngành đường sắt"))
ART("ja10",
  O("Giám đốc OCAM Paul Van Tigchelt", "Paul Van Tigchelt", title="Giám đốc", org="OCAM",
    mentions=["ông Tigchelt"]),
  S("nhà cung cấp Internet", "J61", codes=["J61"], opt=True))
