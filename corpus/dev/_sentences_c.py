# Sentences, part C: agriculture, real estate & construction, health & education, CPI, stock market.
from _lib import P, S, O, D, A

E = []


def X(topic, text, *facts, neg=None, **defaults):
    E.append((topic, text, facts, neg, defaults))


T = "agriculture"
X(T, "Giá trị sản xuất nông, lâm nghiệp và thủy sản 9 tháng năm 2024 tăng 3,2% so với cùng kỳ năm trước.",
  S("nông, lâm nghiệp và thủy sản", "A", opt=True), P("3,2%", "+", ind="giá trị sản xuất", sec="A"),
  per="9 tháng năm 2024", cmp="so với cùng kỳ năm trước")
X(T, "Sản lượng thủy sản nuôi trồng 6 tháng đầu năm 2025 ước đạt 2,6 triệu tấn, tăng 4,8%.", S("thủy sản", "A03", opt=True),
  A("2,6 triệu tấn"), P("4,8%", "+", ind="sản lượng thủy sản nuôi trồng", per="6 tháng đầu năm 2025"))
X(T, "Ngành lâm nghiệp tăng trưởng 5,6%, cao nhất trong khu vực nông nghiệp.", S("nông nghiệp", "A"),
  S("lâm nghiệp", "A02"), P("5,6%", "+", sec="A02"))
X(T, "Diện tích gieo trồng lúa vụ đông xuân toàn vùng đạt 2,95 triệu ha, giảm 0,5% so với vụ trước.",
  A("2,95 triệu ha"), P("0,5%", "-", ind="diện tích gieo trồng lúa vụ đông xuân", cmp="so với vụ trước"))
X(T, "Giá lúa tươi tại ruộng ở Đồng Tháp hiện ở mức 7.500 đồng/kg, tăng 300 đồng/kg so với tuần trước.",
  A("7.500 đồng"), A("300 đồng"))
X(T, "Tính đến cuối tháng 8/2025, đàn lợn cả nước tăng 2,9%; đàn gia cầm tăng 3,1% so với cùng thời điểm năm trước.",
  P("2,9%", "+", ind="đàn lợn"), P("3,1%", "+", ind="đàn gia cầm"),
  per="cuối tháng 8/2025", ps="2025-08-31", pe="2025-08-31", cmp="so với cùng thời điểm năm trước")
X(T, "Ông Sáu Phước, nông dân ở xã Mỹ Hòa, vừa thu hoạch 3 ha sầu riêng đầu mùa.",
  A("3 ha"), neg="person with no official role")
X(T, "Ngành khai thác, nuôi trồng thủy sản đóng góp khoảng 24% giá trị sản xuất toàn khu vực nông, lâm nghiệp và thủy sản của tỉnh.",
  S("khai thác, nuôi trồng thủy sản", "A03"), P("24%", q="khoảng", ind="giá trị sản xuất", sec="A03"),
  S("nông, lâm nghiệp và thủy sản", "A"))
X(T, "Thứ trưởng Bộ Nông nghiệp và Môi trường Hoàng Trung Kiên đề nghị các địa phương chủ động phương án chống hạn.",
  O("Thứ trưởng Bộ Nông nghiệp và Môi trường Hoàng Trung Kiên", "Hoàng Trung Kiên", title="Thứ trưởng",
    org="Bộ Nông nghiệp và Môi trường"))
X(T, "Hội nông dân xã quyết định thành lập thêm 3 tổ hợp tác trồng rau an toàn.",
  A("3 tổ hợp tác"), neg="'quyết định' as a verb")
X(T, "Tỷ lệ che phủ rừng của tỉnh năm 2024 đạt 42,1%.", P("42,1%", ind="tỷ lệ che phủ rừng", per="năm 2024"))
X(T, "Giá cà phê nhân xô tại Tây Nguyên tăng 1.500 đồng/kg, lên 118.000 đồng/kg.", A("1.500 đồng"), A("118.000 đồng"))
X(T, "Sản lượng gỗ khai thác từ rừng trồng 10 tháng năm 2024 đạt 18,2 triệu m3, tăng 6,1% so với cùng kỳ.",
  A("18,2 triệu m3"), P("6,1%", "+", ind="sản lượng gỗ khai thác từ rừng trồng"),
  per="10 tháng năm 2024", cmp="so với cùng kỳ")
X(T, "Sau bão, khoảng 30% diện tích lúa tại huyện bị ngập úng, trong đó 1.150 ha mất trắng.",
  P("30%", q="khoảng", ind="diện tích lúa"), A("1.150 ha"))
X(T, "Hợp tác xã Thành Công (xóm 4, xã Yên Thành) hiện có 52 thành viên.", A("52 thành viên"),
  neg="hamlet number in an address")
X(T, "Ngành chăn nuôi chịu thiệt hại nặng khi dịch tả lợn châu Phi tái bùng phát tại 18 xã.", S("chăn nuôi", "A01"),
  A("18 xã"), neg="'chăn nuôi' is a sub-activity, not annotated as a sector")
X(T, "Hoạt động dịch vụ nông nghiệp như làm đất, thu hoạch bằng máy đã được cơ giới hóa trên 90%.", S("Hoạt động dịch vụ nông nghiệp", "A01"),
  P("90%", q="trên"))
X(T, "Kim ngạch xuất khẩu nông, lâm, thủy sản 11 tháng năm 2024 đạt 57,3 tỷ USD, tăng 19,5% so với cùng kỳ năm 2023.", S("nông, lâm, thủy sản", None, codes=["A", "C10", "C16"]),
  A("57,3 tỷ USD"), P("19,5%", "+", ind="kim ngạch xuất khẩu nông, lâm, thủy sản"),
  per="11 tháng năm 2024", cmp="so với cùng kỳ năm 2023")
X(T, "Năm nay, tỉnh đặt mục tiêu 70% diện tích cây ăn quả đạt chuẩn VietGAP.", P("70%", ind="diện tích cây ăn quả"))
X(T, "Chi cục trưởng Chi cục Thủy lợi Ninh Thuận Đàm Văn Sáu cho biết các hồ chứa chỉ còn khoảng 35% dung tích thiết kế.",
  O("Chi cục trưởng Chi cục Thủy lợi Ninh Thuận Đàm Văn Sáu", "Đàm Văn Sáu", title="Chi cục trưởng",
    org="Chi cục Thủy lợi Ninh Thuận"),
  P("35%", q="khoảng", ind="dung tích thiết kế"))
X(T, "Năng suất lúa vụ hè thu ước đạt 58,6 tạ/ha, tương đương vụ trước.",
  neg="yield per hectare (tạ/ha) not annotated as amount")
X(T, "Số trang trại chăn nuôi đạt chuẩn an toàn sinh học tăng từ 210 trang trại lên 265 trang trại.", S("chăn nuôi", "A01", opt=True),
  A("210 trang trại"), A("265 trang trại"))

T = "real_estate"
X(T, "Hoạt động kinh doanh bất động sản quý II/2025 tăng 3,5% so với cùng kỳ, đóng góp 0,2 điểm phần trăm vào mức tăng GDP.",
  S("Hoạt động kinh doanh bất động sản", "L68"), P("3,5%", "+", sec="L68", cmp="so với cùng kỳ"),
  P("0,2 điểm phần trăm", ind="mức tăng GDP", sec="L68", cmp=None), per="quý II/2025")
X(T, "Năm 2024, ngành xây dựng tăng 7,8%, đóng góp 0,5 điểm phần trăm vào tăng trưởng chung.",
  S("xây dựng", "F"), P("7,8%", "+", sec="F"), P("0,5 điểm phần trăm", ind="tăng trưởng chung", sec="F"),
  per="năm 2024")
X(T, "Giá bán căn hộ chung cư tại Hà Nội quý II/2025 tăng khoảng 30% so với cùng kỳ, lên mức bình quân 72 triệu đồng/m2.",
  P("30%", "+", q="khoảng", ind="giá bán căn hộ chung cư", per="quý II/2025", cmp="so với cùng kỳ"),
  A("72 triệu đồng"))
X(T, "Tỷ lệ hấp thụ của các dự án mở bán mới trong quý ở mức 85%.", P("85%", ind="tỷ lệ hấp thụ"))
X(T, "Dự án nhà ở xã hội gồm 1.200 căn hộ có tổng mức đầu tư 2.350 tỷ đồng.", A("1.200 căn hộ"), A("2.350 tỷ đồng"))
X(T, "Luật Kinh doanh bất động sản 2023 và Luật Nhà ở 2023 cùng có hiệu lực từ ngày 1/8/2024.",
  D("Luật Kinh doanh bất động sản 2023", "Luật", None, iss=None), D("Luật Nhà ở 2023", "Luật", None, iss=None))
X(T, "Căn nhà số 25 ngõ 158 phố Ngọc Hà được rao bán với giá thỏa thuận.", neg="house and lane numbers")
X(T, "UBND thành phố ban hành Quyết định số 5120/QĐ-UBND phê duyệt đồ án quy hoạch chi tiết tỷ lệ 1/500 khu đô thị mới.",
  D("Quyết định số 5120/QĐ-UBND", "Quyết định", "5120/QĐ-UBND"), neg="scale '1/500' is not a percentage")
X(T, "Giá thép xây dựng giảm 3-5% so với đầu năm, giúp nhà thầu giảm áp lực chi phí.",
  P("3-5%", "-", ind="giá thép xây dựng", cmp="so với đầu năm"))
X(T, "Chủ tịch Hiệp hội Bất động sản tỉnh Khánh Hòa Trần Đình Phong kiến nghị sớm ban hành bảng giá đất mới.",
  O("Chủ tịch Hiệp hội Bất động sản tỉnh Khánh Hòa Trần Đình Phong", "Trần Đình Phong", title="Chủ tịch",
    org="Hiệp hội Bất động sản tỉnh Khánh Hòa"))
X(T, "Trong cơ cấu ngành xây dựng, xây dựng nhà các loại chiếm 46%, xây dựng công trình kỹ thuật dân dụng chiếm 33%.",
  S("xây dựng", "F"), S("xây dựng nhà các loại", "F41"), P("46%", sec="F41"),
  S("xây dựng công trình kỹ thuật dân dụng", "F42"), P("33%", sec="F42"))
X(T, "Lô đất số 7 tại khu tái định cư có diện tích 120 m2.", A("120 m2"), neg="'lô đất số 7'")
X(T, "Nguồn cung căn hộ mới tại TP.HCM trong 9 tháng năm 2024 chỉ đạt khoảng 4.300 căn, giảm 28% so với cùng kỳ.",
  A("4.300 căn", q="khoảng"), P("28%", "-", ind="nguồn cung căn hộ mới"),
  per="9 tháng năm 2024", cmp="so với cùng kỳ")
X(T, "Ông Đoàn Mạnh Cường, Giám đốc Sở Xây dựng tỉnh Bình Phước, cho biết vốn đầu tư xây dựng kết cấu hạ tầng năm 2025 tăng gần 40%.",
  O("Ông Đoàn Mạnh Cường, Giám đốc Sở Xây dựng tỉnh Bình Phước", "Đoàn Mạnh Cường", hon="ông", title="Giám đốc",
    org="Sở Xây dựng tỉnh Bình Phước"),
  P("40%", "+", q="gần", ind="vốn đầu tư xây dựng kết cấu hạ tầng", per="năm 2025"))
X(T, "Giá thuê văn phòng hạng A tại khu trung tâm ổn định ở mức 45 USD/m2/tháng.", A("45 USD"))
X(T, "Kế hoạch số 89/KH-UBND ngày 2/4/2024 đặt mục tiêu hoàn thành 10.500 căn nhà ở xã hội trong giai đoạn 2024 - 2025.",
  D("Kế hoạch số 89/KH-UBND", "Kế hoạch", "89/KH-UBND", date="2024-04-02"), A("10.500 căn nhà ở xã hội"))
X(T, "Nhà thầu quyết định thi công xuyên Tết để kịp thông xe tuyến đường vào ngày 19/12.",
  neg="'quyết định' verb and date")
X(T, "Tỷ lệ giải ngân vốn của dự án cao tốc mới đạt 62% so với kế hoạch.",
  P("62%", ind="tỷ lệ giải ngân vốn", cmp="so với kế hoạch"))
X(T, "Khoảng 60% người mua nhà được hỏi cho biết họ dự định vay ngân hàng để thanh toán.",
  P("60%", q="khoảng"), neg="survey share, no direction")
X(T, "Giá đất nền ven đô đã giảm từ 20% đến 30% so với thời điểm sốt đất.",
  P("20% đến 30%", "-", ind="giá đất nền", cmp="so với thời điểm sốt đất"))
X(T, "Chung cư Hoàng Anh có 3 tòa, mỗi tòa 25 tầng, nằm cạnh trường Tiểu học số 2.",
  A("3 tòa"), A("25 tầng"), neg="school number")

T = "health_education"
X(T, "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 đạt 94,2%.",
  P("94,2%", ind="tỷ lệ dân số tham gia bảo hiểm y tế", per="năm 2024"))
X(T, "Tỷ lệ tốt nghiệp THPT năm 2025 của cả nước đạt 99,2%, giảm nhẹ 0,2 điểm % so với năm trước.",
  P("99,2%", ind="tỷ lệ tốt nghiệp THPT"),
  P("0,2 điểm %", "-", ind="tỷ lệ tốt nghiệp THPT", cmp="so với năm trước"), per="năm 2025")
X(T, "Bộ Giáo dục và Đào tạo đã ban hành quyết định số 2764/ QĐ-BGDĐT ngày 10/9/2024 về khung kế hoạch thời gian năm học.",
  D("quyết định số 2764/ QĐ-BGDĐT", "Quyết định", "2764/QĐ-BGDĐT", date="2024-09-10",
    subj="khung kế hoạch thời gian năm học"))
X(T, "Chi cho lĩnh vực giáo dục và đào tạo chiếm khoảng 20% tổng chi ngân sách nhà nước.",
  S("giáo dục và đào tạo", "P"), P("20%", q="khoảng", ind="tổng chi ngân sách nhà nước", sec="P"))
X(T, "Số ca mắc sốt xuất huyết 8 tháng năm 2025 giảm 35% so với cùng kỳ năm 2024, không ghi nhận ca tử vong.",
  P("35%", "-", ind="số ca mắc sốt xuất huyết", per="8 tháng năm 2025", cmp="so với cùng kỳ năm 2024"))
X(T, "Thí sinh có số báo danh 01002345 đạt 28,75 điểm khối A00, cao nhất tỉnh.", neg="candidate number and exam score")
X(T, "GS.TS. Lý Thanh Bình, Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ, cho biết bệnh viện đã thực hiện thành công 120 ca ghép thận.",
  O("GS.TS. Lý Thanh Bình, Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ", "Lý Thanh Bình", pre="GS.TS.",
    title="Giám đốc", org="Bệnh viện Đa khoa tỉnh Phú Thọ"),
  A("120 ca ghép thận"))
X(T, "Thứ trưởng Bộ Giáo dục và Đào tạo Nghiêm Xuân Trường cho biết cả nước còn thiếu hơn 100.000 giáo viên.",
  O("Thứ trưởng Bộ Giáo dục và Đào tạo Nghiêm Xuân Trường", "Nghiêm Xuân Trường", title="Thứ trưởng",
    org="Bộ Giáo dục và Đào tạo"),
  A("100.000 giáo viên", q="hơn"))
X(T, "Học phí bậc THCS khu vực thành thị năm học 2025-2026 tối đa 300.000 đồng/tháng.", A("300.000 đồng"))
X(T, "Lớp 12A3 có 45 học sinh, phòng thi số 15 nằm ở tầng 3.", A("45 học sinh"),
  neg="class code, room and floor numbers")
X(T, "Hoạt động y tế và trợ giúp xã hội tăng 7,2%, là một trong những ngành dịch vụ tăng cao nhất.", S("dịch vụ", None, codes=["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"]),
  S("Hoạt động y tế và trợ giúp xã hội", "Q"), P("7,2%", "+", sec="Q"))
X(T, "Bệnh viện vừa đưa vào sử dụng khu điều trị mới với 1.500 giường bệnh, tổng kinh phí 1.120 tỷ đồng.",
  A("1.500 giường bệnh"), A("1.120 tỷ đồng"))
X(T, "Bà Hoàng Thị Lan Anh, Hiệu trưởng Trường THPT chuyên Lê Quý Đôn, cho biết trường có 28 học sinh đạt giải quốc gia.",
  O("Bà Hoàng Thị Lan Anh, Hiệu trưởng Trường THPT chuyên Lê Quý Đôn", "Hoàng Thị Lan Anh", hon="bà",
    title="Hiệu trưởng", org="Trường THPT chuyên Lê Quý Đôn"),
  A("28 học sinh"))
X(T, "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95% kế hoạch.",
  P("95%", q="trên", ind="tỷ lệ tiêm chủng đầy đủ"))
X(T, "Theo Thông tư số 21/2024/TT-BYT, danh mục thuốc thiết yếu được bổ sung 35 hoạt chất.",
  D("Thông tư số 21/2024/TT-BYT", "Thông tư", "21/2024/TT-BYT"), A("35 hoạt chất"))
X(T, "Khoảng 72% sinh viên tốt nghiệp có việc làm trong vòng 12 tháng.",
  P("72%", q="khoảng"), neg="share of graduates; '12 tháng' is a duration, not a period")
X(T, "Nhà trường quyết định cho học sinh nghỉ học ngày 20/11 để tổ chức lễ kỷ niệm.",
  neg="'quyết định' verb and date")
X(T, "Số lượt khám chữa bệnh bảo hiểm y tế 6 tháng đầu năm 2025 đạt 94,5 triệu lượt, tăng 6,8% so với cùng kỳ.",
  A("94,5 triệu lượt"), P("6,8%", "+", ind="số lượt khám chữa bệnh bảo hiểm y tế"),
  per="6 tháng đầu năm 2025", cmp="so với cùng kỳ")
X(T, "Ngành giáo dục và đào tạo của tỉnh có 1.240 trường học với hơn 25.000 giáo viên.",
  S("giáo dục và đào tạo", "P"), A("1.240 trường học"), A("25.000 giáo viên", q="hơn"))
X(T, "Đội tuyển Việt Nam giành 4 huy chương vàng tại kỳ thi Olympic Toán học quốc tế lần thứ 66.",
  A("4 huy chương vàng"), neg="ordinal '66'")
X(T, "Bác sĩ Nguyễn Thị Hoa, người đã gắn bó 20 năm với trạm y tế xã, được vinh danh tại lễ trao giải.",
  neg="professional descriptor without an office; duration")

T = "cpi"
X(T, "Chỉ số giá tiêu dùng (CPI) tháng 9/2024 tăng 0,29% so với tháng trước và tăng 2,63% so với cùng kỳ năm trước.",
  P("0,29%", "+", ind="chỉ số giá tiêu dùng", cmp="so với tháng trước"),
  P("2,63%", "+", ind="chỉ số giá tiêu dùng", cmp="so với cùng kỳ năm trước"), per="tháng 9/2024")
X(T, "Bình quân 9 tháng năm 2024, CPI tăng 3,88% so với cùng kỳ năm trước; lạm phát cơ bản tăng 2,69%.",
  P("3,88%", "+", ind="CPI"), P("2,69%", "+", ind="lạm phát cơ bản"),
  per="9 tháng năm 2024", cmp="so với cùng kỳ năm trước")
X(T, "Nhóm giáo dục tăng 5,9% do một số địa phương điều chỉnh học phí theo lộ trình.",
  P("5,9%", "+", ind="nhóm giáo dục"), neg="CPI group 'giáo dục' is not a VSIC sector mention")
X(T, "Quốc hội đặt mục tiêu kiểm soát lạm phát năm 2025 ở mức khoảng 4,5%.",
  P("4,5%", q="khoảng", ind="lạm phát", per="năm 2025"))
X(T, "Giá xăng RON95 giảm 520 đồng/lít, xuống còn 20.300 đồng/lít từ 15 giờ chiều nay.",
  A("520 đồng"), A("20.300 đồng"))
X(T, "Chỉ số giá vàng tháng 4/2025 tăng 28,5% và chỉ số giá đô la Mỹ tăng 4,6% so với cùng kỳ năm trước.",
  P("28,5%", "+", ind="chỉ số giá vàng"), P("4,6%", "+", ind="chỉ số giá đô la Mỹ"),
  per="tháng 4/2025", cmp="so với cùng kỳ năm trước")
X(T, "CPI tháng 5/2025 giảm 0,05% so với tháng trước, chủ yếu do giá xăng dầu trong nước giảm 3,2%.",
  P("0,05%", "-", ind="CPI", cmp="so với tháng trước"), P("3,2%", "-", ind="giá xăng dầu trong nước", cmp=None),
  per="tháng 5/2025")
X(T, "Việc điều chỉnh giá dịch vụ y tế dự kiến làm CPI tăng thêm từ 0,2 đến 0,3 điểm phần trăm.",
  P("0,2 đến 0,3 điểm phần trăm", "+", ind="CPI"))
X(T, "Lạm phát bình quân năm 2024 ở mức xấp xỉ 4%, trong phạm vi mục tiêu Quốc hội đề ra.",
  P("4%", q="xấp xỉ", ind="lạm phát bình quân", per="năm 2024"))
X(T, "So với tháng 12/2023, CPI tháng 10/2024 tăng 2,48%.",
  P("2,48%", "+", ind="CPI", per="tháng 10/2024", cmp="So với tháng 12/2023"))
X(T, "Trong 11 nhóm hàng tiêu dùng chính, nhóm nhà ở và vật liệu xây dựng có mức tăng cao nhất với 5,2%.",
  P("5,2%", "+", ind="nhóm nhà ở và vật liệu xây dựng"), neg="'vật liệu xây dựng' CPI group is not the construction sector")
X(T, "Giá thịt lợn hơi hiện dao động quanh mức 62.000 đồng/kg.", A("62.000 đồng"))
X(T, "Theo Cục trưởng Cục Thống kê Nguyễn Thu Hiền, áp lực lạm phát những tháng cuối năm là không lớn.",
  O("Cục trưởng Cục Thống kê Nguyễn Thu Hiền", "Nguyễn Thu Hiền", title="Cục trưởng", org="Cục Thống kê"))
X(T, "Giá gạo tẻ thường trong tháng tăng 1,5 phần trăm, giá gạo nếp giảm 0,8 phần trăm.",
  P("1,5 phần trăm", "+", ind="giá gạo tẻ thường"), P("0,8 phần trăm", "-", ind="giá gạo nếp"))
X(T, "Trong quý III/2024, lạm phát cơ bản tăng 2,71% so với cùng kỳ, thấp hơn mức tăng CPI bình quân 3,9%.",
  P("2,71%", "+", ind="lạm phát cơ bản", cmp="so với cùng kỳ"), P("3,9%", "+", ind="CPI bình quân", cmp=None),
  per="quý III/2024")
X(T, "Siêu thị giảm giá đến 50% cho hơn 1.000 mặt hàng trong chương trình khuyến mại ngày 11/11.",
  P("50%", "-", ind="giá"), A("1.000 mặt hàng", q="hơn"))
X(T, "Giá điện bình quân được điều chỉnh tăng 4,8%, lên 2.204 đồng/kWh.",
  P("4,8%", "+", ind="giá điện bình quân"), A("2.204 đồng"))
X(T, "Giá vé xe khách dịp Tết tăng 20-40% tùy tuyến, theo phản ánh của hành khách tại bến xe Mỹ Đình.",
  P("20-40%", "+", ind="giá vé xe khách"))
X(T, "Nhóm hàng ăn và dịch vụ ăn uống tăng 0,63%, tác động làm CPI chung tăng 0,21 điểm phần trăm.",
  P("0,63%", "+", ind="nhóm hàng ăn và dịch vụ ăn uống"), P("0,21 điểm phần trăm", "+", ind="CPI chung"),
  neg="CPI group 'dịch vụ ăn uống' is not the VSIC sector I56")
X(T, "Lạm phát của khu vực đồng euro tháng 6 giảm xuống 2,5%, mức thấp nhất trong nhiều tháng.",
  P("2,5%", "-", ind="lạm phát của khu vực đồng euro", per="tháng 6"))

T = "stock"
X(T, "Kết phiên, VN-Index đóng cửa ở mức 1.285,6 điểm, tăng 12,4 điểm (0,97%).",
  P("0,97%", "+", ind="VN-Index"), neg="index level and point change are not amounts")
X(T, "Thanh khoản trên sàn HOSE đạt 21.450 tỷ đồng, tăng 18% so với phiên trước.",
  A("21.450 tỷ đồng"), P("18%", "+", ind="thanh khoản", cmp="so với phiên trước"))
X(T, "Khối ngoại tiếp tục bán ròng 1.150 tỷ đồng, tập trung vào nhóm cổ phiếu ngân hàng.", S("ngân hàng", "K64", opt=True), A("1.150 tỷ đồng"))
X(T, "Cổ phiếu của Công ty CP Thép Đông Hải tăng kịch trần 6,9% với khối lượng khớp lệnh 18 triệu đơn vị.",
  P("6,9%", "+", ind="cổ phiếu"), A("18 triệu đơn vị"))
X(T, "Chủ tịch Ủy ban Chứng khoán Nhà nước Đặng Thị Quỳnh Mai cho biết sẽ sớm vận hành hệ thống giao dịch mới.",
  O("Chủ tịch Ủy ban Chứng khoán Nhà nước Đặng Thị Quỳnh Mai", "Đặng Thị Quỳnh Mai", title="Chủ tịch",
    org="Ủy ban Chứng khoán Nhà nước"))
X(T, "Ủy ban Chứng khoán Nhà nước đã ban hành Quyết định xử phạt số 215/QĐ-XPHC đối với một công ty chứng khoán với số tiền 425 triệu đồng.",
  D("Quyết định xử phạt số 215/QĐ-XPHC", "Quyết định", "215/QĐ-XPHC", iss="Ủy ban Chứng khoán Nhà nước"),
  A("425 triệu đồng"))
X(T, "Phiên giao dịch ngày 15/4/2025 ghi nhận 245 mã tăng giá và 198 mã giảm giá.",
  A("245 mã"), A("198 mã"), neg="date")
X(T, "Chỉ số HNX-Index giảm 0,45% xuống 228,3 điểm.", P("0,45%", "-", ind="HNX-Index"))
X(T, "Dư nợ cho vay ký quỹ của các công ty chứng khoán cuối quý II/2025 đạt kỷ lục 245.000 tỷ đồng, tăng 18,7% so với cuối quý trước.",
  A("245.000 tỷ đồng"), P("18,7%", "+", ind="dư nợ cho vay ký quỹ", per="cuối quý II/2025",
                          ps="2025-06-30", pe="2025-06-30", cmp="so với cuối quý trước"))
X(T, "Lợi suất trái phiếu Chính phủ kỳ hạn 10 năm ở mức 3,1%/năm.",
  P("3,1%", ind="lợi suất trái phiếu Chính phủ"), neg="'10 năm' is a tenor, not a period")
X(T, "Tính từ đầu năm, VN-Index đã tăng 14,3%, trong khi VN30 tăng 16,5%.",
  P("14,3%", "+", ind="VN-Index"), P("16,5%", "+", ind="VN30"), cmp="từ đầu năm")
X(T, "Nhóm cổ phiếu ngành sản xuất và phân phối điện giảm 2,1% sau thông tin điều chỉnh giá bán lẻ điện.",
  S("sản xuất và phân phối điện", "D"), P("2,1%", "-", ind="nhóm cổ phiếu", sec="D"))
X(T, "Rổ VN30 gồm 30 cổ phiếu có vốn hóa và thanh khoản lớn nhất trên sàn HOSE.", A("30 cổ phiếu"))
X(T, "Mã cổ phiếu VCB đứng đầu về giá trị vốn hóa, hơn 480.000 tỷ đồng.", A("480.000 tỷ đồng", q="hơn"),
  neg="ticker symbol, 'VN30' index name")
X(T, "Ông Đàm Quốc Hưng, Chủ tịch HĐQT Công ty CP Chứng khoán Hưng Long, đăng ký mua 2 triệu cổ phiếu.",
  O("Ông Đàm Quốc Hưng, Chủ tịch HĐQT Công ty CP Chứng khoán Hưng Long", "Đàm Quốc Hưng", hon="ông",
    title="Chủ tịch HĐQT", org="Công ty CP Chứng khoán Hưng Long"),
  A("2 triệu cổ phiếu"))
X(T, "Số tài khoản chứng khoán mở mới trong tháng 7/2025 đạt 312.000 tài khoản, nâng tổng số lên gần 10,2 triệu.",
  A("312.000 tài khoản"))
X(T, "Nhà đầu tư cá nhân trong nước chiếm khoảng 85% tổng giá trị giao dịch toàn thị trường.",
  P("85%", q="khoảng", ind="tổng giá trị giao dịch"))
X(T, "Phiên sáng nay, giá cổ phiếu PVS có lúc giảm 5,3% rồi hồi phục về tham chiếu.",
  P("5,3%", "-", ind="giá cổ phiếu PVS"))
X(T, "Quỹ ETF ngoại hút ròng 35 triệu USD trong tuần qua, đảo chiều so với mức rút ròng 12 triệu USD tuần trước.",
  A("35 triệu USD"), A("12 triệu USD"))
X(T, "Theo Thông tư số 68/2024/TT-BTC, nhà đầu tư tổ chức nước ngoài được mua cổ phiếu mà không cần ký quỹ trước 100% tiền.",
  D("Thông tư số 68/2024/TT-BTC", "Thông tư", "68/2024/TT-BTC"), P("100%", ind="tiền"))
X(T, "Cổ phiếu ngân hàng chiếm tỷ trọng gần 40% trong cơ cấu VN30.", S("ngân hàng", "K64", opt=True), P("40%", q="gần", ind="cơ cấu VN30"))
X(T, "Hội đồng quản trị quyết định phát hành thêm cổ phiếu để tăng vốn điều lệ lên 5.000 tỷ đồng.",
  A("5.000 tỷ đồng"), neg="'quyết định' as a verb")

# extra: dot-decimal style ("5.4%") and a few more qualifiers
X("trade", "Theo báo cáo nhanh, xuất khẩu hàng điện tử tháng 7 tăng 12.5% so với tháng 6.", S("điện tử", "C26", opt=True),
  P("12.5%", "+", ind="xuất khẩu hàng điện tử", per="tháng 7", cmp="so với tháng 6"))
X("stock", "VN-Index tăng 1.35% lên 1.302 điểm trong phiên cuối tuần.", P("1.35%", "+", ind="VN-Index"))
X("banking", "Lãi suất tiết kiệm trực tuyến kỳ hạn 6 tháng được niêm yết ở mức 5.2%/năm.",
  P("5.2%", ind="lãi suất tiết kiệm trực tuyến"))
X("cpi", "CPI bình quân quý I/2025 tăng 3.22% so với cùng kỳ năm trước.",
  P("3.22%", "+", ind="CPI bình quân", per="quý I/2025", cmp="so với cùng kỳ năm trước"))
X("industry", "Ngành sản xuất đồ uống giảm 2.8% trong tháng 2/2025 do ảnh hưởng của quy định về nồng độ cồn.",
  S("sản xuất đồ uống", "C11"), P("2.8%", "-", sec="C11", per="tháng 2/2025"))
X("budget_tax", "Thu ngân sách của thành phố đạt hơn 52.000 tỷ đồng, tăng hơn 11% so với cùng kỳ.",
  A("52.000 tỷ đồng", q="hơn"), P("11%", "+", q="hơn", ind="thu ngân sách", cmp="so với cùng kỳ"))
X("health_education", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi đã giảm xuống dưới 18%.",
  P("18%", "-", q="dưới", ind="tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"))
