# dev5 annotator 3: i0181-i0270, ia11-ia14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = ["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]

X("i0181")
X("i0182",
  O("Đại tướng Ngô Xuân Lịch", "Ngô Xuân Lịch", title="Đại tướng"))
X("i0183",
  S("đồ uống", "C11", codes=["C11"]),
  O("ông Nguyễn Văn Việt, Chủ tịch Hiệp hội Bia – Rượu – Nước Giải khát Việt Nam", "Nguyễn Văn Việt", hon="ông",
    title="Chủ tịch", org="Hiệp hội Bia – Rượu – Nước Giải khát Việt Nam"),
  S("bao bì", "C", codes=["C17", "C22"]),
  S("nhựa – cao su", "C22", codes=["C22"]))
X("i0184",
  O("Trưởng Ban đô thị HĐND TP Hà Nội Nguyễn Nguyên Quân", "Nguyễn Nguyên Quân", title="Trưởng Ban",
    org="Ban đô thị HĐND TP Hà Nội"))
X("i0185",
  O("Chủ tịch Quốc hội Lào Pany Yathotou", "Pany Yathotou", title="Chủ tịch", org="Quốc hội Lào"),
  O("Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith", "Bounnhang Vorachith", title="Tổng Bí thư, Chủ tịch nước",
    org="Lào"),
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"))
X("i0186",
  S("nông nghiệp sinh thái", "A", codes=["A"]))
X("i0187",
  O("Vụ trưởng Vụ Giáo dục Đại học, Bộ Giáo dục Đào tạo Nguyễn Thu Thủy", "Nguyễn Thu Thủy", title="Vụ trưởng",
    org="Vụ Giáo dục Đại học, Bộ Giáo dục Đào tạo"))
X("i0188",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))
X("i0189",
  O("Chủ tịch kiêm Tổng giám đốc VNG Lê Hồng Minh", "Lê Hồng Minh", title="Chủ tịch kiêm Tổng giám đốc", org="VNG"),
  O("Phó chủ tịch sàn chứng khoán Nasdaq Bob McCooey", "Bob McCooey", title="Phó chủ tịch",
    org="sàn chứng khoán Nasdaq"))
X("i0190",
  P("14,9%", "-", per="11 tháng năm 2022", cmp="so với cùng kỳ năm 2021"),
  P("3,9%", "+", per="11 tháng năm 2022", cmp="so với cùng kỳ năm 2021"))
X("i0191",
  O("Bộ trưởng Nguyễn Xuân Cường", "Nguyễn Xuân Cường", title="Bộ trưởng"))
X("i0192")
X("i0193")
X("i0194",
  P("1,3%", None))
X("i0195",
  S("công nghiệp", None, codes=DCCN))
X("i0196",
  P("0%", None))
X("i0197")
X("i0198",
  O("Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên", title="Bộ trưởng"))
X("i0199",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))
X("i0200",
  P("4,5%", "+"))
X("i0201",
  D("Nghị quyết số 59-NQ/TW", "Nghị quyết", "59-NQ/TW", iss="Bộ Chính trị", date="2025-01-24"))
X("i0202",
  O("chuyên gia nghiên cứu cấp cao Kwak Gil-sub của Viện An ninh Quốc gia của Hàn Quốc", "Kwak Gil-sub",
    title="chuyên gia nghiên cứu cấp cao", org="Viện An ninh Quốc gia của Hàn Quốc", opt=True),
  O("Chủ tịch Kim Jong-un", "Kim Jong-un", title="Chủ tịch"))
X("i0203",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("i0204",
  D("Nghị định 16/2022/NĐ-CP", "Nghị định", "16/2022/NĐ-CP"),
  S("xây dựng", "F", codes=["F"], opt=True))
X("i0205")
X("i0206",
  P("99%", None, q="trên"))
X("i0207")
X("i0208",
  S("bán lẻ", "G47", codes=["G47"]),
  S("chăm sóc sức khỏe", "Q86", codes=["Q86"], opt=True),
  S("bán lẻ", "G47", codes=["G47"], occ=1, opt=True))
X("i0209",
  S("công ty chứng khoán", "K66", codes=["K66"], at="hoạt động công ty chứng khoán", opt=True))
X("i0210",
  D("Kế hoạch số 68/KH-UBND", "Kế hoạch", "68/KH-UBND", iss="Ủy ban nhân dân", date="2023-03-03"),
  D("Đề án đầu tư, xây dựng 5 huyện", "Đề án", None, iss=None, opt=True))
X("i0211",
  O("ông Trần Ngọc Cường, Hiệu trưởng Trường Cao đẳng nghề Thành phố Hồ Chí Minh", "Trần Ngọc Cường", hon="ông",
    title="Hiệu trưởng", org="Trường Cao đẳng nghề Thành phố Hồ Chí Minh"),
  P("30%", None))
X("i0212")
X("i0213",
  P("90%", None, q="hơn"))
X("i0214",
  D("Luật Bảo hiểm xã hội năm 2024", "Luật", None, iss=None))
X("i0215",
  S("dịch vụ hàng không", "H51", codes=["H51"]),
  S("khai thác dầu khí", "B06", codes=["B06"]),
  S("lọc hóa dầu", "C19", codes=["C19", "C20"], opt=True))
X("i0216",
  S("nông nghiệp", "A", codes=["A"]))
X("i0217")
X("i0218")
X("i0219",
  S("sản xuất công nghiệp", None, codes=DCCN))
X("i0220",
  S("bất động sản", "L68", codes=["L68"]))
X("i0221",
  P("2,2%", None),
  P("2,6%", None),
  P("5,1%", None))
X("i0222",
  D("Bộ luật Hình sự", "Bộ luật", None, iss=None))
X("i0223",
  P("60%", None, per="9h sáng nay (28/6)"))
X("i0224",
  O("Marco Limena, Giám đốc điều hành của công ty tư vấn Board International", "Marco Limena",
    title="Giám đốc điều hành", org="Board International"),
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("i0225",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("i0226",
  S("logistics", "H52", codes=["H52"]),
  P("60%", None),
  S("vận tải", "H", codes=["H49", "H50", "H51"], opt=True),
  P("21%", None),
  S("kho bãi", "H52", codes=["H52"], opt=True),
  P("12%", None))
X("i0227",
  P("6,9%", "+", per="quý 1 năm 2025", cmp="so với cùng kỳ năm trước"))
X("i0228",
  O("Cựu Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI", former=True,
    mentions=["ông Comey", "cựu Giám đốc FBI"]))
X("i0229",
  O("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường", "Nguyễn Xuân Cường", title="Bộ trưởng",
    org="Bộ Nông nghiệp và Phát triển nông thôn"),
  S("chế biến", "C10", codes=["C10"], opt=True),
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp"))
X("i0230",
  P("11%", None))
X("i0231",
  D("Nghị định 67", "Nghị định", "67", iss=None),
  O("Thứ trưởng Vũ Văn Tám", "Vũ Văn Tám", title="Thứ trưởng"))
X("i0232",
  P("74%", None, q="khoảng", per="năm nay"),
  P("5%", "+", q="khoảng", per="năm nay"))
X("i0233")
X("i0234",
  S("dịch vụ tài chính", "K", codes=["K64", "K65", "K66"]),
  P("30-40%", None, cmp="so với Singapore hoặc Hong Kong"))
X("i0235",
  O("bà Nguyễn Thị Nga, Phó Chủ tịch Thường trực Hội, Chủ tịch Tập đoàn BRG", "Nguyễn Thị Nga", hon="bà",
    title="Chủ tịch", org="Tập đoàn BRG"))
X("i0236",
  S("Ngân hàng", "K64", codes=["K64"]))
X("i0237")
X("i0238",
  O("Bộ trưởng Nguyễn Chí Dũng", "Nguyễn Chí Dũng", title="Bộ trưởng"))
X("i0239",
  O("ông Lâm Văn Quản, Hiệu trưởng Trường Cao đẳng Kinh tế Thành phố Hồ Chí Minh", "Lâm Văn Quản", hon="ông",
    title="Hiệu trưởng", org="Trường Cao đẳng Kinh tế Thành phố Hồ Chí Minh"))
X("i0240",
  P("57%", None),
  P("46%", None),
  P("62%", None))
X("i0241",
  P("30%", None, q="khoảng"),
  P("50%", None))
X("i0242",
  P("7,9-8,4%", None, q="khoảng"))
X("i0243",
  O("ông Vũ Tử Trọng - Giám đốc Ban quản lý dự án xây dựng giao thông, thuộc Sở GTVT Bắc Ninh", "Vũ Tử Trọng",
    hon="ông", title="Giám đốc", org="Ban quản lý dự án xây dựng giao thông, thuộc Sở GTVT Bắc Ninh"))
X("i0244",
  D("Nghị định số 12/2009/NĐ-CP", "Nghị định", "12/2009/NĐ-CP"))
X("i0245",
  O("Phó Thủ tướng, Bộ trưởng Bộ Tài chính Hồ Đức Phớc", "Hồ Đức Phớc", title="Phó Thủ tướng, Bộ trưởng",
    org="Bộ Tài chính"),
  S("báo chí", "J", codes=["J58", "J60", "J63"], opt=True),
  P("10%", None))
X("i0246")
X("i0247",
  D("Dự thảo Luật", "Luật", None, iss=None, opt=True))
X("i0248",
  D("Quyết định số 669/QĐ-UBND", "Quyết định", "669/QĐ-UBND", iss="Ủy ban nhân dân tỉnh Lâm Đồng"),
  S("xây dựng", "F42", codes=["F42"], at="dự án đầu tư xây dựng", opt=True))
X("i0249",
  S("điện công nghiệp", "F43", codes=["F43"], opt=True))
X("i0250",
  P("40%", None, per="từ ngày 19-23/6"))
X("i0251",
  P("11%", "+", cmp="so với cách đây 1 năm"),
  P("16%", "+", cmp="so với mức bình quân 5 năm"))
X("i0252")
X("i0253")
X("i0254",
  S("Y", "Q86", codes=["Q86"], at="ngành Y"))
X("i0255",
  O("Bộ trưởng Jensen", "Jensen", title="Bộ trưởng"),
  S("sản xuất thực phẩm", "C10", codes=["C10"]))
X("i0256",
  P("7%", "-", q="gần"))
X("i0257",
  P("6,3%", "-", per="tháng 5", cmp="so với cùng kỳ năm ngoái"))
X("i0258",
  P("7%", None),
  P("1%", "-"),
  P("9%", "-"),
  P("1%", "-", occ=1),
  P("7%", "-", occ=1))
X("i0259",
  S("hàng không", "H51", codes=["H51"], at="hàng hàng không", opt=True))
X("i0260")
X("i0261",
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"),
  O("Tổng Bí thư, Chủ tịch nước Bounnhang Vorachith", "Bounnhang Vorachith", title="Tổng Bí thư, Chủ tịch nước"))
X("i0262",
  O("Bác sĩ Phù Chí Dũng, Giám đốc Bệnh viện Truyền máu huyết học TP.HCM", "Phù Chí Dũng", pre="Bác sĩ",
    title="Giám đốc", org="Bệnh viện Truyền máu huyết học TP.HCM"),
  S("dược", "C21", codes=["C21"], at="Công ty dược", opt=True),
  P("10%", None))
X("i0263")
X("i0264")
X("i0265",
  D("Văn bản hồi âm", "Công văn", None, iss=None, opt=True),
  D("Bộ luật Hình sự năm 2015", "Bộ luật", None, iss=None))
X("i0266")
X("i0267",
  P("10%", "-"))
X("i0268")
X("i0269",
  P("58,1%", None, per="năm 1993"),
  P("2,75%", None, per="năm 2020"))
X("i0270",
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"),
  S("vật liệu xây dựng", "C23", codes=["C23"]),
  S("xây dựng hạ tầng", "F42", codes=["F42"]),
  S("điện nước", None, codes=["D35", "E36"]),
  S("công nghệ", None, codes=["C26", "J61", "J62", "J63"], at="nhóm ngành công nghệ"))

ART("ia11",
  D("văn bản số 4641", "Công văn", "4641", iss="Sở Công Thương TP.HCM"),
  D("văn bản số 584/XNK-NS", "Công văn", "584/XNK-NS", iss="Cục Xuất nhập khẩu", date="2023-07-21"),
  D("văn bản số 102/BCT-TTTN", "Công văn", "102/BCT-TTTN", iss="Bộ Công Thương", date="2023-08-03"),
  S("hệ thống phân phối hiện đại", "G47", codes=["G47"], opt=True),
  P("5%", None, opt=True),
  P("25%", None, opt=True),
  P("5%", None, occ=1, opt=True),
  P("25%", None, occ=1, opt=True))
ART("ia12",
  P("65-98%", None, per="ngày và đêm 8/7"),
  P("65-97%", None, per="ngày và đêm 8/7"),
  P("56-94%", None, per="ngày và đêm 8/7"),
  P("55-94%", None, per="ngày và đêm 8/7"),
  P("57-96%", None, per="ngày và đêm 8/7"),
  P("58-96%", None, per="ngày và đêm 8/7"),
  P("63-95%", None, per="ngày và đêm 8/7"))
ART("ia13",
  O("Phó Thủ tướng Chính phủ Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng", org="Chính phủ"),
  D("Quyết định số 565/QĐ-TTg", "Quyết định", "565/QĐ-TTg", date="2024-06-26"),
  D("Kế hoạch thực hiện quy hoạch tỉnh Tây Ninh thời kỳ 2021-2030, tầm nhìn đến năm 2050", "Kế hoạch", None,
    iss="Thủ tướng Chính phủ", opt=True),
  D("Quyết định số 1736/QĐ-TTg", "Quyết định", "1736/QĐ-TTg", iss="Thủ tướng Chính phủ", date="2023-12-29"),
  S("y tế", "Q86", codes=["Q86"], at="hạ tầng y tế", opt=True),
  S("giáo dục", "P85", codes=["P85"], at="hạ tầng y tế", opt=True),
  S("thông tin, truyền thông", "J", codes=["J58", "J59", "J60", "J61", "J62", "J63"], opt=True),
  S("cấp nước", "E36", codes=["E36"], at="hạ tầng thủy lợi", opt=True),
  S("thoát nước", "E37", codes=["E37"], at="hạ tầng thủy lợi", opt=True),
  P("9,5%", "+", per="thời kỳ 2021-2030", ps="2021-01-01", pe="2030-12-31"),
  S("hạ tầng giao thông", "H", codes=["H49", "H50", "H51", "H52"], at="thu hút đầu tư gồm", opt=True),
  S("logistics", "H52", codes=["H52"]),
  S("du lịch", None, codes=DL, at="dự án phát triển du lịch"),
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"]),
  S("thông tin\xa0và\xa0truyền thông", "J", codes=["J58", "J59", "J60", "J61", "J62", "J63"]),
  S("khoa học, công nghệ", "M72", codes=["M72"], at="hạ tầng thông tin\xa0và", opt=True),
  S("cấp, thoát nước", "E", codes=["E36", "E37"]),
  S("xử lý chất thải", "E38", codes=["E38"]),
  S("y tế", "Q86", codes=["Q86"], at="xử lý chất thải", opt=True),
  S("giáo dục", "P85", codes=["P85"], at="xử lý chất thải", opt=True),
  S("văn hóa", "R", codes=["R90", "R91"], at="xử lý chất thải", opt=True),
  S("thể thao", "R93", codes=["R93"], at="xử lý chất thải", opt=True),
  S("thương mại", "G", codes=["G"], at="xử lý chất thải", opt=True),
  S("dịch vụ", None, codes=DV, at="thương mại, dịch vụ…", opt=True))
ART("ia14",
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"),
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"),
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"),
  O("Chủ tịch Ủy ban Trung ương MTTQ, Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân",
    title="Bí thư", org="Thành ủy TP.HCM"),
  O("Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương Phạm Minh Chính", "Phạm Minh Chính", title="Trưởng ban",
    org="Ban Tổ chức Trung ương"),
  P("88,3%", None),
  P("11,7%", None),
  P("14%", None),
  P("19%", None),
  P("16%", None),
  P("86,6%", None))
