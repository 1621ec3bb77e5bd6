# dev3 batch, annotator 2: sentences g0101-g0200, articles ga05-ga08
X("g0101",
  D("Luật Thuế Giá trị gia tăng sửa đổi", "Luật", None, iss=None))
X("g0102",
  P("0,3-0,5%", "-", per="từ cuối tháng 9/2016", ps="2016-09-01", pe=None),
  P("0,5-1%", "-", per="từ cuối tháng 9/2016", ps="2016-09-01", pe=None))
X("g0103")
X("g0104",
  O("Thứ trưởng Lê Công Thành", "Lê Công Thành", title="Thứ trưởng", org=None))
X("g0105",
  S("sản xuất", "C", codes=["C"]),
  S("vận tải", "H", codes=["H49", "H50", "H51"]),
  S("bán lẻ", "G47", codes=["G47"]))
X("g0106",
  D("Nghị định số 49/2017", "Nghị định", "49/2017", iss=None))
X("g0107",
  P("0,2 - 1,4%", "+", q="khoảng"),
  S("vận tải", "H", codes=["H49", "H50", "H51"], opt=True))
X("g0108",
  D("Thông\xa0tư số\xa065", "Thông tư", "65", iss=None),
  D("Thông tư số\xa0149/2014/TT-BTC", "Thông tư", "149/2014/TT-BTC", date="2014-10-10"))
X("g0109",
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước", org=None))
X("g0110")
X("g0111")
X("g0112",
  P("50 - 55%", None))
X("g0113",
  P("1%", "+", per="hiện tại"),
  P("15%", "+", per="năm 2020"))
X("g0114",
  P("22%", None, q="hơn"))
X("g0115",
  D("Nghị quyết 201", "Nghị quyết", "201", iss=None),
  D("Luật Nhà ở", "Luật", None, iss=None))
X("g0116",
  P("4%", None, per="Ngày 23/4"))
X("g0117",
  D("Nghị quyết Đại hội XII của Đảng", "Nghị quyết", None, iss=None, opt=True))
X("g0118")
X("g0119",
  S("dịch vụ", None, codes=["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]),
  P("60%", None, q="trên"),
  S("công nghiệp - xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("27%", None, q="khoảng"),
  S("công nghiệp chế biến chế tạo", "C", codes=["C"]),
  P("22%", None, q="khoảng", sec="C"),
  S("nông, lâm, thủy sản", "A", codes=["A01", "A02", "A03"]),
  P("0,4%", None, q="khoảng", sec="A"),
  S("kinh tế số", "J", codes=["J"], opt=True),
  P("40%", None, q="trên"))
X("g0120",
  D("quyết định khởi tố vụ án hình sự", "Quyết định", None, iss="Công an TP", opt=True))
X("g0121")
X("g0122",
  P("2-3%", "+", per="quý I/2021"))
X("g0123",
  P("2,56%", None, per="Tính đến 31/3"),
  S("tổ chức tín dụng", "K64", codes=["K64"], opt=True))
X("g0124",
  O("Phó Thủ tướng Chính phủ Hồ Đức Phớc", "Hồ Đức Phớc", title="Phó Thủ tướng", org="Chính phủ"))
X("g0125",
  O("Luật sư nổi tiếng người Mỹ Elura Nanos", "Elura Nanos", title="Luật sư", org=None, opt=True))
X("g0126")
X("g0127",
  O("Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng", "Nguyễn Mạnh Hùng", title="Bộ trưởng",
    org="Bộ Thông tin và Truyền thông"))
X("g0128",
  D("Nghị quyết của Hội đồng Nhân dân cấp tỉnh", "Nghị quyết", None, iss="Hội đồng Nhân dân cấp tỉnh", opt=True))
X("g0129",
  P("từ 75% đến 80%", None))
X("g0130")
X("g0131",
  P("77%", "+", per="3 tháng đầu năm 2024", cmp="so cùng kỳ năm 2023"))
X("g0132",
  S("dịch vụ ăn uống", "I56", codes=["I56"], opt=True),
  P("0,59%", "-"),
  S("giao thông", "H", codes=["H49", "H50", "H51", "H52"], opt=True),
  P("0,71%", "-"),
  S("bưu chính viễn thông", None, codes=["H53", "J61"], opt=True),
  P("0,01%", "-"))
X("g0133",
  S("gỗ và sản phẩm gỗ", "C16", codes=["C16"], opt=True))
X("g0134",
  D("Nghị quyết số 57- NQ/TW", "Nghị quyết", "57-NQ/TW"))
X("g0135",
  O("Bộ trưởng Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiện", title="Bộ trưởng", org=None))
X("g0136",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org=None),
  O("Tổng thống Indonesia Joko Widodo", "Joko Widodo", title="Tổng thống", org="Indonesia"))
X("g0137")
X("g0138")
X("g0139",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("g0140")
X("g0141",
  P("5,7%", "+", per="tháng 4", cmp="so với cùng kỳ năm ngoái"))
X("g0142")
X("g0143",
  P("8,1%", "+", per="năm 2017"),
  P("3,1%", "+", per="năm ngoái"),
  P("3,7%", "+", per="năm nay"))
X("g0144",
  O("ông Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính", "Nguyễn Văn Thắng", hon="ông", title="Bộ trưởng",
    org="Bộ Tài chính"),
  D("dự thảo Nghị quyết về Trung tâm tài chính quốc tế tại Việt Nam", "Nghị quyết", None, iss=None, opt=True))
X("g0145",
  P("3,75%", None))
X("g0146")
X("g0147")
X("g0148",
  S("ngân hàng", "K64", codes=["K64"]),
  S("chứng khoán", "K66", codes=["K66"]),
  S("dược phẩm", "C21", codes=["C21"]))
X("g0149",
  S("báo chí", "J", codes=["J58", "J60", "J63"], opt=True),
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", org=None, opt=True))
X("g0150",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org=None),
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"),
  O("Thủ tướng Thongloun Sisoulith", "Thongloun Sisoulith", title="Thủ tướng", org=None))
X("g0151",
  D("Chỉ thị 05", "Chỉ thị", "05", iss=None))
X("g0152",
  O("Chủ tịch UBND TP Nguyễn Thành Phong", "Nguyễn Thành Phong", title="Chủ tịch", org="UBND TP"))
X("g0153",
  S("thông tin điện tử", "J63", codes=["J63"], opt=True))
X("g0154",
  D("Nghị quyết số 68-NQ/TW", "Nghị quyết", "68-NQ/TW"))
X("g0155")
X("g0156",
  P("120%", None, q="trên", per="Hiện nay"))
X("g0157",
  S("nông nghiệp", "A", codes=["A"]),
  P("2%", None, q="khoảng", sec="A"),
  P("5%", None, per="năm 2050", sec="A"))
X("g0158",
  O("Bộ trưởng Quốc phòng Ursula von der Leyen", "Ursula von der Leyen", title="Bộ trưởng Quốc phòng", org=None))
X("g0159",
  O("Ông Nguyễn Tiến Dũng -Chủ tịch UBND huyện Nghi Lộc", "Nguyễn Tiến Dũng", hon="ông", title="Chủ tịch",
    org="UBND huyện Nghi Lộc"))
X("g0160",
  S("tài chính", "K", codes=["K64", "K65", "K66"]),
  S("dầu khí", "B06", codes=["B06"]),
  S("bất động sản", "L68", codes=["L68"]))
X("g0161",
  S("giáo dục", "P85", codes=["P85"]))
X("g0162",
  P("50%", "+", q="gần", per="ngày 16/5"))
X("g0163",
  O("Ông Nguyễn Ngọc Dũng - Phó chủ tịch hiệp hội thương mại điện tử Việt Nam", "Nguyễn Ngọc Dũng", hon="ông",
    title="Phó chủ tịch", org="hiệp hội thương mại điện tử Việt Nam"),
  S("dược", "C21", codes=["C21"]),
  S("bất động sản", "L68", codes=["L68"]))
X("g0164",
  P("0,17%", "-", per="tháng 6"))
X("g0165",
  O("Phó Thủ tướng Chính phủ Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng", org="Chính phủ"))
X("g0166",
  P("38,7%", None, per="dịp Tết"),
  S("máy vi tính, sản phẩm điện tử và linh kiện", "C26", codes=["C26"], opt=True),
  P("36,1%", None, per="dịp Tết"),
  S("máy móc, thiết bị", "C28", codes=["C28"], opt=True),
  P("7,5%", None, per="dịp Tết"))
X("g0167")
X("g0168",
  O("Tom Price, Bộ trưởng Y tế và Dịch vụ Xã hội", "Tom Price", title="Bộ trưởng Y tế và Dịch vụ Xã hội", org=None))
X("g0169")
X("g0170")
X("g0171",
  D("Luật Xây dựng", "Luật", None, iss=None))
X("g0172",
  P("90%", None, q="khoảng"))
X("g0173",
  O("Thứ trưởng Hoàng Trung", "Hoàng Trung", title="Thứ trưởng", org=None),
  O("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng",
    org="Bộ Nông nghiệp và Phát triển nông thôn"))
X("g0174",
  P("26%", "-"))
X("g0175")
X("g0176",
  S("du lịch", None, codes=["I55", "N79"]))
X("g0177",
  S("sản xuất gang thép", "C24", codes=["C24"], opt=True))
X("g0178")
X("g0179",
  P("35.4%", "-"))
X("g0180",
  P("60%", None, per="Hiện nay"))
X("g0181",
  O("Cục trưởng Cục Quan hệ lao động và Tiền lương Nguyễn Huy Hưng", "Nguyễn Huy Hưng", title="Cục trưởng",
    org="Cục Quan hệ lao động và Tiền lương"))
X("g0182",
  O("ông Mai Sơn, Phó Tổng cục trưởng Tổng cục Thuế", "Mai Sơn", hon="ông", title="Phó Tổng cục trưởng",
    org="Tổng cục Thuế"),
  P("86,5%", None, per="đến nay"),
  D("Nghị quyết 23/2021/QH15", "Nghị quyết", "23/2021/QH15"))
X("g0183",
  D("Kết luận điều tra", "Kết luận", None, iss=None, opt=True))
X("g0184")
X("g0185",
  P("35%", None, q="khoảng"))
X("g0186")
X("g0187")
X("g0188",
  O("Bộ trưởng VHTTDL Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiện", title="Bộ trưởng", org="VHTTDL"),
  O("đại biểu Phạm Thị Minh Hiền", "Phạm Thị Minh Hiền", title="đại biểu", org=None),
  D("Nghị định 15/2016/NĐ-CP", "Nghị định", "15/2016/NĐ-CP"),
  D("Nghị định 79/2012/NĐ-CP", "Nghị định", "79/2012/NĐ-CP"))
X("g0189")
X("g0190",
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư", org=None),
  O("Thủ tướng Nga Mikhail Mishustin", "Mikhail Mishustin", title="Thủ tướng", org="Nga"),
  O("Tổng thống Liên bang Nga Vladimir Putin", "Vladimir Putin", title="Tổng thống", org="Liên bang Nga"))
X("g0191")
X("g0192")
X("g0193")
X("g0194",
  D("Nghị quyết số 06", "Nghị quyết", "06", iss=None))
X("g0195",
  D("Thông tư 04", "Thông tư", "04", iss=None))
X("g0196",
  P("từ 5 đến 6%", "+", per="năm 2024"))
X("g0197",
  O("Phó Thống đốc Đào Minh Tú", "Đào Minh Tú", title="Phó Thống đốc", org=None),
  S("Ngân hàng", "K64", codes=["K64"], opt=True))
X("g0198",
  P("1,6%", "+"))
X("g0199",
  P("10-20%", None))
X("g0200")
ART("ga05",
  D("Thông tư số 10/2025/TT-BTC", "Thông tư", "10/2025/TT-BTC"),
  P("85%", None),
  P("15%", None),
  D("Nghị định số 82/2023/NĐ-CP", "Nghị định", "82/2023/NĐ-CP"),
  D("Nghị định số 120/2016/NĐ-CP", "Nghị định", "120/2016/NĐ-CP"),
  D("Luật Phí và lệ phí", "Luật", None, iss=None))
ART("ga06",
  O("Giám đốc điều hành của giải Premier League hiện nay - ông Richard Scudamore", "Richard Scudamore", hon="ông",
    title="Giám đốc điều hành", org="giải Premier League"),
  O("Chủ tịch FIFA đương nhiệm là Gianni Infantino", "Gianni Infantino", title="Chủ tịch", org="FIFA"),
  O("Ed Woodward - Phó chủ tịch điều hành MU", "Ed Woodward", title="Phó chủ tịch điều hành", org="MU"),
  O("Jose Mourinho - HLV của MU", "Jose Mourinho", title="HLV", org="MU", opt=True),
  O("Aleksander Ceferin - Chủ tịch LĐBĐ châu Âu", "Aleksander Ceferin", title="Chủ tịch", org="LĐBĐ châu Âu"),
  O("Roman Abramovich - ông chủ CLB Chelsea", "Roman Abramovich", title="ông chủ", org="CLB Chelsea", opt=True),
  O("Florentino Perez - Chủ tịch CLB Real Madrid", "Florentino Perez", title="Chủ tịch", org="CLB Real Madrid"))
ART("ga07",
  P("16,5%", None),
  D("Thông tư 88/2021/TT-BTC", "Thông tư", "88/2021/TT-BTC"),
  D("Nghị định 123/2020/NĐ-CP", "Nghị định", "123/2020/NĐ-CP"),
  D("Thông tư 78/2021/TT-BTC", "Thông tư", "78/2021/TT-BTC"),
  D("Thông tư 40/2021/TT-BTC", "Thông tư", "40/2021/TT-BTC"),
  P("80%", "-", cmp="so với mua lẻ từng dịch vụ"))
ART("ga08",
  S("nông nghiệp", "A", codes=["A"], at="ủng hộ thương mại"),
  O("Bộ trưởng Nông nghiệp Mỹ Sonny Perdue", "Sonny Perdue", title="Bộ trưởng Nông nghiệp", org="Mỹ"),
  S("nông nghiệp", "A", codes=["A"], at="mở rộng khả năng"),
  O("đại diện của Ủy ban Nông nghiệp của Hạ viện Mỹ Rick Crawford", "Rick Crawford", title="đại diện",
    org="Ủy ban Nông nghiệp của Hạ viện Mỹ", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="xuất khẩu các sản phẩm", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="bán các sản phẩm", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="trở ngại cho các nhà sản xuất"),
  O("Chủ tịch của “Engage Cuba” James William", "James William", title="Chủ tịch", org="Engage Cuba"),
  S("nông nghiệp", "A", codes=["A"], at="cơ hội đáng kể"),
  S("nông nghiệp", "A", codes=["A"], at="bối cảnh ngành"),
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống", org=None),
  S("nông nghiệp", "A", codes=["A"], at="nhiều tổ chức", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="đặc biệt là hợp tác"))
