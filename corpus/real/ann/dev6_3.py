# dev6 annotator 3: j0181-j0270, ja11-ja14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = ["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]

X("j0181",
  O("ông Sáng", "Sáng", hon="ông", title="Chủ tịch", org="UBND xã Kiến Thành"))
X("j0182",
  O("ông Lê Văn Tú, Chủ tịch UBND thành phố Sầm Sơn", "Lê Văn Tú", hon="ông", title="Chủ tịch",
    org="UBND thành phố Sầm Sơn"),
  S("du lịch", None, codes=DL))
X("j0183")
X("j0184",
  S("dược", "C21", codes=["C21"]),
  P("34%", "+", cmp="so với cùng kỳ"))
X("j0185",
  D("Hiệp định Đối tác xuyên Thái Bình Dương", "Hiệp định", None, iss=None))
X("j0186")
X("j0187",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("j0188",
  O("Nhà vua Salman của Saudi Arabia", "Salman", title="Nhà vua", org="Saudi Arabia"))
X("j0189")
X("j0190")
X("j0191",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  P("40%", "+", q="gần", per="quý đầu"))
X("j0192",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("j0193")
X("j0194",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("j0195")
X("j0196")
X("j0197")
X("j0198",
  S("bảo hiểm phi nhân thọ", "K65", codes=["K65"]))
X("j0199",
  S("quần áo không dệt kim", "C14", codes=["C14"], opt=True),
  P("79,9%", None),
  P("20%", None, q="gần"),
  D("CPTPP", "Hiệp định", None, iss=None, opt=True))
X("j0200",
  S("du lịch", None, codes=DL))
X("j0201")
X("j0202",
  O("Bộ trưởng Kelly", "Kelly", title="Bộ trưởng"))
X("j0203",
  S("nuôi trồng thủy sản", "A03", codes=["A03"]))
X("j0204",
  O("ông Đào Đức Triệu, Phó Tổng thư ký, Trưởng ban Ban Nghiên cứu, tư vấn Chính sách, Pháp luật NCA",
    "Đào Đức Triệu", hon="ông", title="Trưởng ban", org="Ban Nghiên cứu, tư vấn Chính sách, Pháp luật NCA"))
X("j0205",
  D("Nghị định 67 của Chính phủ", "Nghị định", "67", iss="Chính phủ"))
X("j0206",
  D("Luật Dân số", "Luật", None, iss=None, opt=True))
X("j0207",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("j0208")
X("j0209")
X("j0210",
  S("y tế", "Q86", codes=["Q86"], opt=True))
X("j0211")
X("j0212")
X("j0213",
  D("Hiệp định Paris", "Hiệp định", None, iss=None))
X("j0214")
X("j0215",
  O("Ông Nguyễn Tăng Cường, Chủ tịch HĐQT Công ty Cổ phần Tập đoàn công nghiệp Quang Trung", "Nguyễn Tăng Cường",
    hon="ông", title="Chủ tịch HĐQT", org="Công ty Cổ phần Tập đoàn công nghiệp Quang Trung"))
X("j0216",
  S("Bán buôn, bán lẻ", "G", codes=["G46", "G47"]),
  S("hoạt động dịch vụ khác", "S", codes=["S"]),
  P("50,08%", None, q="khoảng"),
  P("1,64 điểm %", "-", cmp="so với tháng trước"),
  S("công nghiệp chế biến chế tạo", "C", codes=["C"]),
  S("xây dựng", "F", codes=["F"], at="xây dựng, chiếm"),
  P("24,27%", None),
  P("0,18 điểm %", "+", cmp="so với tháng trước"))
X("j0217",
  P("14,2-15,3%", None, per="những tháng gần đây"))
X("j0218",
  P("10,4%", None, per="từ năm 2013 đến 2015", ps="2013-01-01", pe="2015-12-31"))
X("j0219")
X("j0220",
  P("2,3%", "-", q="khoảng", cmp="so với vào thời điểm ngày 2/4"))
X("j0221",
  O("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước",
    org="Cộng hòa xã hội chủ nghĩa Việt Nam"))
X("j0222",
  S("dịch vụ", None, codes=DV),
  P("17,7%", "+", per="Năm 2024"),
  S("dịch vụ", None, codes=DV, occ=1),
  P("24,4%", "+", per="Năm 2024"))
X("j0223",
  O("ông Nguyễn Hồ Nam là Chủ tịch HĐQT Công ty CP Bamboo Capital", "Nguyễn Hồ Nam", hon="ông",
    title="Chủ tịch HĐQT", org="Công ty CP Bamboo Capital"))
X("j0224",
  O("ông Nguyễn Doãn Toản, Phó Chủ tịch Ủy ban Nhân dân thành phố", "Nguyễn Doãn Toản", hon="ông",
    title="Phó Chủ tịch", org="Ủy ban Nhân dân thành phố"))
X("j0225",
  D("Công ước Liên Hợp Quốc về Luật Biển năm 1982", "Công ước", None, iss="Liên Hợp Quốc"))
X("j0226",
  S("sản phẩm từ cao su và plastic", "C22", codes=["C22"]),
  P("6,3%", "-", sec="C22"),
  S("kim loại", "C24", codes=["C24"]),
  P("0,8%", "-", sec="C24"),
  S("khai thác dầu thô và khí đốt tự nhiên", "B06", codes=["B06"]),
  P("0,7%", "-", sec="B06"))
X("j0227",
  S("bảo hiểm", "K65", codes=["K65"], at="bảo hiểm rủi ro", opt=True))
X("j0228",
  O("Bộ trưởng Bộ Nhập cư và Bảo vệ biên giới Australia Peter Dutton", "Peter Dutton", title="Bộ trưởng",
    org="Bộ Nhập cư và Bảo vệ biên giới Australia"),
  O("Bộ trưởng Bộ Tư pháp Liên Bang Australia Michael Keenan", "Michael Keenan", title="Bộ trưởng",
    org="Bộ Tư pháp Liên Bang Australia"))
X("j0229",
  P("70%", "-", q="khoảng", per="tháng 5 vừa qua", cmp="so với lượng trung bình hàng năm"),
  O("ông Yang Wentao, một quan chức của tỉnh", "Yang Wentao", hon="ông", title="quan chức", opt=True))
X("j0230",
  S("nhà hàng", "I56", codes=["I56"], opt=True),
  S("khách sạn", "I55", codes=["I55"], opt=True),
  S("công nghiệp", None, codes=DCCN, at="ngành công nghiệp", opt=True))
X("j0231")
X("j0232",
  P("1,5%", "+", per="năm 2024"))
X("j0233",
  O("tiến sỹ, bác sỹ Vũ Văn Tâm, Giám đốc Bệnh viện Phụ sản Hải Phòng", "Vũ Văn Tâm", pre="tiến sỹ, bác sỹ",
    title="Giám đốc", org="Bệnh viện Phụ sản Hải Phòng"))
X("j0234",
  O("Ngài Francisco Guterres nhậm chức Tổng thống nước Cộng hòa Dân chủ Timor-Leste", "Francisco Guterres",
    pre="Ngài", title="Tổng thống", org="Cộng hòa Dân chủ Timor-Leste"),
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("j0235")
X("j0236",
  P("53,85%", None),
  P("46,15%", None))
X("j0237")
X("j0238")
X("j0239",
  P("20%", None, q="khoảng"))
X("j0240",
  P("37-52%", None))
X("j0241")
X("j0242",
  P("80%", None))
X("j0243",
  P("50%", None))
X("j0244")
X("j0245")
X("j0246")
X("j0247")
X("j0248")
X("j0249",
  P("70%", None, cmp="so với năm 2016"))
X("j0250",
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True),
  P("13,1%", "+", per="năm 2023", cmp="so với năm 2022"),
  P("104 %", None, per="năm 2023"))
X("j0251",
  O("ông Nguyễn Mạnh Khương, Thứ trưởng Bộ Nội vụ", "Nguyễn Mạnh Khương", hon="ông", title="Thứ trưởng",
    org="Bộ Nội vụ"))
X("j0252",
  P("70%", None))
X("j0253",
  S("cảng biển", "H52", codes=["H52"], opt=True))
X("j0254",
  P("37,7%", "-", cmp="so với năm 2022"),
  P("41,5%", "-", cmp="so với năm 2022"))
X("j0255")
X("j0256",
  O("Đại tá Phạm Hồng Tuyến, Giám đốc Công an tỉnh Hòa Bình", "Phạm Hồng Tuyến", pre="Đại tá", title="Giám đốc",
    org="Công an tỉnh Hòa Bình"))
X("j0257")
X("j0258",
  P("57%", None),
  O("Bộ trưởng Giáo dục Antonio da Conceicao", "Antonio da Conceicao", title="Bộ trưởng Giáo dục"),
  P("33%", None))
X("j0259")
X("j0260",
  S("dịch vụ về ôtô", "G45", codes=["G45"], opt=True))
X("j0261",
  S("bất động sản", "L68", codes=["L68"]))
X("j0262",
  D("Quyết định số 316/QĐ-TTg", "Quyết định", "316/QĐ-TTg"))
X("j0263",
  O("bà Đinh Thị Hải Y.- Chủ tịch HĐQT Công ty A", "Đinh Thị Hải Y.", hon="bà", title="Chủ tịch HĐQT",
    org="Công ty A"),
  D("quyết định ủy quyền", "Quyết định", None, iss=None, opt=True))
X("j0264",
  P("3,3%", "-", per="5 tháng đầu năm 2023", cmp="so với cùng kỳ năm 2022"),
  P("23,7%", "-", per="5 tháng đầu năm 2023", cmp="so với cùng kỳ năm 2022"))
X("j0265")
X("j0266",
  O("cựu Phó Chủ tịch cấp cao của Tiffany & Co. tại Bắc Mỹ, Anthony Ledru", "Anthony Ledru",
    title="Phó Chủ tịch cấp cao", org="Tiffany & Co.", former=True))
X("j0267",
  O("Masayoshi Son, nhà sáng lập, Chủ tịch tập đoàn SoftBank", "Masayoshi Son", title="Chủ tịch",
    org="tập đoàn SoftBank"))
X("j0268",
  S("bất động sản", "L68", codes=["L68"]))
X("j0269")
X("j0270")

ART("ja11",
  # [1] fields of state management; "khoáng sản" could be read as mining
  S("khoáng sản", "B", codes=["B"], opt=True),
  # [3] a decision described by its subject; hotel inside a project's name
  D("quyết định", "Quyết định", None, iss="UBND tỉnh Quảng Bình", at="quyết định thu hồi hơn", opt=True),
  S("khách sạn", "I55", codes=["I55"], at="khách sạn và nhà ở", opt=True))
ART("ja12",
  O("Thứ trưởng Bộ GD-ĐT Bùi Văn Ga", "Bùi Văn Ga", title="Thứ trưởng", org="Bộ GD-ĐT"),
  O("bà Nguyễn Thị Kim Phụng, Vụ trưởng Vụ Giáo dục Đại học, Bộ GD-ĐT", "Nguyễn Thị Kim Phụng", hon="bà",
    title="Vụ trưởng", org="Vụ Giáo dục Đại học, Bộ GD-ĐT"),
  D("Thông tư về việc sửa đổi, bổ sung một số điều của Quy chế tuyển sinh đại học, cao đẳng hệ chính quy",
    "Thông tư", None, iss=None, opt=True),
  D("Thông tư số 03/2015/TT-BGDĐT", "Thông tư", "03/2015/TT-BGDĐT", date="2015-02-26"))
ART("ja13",
  # [2] sector words inside project names
  S("dịch vụ vui chơi, giải trí", "R93", codes=["R93"], opt=True),
  # [3] projects of the cultural field (relic restoration)
  S("văn hóa", "R91", codes=["R91"], at="lĩnh vực văn hóa", opt=True),
  # [6]
  D("văn bản", "Công văn", None, iss="Sở Kế hoạch và Đầu tư Thanh Hoá", at="văn bản đề xuất", opt=True),
  D("Luật sửa đổi", "Luật", None, iss=None, opt=True),
  D("Luật Đầu tư công số 39/2019/QH14", "Luật", "39/2019/QH14"),
  # [7]
  D("Luật Đầu tư theo phương thức đối tác công tư năm 2020", "Luật", None, iss=None))
ART("ja14",
  O("Ths.BS Nguyễn Hoàng Phúc –PGĐ Trung tâm Điều phối ghép tạng Quốc gia", "Nguyễn Hoàng Phúc", pre="Ths.BS",
    title="PGĐ", org="Trung tâm Điều phối ghép tạng Quốc gia",
    mentions=["Ông Phúc", "ThS Nguyễn Hoàng Phúc"]),
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế, câu", opt=True),
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế”", opt=True),
  P("90%", None, per="Tính đến nay"))
