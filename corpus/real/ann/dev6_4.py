# dev6 annotator 4: j0271-j0360, ja15-ja18
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]

X("j0271",
  P("44,16%", None))
X("j0272")
X("j0273",
  O("ông Phí Thái Bình, nguyên Phó chủ tịch UBND TP Hà Nội, nguyên Chủ tịch HĐQT Vinaconex", "Phí Thái Bình",
    hon="ông", title="Chủ tịch HĐQT", org="Vinaconex", former=True),
  D("quyết định khởi tố bị can", "Quyết định", None, iss="Cơ quan CSĐT Bộ Công an", opt=True))
X("j0274",
  S("khai thác tài nguyên", "B", codes=["B"]))
X("j0275",
  P("0.26%", "+"))
X("j0276",
  S("du lịch", None, codes=DL, opt=True))
X("j0277",
  S("điện sinh khối", "D35", codes=["D35"], opt=True),
  D("Quyết định 08/2020", "Quyết định", "08/2020", iss="Thủ tướng Chính phủ"),
  S("sản xuất mía đường", "C10", codes=["C10"], opt=True))
X("j0278",
  P("104,3%", None, per="11 tháng"),
  P("16,8%", "+", per="11 tháng", cmp="so cùng kỳ năm 2023"))
X("j0279",
  P("35,7%", "+"))
X("j0280",
  O("Ông Lê Hoàng Châu, Chủ tịch HoREA", "Lê Hoàng Châu", hon="ông", title="Chủ tịch", org="HoREA"),
  P("70-80%", None))
X("j0281")
X("j0282")
X("j0283",
  S("nông nghiệp công nghệ cao", "A01", codes=["A01"]))
X("j0284")
X("j0285")
X("j0286",
  P("169,4%", None))
X("j0287",
  S("chế tạo máy bay", "C30", codes=["C30"], opt=True),
  S("hàng không", "H51", codes=["H51"]),
  S("kinh tế hàng không", "H51", codes=["H51"], opt=True))
X("j0288")
X("j0289",
  O("Thứ trưởng Bộ Tư pháp Đặng Hoàng Oanh", "Đặng Hoàng Oanh", title="Thứ trưởng", org="Bộ Tư pháp"))
X("j0290",
  S("du lịch", None, codes=DL, at="du lịch bền vững"))
X("j0291",
  P("0.29%", "+", per="đầu phiên giao dịch", ps=None, pe=None))
X("j0292")
X("j0293",
  O("ông Bùi Nguyễn Anh Tuấn, Phó Vụ trưởng Vụ Thị trường trong nước", "Bùi Nguyễn Anh Tuấn", hon="ông",
    title="Phó Vụ trưởng", org="Vụ Thị trường trong nước"))
X("j0294",
  P("65%", None, per="năm 2016"))
X("j0295",
  P("35-50%", None))
X("j0296",
  S("thương mại điện tử", "G47", codes=["G47"]),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1))
X("j0297",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  D("Quyết định số\xa0466/QĐ-TTg", "Quyết định", "466/QĐ-TTg"),
  O("ông Nguyễn Văn Được, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh", "Nguyễn Văn Được",
    hon="ông", title="Phó Bí thư", org="Thành ủy Thành phố Hồ Chí Minh"))
X("j0298")
X("j0299",
  D("kết luận thanh tra Ngân hàng Nhà nước", "Kết luận", None, iss="Ngân hàng Nhà nước", opt=True),
  P("8,85%", None, per="Đến 31/12/2015", ps=None, pe="2015-12-31"),
  P("10,7%", None, per="Đến 31/12/2015", ps=None, pe="2015-12-31"))
X("j0300")
X("j0301",
  S("du lịch khách sạn", None, codes=DL))
X("j0302",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("j0303",
  S("du lịch", None, codes=DL))
X("j0304",
  D("Kế hoạch", "Kế hoạch", None, iss=None, opt=True),
  S("y tế", "Q86", codes=["Q86"]),
  S("giáo dục", "P85", codes=["P85"]))
X("j0305",
  S("công nghiệp khách sạn", "I55", codes=["I55"]))
X("j0306",
  P("32,05%", None, per="năm 2016"))
X("j0307",
  S("bán dẫn", "C26", codes=["C26"]))
X("j0308",
  S("hàng hải", "H50", codes=["H50"]),
  S("cảng biển", "H52", codes=["H52"]))
X("j0309",
  O("CEO PepsiCo Indra Nooyi", "Indra Nooyi", title="CEO", org="PepsiCo"))
X("j0310")
X("j0311",
  D("Luật Việc làm", "Luật", None, iss=None))
X("j0312",
  O("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", "Nguyễn Hòa Bình", title="Phó Thủ tướng Thường trực",
    org="Chính phủ"))
X("j0313",
  P("64%", None, q="khoảng", per="hôm nay", ps=None, pe=None))
X("j0314",
  S("thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", "E38", codes=["E38"], opt=True),
  S("thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt", "E38", codes=["E38"]),
  S("thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", "E38", codes=["E38"], occ=1, opt=True),
  S("thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", "E38", codes=["E38"], occ=2))
X("j0315",
  D("Kết luận thanh tra", "Kết luận", None, iss="Thanh tra Chính phủ", opt=True),
  S("khai thác cát, đất, đá, sỏi", "B08", codes=["B08"]),
  S("đầu tư xây dựng", "F", codes=["F"], opt=True))
X("j0316",
  O("ông Trương Quý Dương, Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình", "Trương Quý Dương", hon="ông",
    title="Giám đốc", org="Bệnh viện Đa khoa tỉnh Hòa Bình"))
X("j0317",
  P("40%", "+", per="quý I/2017"))
X("j0318",
  P("10%", "+", q="khoảng"))
X("j0319",
  O("GS-TS Trần Bình Giang – Giám đốc Bệnh viện Việt Đức", "Trần Bình Giang", pre="GS-TS", title="Giám đốc",
    org="Bệnh viện Việt Đức"))
X("j0320",
  O("Ông Nguyễn Tuấn, Phó Giám đốc ITPC", "Nguyễn Tuấn", hon="ông", title="Phó Giám đốc", org="ITPC"))
X("j0321",
  P("90%", None, q="hơn"))
X("j0322")
X("j0323",
  O("Thứ trưởng Phạm Thế Tùng", "Phạm Thế Tùng", title="Thứ trưởng"))
X("j0324",
  O("Phó Thủ tướng Trịnh Đình Dũng", "Trịnh Đình Dũng", title="Phó Thủ tướng"))
X("j0325")
X("j0326",
  O("ông Phùng Đức Tiến, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Phùng Đức Tiến", hon="ông",
    title="Thứ trưởng", org="Bộ Nông nghiệp và Phát triển nông thôn"),
  S("đánh bắt trên biển", "A03", codes=["A03"], opt=True))
X("j0327",
  O("Cục trưởng Cục Hải quan Hải Phòng Nguyễn Duy Ngọc", "Nguyễn Duy Ngọc", title="Cục trưởng",
    org="Cục Hải quan Hải Phòng"),
  P("43,17%", None, per="9 tháng năm 2023"))
X("j0328",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("j0329")
X("j0330")
X("j0331")
X("j0332",
  O("Phó Chủ tịch Thường trực UBND tỉnh Nam Định Trần Anh Dũng", "Trần Anh Dũng", title="Phó Chủ tịch Thường trực",
    org="UBND tỉnh Nam Định"),
  D("công văn số 126-CV/ĐU", "Công văn", "126-CV/ĐU", iss="Đảng ủy UBND tỉnh Nam Định"))
X("j0333",
  D("Luật Bảo hiểm xã hội 2014", "Luật", None, iss=None))
X("j0334",
  P("100%", None),
  O("PGS Thuấn", "Thuấn", title="PGS", opt=True))
X("j0335",
  O("ông Bùi Quang Thái, Phó Trưởng phòng Quản lý thi và Kiểm định chất lượng giáo dục", "Bùi Quang Thái",
    hon="ông", title="Phó Trưởng phòng", org="Phòng Quản lý thi và Kiểm định chất lượng giáo dục"))
X("j0336",
  D("văn bản", "Công văn", None, iss="Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", opt=True),
  S("viễn thông", "J61", codes=["J61"], at="dịch vụ viễn thông"),
  S("Internet", "J61", codes=["J61"], opt=True))
X("j0337")
X("j0338")
X("j0339",
  S("du lịch khách sạn", None, codes=DL))
X("j0340",
  P("0,3%", "-"),
  P("0,8%", "-", per="phiên thứ Hai", ps=None, pe=None))
X("j0341")
X("j0342",
  S("kinh tế nông nghiệp", "A", codes=["A"]))
X("j0343")
X("j0344",
  P("30,34%", None),
  P("26,06%", None))
X("j0345",
  O("Ngoại trưởng nước này Rex Tillerson", "Rex Tillerson", title="Ngoại trưởng"),
  S("du lịch", None, codes=DL, opt=True))
X("j0346",
  S("công nghiệp bền vững", None, codes=DCCN, opt=True))
X("j0347",
  S("xây dựng hạ tầng", "F42", codes=["F42"], opt=True),
  S("logistics", "H52", codes=["H52"]))
X("j0348")
X("j0349",
  S("chế biến xuất khẩu", "C10", codes=["C10"], opt=True))
X("j0350",
  S("bất động sản", "L68", codes=["L68"]))
X("j0351")
X("j0352")
X("j0353",
  O("ông Nguyễn Yên Hiền, Phó Chủ tịch UBND TP Yên Bái", "Nguyễn Yên Hiền", hon="ông", title="Phó Chủ tịch",
    org="UBND TP Yên Bái"),
  D("6 quyết định", "Quyết định", None, iss="UBND TP Yên Bái", date="2015-07-20", opt=True),
  S("nuôi trồng thủy sản", "A03", codes=["A03"], opt=True))
X("j0354",
  S("du lịch", None, codes=DL))
X("j0355",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("j0356",
  S("tư vấn quản lý", "M70", codes=["M70"], opt=True),
  S("hàng xa xỉ phục vụ cá nhân", "C", codes=["C14", "C15", "C32"], opt=True),
  P("22%", "+", per="năm nay", ps=None, pe=None))
X("j0357",
  O("PGS-TS Phạm Hoàng Quân, Hiệu trưởng Trường ĐH Sài Gòn", "Phạm Hoàng Quân", pre="PGS-TS", title="Hiệu trưởng",
    org="Trường ĐH Sài Gòn"))
X("j0358",
  P("91%", None, q="hơn"),
  P("11,4%", None))
X("j0359")
X("j0360",
  S("nông nghiệp thuận thiên", "A", codes=["A"]))

ART("ja15",
  # [1] "lĩnh vực bán lẻ, tiêu dùng, logistics và sản xuất bền vững"
  S("bán lẻ", "G47", codes=["G47"]),
  S("logistics", "H52", codes=["H52"]),
  S("sản xuất bền vững", "C", codes=["C"], at="và sản xuất bền vững"),
  # [2]
  S("thời trang", "C14", codes=["C14"], at="tập đoàn thời trang", opt=True),
  S("thời trang", "C14", codes=["C14"], at="lĩnh vực thời trang"),
  S("dệt may", "C", codes=DM),
  # [9]
  O("Chủ nhiệm Ủy ban Aaron Emilsson", "Aaron Emilsson", title="Chủ nhiệm", org="Ủy ban"),
  # [10]
  D("Hiệp định Thương mại tự do giữa EU và Việt Nam", "Hiệp định", None, iss=None))
ART("ja16",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống", mentions=["Tổng thống Trump"]),
  O("Giám đốc Tình báo Quốc gia Dan Coats", "Dan Coats", title="Giám đốc", org="Tình báo Quốc gia"),
  O("Giám đốc Cơ quan An ninh Quốc gia (NSA) Micheal Rogers", "Micheal Rogers", title="Giám đốc",
    org="Cơ quan An ninh Quốc gia"),
  O("cựu cố vấn an ninh quốc gia Micheal Flynn", "Micheal Flynn", title="cố vấn an ninh quốc gia", former=True,
    mentions=["tướng Flynn", "Tướng Micheal Flynn", "Tướng Flynn"]),
  O("Chủ tịch Ủy ban Tình báo Thượng viện Richard Burr", "Richard Burr", title="Chủ tịch",
    org="Ủy ban Tình báo Thượng viện"),
  O("thượng nghị sĩ đảng Dân chủ Mark Warner", "Mark Warner", title="thượng nghị sĩ", org="đảng Dân chủ"),
  O("hạ nghị sĩ đảng Dân chủ Elijah Cummings", "Elijah Cummings", title="hạ nghị sĩ", org="đảng Dân chủ"),
  O("Phó tổng thống Mike Pence", "Mike Pence", title="Phó tổng thống"),
  O("Cựu thứ trưởng Tư pháp Sally Q. Yates", "Sally Q. Yates", title="thứ trưởng", org="Tư pháp", former=True),
  O("cựu giám đốc FBI James Comey", "James Comey", title="giám đốc", org="FBI", former=True))
ART("ja17",
  # [1], [2] partnership titles
  S("năng lượng", "D35", codes=["D35"], at="năng lượng công bằng (JETP) của", opt=True),
  S("năng lượng", "D35", codes=["D35"], at="năng lượng công bằng (JETP).", opt=True),
  # [3]
  S("hệ thống điện", "D35", codes=["D35"], opt=True),
  # [4]
  D("Công ước khung của Liên hợp quốc về biến đổi khí hậu", "Công ước", None, iss="Liên hợp quốc"),
  D("Kế hoạch huy động nguồn lực", "Kế hoạch", None, iss=None, opt=True),
  S("năng lượng sạch", "D35", codes=["D35"]),
  # [6], [7] energy transition
  S("năng lượng", "D35", codes=["D35"], at="năng lượng công bằng trong khuôn khổ", opt=True),
  S("năng lượng", "D35", codes=["D35"], at="năng lượng công bằng, tăng", opt=True),
  # [9] priority fields
  S("năng lượng", "D35", codes=["D35"], at="năng lượng trong lĩnh vực", opt=True),
  S("giao thông vận tải", "H", codes=["H49", "H50", "H51", "H52"]),
  S("năng lượng", "D35", codes=["D35"], at="năng lượng; chuyển đổi nhà máy", opt=True),
  S("điện than", "D35", codes=["D35"], opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  S("truyền tải điện", "D35", codes=["D35"]),
  S("lưu trữ năng lượng", "D35", codes=["D35"], opt=True),
  S("năng lượng", "D35", codes=["D35"], at="năng lượng hiệu quả", opt=True))
ART("ja18",
  O("Trương Tấn Sang, nguyên Chủ tịch nước", "Trương Tấn Sang", title="Chủ tịch nước", former=True,
    mentions=["Trương Tấn Sang"]),
  O("ông Nguyễn Tấn Dũng, nguyên Thủ tướng Chính phủ", "Nguyễn Tấn Dũng", hon="ông", title="Thủ tướng",
    org="Chính phủ", former=True, mentions=["Nguyễn Tấn Dũng"]),
  O("ông Lê Hồng Anh, nguyên Thường trực Ban Bí thư", "Lê Hồng Anh", hon="ông", title="Thường trực Ban Bí thư",
    former=True),
  O("bà Đặng Thị Ngọc Thịnh, Phó Chủ tịch nước", "Đặng Thị Ngọc Thịnh", hon="bà", title="Phó Chủ tịch nước",
    mentions=["Phó Chủ tịch nước Đặng Thị Ngọc Thinh"]),
  O("ông Võ Văn Thưởng, Trưởng Ban Tuyên giáo Trung ương", "Võ Văn Thưởng", hon="ông", title="Trưởng Ban",
    org="Ban Tuyên giáo Trung ương", mentions=["Ông Võ Văn Thưởng, Trưởng Ban Tuyên giáo trung ương"]))
