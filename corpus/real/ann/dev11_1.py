# dev11 annotator 1: o0001-o0090, oa01-oa05
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]
TECH = ["C26", "J61", "J62", "J63"]

X("o0001")
X("o0002",
  P("20,7%", None))
X("o0003",
  P("10%", None))
X("o0004",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"]),
  S("nông nghiệp sạch", "A", codes=["A"]))
X("o0005")
X("o0006")
X("o0007",
  O("ông Phan Quý Phương, Phó Chủ tịch UBND tỉnh Thừa Thiên Hu,ế", "Phan Quý Phương", hon="ông",
    title="Phó Chủ tịch", org="UBND tỉnh Thừa Thiên Hu,ế"))
X("o0008",
  S("điện tử", "G47", codes=["G47"], at="Mảng điện tử"),
  S("bách hóa", "G47", codes=["G47"], at="mảng bách hóa"))
X("o0009",
  P("90%", None),
  P("4%", None),
  P("3%", None))
X("o0010",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org=None))
X("o0011",
  S("sắn", None, codes=["A01", "C10"], at="ngành sắn"),
  D("công văn số 632", "Công văn", "632", iss="Tổng cục Thuế"))
X("o0012",
  P("0,1%", "+"))
X("o0013",
  O("Chủ tịch Hiệp hội Vận tải ô tô Việt Nam Nguyễn Văn Thanh", "Nguyễn Văn Thanh", title="Chủ tịch",
    org="Hiệp hội Vận tải ô tô Việt Nam"))
X("o0014")
X("o0015",
  O("Ông Phùng Văn Hữu - Chủ tịch Hội đồng quản trị HTX Chợ gốm làng cổ Bát Tràng", "Phùng Văn Hữu", hon="ông",
    title="Chủ tịch Hội đồng quản trị", org="HTX Chợ gốm làng cổ Bát Tràng"),
  P("30%", None, q="khoảng", per="cuối giờ chiều ngày 7/2"))
X("o0016",
  O("Thứ trưởng Phan Tâm", "Phan Tâm", title="Thứ trưởng", org=None),
  S("viễn thông", "J61", codes=["J61"], at="doanh nghiệp viễn thông"))
X("o0017",
  S("sản xuất hàng điện tử", "C26", codes=["C26"]),
  S("sản xuất linh kiện", "C26", codes=["C26"], opt=True))
X("o0018",
  O("Đại biểu Nguyễn Sỹ Cương", "Nguyễn Sỹ Cương", title="Đại biểu", org=None),
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp"))
X("o0019",
  D("Kế hoạch hành động triển khai Tuyên bố Phnôm-Pênh", "Kế hoạch", None, iss=None, opt=True),
  S("năng lượng", "D35", codes=["D35"]),
  S("giáo dục", "P85", codes=["P85"]),
  S("tài chính", "K", codes=["K"]),
  S("y tế", "Q86", codes=["Q86"]),
  S("bảo vệ môi trường", "E", codes=["E"], opt=True))
X("o0020",
  S("bán lẻ", "G47", codes=["G47"], at="nhà bán lẻ", opt=True))
X("o0021",
  S("dệt may", "C", codes=DM, at="ngàng hàng dệt may", opt=True),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("giày dép", "C15", codes=["C15"], opt=True),
  S("dệt may", "C", codes=DM, at="thị trường dệt may"),
  P("4,1%", "+", sec="C", per="giai đoạn 2025-2033"),
  P("95%", None, q="khoảng", per="hiện nay"),
  S("may mặc", "C14", codes=["C14"], at="hàng may mặc", opt=True))
X("o0022")
X("o0023",
  P("40%", None, per="hiện nay"))
X("o0024",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0025")
X("o0026",
  O("PGS.TS Trần Xuân Nhĩ - nguyên Thứ trưởng Bộ Giáo dục và Đào tạo", "Trần Xuân Nhĩ", pre="PGS.TS",
    title="Thứ trưởng", org="Bộ Giáo dục và Đào tạo", former=True))
X("o0027",
  S("dịch vụ ăn uống", "I56", codes=["I56"], opt=True),
  P("0,26%", "+", per="tháng 7"),
  P("0,09 điểm phần trăm", "+", per="tháng 7"))
X("o0028",
  P("40-50%", None))
X("o0029")
X("o0030",
  S("du lịch", None, codes=DL, at="Phát triển du lịch"),
  P("97,3%", None, per="9 tháng đầu năm nay"),
  P("32 %", "+", per="9 tháng đầu năm nay", cmp="so với 9 tháng năm 2023"))
X("o0031")
X("o0032",
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
X("o0033",
  S("công nghiệp", None, codes=DCCN, at="nhóm ngành công nghiệp", opt=True),
  S("hậu cần", "H52", codes=["H52"]))
X("o0034",
  P("7,16%", "+", per="6 tháng đầu năm"))
X("o0035",
  O("Giám đốc điều hành Canopy Nicole Rycroft", "Nicole Rycroft", title="Giám đốc điều hành", org="Canopy"),
  S("công nghiệp sợi carbon thấp", "C13", codes=["C13"], at="ngành công nghiệp sợi"))
X("o0036")
X("o0037",
  D("Thông tư 12/2020/TT-BGTVT", "Thông tư", "12/2020/TT-BGTVT"))
X("o0038")
X("o0039",
  O("Ông Trần Văn Dũng, Tổng Giám đốc Công Ty CP Chế Biến Xuất nhập khẩu Thủy Sản tỉnh Bà Rịa - Vũng Tàu (Baseafood )",
    "Trần Văn Dũng", hon="ông", title="Tổng Giám đốc",
    org="Công Ty CP Chế Biến Xuất nhập khẩu Thủy Sản tỉnh Bà Rịa - Vũng Tàu"),
  P("2%", "-"),
  S("thủy sản", "A03", codes=["A03"], at="ngành thủy sản"))
X("o0040",
  S("bảo hiểm", "K65", codes=["K65"], at="phí bảo hiểm", opt=True))
X("o0041",
  S("cửa hàng bách hóa", "G47", codes=["G47"], opt=True),
  S("thời trang", "C14", codes=["C14"], opt=True),
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("o0042",
  O("Ông Phan Mạnh Hùng, Phó Chủ tịch UBND tỉnh Quảng Bình", "Phan Mạnh Hùng", hon="ông", title="Phó Chủ tịch",
    org="UBND tỉnh Quảng Bình"))
X("o0043",
  O("Chủ tịch Fast Retailing Yanai", "Yanai", title="Chủ tịch", org="Fast Retailing"))
X("o0044")
X("o0045",
  P("80%", None, q="trên"),
  P("60 - 70%", None))
X("o0046",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]))
X("o0047")
X("o0048",
  D("dự án Luật sửa đổi, bổ sung một số điều", "Luật", None, iss=None, opt=True),
  D("Bộ luật Hình sự", "Bộ luật", None, iss=None))
X("o0049")
X("o0050")
X("o0051")
X("o0052",
  D("Nghị định", "Nghị định", None, iss=None, at="soạn thảo Nghị định", opt=True),
  D("Nghị định số 01/2021/NĐ-CP", "Nghị định", "01/2021/NĐ-CP"))
X("o0053",
  P("75%", None))
X("o0054")
X("o0055",
  O("Ông Hoàng Thanh Vân, Cục trưởng Cục Chăn nuôi (Bộ NN&PTNT)", "Hoàng Thanh Vân", hon="ông", title="Cục trưởng",
    org="Cục Chăn nuôi"))
X("o0056",
  P("20%", None))
X("o0057",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng", org=None))
X("o0058",
  D("Thông tư 11/2024/TT-BGTVT", "Thông tư", "11/2024/TT-BGTVT"))
X("o0059",
  D("Luật Khoa học và Công nghệ", "Luật", None, iss=None),
  D("Luật công chức, viên chức", "Luật", None, iss=None, opt=True),
  D("nghị định", "Nghị định", None, iss="Chính phủ", at="các nghị định liên quan", opt=True),
  S("nghiên cứu phát triển KHCN", "M72", codes=["M72"], opt=True))
X("o0060",
  O("Tổng thống Macron", "Macron", title="Tổng thống", org=None),
  O("Chủ tịch Trần Thanh mẫn", "Trần Thanh mẫn", title="Chủ tịch", org=None))
X("o0061")
X("o0062",
  S("nông nghiệp", "A", codes=["A"], at="nền nông nghiệp"))
X("o0063",
  D("văn bản", "Công văn", None, iss="Tổng Cục Thuế", opt=True),
  S("bán lẻ", "G47", codes=["G47"], at="thương hiệu bán lẻ", opt=True))
X("o0064")
X("o0065",
  S("Hàng hải", "H50", codes=["H50"], at="ngành Hàng hải", opt=True),
  S("vận tải biển", "H50", codes=["H50"]))
X("o0066",
  S("nông nghiệp", "A", codes=["A"], at="Ngành nông nghiệp", opt=True),
  D("công văn", "Công văn", None, iss="Ngành nông nghiệp Thanh Hóa", opt=True),
  S("đóng tàu", "C30", codes=["C30"], opt=True),
  S("đóng tàu", "C30", codes=["C30"], occ=1, opt=True))
X("o0067",
  P("42,4%", "+", per="11 tháng", cmp="so với cùng kỳ năm 2022"))
X("o0068")
X("o0069",
  P("0%", None))
X("o0070",
  O("Bà Lê Thị Thu Hương, Phó Cục trưởng Cục Thuế TP HCM", "Lê Thị Thu Hương", hon="bà", title="Phó Cục trưởng",
    org="Cục Thuế TP HCM"))
X("o0071")
X("o0072",
  P("49%", None, q="hơn"))
X("o0073",
  S("dịch vụ truyền thông", "J", codes=["J58", "J59", "J60", "J63"], opt=True),
  S("tư vấn", "M70", codes=["M70"], opt=True))
X("o0074",
  O("ông Bob McCooey, Phó chủ tịch Nasdaq", "Bob McCooey", hon="ông", title="Phó chủ tịch", org="Nasdaq"),
  O("ông Lê Hồng Minh, Chủ tịch kiêm Tổng giám đốc VNG", "Lê Hồng Minh", hon="ông",
    title="Chủ tịch kiêm Tổng giám đốc", org="VNG"),
  S("công nghệ", None, codes=TECH, at="startup công nghệ", opt=True))
X("o0075",
  O("ông Trần Việt Hưng, Phó Cục trưởng phụ trách Cục Bồi thường nhà nước", "Trần Việt Hưng", hon="ông",
    title="Phó Cục trưởng phụ trách", org="Cục Bồi thường nhà nước"),
  D("Kế hoạch công tác năm 2024", "Kế hoạch", None, iss=None, opt=True))
X("o0076")
X("o0077")
X("o0078",
  S("bán lẻ", "G47", codes=["G47"], at="thị trường bán lẻ"))
X("o0079")
X("o0080",
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  P("67,5-71,5%", None, sec="D35", per="năm 2050"))
X("o0081",
  P("7%", "+", per="Quý I/2025"))
X("o0082",
  S("công nghiệp", None, codes=DCCN, at="sản xuất công nghiệp", opt=True),
  P("32,6%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("25%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("19,7%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("18,3%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("17,4%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("16,6%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("15,3%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("14,9%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("14,4%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"),
  P("14%", "+", per="9 tháng năm 2021", cmp="so với cùng kỳ năm"))
X("o0083",
  S("may mặc", "C14", codes=["C14"], at="ngành may mặc"),
  S("giày dép", "C15", codes=["C15"], at="may mặc, giày dép"))
X("o0084",
  P("1%", None, per="hiện tại"))
X("o0085",
  P("90%", None, q="trên"),
  O("ông Lê Đỗ Mười (Viện phó Viện Chiến lược GTVT", "Lê Đỗ Mười", hon="ông", title="Viện phó",
    org="Viện Chiến lược GTVT"))
X("o0086")
X("o0087")
X("o0088",
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("o0089",
  O("Chủ tịch Ủy ban Quốc phòng thuộc Thượng viện Nga, ông Viktor Ozerov", "Viktor Ozerov", hon="ông",
    title="Chủ tịch", org="Ủy ban Quốc phòng thuộc Thượng viện Nga"),
  O("thủ lĩnh IS  Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", title="thủ lĩnh", org="IS", opt=True),
  P("100%", None))
X("o0090",
  S("bảo hiểm", "K65", codes=["K65"], at="phí bảo hiểm", opt=True))

ART("oa01",
  # [2]
  S("Vận tải biển", "H50", codes=["H50"]),
  P("80%", None, q="khoảng", sec="H50"),
  S("vận tải biển", "H50", codes=["H50"], at="các hãng vận tải biển", opt=True),
  # [3]
  O("đại diện thương mại Mỹ Jamieson Greer", "Jamieson Greer", title="đại diện thương mại", org="Mỹ",
    mentions=["ông Greer"]),
  S("vận tải biển", "H50", codes=["H50"], at="hoạt động vận tải biển"),
  O("Tổng thống Trump", "Trump", title="Tổng thống", org=None),
  # [4]
  P("145%", None, per="hiện"),
  # [5]
  S("hàng hải", "H", codes=["H50", "H52"], at="ngành hàng hải"),
  S("vận chuyển", "H50", codes=["H50"], at="các hãng vận chuyển", opt=True),
  # [6]
  S("đóng tàu", "C30", codes=["C30"], at="doanh nghiệp đóng tàu"),
  # [8]
  S("vận tải", "H50", codes=["H50"], at="Các hãng vận tải", opt=True),
  # [9]
  P("1%", None, per="4 năm"),
  P("4%", "+", per="năm 2035"),
  P("15%", "+", per="năm 2047"))
ART("oa02",
  # [3]
  O("Ông Nguyễn Văn Tâm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", "Nguyễn Văn Tâm",
    hon="ông", title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang"),
  O("Bà Trịnh Thị Bích Tuyền, Chủ tịch UBND xã Sơn Hải", "Trịnh Thị Bích Tuyền", hon="bà", title="Chủ tịch",
    org="UBND xã Sơn Hải"))
ART("oa03",
  # [1]
  O("ông Nguyễn Bảo Cường, Trưởng phòng Lao động tiền lương và Bảo hiểm xã hội, Sở Lao động - Thương Binh và Xã hội "
    "Thành phố", "Nguyễn Bảo Cường", hon="ông", title="Trưởng phòng",
    org="Phòng Lao động tiền lương và Bảo hiểm xã hội, Sở Lao động - Thương Binh và Xã hội Thành phố",
    mentions=["ông Cường"]),
  # [5]
  P("9%", "+", q="khoảng", per="những tháng cuối năm", cmp="so với cùng kỳ năm ngoái"),
  # [6]
  S("bán lẻ", "G47", codes=["G47"], at="ngành bán lẻ"),
  S("kinh doanh - thương mại", "G", codes=["G"]),
  S("dịch vụ vận tải", "H", codes=["H49", "H50", "H51"]),
  S("kho bãi", "H52", codes=["H52"]),
  S("dịch vụ cảng", "H52", codes=["H52"]),
  S("logistic", "H52", codes=["H52"]),
  S("chế biến lương thực - thực phẩm", "C10", codes=["C10"]),
  # [7]
  S("dệt may", "C", codes=DM),
  S("da giày", "C15", codes=["C15"]),
  S("điện tử", "C26", codes=["C26"], at="da giày, điện tử"),
  # [8] / [10] the firms' pay plans, [9] the department's plan, [12] the firms' Tết bonus plans
  D("kế hoạch trả lương, thưởng", "Kế hoạch", None, iss=None, opt=True, mentions=["kế hoạch trả lương, thưởng"]),
  D("kế hoạch giám sát", "Kế hoạch", None, iss="Sở Lao động - Thương Binh và Xã hội Thành phố", opt=True),
  D("kế hoạch thưởng Tết Nguyên đán Ất Tỵ năm 2025", "Kế hoạch", None, iss=None, opt=True))
ART("oa04",
  # [2]
  D("Quyết định số 1667/2017", "Quyết định", "1667/2017", iss="Bộ Công Thương"),
  S("bán hàng đa cấp", "G47", codes=["G47"], opt=True),
  # [3]
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=1, opt=True),
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=2, opt=True),
  O("Giám đốc của công ty Nhã Khắc Lâm là Huỳnh Vĩnh Lợi", "Huỳnh Vĩnh Lợi", title="Giám đốc",
    org="công ty Nhã Khắc Lâm"),
  S("kinh doanh đa cấp", "G47", codes=["G47"], opt=True),
  S("MLM", "G47", codes=["G47"], opt=True),
  S("kinh doanh đa cấp", "G47", codes=["G47"], occ=1, opt=True),
  S("bán buôn thực phẩm", "G46", codes=["G46"]),
  S("bán buôn thực phẩm chức năng", "G46", codes=["G46"]),
  S("bán lẻ", "G47", codes=["G47"], at="bán lẻ theo phương thức"),
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=3, opt=True),
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=4, opt=True),
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=5, opt=True),
  S("bán hàng đa cấp", "G47", codes=["G47"], occ=6, opt=True))
ART("oa05",
  # [2]
  S("nhà ở thương mại", "L68", codes=["L68"], opt=True),
  O("Bùi Thị Kim Dung, sinh năm 1972, nơi cư trú: số 93 Hồng Bàng, phường Sở Dầu, quận Hồng Bàng, TP. Hải Phòng đã "
    "sử dụng danh nghĩa là Giám đốc, người đại diện theo pháp luật của Công ty Cổ phần kinh doanh dịch vụ thương mại "
    "Cầu Vồng Hoa Lan 7&1", "Bùi Thị Kim Dung", title="Giám đốc",
    org="Công ty Cổ phần kinh doanh dịch vụ thương mại Cầu Vồng Hoa Lan 7&1",
    mentions=["bị can Dung", "Bùi Thị Kim Dung"]),
  # [5]
  D("Quyết định khởi tố bị can", "Quyết định", None, iss="Cơ quan An ninh điều tra Công an thành phố Hải Phòng",
    date="2024-05-16", opt=True),
  # [6]
  D("Quyết định bổ sung Quyết định khởi tố bị can", "Quyết định", None,
    iss="Cơ quan An ninh điều tra Công an thành phố Hải Phòng", date="2024-08-01", opt=True),
  # [7]
  S("nhà ở thương mại", "L68", codes=["L68"], occ=1, opt=True),
  # [8]
  O("Điều tra viên Dương Đức Quỳnh", "Dương Đức Quỳnh", title="Điều tra viên", org=None, opt=True))
