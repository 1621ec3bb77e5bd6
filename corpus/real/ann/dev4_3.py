# dev4 annotator 3: h0181-h0270, ha09-ha12
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]

X("h0181")
X("h0182",
  P("15%", None, per="năm 2016"))
X("h0183",
  P("1,9%", None))
X("h0184",
  D("Luật tố cáo", "Luật", None))
X("h0185",
  S("du lịch", None, codes=DL, opt=True),
  S("du lịch", None, codes=DL, occ=1, opt=True))
X("h0186",
  P("0,25 điểm phần trăm", "+", per="3 tháng đầu năm 2017"),
  P("0,75-1%", "+", q="khoảng", per="3 tháng đầu năm 2017"))
X("h0187")
X("h0188",
  D("Nghị quyết 57", "Nghị quyết", "57", mentions=["Nghị quyết 57"]))
X("h0189",
  O("ông Phạm Thành Ngại - Phó Bí thư Thường trực Tỉnh ủy, giữ chức Chủ tịch Ủy ban Nhân dân tỉnh Cà Mau",
    "Phạm Thành Ngại", hon="ông", title="Chủ tịch", org="Ủy ban Nhân dân tỉnh Cà Mau"))
X("h0190",
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải"),
  S("vận tải khách", "H49", codes=["H49"]),
  S("du lịch", None, codes=DL, opt=True))
X("h0191")
X("h0192",
  P("4,3%", None, per="năm 2023"))
X("h0193",
  P("0%", None),
  S("may mặc", "C14", codes=["C14"], opt=True),
  D("Hiệp định thương mại tự do Việt Nam – EU", "Hiệp định", None, iss=None))
X("h0194",
  O("Trump", "Trump", title="Tổng thống", org="Mỹ", opt=True))
X("h0195",
  S("báo chí", "J", codes=["J58", "J60", "J63"], opt=True),
  S("công nghiệp văn hóa", None, codes=["J58", "J59", "J60", "M73", "R90"], opt=True))
X("h0196",
  P("12,6%", "+", per="giai đoạn 2018 - 2023"),
  P("6,96%", "+", per="giai đoạn 2019 - 2023"))
X("h0197",
  S("du lịch", None, codes=DL),
  O("vua Tự Đức", "Tự Đức", title="vua", opt=True))
X("h0198")
X("h0199",
  D("Nghị quyết 42", "Nghị quyết", "42"))
X("h0200",
  P("40%", None))
X("h0201",
  O("HLV Irisawa", "Irisawa", title="HLV", opt=True),
  O("Phó Chủ tịch Trần Đức Phấn", "Trần Đức Phấn", title="Phó Chủ tịch"))
X("h0202",
  S("lưu trú", "I55", codes=["I55"], opt=True),
  P("33,3%", "+", cmp="so với cùng kỳ"))
X("h0203",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  P("61%", None))
X("h0204",
  P("98%", None),
  P("1%", None),
  P("1%", None, occ=1))
X("h0205",
  O("Ông Trần Văn Bảy, Chánh Thanh tra TP.HCM", "Trần Văn Bảy", hon="ông", title="Chánh Thanh tra",
    org="Thanh tra TP.HCM"),
  D("Luật Đất đai năm 2024", "Luật", None))
X("h0206")
X("h0207")
X("h0208",
  D("Nghị quyết mới", "Nghị quyết", None, opt=True))
X("h0209")
X("h0210")
X("h0211",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("h0212")
X("h0213",
  P("0,3%", "+", per="phiên giao dịch đêm qua"))
X("h0214",
  O("Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng", "Nguyễn Văn Thắng", title="Bộ trưởng", org="Bộ Tài chính"),
  D("Tờ trình (bổ sung) về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm 2025", "Tờ trình", None,
    iss=None, opt=True))
X("h0215",
  P("1%", "+", q="gần", per="ngày 10/4"))
X("h0216")
X("h0217",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"),
  S("Ngân hàng", "K64", codes=["K64"], opt=True))
X("h0218",
  O("đồng chí Esteban Lazo Hernandez, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội",
    "Esteban Lazo Hernandez", hon="đồng chí", title="Chủ tịch", org="Quốc hội"),
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("h0219",
  P("27%", "+", q="hơn", per="Tính đến hết tháng 5 vừa qua", cmp="so với cùng kỳ năm trước"))
X("h0220",
  D("Luật Việc làm (sửa đổi)", "Luật", None, iss=None, opt=True))
X("h0221",
  D("Quyết định số 1935/QĐ-BTC", "Quyết định", "1935/QĐ-BTC", date="2025-06-02"))
X("h0222")
X("h0223")
X("h0224",
  P("5,69%", None, q="gần", per="6 tháng đầu năm"),
  P("16-18%", None, per="cả năm"))
X("h0225",
  P("9%", "+", q="gần", per="trước năm 2035", ps=None, pe="2035-12-31"),
  P("6,4%", "+", per="năm 2024"))
X("h0226",
  D("Nghị định 67", "Nghị định", "67"),
  O("ông Nguyễn Văn Trung, Vụ trưởng Khai thác thủy sản, Tổng cục Thủy sản, Bộ Nông nghiệp và Phát triển nông thôn",
    "Nguyễn Văn Trung", hon="ông", title="Vụ trưởng",
    org="Vụ Khai thác thủy sản, Tổng cục Thủy sản, Bộ Nông nghiệp và Phát triển nông thôn"),
  S("đóng tàu", "C30", codes=["C30"], at="cơ sở đóng tàu", opt=True),
  S("ngân hàng", "K64", codes=["K64"], opt=True))
X("h0227",
  S("điện tử", "C26", codes=["C26"], at="ngành điện tử"),
  S("sản xuất điện thoại và linh kiện", "C26", codes=["C26"]),
  P("100%", None, sec="C26"),
  P("89%", None, sec="C26"))
X("h0228",
  D("Luật thuế tiêu thụ đặc biệt", "Luật", None))
X("h0229")
X("h0230",
  D("chỉ thị", "Chỉ thị", None, iss="Thủ tướng", opt=True),
  D("công điện", "Công điện", None, iss="Thủ tướng", opt=True))
X("h0231",
  O("ông Dương Ngọc Hải, Phó Chủ tịch Thường trực Ủy ban nhân dân TP.HCM", "Dương Ngọc Hải", hon="ông",
    title="Phó Chủ tịch Thường trực", org="Ủy ban nhân dân TP.HCM"),
  P("7,17%", "+", per="năm 2024"))
X("h0232",
  S("du lịch", None, codes=DL, opt=True))
X("h0233")
X("h0234",
  O("Chủ tịch Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"))
X("h0235",
  O("công tố viên đặc biệt Muller", "Muller", title="công tố viên đặc biệt"),
  O("Bộ trưởng Tư pháp Jeff Sessions", "Jeff Sessions", title="Bộ trưởng Tư pháp"))
X("h0236")
X("h0237",
  D("Nghị định 25", "Nghị định", "25", iss="Chính phủ", mentions=["Nghị định số 25"]),
  D("Thông tư 06", "Thông tư", "06"))
X("h0238")
X("h0239",
  O("Ông Shunsuke Fushiki, Trưởng phòng dự án Hybrid, Tập đoàn ô tô Toyota", "Shunsuke Fushiki", hon="ông",
    title="Trưởng phòng", org="phòng dự án Hybrid, Tập đoàn ô tô Toyota"),
  S("ô tô", "C29", codes=["C29"], at="Tập đoàn ô tô", opt=True))
X("h0240")
X("h0241",
  O("TS Murat Sartas - Giám đốc về Nhân rộng mô hình và tác động thuộc\xa0Hiệp hội các Viện nghiên cứu Nông nghiệp châu Á - Thái Bình Dương",
    "Murat Sartas", pre="TS", title="Giám đốc về Nhân rộng mô hình và tác động",
    org="Hiệp hội các Viện nghiên cứu Nông nghiệp châu Á - Thái Bình Dương"))
X("h0242")
X("h0243",
  P("47%", "-", per="quý 1", cmp="theo quý"),
  P("78%", "-", per="quý 1", cmp="theo năm"))
X("h0244",
  P("3%", "+", q="khoảng", per="năm nay"),
  P("2,8%", "+", per="năm nay"))
X("h0245",
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"))
X("h0246")
X("h0247",
  P("2,8%", "+", per="Năm 2024"))
X("h0248",
  D("Nghị quyết số 202/2025/QH15", "Nghị quyết", "202/2025/QH15", date="2025-06-12"),
  D("Kết luận số 169-KL/TW", "Kết luận", "169-KL/TW", iss="Bộ Chính trị, Ban Bí thư"))
X("h0249")
X("h0250",
  O("Thủ tướng Theresa May", "Theresa May", title="Thủ tướng"),
  P("8 điểm phần trăm", None, per="ngày 8/6"),
  P("5 điểm phần trăm", None))
X("h0251",
  D("Nghị quyết số 106/2023/QH15", "Nghị quyết", "106/2023/QH15", date="2023-11-28"),
  S("xây dựng công trình đường bộ", "F42", codes=["F42"], opt=True))
X("h0252")
X("h0253")
X("h0254",
  P("50%", None, q="gần", per="năm ngoái", ps="2016-01-01", pe="2016-12-31"))
X("h0255",
  P("0,05%", "+", per="tháng 5/2024", cmp="so với tháng trước"))
X("h0256",
  S("cao su - nhựa", "C22", codes=["C22"]),
  P("20%", "-", q="khoảng", sec="C22"),
  P("10%", "-", q="khoảng"),
  S("xây dựng", "F", codes=["F"], opt=True),
  P("30%", "-", q="gần"))
X("h0257",
  S("phim nóng", "J59", codes=["J59"]))
X("h0258")
X("h0259",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("h0260",
  S("công nghiệp ô tô", "C29", codes=["C29"]),
  S("công nghiệp", None, codes=DCCN, at="những ngành công nghiệp", opt=True),
  S("công nghiệp", None, codes=DCCN, at="các ngành công nghiệp khác", opt=True))
X("h0261",
  S("văn phòng phẩm", "C", codes=["C17", "C32"], opt=True),
  P("32%", "+", per="quý 3/2024", cmp="so với quý 2/2024"),
  P("42%", "+", per="quý 3/2024", cmp="so với quý 2/2024"))
X("h0262")
X("h0263")
X("h0264",
  P("35%", None))
X("h0265",
  S("dệt may", "C", codes=DM),
  P("5,6%", "+", sec="C", per="tháng 1 vừa qua"),
  P("5,7%", "+", sec="C", per="tháng 1 vừa qua"),
  S("dệt may", "C", codes=DM, occ=1),
  P("4,6%", "+", sec="C", per="năm 2016"),
  S("dệt may", "C", codes=DM, occ=2, opt=True))
X("h0266",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("h0267")
X("h0268",
  O("bà Hồ Thị Kim Thoa, Thứ trưởng Bộ Công thương", "Hồ Thị Kim Thoa", hon="bà", title="Thứ trưởng",
    org="Bộ Công thương", mentions=["bà Thoa"]))
X("h0269")
X("h0270",
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư"),
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  O("Thường trực Ban Bí thư Trần Cẩm Tú", "Trần Cẩm Tú", title="Thường trực Ban Bí thư"),
  D("Nghị quyết 57-NQ/TW", "Nghị quyết", "57-NQ/TW"))

ART("ha09",
  S("thiết kế vi mạch", "C26", codes=["C26"], opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], occ=1, opt=True),
  S("công nghiệp", None, codes=DCCN, at="công nghiệp thực tiễn", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="ngành thiết kế vi mạch", opt=True),
  S("vi mạch", "C26", codes=["C26"], at="lĩnh vực vi mạch"),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="nghiên cứu thiết kế vi mạch", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="lĩnh vực thiết kế vi mạch"),
  O("ông Nguyễn Thế Linh, Giám đốc Điều hành Kỹ thuật của Synopsys", "Nguyễn Thế Linh", hon="ông",
    title="Giám đốc Điều hành Kỹ thuật", org="Synopsys", mentions=["ông Linh"]),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="học bổng thiết kế vi mạch Synopsys", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="lĩnh vực thiết kế vi mạch", at_occ=1),
  S("công nghiệp bán dẫn", "C26", codes=["C26"]),
  S("giáo dục", "P85", codes=["P85"], at="đầu tư vào giáo dục", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="trung tâm công nghệ thiết kế vi mạch", opt=True))
ART("ha10",
  S("vận tải khách", "H49", codes=["H49"], at="doanh nghiệp vận tải khách"),
  S("vận tải hành khách", "H49", codes=["H49"], at="luồng tuyến vận tải hành khách"),
  D("văn bản thông báo", "Công văn", None, iss="Sở GTVT Hà Nội", opt=True),
  O("Phó Giám đốc Sở GTVT Hà Nội Hà Huy Quang", "Hà Huy Quang", title="Phó Giám đốc", org="Sở GTVT Hà Nội"),
  S("vận tải", "H49", codes=["H49"], at="đơn vị kinh doanh vận tải"),
  S("vận tải khách", "H49", codes=["H49"], at="xe vận tải khách", opt=True),
  S("vận tải", "H49", codes=["H49"], at="các đơn vị vận tải không"))
ART("ha11",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  S("bất động sản", "L68", codes=["L68"], occ=1, opt=True),
  D("văn bản số 5635", "Công văn", "5635", iss="Ủy ban nhân dân TP. Hồ Chí Minh", date="2024-09-21"),
  O("ông Mai Xuân Thành, Tổng cục trưởng Tổng cục Thuế", "Mai Xuân Thành", hon="ông", title="Tổng cục trưởng",
    org="Tổng cục Thuế"),
  P("77%", None, q="gần", per="9 tháng năm 2024"),
  P("14,3%", "+", per="9 tháng năm 2024", cmp="so với cùng kỳ"),
  P("78,4%", None, per="9 tháng năm 2024"),
  P("70,5%", None, per="9 tháng năm 2024"),
  P("22,2%", "+", per="9 tháng năm 2024", cmp="so với cùng kỳ"))
ART("ha12",
  O("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh", "Phạm Bình Minh", title="Phó Thủ tướng, Bộ trưởng",
    org="Bộ Ngoại giao", mentions=["Phạm Bình Minh"]),
  O("ông John Kerry, cựu Ngoại trưởng Hoa Kỳ", "John Kerry", hon="ông", title="Ngoại trưởng", org="Hoa Kỳ",
    former=True, mentions=["John Kerry"]),
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ",
    mentions=["Nguyễn Xuân Phúc"]),
  S("giáo dục", "P85", codes=["P85"], at="đầu tư, giáo dục", opt=True),
  S("khoa học - công nghệ", "M72", codes=["M72"], opt=True),
  S("năng lượng sạch", "D35", codes=["D35"]),
  S("năng lượng", "D35", codes=["D35"], at="chuyển đổi nguồn năng lượng", opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"]))
