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
