# dev8 second annotator (agreement): sentences l0001–l0009, l0091–l0099, l0181–l0189, l0271–l0279; articles la01, la11
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("l0001",
  D("Dự thảo Thông tư", "Thông tư", None, iss=None, opt=True))
X("l0002",
  O("Bộ trưởng Nguyễn Kim Sơn", "Nguyễn Kim Sơn", title="Bộ trưởng"))
X("l0003",
  S("sản xuất thuốc hóa dược", "C21", codes=["C21"]))
X("l0004",
  O("Chuyên gia kinh tế trưởng Joe Brusuelas của RSM", "Joe Brusuelas", title="Chuyên gia kinh tế trưởng", org="RSM"),
  P("20%", "+", q="khoảng"),
  P("2,8 điểm phần trăm", "+", per="12 tháng tới"),
  P("10%", None, per="12 tháng tới"))
X("l0005",
  S("du lịch nghỉ dưỡng", None, codes=DL),
  S("du lịch nghỉ dưỡng", None, codes=DL, occ=1))
X("l0006",
  O("Bộ trưởng Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng"),
  D("công văn", "Công văn", None, iss="Bộ trưởng Lê Minh Hoan", opt=True),
  S("thủy sản", "A03", codes=["A03"]),
  S("du lịch", None, codes=DL))
X("l0007",
  S("công nghiệp", None, codes=DCCN))
X("l0008",
  P("0,7%", "+", per="quý 2/2024", cmp="so với cùng kỳ năm 2023"))
X("l0009",
  P("15,9%", "+"),
  P("12,2%", "+"))

X("l0091",
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("l0092",
  S("sản phẩm từ cao su và plastic", "C22", codes=["C22"]),
  P("15,5%", "-", sec="C22"),
  S("sữa chữa, bảo dưỡng và lắp đặt máy móc, thiết bị", "C33", codes=["C33"]),
  P("11,9%", "-", sec="C33"),
  S("than cốc, sản phẩm dầu mỏ tinh chế", "C19", codes=["C19"]),
  P("11,7%", "-", sec="C19"),
  S("khai khoáng khác", "B08", codes=["B08"]),
  P("3,3%", "-", sec="B08"),
  S("khai thác dầu thô và khí đốt tự nhiên", "B06", codes=["B06"]),
  P("2,2%", "-", sec="B06"))
X("l0093",
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True))
X("l0094",
  O("Tổng thống Lee Jae Myung", "Lee Jae Myung", title="Tổng thống"),
  O("Tổng Bí thư Tô Lâm", "Tô Lâm", title="Tổng Bí thư"),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"))
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

X("l0181",
  P("22%", None, per="tháng 8"))
X("l0182",
  S("tôm", "A03", codes=["A03"], at="ngành tôm"))
X("l0183",
  S("nông sản", "A01", codes=["A01"]))
X("l0184",
  O("CEO Nvidia Jensen Huang", "Jensen Huang", title="CEO", org="Nvidia"))
X("l0185",
  D("Nghị quyết số\xa030/2022/UBTVQH", "Nghị quyết", "30/2022/UBTVQH", iss="Ủy ban Thường vụ Quốc hội",
    date="2022-12-30"))
X("l0186",
  P("2%", None))
X("l0187",
  D("Kết luận số 80-KL/TW", "Kết luận", "80-KL/TW", iss="Bộ Chính trị", date="2024-05-24"))
X("l0188",
  O("ông Bùi Tá Hoàng Vũ, Giám đốc Sở Công Thương TP.HCM", "Bùi Tá Hoàng Vũ", hon="ông", title="Giám đốc",
    org="Sở Công Thương TP.HCM"))
X("l0189",
  S("thương mại dịch vụ", None, codes=DV, opt=True),
  S("khách sạn", "I55", codes=["I55"], opt=True))

X("l0271",
  P("7%", "+", q="xấp xỉ", cmp="so với đầu năm 2021"))
X("l0272",
  P("90%", None, q="khoảng", per="Tính đến hiện tại"),
  S("bán dẫn", "C26", codes=["C26"]))
X("l0273")
X("l0274",
  O("Chủ tịch Văn Thanh Liêm", "Văn Thanh Liêm", title="Chủ tịch"))
X("l0275",
  P("2,41%", "+"),
  P("1,51%", "+"),
  P("1,2%", "+"),
  P("1,03%", "+"))
X("l0276")
X("l0277",
  P("25%", None, per="năm 2030"))
X("l0278")
X("l0279",
  P("8,9%", "-", per="kỳ 2 tháng 11/2022", ps="2022-11-16", pe="2022-11-30", cmp="so với kỳ 1 tháng 11/2022"))

ART("la01",
  S("Điện tử", "C26", codes=["C26"], opt=True),
  S("Điện tử", "C26", codes=["C26"], at="Triển lãm Quốc tế Điện tử và Thiết bị thông minh Việt Nam", opt=True),
  S("điện tử", "C26", codes=["C26"], at="chuyên ngành điện tử"),
  S("thiết bị điện thông minh", "C27", codes=["C27"], opt=True),
  S("điện tử tiêu dùng", "C26", codes=["C26"], at="thị trường điện tử tiêu dùng"),
  P("5,1%", "+", per="giai đoạn dự báo 2022 đến 2030", ps="2022-01-01", pe="2030-12-31"),
  S("sản xuất các sản phẩm điện tử tiêu dùng", "C26", codes=["C26"], opt=True),
  S("sản xuất các thiết bị điện gia dụng", "C27", codes=["C27"], opt=True),
  S("sản xuất các thiết bị điện tử tiêu dùng", "C26", codes=["C26"], opt=True))
ART("la11",
  P("6%", "+", per="năm 2024"),
  P("6%", "+", per="từ giữa năm 2024", ps="2024-07-01", pe=None, at="6% từ giữa"),
  P("6%", "+", per="2024", ps="2024-01-01", pe="2024-12-31", at="6%, thời gian"),
  P("6,48%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None),
  P("7,3%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None),
  P("4,5-5%", "+"),
  P("6%", "+", at="6% là hài hòa"),
  O("Thứ trưởng Bộ Lao động Thương binh và Xã hội Lê Văn Thanh", "Lê Văn Thanh", title="Thứ trưởng",
    org="Bộ Lao động Thương binh và Xã hội"),
  D("Nghị quyết 01/NQ-CP", "Nghị quyết", "01/NQ-CP"),
  D("Kế hoạch phát triển kinh tế - xã hội", "Kế hoạch", None, iss=None, opt=True),
  D("Nghị định của Chính phủ", "Nghị định", None, iss="Chính phủ", opt=True),
  D("Quyết định 135/QĐ-TTg", "Quyết định", "135/QĐ-TTg"),
  D("Kế hoạch cải cách tiền lương", "Kế hoạch", None, iss="Thủ tướng Chính phủ", opt=True))
