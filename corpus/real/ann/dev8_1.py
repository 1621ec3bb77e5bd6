# dev8 annotator 1: l0001-l0090, la01-la05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("l0001",
  D("Dự thảo Thông tư", "Thông tư", None, iss=None, opt=True))
X("l0002",
  O("Bộ trưởng Nguyễn Kim Sơn", "Nguyễn Kim Sơn", title="Bộ trưởng"))
X("l0003",
  S("sản xuất thuốc hóa dược", "C21", codes=["C21"]))
X("l0004",
  O("Chuyên gia kinh tế trưởng Joe Brusuelas của RSM", "Joe Brusuelas", title="Chuyên gia kinh tế trưởng", org="RSM"),
  P("20%", "+", q="khoảng"),
  P("2,8 điểm phần trăm", "+", per="12 tháng tới"),
  P("10%", None, per="12 tháng tới"))
X("l0005",
  S("du lịch", None, codes=DL, opt=True),
  S("du lịch", None, codes=DL, occ=1, opt=True))
X("l0006",
  O("Bộ trưởng Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng"),
  D("công văn", "Công văn", None, iss=None, opt=True),
  S("thủy sản", "A03", codes=["A03"]),
  S("du lịch", None, codes=DL))
X("l0007",
  S("công nghiệp", None, codes=DCCN))
X("l0008",
  P("0,7%", "+", per="quý 2/2024", cmp="so với cùng kỳ năm 2023"))
X("l0009",
  P("15,9%", "+"),
  P("12,2%", "+"))
X("l0010")
X("l0011",
  S("dịch vụ trung gian thanh toán", "K66", codes=["K66"], opt=True),
  P("83,5%", "+", per="giai đoạn 2018-2023"))
X("l0012",
  O("Bộ trưởng Nông nghiệp Mỹ Thomas Vilsack", "Thomas Vilsack", title="Bộ trưởng Nông nghiệp", org="Mỹ"),
  O("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng",
    org="Bộ Nông nghiệp và Phát triển nông thôn"))
X("l0013")
X("l0014",
  O("Ông Đinh Minh Hiệp, Giám đốc Sở Nông nghiệp và Phát triển nông thôn TP.HCM", "Đinh Minh Hiệp", hon="ông",
    title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn TP.HCM"),
  S("bán lẻ", "G47", codes=["G47"]))
X("l0015",
  S("chế biến nông sản", "C10", codes=["C10"], opt=True))
X("l0016",
  P("69,2%", "+", per="4 tháng đầu năm 2024", cmp="so với cùng kỳ năm 2023"))
X("l0017",
  S("xây dựng", "F42", codes=["F42"], opt=True),
  D("Luật Đất đai 2013", "Luật", None, iss=None))
X("l0018")
X("l0019",
  S("du lịch lữ hành", "N79", codes=["N79"]),
  S("du lịch", None, codes=DL, at="Việt Nam du lịch", opt=True),
  S("du lịch", None, codes=DL, at="phát triển du lịch"))
X("l0020",
  S("Ngân hàng", "K64", codes=["K64"]))
X("l0021",
  P("100%", None))
X("l0022",
  S("công nghiệp", None, codes=DCCN, opt=True),
  S("thương mại", "G", codes=["G"], at="thương mại - dịch vụ", opt=True),
  S("dịch vụ", None, codes=DV, at="dịch vụ - du lịch", opt=True),
  S("du lịch", None, codes=DL, opt=True),
  S("nông - lâm nghiệp", "A", codes=["A01", "A02"], opt=True))
X("l0023",
  O("Bộ trưởng Bộ Giao thông Vận tải Nguyễn Văn Thể", "Nguyễn Văn Thể", title="Bộ trưởng",
    org="Bộ Giao thông Vận tải"))
X("l0024",
  P("50,4%", "+"),
  P("59,2%", "+"),
  P("135,8%", "+"))
X("l0025",
  S("Fintech", None, codes=["K66", "J62"], opt=True))
X("l0026")
X("l0027",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"))
X("l0028",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("l0029",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  P("10%", "-", per="ngày 9/4"))
X("l0030",
  D("Tờ trình số 330/TTr-UBND", "Tờ trình", "330/TTr-UBND"),
  D("Quyết định số 1054/QĐ-TTg", "Quyết định", "1054/QĐ-TTg"))
X("l0031",
  P("86%", None))
X("l0032",
  S("đường sắt", "H49", codes=["H49"], opt=True))
X("l0033")
X("l0034",
  S("lâm nghiệp", "A02", codes=["A02"]),
  S("lâm nghiệp", "A02", codes=["A02"], occ=1))
X("l0035",
  S("dịch vụ", None, codes=DV, at="dịch vụ xuất khẩu và", opt=True),
  S("dịch vụ", None, codes=DV, at="dịch vụ xuất khẩu được", opt=True),
  P("0%", None))
X("l0036",
  P("60%", None, q="khoảng", per="năm 2025"))
X("l0037")
X("l0038",
  P("3,5%", "-", q="gần", per="phiên ngày thứ Năm"))
X("l0039")
X("l0040")
X("l0041",
  P("242%", None, q="khoảng"),
  P("42%", None))
X("l0042",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("2,4%", "+", per="quý 1/2023", cmp="so với quý trước"),
  P("7,1%", "+", per="quý 1/2023", cmp="so với cùng kỳ năm trước"))
X("l0043",
  S("du lịch", None, codes=DL),
  P("13%", None, q="khoảng", per="năm 2025"))
X("l0044")
X("l0045",
  S("Ngân hàng", "K64", codes=["K64"]))
X("l0046")
X("l0047")
X("l0048")
X("l0049")
X("l0050",
  P("0,85%", None))
X("l0051")
X("l0052",
  P("1,57%", "+", per="4 phiên giao dịch đầu của tuần này"))
X("l0053",
  O("bà Trịnh Quỳnh Giao, Tổng Giám đốc PVI Asset Management", "Trịnh Quỳnh Giao", hon="bà", title="Tổng Giám đốc",
    org="PVI Asset Management"))
X("l0054")
X("l0055",
  P("15%", "-", q="khoảng"))
X("l0056",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("l0057",
  S("hệ thống điện", "D35", codes=["D35"], opt=True))
X("l0058",
  O("anh Phạm Minh Thắng, Chuyên viên kỹ thuật, TCT Hạ tầng mạng VNPT NET", "Phạm Minh Thắng", hon="anh",
    title="Chuyên viên kỹ thuật", org="TCT Hạ tầng mạng VNPT NET", opt=True))
X("l0059",
  S("du lịch", None, codes=DL, at="ngành du lịch"))
X("l0060")
X("l0061",
  P("6%", "+", per="Q1/2025", ps="2025-01-01", pe="2025-03-31", cmp="so với cùng kỳ"),
  P("77%", "+", per="Q1/2025", ps="2025-01-01", pe="2025-03-31", cmp="so với quý trước"),
  P("6,5%", "+", q="khoảng", per="Q1/2025", ps="2025-01-01", pe="2025-03-31"))
X("l0062",
  P("0,7%", "-"))
X("l0063",
  D("quyết định", "Quyết định", None, iss=None, opt=True),
  O("ông Đỗ Việt Hải, Phó Giám đốc Sở Xây dựng Hà Nội", "Đỗ Việt Hải", hon="ông", title="Phó Giám đốc",
    org="Sở Xây dựng Hà Nội"))
X("l0064",
  S("đường sắt", "H49", codes=["H49"], at="mạng lưới đường sắt", opt=True),
  D("Quyết định số 1769/QĐ-TTg", "Quyết định", "1769/QĐ-TTg", date="2021-10-19"),
  S("đường sắt", "H49", codes=["H49"], at="ngành đường sắt"))
X("l0065",
  P("8,6%", "-", per="13 năm"),
  P("2,8%", "-", per="13 năm"))
X("l0066",
  O("BàNguyễn Thị Mỹ Liên-Trưởng phòng Phân tích, Công ty CP Chứng khoán Phú Hưng", "Nguyễn Thị Mỹ Liên", hon="bà",
    title="Trưởng phòng", org="Phòng Phân tích, Công ty CP Chứng khoán Phú Hưng"))
X("l0067",
  P("64,1%", None, per="Tính đến cuối tháng 9"),
  P("6,6%", "+", per="Tính đến cuối tháng 9", cmp="so với cùng kỳ"),
  P("88,3%", None, per="Tính đến cuối tháng 9", cmp="so với cùng kỳ"))
X("l0068",
  P("83%", None, per="Đến ngày 30/09/2024", ps=None, pe="2024-09-30"))
X("l0069",
  S("cơ khí", "C", codes=["C25", "C28"]),
  P("93,7%", None, per="6 tháng đầu năm 2023"))
X("l0070",
  P("0,8%", "+"))
X("l0071",
  P("50%", "-"),
  P("70%", None))
X("l0072")
X("l0073",
  S("sản xuất khí đốt", "B06", codes=["B06"], opt=True),
  P("17,4%", None),
  P("23,1%", None))
X("l0074",
  P("14%", "+", per="6 tháng đầu năm", cmp="so với cùng kỳ năm ngoái"))
X("l0075",
  P("10%", None, per="năm nay"))
X("l0076",
  P("94,9%", "+"),
  P("12%", "+"))
X("l0077")
X("l0078")
X("l0079")
X("l0080",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"),
  P("30%", None))
X("l0081",
  P("0,6%", None),
  P("25,4%", None, per="năm 2021"))
X("l0082",
  D("Dự thảo Quyết định của Thủ tướng Chính phủ", "Quyết định", None, iss="Thủ tướng Chính phủ", opt=True))
X("l0083",
  O("ông Võ Trọng Hải – Chủ tịch UBND tỉnh Hà Tĩnh", "Võ Trọng Hải", hon="ông", title="Chủ tịch",
    org="UBND tỉnh Hà Tĩnh"))
X("l0084",
  S("khoáng sản", "B", codes=["B"]))
X("l0085",
  O("Giáo sư, Tiến sĩ khoa học Vũ Hà Văn, Đại học Yale (Mỹ), nguyên Giám đốc Khoa học Viện Nghiên cứu dữ liệu lớn "
    "VinBigData", "Vũ Hà Văn", pre="Giáo sư, Tiến sĩ khoa học", title="Giám đốc Khoa học",
    org="Viện Nghiên cứu dữ liệu lớn VinBigData", former=True))
X("l0086",
  P("40%", None, q="gần", per="Đến nay"))
X("l0087")
X("l0088",
  S("tiện ích", None, codes=["D35", "E36"], opt=True),
  P("44,5%", "+"),
  S("hóa chất", "C20", codes=["C20"]),
  P("41%", "+", sec="C20"),
  S("bán lẻ", "G47", codes=["G47"]),
  P("74%", "+", sec="G47"))
X("l0089",
  D("Luật Lâm nghiệp năm 2017", "Luật", None, iss=None))
X("l0090")
ART("la01",
  # [1] [3] event title
  S("Điện tử", "C26", codes=["C26"], opt=True),
  S("Điện tử", "C26", codes=["C26"], at="Triển lãm Quốc tế Điện tử và Thiết bị thông minh Việt Nam", opt=True),
  # [4]
  S("điện tử", "C26", codes=["C26"], at="chuyên ngành điện tử"),
  # [5]
  S("điện tử tiêu dùng", "C26", codes=["C26"], at="thị trường điện tử tiêu dùng"),
  P("5,1%", "+", sec="C26", per="giai đoạn dự báo 2022 đến 2030", ps="2022-01-01", pe="2030-12-31"),
  # [7]
  S("sản xuất các sản phẩm điện tử tiêu dùng", "C26", codes=["C26"], opt=True),
  S("sản xuất các thiết bị điện gia dụng", "C27", codes=["C27"], opt=True),
  # [11]
  S("sản xuất các thiết bị điện tử tiêu dùng thông minh", "C26", codes=["C26"], opt=True))
ART("la02",
  O("Tổng thống Costa Rica – Ngài Rodrigo Chaves", "Rodrigo Chaves", pre="Ngài", title="Tổng thống", org="Costa Rica"),
  O("Bộ trưởng Ngoại thương Costa Rica Manuel Tovar", "Manuel Tovar", title="Bộ trưởng Ngoại thương", org="Costa Rica",
    mentions=["Bộ trưởng Ngoại thương Costa Rica Manuel Tovar", "Bộ trưởng Ngoại thương Costa Rica"]),
  O("Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên", title="Bộ trưởng"))
ART("la03",
  P("32%", None),
  P("5%", None))
ART("la04",
  # [1]
  S("đường sắt đô thị", "H49", codes=["H49"], opt=True),
  # [5]
  S("xây dựng đường sắt", "F42", codes=["F42"], opt=True),
  S("xây dựng đường sắt", "F42", codes=["F42"], occ=1, opt=True),
  # [6]
  O("Ông Hồ Văn Hà, Phó Chủ tịch Ủy ban Nhân dân tỉnh Đồng Nai", "Hồ Văn Hà", hon="ông", title="Phó Chủ tịch",
    org="Ủy ban Nhân dân tỉnh Đồng Nai", mentions=["Ông Hồ Văn Hà, Phó Chủ tịch Ủy ban Nhân dân tỉnh Đồng Nai",
                                                  "ông Hồ Văn Hà"]),
  D("văn bản", "Công văn", None, iss="TP.HCM", at="văn bản gửi", opt=True),
  # [9]
  D("Chỉ thị số 05/CT-TTg", "Chỉ thị", "05/CT-TTg"),
  P("8%", "+", per="năm 2025"))
ART("la05",
  # [7]
  P("8%", "+", per="năm 2025"),
  D("Nghị quyết số 25/NQ-CP", "Nghị quyết", "25/NQ-CP", date="2025-02-05"),
  P("9%", "+", per="năm 2025"),
  # [8]
  O("Chủ tịch UBND tỉnh Vĩnh Phúc Trần Duy Đông", "Trần Duy Đông", title="Chủ tịch", org="UBND tỉnh Vĩnh Phúc",
    mentions=["Chủ tịch UBND tỉnh Vĩnh Phúc Trần Duy Đông", "Chủ tịch Trần Duy Đông"]),
  D("chỉ thị", "Chỉ thị", None, iss="Chủ tịch UBND tỉnh Vĩnh Phúc", at="chỉ thị chấn chỉnh", opt=True),
  # [9]
  P("30%", "-", q="ít nhất"))
