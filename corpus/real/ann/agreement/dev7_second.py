# dev7 second annotator (agreement): sentences k0001–k0009, k0091–k0099, k0181–k0189, k0271–k0279; articles ka01, ka11
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
FIN = ["K64", "K65", "K66"]
NONFARM = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]

X("k0001")
X("k0002",
  D("FTA với Ấn Độ", "Hiệp định", None, iss=None, opt=True),
  O("Thủ tướng Kier Starmer", "Kier Starmer", title="Thủ tướng"))
X("k0003",
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"),
  O("Quốc vương Jordan Abdullah II bin Al-Hussein", "Abdullah II bin Al-Hussein", title="Quốc vương", org="Jordan"))
X("k0004",
  P("0,4%", "-", per="đến cuối quý 1/2025", ps=None, pe="2025-03-31", cmp="so với cuối năm 2024"),
  P("3,93%", "+", per="đến cuối quý 1/2025", ps=None, pe="2025-03-31"))
X("k0005")
X("k0006",
  P("0,4%", "-", per="tháng 11/2023", cmp="so với cùng kỳ năm trước"),
  S("thủy sản khai thác", "A03", codes=["A03"], opt=True))
X("k0007",
  S("giao thông", "H", codes=["H49", "H50", "H51", "H52"], at="hạ tầng giao thông", opt=True),
  S("công nghiệp", None, codes=DCCN, at="đô thị, công nghiệp", opt=True))
X("k0008",
  D("Quyết định số 889/QĐ-TTg", "Quyết định", "889/QĐ-TTg", date="2020-06-24"))
X("k0009",
  P("40%", None, q="tối đa"))

X("k0091",
  P("61%", None))
X("k0092",
  S("du lịch", None, codes=DL))
X("k0093")
X("k0094",
  O("Phó Giám đốc Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội Bùi Duy Quang", "Bùi Duy Quang",
    title="Phó Giám đốc", org="Trung tâm Xúc tiến đầu tư, thương mại, du lịch Hà Nội"),
  P("20% - 30%", "+", per="2 tuần đầu", cmp="so với trước thời điểm triển khai"))
X("k0095",
  O("Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng", org="Bộ Công Thương"))
X("k0096",
  S("Nhiệt điện", "D35", codes=["D35"], opt=True),
  D("Văn bản số 6637/VPCP-KTN", "Công văn", "6637/VPCP-KTN", date="2013-08-12"))
X("k0097")
X("k0098",
  S("Ngân hàng", "K64", codes=["K64"]))
X("k0099")

X("k0181",
  P("35%", None),
  P("2%", None, cmp="so với mức cam kết trần WTO 5%"),
  P("5%", None),
  S("chăn nuôi", "A01", codes=["A01"], at="ngành chăn nuôi"),
  S("chăn nuôi", "A01", codes=["A01"], at="người chăn nuôi"))
X("k0182",
  P("35–40%", None, q="tối thiểu", per="năm 2030"),
  S("kinh tế số", "J", codes=["J"], opt=True),
  S("bán dẫn", "C26", codes=["C26"]),
  S("đóng gói và kiểm thử", "C26", codes=["C26"], opt=True))
X("k0183",
  D("Quyết định số 79", "Quyết định", "79", iss=None),
  S("quản lý vận hành nhà ở", "L68", codes=["L68"], opt=True))
X("k0184",
  P("0,06%", "+"))
X("k0185",
  O("Cấn Văn Lực, chuyên gia Kinh tế trưởng BIDV", "Cấn Văn Lực", title="chuyên gia Kinh tế trưởng", org="BIDV"),
  S("bất động sản", "L68", codes=["L68"], at="Thị trường bất động sản"),
  S("bất động sản", "L68", codes=["L68"], at="giao dịch bất động sản", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="dự án bất động sản"))
X("k0186",
  P("4,5%", "+", per="tháng", cmp="so với cùng kỳ năm trước"))
X("k0187",
  S("bất động sản", "L68", codes=["L68"]))
X("k0188",
  P("20%", None))
X("k0189")

X("k0271",
  S("du lịch", None, codes=DL))
X("k0272",
  S("phi nông nghiệp", None, codes=NONFARM, opt=True))
X("k0273")
X("k0274",
  S("thức ăn chăn nuôi", "C10", codes=["C10"], at="nhập khẩu thức ăn chăn nuôi", opt=True))
X("k0275",
  S("giao thông", "H", codes=["H49", "H50", "H51", "H52"], at="hạ tầng giao thông", opt=True),
  S("y tế", "Q86", codes=["Q86"], opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True),
  S("văn hóa", "R", codes=["R90", "R91"], opt=True),
  S("logistics", "H52", codes=["H52"]))
X("k0276",
  O("Phan Quốc Việt, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty\xa0Việt Á", "Phan Quốc Việt",
    title="Chủ tịch HĐQT kiêm Tổng giám đốc", org="Công ty Việt Á"))
X("k0277",
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True))
X("k0278",
  S("công nghiệp", None, codes=DCCN))
X("k0279",
  S("bán lẻ", "G47", codes=["G47"]))

ART("ka01",
  P("23,8%", "+", per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với cùng kỳ năm 2023"),
  P("38,6%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31"),
  P("33,05%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("68,5%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("38,7%", None, per="Tính đến 31/3/2024", ps=None, pe="2024-03-31", cmp="so với chỉ tiêu giao"),
  P("84,5%", None, per="quý"),
  P("50%", "+", per="Từ đầu năm đến nay", cmp="so với cùng kỳ năm 2023"),
  P("52,5%", "+", per="quý", cmp="so với cùng kỳ năm 2023"))
ART("ka11",
  S("ngân hàng", "K64", codes=["K64"], at="luôn là ngân hàng", opt=True),
  P("1,0%", "-", per="từ 1/11/2022 đến hết 31/12/2022", ps="2022-11-01", pe="2022-12-31"),
  P("0,5%", "-", per="từ 1/5/2023 đến hết 31/7/2023", ps="2023-05-01", pe="2023-07-31"),
  S("Ngân hàng Bán lẻ", "K64", codes=["K64"], opt=True),
  S("Ngân hàng", "K64", codes=["K64"], at="Giải thưởng Ngân hàng", opt=True),
  S("tài chính", "K", codes=FIN, at="lĩnh vực tài chính, ngân hàng"),
  S("ngân hàng", "K64", codes=["K64"], at="tài chính, ngân hàng"),
  S("fintech", None, codes=["K66", "J62"], opt=True),
  S("tài chính - ngân hàng", "K", codes=FIN),
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
