# dev10 annotator 3: n0181-n0270, na10-na14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
HT = ["H49", "H50", "H51", "H52"]

X("n0181",
  D("hiệp định vay", "Hiệp định", None, iss=None, opt=True),
  D("Nghị định", "Nghị định", None, iss=None, at="Nghị định thay thế", opt=True),
  D("Nghị định 56/2020/NĐ-CP", "Nghị định", "56/2020/NĐ-CP", iss="Chính phủ", date="2020-05-25"))
X("n0182",
  S("dịch vụ 4G", "J61", codes=["J61"], opt=True))
X("n0183")
X("n0184")
X("n0185",
  P("100%", None),
  O("ứng cử viên Moon Jae-in đã đắc cử Tổng thống", "Moon Jae-in", title="Tổng thống", opt=True,
    mentions=["Ông Moon Jae-in"]),
  P("41,08%", None))
X("n0186",
  O("ông Ngô Hồng Hệ, Trưởng phòng Kiểm định xe cơ giới, Cục đăng kiểm VN", "Ngô Hồng Hệ", hon="ông",
    title="Trưởng phòng", org="Phòng Kiểm định xe cơ giới, Cục đăng kiểm VN"),
  D("Thông tư 15/2014/TT-BCA", "Thông tư", "15/2014/TT-BCA"))
X("n0187",
  S("du lịch", None, codes=DL, at="chuyến du lịch", opt=True),
  P("30%", None, per="từ 21 – 23/6/2017", ps="2017-06-21", pe="2017-06-23"))
X("n0188",
  S("du lịch", None, codes=DL, at="kinh tế du lịch"),
  S("dược liệu", None, codes=["A01", "C21"], at="ngành dược liệu"),
  S("du lịch", None, codes=DL, at="kinh doanh du lịch"))
X("n0189",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))
X("n0190",
  P("30%", "+", per="Năm 2025", cmp="so với cùng kỳ"))
X("n0191",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"))
X("n0192",
  S("bảo hiểm", "K65", codes=["K65"], at="doanh nghiệp bảo hiểm"))
X("n0193",
  S("thời trang", "C14", codes=["C14"], at="hàng thời trang", opt=True))
X("n0194",
  O("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà", "Phạm Thị Thanh Trà", title="Bộ trưởng", org="Bộ Nội vụ"))
X("n0195",
  P("14%", "+", per="quý IV/2016", cmp="so với cùng kỳ năm 2015"),
  P("22,6%", "+", per="quý IV/2016", cmp="so với cùng kỳ"))
X("n0196",
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"))
X("n0197",
  S("ôtô", None, codes=["C29", "G45"], at="thị trường ôtô", opt=True))
X("n0198",
  P("18%", "+", cmp="so với cùng kỳ năm trước"),
  P("80%", "+", cmp="so với tốc độ tăng trưởng của ngành game"),
  S("game", "J58", codes=["J58"], at="ngành game"))
X("n0199")
X("n0200",
  P("50%", None, per="năm 2024"))
X("n0201",
  S("hạ tầng giao thông", "H", codes=HT, opt=True),
  S("hàng không", "H51", codes=["H51"]))
X("n0202",
  P("68,2%", None),
  P("54,6%", None),
  P("45,5%", None))
X("n0203")
X("n0204",
  P("10-50%", "+"),
  P("10%", "+", at="tối thiểu"),
  P("5%", None, per="từ ngày 1/7/2025", ps="2025-07-01", pe=None))
X("n0205",
  D("Kế hoạch Hành động tổng thể triển khai Đối tác Chiến lược ASEAN - Nga giai đoạn 2021 - 2025", "Kế hoạch",
    None, iss=None, opt=True))
X("n0206",
  O("ông Nguyễn Tiến Thành - Chánh Văn phòng Bộ Nội vụ", "Nguyễn Tiến Thành", hon="ông", title="Chánh Văn phòng",
    org="Văn phòng Bộ Nội vụ"))
X("n0207",
  P("96,59%", "+", per="năm 2016", cmp="so với cùng năm 2015"))
X("n0208")
X("n0209",
  S("năng lượng", "D35", codes=["D35"], opt=True))
X("n0210")
X("n0211",
  P("1%", None),
  S("chứng khoán", "K66", codes=["K66"], at="thị trường chứng khoán niêm yết", opt=True))
X("n0212")
X("n0213",
  O("Phó Thủ tướng Trịnh Đình Dũng", "Trịnh Đình Dũng", title="Phó Thủ tướng"))
X("n0214",
  O("Chủ tịch Agribank, ông Phạm Đức Ấn", "Phạm Đức Ấn", hon="ông", title="Chủ tịch", org="Agribank"))
X("n0215",
  O("Phó chủ nhiệm Văn phòng Chính phủ Lê Mạnh Hà", "Lê Mạnh Hà", title="Phó chủ nhiệm", org="Văn phòng Chính phủ"))
X("n0216",
  P("4%", None, q="dưới"))
X("n0217")
X("n0218",
  P("54,0%", "+", per="6 tháng đầu năm 2021", cmp="so với cùng kỳ năm 2020"),
  P("12,5%", None, per="6 tháng đầu năm 2021"))
X("n0219",
  P("98%", None))
X("n0220",
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp", opt=True))
X("n0221",
  S("dịch vụ", None, codes=DV, at="tỷ trọng dịch vụ"))
X("n0222",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("n0223",
  S("bất động sản", "L68", codes=["L68"]),
  S("xây dựng nhà xưởng", "F41", codes=["F41"], opt=True))
X("n0224")
X("n0225",
  O("Michael Hewson, chuyên gia phân tích thị trường thuộc CMC Markets", "Michael Hewson",
    title="chuyên gia phân tích thị trường", org="CMC Markets", opt=True),
  O("ứng viên Tổng thống Pháp Emmanuel Macron", "Emmanuel Macron", title="Tổng thống", org="Pháp",
    mentions=["tân Tổng thống Macron"]),
  P("7%", "-"))
X("n0226")
X("n0227",
  P("82%", None, per="năm 2014"),
  P("51%", None, per="năm 2014"))
X("n0228",
  S("chứng khoán", "K66", codes=["K66"], at="chứng khoán Mỹ", opt=True))
X("n0229")
X("n0230")
X("n0231",
  S("nhà hàng", "I56", codes=["I56"], opt=True))
X("n0232",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"))
X("n0233",
  O("Bộ trưởng Nguyễn Chí Dũng", "Nguyễn Chí Dũng", title="Bộ trưởng"))
X("n0234",
  D("tờ trình", "Tờ trình", None, iss=None, opt=True),
  O("ông Bùi Xuân Cường, Giám đốc Sở GTVT TP.HCM", "Bùi Xuân Cường", hon="ông", title="Giám đốc",
    org="Sở GTVT TP.HCM"))
X("n0235")
X("n0236",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"),
  D("Hiệp định Paris", "Hiệp định", None, iss=None))
X("n0237",
  S("sản xuất nông nghiệp", "A", codes=["A"], at="sản xuất nông nghiệp, nông thôn"),
  S("xây dựng hạ tầng nông thôn", "F42", codes=["F42"], opt=True))
X("n0238",
  P("2,63%", "+"),
  P("2,5%", "+"),
  P("1,85%", "+"),
  P("1,26%", "+"))
X("n0239",
  S("Tài chính", "K", codes=["K64", "K65", "K66"], at="nhóm Tài chính"),
  P("17%", "+", sec="K"),
  P("9,6%", "+"))
X("n0240",
  S("đánh bắt thủy sản", "A03", codes=["A03"], opt=True))
X("n0241",
  P("5,1%", "+", per="6 tháng năm 2024", cmp="so với cùng kỳ năm 2023"))
X("n0242",
  D("quyết định hành chính về quản lý thuế", "Quyết định", None, iss=None, opt=True))
X("n0243",
  S("xây dựng", "F42", codes=["F42"], at="dự án đầu tư xây dựng", opt=True))
X("n0244")
X("n0245",
  P("37,55%", None, per="từ đầu đến nay", cmp="so với kế hoạch giao"),
  P("19%", "+", q="hơn", per="từ đầu đến nay", cmp="so với cùng kỳ năm 2016"))
X("n0246",
  P("30%", None))
X("n0247")
X("n0248")
X("n0249",
  P("0,34%", "+", per="phiên giao dịch cuối tuần"))
X("n0250",
  P("từ 30 - 50%", "+", per="năm nay"))
X("n0251",
  P("87,03%", None, per="Sáng 17/5"),
  D("Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi hành "
    "pháp luật", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("n0252",
  S("du lịch", None, codes=DL, at="kế hoạch du lịch", opt=True))
X("n0253")
X("n0254",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("n0255",
  P("60%", None, per="Năm 2016"),
  D("nghị quyết 111/2015/QH13", "Nghị quyết", "111/2015/QH13"))
X("n0256")
X("n0257",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("n0258",
  P("70-80%", None))
X("n0259",
  S("thanh long", "A01", codes=["A01"], at="ngành hàng thanh long", opt=True))
X("n0260",
  P("28,5%", "+"),
  P("45,6%", "+"))
X("n0261")
X("n0262",
  S("thủy sản", "A03", codes=["A03"], at="ngành thủy sản"))
X("n0263",
  P("0,4%", "-"))
X("n0264")
X("n0265",
  P("12%", "+", q="khoảng", per="năm học 2024 – 2025", ps=None, pe=None, cmp="so với kỳ thi năm trước"))
X("n0266",
  S("năng lượng", "D35", codes=["D35"], at="ngành năng lượng"),
  P("86,8%", None, sec="D35"))
X("n0267",
  P("20%", "+", at="cải thiện"),
  S("hàng không", "H51", codes=["H51"], at="ngành hàng không"),
  P("2%", None, sec="H51", per="hiện"),
  P("20%", "-", sec="H51", cmp="so với hiện tại", at="cắt giảm"))
X("n0268",
  P("90%", None))
X("n0269")
X("n0270",
  P("40%", None, q="khoảng", per="cuối thế kỷ 21"),
  P("11%", None, per="cuối thế kỷ 21"))

ART("na10",
  # [2]
  O("Phó chủ tịch UBND TP Hà Nội Nguyễn Văn Sửu", "Nguyễn Văn Sửu", title="Phó chủ tịch", org="UBND TP Hà Nội",
    mentions=["Phó Chủ tịch UBND TP Nguyễn Văn Sửu", "ông Sửu"]),
  # [3]
  D("thông báo", "Thông báo", None, iss="UBND TP", at="ra thông báo", opt=True),
  S("bán điện, nước", None, codes=["D35", "E36"], opt=True),
  D("bộ luật hình sự", "Bộ luật", None, iss=None))
ART("na11",
  # [2]
  D("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", date="2025-06-16",
    mentions=["Luật Tổ chức chính quyền địa phương năm 2025"]),
  D("Nghị định", "Nghị định", None, iss="Chính phủ", at="các Nghị định", opt=True),
  # [7]
  D("Kết luận số 169-KL/TW", "Kết luận", "169-KL/TW", iss="Bộ Chính trị, Ban Bí thư", date="2025-06-20"),
  # [8]
  D("thông tư hướng dẫn", "Thông tư", None, iss=None, at="ban hành ngay", opt=True),
  D("nghị định mới ban hành", "Nghị định", None, iss=None, opt=True),
  # [9]
  D("thông tư hướng dẫn hiện hành", "Thông tư", None, iss=None, opt=True),
  D("Kết luận số 167", "Kết luận", "167", iss="Bộ Chính trị, Ban Bí thư"))
ART("na12",
  # [3]
  S("nông nghiệp", "A", codes=["A"], at="triển vọng nông nghiệp"),
  P("90%", None, per="niên vụ 2016/17", ps=None, pe=None),
  P("18,4%", "+", per="niên vụ 2016/17", ps=None, pe=None, cmp="so với niên vụ trước"),
  P("39,5%", "+", per="niên vụ 2016/17", ps=None, pe=None, cmp="so với niên vụ trước"),
  P("24,3%", "+", per="năm 2017/18", ps=None, pe=None, cmp="so với niên vụ trước đó"),
  P("3,5%", "+", per="năm 2017/18", ps=None, pe=None),
  S("nông sản", "A01", codes=["A01"], at="mặt hàng nông sản", opt=True),
  P("8,65%", "+", per="năm 2017/18", ps=None, pe=None))
ART("na13",
  # [1]
  S("nhiệt điện", "D35", codes=["D35"], at="nhà máy nhiệt điện đốt than", opt=True),
  P("từ 80% đến 85%", None, per="hiện"),
  P("65%", None, per="hiện"),
  P("23%", None, per="hiện"),
  P("12%", None, per="hiện"),
  # [2]
  S("nhiệt điện", "D35", codes=["D35"], at="nhà máy nhiệt điện than", opt=True),
  P("64%", None),
  P("15%", None, at="chiếm 15%"),
  P("6%", None, q="khoảng"),
  P("15%", None, at="chiếm 15%", at_occ=1),
  # [3]
  S("nhiệt điện", "D35", codes=["D35"], at="nhà máy nhiệt điện, hóa chất", opt=True),
  S("hóa chất", "C20", codes=["C20"], at="nhiệt điện, hóa chất", opt=True),
  P("38,5%", None, per="năm 2018"),
  P("50%", "+", per="năm 2020"),
  P("80%", None, q="khoảng", per="năm 2025", at="năm 2025 đạt"),
  # [4]
  P("100%", None, per="Đến nay"),
  S("nhiệt điện", "D35", codes=["D35"], at="nhà máy nhiệt điện tiến hành", opt=True),
  S("xây dựng", "F", codes=["F"], at="lĩnh vực xây dựng"),
  S("giao thông", None, codes=["F42", "H"], at="xây dựng, giao thông"),
  # [6]
  P("100%", None, per="2 năm 2019, 2020", ps="2019-01-01", pe="2020-12-31", at="tiêu thụ 100%"),
  S("sản xuất điện", "D35", codes=["D35"], opt=True))
ART("na14",
  # [1]
  S("quảng cáo kỹ thuật số", "M73", codes=["M73"]),
  # [3]
  S("quảng cáo", "M73", codes=["M73"], at="thị trường quảng cáo dựa", opt=True),
  O("ông David Wehner, phụ trách tài chính của Facebook", "David Wehner", hon="ông", title="phụ trách tài chính",
    org="Facebook"),
  P("từ 40% đến 50%", "+", cmp="so với năm ngoái"),
  S("trung tâm dữ liệu", "J63", codes=["J63"], opt=True))
