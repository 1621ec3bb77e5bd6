# dev4 second annotator (agreement): sentences h0001–h0009, h0091–h0099, h0181–h0189, h0271–h0279; articles ha01, ha09
DL = ["I55", "N79"]
SVC = list("GHIJKLMNOPQRSTU")

X("h0001",
  O("Jolie Howard, Giám đốc điều hành dịch vụ thuê máy bay riêng L'VOYAGE", "Jolie Howard",
    title="Giám đốc điều hành", org="L'VOYAGE"),
  S("dịch vụ thuê máy bay riêng", "H51", codes=["H51"], opt=True))
X("h0002")
X("h0003",
  O("Chủ nhiệm Ủy ban Pháp luật và Tư pháp Hoàng Thanh Tùng", "Hoàng Thanh Tùng", title="Chủ nhiệm",
    org="Ủy ban Pháp luật và Tư pháp"))
X("h0004",
  P("15,16%", None, per="năm 2016"))
X("h0005",
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  S("công nghệ", None, codes=["C26", "J62", "J63"], at="ngành công nghệ"))
X("h0006",
  D("Nghị định 167/2013/NĐ-CP", "Nghị định", "167/2013/NĐ-CP"))
X("h0007",
  P("0,25%", "-"),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng", opt=True))
X("h0008",
  P("10%", None))
X("h0009",
  S("xây dựng hạ tầng xã hội", "F", codes=["F"], opt=True))

X("h0091",
  S("xây dựng", "F", codes=["F"]),
  S("thương mại", "G", codes=["G45", "G46", "G47"]),
  S("dịch vụ", None, codes=SVC))
X("h0092",
  P("19,7%", "+", per="Năm 2016", cmp="so với cùng kỳ"),
  P("14,6%", "+", per="Năm 2016", cmp="so với cùng kỳ"))
X("h0093",
  S("dệt may", "C", codes=["C13", "C14"]))
X("h0094")
X("h0095",
  P("1,3%", "+", per="ngày thứ ba (7/2)"))
X("h0096",
  O("ông Matthew Powell, Giám đốc Savills Hà Nội", "Matthew Powell", hon="ông", title="Giám đốc",
    org="Savills Hà Nội"),
  S("du lịch", None, codes=DL))
X("h0097")
X("h0098",
  P("4,5%", None, per="tuần từ 27 - 31/5"))
X("h0099",
  O("Bộ trưởng Bộ Tài chính Mỹ Scott Bessent", "Scott Bessent", title="Bộ trưởng", org="Bộ Tài chính Mỹ"))

X("h0181")
X("h0182",
  P("15%", None, per="năm 2016"))
X("h0183",
  P("1,9%", None))
X("h0184",
  D("Luật tố cáo", "Luật", None))
X("h0185",
  S("du lịch", None, codes=DL, at="tàu du lịch", opt=True),
  S("du lịch", None, codes=DL, at="các tàu du lịch", opt=True))
X("h0186",
  P("0,25 điểm phần trăm", "+", per="3 tháng đầu năm 2017"),
  P("0,75-1%", "+", q="khoảng", per="3 tháng đầu năm 2017"))
X("h0187")
X("h0188",
  D("Nghị quyết 57", "Nghị quyết", "57", iss=None, mentions=["Nghị quyết 57"]))
X("h0189",
  O("ông Phạm Thành Ngại - Phó Bí thư Thường trực Tỉnh ủy, giữ chức Chủ tịch Ủy ban Nhân dân tỉnh Cà Mau",
    "Phạm Thành Ngại", hon="ông", title="Chủ tịch", org="Ủy ban Nhân dân tỉnh Cà Mau"))

X("h0271",
  O("Thủ tướng Thái Lan Paetongtarn Shinawatra", "Paetongtarn Shinawatra", title="Thủ tướng", org="Thái Lan"),
  O("Chủ tịch Quốc hội Trần Thanh Mẫn", "Trần Thanh Mẫn", title="Chủ tịch", org="Quốc hội"))
X("h0272",
  S("công nghiệp ô tô", "C29", codes=["C29"]))
X("h0273",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("h0274",
  S("sản xuất, xuất khẩu tôm", None, codes=["A03", "C10"], opt=True))
X("h0275",
  O("Phó chánh thanh tra Bộ Nội vụ Nguyễn Mạnh Khương", "Nguyễn Mạnh Khương", title="Phó chánh thanh tra",
    org="Thanh tra Bộ Nội vụ"),
  D("văn bản", "Công văn", None, iss="UBND tỉnh Yên Bái", opt=True))
X("h0276")
X("h0277",
  P("6,25%", None, per="năm 2023"))
X("h0278",
  P("3,69%", "+", cmp="so với năm 2022"))
X("h0279",
  P("10%", "+", cmp="so với người Mỹ"))

# ---------------------------------------------------------------- articles
ART("ha01",
  # [1]
  D("Nghị định số 156/2025/NĐ-CP", "Nghị định", "156/2025/NĐ-CP", mentions=["Nghị định 156/2025/NĐ-CP"]),
  D("Nghị định số 55/2015/NĐ-CP", "Nghị định", "55/2015/NĐ-CP", mentions=["Nghị định số 55/2015/NĐ-CP"]),
  S("nông nghiệp", "A", codes=["A"], at="phát triển nông nghiệp, nông thôn"),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="phát triển nông nghiệp hữu cơ"),
  S("nông nghiệp tuần hoàn", "A", codes=["A"]),
  # [2]
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="khuyến khích nông nghiệp hữu cơ, tuần hoàn"),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="sản phẩm nông nghiệp hữu cơ", opt=True),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="pháp luật về nông nghiệp hữu cơ", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="sản phẩm nông nghiệp đáp ứng", opt=True),
  P("70%", None),
  # [3]
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="làm nông nghiệp hữu cơ"),
  # [5]
  D("Nghị định số 116/2018/NĐ-CP", "Nghị định", "116/2018/NĐ-CP"))
ART("ha09",
  # [1]
  S("thiết kế vi mạch", "C26", codes=["C26"], at="học bổng thiết kế vi mạch", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="học bổng thiết kế vi mạch", at_occ=1, opt=True),
  # [2]
  S("thiết kế vi mạch", "C26", codes=["C26"], at="ngành thiết kế vi mạch", opt=True),
  S("vi mạch", "C26", codes=["C26"], at="lĩnh vực vi mạch", opt=True),
  # [4]
  S("thiết kế vi mạch", "C26", codes=["C26"], at="nghiên cứu thiết kế vi mạch", opt=True),
  # [5]
  S("thiết kế vi mạch", "C26", codes=["C26"], at="trong lĩnh vực thiết kế vi mạch. Cho", opt=True),
  # [6]
  O("ông Nguyễn Thế Linh, Giám đốc Điều hành Kỹ thuật của Synopsys", "Nguyễn Thế Linh", hon="ông",
    title="Giám đốc Điều hành Kỹ thuật", org="Synopsys", mentions=["ông Linh"]),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="học bổng thiết kế vi mạch Synopsys", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="sự nghiệp trong lĩnh vực thiết kế vi mạch"),
  # [7]
  S("công nghiệp bán dẫn", "C26", codes=["C26"]),
  S("giáo dục", "P85", codes=["P85"], at="đầu tư vào giáo dục", opt=True),
  S("thiết kế vi mạch", "C26", codes=["C26"], at="trung tâm công nghệ thiết kế vi mạch", opt=True))
