# dev10 annotator 1: n0001-n0090, na01-na05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
IT = ["J62", "J63"]

X("n0001")
X("n0002",
  S("du lịch", None, codes=DL))
X("n0003",
  S("nông nghiệp", "A", codes=["A"]),
  S("du lịch", None, codes=DL),
  S("dịch vụ", None, codes=DV))
X("n0004",
  P("84%", None, per="Từ ngày 10/4"))
X("n0005")
X("n0006",
  P("80%", None, per="năm 2020"))
X("n0007")
X("n0008")
X("n0009")
X("n0010",
  P("10%", None))
X("n0011",
  S("nông nghiệp", "A", codes=["A"]),
  S("nuôi trồng", "A03", codes=["A03"], opt=True),
  S("chế biến tôm", "C10", codes=["C10"], opt=True))
X("n0012")
X("n0013",
  S("công nghệ thông tin", "J", codes=IT, opt=True),
  S("kinh tế số", "J", codes=["J"], opt=True))
X("n0014",
  P("10%", None, q="khoảng"))
X("n0015",
  S("dịch vụ", None, codes=DV, opt=True))
X("n0016")
X("n0017",
  S("dệt may", "C", codes=["C13", "C14"]),
  P("11%", "+", q="gần", sec="C", per="cả năm 2017", cmp="so với năm ngoái"),
  P("16%", None, sec="C", per="cả năm 2017"))
X("n0018")
X("n0019",
  D("Quyết định", "Quyết định", None, iss=None, opt=True))
X("n0020",
  P("73,5%", None, per="Tính đến ngày 23/1/2025", ps=None, pe="2025-01-23", cmp="so với kế hoạch vốn năm 2024"))
X("n0021",
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("n0022")
X("n0023",
  S("cung cấp nước sạch", "E36", codes=["E36"], opt=True))
X("n0024",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("n0025")
X("n0026",
  P("64%", None),
  S("chứng khoán", "K66", codes=["K66"], opt=True),
  P("16%", "+", per="năm 1997"))
X("n0027",
  P("34%", None),
  P("48%", None, per="tháng 7/2022"),
  P("54%", None, per="tháng 6/2022"))
X("n0028",
  S("giao thông vận tải", "H", codes=["H"], opt=True),
  P("21,7%", None, per="năm 2024"))
X("n0029",
  S("lưu kho bãi", "H52", codes=["H52"], opt=True),
  P("20%", "+", q="hơn"),
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("n0030",
  P("70-85%", None),
  P("10-20%", None))
X("n0031",
  S("công nghiệp chế biến", "C", codes=["C"], opt=True),
  P("75%", None))
X("n0032",
  S("nông nghiệp hữu cơ", "A", codes=["A"]),
  S("nông nghiệp sạch", "A", codes=["A"]),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]),
  S("công nghệ thông tin", "J", codes=IT),
  S("du lịch", None, codes=DL))
X("n0033",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("n0034",
  P("173%", None))
X("n0035",
  P("6%", "+", cmp="So với năm ngoái"),
  P("86%", None))
X("n0036",
  S("công nghệ", "J", codes=IT, at="cổ phiếu công nghệ", opt=True),
  P("2,8%", "+", per="phiên giao dịch sáng nay"))
X("n0037",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống", org=None))
X("n0038",
  P("60%", "+", per="hiện", cmp="so với cùng kỳ năm ngoái"))
X("n0039",
  S("sản xuất", "C", codes=["C"], at="ngành sản xuất", opt=True))
X("n0040",
  O("Bộ trưởng GD-ĐT Phùng Xuân Nhạ", "Phùng Xuân Nhạ", title="Bộ trưởng", org="GD-ĐT"),
  D("nghị định tự chủ", "Nghị định", None, iss=None, opt=True),
  S("giáo dục", "P85", codes=["P85"], at="ngành giáo dục", opt=True))
X("n0041",
  O("Bộ trưởng Đỗ Văn Chiến", "Đỗ Văn Chiến", title="Bộ trưởng", org=None))
X("n0042",
  P("8-10%", None, per="giai đoạn 2019 -2030"))
X("n0043",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("n0044",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]))
X("n0045",
  S("dịch vụ khám bệnh, chữa bệnh", "Q86", codes=["Q86"], opt=True),
  S("y tế dự phòng", "Q86", codes=["Q86"], opt=True),
  S("dịch vụ y tế", "Q86", codes=["Q86"], opt=True),
  S("cơ sở y tế", "Q86", codes=["Q86"], opt=True),
  P("35%", None, q="tối thiểu"))
X("n0046",
  S("logistics", "H52", codes=["H52"]),
  S("cảng biển", "H52", codes=["H52"]))
X("n0047",
  O("Bà Lê Thị Hiền, Chủ tịch Hội Chữ thập đỏ tỉnh Thừa Thiên Huế", "Lê Thị Hiền", hon="bà", title="Chủ tịch",
    org="Hội Chữ thập đỏ tỉnh Thừa Thiên Huế"))
X("n0048",
  S("công nghiệp chế biến sâu phụ phẩm cá tra", "C10", codes=["C10"]))
X("n0049",
  S("công nghiệp hỗ trợ", "C", codes=["C"], at="ngành công nghiệp hỗ trợ"))
X("n0050",
  P("92,67%", None),
  D("Luật Cảnh vệ", "Luật", None, iss="Quốc hội"))
X("n0051",
  O("Chủ tịch nước kiêm Chủ tịch Quân ủy Trung ương Trung Quốc Tập Cận Bình", "Tập Cận Bình",
    title="Chủ tịch nước kiêm Chủ tịch Quân ủy Trung ương", org="Trung Quốc"))
X("n0052",
  P("90%", None, q="hơn"))
X("n0053")
X("n0054",
  D("Nghị định 25", "Nghị định", "25", iss=None))
X("n0055")
X("n0056",
  P("7,5%", "-"),
  S("khai thác dầu mỏ", "B06", codes=["B06"], opt=True))
X("n0057",
  S("thể thao", "R93", codes=["R93"], opt=True),
  S("thể thao", "R93", codes=["R93"], occ=1, opt=True))
X("n0058")
X("n0059",
  P("5,73%", "+", per="6 tháng đầu năm"),
  P("6,17%", "+", per="quý II"),
  P("5,15%", "+", per="quý I"))
X("n0060",
  O("Chủ nhiệm Võ Trọng Việt", "Võ Trọng Việt", title="Chủ nhiệm", org=None))
X("n0061",
  D("Luật Đất đai", "Luật", None, iss=None),
  D("Luật Nhà ở", "Luật", None, iss=None),
  D("Luật Kinh doanh bất động sản", "Luật", None, iss=None),
  O("Bộ trưởng Đặng Quốc Khánh", "Đặng Quốc Khánh", title="Bộ trưởng", org=None))
X("n0062",
  S("chăn nuôi", "A01", codes=["A01"], at="ngành chăn nuôi"))
X("n0063",
  D("Luật Nhà ở năm 2023", "Luật", None, iss=None))
X("n0064",
  P("4,90-5,05%", None),
  P("5,18-5,33%", None),
  P("5,65-5,79%", None),
  P("6,3%", None),
  P("6,67-7%", None),
  P("7,1-7,5%", None))
X("n0065",
  O("Chủ tịch – Tổng giám đốc một trong hai tập đoàn dẫn đầu về chuyển đổi công nghệ số là Atos Thierry Breton",
    "Thierry Breton", title="Chủ tịch – Tổng giám đốc", org="Atos"),
  O("Chủ tập đoàn Accenture Pierre Nanterme", "Pierre Nanterme", title="Chủ tập đoàn", org="tập đoàn Accenture"))
X("n0066",
  S("công nghiệp", None, codes=DCCN, at="toàn ngành công nghiệp", opt=True),
  P("0,4%", "+", per="tháng 10 năm 2023", cmp="so với tháng trước"),
  P("9,7%", "+", per="tháng 10 năm 2023", cmp="so với cùng kỳ năm trước"))
X("n0067")
X("n0068",
  P("10 đến 20%", None, q="khoảng"))
X("n0069",
  P("0,25 điểm phần trăm", "-"),
  P("0,5 điểm phần trăm", "-"))
X("n0070",
  O("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Thanh Nam", "Trần Thanh Nam", title="Thứ trưởng",
    org="Bộ Nông nghiệp và Phát triển nông thôn"))
X("n0071")
X("n0072",
  P("22%", "+", per="Tháng 6 năm nay", cmp="so với cùng kỳ năm ngoái"))
X("n0073",
  P("2,2%", "-", per="tháng 3 năm 2025"))
X("n0074",
  O("CEO Lê Hồng Minh", "Lê Hồng Minh", title="CEO", org=None))
X("n0075",
  O("bà Trần Thị Kiều Diễm, CEO của Orochi Network", "Trần Thị Kiều Diễm", hon="bà", title="CEO",
    org="Orochi Network"))
X("n0076")
X("n0077",
  S("bảo hiểm", "K65", codes=["K65"], opt=True),
  S("bảo hiểm", "K65", codes=["K65"], occ=1, opt=True),
  S("bảo hiểm", "K65", codes=["K65"], occ=2, opt=True))
X("n0078")
X("n0079",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("n0080",
  D("Hiến pháp năm 2013", "Hiến pháp", None, iss=None,
    mentions=["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"]),
  D("dự án Nghị quyết sửa đổi, bổ sung một số điều", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("n0081",
  D("Nghị quyết 19", "Nghị quyết", "19", iss=None))
X("n0082",
  P("1,52%", None, per="6 tháng đầu năm 2017"),
  P("1,6 - 1,8%", None))
X("n0083",
  S("dầu khí", "B06", codes=["B06"], at="ngành dầu khí"))
X("n0084",
  D("kế hoạch kinh tế - xã hội năm 2025", "Kế hoạch", None, iss=None, opt=True))
X("n0085",
  S("du lịch", None, codes=DL),
  D("Nghị quyết số 105/NQ-CP", "Nghị quyết", "105/NQ-CP"))
X("n0086",
  S("năng lượng sạch", "D35", codes=["D35"]),
  P("30%", None, sec="D35"))
X("n0087",
  S("dịch vụ Internet", "J61", codes=["J61"], opt=True))
X("n0088")
X("n0089",
  O("ông Fukumoto, Giám đốc Tập đoàn Dệt Pacific", "Fukumoto", hon="ông", title="Giám đốc",
    org="Tập đoàn Dệt Pacific"))
X("n0090")

ART("na01",
  # [1]
  O("Nguyễn Văn Hân (SN 1976, cựu Chủ tịch UBND xã Minh Phú", "Nguyễn Văn Hân", title="Chủ tịch",
    org="UBND xã Minh Phú", former=True,
    mentions=["ông Nguyễn Văn Hân – Chủ tịch UBND xã Minh phú, huyện Sóc Sơn"]),
  # [4] / [11]
  O("ông Nguyễn Văn Phố", "Nguyễn Văn Phố", hon="ông", title="Chủ tịch", opt=True,
    mentions=["Nguyễn Văn Phố", "ông Phố"]),
  # [6]
  O("Dương Văn Thêm (cán bộ địa chính xã", "Dương Văn Thêm", title="cán bộ địa chính", opt=True),
  # [12]
  D("Kết luận giám định", "Kết luận", None, iss=None, opt=True))
ART("na02",
  O("ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội", "Nguyễn Đức Chung", hon="ông", title="Chủ tịch",
    org="UBND TP Hà Nội",
    mentions=["Chủ tịch Hà Nội Nguyễn Đức Chung", "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung",
              "ông Nguyễn Đức Chung, Chủ tịch UBND thành phố Hà Nội"]),
  # [3]
  O("ông Đào Đức Toàn - Phó Bí thư Thành ủy Hà Nội", "Đào Đức Toàn", hon="ông", title="Phó Bí thư",
    org="Thành ủy Hà Nội"),
  O("ông Đỗ Văn Đương – Phó Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", "Đỗ Văn Đương", hon="ông",
    title="Phó Ban", org="Ban Dân nguyện của Ủy ban Thường vụ Quốc hội"),
  D("dự thảo kết luận", "Kết luận", None, iss=None, at="Dự buổi công bố", opt=True),
  O("Ông Nguyễn An Huy - Phó Chánh Thanh tra thành phố Hà Nội", "Nguyễn An Huy", hon="ông",
    title="Phó Chánh Thanh tra", org="Thanh tra thành phố Hà Nội"),
  D("dự thảo nghị quyết thanh tra", "Nghị quyết", None, iss=None, opt=True))
ART("na03",
  # [1]
  S("bất động sản", "L68", codes=["L68"], at="lĩnh vực bất động sản"),
  # [2] continues [1] ("Cụ thể"): period and base of [1]
  P("13,7%", "+", sec="L68", per="năm 2022", cmp="so với cùng kỳ năm 2021"),
  P("56,7%", "+", sec="L68", per="năm 2022", cmp="so với cùng kỳ năm 2021"),
  # [3] own paragraph, no time phrase
  S("bất động sản", "L68", codes=["L68"], at="doanh nghiệp bất động sản tuyên bố"),
  P("38,7%", "+", q="khoảng", sec="L68", cmp="so cùng kỳ năm trước"),
  # [4]
  S("kinh doanh bất động sản", "L68", codes=["L68"], at="lĩnh vực kinh doanh bất động sản"),
  S("thi công xây dựng", "F", codes=["F"], opt=True),
  P("50%", "-", sec="L68", per="năm 2022"),
  # [6]
  S("bất động sản", "L68", codes=["L68"], at="mua bất động sản", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="dự án bất động sản dẫn", opt=True),
  # [7]
  S("bất động sản", "L68", codes=["L68"], at="thị trường bất động sản thời gian"),
  S("bất động sản", "L68", codes=["L68"], at="tình hình thị trường bất động sản"),
  # [8]
  S("kinh doanh bất động sản", "L68", codes=["L68"], at="hoạt động đầu tư, kinh doanh"),
  S("môi giới bất động sản", "L68", codes=["L68"]),
  S("tài chính", "K", codes=["K"], at="thị trường tài chính, tín dụng", opt=True),
  S("tín dụng", "K64", codes=["K64"], at="tài chính, tín dụng, bất động sản", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="tín dụng, bất động sản.", opt=True),
  # [10]
  S("bất động sản", "L68", codes=["L68"], at="dự án bất động sản đủ", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="loại hình bất động sản", opt=True))
ART("na04",
  # [1]
  S("thủy sản", "A03", codes=["A03"], opt=True),
  # [2]
  S("thủy sản", "A03", codes=["A03"], at="ngành thủy sản đã"),
  # [3]
  S("thủy sản", "A03", codes=["A03"], at="thủy sản bị xét xử", opt=True),
  O("Đặng Thị Ngợi (nguyên Giám đốc xí nghiệp kinh doanh chế biến thủy sản và xuất khẩu Ngọc Sinh", "Đặng Thị Ngợi",
    title="Giám đốc", org="xí nghiệp kinh doanh chế biến thủy sản và xuất khẩu Ngọc Sinh", former=True,
    mentions=["bị cáo Ngợi", "Bị cáo Đặng Thị Ngợi"]),
  S("thủy sản", "A03", codes=["A03"], at="ngành thủy sản Cà Mau"),
  O("Nguyễn Tấn Hải (Tổng giám đốc công ty TNHH CB và XNK Việt Hải", "Nguyễn Tấn Hải", title="Tổng giám đốc",
    org="công ty TNHH CB và XNK Việt Hải"),
  O("Phan Xuân Minh (nguyên Giám đốc công ty TNHH CBTS XNK Minh Châu", "Phan Xuân Minh", title="Giám đốc",
    org="công ty TNHH CBTS XNK Minh Châu", former=True),
  O("Phan Xuân Nhự (nguyên Phó giám đốc công ty TNHH CBTS XNK Minh Châu", "Phan Xuân Nhự", title="Phó giám đốc",
    org="công ty TNHH CBTS XNK Minh Châu", former=True),
  O("Nguyễn Hữu Thanh (nguyên Tổng giám đốC công ty CPTP Đại Dương", "Nguyễn Hữu Thanh", title="Tổng giám đốC",
    org="công ty CPTP Đại Dương", former=True),
  O("Võ Kiều Oanh (nguyên giám đốc công ty TNHH xuất nhập khẩu Nam Thành", "Võ Kiều Oanh", title="giám đốc",
    org="công ty TNHH xuất nhập khẩu Nam Thành", former=True),
  S("ngân hàng thương mại", "K64", codes=["K64"], opt=True))
ART("na05",
  # [1]
  P("97%", "+", per="tháng 9/2022", cmp="so với cùng kỳ năm trước"),
  P("82%", "+", per="3 quý của năm 2022", ps="2022-01-01", pe="2022-09-30", cmp="so với cùng kỳ năm ngoái"),
  # [2]
  S("thực phẩm", "C10", codes=["C10"], at="hàng thực phẩm", opt=True),
  # [3]
  P("23%", None, per="9 tháng"),
  P("87%", "+", per="9 tháng", cmp="so với 9 tháng của năm 2021"))
