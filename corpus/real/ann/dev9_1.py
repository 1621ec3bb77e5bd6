# dev9 annotator 1: m0001-m0090, ma01-ma05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("m0001",
  S("năng lượng nguyên tử", None, codes=["D35", "M72"], opt=True))
X("m0002",
  S("bảo hiểm", "K65", codes=["K65"], opt=True))
X("m0003",
  D("Nghị định 10/2023/NĐ-CP", "Nghị định", "10/2023/NĐ-CP", date="2023-04-03", mentions=["Nghị định 10"]),
  S("lưu trú", "I55", codes=["I55"], at="lưu trú, du lịch", opt=True),
  S("du lịch", None, codes=DL, opt=True))
X("m0004",
  O("ông Võ Đỗ Thắng - Giám đốc Trung tâm đào tạo và an ninh mạng Athena", "Võ Đỗ Thắng", hon="ông",
    title="Giám đốc", org="Trung tâm đào tạo và an ninh mạng Athena"))
X("m0005")
X("m0006")
X("m0007",
  P("30%", None))
X("m0008",
  O("Chủ tịch UBND tỉnh Vĩnh Phúc Trần Duy Đông", "Trần Duy Đông", title="Chủ tịch", org="UBND tỉnh Vĩnh Phúc"))
X("m0009",
  S("sản xuất nông nghiệp", "A", codes=["A"]),
  O("ông Nguyễn Ngọc Thạch, Phó Chủ tịch UBND tỉnh Ninh Bình", "Nguyễn Ngọc Thạch", hon="ông",
    title="Phó Chủ tịch", org="UBND tỉnh Ninh Bình"))
X("m0010",
  O("ông Dainel Fitzpatrick, Giám đốc Dự án Thúc đẩy cải cách và nâng cao năng lực kết nối của doanh nghiệp nhỏ "
    "và vừa (LinkSME)", "Dainel Fitzpatrick", hon="ông", title="Giám đốc",
    org="Dự án Thúc đẩy cải cách và nâng cao năng lực kết nối của doanh nghiệp nhỏ và vừa"))
X("m0011")
X("m0012")
X("m0013",
  S("xây dựng", "F", codes=["F"], opt=True),
  S("xây dựng nhà ở xã hội", "F41", codes=["F41"], opt=True))
X("m0014",
  D("văn bản", "Công văn", None, iss="Bộ Quốc phòng, Bộ Công an", opt=True),
  S("kinh doanh bất động sản", "L68", codes=["L68"]),
  S("nhà ở thương mại", "L68", codes=["L68"], opt=True))
X("m0015",
  D("Quyết định 01/2022/QĐ-TTg", "Quyết định", "01/2022/QĐ-TTg"),
  D("Quyết định số 13/2024/QĐ-TTg", "Quyết định", "13/2024/QĐ-TTg"))
X("m0016")
X("m0017",
  P("10,3%", "+", per="6 tháng đầu năm 2017", cmp="so với cùng kỳ năm trước"))
X("m0018")
X("m0019",
  P("120%", "+", cmp="so với hiện trạng năm 2021"))
X("m0020",
  S("đường sắt", "H49", codes=["H49"], opt=True),
  D("văn bản", "Công văn", None, iss="Bộ Giao thông vận tải", opt=True))
X("m0021",
  O("Ông Nguyễn Xuân Sang - Cục trưởng Cục Hàng hải Việt Nam", "Nguyễn Xuân Sang", hon="ông", title="Cục trưởng",
    org="Cục Hàng hải Việt Nam"),
  S("Hàng hải", "H", codes=["H50", "H52"], at="ngành Hàng hải", opt=True))
X("m0022",
  S("nông nghiệp", "A", codes=["A"]),
  P("70%", None, q="khoảng"))
X("m0023",
  P("0,3%", "-", cmp="so với đồng Yen Nhật"),
  P("0,2%", "-", cmp="so với đồng USD"))
X("m0024",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Tổng thống Milos Zeman", "Milos Zeman", title="Tổng thống"),
  D("Hiệp định về chuyển giao người bị kết án, phạt tù", "Hiệp định", None, iss=None))
X("m0025",
  O("Ông Nguyễn Tất Thắng, Tổng thư ký Hội Chăn nuôi Việt Nam", "Nguyễn Tất Thắng", hon="ông", title="Tổng thư ký",
    org="Hội Chăn nuôi Việt Nam"))
X("m0026")
X("m0027",
  D("kế hoạch giai đoạn 2017-2020", "Kế hoạch", None, iss=None, opt=True))
X("m0028")
X("m0029",
  P("60%", None, q="ít nhất"),
  P("40%", None, q="khoảng"))
X("m0030")
X("m0031",
  S("vàng", "G", codes=["G46", "G47"], at="ngành vàng"))
X("m0032")
X("m0033",
  P("42%", "-", per="năm 2023", cmp="so với năm 2022"))
X("m0034",
  D("Luật hỗ trợ DNVVN", "Luật", None, iss=None))
X("m0035",
  S("phát thanh, truyền hình", "J60", codes=["J60"], opt=True))
X("m0036",
  P("4%", None))
X("m0037")
X("m0038")
X("m0039",
  O("Đồng chí Giang Sơn - Phó Chủ nhiệm thường trực Văn phòng Chủ tịch nước", "Giang Sơn", hon="đồng chí",
    title="Phó Chủ nhiệm thường trực", org="Văn phòng Chủ tịch nước"))
X("m0040",
  O("Phó Thủ tướng Chính phủ Trần Lưu Quang", "Trần Lưu Quang", title="Phó Thủ tướng", org="Chính phủ"),
  D("Quyết định 1625/QĐ-TTg", "Quyết định", "1625/QĐ-TTg"),
  S("công nghiệp chế biến thức ăn chăn nuôi", "C10", codes=["C10"], opt=True))
X("m0041",
  S("Tiểu thủ công nghiệp", "C", codes=["C"]),
  S("dịch vụ", None, codes=DV))
X("m0042",
  S("lâm, thuỷ sản", "A", codes=["A02", "A03"], opt=True),
  O("ông Đào Minh Tú, Phó Thống đốc Thường trực Ngân hàng Nhà nước", "Đào Minh Tú", hon="ông",
    title="Phó Thống đốc Thường trực", org="Ngân hàng Nhà nước"),
  S("lâm, thuỷ sản", "A", codes=["A02", "A03"], at="ngành lâm, thuỷ sản"))
X("m0043",
  P("2,51%", "+"))
X("m0044",
  P("34%", "+", per="năm 2016", cmp="so với năm trước"),
  P("75,7%", "+", per="năm 2016"))
X("m0045",
  P("6,24%", "-"))
X("m0046",
  P("32,3%", None))
X("m0047")
X("m0048",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("m0049",
  S("nông, thủy sản", "A", codes=["A01", "A03"]),
  S("công nghiệp thực phẩm", "C10", codes=["C10"]))
X("m0050",
  D("dự thảo Luật Thuế tiêu thụ đặc biệt", "Luật", None, iss=None, opt=True))
X("m0051",
  P("7,4%", "+", per="6 tháng cuối năm"))
X("m0052",
  D("Nghị quyết", "Nghị quyết", None, iss="Chính phủ", opt=True))
X("m0053",
  O("Ông Hoàng Vĩnh Bảo, Tân Chủ tịch Hội Xuất bản Việt Nam", "Hoàng Vĩnh Bảo", hon="ông", title="Chủ tịch",
    org="Hội Xuất bản Việt Nam"))
X("m0054")
X("m0055")
X("m0056")
X("m0057")
X("m0058",
  P("75%", None))
X("m0059",
  O("Bà Donna McGowan, Giám đốc Hội đồng Anh tại Việt Nam", "Donna McGowan", hon="bà", title="Giám đốc",
    org="Hội đồng Anh tại Việt Nam"))
X("m0060")
X("m0061",
  D("Thông tư 01/2022/TT-BTNMT", "Thông tư", "01/2022/TT-BTNMT", date="2022-01-07"),
  D("Luật Bảo vệ môi trường", "Luật", None, iss=None))
X("m0062",
  S("nông nghiệp", "A", codes=["A"]),
  S("chế biến nông sản", "C10", codes=["C10"]),
  O("ông Ngô Minh Hải, Chủ tịch HĐQT Tập đoàn TH", "Ngô Minh Hải", hon="ông", title="Chủ tịch HĐQT",
    org="Tập đoàn TH"))
X("m0063",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Thủ tướng Lào Thongloun Sisoulith", "Thongloun Sisoulith", title="Thủ tướng", org="Lào"))
X("m0064",
  S("sản xuất và gia công bảng vi mạch tích hợp", "C26", codes=["C26"], opt=True),
  S("sản xuất chất bán dẫn", "C26", codes=["C26"], opt=True))
X("m0065",
  D("Quyết định", "Quyết định", None, iss=None, opt=True),
  D("Luật Bảo vệ môi trường", "Luật", None, iss=None))
X("m0066")
X("m0067",
  D("Nghị quyết số 07 - NQ/HU", "Nghị quyết", "07-NQ/HU", iss="Huyện ủy Thanh Trì", date="2016-04-22"))
X("m0068")
X("m0069")
X("m0070",
  D("Tờ trình của Chủ tịch nước", "Tờ trình", None, iss="Chủ tịch nước", opt=True),
  D("dự thảo Nghị quyết phê chuẩn của Quốc hội", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("m0071",
  S("y tế", "Q86", codes=["Q86"], at="cơ sở y tế", opt=True),
  S("khám chữa bệnh", "Q86", codes=["Q86"], opt=True))
X("m0072",
  S("dịch vụ đưa người lao động đi làm việc", "N78", codes=["N78"], opt=True))
X("m0073",
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("m0074",
  O("Bộ trưởng Bộ Tư pháp Michael Keenan", "Michael Keenan", title="Bộ trưởng", org="Bộ Tư pháp"))
X("m0075")
X("m0076",
  S("bán dẫn", "C26", codes=["C26"], at="thị trường bán dẫn"),
  P("6%", "+", sec="C26", q="hơn", per="giai đoạn 2022-2027"))
X("m0077",
  S("nông-công nghiệp", None, codes=["A", "B", "C", "D", "E"]),
  S("ngân hàng", "K64", codes=["K64"]),
  S("viễn thông", "J61", codes=["J61"]))
X("m0078",
  P("60%", None, q="trên"),
  P("30%", None, q="tối thiểu"))
X("m0079")
X("m0080")
X("m0081",
  P("30%", None))
X("m0082")
X("m0083")
X("m0084")
X("m0085",
  O("Thứ trưởng Thọ", "Thọ", title="Thứ trưởng"))
X("m0086",
  P("4,7%", "+", per="quý 2"))
X("m0087",
  P("40 - 50%", None, per="Các tháng vừa qua"))
X("m0088",
  D("văn bản chỉ đạo của Thủ tướng Chính phủ", "Công văn", None, iss="Thủ tướng Chính phủ", opt=True),
  S("du lịch", None, codes=DL, at="quy hoạch du lịch", opt=True))
X("m0089",
  D("Thông tư số 07", "Thông tư", "07", iss=None),
  D("Quyết định số 422/QĐ-TTg", "Quyết định", "422/QĐ-TTg", date="2022-04-04"))
X("m0090",
  D("dự thảo Nghị quyết của Quốc hội", "Nghị quyết", None, iss="Quốc hội", opt=True),
  S("xây dựng công trình giao thông đường bộ", "F42", codes=["F42"], opt=True))

ART("ma01",
  # [1]
  S("điện", "D35", codes=["D35"], at="ngành điện"),
  # [2]
  P("74%", "+", q="gần", per="cả năm 2021", cmp="so với năm 2020"),
  P("125%", "+", q="gần", per="cả năm 2021"),
  S("điện", "D35", codes=["D35"], at="dự án nguồn điện", opt=True),
  S("điện", "D35", codes=["D35"], at="quy hoạch điện VIII", opt=True),
  # [3] [4]
  S("chứng khoán", "K66", codes=["K66"], at="thị trường chứng khoán sẽ", opt=True),
  S("chứng khoán", "K66", codes=["K66"], at="thị trường chứng khoán và", opt=True),
  # [6]
  S("tư vấn tài chính doanh nghiệp", "K66", codes=["K66"], opt=True))
ART("ma02",
  # [2]
  P("1,4%", "+", per="năm 2016"),
  P("3,1%", "+", per="năm 2016"),
  # [3]
  S("gia công phần mềm", "J62", codes=["J62"]),
  P("26%", "+", sec="J62", per="năm 2016"),
  P("35%", "+", sec="J62", per="năm 2016"),
  S("tích hợp hệ thống", "J62", codes=["J62"]),
  P("10%", "+", sec="J62", per="năm 2016", at="tăng trưởng 10%"),
  P("28,5%", "-", sec="J62", per="năm 2016", cmp="so với năm 2015"),
  S("giải pháp phầm mềm", "J62", codes=["J62"]),
  P("2%", "+", sec="J62", per="năm 2016"),
  P("29,9%", "-", sec="J62", per="năm 2016"),
  S("dịch vụ IT", "J", codes=["J62", "J63"]),
  P("0,6%", "-", sec="J", per="năm 2016"),
  P("14,4%", "+", sec="J", per="năm 2016"),
  S("dịch vụ viễn thông", "J61", codes=["J61"]),
  P("20,9%", "+", sec="J61", per="năm 2016"),
  P("17,25", "-", sec="J61", per="năm 2015", opt=True),
  P("15,3%", "-", sec="J61", per="năm 2016"),
  S("dịch vụ kết nối băng thông rộng", "J61", codes=["J61"], opt=True),
  P("mức17%", "+", sec="J61", per="năm 2016"),
  P("21%", "+", sec="J61", per="năm 2016"),
  S("dịch vụ viễn thông", "J61", codes=["J61"], at="dịch vụ viễn thông không băng thông"),
  S("trung tâm dữ liệu", "J63", codes=["J63"], opt=True),
  S("dịch vụ IPTV", "J61", codes=["J61"], opt=True),
  P("31%", "+", sec="J61", per="năm 2016"),
  S("phân phối", "G46", codes=["G46"], at="mảng phân phối"),
  P("28,3%", "-", sec="G46", per="năm 2016"),
  P("48,2%", "-", sec="G46", per="năm 2016"),
  S("bán lẻ", "G47", codes=["G47"], at="hệ thống bán lẻ"),
  S("bán lẻ", "G47", codes=["G47"], at="cửa hàng bán lẻ", opt=True),
  S("bán lẻ", "G47", codes=["G47"], at="mảng bán lẻ"),
  P("35,0%", "+", sec="G47", per="năm 2016"),
  P("43,9%", "+", sec="G47", per="năm 2016"))
ART("ma03",
  # [1]
  S("bất động sản", "L68", codes=["L68"], at="thị trường bất động sản quý", opt=True),
  P("36%", "-", per="quý 1/2023", cmp="theo quý"),
  P("96%", "-", per="quý 1/2023", cmp="theo năm"),
  P("18%", "-", per="quý 1/2023", cmp="theo quý"),
  P("50%", "-", per="quý 1/2023", cmp="theo năm"),
  S("bất động sản", "L68", codes=["L68"], at="bất động sản cho việc", opt=True),
  # [2]
  P("47%", "-", per="quý 1", cmp="theo quý"),
  P("78%", "-", per="quý 1", cmp="theo năm"),
  P("12%", None, per="quý 1"),
  P("9 điểm %", "-", per="quý 1", cmp="theo quý"),
  P("32 điểm %", "-", per="quý 1", cmp="theo năm"),
  P("69%", None, per="quý này"),
  # [3]
  P("14%", "-", cmp="theo quý"),
  P("3%", "-", cmp="theo quý"),
  P("17%", "-", per="Quý 1/2023", cmp="so giá sơ cấp"),
  # [5]
  O("bà Đỗ Thu Hằng, Giám đốc cấp cao, Bộ phận Nghiên cứu, tư vấn Savill Hà Nội", "Đỗ Thu Hằng", hon="bà",
    title="Giám đốc cấp cao", org="Bộ phận Nghiên cứu, tư vấn Savill Hà Nội"),
  D("nghị quyết 33/NQ-CP", "Nghị quyết", "33/NQ-CP"),
  S("bất động sản", "L68", codes=["L68"], at="bất động sản phát triển"),
  # [6]
  P("37%", "+", per="quý 4/2021", ps="2021-10-01", pe=None),
  P("26%", "+", per="quý 4/2021", ps="2021-10-01", pe=None),
  P("6%", "+", per="quý 4/2021", ps="2021-10-01", pe=None, at="shophouse tăng 6%"),
  # [7]
  P("18%", None, per="Đến cuối năm nay", at="với 18%"),
  P("17%", None, per="Đến cuối năm nay", at="với 17%"),
  P("14%", None, per="Đến cuối năm nay", at="Thanh Trì 14%"),
  # [8]
  S("biệt thự, nhà liền kề", "L68", codes=["L68"], at="thị trường biệt thự", opt=True),
  O("ông Matthew Powell, Giám đốc Savills Hà Nội", "Matthew Powell", hon="ông", title="Giám đốc",
    org="Savills Hà Nội"))
ART("ma04",
  O("ông Đàm Quang Hưng, Chủ tịch UBND quận Liên Chiểu, TP Đà Nẵng", "Đàm Quang Hưng", hon="ông", title="Chủ tịch",
    org="UBND quận Liên Chiểu, TP Đà Nẵng", mentions=["Chủ tịch UBND quận Liên Chiểu", "ông Hưng"]),
  O("ông Ngô Văn Quang (Giám đốc Công ty TNHH Vàng Phước Minh", "Ngô Văn Quang", hon="ông", title="Giám đốc",
    org="Công ty TNHH Vàng Phước Minh", mentions=["ông Quang", "ông Ngô Văn Quang"]),
  O("ông Trần Đình Quỳnh, Chánh văn phòng UBND TP Đà Nẵng", "Trần Đình Quỳnh", hon="ông", title="Chánh văn phòng",
    org="Văn phòng UBND TP Đà Nẵng", mentions=["ông Quỳnh"]))
ART("ma05",
  # [1]
  S("dịch vụ cung cấp suất ăn hàng không", "I56", codes=["I56"], opt=True),
  # [3]
  O("Ông Uông Việt Dũng, Cục trưởng Cục Hàng không Việt Nam", "Uông Việt Dũng", hon="ông", title="Cục trưởng",
    org="Cục Hàng không Việt Nam", mentions=["ông Dũng"]),
  # [4]
  S("dịch vụ hàng không", "H51", codes=["H51"], at="công trình dịch vụ hàng không", opt=True),
  # [10]
  O("Tổng giám đốc VINACS, ông Dương Tiến Nghĩa", "Dương Tiến Nghĩa", hon="ông", title="Tổng giám đốc",
    org="VINACS", mentions=["ông Nghĩa"]),
  S("dịch vụ suất ăn", "I56", codes=["I56"], at="dịch vụ suất ăn cho", opt=True),
  S("hàng không", "H51", codes=["H51"], at="hãng hàng không", opt=True))
