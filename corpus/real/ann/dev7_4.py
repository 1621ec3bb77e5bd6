# dev7 annotator 4: k0271-k0360, ka15-ka18
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
NONFARM = list("BCDEFGHIJKLMNOPQRSTU")

X("k0271",
  S("du lịch", None, codes=DL))
X("k0272",
  S("phi nông nghiệp", None, codes=NONFARM, opt=True))
X("k0273")
X("k0274",
  S("thức ăn chăn nuôi", "C10", codes=["C10"], at="sản xuất, nhập khẩu", opt=True))
X("k0275",
  S("hạ tầng giao thông", "H", codes=["H49", "H50", "H51", "H52"], opt=True),
  S("y tế", "Q86", codes=["Q86"], opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True),
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("logistics", "H52", codes=["H52"]))
X("k0276",
  O("Phan Quốc Việt, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty\xa0Việt Á", "Phan Quốc Việt",
    title="Chủ tịch HĐQT kiêm Tổng giám đốc", org="Công ty\xa0Việt Á"))
X("k0277")
X("k0278",
  S("công nghiệp", None, codes=DCCN))
X("k0279",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("k0280",
  P("29%", "+"),
  P("24%", "+"),
  P("32%", "+"))
X("k0281")
X("k0282")
X("k0283",
  S("du lịch", None, codes=DL, at="tàu du lịch", opt=True),
  P("70%", None))
X("k0284",
  P("2,06%", "+"))
X("k0285",
  D("Quyết định số 950/QĐ-TTg", "Quyết định", "950/QĐ-TTg"))
X("k0286",
  S("hồ tiêu", None, codes=["A01", "C10"]),
  P("30%", None, q="khoảng"))
X("k0287",
  D("tờ trình", "Tờ trình", None, iss="Bộ Lao động – Thương binh và Xã hội", opt=True))
X("k0288")
X("k0289")
X("k0290",
  S("quỹ hưu trí tự nguyện", "K65", codes=["K65"], opt=True))
X("k0291",
  P("3%", None, q="ít nhất", per="năm 2025"),
  P("2%", "+", per="05 năm tiếp theo"),
  S("khoa học, công nghệ", "M72", codes=["M72"], opt=True))
X("k0292",
  O("Thứ trưởng Bộ Tài nguyên và Môi trường Lê Minh Ngân", "Lê Minh Ngân", title="Thứ trưởng",
    org="Bộ Tài nguyên và Môi trường"),
  D("Luật Đất đai 2024", "Luật", None, iss=None))
X("k0293",
  O("Thứ trưởng Bộ Khoa học và Công nghệ Phạm Đức Long", "Phạm Đức Long", title="Thứ trưởng",
    org="Bộ Khoa học và Công nghệ"))
X("k0294",
  O("ông Phạm Trí Tuyến, Trưởng phòng Văn hoá -\xa0 Thể thao - Du lịch huyện Cát Hải", "Phạm Trí Tuyến", hon="ông",
    title="Trưởng phòng", org="Phòng Văn hoá -\xa0 Thể thao - Du lịch huyện Cát Hải"))
X("k0295")
X("k0296",
  P("50%", None, q="gần"))
X("k0297",
  D("Quyết định 455/QĐ-TTg", "Quyết định", "455/QĐ-TTg", date="2022-04-13"))
X("k0298")
X("k0299",
  S("viễn thông", "J61", codes=["J61"]),
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  P("2,41%", "+", sec="J61", per="hôm nay"),
  P("2,32%", "+", sec="J", per="hôm nay"))
X("k0300",
  O("Hạ nghị sỹ Justin Amash thuộc đảng Cộng hòa", "Justin Amash", title="Hạ nghị sỹ", org="đảng Cộng hòa"),
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"))
X("k0301",
  S("thương mại", "G", codes=["G"], at="kinh tế, thương mại", opt=True),
  S("nông nghiệp", "A", codes=["A"]),
  S("thủy sản", "A03", codes=["A03"]),
  S("du lịch", None, codes=DL),
  S("văn hóa", "R", codes=["R90", "R91"], opt=True))
X("k0302",
  P("3 - 4%", None, q="khoảng"))
X("k0303")
X("k0304")
X("k0305")
X("k0306",
  S("bán lẻ", "G47", codes=["G47"], opt=True),
  P("1,4%", "+", per="tháng 11", cmp="so với tháng trước"),
  P("10,1%", "+", per="tháng 11", cmp="so với cùng kỳ năm trước"),
  S("dịch vụ lưu trú, ăn uống", "I", codes=["I55", "I56"]),
  S("du lịch lữ hành", "N79", codes=["N79"]))
X("k0307",
  S("điện nước", None, codes=["D35", "E36"], opt=True),
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True),
  P("0,5%", "+"))
X("k0308",
  S("du lịch", None, codes=DL, at="ngành du lịch"))
X("k0309",
  S("sản xuất vật liệu xây dựng", "C23", codes=["C23"]))
X("k0310",
  S("chứng khoán", "K66", codes=["K66"], opt=True),
  P("1%", "+", q="gần", per="phiên đầu tuần"),
  P("7%", "-", per="phiên đầu tuần"))
X("k0311",
  S("cá tra", None, codes=["A03", "C10"], opt=True),
  P("10%", "+", q="hơn", per="năm nay", cmp="so với 1,8 tỷ USD năm 2023"))
X("k0312",
  P("96,8%", None),
  P("22,2%", "+"),
  P("100,8%", None))
X("k0313",
  S("bất động sản", "L68", codes=["L68"]))
X("k0314")
X("k0315",
  P("70%", None, per="Trước nhiệm kỳ đầu tiên của ông Trump"))
X("k0316")
X("k0317",
  O("nhà kinh tế trưởng Ting Lu của Nomura", "Ting Lu", title="nhà kinh tế trưởng", org="Nomura"),
  P("4,5%", "+", per="2025", ps="2025-01-01", pe="2025-12-31"))
X("k0318",
  O("Phó Thủ tướng Nguyễn Chí Dũng", "Nguyễn Chí Dũng", title="Phó Thủ tướng"),
  S("Khoa học, công nghệ", "M72", codes=["M72"], opt=True))
X("k0319")
X("k0320")
X("k0321",
  D("Luật Giá 2023", "Luật", None, iss=None))
X("k0322",
  D("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi)", "Luật", None, iss=None, opt=True))
X("k0323",
  S("công nghiệp chế biến", "C", codes=["C"]),
  S("cơ khí", "C", codes=["C25", "C28"]),
  S("hóa chất", "C20", codes=["C20"]),
  S("năng lượng – dầu khí", None, codes=["D35", "B06"]))
X("k0324",
  P("0,83%", "+", per="tuần giao dịch thứ 17/2025", ps=None, pe=None, cmp="so với tuần trước"),
  P("1,2%", "+", per="tuần giao dịch thứ 17/2025", ps=None, pe=None, cmp="so với tuần trước"))
X("k0325",
  S("thương mại điện tử", "G47", codes=["G47"]),
  P("37%", "+", sec="G47"),
  S("thương mại điện tử", "G47", codes=["G47"], at="thị trường hoạt động"))
X("k0326")
X("k0327",
  D("công văn 6808", "Công văn", "6808", iss=None, date="2024-07-01"),
  P("77%", "-", cmp="So với cùng kỳ"))
X("k0328",
  D("Nghị quyết số 66", "Nghị quyết", "66", iss="Chính phủ"),
  S("vận tải", "H49", codes=["H49"], occ=0),
  S("vận tải", "H49", codes=["H49"], occ=1),
  D("Nghị định số 10/2020", "Nghị định", "10/2020", iss=None),
  S("vận tải bằng xe ô tô", "H49", codes=["H49"], opt=True))
X("k0329",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("k0330",
  D("dự thảo Luật", "Luật", None, iss=None, opt=True),
  O("Đại biểu Nguyễn Thị Việt Nga, đoàn Hải Dương", "Nguyễn Thị Việt Nga", title="Đại biểu", org="đoàn Hải Dương"),
  P("2%", None))
X("k0331",
  P("từ 10% - 30%", None, q="khoảng"))
X("k0332")
X("k0333",
  P("75%", None))
X("k0334",
  P("3%", None),
  S("xây dựng đường cao tốc", "F42", codes=["F42"], opt=True),
  P("2,5%", None),
  P("7%", None),
  P("9,7%", None),
  P("0,6%", None),
  P("6,4%", None))
X("k0335",
  S("khoa học công nghệ", "M72", codes=["M72"], opt=True))
X("k0336")
X("k0337",
  P("30%", None))
X("k0338",
  S("ngành hàng lúa gạo", None, codes=["A01", "C10"], opt=True),
  S("dịch vụ hậu cần (logistics)", "H52", codes=["H52"]))
X("k0339",
  P("0%", "+"),
  P("3,4%", "+"))
X("k0340",
  P("50%", "-"))
X("k0341",
  S("bất động sản nghỉ dưỡng", "L68", codes=["L68"]))
X("k0342",
  P("43,5%", None))
X("k0343",
  S("vận tải hành khách công cộng", "H49", codes=["H49"], opt=True))
X("k0344",
  P("2,9%", "+", q="hơn"))
X("k0345",
  O("Bộ trưởng Môi trường Colombia Luis Murillo", "Luis Murillo", title="Bộ trưởng Môi trường", org="Colombia"))
X("k0346")
X("k0347",
  S("bất động sản", "L68", codes=["L68"], at="Thị trường bất động sản:", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="chuyên gia bất động sản"),
  S("bất động sản", "L68", codes=["L68"], at="doanh nghiệp bất động sản"))
X("k0348",
  S("khoáng sản", "B", codes=["B"], opt=True))
X("k0349",
  O("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải", "Võ Trọng Hải", title="Chủ tịch", org="UBND tỉnh Hà Tĩnh"),
  D("Quyết định số 289/QĐ-UBND", "Quyết định", "289/QĐ-UBND", date="2024-01-26"),
  D("kế hoạch kinh phí năm 2024", "Kế hoạch", None, iss=None, opt=True))
X("k0350",
  D("Thông báo số 851/TB-TTKQH", "Thông báo", "851/TB-TTKQH", iss="Tổng Thư ký Quốc hội", date="2022-03-31"))
X("k0351",
  S("nông nghiệp", "A", codes=["A"], at="nước nông nghiệp", opt=True),
  S("công nghiệp", None, codes=DCCN, at="nước công nghiệp", opt=True))
X("k0352",
  P("75%", None, q="trên", sec="D35", per="năm 2045"),
  S("năng lượng tái tạo", "D35", codes=["D35"]))
X("k0353")
X("k0354",
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
X("k0355",
  D("Luật Đấu thầu", "Luật", None, iss=None))
X("k0356",
  O("Bộ trưởng Murillo", "Murillo", title="Bộ trưởng"))
X("k0357",
  S("ngân hàng", "K64", codes=["K64"], at="lĩnh vực ngân hàng"),
  P("53%", None, per="năm 2024"))
X("k0358",
  P("36%", None, per="từ ngày 1/1 đến 31/5"),
  P("18%", "-", per="từ ngày 1/1 đến 31/5", cmp="so với cùng kỳ năm trước"))
X("k0359")
X("k0360")

ART("ka15",
  # [3]
  P("9,6%", None, q="khoảng", per="tính đến cuối tháng 3/2025", ps=None, pe="2025-03-31"),
  # [5]
  P("44,4%", "+", per="tháng vừa qua", cmp="so với trung bình 5 tháng"),
  P("0,55%", "+", per="tháng vừa qua"),
  P("3,19%", "-", per="tháng vừa qua"),
  # [7]
  O("Phó Thủ tướng Chính phủ Lê Minh Khái", "Lê Minh Khái", title="Phó Thủ tướng", org="Chính phủ"),
  D("Quyết định 1726/QĐ-TTg", "Quyết định", "1726/QĐ-TTg"),
  S("chứng khoán", "K66", codes=["K66"], at="Chiến lược phát triển thị trường", opt=True),
  P("100%", None, per="năm 2025"),
  P("120%", None, per="năm 2030"),
  S("chứng khoán", "K66", codes=["K66"], at="trên thị trường chứng khoán", opt=True))
ART("ka16",
  P("61%", None),
  P("70%", None),
  P("64%", None),
  P("76%", None),
  P("44%", None),
  P("65%", None),
  P("86%", None),
  P("100%", None),
  P("24%", None),
  P("36%", None),
  P("35%", None),
  P("56%", None),
  P("0%", None),
  P("14%", None),
  P("56%", None, occ=1),
  P("73%", None),
  P("27%", None),
  P("44%", None, occ=1),
  P("43%", None),
  P("57%", None))
ART("ka17",
  # [1]
  S("ngân hàng", "K64", codes=["K64"], at="Cổ phiếu ngân hàng"),
  # [3]
  P("70%", None, per="hôm"),
  # [7]
  S("phái sinh", "K66", codes=["K66"], at="Thị trường phái sinh", opt=True),
  # [10]
  S("chứng khoán", "K66", codes=["K66"], at="Blog chứng khoán", opt=True))
ART("ka18",
  P("65-98%", None),
  P("63 - 97%", None),
  P("60 - 94%", None),
  P("62 - 93%", None),
  P("60 - 95%", None),
  P("65 - 96%", None),
  P("62 - 93%", None, occ=1))
