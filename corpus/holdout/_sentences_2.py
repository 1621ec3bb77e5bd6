# Held-out sentences, part 2: personnel, provincial, legal, agriculture, real estate,
# health & education, CPI, tourism & transport, miscellaneous hard negatives.
# Names, figures and document numbers are invented (a few well-known real documents are cited).
from _lib import P, S, O, D, A

E = []


def X(topic, text, *facts, neg=None, **defaults):
    E.append((topic, text, facts, neg, defaults))


# ------------------------------------------------------------------ personnel
T = "personnel"
X(T, "Ngày 14/11/2025, Thủ tướng Chính phủ ký Quyết định số 2217/QĐ-TTg phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Gia Lai nhiệm kỳ 2021-2026 đối với ông Rơ Chăm Blik.",
  D("Quyết định số 2217/QĐ-TTg", "Quyết định", "2217/QĐ-TTg", date="2025-11-14"),
  O("ông Rơ Chăm Blik", "Rơ Chăm Blik", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Gia Lai"))
X(T, "Bà Hờ Thị Pà, Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu, được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
  O("Bà Hờ Thị Pà, Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lai Châu", "Hờ Thị Pà", hon="bà",
    title="Chủ tịch", org="Hội Liên hiệp Phụ nữ tỉnh Lai Châu"))
X(T, "Các ông Lò Văn Khánh, Giàng A Tủa và bà Vàng Thị Mỷ, Phó Chủ tịch UBND tỉnh Điện Biên, cùng dự hội nghị.",
  O("Lò Văn Khánh", "Lò Văn Khánh", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Điện Biên"),
  O("Giàng A Tủa", "Giàng A Tủa", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Điện Biên"),
  O("bà Vàng Thị Mỷ, Phó Chủ tịch UBND tỉnh Điện Biên", "Vàng Thị Mỷ", hon="bà", title="Phó Chủ tịch",
    org="UBND tỉnh Điện Biên"))
X(T, "Bộ Chính trị điều động, chỉ định đồng chí Y Khuê Byă, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Dân tộc và Tôn giáo, tham gia Ban Chấp hành, giữ chức Bí thư Tỉnh ủy Đắk Lắk.",
  O("đồng chí Y Khuê Byă, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Dân tộc và Tôn giáo", "Y Khuê Byă",
    hon="đồng chí", title="Thứ trưởng", org="Bộ Dân tộc và Tôn giáo"))
X(T, "Tân Giám đốc Sở Tài chính TP.HCM là ông Đặng Minh Triết, 46 tuổi, từng là Phó Giám đốc sở này.",
  O("ông Đặng Minh Triết", "Đặng Minh Triết", hon="ông", title="Giám đốc", org="Sở Tài chính TP.HCM"),
  neg="age '46 tuổi' is not an amount")
X(T, "Chủ tịch UBND TP Cần Thơ Trần Văn Lực và Phó Chủ tịch Thường trực Hồ Thị Kim Loan trao quyết định cho 7 cán bộ.",
  O("Chủ tịch UBND TP Cần Thơ Trần Văn Lực", "Trần Văn Lực", title="Chủ tịch", org="UBND TP Cần Thơ"),
  O("Phó Chủ tịch Thường trực Hồ Thị Kim Loan", "Hồ Thị Kim Loan", title="Phó Chủ tịch Thường trực", org=None),
  A("7 cán bộ"))
X(T, "Thượng tá Lê Quang Vĩnh, Phó Trưởng Công an TP Thủ Đức (cũ), được bổ nhiệm làm Trưởng Công an phường Tân Mỹ.",
  O("Thượng tá Lê Quang Vĩnh, Phó Trưởng Công an TP Thủ Đức (cũ)", "Lê Quang Vĩnh", pre="Thượng tá",
    title="Phó Trưởng", org="Công an TP Thủ Đức (cũ)"))
X(T, "PGS.TS Ngô Thị Hải Vân được bổ nhiệm giữ chức Giám đốc Đại học Quốc gia TP.HCM.",
  O("PGS.TS Ngô Thị Hải Vân", "Ngô Thị Hải Vân", pre="PGS.TS", title="Giám đốc", org="Đại học Quốc gia TP.HCM"))
X(T, "Tổng thống Indonesia Budi Santoso sẽ thăm cấp nhà nước Việt Nam từ ngày 9-11/12.",
  O("Tổng thống Indonesia Budi Santoso", "Budi Santoso", title="Tổng thống", org="Indonesia"))
X(T, "Phó Thủ tướng Hồ Quang Vinh tiếp Đại sứ Nhật Bản tại Việt Nam Suzuki Kenta.",
  O("Phó Thủ tướng Hồ Quang Vinh", "Hồ Quang Vinh", title="Phó Thủ tướng", org=None),
  O("Đại sứ Nhật Bản tại Việt Nam Suzuki Kenta", "Suzuki Kenta", title="Đại sứ", org="Nhật Bản tại Việt Nam"))
X(T, "Anh Hoàng Văn Tú, chủ một xưởng mộc ở xã Yên Lạc, cho biết đơn hàng cuối năm tăng mạnh.",
  neg="person with a descriptor only")
X(T, "HĐND tỉnh đã miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Nông Văn Chiến, nguyên Giám đốc Công an tỉnh, do được điều động nhận nhiệm vụ mới.",
  O("ông Nông Văn Chiến, nguyên Giám đốc Công an tỉnh", "Nông Văn Chiến", hon="ông", title="Giám đốc", former=True,
    org="Công an tỉnh"))
X(T, "Trưởng phòng Tài chính – Kế hoạch huyện Mường Nhé Lầu A Sình bị đình chỉ công tác 15 ngày.",
  O("Trưởng phòng Tài chính – Kế hoạch huyện Mường Nhé Lầu A Sình", "Lầu A Sình", title="Trưởng phòng",
    org="Phòng Tài chính – Kế hoạch huyện Mường Nhé"))
X(T, "Chiều 3/10, Ban Thường vụ Tỉnh ủy Quảng Ninh công bố Quyết định số 1925-QĐ/TU về việc chỉ định ông Phạm Hữu Lộc giữ chức Bí thư Đảng ủy phường Bãi Cháy.",
  D("Quyết định số 1925-QĐ/TU", "Quyết định", "1925-QĐ/TU", iss="Ban Thường vụ Tỉnh ủy Quảng Ninh",
    subj="chỉ định ông Phạm Hữu Lộc giữ chức Bí thư Đảng ủy phường Bãi Cháy"),
  O("ông Phạm Hữu Lộc", "Phạm Hữu Lộc", hon="ông", title="Bí thư", org="Đảng ủy phường Bãi Cháy"))
X(T, "Thứ trưởng Bộ Công Thương Đoàn Quốc Huy chủ trì buổi làm việc với 12 doanh nghiệp xuất khẩu.",
  O("Thứ trưởng Bộ Công Thương Đoàn Quốc Huy", "Đoàn Quốc Huy", title="Thứ trưởng", org="Bộ Công Thương"),
  A("12 doanh nghiệp xuất khẩu"))
X(T, "Ông Võ Minh Hoàng làm Chủ tịch UBND tỉnh An Giang",
  O("Ông Võ Minh Hoàng", "Võ Minh Hoàng", hon="ông", title="Chủ tịch", org="UBND tỉnh An Giang"))
X(T, "Dự hội nghị có đồng chí Triệu Thị Nhung – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Cao Bằng; đồng chí Mông Văn Quý – Phó Chủ tịch UBND tỉnh.",
  O("đồng chí Triệu Thị Nhung – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Cao Bằng", "Triệu Thị Nhung",
    hon="đồng chí", title="Chủ tịch", org="HĐND tỉnh Cao Bằng"),
  O("đồng chí Mông Văn Quý – Phó Chủ tịch UBND tỉnh", "Mông Văn Quý", hon="đồng chí", title="Phó Chủ tịch",
    org="UBND tỉnh"))
X(T, "Cô giáo Lò Thị Duyên, người 15 năm bám bản dạy chữ ở điểm trường Huổi Lếch, được tặng Bằng khen.",
  neg="teacher with a descriptor only; duration")
X(T, "Bà Lý Thị Huyền Trang, Quyền Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn, cho biết lượng khách qua cửa khẩu tăng 18%.",
  O("Bà Lý Thị Huyền Trang, Quyền Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn", "Lý Thị Huyền Trang",
    hon="bà", title="Quyền Giám đốc", org="Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn"),
  P("18%", "+", ind="lượng khách qua cửa khẩu"))
X(T, "Giám đốc điều hành (CEO) Nordvik Energy toàn cầu, ông Henrik Solberg, đã có buổi làm việc với lãnh đạo tỉnh.",
  O("Giám đốc điều hành (CEO) Nordvik Energy toàn cầu, ông Henrik Solberg", "Henrik Solberg", hon="ông",
    title="Giám đốc điều hành", org="Nordvik Energy toàn cầu"))
X(T, "Trung tướng Phan Hữu Đức, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, kiểm tra công tác cứu hộ tại 3 xã vùng lũ.",
  O("Trung tướng Phan Hữu Đức, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Phan Hữu Đức",
    pre="Trung tướng", title="Phó Tổng Tham mưu trưởng", org="Quân đội nhân dân Việt Nam"),
  A("3 xã"))
X(T, "Hội đồng thi quyết định cộng 2 điểm ưu tiên cho thí sinh là người dân tộc thiểu số.",
  neg="'quyết định' as a verb; bonus exam points")
X(T, "Ông Sùng Seo Vàng (SN 1979, người Mông) – Bí thư Đảng ủy xã Lũng Cú – được bầu làm Chủ tịch HĐND xã.",
  O("Ông Sùng Seo Vàng (SN 1979, người Mông) – Bí thư Đảng ủy xã Lũng Cú", "Sùng Seo Vàng", hon="ông",
    title="Bí thư", org="Đảng ủy xã Lũng Cú"),
  neg="birth year 'SN 1979' is not an amount or date of a document")

# ------------------------------------------------------------------ provincial
T = "provincial"
X(T, "GRDP của Lâm Đồng (mới) 9 tháng năm 2025 ước tăng 7,92%, đứng thứ 14/34 tỉnh, thành.",
  P("7,92%", "+", ind="GRDP", per="9 tháng năm 2025"), neg="rank '14/34' is not a fraction or percentage")
X(T, "Tổng vốn đầu tư toàn xã hội ước đạt 63.250 tỷ đồng, tăng 10,6%; giải ngân vốn đầu tư công đạt 58,3% kế hoạch vốn Thủ tướng giao.",
  A("63.250 tỷ đồng"), P("10,6%", "+", ind="tổng vốn đầu tư toàn xã hội"),
  P("58,3%", ind="giải ngân vốn đầu tư công"))
X(T, "Kỳ họp thứ 32 HĐND tỉnh Tuyên Quang khóa XIX đã thông qua 24 nghị quyết, trong đó có nghị quyết quy định mức hỗ trợ 50% học phí cho sinh viên.",
  A("24 nghị quyết"), P("50%", ind="học phí"),
  neg="unnumbered 'nghị quyết' is not a document; session ordinal and term")
X(T, "UBND tỉnh Khánh Hòa ban hành Kế hoạch 348/KH-UBND ngày 20.10.2025 triển khai chuyển đổi số năm 2026.",
  D("Kế hoạch 348/KH-UBND", "Kế hoạch", "348/KH-UBND", date="2025-10-20"))
X(T, "Sau sắp xếp, tỉnh còn 78 xã, phường, giảm 137 đơn vị hành chính cấp xã.",
  A("78 xã, phường"), A("137 đơn vị hành chính cấp xã"))
X(T, "Tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm còn 3,12%, vượt chỉ tiêu Nghị quyết Đại hội đề ra.",
  P("3,12%", "-", ind="tỷ lệ hộ nghèo đa chiều"))
X(T, "Thu nhập bình quân đầu người khu vực nông thôn đạt 52,6 triệu đồng/năm.",
  A("52,6 triệu đồng"))
X(T, "Thực hiện Công văn số 4125/UBND-KTN ngày 2/10/2025 của UBND tỉnh, các địa phương đã rà soát 1.038 căn nhà tạm, nhà dột nát.",
  D("Công văn số 4125/UBND-KTN", "Công văn", "4125/UBND-KTN", date="2025-10-02"),
  A("1.038 căn nhà tạm, nhà dột nát"))
X(T, "Chủ tịch UBND tỉnh Sơn La Quàng Văn Hiêng chủ trì phiên họp thường kỳ tháng 12.",
  O("Chủ tịch UBND tỉnh Sơn La Quàng Văn Hiêng", "Quàng Văn Hiêng", title="Chủ tịch", org="UBND tỉnh Sơn La"))
X(T, "Xe khách mang BKS 26B-012.45 bị lật tại Km 216+500 quốc lộ 6 lúc 5 giờ sáng.",
  neg="licence plate, kilometre marker, road number, clock time")
X(T, "Toàn tỉnh có 41/41 xã đạt chuẩn nông thôn mới, trong đó 12 xã đạt chuẩn nâng cao.",
  A("12 xã"), neg="'41/41 xã' is a fraction")
X(T, "Tổng mức đầu tư dự án đường ven biển đoạn qua Thái Bình (cũ) khoảng 3.800 tỷ đồng, dài 29,7 km.",
  A("3.800 tỷ đồng", q="khoảng"), A("29,7 km"))
X(T, "Tỉnh phấn đấu năm 2026 GRDP tăng từ 10% trở lên, GRDP bình quân đầu người đạt 5.200 USD.",
  P("10%", "+", ind="GRDP", per="năm 2026"), A("5.200 USD"))
X(T, "HĐND TP Huế thông qua Nghị quyết số 37/2025/NQ-HĐND ngày 11/12/2025 về giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt.",
  D("Nghị quyết số 37/2025/NQ-HĐND", "Nghị quyết", "37/2025/NQ-HĐND", date="2025-12-11",
    subj="giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt"),
  neg="document subject resembling VSIC E38 is not a sector mention")
X(T, "UBND tỉnh Gia Lai quyết định thu hồi 12,5 ha đất của Công ty TNHH Cà phê Ia Grai do chậm triển khai dự án.",
  A("12,5 ha"), neg="'quyết định' as a verb")
X(T, "Cà Mau: Năm 2025 thu hút 18 dự án với tổng vốn đăng ký 12.430 tỷ đồng",
  A("18 dự án"), A("12.430 tỷ đồng"))
X(T, "Phó Chủ tịch UBND TP.HCM Lương Trọng Nghĩa yêu cầu hoàn thành giải phóng mặt bằng vành đai 3 trước 30/4/2026.",
  O("Phó Chủ tịch UBND TP.HCM Lương Trọng Nghĩa", "Lương Trọng Nghĩa", title="Phó Chủ tịch", org="UBND TP.HCM"))
X(T, "Năm 2025, tỉnh có 1.436 DN thành lập mới (tăng 21,5%), 612 DN quay trở lại hoạt động; - vốn đăng ký bình quân 8,4 tỷ đồng/DN.",
  A("1.436 DN"), P("21,5%", "+", ind="DN thành lập mới", per="Năm 2025"), A("612 DN"), A("8,4 tỷ đồng"))

# ------------------------------------------------------------------ legal
T = "legal"
X(T, "Chính phủ ban hành Nghị định 312/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 123/2020/NĐ-CP quy định về hóa đơn, chứng từ.",
  D("Nghị định 312/2025/NĐ-CP", "Nghị định", "312/2025/NĐ-CP"),
  D("Nghị định 123/2020/NĐ-CP", "Nghị định", "123/2020/NĐ-CP", subj="hóa đơn, chứng từ"))
X(T, "Thông tư 86/2024/TT-BTC (hiệu lực từ 6/2/2025) hướng dẫn chi tiết về đăng ký thuế.",
  D("Thông tư 86/2024/TT-BTC", "Thông tư", "86/2024/TT-BTC", subj="đăng ký thuế"))
X(T, "Luật Công nghiệp công nghệ số được Quốc hội thông qua ngày 14/6/2025, có hiệu lực từ 1/1/2026.",
  D("Luật Công nghiệp công nghệ số", "Luật", None, iss="Quốc hội", date="2025-06-14"))
X(T, "Theo khoản 3 Điều 9 Nghị định 168/2024/NĐ-CP, người điều khiển xe máy vượt đèn đỏ có thể bị phạt tiền tới 6 triệu đồng.",
  D("Nghị định 168/2024/NĐ-CP", "Nghị định", "168/2024/NĐ-CP"), A("6 triệu đồng"))
X(T, "Ngày 30/12/2025, Bộ trưởng Bộ Y tế ký Thông tư số 52/2025/TT-BYT quy định về danh mục bệnh truyền nhiễm phải cách ly.",
  D("Thông tư số 52/2025/TT-BYT", "Thông tư", "52/2025/TT-BYT", date="2025-12-30",
    subj="danh mục bệnh truyền nhiễm phải cách ly"))
X(T, "Dự thảo luật sửa đổi được đăng tải để lấy ý kiến nhân dân trong 60 ngày theo quy định.",
  neg="'dự thảo', 'quy định' and an unnamed law are not documents; duration")
X(T, "Quyết định số 15/2025/QĐ-UBND ngày 24-3-2025 của UBND TP Hà Nội quy định hạn mức giao đất ở tại các phường.",
  D("Quyết định số 15/2025/QĐ-UBND", "Quyết định", "15/2025/QĐ-UBND", date="2025-03-24"))
X(T, "Chỉ thị 47-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy.",
  D("Chỉ thị 47-CT/TW", "Chỉ thị", "47-CT/TW",
    subj="tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy"))
X(T, "Thông tư liên tịch số 08/2023/TTLT-BTC-BNV hướng dẫn quản lý kinh phí đào tạo cán bộ, công chức.",
  D("Thông tư liên tịch số 08/2023/TTLT-BTC-BNV", "Thông tư liên tịch", "08/2023/TTLT-BTC-BNV",
    iss="Bộ Tài chính; Bộ Nội vụ"))
X(T, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; căn cứ Nghị định số 78/2025/NĐ-CP ngày 1/4/2025 của Chính phủ quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật;",
  D("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15"),
  D("Nghị định số 78/2025/NĐ-CP", "Nghị định", "78/2025/NĐ-CP", date="2025-04-01"),
  D("Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, iss=None))
X(T, "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được các bộ, ngành cụ thể hóa bằng 46 chương trình hành động.",
  D("Nghị quyết 57-NQ/TW", "Nghị quyết", "57-NQ/TW",
    subj="đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
  A("46 chương trình hành động"))
X(T, "Bộ Công Thương có Công văn số 8712/BCT-ĐL gửi EVN đề nghị bảo đảm cung ứng điện mùa khô 2026.",
  D("Công văn số 8712/BCT-ĐL", "Công văn", "8712/BCT-ĐL"))
X(T, "Bộ Nông nghiệp và Môi trường ban hành Quyết định 2605/QĐ-BNNMT công bố 9 thủ tục hành chính mới trong lĩnh vực thủy lợi.",
  D("Quyết định 2605/QĐ-BNNMT", "Quyết định", "2605/QĐ-BNNMT"), A("9 thủ tục hành chính"))
X(T, "Điều 12 quy định mức xử phạt, còn Chương IV nói về trách nhiệm thi hành của các bên.",
  neg="article and chapter numbers are not documents")
X(T, "Thông báo kết luận số 412/TB-VPCP ngày 8/9/2025 của Văn phòng Chính phủ yêu cầu hoàn thành tuyến cao tốc trong năm.",
  D("Thông báo kết luận số 412/TB-VPCP", "Thông báo", "412/TB-VPCP", date="2025-09-08"))
X(T, "Pháp lệnh Chi phí tố tụng năm 2024 quy định mức chi phí giám định tư pháp.",
  D("Pháp lệnh Chi phí tố tụng năm 2024", "Pháp lệnh", None, iss=None))
X(T, "Công điện số 112/CĐ-TTg ngày 26/9/2025 của Thủ tướng về việc tập trung ứng phó khẩn cấp bão số 10.",
  D("Công điện số 112/CĐ-TTg", "Công điện", "112/CĐ-TTg", date="2025-09-26",
    subj="tập trung ứng phó khẩn cấp bão số 10"))
X(T, "Theo Nghị quyết 68, DN nhỏ và vừa được miễn thuế TNDN trong 3 năm đầu thành lập.",
  D("Nghị quyết 68", "Nghị quyết", "68", iss=None))
X(T, "Hướng dẫn số 25-HD/BTGDVTW ngày 5/8/2025 của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền kỷ niệm 80 năm Quốc khánh.",
  D("Hướng dẫn số 25-HD/BTGDVTW", "Hướng dẫn", "25-HD/BTGDVTW", iss="Ban Tuyên giáo và Dân vận Trung ương",
    date="2025-08-05", subj="tuyên truyền kỷ niệm 80 năm Quốc khánh"))
X(T, "Quyết định số 1263/ QĐ-BYT và 1264/ QĐ-BYT ngày 16/4/2025 phê duyệt danh mục kỹ thuật chuyên môn.",
  D("Quyết định số 1263/ QĐ-BYT", "Quyết định", "1263/QĐ-BYT", date="2025-04-16"),
  D("1264/ QĐ-BYT", "Quyết định", "1264/QĐ-BYT", date="2025-04-16"))

# ------------------------------------------------------------------ agriculture
T = "agriculture"
X(T, "Năng suất lúa vụ hè thu ước đạt 58,7 tạ/ha, sản lượng 4,12 triệu tấn.",
  A("4,12 triệu tấn"), neg="yield '58,7 tạ/ha' is not an amount")
X(T, "Giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2025 tăng 3,9%, trong đó lâm nghiệp tăng 6,2%, thủy sản tăng 4,8%.",
  S("nông, lâm nghiệp và thủy sản", "A"), P("3,9%", "+", ind="giá trị sản xuất", sec="A"),
  S("lâm nghiệp", "A02", at="trong đó"), P("6,2%", "+", ind="giá trị sản xuất", sec="A02"),
  S("thủy sản", "A03", at="lâm nghiệp tăng"), P("4,8%", "+", ind="giá trị sản xuất", sec="A03"),
  per="năm 2025")
X(T, "Tổng đàn lợn đạt khoảng 1,35 triệu con, tăng 2,1%; đàn gia cầm 24,7 triệu con.",
  A("1,35 triệu con", q="khoảng"), P("2,1%", "+", ind="tổng đàn lợn"), A("24,7 triệu con"))
X(T, "Sản lượng thủy sản nuôi trồng 10 tháng ước 4,2 triệu tấn, tăng 5,1% so với cùng kỳ năm 2024.",
  S("thủy sản", "A03", opt=True), A("4,2 triệu tấn"), P("5,1%", "+", ind="sản lượng thủy sản nuôi trồng", per="10 tháng", cmp="so với cùng kỳ năm 2024"))
X(T, "Xuất khẩu nông lâm thủy sản năm 2025 cán mốc 65 tỷ USD",
  S("nông lâm thủy sản", None, codes=["A01", "A02", "A03", "C10", "C16"]), A("65 tỷ USD"))
X(T, "Ông Ba Tùng ở ấp 4, xã Tân Phú, chuyển toàn bộ vườn sang trồng sầu riêng Ri6.",
  neg="farmer without role, hamlet number, variety code")
X(T, "Giá cà phê robusta tại Đắk Lắk hôm nay 113.800 đồng/kg, giảm 1.200 đồng so với hôm qua.",
  A("113.800 đồng"), A("1.200 đồng"))
X(T, "Diện tích rừng trồng mới tập trung đạt 12.640 ha, bằng 105,3% kế hoạch; tỷ lệ che phủ rừng duy trì 47,6%.",
  A("12.640 ha"), P("105,3%", ind="diện tích rừng trồng mới tập trung"), P("47,6%", ind="tỷ lệ che phủ rừng"))
X(T, "Sau bão, 3.450 ha lúa bị ngập úng, trong đó 1.200 ha mất trắng (thiệt hại trên 70%).",
  A("3.450 ha"), A("1.200 ha"), P("70%", q="trên", ind="thiệt hại"))
X(T, "Tỉnh hỗ trợ 3 triệu đồng/ha cho nông dân chuyển đổi sang giống lúa ST25.",
  A("3 triệu đồng"), neg="rice variety code 'ST25'")
X(T, "Ngành nông nghiệp và hoạt động dịch vụ có liên quan chiếm 71% giá trị sản xuất khu vực I.",
  S("nông nghiệp và hoạt động dịch vụ có liên quan", "A01"), P("71%", ind="giá trị sản xuất khu vực I", sec="A01"),
  S("khu vực I", "A", opt=True))
X(T, "Sản lượng sữa tươi đạt 1,28 triệu tấn, tăng 7%; trứng gia cầm đạt 20,5 tỷ quả.",
  A("1,28 triệu tấn"), P("7%", "+", ind="sản lượng sữa tươi"), A("20,5 tỷ quả"))
X(T, "HTX Nông nghiệp Tân Lập có 125 thành viên, doanh thu năm 2025 đạt 9,6 tỷ đồng.",
  A("125 thành viên"), A("9,6 tỷ đồng"))
X(T, "Mô hình “1 phải 5 giảm” được áp dụng trên cánh đồng lớn ở xã Phú Tân từ vụ đông xuân 2024-2025.",
  neg="numbers inside a slogan and a crop-season label")

# ------------------------------------------------------------------ real estate
T = "real_estate"
X(T, "Giá chung cư sơ cấp tại TP.HCM quý 3/2025 bình quân 78,5 triệu đồng/m2, tăng 12% yoy.",
  A("78,5 triệu đồng"), P("12%", "+", ind="giá chung cư sơ cấp", per="quý 3/2025", cmp="yoy"))
X(T, "Tỷ lệ hấp thụ đạt 86%, tương đương 4.120 căn được bán ra trên tổng nguồn cung 4.790 căn.",
  P("86%", ind="tỷ lệ hấp thụ"), A("4.120 căn"), A("4.790 căn"))
X(T, "Dự án nhà ở xã hội Hòa Khánh gồm 3 block, 1.872 căn hộ, giá bán dự kiến 15,6 triệu đồng/m2.",
  A("3 block"), A("1.872 căn hộ"), A("15,6 triệu đồng"))
X(T, "Căn hộ số 12A-05 tầng 12A, tòa B2, đường số 7, KDC Trung Sơn.",
  neg="apartment, floor, tower and street numbers")
X(T, "Mảng BĐS KCN mang về 1.340 tỷ đồng doanh thu, tăng 42% so với cùng kỳ.",
  S("BĐS", "L68"), A("1.340 tỷ đồng"), P("42%", "+", ind="doanh thu", sec="L68", cmp="so với cùng kỳ"))
X(T, "Nguồn cung căn hộ mới tại Hà Nội năm 2025 đạt khoảng 35.000 căn, gấp 1,5 lần năm 2024.",
  A("35.000 căn", q="khoảng"), neg="'gấp 1,5 lần' is a multiple")
X(T, "Giá thuê mặt bằng bán lẻ khu trung tâm TP.HCM ở mức 215 USD/m2/tháng.",
  S("bán lẻ", "G47", opt=True), A("215 USD"))
X(T, "Lĩnh vực hoạt động kinh doanh bất động sản thu hút 1,08 tỷ USD vốn FDI, chiếm 14,2% tổng vốn đăng ký.",
  S("hoạt động kinh doanh bất động sản", "L68"), A("1,08 tỷ USD"), P("14,2%", ind="tổng vốn đăng ký", sec="L68"))
X(T, "Luật Kinh doanh bất động sản 2023 buộc chủ đầu tư nhận tiền đặt cọc qua tài khoản ngân hàng.",
  D("Luật Kinh doanh bất động sản 2023", "Luật", None, iss=None),
  neg="law name containing a sector name is not a sector mention")
X(T, "Lãi suất vay mua nhà thả nổi hiện khoảng 9,5-11%/năm.",
  P("9,5-11%", q="khoảng", ind="lãi suất vay mua nhà thả nổi"))
X(T, "Hơn 60% giao dịch đất nền quý IV/2025 tập trung ở các huyện ven đô.",
  P("60%", q="hơn", ind="giao dịch đất nền", per="quý IV/2025"))
X(T, "Số DN BĐS thành lập mới 11 tháng năm 2025 là 4.812 DN, tăng 38,6%.",
  S("BĐS", "L68"), A("4.812 DN"), P("38,6%", "+", ind="số DN BĐS thành lập mới", sec="L68", per="11 tháng năm 2025"))

# ------------------------------------------------------------------ health & education
T = "health_education"
X(T, "Bệnh viện Đa khoa tỉnh Quảng Nam vừa đưa vào sử dụng hệ thống MRI 3.0 Tesla trị giá 42 tỷ đồng.",
  A("42 tỷ đồng"), neg="device rating '3.0 Tesla'")
X(T, "Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,3% dân số, vượt 0,8 điểm % so với chỉ tiêu.",
  P("94,3%", ind="tỷ lệ bao phủ BHYT"), P("0,8 điểm %", "+", ind="tỷ lệ bao phủ BHYT", cmp="so với chỉ tiêu"))
X(T, "Kỳ thi tốt nghiệp THPT năm 2025 có tỷ lệ đỗ 99,2%, điểm trung bình môn Toán 4,78.",
  P("99,2%", ind="tỷ lệ đỗ", per="năm 2025"), neg="average exam score")
X(T, "Thí sinh Lê Minh Khang, lớp 12A3 Trường THPT chuyên Lê Quý Đôn, đạt 29,5 điểm khối A01.",
  neg="student, class code, exam score, subject-group code")
X(T, "Năm học 2025-2026, tỉnh có 412.600 học sinh, thiếu khoảng 1.150 giáo viên.",
  A("412.600 học sinh"), A("1.150 giáo viên", q="khoảng"))
X(T, "Vốn đầu tư cho giáo dục và đào tạo chiếm 20% tổng chi ngân sách.",
  S("giáo dục và đào tạo", "P85"), P("20%", ind="tổng chi ngân sách", sec="P"))
X(T, "Ngành hoạt động y tế hiện thiếu khoảng 3.200 bác sĩ.",
  S("hoạt động y tế", "Q86"), A("3.200 bác sĩ", q="khoảng"))
X(T, "Bộ GD&ĐT ban hành Thông tư 29/2024/TT-BGDĐT quy định về dạy thêm, học thêm.",
  D("Thông tư 29/2024/TT-BGDĐT", "Thông tư", "29/2024/TT-BGDĐT", subj="dạy thêm, học thêm"))
X(T, "Mức trần học phí đại học công lập chưa tự chủ năm học 2025-2026 là 2,4 triệu đồng/tháng.",
  A("2,4 triệu đồng"))
X(T, "Số ca mắc sốt xuất huyết cộng dồn đến tuần 45 là 18.436 ca, giảm 22,7% so với cùng kỳ năm 2024; có 4 ca tử vong.",
  A("18.436 ca"), P("22,7%", "-", ind="số ca mắc sốt xuất huyết", cmp="so với cùng kỳ năm 2024"),
  A("4 ca tử vong"))
X(T, "GS.TS Trần Văn Phúc, Giám đốc Bệnh viện Trung ương Huế cơ sở 2, cho biết đã thực hiện thành công 15 ca ghép gan.",
  O("GS.TS Trần Văn Phúc, Giám đốc Bệnh viện Trung ương Huế cơ sở 2", "Trần Văn Phúc", pre="GS.TS", title="Giám đốc",
    org="Bệnh viện Trung ương Huế cơ sở 2"),
  A("15 ca ghép gan"))
X(T, "Phòng khám mở cửa từ 7h đến 20h, số điện thoại đặt lịch 0236 3821 118, phòng 305 tầng 3.",
  neg="opening hours, phone number, room and floor numbers")

# ------------------------------------------------------------------ CPI
T = "cpi"
X(T, "CPI tháng 11/2025 tăng 0,34% so với tháng trước, tăng 3,58% so với cùng kỳ; bình quân 11 tháng tăng 3,29%.",
  P("0,34%", "+", ind="CPI", per="tháng 11/2025", cmp="so với tháng trước"),
  P("3,58%", "+", ind="CPI", per="tháng 11/2025", cmp="so với cùng kỳ"),
  P("3,29%", "+", ind="CPI", per="11 tháng", cmp="so với cùng kỳ"))
X(T, "Trong 11 nhóm hàng chính, có 9 nhóm tăng giá, riêng nhóm giao thông giảm 1,2% do giá xăng giảm.",
  A("11 nhóm hàng chính"), A("9 nhóm"), P("1,2%", "-", ind="nhóm giao thông"),
  neg="CPI group 'giao thông' is not the transport sector")
X(T, "Lạm phát cơ bản 10 tháng năm 2025 tăng 3,2%, thấp hơn mức tăng CPI bình quân (3,27%).",
  P("3,2%", "+", ind="lạm phát cơ bản"), P("3,27%", "+", ind="CPI bình quân"), per="10 tháng năm 2025")
X(T, "Giá xăng RON95-III từ 15h ngày 13/11 là 20.830 đồng/lít, giảm 270 đồng.",
  A("20.830 đồng"), A("270 đồng"), neg="fuel grade code, clock time")
X(T, "Nhóm nhà ở, điện nước, chất đốt và VLXD tăng 0,9%, góp phần làm CPI chung tăng 0,14 điểm phần trăm.",
  P("0,9%", "+", ind="nhóm nhà ở, điện nước, chất đốt và VLXD"),
  P("0,14 điểm phần trăm", "+", ind="CPI chung"), neg="CPI group with 'VLXD' is not the construction sector")
X(T, "Chỉ số giá vàng tháng 10/2025 tăng 6,7% so với tháng trước; chỉ số giá USD giảm 0,3%.",
  P("6,7%", "+", ind="chỉ số giá vàng"), P("0,3%", "-", ind="chỉ số giá USD"),
  per="tháng 10/2025", cmp="so với tháng trước")
X(T, "Mục tiêu kiểm soát lạm phát năm 2026 khoảng 4,5%.",
  P("4,5%", q="khoảng", ind="lạm phát", per="năm 2026"))
X(T, "Ngày 8/12, Cục Thống kê họp báo công bố số liệu lúc 9h30 tại số 54 Nguyễn Chí Thanh.",
  neg="bare date, clock time, street number")
X(T, "Giá gas bán lẻ tháng 12 tăng 15.000 đồng/bình, lên khoảng 470.000 đồng/bình.",
  A("15.000 đồng"), A("470.000 đồng", q="khoảng"))

# ------------------------------------------------------------------ tourism & transport
T = "tourism_transport"
X(T, "Khánh Hòa đón 4,9 triệu lượt khách quốc tế trong 11 tháng năm 2025, tăng 28,4%; doanh thu du lịch đạt 51.300 tỷ đồng.",
  A("4,9 triệu lượt khách quốc tế"), P("28,4%", "+", ind="lượt khách quốc tế", per="11 tháng năm 2025"),
  S("du lịch", None, codes=["I55", "N79"]), A("51.300 tỷ đồng"))
X(T, "Sân bay Long Thành giai đoạn 1 có công suất 25 triệu hành khách/năm.",
  A("25 triệu hành khách"), neg="project phase number")
X(T, "Sản lượng hàng hóa thông qua cảng biển đạt 812 triệu tấn, tăng 9%; riêng container đạt 29,6 triệu TEU.",
  A("812 triệu tấn"), P("9%", "+", ind="sản lượng hàng hóa thông qua cảng biển"), A("29,6 triệu TEU"))
X(T, "Ngành vận tải kho bãi tăng 10,5%, trong đó vận tải hàng không tăng 16,3%.",
  S("vận tải kho bãi", "H"), P("10,5%", "+", sec="H"), S("vận tải hàng không", "H51"), P("16,3%", "+", sec="H51"))
X(T, "Chuyến bay VN1264 cất cánh lúc 6h15 từ nhà ga T3 Tân Sơn Nhất.",
  neg="flight number, clock time, terminal code")
X(T, "Các cơ sở lưu trú đạt công suất phòng bình quân 72% trong dịp nghỉ lễ.",
  P("72%", ind="công suất phòng bình quân"))
X(T, "Tuyến Metro số 1 Bến Thành – Suối Tiên đã phục vụ 26 triệu lượt hành khách sau 1 năm vận hành.",
  A("26 triệu lượt hành khách"), neg="line number, duration")
X(T, "Bộ Xây dựng ban hành Quyết định số 1528/QĐ-BXD công bố 4 tuyến cao tốc đủ điều kiện khai thác.",
  D("Quyết định số 1528/QĐ-BXD", "Quyết định", "1528/QĐ-BXD"), A("4 tuyến cao tốc"))
X(T, "Tổng Giám đốc Tổng công ty Đường sắt Việt Nam Hoàng Gia Khánh cho biết giá vé tàu Tết giảm 10-15% nếu đặt trước 30 ngày.",
  O("Tổng Giám đốc Tổng công ty Đường sắt Việt Nam Hoàng Gia Khánh", "Hoàng Gia Khánh", title="Tổng Giám đốc",
    org="Tổng công ty Đường sắt Việt Nam"),
  P("10-15%", "-", ind="giá vé tàu Tết"))
X(T, "Tỷ lệ lấp đầy khách sạn 4-5 sao tại Đà Nẵng dịp lễ đạt 85-90%.",
  P("85-90%", ind="tỷ lệ lấp đầy"), neg="hotel class '4-5 sao' is a range but not a percentage")

# ------------------------------------------------------------------ misc hard negatives
T = "misc"
X(T, "Trận đấu giữa Thép Xanh Nam Định và Hà Nội FC kết thúc với tỉ số 2-2 trên sân Thiên Trường.",
  neg="match score")
X(T, "Ông Nguyễn Văn Hai (SN 1968, trú tại tổ 5, phường Quang Trung) đã bị khởi tố về tội lừa đảo.",
  neg="person without role, birth year, residential group number")
X(T, "Mẫu điện thoại Galaxy S25 bản 256GB được bán tại hơn 3.000 cửa hàng.",
  A("3.000 cửa hàng", q="hơn"), neg="model name and storage size")
X(T, "Sáng 2/9/2025, lễ diễu binh kỷ niệm 80 năm Quốc khánh diễn ra tại Quảng trường Ba Đình.",
  neg="date and anniversary '80 năm'")
X(T, "Cuộc thi thu hút 1/3 số trường trên địa bàn tham gia.",
  neg="fraction '1/3'")
X(T, "UBND xã quyết định cưỡng chế công trình vi phạm tại thửa đất số 125, tờ bản đồ số 18.",
  neg="'quyết định' as a verb; land plot and map sheet numbers")
X(T, "Đường dây nóng: 0912.345.678 (ông Hùng).",
  neg="phone number, person named without a role")
X(T, "Mã hồ sơ 000.00.31.H56-251112-0045 đã được tiếp nhận trên Cổng Dịch vụ công.",
  neg="dossier code that looks like numbers and a date")
X(T, "Ứng dụng VNeID phiên bản 2.1.9 bổ sung tính năng tích hợp giấy phép lái xe hạng B.",
  neg="software version, licence class")
X(T, "Tại km 12+300 tỉnh lộ 8, đoàn công tác gặp ông Tư, bảo vệ rừng, lúc 16h45 ngày 21/11.",
  neg="km marker, road number, person with a job descriptor, clock time, bare date")
X(T, "Bản tin số 42/2025 của chương trình phát sóng lúc 20h10 trên kênh VTV1.",
  neg="bulletin issue number '42/2025' is not a document number")
X(T, "Gia đình bà Ngân ở tổ dân phố 3 quyết định mở rộng quán phở ra mặt đường.",
  neg="'quyết định' as a verb, person without role")
