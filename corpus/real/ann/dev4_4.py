# dev4 annotator 4: h0271-h0360, ha13-ha16
DL = ["I55", "N79"]
DM = ["C13", "C14"]

X("h0271",
  O("Thủ tướng Thái Lan Paetongtarn Shinawatra", "Paetongtarn Shinawatra", title="Thủ tướng", org="Thái Lan"),
  O("Chủ tịch Quốc hội Trần Thanh Mẫn", "Trần Thanh Mẫn", title="Chủ tịch", org="Quốc hội"))
X("h0272",
  S("công nghiệp ô tô", "C29", codes=["C29"]))
X("h0273",
  S("bất động sản", "L68", codes=["L68"]))
X("h0274")
X("h0275",
  O("Phó chánh thanh tra Bộ Nội vụ Nguyễn Mạnh Khương", "Nguyễn Mạnh Khương", title="Phó chánh thanh tra",
    org="Thanh tra Bộ Nội vụ"),
  D("văn bản báo cáo", "Công văn", None, iss="UBND tỉnh Yên Bái", opt=True))
X("h0276")
X("h0277",
  P("6,25%", None, per="năm 2023"))
X("h0278",
  P("3,69%", "+", cmp="so với năm 2022"))
X("h0279",
  P("10%", "+", cmp="so với người Mỹ"))
X("h0280")
X("h0281")
X("h0282")
X("h0283",
  D("bộ Luật Hình sự", "Bộ luật", None))
X("h0284",
  S("thương mại", "G", codes=["G"], opt=True),
  D("Quyết định số 1162/QĐ-TTg", "Quyết định", "1162/QĐ-TTg"))
X("h0285",
  D("Nghị định 67", "Nghị định", "67"),
  S("thủy sản", "A03", codes=["A03"]),
  O("tiến sĩ Nguyễn Hữu Dũng, Chủ tịch Hiệp hội nuôi biển Việt Nam", "Nguyễn Hữu Dũng", pre="tiến sĩ",
    title="Chủ tịch", org="Hiệp hội nuôi biển Việt Nam"))
X("h0286",
  S("khai thác khoáng sản", "B08", codes=["B08"], opt=True),
  S("khai thác khoáng sản", "B", codes=["B"], occ=1, opt=True),
  S("khai thác khoáng sản", "B", codes=["B"], occ=2, opt=True))
X("h0287",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("h0288",
  D("Quyết định số 4088/QĐ-UBND", "Quyết định", "4088/QĐ-UBND", iss="Ủy ban nhân dân", date="2015-12-21"),
  S("du lịch", None, codes=DL, opt=True),
  S("du lịch", None, codes=DL, occ=1, opt=True))
X("h0289",
  O("Ngoại trưởng Bishop", "Bishop", title="Ngoại trưởng"),
  D("Hiệp định đối tác xuyên Thái Bình Dương", "Hiệp định", None),
  O("ông Trump trở thành Tổng thống Mỹ", "Trump", hon="ông", title="Tổng thống", org="Mỹ", opt=True))
X("h0290",
  O("Bộ trưởng Quốc phòng Nga Sergey Shoigu", "Sergey Shoigu", title="Bộ trưởng Quốc phòng", org="Nga"))
X("h0291",
  O("ông Đặng Khắc Lợi, Phó Cục trưởng Cục Báo chí, Bộ Văn hóa, Thể thao và Du lịch", "Đặng Khắc Lợi", hon="ông",
    title="Phó Cục trưởng", org="Cục Báo chí, Bộ Văn hóa, Thể thao và Du lịch"),
  S("năng lượng", "D35", codes=["D35"], opt=True))
X("h0292")
X("h0293",
  D("thông báo", "Thông báo", None, iss=None, opt=True))
X("h0294",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("h0295",
  O("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến", "Nguyễn Thị Kim Tiến", title="Bộ trưởng", org="Bộ Y tế"),
  S("y khoa", "Q86", codes=["Q86"], opt=True))
X("h0296",
  S("bán lẻ", "G47", codes=["G47"]),
  S("ngân hàng", "K64", codes=["K64"]))
X("h0297")
X("h0298")
X("h0299",
  O("Chủ tịch UBND quận 1 Trần Thế Thuận", "Trần Thế Thuận", title="Chủ tịch", org="UBND quận 1"))
X("h0300",
  O("Bộ trưởng Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng"))
X("h0301")
X("h0302")
X("h0303")
X("h0304",
  P("52,8%", None, per="5 tháng đầu năm 2024"),
  P("14,8%", "+", per="5 tháng đầu năm 2024", cmp="so cùng kỳ năm 2023"))
X("h0305")
X("h0306",
  O("huấn luyện viên Đàm Vĩnh Hưng", "Đàm Vĩnh Hưng", title="huấn luyện viên", opt=True),
  P("32,94%", None))
X("h0307")
X("h0308",
  P("3,7%", "+"))
X("h0309",
  P("70 - 80%", None, cmp="so với yêu cầu"),
  P("30%", None, cmp="so với yêu cầu"))
X("h0310",
  P("1%", "+", per="năm nay"),
  P("0,7%", "+", per="năm nay"))
X("h0311")
X("h0312")
X("h0313")
X("h0314",
  S("năng lượng", "D35", codes=["D35"], opt=True))
X("h0315",
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng"))
X("h0316")
X("h0317",
  O("Ông Hoàng Quốc Vượng, Thứ trưởng Bộ Công Thương", "Hoàng Quốc Vượng", hon="ông", title="Thứ trưởng",
    org="Bộ Công Thương"),
  S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True))
X("h0318",
  O("Thứ trưởng GD&ĐT Bùi Văn Ga", "Bùi Văn Ga", title="Thứ trưởng", org="GD&ĐT"))
X("h0319",
  P("3,5%", None),
  P("4,9 %", None))
X("h0320",
  D("văn bản số 2450/VPCP-KGVX", "Công văn", "2450/VPCP-KGVX", date="2024-04-12"))
X("h0321")
X("h0322")
X("h0323",
  P("50%", "-", per="từ ngày 1-30/6", ps="2021-06-01", pe="2021-06-30"))
X("h0324",
  P("100%", None))
X("h0325")
X("h0326",
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"),
  D("kết luận", "Kết luận", None, iss="Thủ tướng Chính phủ", opt=True))
X("h0327",
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True),
  S("du lịch", None, codes=DL))
X("h0328",
  P("12-13%", "+"),
  S("nhà ở", "L68", codes=["L68"], at="thị trường nhà ở", opt=True),
  S("bất động sản", "L68", codes=["L68"]))
X("h0329")
X("h0330",
  D("quyết định cách hết các chức vụ", "Quyết định", None, iss="Ban Thường trực Tỉnh ủy", opt=True),
  O("ông Mai Xuân Sáng (57 tuổi, Ủy viên Ban chấp Đảng bộ huyện Đắk R’lấp, Phó bí thư, Chủ tịch UBND xã Kiến Thành",
    "Mai Xuân Sáng", hon="ông", title="Chủ tịch", org="UBND xã Kiến Thành"))
X("h0331")
X("h0332",
  P("60%", None),
  P("30%", None),
  P("10%", None))
X("h0333",
  P("25%", "+", cmp="so với ngày Thần Tài 2016"))
X("h0334")
X("h0335",
  S("xây dựng", "F", codes=["F"], opt=True))
X("h0336",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  S("Khoa học và Công nghệ", "M72", codes=["M72"], opt=True))
X("h0337")
X("h0338",
  D("Nghị định quy định chi tiết", "Nghị định", None, iss=None, opt=True),
  D("Nghị quyết số 107/2023/QH15", "Nghị quyết", "107/2023/QH15"))
X("h0339")
X("h0340",
  S("hàng không", "H51", codes=["H51"], at="ngành hàng không"))
X("h0341")
X("h0342",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("h0343",
  D("Thông tư số 96/2015/TT-BTC", "Thông tư", "96/2015/TT-BTC", date="2015-06-22"))
X("h0344",
  D("Hiến pháp Yushin", "Hiến pháp", None, opt=True))
X("h0345",
  S("công thương", None, codes=["B", "C", "D", "E", "G"], opt=True),
  S("xây dựng", "F", codes=["F"]),
  S("xử lý chất thải", "E38", codes=["E38"]),
  S("giao thông", "H", codes=["H"]),
  P("35%", None, q="trên"),
  P("57,38%", None),
  P("28%", None, q="gần"))
X("h0346",
  S("Hàng hải", "H", codes=["H50", "H52"]),
  S("GTVT", "H", codes=["H"]))
X("h0347",
  S("kinh tế số", "J", codes=["J"], opt=True),
  S("năng lượng xanh", "D35", codes=["D35"]),
  S("nông nghiệp thông minh", "A", codes=["A"]))
X("h0348")
X("h0349")
X("h0350",
  P("77%", None))
X("h0351",
  D("Đề án 06/QĐ-TTg", "Đề án", "06/QĐ-TTg", opt=True),
  S("ngân hàng", "K64", codes=["K64"]))
X("h0352",
  P("4,8%", None, per="quý 1/2020"),
  P("6,2%", "+", per="quý 2/2020"))
X("h0353",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("h0354")
X("h0355",
  S("cơ khí chính xác", "C", codes=["C25", "C28"], opt=True),
  S("sản xuất chế tạo", "C", codes=["C"], opt=True),
  O("ông Nguyễn Chỉ Sáng, Phó Chủ tịch kiêm Tổng Thư ký Hiệp hội Doanh nghiệp Cơ khí Việt Nam", "Nguyễn Chỉ Sáng",
    hon="ông", title="Phó Chủ tịch kiêm Tổng Thư ký", org="Hiệp hội Doanh nghiệp Cơ khí Việt Nam"),
  S("cơ khí", "C", codes=["C25", "C28"], at="thị trường cơ khí"))
X("h0356",
  O("ông Đặng Văn Bảo, Chủ tịch CropLife Việt Nam", "Đặng Văn Bảo", hon="ông", title="Chủ tịch",
    org="CropLife Việt Nam"),
  S("sản xuất nông nghiệp", "A", codes=["A"], opt=True))
X("h0357",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("h0358")
X("h0359",
  S("dệt may", "C", codes=DM))
X("h0360")

ART("ha13",
  # [1]
  P("8,8%", "+", per="năm 2024", cmp="so với năm 2023"),
  # [5]
  P("66,8%", "+", per="năm 2023", cmp="so với năm 2022"),
  # [8]
  O("ông Nguyễn Văn Trường, Phó Giám đốc Sở Kế hoạch và Đầu tư Nghệ An", "Nguyễn Văn Trường", hon="ông",
    title="Phó Giám đốc", org="Sở Kế hoạch và Đầu tư Nghệ An"),
  P("9,5-10,5%", "+", per="năm 2025"),
  P("10-10,5%", "+", q="khoảng", per="năm 2025"))
ART("ha14",
  P("55 - 90%", None),
  P("53 - 85%", None),
  P("50 - 84%", None),
  P("60 - 90%", None),
  P("62 - 96%", None),
  P("60 - 94%", None),
  P("53 - 85%", None, occ=1))
ART("ha15",
  # [1]
  D("quyết định về việc giám sát", "Quyết định", None, iss="UBND tỉnh Hà Tĩnh", opt=True),
  # [2]
  P("50%", None, q="hơn", per="đến cuối năm 2023", ps=None, pe="2023-12-31"),
  # [7]
  P("100%", None),
  # [9]
  D("Quyết định số 2590", "Quyết định", "2590", iss="UBND tỉnh Hà Tĩnh"))
ART("ha16",
  S("ngân hàng", "K64", codes=["K64"], at="chi nhánh ngân hàng ngoại", opt=True),
  O("ông Hàn Ngọc Vũ, Tổng Giám đốc VIB", "Hàn Ngọc Vũ", hon="ông", title="Tổng Giám đốc", org="VIB"),
  P("20%", None, per="hiện tại"),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng nội địa", opt=True),
  D("kế hoạch mua lại", "Kế hoạch", None, iss=None, opt=True))
