# Test sentences t0001-t0225 (annotator: test_sent). Guide: ../shared/FACTS.md
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]

X("t0001",
  S("nông nghiệp", "A01", opt=True),
  S("nông nghiệp", "A01", occ=1, opt=True))
X("t0002",
  S("gỗ và sản phẩm gỗ", "C16"),
  S("gỗ và sản phẩm gỗ", "C16", occ=1),
  S("sản phẩm gỗ", "C16", at="xuất khẩu sản phẩm gỗ", opt=True),
  P("23,1%", "+", sec="C16", per="6 tháng  năm 2024", cmp="so cùng kỳ", ps="2024-01-01", pe="2024-06-30"),
  P("22,2%", "+", sec="C16", per="6 tháng  năm 2024", cmp="so cùng kỳ", ps="2024-01-01", pe="2024-06-30"))
X("t0003",
  D("Luật Việc làm", "Luật", None, opt=True))
X("t0004",
  D("Công văn", "Công văn", None, opt=True))
X("t0005")
X("t0006",
  O("ĐB Lê Nguyễn Minh Quang, Trưởng ban Quản lý đường sắt đô thị TP.HCM", "Lê Nguyễn Minh Quang",
    title="Trưởng ban", org="Ban Quản lý đường sắt đô thị TP.HCM"))
X("t0007")
X("t0008",
  D("QĐ số 465/QĐ-BGDĐT", "Quyết định", "465/QĐ-BGDĐT", date="2024-01-31"),
  D("QĐ số 1109/QĐ-BGDĐT", "Quyết định", "1109/QĐ-BGDĐT", date="2024-04-11"))
X("t0009",
  O("ông Nguyễn Phước Trung, Giám đốc Sở NN-PTNT TP Hồ Chí Minh", "Nguyễn Phước Trung", hon="ông",
    title="Giám đốc", org="Sở NN-PTNT TP Hồ Chí Minh"),
  S("nông nghiệp", "A"))
X("t0010",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("t0011")
X("t0012",
  D("Công điện số 65/CĐ-TTg", "Công điện", "65/CĐ-TTg"),
  D("Chỉ thị 13/CT-TTg", "Chỉ thị", "13/CT-TTg"),
  D("Công điện 72/CĐ-TTg", "Công điện", "72/CĐ-TTg"))
X("t0013",
  S("thăm dò, khai thác, chế biến và sử dụng khoáng sản", "B", opt=True))
X("t0014",
  O("ông Trương Đình Hòe, Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP)", "Trương Đình Hòe",
    hon="ông", title="Tổng Thư ký", org="Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"))
X("t0015")
X("t0016",
  D("Hiệp định EVIPA", "Hiệp định", None),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  S("hải sản", "A03", opt=True))
X("t0017",
  D("Luật Bảo hiểm xã hội năm 2014", "Luật", None))
X("t0018",
  D("dự thảo Nghị định", "Nghị định", None, opt=True))
X("t0019",
  S("thương mại điện tử", "G47"),
  S("thương mại điện tử", "G47", occ=1, opt=True))
X("t0020",
  P("38,71%", "+"),
  P("39,35%", "+"),
  P("44,19%", None))
X("t0021",
  S("công nghiệp", None, codes=DCCN, opt=True),
  P("4,4%", "-", per="tháng 01/2024", cmp="so với tháng trước"),
  P("18,3%", "+", per="tháng 01/2024", cmp="so với cùng kỳ năm trước"))
X("t0022",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng"),
  S("du lịch", None, codes=DL))
X("t0023",
  S("dệt", "C13"),
  S("sản xuất trang phục", "C14"),
  S("sản xuất da và các sản phẩm liên quan", "C15"),
  P("26,3%", "+", sec="C", per="ba quý đầu năm 2022", cmp="so cùng kỳ", ps="2022-01-01", pe="2022-09-30"))
X("t0024",
  P("60%", None))
X("t0025",
  D("Nghị định số 17/2010/NĐ-CP", "Nghị định", "17/2010/NĐ-CP"))
X("t0026",
  S("chế biến, chế tạo", "C"),
  S("nông, thuỷ sản", "A", codes=["A01", "A03"]),
  S("khoáng sản", "B", opt=True),
  S("vật liệu xây dựng", "C23", opt=True),
  P("11,5%", "+", sec="C"),
  P("15,4%", "+", sec="A"),
  P("24%", "+"),
  P("10%", "+"))
X("t0027",
  O("Phó Thủ tướng Thường trực Trương Hòa Bình", "Trương Hòa Bình", title="Phó Thủ tướng Thường trực"),
  D("Nghị quyết Trung ương 5, khóa XII", "Nghị quyết", None, iss="Ban Chấp hành Trung ương Đảng", opt=True))
X("t0028",
  D("Nghị quyết ĐHĐCĐ số 03/2024/NQ-ĐHĐCĐ-VHM", "Nghị quyết", "03/2024/NQ-ĐHĐCĐ-VHM", iss="ĐHĐCĐ", date="2024-09-04", opt=True),
  D("Nghị quyết HĐQT số 15/2024/NQ-HĐQT-VH", "Nghị quyết", "15/2024/NQ-HĐQT-VH", iss="HĐQT", date="2024-09-05", opt=True),
  D("Quyết định HĐQT số 04.10/2024/NQ-HĐQT-VH", "Quyết định", "04.10/2024/NQ-HĐQT-VH", iss="HĐQT", date="2024-10-04", opt=True))
X("t0029",
  P("40%", None))
X("t0030",
  O("Bà Nguyễn Thị Hồng Minh, chủ tịch danh dự VASEP, nguyên Thứ trưởng Bộ Thủy sản", "Nguyễn Thị Hồng Minh",
    hon="bà", title="chủ tịch danh dự", org="VASEP"))
X("t0031",
  O("Chủ tịch UBND TP Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP"))
X("t0032",
  D("Công văn", "Công văn", None, date="2014-03-10", opt=True))
X("t0033",
  S("kinh doanh taxi", "H49"))
X("t0034",
  D("Luật Giá năm 2023", "Luật", None))
X("t0035",
  O("Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến", "Đỗ Văn Chiến",
    title="Chủ tịch", org="Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"))
X("t0036")
X("t0037")
X("t0038")
X("t0039")
X("t0040",
  D("Nghị định của Chính phủ quy định cơ chế DPPA", "Nghị định", None, iss="Chính phủ", opt=True))
X("t0041",
  D("Luật Đất đai năm 1993", "Luật", None))
X("t0042",
  O("Bộ trưởng Diên", "Diên", title="Bộ trưởng"))
X("t0043")
X("t0044")
X("t0045",
  O("Nguyễn Thu Hiền (sinh năm 1986, trú tại Trung Phụng, Đống Đa, Hà Nội, nguyên cán bộ Ngân hàng Ocean Bank)",
    "Nguyễn Thu Hiền", title="cán bộ", org="Ngân hàng Ocean Bank", former=True, opt=True),
  D("Bộ luật Hình sự", "Bộ luật", None))
X("t0046",
  S("giao thông vận tải đường sắt", "H49"))
X("t0047",
  P("3,12%", "+", per="quý I/2017", cmp="so với cùng kỳ năm ngoái"))
X("t0048",
  S("bất động sản", "L68"))
X("t0049",
  P("15%", "+"))
X("t0050")
X("t0051",
  P("5,1%", "+", per="quý I"),
  P("5,48%", "+"))
X("t0052",
  D("dự thảo Nghị quyết", "Nghị quyết", None, opt=True))
X("t0053",
  O("Chủ tịch Quốc hội Campuchia Heng Samrin", "Heng Samrin", title="Chủ tịch", org="Quốc hội Campuchia",
    mentions=("Heng Samrin",)),
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội",
    mentions=("Nguyễn Thị Kim Ngân",)))
X("t0054")
X("t0055",
  O("ông Phạm Chí Quang, Vụ trưởng Vụ Chính sách tiền tệ (Ngân hàng Nhà nước)", "Phạm Chí Quang", hon="ông",
    title="Vụ trưởng", org="Vụ Chính sách tiền tệ"))
X("t0056",
  S("chế biến nông sản", "C10"))
X("t0057",
  P("0,23%", "+"))
X("t0058",
  P("0,36%", "+"))
X("t0059",
  D("Nghị định\xa0số\xa0111/2015/NĐ-CP", "Nghị định", "111/2015/NĐ-CP"),
  S("công nghiệp hỗ trợ", "C"),
  S("công nghiệp hỗ trợ", "C", occ=1),
  D("nghị định sửa đổi bổ sung về công nghiệp hỗ trợ", "Nghị định", None, iss=None, opt=True))
X("t0060")
X("t0061")
X("t0062",
  S("năng lượng", "D35", opt=True),
  P("1,31%", "-"))
X("t0063",
  P("2%", "-"),
  D("Nghị quyết số 43", "Nghị quyết", "43", iss=None))
X("t0064",
  P("202%", None, cmp="so với cùng kỳ"),
  P("170%", None))
X("t0065",
  D("Luật Tổ chức chính quyền địa phương", "Luật", None))
X("t0066",
  P("4,85%", None))
X("t0067")
X("t0068",
  P("7%", "-", q="khoảng", per="năm nay"))
X("t0069")
X("t0070",
  S("năng lượng", "D35", opt=True))
X("t0071")
X("t0072")
X("t0073")
X("t0074",
  D("Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP)", "Hiệp định", None))
X("t0075",
  D("Nghị định 125/2018/NĐ-CP", "Nghị định", "125/2018/NĐ-CP"),
  D("Nghị định 64/2016/ND-CP", "Nghị định", "64/2016/ND-CP", iss="Chính phủ"),
  D("Nghị định 11/2020/NĐ-CP", "Nghị định", "11/2020/NĐ-CP"))
X("t0076",
  S("thực phẩm", "C10"),
  S("kinh doanh nhà hàng", "I56"),
  S("dịch vụ lưu trú", "I55"))
X("t0077")
X("t0078",
  S("năng lượng", None, codes=["B06", "D35"]))
X("t0079")
X("t0080",
  O("Bộ trưởng Bộ Khoa học và Công nghệ Chu Ngọc Anh", "Chu Ngọc Anh", title="Bộ trưởng", org="Bộ Khoa học và Công nghệ"))
X("t0081",
  S("dịch vụ khám bệnh, chữa bệnh", "Q86", opt=True),
  S("dịch vụ khám bệnh, chữa bệnh", "Q86", occ=1, opt=True))
X("t0082",
  P("60%", None))
X("t0083")
X("t0084",
  P("38%", None))
X("t0085",
  P("1,00-1,25%", "+"))
X("t0086",
  D("Nghị định số 44/2023/NĐ-CP", "Nghị định", "44/2023/NĐ-CP"))
X("t0087",
  O("ông Bùi Xuân Cường, Phó Chủ tịch UBND TP.HCM", "Bùi Xuân Cường", hon="ông", title="Phó Chủ tịch", org="UBND TP.HCM"))
X("t0088",
  O("Ủy viên Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh nhiệm kỳ 2020 - 2025, Phó Chủ tịch Ủy Thành phố Hồ Chí Minh nhiệm kỳ 2021 - 2026 Trần Thị Diệu Thúy",
    "Trần Thị Diệu Thúy", title="Phó Chủ tịch", org="Ủy Thành phố Hồ Chí Minh"))
X("t0089")
X("t0090",
  P("0,1 đến 0,2%", None))
X("t0091")
X("t0092",
  S("bất động sản", "L68", opt=True))
X("t0093",
  D("Nghị định số 63/2024/NĐ-CP", "Nghị định", "63/2024/NĐ-CP", date="2024-06-10"))
X("t0094")
X("t0095",
  O("Phó Chủ tịch Hội doanh nhân trẻ Việt Nam, Trưởng Ban Tổ chức Shark Tank Việt Nam, ông Trần Anh Vương", "Trần Anh Vương",
    hon="ông", title="Phó Chủ tịch", org="Hội doanh nhân trẻ Việt Nam"),
  P("10%", None, q="hơn"))
X("t0096")
X("t0097",
  O("Vũ Thanh Hương, Phó Trưởng khoa Kinh tế và Kinh doanh quốc tế (Trường Đại học Kinh tế), Đại học Quốc gia Hà Nội",
    "Vũ Thanh Hương", title="Phó Trưởng khoa", org="Khoa Kinh tế và Kinh doanh quốc tế"),
  S("Dệt may", "C", codes=["C13", "C14"]),
  S("giày dép", "C15", opt=True),
  S("thép", "C24"))
X("t0098")
X("t0099",
  S("nghề cá", "A03"),
  S("kinh tế biển", None, opt=True),
  S("du lịch", None, codes=DL))
X("t0100",
  S("hồ tiêu", "A01"))
X("t0101",
  P("0,83%", "+", per="năm 2024", cmp="so với cùng kỳ năm 2023"),
  P("22,4%", "+", per="năm 2024", cmp="so với cùng kỳ năm 2023"))
X("t0102")
X("t0103",
  S("giáo dục", "P85"))
X("t0104")
X("t0105",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("t0106",
  S("giáo dục", "P85", opt=True))
X("t0107",
  S("du lịch", None, codes=DL))
X("t0108",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  S("hàng không", "H51", opt=True))
X("t0109",
  D("Nghị quyết về phê chuẩn quyết toán ngân sách nhà nước năm 2015", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("t0110")
X("t0111",
  O("ông Nguyễn Nam Liên - Vụ trưởng Vụ Kế hoạch tài chính (Bộ Y tế)", "Nguyễn Nam Liên", hon="ông",
    title="Vụ trưởng", org="Vụ Kế hoạch tài chính"))
X("t0112")
X("t0113",
  P("từ 10 đến 12%", "+", cmp="so với ngày thường"))
X("t0114")
X("t0115",
  O("ông Lương Xuân Hòa, Chủ tịch Hội người Việt Nam tỉnh Udon Thani", "Lương Xuân Hòa", hon="ông",
    title="Chủ tịch", org="Hội người Việt Nam tỉnh Udon Thani"))
X("t0116")
X("t0117",
  D("Nghị quyết trung ương 4", "Nghị quyết", None, iss="Ban Chấp hành Trung ương Đảng", opt=True),
  O("Tổng bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng bí thư"))
X("t0118",
  P("38,3%", "-", cmp="so với giao dịch buổi sáng"))
X("t0119",
  O("Phó Giám đốc Sở giáo dục đào tạo tỉnh Yên Bái, bà Tô Thị Ánh", "Tô Thị Ánh", hon="bà",
    title="Phó Giám đốc", org="Sở giáo dục đào tạo tỉnh Yên Bái"))
X("t0120")
X("t0121",
  P("1,2%", "-", per="tháng 11/2022", cmp="so với tháng trước"),
  P("7,8%", "-", per="tháng 11/2022", cmp="so với cùng kỳ năm trước"))
X("t0122")
X("t0123",
  S("BĐS", "L68"))
X("t0124",
  S("thép", "C24"))
X("t0125")
X("t0126",
  O("ông Nguyễn Đức Hiển, Giám đốc Ngân hàng Nhà nước Chi nhánh Quảng Ninh", "Nguyễn Đức Hiển", hon="ông",
    title="Giám đốc", org="Ngân hàng Nhà nước Chi nhánh Quảng Ninh"))
X("t0127",
  S("bất động sản", "L68"))
X("t0128",
  S("nông, lâm, thủy sản", "A", codes=["A01", "A02", "A03"]),
  P("16,39%", "-", sec="A", per="năm 2016"),
  P("12,19%", "-", sec="A", per="năm 2025"),
  S("công nghiệp - xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("40,59%", "+", per="năm 2016"),
  P("50,7%", "+", per="năm 2025"))
X("t0129",
  D("Luật Đầu tư công", "Luật", None))
X("t0130",
  D("Thông tư 02/2017 - BYT", "Thông tư", "02/2017-BYT", iss="Bộ Y tế"),
  S("dịch vụ y tế", "Q86", opt=True),
  P("20 - 30%", "+"))
X("t0131")
X("t0132")
X("t0133")
X("t0134")
X("t0135",
  O("bà Vũ Thị Thanh Liễu, Phó Giám đốc Trung tâm Dịch vụ việc làm Hà Nội", "Vũ Thị Thanh Liễu", hon="bà",
    title="Phó Giám đốc", org="Trung tâm Dịch vụ việc làm Hà Nội"))
X("t0136",
  S("chứng khoán", "K66", opt=True))
X("t0137")
X("t0138",
  P("8%", "+", cmp="so với cùng kỳ"))
X("t0139",
  O("Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng",
    "Phan Xuân Dũng", title="Chủ nhiệm", org="Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"),
  D("Luật Chuyển giao công nghệ", "Luật", None, opt=True))
X("t0140",
  O("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim Ngân", title="Chủ tịch", org="Quốc hội"),
  S("luật sư", "M69", opt=True))
X("t0141",
  P("7%", None, per="giữa năm 1950 tới năm 2015", ps="1950-07-01", pe="2015-12-31"))
X("t0142")
X("t0143",
  P("80%", "+"),
  P("60%", "+"),
  P("55%", "+"),
  P("85%", "+"))
X("t0144")
X("t0145",
  O("Hoàng Bảo Trung, Uỷ viên Ban Chấp hành Công đoàn Viên chức Việt Nam khoá VI, Trưởng Ban Tổ chức – Kiểm tra Công đoàn Viên chức Việt Nam",
    "Hoàng Bảo Trung", hon="ông", title="Trưởng Ban", org="Ban Tổ chức – Kiểm tra Công đoàn Viên chức Việt Nam"))
X("t0146",
  P("51%", None, q="trên"),
  D("Luật Đầu tư năm 2014", "Luật", None))
X("t0147")
X("t0148",
  O("ông Trịnh Văn Quyết (cựu Chủ tịch HĐQT Tập đoàn FLC)", "Trịnh Văn Quyết", hon="ông",
    title="Chủ tịch HĐQT", org="Tập đoàn FLC", former=True),
  S("chứng khoán", "K66", opt=True))
X("t0149",
  D("Nghị quyết về chất vấn và trả lời chất vấn", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("t0150")
X("t0151",
  O("ông Dương Duy Hưng, Vụ trưởng Vụ Kế hoạch (Bộ Công Thương)", "Dương Duy Hưng", hon="ông",
    title="Vụ trưởng", org="Vụ Kế hoạch"))
X("t0152",
  P("0,2%", "-", per="quý 1", cmp="so với quý trước"),
  P("0,1%", "-", per="quý 1", cmp="so với quý trước"))
X("t0153")
X("t0154",
  O("Bộ trưởng Đào Ngọc Dung", "Đào Ngọc Dung", title="Bộ trưởng"))
X("t0155",
  O("ông Nguyễn Xuân Hoàng, Phó Chủ tịch Hội đồng quản trị Công ty cổ phần MISA", "Nguyễn Xuân Hoàng", hon="ông",
    title="Phó Chủ tịch Hội đồng quản trị", org="Công ty cổ phần MISA"))
X("t0156")
X("t0157",
  O("Tổng Giám đốc Bảo hiểm xã hội Việt Nam Nguyễn Thị Minh", "Nguyễn Thị Minh", title="Tổng Giám đốc",
    org="Bảo hiểm xã hội Việt Nam"))
X("t0158",
  P("90%", None, q="gần"))
X("t0159")
X("t0160",
  P("38,2%", None))
X("t0161",
  P("38,8%", "+", per="đến hết tháng 5/2017", cmp="so với cùng kỳ 2016", ps="2017-01-01", pe="2017-05-31"))
X("t0162")
X("t0163",
  P("30%", None, q="hơn"))
X("t0164",
  D("Nghị quyết 19", "Nghị quyết", "19", iss=None))
X("t0165",
  P("30%", None, q="gần"))
X("t0166",
  O("ông Phạm Sỹ Quý, Giám đốc Sở Tài nguyên và Môi trường Yên Bái", "Phạm Sỹ Quý", hon="ông",
    title="Giám đốc", org="Sở Tài nguyên và Môi trường Yên Bái"))
X("t0167")
X("t0168",
  P("6,36%", "+", per="nhiệm kỳ 2020-2025", ps="2020-01-01", pe="2025-12-31"))
X("t0169")
X("t0170",
  D("Quyết định bổ nhiệm", "Quyết định", None, iss=None, opt=True),
  O("Đỗ Thị Hà Xuyên giữ chức vụ Giám đốc điều hành Công ty KESAN", "Đỗ Thị Hà Xuyên",
    title="Giám đốc điều hành", org="Công ty KESAN"))
X("t0171",
  O("nhà chiến lược Ford O'Connell của đảng Cộng hòa", "Ford O'Connell", title="nhà chiến lược",
    org="đảng Cộng hòa", opt=True),
  D("Hiệp định Paris", "Hiệp định", None))
X("t0172",
  P("55,10%", None),
  P("41,62%", None))
X("t0173")
X("t0174")
X("t0175",
  D("Nghị quyết số 35", "Nghị quyết", "35", iss=None))
X("t0176",
  P("7,5-9%", "+"))
X("t0177")
X("t0178",
  O("Giám đốc Sở Xây dựng Lê Văn Dục", "Lê Văn Dục", title="Giám đốc", org="Sở Xây dựng"))
X("t0179",
  D("Chỉ thị", "Chỉ thị", None, iss=None, opt=True))
X("t0180")
X("t0181")
X("t0182",
  P("78,57%", None))
X("t0183",
  O("Ông Chu Văn Bình, Chủ tịch Công đoàn ngành TT&TT", "Chu Văn Bình", hon="ông", title="Chủ tịch",
    org="Công đoàn ngành TT&TT", mentions=("Chủ tịch Công đoàn ngành TT&TT",)))
X("t0184",
  P("+/-3%", None))
X("t0185")
X("t0186",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  P("5%", None))
X("t0187",
  P("10%", None))
X("t0188",
  P("92,4%", None, per="nửa đầu năm"))
X("t0189",
  S("du lịch", None, codes=DL),
  S("du lịch", None, codes=DL, occ=1))
X("t0190",
  P("1%", "-", q="dưới"),
  S("thủy điện", "D35", opt=True))
X("t0191")
X("t0192",
  P("52%", None),
  P("48%", None))
X("t0193",
  S("bất động sản", "L68", opt=True))
X("t0194")
X("t0195",
  D("Nghị quyết số 192/NQ-CP", "Nghị quyết", "192/NQ-CP", date="2023-11-18"))
X("t0196",
  S("thủy sản", "A03"),
  S("hải sản", "A03", opt=True))
X("t0197",
  P("20%", None))
X("t0198",
  O("bà Nguyễn Võ Minh Thư, Trưởng phòng quản lý lao động thuộc Hepza", "Nguyễn Võ Minh Thư", hon="bà",
    title="Trưởng phòng", org="phòng quản lý lao động thuộc Hepza"),
  P("95%", None, per="năm 2016"))
X("t0199",
  D("Nghị định số 47/2017/NĐ-CP", "Nghị định", "47/2017/NĐ-CP"))
X("t0200")
X("t0201")
X("t0202",
  D("quyết định", "Quyết định", None, iss="Thủ tướng Chính phủ", opt=True))
X("t0203",
  P("100%", "-"))
X("t0204",
  O("đại biểu Nguyễn Khắc Định", "Nguyễn Khắc Định", title="đại biểu"),
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True),
  S("ngân hàng", "K64"))
X("t0205",
  P("-0,5%", "-"))
X("t0206",
  O("ông Huỳnh Vĩnh Ái, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Huỳnh Vĩnh Ái", hon="ông",
    title="Thứ trưởng", org="Bộ Văn hóa, Thể thao và Du lịch", mentions=("Thứ trưởng Bộ VHTT và DL",)),
  D("Công văn 2383/BVHTTDL-TCDL", "Công văn", "2383/BVHTTDL-TCDL"))
X("t0207",
  O("Ông Nguyễn Sự - nguyên Chủ tịch thị xã và Bí thư Hội An", "Nguyễn Sự", hon="ông", title="Bí thư",
    org="Hội An", former=True))
X("t0208",
  S("xây dựng", "F"))
X("t0209")
X("t0210",
  D("Luật Du lịch", "Luật", None))
X("t0211",
  S("du lịch", None, codes=DL, opt=True))
X("t0212",
  D("Luật Đầu tư công", "Luật", None),
  O("Đại biểu Trần Hoàng Ngân (Thành phố Hồ Chí Minh)", "Trần Hoàng Ngân", title="Đại biểu"))
X("t0213")
X("t0214",
  D("Thông tư 02", "Thông tư", "02", iss=None),
  S("cho vay tiêu dùng", "K64"))
X("t0215",
  D("Thông tư số 32/2024/TT-NHNN", "Thông tư", "32/2024/TT-NHNN", date="2024-06-30"))
X("t0216",
  D("Nghị định", "Nghị định", None, iss=None, opt=True))
X("t0217",
  S("chế biến sâu", "C", opt=True))
X("t0218",
  P("35,4%", None),
  P("10%", None, q="khoảng"))
X("t0219",
  P("95%", None, q="khoảng", per="tính tới ngày 6.2"),
  P("100%", None, q="gần", per="tính tới ngày 6.2"))
X("t0220",
  S("công nghiệp", None, codes=DCCN, opt=True),
  P("6,6%", "+", per="năm 2023"))
X("t0221",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Quốc vương Norodom Sihamoni", "Norodom Sihamoni", title="Quốc vương"))
X("t0222",
  P("30%", "-"))
X("t0223",
  P("7%-10%", None, q="khoảng"))
X("t0224",
  O("đại biểu Ngô Minh Châu", "Ngô Minh Châu", title="đại biểu"),
  D("dự thảo Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("t0225")
