# dev10 annotator 4: n0271-n0360, na15-na18
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
CT = ["B", "C", "D", "E", "G"]

X("n0271")
X("n0272",
  S("Ngân hàng", "K64", codes=["K64"]),
  P("45%", None, q="khoảng", sec="K64"))
X("n0273",
  P("81%", None, q="gần", cmp="so với quý trước"),
  P("5 điểm phần trăm", "-", cmp="so với năm ngoái"))
X("n0274",
  D("Kết luận Thanh tra số 05/KL-TTr", "Kết luận", "05/KL-TTr", iss="Thanh tra", date="2017-06-20"))
X("n0275",
  S("điện tử", "C26", codes=["C26"], at="hàng điện tử", opt=True),
  S("điện lạnh", "C27", codes=["C27"], opt=True))
X("n0276")
X("n0277",
  P("-0,19%", "-"))
X("n0278",
  D("Luật", "Luật", None, iss=None, opt=True))
X("n0279",
  P("86%", None))
X("n0280",
  P("4,15%", "+", per="6 tháng đầu năm 2017", cmp="so với cùng kỳ năm trước"))
X("n0281")
X("n0282",
  D("Nghị định", "Nghị định", None, iss=None, opt=True),
  D("Luật Đất đai 2024", "Luật", None, iss=None))
X("n0283")
X("n0284",
  P("giảm1,7%", "-", per="tháng 5", ps="2025-05-01", pe="2025-05-31", cmp="so với cùng kỳ 2024"))
X("n0285",
  S("công nghiệp", None, codes=DCCN, opt=True),
  S("hậu cần cảng", "H52", codes=["H52"], opt=True),
  S("năng lượng", "D35", codes=["D35"], opt=True),
  S("du lịch", None, codes=DL, opt=True),
  S("dịch vụ", None, codes=DV, at="du lịch, dịch vụ", opt=True),
  S("hỗ trợ công nghiệp", "C", codes=["C"], opt=True),
  S("nông nghiệp hữu cơ", "A", codes=["A"], opt=True))
X("n0286",
  O("bà Vũ Thị Thu Thủy, Vụ trưởng Vụ Thống kê giá", "Vũ Thị Thu Thủy", hon="bà", title="Vụ trưởng",
    org="Vụ Thống kê giá"),
  P("0,17%", "-", per="tháng 6 năm 2017", cmp="so với tháng trước"),
  P("2,54%", "+", per="tháng 6 năm 2017", cmp="so với cùng kỳ năm trước"),
  P("0,2%", "+", per="tháng 6 năm 2017", cmp="so với tháng 12 năm trước"))
X("n0287",
  O("Phó Chủ tịch Quốc hội Tòng Thị Phóng", "Tòng Thị Phóng", title="Phó Chủ tịch", org="Quốc hội"))
X("n0288")
X("n0289",
  S("chăn nuôi", "A01", codes=["A01"]))
X("n0290",
  P("44,6%", "+", cmp="so với năm 2015"))
X("n0291",
  S("thi công xây dựng", "F", codes=["F"], opt=True))
X("n0292",
  D("dự thảo thông tư", "Thông tư", None, iss=None, opt=True),
  S("hàng không dân dụng", "H51", codes=["H51"], opt=True),
  D("Quyết định số 1015/QĐ-TTg", "Quyết định", "1015/QĐ-TTg", date="2022-08-30"))
X("n0293")
X("n0294",
  S("bất động sản", "L68", codes=["L68"]),
  S("xây dựng", "F", codes=["F"], at="bất động sản và xây dựng"),
  D("Nghị định 148 năm 2020", "Nghị định", "148/2020", iss=None),
  D("Nghị định 69 năm 2021", "Nghị định", "69/2021", iss=None),
  D("luật", "Luật", None, iss=None, at="01 luật", opt=True),
  D("Luật Đất đai", "Luật", None, iss=None))
X("n0295",
  S("công nghiệp", None, codes=DCCN))
X("n0296")
X("n0297",
  D("Luật Đầu tư nước ngoài", "Luật", None, iss=None))
X("n0298",
  O("Bộ trưởng Trương Minh Tuấn", "Trương Minh Tuấn", title="Bộ trưởng"))
X("n0299",
  P("23%", "+"),
  S("dịch vụ ngân hàng", "K64", codes=["K64"], opt=True),
  P("200%", "+", cmp="so với 2015"))
X("n0300",
  P("50%", "-"))
X("n0301",
  P("1,9%", None),
  P("2,2%", "-", per="tháng 4"),
  P("2%", None))
X("n0302",
  D("Hiến pháp năm 2013", "Hiến pháp", None, iss=None))
X("n0303",
  S("bất động sản", "L68", codes=["L68"]))
X("n0304",
  O("Chủ tịch Ngân hàng Trung ương châu Âu (ECB) Mario Draghi", "Mario Draghi", title="Chủ tịch",
    org="Ngân hàng Trung ương châu Âu"))
X("n0305",
  D("Dự thảo Thông tư", "Thông tư", None, iss=None, opt=True))
X("n0306")
X("n0307")
X("n0308",
  P("12,9%", None, per="năm 2023"),
  P("13%", None, per="năm 2023"))
X("n0309",
  O("ông Trương Quốc Cường, Thứ trưởng Bộ Y tế", "Trương Quốc Cường", hon="ông", title="Thứ trưởng",
    org="Bộ Y tế"),
  D("Nghị định 38", "Nghị định", "38", iss=None),
  D("Luật ATTP", "Luật", None, iss=None))
X("n0310")
X("n0311",
  O("Cựu Bộ trưởng Lao động Mỹ Tom Perez, Chủ tịch Ủy ban quốc gia đảng Dân chủ (DNC)", "Tom Perez",
    title="Bộ trưởng Lao động", org="Mỹ", former=True))
X("n0312",
  P("4 điểm phần trăm", "-"),
  P("9,6%", "-"),
  P("9%", "+", per="cả năm"))
X("n0313")
X("n0314")
X("n0315",
  S("thương mại", "G", codes=["G"]),
  S("dịch vụ", None, codes=DV, at="thương mại, dịch vụ"))
X("n0316",
  P("7,3%", "+", per="tháng 3", ps="2025-03-01", pe="2025-03-31", cmp="so với cùng kỳ"),
  P("2,7%", "-", per="3 tháng 2025", cmp="so với cùng kỳ"))
X("n0317",
  S("Ngân hàng", "K64", codes=["K64"], at="các Ngân hàng trực thuộc", opt=True))
X("n0318",
  D("Công văn số 423/UBND-TKBT", "Công văn", "423/UBND-TKBT"))
X("n0319",
  P("21,8%", "+", per="năm 2016", cmp="so với năm 2015"))
X("n0320",
  S("dịch vụ xe buýt", "H49", codes=["H49"], opt=True))
X("n0321",
  O("Cựu Chủ tịch đảng cực hữu Mặt trận Quốc gia (FN) Pháp Marine Le Pen", "Marine Le Pen", title="Chủ tịch",
    org="đảng cực hữu Mặt trận Quốc gia Pháp", former=True))
X("n0322",
  O("đồng chí Tống Văn Thống, Bí thư Chi bộ - Giám đốc Trung tâm", "Tống Văn Thống", hon="đồng chí",
    title="Bí thư Chi bộ - Giám đốc", org="Trung tâm"))
X("n0323")
X("n0324")
X("n0325",
  S("công nghiệp phụ trợ", "C", codes=["C"]))
X("n0326")
X("n0327",
  P("92%", None))
X("n0328",
  P("1%", "-", per="hai năm 2017, 2018", ps="2017-01-01", pe="2018-12-31"))
X("n0329",
  S("Công Thương", None, codes=CT, opt=True))
X("n0330",
  S("bất động sản", "L68", codes=["L68"], at="dự án bất động sản"),
  D("văn bản", "Công văn", None, iss="Hà Nội", opt=True),
  S("nhà ở thương mại", "L68", codes=["L68"], opt=True),
  S("nhà ở xã hội", "L68", codes=["L68"], opt=True),
  S("xây dựng", "F", codes=["F"], at="đầu tư xây dựng", opt=True))
X("n0331",
  D("Quyết định 26/2017", "Quyết định", "26/2017", iss=None),
  O("ông Tống Đức Tiến, Trưởng phòng CPXD thuộc Sở Xây dựng TP.HCM", "Tống Đức Tiến", hon="ông",
    title="Trưởng phòng", org="Phòng CPXD thuộc Sở Xây dựng TP.HCM"))
X("n0332")
X("n0333",
  P("77%", None))
X("n0334",
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"),
  O("Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của Áo, ông Ernst Wastler", "Ernst Wastler", hon="ông",
    title="Chủ tịch kiêm Giám đốc điều hành", org="Tập đoàn Vamed của Áo"))
X("n0335",
  P("1,4%", "-"))
X("n0336",
  P("84,4%", None, per="Tính tới thời điểm hiện tại"))
X("n0337",
  D("Luật hỗ trợ doanh nghiệp nhỏ và vừa", "Luật", None, iss=None),
  D("Luật quản lý ngoại thương", "Luật", None, iss=None),
  D("Luật chuyển giao công nghệ", "Luật", None, iss=None),
  D("Luật du lịch", "Luật", None, iss=None),
  D("Luật đường sắt", "Luật", None, iss=None),
  D("Luật thủy lợi", "Luật", None, iss=None))
X("n0338",
  P("70%-80%", "+"),
  P("30%-40%", None, per="hiện nay"))
X("n0339",
  S("công nghiệp quảng cáo", "M73", codes=["M73"]))
X("n0340",
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True))
X("n0341",
  P("20%", "-", q="hơn", per="phiên này", cmp="so với mức đỉnh thiết lập hồi tháng 2"),
  P("18%", "-", q="gần", cmp="so với mức đỉnh đó"))
X("n0342")
X("n0343")
X("n0344",
  P("11%", "+", cmp="So với năm 2022"))
X("n0345",
  S("sản xuất đồ gỗ mỹ nghệ", "C16", codes=["C16"], opt=True))
X("n0346")
X("n0347",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("n0348",
  S("tài chính", "K", codes=["K64", "K65", "K66"], at="trung tâm tài chính", opt=True))
X("n0349",
  P("35,75%", None))
X("n0350",
  O("Anderson là CEO", "Anderson", title="CEO"))
X("n0351")
X("n0352",
  O("Phó Chủ tịch UBND TP Trần Vĩnh Tuyến", "Trần Vĩnh Tuyến", title="Phó Chủ tịch", org="UBND TP"))
X("n0353")
X("n0354",
  D("quyết định khởi tố", "Quyết định", None, iss="Hội đồng xét xử TAND Cấp cao tại Hà Nội", opt=True),
  O("Trịnh Xuân Thanh - nguyên Chủ tịch PVC", "Trịnh Xuân Thanh", title="Chủ tịch", org="PVC", former=True),
  D("bộ luật Hình sự", "Bộ luật", None, iss=None))
X("n0355")
X("n0356")
X("n0357",
  O("ông Tạ Hồng Lựu, Trưởng phòng Giáo dục và Đào tạo thành phố Thanh Hóa", "Tạ Hồng Lựu", hon="ông",
    title="Trưởng phòng", org="Phòng Giáo dục và Đào tạo thành phố Thanh Hóa"))
X("n0358")
X("n0359",
  O("Bộ trưởng Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiện", title="Bộ trưởng"),
  S("du lịch", None, codes=DL),
  P("27%", "+", per="năm 2016"),
  P("30%", "+", q="khoảng", per="năm nay"))
X("n0360")

# na15: Quảng Bình jobs, H1/2024
ART("na15",
  # [1] as-of frame "ước tính đến 30/6/2024"
  P("60,1%", None, per="đến 30/6/2024", ps=None, pe="2024-06-30"),
  P("72%", None, per="đến 30/6/2024", ps=None, pe="2024-06-30"),
  # [6] continues [5]'s "phấn đấu trong năm 2024 tuyển sinh, đào tạo ..." list ("Trong đó ...")
  P("40%", None, per="năm 2024"),
  # [8]
  S("giáo dục nghề nghiệp", "P85", codes=["P85"], at="phát triển giáo dục nghề nghiệp", opt=True),
  S("dịch vụ", None, codes=DV, at="kinh doanh và dịch vụ", opt=True),
  # [10]
  P("163%", None, q="hơn", per="Năm 2023", cmp="so với kế hoạch"))

# na16: Hà Nội revokes transport badges (its [2] is i0040 of dev5)
ART("na16",
  O("Ông Hà Huy Quang, Phó Giám đốc Sở Giao thông vận tải Hà Nội", "Hà Huy Quang", hon="ông",
    title="Phó Giám đốc", org="Sở Giao thông vận tải Hà Nội", mentions=["Hà Huy Quang"]),
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải tái"),
  S("vận tải", "H49", codes=["H49"], at="kinh doanh vận tải."),
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải. Sở"),
  D("Thông tư 10/2015/TT-BGTVT", "Thông tư", "10/2015/TT-BGTVT"),
  S("vận tải", "H49", codes=["H49"], at="3.996 đơn vị vận tải"),
  S("vận tải", "H49", codes=["H49"], at="đơn vị kinh doanh vận tải"),
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải có phương tiện"),
  S("vận tải", "H49", codes=["H49"], at="phương tiện vận tải vi phạm", opt=True),
  S("vận tải", "H49", codes=["H49"], at="kinh doanh vận tải bằng"))

# na17: Sendo sells Hà Giang / Hòa Bình oranges online
ART("na17",
  S("Thương mại điện tử", "G47", codes=["G47"], at="Sàn Thương mại điện tử Sendo", opt=True),
  S("Nông sản", "A01", codes=["A01"], at="Tuần Lễ Nông sản", opt=True),
  O("ông Bùi Văn Dán, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Cao Phong (Hòa Bình)", "Bùi Văn Dán",
    hon="ông", title="Trưởng phòng", org="Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Phong"),
  S("thương mại điện tử", "G47", codes=["G47"], at="các sàn thương mại điện tử", opt=True),
  O("Ông Nguyễn Đắc Việt Dũng, Chủ tịch sàn thương mại điện tử Sendo", "Nguyễn Đắc Việt Dũng", hon="ông",
    title="Chủ tịch", org="sàn thương mại điện tử Sendo"),
  S("thương mại điện tử", "G47", codes=["G47"], at="Chủ tịch sàn thương mại điện tử", opt=True),
  S("nông sản", "A01", codes=["A01"], at="nông sản địa phương", opt=True),
  P("30%", "-"),
  S("nông sản", "A01", codes=["A01"], at="Tuần lễ nông sản Việt”", opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], at="trên sàn thương mại điện tử Sendo như", opt=True),
  S("nông sản", "A01", codes=["A01"], at="tấn nông sản", opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], at="kênh thương mại điện tử"),
  S("Nông sản", "A01", codes=["A01"], at="Những tín hiệu tích cực", opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], at="trực tuyến” trên sàn thương mại điện tử", opt=True))

# na18: HOSE puts Hùng Vương (HVG) shares on the warning list
ART("na18",
  D("thông báo", "Thông báo", None, iss="Sở giao dịch Chứng khoán TP Hồ Chí Minh", opt=True),
  # [3] audited FY2016 (niên độ 1/10/2015 - 30/9/2016), period from the sentence before
  P("86%", "-", per="năm 2016", ps="2015-10-01", pe="2016-09-30", cmp="so với trước kiểm toán"),
  P("62%", "-", per="năm 2016", ps="2015-10-01", pe="2016-09-30", cmp="so với thực hiện năm 2015"),
  P("10%", None, q="hơn"),
  P("20%", None, q="tối thiểu"))
