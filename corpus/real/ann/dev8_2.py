# dev8 annotator 2: l0091-l0180, la06-la10
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("l0091",
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("l0092",
  P("15,5%", "-", sec="C22"),
  S("sản phẩm từ cao su và plastic", "C22", codes=["C22"]),
  P("11,9%", "-", sec="C33"),
  S("sữa chữa, bảo dưỡng và lắp đặt máy móc, thiết bị", "C33", codes=["C33"]),
  P("11,7%", "-", sec="C19"),
  S("than cốc, sản phẩm dầu mỏ tinh chế", "C19", codes=["C19"]),
  P("3,3%", "-", sec="B08"),
  S("khai khoáng khác", "B08", codes=["B08"]),
  P("2,2%", "-", sec="B06"),
  S("khai thác dầu thô và khí đốt tự nhiên", "B06", codes=["B06"]))
X("l0093",
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True))
X("l0094",
  O("Tổng thống Lee Jae Myung", "Lee Jae Myung", title="Tổng thống", org=None),
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư", org=None),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước", org=None))
X("l0095",
  P("76%", None),
  P("56%", None),
  P("52%", None))
X("l0096",
  P("12,1%", "+", cmp="so với cùng kỳ năm trước"),
  P("10,9%", "+", cmp="so với cùng kỳ năm trước"))
X("l0097")
X("l0098",
  O("ông\xa0Ken Saito, cựu Bộ trưởng Kinh tế Nhật Bản", "Ken Saito", hon="ông", title="Bộ trưởng Kinh tế",
    org="Nhật Bản", former=True),
  D("CPTPP", "Hiệp định", None, iss=None, opt=True))
X("l0099",
  O("Neil Saunders, Giám đốc điều hành hãng tư vấn GlobalData", "Neil Saunders", title="Giám đốc điều hành",
    org="GlobalData"),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("bán lẻ", "G47", codes=["G47"]))
X("l0100")
X("l0101",
  P("19%", None),
  P("7 điểm %", "+", cmp="theo quý"),
  P("37%", None),
  P("17 điểm %", "+", cmp="theo quý"),
  P("4 điểm %", "+", cmp="theo năm"))
X("l0102",
  S("nhà hàng", "I56", codes=["I56"], opt=True),
  S("khách sạn", "I55", codes=["I55"], opt=True))
X("l0103",
  S("bất động sản thương mại", "L68", codes=["L68"]))
X("l0104",
  S("thép", "C24", codes=["C24"], at="ngành thép"),
  S("bất động sản", "L68", codes=["L68"]))
X("l0105")
X("l0106",
  S("du lịch", None, codes=DL, opt=True),
  P("48%", "+", cmp="so với cùng kỳ năm 2023"),
  P("75%", "+", cmp="so với cùng kỳ năm 2023"),
  P("20%", "-", cmp="so với cùng kỳ năm 2023"))
X("l0107",
  P("4%", "+", per="phiên 23/4"),
  P("4,25%", "+", per="phiên 23/4"))
X("l0108")
X("l0109",
  S("nghề cá", "A03", codes=["A03"]),
  D("Hiệp định EVFTA", "Hiệp định", None, iss=None),
  D("EVIPA", "Hiệp định", None, iss=None))
X("l0110",
  S("Y tế", "Q86", codes=["Q86"], opt=True))
X("l0111")
X("l0112",
  P("145%", None, per="Hiện"))
X("l0113",
  P("10,5%", "+", per="tháng 9/2023", cmp="so với mức 169.678 tấn trong cùng kỳ năm 2022"))
X("l0114",
  S("bưu chính", "H53", codes=["H53"], opt=True))
X("l0115",
  P("73,6%", "+", cmp="so với cùng kỳ"))
X("l0116",
  D("văn bản Bộ Tài chính", "Công văn", None, iss="Bộ Tài chính", opt=True))
X("l0117")
X("l0118",
  O("Tổng thông Donald J.Trump", "Donald J.Trump", title="Tổng thông", org=None),
  P("0,6%", "+", per="ngày 3/4/2025", ps="2025-04-03", pe="2025-04-03", cmp="so với phiên liền trước"))
X("l0119")
X("l0120",
  O("ông John Egan, CEO L’Atelier BNP Paribas", "John Egan", hon="ông", title="CEO", org="L’Atelier BNP Paribas"))
X("l0121",
  S("dịch vụ", None, codes=DV, opt=True))
X("l0122",
  P("21%", "+", per="ba năm"),
  P("46%", "+", per="ba năm"))
X("l0123",
  P("3,9%", "-", per="5 tháng đầu năm 2024", cmp="so với cùng kỳ năm ngoái"),
  P("43,9%", "+", per="5 tháng đầu năm 2024", cmp="so với cùng kỳ năm ngoái"))
X("l0124",
  D("dự thảo luật", "Luật", None, iss=None, opt=True))
X("l0125",
  S("Điện lực", "D35", codes=["D35"], opt=True))
X("l0126",
  P("59%", None))
X("l0127",
  S("xây dựng", "F", codes=["F"], opt=True))
X("l0128",
  O("ông Mark Reeves, Giám đốc Khối của Tập đoàn BRG", "Mark Reeves", hon="ông", title="Giám đốc Khối",
    org="Tập đoàn BRG"))
X("l0129")
X("l0130",
  D("Kết luận", "Kết luận", None, iss=None, opt=True))
X("l0131")
X("l0132",
  O("ông Lê Trung Hiếu, Phó Tổng cục trưởng Tổng cục Thống kê", "Lê Trung Hiếu", hon="ông",
    title="Phó Tổng cục trưởng", org="Tổng cục Thống kê"),
  S("công nghiệp xây dựng", "F", codes=["F"]),
  S("công nghiệp chế biến – chế tạo", "C", codes=["C"]),
  S("dịch vụ", None, codes=DV))
X("l0133",
  P("90%", None, per="hiện", q="hơn"))
X("l0134",
  D("Quyết định số 01/2023/QĐ-TTg", "Quyết định", "01/2023/QĐ-TTg", date="2023-01-31"))
X("l0135",
  P("99%", None))
X("l0136")
X("l0137",
  S("du lịch", None, codes=DL, opt=True))
X("l0138")
X("l0139",
  S("báo chí", "J", codes=["J58", "J60", "J63"], opt=True))
X("l0140")
X("l0141",
  S("Khu công nghiệp", "L68", codes=["L68"], opt=True),
  S("Thủy sản", "A03", codes=["A03"]),
  S("Dệt may", "C", codes=["C13", "C14"]),
  S("Cao su", None, codes=["A01", "C22"], opt=True))
X("l0142")
X("l0143",
  O("Thứ trưởng Bộ Lao động - Thương binh và Xã hội Nguyễn Bá Hoan", "Nguyễn Bá Hoan", title="Thứ trưởng",
    org="Bộ Lao động - Thương binh và Xã hội"))
X("l0144")
X("l0145",
  S("sản xuất chế tạo", "C", codes=["C"]),
  S("cơ khí", "C", codes=["C25", "C28"]),
  S("may mặc", "C14", codes=["C14"]),
  S("giày da", "C15", codes=["C15"]),
  S("lắp ráp điện tử", "C26", codes=["C26"]),
  P("80%", None, sec="C"),
  S("xây dựng", "F", codes=["F"]),
  S("nông nghiệp", "A", codes=["A"]),
  S("thủy sản", "A03", codes=["A03"]),
  S("dịch vụ", None, codes=DV))
X("l0146",
  P("9,6%", "-"))
X("l0147",
  P("60%", None, per="năm 2019"),
  P("3%", None, per="năm 2019"))
X("l0148")
X("l0149")
X("l0150",
  P("20–22%", "+"))
X("l0151")
X("l0152")
X("l0153",
  O("bà Lê Thị Nga, Chủ nhiệm Uỷ ban Tư pháp của Quốc hội", "Lê Thị Nga", hon="bà", title="Chủ nhiệm",
    org="Uỷ ban Tư pháp của Quốc hội"))
X("l0154",
  S("ngân hàng", "K64", codes=["K64"], at="dịch vụ ngân hàng số", opt=True))
X("l0155")
X("l0156")
X("l0157")
X("l0158",
  D("Quyết định số 34/QĐ-HĐTV", "Quyết định", "34/QĐ-HĐTV", iss="Hội đồng thành viên Sở GDCK Việt Nam",
    date="2022-11-16"))
X("l0159",
  O("Bí thư Tỉnh ủy Sơn La Hoàng Quốc Khánh", "Hoàng Quốc Khánh", title="Bí thư", org="Tỉnh ủy Sơn La"))
X("l0160",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org=None))
X("l0161",
  P("8-8,3%", "+", per="năm 2024", cmp="so với năm 2023"))
X("l0162",
  P("38,5%", None, per="năm 2018"),
  P("50%", "+", per="năm 2020"))
X("l0163",
  P("15%", None))
X("l0164",
  D("Kết luận số 77", "Kết luận", "77", iss=None))
X("l0165",
  P("32,4%", "+", cmp="so với cùng kỳ năm 2023"),
  P("59,3%", "+", cmp="so với cùng kỳ năm 2023"),
  P("33,9%", "+", cmp="so với cùng kỳ năm 2023"),
  P("112%", "+", cmp="so với cùng kỳ năm 2023"))
X("l0166",
  O("bà Patricia Marques, Tổng Giám đốc Starbucks Việt Nam", "Patricia Marques", hon="bà", title="Tổng Giám đốc",
    org="Starbucks Việt Nam"))
X("l0167",
  P("12%", "+"))
X("l0168",
  D("Nghị quyết số 30-NQ/TW", "Nghị quyết", "30-NQ/TW"),
  D("Kết luận số 82-KL/TW", "Kết luận", "82-KL/TW"),
  S("nông, lâm nghiệp", "A", codes=["A01", "A02"]))
X("l0169",
  O("ông Vũ Quang Thành, Phó Giám đốc Trung tâm Dịch vụ việc làm Hà Nội", "Vũ Quang Thành", hon="ông",
    title="Phó Giám đốc", org="Trung tâm Dịch vụ việc làm Hà Nội"))
X("l0170",
  O("Thứ trưởng Đỗ Thắng Hải", "Đỗ Thắng Hải", title="Thứ trưởng", org=None))
X("l0171",
  P("160 - 200%", "+"))
X("l0172",
  O("ông Võ Văn Minh, Chủ tịch UBND tỉnh Bình Dương", "Võ Văn Minh", hon="ông", title="Chủ tịch",
    org="UBND tỉnh Bình Dương"))
X("l0173",
  O("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng", "Đinh Tiến Dũng", title="Bí thư", org="Thành ủy Hà Nội"))
X("l0174",
  D("Luật Đất đai năm 2024", "Luật", None, iss=None))
X("l0175",
  S("gỗ", "C16", codes=["C16"], at="ngành gỗ"))
X("l0176",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  D("Dự thảo Luật Kinh doanh bất động sàn (sửa đổi)", "Luật", None, iss=None, opt=True))
X("l0177",
  P("12,18%", "+", per="năm 2022", cmp="so với năm 2021"))
X("l0178",
  P("14,2%", "-"))
X("l0179",
  D("Quyết định số 2536/QĐ-UBND", "Quyết định", "2536/QĐ-UBND", iss="Ủy ban nhân dân"),
  O("Phó Chủ tịch Thường trực UBND thành phố Hồ Kỳ Minh", "Hồ Kỳ Minh", title="Phó Chủ tịch Thường trực",
    org="UBND thành phố"),
  O("Phó Giám đốc Sở Tài nguyên và Môi trường Trần Quốc Hùng", "Trần Quốc Hùng", title="Phó Giám đốc",
    org="Sở Tài nguyên và Môi trường"))
X("l0180",
  S("Du lịch", None, codes=DL),
  S("bất động sản nghỉ dưỡng", "L68", codes=["L68"]))

ART("la06",
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng đã gửi", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng cần", opt=True),
  S("ngân hàng thương mại", "K64", codes=["K64"], opt=True),
  D("Quyết định số 2345/QĐ-NHΝΝ", "Quyết định", "2345/QĐ-NHNN", iss="Ngân hàng Nhà nước"),
  O("Ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán, Ngân hàng Nhà nước", "Phạm Anh Tuấn", hon="ông",
    title="Vụ trưởng", org="Vụ Thanh toán, Ngân hàng Nhà nước"))
ART("la07",
  O("Ông Phan Kiều Hưng, Giám đốc Cảng hàng không quốc tế Đà Nẵng", "Phan Kiều Hưng", hon="ông",
    title="Giám đốc", org="Cảng hàng không quốc tế Đà Nẵng"),
  S("hạ tầng giao thông", "H", codes=["H"], opt=True))
ART("la08",
  S("Hóa - mỹ phẩm", "C20", codes=["C20"], opt=True),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("giày dép", "C15", codes=["C15"], opt=True),
  S("đồ uống", "C11", codes=["C11"], opt=True),
  S("dược phẩm", "C21", codes=["C21"], opt=True),
  S("thiết bị y tế", "C32", codes=["C32"], opt=True),
  O("ông Trần Hữu Linh, Tổng Cục trưởng Tổng cục Quản lý thị trường", "Trần Hữu Linh", hon="ông",
    title="Tổng Cục trưởng", org="Tổng cục Quản lý thị trường"))
ART("la09",
  D("Văn bản số 5515/VPCP-QHQT", "Công văn", "5515/VPCP-QHQT"),
  O("Phó Thủ tướng Chính phủ Phạm Bình Minh", "Phạm Bình Minh", title="Phó Thủ tướng", org="Chính phủ"),
  D("Nghị quyết số 63/NQ-CP", "Nghị quyết", "63/NQ-CP", iss="Chính phủ", date="2021-06-29"),
  D("hiệp định vay", "Hiệp định", None, iss=None, opt=True),
  D("Nghị định", "Nghị định", None, iss=None, at="Nghị định thay thế", opt=True),
  D("Nghị định 56/2020/NĐ-CP", "Nghị định", "56/2020/NĐ-CP", iss="Chính phủ", date="2020-05-25"),
  D("Nghị quyết số 62/NQ-CP", "Nghị quyết", "62/NQ-CP", iss="Chính phủ", date="2021-06-29"),
  P("60%", None, q="dưới", per="đến ngày 30/9/2021", ps=None, pe="2021-09-30"))
ART("la10",
  O("Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh Vương Quốc Tuấn", "Vương Quốc Tuấn", title="Chủ tịch",
    org="Ủy ban nhân dân tỉnh Bắc Ninh"),
  D("công văn", "Công văn", None, iss="Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", opt=True),
  S("xây dựng", "F42", codes=["F42"], at="Dự án đầu tư xây dựng", opt=True),
  S("xây dựng", "F", codes=["F"], at="dự án xây dựng", opt=True),
  D("Luật PPP", "Luật", None, iss=None))
