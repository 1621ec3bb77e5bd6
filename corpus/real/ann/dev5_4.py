# dev5 annotator 4: i0271-i0360, ia15-ia18
DL = ["I55", "N79"]
DM = ["C13", "C14"]

X("i0271",
  S("công nghiệp quốc phòng", "C", codes=["C25", "C30"]),
  S("nghiên cứu và phát triển", "M72", codes=["M72"], opt=True))
X("i0272")
X("i0273",
  D("Nghị định 167/2013/NĐ-CP", "Nghị định", "167/2013/NĐ-CP", date="2013-11-12"))
X("i0274")
X("i0275")
X("i0276",
  S("Y tế", "Q86", codes=["Q86"], at="ngành Y tế", opt=True))
X("i0277",
  O("Tổng thống Hàn Quốc Moon Jae-in", "Moon Jae-in", title="Tổng thống", org="Hàn Quốc"),
  O("ông Song Young-moo làm Bộ trưởng Quốc phòng", "Song Young-moo", hon="ông", title="Bộ trưởng Quốc phòng",
    opt=True))
X("i0278",
  S("công nghệ thông tin", "J", codes=["J62", "J63"], opt=True))
X("i0279")
X("i0280",
  P("15,5%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("17%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"),
  P("13,9%", "+", per="quý 1/2024", cmp="so với cùng kỳ năm trước"))
X("i0281")
X("i0282",
  O("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Phùng Đức Tiến", "Phùng Đức Tiến", title="Thứ trưởng",
    org="Bộ Nông nghiệp và Phát triển nông thôn"),
  S("thương mại", "G", codes=["G"], opt=True))
X("i0283",
  O("Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP.Hà Nội"),
  O("Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Nguyễn Hữu Độ", "Nguyễn Hữu Độ", title="Giám đốc",
    org="Sở Giáo dục và Đào tạo"))
X("i0284",
  S("bất động sản", "L68", codes=["L68"]))
X("i0285",
  D("Nghị định hướng dẫn", "Nghị định", None, iss=None, opt=True),
  D("Luật Đường bộ", "Luật", None))
X("i0286",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], at="các ngành công nghiệp trong nước", opt=True),
  S("dệt may", "C", codes=DM, opt=True),
  S("da - giày", "C15", codes=["C15"], opt=True),
  S("điện tử", "C26", codes=["C26"], opt=True),
  S("chế biến thực phẩm", "C10", codes=["C10"], opt=True),
  S("thép xây dựng", "C24", codes=["C24"], opt=True))
X("i0287",
  P("29,6%", "+", cmp="So với năm 2022"),
  P("20,5%", "+", cmp="So với năm 2022"),
  P("23,5%", "+", cmp="So với năm 2022"))
X("i0288")
X("i0289",
  O("ông Hà Mạnh, Giám đốc điều hành Tổng công ty May 10", "Hà Mạnh", hon="ông", title="Giám đốc điều hành",
    org="Tổng công ty May 10"),
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True),
  S("năng lượng tái sinh", "D35", codes=["D35"], opt=True))
X("i0290")
X("i0291",
  O("Đặng Thị Ngợi (nguyên Giám đốc xí nghiệp kinh doanh chế biến thủy sản và xuất khẩu Ngọc Sinh", "Đặng Thị Ngợi",
    title="Giám đốc", org="xí nghiệp kinh doanh chế biến thủy sản và xuất khẩu Ngọc Sinh", former=True))
X("i0292")
X("i0293",
  P("85%", None))
X("i0294",
  P("90%", None), P("54%", None), P("71%", None), P("42%", None))
X("i0295",
  P("4%", "+", q="khoảng", per="từ năm 2014 đến nay", ps="2014-01-01", pe=None),
  S("pin", "C27", codes=["C27"], opt=True),
  S("xe điện", "C29", codes=["C29"], opt=True),
  S("hàng không vũ trụ", "C30", codes=["C30"], opt=True))
X("i0296",
  P("14,2%", "-"))
X("i0297",
  D("quyết định chuyển đổi mục sử dụng khu đất", "Quyết định", None, iss=None, opt=True))
X("i0298",
  O("ông Lê Huỳnh Minh Tú, Phó Giám đốc Sở Công Thương TP.HCM", "Lê Huỳnh Minh Tú", hon="ông",
    title="Phó Giám đốc", org="Sở Công Thương TP.HCM"),
  S("logistics", "H52", codes=["H52"]),
  S("logistics", "H52", codes=["H52"], occ=1))
X("i0299")
X("i0300")
X("i0301",
  O("Ông Trịnh Ngọc Sinh, Bí thư Đảng ủy xã Phù Lỗ", "Trịnh Ngọc Sinh", hon="ông", title="Bí thư",
    org="Đảng ủy xã Phù Lỗ"))
X("i0302",
  O("ông Rubio", "Rubio", hon="ông", title="Bộ trưởng", opt=True),
  O("ông Bessent", "Bessent", hon="ông", title="Bộ trưởng", opt=True),
  O("Phó Thủ tướng Trung Quốc Hà Lập Phong", "Hà Lập Phong", title="Phó Thủ tướng", org="Trung Quốc"))
X("i0303")
X("i0304")
X("i0305",
  P("44%", None, per="năm 2030"))
X("i0306",
  P("4%", "-", q="khoảng", per="năm 2023"),
  P("21,5%", "+", per="năm 2023"))
X("i0307")
X("i0308",
  O("Nguyễn Đức Dũng, Chủ tịch HĐND Thành phố", "Nguyễn Đức Dũng", title="Chủ tịch", org="HĐND Thành phố"),
  O("Trần Phước Sơn, Phó chủ tịch HĐND thành phố", "Trần Phước Sơn", title="Phó chủ tịch", org="HĐND thành phố"),
  O("Đoàn Ngọc Hùng Anh, Phó chủ tịch HĐND thành phố", "Đoàn Ngọc Hùng Anh", title="Phó chủ tịch",
    org="HĐND thành phố"),
  O("Trần Xuân Vinh, Phó chủ tịch HĐND thành phố", "Trần Xuân Vinh", title="Phó chủ tịch", org="HĐND thành phố"),
  O("Nguyễn Công Thanh, Phó Chủ tịch HĐND Thành phố", "Nguyễn Công Thanh", title="Phó Chủ tịch",
    org="HĐND Thành phố"))
X("i0309",
  P("40%", None, q="hơn"),
  P("5,8%", None, q="hơn"))
X("i0310",
  P("1,92%", None),
  P("0,01 đpt", None, cmp="so với phiên đấu thầu trước đó", opt=True),
  P("2,66%", None),
  P("3,12%", None),
  P("0,02 đpt", None, cmp="so với phiên đấu thầu trước đó", opt=True))
X("i0311",
  S("dệt may", "C", codes=DM),
  P("20%", None, per="cách đây 20 năm"),
  P("62%", None, per="hiện nay"))
X("i0312",
  O("Bí thư Thành ủy TP.HCM Đinh La Thăng", "Đinh La Thăng", title="Bí thư", org="Thành ủy TP.HCM"))
X("i0313")
X("i0314",
  D("Tờ trình", "Tờ trình", None, iss="Chính phủ", opt=True),
  P("50%", None, q="hơn"))
X("i0315",
  P("12%", "-"))
X("i0316",
  D("Luật Hợp thức", "Luật", None, iss=None, opt=True))
X("i0317",
  P("62%", "+", cmp="so với thời điểm 31/12/2016"))
X("i0318",
  S("du lịch", None, codes=DL))
X("i0319")
X("i0320",
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"),
  D("Nghị Quyết 19/NQ-CP", "Nghị quyết", "19/NQ-CP"),
  O("Phó Thủ Chính phủ Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ", org="Chính phủ"))
X("i0321",
  P("61%", None))
X("i0322",
  S("hàng không", "H51", codes=["H51"]),
  P("5 - 7%", "+", q="khoảng", sec="H51", per="dịp lễ 30/4 và mùa hè sắp tới", ps=None, pe=None,
    cmp="so với cùng kỳ năm trước"))
X("i0323",
  S("trí tuệ nhân tạo", "J62", codes=["J62"], opt=True),
  S("điện toán đám mây", "J63", codes=["J63"], opt=True),
  S("trung tâm dữ liệu", "J63", codes=["J63"], opt=True),
  S("phần mềm", "J62", codes=["J62"], opt=True))
X("i0324",
  D("dự thảo Nghị quyết", "Nghị quyết", None, iss="Quốc hội", opt=True),
  D("Nghị quyết số 68-NQ/TW", "Nghị quyết", "68-NQ/TW"))
X("i0325",
  O("Phó Chủ tịch Samsung Lee Jae-yong", "Lee Jae-yong", title="Phó Chủ tịch", org="Samsung"))
X("i0326",
  O("Thủ tướng\xa0Anwar Ibrahim", "Anwar Ibrahim", title="Thủ tướng"))
X("i0327")
X("i0328",
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"),
  O("ông Geetesh Sharma, Chủ tịch Ủy ban Đoàn kết Ấn Độ - Việt Nam bang Tây Bengal", "Geetesh Sharma", hon="ông",
    title="Chủ tịch", org="Ủy ban Đoàn kết Ấn Độ - Việt Nam bang Tây Bengal"))
X("i0329",
  S("khai mỏ", "B", codes=["B"], opt=True),
  P("30%", "-", cmp="so với những năm 1990"))
X("i0330",
  P("2%", None))
X("i0331")
X("i0332",
  O("ông Hà Văn Thắm là Chủ tịch HĐQT Oceanbank", "Hà Văn Thắm", hon="ông", title="Chủ tịch HĐQT", org="Oceanbank"),
  P("20%", None))
X("i0333",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("i0334",
  D("Hiệp định Thương mại tự do ASEAN - Australia/New Zealand", "Hiệp định", None),
  D("Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương", "Hiệp định", None),
  D("Hiệp định Đối tác kinh tế toàn diện khu vực", "Hiệp định", None))
X("i0335",
  O("Ông Trương Quý Dương - Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình", "Trương Quý Dương", hon="ông",
    title="Giám đốc", org="Bệnh viện Đa khoa tỉnh Hòa Bình"))
X("i0336")
X("i0337",
  P("51%", None), P("49%", None), P("70%", None, q="trên"))
X("i0338",
  S("thương mại", "G", codes=["G"], opt=True),
  S("du lịch", None, codes=DL, opt=True),
  S("dịch vụ", None, codes=None, at="du lịch – dịch vụ", opt=True))
X("i0339")
X("i0340",
  D("Nghị quyết 19-2017/NQ-CP", "Nghị quyết", "19-2017/NQ-CP", date="2017-02-06"))
X("i0341")
X("i0342",
  S("xây dựng", "F", codes=["F"], at="dự án xây dựng hạ tầng", opt=True),
  P("45%", None, q="khoảng"),
  P("50%", None))
X("i0343")
X("i0344")
X("i0345")
X("i0346",
  O("Thứ trưởng Phan Tâm", "Phan Tâm", title="Thứ trưởng"))
X("i0347",
  P("100%", None))
X("i0348")
X("i0349",
  S("bán hàng trên mạng", "G47", codes=["G47"], opt=True))
X("i0350",
  P("100%", None),
  O("ông Nguyễn Văn Thiện, nguyên Ủy viên Trung ương Đảng, nguyên Bí Thư Tỉnh ủy Bình Định", "Nguyễn Văn Thiện",
    hon="ông", title="Bí Thư", org="Tỉnh ủy Bình Định", former=True))
X("i0351",
  P("80%", None))
X("i0352",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("i0353",
  O("ông Moon Jae-in đã chính thức trở thành tổng thống mới của Hàn Quốc", "Moon Jae-in", hon="ông",
    title="tổng thống", org="Hàn Quốc", opt=True),
  P("41,08%", None))
X("i0354",
  S("vận tải đường sắt", "H49", codes=["H49"]),
  S("vận tải hàng hóa", "H49", codes=["H49"], opt=True),
  S("vận tải hành khách", "H49", codes=["H49"], opt=True),
  S("vận tải hành khách công cộng", "H49", codes=["H49"], opt=True))
X("i0355",
  O("Giáo sư Jack Goldsmith tại Trường Luật Harvard", "Jack Goldsmith", title="Giáo sư", org="Trường Luật Harvard"))
X("i0356",
  S("dịch vụ khác", None, opt=True),
  P("10,2%", None, per="2 tháng đầu năm 2024"),
  P("9,7%", "+", per="2 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"))
X("i0357",
  S("chăn nuôi lợn", "A01", codes=["A01"]))
X("i0358")
X("i0359")
X("i0360",
  O("ông Nguyễn Văn Hùng – Bí thư tỉnh ủy tỉnh Quảng Trị", "Nguyễn Văn Hùng", hon="ông", title="Bí thư",
    org="tỉnh ủy tỉnh Quảng Trị"),
  S("GD&ĐT", "P85", codes=["P85"], opt=True))

ART("ia15",
  # [4]
  D("Luật Đất đai", "Luật", None),
  # [5]
  D("Thông báo nhận tiền bồi thường", "Thông báo", None, iss=None, opt=True),
  # [6]-[8] bonus rates: levels, no calendar period
  P("5%", None), P("5%", None, occ=1),
  P("4%", None), P("4%", None, occ=1),
  P("3%", None), P("3%", None, occ=1))
ART("ia16",
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ",
    mentions=["Thủ tướng Nguyễn Xuân Phúc"]),
  O("Thủ hiến kiêm Thị trưởng bang Hamburg Olaf Scholz", "Olaf Scholz", title="Thủ hiến kiêm Thị trưởng",
    org="bang Hamburg", mentions=["Thủ hiến Olaf Scholz"]),
  # [3]
  P("50%", "+", q="gần", per="Vài năm trở lại đây", ps=None, pe=None),
  S("khoa học-công nghệ", "M72", codes=["M72"], opt=True),
  S("dịch vụ hậu cần", "H52", codes=["H52"]),
  S("vận tải - cảng biển", "H", codes=["H50", "H52"]),
  S("đóng tàu", "C30", codes=["C30"]),
  S("hóa dầu", "C20", codes=["C19", "C20"]),
  S("hàng không – vũ trụ", "C30", codes=["C30"]),
  S("điện tử", "C26", codes=["C26"]),
  S("cơ khí chính xác", "C", codes=["C25", "C28"]),
  S("hóa chất", "C20", codes=["C20"]),
  S("thiết bị quang học", "C26", codes=["C26"], opt=True))
ART("ia17",
  # goods named after the industry ("sản phẩm (động vật) thủy sản", "hàng thuỷ sản") — optional
  *[S("thủy sản", "A03", codes=["A03"], occ=n, opt=True) for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13)],
  # [3]
  D("Thông tư mới", "Thông tư", None, iss=None, opt=True),
  # [4]
  S("chế biến hải sản", None, codes=["A03", "C10"]),
  # [5]
  S("thuỷ sản", "A03", codes=["A03"], occ=1),
  S("thuỷ sản", "A03", codes=["A03"], occ=2, opt=True),
  # [7]
  P("85%", None, q="hơn"))
ART("ia18",
  # humidity forecast list under "Dự báo các vùng đêm 3, ngày 4/6:"
  P("45-80%", None, per="đêm 3, ngày 4/6", ps=None, pe=None),
  P("43-78%", None, per="đêm 3, ngày 4/6", ps=None, pe=None),
  P("45-80%", None, per="đêm 3, ngày 4/6", ps=None, pe=None, occ=1),
  P("47-88%", None, per="đêm 3, ngày 4/6", ps=None, pe=None),
  P("60-90%", None, per="đêm 3, ngày 4/6", ps=None, pe=None),
  P("60-95%", None, per="đêm 3, ngày 4/6", ps=None, pe=None))
