# dev5 annotator 1: i0001-i0090, ia01-ia05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]

X("i0001",
  P("+5,42%", "+", per="tháng 1/2017", cmp="so với thời điểm cuối tháng trước"))
X("i0002",
  O("Ông Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng", "Lê Trung Kiên", hon="ông", title="Trưởng Ban",
    org="Ban Quản lý Khu kinh tế Hải Phòng"))
X("i0003",
  S("bất động sản", "L68", codes=["L68"]),
  S("ngân hàng", "K64", codes=["K64"], at="hệ thống ngân hàng", opt=True))
X("i0004",
  O("BàNguyễn Thị Mỹ Liên-Trưởng phòng Phân tích, Công ty CP Chứng khoán Phú Hưng", "Nguyễn Thị Mỹ Liên", hon="bà",
    title="Trưởng phòng", org="Phòng Phân tích, Công ty CP Chứng khoán Phú Hưng"))
X("i0005",
  P("10,1%", "+", per="năm 2024", cmp="so với dự toán"))
X("i0006",
  P("30-40%", None, q="khoảng", cmp="so với thời điểm cuối năm 2022"))
X("i0007")
X("i0008",
  O("Linh mục Vũ Đức Hước, Chủ tịch Ủy ban Đoàn kết Công giáo huyện Vĩnh Thạnh", "Vũ Đức Hước", pre="Linh mục",
    title="Chủ tịch", org="Ủy ban Đoàn kết Công giáo huyện Vĩnh Thạnh"))
X("i0009")
X("i0010",
  O("Ông Dương Công Minh (Chủ tịch HĐQT CTCP Him Lam", "Dương Công Minh", hon="ông", title="Chủ tịch HĐQT",
    org="CTCP Him Lam"),
  O("ông Kiều Hữu Dũng (Chủ tịch HĐQT Sacombank", "Kiều Hữu Dũng", hon="ông", title="Chủ tịch HĐQT",
    org="Sacombank"),
  O("ông Nguyễn Miên Tuấn (Phó Chủ tịch HĐQT Sacombank", "Nguyễn Miên Tuấn", hon="ông",
    title="Phó Chủ tịch HĐQT", org="Sacombank"),
  O("ông Nguyễn Xuân Vũ (Phó Tổng giám đốc Sacombank", "Nguyễn Xuân Vũ", hon="ông", title="Phó Tổng giám đốc",
    org="Sacombank"),
  O("ông Phạm Văn Phong (Giám đốc Vietcombank - Chi nhánh Đắk Lắk", "Phạm Văn Phong", hon="ông", title="Giám đốc",
    org="Vietcombank - Chi nhánh Đắk Lắk"),
  O("Lê Thị Hoa (Thành viên HĐQT độc lập", "Lê Thị Hoa", title="Thành viên HĐQT độc lập", opt=True))
X("i0011",
  P("34%", "+", cmp="so với năm trước"))
X("i0012",
  P("10%", None, q="ít nhất"),
  S("công nghệ thông tin và truyền thông", "J", codes=["J61", "J62", "J63"], opt=True))
X("i0013",
  P("77%", None))
X("i0014",
  S("dịch vụ lưu trú, ăn uống", "I", codes=["I55", "I56"]),
  P("11,5%", None, sec="I", per="2 tháng đầu năm 2024"),
  P("14%", "+", sec="I", per="2 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"))
X("i0015",
  D("Nghị quyết của Đảng", "Nghị quyết", None, iss=None, opt=True))
X("i0016")
X("i0017",
  D("Thông tư 11/2016/TT-BYT", "Thông tư", "11/2016/TT-BYT"),
  P("95,6%", None))
X("i0018",
  D("Luật số 38/QH12", "Luật", "38/QH12", iss="Quốc hội"),
  D("Nghị định 85/2009/NĐ-CP", "Nghị định", "85/2009/NĐ-CP"))
X("i0019",
  D("Luật Xây dựng", "Luật", None, iss=None),
  S("xây dựng", "F", codes=["F"], at="nhà nước về xây dựng", opt=True),
  S("xây dựng", "F", codes=["F"], at="chuyên môn về xây dựng", opt=True))
X("i0020",
  P("20%", None, per="hiện nay"))
X("i0021")
X("i0022",
  O("ông Christopher Nguyễn, CEO của Aitomatic", "Christopher Nguyễn", hon="ông", title="CEO", org="Aitomatic"),
  S("bán dẫn", "C26", codes=["C26"], at="công nghệ bán dẫn", opt=True),
  S("bán dẫn", "C26", codes=["C26"], at="bán dẫn 2025", opt=True),
  S("AI", "J62", codes=["J62"], at="AI và bán dẫn đang", opt=True),
  S("bán dẫn", "C26", codes=["C26"], at="bán dẫn đang"),
  S("kinh tế số", "J", codes=["J61", "J62", "J63"], opt=True))
X("i0023",
  D("Tờ trình đề nghị phê duyệt dự án", "Tờ trình", None, iss=None, opt=True),
  D("Nghị định số 12/2009/NĐ-CP", "Nghị định", "12/2009/NĐ-CP"))
X("i0024",
  D("tờ trình", "Tờ trình", None, iss=None, opt=True),
  S("thương mại điện tử", "G47", codes=["G47"]),
  S("dịch vụ tài chính", "K", codes=["K64", "K65", "K66"]))
X("i0025")
X("i0026",
  P("57%", None),
  P("38%", None))
X("i0027",
  S("du lịch nông nghiệp, sinh thái", None, codes=DL, opt=True),
  P("50%", None, q="ít nhất", per="năm 2025"))
X("i0028")
X("i0029",
  P("-11,9%", "-", per="ngày 25/4/2025", ps="2025-04-25", pe="2025-04-25", cmp="so với cuối năm 2024"))
X("i0030",
  D("Công điện số 194/CĐ-TTg", "Công điện", "194/CĐ-TTg", date="2023-04-01"))
X("i0031",
  P("50%", None, q="khoảng"),
  P("88,2%", None),
  P("15%", "+", cmp="so cùng kỳ"))
X("i0032",
  P("32,32%", None),
  P("21,56%", None))
X("i0033",
  P("15%", None))
X("i0034",
  D("dự thảo Quyết định điều chỉnh", "Quyết định", None, iss=None, opt=True),
  D("Quyết định 02/2020/QĐ-UBND", "Quyết định", "02/2020/QĐ-UBND", iss="Ủy ban nhân dân", date="2020-01-16"))
X("i0035")
X("i0036")
X("i0037",
  O("Thứ trưởng Bùi Hoàng Phương", "Bùi Hoàng Phương", title="Thứ trưởng"))
X("i0038")
X("i0039",
  O("bà Nguyễn Thị Bích Vân, Tổng Giám đốc Quốc gia Unilever Việt Nam", "Nguyễn Thị Bích Vân", hon="bà",
    title="Tổng Giám đốc Quốc gia", org="Unilever Việt Nam"))
X("i0040",
  O("Ông Hà Huy Quang, Phó Giám đốc Sở Giao thông vận tải Hà Nội", "Hà Huy Quang", hon="ông",
    title="Phó Giám đốc", org="Sở Giao thông vận tải Hà Nội"),
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải"),
  S("vận tải", "H49", codes=["H49"], at="kinh doanh vận tải"))
X("i0041",
  P("5 -10%", None))
X("i0042",
  S("công nghiệp hóa dược - dược liệu", "C21", codes=["C21"]),
  S("công nghiệp chế biến lương thực, thực phẩm, đồ uống", "C", codes=["C10", "C11"]))
X("i0043",
  O("Ngoại trưởng Lavrov", "Lavrov", title="Ngoại trưởng"),
  O("Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI"),
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"))
X("i0044",
  S("Viễn thông", "J61", codes=["J61"], opt=True),
  S("Công nghệ thông tin", "J", codes=["J62", "J63"], opt=True))
X("i0045",
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế", opt=True))
X("i0046",
  P("15%", None),
  P("17%", None))
X("i0047",
  P("10%", None))
X("i0048",
  S("nông sản", "A01", codes=["A01"]),
  P("24%", "+", sec="A01"),
  S("lâm sản", "A02", codes=["A02"]),
  P("19,7%", "+", sec="A02"),
  S("thủy sản", None, codes=["A03", "C10"]),
  P("7,6%", "+"),
  S("chăn nuôi", "A01", codes=["A01"]),
  P("0,3%", "+", sec="A01"))
X("i0049")
X("i0050",
  P("56%", None, q="hơn"))
X("i0051",
  O("Thứ trưởng Lê Đình Thọ", "Lê Đình Thọ", title="Thứ trưởng"),
  S("hàng không", "H51", codes=["H51"], at="lĩnh vực hàng không"))
X("i0052",
  S("bất động sản cho thuê", "L68", codes=["L68"]))
X("i0053",
  D("Nghị định về cho phép người Việt được chơi casino", "Nghị định", None, iss="Chính phủ", opt=True))
X("i0054")
X("i0055")
X("i0056",
  P("50%", None, q="gần"))
X("i0057",
  O("Phó Chủ tịch Thường trực Hiệp hội Blockchain Việt Nam Phan Đức Trung", "Phan Đức Trung",
    title="Phó Chủ tịch Thường trực", org="Hiệp hội Blockchain Việt Nam"))
X("i0058",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"))
X("i0059")
X("i0060",
  O("ông Lê Minh Tấn, Giám đốc Sở Lao động – Thương binh và Xã hội Thành phố Hồ Chí Minh", "Lê Minh Tấn",
    hon="ông", title="Giám đốc", org="Sở Lao động – Thương binh và Xã hội Thành phố Hồ Chí Minh"))
X("i0061",
  P("3,6%", "+", per="Hôm thứ Tư"))
X("i0062",
  S("nhà mạng", "J61", codes=["J61"], opt=True))
X("i0063",
  P("10%", None))
X("i0064",
  O("ông Choi Young Gyo, Chủ tịch ngành hóa chất của Tập đoàn Hyosung Corporation", "Choi Young Gyo", hon="ông",
    title="Chủ tịch ngành hóa chất", org="Tập đoàn Hyosung Corporation"),
  S("hóa chất", "C20", codes=["C20"], opt=True),
  S("hóa dầu", "C20", codes=["C20"], opt=True))
X("i0065")
X("i0066",
  D("luật Nhà ở", "Luật", None, iss=None))
X("i0067")
X("i0068",
  O("Emma Mortimer, Giám đốc điều hành của Outnet", "Emma Mortimer", title="Giám đốc điều hành", org="Outnet"))
X("i0069")
X("i0070",
  S("đầu tư xây dựng", "F", codes=["F42"], opt=True))
X("i0071",
  D("Nghị định 46/2016/NĐ-CP", "Nghị định", "46/2016/NĐ-CP", date="2016-05-26"))
X("i0072")
X("i0073")
X("i0074")
X("i0075")
X("i0076",
  P("10%", None),
  P("11-50%", None),
  P("57%", None))
X("i0077",
  P("25%", None, q="khoảng", per="năm nay"))
X("i0078")
X("i0079")
X("i0080")
X("i0081",
  O("Ông Đào Anh Tuấn, Tổng Giám đốc Công ty Cổ phần Vận tải Đường sắt", "Đào Anh Tuấn", hon="ông",
    title="Tổng Giám đốc", org="Công ty Cổ phần Vận tải Đường sắt"),
  S("vận tải đường sắt", "H49", codes=["H49"]))
X("i0082",
  O("ông Huỳnh Nguyễn Lộc, Viện trưởng", "Huỳnh Nguyễn Lộc", hon="ông", title="Viện trưởng"),
  P("20-25%", None, per="từ năm 2018-2023", ps="2018-01-01", pe="2023-12-31"))
X("i0083",
  S("nông nghiệp", "A", codes=["A01"], at="vật tư nông nghiệp", opt=True),
  P("21,9%", "-", per="8 tháng", cmp="so với cùng kỳ năm ngoái"))
X("i0084",
  S("chế biến lương thực, thực phẩm, đồ uống", "C", codes=["C10", "C11"]),
  P("28,2%", "+", sec="C", per="năm 2022"),
  S("giải trí ngoài trời", "R93", codes=["R93"], opt=True),
  S("nhà hàng", "I56", codes=["I56"]),
  S("du lịch khách sạn", None, codes=DL),
  S("sản xuất đồ uống và thực phẩm chế biến", "C", codes=["C10", "C11"]))
X("i0085",
  P("32%", "+", per="4 tháng đầu năm"))
X("i0086")
X("i0087",
  O("Thủ tướng Đức Friedrich Merz", "Friedrich Merz", title="Thủ tướng", org="Đức"))
X("i0088")
X("i0089",
  P("41%", "+", cmp="so với cùng kỳ"))
X("i0090",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True),
  S("báo chí", "J", codes=["J58", "J60", "J63"], at="nền báo chí cách mạng", opt=True))

# ---------------------------------------------------------------- articles
ART("ia01",
  # [1] headline-like lead; "tháng 8/201" is a typo of 8/2021 (see [6])
  S("bất động sản", "L68", codes=["L68"]),
  P("58%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("27%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  # [2] "Trong đó" continues [1]
  P("68%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("53%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("32%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("29%", "-", per="tháng 8/201", ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  # [3] own base, no period in the paragraph
  P("17%", "-", cmp="so với tháng trước", at="TP.HCM (giảm"),
  P("40%", "-", cmp="so với tháng trước"),
  P("35%", "-", cmp="so với tháng trước"),
  P("49%", "-", cmp="so với tháng trước"),
  P("25%", "-", cmp="so với tháng trước"),
  P("36%", "-", cmp="so với tháng trước"),
  # [4]
  S("bất động sản", "L68", codes=["L68"], at="loại hình bất động sản", opt=True),
  # [5]
  P("44%", "-"),
  P("43%", "-"),
  P("33%", "-"),
  P("17%", "-", at="cung cư giảm"),
  # [6]
  P("8-9%", "+", per="tháng 8/2021", cmp="so với cùng kỳ năm trước"),
  # [9]
  S("bất động sản", "L68", codes=["L68"], at="thị trường bất động sản tại"),
  P("26%", "+"),
  P("8%", "+", at="26%, 8%"),
  P("7%", "+", at="8% và 7%"),
  # [10] [11]
  S("môi giới", "L68", codes=["L68"], at="nhân viên môi giới", opt=True),
  S("môi giới bất động sản", "L68", codes=["L68"]))
ART("ia02",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], occ=1),
  S("nông nghiệp", "A", codes=["A"], at="sản phẩm nông nghiệp và", opt=True),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="chuỗi giá trị nông nghiệp"),
  S("nông, lâm nghiệp", "A", codes=["A01", "A02"]),
  S("nông nghiệp", "A", codes=["A"], at="đặc biệt là nông nghiệp"),
  S("lâm nghiệp công nghệ cao", "A02", codes=["A02"]),
  S("công nghiệp chế biến", "C", codes=["C"]),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="chế biến sản phẩm nông nghiệp", opt=True),
  O("ông Lều Vũ Điều, Phó Chủ tịch Thường trực Ban chấp hành Trung ương Hội Nông dân Việt Nam", "Lều Vũ Điều",
    hon="ông", title="Phó Chủ tịch Thường trực", org="Ban chấp hành Trung ương Hội Nông dân Việt Nam"),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="phát triển sản xuất nông nghiệp"),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="đồng bộ nông nghiệp"),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="cao. Những ứng dụng"),
  S("nông nghiệp", "A", codes=["A"], at="sản phẩm nông nghiệp và ổn định đầu ra cho sản phẩm. Qua", opt=True),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="chuỗi giá trị sản phẩm nông nghiệp", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="sản xuất nông nghiệp theo"),
  S("nông sản", "A01", codes=["A01"], at="nông sản hàng hóa", opt=True),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"], at="chế biến sản phẩm nông nghiệp công nghệ cao./.", opt=True))
ART("ia03",
  D("Nghị quyết HĐQT", "Nghị quyết", None, iss=None, opt=True),
  # [2]
  P("79,2%", None, per="Tính tới ngày 24/1", ps=None, pe="2025-01-24"),
  # [4]
  O("Chủ tịch HĐQT ông Hồ Minh Quang", "Hồ Minh Quang", hon="ông", title="Chủ tịch HĐQT"),
  # [5]
  P("12,41%", "-", q="khoảng", cmp="so với giá thị trường"),
  # [8]
  P("30%", None),
  P("70%", None),
  # [9] quý 4/2024 results
  P("-14%", "-", per="quý 4/2024", cmp="so với cùng kỳ quý trước"),
  P("0%", None, per="quý 4/2024", cmp="so với cùng kỳ năm trước"),
  P("-72%", "-", per="quý 4/2024", cmp="so với cùng kỳ quý trước"),
  P("-18%", "-", per="quý 4/2024", cmp="so với cùng kỳ năm trước"),
  # [10] continues the quarter's list
  P("-7%", "-", per="quý 4/2024", cmp="so với cùng kỳ quý trước"),
  P("5%", None, per="quý 4/2024", cmp="so với cùng kỳ năm trước"),
  P("-7%", "-", per="quý 4/2024", cmp="so với cùng kỳ quý trước", occ=1),
  P("-4%", "-", per="quý 4/2024", cmp="so với cùng kỳ năm trước"),
  # [11] full year 2024
  P("11%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31", cmp="so với cùng kỳ năm trước"),
  P("104%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31"),
  P("286%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31", cmp="so với cùng kỳ năm trước"),
  P("68%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31"),
  # [12] continues the year's list
  P("18%", None, at="1.014.600 tấn", per="cả năm 2024", ps="2024-01-01", pe="2024-12-31", cmp="so với cùng kỳ năm trước"),
  P("100%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31"),
  P("-6%", "-", per="cả năm 2024", ps="2024-01-01", pe="2024-12-31", cmp="so với cùng kỳ năm trước"),
  P("103%", None, per="cả năm 2024", ps="2024-01-01", pe="2024-12-31"),
  # [13]
  P("68%", None, per="năm 2024", occ=1))
ART("ia04",
  P("1%", "-", q="khoảng"),
  P("1%", "-", q="gần", per="phiên giao dịch ngày 5/6", occ=1),
  P("1%", "-", q="khoảng", occ=2),
  P("0,55%", "-"),
  P("0,96%", "-"),
  S("khai thác dầu mỏ", "B06", codes=["B06"], opt=True))
ART("ia05",
  D("công văn", "Công văn", None, iss="Bộ Giao thông vận tải", opt=True),
  D("nhiều công văn", "Công văn", None, iss=None, opt=True),
  O("Bộ trưởng Trần Hồng Minh", "Trần Hồng Minh", title="Bộ trưởng"),
  P("51,1%", None),
  P("66,67%", None),
  P("53,7%", None))
