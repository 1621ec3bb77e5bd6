# dev2 batch, annotator 2: sentences e0116-e0230, articles ea04-ea06
X("e0116",
  D("Thông tư 02/2017/TT-BNV", "Thông tư", "02/2017/TT-BNV"),
  D("Thông tư 05/2016/TT-BNV", "Thông tư", "05/2016/TT-BNV"))
X("e0117")
X("e0118")
X("e0119",
  D("Dự thảo nghị định", "Nghị định", None, iss=None, opt=True))
X("e0120",
  S("khai thác khoáng sản", "B", codes=["B"]))
X("e0121",
  O("ĐB Nguyễn Thị Thủy", "Nguyễn Thị Thủy", title="ĐB", org=None),
  D("Luật Trách nhiệm bồi thường của Nhà nước", "Luật", None, iss="Quốc hội"))
X("e0122",
  O("Bộ trưởng Tô Lâm", "Tô Lâm", title="Bộ trưởng", org=None),
  D("Luật Cảnh vệ", "Luật", None, iss=None, opt=True),
  D("Luật ban hành các văn bản quy phạm pháp luật", "Luật", None, iss=None))
X("e0123",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("e0124",
  D("Quyết định số 1161/QĐ-MTTW-BTT", "Quyết định", "1161/QĐ-MTTW-BTT",
    iss="Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
  O("ông Tô Văn Vỹ, Phó Tổng Biên tập Tạp chí Mặt trận", "Tô Văn Vỹ", hon="ông", title="Phó Tổng Biên tập",
    org="Tạp chí Mặt trận"),
  D("Luật Báo chí", "Luật", None, iss=None),
  D("Luật Xuất bản", "Luật", None, iss=None),
  D("Luật công chức", "Luật", None, iss=None))
X("e0125",
  O("Thủ tướng Shinzo Abe", "Shinzo Abe", title="Thủ tướng", org=None),
  S("năng lượng", "D35", codes=["D35"]))
X("e0126")
X("e0127",
  O("Bộ trưởng Trương Minh Tuấn", "Trương Minh Tuấn", title="Bộ trưởng", org=None),
  S("xuất bản", "J58", codes=["J58"]))
X("e0128")
X("e0129",
  S("cung ứng hậu cần", "H52", codes=["H52"]),
  S("thương mại điện tử", "G47", codes=["G47"]))
X("e0130",
  O("Giám đốc sở Y tế Hà Nội Nguyễn Khắc Hiền", "Nguyễn Khắc Hiền", title="Giám đốc", org="sở Y tế Hà Nội"))
X("e0131",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("e0132")
X("e0133",
  P("24,6%", "+", per="Tính đến hết tháng 11/2016", ps="2016-01-01", pe="2016-11-30",
    cmp="so với cùng kỳ năm 2015"))
X("e0134")
X("e0135",
  S("dệt may", "C", codes=["C13", "C14"], opt=True),
  S("giày dép", "C15", codes=["C15"], opt=True),
  S("nông thủy sản", "A", codes=["A01", "A03"], opt=True))
X("e0136",
  D("Nghị quyết 1686", "Nghị quyết", "1686", iss="Ủy ban Thường vụ Quốc hội"),
  D("Kế hoạch 175", "Kế hoạch", "175", iss="Tỉnh ủy"))
X("e0137")
X("e0138",
  S("may mặc", "C14", codes=["C14"]))
X("e0139",
  D("Nghị quyết 01", "Nghị quyết", "01", iss=None),
  D("Nghị quyết 20", "Nghị quyết", "20", iss=None),
  D("Nghị quyết 16", "Nghị quyết", "16", iss=None),
  D("Nghị quyết 31", "Nghị quyết", "31", iss=None))
X("e0140",
  O("ông Võ Đỗ Thắng - Giám đốc Trung tâm đào tạo và bảo mật mạng Athena", "Võ Đỗ Thắng", hon="ông",
    title="Giám đốc", org="Trung tâm đào tạo và bảo mật mạng Athena"))
X("e0141",
  P("10%", None))
X("e0142")
X("e0143",
  D("Luật Đất đai", "Luật", None, iss=None),
  D("Luật Nhà ở", "Luật", None, iss=None),
  D("Luật Kinh doanh bất động sản", "Luật", None, iss=None),
  D("Kế hoạch", "Kế hoạch", None, iss="Chính phủ", opt=True))
X("e0144")
X("e0145",
  P("5,15%", "+", per="quý I"),
  P("6,17%", "+", per="quý II"))
X("e0146",
  D("Thông tư 25/2016/TT-BNNPTNT", "Thông tư", "25/2016/TT-BNNPTNT"))
X("e0147",
  D("dự thảo thông tư", "Thông tư", None, iss="Bộ Tài chính", opt=True))
X("e0148",
  D("Thông tư Liên tịch 17", "Thông tư liên tịch", "17", iss=None),
  D("Thông tư liên tịch 08", "Thông tư liên tịch", "08", iss=None))
X("e0149",
  P("47,3%", None),
  P("25,6%", None),
  P("39,2%", None))
X("e0150",
  S("viễn thông", "J61", codes=["J61"]),
  P("20,9%", "+", sec="J61"))
X("e0151",
  D("Nghị định số 86/2015/NĐ-CP", "Nghị định", "86/2015/NĐ-CP", iss="Chính phủ", date="2015-10-02"),
  S("giáo dục", "P85", codes=["P85"], opt=True),
  P("2,07%", "+", sec="P85", per="6 tháng đầu năm", cmp="so với cuối năm 2016"),
  P("0,11%", "+", q="khoảng", per="6 tháng đầu năm 2017", cmp="so với thời điểm cuối năm trước"))
X("e0152",
  O("Chủ tịch Thượng viện Campuchia, Samdech Say Chhum", "Say Chhum", pre="Samdech", title="Chủ tịch",
    org="Thượng viện Campuchia"))
X("e0153")
X("e0154",
  S("công nghiệp", None, codes=["B", "C", "D", "E"]))
X("e0155",
  O("Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Đức Tâm", "Nguyễn Đức Tâm", title="Thứ trưởng",
    org="Bộ Kế hoạch và Đầu tư"),
  D("Nghị quyết số 57", "Nghị quyết", "57", iss="Bộ Chính trị"))
X("e0156")
X("e0157")
X("e0158",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("e0159",
  S("năng lượng sạch", "D35", codes=["D35"]),
  S("năng lượng tái tạo", "D35", codes=["D35"]))
X("e0160",
  S("du lịch", None, codes=["I55", "N79"]))
X("e0161",
  P("85,74%", None))
X("e0162",
  O("Chủ tịch Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="Hà Nội"))
X("e0163",
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("e0164",
  P("74%", None, per="năm 2016"),
  P("35%", "+", q="hơn", per="năm 2016", cmp="so với năm 2015"))
X("e0165",
  P("5,4%", "-"),
  P("-5,6%", "-"),
  P("-5,9%", "-"))
X("e0166",
  P("57%", None))
X("e0167",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org=None))
X("e0168",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("e0169",
  D("Nghị quyết này", "Nghị quyết", None, iss=None, opt=True))
X("e0170",
  P("38%", None, per="năm 2016"))
X("e0171")
X("e0172",
  P("3,3 - 4%", "-", per="quý 3/2024"))
X("e0173")
X("e0174")
X("e0175",
  P("89%", "+", per="kể từ năm 1997", ps="1997-01-01", pe=None))
X("e0176",
  P("80%", None),
  P("20%", None))
X("e0177",
  S("thép", "C24", codes=["C24"]),
  P("8-10%", "+", q="khoảng", sec="C24"),
  S("đầu tư công", None, codes=None, opt=True),
  P("10-12%", "+", q="khoảng"))
X("e0178",
  S("thủy sản", None, codes=["A03", "C10"]),
  P("53,5%", None),
  S("thủy sản", None, codes=["A03", "C10"], occ=1))
X("e0179",
  S("dệt may", "C", codes=["C13", "C14"]),
  D("TPP", "Hiệp định", None, iss=None, opt=True))
X("e0180")
X("e0181")
X("e0182")
X("e0183",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("e0184")
X("e0185",
  D("Thông tư 02/2017/TT-BNV", "Thông tư", "02/2017/TT-BNV"))
X("e0186")
X("e0187",
  S("nông nghiệp", "A", codes=["A"]))
X("e0188")
X("e0189",
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True))
X("e0190")
X("e0191",
  D("Quyết định số 3491/QĐ-UBND", "Quyết định", "3491/QĐ-UBND", iss="Ủy ban nhân dân", date="2010-12-15"))
X("e0192",
  O("Ông Nguyễn Văn Tâm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", "Nguyễn Văn Tâm",
    hon="ông", title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang"))
X("e0193",
  S("tôm", "A03", codes=["A03"], opt=True))
X("e0194",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("e0195")
X("e0196",
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True))
X("e0197",
  D("Dự thảo Thông tư", "Thông tư", None, iss=None, opt=True))
X("e0198")
X("e0199")
X("e0200")
X("e0201",
  P("2%", None))
X("e0202")
X("e0203",
  D("Bộ luật hình sự", "Bộ luật", None, iss=None))
X("e0204")
X("e0205",
  P("6,4%", "+", cmp="so với năm 2022"),
  P("19,7%", "-", cmp="so với năm 2022"))
X("e0206")
X("e0207",
  P("3,1%", "+"))
X("e0208",
  P("12,2%", "+", per="tháng 10 năm 2023", cmp="so với tháng trước"),
  P("18,7%", "+", per="tháng 10 năm 2023", cmp="so với cùng kỳ năm trước"))
X("e0209",
  S("nông nghiệp", "A", codes=["A"]))
X("e0210",
  S("du lịch", None, codes=["I55", "N79"]),
  S("du lịch", None, codes=["I55", "N79"], at="giải pháp phát triển"))
X("e0211")
X("e0212",
  P("75 - 85%", None))
X("e0213",
  P("52%", None),
  P("52%", None, occ=1))
X("e0214",
  D("Công điện số 92/CĐ-TTg", "Công điện", "92/CĐ-TTg", date="2024-09-10"),
  D("Công văn số 9407-CV/VPTU", "Công văn", "9407-CV/VPTU", iss="Thành uỷ Hải Phòng", date="2024-09-11"))
X("e0215",
  S("hàng xa xỉ", None, codes=None, opt=True))
X("e0216",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("e0217",
  S("Báo chí", "J", codes=["J58", "J60", "J63"], opt=True),
  D("Luật Báo chí", "Luật", None, iss=None))
X("e0218",
  P("15,4%", "+"),
  S("công nghiệp chế biến", "C", codes=["C"], opt=True),
  S("nông sản", "A01", codes=["A01"], opt=True))
X("e0219",
  S("điện toán đám mây", "J63", codes=["J63"], opt=True))
X("e0220",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("e0221",
  S("nông nghiệp", "A", codes=["A"]),
  S("du lịch", None, codes=["I55", "N79"]))
X("e0222",
  P("4.13%", None))
X("e0223")
X("e0224",
  O("ông Nguyễn Hoàng Long, Thứ trưởng Bộ Công Thương", "Nguyễn Hoàng Long", hon="ông", title="Thứ trưởng",
    org="Bộ Công Thương"))
X("e0225",
  P("4,48%", "-"))
X("e0226")
X("e0227",
  P("20%", None))
X("e0228",
  P("18,1%", None, per="năm 2022"),
  P("22,8%", None, per="năm 2023"),
  P("9,2%", None, per="năm 2024"))
X("e0229")
X("e0230",
  D("quyết định", "Quyết định", None, iss="Bộ Giao thông vận tải", opt=True))

# ---------------------------------------------------------------- articles
ART("ea04",
  O("Đồng chí Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng",
    "Ngô Xuân Lịch", hon="đồng chí", pre="Đại tướng", title="Bộ trưởng", org="Bộ Quốc phòng",
    mentions=["Ngô Xuân Lịch"]),
  O("Thiếu tướng Lê Hiền Vân, Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Lê Hiền Vân",
    pre="Thiếu tướng", title="Phó chủ nhiệm", org="Tổng cục Chính trị Quân đội nhân dân Việt Nam"),
  O("Đại tướng Neang Phat, Quốc vụ khanh Bộ Quốc phòng Campuchia", "Neang Phat", pre="Đại tướng",
    title="Quốc vụ khanh", org="Bộ Quốc phòng Campuchia", mentions=["Neang Phat"]),
  O("Đại tướng Phorn Nara, Cục trưởng Cục Thông tin, Bộ Quốc phòng Campuchia", "Phorn Nara", pre="Đại tướng",
    title="Cục trưởng", org="Cục Thông tin, Bộ Quốc phòng Campuchia", mentions=["Phorn Nara"]),
  O("Thiếu tướng, PGS.TS Nguyễn Văn Bạo, Giám đốc Học viện Chính trị", "Nguyễn Văn Bạo", pre="Thiếu tướng, PGS.TS",
    title="Giám đốc", org="Học viện Chính trị"))
ART("ea05",
  S("dịch vụ việc làm", "N78", codes=["N78"], opt=True, at="được cung ứng"),
  P("118,9%", None, per="10 tháng năm 2024", cmp="so với kế hoạch năm"),
  P("100%", None, per=None))
ART("ea06",
  P("0,3%", "+"),
  P("0,49%", "+", per="Sáng nay", cmp="so với chốt phiên trước"),
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống", org=None, mentions=["ông Trump"]),
  S("chứng khoán", "K66", codes=["K66"], opt=True, at="lãi suất và"),
  S("chứng khoán", "K66", codes=["K66"], opt=True, at="đồng USD mất giá"),
  P("0,3%", "-", at="giá bạc"),
  P("0,6%", "+"),
  P("0,7%", "+"),
  P("1,3%", "+"))
