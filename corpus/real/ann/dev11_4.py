# dev11 annotator 4: o0271-o0360, oa15-oa18
DL = ["I55", "N79"]
DIEU = ["A01", "C10"]

X("o0271",
  P("0,08%", "+", per="sáng nay"))
X("o0272")
X("o0273",
  S("giáo dục", "P85", codes=["P85"], opt=True),
  P("98%", None, q="gần", per="Từ năm 2022", ps="2022-01-01", pe=None))
X("o0274",
  P("4,2%", "+", per="Năm 2022", cmp="so với năm trước"))
X("o0275",
  P("10%", None))
X("o0276",
  O("Ông Christopher Howe - Giám đốc Cảnh quan Đồng bằng sông Cửu Long của tổ chức\xa0Quốc tế về Bảo tồn Thiên nhiên tại Việt Nam (WWF-Việt Nam)",
    "Christopher Howe", hon="ông", title="Giám đốc Cảnh quan Đồng bằng sông Cửu Long",
    org="tổ chức\xa0Quốc tế về Bảo tồn Thiên nhiên tại Việt Nam (WWF-Việt Nam)"),
  S("trồng trọt", "A01", codes=["A01"]),
  S("nuôi trồng thủy sản", "A03", codes=["A03"]))
X("o0277")
X("o0278",
  P("5,88%", "-"))
X("o0279",
  D("Luật Du lịch 2017", "Luật", None, iss="Quốc hội"))
X("o0280")
X("o0281",
  P("70%", None))
X("o0282",
  S("máy móc, thiết bị điện và điện tử", "C", codes=["C26", "C27", "C28"], opt=True),
  P("56,5%", "+"),
  S("giày dép", "C15", codes=["C15"], opt=True),
  P("15,5%", "+"),
  P("25%", "+"),
  P("24%", "+"),
  S("cao su và sản phẩm cao su", "C22", codes=["C22"], opt=True),
  P("55,4%", "+"),
  P("15,5%", "+", occ=1))
X("o0283",
  O("Chủ nhiệm Ủy ban Kiểm tra Trung ương Nguyễn Duy Ngọc", "Nguyễn Duy Ngọc", title="Chủ nhiệm",
    org="Ủy ban Kiểm tra Trung ương"))
X("o0284",
  S("năng lượng tái tạo", "D35", codes=["D35"]),
  S("nhiên liệu sinh học", "C20", codes=["C20"], opt=True))
X("o0285",
  S("đường sắt", "H49", codes=["H49"]))
X("o0286",
  S("khu vực công", "O84", codes=["O84"], opt=True))
X("o0287",
  P("95%", None, q="trên"))
X("o0288",
  O("Ông Hoàng Hồng Giang – Cục trưởng Cục ĐTNĐ VN", "Hoàng Hồng Giang", hon="ông", title="Cục trưởng",
    org="Cục ĐTNĐ VN"))
X("o0289",
  D("Quyết định", "Quyết định", None, iss=None, opt=True))
X("o0290",
  P("4,54%", None))
X("o0291",
  P("17-18%", "-"))
X("o0292",
  P("78,2%", "+", per="quý 1/2025", cmp="so với cùng kỳ năm trước"))
X("o0293",
  P("0,83%", "-"))
X("o0294")
X("o0295",
  O("CEO Ulrik Garde Due", "Ulrik Garde Due", title="CEO"))
X("o0296",
  S("chế biến", "C", codes=["C10", "C20"], opt=True))
X("o0297",
  D("Luật", "Luật", None, iss=None, at="Luật đã trao", opt=True),
  O("Thứ trưởng Đỗ Thắng Hải", "Đỗ Thắng Hải", title="Thứ trưởng"))
X("o0298")
X("o0299",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0300",
  O("Bộ trưởng Bộ NN&PTNT Nguyễn Xuân Cường", "Nguyễn Xuân Cường", title="Bộ trưởng", org="Bộ NN&PTNT"),
  D("tờ trình", "Tờ trình", None, iss=None, opt=True),
  D("Luật Thủy sản (sửa đổi)", "Luật", None, iss="Quốc hội", opt=True))
X("o0301")
X("o0302",
  D("các quyết định", "Quyết định", None, iss=None, opt=True))
X("o0303",
  D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("o0304")
X("o0305",
  P("1,74%", "-", per="6 tháng đầu năm 2017", cmp="so với cùng kỳ"),
  S("hàng ăn và dịch vụ ăn uống", "I56", codes=["I56"], opt=True),
  P("0,39%", "-", q="khoảng", per="6 tháng đầu năm 2017", cmp="so với cùng kỳ"))
X("o0306",
  P("1,01%", "-"))
X("o0307",
  P("80%", None))
X("o0308")
X("o0309",
  D("Quyết định 123/QĐ-TCHQ", "Quyết định", "123/QĐ-TCHQ", iss="Tổng cục Hải quan", date="2023-01-31"),
  P("20%", "+", q="trên", per="năm 2023", cmp="so với năm 2022"))
X("o0310",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("o0311",
  P("31%", None, sec="H52"),
  S("logistics", "H52", codes=["H52"]),
  P("54%", None, sec="H52"),
  S("logistics", "H52", codes=["H52"], occ=1))
X("o0312",
  S("lúa gạo", None, codes=DIEU, at="ngành hàng lúa gạo", opt=True))
X("o0313")
X("o0314")
X("o0315")
X("o0316",
  S("du lịch", None, codes=DL, opt=True))
X("o0317",
  P("2,8%", "+", cmp="So với cùng kỳ năm trước"),
  P("0,4%", "+", cmp="so với tháng trước"))
X("o0318",
  S("khoa học và công nghệ", "M72", codes=["M72"], opt=True),
  D("Dự thảo Luật", "Luật", None, iss=None, opt=True),
  S("khoa học và công nghệ", "M72", codes=["M72"], occ=1, opt=True))
X("o0319",
  P("16,4%", "+"),
  P("25%", "-"))
X("o0320")
X("o0321",
  D("kết luận điều tra", "Kết luận", None, iss=None, opt=True),
  P("91,26%", None))
X("o0322",
  S("bất động sản nghỉ dưỡng", "L68", codes=["L68"]))
X("o0323")
X("o0324",
  D("Nghị quyết số 88", "Nghị quyết", "88", iss="Quốc hội"),
  D("Nghị quyết số 51", "Nghị quyết", "51", iss="Quốc hội"))
X("o0325")
X("o0326")
X("o0327",
  S("ngân hàng", "K64", codes=["K64"]),
  S("dầu khí", "B06", codes=["B06"]),
  S("bất động sản", "L68", codes=["L68"]))
X("o0328",
  S("năng lượng xanh", "D35", codes=["D35"], opt=True))
X("o0329",
  P("6,7%", None))
X("o0330",
  P("80%", None, q="hơn"))
X("o0331",
  O("Chủ tịch EC Đô-nan Tu-xcơ", "Đô-nan Tu-xcơ", title="Chủ tịch", org="EC"))
X("o0332")
X("o0333",
  S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True),
  S("bán lẻ xăng dầu", "G47", codes=["G47"], opt=True))
X("o0334")
X("o0335")
X("o0336",
  O("Ông Nguyễn Ngọc Tuấn, Chủ tịch HĐND thành phố Hà Nội", "Nguyễn Ngọc Tuấn", hon="ông", title="Chủ tịch",
    org="HĐND thành phố Hà Nội"),
  D("các nghị quyết của HĐND thành phố", "Nghị quyết", None, iss="HĐND thành phố", opt=True))
X("o0337",
  O("Tổng thống Park Geun-hye", "Park Geun-hye", title="Tổng thống"))
X("o0338",
  S("điều", None, codes=DIEU, at="ngành điều"))
X("o0339",
  S("nông nghiệp", "A", codes=["A"]),
  S("công nghệ nông nghiệp", "A", codes=["A"], opt=True),
  O("ông Felicity Hennessy, Giám đốc sáng tạo của Công ty kinh doanh nông nghiệp Ruralco", "Felicity Hennessy",
    hon="ông", title="Giám đốc sáng tạo", org="Công ty kinh doanh nông nghiệp Ruralco"))
X("o0340",
  D("Luật Thú y năm 2015", "Luật", None, iss=None))
X("o0341",
  S("khai khoáng", "B", codes=["B"]))
X("o0342",
  P("2,17%", None, per="tính tới cuối năm 2016", ps=None, pe="2016-12-31"))
X("o0343",
  D("văn bản", "Công văn", None, iss="Hiệp hội Bất động sản TP.HCM", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="doanh nghiệp bất động sản"))
X("o0344",
  P("50%", None, q="trên"))
X("o0345",
  P("0,8%", None))
X("o0346",
  S("thời trang nhanh", "C14", codes=["C14"]))
X("o0347",
  O("Ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn", "Hồ Tiến Thiệu", hon="ông", title="Chủ tịch",
    org="UBND tỉnh Lạng Sơn"))
X("o0348")
X("o0349",
  P("57%", None))
X("o0350",
  O("PGS-TS Nguyễn Hồng Sơn, Phó Hiệu trưởng Trường ĐH Kinh tế - ĐHQG Hà Nội", "Nguyễn Hồng Sơn", pre="PGS-TS",
    title="Phó Hiệu trưởng", org="Trường ĐH Kinh tế - ĐHQG Hà Nội"))
X("o0351",
  S("bất động sản", "L68", codes=["L68"]))
X("o0352",
  P("50%", None, q="trên"))
X("o0353")
X("o0354",
  S("giao thông công cộng", "H49", codes=["H49"], opt=True))
X("o0355",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("o0356",
  P("0,92%", "+", cmp="so với mức chốt của phiên trước"))
X("o0357",
  P("100%", None))
X("o0358",
  P("12,5%", None),
  P("11,9%", None),
  P("11,3%", None))
X("o0359",
  S("bất động sản", "L68", codes=["L68"], opt=True))
X("o0360",
  O("Giám đốc Sở Tài nguyên và Môi trường Yên Bái, ông Phạm Sỹ Quý", "Phạm Sỹ Quý", hon="ông", title="Giám đốc",
    org="Sở Tài nguyên và Môi trường Yên Bái"))

ART("oa15",
  # [3]
  O("Phó Chủ tịch UBND tỉnh Bình Định Lâm Hải Giang", "Lâm Hải Giang", title="Phó Chủ tịch",
    org="UBND tỉnh Bình Định"),
  S("công nghệ sinh học", "M72", codes=["M72"], at="lĩnh vực công nghệ sinh học"),
  # [5]
  S("công nghệ sinh học", "M72", codes=["M72"], at="công ty công nghệ sinh học hàng đầu", opt=True))
ART("oa16",
  # [2]
  O("Tổng thống Nga Vladimir Putin", "Vladimir Putin", title="Tổng thống", org="Nga",
    mentions=["Tổng thống Putin", "Ông Putin", "Tổng thống Nga Putin", "Tổng thống Nga Vladimir Putin"]),
  O("cựu Giám đốc đốc Cục Điều tra Liên bang Mỹ (FBI) James Comey", "James Comey", title="Giám đốc",
    org="Cục Điều tra Liên bang Mỹ (FBI)", former=True,
    mentions=["ông James Comey", "Cựu Giám đốc FBI James Comey", "ông Comey", "cựu Giám đốc Comey"]),
  # [3]
  O("Tổng thống Trump", "Trump", title="Tổng thống"),
  O("cựu nhà thầu Cơ quan An ninh Quốc gia Mỹ (NSA) Edward Snowden", "Edward Snowden", title="nhà thầu",
    org="Cơ quan An ninh Quốc gia Mỹ (NSA)", former=True, opt=True))
ART("oa17",
  # [1]
  D("văn bản", "Công văn", None, iss="Tổng cục Đường bộ Việt Nam", opt=True),
  S("vận tải", "H49", codes=["H49"], at="” vận tải.", opt=True),
  # [2]
  O("bà Phan Thị Thu Hiền, Phó Tổng Cục trưởng Tổng cục Đường bộ Việt Nam", "Phan Thị Thu Hiền", hon="bà",
    title="Phó Tổng Cục trưởng", org="Tổng cục Đường bộ Việt Nam"),
  D("nhiều văn bản", "Công văn", None, iss="Tổng cục Đường bộ Việt Nam", opt=True),
  # [3]
  S("vận tải hàng hóa", "H49", codes=["H49"], opt=True),
  D("Chỉ thị 16/CT-TTg", "Chỉ thị", "16/CT-TTg", mentions=["Chỉ thị số 16/CT-TTg"]),
  # [5]
  S("vận tải", "H49", codes=["H49"], at="các đơn vị vận tải đã"),
  # [7]
  S("vận tải", "H49", codes=["H49"], at="doanh nghiệp vận tải"),
  # [8]
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải trong"),
  S("vận tải", "H49", codes=["H49"], at="” vận tải tại", opt=True),
  S("vận tải", "H49", codes=["H49"], at="đơn vị vận tải trên"))
ART("oa18",
  # [2]
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ", mentions=["Donald Trump"]),
  # [3]
  O("Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI", mentions=["James Comey"]),
  O("Thư ký Báo chí của Tổng thống Nga Dmitri Peskov", "Dmitri Peskov", title="Thư ký Báo chí",
    org="Tổng thống Nga"))
