# dev2 annotations, annotator 3: e0231-e0345, ea07, ea08
X("e0231",
  O("Bộ trưởng GD-ĐT Phùng Xuân Nhạ", "Phùng Xuân Nhạ", title="Bộ trưởng", org="GD-ĐT"))
X("e0232")
X("e0233",
  O("Chủ tịch Trung Quốc Tập Cận Bình", "Tập Cận Bình", title="Chủ tịch", org="Trung Quốc"))
X("e0234")
X("e0235",
  D("Thông tư số 02/2023/TT-BGTVT", "Thông tư", "02/2023/TT-BGTVT", date="2023-03-21"),
  D("Thông tư số 16/2021/TT-BGTVT", "Thông tư", "16/2021/TT-BGTVT", date="2021-08-12"))
X("e0236")
X("e0237",
  O("Đại tá Lê Tấn Bửu, Giám đốc Cảnh sát PCCC TP.HCM", "Lê Tấn Bửu", pre="Đại tá", title="Giám đốc", org="Cảnh sát PCCC TP.HCM"))
X("e0238",
  D("Hiệp định đối tác kinh tế toàn diện khu vực", "Hiệp định", None, iss=None))
X("e0239",
  P("57%", "+", per="năm 2016"),
  P("46%", "+", per="năm 2015"))
X("e0240",
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("e0241",
  O("ĐB Điểu Huỳnh Sang", "Điểu Huỳnh Sang", title="ĐB"))
X("e0242",
  O("bà Phan Thị Thu Hiền (ảnh), Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính, Bộ Tài chính", "Phan Thị Thu Hiền", hon="bà", title="Vụ trưởng", org="Vụ Tài chính các ngân hàng và tổ chức tài chính, Bộ Tài chính"),
  D("Nghị định 03/2017", "Nghị định", "03/2017"))
X("e0243")
X("e0244",
  D("Thông tư 01", "Thông tư", "01", iss="Ngân hàng Nhà nước"),
  D("Thông tư 03", "Thông tư", "03", iss="Ngân hàng Nhà nước"))
X("e0245",
  P("1,5%", "-", per="quý 1"),
  P("6,5%", "+", per="quý 2"))
X("e0246",
  D("Tờ trình", "Tờ trình", None, iss="Ngân hàng Nhà nước", opt=True),
  D("Quyết định 1490/QĐ-TTg", "Quyết định", "1490/QĐ-TTg"))
X("e0247",
  O("Thủ tướng Narendra Modi", "Narendra Modi", title="Thủ tướng"))
X("e0248")
X("e0249",
  P("0,1%", None, per="năm 2023", q="khoảng"))
X("e0250",
  O("Luật sư Trịnh Anh Dũng Văn Phòng luật sư Trịnh", "Trịnh Anh Dũng", title="Luật sư", org="Văn Phòng luật sư Trịnh", opt=True))
X("e0251",
  O("ông Đinh Xuân Lập-Phó giám đốc Trung tâm Hợp tác quốc tế Nuôi trồng và khai thác thủy sản bền vững", "Đinh Xuân Lập", hon="ông", title="Phó giám đốc", org="Trung tâm Hợp tác quốc tế Nuôi trồng và khai thác thủy sản bền vững"),
  S("tôm", "A03", codes=["A03"], at="ngành tôm"))
X("e0252",
  O("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith", "Thongloun Sisoulith", title="Thủ tướng", org="Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"),
  O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"))
X("e0253",
  O("Ông Hafemeister, Thứ trưởng Bộ Nông nghiệp Hoa Kỳ", "Hafemeister", hon="ông", title="Thứ trưởng", org="Bộ Nông nghiệp Hoa Kỳ"))
X("e0254",
  S("Bất động sản công nghiệp", "L68", codes=["L68"]))
X("e0255")
X("e0256",
  O("ông Nguyễn Thế Minh, Giám đốc khối phân tích khách hàng cá nhân của Chứng khoán Yuanta", "Nguyễn Thế Minh", hon="ông", title="Giám đốc khối phân tích khách hàng cá nhân", org="Chứng khoán Yuanta"))
X("e0257",
  O("Chủ tịch Hiệp hội Bất động sản tỉnh Đồng Nai Nguyễn Thanh Lâm", "Nguyễn Thanh Lâm", title="Chủ tịch", org="Hiệp hội Bất động sản tỉnh Đồng Nai"))
X("e0258",
  P("75%", None, per="9 tháng đầu năm 2023", q="tối thiểu"))
X("e0259")
X("e0260",
  D("Hiệp định giữa hai Chính phủ về thành lập và hoạt động của Trung tâm tiếng Nga Pushkin", "Hiệp định", None, iss=None))
X("e0261",
  O("Chủ tịch nước Trần Đại Quang", "Trần Đại Quang", title="Chủ tịch nước"))
X("e0262",
  S("thủy sản", None, codes=["A03", "C10"]))
X("e0263")
X("e0264",
  D("Nghị định số 81/2021/NĐ-CP", "Nghị định", "81/2021/NĐ-CP", date="2021-08-27"))
X("e0265")
X("e0266",
  S("thủy sản", None, codes=["A03", "C10"], at="xuất khẩu thủy sản"),
  P("2,7%", "+", per="tháng 5/2025", cmp="so với tháng 5/2024"),
  P("18,2%", "+", per="5 tháng đầu năm", cmp="so với cùng kỳ 2024", ps="2025-01-01", pe="2025-05-31"))
X("e0267",
  P("6,2%", None))
X("e0268")
X("e0269",
  S("công nghiệp năng lượng", "D35", codes=["D35"]))
X("e0270")
X("e0271",
  O("Thứ trưởng Hoàng Trung", "Hoàng Trung", title="Thứ trưởng"),
  S("ngành hàng sắn", "A01", codes=["A01"], opt=True))
X("e0272",
  S("nông nghiệp", "A", codes=["A"], opt=True))
X("e0273",
  O("ông Bùi Xuân Hòa, Giám đốc điều hành CLB SHB Đà Nẵng", "Bùi Xuân Hòa", hon="ông", title="Giám đốc điều hành", org="CLB SHB Đà Nẵng"))
X("e0274",
  S("bất động sản", "L68", codes=["L68"], at="thị trường bất động sản"),
  S("bất động sản", "L68", codes=["L68"], at="lĩnh vực bất động sản"))
X("e0275",
  S("chăn nuôi", "A01", codes=["A01"], at="chăn nuôi lợn"),
  S("chăn nuôi", "A01", codes=["A01"], at="đưa vào chăn nuôi", opt=True))
X("e0276",
  D("Nghị định 47", "Nghị định", "47"))
X("e0277")
X("e0278",
  D("Nghị định số 156/2020/NĐ-CP", "Nghị định", "156/2020/NĐ-CP"),
  D("Nghị định số 128/2021/NĐ-CP", "Nghị định", "128/2021/NĐ-CP"))
X("e0279",
  S("chăn nuôi", "A01", codes=["A01"], opt=True))
X("e0280",
  S("thu gom rác", "E38", codes=["E38"], opt=True))
X("e0281")
X("e0282")
X("e0283",
  S("giao thông vận tải", "H", codes=["H"], opt=True))
X("e0284",
  S("chứng khoán", "K66", codes=["K66"]))
X("e0285",
  O("ông Trần Tuấn Anh, Phó Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Trần Tuấn Anh", hon="ông", title="Phó Chủ tịch", org="Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
  S("nông nghiệp", "A", codes=["A"], at="ngành nông nghiệp"))
X("e0286",
  S("nông, lâm nghiệp và thuỷ sản", "A", codes=["A"]),
  P("4,41%", "+", sec="A"),
  P("0,67 điểm phần trăm", None, sec="A"),
  S("công nghiệp - xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("4,60%", "+"),
  P("1,23 điểm phần trăm", None),
  S("dịch vụ", None, codes=["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]),
  P("5,16%", "+"),
  P("2,77 điểm phần trăm", None),
  P("3,83%", "+"),
  P("0,17 điểm phần trăm", None))
X("e0287",
  S("đóng tàu", "C30", codes=["C30"], opt=True),
  D("Nghị định 67", "Nghị định", "67", iss="Chính phủ"))
X("e0288",
  O("Thứ trưởng Huỳnh Vĩnh Ái", "Huỳnh Vĩnh Ái", title="Thứ trưởng"),
  D("Luật Du lịch 2017", "Luật", None),
  S("du lịch", None, codes=["I55", "N79"], at="Tài nguyên du lịch", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="quy hoạch về du lịch", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="Kinh doanh du lịch", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="Xúc tiến du lịch", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="nước về du lịch", opt=True))
X("e0289",
  S("nông nghiệp", "A", codes=["A"], opt=True),
  S("nông nghiệp", "A", codes=["A"], occ=1, opt=True))
X("e0290",
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("e0291",
  O("Tham tán Bùi Vương Anh", "Bùi Vương Anh", title="Tham tán"),
  S("thực phẩm chế biến", "C10", codes=["C10"]))
X("e0292",
  S("sản xuất pin lưu trữ năng lượng", "C27", codes=["C27"]),
  S("vật liệu mới", None, codes=[], opt=True))
X("e0293",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"),
  O("Thượng nghị sỹ Bob Corker, Chủ tịch Ủy ban Đối ngoại Thượng viện Hoa Kỳ", "Bob Corker", pre="Thượng nghị sỹ", title="Chủ tịch", org="Ủy ban Đối ngoại Thượng viện Hoa Kỳ"))
X("e0294",
  P("50%", None, q="khoảng"))
X("e0295",
  O("ông Đào Trung Chính, Cục trưởng Cục Quy hoạch và Phát triển tài nguyên đất, Bộ Tài nguyên và Môi trường", "Đào Trung Chính", hon="ông", title="Cục trưởng", org="Cục Quy hoạch và Phát triển tài nguyên đất, Bộ Tài nguyên và Môi trường"),
  D("Luật Đất đai", "Luật", None, opt=True),
  D("Luật Đất đai 2013", "Luật", None))
X("e0296",
  S("năng lượng sạch", "D35", codes=["D35"]))
X("e0297",
  P("19%", "-", cmp="so với sáng hôm qua"))
X("e0298")
X("e0299",
  O("Giám đốc Sở GTVT Hà Nội Vũ Văn Viện", "Vũ Văn Viện", title="Giám đốc", org="Sở GTVT Hà Nội"))
X("e0300",
  S("nông nghiệp", "A", codes=["A"]),
  S("chế biến thực phẩm", "C10", codes=["C10"]))
X("e0301",
  S("giáo dục", "P85", codes=["P85"], opt=True))
X("e0302",
  P("45%", None))
X("e0303",
  P("0,05%", "-"))
X("e0304",
  O("Giám đốc Sở Nông nghiệp và Phát triển nông thôn TP.HCM Nguyễn Phước Trung", "Nguyễn Phước Trung", title="Giám đốc", org="Sở Nông nghiệp và Phát triển nông thôn TP.HCM"))
X("e0305",
  D("Quyết định số 718/2004/QĐ-UBND", "Quyết định", "718/2004/QĐ-UBND", iss="Ủy ban nhân dân", date="2004-12-02"))
X("e0306")
X("e0307",
  P("13%", "-", per="năm 2025"))
X("e0308",
  S("hàng không", "H51", codes=["H51"], opt=True))
X("e0309",
  D("Nghị định 181/2025/NĐ-CP", "Nghị định", "181/2025/NĐ-CP"))
X("e0310")
X("e0311",
  O("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng Đinh Thế Huynh", "Đinh Thế Huynh", title="Thường trực Ban Bí thư", org="Trung ương Đảng"))
X("e0312")
X("e0313",
  O("Thứ trưởng Huỳnh Vĩnh Ái", "Huỳnh Vĩnh Ái", title="Thứ trưởng"))
X("e0314")
X("e0315",
  D("Công văn 8662/VPCP-KGVX", "Công văn", "8662/VPCP-KGVX", iss="Văn phòng Chính phủ", date="2023-11-03"))
X("e0316",
  S("bán lẻ", "G47", codes=["G47"]))
X("e0317",
  D("Nghị định 102/2024", "Nghị định", "102/2024", iss="Chính phủ"),
  D("Luật Đất đai năm 2024", "Luật", None))
X("e0318",
  S("thủy sản", "A03", codes=["A03"]),
  P("3,3%", "+", sec="A03", per="tháng 4/2024", cmp="so với cùng kỳ năm trước"),
  P("3,3%", "+", occ=1, per="tháng 4/2024", cmp="so với cùng kỳ năm trước"),
  P("3,6%", "+", per="tháng 4/2024", cmp="so với cùng kỳ năm trước"),
  S("thủy sản", "A03", codes=["A03"], at="thủy sản khác", opt=True),
  P("3,2%", "+", per="tháng 4/2024", cmp="so với cùng kỳ năm trước"))
X("e0319")
X("e0320",
  S("thương mại điện tử", "G47", codes=["G47"], opt=True),
  S("thương mại điện tử", "G47", codes=["G47"], occ=1, opt=True))
X("e0321")
X("e0322",
  S("bất động sản", "L68", codes=["L68"]))
X("e0323",
  O("Thứ trưởng Bộ Công thương Hoàng Quốc Vượng", "Hoàng Quốc Vượng", title="Thứ trưởng", org="Bộ Công thương"))
X("e0324",
  O("Thứ trưởng Huỳnh Vĩnh Ái", "Huỳnh Vĩnh Ái", title="Thứ trưởng"),
  S("du lịch", None, codes=["I55", "N79"]),
  S("du lịch cộng đồng", None, codes=["I55", "N79"]),
  S("du lịch", None, codes=["I55", "N79"], at="kinh doanh du lịch"))
X("e0325",
  O("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", title="Chủ tịch"))
X("e0326",
  O("Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội Võ Trọng Việt", "Võ Trọng Việt", title="Chủ nhiệm", org="Ủy ban Quốc phòng và An ninh của Quốc hội"),
  D("Luật Cảnh vệ", "Luật", None, iss="Quốc hội", opt=True))
X("e0327",
  S("công nghệ thông tin", "J", codes=["J62", "J63"]),
  S("viễn thông", "J61", codes=["J61"]),
  S("năng lượng", "D35", codes=["D35"]),
  S("sản xuất công nghiệp", None, codes=["B", "C", "D", "E"]),
  S("nông nghiệp", "A", codes=["A"]),
  S("môi trường", "E", codes=["E"], opt=True),
  S("nội thất", "C31", codes=["C31"]),
  S("du lịch", None, codes=["I55", "N79"]),
  S("đào tạo", "P85", codes=["P85"]))
X("e0328",
  D("Thông tư 41/2011/TT-BYT", "Thông tư", "41/2011/TT-BYT"),
  D("Nghị định số 109/2016/NĐ-CP", "Nghị định", "109/2016/NĐ-CP"))
X("e0329",
  S("công nghiệp", None, codes=["B", "C", "D", "E"]))
X("e0330",
  D("Luật Quy hoạch", "Luật", None))
X("e0331",
  O("Ông Hoàng Trung, Cục trưởng Cục Bảo vệ thực vật", "Hoàng Trung", hon="ông", title="Cục trưởng", org="Cục Bảo vệ thực vật"))
X("e0332",
  S("tài chính", "K", codes=["K"], opt=True))
X("e0333",
  S("sản xuất thép", "C24", codes=["C24"]),
  P("15%", "+", sec="C24", per="giai đoạn 2011-2015"))
X("e0334",
  P("19,5%", "-"),
  P("11,5%", "-"))
X("e0335")
X("e0336",
  O("Cựu Giám đốc FBI James Comey", "James Comey", title="Giám đốc", org="FBI", former=True),
  O("Tổng thống Donald Trump", "Donald Trump", title="Tổng thống"))
X("e0337",
  S("co-working", "L68", codes=["L68"], opt=True),
  O("ông Vũ Văn Thành, Chủ tịch VNGroup", "Vũ Văn Thành", hon="ông", title="Chủ tịch", org="VNGroup"))
X("e0338",
  P("4,15%", "+", per="6 tháng đầu năm 2017"))
X("e0339",
  D("Quyết định số 87/QĐ-UBCK", "Quyết định", "87/QĐ-UBCK", iss="Ủy ban Chứng khoán Nhà nước", date="2017-01-25"),
  S("chứng khoán", "K66", codes=["K66"], at="ký quỹ chứng khoán", opt=True))
X("e0340",
  O("Phó Thủ tướng Nguyễn Hòa Bình", "Nguyễn Hòa Bình", title="Phó Thủ tướng"))
X("e0341",
  D("Hiến pháp", "Hiến pháp", None, iss=None))
X("e0342")
X("e0343")
X("e0344",
  O("Thủ tướng Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng"))
X("e0345",
  S("tái chế", "E38", codes=["E38"], opt=True))
ART("ea07",
  P("100,36%", None, per="tính đến hết ngày 1/11", ps="2022-01-01", pe="2022-11-01"),
  P("21,74%", "+", per="tính đến hết ngày 1/11", cmp="so với cùng kỳ năm 2021", ps="2022-01-01", pe="2022-11-01"),
  P("14,4%", "+", per="10 tháng năm 2022", cmp="so với cùng kỳ năm 2021"),
  P("16,4%", "+", per="10 tháng năm 2022", cmp="so với cùng kỳ năm 2021"),
  P("12,7%", "+", per="10 tháng năm 2022", cmp="so với cùng kỳ năm 2021"),
  P("60,28%", None),
  P("34,09%", None),
  P("5,63%", None))
ART("ea08",
  O("Ông Nguyễn Hữu Quế, Giám đốc Sở GTVT tỉnh Gia Lai", "Nguyễn Hữu Quế", hon="ông", title="Giám đốc", org="Sở GTVT tỉnh Gia Lai"),
  S("vận tải hành khách", "H49", codes=["H49"]),
  S("vận tải", "H49", codes=["H49"], at="giá cước vận tải", opt=True),
  S("du lịch", None, codes=["I55", "N79"], at="khách du lịch", opt=True))
