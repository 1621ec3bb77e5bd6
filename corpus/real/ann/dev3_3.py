# dev3 annotations, annotator 3: g0201-g0300, ga09-ga12
X("g0201",
  P("70%", None))
X("g0202")
X("g0203")
X("g0204",
  S("bất động sản", "L68", codes=["L68"]))
X("g0205",
  S("khai thác dầu khí", "B06", codes=["B06"]))
X("g0206")
X("g0207",
  P("13%", None))
X("g0208",
  P("522%", None),
  S("chế tạo xe hơi", "C29", codes=["C29"], opt=True),
  S("xây dựng", "F", codes=["F"], opt=True))
X("g0209")
X("g0210")
X("g0211")
X("g0212",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("g0213",
  P("5%", None))
X("g0214")
X("g0215",
  S("thép", "C24", codes=["C24"]))
X("g0216")
X("g0217",
  P("15-18%", None),
  P("37%", None))
X("g0218")
X("g0219",
  P("56,1%", None),
  P("48,5%", "+", cmp="so với cùng kỳ"))
X("g0220",
  S("bất động sản", "L68", codes=["L68"]))
X("g0221",
  O("Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti, Đặc phái viên của Tổng Thư ký Liên hợp quốc về tài chính toàn "
    "diện cho phát triển", "Máxima Zorreguieta Cerruti", pre="Hoàng hậu", title="Đặc phái viên",
    org="Liên hợp quốc"),
  O("Phó Thủ tướng Vương Đình Huệ", "Vương Đình Huệ", title="Phó Thủ tướng"))
X("g0222",
  D("Quyết định", "Quyết định", None, iss=None, opt=True))
X("g0223",
  O("Phó chủ nhiệm Ủy ban Tài chính - Ngân sách Nguyễn Hữu Toàn", "Nguyễn Hữu Toàn", title="Phó chủ nhiệm",
    org="Ủy ban Tài chính - Ngân sách"),
  P("80%", None),
  D("tờ trình", "Tờ trình", None, iss="Chính phủ", opt=True))
X("g0224",
  D("kế hoạch 2012-2025", "Kế hoạch", None, iss=None, opt=True))
X("g0225",
  D("Luật Giáo dục", "Luật", None, iss=None),
  D("Luật Giáo dục đại học", "Luật", None, iss=None))
X("g0226",
  S("cơ khí", "C", codes=["C25", "C28"]),
  S("xây dựng", "F", codes=["F"]),
  S("giao thông", "H", codes=["H"], opt=True),
  S("thủy lợi", "F42", codes=["F42"], opt=True),
  S("dầu khí", "B06", codes=["B06"]),
  S("kinh tế biển", None, opt=True),
  S("đóng tàu", "C30", codes=["C30"]),
  S("ôtô", "C29", codes=["C29"], opt=True),
  S("xe máy", "C30", codes=["C30"], opt=True),
  S("cơ khí", "C", codes=["C25", "C28"], at="sản phẩm cơ khí", opt=True))
X("g0227",
  D("Hiệp định Paris", "Hiệp định", None, iss=None))
X("g0228",
  D("Công văn số 3434/TCT-DNNCN", "Công văn", "3434/TCT-DNNCN"),
  S("thương mại điện tử", "G47", codes=["G47"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1, opt=True))
X("g0229",
  S("dầu khí", "B06", codes=["B06"]),
  S("thăm dò – khai thác", "B06", codes=["B06"]),
  S("dịch vụ kỹ thuật", "B09", codes=["B09"], opt=True))
X("g0230",
  S("đồ uống có cồn", "C11", codes=["C11"]))
X("g0231")
X("g0232",
  O("Thứ trưởng Đỗ Thẳng Hải", "Đỗ Thẳng Hải", title="Thứ trưởng"),
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("g0233",
  S("chăn nuôi", "A01", codes=["A01"]),
  S("thuỷ sản", "A03", codes=["A03"]))
X("g0234",
  S("du lịch", None, codes=["I55", "N79"]))
X("g0235",
  D("Nghị định 163/2006", "Nghị định", "163/2006"))
X("g0236",
  S("công nghiệp dược", "C21", codes=["C21"]))
X("g0237",
  P("19,4%", "-", cmp="So với cùng kỳ năm ngoái"),
  P("10,3%", "+", cmp="So với cùng kỳ năm ngoái"))
X("g0238")
X("g0239")
X("g0240",
  S("hàng không", "H51", codes=["H51"], opt=True),
  P("83%", None, sec="H51"),
  S("hàng không", "H51", codes=["H51"], occ=1))
X("g0241")
X("g0242",
  S("tài chính", "K", at="trung tâm tài chính", opt=True),
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True))
X("g0243")
X("g0244",
  P("85%", None, per="Tính đến ngày 7/7"))
X("g0245",
  P("20%", None, q="trên"))
X("g0246",
  O("ông Trần Nguyễn Hoàng Phú, Phó Tổng Giám đốc Công ty CP Thủy sản Sóc Trăng", "Trần Nguyễn Hoàng Phú",
    hon="ông", title="Phó Tổng Giám đốc", org="Công ty CP Thủy sản Sóc Trăng"),
  S("tôm", "A03", codes=["A03"], at="ngành tôm"))
X("g0247",
  P("từ 35 đến 50%", "-", cmp="so với việc thay thế cả bộ bóng đèn cũ bằng một bóng đèn LED mới"))
X("g0248",
  P("85,71%", None),
  P("36,36 %", None),
  P("78,57%", None))
X("g0249",
  P("3%", "+", cmp="so với kế hoạch"),
  P("99%", None, cmp="so với kế hoạch"))
X("g0250",
  S("máy vi tính, sản phẩm điện tử và linh kiện", "C26", codes=["C26"], opt=True),
  P("38,4%", "+"))
X("g0251",
  D("Hiến pháp Mỹ", "Hiến pháp", None, iss=None, opt=True))
X("g0252",
  S("Hoạt động chuyên môn khoa học, công nghệ", "M", codes=["M"]),
  P("13,6%", None, sec="M"))
X("g0253",
  P("73,2%", None),
  P("91,6%", None, cmp="so với cùng kỳ năm 2022"))
X("g0254",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  D("Công ước của Liên Hợp Quốc về phòng chống tội phạm mạng", "Công ước", None, iss="Liên Hợp Quốc"))
X("g0255")
X("g0256",
  P("50%", None, q="hơn"))
X("g0257",
  S("đường bộ", None, opt=True),
  P("15%", "+"),
  P("29%", "+"))
X("g0258",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("20,56%", "+", sec="G47"),
  S("dịch vụ lưu trú", "I55", codes=["I55"]),
  P("15,92%", "-", sec="I55"),
  S("dịch vụ ăn uống", "I56", codes=["I56"]),
  P("14,09%", "+", sec="I56"),
  S("du lịch lữ hành", "N79", codes=["N79"]),
  P("77,21%", "+", sec="N79"),
  S("dịch vụ khác", None, opt=True),
  P("6,35%", "+"))
X("g0259",
  P("1%", "-", q="hơn"))
X("g0260",
  O("Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương",
    "Võ Văn Thưởng", hon="đồng chí", title="Trưởng Ban", org="Ban Tuyên giáo Trung ương"))
X("g0261")
X("g0262",
  D("Nghị quyết 115", "Nghị quyết", "115"))
X("g0263")
X("g0264",
  O("ông Tang Wang Cheow, Chủ tịch Tập đoàn Food Empire Holdings", "Tang Wang Cheow", hon="ông",
    title="Chủ tịch", org="Tập đoàn Food Empire Holdings"),
  P("25%", "+", cmp="so với dự kiến ban đầu"))
X("g0265",
  D("công văn", "Công văn", None, iss="UBND tỉnh Quảng Bình", opt=True))
X("g0266")
X("g0267",
  D("Hiến pháp", "Hiến pháp", None, iss=None, opt=True))
X("g0268",
  O("ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.Hồ Chí Minh (HoREA)", "Lê Hoàng Châu", hon="ông",
    title="Chủ tịch", org="Hiệp hội Bất động sản TP.Hồ Chí Minh"))
X("g0269",
  O("Chủ tịch Quốc hội Lào Pany Yathotou", "Pany Yathotou", title="Chủ tịch", org="Quốc hội Lào"))
X("g0270",
  P("94,3%", None, per="năm 2024"))
X("g0271",
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True),
  D("Bộ Luật dân sự 2015", "Bộ luật", None, iss=None))
X("g0272",
  O("Phó Chủ tịch Quốc hội Tòng Thị Phóng", "Tòng Thị Phóng", title="Phó Chủ tịch", org="Quốc hội"))
X("g0273",
  S("bán buôn thực phẩm", "G46", codes=["G46"]),
  S("bán buôn thực phẩm chức năng", "G46", codes=["G46"]),
  S("bán lẻ", "G47", codes=["G47"], at="bán lẻ theo phương thức"))
X("g0274",
  P("10%", "+"))
X("g0275")
X("g0276",
  S("khai thác cát", "B08", codes=["B08"], opt=True),
  D("Nghị quyết Trung ương 4", "Nghị quyết", None, iss=None, opt=True))
X("g0277")
X("g0278",
  D("Nghị quyết về xử lý nợ xấu", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("g0279")
X("g0280",
  P("70%", None))
X("g0281")
X("g0282")
X("g0283",
  O("GS-TS Nguyễn Anh Trí - Đại biểu Quốc hội, Viện trưởng Viện Huyết học - Truyền máu Trung ương",
    "Nguyễn Anh Trí", pre="GS-TS", title="Viện trưởng", org="Viện Huyết học - Truyền máu Trung ương"))
X("g0284",
  P("75%", None, per="từ năm 2022 trở đi", ps="2022-01-01", pe=None))
X("g0285",
  S("nhà mạng", "J61", codes=["J61"], opt=True))
X("g0286",
  P("61%", None))
X("g0287",
  P("49%", "+", cmp="so với cùng kỳ năm trước"))
X("g0288",
  D("Hiến pháp", "Hiến pháp", None, iss=None, opt=True))
X("g0289",
  O("Đại biểu Minh Hiền", "Minh Hiền", title="Đại biểu"))
X("g0290")
X("g0291",
  O("Nguyễn Văn Đính, Chủ tịch Vars", "Nguyễn Văn Đính", title="Chủ tịch", org="Vars"))
X("g0292")
X("g0293",
  D("nghị quyết", "Nghị quyết", None, iss="Quốc hội", opt=True),
  D("kế hoạch", "Kế hoạch", None, iss=None, opt=True),
  D("nghị quyết", "Nghị quyết", None, iss="Quốc hội", at="các nghị quyết", opt=True))
X("g0294",
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("g0295")
X("g0296",
  D("Quyết định", "Quyết định", None, iss=None, opt=True))
X("g0297",
  P("20%", None, q="khoảng"))
X("g0298",
  O("Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng", "Hoàng Thanh Tùng", title="Chủ nhiệm", org="Ủy ban Pháp luật"),
  D("Luật Công chứng (sửa đổi)", "Luật", None, iss=None, opt=True))
X("g0299",
  O("Nguyễn Bích Lâm, nguyên Tổng cục trưởng Tổng cục Thống kê", "Nguyễn Bích Lâm", title="Tổng cục trưởng",
    org="Tổng cục Thống kê", former=True))
X("g0300",
  S("du lịch", None, codes=["I55", "N79"], opt=True),
  S("du lịch", None, codes=["I55", "N79"], occ=1, opt=True))
ART("ga09",
  D("Luật", "Luật", None, iss=None, at="việc xây dựng Luật", opt=True),
  P("72%", None, q="gần", per="Tính đến tháng 12/2022", ps=None, pe="2022-12-31"),
  P("6%", "+", per="năm 1995"),
  P("19%", "+", per="năm 2005"),
  P("50%", None, per="năm 2015"),
  P("55%", None, q="trên", per="từ năm 2016 đến nay", ps="2016-01-01", pe=None),
  P("12,7%", None, per="giai đoạn 2011-2015"),
  P("11,7%", None, per="giai đoạn 2016-2020"),
  P("8,3%", None))
ART("ga10",
  O("Chánh thanh tra tỉnh Cà Mau Huỳnh Quốc Hoàng", "Huỳnh Quốc Hoàng", title="Chánh thanh tra",
    org="Thanh tra tỉnh Cà Mau", mentions=["Huỳnh Quốc Hoàng", "ông Hoàng"]),
  O("Giám đốc Sở nội vụ Cà Mau Lê Minh Ý", "Lê Minh Ý", title="Giám đốc", org="Sở nội vụ Cà Mau"))
ART("ga11",
  O("ông Phan Văn Mãi, Chủ tịch Ủy ban nhân dân thành phố", "Phan Văn Mãi", hon="ông", title="Chủ tịch",
    org="Ủy ban nhân dân thành phố"),
  D("Luật Giáo dục", "Luật", None, iss=None),
  D("Nghị định 81", "Nghị định", "81"),
  S("giáo dục", "P85", codes=["P85"], at="tài trợ cho giáo dục", opt=True),
  S("giáo dục", "P85", codes=["P85"], at="tài trợ cho giáo dục", at_occ=1, opt=True))
ART("ga12",
  P("100%", None),
  S("ngành y", "Q86", codes=["Q86"], opt=True))
