# dev8 annotator 3: l0181-l0270, la11-la14
DCCN = ["B", "C", "D", "E"]
DL = ["I55", "N79"]
DV = list("GHIJKLMNOPQRSTU")
CN = ["C26", "J61", "J62", "J63"]

X("l0181",
  P("22%", None, per="tháng 8"))
X("l0182",
  S("tôm", "A03", codes=["A03"], at="ngành tôm"))
X("l0183",
  S("nông sản", "A01", codes=["A01"], opt=True))
X("l0184",
  O("CEO Nvidia Jensen Huang", "Jensen Huang", title="CEO", org="Nvidia"))
X("l0185",
  D("Nghị quyết số\xa030/2022/UBTVQH", "Nghị quyết", "30/2022/UBTVQH", iss="Ủy ban Thường vụ Quốc hội",
    date="2022-12-30"))
X("l0186",
  P("2%", None))
X("l0187",
  D("Kết luận số 80-KL/TW", "Kết luận", "80-KL/TW", iss="Bộ Chính trị", date="2024-05-24"))
X("l0188",
  O("ông Bùi Tá Hoàng Vũ, Giám đốc Sở Công Thương TP.HCM", "Bùi Tá Hoàng Vũ", hon="ông", title="Giám đốc",
    org="Sở Công Thương TP.HCM"))
X("l0189",
  S("thương mại dịch vụ", None, codes=DV, opt=True))
X("l0190",
  O("Bộ trưởng Lương Tam Quang", "Lương Tam Quang", title="Bộ trưởng"))
X("l0191")
X("l0192")
X("l0193",
  S("bất động sản", "L68", codes=["L68"], at="giao dịch bất động sản", opt=True),
  S("bất động sản", "L68", codes=["L68"], at="doanh nghiệp bất động sản"),
  S("bất động sản", "L68", codes=["L68"], at="loại hình bất động sản", opt=True))
X("l0194",
  P("21,4 %", "-", cmp="so với thực hiện 2024"),
  P("20-100%", "+", cmp="so với kế hoạch năm 2024"))
X("l0195")
X("l0196")
X("l0197",
  O("ông Trương Công Huy, Phó Chánh Văn phòng UBND tỉnh Bình Dương", "Trương Công Huy", hon="ông",
    title="Phó Chánh Văn phòng", org="Văn phòng UBND tỉnh Bình Dương"))
X("l0198",
  S("dịch vụ ăn uống", "I56", codes=["I56"]))
X("l0199",
  P("7,8%", "-"),
  P("-3,8%", "-"),
  P("-3,4%", "-"))
X("l0200")
X("l0201",
  S("sản xuất", "C", codes=["C"], at="ngành sản xuất"))
X("l0202")
X("l0203")
X("l0204",
  S("sản xuất", "C", codes=["C"], at="ngành sản xuất"))
X("l0205",
  P("6%", "+", cmp="theo quý"),
  P("46%", "+", cmp="theo năm"))
X("l0206",
  O("Kith Meng, Chủ tịch Phòng Thương mại Campuchia và Chủ tịch Asean – Bac Campuchia", "Kith Meng",
    title="Chủ tịch", org="Phòng Thương mại Campuchia"),
  S("nông nghiệp", "A", codes=["A"]),
  S("du lịch", None, codes=DL),
  S("cơ sở hạ tầng", "F42", codes=["F42"], opt=True),
  S("công nghệ", None, codes=CN, at="công nghệ, giáo dục", opt=True),
  S("giáo dục và đào tạo", "P85", codes=["P85"]))
X("l0207")
X("l0208")
X("l0209")
X("l0210",
  P("1.667%", "+", cmp="so với 9 tháng năm 2022"),
  P("1.794%", "+", cmp="so với 9 tháng năm 2022"),
  P("7,2%", "+", cmp="so với 9 tháng năm 2022"),
  P("13,8%", None),
  P("13%", None))
X("l0211")
X("l0212",
  O("ông Bùi Văn Dán, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Cao Phong (Hòa Bình)", "Bùi Văn Dán",
    hon="ông", title="Trưởng phòng", org="Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Phong"),
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("l0213",
  D("Thông tư", "Thông tư", None, iss="Bộ Lao động – Thương binh và Xã hội", opt=True))
X("l0214")
X("l0215",
  O("Ông Vladislav Ivanenko, CEO của Sputnix", "Vladislav Ivanenko", hon="ông", title="CEO", org="Sputnix"))
X("l0216",
  P("63,4%", None, per="Đến hết tháng 11", cmp="so với kế hoạch được bổ sung"),
  P("69,4%", None, per="Đến hết tháng 11", cmp="so kế hoạch giao đầu năm"),
  P("63%", None, per="Đến hết tháng 11"),
  P("68,2%", None, per="Đến hết tháng 11"))
X("l0217",
  P("100%", None),
  D("quyết định xác định nghĩa vụ tài chính", "Quyết định", None, iss=None, opt=True))
X("l0218",
  S("lâm nghiệp", "A02", codes=["A02"]),
  S("công nghiệp", None, codes=DCCN, opt=True))
X("l0219")
X("l0220",
  P("0%", None, per=None),
  P("50%", None, per="từ ngày 1/3/2025", ps="2025-03-01", pe=None,
    cmp="so với ô tô chạy xăng, dầu có cùng số chỗ ngồi"))
X("l0221",
  D("Quyết định xử phạt vi phạm hành chính về thuế", "Quyết định", None, iss="Chi Cục thuế Khu vực I", opt=True))
X("l0222")
X("l0223",
  S("vận tải công cộng", "H49", codes=["H49"], opt=True),
  P("21,5%", None),
  P("45-50%", None, per="năm 2030"))
X("l0224",
  S("bất động sản", "L68", codes=["L68"]))
X("l0225",
  S("ẩm thực", "I56", codes=["I56"], opt=True),
  P("43%", None, per="năm 2020"),
  P("34%", None, per="năm 2020"))
X("l0226",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("l0227",
  D("Nghị định", "Nghị định", None, iss=None, opt=True))
X("l0228",
  S("công nghiệp", None, codes=DCCN, at="phát triển công nghiệp"),
  S("logistics", "H52", codes=["H52"]))
X("l0229")
X("l0230")
X("l0231",
  O("ông Mai Hùng Dũng, Phó Chủ tịch Thường trực UBND tỉnh Bình Dương", "Mai Hùng Dũng", hon="ông",
    title="Phó Chủ tịch Thường trực", org="UBND tỉnh Bình Dương"))
X("l0232",
  D("Nghị định", "Nghị định", None, iss="Chính phủ", opt=True))
X("l0233",
  S("du lịch", None, codes=DL))
X("l0234",
  S("sản xuất nội địa", "C", codes=["C"], opt=True),
  S("sản xuất nội địa", "C", codes=["C"], occ=1, opt=True))
X("l0235",
  P("7,2%", None))
X("l0236")
X("l0237",
  S("thương mại", "G", codes=["G"], at="thương mại, giáo dục", opt=True),
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("l0238",
  D("Quyết định số 891/QĐ-TTg", "Quyết định", "891/QĐ-TTg", date="2024-08-22"),
  O("Thứ trưởng Bộ Xây dựng Nguyễn Việt Hùng", "Nguyễn Việt Hùng", title="Thứ trưởng", org="Bộ Xây dựng"))
X("l0239")
X("l0240")
X("l0241",
  O("bà Maria Alekseeva, Giám đốc Tiếp thị Cloud4Y", "Maria Alekseeva", hon="bà", title="Giám đốc Tiếp thị",
    org="Cloud4Y"))
X("l0242",
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("l0243",
  P("8%", "+", per="năm 2025"))
X("l0244",
  P("1,2%", None))
X("l0245")
X("l0246",
  O("Cục trưởng Cục Thống kê Nguyễn Thị Hương", "Nguyễn Thị Hương", title="Cục trưởng", org="Cục Thống kê"))
X("l0247",
  S("công nghiệp", None, codes=DCCN),
  S("giao thông", "H", codes=["H"], opt=True),
  S("chăn nuôi", "A01", codes=["A01"]))
X("l0248")
X("l0249",
  S("thương mại điện tử", "G47", codes=["G47"]),
  O("Thứ trưởng Nguyễn Sinh Nhật Tân", "Nguyễn Sinh Nhật Tân", title="Thứ trưởng"))
X("l0250")
X("l0251",
  P("66%", None),
  P("97%", None))
X("l0252",
  O("Bộ trưởng Nguyễn Hồng Diên", "Nguyễn Hồng Diên", title="Bộ trưởng"),
  D("VN-EAEU FTA", "Hiệp định", None, iss=None, opt=True))
X("l0253",
  P("1,75 %", "-", per="tính đến thứ Sáu (ngày 6/10/2023)", ps=None, pe="2023-10-06",
    cmp="so với một tuần trước đó"))
X("l0254")
X("l0255",
  S("máy vi tính, sản phẩm điện tử và linh kiện", "C26", codes=["C26"], opt=True),
  P("43,4%", "+"),
  S("máy móc, thiết bị, dụng cụ và phụ tùng khác", "C28", codes=["C28"], opt=True),
  P("13,8%", "+"),
  P("100%", "+"))
X("l0256")
X("l0257")
X("l0258")
X("l0259",
  O("Ông Bùi Quang Minh, chủ tịch Hội đồng Quản trị, CEO Công ty Cổ phần Funtap", "Bùi Quang Minh", hon="ông",
    title="chủ tịch Hội đồng Quản trị, CEO", org="Công ty Cổ phần Funtap"),
  S("dịch vụ giải trí", "R", codes=["R"], opt=True))
X("l0260")
X("l0261")
X("l0262",
  S("du lịch", None, codes=DL))
X("l0263",
  D("Quyết định 220/2019", "Quyết định", "220/2019", iss="Bộ Tài nguyên và Môi trường"))
X("l0264")
X("l0265",
  S("công nghiệp", None, codes=DCCN, opt=True),
  P("5,8%", "+", per="tháng 5", cmp="so với cùng kỳ năm ngoái"),
  P("6,1%", "+", per="tháng 4"))
X("l0266")
X("l0267",
  P("1-3%", "-", per="Từ đầu năm 2024", ps="2024-01-01", pe=None, cmp="so với lãi suất thông thường"))
X("l0268")
X("l0269",
  S("hạ tầng chiến lược", "F42", codes=["F42"], opt=True),
  S("công nghiệp bán dẫn", "C26", codes=["C26"]),
  S("công nghệ cao", None, codes=CN, opt=True),
  S("logistics", "H52", codes=["H52"]),
  S("năng lượng sạch", "D35", codes=["D35"]),
  S("hàng không", "H51", codes=["H51"]),
  S("điện tử", "C26", codes=["C26"]))
X("l0270",
  D("Kế hoạch thực hiện chương trình phát triển công viên và cây xanh công cộng", "Kế hoạch", None, iss="TP.HCM",
    opt=True),
  D("Quyết định số 98/QĐ-UBND", "Quyết định", "98/QĐ-UBND", date="2021-06-17"))

# ---------------------------------------------------------------- articles
ART("la11",
  P("6%", "+", per="năm 2024"),
  P("6%", "+", occ=1, per="từ giữa năm 2024", ps=None, pe=None),
  P("6%", "+", occ=2, per="2024", ps="2024-01-01", pe="2024-12-31"),
  P("6,48%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None),
  P("7,3%", "+", per="từ ngày 1/7/2024", ps="2024-07-01", pe=None),
  P("4,5-5%", "+"),
  P("6%", "+", occ=3),
  O("Thứ trưởng Bộ Lao động Thương binh và Xã hội Lê Văn Thanh, Chủ tịch Hội đồng Tiền lương Quốc gia",
    "Lê Văn Thanh", title="Thứ trưởng", org="Bộ Lao động Thương binh và Xã hội"),
  D("Nghị quyết 01/NQ-CP", "Nghị quyết", "01/NQ-CP"),
  D("Kế hoạch phát triển kinh tế - xã hội", "Kế hoạch", None, iss=None, opt=True),
  D("Nghị định của Chính phủ quy định mức lương tối thiểu", "Nghị định", None, iss="Chính phủ", opt=True),
  D("Quyết định 135/QĐ-TTg", "Quyết định", "135/QĐ-TTg"),
  D("Kế hoạch cải cách tiền lương công chức trong doanh nghiệp", "Kế hoạch", None, iss="Thủ tướng Chính phủ",
    opt=True),
  D("Nghị định của Chính phủ điều chỉnh mức lương tối thiểu vùng", "Nghị định", None, iss="Chính phủ", opt=True))
ART("la12",
  D("văn bản hỏa tốc", "Công văn", None, iss="Bộ Y tế", opt=True),
  D("Nghị định số 89/2018/NĐ-CP", "Nghị định", "89/2018/NĐ-CP", date="2018-06-25",
    mentions=["Nghị định số 89/2018/NĐ-CP"]),
  D("Luật phòng, chống bệnh truyền nhiễm", "Luật", None, iss=None, mentions=["Luật phòng, chống bệnh truyền nhiễm"]),
  O("Bộ trưởng Bộ Y tế Nguyễn Thanh Long", "Nguyễn Thanh Long", title="Bộ trưởng", org="Bộ Y tế"))
ART("la13",
  P("99,8%", None, per="đến cuối năm nay"),
  P("30%", None, q="khoảng", per="Tính đến cuối năm"),
  P("75%", None, per="năm 2025"))
ART("la14",
  D("công văn số 7417/NHNN-TD", "Công văn", "7417/NHNN-TD"),
  D("Nghị định 55/2015/NĐ-CP", "Nghị định", "55/2015/NĐ-CP", date="2015-06-09",
    mentions=["Nghị định số 55/2015/NĐ-CP"]),
  D("Nghị định 116/2018/NĐ-CP", "Nghị định", "116/2018/NĐ-CP", date="2018-09-07"),
  D("Thông tư \xa010/2015/TT-NHNN", "Thông tư", "10/2015/TT-NHNN", date="2015-07-22"),
  D("Thông tư 25/2018/TT-NHNN", "Thông tư", "25/2018/TT-NHNN", date="2018-10-24"),
  D("Quyết định 50/2010/QĐ-TTg", "Quyết định", "50/2010/QĐ-TTg", date="2010-07-28"),
  D("Quyết định 08/2021/QĐ-TTg", "Quyết định", "08/2021/QĐ-TTg", date="2021-05-11"),
  S("ngân hàng thương mại", "K64", codes=["K64"], opt=True),
  S("nông nghiệp", "A", codes=["A"], at="phát triển nông nghiệp", opt=True),
  S("thuỷ sản", "A03", codes=["A03"]),
  S("nuôi trồng thuỷ sản", "A03", codes=["A03"]),
  S("Chăn nuôi", "A01", codes=["A01"]),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng"),
  S("ngân hàng", "K64", codes=["K64"], at="ngành ngân hàng", at_occ=1))
