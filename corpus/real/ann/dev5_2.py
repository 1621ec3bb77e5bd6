# dev5 annotator 2: i0091-i0180, ia06-ia10
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]
SVC = list("GHIJKLMNOPQRSTU")

X("i0091")
X("i0092")
X("i0093",
  O("Thủ tướng Chính phủ Phạm Minh Chính", "Phạm Minh Chính", title="Thủ tướng", org="Chính phủ"),
  D("Công điện số 898/CĐ-TTg", "Công điện", "898/CĐ-TTg", date="2023-09-28"))
X("i0094",
  P("5,44%", None),
  P("0,11%", "-", cmp="so với lãi suất trúng thầu phiên trước đó"))
X("i0095")
X("i0096",
  P("0,74%", "-"))
X("i0097",
  P("100%", None))
X("i0098")
X("i0099",
  S("dệt may", "C", codes=DM, opt=True),
  D("Hiệp định thương mại tự do (FTA)", "Hiệp định", None, iss=None, opt=True))
X("i0100",
  P("0,11%", "-", cmp="so với chốt phiên trước"))
X("i0101",
  O("cựu Chủ tịch Real Madrid, ông Ramon Calderon", "Ramon Calderon", hon="ông", title="Chủ tịch",
    org="Real Madrid", former=True))
X("i0102",
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"),
  O("đồng chí Nguyễn Văn Thiện, nguyên Ủy viên Trung ương Đảng, nguyên Bí Thư Tỉnh ủy Bình Định", "Nguyễn Văn Thiện",
    hon="đồng chí", title="Bí Thư", org="Tỉnh ủy Bình Định", former=True))
X("i0103",
  P("6,05%", "-", cmp="so với tham chiếu"),
  P("1,64%", "-", per="chiều nay", cmp="so với thời điểm chốt phiên sáng"))
X("i0104",
  P("95%", None, q="khoảng", per="Hiện tại"),
  P("16%", "+", q="khoảng", per="Hiện tại", cmp="so với cuối năm 2023"),
  P("62%", "+", per="Hiện tại", cmp="so với yêu cầu tối thiểu của Bộ Thông tin và Truyền thông"))
X("i0105",
  O("Nguyễn Đình Cung, nguyên Viện trưởng Viện Quản lý kinh tế Trung ương", "Nguyễn Đình Cung", title="Viện trưởng",
    org="Viện Quản lý kinh tế Trung ương", former=True),
  S("sản xuất công nghiệp", None, codes=DCCN))
X("i0106",
  S("dịch vụ du lịch", None, codes=DL),
  P("138,4%", "+", per="Năm 2023"),
  P("19,6%", "+", per="Năm 2023"),
  S("dịch vụ du lịch", None, codes=DL, occ=1))
X("i0107")
X("i0108")
X("i0109")
X("i0110")
X("i0111",
  O("Đại tá Nguyễn Hữu Cầu, Giám đốc Công an Nghệ An", "Nguyễn Hữu Cầu", pre="Đại tá", title="Giám đốc",
    org="Công an Nghệ An"))
X("i0112",
  O("ông Võ Nguyên Phong, Phó Giám đốc Sở Xây dựng Hà Nội", "Võ Nguyên Phong", hon="ông", title="Phó Giám đốc",
    org="Sở Xây dựng Hà Nội"),
  S("đầu tư xây dựng", "F", codes=["F"], opt=True))
X("i0113",
  S("điện", "D35", codes=["D35"], at="ngành điện"),
  S("năng lượng", "D35", codes=["D35"], opt=True))
X("i0114")
X("i0115",
  S("truyền thông", "J", codes=["J58", "J59", "J60", "J63"]),
  S("marketing", "M73", codes=["M73"]),
  S("quản trị doanh nghiệp", "M70", codes=["M70"], opt=True),
  S("y tế", "Q86", codes=["Q86"]),
  S("giáo dục", "P85", codes=["P85"]),
  S("phân tích dữ liệu lớn", "J63", codes=["J63"], opt=True))
X("i0116")
X("i0117")
X("i0118",
  O("ông Jan Rogers Kniffen, Giám đốc điều hành Công ty tư vấn bán lẻ J Rogers Kniffen WWE", "Jan Rogers Kniffen",
    hon="ông", title="Giám đốc điều hành", org="J Rogers Kniffen WWE"),
  S("tư vấn bán lẻ", "M70", codes=["M70"], opt=True))
X("i0119")
X("i0120",
  S("GD&ĐT", "P85", codes=["P85"], at="ngành GD&ĐT", opt=True),
  D("Nghị quyết 29", "Nghị quyết", "29", iss=None),
  S("GD - ĐT", "P85", codes=["P85"], opt=True),
  S("GD&ĐT", "P85", codes=["P85"], at="thời gian tới ngành", opt=True))
X("i0121")
X("i0122",
  D("Luật Đất đai 2024", "Luật", None))
X("i0123")
X("i0124",
  S("khai thác cát", "B08", codes=["B08"], opt=True))
X("i0125",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org=None),
  O("Thống đốc thành phố Saint Peterburg Georgy Poltavchenko", "Georgy Poltavchenko", title="Thống đốc",
    org="thành phố Saint Peterburg"))
X("i0126",
  O("Tổng Bí thư Nguyễn Phú Trọng", "Nguyễn Phú Trọng", title="Tổng Bí thư"),
  O("đồng chí Jose Ramon Balaguer Cabrera, Bí thư Trung ương Đảng Cuba", "Jose Ramon Balaguer Cabrera",
    hon="đồng chí", title="Bí thư", org="Trung ương Đảng Cuba"))
X("i0127")
X("i0128",
  O("Chủ tịch Volodin", "Volodin", title="Chủ tịch"))
X("i0129",
  D("Bộ luật tố tụng hình sự", "Bộ luật", None, iss=None),
  D("Luật Tương trợ tư pháp", "Luật", None, iss=None))
X("i0130",
  P("60%", "+"))
X("i0131",
  S("bán lẻ", "G47", codes=["G47"], at="các công ty bán lẻ"),
  S("dệt may", "C", codes=DM, opt=True),
  S("điện tử", "C26", codes=["C26"], opt=True),
  S("vận chuyển hàng hoá", "H", codes=["H49", "H50", "H51"], opt=True))
X("i0132")
X("i0133")
X("i0134")
X("i0135",
  O("Chủ tịch Quốc hội Vương Đình Huệ", "Vương Đình Huệ", title="Chủ tịch", org="Quốc hội"),
  D("Hiến pháp", "Hiến pháp", None, iss=None),
  D("Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, iss=None))
X("i0136",
  P("5,5%", None),
  P("3%", None, q="dưới"))
X("i0137",
  O("Nguyễn Đức Minh, Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam", "Nguyễn Đức Minh", title="Phó Chủ tịch",
    org="Viện Hàn lâm Khoa học xã hội Việt Nam"))
X("i0138",
  P("5,77%", "+"),
  P("1,4%", "+"),
  P("2%", "+"))
X("i0139",
  O("ông Trần Văn Toán (trưởng thôn Phương La 2)", "Trần Văn Toán", hon="ông", title="trưởng thôn",
    org="thôn Phương La 2"))
X("i0140",
  S("nông nghiệp xanh", "A", codes=["A"]))
X("i0141",
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("i0142")
X("i0143",
  O("ông Nguyễn Văn Khôi, Chủ tịch Hiệp hội Bất động sản Việt Nam", "Nguyễn Văn Khôi", hon="ông", title="Chủ tịch",
    org="Hiệp hội Bất động sản Việt Nam"),
  S("bất động sản", "L68", codes=["L68"], at="giao dịch bất động sản", opt=True))
X("i0144",
  S("sản xuất", "C", codes=["C"], at="các lĩnh vực sản xuất"),
  S("logistics", "H52", codes=["H52"]),
  S("dịch vụ", None, codes=SVC, at="logistics, dịch vụ"),
  S("y tế", "Q86", codes=["Q86"]))
X("i0145")
X("i0146")
X("i0147")
X("i0148")
X("i0149",
  O("bà Amélie de Montchalin, Đại sứ và Đại diện Thường trực của Pháp tại Tổ chức Hợp tác và Phát triển kinh tế",
    "Amélie de Montchalin", hon="bà", title="Đại sứ và Đại diện Thường trực",
    org="Tổ chức Hợp tác và Phát triển kinh tế"),
  S("Tài chính", "K", codes=["K64", "K65", "K66"], at="Khí hậu, Tài chính", opt=True))
X("i0150",
  O("ông Nguyễn Thanh Bình – Phó Chủ tịch UBND tỉnh An Giang", "Nguyễn Thanh Bình", hon="ông", title="Phó Chủ tịch",
    org="UBND tỉnh An Giang"),
  S("du lịch", None, codes=DL, at="Tháng du lịch", opt=True))
X("i0151")
X("i0152",
  S("xây dựng", "F", codes=["F"], at="ngành xây dựng"),
  S("du lịch", None, codes=DL, at="khách du lịch", opt=True))
X("i0153",
  P("16%", "+"),
  P("23%", "-"))
X("i0154",
  O("Phó Thủ tướng Vương Đình Huệ", "Vương Đình Huệ", title="Phó Thủ tướng"),
  D("công văn", "Công văn", None, iss="Phó Thủ tướng Vương Đình Huệ", opt=True))
X("i0155",
  S("thuỷ sản", "A03", codes=["A03"], at="doanh nghiệp thuỷ sản"))
X("i0156",
  O("Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm", "Phan Tâm", title="Thứ trưởng",
    org="Bộ Thông tin và Truyền thông"),
  S("thông tin và truyền thông", "J", codes=["J58", "J59", "J60", "J61", "J62", "J63"], at="ngành thông tin",
    opt=True))
X("i0157",
  O("Bà Nguyễn Thị Bình (nguyên Phó Chủ tịch nước)", "Nguyễn Thị Bình", hon="bà", title="Phó Chủ tịch nước",
    former=True))
X("i0158",
  O("Tiến sĩ Kenneth Mitchell, Giám đốc St Francis Bariatric Surgery Division", "Kenneth Mitchell", pre="Tiến sĩ",
    title="Giám đốc", org="St Francis Bariatric Surgery Division"))
X("i0159",
  P("30%", None),
  P("66.7%", None))
X("i0160")
X("i0161",
  P("70%", None), P("60%", None), P("78%", None), P("62%", None), P("56%", None),
  P("39%", None), P("38%", None), P("57%", None), P("74%", None), P("33%", None))
X("i0162",
  P("15%", "+", per="quý 3/2024", cmp="so với cùng kỳ trước"))
X("i0163",
  P("50%", "+", q="hơn", cmp="so với cùng kỳ năm ngoái"))
X("i0164",
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  P("32%", None, per="6 tháng đầu năm 2022"))
X("i0165",
  P("66.7%", None))
X("i0166",
  O("ông Nguyễn Thanh Hùng - Phó Chủ tịch HĐQT BCG", "Nguyễn Thanh Hùng", hon="ông", title="Phó Chủ tịch HĐQT",
    org="BCG"),
  S("chứng khoán", "K66", codes=["K66"], at="Công ty chứng khoán", opt=True))
X("i0167",
  O("ông Nguyễn Văn Công - Giám đốc Sở NNPTNT tỉnh Đồng Tháp", "Nguyễn Văn Công", hon="ông", title="Giám đốc",
    org="Sở NNPTNT tỉnh Đồng Tháp"))
X("i0168",
  S("đóng tàu", "C30", codes=["C30"], opt=True),
  S("đóng tàu", "C30", codes=["C30"], at="doanh nghiệp đóng tàu"))
X("i0169",
  D("quyết định", "Quyết định", None, iss=None, opt=True))
X("i0170",
  P("100%", None))
X("i0171",
  P("50%", None, q="gần"))
X("i0172",
  S("năng lượng", "D35", codes=["D35"], at="chuyển đổi năng lượng", opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"]))
X("i0173",
  P("89%", None))
X("i0174",
  S("Giao thông vận tải", "H", codes=["H49", "H50", "H51", "H52"], opt=True),
  S("vận tải đường sắt", "H49", codes=["H49"]),
  S("hàng hải", "H50", codes=["H50"]),
  S("đường thủy nội địa", "H50", codes=["H50"]),
  S("hàng không", "H51", codes=["H51"]),
  S("đường bộ", "H49", codes=["H49"], opt=True))
X("i0175")
X("i0176",
  D("Quyết định 853/QĐ-SYT", "Quyết định", "853/QĐ-SYT", iss="Sở Y tế"))
X("i0177",
  P("51%", None, per="ngày Valentine"))
X("i0178")
X("i0179")
X("i0180",
  S("nghề cá", "A03", codes=["A03"]),
  S("thủy sản", None, codes=["A03", "C10"], at="xuất khẩu thủy sản"),
  S("thủy sản", "A03", codes=["A03"], at="ngành thủy sản"))

ART("ia06",
  P("48,1%", "+", per="3 tháng đầu năm 2017", cmp="so với cùng kỳ năm 2016"),
  S("ôtô", "C29", codes=["C29"], at="các nhà sản xuất ôtô", opt=True),
  S("công nghiệp ôtô", "C29", codes=["C29"]),
  S("ôtô", "C29", codes=["C29"], at="nhà sản xuất ôtô thứ", opt=True),
  P("13,6%", "+", per="4 tháng đầu năm 2017", cmp="so với cùng kỳ năm 2016"),
  P("14,6%", "+", per="4 tháng đầu năm 2017", cmp="so với cùng kỳ năm 2016"))
ART("ia07",
  # [1]
  O("ông Richard Cottle, chủ một oanh nghiệp trộn bê tông trên đảo Norfolk", "Richard Cottle", hon="ông",
    title="chủ", org=None, mentions=["ông Cottle"], opt=True),
  S("trộn bê tông", "C23", codes=["C23"], opt=True),
  O("Tổng thống Mỹ Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ", mentions=["ông Trump"]),
  P("29%", None),
  # [3]
  P("29%", None, occ=1),
  P("10%", None),
  # [5]
  P("10%", None, occ=1),
  P("20%", None),
  P("24%", None),
  P("25%", None),
  # [6]
  O("Thủ tướng Australia Anthony Albanese", "Anthony Albanese", title="Thủ tướng", org="Australia",
    mentions=["ông Anthony"]),
  P("10%", None, occ=2),
  # [10]
  S("sản xuất", "C", codes=["C"], at="ngành sản xuất"),
  S("công nghiệp", None, codes=DCCN, at="ngành công nghiệp lớn nhất", opt=True),
  S("du lịch", None, codes=DL, at="lớn nhất là du lịch"),
  # [11]
  S("diệt côn trùng", "N81", codes=["N81"], opt=True),
  # [12]
  P("29%", None, occ=2),
  O("ông Gye Duncan, chủ một công ty tư vấn thuế", "Gye Duncan", hon="ông", title="chủ", org=None, opt=True),
  S("tư vấn thuế", "M69", codes=["M69"], opt=True))
ART("ia08",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước", org=None,
    mentions=["Chủ tịch nước Trần Đại Quang"]),
  O("Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Vương Gia Thụy",
    "Vương Gia Thụy", title="Phó Chủ tịch", org="Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc",
    mentions=["Phó Chủ tịch Chính hiệp Trung Quốc Vương Gia Thụy", "đồng chí Vương Gia Thụy",
              "Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc Vương Gia Thụy"]))
ART("ia09",
  # [1]
  S("lâm sản", None, codes=["A02", "C16"]),
  S("thủy sản", None, codes=["A03", "C10"], at="lâm sản và thủy sản"),
  # [2]
  D("Văn bản 5631/NHNN-TD", "Công văn", "5631/NHNN-TD"),
  S("ngân hàng thương mại", "K64", codes=["K64"], at="hướng dẫn ngân hàng", opt=True),
  S("lâm sản", "A02", codes=["A02"], at="Chương trình tín dụng", opt=True),
  S("thủy sản", "A03", codes=["A03"], at="Chương trình tín dụng", opt=True),
  # [4]
  S("lâm sản", "A02", codes=["A02"], at="Đối tượng vay"),
  S("thủy sản", "A03", codes=["A03"], at="Đối tượng vay"),
  # [5]
  S("lâm sản", "A02", codes=["A02"], at="Chương trình cho vay lĩnh vực"),
  S("thuỷ sản", "A03", codes=["A03"], at="Chương trình cho vay lĩnh vực"),
  P("1%-2%", "-", q="tối thiểu", cmp="so với lãi vay bình quân cùng kỳ hạn của chính ngân hàng cho vay"),
  S("ngân hàng", "K64", codes=["K64"], at="của chính ngân hàng", opt=True),
  # [6]
  P("từ 1%-2%", "-", q="tối thiểu", at="Lãi suất cho vay bằng",
    cmp="so với mức lãi suất cho vay bình quân cùng kỳ hạn"),
  S("ngân hàng", "K64", codes=["K64"], at="của chính ngân hàng", at_occ=1, opt=True),
  # [7] [8] [9]
  S("ngân hàng thương mại", "K64", codes=["K64"], at="các ngân hàng thương mại theo", opt=True),
  S("ngân hàng", "K64", codes=["K64"], at="vốn tự huy động của các ngân hàng", opt=True),
  S("ngân hàng thương mại", "K64", codes=["K64"], at="12 ngân hàng", opt=True),
  # [10]
  S("lâm sản", "A02", codes=["A02"], at="chương trình cho vay đối với"),
  S("thủy sản", "A03", codes=["A03"], at="chương trình cho vay đối với"),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"))
ART("ia10",
  O("ông Lê Thanh Liêm, Phó chủ tịch thường trực UBND TP.HCM", "Lê Thanh Liêm", hon="ông",
    title="Phó chủ tịch thường trực", org="UBND TP.HCM", mentions=["Ông Liêm", "ông Liêm"]),
  P("6,5%", "-", per="6 tháng", ps="2017-01-01", pe="2017-06-30", cmp="so với cùng kỳ"),
  D("luật giao thông đường bộ", "Luật", None, iss=None, opt=True),
  P("4,15%", "+", per="6 tháng đầu năm", ps="2017-01-01", pe="2017-06-30", cmp="so với cùng kỳ"),
  P("15,15%", "-", per="6 tháng đầu năm", ps="2017-01-01", pe="2017-06-30", cmp="so với cùng kỳ"),
  P("0,4%", "+", per="6 tháng đầu năm", ps="2017-01-01", pe="2017-06-30", cmp="so với cùng kỳ"))
