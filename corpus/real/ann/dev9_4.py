# dev9 annotator 4: m0271-m0360, ma15-ma18
DL = ["I55", "N79"]
CN = ["B", "C", "D", "E"]
GU = ["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]
TS = ["A03", "C10"]

X("m0271")
X("m0272",
  P("1,8%", None),
  P("24,8%", None))
X("m0273",
  S("vận chuyển hành khách", "H49", codes=["H49"], opt=True))
X("m0274")
X("m0275",
  P("từ 9,68% đến 11,11%", "+"),
  P("từ 12% đến 13,64%", "+"))
X("m0276",
  D("Nghị định số\xa0134/2015/NĐ-CP", "Nghị định", "134/2015/NĐ-CP"))
X("m0277",
  O("Ông Trần Quang Bảo, Cục trưởng Cục Lâm nghiệp", "Trần Quang Bảo", hon="ông", title="Cục trưởng",
    org="Cục Lâm nghiệp"),
  S("Nông nghiệp", "A", codes=["A"], at="ngành Nông nghiệp", opt=True),
  S("lâm nghiệp", "A02", codes=["A02"], at="Phát triển lâm nghiệp", opt=True),
  S("lâm nghiệp", "A02", codes=["A02"], at="ngành lâm nghiệp"),
  S("lâm nghiệp", "A02", codes=["A02"], at="cho lâm nghiệp", opt=True))
X("m0278",
  S("nông nghiệp đô thị", "A", codes=["A"]))
X("m0279",
  P("80%", None, per="3 tháng"))
X("m0280",
  O("Ông Vũ Văn Nghĩa, nhân viên quản đốc mỏ cát của Doanh nghiệp tư nhân Xí nghiệp xây dựng Hưng Thịnh",
    "Vũ Văn Nghĩa", hon="ông", title="nhân viên quản đốc mỏ cát",
    org="Doanh nghiệp tư nhân Xí nghiệp xây dựng Hưng Thịnh", opt=True))
X("m0281",
  S("du lịch", None, codes=DL))
X("m0282",
  O("Bí thư thường trực Bộ Ngoại giao, Trưởng SOM ASEAN của Thái Lan, bà Busaya Mathelin", "Busaya Mathelin",
    hon="bà", title="Bí thư thường trực", org="Bộ Ngoại giao"),
  O("Vụ trưởng Vụ Châu Á-Thái Bình Dương, Trưởng SOM ASEAN của EU, ông Gunnar Wiegand", "Gunnar Wiegand",
    hon="ông", title="Vụ trưởng", org="Vụ Châu Á-Thái Bình Dương"))
X("m0283")
X("m0284",
  D("Nghị quyết 39", "Nghị quyết", "39", iss=None))
X("m0285")
X("m0286",
  S("lâm nghiệp", "A02", codes=["A02"]))
X("m0287",
  D("hiệp định thương mại tự do", "Hiệp định", None, iss=None, opt=True))
X("m0288",
  O("Chủ tịch Hội nghị MRT 23, Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng",
    org="Bộ Công Thương"))
X("m0289",
  S("XD nhà ở", "F41", codes=["F41"], opt=True),
  S("xây dựng nhà ở xã hội", "F41", codes=["F41"], opt=True))
X("m0290",
  O("Vụ trưởng Đỗ Hoài Nam", "Đỗ Hoài Nam", title="Vụ trưởng"))
X("m0291",
  S("xây dựng nhà công vụ", "F41", codes=["F41"], opt=True))
X("m0292")
X("m0293",
  O("ông James Comey", "James Comey", hon="ông", title="Giám đốc", org="FBI"))
X("m0294")
X("m0295",
  P("14,7%", "+"),
  P("11,4%", "+"),
  S("may mặc", "C14", codes=["C14"], opt=True),
  P("7,6%", "+"),
  P("6,3%", "+"),
  P("3,3%", "-"))
X("m0296")
X("m0297",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Phó Thủ tướng Trịnh Đình Dũng", "Trịnh Đình Dũng", title="Phó Thủ tướng"),
  S("tôm", "A03", codes=["A03"], at="ngành tôm", opt=True))
X("m0298",
  P("23.59%", None, per="thời điểm 31/12/2016", ps=None, pe="2016-12-31",
    cmp="so với mức quy định 9% của Ngân hàng Nhà nước"),
  P("9%", None))
X("m0299",
  S("du lịch", None, codes=DL))
X("m0300",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("m0301",
  S("giáo dục nghề nghiệp", "P85", codes=["P85"], opt=True))
X("m0302")
X("m0303")
X("m0304",
  S("công nghiệp", None, codes=CN, opt=True),
  P("27,1%", "+", per="tháng 3/2024", cmp="so với tháng trước"))
X("m0305",
  P("7,3%", "-", per="4 tháng năm 2025", cmp="so với cùng kỳ"),
  P("45,3%", None, per="4 tháng năm 2025"),
  P("47,7%", None, per="2024", ps="2024-01-01", pe="2024-12-31"))
X("m0306")
X("m0307",
  S("du lịch", None, codes=DL))
X("m0308",
  D("Luật Thanh tra năm 2022", "Luật", None, iss=None))
X("m0309",
  P("từ 5% đến dưới 10%", "+", cmp="so với giá bán điện bình quân hiện hành"))
X("m0310",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("9,3%", "+", sec="G47", per="6 tháng"))
X("m0311",
  P("7,7%", None, per="năm 2022"),
  P("14,3%", None, per="2023", ps="2023-01-01", pe="2023-12-31"),
  P("10,0%", None, per="2024", ps="2024-01-01", pe="2024-12-31"))
X("m0312",
  P("19,4%", "+", per="tính đến cuối tháng 3", cmp="so với cùng kỳ"),
  P("17,8%", "+", per="tính đến cuối tháng 3", cmp="so với cùng kỳ"))
X("m0313",
  P("+0,23%", "+"))
X("m0314")
X("m0315",
  P("100%", None),
  D("Quyết định 58/2016/QĐ-TTg", "Quyết định", "58/2016/QĐ-TTg"),
  S("Xây dựng", "F", codes=["F"], at="ngành Xây dựng", opt=True))
X("m0316",
  P("2,3%", None, per="đến ngày 31/12/2016", ps=None, pe="2016-12-31"))
X("m0317",
  P("5%", None, q="tối đa"),
  P("25%", None, q="tối đa"))
X("m0318",
  P("0,24%", "-", per="phiên sáng"))
X("m0319",
  P("68,3%", None))
X("m0320",
  D("dự thảo tờ trình Chính phủ", "Tờ trình", None, iss=None, opt=True),
  D("Nghị định quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động", "Nghị định",
    None, iss=None, opt=True),
  P("6%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None, cmp="so với mức hiện hành"))
X("m0321",
  P("53,85%", None),
  P("46,15%", None))
X("m0322",
  D("Luật Bảo hiểm tiền gửi", "Luật", None, iss=None, opt=True))
X("m0323",
  D("Quyết định số\xa0465/QĐ-TTg", "Quyết định", "465/QĐ-TTg"),
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  O("ông Phan Văn Mãi", "Phan Văn Mãi", hon="ông", title="Chủ tịch", org="UBND Thành phố Hồ Chí Minh"))
X("m0324",
  D("Nghị quyết số 39-NQ/TW", "Nghị quyết", "39-NQ/TW", iss="Bộ Chính trị"),
  D("Nghị định 108/2014/NĐ-CP", "Nghị định", "108/2014/NĐ-CP"))
X("m0325",
  O("ông Thăng", "Thăng", hon="ông", title="Bí thư", org="TP HCM", opt=True))
X("m0326",
  P("0,19%", "-", cmp="so với chốt phiên trước"))
X("m0327",
  P("31,4%", "-", per="tháng 7", cmp="so với cùng kỳ năm 2022"),
  P("69,1%", "-", per="tháng 7", cmp="so với cùng kỳ năm 2022"),
  P("21,6%", "-", per="tháng 7", cmp="so với cùng kỳ"))
X("m0328")
X("m0329")
X("m0330",
  S("du lịch", None, codes=DL, at="sản phẩm du lịch", opt=True),
  S("du lịch", None, codes=DL, at="ngành du lịch"))
X("m0331")
X("m0332",
  S("nuôi tôm", "A03", codes=["A03"]))
X("m0333")
X("m0334",
  O("Ông Phạm Lê Tuấn Kiệt, Giám đốc Phát triển kinh doanh GoFood (Gojek)", "Phạm Lê Tuấn Kiệt", hon="ông",
    title="Giám đốc Phát triển kinh doanh", org="GoFood"))
X("m0335",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("m0336")
X("m0337",
  P("0,46%", "+", per="tháng 1-2017"))
X("m0338",
  S("thủy sản", "A03", codes=["A03"]),
  P("2,2%", "+", sec="A03", per="11 tháng của năm 2023", ps="2023-01-01", pe="2023-11-30",
    cmp="so với cùng kỳ năm trước"))
X("m0339")
X("m0340")
X("m0341",
  S("thủy sản", None, codes=TS),
  P("7,5%", "+", per="5 tháng đầu năm 2017"))
X("m0342",
  P("10%", None),
  P("46%", None))
X("m0343",
  P("3,43%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm ngoái"),
  P("2,32%", "+", per="10 tháng năm 2022", cmp="so với cùng kỳ năm ngoái"),
  S("giao thông", "H", codes=["H"], opt=True),
  P("2,86%", "-", per="10 tháng năm 2023", cmp="so với cùng kỳ năm ngoái"),
  S("bưu chính viễn thông", None, codes=["H53", "J61"], opt=True),
  P("1,70%", "-", per="10 tháng năm 2023", cmp="so với cùng kỳ năm ngoái"),
  S("dịch vụ ăn uống", "I56", codes=["I56"], opt=True),
  P("3,76%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm ngoái"),
  S("đồ uống và thuốc lá", "C", codes=["C11", "C12"], opt=True),
  P("3,96%", "+", per="10 tháng năm 2023", cmp="so với cùng kỳ năm ngoái"))
X("m0344",
  P("0,07%", "-", per="tháng cuối cùng của năm 2022", ps="2022-12-01", pe="2022-12-31", cmp="so tháng 11"),
  S("giao thông", "H", codes=["H"], opt=True),
  S("may mặc", "C14", codes=["C14"], opt=True),
  S("giao thông", "H", codes=["H"], at="nhóm giao thông giảm", opt=True),
  P("-3,05%", "-", per="tháng cuối cùng của năm 2022", ps="2022-12-01", pe="2022-12-31", cmp="so tháng 11"))
X("m0345")
X("m0346")
X("m0347",
  O("thiếu tướng Võ Hồng Thắng, Cục trưởng kinh tế, Bộ Quốc phòng", "Võ Hồng Thắng", pre="thiếu tướng",
    title="Cục trưởng", org="Cục kinh tế, Bộ Quốc phòng"),
  P("100%", None))
X("m0348")
X("m0349",
  S("thiết kế vi mạch", "C26", codes=["C26"]),
  S("đóng gói, kiểm thử", "C26", codes=["C26"], opt=True))
X("m0350")
X("m0351",
  S("thủy sản", None, codes=TS, opt=True),
  P("10,4%", "+", cmp="so với cùng kỳ năm 2016"))
X("m0352",
  P("78,81%", None))
X("m0353",
  S("bất động sản", "L68", codes=["L68"]))
X("m0354")
X("m0355",
  D("Tờ trình", "Tờ trình", None, iss=None, opt=True),
  D("Luật Khoa học, công nghệ và đổi mới sáng tạo", "Luật", None, iss=None, opt=True),
  O("Phó Thủ tướng Chính phủ Lê Thành Long", "Lê Thành Long", title="Phó Thủ tướng", org="Chính phủ"))
X("m0356",
  D("Hiệp định hợp tác về khoa học và kỹ thuật giữa Việt Nam - Trung Quốc", "Hiệp định", None, iss=None),
  S("y tế", "Q86", codes=["Q86"], opt=True),
  S("năng lượng sạch", "D35", codes=["D35"], opt=True),
  S("nông nghiệp xanh", "A", codes=["A"], opt=True))
X("m0357",
  S("dịch vụ ngân hàng", "K64", codes=["K64"], opt=True))
X("m0358",
  S("thủy sản", None, codes=TS))
X("m0359")
X("m0360")

ART("ma15",
  D("Quyết định số 155/QĐ-SGDHCM", "Quyết định", "155/QĐ-SGDHCM", iss="HOSE", date="2024-04-03"),
  D("Quyết định số 17/QĐ-IIĐTV", "Quyết định", "17/QĐ-IIĐTV",
    iss="Hội đồng Thành viên Sở Giao dịch Chứng khoán Việt Nam", date="2022-03-31"),
  D("Nghị định số 155/2020/NĐ-CP", "Nghị định", "155/2020/NĐ-CP", date="2020-12-31"),
  D("Thông báo", "Thông báo", None, iss="Sở Giao dịch Chứng khoán Hà Nội", opt=True),
  P("87,63%", None, per="đến ngày 31/12/2024", ps=None, pe="2024-12-31"))
ART("ma16",
  P("50%", None))
ART("ma17",
  O("Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương", "Trần Quốc Phương", title="Thứ trưởng",
    org="Bộ Kế hoạch và Đầu tư", mentions=["Thứ tưởng Trần Quốc Phương", "Thứ trưởng Trần Quốc Phương"]),
  P("10,6%", "+", per="tháng 5", cmp="so với cùng kỳ"),
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"),
  S("nông nghiệp", "A", codes=["A"], at="lĩnh vực nông nghiệp"),
  S("dịch vụ", None, codes=GU, at="dịch vụ, vực dậy"),
  S("công nghiệp", None, codes=CN, at="lĩnh vực công nghiệp"),
  S("công nghiệp chế biến, chế tạo", "C", codes=["C"]))
ART("ma18",
  S("an ninh mạng", "J62", codes=["J62"], at="Công ty an ninh mạng", opt=True),
  D("quyết định bổ nhiệm", "Quyết định", None, iss="Kaspersky Lab", opt=True),
  O("Ông Stephan Neumeier, tân Giám đốc điều hành Kaspersky Lab châu Á Thái Bình Dương", "Stephan Neumeier",
    hon="ông", title="Giám đốc điều hành", org="Kaspersky Lab châu Á Thái Bình Dương"),
  S("CNTT", "J", codes=["J62", "J63"]),
  S("bán lẻ", "G47", codes=["G47"], at="phạm vi bán lẻ", opt=True),
  S("an ninh mạng thương mại và doanh nghiệp", "J62", codes=["J62"], opt=True),
  S("an ninh mạng công nghiệp", "J62", codes=["J62"], opt=True),
  O("Ông Alexander Moiseev - Giám đốc Kinh doanh của Kaspersky Lab", "Alexander Moiseev", hon="ông",
    title="Giám đốc Kinh doanh", org="Kaspersky Lab"),
  O("Ông Maxim Mitrokhin", "Maxim Mitrokhin", hon="ông", title="Giám đốc điều hành", org="Kaspersky Lab APAC"),
  S("an ninh mạng", "J62", codes=["J62"], at="công ty an ninh mạng quốc tế", opt=True))
