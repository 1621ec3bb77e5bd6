# dev4 annotator 1: h0001-h0090, ha01-ha04
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DM = ["C13", "C14"]

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
  S("công nghệ", None, codes=["C26", "J61", "J62", "J63"], at="ngành công nghệ"))
X("h0006",
  D("Nghị định 167/2013/NĐ-CP", "Nghị định", "167/2013/NĐ-CP"))
X("h0007",
  P("0,25%", "-"),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng", opt=True))
X("h0008",
  P("10%", None))
X("h0009",
  S("xây dựng hạ tầng xã hội", "F", codes=["F41", "F42"], opt=True))
X("h0010",
  D("Luật Đất đai 2024", "Luật", None),
  S("sản xuất nông nghiệp", "A", codes=["A"]))
X("h0011",
  P("38%", None, per="từ ngày 14-18.5"),
  P("56 %", None, per="từ ngày 14-18.5"),
  O("cựu Giám đốc FBI Robert Mueller", "Robert Mueller", title="Giám đốc", org="FBI", former=True))
X("h0012",
  S("giáo dục đại học", "P85", codes=["P85"], opt=True))
X("h0013",
  S("sản xuất gạch", "C23", codes=["C23"], opt=True),
  S("công nghiệp", None, codes=DCCN, at="dự án công nghiệp", opt=True))
X("h0014",
  O("Nhà sáng lập, Chủ tịch Alibaba Jack Ma", "Jack Ma", title="Chủ tịch", org="Alibaba"))
X("h0015",
  S("giao thông công cộng", "H49", codes=["H49"], opt=True),
  S("bất động sản", "L68", codes=["L68"]))
X("h0016",
  D("Nghị định số 32/2024/NĐ-CP", "Nghị định", "32/2024/NĐ-CP", date="2024-03-15"),
  D("Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh", "Quy chế", None, iss=None, opt=True),
  D("Quyết định số 02/2025/QĐ-UBND", "Quyết định", "02/2025/QĐ-UBND"))
X("h0017")
X("h0018",
  P("33%", "+", per="năm 2050"),
  P("80%", None, q="trên", per="năm 2050"))
X("h0019",
  P("23%", None))
X("h0020",
  P("53%", None))
X("h0021",
  S("vận chuyển hàng hóa", "H51", codes=["H51"], opt=True))
X("h0022")
X("h0023")
X("h0024",
  S("thực phẩm", "C10", codes=["C10"], opt=True))
X("h0025",
  D("Quyết định 1664/QĐ-TTg", "Quyết định", "1664/QĐ-TTg"),
  S("nuôi biển", "A03", codes=["A03"], opt=True))
X("h0026",
  D("dự thảo Nghị quyết", "Nghị quyết", None, iss=None, opt=True),
  S("bất động sản", "L68", codes=["L68"]),
  S("bất động sản", "L68", codes=["L68"], at="giá bất động sản", opt=True))
X("h0027")
X("h0028")
X("h0029",
  D("Hiệp định liên Chính phủ về hợp tác giáo dục", "Hiệp định", None, iss=None))
X("h0030",
  S("chứng khoán", "K66", codes=["K66"], opt=True))
X("h0031",
  P("6,5%", "+", q="khoảng", per="năm 2016", cmp="so với 6,2% năm 2015"),
  P("6,2%", "+", per="năm 2015"),
  P("63,7%", None, q="khoảng", per="năm 2016"),
  P("13 điểm phần trăm", "+", q="gần", per="năm 2016", cmp="so với năm 2011"),
  P("65%", None))
X("h0032",
  P("6,49%", None))
X("h0033",
  S("sản xuất gang thép", "C24", codes=["C24"], opt=True),
  S("sản xuất gang thép", "C24", codes=["C24"], occ=1, opt=True),
  D("văn bản số 152/TTg-CN", "Công văn", "152/TTg-CN", date="2017-01-25"))
X("h0034")
X("h0035",
  O("ông Nguyễn Quang Nghĩa - Chủ tịch HĐQT", "Nguyễn Quang Nghĩa", hon="ông", title="Chủ tịch HĐQT"))
X("h0036",
  O("cựu Chủ tịch đảng Dân chủ đồng hành Moon Jae-in", "Moon Jae-in", title="Chủ tịch",
    org="đảng Dân chủ đồng hành", former=True))
X("h0037")
X("h0038",
  D("Luật Quản lý nợ cộng", "Luật", None, iss=None))
X("h0039",
  D("kế hoạch thực hiện nạo vét", "Kế hoạch", None, iss=None, opt=True))
X("h0040")
X("h0041",
  S("điều", None, codes=["A01", "C10"], at="ngành điều"))
X("h0042")
X("h0043")
X("h0044",
  D("Quyết định truy nã", "Quyết định", None, iss=None, opt=True))
X("h0045",
  O("ông Nguyễn Bách Tùng, Giám đốc Công ty Thiết kế và Tư vấn xây dựng công trình hàng không (ADCC)",
    "Nguyễn Bách Tùng", hon="ông", title="Giám đốc",
    org="Công ty Thiết kế và Tư vấn xây dựng công trình hàng không"))
X("h0046")
X("h0047",
  S("du lịch nghỉ dưỡng", None, codes=DL))
X("h0048",
  S("nuôi trồng thủy sản", "A03", codes=["A03"], opt=True))
X("h0049",
  D("Nghị định 89", "Nghị định", "89"))
X("h0050",
  O("ông Tăng Thế Cường, Cục trưởng Cục Biến đối khí hậu", "Tăng Thế Cường", hon="ông", title="Cục trưởng",
    org="Cục Biến đối khí hậu"))
X("h0051",
  S("Hàng hải", "H50", codes=["H50"], at="ngành Hàng hải", opt=True),
  S("kinh tế hàng hải", "H", codes=["H50", "H52"], opt=True),
  D("Nghị quyết 09/NQ-TW", "Nghị quyết", "09/NQ-TW", date="2007-02-09"))
X("h0052",
  S("Dịch vụ tài chính", "K", codes=["K64", "K66"]))
X("h0053",
  P("80%", None))
X("h0054",
  D("Công văn", "Công văn", None, iss=None, opt=True))
X("h0055")
X("h0056",
  D("Công văn", "Công văn", None, iss="UBND huyện Mê Linh", opt=True),
  O("ông Nguyễn Văn Hưng, Phó Chủ tịch UBND xã Chu Phan", "Nguyễn Văn Hưng", hon="ông", title="Phó Chủ tịch",
    org="UBND xã Chu Phan"))
X("h0057",
  S("căn hộ", "L68", codes=["L68"], at="Thị trường căn hộ", opt=True))
X("h0058")
X("h0059")
X("h0060",
  O("Phó Thủ tướng Chính phủ Phạm Bình Minh", "Phạm Bình Minh", title="Phó Thủ tướng", org="Chính phủ"))
X("h0061")
X("h0062",
  O("Chủ tịch Ủy ban Nhân dân tỉnh Trà Vinh Đồng Văn Lâm", "Đồng Văn Lâm", title="Chủ tịch",
    org="Ủy ban Nhân dân tỉnh Trà Vinh"),
  D("công văn", "Công văn", None, iss="Chủ tịch Ủy ban Nhân dân tỉnh Trà Vinh", opt=True),
  D("Luật Cán bộ, công chức", "Luật", None, iss=None),
  D("Luật Viên chức", "Luật", None, iss=None))
X("h0063",
  S("khoa học, công nghệ", "M72", codes=["M72"], opt=True),
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  S("năng lượng", "D35", codes=["D35"]))
X("h0064")
X("h0065",
  D("quyết định số 2819", "Quyết định", "2819", iss="Ủy ban nhân dân tỉnh An Giang", date="2020-12-03"),
  S("khai thác khoáng sản", "B08", codes=["B08"]))
X("h0066")
X("h0067",
  S("điện gió", "D35", codes=["D35"], opt=True),
  S("điện mặt trời", "D35", codes=["D35"], opt=True))
X("h0068",
  P("95%", None, q="trên"))
X("h0069",
  O("ông Nguyễn Kim Đoán - Phó Chủ tịch Hiệp hội chăn nuôi tỉnh Đồng Nai", "Nguyễn Kim Đoán", hon="ông",
    title="Phó Chủ tịch", org="Hiệp hội chăn nuôi tỉnh Đồng Nai"),
  S("chăn nuôi", "A01", codes=["A01"], at="hộ chăn nuôi"),
  S("chăn nuôi heo", "A01", codes=["A01"]))
X("h0070",
  O("Thủ tướng A.Merkel", "A.Merkel", title="Thủ tướng"))
X("h0071",
  S("sản xuất ô tô", "C29", codes=["C29"]))
X("h0072",
  S("ngân hàng", "K64", codes=["K64"], opt=True),
  P("90%", None, q="trên"),
  S("ngân hàng", "K64", codes=["K64"], occ=1, opt=True),
  P("98%", None))
X("h0073")
X("h0074")
X("h0075",
  S("du lịch lữ hành", "N79", codes=["N79"]),
  S("bất động sản", "L68", codes=["L68"]),
  S("môi giới bất động sản", "L68", codes=["L68"]),
  S("khách sạn", "I55", codes=["I55"]))
X("h0076",
  O("Ajit Tripathi - giám đốc fintech thuộc PwC", "Ajit Tripathi", title="giám đốc fintech", org="PwC"))
X("h0077",
  D("Luật Bảo hiểm xã hội (sửa đổi)", "Luật", None, iss=None, opt=True))
X("h0078")
X("h0079",
  S("ăn uống", "I56", codes=["I56"]),
  S("du lịch", None, codes=DL))
X("h0080",
  D("Quyết định truy nã đặc biệt toàn quốc số 15/C46-P12", "Quyết định", "15/C46-P12", iss=None),
  D("Bộ luật Hình sự", "Bộ luật", None, iss=None))
X("h0081",
  S("bất động sản", "L68", codes=["L68"], at="ngành bất động sản"),
  S("xây dựng", "F", codes=["F"], at="ngành xây dựng"),
  S("xây dựng", "F", codes=["F"], at="là xây dựng", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="các bất động sản", opt=True),
  S("kinh doanh bất động sản", "L68", codes=["L68"]))
X("h0082",
  S("Nội ngoại thất", "C31", codes=["C31"], opt=True),
  S("máy móc", "C28", codes=["C28"], opt=True),
  S("sản phẩm điện tử", "C26", codes=["C26"], opt=True),
  S("dệt may", "C", codes=DM, opt=True))
X("h0083")
X("h0084",
  O("Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan", "Hoàng Thị Thúy Lan", title="Bí thư", org="Tỉnh ủy Vĩnh Phúc"),
  O("Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng", "Ngô Thị Thanh Hằng",
    title="Phó Bí thư Thường trực", org="Thành ủy Hà Nội"))
X("h0085",
  S("sữa", None, codes=["A01", "C10"], at="ngành sữa"))
X("h0086",
  O("ông Phạm Bảo Trung, Giám đốc kinh doanh Metric", "Phạm Bảo Trung", hon="ông", title="Giám đốc kinh doanh",
    org="Metric"),
  S("làm đẹp", "C20", codes=["C20"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("h0087")
X("h0088",
  D("Luật PPP", "Luật", None, iss=None),
  S("dịch vụ thu phí", "H52", codes=["H52"], opt=True))
X("h0089",
  S("công nghiệp chế biến xuất khẩu", "C", codes=["C"]))
X("h0090")

# ---------------------------------------------------------------- articles
ART("ha01",
  # [1]
  D("Nghị định số 156/2025/NĐ-CP", "Nghị định", "156/2025/NĐ-CP", mentions=["Nghị định 156/2025/NĐ-CP"]),
  D("Nghị định số 55/2015/NĐ-CP", "Nghị định", "55/2015/NĐ-CP", mentions=["Nghị định số 55/2015/NĐ-CP"]),
  S("nông nghiệp", "A", codes=["A"], at="phát triển nông nghiệp"),
  S("nông nghiệp hữu cơ", "A", codes=["A"]),
  S("nông nghiệp tuần hoàn", "A", codes=["A"]),
  # [2]
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="khuyến khích nông nghiệp"),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="sản phẩm nông nghiệp hữu cơ", opt=True),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="pháp luật về nông nghiệp", opt=True),
  S("nông nghiệp", "A", codes=["A"], at="sản phẩm nông nghiệp đáp ứng", opt=True),
  S("tổ chức tín dụng", "K64", codes=["K64"], opt=True),
  P("70%", None),
  # [3]
  S("ngân hàng", "K64", codes=["K64"], at="Từ 1/7/2025", opt=True),
  S("nông nghiệp hữu cơ", "A", codes=["A"], at="làm nông nghiệp"),
  # [5]
  D("Nghị định số 116/2018/NĐ-CP", "Nghị định", "116/2018/NĐ-CP"),
  # [6] [7] [8]
  S("tổ chức tín dụng", "K64", codes=["K64"], at="Cụ thể, tổ chức", opt=True),
  S("tổ chức tín dụng", "K64", codes=["K64"], at="Theo đó, tổ chức", opt=True),
  S("tổ chức tín dụng", "K64", codes=["K64"], at="Đồng thời, tổ chức", opt=True))
ART("ha02",
  O("bà Hoàng Thứ, chủ doanh nghiệp tư nhân vàng bạc trên đường Lê Thánh Tôn", "Hoàng Thứ", hon="bà",
    title="chủ", org="doanh nghiệp tư nhân vàng bạc", opt=True),
  O("anh Đỗ Ngọc, chủ tiệm kinh doanh vàng chợ An Đông", "Đỗ Ngọc", hon="anh", title="chủ",
    org="tiệm kinh doanh vàng chợ An Đông", opt=True),
  S("kinh doanh vàng", "G47", codes=["G46", "G47"], at="chủ tiệm kinh doanh vàng", opt=True),
  P("30%", "-", q="khoảng", per="năm nay"),
  O("Ông Trần Thanh Hải, Chủ tịch HĐQT Công ty Kinh doanh và Đầu tư Vàng Việt Nam (VGB)", "Trần Thanh Hải",
    hon="ông", title="Chủ tịch HĐQT", org="Công ty Kinh doanh và Đầu tư Vàng Việt Nam"),
  S("sản xuất, kinh doanh vàng nữ trang", None, codes=["C32", "G47"], opt=True),
  P("10%", "+", q="khoảng", per="ngày Thần tài", cmp="so với năm 2016"))
ART("ha03",
  # [2]
  P("94%", None, per="9 tháng đầu năm 2022"),
  P("22%", "+", per="9 tháng đầu năm 2022", cmp="so cùng kỳ năm 2021"),
  P("93,4%", None, per="9 tháng đầu năm 2022"),
  P("94,8%", None, per="9 tháng đầu năm 2022", at="ngân sách địa phương"),
  # [3]
  P("108,8%", None, per="9 tháng năm 2022"),
  P("118,4%", None, per="9 tháng năm 2022"),
  S("khai thác khoáng sản", "B", codes=["B"], opt=True),
  P("104,2%", None, per="9 tháng năm 2022"),
  P("113,3%", None, per="9 tháng năm 2022"),
  P("116,2%", None, per="9 tháng năm 2022"),
  # [5]
  P("88,9%", None, per="9 tháng đầu năm 2022"),
  P("18,8%", "+", per="9 tháng đầu năm 2022", cmp="so cùng kỳ năm 2021"),
  # [6]
  P("213%", None, per="9 tháng đầu năm 2022"),
  P("103,5%", "+", per="9 tháng đầu năm 2022", cmp="so cùng kỳ năm 2021"),
  # [7]
  P("108,8%", None, per="9 tháng đầu năm 2022", at="xuất nhập khẩu"),
  P("22,1%", "+", per="9 tháng đầu năm 2022", cmp="so cùng kỳ năm 2021"),
  P("93,6%", None, per="9 tháng đầu năm 2022"),
  P("73,8%", None, per="9 tháng đầu năm 2022"),
  # [8] no period in the paragraph
  P("62,1%", None),
  P("84,1%", None, cmp="so cùng kỳ"),
  P("59%", None),
  # [9]
  P("75%", None, q="trên", per="9 tháng"))
ART("ha04",
  O("ông Hà Ngọc Tân, Phó Chủ tịch UBND huyện Phù Mỹ", "Hà Ngọc Tân", hon="ông", title="Phó Chủ tịch",
    org="UBND huyện Phù Mỹ", mentions=["ông Tân", "Ông Tân", "vị phó chủ tịch huyện"]),
  S("ngân hàng", "K64", codes=["K64"], at="các ngân hàng", opt=True),
  D("Nghị định 67", "Nghị định", "67", iss="Chính phủ"),
  S("đóng tàu", "C30", codes=["C30"], at="các công ty đóng tàu"),
  S("đóng tàu", "C30", codes=["C30"], at="nhà máy đóng tàu", opt=True),
  S("đóng tàu", "C30", codes=["C30"], at="doanh nghiệp đóng tàu"))
