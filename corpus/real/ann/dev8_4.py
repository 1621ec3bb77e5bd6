# dev8 annotator 4: l0271-l0360, la15-la18
DM = ["C13", "C14"]
DL = ["I55", "N79"]
CN = ["C26", "J61", "J62", "J63"]
TC = ["K64", "K65", "K66"]

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
X("l0280",
  P("12-13%", None))
X("l0281")
X("l0282")
X("l0283",
  S("dệt may", "C", codes=DM),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("thời trang", "C14", codes=["C14"], occ=1, opt=True),
  D("Chỉ thị tra soát chuỗi cung ứng của OECD", "Chỉ thị", None, iss=None, opt=True),
  D("Luật thẩm định chuỗi cung ứng của Đức", "Luật", None, iss=None, opt=True))
X("l0284",
  D("quyết định", "Quyết định", None, iss="Uỷ ban nhân dân TP.HCM", opt=True),
  D("kế hoạch thu hồi đất", "Kế hoạch", None, iss=None, opt=True),
  S("xây dựng", "F", codes=["F"], at="dự án xây dựng", opt=True))
X("l0285")
X("l0286",
  P("5-10%", "+"))
X("l0287",
  P("5,32%", "+"))
X("l0288",
  S("bất động sản", "L68", codes=["L68"]))
X("l0289",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("l0290",
  D("Luật Quản lý thuế", "Luật", None, iss=None))
X("l0291",
  P("6%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None))
X("l0292",
  P("96%", "-", cmp="so với cùng kỳ"))
X("l0293",
  P("38,82%", "+", per="quý 1/2023", cmp="so với kịch bản đã xây dựng"))
X("l0294",
  P("9,66%", "-", per="tháng 4/2023", cmp="so với tháng 3/2023"),
  P("26,3%", "-", per="tháng 4/2023", cmp="so với cùng kỳ 2022"),
  P("8,32%", "-", per="tháng 4/2023", cmp="so với tháng trước"),
  P("15,1%", "-", per="tháng 4/2023", cmp="so với cùng kỳ"))
X("l0295")
X("l0296",
  P("13,4%", "+", per="giai đoạn từ 2010-2023", ps="2010-01-01", pe="2023-12-31"),
  P("69,7%", "+", per="giai đoạn từ 2010-2023", ps="2010-01-01", pe="2023-12-31"))
X("l0297",
  P("100%", None, q="tối đa"))
X("l0298",
  P("23%", None, per="năm tài chính kết thúc vào tháng 8/2022", ps="2021-09-01", pe="2022-08-31"),
  P("28%", None, per="năm tài chính kết thúc vào tháng 8/2022", ps="2021-09-01", pe="2022-08-31"))
X("l0299",
  O("Tổng Thống Trump", "Trump", title="Tổng Thống"))
X("l0300")
X("l0301",
  S("tài sản mã hoá", "K66", codes=["K66"], opt=True))
X("l0302",
  P("0,25 điểm phần trăm", "-"),
  P("2,25%", "-"))
X("l0303",
  P("5%- 10%", "+", cmp="so với sản phẩm thông thường"))
X("l0304",
  P("75%", None),
  P("5%", None))
X("l0305",
  O("ông Nguyễn Quang Vinh, Phó Chủ tịch VCCI", "Nguyễn Quang Vinh", hon="ông", title="Phó Chủ tịch", org="VCCI"))
X("l0306",
  P("80%", None, q="trên", per="tính hết quý 1/2023", ps=None, pe="2023-03-31"))
X("l0307",
  P("1,9%", None, per="tháng 1/2025"),
  P("6,7%", "-", per="tháng 1/2025", cmp="so với cùng kỳ"))
X("l0308",
  P("7,2%", None, q="khoảng", per="3 tháng đầu năm", ps=None, pe=None))
X("l0309",
  S("sản xuất viên nén", "C16", codes=["C16"]),
  S("chế biến gỗ", "C16", codes=["C16"]))
X("l0310",
  P("0,25 điểm phần trăm", "-"))
X("l0311")
X("l0312")
X("l0313",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("l0314")
X("l0315",
  D("Luật Quản lý thuế", "Luật", None, iss=None))
X("l0316",
  P("6,77%", "+"))
X("l0317",
  S("khai khoáng", "B", codes=["B"], opt=True),
  P("12,9%", "-", sec="B"),
  P("11,1%", "-", sec="B"),
  P("1,8%", "-", sec="B"))
X("l0318",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("l0319",
  P("23%", None, per="9 tháng", ps=None, pe=None),
  P("87%", "+", per="9 tháng", ps=None, pe=None, cmp="so với 9 tháng của năm 2021"))
X("l0320",
  P("9% - 12%", "+", cmp="so với cùng kỳ năm trước"))
X("l0321",
  S("logistics", "H52", codes=["H52"]),
  P("40%", "+", per="hiện tại", cmp="so với năm trước"),
  S("gỗ", "C16", codes=["C16"], at="ngành gỗ"))
X("l0322",
  O("Tổng thống Nga Vladimir Putin", "Vladimir Putin", title="Tổng thống", org="Nga"),
  O("Tổng Bí thư Việt Nam Tô Lâm", "Tô Lâm", title="Tổng Bí thư", org="Việt Nam"),
  S("nghiên cứu khoa học", "M72", codes=["M72"], opt=True),
  S("sản xuất vaccine và thuốc sinh học", "C21", codes=["C21"], opt=True))
X("l0323",
  S("chứng khoán", "K66", codes=["K66"]))
X("l0324",
  S("lưu trú", "I55", codes=["I55"], at="khách lưu trú tăng", opt=True),
  P("220%", "+", per="quý 1/2023", cmp="theo năm"),
  S("lưu trú", "I55", codes=["I55"], at="lưu trú nội địa", opt=True),
  S("lưu trú", "I55", codes=["I55"], at="lưu trú quốc tế", opt=True),
  P("21%", "+", per="quý 1/2023", cmp="theo năm"),
  P("1.400%", "+", per="quý 1/2023", cmp="theo năm"))
X("l0325",
  S("hàng không", "H51", codes=["H51"], at="Triển lãm hàng không", opt=True),
  S("sản xuất máy bay", "C30", codes=["C30"], opt=True))
X("l0326",
  S("lưu trú", "I55", codes=["I55"], opt=True),
  S("lữ hành", "N79", codes=["N79"], opt=True),
  P("11,29%", "+", cmp="với cùng kỳ"),
  P("1,47%", "+", per="4 tháng", ps=None, pe=None, cmp="so với cùng kỳ"),
  S("du lịch", None, codes=DL, opt=True),
  S("lữ hành", "N79", codes=["N79"], occ=1, opt=True),
  P("8,17%", "+", cmp="so với cùng kỳ 2023"))
X("l0327",
  P("132,4%", None),
  P("112,8%", None, cmp="so với cùng kỳ"))
X("l0328",
  O("Thứ trưởng Đỗ Thành Trung", "Đỗ Thành Trung", title="Thứ trưởng"))
X("l0329",
  P("4,42%", None),
  P("1,14%", None),
  P("1,14%", None, occ=1))
X("l0330",
  S("hoạt động dịch vụ khác", "S", codes=["S"]),
  S("tài chính, ngân hàng bảo hiểm", "K", codes=TC),
  S("xây dựng", "F", codes=["F"]))
X("l0331",
  D("quyết định số 2184/QĐ-UBND", "Quyết định", "2184/QĐ-UBND"),
  D("kế hoạch đấu giá", "Kế hoạch", None, iss=None, opt=True),
  S("khai thác khoáng sản", "B", codes=["B"], opt=True),
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True))
X("l0332",
  P("0,3%", "-", q="gần", per="phiên New York đêm qua", cmp="so với đóng cửa phiên ngày hôm trước"))
X("l0333",
  O("Phó Chủ tịch UBND tỉnh Cao Tường Huy", "Cao Tường Huy", title="Phó Chủ tịch", org="UBND tỉnh"))
X("l0334",
  S("sản xuất trong nước", "C", codes=["C"], opt=True),
  D("Quyết định số 1985⁄QĐ-BCT", "Quyết định", "1985/QĐ-BCT", date="2024-07-26"))
X("l0335")
X("l0336",
  S("xây dựng", "F", codes=["F"], at="chi phí xây dựng", opt=True))
X("l0337",
  O("Bộ trưởng Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng"))
X("l0338")
X("l0339",
  O("Đại biểu Luận", "Luận", title="Đại biểu"))
X("l0340",
  O("Bà Isobel Cecil, Giám đốc Chương trình Kỹ năng về Khí hậu, Hội đồng Anh toàn cầu", "Isobel Cecil", hon="bà",
    title="Giám đốc", org="Chương trình Kỹ năng về Khí hậu, Hội đồng Anh toàn cầu"))
X("l0341",
  S("nhà ở thương mại", "L68", codes=["L68"], opt=True))
X("l0342")
X("l0343",
  P("5,22%", None))
X("l0344")
X("l0345")
X("l0346",
  S("gỗ và lâm sản", None, codes=["A02", "C16"]),
  P("20,5%", "+", per="7 tháng năm 2024", cmp="so với cùng kỳ năm trước"),
  S("gỗ và sản phẩm gỗ", "C16", codes=["C16"]),
  P("21,9%", "+", sec="C16", per="7 tháng năm 2024", cmp="so với cùng kỳ năm trước"))
X("l0347",
  O("Thứ trưởng Bộ Xây dựng Nguyễn Xuân Sang", "Nguyễn Xuân Sang", title="Thứ trưởng", org="Bộ Xây dựng"))
X("l0348",
  S("dịch vụ hàng không", "H51", codes=["H51"], opt=True))
X("l0349",
  P("96%", "-", per="9 tháng 2024", cmp="so với cùng kỳ"))
X("l0350")
X("l0351",
  P("97%", None, per="Tính đến thời điểm hiện tại"))
X("l0352",
  P("46%", None, per="ngày 2 tháng 4", ps=None, pe=None))
X("l0353")
X("l0354")
X("l0355",
  S("dệt may", "C", codes=DM),
  S("thủy sản", "A03", codes=["A03"]),
  S("đồ gỗ", "C", codes=["C16", "C31"]))
X("l0356",
  S("công nghệ", None, codes=CN, at="công nghệ, giáo dục"),
  S("giáo dục", "P85", codes=["P85"]),
  S("nông nghiệp", "A", codes=["A"]),
  S("chăm sóc sức khỏe", "Q86", codes=["Q86"]))
X("l0357",
  O("Bộ trưởng Bộ Tài chính Mỹ Scott Bessent", "Scott Bessent", title="Bộ trưởng", org="Bộ Tài chính Mỹ"))
X("l0358")
X("l0359",
  D("Luật về nhà giáo", "Luật", None, iss=None, opt=True),
  D("Luật về học tập suốt đời", "Luật", None, iss=None, opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("l0360")

ART("la15",
  # [1] project phase "giai đoạn 2021–2025" is part of the project's name, not the figure's period
  P("78,4%", None),
  # [2]
  P("80%", None, q="trên"),
  # [4]
  P("21,2%", None, per="đến hết tháng 5/2025", ps=None, pe="2025-05-31"),
  P("21,9%", None, per="đến hết tháng 5/2025", ps=None, pe="2025-05-31"),
  # [6] [7]
  O("Bộ trưởng Trần Hồng Minh", "Trần Hồng Minh", title="Bộ trưởng", mentions=["Tư lệnh ngành Xây dựng"]),
  S("xây lắp", "F", codes=["F"], opt=True),
  S("Xây dựng", "F", codes=["F"], at="Tư lệnh ngành Xây dựng", opt=True))
ART("la16",
  # [1]
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống", mentions=["ông Trump"]),
  # [2] [3]
  P("10%", None),
  P("46%", None),
  # [4]
  O("trưởng nghiên cứu Kona Haque của công ty giao dịch hàng hóa ED&F Man", "Kona Haque", title="trưởng nghiên cứu",
    org="ED&F Man", mentions=["Bà Haque"]),
  # [6]
  P("21%", None),
  # [7]
  O("CEO Dir Van de Put của công ty sản xuất bánh kẹo Mondelez", "Dir Van de Put", title="CEO", org="Mondelez"),
  S("sản xuất bánh kẹo", "C10", codes=["C10"], opt=True),
  # [8]
  O("CEO Brian Niccol của chuỗi bán lẻ cà phê Starbucks", "Brian Niccol", title="CEO", org="Starbucks"),
  S("bán lẻ", "G47", codes=["G47"], at="chuỗi bán lẻ cà phê", opt=True),
  S("kinh doanh cà phê", "I56", codes=["I56"], opt=True),
  # [10]
  O("Nhà phân tích hàng hóa Lucrezia Cogliati của công ty BMI", "Lucrezia Cogliati", title="Nhà phân tích hàng hóa",
    org="BMI", mentions=["Ông Cogliati"], opt=True),
  P("0,2%", None, q="khoảng"))
ART("la17",
  # [1]
  P("5%", "+", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ năm trước"),
  # [2] "Trong đó" continues [1]
  P("1,4%", "-", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ năm trước"),
  S("may mặc", "C14", codes=["C14"], at="lĩnh vực may mặc"),
  P("43%", "+", q="gần", sec="C14", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ năm 2023"),
  # [3] list of other export products, continuing [2]
  S("sợi dệt", "C13", codes=["C13"], opt=True),
  P("39%", "-", q="gần", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ"),
  P("11,5%", "-", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ"),
  P("3%", "-", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ"),
  S("thủy sản", None, codes=["A03", "C10"], at="thủy sản giảm 57%"),
  P("57%", "-", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ"),
  # [4]
  P("11%", "+", q="hơn", per="2 tháng đầu năm", ps=None, pe=None, cmp="so với cùng kỳ năm trước"),
  P("68%", None, q="gần", per="2 tháng đầu năm", ps=None, pe=None),
  # [6]
  P("43%", "+", occ=1, per="năm 2023", cmp="so với năm 2022"),
  # [7]
  S("dăm gỗ", "C16", codes=["C16"], at="Ngành dăm gỗ"),
  # [8] "nhiều ngành hàng … như" (guide: "ngành hàng X" optional)
  S("thủy sản", "A03", codes=["A03"], at="như: thủy sản, xơ", opt=True),
  S("xơ sợi dệt", "C13", codes=["C13"], opt=True),
  S("may mặc", "C14", codes=["C14"], at="may mặc...", opt=True),
  # [9]
  D("Nghị quyết một số chính sách hỗ trợ phát triển dịch vụ logistics và xuất khẩu trên địa bàn tỉnh Hà Tĩnh giai đoạn 2024 - 2025",
    "Nghị quyết", None, iss="Hội đồng nhân dân tỉnh Hà Tĩnh", opt=True),
  S("logistics", "H52", codes=["H52"], opt=True),
  S("vận tải biển", "H50", codes=["H50"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
ART("la18",
  # [2] [7] health facilities
  S("y tế", "Q86", codes=["Q86"], at="các cơ sở y tế các quận", opt=True),
  # [5]
  D("Nghị định 117/2020/NĐ-CP", "Nghị định", "117/2020/NĐ-CP"),
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế", opt=True),
  # [7]
  S("y tế", "Q86", codes=["Q86"], at="tại các cơ sở y tế", opt=True),
  D("công văn", "Công văn", None, iss="Viện Pasteur", at="công văn của Viện Pasteur", opt=True),
  # [9]
  P("14,6%", "-", per="Năm 2024", cmp="so cùng kỳ năm 2023"))
