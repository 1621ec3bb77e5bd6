# Gold annotations for articles/*.txt. Offsets are resolved against the ARTICLE TEXT
# (title, sapo, body paragraphs; no captions, byline or teaser block), see _build.article_text.
from _lib import P, S, O, D, A

ARTICLES = {}

G9 = "9 tháng năm 2025"
ARTICLES["quang_ninh_kinh_te_9_thang"] = dict(topic="provincial", author="Hồng Nhung", facts=[
    P("10,85%", "+", ind="GRDP", per="9 tháng", cmp=None),
    O("Đồng chí Lưu Hồng Quang, Chủ tịch UBND tỉnh", "Lưu Hồng Quang", hon="đồng chí", title="Chủ tịch",
      org="UBND tỉnh", mentions=["ông Lưu Hồng Quang", "Ông Quang"]),
    P("10,85%", "+", occ=1, ind="tốc độ tăng trưởng kinh tế", per=G9, cmp=None),
    P("11,6%", "+", ind="tốc độ tăng trưởng kinh tế", per=G9, cmp=None),
    P("12,3%", "+", ind="tốc độ tăng trưởng kinh tế", per=G9, cmp=None),
    S("nông, lâm nghiệp và thủy sản", "A"),
    P("2,7%", "+", ind="tốc độ tăng trưởng kinh tế", sec="A", per=G9, cmp=None),
    A("42.718 tỷ đồng"),
    P("80%", ind="tổng thu ngân sách nhà nước", per=None, cmp=None),
    P("14,2%", "+", ind="tổng thu ngân sách nhà nước", per=None, cmp="so với cùng kỳ"),
    A("34.905 tỷ đồng"), A("7.813 tỷ đồng"),
    P("9,6%", "+", ind="thu từ hoạt động xuất, nhập khẩu", per=None, cmp="so với cùng kỳ"),
    A("15,8 triệu lượt khách du lịch"),
    P("11%", "+", ind="lượt khách du lịch", per=None, cmp=None),
    A("39.460 tỷ đồng"),
    S("dịch vụ lưu trú và ăn uống", "I"),
    P("13,5%", "+", sec="I", per=None, cmp=None),
    P("95%", q="trên", ind="giải ngân", per="năm 2025", cmp=None),
    D("Nghị quyết số 226/NQ-CP", "Nghị quyết", "226/NQ-CP", date="2025-08-05",
      subj="mục tiêu tăng trưởng các ngành, lĩnh vực và địa phương"),
    A("1.652 doanh nghiệp"), A("21.340 tỷ đồng"),
])

Q3 = "quý III/2025"
T30 = dict(per="Tính đến 30/9/2025", ps="2025-01-01", pe="2025-09-30")
ARTICLES["hvbank_quy_3"] = dict(topic="banking", author="Minh Khôi", facts=[
    A("6.204 tỉ đồng"), A("6.204 tỉ đồng", occ=1),
    P("18,7%", "+", ind="lợi nhuận trước thuế lũy kế", per="9 tháng", cmp="so với cùng kỳ"),
    P("76%", ind="lợi nhuận trước thuế lũy kế", per="9 tháng", cmp=None),
    A("3.185 tỉ đồng"),
    P("15,2%", "+", ind="thu nhập lãi thuần", per=Q3, cmp="so với quý III/2024"),
    A("612 tỉ đồng"),
    P("27,9%", "+", ind="lãi thuần từ hoạt động dịch vụ", per=Q3, cmp="so với quý III/2024"),
    P("9,4%", "-", ind="chi phí dự phòng rủi ro tín dụng", per=Q3, cmp="so với quý III/2024"),
    A("845 tỉ đồng"),
    A("298.460 tỉ đồng"),
    P("9,8%", "+", ind="tổng tài sản", cmp="so với đầu năm", **T30),
    A("201.370 tỉ đồng"),
    P("13,6%", "+", ind="dư nợ cho vay khách hàng", cmp="so với đầu năm", **T30),
    P("82%", ind="dư nợ cho vay khách hàng", cmp=None, **T30),
    A("214.050 tỉ đồng"),
    D("Thông tư 31/2024/TT-NHNN", "Thông tư", "31/2024/TT-NHNN"),
    P("1,46%", ind="tỷ lệ nợ xấu", per=None, cmp=None),
    P("91%", ind="tỷ lệ bao phủ nợ xấu", per=None, cmp=None),
    P("12,3%", ind="hệ số an toàn vốn", per=None, cmp=None),
    P("78,5%", ind="tỷ lệ cho vay/huy động", per=None, cmp=None),
    O("Ông Trần Hữu Phước, Tổng Giám đốc HVBank", "Trần Hữu Phước", hon="ông", title="Tổng Giám đốc",
      org="HVBank", mentions=["ông Phước"]),
    A("16.800 tỉ đồng"),
    D("Quyết định số 2215/QĐ-NHNN", "Quyết định", "2215/QĐ-NHNN", date="2025-08-19"),
    A("420.000 khách hàng mới"),
])

ARTICLES["gia_lai_bo_nhiem"] = dict(topic="personnel", author="Hà Duy", facts=[
    A("3 sở"),
    O("ông Ksor Y Phôn, Phó Giám đốc Sở Nội vụ", "Ksor Y Phôn", hon="ông", title="Phó Giám đốc", org="Sở Nội vụ"),
    D("Quyết định số 1542/QĐ-UBND", "Quyết định", "1542/QĐ-UBND", date="2025-11-15",
      subj="điều động, bổ nhiệm ông Đinh Văn Hlai, Phó Giám đốc Sở Dân tộc và Tôn giáo, giữ chức Giám đốc Sở Dân tộc và Tôn giáo tỉnh Gia Lai"),
    O("ông Đinh Văn Hlai, Phó Giám đốc Sở Dân tộc và Tôn giáo", "Đinh Văn Hlai", hon="ông", title="Phó Giám đốc",
      org="Sở Dân tộc và Tôn giáo", mentions=["ông Đinh Văn Hlai", "Ông Hlai"]),
    O("bà Rơ Mah H'Loan, Trưởng phòng Quản lý giá Sở Tài chính", "Rơ Mah H'Loan", hon="bà", title="Trưởng phòng",
      org="Phòng Quản lý giá Sở Tài chính"),
    O("ông Nguyễn Hữu Lễ", "Nguyễn Hữu Lễ", hon="ông", title="Giám đốc", org="Sở Xây dựng"),
    D("Quyết định số 1543/QĐ-UBND", "Quyết định", "1543/QĐ-UBND"),
    D("1544/QĐ-UBND", "Quyết định", "1544/QĐ-UBND"),
    A("6 phòng chuyên môn"), A("48 công chức"), A("135 xã, phường"),
    P("46%", ind="dân số toàn tỉnh"),
    O("bà Ngô Thị Thu Hà, Phó Chủ tịch UBND tỉnh", "Ngô Thị Thu Hà", hon="bà", title="Phó Chủ tịch", org="UBND tỉnh"),
    P("100%", ind="vốn được giao", per="năm 2025"),
    A("1.286 tỷ đồng"),
    D("Quyết định số 1719/QĐ-TTg", "Quyết định", "1719/QĐ-TTg"),
])

ARTICLES["nghi_dinh_xu_phat_thue"] = dict(topic="legal", author="Bảo Ngọc", facts=[
    D("Nghị định 327/2025/NĐ-CP", "Nghị định", "327/2025/NĐ-CP", date="2025-12-19",
      mentions=["Nghị định 327/2025/NĐ-CP"]),
    D("Nghị định 125/2020/NĐ-CP", "Nghị định", "125/2020/NĐ-CP"),
    P("20%", ind="mức phạt tiền"),
    A("2 triệu đồng"), A("5 triệu đồng"),
    A("1 tỷ đồng", q="dưới"),
    P("50%", "-", ind="mức phạt", cmp="so với tổ chức"),
    A("48.650 quyết định xử phạt"), A("12.740 tỷ đồng"),
    P("6,1%", "+", ind="tổng số tiền phạt và tiền chậm nộp", per="năm 2025", cmp="so với năm 2024"),
    D("Thông tư số 87/2020/TT-BTC", "Thông tư", "87/2020/TT-BTC"),
])

ARTICLES["chung_khoan_phien_24_11"] = dict(topic="stock", author="Thanh Thủy", facts=[
    A("1.480 tỷ đồng"),
    P("1,35%", "-", ind="VN-Index"),
    P("1,35%", "-", occ=1, ind="VN-Index"),
    P("0,8%", "-", ind="HNX-Index"),
    P("0,47%", "-", ind="UPCoM-Index"),
    A("31.250 tỷ đồng"),
    P("18%", "+", ind="thanh khoản toàn thị trường", cmp="so với phiên trước"),
    A("27.900 tỷ đồng"), A("402 mã"), A("198 mã"),
    P("6,9%", "-", ind="cổ phiếu DXH"),
    A("42 triệu đơn vị"),
    P("3,2%", "+", ind="TPR"),
    P("65%", "+", ind="lợi nhuận", per="quý III/2025", cmp="so với cùng kỳ"),
    A("1.480 tỷ đồng", occ=1),
    O("Ông Lê Hoàng Nam, Giám đốc Phân tích Công ty Chứng khoán Sao Việt (SVS)", "Lê Hoàng Nam", hon="ông",
      title="Giám đốc Phân tích", org="Công ty Chứng khoán Sao Việt (SVS)"),
    D("Quyết định số 905/QĐ-UBCK", "Quyết định", "905/QĐ-UBCK", iss="Ủy ban Chứng khoán Nhà nước",
      date="2025-11-21",
      subj="chấp thuận nguyên tắc cho Sở Giao dịch Chứng khoán triển khai hệ thống KRX"),
])
