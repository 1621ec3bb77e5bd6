# Gold annotations, dev sentences d0001-d0200 (annotator dev_sent_1). Guide: ../shared/FACTS.md


def NN(text="nông nghiệp", **kw):
    return S(text, "A", codes=["A"], **kw)


def DL(text="du lịch", **kw):
    return S(text, None, codes=["I55", "N79"], **kw)


def CN(text="công nghiệp", **kw):
    return S(text, None, codes=["B", "C", "D", "E"], **kw)


def TS(text="thủy sản", trade=False, **kw):
    if trade:
        return S(text, None, codes=["A03", "C10"], **kw)
    return S(text, "A03", codes=["A03"], **kw)


def DM(text="dệt may", **kw):
    return S(text, "C", codes=["C13", "C14"], **kw)


def DV(text="dịch vụ", **kw):
    return S(text, None, codes=list("GHIJKLMNOPQRSTU"), **kw)


X("d0001", S("logistics", "H52", codes=["H52"]))
X("d0002", S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0003",
  O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"),
  P("70%", None))
X("d0004", D("Bộ luật Lao động", "Bộ luật", None))
X("d0005", D("Nghị định số 67/2017/NĐ-CP", "Nghị định", "67/2017/NĐ-CP"))
X("d0006", O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"))
X("d0007", P("6,7%", "+", cmp="so với năm 2015"))
X("d0008", P("40%", None, q="trên"),
  D("Hiệp định Thương mại Tự do AFTA", "Hiệp định", None))
X("d0009")
X("d0010")
X("d0011")
X("d0012", P("100%", None, cmp="so với cùng kỳ"), P("49%", "+", cmp="so với cùng kỳ"))
X("d0013", D("Luật Hải quan Việt Nam 2014", "Luật", None, iss=None, mentions=["Luật Hải quan"]),
  D("Nghị định số 08/2015/NĐ-CP", "Nghị định", "08/2015/NĐ-CP", date="2015-01-21"))
X("d0014")
X("d0015", S("công nghệ", "J", codes=["J62", "J63"], opt=True))
X("d0016", NN())
X("d0017")
X("d0018", P("15%", None),
  S("xây dựng", "F", codes=["F"]),
  S("ngân hàng - tài chính", "K", codes=["K64", "K66"]),
  S("chứng khoán", "K66", codes=["K66"]),
  S("bảo hiểm", "K65", codes=["K65"]),
  DL(), NN(),
  S("bất động sản", "L68", codes=["L68"]))
X("d0019", P("61,08%", None, per="Từ đầu năm đến nay"))
X("d0020", O("ông Mai Thiên Ân, Trưởng phòng sản xuất Công ty TNHH Intel Products Việt Nam", "Mai Thiên Ân",
             hon="ông", title="Trưởng phòng sản xuất", org="Công ty TNHH Intel Products Việt Nam"))
X("d0021")
X("d0022")
X("d0023", P("0%", None))
X("d0024", D("Nghị định 95", "Nghị định", "95"))
X("d0025", D("Bộ luật Dân sự năm 2015", "Bộ luật", None, iss=None),
  D("Nghị định số 163", "Nghị định", "163"))
X("d0026", D("Bộ luật Lao động", "Bộ luật", None))
X("d0027", O("Phó bí thư Thành ủy, Chủ tịch HĐND TP.HCM Nguyễn Thị Quyết Tâm", "Nguyễn Thị Quyết Tâm",
             title="Chủ tịch", org="HĐND TP.HCM"),
  NN(occ=0), NN(occ=1))
X("d0028", O("đồng chí Nguyễn Ngọc Thiện, Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
             "Nguyễn Ngọc Thiện", hon="đồng chí", title="Bộ trưởng", org="Bộ Văn hóa, Thể thao và Du lịch"))
X("d0029", O("Bí thư Tỉnh ủy Quảng Bình Hoàng Đăng Quang", "Hoàng Đăng Quang", title="Bí thư", org="Tỉnh ủy Quảng Bình"))
X("d0030")
X("d0031", O("ông Trần Phong, Phó Bí thư Tỉnh uỷ Quảng Bình", "Trần Phong", hon="ông", title="Phó Bí thư",
             org="Tỉnh uỷ Quảng Bình"),
  P("100%", None))
X("d0032", O("Thủ tướng Edouard Philippe", "Edouard Philippe", title="Thủ tướng"))
X("d0033", P("84%", None), P("79%", None), P("36%", None))
X("d0034")
X("d0035", DL(opt=True), D("Luật Đất đai", "Luật", None, iss=None))
X("d0036", P("30-100%", None, per="Năm 2014"))
X("d0037", P("0,12%", "-", sec="P85"), P("0,15%", "-", sec="P85"),
  S("giáo dục", "P85", codes=["P85"], opt=True), S("dịch vụ giáo dục", "P85", codes=["P85"], opt=True))
X("d0038", D("Nghị định 86", "Nghị định", "86"))
X("d0039")
X("d0040", P("0,29%", "+"))
X("d0041", P("94,75%", None), P("100,37%", None), P("102,65%", None))
X("d0042", DL(opt=True), D("Tờ trình số 109/TTr-SXD", "Tờ trình", "109/TTr-SXD", iss="Sở Xây dựng tỉnh Hậu Giang",
             date="2024-09-05"))
X("d0043", D("Quyết định số 53/QĐ-TTg", "Quyết định", "53/QĐ-TTg"),
  D("Quyết định số 1981/QĐ-TTg", "Quyết định", "1981/QĐ-TTg"),
  D("Quyết định 1982/QĐ-TTg", "Quyết định", "1982/QĐ-TTg"))
X("d0044", S("vận tải", "H", codes=["H"], opt=True))
X("d0045", P("-0,6%", "-"))
X("d0046", O("Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch",
             org="UBND thành phố Hà Nội"))
X("d0047")
X("d0048", O("Ông Đinh Minh Tuấn, Giám đốc Batdongsan.com.vn khu vực miền Nam", "Đinh Minh Tuấn", hon="ông",
             title="Giám đốc", org="Batdongsan.com.vn"),
  S("bất động sản", "L68", codes=["L68"]))
X("d0049", S("công nghiệp bao bì", "C", codes=["C17", "C22"]),
  S("sản xuất và cung ứng bao bì", "C", codes=["C17", "C22"], opt=True))
X("d0050", D("quyết định 42/2024/QĐ-UBND", "Quyết định", "42/2024/QĐ-UBND",
             iss="Ủy ban nhân dân Thành phố Hồ Chí Minh"))
X("d0051", D("Thông tư 02/2024/TT-BGDĐT", "Thông tư", "02/2024/TT-BGDĐT"))
X("d0052", O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"))
X("d0053", S("năng lượng", "D35", codes=["D35"], opt=True))
X("d0054", O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch", opt=True))
X("d0055")
X("d0056")
X("d0057", D("Bộ Luật Hình sự", "Bộ luật", None, iss=None))
X("d0058", O("ông Ivan Konovalov, Giám đốc Trung tâm Môi trường Chiến lược", "Ivan Konovalov", hon="ông",
             title="Giám đốc", org="Trung tâm Môi trường Chiến lược"))
X("d0059", S("năng lượng điện mặt trời", "D35", codes=["D35"], opt=True))
X("d0060", S("dịch vụ thú y", "M75", codes=["M75"]))
X("d0061", P("12 - 13%", "+"), S("điện", "D35", codes=["D35"], at="ngành điện"))
X("d0062")
X("d0063", D("Hiến pháp năm 2013", "Hiến pháp", None, iss=None))
X("d0064", S("bất động sản", "L68", codes=["L68"]))
X("d0065", S("sản xuất", "C", codes=["C"], opt=True))
X("d0066", S("logistics", "H52", codes=["H52"]),
  S("giao thông đường bộ", "H49", codes=["H49"], opt=True), S("vận tải", "H", codes=["H"], opt=True))
X("d0067")
X("d0068", O("bà Phạm Thị Thanh Trà, Bộ trưởng Bộ Nội vụ", "Phạm Thị Thanh Trà", hon="bà", title="Bộ trưởng",
             org="Bộ Nội vụ"))
X("d0069", O("ông Hà Mạnh Cường, Phó Giám đốc Sở Tài nguyên và Môi trường Yên Bái", "Hà Mạnh Cường", hon="ông",
             title="Phó Giám đốc", org="Sở Tài nguyên và Môi trường Yên Bái"))
X("d0070", D("Luật Giao thông đường bộ", "Luật", None, iss=None),
  D("Nghị định Xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ", "Nghị định", None, iss="Chính phủ",
    opt=True))
X("d0071", D("Nghị quyết Trung ương Đảng", "Nghị quyết", None, iss=None, opt=True),
  D("Nghị quyết Đại hội Đảng các cấp", "Nghị quyết", None, iss=None, opt=True))
X("d0072", P("3%", "-", q="khoảng", cmp="so với mức đỉnh của 52 tuần"))
X("d0073", P("0,14%", "+", per="Quý I/2017", cmp="so với quý I/2016"))
X("d0074", O("Ngoại trưởng Mỹ Rex Tillerson", "Rex Tillerson", title="Ngoại trưởng", org="Mỹ"),
  O("Bộ trưởng Quốc phòng James Mattis", "James Mattis", title="Bộ trưởng Quốc phòng"),
  O("Ủy viên Quốc vụ Trung Quốc Dương Khiết Trì", "Dương Khiết Trì", title="Ủy viên Quốc vụ", org="Trung Quốc"),
  O("Tổng Tư lệnh Quân đội Giải phóng Nhân dân Trung Hoa, Thượng tướng Phòng Phong Huy", "Phòng Phong Huy",
    pre="Thượng tướng", title="Tổng Tư lệnh", org="Quân đội Giải phóng Nhân dân Trung Hoa"))
X("d0075", O("Tiến sĩ Vũ Tiến Lộc, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam", "Vũ Tiến Lộc",
             pre="Tiến sĩ", title="Chủ tịch", org="Phòng Thương mại và Công nghiệp Việt Nam"))
X("d0076")
X("d0077")
X("d0078")
X("d0079", P("1-3%", None))
X("d0080", O("Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình", "Trương Hòa Bình",
             title="Phó Thủ tướng Thường trực", org="Chính phủ"))
X("d0081", D("Nghị định về thống kê báo cáo và chia sẻ dữ liệu về TNGT", "Nghị định", None, iss=None, opt=True))
X("d0082", P("20%", None, q="khoảng", per="Tính đến hết tháng 3"),
  P("69%", None, q="khoảng", sec="L68", per="Tính đến hết tháng 3"),
  S("Bất động sản", "L68", codes=["L68"]))
X("d0083")
X("d0084", P("49%", None, per="Hiện giờ"), D("Luật đầu tư", "Luật", None, iss=None))
X("d0085")
X("d0086", P("70%", "+"), S("đông lạnh", "C10", codes=["C10"]))
X("d0087", S("hàng không", "H51", codes=["H51"]), S("đường sắt", "H49", codes=["H49"]))
X("d0088", P("2,2%", "+", per="năm 2024", cmp="so với cùng kỳ"), P("97,9%", None, per="năm 2024"),
  P("4,8%", "+", per="năm 2024", cmp="so với cùng kỳ"))
X("d0089")
X("d0090", O("bà Tạ Thị Bích Ngọc, Hiệu trưởng Trường tiểu học Nam Trung Yên", "Tạ Thị Bích Ngọc", hon="bà",
             title="Hiệu trưởng", org="Trường tiểu học Nam Trung Yên"))
X("d0091", D("Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Luật", None, iss="Quốc hội"))
X("d0092")
X("d0093", D("Luật Bảo hiểm tiền gửi", "Luật", None, iss="Quốc hội"),
  S("Bảo hiểm tiền gửi", "K65", codes=["K65"], at="hoạt động Bảo hiểm", opt=True))
X("d0094")
X("d0095", D("Nghị quyết của HĐND TP năm 2010", "Nghị quyết", None, iss="HĐND TP", opt=True))
X("d0096", P("60%", None, q="trên"))
X("d0097", O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  S("tôm", None, codes=["A03", "C10"]))
X("d0098", D("Nghị định 75/2024/NĐ-CP", "Nghị định", "75/2024/NĐ-CP"),
  D("Thông tư số 8/2024/TT-BNV", "Thông tư", "8/2024/TT-BNV"))
X("d0099", D("Chỉ thị 16", "Chỉ thị", "16"))
X("d0100")
X("d0101", D("Nghị quyết", "Nghị quyết", None, iss=None, opt=True))
X("d0102")
X("d0103")
X("d0104", D("Hiến pháp năm 2013", "Hiến pháp", None, iss=None))
X("d0105", P("80%", None, per="Năm 2022"))
X("d0106", P("11,3%", "-", cmp="so với cùng kỳ"), P("10,7%", "-", cmp="so với cùng kỳ"),
  P("5,2%", "-", cmp="so với cùng kỳ"))
X("d0107", O("ông Nguyễn Tử Quỳnh, Chủ tịch UBND tỉnh Bắc Ninh", "Nguyễn Tử Quỳnh", hon="ông", title="Chủ tịch",
             org="UBND tỉnh Bắc Ninh"),
  O("ông Phạm Hồng Sơn, Giám đốc Công an tỉnh Bắc Ninh", "Phạm Hồng Sơn", hon="ông", title="Giám đốc",
    org="Công an tỉnh Bắc Ninh"))
X("d0108", O("Ông Lê Văn Phương, Tổng Giám đốc Lasuco", "Lê Văn Phương", hon="ông", title="Tổng Giám đốc",
             org="Lasuco"),
  S("nông nghiệp tái tạo", "A01", codes=["A01"], opt=True))
X("d0109", O("Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên", title="Bộ trưởng"),
  D("Hiệp định ATIGA", "Hiệp định", None, iss=None))
X("d0110", O("Phó Tổng thư ký VCCI Đậu Anh Tuấn", "Đậu Anh Tuấn", title="Phó Tổng thư ký", org="VCCI",
             mentions=["ông Tuấn"]))
X("d0111")
X("d0112", O("Phó Thủ tướng Vương Đình Huệ", "Vương Đình Huệ", title="Phó Thủ tướng"))
X("d0113")
X("d0114", D("Kết luận của Huyện ủy Thường Xuân", "Kết luận", None, iss="Huyện ủy Thường Xuân", opt=True))
X("d0115")
X("d0116", P("21%", None, q="gần"))
X("d0117")
X("d0118", P("8,12%", None),
  O("Huỳnh Nam Dũng, nguyên Chủ tịch HĐQT MHB", "Huỳnh Nam Dũng", title="Chủ tịch HĐQT", org="MHB", former=True,
    mentions=["ông Dũng"]),
  O("Nguyễn Phước Hòa, nguyên Tổng giám đốc", "Nguyễn Phước Hòa", title="Tổng giám đốc", org="MHB", former=True),
  O("Bùi Thanh Hưng, nguyên Phó Tổng giám đốc", "Bùi Thanh Hưng", title="Phó Tổng giám đốc", org="MHB",
    former=True),
  O("Nguyễn Văn Thanh, nguyên Kế toán trưởng ngân hàng MHB", "Nguyễn Văn Thanh", title="Kế toán trưởng",
    org="ngân hàng MHB", former=True),
  O("Lữ Thị Thanh Bình", "Lữ Thị Thanh Bình", title="Tổng giám đốc", org="Cty MHBS", former=True),
  O("Đặng Văn Hòa - nguyên Tổng giám đốc, Phó Tổng giám đốc Cty MHBS", "Đặng Văn Hòa", title="Phó Tổng giám đốc",
    org="Cty MHBS", former=True))
X("d0119", P("6,21%", "+"))
X("d0120")
X("d0121")
X("d0122")
X("d0123", O("Giám đốc điều hành Kaspersky Lab châu Á - Thái Bình Dương Stephan Neumeier", "Stephan Neumeier",
             title="Giám đốc điều hành", org="Kaspersky Lab châu Á - Thái Bình Dương"))
X("d0124", S("khai mỏ", "B", codes=["B"], opt=True))
X("d0125", P("95%", None), P("90%", None, q="hơn"),
  S("vận tải container", "H50", codes=["H50"], opt=True))
X("d0126", S("chứng khoán", "K66", codes=["K66"], opt=True),
  S("chứng khoán", "K66", codes=["K66"], at="nhà đầu tư trên thị trường", opt=True))
X("d0127", D("Nghị định số 91/2015", "Nghị định", "91/2015", iss="Chính phủ"))
X("d0128", D("Luật Bảo vệ môi trường", "Luật", None, iss=None))
X("d0129")
X("d0130")
X("d0131", P("40%", None, q="hơn"))
X("d0132", DL(opt=True))
X("d0133")
X("d0134", S("cá tra", None, codes=["A03", "C10"]))
X("d0135")
X("d0136", D("Luật Di sản", "Luật", None, iss=None))
X("d0137")
X("d0138")
X("d0139", O("Giám đốc điều hành thương hiệu Saint Laurent Francesca Bellettini", "Francesca Bellettini",
             title="Giám đốc điều hành", org="Saint Laurent"))
X("d0140", P("99,7%", "+", per="tháng 3/2024", cmp="so với tháng 2/2024"),
  P("90%", "+", per="tháng 3/2024", cmp="so với tháng 2/2024"))
X("d0141", P("4,7%", "+"))
X("d0142", S("công nghiệp phụ trợ", "C", codes=["C"]))
X("d0143", CN(), S("thương mại dịch vụ", None, codes=list("GHIJKLMNOPQRSTU")))
X("d0144", D("Nghị định số 167/2013/NĐ-CP", "Nghị định", "167/2013/NĐ-CP"))
X("d0145")
X("d0146")
X("d0147")
X("d0148", O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Tổng thống Trump", "Trump", title="Tổng thống"))
X("d0149")
X("d0150", D("Công văn số 2392/TCT-QLRR", "Công văn", "2392/TCT-QLRR", date="2023-06-14"))
X("d0151")
X("d0152", D("Luật Di sản văn hóa (sửa đổi)", "Luật", None, iss=None, opt=True))
X("d0153", D("Nghị quyết kỳ họp thứ 7, Quốc hội khóa XV", "Nghị quyết", None, iss="Quốc hội", date="2024-06-29",
             opt=True))
X("d0154", O("Tô Xuân Phúc, Giám đốc điều hành Chương trình Chính sách, Thương mại và Tài chính lâm nghiệp của Tổ "
             "chức\xa0Forest Trends", "Tô Xuân Phúc", title="Giám đốc điều hành",
             org="Chương trình Chính sách, Thương mại và Tài chính lâm nghiệp của Tổ chức\xa0Forest Trends"),
  S("lâm nghiệp", "A02", codes=["A02"], opt=True))
X("d0155", P("0,25 điểm phần trăm", "-"))
X("d0156")
X("d0157", D("Nghị định số 156/2020/NĐ-CP", "Nghị định", "156/2020/NĐ-CP"),
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0158", P("86%", None), P("85,3%", None))
X("d0159", D("Luật BHXH (sửa đổi) năm 2014", "Luật", None, iss=None))
X("d0160", D("Quyết định 493/QĐ-TTg", "Quyết định", "493/QĐ-TTg", date="2022-04-19"),
  D("Đề án Phát triển thị trường các nước Mỹ Latinh đến năm 2030", "Đề án", None, iss="Bộ Công Thương", opt=True),
  CN(opt=True), S("thương mại", "G", codes=["G"], at="công nghiệp và thương mại", opt=True))
X("d0161", O("đồng chí Tập Cận Bình", "Tập Cận Bình",
             hon="đồng chí", title="Chủ tịch", org="Trung Quốc"))
X("d0162", P("90%", None))
X("d0163", O("ông Lê Bá Tân, CEO Viettel IDC", "Lê Bá Tân", hon="ông", title="CEO", org="Viettel IDC"))
X("d0164", DL(opt=True),
  D("Quyết định số 1947/ QĐ–UBND", "Quyết định", "1947/QĐ-UBND", iss="Ủy ban nhân dân", date="2015-07-16"))
X("d0165", O("thượng nghị sỹ Dave McCormick", "Dave McCormick", title="thượng nghị sỹ"))
X("d0166", D("Nghị định 67", "Nghị định", "67"))
X("d0167")
X("d0168", P("1%", None),
  O("ông Robart cũng được bầu làm thành viên Hội đồng Luật gia Mỹ", "Robart", hon="ông", title="thành viên",
    org="Hội đồng Luật gia Mỹ", opt=True))
X("d0169", O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
  O("Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI"))
X("d0170", O("Bí thư Tỉnh ủy Vân Nam Vương Ninh", "Vương Ninh", title="Bí thư", org="Tỉnh ủy Vân Nam"))
X("d0171", P("6%", None, q="khoảng", per="giai đoạn từ 01/8/2023 đến 31/7/2024", ps="2023-08-01", pe="2024-07-31"),
  P("13,89%", None, per="giai đoạn từ 01/8/2023 đến 31/7/2024", ps="2023-08-01", pe="2024-07-31"))
X("d0172", S("công nghiệp và xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("6,28%", "+"), P("41,68%", None))
X("d0173")
X("d0174", S("công thương nghiệp - dịch vụ", None, opt=True),
  P("108,3%", None), P("113,5%", None), P("110,6%", None))
X("d0175")
X("d0176", P("84%", None), P("90,35%", None))
X("d0177")
X("d0178", P("97,43%", None))
X("d0179")
X("d0180", P("3,7%", None))
X("d0181", O("Phó Chủ tịch Hội đồng thẩm định Nguyễn Hồng Hải, Vụ trưởng Vụ Pháp luật dân sự - Kinh tế",
             "Nguyễn Hồng Hải", title="Phó Chủ tịch", org="Hội đồng thẩm định"),
  D("Luật các Tổ chức tín dụng", "Luật", None, iss=None))
X("d0182")
X("d0183")
X("d0184", CN(opt=True),
  S("Sản xuất đồ uống", "C11", codes=["C11"]),
  S("may mặc", "C14", codes=["C14"]),
  S("cưa, xẻ, bào gỗ và bảo quản gỗ", "C16", codes=["C16"]))
X("d0185", P("2,4%", "+", per="từ đầu năm"), P("7,2%", "+", per="từ đầu năm"))
X("d0186", O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("d0187", P("3,21%", "+"), S("giao thông vận tải", "H", codes=["H"], opt=True))
X("d0188", D("Luật Nhà giáo", "Luật", None, iss=None, opt=True))
X("d0189", D("Luật Khoa học công nghệ và đổi mới sáng tạo", "Luật", None, iss=None))
X("d0190", S("chăn nuôi", "A01", codes=["A01"]),
  O("Chị Hoàng Minh Thơm (Nghĩa Hưng, Nam Định), chủ một cơ sở chăn nuôi lợn", "Hoàng Minh Thơm", hon="chị",
    title="chủ", opt=True))
X("d0191", O("đại biểu Nguyễn Thị Thu Nguyệt, đoàn Đắk Lắk", "Nguyễn Thị Thu Nguyệt", title="đại biểu",
             org="đoàn Đắk Lắk"),
  D("Bộ Luật Hình sự (sửa đổi)", "Bộ luật", None, iss=None, opt=True))
X("d0192", D("Nghị quyết số 188/2025/QH15", "Nghị quyết", "188/2025/QH15"))
X("d0193")
X("d0194", D("Quyết định số 2629/QĐ-BGTVT", "Quyết định", "2629/QĐ-BGTVT", date="2012-10-25"),
  D("Quyết định số 141/QĐ-BGTVT", "Quyết định", "141/QĐ-BGTVT", date="2021-01-14"))
X("d0195", P("97,9%", None, per="từ 1-1 đến hết 31-1-2017", ps="2017-01-01", pe="2017-01-31"))
X("d0196")
X("d0197")
X("d0198", D("Quyết định số 598/QĐ-TTg", "Quyết định", "598/QĐ-TTg"),
  D("Đề án 06", "Đề án", "06", iss=None, opt=True),
  O("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng"),
  O("Phó Thủ tướng Thường trực Nguyễn Hòa Bình", "Nguyễn Hòa Bình", title="Phó Thủ tướng Thường trực"))
X("d0199", O("Phó Chủ tịch UBND TP.HCM Trần Vĩnh Tuyến", "Trần Vĩnh Tuyến", title="Phó Chủ tịch", org="UBND TP.HCM"))
X("d0200", P("22,33%", None, q="hơn", per="tính đến 30/9/2024", ps=None, pe="2024-09-30"),
  P("15,62%", "+", per="tính đến 30/9/2024", ps=None, pe="2024-09-30", cmp="so với cuối năm 2023"))
