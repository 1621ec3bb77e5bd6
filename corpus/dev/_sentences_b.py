# Sentences, part B: personnel, provincial government, company news, legal documents.
from _lib import P, S, O, D, A

E = []


def X(topic, text, *facts, neg=None, **defaults):
    E.append((topic, text, facts, neg, defaults))


T = "personnel"
X(T, "Chiều 15/10, UBND tỉnh Nghệ An tổ chức hội nghị công bố Quyết định số 3456/QĐ-UBND về việc bổ nhiệm ông Trần Quốc Việt giữ chức Giám đốc Sở Tài chính tỉnh Nghệ An.",
  D("Quyết định số 3456/QĐ-UBND", "Quyết định", "3456/QĐ-UBND",
    subj="bổ nhiệm ông Trần Quốc Việt giữ chức Giám đốc Sở Tài chính tỉnh Nghệ An"),
  O("ông Trần Quốc Việt", "Trần Quốc Việt", hon="ông", title="Giám đốc", org="Sở Tài chính tỉnh Nghệ An"))
X(T, "Thủ tướng Chính phủ vừa ký Quyết định số 1523/QĐ-TTg ngày 8/12/2024 phê chuẩn kết quả bầu bổ sung Phó Chủ tịch UBND tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026 đối với ông Võ Thanh Liêm.",
  D("Quyết định số 1523/QĐ-TTg", "Quyết định", "1523/QĐ-TTg", date="2024-12-08"),
  O("ông Võ Thanh Liêm", "Võ Thanh Liêm", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Quảng Ngãi"))
X(T, "Phát biểu tại buổi lễ, bà Lê Thị Thu Hằng, Phó Bí thư Thường trực Tỉnh ủy Hà Tĩnh, đề nghị tân Giám đốc Sở phát huy năng lực, kinh nghiệm.",
  O("bà Lê Thị Thu Hằng, Phó Bí thư Thường trực Tỉnh ủy Hà Tĩnh", "Lê Thị Thu Hằng", hon="bà",
    title="Phó Bí thư Thường trực", org="Tỉnh ủy Hà Tĩnh"))
X(T, "Tham dự hội nghị có các ông Nguyễn Hữu Thắng, Hoàng Văn Phúc và bà Đinh Thị Ngọc Lan, Phó Chủ tịch UBND tỉnh Thái Nguyên.",
  O("Nguyễn Hữu Thắng", "Nguyễn Hữu Thắng", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Thái Nguyên"),
  O("Hoàng Văn Phúc", "Hoàng Văn Phúc", hon="ông", title="Phó Chủ tịch", org="UBND tỉnh Thái Nguyên"),
  O("bà Đinh Thị Ngọc Lan, Phó Chủ tịch UBND tỉnh Thái Nguyên", "Đinh Thị Ngọc Lan", hon="bà",
    title="Phó Chủ tịch", org="UBND tỉnh Thái Nguyên"))
X(T, "Đại tá Phạm Văn Hòa, Phó Giám đốc Công an tỉnh Long An, được điều động, bổ nhiệm giữ chức Giám đốc Công an tỉnh Tây Ninh.",
  O("Đại tá Phạm Văn Hòa, Phó Giám đốc Công an tỉnh Long An", "Phạm Văn Hòa", pre="Đại tá",
    title="Phó Giám đốc", org="Công an tỉnh Long An"))
X(T, "Thượng tướng Hà Minh Khôi, Thứ trưởng Bộ Quốc phòng, chủ trì buổi tiếp đoàn.",
  O("Thượng tướng Hà Minh Khôi, Thứ trưởng Bộ Quốc phòng", "Hà Minh Khôi", pre="Thượng tướng",
    title="Thứ trưởng", org="Bộ Quốc phòng"))
X(T, "PGS.TS. Nguyễn Thị Minh Hạnh được bổ nhiệm làm Hiệu trưởng Trường Đại học Kinh tế Quốc dân nhiệm kỳ mới.",
  O("PGS.TS. Nguyễn Thị Minh Hạnh", "Nguyễn Thị Minh Hạnh", pre="PGS.TS.", title="Hiệu trưởng",
    org="Trường Đại học Kinh tế Quốc dân"))
X(T, "Quyền Chủ tịch UBND tỉnh Phú Yên Lương Văn Tài yêu cầu các sở, ngành khẩn trương tháo gỡ vướng mắc về mặt bằng.",
  O("Quyền Chủ tịch UBND tỉnh Phú Yên Lương Văn Tài", "Lương Văn Tài", title="Quyền Chủ tịch",
    org="UBND tỉnh Phú Yên"))
X(T, "Buổi ra mắt sách có sự tham dự của nguyên Bộ trưởng Bộ Giao thông vận tải Đỗ Quang Trung.",
  O("nguyên Bộ trưởng Bộ Giao thông vận tải Đỗ Quang Trung", "Đỗ Quang Trung", title="Bộ trưởng", former=True,
    org="Bộ Giao thông vận tải"))
X(T, "Bà Nguyễn Thị Phương Thảo - Phó Chủ tịch Thường trực HĐND thành phố Cần Thơ chủ trì phiên chất vấn.",
  O("Bà Nguyễn Thị Phương Thảo - Phó Chủ tịch Thường trực HĐND thành phố Cần Thơ", "Nguyễn Thị Phương Thảo",
    hon="bà", title="Phó Chủ tịch Thường trực", org="HĐND thành phố Cần Thơ"))
X(T, "Phó Giám đốc Phụ trách Sở Xây dựng Đà Nẵng Trương Quang Huy cho biết hồ sơ đã được trình lên UBND thành phố.",
  O("Phó Giám đốc Phụ trách Sở Xây dựng Đà Nẵng Trương Quang Huy", "Trương Quang Huy",
    title="Phó Giám đốc Phụ trách", org="Sở Xây dựng Đà Nẵng"))
X(T, "Anh Nguyễn Văn Dũng, người dân xã Tân Phú, cho biết gia đình đã nhận đủ tiền bồi thường từ tháng trước.",
  neg="person with no official role")
X(T, "Bài và ảnh: Hồng Nhung", neg="byline / photo credit")
X(T, "Bộ Chính trị quyết định điều động ông Hồ Văn Nam giữ chức Phó Trưởng Ban Tổ chức Trung ương.",
  O("ông Hồ Văn Nam", "Hồ Văn Nam", hon="ông", title="Phó Trưởng Ban", org="Ban Tổ chức Trung ương"))
X(T, "Ông Đinh Công Bảo, Chủ tịch HĐQT Công ty CP Thủy điện Sông Lam, vừa gửi đơn xin từ nhiệm vì lý do cá nhân.",
  O("Ông Đinh Công Bảo, Chủ tịch HĐQT Công ty CP Thủy điện Sông Lam", "Đinh Công Bảo", hon="ông",
    title="Chủ tịch HĐQT", org="Công ty CP Thủy điện Sông Lam"))
X(T, "Thủ tướng Nhật Bản Tanaka Hiroshi khẳng định sẽ tiếp tục hỗ trợ Việt Nam phát triển nguồn nhân lực chất lượng cao.",
  O("Thủ tướng Nhật Bản Tanaka Hiroshi", "Tanaka Hiroshi", title="Thủ tướng", org="Nhật Bản"))
X(T, "Chủ tịch Hiệp hội Chế biến gỗ tỉnh Bình Định Lê Văn Khải kiến nghị giảm phí cảng biển cho doanh nghiệp xuất khẩu.",
  O("Chủ tịch Hiệp hội Chế biến gỗ tỉnh Bình Định Lê Văn Khải", "Lê Văn Khải", title="Chủ tịch",
    org="Hiệp hội Chế biến gỗ tỉnh Bình Định"))
X(T, "TS. Hà Huy Tuấn, một chuyên gia kinh tế độc lập, nhận định lạm phát khó vượt mục tiêu.",
  neg="academic prefix but no official position (descriptor only)")
X(T, "Ông Hà Văn Sơn (Trưởng phòng Kinh tế huyện Mường Lát) cho biết huyện đã hỗ trợ 230 hộ chuyển đổi cây trồng.",
  O("Ông Hà Văn Sơn (Trưởng phòng Kinh tế huyện Mường Lát)", "Hà Văn Sơn", hon="ông", title="Trưởng phòng",
    org="Phòng Kinh tế huyện Mường Lát"),
  A("230 hộ"))
X(T, "Ông Lý Minh Khoa được bầu giữ chức Chủ tịch UBND huyện Bảo Lâm với 100% số phiếu tán thành.",
  O("Ông Lý Minh Khoa", "Lý Minh Khoa", hon="ông", title="Chủ tịch", org="UBND huyện Bảo Lâm"),
  P("100%", ind="số phiếu tán thành"))
X(T, "Kỳ họp thứ 18, HĐND tỉnh khóa XVII sẽ khai mạc vào ngày 9/12 và kéo dài trong 3 ngày.",
  neg="session number, term number, date, duration")
X(T, "Thứ trưởng Thường trực Bộ Tài chính Trần Văn Thành cho biết sẽ rà soát lại toàn bộ các khoản phí.",
  O("Thứ trưởng Thường trực Bộ Tài chính Trần Văn Thành", "Trần Văn Thành", title="Thứ trưởng Thường trực",
    org="Bộ Tài chính"))
X(T, "Đồng chí Ngô Thị Thanh Bình, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Bắc Kạn, trao quà cho các hộ khó khăn.",
  O("Đồng chí Ngô Thị Thanh Bình, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Bắc Kạn", "Ngô Thị Thanh Bình",
    hon="đồng chí", title="Trưởng Ban", org="Ban Dân vận Tỉnh ủy Bắc Kạn"))
X(T, "Tiếp đoàn có ông Kim Jae-won, Tổng Giám đốc Tập đoàn Hanjin Electronics khu vực Đông Nam Á.",
  O("ông Kim Jae-won, Tổng Giám đốc Tập đoàn Hanjin Electronics khu vực Đông Nam Á", "Kim Jae-won", hon="ông",
    title="Tổng Giám đốc", org="Tập đoàn Hanjin Electronics khu vực Đông Nam Á"))
X(T, "Ông Phùng Đức Lộc, Giám đốc Sở Tư pháp, và bà Trần Thị Kim Oanh, Phó Giám đốc Sở Nội vụ, cùng dự buổi làm việc.",
  O("Ông Phùng Đức Lộc, Giám đốc Sở Tư pháp", "Phùng Đức Lộc", hon="ông", title="Giám đốc", org="Sở Tư pháp"),
  O("bà Trần Thị Kim Oanh, Phó Giám đốc Sở Nội vụ", "Trần Thị Kim Oanh", hon="bà", title="Phó Giám đốc",
    org="Sở Nội vụ"))
X(T, "Người phát ngôn Bộ Ngoại giao Lưu Thanh Bình trả lời câu hỏi của phóng viên về vụ việc.",
  O("Người phát ngôn Bộ Ngoại giao Lưu Thanh Bình", "Lưu Thanh Bình", title="Người phát ngôn", org="Bộ Ngoại giao"))
X(T, "GS. Vũ Minh Châu, Viện trưởng Viện Nghiên cứu Kinh tế biển, được trao tặng danh hiệu Nhà giáo Nhân dân.",
  O("GS. Vũ Minh Châu, Viện trưởng Viện Nghiên cứu Kinh tế biển", "Vũ Minh Châu", pre="GS.", title="Viện trưởng",
    org="Viện Nghiên cứu Kinh tế biển"))
X(T, "Ông Khổng Minh Tuấn - Bí thư Huyện ủy Tam Đảo nhận nhiệm vụ mới theo Quyết định 1482-QĐ/TU của Ban Thường vụ Tỉnh ủy.",
  O("Ông Khổng Minh Tuấn - Bí thư Huyện ủy Tam Đảo", "Khổng Minh Tuấn", hon="ông", title="Bí thư",
    org="Huyện ủy Tam Đảo"),
  D("Quyết định 1482-QĐ/TU", "Quyết định", "1482-QĐ/TU", iss="Ban Thường vụ Tỉnh ủy"))
X(T, "Ông Tùng, bảo vệ của trụ sở, cho biết đoàn kiểm tra đến lúc 9 giờ.",
  neg="person named by given name with a job, not an official title")

T = "provincial"
X(T, "UBND tỉnh Quảng Ninh vừa ban hành Kế hoạch số 215/KH-UBND ngày 3/9/2024 về phát triển kinh tế ban đêm giai đoạn 2024 - 2030.",
  D("Kế hoạch số 215/KH-UBND", "Kế hoạch", "215/KH-UBND", date="2024-09-03",
    subj="phát triển kinh tế ban đêm giai đoạn 2024 - 2030"))
X(T, "Chủ tịch UBND tỉnh Hưng Yên Tạ Quang Huy cho biết tốc độ tăng trưởng kinh tế của tỉnh năm 2024 ước đạt 8,2%.",
  O("Chủ tịch UBND tỉnh Hưng Yên Tạ Quang Huy", "Tạ Quang Huy", title="Chủ tịch", org="UBND tỉnh Hưng Yên"),
  P("8,2%", "+", ind="tốc độ tăng trưởng kinh tế", per="năm 2024"))
X(T, "Tỉnh phấn đấu đến năm 2030 tỷ lệ đô thị hóa đạt trên 45%.",
  P("45%", q="trên", ind="tỷ lệ đô thị hóa", per="năm 2030", ps=None, pe="2030-12-31"))
X(T, "Đoàn công tác làm việc tại xã Tân Lập, huyện Đan Phượng vào sáng 20/3.", neg="place names and date")
X(T, "Ông Võ Văn Hưng, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Dương, cho biết 9 tháng năm 2024 tỉnh thu hút 1,25 tỷ USD vốn FDI.",
  O("Ông Võ Văn Hưng, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Dương", "Võ Văn Hưng", hon="ông", title="Giám đốc",
    org="Sở Kế hoạch và Đầu tư tỉnh Bình Dương"),
  A("1,25 tỷ USD"))
X(T, "HĐND tỉnh Lào Cai đã thông qua Nghị quyết số 25/2024/NQ-HĐND quy định mức hỗ trợ phát triển sản xuất hàng hóa tập trung.",
  D("Nghị quyết số 25/2024/NQ-HĐND", "Nghị quyết", "25/2024/NQ-HĐND"))
X(T, "Tỷ lệ hộ nghèo đa chiều của tỉnh giảm từ 9,8% năm 2022 xuống còn 7,1% năm 2024.",
  P("9,8%", ind="tỷ lệ hộ nghèo đa chiều", per="năm 2022"),
  P("7,1%", "-", ind="tỷ lệ hộ nghèo đa chiều", per="năm 2024", vf=9.8))
X(T, "Theo Tờ trình số 418/TTr-UBND ngày 14 tháng 11 năm 2024 của UBND tỉnh, tổng vốn đầu tư công trung hạn là 18.640 tỷ đồng.",
  D("Tờ trình số 418/TTr-UBND", "Tờ trình", "418/TTr-UBND", date="2024-11-14"), A("18.640 tỷ đồng"))
X(T, "UBND tỉnh đã ban hành Công văn số 1187, 1188/UBND-KT ngày 9/5/2025 đôn đốc giải ngân vốn đầu tư công.",
  D("Công văn số 1187", "Công văn", "1187/UBND-KT", date="2025-05-09"),
  D("1188/UBND-KT", "Công văn", "1188/UBND-KT", date="2025-05-09"))
X(T, "Thực hiện Quyết định số 812 của UBND tỉnh Thanh Hóa, các địa phương đã rà soát 1.346 hộ dân vùng sạt lở.",
  D("Quyết định số 812", "Quyết định", "812", iss="UBND tỉnh Thanh Hóa"), A("1.346 hộ dân"))
X(T, "Ngày 24/6/2025, UBND tỉnh ký Quyết định số 2105/QĐ UBND phê duyệt danh mục dự án kêu gọi đầu tư.",
  D("Quyết định số 2105/QĐ UBND", "Quyết định", "2105/QĐ-UBND", date="2025-06-24"))
X(T, "Thu nhập bình quân đầu người của tỉnh năm 2024 đạt 78,5 triệu đồng/người/năm.", A("78,5 triệu đồng"))
X(T, "Nhà văn hóa thôn được xây dựng trên lô đất số 5, diện tích 650 m2, do người dân hiến tặng.",
  A("650 m2"), neg="'lô đất số 5' is not a figure")
X(T, "Sau sắp xếp, tỉnh còn 124 đơn vị hành chính cấp xã, giảm khoảng 70% so với trước.",
  A("124 đơn vị hành chính cấp xã"), P("70%", "-", q="khoảng", cmp="so với trước"))
X(T, "Phó Chủ tịch UBND tỉnh Đắk Lắk Y Kông Ênuôl yêu cầu hoàn thành bàn giao mặt bằng trước ngày 30/6.",
  O("Phó Chủ tịch UBND tỉnh Đắk Lắk Y Kông Ênuôl", "Y Kông Ênuôl", title="Phó Chủ tịch", org="UBND tỉnh Đắk Lắk"))
X(T, "Chủ tịch UBND tỉnh đã ban hành Chỉ thị số 08/CT-UBND ngày 21/2/2025 về tăng cường kỷ luật, kỷ cương hành chính.",
  D("Chỉ thị số 08/CT-UBND", "Chỉ thị", "08/CT-UBND", date="2025-02-21",
    subj="tăng cường kỷ luật, kỷ cương hành chính"))
X(T, "Đến ngày 31/10/2024, tỉnh giải ngân vốn đầu tư công đạt 68,4% kế hoạch Thủ tướng Chính phủ giao.",
  P("68,4%", ind="vốn đầu tư công", per="đến ngày 31/10/2024", ps="2024-01-01", pe="2024-10-31"))
X(T, "Ủy ban Mặt trận Tổ quốc tỉnh quyết định trao 500 suất quà cho hộ nghèo nhân dịp Tết.",
  A("500 suất quà"), neg="'quyết định' as a verb")
X(T, "Thực hiện Kết luận số 126-KL/TW ngày 14/2/2025, tỉnh đã xây dựng phương án sắp xếp bộ máy.",
  D("Kết luận số 126-KL/TW", "Kết luận", "126-KL/TW", date="2025-02-14"))
X(T, "Trụ sở mới của UBND phường nằm tại số 45 đường Trần Phú, điện thoại 0236 3822 115.",
  neg="address and phone number")
X(T, "Ông Châu Văn Lâm, Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, cho biết có 35 dự án FDI mới được cấp phép.",
  O("Ông Châu Văn Lâm, Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Châu Văn Lâm", hon="ông",
    title="Trưởng Ban", org="Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"),
  A("35 dự án"))
X(T, "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2025 của Hà Tĩnh tăng 7,35% so với cùng kỳ, trong đó khu vực công nghiệp và xây dựng tăng 11,2%.", S("công nghiệp và xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("7,35%", "+", ind="tổng sản phẩm trên địa bàn"), P("11,2%", "+", ind="tổng sản phẩm trên địa bàn"),
  per="6 tháng đầu năm 2025", cmp="so với cùng kỳ")
X(T, "Trong cuộc bỏ phiếu, đề án được 2/3 số đại biểu có mặt tán thành.",
  neg="fraction '2/3' is not a percentage")
X(T, "UBND tỉnh giao Sở Tài chính chủ trì, phối hợp các đơn vị tham mưu thực hiện theo đúng quy định của pháp luật.",
  neg="law mentioned generically")
X(T, "Toàn tỉnh có 1.240 doanh nghiệp thành lập mới với tổng vốn đăng ký 15.800 tỷ đồng, tăng 9,6% về số doanh nghiệp.",
  A("1.240 doanh nghiệp"), A("15.800 tỷ đồng"), P("9,6%", "+", ind="số doanh nghiệp"))
X(T, "Tỉnh đã hỗ trợ xây mới và sửa chữa hơn 3.200 căn nhà cho hộ nghèo với kinh phí gần 160 tỷ đồng.",
  A("3.200 căn nhà", q="hơn"), A("160 tỷ đồng", q="gần"))

T = "company"
X(T, "Công ty CP Sữa Hòa Bình công bố doanh thu thuần quý III/2024 đạt 8.235 tỷ đồng, tăng 6,3% so với cùng kỳ; lợi nhuận sau thuế đạt 1.254 tỷ đồng, giảm 2,1%.",
  A("8.235 tỷ đồng"), P("6,3%", "+", ind="doanh thu thuần"), A("1.254 tỷ đồng"),
  P("2,1%", "-", ind="lợi nhuận sau thuế"), per="quý III/2024", cmp="so với cùng kỳ")
X(T, "Hội đồng quản trị quyết định chia cổ tức bằng tiền mặt với tỷ lệ 15%.",
  P("15%", ind="cổ tức bằng tiền mặt"), neg="'quyết định' as a verb; dividend rate is a level")
X(T, "Tổng Giám đốc Công ty CP Thép Đông Hải Hồ Minh Quang cho biết sản lượng tiêu thụ quý II đạt 420.000 tấn.",
  O("Tổng Giám đốc Công ty CP Thép Đông Hải Hồ Minh Quang", "Hồ Minh Quang", title="Tổng Giám đốc",
    org="Công ty CP Thép Đông Hải"),
  A("420.000 tấn"))
X(T, "Biên lợi nhuận gộp của doanh nghiệp cải thiện từ 18,2% lên 21,5%.",
  P("18,2%", ind="biên lợi nhuận gộp"), P("21,5%", "+", ind="biên lợi nhuận gộp", vf=18.2))
X(T, "Doanh nghiệp đặt kế hoạch năm 2025 với doanh thu 12.000 tỷ đồng và lợi nhuận trước thuế 950 tỷ đồng.",
  A("12.000 tỷ đồng"), A("950 tỷ đồng"))
X(T, "Sau 9 tháng năm 2024, công ty đã hoàn thành 82% kế hoạch lợi nhuận năm.",
  P("82%", ind="kế hoạch lợi nhuận năm", per="9 tháng năm 2024"))
X(T, "Công ty sẽ phát hành 45 triệu cổ phiếu cho cổ đông hiện hữu với giá 12.000 đồng/cổ phiếu.",
  A("45 triệu cổ phiếu"), A("12.000 đồng"))
X(T, "Cổ đông có thể liên hệ ban thư ký qua số điện thoại 028 3822 5566 hoặc đến trụ sở tại số 18 Nguyễn Huệ.",
  neg="phone and house number")
X(T, "Ông Phan Văn Lực, Chủ tịch HĐQT kiêm Tổng Giám đốc Tập đoàn Minh Phát, cho biết tập đoàn sẽ rót thêm 2.000 tỷ đồng vào mảng logistics.", S("logistics", "H52"),
  O("Ông Phan Văn Lực, Chủ tịch HĐQT kiêm Tổng Giám đốc Tập đoàn Minh Phát", "Phan Văn Lực", hon="ông",
    title="Chủ tịch HĐQT kiêm Tổng Giám đốc", org="Tập đoàn Minh Phát"),
  A("2.000 tỷ đồng"))
X(T, "Tập đoàn hiện có hơn 8.500 cán bộ, công nhân viên với thu nhập bình quân 14,5 triệu đồng/người/tháng.",
  A("8.500 cán bộ, công nhân viên", q="hơn"), A("14,5 triệu đồng"))
X(T, "Công ty TNHH Điện tử Sao Việt vừa khánh thành nhà máy thứ hai có tổng vốn đầu tư 150 triệu USD, tạo việc làm cho 3.000 lao động.",
  A("150 triệu USD"), A("3.000 lao động"))
X(T, "Ứng dụng phiên bản 4.5.1 được công ty phát hành ngày 10/10/2024 trên cả hai nền tảng.",
  neg="version number and date")
X(T, "Tỷ lệ sở hữu của nhà đầu tư nước ngoài tại công ty hiện ở mức 49%, đã chạm ngưỡng tối đa.",
  P("49%", ind="tỷ lệ sở hữu của nhà đầu tư nước ngoài"))
X(T, "Lợi nhuận sau thuế nửa đầu năm 2025 của Tổng công ty Phân bón Miền Trung đạt 612 tỷ đồng, gấp 2,3 lần cùng kỳ.",
  A("612 tỷ đồng"), neg="'gấp 2,3 lần' is a multiple, not a percentage")
X(T, "Doanh thu mảng bán lẻ chiếm 74% tổng doanh thu của công ty trong năm 2024.",
  S("bán lẻ", "G47"), P("74%", ind="tổng doanh thu", sec="G47", per="năm 2024"))
X(T, "Mảng sản xuất thiết bị điện của tập đoàn ghi nhận doanh thu tăng 27% nhờ các hợp đồng trạm biến áp.",
  S("sản xuất thiết bị điện", "C27"), P("27%", "+", ind="doanh thu", sec="C27"))
X(T, "Bà Trần Thị Hồng Nhung, Giám đốc tài chính Công ty CP Dược phẩm An Khang, cho biết chi phí lãi vay giảm 18%.",
  O("Bà Trần Thị Hồng Nhung, Giám đốc tài chính Công ty CP Dược phẩm An Khang", "Trần Thị Hồng Nhung", hon="bà",
    title="Giám đốc tài chính", org="Công ty CP Dược phẩm An Khang"),
  P("18%", "-", ind="chi phí lãi vay"))
X(T, "Trận đấu giữa đội bóng của công ty và đội Sở Công Thương kết thúc với tỷ số 3-1 nghiêng về đội khách.",
  neg="match score")
X(T, "Công ty trích 500 triệu đồng từ quỹ phúc lợi để ủng hộ đồng bào vùng lũ.", A("500 triệu đồng"))
X(T, "Đại hội đồng cổ đông thường niên năm 2025 sẽ diễn ra vào ngày 26/4 tại khách sạn Melia, số 44B Lý Thường Kiệt.",
  neg="date and address")
X(T, "Tập đoàn đặt mục tiêu doanh thu từ hoạt động kinh doanh bất động sản công nghiệp tăng 20-25% mỗi năm.",
  S("hoạt động kinh doanh bất động sản", "L68"), P("20-25%", "+", ind="doanh thu", sec="L68"))
X(T, "Công ty cho biết đã xuất khẩu 1,8 triệu đôi giày sang thị trường Mỹ, chiếm khoảng 40% sản lượng.",
  A("1,8 triệu đôi giày"), P("40%", q="khoảng", ind="sản lượng"))
X(T, "Ông Quách Thành Đạt, Phó Tổng Giám đốc Tổng công ty Hàng hải Phương Nam, cho biết đội tàu đã tăng lên 28 chiếc.",
  O("Ông Quách Thành Đạt, Phó Tổng Giám đốc Tổng công ty Hàng hải Phương Nam", "Quách Thành Đạt", hon="ông",
    title="Phó Tổng Giám đốc", org="Tổng công ty Hàng hải Phương Nam"),
  A("28 chiếc"))
X(T, "Giá trị hợp đồng ký mới của nhà thầu đạt 1,2 tỷ EUR, trong đó dự án lớn nhất trị giá 320 triệu EUR.",
  A("1,2 tỷ EUR"), A("320 triệu EUR"))

T = "legal"
X(T, "Chính phủ ban hành Nghị định số 175/2025/NĐ-CP ngày 30/6/2025 quy định chi tiết một số điều của Luật Đầu tư.",
  D("Nghị định số 175/2025/NĐ-CP", "Nghị định", "175/2025/NĐ-CP", date="2025-06-30"),
  D("Luật Đầu tư", "Luật", None, iss=None))
X(T, "Thông tư 15/2025/TT-BTC có hiệu lực thi hành kể từ ngày 1/8/2025.",
  D("Thông tư 15/2025/TT-BTC", "Thông tư", "15/2025/TT-BTC"))
X(T, "Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân xác định đây là một động lực quan trọng nhất của nền kinh tế.",
  D("Nghị quyết số 68-NQ/TW", "Nghị quyết", "68-NQ/TW", date="2025-05-04", subj="phát triển kinh tế tư nhân"))
X(T, "Luật Đất đai 2024 có nhiều quy định mới về bảng giá đất, áp dụng từ ngày 1/1 hằng năm.",
  D("Luật Đất đai 2024", "Luật", None, iss=None))
X(T, "Mọi hành vi vi phạm sẽ bị xử lý nghiêm theo quy định của pháp luật.", neg="law mentioned generically")
X(T, "Ban Thường vụ Đảng ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với hai đảng viên.",
  neg="'quyết định' as a verb")
X(T, "Căn cứ Thông tư liên tịch số 12/2016/TTLT-BYT-BTC, các cơ sở y tế phải công khai giá dịch vụ khám bệnh.",
  D("Thông tư liên tịch số 12/2016/TTLT-BYT-BTC", "Thông tư liên tịch", "12/2016/TTLT-BYT-BTC",
    iss="Bộ Y tế; Bộ Tài chính"))
X(T, "Quyết định 27/2018/QĐ-TTg ban hành Hệ thống ngành kinh tế Việt Nam gồm 5 cấp.",
  D("Quyết định 27/2018/QĐ-TTg", "Quyết định", "27/2018/QĐ-TTg"))
X(T, "Thủ tướng Chính phủ đã ký Công điện số 45/CĐ-TTg ngày 9/4/2025 về việc chủ động ứng phó với chính sách thuế quan mới.",
  D("Công điện số 45/CĐ-TTg", "Công điện", "45/CĐ-TTg", date="2025-04-09",
    subj="chủ động ứng phó với chính sách thuế quan mới"))
X(T, "Quốc hội đã thông qua Luật số 61/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán và Luật Kiểm toán độc lập.",
  D("Luật số 61/2024/QH15", "Luật", "61/2024/QH15"),
  D("Luật Chứng khoán", "Luật", None, iss=None), D("Luật Kế toán", "Luật", None, iss=None),
  D("Luật Kiểm toán độc lập", "Luật", None, iss=None))
X(T, "Văn phòng Chính phủ có Thông báo số 215/TB-VPCP ngày 20 tháng 5 năm 2025 kết luận của Phó Thủ tướng tại cuộc họp.",
  D("Thông báo số 215/TB-VPCP", "Thông báo", "215/TB-VPCP", date="2025-05-20"))
X(T, "Bộ đang lấy ý kiến dự thảo Nghị định thay thế Nghị định 100 về xử phạt vi phạm hành chính trong lĩnh vực giao thông.",
  D("Nghị định 100", "Nghị định", "100", iss=None))
X(T, "Theo khoản 2 Điều 12 của dự thảo, doanh nghiệp có 15 ngày để bổ sung hồ sơ.",
  neg="clause and article numbers, a duration")
X(T, "Nghị định số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020 của Chính phủ về công tác văn thư quy định thể thức văn bản hành chính.",
  D("Nghị định số 30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP", date="2020-03-05", subj="công tác văn thư"))
X(T, "Bộ Công Thương ban hành Thông tư số 40/2024/TT-BCT ngày 31/12/2024 về việc quy định kiểm tra chất lượng xăng dầu.",
  D("Thông tư số 40/2024/TT-BCT", "Thông tư", "40/2024/TT-BCT", date="2024-12-31",
    subj="quy định kiểm tra chất lượng xăng dầu"))
X(T, "Bộ luật Lao động năm 2019 quy định thời giờ làm thêm không quá 40 giờ trong một tháng.",
  D("Bộ luật Lao động năm 2019", "Bộ luật", None, iss=None), A("40 giờ", q="không quá"))
X(T, "Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 76/2025/UBTVQH15 về sắp xếp đơn vị hành chính năm 2025.",
  D("Nghị quyết số 76/2025/UBTVQH15", "Nghị quyết", "76/2025/UBTVQH15",
    subj="sắp xếp đơn vị hành chính năm 2025"))
X(T, "Ngày 26/1/2018, Thủ tướng đã ký Quyết định số 127/QĐ-TTg về việc thành lập Ban Chỉ đạo.",
  D("Quyết định số 127/QĐ-TTg", "Quyết định", "127/QĐ-TTg", date="2018-01-26", subj="thành lập Ban Chỉ đạo"))
X(T, "Điều 3 của văn bản nêu rõ người đứng đầu cơ quan phải chịu trách nhiệm nếu để xảy ra sai phạm.",
  neg="article number, generic 'văn bản'")
X(T, "Chỉ thị số 20/CT-TTg ngày 12 tháng 6 năm 2025 yêu cầu các bộ, ngành cắt giảm ít nhất 30% thủ tục hành chính.",
  D("Chỉ thị số 20/CT-TTg", "Chỉ thị", "20/CT-TTg", date="2025-06-12"),
  P("30%", "-", q="ít nhất", ind="thủ tục hành chính"))
X(T, "Thông tư số 23/2025/TT-BNNMT hướng dẫn về kiểm dịch động vật, sản phẩm động vật trên cạn.",
  D("Thông tư số 23/2025/TT-BNNMT", "Thông tư", "23/2025/TT-BNNMT",
    subj="kiểm dịch động vật, sản phẩm động vật trên cạn"))
X(T, "Ngày 18/3/2025, Bộ Tài chính có Quyết định số 1045/QĐ-BTC công bố thủ tục hành chính mới ban hành.",
  D("Quyết định số 1045/QĐ-BTC", "Quyết định", "1045/QĐ-BTC", date="2025-03-18"))
X(T, "Luật Thuế giá trị gia tăng số 48/2024/QH15 có hiệu lực từ ngày 1/7/2025.",
  D("Luật Thuế giá trị gia tăng số 48/2024/QH15", "Luật", "48/2024/QH15"))
X(T, "Hội đồng thẩm định quyết định lùi thời hạn nộp hồ sơ đến hết tháng 3.",
  neg="'quyết định' verb; month without year")
