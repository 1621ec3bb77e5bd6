# dev4 annotator 2: h0091-h0180, ha05-ha08
DCCN = ["B", "C", "D", "E"]
SVC = list("GHIJKLMNOPQRSTU")
DL = ["I55", "N79"]
TS = ["A03", "C10"]
DM = ["C13", "C14"]

X("h0091",
  S("xây dựng", "F", codes=["F"]),
  S("thương mại", "G", codes=["G"]),
  S("dịch vụ", None, codes=SVC))
X("h0092",
  P("19,7%", "+", per="Năm 2016", cmp="so với cùng kỳ"),
  P("14,6%", "+", per="Năm 2016", cmp="so với cùng kỳ"))
X("h0093",
  S("dệt may", "C", codes=DM))
X("h0094")
X("h0095",
  P("1,3%", "+", per="ngày thứ ba (7/2)"))
X("h0096",
  O("ông Matthew Powell, Giám đốc Savills Hà Nội", "Matthew Powell", hon="ông", title="Giám đốc",
    org="Savills Hà Nội"),
  S("du lịch", None, codes=DL, opt=True))
X("h0097")
X("h0098",
  P("4,5%", None, per="tuần từ 27 - 31/5"))
X("h0099",
  O("Bộ trưởng Bộ Tài chính Mỹ Scott Bessent", "Scott Bessent", title="Bộ trưởng", org="Bộ Tài chính Mỹ"))
X("h0100",
  S("công nghiệp", None, codes=DCCN, at="ngành công nghiệp", opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True))
X("h0101",
  D("Luật mới 2015", "Luật", None, iss=None, opt=True))
X("h0102")
X("h0103",
  O("GS Đặng Huy Huỳnh, nguyên Viện trưởng Viện Sinh thái và Tài nguyên sinh vật", "Đặng Huy Huỳnh", pre="GS",
    title="Viện trưởng", org="Viện Sinh thái và Tài nguyên sinh vật", former=True),
  S("nông nghiệp", "A", codes=["A"]))
X("h0104",
  P("10%", "+", per="năm 2024", cmp="so với cùng kỳ"),
  P("12%", "+", per="năm 2024", cmp="so với cùng kỳ"))
X("h0105",
  P("99%", None, q="khoảng"),
  S("giày dép", "C15", codes=["C15"], opt=True))
X("h0106",
  P("100%", None, per="tháng 10"))
X("h0107",
  O("Ông Nguyễn Đức Lệnh, Phó Giám đốc Ngân hàng Nhà nước Chi nhánh TP", "Nguyễn Đức Lệnh", hon="ông",
    title="Phó Giám đốc", org="Ngân hàng Nhà nước Chi nhánh TP"))
X("h0108")
X("h0109",
  P("80%", None, q="tối thiểu", per="năm 2022"))
X("h0110")
X("h0111",
  O("Thứ trưởng Lê Anh Tuấn", "Lê Anh Tuấn", title="Thứ trưởng"),
  O("Đại sứ Olivier Brochet", "Olivier Brochet", title="Đại sứ"))
X("h0112",
  O("Đồng chí Nguyễn Văn Bình, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương",
    "Nguyễn Văn Bình", hon="đồng chí", title="Trưởng Ban", org="Ban Kinh tế Trung ương"))
X("h0113",
  D("Nghị quyết 39", "Nghị quyết", "39", iss="Bộ Chính trị"))
X("h0114",
  P("87%", None))
X("h0115",
  S("thực phẩm", "C10", codes=["C10"], at="ngành thực phẩm"),
  S("F&B", None, codes=["C10", "C11", "I56"], opt=True))
X("h0116")
X("h0117")
X("h0118",
  D("Thông tư số 52/2018/TT-NHNN", "Thông tư", "52/2018/TT-NHNN", date="2018-12-31"))
X("h0119",
  P("0,8%", "+"))
X("h0120",
  P("5,3%", "+", q="gần", per="Dịp cận Tết Nguyên đán vừa qua"))
X("h0121")
X("h0122")
X("h0123",
  O("Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban chỉ đạo", "Phạm Minh Chính", title="Thủ tướng",
    org="Chính phủ"))
X("h0124",
  S("sản xuất ô tô", "C29", codes=["C29"]),
  S("logistics", "H52", codes=["H52"]))
X("h0125",
  P("2%", "-"))
X("h0126",
  D("Thông báo số 1987/TB-CT", "Thông báo", "1987/TB-CT", iss="Cục Thuế tỉnh Nghệ An"),
  O("bà Nguyễn Thị Loan (sinh năm 1993) Giám đốc và là người đại diện theo pháp luật Công ty TNHH Nguyên Khang Nghệ An",
    "Nguyễn Thị Loan", hon="bà", title="Giám đốc", org="Công ty TNHH Nguyên Khang Nghệ An"))
X("h0127")
X("h0128",
  P("2%", None))
X("h0129")
X("h0130")
X("h0131",
  D("Hiến pháp Hoa Kỳ", "Hiến pháp", None, iss=None, opt=True))
X("h0132",
  S("bất động sản", "L68", codes=["L68"]),
  P("73%", "+", sec="L68"))
X("h0133",
  O("bà Thoa", "Thoa", hon="bà", title="Chủ tịch HĐQT", org="Công ty CP bóng đèn Điện Quang", at="bà Thoa làm"))
X("h0134",
  O("ông Phạm Trọng Đạt - Cục trưởng cục Chống tham nhũng", "Phạm Trọng Đạt", hon="ông", title="Cục trưởng",
    org="cục Chống tham nhũng"),
  D("quyết định thanh tra đột xuất", "Quyết định", None, iss="Thanh tra Chính phủ", opt=True),
  O("ông Phạm Sỹ Quý - Giám đốc sở Tài nguyên và Môi trường tỉnh Yên Bái", "Phạm Sỹ Quý", hon="ông",
    title="Giám đốc", org="sở Tài nguyên và Môi trường tỉnh Yên Bái"))
X("h0135",
  O("Ông Nguyễn Phong Phú, Giám đốc kỹ thuật\xa0Công ty Vina T&T Group", "Nguyễn Phong Phú", hon="ông",
    title="Giám đốc kỹ thuật", org="Công ty Vina T&T Group"),
  S("nông nghiệp", "A", codes=["A"]))
X("h0136",
  P("12%", "-"))
X("h0137")
X("h0138",
  P("10,4%", "+"),
  S("Bất động sản", "L68", codes=["L68"]),
  S("Điện", "D35", codes=["D35"]),
  S("Công nghệ Thông tin", "J", codes=["J62", "J63"]),
  S("Bán lẻ", "G47", codes=["G47"]),
  S("Thủy sản", None, codes=TS),
  S("Dệt may", "C", codes=DM),
  S("Hóa chất", "C20", codes=["C20"]))
X("h0139")
X("h0140",
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư"),
  O("Tổng thống Hoa Kỳ Donald J.Trump", "Donald J.Trump", title="Tổng thống", org="Hoa Kỳ"))
X("h0141",
  O("Thứ trưởng Kim Thoa", "Kim Thoa", title="Thứ trưởng"))
X("h0142")
X("h0143")
X("h0144")
X("h0145",
  S("dệt may", "C", codes=DM),
  S("dệt may", "C", codes=DM, occ=1),
  P("60%", None, sec="C"))
X("h0146",
  O("Thủ tướng Theresa May", "Theresa May", title="Thủ tướng"),
  P("8 điểm phần trăm", "+", per="ngày 8/6"))
X("h0147")
X("h0148")
X("h0149",
  O("ông Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân", hon="ông", title="Bí thư", org="Thành ủy TP.HCM", opt=True))
X("h0150",
  P("80%", None),
  P("77%", None),
  P("72%", None))
X("h0151",
  P("90%", None))
X("h0152")
X("h0153",
  S("điện", "D35", codes=["D35"], at="ngành điện"))
X("h0154",
  S("chứng khoán", "K66", codes=["K66"], at="công ty chứng khoán", opt=True))
X("h0155",
  S("R&D", "M72", codes=["M72"], opt=True),
  S("công nghiệp nền tảng", None, codes=DCCN, opt=True))
X("h0156",
  D("Thông báo số 127", "Thông báo", "127", iss="Văn phòng Chính phủ", date="2017-03-10"),
  D("công văn số 2718", "Công văn", "2718", iss="Văn phòng Chính phủ", date="2017-03-22"))
X("h0157")
X("h0158")
X("h0159")
X("h0160",
  P("25%", None))
X("h0161",
  P("9%", "+", per="7 tháng đầu của năm tài khóa này", cmp="so với cùng kỳ năm trước"))
X("h0162")
X("h0163")
X("h0164",
  S("dệt may", "C", codes=DM),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("thời trang", "C14", codes=["C14"], occ=1, opt=True),
  D("Chỉ thị tra soát chuỗi cung ứng của OECD", "Chỉ thị", None, iss=None, opt=True),
  D("Luật thẩm định chuỗi cung ứng của Đức", "Luật", None, iss=None, opt=True))
X("h0165",
  O("ông Jun Nakagawa, Phó Trưởng đại diện Văn phòng WHO tại Việt Nam", "Jun Nakagawa", hon="ông",
    title="Phó Trưởng đại diện", org="Văn phòng WHO tại Việt Nam"),
  P("30%", "+", per="năm 2015", cmp="so với năm 2016"))
X("h0166",
  P("58-95%", None))
X("h0167",
  S("dịch vụ sửa chữa", "S95", codes=["S95"], opt=True),
  S("vận tải", "H49", codes=["H49"], opt=True))
X("h0168",
  P("85%", None, q="khoảng"))
X("h0169")
X("h0170",
  O("Vụ trưởng Vụ Giáo dục đại học Nguyễn Thu Thủy", "Nguyễn Thu Thủy", title="Vụ trưởng",
    org="Vụ Giáo dục đại học"),
  S("giáo dục đại học", "P85", codes=["P85"], at="hoạt động của giáo dục đại học", opt=True))
X("h0171")
X("h0172")
X("h0173",
  S("điện mặt trời", "D35", codes=["D35"], opt=True),
  S("năng lượng sạch", "D35", codes=["D35"], opt=True))
X("h0174",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  P("10%", "+"),
  P("32%", "+"),
  P("10%", "+", occ=1))
X("h0175",
  O("Bà Claire Schmitt - Phó giám đốc kinh doanh của Bộ phận Nữ quyền Công ty Giải pháp Truyền thông Prisma",
    "Claire Schmitt", hon="bà", title="Phó giám đốc kinh doanh",
    org="Bộ phận Nữ quyền Công ty Giải pháp Truyền thông Prisma"),
  O("bà Lia Riva - Giám đốc điều hành của Công ty dịch vụ du thuyền Monaco", "Lia Riva", hon="bà",
    title="Giám đốc điều hành", org="Công ty dịch vụ du thuyền Monaco"),
  O("Patrick Muller - Người sáng lập và Chủ tịch của Cinemeccanica", "Patrick Muller",
    title="Người sáng lập và Chủ tịch", org="Cinemeccanica"))
X("h0176",
  O("ông Nguyễn Xuân Sang - Cục trưởng Cục Hàng hải Việt Nam (HHVN)", "Nguyễn Xuân Sang", hon="ông",
    title="Cục trưởng", org="Cục Hàng hải Việt Nam"),
  S("Hàng hải", "H", codes=["H50", "H52"], at="ngành Hàng hải", opt=True))
X("h0177",
  D("Luật Quy hoạch đô thị", "Luật", None, iss=None))
X("h0178")
X("h0179",
  O("Tổng bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng bí thư"),
  S("Nông nghiệp", "A", codes=["A"]))
X("h0180",
  D("Nghị định số 174/2013/NĐ-CP", "Nghị định", "174/2013/NĐ-CP"),
  D("Nghị định 49/2017/NĐ-CP", "Nghị định", "49/2017/NĐ-CP"))

ART("ha05",
  # [4] probability of the quake; evacuees as a share of the population
  P("80%", None),
  P("1%", None))
ART("ha06",
  # [3] March figures: no year in the sentence, two bases in the sentence before -> no comparison
  P("13%", "+", per="tháng Ba"),
  P("14%", "+", per="tháng Ba"),
  O("Tổng thống Mỹ, Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  P("11%", "+", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"),
  P("4%", "+", q="hơn", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"),
  P("28%", "+", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"),
  P("22%", "+", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"),
  P("3%", "+", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"))
ART("ha07",
  # [3]
  P("9,6%", "-", per="tháng 1", ps="2025-01-01", pe="2025-01-31"),
  P("8,7%", "-", per="tháng 2/2025"),
  # [6]
  P("1,2%", None, per="tháng 2/2025"),
  P("-0,5%", "-", per="tháng 1/2025"),
  P("0,9%", None, per="hai tháng đầu năm 2025", ps="2025-01-01", pe="2025-02-28"),
  # [7]
  P("5%", None, per="tháng 2", ps="2025-02-01", pe="2025-02-28"),
  P("4,2%", None, per="2 thán năm 2025", ps="2025-01-01", pe="2025-02-28"),
  S("Ngân hàng", "K64", codes=["K64"], at="nhóm Ngân hàng"),
  S("Công nghiệp", None, codes=DCCN, at="Công nghiệp (PC1", opt=True),
  # [8]
  P("5,8%-6,4%", "+", q="khoảng", per="tháng 2"),
  # [9]
  S("chứng khoán", "K66", codes=["K66"], at="thị trường chứng khoán Việt Nam là VEIL", opt=True),
  P("1,3%", "+"),
  P("3,2%", "+"),
  S("Ngân hàng", "K64", codes=["K64"], at="cổ phiếu Ngân hàng"),
  S("Chứng khoán", "K66", codes=["K66"]),
  S("Bất động sản", "L68", codes=["L68"]),
  # [10]
  S("chứng khoán", "K66", codes=["K66"], at="thị trường chứng khoán Việt Nam thông qua", opt=True))
ART("ha08",
  # [1] headline: the stock market session
  S("Chứng khoán", "K66", codes=["K66"], opt=True),
  # [3] session moves; "phiên hôm nay" carries no date -> no period
  P("1,72%", "+"),
  S("thép", "C24", codes=["C24"], at="ngành thép"),
  P("-4,06%", "-"),
  P("-4,12%", "-"),
  P("-6,99%", "-"),
  P("-2,65%", "-"),
  P("-3,05%", "-"),
  P("-2,09%", "-"),
  P("+0,18%", "+"),
  P("-0,54%", "-"))
