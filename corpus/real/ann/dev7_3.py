# dev7 annotator 3: k0181-k0270, ka11-ka14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
CN = ["C26", "J61", "J62", "J63"]
TC = ["K64", "K65", "K66"]
IT = ["J62", "J63"]

X("k0181",
  P("35%", None),
  P("2%", None),
  P("5%", None),
  S("chăn nuôi", "A01", codes=["A01"], at="ngành chăn nuôi"),
  S("chăn nuôi", "A01", codes=["A01"], at="người chăn nuôi"))
X("k0182",
  S("kinh tế số", "J", codes=["J"], opt=True),
  P("35–40%", None, q="tối thiểu", per="năm 2030"),
  S("bán dẫn", "C26", codes=["C26"]))
X("k0183",
  D("Quyết định số 79", "Quyết định", "79", iss=None))
X("k0184",
  P("0,06%", "+"))
X("k0185",
  O("Cấn Văn Lực, chuyên gia Kinh tế trưởng BIDV", "Cấn Văn Lực", title="chuyên gia Kinh tế trưởng", org="BIDV"),
  S("bất động sản", "L68", codes=["L68"], at="Thị trường bất động sản"),
  S("bất động sản", "L68", codes=["L68"], at="giao dịch bất động sản", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="dự án bất động sản"))
X("k0186",
  P("4,5%", "+", per="tháng", cmp="so với cùng kỳ năm trước"))
X("k0187",
  S("bất động sản", "L68", codes=["L68"]))
X("k0188",
  P("20%", None))
X("k0189")
X("k0190",
  S("xây dựng nhà", "F41", codes=["F41"], opt=True),
  O("nhà phân tích Ivy Zelman của công ty nghiên cứu Zelman & Associates", "Ivy Zelman", title="nhà phân tích",
    org="Zelman & Associates", opt=True))
X("k0191",
  D("Quyết định kiểm toán", "Quyết định", None, iss=None, opt=True))
X("k0192")
X("k0193",
  S("du lịch", None, codes=DL, occ=0, opt=True),
  S("du lịch", None, codes=DL, occ=1, opt=True),
  S("du lịch", None, codes=DL, occ=2, opt=True),
  S("du lịch", None, codes=DL, occ=3, opt=True),
  S("du lịch", None, codes=DL, occ=4, opt=True))
X("k0194",
  P("11%", None))
X("k0195",
  O("ông Nguyễn Thế Anh, Phó Vụ trưởng Vụ Kiểm soát chi", "Nguyễn Thế Anh", hon="ông",
    title="Phó Vụ trưởng", org="Vụ Kiểm soát chi"))
X("k0196",
  P("6,91%", None))
X("k0197",
  P("55%", None),
  P("25%", None),
  P("19%", None, q="khoảng"))
X("k0198",
  S("phát triển phần mềm", "J62", codes=["J62"], opt=True))
X("k0199",
  S("bất động sản", "L68", codes=["L68"]))
X("k0200",
  S("du lịch", None, codes=DL, opt=True),
  S("hàng không", "H51", codes=["H51"], at="du lịch hàng không", opt=True))
X("k0201",
  O("Phó Thủ tướng Thường trực Nguyễn Hòa Bình", "Nguyễn Hòa Bình", title="Phó Thủ tướng Thường trực"),
  D("Quyết định số 755/QĐ-TTg", "Quyết định", "755/QĐ-TTg"),
  D("Kế hoạch thực hiện", "Kế hoạch", None, iss=None, opt=True),
  D("Kết luận của Bộ Chính trị, Ban Bí thư", "Kết luận", None, iss="Bộ Chính trị, Ban Bí thư", opt=True))
X("k0202")
X("k0203",
  P("15%", None))
X("k0204",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("k0205")
X("k0206")
X("k0207",
  S("chứng khoán", "K66", codes=["K66"], at="nhóm chứng khoán"),
  P("4,14%", "+"),
  S("nhà băng", "K64", codes=["K64"], opt=True))
X("k0208",
  P("5,88%", "+"),
  P("2,35%", "+"))
X("k0209")
X("k0210",
  O("Nguyễn Văn Khôi, Chủ tịch Hiệp hội Bất động sản Việt Nam", "Nguyễn Văn Khôi", title="Chủ tịch",
    org="Hiệp hội Bất động sản Việt Nam"),
  D("Nghị quyết 68", "Nghị quyết", "68", iss=None))
X("k0211",
  S("hàng không", "H51", codes=["H51"], at="thương hiệu hàng không"),
  S("du lịch", None, codes=DL),
  S("hàng không", "H51", codes=["H51"], at="hàng không Việt Nam an toàn"))
X("k0212",
  S("xăng dầu", "G47", codes=["G47"], at="cửa hàng xăng dầu", opt=True),
  P("7,8%", None, per="đến nay"))
X("k0213",
  S("du lịch", None, codes=DL))
X("k0214")
X("k0215",
  P("1,5%", "+", q="khoảng", per="năm 2026"))
X("k0216",
  P("76%", None, q="hơn", per="giai đoạn 2021–2024", ps="2021-01-01", pe="2024-12-31"))
X("k0217",
  D("Luật Thương mại điện tử", "Luật", None, iss=None, opt=True))
X("k0218")
X("k0219",
  O("ông Đoàn Văn Phương, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Tiền Giang", "Đoàn Văn Phương", hon="ông",
    title="Giám đốc", org="Sở Nông nghiệp và Môi trường tỉnh Tiền Giang"),
  S("giao thông", "H", codes=["H"], at="dự án giao thông", opt=True))
X("k0220",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("k0221")
X("k0222")
X("k0223",
  D("Nghị quyết 57-NQ/TW", "Nghị quyết", "57-NQ/TW", iss="Bộ Chính trị"))
X("k0224",
  P("90%", "-"))
X("k0225")
X("k0226",
  S("mua sắm trực tuyến", "G47", codes=["G47"], opt=True))
X("k0227",
  O("Ông Trần Quang Lâm, Giám đốc Sở Giao thông Vận tải TP.", "Trần Quang Lâm", hon="ông", title="Giám đốc",
    org="Sở Giao thông Vận tải TP."))
X("k0228",
  S("thương mai điện tử", "G47", codes=["G47"], opt=True))
X("k0229",
  P("54%", "+", q="hơn"))
X("k0230",
  S("nhà bán lẻ", "G47", codes=["G47"], opt=True))
X("k0231")
X("k0232")
X("k0233",
  P("20,2%", "+", cmp="so với cùng kỳ"),
  P("8,5%", "+", cmp="so với cùng kỳ"),
  P("30,6%", "+", cmp="so với cùng kỳ"))
X("k0234",
  S("thủy sản", "A03", codes=["A03"]),
  P("102,4%", None, sec="A03", per="cả năm 2023", ps="2023-01-01", pe="2023-12-31", cmp="So với chỉ tiêu kế hoạch cả năm 2023"),
  S("khai thác", "A03", codes=["A03"], at="sản lượng khai thác", opt=True),
  P("4,9%", "+", sec="A03", per="cả năm 2023", ps="2023-01-01", pe="2023-12-31", cmp="So với chỉ tiêu kế hoạch cả năm 2023"),
  S("nuôi trồng", "A03", codes=["A03"], opt=True),
  P("100,7%", None, sec="A03", per="cả năm 2023", ps="2023-01-01", pe="2023-12-31", cmp="So với chỉ tiêu kế hoạch cả năm 2023"))
X("k0235",
  S("bất động sản", "L68", codes=["L68"]))
X("k0236")
X("k0237",
  S("sản xuất phân lân nung chảy và phân bón NPK", "C20", codes=["C20"], opt=True))
X("k0238",
  S("kinh doanh vận tải", "H49", codes=["H49"], opt=True),
  D("Nghị quyết số 66/NQ-CP", "Nghị quyết", "66/NQ-CP", date="2021-07-01"))
X("k0239",
  D("quyết định", "Quyết định", None, iss="Chủ tịch UBND tỉnh", opt=True))
X("k0240")
X("k0241",
  P("23%", "-", per="phiên giao dịch ngày 29/10"))
X("k0242",
  S("quảng cáo kỹ thuật số", "M73", codes=["M73"]))
X("k0243",
  S("nông nghiệp", "A", codes=["A"], at="phát triển nông nghiệp"),
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp"))
X("k0244",
  P("23%", "+", q="khoảng", per="từ đầu năm"),
  S("tài chính", "K", codes=TC, at="thị trường tài chính", opt=True))
X("k0245",
  S("công nghệ", None, codes=CN, at="ngành công nghệ"))
X("k0246",
  P("30%", None),
  P("1%", None),
  P("14%", None),
  P("0%", None, q="xấp xỉ"))
X("k0247")
X("k0248")
X("k0249",
  P("60%", None, q="khoảng"))
X("k0250",
  P("214%", "+", per="năm 2024", cmp="so với năm 2023"))
X("k0251")
X("k0252",
  P("80%", None))
X("k0253",
  P("16,2%", "-"))
X("k0254")
X("k0255",
  S("kho hàng", "H52", codes=["H52"]))
X("k0256",
  S("công nghiệp", None, codes=DCCN, opt=True))
X("k0257",
  P("21%", None),
  S("F&B", None, codes=["C10", "C11", "I56"], opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"]))
X("k0258")
X("k0259")
X("k0260",
  S("du lịch", None, codes=DL, opt=True))
X("k0261")
X("k0262",
  S("công nghệ", None, codes=CN, opt=True))
X("k0263",
  D("kế hoạch giám sát", "Kế hoạch", None, iss=None, opt=True))
X("k0264",
  D("quyết định", "Quyết định", None, iss=None, opt=True),
  S("hàng không", "H51", codes=["H51"], at="các hãng hàng không", opt=True),
  S("hàng không", "H51", codes=["H51"], at="ngành hàng không"),
  S("hàng không", "H51", codes=["H51"], at="đường hàng không", opt=True))
X("k0265")
X("k0266",
  S("công nghiệp", None, codes=DCCN),
  P("7,9%", "+"),
  S("thiết bị điện tử", "C26", codes=["C26"], opt=True))
X("k0267",
  P("67%", "-", per="từ khi đại dịch Covid-19"))
X("k0268",
  S("quốc phòng", "C", codes=["C25", "C30"], at="công ty quốc phòng", opt=True))
X("k0269",
  P("125%", None),
  P("145%", None))
X("k0270",
  O("Phó Thống đốc Thường trực Ngân hàng Nhà nước Đào Minh Tú", "Đào Minh Tú", title="Phó Thống đốc Thường trực",
    org="Ngân hàng Nhà nước"))

ART("ka11",
  P("1,0%", "-", per="từ 1/11/2022 đến hết 31/12/2022", ps="2022-11-01", pe="2022-12-31"),
  P("0,5%", "-", per="từ 1/5/2023 đến hết 31/7/2023", ps="2023-05-01", pe="2023-07-31"),
  S("Ngân hàng Bán lẻ", "K64", codes=["K64"], opt=True),
  S("Ngân hàng", "K64", codes=["K64"], at="Giải thưởng Ngân hàng", opt=True),
  S("tài chính", "K", codes=TC, at="lĩnh vực tài chính, ngân hàng"),
  S("ngân hàng", "K64", codes=["K64"], at="ngân hàng, fintech"),
  S("fintech", None, codes=["K66", "J62"], opt=True),
  S("tài chính - ngân hàng", "K", codes=TC),
  S("công nghệ thông tin", "J", codes=IT),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
ART("ka12",
  S("CNTT", "J", codes=IT, at="sự kiện CNTT"),
  S("viễn thông", "J61", codes=["J61"], at="CNTT và viễn thông"),
  O("ông Nguyễn Hồng Thắng - Phó Giám đốc VNNIC", "Nguyễn Hồng Thắng", hon="ông", title="Phó Giám đốc", org="VNNIC"),
  S("Internet", "J", codes=["J61", "J63"], at="khi Internet Việt Nam", opt=True),
  S("CNTT", "J", codes=IT, at="lĩnh vực CNTT"),
  S("Internet", "J", codes=["J61", "J63"], at="CNTT và Internet", opt=True),
  S("Internet", "J", codes=["J61", "J63"], at="doanh nghiệp Internet", opt=True))
ART("ka13",
  P("4,5%", "-", per="từ ngày 1/7/2021", ps="2021-07-01", pe=None),
  P("6,5%", None, q="tối thiểu"),
  S("nông, lâm, thủy hải sản", "A", codes=["A01", "A02", "A03"]),
  S("nghề muối", "B08", codes=["B08"]),
  S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp sạch", "A", codes=["A"]),
  P("2%", None, cmp="so với lãi suất cho vay thông thường"),
  S("dịch vụ ngân hàng số", "K64", codes=["K64"], opt=True))
ART("ka14",
  P("56-97%", None),
  P("53-96%", None),
  P("51-92%", None))
