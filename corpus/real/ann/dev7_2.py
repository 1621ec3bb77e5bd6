# dev7 annotator 2: k0091-k0180, ka06-ka10
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
CN = ["C26", "J61", "J62", "J63"]

X("k0091",
  P("61%", None))
X("k0092",
  S("du lịch", None, codes=DL))
X("k0093")
X("k0094",
  O("Phó Giám đốc Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội Bùi Duy Quang", "Bùi Duy Quang",
    title="Phó Giám đốc", org="Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội"),
  P("20% - 30%", "+", per="2 tuần đầu", cmp="so với trước thời điểm triển khai"))
X("k0095",
  O("Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng", org="Bộ Công Thương"))
X("k0096",
  D("Văn bản số 6637/VPCP-KTN", "Công văn", "6637/VPCP-KTN", date="2013-08-12"))
X("k0097")
X("k0098",
  S("Ngân hàng", "K64", codes=["K64"]))
X("k0099")
X("k0100",
  P("44,64%", None),
  P("29,05%", None))
X("k0101",
  O("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nghệ An ông Phạm Hồng Quang", "Phạm Hồng Quang", hon="ông",
    title="Giám đốc", org="Sở Kế hoạch và Đầu tư tỉnh Nghệ An"),
  P("9,01%", "+", per="năm 2024"))
X("k0102")
X("k0103")
X("k0104",
  S("quảng cáo", "M73", codes=["M73"], opt=True))
X("k0105",
  S("công nghiệp", None, codes=DCCN, opt=True),
  S("công nghiệp hỗ trợ", "C", codes=["C"], at="công nghiệp hỗ trợ", opt=True),
  P("100%", None))
X("k0106",
  D("2 Quyết định", "Quyết định", None, iss="Thủ tướng Chính phủ", opt=True))
X("k0107",
  P("45%", None, per="từ năm 2022 trở đi", ps="2022-01-01", pe=None),
  P("2%", "+", per="từ năm 2022 trở đi", ps="2022-01-01", pe=None),
  P("75%", None, per="từ năm 2022 trở đi", ps="2022-01-01", pe=None))
X("k0108",
  P("từ 1,8% đến 2%", None, per="từ đầu năm 2022", ps="2022-01-01", pe=None))
X("k0109",
  P("73%", None, per="tính đến thời điểm này"),
  P("77%", None))
X("k0110")
X("k0111",
  P("2,9%", "+", cmp="so với tháng trước"),
  P("16,4%", "+", cmp="so với cùng kỳ năm 2024"))
X("k0112",
  P("2,9%", "-", per="năm 2023", cmp="so với năm 2022"))
X("k0113",
  P("20%", "+", per="năm 2025", cmp="so với cùng kỳ"),
  P("21%", "+", per="năm 2025", cmp="so với cùng kỳ"),
  S("CNTT", "J", codes=["J62", "J63"]))
X("k0114")
X("k0115")
X("k0116",
  D("Nghị quyết số 45", "Nghị quyết", "45", iss=None),
  P("13%", "+", per="giai đoạn 2018-2025"),
  P("12,6%", "+", per="đến nay"),
  P("44%-45%", None),
  P("43,26%", None, per="đến nay"))
X("k0117",
  D("Hiệp định giữa hai Chính phủ", "Hiệp định", None, iss=None, opt=True))
X("k0118")
X("k0119")
X("k0120",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("12,6%", "+", sec="G47", per="quý 1/2023", cmp="so với cùng kỳ năm trước"))
X("k0121",
  S("chế biến", "C10", codes=["C10"], opt=True),
  S("nhà hàng", "I56", codes=["I56"], opt=True))
X("k0122",
  D("Luật Địa chất khoáng sản năm 2024", "Luật", None, iss=None))
X("k0123")
X("k0124",
  S("thủy sản khai thác", "A03", codes=["A03"]),
  P("1,6%", "+", sec="A03", per="tháng 7/2023"))
X("k0125",
  O("ông Per Hornung Pedersen, Chủ tịch kiêm Tổng Giám đốc điều hành Tập đoàn PNE", "Per Hornung Pedersen", hon="ông",
    title="Chủ tịch kiêm Tổng Giám đốc điều hành", org="Tập đoàn PNE"))
X("k0126",
  S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True))
X("k0127",
  S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True),
  S("bán lẻ xăng dầu", "G47", codes=["G47"], opt=True),
  S("bán lẻ xăng dầu", "G47", codes=["G47"], occ=1, opt=True))
X("k0128",
  P("96,4%", None),
  P("2,2%", None),
  P("1,4%", None))
X("k0129")
X("k0130",
  P("30-50%", None),
  S("da giày", "C15", codes=["C15"]),
  P("70%", None, sec="C15"),
  P("35%", "-", sec="C15"),
  P("13%", "-", sec="C15"))
X("k0131")
X("k0132",
  S("bảo hiểm", "K65", codes=["K65"], opt=True))
X("k0133",
  P("26,6%", "+"),
  P("25,8%", "+"),
  P("13,6%", "+"))
X("k0134")
X("k0135",
  O("Giám đốc Hội đồng Kinh tế Quốc gia Mỹ (NEC) Kevin Hassett", "Kevin Hassett", title="Giám đốc",
    org="Hội đồng Kinh tế Quốc gia Mỹ"))
X("k0136",
  D("Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật", None, iss=None))
X("k0137",
  D("Luật Việc làm năm 2013", "Luật", None, iss=None),
  D("Nghị định số 61/2015/NĐ-CP", "Nghị định", "61/2015/NĐ-CP"))
X("k0138",
  P("94,1%", None),
  D("Nghị quyết số 43", "Nghị quyết", "43", iss=None))
X("k0139",
  S("bất động sản công nghiệp", "L68", codes=["L68"]))
X("k0140",
  D("Luật Thuế giá trị gia tăng", "Luật", None, iss=None),
  S("chế tác vàng, đá quý", "C32", codes=["C32"], opt=True))
X("k0141",
  P("5%", "+", per="năm 2023"),
  D("Thông tư 28/2021", "Thông tư", "28/2021", iss=None))
X("k0142")
X("k0143",
  S("thủy sản", None, codes=["A03", "C10"]))
X("k0144")
X("k0145",
  P("50-55%", None, per="năm 2035"),
  P("65-70%", None, per="sau năm 2035", ps=None, pe=None),
  S("vận tải hành khách công cộng", "H49", codes=["H49"], opt=True),
  S("vận tải giao thông công cộng", "H49", codes=["H49"], opt=True))
X("k0146",
  P("88%", None),
  S("ngân hàng", "K64", codes=["K64"], opt=True))
X("k0147",
  S("Điện hạt nhân", "D35", codes=["D35"], opt=True),
  P("30%", None))
X("k0148",
  S("công nghiệp bán dẫn", "C26", codes=["C26"]))
X("k0149",
  P("72,6%", None))
X("k0150",
  D("Nghị quyết số 106/2023/QH15", "Nghị quyết", "106/2023/QH15", date="2023-11-28"))
X("k0151",
  S("công nghiệp công nghệ số", None, codes=CN),
  S("công nghiệp công nghệ số", None, codes=CN, occ=1, opt=True),
  D("Nghị quyết số 57", "Nghị quyết", "57", iss="Đảng"),
  O("đại biểu Hương", "Hương", title="đại biểu"))
X("k0152",
  D("dự thảo Quyết định của Thủ tướng Chính phủ", "Quyết định", None, iss="Thủ tướng Chính phủ", opt=True))
X("k0153",
  P("30%", None))
X("k0154",
  O("Phó Đại sứ Vương quốc Anh tại Việt Nam Marcus Winsley", "Marcus Winsley", title="Phó Đại sứ",
    org="Vương quốc Anh"))
X("k0155")
X("k0156",
  D("Nghị định 44 (2014)", "Nghị định", "44/2014", iss="Chính phủ"),
  D("Thông tư 36/2014/TNMT", "Thông tư", "36/2014/TNMT", iss="Bộ Tài nguyên và Môi trường"),
  S("bất động sản nhà ở", "L68", codes=["L68"], opt=True))
X("k0157",
  S("dịch vụ", None, codes=DV, opt=True))
X("k0158",
  S("năng lượng - dầu khí", None, codes=["B06", "D35"]))
X("k0159")
X("k0160",
  D("Quyết định nâng lương thăng cấp bậc hàm", "Quyết định", None, iss=None, opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng", opt=True))
X("k0161",
  O("Phó Chủ tịch Thường trực UBND tỉnh Hà Sỹ Đồng", "Hà Sỹ Đồng", title="Phó Chủ tịch Thường trực", org="UBND tỉnh"))
X("k0162",
  O("bà Nguyễn Vũ Quỳnh Anh, Tổng Giám đốc Khối Nghỉ dưỡng và Vui chơi giải trí của Tập đoàn Sun Group",
    "Nguyễn Vũ Quỳnh Anh", hon="bà", title="Tổng Giám đốc",
    org="Khối Nghỉ dưỡng và Vui chơi giải trí của Tập đoàn Sun Group"))
X("k0163",
  S("bất động sản", "L68", codes=["L68"]),
  S("bất động sản", "L68", codes=["L68"], occ=1))
X("k0164",
  O("Chủ tịch Hiệp hội Xây dựng và vật liệu xây dựng TP.HCM Lê Viết Hải", "Lê Viết Hải", title="Chủ tịch",
    org="Hiệp hội Xây dựng và vật liệu xây dựng TP.HCM"),
  S("bất động sản", "L68", codes=["L68"]),
  S("xây dựng", "F", codes=["F"], at="ngành xây dựng"),
  S("vật liệu", "C23", codes=["C23"], at="vật liệu, quản lý", opt=True),
  S("quản lý dự án", "M71", codes=["M71"], opt=True),
  S("vận chuyển", "H", codes=["H"], opt=True),
  S("bảo hiểm", "K65", codes=["K65"]))
X("k0165",
  S("lắp ráp và thử nghiệm thiết bị bán dẫn", "C26", codes=["C26"], opt=True))
X("k0166",
  P("9,28%", "-"),
  S("dịch vụ", None, codes=DV))
X("k0167",
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp", opt=True))
X("k0168")
X("k0169")
X("k0170",
  O("ông David Wehner, phụ trách tài chính của Facebook", "David Wehner", hon="ông", title="phụ trách tài chính",
    org="Facebook"),
  P("từ 40% đến 50%", "+", cmp="so với năm ngoái"))
X("k0171",
  S("logistics", "H52", codes=["H52"]),
  P("16,8%", None, q="khoảng", sec="H52"),
  P("12%", None, sec="H52"))
X("k0172",
  O("Chủ tịch Stephen Miran của CEA", "Stephen Miran", title="Chủ tịch", org="CEA"))
X("k0173",
  D("Luật Thuế giá trị gia tăng (VAT) số 48/2024/QH15", "Luật", "48/2024/QH15"),
  P("5%", None, per="từ tháng 7/2025", ps="2025-07-01", pe=None))
X("k0174",
  O("Tổng thống Lula da Silva", "Lula da Silva", title="Tổng thống"),
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư"),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  O("Chủ tịch Quốc hội Trần Thanh Mẫn", "Trần Thanh Mẫn", title="Chủ tịch", org="Quốc hội"))
X("k0175",
  P("3,28%", "+"),
  P("0,12 điểm phần trăm", "+"),
  P("0,48%", "+"),
  P("0,1 điểm phần trăm", "+"),
  P("0,47%", "+"),
  P("0,04 điểm phần trăm", "+"))
X("k0176")
X("k0177",
  P("8%", "+", per="cả năm 2025", ps="2025-01-01", pe="2025-12-31"),
  S("điện hạt nhân", "D35", codes=["D35"], opt=True))
X("k0178",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("k0179",
  D("Luật Điện lực", "Luật", None, iss=None, opt=True),
  D("Luật thuế Giá trị gia tăng", "Luật", None, iss=None, opt=True))
X("k0180",
  P("60%", "-", q="hơn"))
ART("ka06",
  P("64%", None),
  P("56%", None),
  P("86%", None),
  P("70%", None),
  P("55%", None),
  P("52%", None),
  P("100%", None),
  P("83%", None),
  P("30%", None),
  P("14%", None),
  P("48%", None),
  P("45%", None),
  P("17%", None),
  P("0%", None),
  P("75%", None),
  P("62%", None),
  P("38%", None),
  P("25%", None),
  P("54%", None),
  P("46%", None))
ART("ka07",
  # [1]
  O("Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng Trần Văn Lâu", "Trần Văn Lâu", title="Chủ tịch",
    org="Ủy ban nhân dân tỉnh Sóc Trăng",
    mentions=["Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Lâu", "ông Trần Văn Lâu"]),
  S("khai thác cát", "B08", codes=["B08"]),
  # [3]
  P("40%", None, per="Đến nay"),
  # [7]
  S("khai thác cát biển", "B08", codes=["B08"], at="hoạt động khai thác cát biển"),
  S("khai thác cát biển", "B08", codes=["B08"], at="Đơn vị khai thác cát biển", opt=True),
  S("khai thác cát biển", "B08", codes=["B08"], at="cho khai thác cát biển", opt=True),
  # [8]
  S("khai thác mỏ cát", "B08", codes=["B08"], opt=True),
  S("khai thác cát", "B08", codes=["B08"], at="việc khai thác cát đúng", opt=True))
ART("ka08",
  O("Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo", "Han Min-koo", title="Bộ trưởng Quốc phòng", org="Hàn Quốc",
    mentions=["Bộ trưởng Han", "ông Han"]),
  O("Bộ trưởng Quốc phòng Marise Payne của Australia", "Marise Payne", title="Bộ trưởng Quốc phòng", org="Australia"),
  O("Bộ trưởng Quốc phòng Ryamizard Ryacudu của Indonesia", "Ryamizard Ryacudu", title="Bộ trưởng Quốc phòng",
    org="Indonesia"),
  D("các nghị quyết trừng phạt của Hội đồng Bảo an Liên hợp quốc", "Nghị quyết", None,
    iss="Hội đồng Bảo an Liên hợp quốc", opt=True),
  S("công nghiệp quốc phòng", "C", codes=["C25", "C30"]))
ART("ka09",
  # [1]
  S("sản xuất điện", "D35", codes=["D35"]),
  # [2]
  P("4,21%", "+", per="11 tháng năm 2021", cmp="so với cùng kỳ năm 2020"),
  D("kế hoạch được Bộ Công Thương phê duyệt", "Kế hoạch", None, iss="Bộ Công Thương", opt=True),
  # [5]
  P("80,04%", None, per="đến tháng 11/2021", cmp="so với tổng khối lượng hợp đồng năm 2021", ps=None,
    pe="2021-11-30"),
  # [6]
  P("88,69%", None, per="đến hết năm 2021", ps=None, pe="2021-12-31"),
  # [7]
  P("84,24%", None),
  P("77,56%", None),
  P("54,22%", None),
  P("92,74%", None),
  # [9]
  S("sản xuất điện", "D35", codes=["D35"], at="than cho sản xuất điện năm 2022"),
  # [11]
  S("sản xuất điện", "D35", codes=["D35"], at="nhu cầu than cho sản xuất điện"),
  # [12]
  S("cung cấp điện", "D35", codes=["D35"], opt=True),
  S("nhiệt điện than", "D35", codes=["D35"], at="nguồn nhiệt điện than", opt=True),
  S("điện than", "D35", codes=["D35"], at="nguồn điện than", opt=True))
ART("ka10",
  P("58-98%", None),
  P("60 - 98%", None),
  P("60 - 97%", None),
  P("58 - 95%", None),
  P("57 - 95%", None),
  P("60 - 96%", None),
  P("60 - 98%", None, occ=1))
