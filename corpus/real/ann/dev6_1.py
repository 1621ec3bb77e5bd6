# dev6 annotator 1: j0001-j0090, ja01-ja05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
CN = ["C26", "J61", "J62", "J63"]

X("j0001",
  P("80%", None))
X("j0002")
X("j0003",
  P("35%", "+", q="hơn", per="từ đầu năm đến nay"),
  S("công nghệ", None, codes=CN, at="hai tập đoàn công nghệ", opt=True),
  S("công nghệ", None, codes=CN, at="10 công ty công nghệ", opt=True))
X("j0004",
  S("bán lẻ", "G47", codes=["G47"]))
X("j0005",
  S("y tế", "Q86", codes=["Q86"], at="hệ thống y tế", opt=True))
X("j0006",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("j0007",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0008")
X("j0009",
  P("4,8%", "+"),
  P("3,6%", "+"))
X("j0010")
X("j0011",
  O("Marta Ortega lên làm Giám đốc điều hành", "Marta Ortega", title="Giám đốc điều hành", opt=True))
X("j0012",
  P("63,85%", None),
  P("22,19%", None))
X("j0013",
  P("100%", None))
X("j0014",
  S("du lịch", None, codes=DL, at="sản phẩm du lịch", opt=True),
  S("du lịch", None, codes=DL, at="phát triển du lịch"))
X("j0015")
X("j0016",
  O("Ông Lê Quang Vinh, Phó Tổng giám đốc Vietcombank", "Lê Quang Vinh", hon="ông", title="Phó Tổng giám đốc",
    org="Vietcombank"),
  P("2%", "-"))
X("j0017")
X("j0018",
  S("mạng xã hội", "J63", codes=["J63"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"]),
  P("40%", "+", per="quý I/2017"))
X("j0019",
  P("0,14%", "+", cmp="so với chốt phiên trước"))
X("j0020",
  S("Du lịch", None, codes=DL, at="Du lịch Thanh Hóa", opt=True))
X("j0021",
  S("mua sắm trực tuyến", "G47", codes=["G47"], opt=True),
  S("dịch vụ", None, codes=DV, at="các ngành dịch vụ"))
X("j0022",
  O("ông Lê Đình Trúc, Giám đốc Hợp tác xã nông sản hữu cơ Trúc Phượng", "Lê Đình Trúc", hon="ông",
    title="Giám đốc", org="Hợp tác xã nông sản hữu cơ Trúc Phượng"))
X("j0023",
  D("Luật Đất đai", "Luật", None, iss=None),
  P("5,4%", None))
X("j0024")
X("j0025",
  S("thương mại điện tử", "G47", codes=["G47"]),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1))
X("j0026",
  D("Kế hoạch tài chính 3 năm 2023-2025", "Kế hoạch", None, iss=None, opt=True),
  O("Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội Nguyễn Phú Cường", "Nguyễn Phú Cường", title="Chủ nhiệm",
    org="Ủy ban Tài chính - Ngân sách của Quốc hội"),
  P("14,3%", "+", per="năm 2022", cmp="so với dự toán"),
  P("2,9%", "+", per="năm 2022", cmp="so với ước thực hiện năm 2021"))
X("j0027",
  S("khách sạn, cơ sở lưu trú", "I55", codes=["I55"], opt=True),
  P("85%", None, per="những ngày dự kiến diễn ra ngày hội"))
X("j0028")
X("j0029")
X("j0030",
  P("24,7%", None),
  P("13,6%", None),
  P("8,4%", None))
X("j0031",
  P("277%", None),
  P("204%", None),
  P("203%", None),
  P("191%", None),
  P("149%", None))
X("j0032",
  P("1%", "-"))
X("j0033",
  D("Thông tư 31/2016", "Thông tư", "31/2016", iss=None))
X("j0034")
X("j0035",
  D("EVFTA", "Hiệp định", None, iss=None, opt=True),
  D("Trung Quốc – ASEAN FTA", "Hiệp định", None, iss=None, opt=True))
X("j0036")
X("j0037")
X("j0038",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0039",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  O("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Bùi Thanh Sơn", title="Phó Thủ tướng, Bộ trưởng",
    org="Bộ Ngoại giao"))
X("j0040")
X("j0041",
  P("0,43%", "-"))
X("j0042")
X("j0043",
  O("Bà Lương Thị Kiểm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hải Dương", "Lương Thị Kiểm", hon="bà",
    title="Phó Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn Hải Dương"))
X("j0044")
X("j0045",
  P("40%", None, q="hơn"),
  P("17%", None))
X("j0046",
  P("90%", None, q="gần"),
  P("0,75-1%", "+", per="tháng 6"),
  P("1-1,25%", "+", per="tháng 6"))
X("j0047")
X("j0048")
X("j0049")
X("j0050")
X("j0051")
X("j0052",
  P("17,5%", "+", per="từ đầu năm đến hết 15/5/2024", cmp="so với cùng kỳ năm 2023", ps="2024-01-01",
    pe="2024-05-15"))
X("j0053",
  P("5,24%", "+", per="tính đến hết tháng 8/2024", cmp="so với cùng kỳ năm trước",
    ps=None, pe="2024-08-31"),
  P("29,73%", None, per="tính đến hết tháng 8/2024", ps=None, pe="2024-08-31"))
X("j0054",
  O("ông Trần Ngọc Lân – Giám đốc Sở Khoa học và Công nghệ Quảng Trị", "Trần Ngọc Lân", hon="ông", title="Giám đốc",
    org="Sở Khoa học và Công nghệ Quảng Trị"))
X("j0055",
  P("98,5%", None, per="ngày 19/5"))
X("j0056",
  S("bất động sản công nghiệp", "L68", codes=["L68"]))
X("j0057",
  D("Dự thảo Nghị quyết", "Nghị quyết", None, iss=None, opt=True),
  P("10%", None))
X("j0058")
X("j0059",
  P("71%", None))
X("j0060",
  P("12,23%", None),
  P("7,23%", "+"),
  P("8,76%", None),
  P("28,30%", "+"))
X("j0061",
  D("Hiệp ước Khí hậu Glasgow", "Hiệp ước", None, iss=None, opt=True),
  P("5%", None, q="khoảng"))
X("j0062",
  P("8,8%", "+", per="tháng 5"))
X("j0063",
  D("Quyết định số 679/QD-UBND", "Quyết định", "679/QD-UBND", iss="Ủy ban nhân dân"))
X("j0064",
  O("Bộ trưởng Thương mại Wilbur Ross", "Wilbur Ross", title="Bộ trưởng Thương mại"))
X("j0065",
  O("ông Trần Nhật Tân, Chánh thanh tra tỉnh Yên Bái", "Trần Nhật Tân", hon="ông", title="Chánh thanh tra",
    org="Thanh tra tỉnh Yên Bái"),
  D("quyết định thanh tra", "Quyết định", None, iss=None, opt=True),
  O("ông Phạm Sỹ Quý, giám đốc Sở TN&MT tỉnh Yên Bái", "Phạm Sỹ Quý", hon="ông", title="giám đốc",
    org="Sở TN&MT tỉnh Yên Bái"))
X("j0066",
  D("quyết định thanh", "Quyết định", None, iss=None, opt=True),
  O("ông Phạm Sỹ Quý, Giám đốc Sở TN&MT", "Phạm Sỹ Quý", hon="ông", title="Giám đốc", org="Sở TN&MT"))
X("j0067",
  O("ông Trần Châu – Phó Chủ tịch UBND tỉnh Bình Định", "Trần Châu", hon="ông", title="Phó Chủ tịch",
    org="UBND tỉnh Bình Định"),
  D("quyết định 1954/QĐ-UBND", "Quyết định", "1954/QĐ-UBND"),
  D("Nghị định 67/2014/NĐ-CP", "Nghị định", "67/2014/NĐ-CP"))
X("j0068",
  O("ông Jean-Daniel Kosowski, Giám đốc Kinh doanh ATR", "Jean-Daniel Kosowski", hon="ông",
    title="Giám đốc Kinh doanh", org="ATR"),
  S("vận tải hàng không", "H51", codes=["H51"]))
X("j0069",
  O("CEO PepsiCo Indra Nooyi", "Indra Nooyi", title="CEO", org="PepsiCo"))
X("j0070",
  S("năng lượng", "D35", codes=["D35"], opt=True),
  S("nông nghiệp bền vững", "A", codes=["A"]))
X("j0071")
X("j0072",
  S("Giáo dục", "P85", codes=["P85"], opt=True))
X("j0073",
  P("15,1%", "-", cmp="so với cùng kỳ năm trước"),
  P("15,9%", "-", cmp="so với cùng kỳ năm trước"))
X("j0074",
  S("du lịch", None, codes=DL),
  P("13%", None))
X("j0075",
  S("du lịch", None, codes=DL, opt=True))
X("j0076")
X("j0077",
  S("kinh tế số", "J", codes=["J"], opt=True))
X("j0078",
  S("công nghệ", None, codes=CN))
X("j0079",
  O("ông Đỗ Thanh Hiệp, Giám đốc Hợp tác xã thanh long sạch Hòa Lệ", "Đỗ Thanh Hiệp", hon="ông", title="Giám đốc",
    org="Hợp tác xã thanh long sạch Hòa Lệ"))
X("j0080",
  S("logistics", "H52", codes=["H52"]),
  S("logistics", "H52", codes=["H52"], occ=1),
  P("5,5%", "+", sec="H52", per="giai đoạn 2022-2027"))
X("j0081",
  P("37%", None, per="tính đến cuối quý 3/2022", ps=None, pe="2022-09-30"))
X("j0082",
  S("dịch vụ tài chính", "K", codes=["K64", "K65", "K66"]))
X("j0083",
  S("dịch vụ thương mại", "G", codes=["G"], opt=True),
  S("cho thuê mặt bằng", "L68", codes=["L68"], opt=True))
X("j0084",
  P("100%", None))
X("j0085")
X("j0086")
X("j0087",
  S("nuôi tôm hùm", "A03", codes=["A03"]))
X("j0088",
  S("nguồn điện", "D35", codes=["D35"], opt=True),
  S("điện lực", "D35", codes=["D35"], opt=True),
  D("văn bản báo cáo, đề xuất", "Công văn", None, iss="UBND tỉnh", opt=True))
X("j0089",
  O("ông Phạm Hồng Điệp, Chủ tịch HĐQT Công ty cổ phần Shinec", "Phạm Hồng Điệp", hon="ông", title="Chủ tịch HĐQT",
    org="Công ty cổ phần Shinec"))
X("j0090",
  P("2.25%", "-"))

# ---- articles ----
ART("ja01",
  O("TS. Nhan Cẩm Trí, Phó Hiệu trưởng Trường Đại học UEF", "Nhan Cẩm Trí", pre="TS.", title="Phó Hiệu trưởng",
    org="Trường Đại học UEF", mentions=["TS Trí"]),
  O("Ông Trần Huyền Dinh, Chủ nhiệm Uỷ ban Ứng dụng Fintech, Hiệp hội Blockchain Việt Nam", "Trần Huyền Dinh",
    hon="ông", title="Chủ nhiệm", org="Uỷ ban Ứng dụng Fintech, Hiệp hội Blockchain Việt Nam",
    mentions=["Ông Trần Huyền Dinh"]),
  S("kinh tế số", "J", codes=["J"], opt=True),
  O("ông Lê Anh Quốc, Giám đốc Vận hành Công ty Cổ phần AlphaTrue", "Lê Anh Quốc", hon="ông",
    title="Giám đốc Vận hành", org="Công ty Cổ phần AlphaTrue", mentions=["ông Lê Anh Quốc"]),
  S("Blockchain", "J62", codes=["J62"], at="thị trường Blockchain", opt=True),
  P("85%", None, q="hơn"),
  P("34%", None),
  S("công nghệ tài chính", None, codes=["K66", "J62"], opt=True),
  S("Blockchain", "J62", codes=["J62"], at="ngành Blockchain sau", opt=True),
  S("AI", "J62", codes=["J62"], at="ngành AI", opt=True),
  O("ông Đào Trung Thành, Phó Viện trưởng Viện ABAII", "Đào Trung Thành", hon="ông", title="Phó Viện trưởng",
    org="Viện ABAII"),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"),
  P("75%", None),
  P("32%", None),
  S("Blockchain và AI", "J62", codes=["J62"], at="ngành Blockchain và AI", opt=True))
ART("ja02",
  D("Nghị quyết 46/NQ-CP", "Nghị quyết", "46/NQ-CP"),
  S("giao thông", "H", codes=["H49", "H50", "H51"], at="dự án giao thông trọng điểm", opt=True),
  D("Chỉ thị 26/CT-TTg", "Chỉ thị", "26/CT-TTg"),
  D("Nghị quyết số 35/NQ-CP", "Nghị quyết", "35/NQ-CP", date="2016-05-16"),
  D("văn bản hướng dẫn", "Công văn", None, iss=None, opt=True))
ART("ja03",
  D("Hiệp định thương mại tự do", "Hiệp định", None, iss=None, opt=True),
  O("ông Phạm Anh Tuấn, Phó Vụ trưởng Vụ Hợp tác quốc tế", "Phạm Anh Tuấn", hon="ông", title="Phó Vụ trưởng",
    org="Vụ Hợp tác quốc tế"),
  P("80%", None, q="hơn"),
  D("các nghị định", "Nghị định", None, iss=None, opt=True),
  O("bà Nguyễn Phương Linh, Trưởng phòng Hợp tác đa phương, Vụ Hợp tác quốc tế", "Nguyễn Phương Linh", hon="bà",
    title="Trưởng phòng", org="Phòng Hợp tác đa phương, Vụ Hợp tác quốc tế"),
  D("Hiệp định ASEAN", "Hiệp định", None, iss=None),
  P("98%", None, per="năm 2018"),
  P("0%", None, per="năm 2018", at="0%. Đến"),
  D("Hiệp định ASEAN - Trung Quốc", "Hiệp định", None, iss=None),
  P("0%", None, per="năm 2020", at="0% tại Hiệp định ASEAN - Trung"),
  P("90%", None, per="năm 2020"),
  P("86%", None, per="năm 2020"),
  P("0%", None, per="năm 2021", at="0% của Hiệp định"),
  D("Hiệp định ASEAN - Hàn Quốc", "Hiệp định", None, iss=None),
  P("87%", None, per="năm 2021"),
  D("Hiệp định ASEAN - Australia - New Zealand", "Hiệp định", None, iss=None),
  P("90%", None, q="khoảng", per="năm 2022", at="khoảng 90%"),
  D("Nghị định biểu thuế FTA giai đoạn 2022-2022", "Nghị định", None, iss=None, opt=True),
  D("Hiệp định Hải quan ASEAN", "Hiệp định", None, iss=None),
  S("chế biến, chế tạo", "C", codes=["C"], opt=True),
  S("năng lượng", "D35", codes=["D35"], at="lĩnh vực năng lượng"),
  S("điện tử", "C26", codes=["C26"], at="năng lượng, điện tử"),
  P("7 - 8%", "+", per="cả năm 2022", ps="2022-01-01", pe="2022-12-31"))
ART("ja04",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  S("bán buôn", "G46", codes=["G46"], opt=True),
  P("64%", None),
  P("27%", None),
  P("9%", None))
ART("ja05",
  D("văn bản số 1220/QĐ-UBND", "Quyết định", "1220/QĐ-UBND"),
  S("bất động sản", "L68", codes=["L68"]))
