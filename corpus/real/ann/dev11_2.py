# dev11 annotator 2: o0091-o0180, oa06-oa09
DL = ["I55", "N79"]
NLTS = ["A01", "A02", "A03"]

X("o0091",
  S("sản xuất, chế biến và đóng gói thực phẩm", "C10", codes=["C10"], opt=True))
X("o0092",
  P("1-5%", None))
X("o0093",
  O("ông\xa0Lê Bá Anh, Phó Cục trưởng Cục Chất lượng, Chế biến và Phát triển thị trường nông sản", "Lê Bá Anh",
    hon="ông", title="Phó Cục trưởng", org="Cục Chất lượng, Chế biến và Phát triển thị trường nông sản"))
X("o0094")
X("o0095")
X("o0096")
X("o0097",
  P("18,4%", "+", per="Năm 2016", cmp="so với cùng kỳ năm 2015"),
  P("7,2%", "+", per="Năm 2016", cmp="so với cùng kỳ năm 2015"))
X("o0098",
  O("Phó Thủ tướng Chính phủ Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng", org="Chính phủ"))
X("o0099",
  P("79%", None))
X("o0100",
  S("nông, lâm, ngư nghiệp", "A", codes=NLTS),
  S("du lịch", None, codes=DL))
X("o0101",
  D("Thông tư 25/2016/TT-BNNPTNT", "Thông tư", "25/2016/TT-BNNPTNT"))
X("o0102")
X("o0103",
  S("chứng khoán", "K66", codes=["K66"], at="các công ty chứng khoán", opt=True),
  S("quản lý quỹ", "K66", codes=["K66"], opt=True),
  S("quản lý quỹ", "K66", codes=["K66"], occ=1, opt=True),
  S("quỹ đầu tư", "K64", codes=["K64"], opt=True))
X("o0104",
  P("2,21%", "-"),
  P("1,03%", "-"),
  P("1,49%", "-"),
  P("1,64%", "-"),
  P("1,57%", "-"),
  P("0,73%", "-"))
X("o0105")
X("o0106")
X("o0107",
  P("6,4%", "+", per="từ năm 2000 đến nay", ps="2000-01-01", pe=None))
X("o0108",
  S("ngân hàng thương mại", "K64", codes=["K64"], opt=True))
X("o0109",
  D("nghị quyết này", "Nghị quyết", None, iss=None, opt=True))
X("o0110",
  O("Thủ tướng Store", "Store", title="Thủ tướng", org=None))
X("o0111",
  P("60%", None, q="khoảng", per="Hiện"))
X("o0112")
X("o0113",
  P("7,54%", "+", per="đến thời điểm 20/6/2017", ps=None, pe="2017-06-20", cmp="so với tháng 12/2016"))
X("o0114",
  S("điện", "D35", codes=["D35"], at="Ngành điện"),
  S("bất động sản", "L68", codes=["L68"]))
X("o0115",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0116",
  D("Dự thảo Luật", "Luật", None, iss=None, opt=True))
X("o0117",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng", org=None),
  D("Quyết định số 1388/QĐ-TTg", "Quyết định", "1388/QĐ-TTg", date="2024-11-15"))
X("o0118",
  S("nông lâm thủy sản", "A", codes=NLTS),
  P("21,4%", None, sec="A"),
  P("23,5%", "+", sec="A", cmp="so với cùng kỳ năm trước"),
  S("thủy sản", "A03", codes=["A03"], at="gỗ, thủy sản", opt=True))
X("o0119",
  S("chăm sóc y tế", "Q86", codes=["Q86"], opt=True),
  S("y tế dự phòng", "Q86", codes=["Q86"], opt=True))
X("o0120",
  P("5,85%", None))
X("o0121")
X("o0122")
X("o0123",
  S("nhà mạng", "J61", codes=["J61"], opt=True))
X("o0124",
  S("thương mại", "G", codes=["G"], at="hạ tầng thương mại", opt=True))
X("o0125",
  P("0,5%", "-"))
X("o0126",
  P("6%", None, q="khoảng"),
  S("phế liệu", "E38", codes=["E38"], opt=True))
X("o0127")
X("o0128",
  P("1,6%", "+"))
X("o0129",
  P("1,04%", "-", q="khoảng", cmp="so với giá chốt buổi sáng"),
  P("0,18%", "-"))
X("o0130",
  P("60%", None, per="năm 2014"))
X("o0131")
X("o0132",
  D("Luật Chống phá rừng", "Luật", None, iss=None, opt=True),
  S("cà phê", "A01", codes=["A01"], at="ngành cà phê"))
X("o0133")
X("o0134",
  S("chăn nuôi", "A01", codes=["A01"], at="Người chăn nuôi"),
  S("chăn nuôi lợn", "A01", codes=["A01"]))
X("o0135")
X("o0136",
  O("Bà Nguyễn Thị Hoàng Thúy, Tham tán thương mại, Thương vụ Việt Nam tại Thụy Điển", "Nguyễn Thị Hoàng Thúy",
    hon="bà", title="Tham tán thương mại", org="Thương vụ Việt Nam tại Thụy Điển"),
  S("dệt may", "C", codes=["C13", "C14"], at="hàng dệt may", opt=True),
  S("giày dép", "C15", codes=["C15"], opt=True))
X("o0137")
X("o0138",
  S("nông nghiệp", "A", codes=["A"], at="DN nông nghiệp"))
X("o0139")
X("o0140")
X("o0141",
  D("Nghị quyết về việc tách nội dung thu hồi đất, bồi thường, hỗ trợ, tái định cư của Dự án Cảng hàng không quốc tế Long Thành thành Dự án thành phần",
    "Nghị quyết", None, iss="Quốc hội", opt=True),
  P("82,08%", None))
X("o0142",
  S("công nghiệp đường sắt", "C30", codes=["C30"], opt=True))
X("o0143",
  D("văn bản số 1882/QĐ-XPHC", "Quyết định", "1882/QĐ-XPHC", iss="Chủ tịch UBND tỉnh", date="2024-07-26"))
X("o0144",
  D("Kế hoạch phát triển rừng trồng sản xuất gỗ lớn giai đoạn 2024 - 2030", "Kế hoạch", None,
    iss="Bộ Nông nghiệp và Phát triển nông thôn", opt=True),
  S("rừng trồng sản xuất gỗ lớn", "A02", codes=["A02"], opt=True),
  S("rừng trồng sản xuất gỗ lớn", "A02", codes=["A02"], occ=1, opt=True),
  S("chế biến", "C16", codes=["C16"], at="phục vụ chế biến", opt=True),
  S("trồng rừng", "A02", codes=["A02"], at="người trồng rừng", opt=True))
X("o0145",
  P("5% - 10%", "+"))
X("o0146",
  P("6,80%", None),
  P("6,45%", None))
X("o0147",
  O("ông Đậu Anh Tuấn, Phó Tổng Thư ký, Trưởng ban Pháp chế Liên đoàn Thương mại và Công nghiệp Việt Nam", "Đậu Anh Tuấn",
    hon="ông", title="Phó Tổng Thư ký", org="Liên đoàn Thương mại và Công nghiệp Việt Nam"),
  P("74%", None),
  P("67%", None))
X("o0148",
  D("Luật Thủ đô năm 2024", "Luật", None, iss=None))
X("o0149",
  S("bao bì giấy", "C17", codes=["C17"], opt=True),
  P("9,73%", "+"))
X("o0150",
  S("nông thủy sản", "A", codes=["A01", "A03"]),
  P("8,3%", "+", sec="A", per="giai đoạn 2011 - 2016", ps="2011-01-01", pe="2016-12-31"))
X("o0151")
X("o0152",
  D("Nghị định 67/2014/NĐ-CP", "Nghị định", "67/2014/NĐ-CP", date="2014-07-07", mentions=["Nghị định 67"]),
  S("thủy sản", "A03", codes=["A03"], opt=True))
X("o0153",
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("o0154",
  S("Du lịch Thủ đô", None, codes=DL),
  S("cơ sở lưu trú", "I55", codes=["I55"], opt=True))
X("o0155",
  O("Bí thư Thành ủy Hoàng Trung Hải", "Hoàng Trung Hải", title="Bí thư", org="Thành ủy"))
X("o0156",
  O("Ông Kevin Zhang, Phó Chủ tịch Cấp cao của TSMC", "Kevin Zhang", hon="ông", title="Phó Chủ tịch Cấp cao",
    org="TSMC"),
  S("bán dẫn", "C26", codes=["C26"], at="công nghệ bán dẫn", opt=True))
X("o0157")
X("o0158",
  D("Nghị quyết số 66-NQ/TW", "Nghị quyết", "66-NQ/TW", iss="Bộ Chính trị", date="2025-04-30"),
  D("Nghị quyết số 68-NQ/TW", "Nghị quyết", "68-NQ/TW", iss="Bộ Chính trị", date="2025-05-04"))
X("o0159")
X("o0160",
  S("chế biến, chế tạo", "C", codes=["C"]),
  P("70 - 80%", None, sec="C"))
X("o0161",
  P("24%", "+", per="Đến cuối năm 2016", ps=None, pe="2016-12-31", cmp="so với 31/12/2015"),
  P("17,85%", "+", per="Đến cuối năm 2016", ps=None, pe="2016-12-31"))
X("o0162",
  S("nông nghiệp", "A", codes=["A"], at="sản phẩm nông nghiệp", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="phát triển nông nghiệp mới"))
X("o0163",
  O("Ông Nguyễn Văn Thọ, Chủ tịch Uỷ ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Nguyễn Văn Thọ", hon="ông",
    title="Chủ tịch", org="Uỷ ban nhân dân tỉnh Bà Rịa - Vũng Tàu"))
X("o0164",
  P("90%", None, q="trên"))
X("o0165",
  O("Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Võ Trọng Việt", "Võ Trọng Việt", title="Chủ nhiệm",
    org="Ủy ban Quốc phòng và An ninh của Quốc hội"),
  D("dự thảo luật này", "Luật", None, iss=None, opt=True))
X("o0166",
  O("Phó Chủ tịch UBND huyện Thanh Trì Đặng Đức Quỳnh", "Đặng Đức Quỳnh", title="Phó Chủ tịch",
    org="UBND huyện Thanh Trì"),
  D("Chỉ thị 08", "Chỉ thị", "08", iss="Thành ủy Hà Nội"))
X("o0167",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0168",
  P("100%", None),
  P("75%", None))
X("o0169",
  P("6%", "+", q="khoảng", per="năm 2024", cmp="so với năm 2023"),
  D("Hiệp định thương mại tự do (FTA)", "Hiệp định", None, iss=None, opt=True))
X("o0170",
  S("hàng không", "H51", codes=["H51"], at="ngành hàng không"))
X("o0171",
  P("11%", None))
X("o0172",
  O("Bộ trưởng Quốc phòng Mỹ James Mattis", "James Mattis", title="Bộ trưởng Quốc phòng", org="Mỹ"))
X("o0173")
X("o0174")
X("o0175")
X("o0176")
X("o0177",
  P("70%", None),
  P("70%", None, occ=1))
X("o0178",
  P("58%", None))
X("o0179",
  O("ông Trương Công Nam, Phó chánh Thanh tra Sở Xây dựng TP.HCM", "Trương Công Nam", hon="ông",
    title="Phó chánh Thanh tra", org="Sở Xây dựng TP.HCM"),
  S("xây dựng", "F", codes=["F"], at="vướng mắc trong xây dựng", opt=True))
X("o0180")

ART("oa06",
  # [3]
  P("18%", "+", cmp="so với khối động cơ Revolution X 750"),
  P("8%", "+", cmp="so với khối động cơ Revolution X 750"),
  O("Kỹ sư trưởng Harley-Davidson, Mathew Weber", "Mathew Weber", title="Kỹ sư trưởng", org="Harley-Davidson"),
  P("31%", "+", cmp="so với Street 750"))
ART("oa07",
  # [1]
  D("Nghị quyết 68", "Nghị quyết", "68", iss=None),
  # [2] / [5] / [7]
  O("Phó Thủ tướng Chính phủ Hồ Đức Phớc", "Hồ Đức Phớc", title="Phó Thủ tướng", org="Chính phủ",
    mentions=["Phó Thủ tướng Hồ Đức Phớc"]),
  # [8]
  P("10%", None),
  P("2%", "-", per="5 năm qua"),
  P("8%", "-", per="5 năm qua"),
  P("từ 17% đến 27%", None),
  # [9]
  P("20%", None),
  P("từ 20% đến 25%", None),
  P("từ 20% đến 30%", None))
ART("oa08",
  # [2] / [3]
  O("Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng", "Nguyễn Minh Hồng", title="Thứ trưởng", org="Bộ TT&TT",
    mentions=["Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng",
              "ông Nguyễn Minh Hồng, Thứ trưởng Bộ Thông tin và Truyền thông"]),
  O("ông Lê Quang Tự Do, Phó Cục trưởng Cục Phát thanh Truyền hình và thông tin điện tử", "Lê Quang Tự Do",
    hon="ông", title="Phó Cục trưởng", org="Cục Phát thanh Truyền hình và thông tin điện tử"),
  O("ông Nguyễn Huy Dũng, Cục Phó Cục An toàn thông tin", "Nguyễn Huy Dũng", hon="ông", title="Cục Phó",
    org="Cục An toàn thông tin"),
  O("ông Bùi Sĩ Hoa, Cục phó Cục Thông tin Đối ngoại", "Bùi Sĩ Hoa", hon="ông", title="Cục phó",
    org="Cục Thông tin Đối ngoại", mentions=["Bùi Sĩ Hoa"]),
  O("ông Nguyễn Thanh Tuyên, Phó Vụ trưởng Vụ Công nghệ thông tin", "Nguyễn Thanh Tuyên", hon="ông",
    title="Phó Vụ trưởng", org="Vụ Công nghệ thông tin"),
  O("ông Đặng Khắc Lợi, Cục phó Cục Báo Chí", "Đặng Khắc Lợi", hon="ông", title="Cục phó", org="Cục Báo Chí"),
  O("ông Bùi Nguyên Hùng, Cục trưởng Cục Bản quyền Tác giả", "Bùi Nguyên Hùng", hon="ông", title="Cục trưởng",
    org="Cục Bản quyền Tác giả"),
  O("ông Nguyễn Lương Phán", "Nguyễn Lương Phán", hon="ông", title="thành viên", org="Ban kiểm tra Hội", opt=True),
  O("ông Nguyễn Công Khang", "Nguyễn Công Khang", hon="ông", title="thành viên", org="Ban kiểm tra Hội",
    opt=True),
  O("Nguyễn Xuân Cường", "Nguyễn Xuân Cường", title="Phó Chủ tịch", org="Hội"),
  O("Trần Đăng Tuấn", "Trần Đăng Tuấn", title="Phó Chủ tịch", org="Hội"),
  O("Nguyễn Lâm Thanh", "Nguyễn Lâm Thanh", title="Phó Chủ tịch", org="Hội"),
  O("Lê Đức Sảo", "Lê Đức Sảo", title="Phó Chủ tịch", org="Hội"))
ART("oa09",
  # [1]
  S("dịch vụ thu phí điện tử không dừng", "H52", codes=["H52"], opt=True),
  S("dịch vụ thu phí điện tử không dừng", "H52", codes=["H52"], occ=1, opt=True),
  # [4]
  P("90%", None, q="trên", per="đến nay"),
  # [8] / [11] / [14]
  D("Quyết định số 19/2020/QĐ-TTg", "Quyết định", "19/2020/QĐ-TTg",
    mentions=["Quyết định số 19/2020/QĐ-TTg", "quyết định số 19/2020/QĐ-TTg"]),
  # [10]
  D("Luật PPP", "Luật", None, iss=None),
  S("dịch vụ thu phí", "H52", codes=["H52"], at="các nhà cung cấp dịch vụ thu phí được", opt=True),
  # [11]
  S("dịch vụ trung gian thanh toán", "K66", codes=["K66"], opt=True),
  # [12]
  D("Dự thảo Luật Đường bộ", "Luật", None, iss=None, opt=True),
  # [13]
  S("dịch vụ thu phí không dừng", "H52", codes=["H52"], opt=True))
