# dev3 annotations, annotator 4: sentences g0301-g0400, articles ga13-ga16
X("g0301")
X("g0302",
  S("logistics", "H52", codes=["H52"]),
  S("giao thương quốc tế", "G46", codes=["G46"], opt=True))
X("g0303",
  P("36%", None),
  P("23%", None),
  P("19%", None))
X("g0304",
  S("chứng khoán", "K66", codes=["K66"], opt=True),
  S("thời trang", "C14", codes=["C14"], opt=True),
  O("Chủ tịch phụ trách mảng thời trang của thương hiệu Chanel, ông Bruno Pavlosky", "Bruno Pavlosky", hon="ông",
    title="Chủ tịch phụ trách mảng thời trang", org="Chanel"))
X("g0305",
  P("87,2%", "+", per="6 tháng đầu năm", cmp="so với cùng kỳ năm 2016"))
X("g0306")
X("g0307",
  O("TS Nguyễn Bách Tùng, Giám đốc Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không ADCC",
    "Nguyễn Bách Tùng", pre="TS", title="Giám đốc",
    org="Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không ADCC"))
X("g0308",
  P("2%", "+"))
X("g0309",
  O("Đại tá Đào Vịnh Thắng, Trưởng phòng CSGT (PC67) Công an TP Hà Nội", "Đào Vịnh Thắng", pre="Đại tá",
    title="Trưởng phòng", org="Phòng CSGT (PC67) Công an TP Hà Nội"))
X("g0310")
X("g0311",
  P("11%", None, q="hơn", per="Tính đến ngày 8/5/2025", ps=None, pe="2025-05-08"))
X("g0312")
X("g0313",
  D("Quyết định", "Quyết định", None, iss=None, opt=True))
X("g0314",
  P("14,5%", "-", per="30 năm tới"))
X("g0315",
  O("Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng", "Nguyễn Thị Hồng", title="Thống đốc",
    org="Ngân hàng Nhà nước Việt Nam"))
X("g0316",
  D("Chỉ thị của Thủ tướng", "Chỉ thị", None, iss="Thủ tướng", opt=True))
X("g0317",
  D("Nghị định 163/2006", "Nghị định", "163/2006"),
  D("Nghị định 11/2012", "Nghị định", "11/2012"),
  D("Bộ Luật dân sự 2005", "Bộ luật", None, iss=None))
X("g0318",
  D("Hiến pháp", "Hiến pháp", None, iss=None),
  D("Nghị quyết số\xa027-NQ/TW", "Nghị quyết", "27-NQ/TW"))
X("g0319",
  P("68,2%", None))
X("g0320",
  S("xây dựng", "F", codes=["F"], opt=True))
X("g0321",
  D("Quyết định 26", "Quyết định", "26", iss="TP"),
  D("Luật Xây dựng", "Luật", None, iss=None))
X("g0322",
  D("kế hoạch đấu giá", "Kế hoạch", None, iss=None, opt=True))
X("g0323",
  D("Chỉ thị về Thẩm định Trách nhiệm Bền vững Doanh nghiệp", "Chỉ thị", None, iss=None, opt=True))
X("g0324",
  D("Quyết định 135/2007", "Quyết định", "135/2007", iss="TP"),
  D("Quyết định 45/2012", "Quyết định", "45/2012", iss="TP"))
X("g0325")
X("g0326",
  O("Ông Đào Minh Tú, Phó Thống đốc NHNN", "Đào Minh Tú", hon="ông", title="Phó Thống đốc", org="NHNN"),
  S("ngân hàng", "K64", codes=["K64"]),
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]))
X("g0327",
  D("Hiệp định bảo tồn và sử dụng bền vững đa dạng sinh học tại vùng biển nằm ngoài phạm vi tài phán quốc gia",
    "Hiệp định", None, iss=None))
X("g0328",
  S("vận chuyển", "H", codes=["H"], opt=True))
X("g0329",
  D("Quyết định số 508/QĐ-TTg", "Quyết định", "508/QĐ-TTg", date="2022-04-23"))
X("g0330",
  D("Luật", "Luật", None, iss=None, opt=True))
X("g0331",
  S("đóng gói thịt", "C10", codes=["C10"], opt=True),
  S("chế biến thực phẩm", "C10", codes=["C10"]))
X("g0332",
  S("sản xuất ô tô", "C29", codes=["C29"]),
  P("28,3%", "+", per="tháng 1/2017", cmp="so với cùng kỳ năm trước"))
X("g0333")
X("g0334",
  S("du lịch", None, codes=["I55", "N79"]))
X("g0335")
X("g0336")
X("g0337",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Tổng thống Milos Zeman", "Milos Zeman", title="Tổng thống"))
X("g0338",
  D("dự thảo Nghị quyết của Quốc hội", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("g0339")
X("g0340",
  O("Bộ trưởng Tình báo Iran Mahmoud Alavi", "Mahmoud Alavi", title="Bộ trưởng Tình báo", org="Iran"))
X("g0341",
  O("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính",
    "Phạm Minh Chính", title="Trưởng Ban", org="Ban Tổ chức Trung ương"))
X("g0342",
  P("20%", None))
X("g0343",
  O("Thẩm phán Nghiêm Thị Lượng, Chánh tòa Hình sự, TAND tỉnh Bắc Ninh", "Nghiêm Thị Lượng", pre="Thẩm phán",
    title="Chánh tòa", org="Tòa Hình sự, TAND tỉnh Bắc Ninh"))
X("g0344",
  P("145%", "-"),
  P("50-65%", "-", q="khoảng"))
X("g0345")
X("g0346",
  P("35%", "+", cmp="so với tháng 4/2022"),
  P("10%", "+", cmp="so với tháng 4/2022"))
X("g0347",
  D("Nghị quyết số 85/2014/QH13", "Nghị quyết", "85/2014/QH13"))
X("g0348")
X("g0349",
  O("ông Trần Đình Mạnh, nguyên Bí thư, Chủ tịch UBND huyện Tuy Đức", "Trần Đình Mạnh", hon="ông",
    title="Chủ tịch", org="UBND huyện Tuy Đức", former=True))
X("g0350",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("g0351",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("g0352")
X("g0353")
X("g0354")
X("g0355",
  S("chăn nuôi", "A01", codes=["A01"], opt=True),
  O("đại biểu Cương", "Cương", title="đại biểu"),
  S("nông sản", "A01", codes=["A01"], opt=True))
X("g0356",
  P("63,86%", "+", per="từ phiên 10/4/2025", ps="2025-04-10", pe=None),
  P("38,76%", "+", per="từ phiên 10/4/2025", ps="2025-04-10", pe=None),
  P("42,78%", "+", per="từ phiên 10/4/2025", ps="2025-04-10", pe=None),
  P("23%", "+", per="từ phiên 10/4/2025", ps="2025-04-10", pe=None, cmp="so với phiên tạo đáy"))
X("g0357",
  S("du lịch nghỉ dưỡng", None, codes=["I55", "N79"]))
X("g0358",
  D("Luật quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh doanh tại doanh nghiệp", "Luật", None, iss=None),
  D("Nghị định số 91/2015/NĐ-CP", "Nghị định", "91/2015/NĐ-CP", date="2015-10-13"))
X("g0359",
  S("hàng không", "H51", codes=["H51"], opt=True),
  S("hàng không", "H51", codes=["H51"], occ=1, opt=True))
X("g0360",
  O("Bộ trưởng Bộ Tài chính Nhật Bản Katsunobu Kato", "Katsunobu Kato", title="Bộ trưởng",
    org="Bộ Tài chính Nhật Bản"))
X("g0361",
  D("Đề án Phát triển chip vi mạch, bán dẫn và trí tuệ nhân tạo", "Đề án", None, iss=None, opt=True),
  S("chip vi mạch", "C26", codes=["C26"], opt=True),
  S("bán dẫn", "C26", codes=["C26"], opt=True),
  S("trí tuệ nhân tạo", "J62", codes=["J62"], opt=True))
X("g0362",
  S("năng lượng", "D35", codes=["D35"], opt=True),
  O("ông John Robert Cotton, Quản lý Chương trình Cấp cao của Quỹ Đối tác Chuyển dịch năng lượng Đông Nam Á (ETP)",
    "John Robert Cotton", hon="ông", title="Quản lý Chương trình Cấp cao",
    org="Quỹ Đối tác Chuyển dịch năng lượng Đông Nam Á (ETP)"),
  S("năng lượng", "D35", codes=["D35"], at="sử dụng năng lượng", opt=True))
X("g0363",
  S("khai khoáng", "B", codes=["B"]),
  P("4,25%", "-", sec="B"))
X("g0364")
X("g0365")
X("g0366",
  S("ngân hàng", "K64", codes=["K64"]),
  O("ông Michael Arenata, chuyên gia dịch vụ tài chính ngân hàng, Tập đoàn Amazon Web Services", "Michael Arenata",
    hon="ông", title="chuyên gia dịch vụ tài chính ngân hàng", org="Tập đoàn Amazon Web Services", opt=True),
  S("dịch vụ tài chính ngân hàng", "K", codes=["K64", "K66"], opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
X("g0367",
  O("lãnh đạo đảng DUP, Arlene Foster", "Arlene Foster", title="lãnh đạo", org="đảng DUP"))
X("g0368")
X("g0369",
  D("Kế hoạch đầu tư công trung hạn", "Kế hoạch", None, iss=None, opt=True))
X("g0370",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng"),
  D("Thông báo số 190/TB-VPCP", "Thông báo", "190/TB-VPCP", date="2024-05-03"))
X("g0371",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"),
  O("Thư ký báo chí Sean Spicer", "Sean Spicer", title="Thư ký báo chí"))
X("g0372")
X("g0373",
  P("10-20%", "-"))
X("g0374")
X("g0375")
X("g0376")
X("g0377",
  D("Hiệp ước Cấm thử nghiệm từng phần", "Hiệp ước", None, iss=None),
  D("Hiệp ước không phổ biến vũ khí hạt nhân", "Hiệp ước", None, iss=None),
  D("Hiệp ước ABM", "Hiệp ước", None, iss=None),
  D("SALT I", "Hiệp ước", None, iss=None, opt=True),
  D("Hiệp định về ngăn ngừa chiến tranh hạt nhân", "Hiệp định", None, iss=None))
X("g0378",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True),
  S("dịch vụ", None, codes=["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"], opt=True))
X("g0379",
  O("ông Trần Thanh Tịnh, Giám đốc Ban Quản lý dự án chuyên ngành dân dụng và công nghiệp tỉnh Bà Rịa- Vũng Tàu",
    "Trần Thanh Tịnh", hon="ông", title="Giám đốc",
    org="Ban Quản lý dự án chuyên ngành dân dụng và công nghiệp tỉnh Bà Rịa- Vũng Tàu"))
X("g0380",
  S("công nghiệp", None, codes=["B", "C", "D", "E"]),
  S("nông nghiệp", "A", codes=["A"]),
  S("xây dựng", "F", codes=["F"]),
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("giáo dục", "P85", codes=["P85"]))
X("g0381",
  S("nhà kho/nhà xưởng", "L68", codes=["L68"], opt=True),
  P("20%", None, per="Tính hết năm 2022", ps=None, pe="2022-12-31"),
  P("23%", None, per="Tính hết năm 2022", ps=None, pe="2022-12-31"))
X("g0382",
  D("Nghị định 67", "Nghị định", "67", iss=None),
  O("đại biểu Trương Minh Hoàng", "Trương Minh Hoàng", title="đại biểu"))
X("g0383")
X("g0384")
X("g0385",
  O("ông Phạm Thái Bình, Chủ tịch Hội đồng quản trị Công ty Cổ phần Nông nghiệp công nghệ cao Trung An",
    "Phạm Thái Bình", hon="ông", title="Chủ tịch Hội đồng quản trị",
    org="Công ty Cổ phần Nông nghiệp công nghệ cao Trung An"),
  S("chế biến xuất khẩu gạo", None, codes=["C10", "G46"], opt=True))
X("g0386",
  O("John Watson, CEO của Chevron", "John Watson", title="CEO", org="Chevron"),
  S("năng lượng", None, codes=["B06", "D35"]))
X("g0387",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng"),
  D("quyết định chủ trương đầu tư", "Quyết định", None, iss=None, opt=True),
  S("kinh doanh kết cấu hạ tầng khu công nghiệp", "L68", codes=["L68"], opt=True))
X("g0388",
  D("Hiệp định vận tải hàng không ASEAN-EU", "Hiệp định", None, iss=None, opt=True))
X("g0389",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch", org="Real"))
X("g0390",
  O("Phó Chủ tịch Ủy ban nhân dân TP.HCM Nguyễn Văn Dũng", "Nguyễn Văn Dũng", title="Phó Chủ tịch",
    org="Ủy ban nhân dân TP.HCM"))
X("g0391",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("g0392",
  P("19,9%", "+", per="7 tháng đầu năm 2024"),
  P("5,8%", "+", per="7 tháng đầu năm 2024"),
  P("8,1%", None, per="7 tháng đầu năm 2024"),
  P("3%", None, per="7 tháng đầu năm 2024"))
X("g0393",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("g0394")
X("g0395",
  D("Quyết định số 166/QĐ-BHXH", "Quyết định", "166/QĐ-BHXH"))
X("g0396",
  O("TS Nguyễn Đình Cung, Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM)", "Nguyễn Đình Cung",
    pre="TS", title="Viện trưởng", org="Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM)"),
  P("1 điểm phần trăm", "+"),
  P("1,5 điểm phần trăm", None))
X("g0397")
X("g0398",
  O("Tổng Giám đốc Vietnam Airlines ông Lê Hồng Hà", "Lê Hồng Hà", hon="ông", title="Tổng Giám đốc",
    org="Vietnam Airlines"),
  P("23%", "+", per="năm 2024", cmp="so với năm trước"))
X("g0399",
  D("dự án Luật sửa đổi, bổ sung một số điều", "Luật", None, iss=None, opt=True),
  D("Bộ luật Hình sự số 100/2015/QH13", "Bộ luật", "100/2015/QH13"))
X("g0400")

# ---------------------------------------------------------------- articles
ART("ga13",
  # [1]
  P("22%", "-", per="quý 4/2022", cmp="theo quý"),
  P("18%", "-", per="quý 4/2022", cmp="theo năm"),
  P("91%", "-", per="quý 4/2022", cmp="theo quý"),
  P("82%", "-", per="quý 4/2022", cmp="theo năm"),
  # [2]
  P("34%", "-", per="quý 4/2022", cmp="theo quý"),
  P("52%", "-", per="quý 4/2022", cmp="theo năm"),
  P("85%", None, per="quý 4/2022", cmp=None),
  P("21%", None, per="quý 4/2022", cmp=None),
  P("4 điểm %", "-", per="quý 4/2022", cmp="theo quý"),
  P("15 điểm %", "-", per="quý 4/2022", cmp="theo năm"),
  P("51%", None, per="quý 4/2022", cmp=None),
  P("44%", "-", per="cả năm 2022", cmp="theo năm"),
  # [3]
  P("6%", "-", per="quý 4/2022", cmp="theo quý"),
  P("1%", "-", per="quý 4/2022", cmp="theo quý"),
  P("10%", "-", per="quý 4/2022", cmp="theo quý"),
  # [4]
  O("Bà Đỗ Thu Hằng, Giám đốc cấp cao, Bộ phận nghiên cứu và tư vấn Savills Hà Nội", "Đỗ Thu Hằng", hon="bà",
    title="Giám đốc cấp cao", org="Bộ phận nghiên cứu và tư vấn Savills Hà Nội", mentions=["bà Hằng"]),
  # [5]
  P("55%", None),
  P("20%", None),
  P("22%", None, q="khoảng", occ=1),
  # [7]
  S("bất động sản", "L68", codes=["L68"]),
  S("nhà liền thổ", "L68", codes=["L68"], at="thị trường nhà liền thổ", opt=True),
  S("bất động sản", "L68", codes=["L68"], occ=1))
ART("ga14",
  O("đội trưởng Wayne Rooney", "Wayne Rooney", title="đội trưởng", opt=True, mentions=["Rooney"]),
  O("đội phó Smalling", "Smalling", title="đội phó", opt=True, mentions=["Smalling"]),
  O("HLV Mourinho", "Mourinho", title="HLV", opt=True, mentions=["Mourinho"]),
  O("Đại diện Lamboley", "Lamboley", title="Đại diện", opt=True),
  O("chủ tịch Benfica, ông Luis Filipe Vieira", "Luis Filipe Vieira", hon="ông", title="chủ tịch", org="Benfica",
    mentions=["Chủ tịch Benfica"]),
  O("Chủ tịch Perez", "Perez", title="Chủ tịch", org="Real Madrid", mentions=["Perez"]))
ART("ga15",
  O("ông Trần Văn Dai, thành viên HĐQT", "Trần Văn Dai", hon="ông", title="thành viên HĐQT"),
  P("0,01%", "-", per="ngày 9/12"),
  P("0%", "-", per="ngày 9/12"),
  P("22,7%", "+", per="từ ngày 28/10 đến ngày 10/12"),
  P("54,1%", None, per="9 tháng đầu năm 2024"),
  P("64,5%", None, per="9 tháng đầu năm 2024"),
  P("19,2%", "+", per="từ ngày 28/10 đến ngày 25/11"),
  S("Nông nghiệp", "A", codes=["A"], opt=True),
  D("Kế hoạch số hóa Nông nghiệp", "Kế hoạch", None, iss=None, opt=True),
  S("Nông nghiệp", "A", codes=["A"], occ=1, opt=True))
ART("ga16",
  P("90%", None),
  P("90%", None, q="hơn", occ=1),
  P("1,6%", "+"),
  P("0,13%", "-", per="từ đầu tuần"),
  P("1,8%", "+"),
  P("0,5%", "-", per="từ đầu tuần"),
  P("92%", None),
  P("90%", None, per="tháng Một", at="tương ứng 90%"),
  P("60%", None))
