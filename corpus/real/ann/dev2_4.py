# dev2 annotations, annotator 4: e0346-e0460, ea09, ea10
X("e0346",
  D("Luật Quản lý và đầu tư vốn Nhà nước tại doanh nghiệp", "Luật", None, iss=None, opt=True))
X("e0347")
X("e0348")
X("e0349",
  S("nông nghiệp", "A", codes=["A"]),
  S("công nghệ sinh học", "M72", codes=["M72"], opt=True),
  S("xây dựng", "F", codes=["F"]),
  S("du lịch", None, codes=["I55", "N79"], opt=True),
  S("viễn thông", "J61", codes=["J61"]),
  S("sản xuất cáp quang", "C27", codes=["C27"]),
  S("thiết bị điện tử", "C26", codes=["C26"], opt=True),
  S("vật liệu xây dựng", "C23", codes=["C23"], opt=True),
  S("nuôi trồng thủy sản", "A03", codes=["A03"]),
  S("trồng lúa", "A01", codes=["A01"], opt=True))
X("e0350",
  S("logistics", "H52", codes=["H52"], opt=True))
X("e0351")
X("e0352",
  O("Phó Thủ tướng Phạm Bình Minh", "Phạm Bình Minh", title="Phó Thủ tướng"))
X("e0353",
  S("du lịch", None, codes=["I55", "N79"]))
X("e0354",
  O("ông Lê Trung Tính, Chủ tịch Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM", "Lê Trung Tính", hon="ông",
    title="Chủ tịch", org="Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM"))
X("e0355",
  P("90%", None, per="năm 2017", q="khoảng"))
X("e0356",
  O("Thứ trưởng Bộ KH&CN Phạm Đại Dương", "Phạm Đại Dương", title="Thứ trưởng", org="Bộ KH&CN"))
X("e0357")
X("e0358",
  D("Nghị định số 08/2022/NĐ-CP", "Nghị định", "08/2022/NĐ-CP", date="2022-01-10"),
  D("Luật Bảo vệ môi trường 2020", "Luật", None, iss=None))
X("e0359",
  S("nông nghiệp", "A", codes=["A"]),
  S("nông nghiệp", "A", codes=["A"], occ=1))
X("e0360",
  S("thương mại điện tử", "G47", codes=["G47"]))
X("e0361",
  D("Nghị định 55/2015/NĐ-CP", "Nghị định", "55/2015/NĐ-CP"),
  S("nông nghiệp", "A", codes=["A"]),
  S("nông nghiệp", "A", codes=["A"], occ=1))
X("e0362",
  O("Chủ tịch Fed Jerome Powell", "Jerome Powell", title="Chủ tịch", org="Fed"))
X("e0363",
  P("70-80%", "-", cmp="so với đỉnh cao"))
X("e0364",
  S("xây dựng", "F", codes=["F"], opt=True))
X("e0365",
  O("ông Bùi Quang Hưng, Giám đốc Trung tâm Hỗ trợ Xuất khẩu", "Bùi Quang Hưng", hon="ông", title="Giám đốc",
    org="Trung tâm Hỗ trợ Xuất khẩu"))
X("e0366",
  O("ông Hoàng Vĩnh Bảo, Thứ trưởng Bộ Thông tin và Truyền thông", "Hoàng Vĩnh Bảo", hon="ông", title="Thứ trưởng",
    org="Bộ Thông tin và Truyền thông"))
X("e0367")
X("e0368",
  O("Chủ tịch Quốc hội Vương Đình Huệ", "Vương Đình Huệ", title="Chủ tịch", org="Quốc hội"))
X("e0369")
X("e0370",
  D("Luật Xử lý vi phạm hành chính", "Luật", None, iss=None))
X("e0371",
  O("Phó Thủ tướng Chính phủ Lê Minh Khái", "Lê Minh Khái", title="Phó Thủ tướng", org="Chính phủ"),
  D("Quyết định số 569/QĐ-TTg", "Quyết định", "569/QĐ-TTg", date="2024-06-27"))
X("e0372")
X("e0373")
X("e0374",
  S("vận tải công cộng", "H49", codes=["H49"], opt=True))
X("e0375",
  D("Nghị định 89/2024/NĐ-CP", "Nghị định", "89/2024/NĐ-CP"),
  D("Luật Doanh nghiệp nhà nước", "Luật", None, iss=None),
  D("Luật Doanh nghiệp", "Luật", None, iss=None, at="quy định tại"))
X("e0376",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("e0377",
  D("Quyết định số 34", "Quyết định", "34", iss="UBND tỉnh Lâm Đồng"))
X("e0378")
X("e0379",
  O("nguyên Giám đốc Nguyễn Đức Hiền", "Nguyễn Đức Hiền", title="Giám đốc", former=True))
X("e0380")
X("e0381",
  P("11,8%", "-", per="kỳ 2 tháng 2/2025", cmp="so với kỳ 1", ps="2025-02-16", pe="2025-02-28"))
X("e0382",
  D("Bộ Luật hình sự", "Bộ luật", None, iss=None))
X("e0383")
X("e0384",
  D("Nghị quyết số 11", "Nghị quyết", "11", iss="Bộ Chính trị"))
X("e0385")
X("e0386",
  P("49,3%", "+", per="cả năm", cmp="so với năm 2015"))
X("e0387")
X("e0388",
  O("Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Tổng Bí thư, Chủ tịch nước",
    org="Trung Quốc"))
X("e0389",
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("e0390")
X("e0391")
X("e0392",
  P("40%", "-"),
  P("37%", "-", per="tháng 10/2021"),
  P("34%", "-", per="tháng 10/2022"),
  P("30%", "-", per="tháng 10/2023"))
X("e0393")
X("e0394",
  P("0,2%", "+", q="gần", per="Phiên ngày thứ Tư", cmp="so với mức đóng cửa của phiên ngày thứ Ba"))
X("e0395")
X("e0396",
  O("Bộ trưởng Lê Minh Hoan", "Lê Minh Hoan", title="Bộ trưởng", org="Bộ Nông nghiệp và Phát triển nông thôn"))
X("e0397",
  D("Quyết định giải quyết khiếu nại số 333", "Quyết định", "333", iss="Chủ tịch UBND TP Đông Hà"),
  D("Quyết định hành chính số 2594", "Quyết định", "2594", iss=None),
  D("Quyết định số 2595", "Quyết định", "2595", iss=None))
X("e0398",
  P("45%", None))
X("e0399",
  O("Phó Cục trưởng Quan hệ lao động và Tiền lương Tống Văn Lai", "Tống Văn Lai", title="Phó Cục trưởng",
    org="Cục Quan hệ lao động và Tiền lương"),
  D("Nghị định tăng lương tối thiểu vùng", "Nghị định", None, iss=None, opt=True))
X("e0400")
X("e0401")
X("e0402")
X("e0403")
X("e0404",
  D("Nghị quyết Đại hội lần thứ XII của Đảng", "Nghị quyết", None, iss="Đảng", opt=True),
  D("Kế hoạch phát triển kinh tế-xã hội", "Kế hoạch", None, iss=None, opt=True),
  D("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (Khóa XII)", "Nghị quyết", None,
    iss="Ban Chấp hành Trung ương Đảng", opt=True))
X("e0405",
  O("Vũ Thị Thúy - Chủ tịch Hội đồng quản trị, Giám đốc công ty Nhật Nam", "Vũ Thị Thúy",
    title="Chủ tịch Hội đồng quản trị", org="công ty Nhật Nam"),
  D("Bộ Luật Hình sự", "Bộ luật", None, iss=None))
X("e0406",
  O("NSƯT Đỗ Kỷ - Trưởng phòng Nghệ thuật", "Đỗ Kỷ", pre="NSƯT", title="Trưởng phòng", org="Phòng Nghệ thuật"))
X("e0407",
  O("Đại tá Trần Mưu, Phó Giám đốc Công an thành phố Đà Nẵng", "Trần Mưu", pre="Đại tá", title="Phó Giám đốc",
    org="Công an thành phố Đà Nẵng"))
X("e0408",
  S("bất động sản công nghiệp", "L68", codes=["L68"]),
  P("1%", "+", sec="L68", cmp="so với quý trước"),
  P("12%", "+", sec="L68", cmp="so với cùng kỳ năm ngoái"))
X("e0409",
  P("5%", "+", per="kể từ năm 2000", ps="2000-01-01", pe=None))
X("e0410",
  P("29,91%", "+", per="năm 2017", cmp="so với năm trước"),
  P("23,07%", "+", per="năm 2017", cmp="so với năm trước"))
X("e0411")
X("e0412",
  O("Thứ trưởng Bộ Công Thương Hoàng Quốc Vượng", "Hoàng Quốc Vượng", title="Thứ trưởng", org="Bộ Công Thương"))
X("e0413")
X("e0414",
  O("Ông Nguyễn Thành Phong, Chủ tịch UBND TP.HCM", "Nguyễn Thành Phong", hon="ông", title="Chủ tịch",
    org="UBND TP.HCM"))
X("e0415",
  O("Chủ tịch Hội luật gia TP Hà Nội Nguyễn Hồng Tuyến", "Nguyễn Hồng Tuyến", title="Chủ tịch",
    org="Hội luật gia TP Hà Nội"))
X("e0416",
  O("ĐB Nguyễn Hữu Chính", "Nguyễn Hữu Chính", title="ĐB", opt=True))
X("e0417",
  O("Thống đốc Georgy Pontavchenko", "Georgy Pontavchenko", title="Thống đốc"),
  S("giáo dục - đào tạo", "P85", codes=["P85"], opt=True))
X("e0418",
  D("Đề án của Chính phủ giai đoạn 2021–2030", "Đề án", None, iss="Chính phủ", opt=True))
X("e0419")
X("e0420",
  O("Giám đốc Sở Y tế Trần Quang Khánh", "Trần Quang Khánh", title="Giám đốc", org="Sở Y tế"))
X("e0421",
  P("46,4%", None),
  P("45,5%", None),
  P("20%", None, q="trên"))
X("e0422")
X("e0423",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True))
X("e0424",
  D("Văn bản số 3702/SKHĐT- DNĐT", "Công văn", "3702/SKHĐT-DNĐT", iss="Sở Kế hoạch và Đầu tư Hà Tĩnh"),
  D("Nghị định số 80/2021/NĐ-CP", "Nghị định", "80/2021/NĐ-CP", date="2021-08-26"))
X("e0425")
X("e0426",
  O("Bộ trưởng Mai Tiến Dũng", "Mai Tiến Dũng", title="Bộ trưởng"))
X("e0427")
X("e0428",
  S("đánh bắt thủy sản", "A03", codes=["A03"], opt=True))
X("e0429",
  S("dệt may", "C", codes=["C13", "C14"]))
X("e0430")
X("e0431",
  O("Bác sỹ Phương Đức Cù, Giám đốc Bệnh viện đa khoa tỉnh Cao Bằng", "Phương Đức Cù", pre="Bác sỹ",
    title="Giám đốc", org="Bệnh viện đa khoa tỉnh Cao Bằng"))
X("e0432",
  S("du lịch", None, codes=["I55", "N79"], opt=True),
  S("du lịch", None, codes=["I55", "N79"], occ=1, opt=True),
  P("2,1%", "+", cmp="so với cùng kỳ năm trước"))
X("e0433")
X("e0434",
  S("giáo dục", "P85", codes=["P85"], opt=True),
  S("y tế", "Q86", codes=["Q86"], opt=True))
X("e0435")
X("e0436",
  D("Quyết định số 24/2024/QĐ-UBND", "Quyết định", "24/2024/QĐ-UBND", iss="Ủy ban nhân dân",
    date="2024-09-04", mentions=["Quyết định 24"]))
X("e0437")
X("e0438")
X("e0439",
  P("42,7- 45%", None),
  P("27,9%", None))
X("e0440",
  S("bán buôn", "G46", codes=["G46"], opt=True),
  S("bán lẻ", "G47", codes=["G47"], opt=True))
X("e0441")
X("e0442")
X("e0443",
  P("13%", "-", per="niên vụ 2022 - 2023", cmp="so với niên vụ trước", ps=None, pe=None))
X("e0444",
  D("Nghị định 67", "Nghị định", "67"),
  S("thủy sản", "A03", codes=["A03"]),
  S("khai thác hải sản", "A03", codes=["A03"], opt=True))
X("e0445")
X("e0446",
  P("25,7%", "+"))
X("e0447")
X("e0448")
X("e0449",
  P("25%", None))
X("e0450")
X("e0451",
  S("dệt may", "C", codes=["C13", "C14"], opt=True))
X("e0452",
  P("11,1%", "+", cmp="so với mức 3,94 tỷ USD của tháng 2/2024"))
X("e0453")
X("e0454",
  P("99,48%", None))
X("e0455",
  D("Luật Du lịch 2017", "Luật", None, iss=None))
X("e0456",
  D("Luật Đất đai (sửa đổi)", "Luật", None, iss=None, opt=True),
  S("bất động sản", "L68", codes=["L68"]))
X("e0457",
  S("công nghiệp dầu mỏ", "B06", codes=["B06"]),
  S("đánh bắt cá", "A03", codes=["A03"], opt=True))
X("e0458",
  O("Ông Vũ Bảo Nam, Giám đốc sản xuất Công ty TNHH Phú Lâm", "Vũ Bảo Nam", hon="ông", title="Giám đốc sản xuất",
    org="Công ty TNHH Phú Lâm"))
X("e0459",
  D("Luật Nhà ở", "Luật", None, iss=None))
X("e0460",
  S("năng lượng sạch", "D35", codes=["D35"], opt=True))

# ---------------------------------------------------------------- articles
ART("ea09",
  S("dệt may", "C", codes=["C13", "C14"]),
  S("May mặc", "C14", codes=["C14"], opt=True),
  S("Dệt may", "C", codes=["C13", "C14"], opt=True),
  S("Dệt may", "C", codes=["C13", "C14"], occ=1, opt=True),
  O("Bà Wendy Wen, Giám đốc điều hành của Messe Frankfurt Hồng Kông", "Wendy Wen", hon="bà",
    title="Giám đốc điều hành", org="Messe Frankfurt Hồng Kông", mentions=["bà Wendy Wen", "bà Wen"]),
  S("dệt may", "C", codes=["C13", "C14"], at="chuỗi giá trị dệt may"),
  S("dệt may", "C", codes=["C13", "C14"], at="chuyên gia dệt may", opt=True),
  S("dệt may", "C", codes=["C13", "C14"], at="thương mại dệt may", opt=True),
  S("Dệt may", "C", codes=["C13", "C14"], at="Triển lãm Dệt may Intertextile", opt=True),
  S("dệt may", "C", codes=["C13", "C14"], at="ngành dệt may đang"),
  S("dệt may", "C", codes=["C13", "C14"], at="hàng dệt may theo", opt=True),
  O("ông Vũ Bá Phú, Cục trưởng Cục Xúc tiến thương mại (Bộ Công Thương)", "Vũ Bá Phú", hon="ông",
    title="Cục trưởng", org="Cục Xúc tiến thương mại"),
  S("dệt may", "C", codes=["C13", "C14"], at="hàng dệt may hàng đầu", opt=True),
  P("20%", "+", q="gần", per="10 năm qua"),
  S("hàng may mặc", "C14", codes=["C14"], opt=True),
  S("in kỹ thuật số", "C18", codes=["C18"], opt=True),
  S("gia công hàng dệt", "C13", codes=["C13"], opt=True))
ART("ea10",
  P("1,9%", "-"),
  P("2,1%", "-"),
  O("Nick Gentile – đối tác quản lý của các nhà tư vấn kinh doanh hàng hóa NickJen Capital", "Nick Gentile",
    title="đối tác quản lý", org="NickJen Capital"),
  P("0,5%", "-"),
  S("công nghiệp", "C10", codes=["C10"], at="ngành công nghiệp trong nước", opt=True),
  P("1%", "-"),
  P("5%", None, at="loại 2, 5%"),
  P("0,7%", "-", per="hôm đầu tuần"),
  P("20,7%", "-", per="tháng 1", ps=None, pe=None))
