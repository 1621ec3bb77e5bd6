# dev10 annotator 2: n0091-n0180, na06-na09
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]
CN = ["C26", "J61", "J62", "J63"]
HH = ["H50", "H52"]

X("n0091")
X("n0092")
X("n0093",
  P("22%", "+"))
X("n0094",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  P("4,6%", "+", per="tháng 1/2022"))
X("n0095",
  O("Thứ trưởng Bộ Xây dựng Nguyễn Xuân Sang", "Nguyễn Xuân Sang", title="Thứ trưởng", org="Bộ Xây dựng"),
  S("hàng hải", "H", codes=HH),
  P("14%", None, sec="H"),
  S("hàng hải", "H", codes=HH, at="đầu tư hàng hải"))
X("n0096")
X("n0097")
X("n0098",
  D("Luật Hàng không dân dụng Việt Nam", "Luật", None, iss=None,
    mentions=["Luật Hàng không dân dụng Việt Nam"]))
X("n0099",
  S("nhiệt điện than", "D35", codes=["D35"], opt=True),
  P("15%", "+"),
  S("nhiệt điện than", "D35", codes=["D35"], occ=1, opt=True))
X("n0100",
  S("xây dựng", "F", codes=["F"], opt=True))
X("n0101",
  P("24,6%", "+", per="Tính đến hết tháng 11/2016", ps="2016-01-01", pe="2016-11-30",
    cmp="so với cùng kỳ năm 2015"))
X("n0102",
  D("Luật Đất đai 2024", "Luật", None, iss=None))
X("n0103")
X("n0104")
X("n0105",
  P("0,07%", "-", per="Cả tuần"))
X("n0106")
X("n0107",
  O("Bộ trưởng Bộ Tài chính Mỹ Scott Bessent", "Scott Bessent", title="Bộ trưởng", org="Bộ Tài chính Mỹ"))
X("n0108",
  S("logistics", "H52", codes=["H52"], opt=True),
  P("13%", "-"))
X("n0109",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("n0110",
  S("du lịch", None, codes=DL),
  P("4,4%", "+"),
  P("38%", "+", cmp="so với cùng kỳ"))
X("n0111",
  O("Ông Trần Sỹ Thanh, Chủ tịch UBND thành phố Hà Nội", "Trần Sỹ Thanh", hon="ông", title="Chủ tịch",
    org="UBND thành phố Hà Nội"))
X("n0112",
  O("KTS Đào Ngọc Nghiêm, Phó Chủ tịch Hội Quy hoạch phát triển đô thị Việt Nam", "Đào Ngọc Nghiêm", pre="KTS",
    title="Phó Chủ tịch", org="Hội Quy hoạch phát triển đô thị Việt Nam"))
X("n0113")
X("n0114")
X("n0115",
  S("du lịch", None, codes=DL, at="tài nguyên du lịch", opt=True),
  S("du lịch", None, codes=DL, at="môi trường du lịch", opt=True),
  S("du lịch", None, codes=DL, at="doanh nghiệp du lịch"),
  S("du lịch", None, codes=DL, at="sản phẩm du lịch", opt=True),
  S("du lịch", None, codes=DL, at="du lịch là một ngành"))
X("n0116",
  P("100%", None))
X("n0117",
  D("Nghị quyết 138", "Nghị quyết", "138", iss="Chính phủ"),
  S("công nghiệp", None, codes=DCCN, at="nền công nghiệp", opt=True))
X("n0118",
  S("bất động sản", "L68", codes=["L68"]))
X("n0119",
  P("7,9%", None, per="3 tháng đầu"),
  P("8,9%", None, per="6 tháng đầu"),
  P("9,9%", None, per="6 tháng đầu"))
X("n0120")
X("n0121",
  O("Thứ trưởng Bộ Công Thương Trần Quốc Khánh", "Trần Quốc Khánh", title="Thứ trưởng", org="Bộ Công Thương"),
  S("nông sản", "A01", codes=["A01"], opt=True))
X("n0122",
  O("ông Nguyễn Văn Phúc, nguyên Phó Chủ nhiệm Uỷ ban Kinh tế của Quốc hội khoá XIV", "Nguyễn Văn Phúc", hon="ông",
    title="Phó Chủ nhiệm", org="Uỷ ban Kinh tế của Quốc hội khoá XIV", former=True),
  S("đường sắt tốc độ cao", "H49", codes=["H49"], opt=True))
X("n0123",
  S("giáo dục nghề nghiệp", "P85", codes=["P85"], opt=True),
  D("kế hoạch tuyển sinh năm 2024", "Kế hoạch", None, iss=None, opt=True))
X("n0124",
  S("bảo hiểm", "K65", codes=["K65"], opt=True))
X("n0125",
  O("ông Vương Trinh Quốc – Chánh Văn phòng UBND tỉnh Lào Cai", "Vương Trinh Quốc", hon="ông",
    title="Chánh Văn phòng", org="Văn phòng UBND tỉnh Lào Cai"))
X("n0126",
  S("tổ chức tín dụng", "K64", codes=["K64"], opt=True),
  D("Luật Các tổ chức tín dụng 2024", "Luật", None, iss=None))
X("n0127",
  S("thủy sản khai thác", "A03", codes=["A03"]),
  P("0,9%", "+", sec="A03", per="tháng 4/2024", cmp="so với cùng kỳ năm trước"),
  S("khai thác thủy sản", "A03", codes=["A03"]))
X("n0128",
  O("Michael Kliger, giám đốc điều hành của tập đoàn bán lẻ hàng xa xỉ của Mytheresa (Đức)", "Michael Kliger",
    title="giám đốc điều hành", org="Mytheresa"),
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("n0129",
  P("20%", None, q="khoảng", per="Hiện"),
  S("cá tra", None, codes=["A03", "C10"], at="ngành cá tra"))
X("n0130",
  P("18,1%", "+", per="năm 2021", cmp="so với năm 2020"))
X("n0131",
  D("Quyết định số 843/QĐ-UBND", "Quyết định", "843/QĐ-UBND", date="2023-04-14"))
X("n0132",
  P("80-85 phần trăm", None, q="khoảng"))
X("n0133",
  D("Luật Bảo hiểm xã hội năm 2024", "Luật", None, iss=None),
  D("Luật Bảo hiểm xã hội năm 2014", "Luật", None, iss=None),
  D("Luật An toàn, vệ sinh lao động", "Luật", None, iss=None))
X("n0134",
  P("81%", None, per="năm 2021"),
  P("65%", None, per="năm 2021", cmp="so với năm trước"))
X("n0135",
  S("nông nghiệp", "A", codes=["A"]))
X("n0136",
  S("dịch vụ cho thuê lưu trú ngắn ngày", "I55", codes=["I55"], opt=True))
X("n0137",
  S("dệt may", "C", codes=DM),
  P("35,6%", None, sec="C", per="tháng 1/2017"),
  P("50%", None, sec="C", per="tháng 1/2017"),
  S("dệt may", "C", codes=DM, at="nhóm hàng dệt may", opt=True))
X("n0138",
  P("47%", "+", per="tháng 4/2025", cmp="so với tháng trước"),
  P("36,1%", "+", per="tháng 4/2025", cmp="so với tháng trước"))
X("n0139")
X("n0140",
  S("hệ thống điện", "D35", codes=["D35"], opt=True),
  S("điện năng lượng mặt trời", "D35", codes=["D35"], opt=True))
X("n0141",
  S("cơ sở khám, chữa bệnh", "Q86", codes=["Q86"], opt=True))
X("n0142",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("n0143",
  S("nuôi biển", "A03", codes=["A03"]))
X("n0144",
  S("khai khoáng", "B", codes=["B"]),
  P("4,8%", "-", sec="B", cmp="so với cùng kỳ năm trước"),
  S("khai thác quặng kim loại", "B07", codes=["B07"]),
  S("công nghiệp chế biến, chế tạo", "C", codes=["C"]),
  P("6,0%", "+", sec="C", cmp="so với cùng kỳ năm trước"),
  S("sản xuất và phân phối điện", "D35", codes=["D35"]),
  P("16,1%", "+", sec="D35", cmp="so với cùng kỳ năm trước"),
  S("cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "E", codes=["E"]),
  P("5,6%", "+", sec="E", cmp="so với cùng kỳ năm trước"))
X("n0145",
  O("Bà Trần Thị Chính, GĐ Cty TNHH Kim Chính", "Trần Thị Chính", hon="bà", title="GĐ",
    org="Cty TNHH Kim Chính"),
  S("nông sản", "A01", codes=["A01"], opt=True))
X("n0146")
X("n0147",
  S("khai khoáng", "B", codes=["B"]),
  P("0,5%", "+", sec="B", cmp="so với cùng thời điểm tháng trước"),
  P("0,3%", "-", sec="B", cmp="so với cùng thời điểm năm trước"),
  S("chế biến, chế tạo", "C", codes=["C"]),
  P("1,3%", "+", sec="C", cmp="so với cùng thời điểm tháng trước"),
  P("5,1%", "+", sec="C", cmp="so với cùng thời điểm năm trước"),
  S("sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí", "D35", codes=["D35"]),
  P("0,1%", "+", sec="D35"),
  S("cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "E", codes=["E"]),
  P("0,3%", "+", sec="E", occ=1, cmp="so với cùng thời điểm tháng trước"),
  P("1,5%", "+", sec="E", cmp="so với cùng thời điểm năm trước"))
X("n0148",
  S("bất động sản", "L68", codes=["L68"], at="ngành bất động sản"),
  P("1,5%", "-"))
X("n0149")
X("n0150",
  P("4,1%", "+"),
  P("3,5%", "+", per="tháng trước"))
X("n0151",
  O("ông Ninh Lê Sơn Hải làm Chủ tịch HĐQT", "Ninh Lê Sơn Hải", hon="ông", title="Chủ tịch HĐQT", org="Haseco",
    opt=True))
X("n0152",
  D("Nghị định 55/2017/NĐ-CP", "Nghị định", "55/2017/NĐ-CP"),
  D("Nghị định 36", "Nghị định", "36", iss=None))
X("n0153",
  O("Tổng Bí thư, Chủ tịch nước Tô Lâm", "Tô Lâm", title="Tổng Bí thư, Chủ tịch nước"))
X("n0154",
  S("điều", None, codes=["A01", "C10"], at="ngành điều"),
  S("điều", None, codes=["A01", "C10"], at="ngành điều đã"))
X("n0155")
X("n0156",
  P("8%", "-", q="hơn", per="Cả tuần này"),
  P("7,7%", "-", q="khoảng", per="Cả tuần này"))
X("n0157",
  S("thương mại", "G", codes=["G"], opt=True))
X("n0158")
X("n0159")
X("n0160")
X("n0161",
  S("da giày", "C15", codes=["C15"]))
X("n0162",
  S("chăn nuôi", "A01", codes=["A01"], at="hộ chăn nuôi"))
X("n0163")
X("n0164",
  P("9%", "+", per="9 tháng năm 2024", cmp="YoY"))
X("n0165",
  P("100%", None))
X("n0166",
  P("+0,02%", "+"))
X("n0167",
  D("Quyết định số 657/QĐ-TTg", "Quyết định", "657/QĐ-TTg", date="2020-05-19"))
X("n0168",
  D("Thông báo kết quả kiểm tra của Bộ KH&ĐT", "Thông báo", None, iss="Bộ KH&ĐT", opt=True),
  D("Tờ trình đề nghị phê duyệt dự án", "Tờ trình", None, iss=None, opt=True))
X("n0169",
  P("7%", "+", q="gần", per="quý 1/2025"))
X("n0170",
  S("cung ứng điện", "D35", codes=["D35"], opt=True),
  O("Thứ trưởng Nguyễn Sinh Nhật Tân", "Nguyễn Sinh Nhật Tân", title="Thứ trưởng"),
  D("kết luận thanh tra", "Kết luận", None, iss="Bộ Công Thương", opt=True))
X("n0171",
  P("1%", "-", per="năm 2017"),
  P("1%", "-", occ=1, per="năm 2018"))
X("n0172")
X("n0173",
  D("Hiến pháp", "Hiến pháp", None, iss=None))
X("n0174",
  P("8%", None),
  P("56%", None))
X("n0175",
  O("Thứ trưởng Nam", "Nam", title="Thứ trưởng"),
  S("thủy sản", "A03", codes=["A03"], opt=True))
X("n0176",
  S("công nghệ", None, codes=CN, at="tập đoàn công nghệ", opt=True),
  S("công nghệ", None, codes=CN, at="người khổng lồ công nghệ", opt=True),
  S("công nghệ", None, codes=CN, at="liên quan tới công nghệ", opt=True))
X("n0177",
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True))
X("n0178",
  O("Bộ trưởng Lorenzana", "Lorenzana", title="Bộ trưởng"))
X("n0179",
  O("TS.Nguyễn Đình Cung, Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM)", "Nguyễn Đình Cung",
    pre="TS.", title="Viện trưởng", org="Viện Nghiên cứu Quản lý kinh tế trung ương"),
  D("nghị định hướng dẫn về độc quyền nhà nước trong lĩnh vực thương mại", "Nghị định", None, iss=None, opt=True),
  S("thương mại", "G", codes=["G"], at="lĩnh vực thương mại", opt=True))
X("n0180",
  P("22%", "-", per="năm nay"))

ART("na06",
  # [1] headline: the appointment made (decision handed over in [3]); later "đồng chí Đoàn Minh Huấn" mentions
  O("Đồng chí Đoàn Minh Huấn được bổ nhiệm làm Tổng biên tập Tạp chí Cộng sản", "Đoàn Minh Huấn", hon="đồng chí",
    title="Tổng biên tập", org="Tạp chí Cộng sản", mentions=["Đoàn Minh Huấn"]),
  # [2]
  D("quyết định của Bộ Chính trị", "Quyết định", None, iss="Bộ Chính trị", opt=True,
    mentions=["Quyết định bổ nhiệm"]),
  O("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính",
    "Phạm Minh Chính", title="Trưởng Ban", org="Ban Tổ chức Trung ương",
    mentions=["đồng chí Phạm Minh Chính", "Trưởng Ban Tổ chức Trung ương"]))
ART("na07",
  # [1]
  P("70%", None, per="đến ngày 18/9"),
  # [6]
  S("sản xuất xăng dầu", "C19", codes=["C19"], opt=True),
  # [7]
  P("35%", None, q="khoảng"),
  P("25,1%", None),
  # [8]
  S("lọc hóa dầu", "C", codes=["C19", "C20"], at="lĩnh vực lọc hóa dầu"))
ART("na08",
  # [1] headline
  P("84%", None),
  # [2]
  O("Giám đốc Sở GTVT Hà Nội Vũ Văn Viện", "Vũ Văn Viện", title="Giám đốc", org="Sở GTVT Hà Nội",
    mentions=["Ông Viện"]),
  # [3]
  P("50 - 55%", None),
  O("Ông Lê Đỗ Mười, Viện phó Viện Chiến lược - Phát triển GTVT", "Lê Đỗ Mười", hon="ông", title="Viện phó",
    org="Viện Chiến lược - Phát triển GTVT", mentions=["ông Mười"]),
  P("84%", None, occ=1),
  P("85%", None),
  P("16%", None),
  P("14%", None))
ART("na09",
  # [1]
  O("Ông Lê Trí Thanh, Chủ tịch UBND tỉnh Quảng Nam", "Lê Trí Thanh", hon="ông", title="Chủ tịch",
    org="UBND tỉnh Quảng Nam", mentions=["Đồng chí Lê Trí Thanh"]),
  O("ông Lương Văn Viên", "Lương Văn Viên", hon="ông", title="thuyền trưởng", opt=True),
  S("câu mực", "A03", codes=["A03"], opt=True),
  # [2]
  O("ông Lương Văn Cam", "Lương Văn Cam", hon="ông", title="thuyền trưởng", opt=True),
  S("câu mực", "A03", codes=["A03"], occ=1, opt=True),
  # [3]
  O("ông Trần Công Trường", "Trần Công Trường", hon="ông", title="thuyền trưởng", opt=True),
  S("câu mực", "A03", codes=["A03"], occ=2, opt=True),
  # [4]
  O("ông Trần Văn Kỵ", "Trần Văn Kỵ", hon="ông", title="thuyền trưởng", opt=True),
  S("câu mực", "A03", codes=["A03"], occ=3, opt=True))
