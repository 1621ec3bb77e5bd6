# dev7 annotator 1: k0001-k0090, ka01-ka05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("k0001")
X("k0002",
  O("Thủ tướng Kier Starmer", "Kier Starmer", title="Thủ tướng"),
  D("FTA với Ấn Độ", "Hiệp định", None, iss=None, opt=True))
X("k0003",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"),
  O("Quốc vương Jordan Abdullah II bin Al-Hussein", "Abdullah II bin Al-Hussein", title="Quốc vương", org="Jordan"))
X("k0004",
  P("0,4%", "-", per="đến cuối quý 1/2025", ps=None, pe="2025-03-31", cmp="so với cuối năm 2024"),
  P("3,93%", "+", per="đến cuối quý 1/2025", ps=None, pe="2025-03-31"))
X("k0005")
X("k0006",
  S("thủy sản", "A03", codes=["A03"]),
  P("0,4%", "-", sec="A03", per="tháng 11/2023", cmp="so với cùng kỳ năm trước"))
X("k0007",
  S("hạ tầng giao thông", "H", codes=["H"], opt=True),
  S("công nghiệp", None, codes=DCCN, opt=True))
X("k0008",
  D("Quyết định số 889/QĐ-TTg", "Quyết định", "889/QĐ-TTg", date="2020-06-24"))
X("k0009",
  P("40%", None, q="tối đa"))
X("k0010",
  O("TS Nguyễn Văn Oanh, Cục trưởng Cục Nhà trường, Bộ Quốc phòng", "Nguyễn Văn Oanh", pre="TS", title="Cục trưởng",
    org="Cục Nhà trường, Bộ Quốc phòng"))
X("k0011")
X("k0012")
X("k0013",
  O("ông Trương Bá Tuấn, Phó Cục trưởng Cục Quản lý, Giám sát thuế phí và lệ phí (Bộ Tài chính)", "Trương Bá Tuấn",
    hon="ông", title="Phó Cục trưởng", org="Cục Quản lý, Giám sát thuế phí và lệ phí"),
  D("Luật Thuế thu nhập cá nhân", "Luật", None, iss=None),
  P("20%", None, q="trên", cmp="so với lần giảm trừ gia cảnh gần nhất"))
X("k0014",
  P("26,15%", "+", per="từ đầu năm đến giữa tháng 5/2024", ps="2024-01-01", pe="2024-05-15", cmp="so với cùng kỳ"))
X("k0015",
  P("14,7%", None, q="khoảng", per="Tính đến tháng 4/2021", ps=None, pe="2021-04-30"))
X("k0016",
  S("xây dựng", "F42", codes=["F42"], opt=True))
X("k0017",
  P("70%", "-", per="quý này", cmp="theo năm"))
X("k0018",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("k0019",
  P("78%", "-"))
X("k0020",
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư"),
  O("Tổng thống Nga Putin", "Putin", title="Tổng thống", org="Nga"))
X("k0021",
  P("117,7%", "+", cmp="so với đầu năm"),
  P("123%", "+", cmp="so với đầu năm"))
X("k0022",
  P("20%", "+", q="tối đa"))
X("k0023")
X("k0024")
X("k0025",
  P("0,78%", "+", per="9h sáng nay (5/5)", cmp="so với giá chốt phiên ngày thứ Sáu tại thị trường New York"))
X("k0026")
X("k0027")
X("k0028")
X("k0029",
  S("khai thác hải sản", "A03", codes=["A03"], opt=True),
  S("thủy sản", "A03", codes=["A03"]))
X("k0030",
  O("Đại tướng Nguyễn Chí Thanh", "Nguyễn Chí Thanh", title="Đại tướng", opt=True),
  O("Đồng chí Phạm Hùng (Bảy Cường), Ủy viên Bộ Chính trị", "Phạm Hùng", hon="đồng chí", title="Ủy viên",
    org="Bộ Chính trị", opt=True),
  O("Nguyễn Văn Linh", "Nguyễn Văn Linh", title="Phó Bí thư", opt=True),
  O("Phan Văn Đáng", "Phan Văn Đáng", title="Phó Bí thư", opt=True),
  O("Hoàng Văn Thái", "Hoàng Văn Thái", title="Phó Bí thư", opt=True))
X("k0031",
  S("thủy sản", "A03", codes=["A03"]),
  S("thủy sản", "A03", codes=["A03"], occ=1),
  P("2,6%", "+", sec="A03", per="tháng 7/2023", cmp="so với cùng kỳ năm trước"))
X("k0032",
  S("chăn nuôi", "A01", codes=["A01"]))
X("k0033")
X("k0034")
X("k0035",
  D("Nghị định 69/2025/NĐ-CP", "Nghị định", "69/2025/NĐ-CP"),
  S("ngân hàng thương mại", "K64", codes=["K64"], opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="ngân hàng yếu kém", opt=True))
X("k0036",
  D("hiệp định", "Hiệp định", None, iss=None, opt=True))
X("k0037",
  D("Hiến pháp", "Hiến pháp", None, iss=None),
  D("Luật Đất đai năm 2024", "Luật", None, iss=None),
  D("Luật Nhà ở năm 2023", "Luật", None, iss=None),
  D("Luật Kinh doanh bất động sản năm 2023", "Luật", None, iss=None),
  D("Luật Các tổ chức tín dụng năm 2024", "Luật", None, iss=None))
X("k0038")
X("k0039",
  P("52%", "-", q="khoảng"),
  P("70%", "-", q="gần"))
X("k0040",
  P("54%", None),
  P("53%", None))
X("k0041",
  O("đại biểu Tạ Văn Hạ", "Tạ Văn Hạ", title="đại biểu"),
  P("90%", None))
X("k0042",
  S("công nghiệp thời trang", "C14", codes=["C14"]))
X("k0043",
  D("Nghị quyết số 56/2023", "Nghị quyết", "56/2023", iss="HĐND thành phố"))
X("k0044",
  S("thương mại dịch vụ", None, codes=DV),
  S("du lịch", None, codes=DL))
X("k0045",
  S("Thương mại điện tử", "G47", codes=["G47"]),
  S("mua sắm online", "G47", codes=["G47"], opt=True))
X("k0046")
X("k0047",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("k0048",
  O("Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị", "Nguyễn Thanh Nghị", title="Bộ trưởng", org="Bộ Xây dựng"),
  S("bất động sản", "L68", codes=["L68"]),
  S("xây dựng", "F", codes=["F"], at="lĩnh vực xây dựng", opt=True))
X("k0049",
  S("Medtech", "C", codes=["C26", "C32"]))
X("k0050",
  P("0,7%", "-", per="quý 1/2025"))
X("k0051",
  P("70,77%", None, per="6 tháng đầu năm nay", ps="2024-01-01", pe="2024-06-30", cmp="so với dự toán năm 2024"),
  P("25,07%", "+", per="6 tháng đầu năm nay", ps="2024-01-01", pe="2024-06-30", cmp="so với cùng kỳ"))
X("k0052")
X("k0053",
  D("Nghị quyết của Quốc hội", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("k0054",
  O("ông Nguyễn Quang Vinh, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", "Nguyễn Quang Vinh",
    hon="ông", title="Phó Chủ tịch", org="Liên đoàn Thương mại và Công nghiệp Việt Nam"))
X("k0055",
  P("64%", None))
X("k0056")
X("k0057",
  O("Hạ nghị sỹ Walter Jones", "Walter Jones", title="Hạ nghị sỹ"))
X("k0058",
  P("1%", "-", per="cuối năm"))
X("k0059",
  O("Chủ tịch Đỗ Văn Chiến", "Đỗ Văn Chiến", title="Chủ tịch"))
X("k0060",
  P("35%", "-", per="năm 2025"))
X("k0061")
X("k0062")
X("k0063",
  O("Chủ tịch Hiệp hội Bất động sản Việt Nam (VNREA) Nguyễn Văn Khôi", "Nguyễn Văn Khôi", title="Chủ tịch",
    org="Hiệp hội Bất động sản Việt Nam"),
  S("bất động sản", "L68", codes=["L68"], at="thị trường bất động sản"))
X("k0064")
X("k0065",
  O("Hạ nghị sỹ Justin Amash", "Justin Amash", title="Hạ nghị sỹ"),
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  O("Giám đốc Cục Điều tra Liên bang (FBI) James Comey", "James Comey", title="Giám đốc", org="Cục Điều tra Liên bang"),
  O("cựu Cố vấn An ninh Quốc gia Michael Flynn", "Michael Flynn", title="Cố vấn An ninh Quốc gia", former=True))
X("k0066",
  P("10,7%", None),
  P("8,9%", None))
X("k0067")
X("k0068",
  P("10%", None))
X("k0069",
  D("dự thảo Luật", "Luật", None, iss=None, opt=True))
X("k0070",
  S("da giày", "C15", codes=["C15"]))
X("k0071")
X("k0072",
  S("sản xuất nguyên liệu giấy", "C17", codes=["C17"], opt=True),
  S("sản xuất ván ghép thanh", "C16", codes=["C16"], opt=True),
  S("sản xuất viên nén gỗ", "C16", codes=["C16"], opt=True))
X("k0073",
  P("2%", "+", q="gần", per="6 tháng đầu năm 2024", cmp="so với cùng kỳ năm 2023"))
X("k0074",
  P("4,5%", None, per="tuần qua từ 29/7 - 2/8"))
X("k0075")
X("k0076")
X("k0077",
  O("Murugesh, CEO công ty dịch vụ và chuyển đổi doanh nghiệp WNS", "Murugesh", title="CEO", org="WNS"))
X("k0078")
X("k0079")
X("k0080",
  S("lâm sản", "A02", codes=["A02"]),
  S("thủy sản", "A03", codes=["A03"]),
  S("lâm sản", "A02", codes=["A02"], occ=1),
  S("thủy sản", "A03", codes=["A03"], occ=1))
X("k0081")
X("k0082",
  O("bà Hồ Thị Quyên, Phó Giám đốc Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM (ITPC)", "Hồ Thị Quyên", hon="bà",
    title="Phó Giám đốc", org="Trung tâm Xúc tiến Thương mại và Đầu tư TP.HCM"),
  S("thương mại", "G", codes=["G"], at="kinh doanh và thương mại", opt=True))
X("k0083",
  O("đại biểu Trịnh Minh Bình", "Trịnh Minh Bình", title="đại biểu"),
  P("25%", None, per="hiện nay"))
X("k0084",
  D("quyết định truy nã đặc biệt", "Quyết định", None, iss="Cơ quan Cảnh sát điều tra, Công an TP.HCM", opt=True))
X("k0085",
  O("Bộ trưởng Tài chính Scott Bessent", "Scott Bessent", title="Bộ trưởng Tài chính"),
  O("ông Kevin Warsh, cựu thống đốc Fed", "Kevin Warsh", hon="ông", title="thống đốc", org="Fed", former=True),
  O("ông Christopher Waller, hiện là thống đốc Fed", "Christopher Waller", hon="ông", title="thống đốc", org="Fed"),
  O("ông Kevin Hassett, Giám đốc Hội đồng Kinh tế Quốc gia (NEC) của Nhà Trắng", "Kevin Hassett", hon="ông",
    title="Giám đốc", org="Hội đồng Kinh tế Quốc gia"),
  O("ông David Malpass", "David Malpass", hon="ông", title="Chủ tịch", org="Ngân hàng Thế giới", opt=True),
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("k0086",
  S("du lịch", None, codes=DL))
X("k0087",
  P("33%", None, per="Năm ngoái"),
  P("18%", None, per="Năm ngoái"),
  P("15%", None, per="Năm ngoái"),
  P("7%", None, per="Năm ngoái"),
  P("6%", None, per="Năm ngoái"))
X("k0088",
  P("66,2%", "-", cmp="so với cùng kỳ năm 2022"),
  P("12,8%", "-", cmp="so với cùng kỳ năm 2022"),
  P("18,8%", "-", cmp="so với cùng kỳ năm 2022"))
X("k0089",
  P("20%", "+", per="Năm 2020", cmp="so với năm trước"))
X("k0090",
  P("70%", None, q="dưới", per="tính đến ngày 24/3"))
ART("ka01",
  # [1]
  P("23,8%", "+", per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với cùng kỳ năm 2023"),
  P("38,6%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31"),
  # [2] [3] list continued from [1] ("Trong đó", "Riêng")
  P("33,05%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("68,5%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("38,7%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("84,5%", None, per="quý", ps=None, pe=None),
  # [4]
  P("50%", "+", per="Từ đầu năm đến nay", cmp="so với cùng kỳ năm 2023"),
  # [5]
  P("52,5%", "+", per="quý", ps=None, pe=None, cmp="so với cùng kỳ năm 2023"))
ART("ka02",
  O("Bộ trưởng Quốc phòng Ấn Độ Arun Jaitley", "Arun Jaitley", title="Bộ trưởng Quốc phòng", org="Ấn Độ",
    mentions=["Bộ trưởng Quốc phòng Ấn Độ Arun Jaitley", "Bộ trưởng Jaitley"]))
ART("ka03",
  # [1]
  O("Bộ trưởng Bộ Xây dựng Trần Hồng Minh", "Trần Hồng Minh", title="Bộ trưởng", org="Bộ Xây dựng"),
  O("Thứ trưởng Nguyễn Danh Huy", "Nguyễn Danh Huy", title="Thứ trưởng"),
  O("Thứ trưởng Nguyễn Văn Sinh", "Nguyễn Văn Sinh", title="Thứ trưởng"),
  O("Bùi Xuân Dũng", "Bùi Xuân Dũng", title="Thứ trưởng"),
  O("Phạm Minh Hà", "Phạm Minh Hà", title="Thứ trưởng"),
  # [4] [5]
  D("Quyết định", "Quyết định", None, iss=None, at="Theo Quyết định", opt=True),
  S("đường sắt", "H49", codes=["H49"], at="dự án đường sắt quốc gia của", opt=True),
  D("quyết định phê duyệt", "Quyết định", None, iss=None, opt=True),
  # [6] [7]
  S("đường sắt", "H49", codes=["H49"], at="chuyên ngành đường sắt", opt=True),
  S("đường sắt", "H49", codes=["H49"], at="nhóm ngành về đường sắt", opt=True),
  S("xây dựng", "F42", codes=["F42"], at="doanh nghiệp\xa0xây dựng", opt=True),
  S("đường sắt", "H49", codes=["H49"], at="lĩnh vực đường sắt;"),
  S("đường sắt", "H49", codes=["H49"], at="lĩnh vực đường sắt; các"),
  S("công nghiệp đường sắt", "C30", codes=["C30"]),
  # [9]
  S("đường sắt", "H49", codes=["H49"], at="2 dự án đường sắt", opt=True))
ART("ka04",
  # [3]
  O("Đại tá Phạm Trung Thành - Trưởng Phòng tham mưu, người phát ngôn của Công an tỉnh Kiên Giang", "Phạm Trung Thành",
    pre="Đại tá", title="Trưởng Phòng", org="Phòng tham mưu"),
  D("quyết định khởi tố vụ án", "Quyết định", None, iss="Cơ quan Cảnh sát điều tra Công an tỉnh", opt=True),
  O("Trần Văn Hoàng (SN 1975), Giám đốc chi nhánh Văn phòng đăng ký đất đai tại Phú Quốc", "Trần Văn Hoàng",
    title="Giám đốc", org="chi nhánh Văn phòng đăng ký đất đai tại Phú Quốc"),
  O("Trần Đăng Kiên (SN 1979), Phó Giám đốc chi nhánh", "Trần Đăng Kiên", title="Phó Giám đốc", org="chi nhánh"),
  D("quyết định khởi tố vụ án", "Quyết định", None, iss="Cảnh sát điều tra – Công an tỉnh Kiên Giang", occ=1,
    opt=True),
  O("Nguyễn Thị Ngọc Ánh (SN 1961, thường trú khu phố 5, thị trấn Dương Đông, huyện Phú Quốc, tỉnh Kiên Giang), "
    "Kế toán trưởng chi nhánh Văn phòng đăng ký đất đai huyện Phú Quốc", "Nguyễn Thị Ngọc Ánh",
    title="Kế toán trưởng", org="chi nhánh Văn phòng đăng ký đất đai huyện Phú Quốc", mentions=["bà Ánh"]))
ART("ka05",
  # [7]
  O("ông Phạm Viết Hương, Phó Cục trưởng Cục Quản lý lao động ngoài nước", "Phạm Viết Hương", hon="ông",
    title="Phó Cục trưởng", org="Cục Quản lý lao động ngoài nước"),
  # [14]
  S("sản xuất chế tạo", "C", codes=["C"]),
  S("đóng tàu", "C30", codes=["C30"]),
  S("xây dựng", "F", codes=["F"], at="xây dựng, nông nghiệp"),
  S("nông nghiệp", "A", codes=["A"], at="nông nghiệp và ngư nghiệp"),
  S("ngư nghiệp", "A03", codes=["A03"]))
