# dev10 second annotator (agreement): sentences n0001–n0009, n0091–n0099, n0181–n0189, n0271–n0279; articles na02, na11
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")

X("n0001")
X("n0002",
  S("du lịch", None, codes=DL))
X("n0003",
  S("nông nghiệp", "A", codes=["A"]),
  S("du lịch", None, codes=DL),
  S("dịch vụ", None, codes=DV))
X("n0004",
  P("84%", None, per="Từ ngày 10/4"))
X("n0005")
X("n0006",
  P("80%", None, per="năm 2020"))
X("n0007")
X("n0008")
X("n0009")

X("n0091")
X("n0092")
X("n0093",
  P("22%", "+"))
X("n0094",
  S("bất động sản", "L68", codes=["L68"], opt=True),
  P("4,6%", "+", sec="L68", per="tháng 1/2022"))
X("n0095",
  O("Thứ trưởng Bộ Xây dựng Nguyễn Xuân Sang", "Nguyễn Xuân Sang", title="Thứ trưởng", org="Bộ Xây dựng"),
  S("hàng hải", "H", codes=["H50", "H52"]),
  S("hàng hải", "H", codes=["H50", "H52"], at="đầu tư hàng hải"),
  P("14%", None, sec="H"))
X("n0096")
X("n0097")
X("n0098",
  D("Luật Hàng không dân dụng Việt Nam", "Luật", None, iss=None,
    mentions=["tổng kết Luật Hàng không dân dụng Việt Nam"]))
X("n0099",
  S("nhiệt điện than", "D35", codes=["D35"]),
  S("điện", "D35", codes=["D35"], at="sản lượng điện", opt=True),
  P("15%", "+", sec="D35"),
  S("nhiệt điện than", "D35", codes=["D35"], at="từ nhiệt điện than"))

X("n0181",
  D("hiệp định vay", "Hiệp định", None, iss=None, opt=True),
  D("Nghị định thay thế", "Nghị định", None, iss=None, opt=True),
  D("Nghị định 56/2020/NĐ-CP", "Nghị định", "56/2020/NĐ-CP", date="2020-05-25"))
X("n0182",
  S("dịch vụ 4G", "J61", codes=["J61"], opt=True))
X("n0183")
X("n0184")
X("n0185",
  P("100%", None),
  O("Moon Jae-in đã đắc cử Tổng thống", "Moon Jae-in", title="Tổng thống", opt=True),
  P("41,08%", None))
X("n0186",
  O("ông Ngô Hồng Hệ, Trưởng phòng Kiểm định xe cơ giới, Cục đăng kiểm VN", "Ngô Hồng Hệ", hon="ông",
    title="Trưởng phòng", org="Phòng Kiểm định xe cơ giới, Cục đăng kiểm VN"),
  D("Thông tư 15/2014/TT-BCA", "Thông tư", "15/2014/TT-BCA"))
X("n0187",
  S("du lịch", None, codes=DL, opt=True),
  P("30%", None, per="từ 21 – 23/6/2017", ps="2017-06-21", pe="2017-06-23"))
X("n0188",
  S("du lịch", None, codes=DL, at="kinh tế du lịch", opt=True),
  S("dược liệu", None, codes=["A01", "C21"]),
  S("du lịch", None, codes=DL, at="kinh doanh du lịch"))
X("n0189",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))

X("n0271")
X("n0272",
  S("Ngân hàng", "K64", codes=["K64"]),
  P("45%", None, q="khoảng", sec="K64"))
X("n0273",
  P("81%", None, q="gần", cmp="so với quý trước"),
  P("5 điểm phần trăm", "-", cmp="so với năm ngoái"))
X("n0274",
  D("Kết luận Thanh tra số 05/KL-TTr", "Kết luận", "05/KL-TTr", iss="Thanh tra", date="2017-06-20"))
X("n0275",
  S("điện tử", "C26", codes=["C26"], at="hàng điện tử", opt=True),
  S("điện lạnh", "C", codes=["C27", "C28"], opt=True))
X("n0276")
X("n0277",
  P("-0,19%", "-"))
X("n0278")
X("n0279",
  P("86%", None))

ART("na02",
  # [2] fullest mention; [1] headline, [3] two later mentions join it
  O("ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội", "Nguyễn Đức Chung", hon="ông", title="Chủ tịch",
    org="UBND TP Hà Nội",
    mentions=["Chủ tịch Hà Nội Nguyễn Đức Chung", "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung",
              "ông Nguyễn Đức Chung, Chủ tịch UBND thành phố Hà Nội"]),
  # [3]
  D("dự thảo kết luận", "Kết luận", None, iss=None, opt=True, mentions=["dự thảo kết luận thanh tra"]),
  O("ông Đào Đức Toàn - Phó Bí thư Thành ủy Hà Nội", "Đào Đức Toàn", hon="ông", title="Phó Bí thư",
    org="Thành ủy Hà Nội"),
  O("ông Đỗ Văn Đương – Phó Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", "Đỗ Văn Đương", hon="ông",
    title="Phó Ban", org="Ban Dân nguyện của Ủy ban Thường vụ Quốc hội"),
  O("Ông Nguyễn An Huy - Phó Chánh Thanh tra thành phố Hà Nội", "Nguyễn An Huy", hon="ông",
    title="Phó Chánh Thanh tra", org="Thanh tra thành phố Hà Nội"),
  D("dự thảo nghị quyết thanh tra", "Nghị quyết", None, iss=None, opt=True))

ART("na11",
  # [2]
  D("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15", date="2025-06-16",
    mentions=["Luật Tổ chức chính quyền địa phương năm 2025"]),
  D("các Nghị định", "Nghị định", None, iss="Chính phủ", opt=True),
  # [7]-[8]
  D("Kết luận số 169-KL/TW", "Kết luận", "169-KL/TW", iss="Bộ Chính trị, Ban Bí thư", date="2025-06-20",
    mentions=["kết luận này"]),
  D("thông tư hướng dẫn", "Thông tư", None, iss=None, opt=True),
  D("các nghị định mới ban hành", "Nghị định", None, iss=None, opt=True),
  # [9]
  D("thông tư hướng dẫn hiện hành", "Thông tư", None, iss=None, opt=True),
  D("Kết luận số 167", "Kết luận", "167", iss="Bộ Chính trị, Ban Bí thư"))
