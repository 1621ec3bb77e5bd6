# dev11 annotator 3: o0181-o0270, oa10-oa14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
ICT = ["J61", "J62", "J63"]
NL = ["B05", "B06", "D35"]

X("o0181",
  P("3,7%", "+"),
  P("2,4%", "-"))
X("o0182",
  P("4,25%", None, per="Ngày 6/5"))
X("o0183",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("o0184")
X("o0185",
  O("bà Đoàn Thị Thanh Mỹ, Vụ trưởng Vụ Đất đai, Bộ Tài nguyên Môi trường", "Đoàn Thị Thanh Mỹ", hon="bà",
    title="Vụ trưởng", org="Vụ Đất đai, Bộ Tài nguyên Môi trường"),
  D("Luật Đất đai năm 2024", "Luật", None, iss=None),
  D("Nghị định số 102", "Nghị định", "102", iss=None))
X("o0186",
  P("20%-30%", "+", cmp="so với mức giá hiện hành"))
X("o0187",
  S("dịch vụ giáo dục", "P85", codes=["P85"], opt=True),
  S("dịch vụ y tế", "Q86", codes=["Q86"], opt=True),
  P("12,87%", None))
X("o0188",
  P("30%", "-", per="tháng 10/2024", cmp="so với tháng trước"),
  P("13,7%", "+", per="tháng 10/2024", cmp="so với cùng kỳ"))
X("o0189",
  O("ông Trịnh Anh Tuấn, Cục trưởng Cục Phòng vệ thương mại", "Trịnh Anh Tuấn", hon="ông", title="Cục trưởng",
    org="Cục Phòng vệ thương mại"))
X("o0190",
  S("dịch vụ 4G", "J61", codes=["J61"], opt=True))
X("o0191",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  S("thương mại", "G", codes=["G"]),
  S("dịch vụ", None, codes=DV, at="dịch vụ và du lịch"),
  S("du lịch", None, codes=DL))
X("o0192")
X("o0193",
  D("Chỉ thị 18/CT-TTg", "Chỉ thị", "18/CT-TTg", date="2022-10-13"),
  S("thương mại điện tử", "G47", codes=["G47"]),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1, opt=True))
X("o0194")
X("o0195",
  S("nông nghiệp", "A", codes=["A"]))
X("o0196")
X("o0197",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0198",
  P("50%", None, q="gần", per="năm 2016"),
  P("17%", None, per="năm 2016"))
X("o0199",
  O("Bí thư Tỉnh ủy Cao Bằng Quản Minh Cường", "Quản Minh Cường", title="Bí thư", org="Tỉnh ủy Cao Bằng"))
X("o0200",
  D("Hiệp định giữa hai Chính phủ về việc công dân Việt Nam làm việc có thời hạn tại Belarus và công dân Belarus "
    "làm việc có thời hạn tại Việt Nam", "Hiệp định", None, iss=None))
X("o0201")
X("o0202",
  D("kế hoạch chương trình hành động", "Kế hoạch", None, iss=None, opt=True),
  D("Nghị quyết số 36", "Nghị quyết", "36", iss=None),
  S("công nghệ sinh học", "M72", codes=["M72"], opt=True))
X("o0203",
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("o0204",
  P("85,71%", None))
X("o0205",
  O("Chủ tịch UBND TP Nguyễn Thành Phong", "Nguyễn Thành Phong", title="Chủ tịch", org="UBND TP"))
X("o0206",
  P("65%", None, q="trên"))
X("o0207",
  S("công nghiệp phim người lớn", "J59", codes=["J59"]))
X("o0208")
X("o0209",
  P("28,1%", None, per="năm 2023"),
  P("13,1%", None, per="năm 2023"))
X("o0210",
  P("90%", None))
X("o0211",
  S("ngân hàng", "K64", codes=["K64"]))
X("o0212",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("o0213",
  P("20,8%", "+"))
X("o0214",
  P("60%", None, q="khoảng"))
X("o0215",
  O("Phó Chủ tịch thường trực UBND thành phố Hồ Kỳ Minh", "Hồ Kỳ Minh", title="Phó Chủ tịch thường trực",
    org="UBND thành phố"))
X("o0216",
  S("du lịch", None, codes=DL, opt=True))
X("o0217",
  P("19%", "-", cmp="so với những người ăn ít"))
X("o0218")
X("o0219",
  S("logistics", "H52", codes=["H52"], opt=True))
X("o0220",
  P("87,1%", "-", cmp="so với cùng kỳ"))
X("o0221",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  D("các quyết định", "Quyết định", None, iss=None, opt=True))
X("o0222",
  S("vận tải", "H50", codes=["H50"], at="năng lực vận tải", opt=True))
X("o0223",
  P("10%", None, q="trên"))
X("o0224",
  S("công nghiệp", None, codes=DCCN),
  S("y tế", "Q86", codes=["Q86"]),
  S("dược phẩm", "C21", codes=["C21"]),
  S("năng lượng", "D35", codes=["D35"]),
  S("khoa học - công nghệ", "M72", codes=["M72"], opt=True),
  S("thông tin truyền thông", "J", codes=["J"]),
  S("logistics", "H52", codes=["H52"]),
  S("kinh tế số", "J", codes=["J"], opt=True))
X("o0225")
X("o0226",
  P("30%", "-", per="đến thời điểm này"))
X("o0227",
  P("15%", None),
  S("tổ chức tín dụng", "K64", codes=["K64"], opt=True))
X("o0228")
X("o0229",
  P("2,14%", "+", cmp="so với cùng kỳ"),
  P("13,21%", "+", cmp="so với cùng kỳ năm trước"))
X("o0230",
  O("ông Lê Thanh Tịnh - Giám đốc Ban quản lý VQG Phong Nha - Kẻ Bàng", "Lê Thanh Tịnh", hon="ông",
    title="Giám đốc", org="Ban quản lý VQG Phong Nha - Kẻ Bàng"),
  D("quyết định số 1947/QĐ-UBND", "Quyết định", "1947/QĐ-UBND", iss="Ủy ban nhân dân"),
  D("Nghị định số 99/2010/NĐ-CP", "Nghị định", "99/2010/NĐ-CP", iss="Chính phủ", date="2010-09-24"),
  S("du lịch", None, codes=DL, at="tuyến du lịch", opt=True))
X("o0231",
  S("ô tô", "C29", codes=["C29"]))
X("o0232",
  S("dịch vụ lưu trú, ăn uống", "I", codes=["I55", "I56"]),
  P("29,2%", "+", sec="I", per="9 tháng đầu năm nay", ps="2024-01-01", pe="2024-09-30",
    cmp="so với cùng kỳ năm 2023"),
  S("du lịch lữ hành", "N79", codes=["N79"]),
  P("73,9%", "+", sec="N79", per="9 tháng đầu năm nay", ps="2024-01-01", pe="2024-09-30"),
  S("dịch vụ khác", None, opt=True),
  P("12,7%", "+", per="9 tháng đầu năm nay", ps="2024-01-01", pe="2024-09-30"))
X("o0233",
  P("92,7%", None, per="tới ngày 20/5/2023", ps=None, pe="2023-05-20", cmp="so cùng kỳ"))
X("o0234",
  P("2,02%", "-"), P("1,83%", "-"), P("2,84%", "-"), P("2,51%", "-"), P("2,56%", "-"), P("2,99%", "-"),
  P("2,41%", "-"), P("2,82%", "-"), P("3,65%", "-"), P("3,46%", "-"), P("2,78%", "-"))
X("o0235",
  S("giáo dục - đào tạo", "P85", codes=["P85"], opt=True))
X("o0236",
  S("bất động sản", "L68", codes=["L68"], at="bất động sản bán", opt=True),
  P("15%", "-", per="Tính đến hết quý 1/2023", ps=None, pe="2023-03-31", cmp="so với cùng kỳ"),
  S("bất động sản", "L68", codes=["L68"], at="bất động sản cho thuê", opt=True),
  P("27%", "-", per="Tính đến hết quý 1/2023", ps=None, pe="2023-03-31", cmp="so với cùng kỳ năm ngoái"))
X("o0237",
  O("bà Hoàng Nguyệt Minh, Giám đốc Bộ phận Cho thuê Thương mại Savills Hà Nội", "Hoàng Nguyệt Minh", hon="bà",
    title="Giám đốc", org="Bộ phận Cho thuê Thương mại Savills Hà Nội"),
  S("phân phối", "G46", codes=["G46"]),
  S("Công nghệ thông tin & Truyền thông", "J", codes=ICT),
  S("sản xuất", "C", codes=["C"], opt=True),
  S("tài chính", "K", codes=["K"]),
  S("bất động sản", "L68", codes=["L68"]),
  S("tư vấn", "M", codes=["M69", "M70", "M71"], opt=True),
  S("chăm sóc sức khỏe", "Q86", codes=["Q86"]))
X("o0238",
  P("4,3%", "-"),
  P("4,4%", "-", per="tháng trước"))
X("o0239",
  P("80%", None, q="khoảng", per="hiện tại"),
  P("85%", None, per="hiện tại"),
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("76%", None, per="hiện tại"))
X("o0240",
  P("30%", "-"))
X("o0241",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("o0242",
  S("năng lượng nhập khẩu", None, codes=NL, opt=True),
  S("năng lượng hóa thạch", None, codes=NL, opt=True),
  S("điện hạt nhân", "D35", codes=["D35"], opt=True))
X("o0243",
  S("Dịch vụ sửa chữa đồ dùng gia đình", "S95", codes=["S95"], opt=True),
  S("dịch vụ bảo dưỡng nhà ở", "F43", codes=["F43"], opt=True),
  S("dịch vụ điện, nước", None, codes=["D35", "E36"], opt=True),
  S("dịch vụ thuê người giúp việc gia đình", "T97", codes=["T97"], opt=True),
  P("từ 3 - 8%", "+", cmp="so với cùng kỳ năm trước"))
X("o0244",
  S("thủy sản", "A03", codes=["A03"], opt=True),
  S("thủy sản", "A03", codes=["A03"], occ=1, opt=True),
  S("thủy sản", "A03", codes=["A03"], occ=2, opt=True))
X("o0245",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0246")
X("o0247",
  P("44%", None),
  O("cựu Tổng thống Hugo Chavez", "Hugo Chavez", title="Tổng thống", former=True))
X("o0248",
  D("kế hoạch năm 2017", "Kế hoạch", None, iss="Thủ tướng", opt=True))
X("o0249",
  P("4%", "+", q="khoảng", per="cả năm 2024 và 2025", ps="2024-01-01", pe="2025-12-31"))
X("o0250",
  S("sản xuất và chế biến nhựa", "C22", codes=["C22"]),
  D("Hiệp định Thương mại tự do Việt Nam - EU", "Hiệp định", None, iss=None))
X("o0251",
  P("50%", None, q="khoảng", per="2 năm tới"),
  S("bất động sản", "L68", codes=["L68"], opt=True),
  S("ngân hàng", "K64", codes=["K64"], opt=True))
X("o0252",
  S("rau quả", "A01", codes=["A01"], opt=True),
  P("29%", "+", per="tháng 8/2024", cmp="so với tháng trước"),
  P("52,8%", "+", per="tháng 8/2024", cmp="so với cùng kỳ năm 2023"))
X("o0253",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"),
  O("Tổng thống Nga Vladimir Putin", "Vladimir Putin", title="Tổng thống", org="Nga"))
X("o0254")
X("o0255",
  S("hàng không giá rẻ", "H51", codes=["H51"]))
X("o0256")
X("o0257",
  O("Giám đốc, Tổng Biên tập Nguyễn Thanh Liêm", "Nguyễn Thanh Liêm", title="Giám đốc, Tổng Biên tập"))
X("o0258")
X("o0259")
X("o0260")
X("o0261",
  O("Phó Thủ tướng Vương Đình Huệ", "Vương Đình Huệ", title="Phó Thủ tướng"))
X("o0262")
X("o0263",
  P("10,8%", None),
  P("9,8%", None))
X("o0264",
  D("Hiệp định thương mại tự do", "Hiệp định", None, iss=None, opt=True))
X("o0265")
X("o0266",
  S("du lịch", None, codes=DL, opt=True),
  S("giải trí", "R93", codes=["R93"], opt=True))
X("o0267",
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  P("11,9-13,4%", "+", q="khoảng", sec="D35", per="năm 2030"),
  P("26,5-28,4%", "+", q="khoảng", sec="D35", per="năm 2045"),
  S("điện than", "D35", codes=["D35"], opt=True),
  P("44,2-45,5%", "-", per="năm 2030"),
  P("27,4-32,4%", "-", per="năm 2045"),
  S("điện khí", "D35", codes=["D35"], opt=True),
  S("năng lượng gió ngoài khơi", "D35", codes=["D35"], opt=True),
  S("năng lượng hydrogen", "D35", codes=["D35"], opt=True),
  S("năng lượng từ rác thải", "D35", codes=["D35"], opt=True))
X("o0268")
X("o0269")
X("o0270")

ART("oa10",
  # [1] headline
  O("Giám đốc Sở Y tế Hà Nội Nguyễn Khắc Hiền", "Nguyễn Khắc Hiền", title="Giám đốc", org="Sở Y tế Hà Nội",
    mentions=["Giám đốc Sở Y tế Hà Nội Nguyễn Khắc Hiền", "Giám đốc sở Y tế Hà Nội Nguyễn Khắc Hiền",
              "ông Nguyễn Khắc Hiền", "ông Hiền"]),
  # [3]
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế. Về", opt=True),
  S("y tế", "Q86", codes=["Q86"], at="đơn vị y tế", opt=True),
  S("y tế", "Q86", codes=["Q86"], at="Ngành y tế Hà Nội", opt=True),
  S("y tế", "Q86", codes=["Q86"], at="ngành y tế nói chung", opt=True),
  S("y tế", "Q86", codes=["Q86"], at="y tế Hà Nội nói riêng", opt=True),
  O("ông Hà Huy Thắng – Giám đốc BV Thận Hà Nội", "Hà Huy Thắng", hon="ông", title="Giám đốc",
    org="BV Thận Hà Nội", mentions=["ông Thắng"]))
ART("oa11",
  # [1] the board's resolution (company document)
  D("Nghị quyết HĐQT", "Nghị quyết", None, iss="HĐQT", opt=True),
  # [2]
  P("99,2%", None, q="hơn", per="từ ngày 31/10 đến ngày 21/11"),
  # [5]
  P("60%", None),
  # [8]
  P("9,05%", None, per="ngày 9/12"),
  P("8,98%", None, per="ngày 9/12"),
  # [9]
  P("22%", "+", per="9 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"),
  P("83%", None, per="9 tháng đầu năm 2024"),
  P("-42%", "-", per="9 tháng đầu năm 2024", cmp="so với cùng kỳ năm trước"),
  P("85%", None, per="9 tháng đầu năm 2024"),
  # [10]
  P("40%", "+", per="9 tháng năm 2024", cmp="so với cùng kỳ năm trước"),
  P("78%", None, per="9 tháng năm 2024"),
  P("10%", "+", per="quý 3/2024", cmp="so với cùng kỳ quý trước"),
  P("27%", "+", per="quý 3/2024", cmp="so với cùng kỳ năm trước"),
  P("1%", "+", per="quý 3/2024", cmp="so với cùng kỳ quý trước"),
  P("32%", "+", per="quý 3/2024", cmp="so với cùng kỳ năm trước"),
  # [11]
  P("78%", None, per="9 tháng 2024", at="đạt 78% dự báo cả năm"),
  S("cảng", "H52", codes=["H52"], at="hoạt động của các cảng", opt=True),
  S("cảng", "H52", codes=["H52"], at="mảng cảng", opt=True),
  P("88%", None, per="9T 2024", ps="2024-01-01", pe="2024-09-30"),
  P("93%", None, per="9T 2024", ps="2024-01-01", pe="2024-09-30"),
  P("97%", None, per="9 tháng 2024"))
ART("oa12",
  # [3] merged paragraph, no time phrase before the figures
  P("91%", None, q="hơn"),
  P("11,4%", None),
  P("44,16%", None),
  P("63,85%", None),
  P("22,19%", None))
ART("oa13",
  # [2] list under "các lĩnh vực"
  S("điện và điện tử", "C", codes=["C26", "C27"]),
  S("bán dẫn", "C26", codes=["C26"]),
  S("cơ khí chính xác", "C", codes=["C25", "C28"]),
  S("may mặc", "C14", codes=["C14"]),
  S("giày da", "C15", codes=["C15"]),
  S("năng lượng", "D35", codes=["D35"], at="năng lượng, pin"),
  S("pin xe điện", "C27", codes=["C27"]),
  S("kim loại", "C24", codes=["C24"]),
  S("phụ tùng ô-tô", "C29", codes=["C29"]),
  S("chế biến thực phẩm", "C10", codes=["C10"]),
  S("nhà xưởng cho thuê", "L68", codes=["L68"], opt=True),
  # [3]
  O("Phó Thủ tướng Trần Hồng Hà", "Trần Hồng Hà", title="Phó Thủ tướng", mentions=["Phó Thủ tướng"]),
  S("năng lượng tái tạo", "D35", codes=["D35"], opt=True),
  # [4]
  S("Năng lượng xanh", "D35", codes=["D35"], opt=True),
  D("nghị định về cơ chế mua bán trực tiếp điện tái tạo", "Nghị định", None, iss="Chính phủ", opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"], at="sử dụng năng lượng tái tạo", opt=True),
  S("điện mặt trời", "D35", codes=["D35"], opt=True),
  # [6]
  O("Ngài Jaya Ratnam, Đại sứ Đặc mệnh toàn quyền Cộng hòa Singapore tại Việt Nam", "Jaya Ratnam", pre="Ngài",
    title="Đại sứ Đặc mệnh toàn quyền", org="Cộng hòa Singapore"),
  # [7]
  O("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải", "Võ Trọng Hải", title="Chủ tịch", org="UBND tỉnh Hà Tĩnh"),
  S("công nghiệp", None, codes=DCCN, at="phát triển công nghiệp và dịch vụ logistics"),
  S("logistics", "H52", codes=["H52"], at="dịch vụ logistics"))
ART("oa14",
  # [2]
  O("Ủy viên Bộ Chính trị, Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng", "Tòng Thị Phóng",
    title="Phó Chủ tịch Thường trực", org="Quốc hội",
    mentions=["Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng", "Phó Chủ tịch Quốc hội Tòng Thị Phóng"]),
  # [3]
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("giáo dục", "P85", codes=["P85"], at="văn hóa, giáo dục, y tế"),
  S("y tế", "Q86", codes=["Q86"], at="giáo dục, y tế"),
  O("Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Lạng Sơn Lương Đình Hoàn", "Lương Đình Hoàn",
    title="Phó Trưởng ban Thường trực", org="Ban Dân vận Tỉnh ủy Lạng Sơn"))
