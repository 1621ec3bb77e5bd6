# Test sentences t0001-t0225 (annotator: test_sent). Guide: /work/shared/FACTS.md
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]

X("t0001",
  S("nông nghiệp", "A01", opt=True),
  S("nông nghiệp", "A01", occ=1, opt=True))
X("t0002",
  S("gỗ và sản phẩm gỗ", "C16"),
  S("gỗ và sản phẩm gỗ", "C16", occ=1),
  S("sản phẩm gỗ", "C16", at="xuất khẩu sản phẩm gỗ", opt=True),
  P("23,1%", "+", sec="C16", per="6 tháng  năm 2024", cmp="so cùng kỳ", ps="2024-01-01", pe="2024-06-30"),
  P("22,2%", "+", sec="C16", per="6 tháng  năm 2024", cmp="so cùng kỳ", ps="2024-01-01", pe="2024-06-30"))
X("t0003",
  D("Luật Việc làm", "Luật", None, opt=True))
X("t0004",
  D("Công văn", "Công văn", None, opt=True))
X("t0005")
X("t0006",
  O("ĐB Lê Nguyễn Minh Quang, Trưởng ban Quản lý đường sắt đô thị TP.HCM", "Lê Nguyễn Minh Quang",
    title="Trưởng ban", org="Ban Quản lý đường sắt đô thị TP.HCM"))
X("t0007")
X("t0008",
  D("QĐ số 465/QĐ-BGDĐT", "Quyết định", "465/QĐ-BGDĐT", date="2024-01-31"),
  D("QĐ số 1109/QĐ-BGDĐT", "Quyết định", "1109/QĐ-BGDĐT", date="2024-04-11"))
X("t0009",
  O("ông Nguyễn Phước Trung, Giám đốc Sở NN-PTNT TP Hồ Chí Minh", "Nguyễn Phước Trung", hon="ông",
    title="Giám đốc", org="Sở NN-PTNT TP Hồ Chí Minh"),
  S("nông nghiệp", "A"))
X("t0010",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("t0011")
X("t0012",
  D("Công điện số 65/CĐ-TTg", "Công điện", "65/CĐ-TTg"),
  D("Chỉ thị 13/CT-TTg", "Chỉ thị", "13/CT-TTg"),
  D("Công điện 72/CĐ-TTg", "Công điện", "72/CĐ-TTg"))
X("t0013",
  S("thăm dò, khai thác, chế biến và sử dụng khoáng sản", "B", opt=True))
X("t0014",
  O("ông Trương Đình Hòe, Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP)", "Trương Đình Hòe",
    hon="ông", title="Tổng Thư ký", org="Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"))
X("t0015")
X("t0016",
  D("Hiệp định EVIPA", "Hiệp định", None),
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"),
  S("hải sản", "A03", opt=True))
X("t0017",
  D("Luật Bảo hiểm xã hội năm 2014", "Luật", None))
X("t0018",
  D("dự thảo Nghị định", "Nghị định", None, opt=True))
X("t0019",
  S("thương mại điện tử", "G47"),
  S("thương mại điện tử", "G47", occ=1, opt=True))
X("t0020",
  P("38,71%", "+"),
  P("39,35%", "+"),
  P("44,19%", None))
X("t0021",
  S("công nghiệp", None, codes=DCCN, opt=True),
  P("4,4%", "-", per="tháng 01/2024", cmp="so với tháng trước"),
  P("18,3%", "+", per="tháng 01/2024", cmp="so với cùng kỳ năm trước"))
X("t0022",
  O("Phó Thủ tướng Vũ Đức Đam", "Vũ Đức Đam", title="Phó Thủ tướng"),
  S("du lịch", None, codes=DL))
X("t0023",
  S("dệt", "C13"),
  S("sản xuất trang phục", "C14"),
  S("sản xuất da và các sản phẩm liên quan", "C15"),
  P("26,3%", "+", sec="C", per="ba quý đầu năm 2022", cmp="so cùng kỳ", ps="2022-01-01", pe="2022-09-30"))
X("t0024",
  P("60%", None))
X("t0025",
  D("Nghị định số 17/2010/NĐ-CP", "Nghị định", "17/2010/NĐ-CP"))
X("t0026",
  S("chế biến, chế tạo", "C"),
  S("nông, thuỷ sản", "A", codes=["A01", "A03"]),
  S("khoáng sản", "B", opt=True),
  S("vật liệu xây dựng", "C23", opt=True),
  P("11,5%", "+", sec="C"),
  P("15,4%", "+", sec="A"),
  P("24%", "+"),
  P("10%", "+"))
X("t0027",
  O("Phó Thủ tướng Thường trực Trương Hòa Bình", "Trương Hòa Bình", title="Phó Thủ tướng Thường trực"),
  D("Nghị quyết Trung ương 5, khóa XII", "Nghị quyết", None, iss="Ban Chấp hành Trung ương Đảng", opt=True))
X("t0028",
  D("Nghị quyết ĐHĐCĐ số 03/2024/NQ-ĐHĐCĐ-VHM", "Nghị quyết", "03/2024/NQ-ĐHĐCĐ-VHM", iss="ĐHĐCĐ", date="2024-09-04", opt=True),
  D("Nghị quyết HĐQT số 15/2024/NQ-HĐQT-VH", "Nghị quyết", "15/2024/NQ-HĐQT-VH", iss="HĐQT", date="2024-09-05", opt=True),
  D("Quyết định HĐQT số 04.10/2024/NQ-HĐQT-VH", "Quyết định", "04.10/2024/NQ-HĐQT-VH", iss="HĐQT", date="2024-10-04", opt=True))
X("t0029",
  P("40%", None))
X("t0030",
  O("Bà Nguyễn Thị Hồng Minh, chủ tịch danh dự VASEP, nguyên Thứ trưởng Bộ Thủy sản", "Nguyễn Thị Hồng Minh",
    hon="bà", title="chủ tịch danh dự", org="VASEP"))
