# dev3 annotator 1: g0001-g0100, ga01-ga04
DCCN = ["B", "C", "D", "E"]
SVC = list("GHIJKLMNOPQRSTU")
DL = ["I55", "N79"]
TS = ["A03", "C10"]
DM = ["C13", "C14"]

X("g0001",
  S("hàng tiêu dùng nhanh", "C", codes=["C10", "C11", "C20"], opt=True),
  P("4,9%", "+", per="năm 2015"),
  P("3,8%", "+", per="năm 2015"))
X("g0002")
X("g0003",
  S("điện tử dân dụng", "C", codes=["C26", "C27"], opt=True))
X("g0004",
  S("tài chính", "K", codes=["K64", "K65", "K66"], opt=True),
  S("ngân hàng", "K64", codes=["K64"]),
  S("chứng khoán", "K66", codes=["K66"]),
  S("bảo hiểm", "K65", codes=["K65"]))
X("g0005",
  S("du lịch", None, codes=DL, opt=True))
X("g0006",
  D("Luật Đất đai năm 2024", "Luật", None))
X("g0007",
  P("50%", "-", per="năm 2020"),
  P("80%", None, q="gần", per="hiện nay"))
X("g0008")
X("g0009")
X("g0010",
  D("Nghị định 148/2020", "Nghị định", "148/2020", iss="Chính phủ", date="2020-12-18"),
  D("Luật Đất đai 2013", "Luật", None))
X("g0011")
X("g0012",
  D("Nghị định", "Nghị định", None, opt=True),
  S("vận tải", "H", codes=["H49", "H50", "H51"]))
X("g0013")
X("g0014",
  D("Quyết định", "Quyết định", None, opt=True))
X("g0015",
  O("Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh", "Vũ Hồng Thanh", title="Chủ nhiệm", org="Ủy ban Kinh tế"))
X("g0016",
  D("Nghị quyết về xử lý nợ xấu", "Nghị quyết", None, opt=True),
  D("Luật các tổ chức tín dụng", "Luật", None))
X("g0017",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("g0018")
X("g0019",
  P("30%", None, q="khoảng"),
  P("70%", None, q="khoảng"))
X("g0020",
  S("nông, lâm nghiệp và thủy sản", "A", codes=["A"], opt=True),
  P("3%", "+", sec="A"),
  S("công nghiệp", None, codes=DCCN, opt=True),
  P("9%", "+"),
  S("dịch vụ", None, codes=SVC, opt=True),
  P("8,5%", "+"))
X("g0021")
X("g0022",
  D("Luật Đất đại", "Luật", None))
X("g0023")
X("g0024",
  O("bà Lang Thị Duyến, Chánh Tòa Hành chính TAND tỉnh Nghệ An", "Lang Thị Duyến", hon="bà",
    title="Chánh Tòa", org="Tòa Hành chính TAND tỉnh Nghệ An"))
X("g0025",
  P("50%", "-", per="từ 15/11 – 24/11/2021", ps="2021-11-15", pe="2021-11-24"),
  P("80%", "-", q="gần", per="từ 15/11 – 24/11/2021", ps="2021-11-15", pe="2021-11-24"))
X("g0026",
  D("kế hoạch thanh tra năm 2017", "Kế hoạch", None, iss="Thanh tra Chính phủ", opt=True))
X("g0027",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1, opt=True))
X("g0028",
  S("bán lẻ", "G47", codes=["G47"]))
X("g0029",
  S("công nghiệp", None, codes=DCCN),
  P("7,3%", "+", per="năm 2024"),
  P("7,5%", "+", per="năm 2025"))
X("g0030",
  S("du lịch", None, codes=DL, opt=True))
X("g0031",
  O("ông Nguyễn Trung Hải, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", "Nguyễn Trung Hải",
    hon="ông", title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum"),
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp", opt=True))
X("g0032")
X("g0033",
  P("10%", None))
X("g0034",
  D("Nghị định", "Nghị định", None, opt=True))
X("g0035",
  S("khu vực công", "O84", codes=["O84"], opt=True),
  P("30%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None))
X("g0036")
X("g0037",
  P("21%", None))
X("g0038",
  S("du lịch", None, codes=DL))
X("g0039",
  P("100%", None))
X("g0040")
X("g0041")
X("g0042",
  O("ông Phạm Nguyên Hùng, Phó Cục trưởng Cục Điện lực và Năng lượng tái tạo", "Phạm Nguyên Hùng", hon="ông",
    title="Phó Cục trưởng", org="Cục Điện lực và Năng lượng tái tạo"),
  S("năng lượng mới", "D35", codes=["D35"], opt=True),
  S("năng lượng tái tạo", "D35", codes=["D35"], at="năng lượng tái tạo với"))
X("g0043")
X("g0044",
  D("nghị quyết", "Nghị quyết", None, opt=True))
X("g0045",
  O("Bộ trưởng Giáo dục và Đào tạo Phùng Xuân Nhạ, Trưởng ban Chỉ đạo Đổi mới chương trình, sách giáo khoa giáo dục phổ thông",
    "Phùng Xuân Nhạ", title="Bộ trưởng", org="Bộ Giáo dục và Đào tạo"),
  S("giáo dục", "P85", codes=["P85"], at="ngành giáo dục", opt=True),
  D("Nghị quyết của Quốc hội", "Nghị quyết", None, iss="Quốc hội", opt=True))
X("g0046")
X("g0047",
  S("công nghiêp ôtô", "C29", codes=["C29"]),
  P("40%", None, sec="C29", per="giai đoạn 2020-2021"))
X("g0048",
  O("Quyền Giám đốc FBI Andrew McCabe", "Andrew McCabe", title="Quyền Giám đốc", org="FBI"))
X("g0049",
  O("Đại úy Mẫn", "Mẫn", title="Đại úy"))
X("g0050",
  O("Thứ trưởng Lê Anh Tuấn", "Lê Anh Tuấn", title="Thứ trưởng"))
X("g0051",
  D("Nghị quyết của Quốc hội về việc xây dựng Trung tâm tài chính khu vực và quốc tế tại Việt Nam", "Nghị quyết",
    None, iss="Quốc hội", opt=True),
  S("tài chính", "K", codes=["K64", "K65", "K66"], at="Trung tâm tài chính", opt=True))
X("g0052",
  D("Nghị quyết HĐQT", "Nghị quyết", None, iss=None, opt=True))
X("g0053",
  O("Phó Thống đốc NHNN Đào Minh Tú", "Đào Minh Tú", title="Phó Thống đốc", org="NHNN"),
  S("ngân hàng", "K64", codes=["K64"]),
  S("nông nghiệp", "A", codes=["A"]))
X("g0054",
  D("Công văn số 632", "Công văn", "632"),
  S("sắn", None, codes=["A01", "C10"], at="ngành sắn"),
  D("công văn của Hiệp hội Sắn Việt Nam", "Công văn", None, iss="Hiệp hội Sắn Việt Nam", opt=True))
X("g0055",
  S("thủy điện", "D35", codes=["D35"]),
  S("thủy điện", "D35", codes=["D35"], at="thủy điện Pa Vây", opt=True),
  S("thủy điện", "D35", codes=["D35"], at="thủy điện Mường Tùng", opt=True))
X("g0056",
  D("Quyết định quy định về rà soát, công bố công khai, lập danh mục các thửa đất nhỏ hẹp, nằm xen kẹt do nhà nước quản lý và việc giao, cho thuê đất đối với các thửa đất này tại TP.HCM",
    "Quyết định", None, iss=None, opt=True))
X("g0057")
X("g0058",
  D("Quyết định số 386/QĐ-BGTVT", "Quyết định", "386/QĐ-BGTVT", date="2022-03-28"),
  D("Thông tư số 38/2020", "Thông tư", "38/2020"))
X("g0059",
  D("quyết định người đại diện vốn chủ sở hữu nhà nước tại NAPAS", "Quyết định", None, opt=True),
  O("Phó Thống đốc NHNN Nguyễn Kim Anh", "Nguyễn Kim Anh", title="Phó Thống đốc", org="NHNN"),
  O("bà Nguyễn Tú Anh trên cương vị thành viên HĐQT - Tổng Giám đốc điều hành NAPAS", "Nguyễn Tú Anh", hon="bà",
    title="thành viên HĐQT - Tổng Giám đốc điều hành", org="NAPAS"))
X("g0060")
X("g0061",
  D("Nghị quyết 27-NQ", "Nghị quyết", "27-NQ"),
  P("70%", None, q="khoảng"),
  P("30%", None, q="khoảng"))
X("g0062")
X("g0063",
  S("khoa học công nghệ", "M72", codes=["M72"], opt=True),
  S("dịch vụ", None, codes=SVC),
  S("du lịch", None, codes=DL),
  S("công nghiệp ứng dụng công nghệ cao", "C", codes=["C"]))
X("g0064")
X("g0065",
  O("Chủ tịch Bernard Arnault", "Bernard Arnault", title="Chủ tịch"),
  O("Delphine Arnault – hiện là Giám đốc điều hành của Christian Dior", "Delphine Arnault",
    title="Giám đốc điều hành", org="Christian Dior"),
  O("Alexandre Arnault, Giám đốc điều hành của Tiffany & Co.", "Alexandre Arnault",
    title="Giám đốc điều hành", org="Tiffany & Co."))
X("g0066",
  P("50%", None))
X("g0067")
X("g0068",
  D("Công văn số 5527/BGDĐT-KHTC", "Công văn", "5527/BGDĐT-KHTC"))
X("g0069")
X("g0070")
X("g0071")
X("g0072",
  P("1,6%", "-"))
X("g0073")
X("g0074",
  O("Trần Trung Chí Hiếu, nguyên Chủ tịch HĐQT PVTex", "Trần Trung Chí Hiếu", title="Chủ tịch HĐQT",
    org="PVTex", former=True),
  O("Vũ Đình Duy, nguyên Tổng giám đốc PVTex", "Vũ Đình Duy", title="Tổng giám đốc", org="PVTex", former=True),
  O("Vũ Phương Nam, Kế toán trưởng PVTex", "Vũ Phương Nam", title="Kế toán trưởng", org="PVTex"),
  O("Đào Ngọ Hoàng, nguyên Trưởng phòng thương mại hợp đồng PVTex", "Đào Ngọ Hoàng", title="Trưởng phòng",
    org="phòng thương mại hợp đồng PVTex", former=True),
  O("Đỗ Văn Hồng, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty PVC.KBC", "Đỗ Văn Hồng",
    title="Chủ tịch HĐQT kiêm Tổng Giám đốc", org="Công ty PVC.KBC"))
X("g0075",
  P("11,88%", None),
  P("16,43%", None))
X("g0076",
  S("công nghiệp điện tử tiêu dùng", "C26", codes=["C26"]),
  S("ô tô", "C29", codes=["C29"]),
  S("công nghiệp thiết bị gia dụng", "C27", codes=["C27"]),
  S("dệt may", "C", codes=DM))
X("g0077",
  S("ngành y", "Q86", codes=["Q86"], opt=True))
X("g0078",
  D("Luật Quy hoạch", "Luật", None, opt=True))
X("g0079")
X("g0080",
  O("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công An, Trưởng ban chỉ đạo Tây Nguyên", "Tô Lâm",
    pre="Thượng tướng", title="Bộ trưởng", org="Bộ Công An"))
X("g0081")
X("g0082",
  S("kinh doanh bất động sản", "L68", codes=["L68"]))
X("g0083")
X("g0084",
  P("80%", None))
X("g0085",
  P("50%", None),
  P("70%", None))
X("g0086",
  P("22,4%", "+"))
X("g0087",
  P("1,4%", None),
  P("1,2%", None),
  P("2,6%", None))
X("g0088")
X("g0089",
  S("giáo dục", "P85", codes=["P85"], at="giáo dục, giáo dục nghề nghiệp", opt=True),
  S("giáo dục nghề nghiệp", "P85", codes=["P85"], opt=True))
X("g0090",
  S("xây dựng", "F", codes=["F"]),
  P("50%", None, sec="F", per="năm 2021"),
  P("48%", None, sec="F", per="năm 2021"))
X("g0091",
  P("60 - 96%", None),
  P("60 - 95%", None))
X("g0092")
X("g0093",
  S("công nghiệp", None, codes=DCCN, at="các ngành công nghiệp", opt=True),
  S("thép", "C24", codes=["C24"]),
  S("xi măng", "C23", codes=["C23"]),
  S("thép", "C24", codes=["C24"], occ=1))
X("g0094")
X("g0095",
  D("Luật Thuế thu nhập doanh nghiệp", "Luật", None),
  O("bà Hương Nguyễn, Phó Tổng Giám đốc, Tư vấn Thuế\xa0EY Consulting Việt Nam", "Hương Nguyễn", hon="bà",
    title="Phó Tổng Giám đốc", org="Tư vấn Thuế\xa0EY Consulting Việt Nam"),
  S("kinh doanh bất động sản", "L68", codes=["L68"]))
X("g0096",
  D("Nghị quyết Đại hội XIII của Đảng", "Nghị quyết", None, iss="Đảng", opt=True),
  D("Chỉ thị số 14/CT-TW", "Chỉ thị", "14/CT-TW", iss="Ban Bí thư Trung ương Đảng"),
  D("Pháp lệnh ưu đãi người có công với cách mạng", "Pháp lệnh", None, iss=None))
X("g0097",
  D("Nghị quyết số 725/NQ-UBTVQH15", "Nghị quyết", "725/NQ-UBTVQH15", iss="Uỷ ban Thường vụ Quốc hội",
    date="2023-02-13"))
X("g0098")
X("g0099",
  P("260-345%", "+"))
X("g0100")

# ---------------------------------------------------------------- articles
ART("ga01",
  # [8] changes of the average world prices between the two pricing periods
  P("0,10%", "-", per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14"),
  P("0,06%", "-", per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14"),
  P("0,62%", "+", per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14"),
  P("0,50%", "+", per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14"),
  P("2,54%", "+", per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14"),
  S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True))
ART("ga02",
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ",
    mentions=["Nguyễn Xuân Phúc"]),
  O("Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Trần Tuấn Anh", title="Bộ trưởng", org="Bộ Công Thương",
    mentions=["Trần Tuấn Anh"]),
  O("Trưởng Đại diện thương mại Hoa Kỳ Robert Lighthizer", "Robert Lighthizer", title="Trưởng Đại diện",
    org="Đại diện thương mại Hoa Kỳ", mentions=["Robert Lighthizer"]),
  S("quảng cáo", "M73", codes=["M73"], opt=True),
  S("dịch vụ thanh toán điện tử", "K66", codes=["K66"], opt=True),
  S("nông nghiệp", "A01", codes=["A01"], at="sản phẩm nông nghiệp", opt=True))
ART("ga03",
  # [1]
  P("31,7%", None, per="Tính đến ngày 26/10/2024", ps=None, pe="2024-10-26"),
  S("Ngân hàng", "K64", codes=["K64"]),
  S("chứng khoán", "K66", codes=["K66"], at="công ty chứng khoán"),
  # [2]
  P("17,8%", "+", per="quý 3/2024", cmp="so với cùng kỳ"),
  P("27,4%", "+", per="quý 2", ps="2024-04-01", pe="2024-06-30", cmp="so với cùng kỳ"),
  P("7,8%", "-", per="quý 3/2024", cmp="so với quý 2/2024"),
  S("Tài chính", "K", codes=["K64", "K65", "K66"]),
  S("Ngân hàng", "K64", codes=["K64"], at="gồm Ngân hàng"),
  S("Chứng khoán", "K66", codes=["K66"]),
  S("Bảo hiểm", "K65", codes=["K65"]),
  # [3]
  S("Ngân hàng", "K64", codes=["K64"], at="Ngân hàng gặp"),
  S("ngân hàng", "K64", codes=["K64"], at="10/27 ngân hàng", opt=True),
  P("14,6%", "+", sec="K64", per="quý 3", cmp="so với cùng kỳ"),
  P("12,1%", "-", sec="K64", per="quý 3", cmp="so với quý trước đó"),
  # [4]
  S("Bảo hiểm", "K65", codes=["K65"], at="Bảo hiểm bị"),
  S("bảo hiểm", "K65", codes=["K65"], at="công ty bảo hiểm"),
  P("69,3%", "-", sec="K65", per="quý 3/2024", cmp="so với cùng kỳ"),
  P("70,1%", "-", sec="K65", per="quý 3/2024", cmp="so với quý liền kề trước đó"),
  S("bảo hiểm phi nhân thọ", "K65", codes=["K65"]),
  P("46,1%", "-", sec="K65", per="quý 3/2024", cmp="so với cùng kỳ", at="PVI"),
  P("43,2%", "-", sec="K65", per="quý 3/2024", cmp="so với quý liền kề trước đó"),
  # [5]
  S("Thủy sản", None, codes=TS),
  S("Dệt may", "C", codes=DM),
  P("78,8%", "+", per="quý 3 này", cmp="so với cùng kỳ"),
  P("155,1%", "+", sec="C", per="quý 3 này", cmp="so với cùng kỳ"),
  # [6]
  S("Thực phẩm", "C10", codes=["C10"]),
  S("Chăn nuôi", "A01", codes=["A01"]),
  S("Vật liệu xây dựng", "C23", codes=["C23"]),
  S("Thép", "C24", codes=["C24"]),
  S("Cao su", None, codes=["A01", "C22"]),
  S("Vận chuyển hành khách", "H", codes=["H49", "H50", "H51"]),
  # [7]
  S("Bất động sản", "L68", codes=["L68"]),
  S("Hàng cá nhân", "C", codes=["C14", "C15", "C20", "C32"], opt=True),
  S("Hóa chất", "C20", codes=["C20"]),
  S("Than", "B05", codes=["B05"]),
  S("Bất động sản", "L68", codes=["L68"], occ=1))
ART("ga04",
  D("luật Thuế bảo vệ môi trường", "Luật", None, iss=None, mentions=["luật Thuế bảo vệ môi trường"]),
  P("4,1%", None, per="Hiện"))
