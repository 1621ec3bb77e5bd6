# dev5 second annotator (agreement): sentences i0001–i0009, i0091–i0099, i0181–i0189, i0271–i0279; articles ia01, ia11
DL = ["I55", "N79"]
REM = "tháng 8/201"   # ia01 [1], typo for tháng 8/2021

X("i0001",
  P("+5,42%", "+", per="tháng 1/2017", cmp="so với thời điểm cuối tháng trước"))
X("i0002",
  O("Ông Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng", "Lê Trung Kiên", hon="ông",
    title="Trưởng Ban", org="Ban Quản lý Khu kinh tế Hải Phòng"))
X("i0003",
  S("bất động sản", "L68", codes=["L68"]),
  S("ngân hàng", "K64", codes=["K64"], at="hệ thống ngân hàng", opt=True))
X("i0004",
  O("BàNguyễn Thị Mỹ Liên-Trưởng phòng Phân tích, Công ty CP Chứng khoán Phú Hưng", "Nguyễn Thị Mỹ Liên",
    title="Trưởng phòng", org="phòng Phân tích, Công ty CP Chứng khoán Phú Hưng"))
X("i0005",
  P("10,1%", "+", per="năm 2024", cmp="so với dự toán"))
X("i0006",
  P("30-40%", None, q="khoảng", cmp="so với thời điểm cuối năm 2022"))
X("i0007")
X("i0008",
  O("Linh mục Vũ Đức Hước, Chủ tịch Ủy ban Đoàn kết Công giáo huyện Vĩnh Thạnh", "Vũ Đức Hước",
    pre="Linh mục", title="Chủ tịch", org="Ủy ban Đoàn kết Công giáo huyện Vĩnh Thạnh"))
X("i0009")

X("i0091")
X("i0092")
X("i0093",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  D("Công điện số 898/CĐ-TTg", "Công điện", "898/CĐ-TTg", date="2023-09-28"))
X("i0094",
  P("5,44%", None),
  P("0,11%", "-", cmp="so với lãi suất trúng thầu phiên trước đó"))
X("i0095",
  S("thương mại", "G", codes=["G45", "G46", "G47"], opt=True))
X("i0096",
  P("0,74%", "-"))
X("i0097",
  P("100%", None))
X("i0098")
X("i0099",
  S("dệt may", "C", codes=["C13", "C14"], opt=True),
  D("Hiệp định thương mại tự do (FTA)", "Hiệp định", None, iss=None, opt=True))

X("i0181")
X("i0182",
  O("Đại tướng Ngô Xuân Lịch", "Ngô Xuân Lịch", title="Đại tướng"))
X("i0183",
  S("đồ uống", "C11", codes=["C11"]),
  O("ông Nguyễn Văn Việt, Chủ tịch Hiệp hội Bia – Rượu – Nước Giải khát Việt Nam", "Nguyễn Văn Việt",
    hon="ông", title="Chủ tịch", org="Hiệp hội Bia – Rượu – Nước Giải khát Việt Nam"),
  S("bao bì", "C", codes=["C17", "C22"]),
  S("nhựa – cao su", "C22", codes=["C22"]))
X("i0184",
  O("Trưởng Ban đô thị HĐND TP Hà Nội Nguyễn Nguyên Quân", "Nguyễn Nguyên Quân", title="Trưởng Ban",
    org="Ban đô thị HĐND TP Hà Nội"))
X("i0185",
  O("Chủ tịch Quốc hội Lào Pany Yathotou", "Pany Yathotou", title="Chủ tịch", org="Quốc hội Lào"),
  O("Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith", "Bounnhang Vorachith",
    title="Tổng Bí thư, Chủ tịch nước", org="Lào"),
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"))
X("i0186",
  S("nông nghiệp sinh thái", "A01", codes=["A01"]))
X("i0187",
  O("Vụ trưởng Vụ Giáo dục Đại học, Bộ Giáo dục Đào tạo Nguyễn Thu Thủy", "Nguyễn Thu Thủy",
    title="Vụ trưởng", org="Vụ Giáo dục Đại học, Bộ Giáo dục Đào tạo"))
X("i0188",
  O("Chủ tịch Perez", "Perez", title="Chủ tịch"))
X("i0189",
  O("Chủ tịch kiêm Tổng giám đốc VNG Lê Hồng Minh", "Lê Hồng Minh", title="Chủ tịch kiêm Tổng giám đốc",
    org="VNG"),
  O("Phó chủ tịch sàn chứng khoán Nasdaq Bob McCooey", "Bob McCooey", title="Phó chủ tịch",
    org="sàn chứng khoán Nasdaq"))

X("i0271",
  S("nghiên cứu và phát triển", "M72", codes=["M72"], opt=True),
  S("công nghiệp quốc phòng", "C", codes=["C25", "C30"]))
X("i0272")
X("i0273",
  D("Nghị định 167/2013/NĐ-CP", "Nghị định", "167/2013/NĐ-CP", date="2013-11-12"))
X("i0274")
X("i0275")
X("i0276",
  S("Y tế", "Q86", codes=["Q86"], opt=True))
X("i0277",
  O("Tổng thống Hàn Quốc Moon Jae-in", "Moon Jae-in", title="Tổng thống", org="Hàn Quốc"),
  O("ông Song Young-moo làm Bộ trưởng Quốc phòng", "Song Young-moo", hon="ông", title="Bộ trưởng Quốc phòng",
    opt=True))
X("i0278",
  S("công nghệ thông tin", "J", codes=["J62", "J63"]))
X("i0279")

ART("ia01",
  S("bất động sản", "L68", codes=["L68"]),
  P("58%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("27%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  # [2] "Trong đó" continues [1]'s list: period and base inherited
  P("68%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("53%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("32%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  P("29%", "-", per=REM, ps="2021-08-01", pe="2021-08-31", cmp="so với tháng trước"),
  # [3] own paragraph, no time phrase: base from the sentence, no period
  P("17%", "-", at="TP.HCM (giảm", cmp="so với tháng trước"),
  P("40%", "-", cmp="so với tháng trước"),
  P("35%", "-", cmp="so với tháng trước"),
  P("49%", "-", cmp="so với tháng trước"),
  P("25%", "-", cmp="so với tháng trước"),
  P("36%", "-", cmp="so với tháng trước"),
  S("bất động sản", "L68", codes=["L68"], at="các loại hình bất động sản", opt=True),
  # [5]
  P("44%", "-"),
  P("43%", "-"),
  P("33%", "-"),
  P("17%", "-", at="căn hộ cung cư giảm"),
  # [6]
  P("8-9%", "+", per="tháng 8/2021", cmp="so với cùng kỳ năm trước"),
  # [9]
  S("bất động sản", "L68", codes=["L68"], at="Ngược lại, thị trường bất động sản"),
  P("26%", "+"),
  P("8%", "+", at="lần lượt 26%"),
  P("7%", "+", at="lần lượt 26%"),
  # [10], [11]
  S("môi giới", "L68", codes=["L68"], at="nhân viên môi giới", opt=True),
  S("môi giới bất động sản", "L68", codes=["L68"]))

ART("ia11",
  D("văn bản số 4641", "Công văn", "4641", iss="Sở Công Thương TP.HCM"),
  D("văn bản số 584/XNK-NS", "Công văn", "584/XNK-NS", iss="Cục Xuất nhập khẩu", date="2023-07-21"),
  D("văn bản số 102/BCT-TTTN", "Công văn", "102/BCT-TTTN", iss="Bộ Công Thương", date="2023-08-03"),
  S("xuất khẩu gạo", "G46", codes=["G46"], at="doanh nghiệp đầu mối xuất khẩu gạo", opt=True),
  S("kinh doanh xuất khẩu gạo", "G46", codes=["G46"], opt=True),
  S("phân phối", "G", codes=["G46", "G47"], at="hệ thống phân phối hiện đại", opt=True),
  P("5%", None, at="trên thị trường xuất khẩu"),
  P("25%", None, at="trên thị trường xuất khẩu"),
  P("5%", None, at="Nếu so với"),
  P("25%", None, at="Nếu so với"))
