# dev sentences d0201-d0400, annotator dev_sent_2
X("d0201")
X("d0202",
  P("92,46%", None),
  D("Nghị quyết về phê chuẩn quyết toán ngân sách nhà nước năm 2015", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("d0203")
X("d0204",
  S("bất động sản", "L68", codes=["L68"]))
X("d0205")
X("d0206")
X("d0207",
  S("thủy sản", "A03", codes=["A03"], opt=True))
X("d0208")
X("d0209")
X("d0210")
X("d0211",
  S("bất động sản", "L68", codes=["L68"]),
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("d0212",
  S("chế biến xuất khẩu", "C", codes=["C"], opt=True))
X("d0213",
  P("100%", None))
X("d0214",
  O("Vương Hưng Hưng, nhà sáng lập kiêm CEO của Unitree Robotics", "Vương Hưng Hưng", title="nhà sáng lập kiêm CEO", org="Unitree Robotics"))
X("d0215",
  D("Nghị quyết số 57-NQ/TW", "Nghị quyết", "57-NQ/TW", iss="Bộ Chính trị"))
X("d0216",
  O("Phó Thủ tướng Trương Hòa Bình", "Trương Hòa Bình", title="Phó Thủ tướng"),
  D("Nghị quyết Trung ương 5, khóa XII", "Nghị quyết", None, iss="Ban Chấp hành Trung ương", opt=True))
X("d0217",
  O("Bộ trưởng Phùng Xuân Nhạ", "Phùng Xuân Nhạ", title="Bộ trưởng"),
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("d0218",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0219",
  S("xử lý nước thải", "E37", codes=["E37"], opt=True))
X("d0220")
X("d0221",
  S("nông nghiệp", "A", codes=["A"]),
  S("thực phẩm", "C10", codes=["C10"]))
X("d0222")
X("d0223")
X("d0224",
  P("93%", None, per="năm 2015"))
X("d0225")
X("d0226")
X("d0227",
  P("6%", "+", per="tháng 5/2017", cmp="so với tháng 4"),
  P("11%", "+", per="tháng 5/2017", cmp="so với cùng kỳ năm trước"))
X("d0228")
X("d0229",
  D("kế hoạch các đợt cao điểm chống buôn lậu", "Kế hoạch", None, iss=None, opt=True))
X("d0230",
  P("15%", "-", q="khoảng", cmp="so với thời điểm lập đỉnh"),
  S("vận tải", "H", codes=["H49", "H50", "H51"], opt=True))
X("d0231")
X("d0232",
  O("bà Nguyễn Hồng Sáng, Giám đốc Sở GD-ĐT Bình Dương", "Nguyễn Hồng Sáng", hon="bà", title="Giám đốc", org="Sở GD-ĐT Bình Dương"))
X("d0233")
X("d0234",
  O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"))
X("d0235",
  S("bất động sản", "L68", codes=["L68"]))
X("d0236",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Tổng Thư ký LHQ Antonio Guterres", "Antonio Guterres", title="Tổng Thư ký", org="LHQ"))
X("d0237",
  O("thủ lĩnh IS Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", title="thủ lĩnh", org="IS", opt=True),
  P("100%", None))
X("d0238",
  P("60%", "+", q="gần", per="5 năm kể từ năm 2022", ps="2022-01-01", pe="2026-12-31"))
X("d0239",
  D("văn bản số 114/QĐ-NHNN", "Quyết định", "114/QĐ-NHNN", date="2017-01-23"))
X("d0240",
  P("98,6%", None))
X("d0241")
X("d0242")
X("d0243")
X("d0244",
  D("Hiệp định Thương mại tự do ASEAN - Hàn Quốc", "Hiệp định", None, iss=None))
X("d0245",
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"),
  D("11-NQ/TW", "Nghị quyết", "11-NQ/TW", date="2017-06-03"))
X("d0246")
X("d0247",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0248",
  S("dịch vụ ăn uống", "I56", codes=["I56"], opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="khách du lịch", opt=True))
X("d0249")
X("d0250",
  O("Ông Hoàng Xuân Tân, Phó Chủ tịch Hội đồng Nhân dân tỉnh Quảng Bình", "Hoàng Xuân Tân", hon="ông", title="Phó Chủ tịch", org="Hội đồng Nhân dân tỉnh Quảng Bình"))
X("d0251",
  S("du lịch", None, codes=["I55", "N79"], at="xúc tiến du lịch"),
  S("du lịch", None, codes=["I55", "N79"], at="sản phẩm du lịch có", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="sản phẩm du lịch và", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="du lịch cộng đồng"))
X("d0252")
X("d0253",
  D("Nghị quyết 35", "Nghị quyết", "35"))
X("d0254",
  P("9%", "+", cmp="tết năm ngoái", opt=False))
X("d0255",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True))
X("d0256")
X("d0257",
  O("Phó Chủ tịch Nguyễn Văn Sửu", "Nguyễn Văn Sửu", title="Phó Chủ tịch"))
X("d0258")
X("d0259")
X("d0260",
  O("Thứ trưởng Thường trực Bộ Văn hóa, Thể thao và Du lịch Lê Hải Bình", "Lê Hải Bình", title="Thứ trưởng Thường trực", org="Bộ Văn hóa, Thể thao và Du lịch"),
  D("Luật Báo chí (sửa đổi)", "Luật", None, iss=None, opt=True))
X("d0261",
  O("Ông Nguyễn Minh Thiện, Giám đốc Nhà máy Công ty cổ phần Thực phẩm Sen Đại Việt", "Nguyễn Minh Thiện", hon="ông", title="Giám đốc", org="Nhà máy Công ty cổ phần Thực phẩm Sen Đại Việt"))
X("d0262",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  S("y tế", "Q86", codes=["Q86"]),
  S("giáo dục", "P85", codes=["P85"]))
X("d0263")
X("d0264")
X("d0265",
  O("Th.s Nguyễn Hoàng Phúc, Phó Giám đốc Trung tâm", "Nguyễn Hoàng Phúc", pre="Th.s", title="Phó Giám đốc", org="Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người"))
X("d0266",
  O("đại biểu Nguyễn Văn Thể", "Nguyễn Văn Thể", title="đại biểu", opt=True),
  D("Nghị quyết 94", "Nghị quyết", "94", iss="Quốc hội"))
X("d0267",
  P("12,9%", "+", per="4 tháng đầu năm", cmp="so với cùng kỳ năm trước"))
X("d0268",
  P("60-70%", None, q="khoảng"))
X("d0269")
X("d0270")
X("d0271")
X("d0272",
  P("96,1%", None),
  P("8,6%", "+", cmp="so với cuối năm"),
  P("13,4%", "+", cmp="so với cùng kỳ"))
X("d0273")
X("d0274",
  P("46%", "+", q="gần"))
X("d0275",
  P("38,7%", None))
X("d0276")
X("d0277",
  P("12,2%", "+", cmp="so với cùng kỳ năm 2016"))
X("d0278",
  P("41,34%", None),
  P("28,87%", None, sec="L68"),
  P("7,8%", None, sec="F"),
  S("bất động sản", "L68", codes=["L68"]),
  S("xây dựng", "F", codes=["F"]))
X("d0279",
  O("Bộ trưởng Bộ VHTT&DL Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiện", title="Bộ trưởng", org="Bộ VHTT&DL"))
X("d0280",
  P("2,9%", "+"),
  P("7%", "-", q="khoảng", cmp="so với mức đỉnh ghi nhận vào tháng 2"))
X("d0281",
  P("15%", "+", cmp="so với các loại xe thông thường hiện nay"))
X("d0282",
  P("5,4%", "+", per="năm 2023"),
  P("6%", "+", per="năm 2023"))
X("d0283",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  O("nguyên Chủ tịch nước Trần Đức Lương", "Trần Đức Lương", title="Chủ tịch nước", former=True))
X("d0284",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0285")
X("d0286",
  D("CPTPP", "Hiệp định", None, iss=None, opt=True),
  D("EVFTA", "Hiệp định", None, iss=None, opt=True),
  D("UKVFTA", "Hiệp định", None, iss=None, opt=True))
X("d0287",
  O("TS Lê Duy Bình, Giám đốc điều hành Economica Việt Nam", "Lê Duy Bình", pre="TS", title="Giám đốc điều hành", org="Economica Việt Nam"),
  P("0,001%", None))
X("d0288",
  D("Nghị quyết 08", "Nghị quyết", "08", iss="Bộ Chính trị"))
X("d0289",
  O("Ông Lê Anh Quân, Ủy viên UBND, Giám đốc sở Kế hoạch và Đầu tư thành phố Hà Nội", "Lê Anh Quân", hon="ông", title="Giám đốc", org="sở Kế hoạch và Đầu tư thành phố Hà Nội"))
X("d0290",
  O("Ông Đặng Văn Minh, Chi Cục trưởng Chi cục Chăn nuôi và Thú y Nghệ An", "Đặng Văn Minh", hon="ông", title="Chi Cục trưởng", org="Chi cục Chăn nuôi và Thú y Nghệ An"),
  D("Luật Thanh tra", "Luật", None, iss=None),
  S("chăn nuôi", "A01", codes=["A01"], at="liên quan tới chăn nuôi"),
  S("thú y", "M75", codes=["M75"], at="chăn nuôi, thú y"))
X("d0291",
  P("2,5%", "-", per="tháng 9 năm 2024"))
X("d0292",
  D("Luật lâm nghiệp", "Luật", None, iss=None),
  S("lâm nghiệp", "A02", codes=["A02"], at="đất lâm nghiệp", opt=True))
X("d0293",
  P("100%", None))
X("d0294",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("cựu Tổng thống Barack Obama", "Barack Obama", title="Tổng thống", former=True))
X("d0295")
X("d0296",
  S("bán dẫn", "C26", codes=["C26"], opt=True))
X("d0297",
  S("nước sạch", "E36", codes=["E36"], opt=True))
X("d0298")
X("d0299")
X("d0300",
  D("Nghị quyết về việc tách nội dung thu hồi đất, bồi thường, hỗ trợ, tái định cư của Dự án Cảng hàng không quốc tế Long Thành thành Dự án thành phần", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("d0301",
  P("1%", "-", q="trên"),
  P("1,09%", "-"),
  P("2,31%", "-"))
X("d0302",
  O("Tổng thống Nga Vladimir Putin", "Vladimir Putin", title="Tổng thống", org="Nga"),
  O("cựu Giám đốc đốc Cục Điều tra Liên bang Mỹ (FBI) James Comey", "James Comey", title="Giám đốc", org="Cục Điều tra Liên bang Mỹ (FBI)", former=True))
X("d0303",
  D("Thông tư 02/2017/TT- BYT", "Thông tư", "02/2017/TT-BYT", iss="Bộ Y tế", date="2017-03-15"))
X("d0304",
  O("Bùi Mạnh Quốc - Giám đốc công ty TNHH xử lý nước Trâm Anh", "Bùi Mạnh Quốc", title="Giám đốc", org="công ty TNHH xử lý nước Trâm Anh"),
  D("Bộ Luật Hình sự", "Bộ luật", None, iss=None))
X("d0305",
  S("quảng cáo trực tuyến", "M73", codes=["M73"], opt=True))
X("d0306",
  D("TPP 11", "Hiệp định", None, iss=None, opt=True),
  D("Hiệp định Đối tác xuyên Thái Bình Dương", "Hiệp định", None, iss=None))
X("d0307",
  O("Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội Lê Tấn Tới", "Lê Tấn Tới", title="Chủ nhiệm", org="Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội"),
  D("Luật Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc", "Luật", None, iss="Quốc hội", opt=True))
X("d0308",
  O("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh", "Phạm Bình Minh", title="Phó Thủ tướng, Bộ trưởng Ngoại giao"))
X("d0309")
X("d0310",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0311",
  P("23,3%", "+"))
X("d0312")
X("d0313")
X("d0314",
  D("Nghị quyết số 98/2023/QH15", "Nghị quyết", "98/2023/QH15", iss="Quốc hội", date="2023-06-24"))
X("d0315",
  P("3,4%", "+", per="tháng 4"))
X("d0316",
  D("Nghị định 54", "Nghị định", "54", iss="Chính phủ"))
X("d0317",
  S("điện tử", "C26", codes=["C26"], opt=True),
  S("dệt may", "C", codes=["C13", "C14"], opt=True),
  S("nông sản", "A01", codes=["A01"], opt=True))
X("d0318")
X("d0319",
  S("công nghiệp sản xuất màn hình", "C26", codes=["C26"]))
X("d0320",
  P("12,4%", "-", cmp="so với kỳ 1 tháng 7/2022"))
X("d0321",
  O("John Cox, CEO công ty Safety Operating Systems", "John Cox", title="CEO", org="công ty Safety Operating Systems"),
  S("hàng không", "H51", codes=["H51"], opt=True))
X("d0322",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  D("kết luận", "Kết luận", None, iss="Bộ Chính trị", opt=True),
  S("Công Thương", None, codes=["B", "C", "D", "E", "G"], opt=True))
X("d0323")
X("d0324",
  S("Năng lượng", "D35", codes=["D35"], at="ngành Năng lượng"))
X("d0325",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"),
  D("Hiệp định Đối tác xuyên Thái Bình Dương (TPP)", "Hiệp định", None, iss=None))
X("d0326",
  S("tôm", "A03", codes=["A03"]))
X("d0327")
X("d0328",
  P("73%", None, per="hôm nay (6/2)"))
X("d0329",
  P("90,1%", None))
X("d0330",
  S("khoa học - công nghệ", "M72", codes=["M72"], opt=True),
  S("y tế", "Q86", codes=["Q86"]),
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("thể thao", "R93", codes=["R93"]),
  S("du lịch", None, codes=["I55", "N79"]),
  S("hàng không", "H51", codes=["H51"]))
X("d0331")
X("d0332",
  P("90%", None, q="khoảng"))
X("d0333",
  P("0,25%", "-"))
X("d0334",
  P("53,85%", None),
  P("46,15%", None),
  P("85,71%", None))
X("d0335",
  P("8%", "+", per="Năm 2017", cmp="so với năm 2016"),
  S("Du lịch", None, codes=["I55", "N79"]))
X("d0336",
  D("Chỉ thị số 18/CT-TTg", "Chỉ thị", "18/CT-TTg", date="2017-05-16"))
X("d0337")
X("d0338")
X("d0339",
  S("thủy sản", "A03", codes=["A03"]))
X("d0340",
  P("100%", None))
X("d0341")
X("d0342",
  P("90%", None),
  P("18,4%", "+", cmp="so với niên vụ trước"),
  P("39,5%", "+", cmp="so với niên vụ trước"))
X("d0343",
  O("ÔngLê Minh Nguyên-Giám đốc Cao cấp Khách hàng cá nhân, Chứng khoán Rồng Việt", "Lê Minh Nguyên", hon="ông", title="Giám đốc Cao cấp Khách hàng cá nhân", org="Chứng khoán Rồng Việt"))
X("d0344",
  S("du lịch", None, codes=["I55", "N79"], opt=True),
  P("30%", None, q="gần"))
X("d0345")
X("d0346",
  O("Bộ Trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng", "Nguyễn Chí Dũng", title="Bộ Trưởng", org="Bộ Kế hoạch và Đầu tư"),
  O("Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng", org="Bộ Công Thương"),
  O("Chủ tịch Hội Hữu nghị Việt Nam - Trung Quốc Nguyễn Xuân Thắng", "Nguyễn Xuân Thắng", title="Chủ tịch", org="Hội Hữu nghị Việt Nam - Trung Quốc"))
X("d0347")
X("d0348",
  P("42%", None))
X("d0349",
  O("Thủ tướng Chính phủ Malaysia Anwar Ibrahim", "Anwar Ibrahim", title="Thủ tướng", org="Chính phủ Malaysia"),
  O("Thủ tướng Timor-Leste Xanana Gusmao", "Xanana Gusmao", title="Thủ tướng", org="Timor-Leste"))
X("d0350",
  S("ngân hàng", "K64", codes=["K64"]))
X("d0351",
  P("1,35%", "+", per="năm 2011"),
  P("-3,08%", "-", per="năm 2015"))
X("d0352",
  D("NAFTA", "Hiệp định", None, iss=None, opt=True))
X("d0353",
  O("Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên", title="Bộ trưởng"))
X("d0354",
  P("2%", "+", q="khoảng", cmp="so với mức sống tối thiểu của người lao động"))
X("d0355",
  P("-0,1%", "-"))
X("d0356",
  P("50%", None))
X("d0357")
X("d0358")
X("d0359")
X("d0360",
  P("1,3%", None, per="năm 2022", sec="C14"),
  S("may mặc", "C14", codes=["C14"]))
X("d0361",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("d0362",
  D("Luật Thủy sản (sửa đổi)", "Luật", None, iss="Quốc hội", opt=True),
  O("Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng", "Phan Xuân Dũng", title="Chủ nhiệm", org="Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"))
X("d0363",
  D("Luật Thi đua, khen thưởng", "Luật", None, iss=None),
  D("Nghị định số 27/2015/NĐ-CP", "Nghị định", "27/2015/NĐ-CP"))
X("d0364")
X("d0365")
X("d0366",
  O("ông Trần Việt Hùng, Trưởng phòng Nghiệp vụ, Cục Quản lý và Phát triển Thị trường trong nước", "Trần Việt Hùng", hon="ông", title="Trưởng phòng", org="phòng Nghiệp vụ, Cục Quản lý và Phát triển Thị trường trong nước"))
X("d0367",
  O("ông Bùi Văn My, Phó Tổng Giám đốc Tổng Công ty Nông nghiệp Sài gòn", "Bùi Văn My", hon="ông", title="Phó Tổng Giám đốc", org="Tổng Công ty Nông nghiệp Sài gòn"))
X("d0368",
  S("công nghiệp", None, codes=["B", "C", "D", "E"]))
X("d0369",
  P("14%", "+"))
X("d0370",
  D("Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Luật", None, iss="Quốc hội", opt=True))
X("d0371",
  S("quản lý rác thải nhựa", "E38", codes=["E38"], opt=True))
X("d0372",
  S("thủy sản", "A03", codes=["A03"]))
X("d0373",
  S("giáo dục nghề nghiệp", "P85", codes=["P85"], opt=True))
X("d0374",
  P("17%", None))
X("d0375",
  S("khoa học", "M72", codes=["M72"], opt=True))
X("d0376",
  D("Nghị định thư về hoạt động xuất nhập khẩu sầu riêng với Trung Quốc", "Hiệp định", None, iss=None, opt=True))
X("d0377",
  D("Hiệp định Thương mại tự do Bắc Mỹ (NAFTA)", "Hiệp định", None, iss=None))
X("d0378",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("d0379",
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  O("nguyên Chủ tịch nước Trương Tấn Sang", "Trương Tấn Sang", title="Chủ tịch nước", former=True),
  O("Trưởng ban Tuyên giáo và Dân vận Trung ương Nguyễn Trọng Nghĩa", "Nguyễn Trọng Nghĩa", title="Trưởng ban", org="Ban Tuyên giáo và Dân vận Trung ương"),
  O("Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Văn Nên", "Nguyễn Văn Nên", title="Bí thư", org="Thành ủy Thành phố Hồ Chí Minh"),
  O("Phó Thủ tướng Mai Văn Chính", "Mai Văn Chính", title="Phó Thủ tướng"),
  O("Phó bí thư Thường trực Thành ủy Thành phố Hồ Chí Minh Nguyễn Thanh Nghị", "Nguyễn Thanh Nghị", title="Phó bí thư Thường trực", org="Thành ủy Thành phố Hồ Chí Minh"),
  O("Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dung", "Đào Ngọc Dung", title="Bộ trưởng", org="Bộ Dân tộc và Tôn giáo"))
X("d0380",
  S("xây dựng", "F", codes=["F"], opt=True))
X("d0381")
X("d0382",
  P("98,22%", None),
  P("100%", None))
X("d0383",
  D("Nghị định 38", "Nghị định", "38"))
X("d0384")
X("d0385",
  P("100%", None))
X("d0386",
  O("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung", "Nguyễn Đức Trung", title="Chủ tịch", org="UBND tỉnh Nghệ An"),
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("d0387")
X("d0388")
X("d0389",
  D("CPTPP", "Hiệp định", None, iss=None, opt=True),
  D("RCEP", "Hiệp định", None, iss=None, opt=True),
  D("EVFTA", "Hiệp định", None, iss=None, opt=True))
X("d0390",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Tổng Bí thư, Chủ tịch", org="Trung Quốc"))
X("d0391")
X("d0392")
X("d0393",
  P("28%", None, q="khoảng"))
X("d0394",
  S("nuôi tôm", "A03", codes=["A03"], opt=True))
X("d0395",
  P("4,73%", "-"),
  P("4,8%", "-"))
X("d0396",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"))
X("d0397")
X("d0398",
  P("11,6%", "+", per="quý I/2025", cmp="so cùng kỳ năm 2024"))
X("d0399")
X("d0400",
  D("Nghị định số 156/2020/NĐ-CP", "Nghị định", "156/2020/NĐ-CP"))
