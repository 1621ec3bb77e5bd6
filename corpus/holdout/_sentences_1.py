# Held-out sentences, part 1: industry, trade, banking, budget & tax, stock market, company.
# Written for this project in the styles of provincial papers, statistics offices, bank / company
# press releases and stock-market news. Names, figures and document numbers are invented.
# X(topic, text, *facts, neg="why this is a hard negative", per=..., cmp=...)
from _lib import P, S, O, D, A

E = []


def X(topic, text, *facts, neg=None, **defaults):
    E.append((topic, text, facts, neg, defaults))


# ------------------------------------------------------------------ industry
T = "industry"
X(T, "Theo Thống kê tỉnh Bắc Ninh, IIP tháng 9/2025 ước tăng 4,7% so với tháng trước và tăng 21,3% so với cùng kỳ năm 2024, chủ yếu nhờ ngành sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học.",
  P("4,7%", "+", ind="IIP", cmp="so với tháng trước"), P("21,3%", "+", ind="IIP", cmp="so với cùng kỳ năm 2024"),
  S("sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", "C26"), per="tháng 9/2025")
X(T, "Công nghiệp chế biến, chế tạo Hà Tĩnh tăng 38,5% nhờ nhà máy thép mới",
  S("Công nghiệp chế biến, chế tạo", "C"), P("38,5%", "+", sec="C"))
X(T, "Giá trị sản xuất ngành xây dựng quý II/2025 (theo giá hiện hành) đạt 18.420 tỉ đồng, tăng 9,1%.",
  S("xây dựng", "F"), A("18.420 tỉ đồng"), P("9,1%", "+", ind="giá trị sản xuất", sec="F"), per="quý II/2025")
X(T, "Sản lượng than sạch khai thác 10 tháng năm 2025 đạt 36,2 triệu tấn, bằng 84,5% kế hoạch năm, giảm 1,8% so với cùng kỳ.",
  A("36,2 triệu tấn"), P("84,5%", ind="sản lượng than sạch khai thác", cmp=None),
  P("1,8%", "-", ind="sản lượng than sạch khai thác", cmp="so với cùng kỳ"), per="10 tháng năm 2025")
X(T, "Chỉ số sử dụng lao động trong DN công nghiệp tại thời điểm 1/11/2025 tăng 3,6% so với cùng thời điểm năm trước; riêng DN ngoài nhà nước giảm 0,8%.",
  S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True),
  P("3,6%", "+", ind="chỉ số sử dụng lao động"), P("0,8%", "-", ind="chỉ số sử dụng lao động"),
  per="thời điểm 1/11/2025", ps="2025-11-01", pe="2025-11-01", cmp="so với cùng thời điểm năm trước")
X(T, "IIP tháng 7 của Hải Phòng tăng 12.8% yoy; ngành sản xuất thiết bị điện tăng 31.2%.",
  P("12.8%", "+", ind="IIP"), S("sản xuất thiết bị điện", "C27"), P("31.2%", "+", ind="IIP", sec="C27"),
  per="tháng 7", cmp="yoy")
X(T, "Nhà máy đặt tại Lô CN-07, KCN Yên Phong II-C, hotline 1900 6886, làm việc từ 7h30 đến 17h các ngày trong tuần.",
  neg="plot code, hotline number, clock times")
X(T, "Năm 2025, khu vực công nghiệp – xây dựng của tỉnh ước tăng 14,3%, đóng góp 8,2 điểm phần trăm vào mức tăng trưởng GRDP.",
  S("công nghiệp – xây dựng", None, codes=["B", "C", "D", "E", "F"]),
  P("14,3%", "+", ind="khu vực công nghiệp – xây dựng", per="năm 2025"),
  P("8,2 điểm phần trăm", ind="mức tăng trưởng GRDP", per="năm 2025"),
  neg="'công nghiệp – xây dựng' is an aggregate, not a VSIC sector")
X(T, "Các KCN trên địa bàn đã thu hút 1,27 tỷ USD vốn FDI, trong đó 65% đổ vào sản xuất linh kiện điện tử.",
  A("1,27 tỷ USD"), P("65%", ind="vốn FDI"), S("sản xuất linh kiện điện tử", "C26", opt=True))
X(T, "Sản xuất, chế biến thực phẩm – ngành có tỷ trọng lớn nhất tỉnh – tăng 6,4%, còn sản xuất đồ uống giảm 2,9% do sức mua yếu.",
  S("Sản xuất, chế biến thực phẩm", "C10"), P("6,4%", "+", sec="C10"),
  S("sản xuất đồ uống", "C11"), P("2,9%", "-", sec="C11"))
X(T, "Ngành sản xuất hóa chất và sản phẩm hóa chất tăng 17,2%, sản xuất thuốc, hóa dược và dược liệu tăng 5,5%.",
  S("sản xuất hóa chất và sản phẩm hóa chất", "C20"), P("17,2%", "+", sec="C20"),
  S("sản xuất thuốc, hóa dược và dược liệu", "C21"), P("5,5%", "+", sec="C21"))
X(T, "Công suất điện mặt trời mái nhà lắp đặt mới trong năm 2025 đạt 412 MWp.",
  A("412 MWp"))
X(T, "Chỉ số tồn kho ngành sản xuất giấy và sản phẩm từ giấy tại thời điểm cuối tháng 6/2025 tăng 24,6% so với cùng thời điểm năm trước.",
  S("sản xuất giấy và sản phẩm từ giấy", "C17"),
  P("24,6%", "+", ind="chỉ số tồn kho", sec="C17", per="cuối tháng 6/2025", ps="2025-06-30", pe="2025-06-30",
    cmp="so với cùng thời điểm năm trước"))
X(T, "Dây chuyền số 4 chạy thử bản firmware v2.3.1 vào lúc 14 giờ ngày 20/10.",
  neg="line number, software version, clock time, bare date")
X(T, "Hoạt động khai thác dầu thô và khí đốt tự nhiên giảm 7,3%, kéo ngành khai khoáng giảm 4,1%.",
  S("khai thác dầu thô và khí đốt tự nhiên", "B06"), P("7,3%", "-", sec="B06"),
  S("khai khoáng", "B"), P("4,1%", "-", sec="B"))
X(T, "Ngành sản xuất phương tiện vận tải khác, chủ yếu là đóng tàu, tăng 11,9% trong 9 tháng năm 2025.",
  S("sản xuất phương tiện vận tải khác", "C30"), S("đóng tàu", "C30", opt=True), P("11,9%", "+", sec="C30", per="9 tháng năm 2025"))
X(T, "Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị là ngành duy nhất giảm (-3,4%) trong nhóm cấp II.",
  S("Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị", "C33"), P("3,4%", "-", sec="C33"))

# ------------------------------------------------------------------ trade
T = "trade"
X(T, "Xuất khẩu tôm 11 tháng năm 2025 đạt 3,94 tỉ USD, tăng 19,6% so với cùng kỳ 2024, theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP).",
  A("3,94 tỉ USD"), P("19,6%", "+", ind="xuất khẩu tôm", per="11 tháng năm 2025", cmp="so với cùng kỳ 2024"))
X(T, "Trung Quốc tiếp tục là thị trường nhập khẩu lớn nhất với 139,7 tỷ USD, chiếm 38,2% tổng kim ngạch nhập khẩu của cả nước.",
  A("139,7 tỷ USD"), P("38,2%", ind="tổng kim ngạch nhập khẩu"))
X(T, "Tính chung hết tháng 10.2025, kim ngạch xuất khẩu hạt điều đạt 3,6 tỉ USD, tăng 21%.",
  A("3,6 tỉ USD"), P("21%", "+", ind="kim ngạch xuất khẩu hạt điều", per="hết tháng 10.2025",
                      ps="2025-01-01", pe="2025-10-31", cmp=None))
X(T, "Kim ngạch nhập khẩu xăng dầu giảm mạnh 15,3% về lượng nhưng chỉ giảm 4,2% về trị giá.",
  P("15,3%", "-", ind="kim ngạch nhập khẩu xăng dầu"), P("4,2%", "-", ind="kim ngạch nhập khẩu xăng dầu"))
X(T, "Cán cân thương mại hàng hóa tháng 11 xuất siêu khoảng 1,1 tỷ USD; lũy kế 11 tháng xuất siêu 20,5 tỷ USD.",
  A("1,1 tỷ USD", q="khoảng"), A("20,5 tỷ USD"))
X(T, "Giá xuất khẩu bình quân hồ tiêu trong tháng 8 đạt 6.640 USD/tấn, tăng 37,4% so với cùng kỳ năm ngoái.",
  A("6.640 USD"), P("37,4%", "+", ind="giá xuất khẩu bình quân hồ tiêu", per="tháng 8", cmp="so với cùng kỳ năm ngoái"))
X(T, "Xuất khẩu sang Hoa Kỳ đạt 128,4 tỷ USD, tăng 27% yoy, tiếp tục là thị trường lớn nhất.",
  A("128,4 tỷ USD"), P("27%", "+", ind="xuất khẩu sang Hoa Kỳ", cmp="yoy"))
X(T, "Theo Bộ Công Thương, số vụ điều tra phòng vệ thương mại nhắm vào hàng Việt Nam từ đầu năm đã lên tới 47 vụ.",
  A("47 vụ"))
X(T, "Nhập khẩu máy vi tính, sản phẩm điện tử và linh kiện đạt 96,2 tỉ USD, chiếm 31% tổng trị giá nhập khẩu.",
  A("96,2 tỉ USD"), P("31%", ind="tổng trị giá nhập khẩu"),
  neg="commodity group resembling VSIC C26 is not a sector")
X(T, "Khu vực có vốn đầu tư nước ngoài xuất khẩu 279,5 tỉ USD (kể cả dầu thô), chiếm 72,8% tổng kim ngạch xuất khẩu.",
  A("279,5 tỉ USD"), P("72,8%", ind="tổng kim ngạch xuất khẩu"))
X(T, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 12/2025 ước đạt 612,3 nghìn tỷ đồng, tăng 1,7% so với tháng trước.",
  S("bán lẻ", "G47", opt=True), A("612,3 nghìn tỷ đồng"),
  P("1,7%", "+", ind="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", per="tháng 12/2025",
    cmp="so với tháng trước"))
X(T, "Doanh thu dịch vụ lưu trú, ăn uống 9 tháng năm 2025 tăng 14,8%, du lịch lữ hành tăng 21,1%.",
  S("dịch vụ lưu trú, ăn uống", "I"), P("14,8%", "+", ind="doanh thu", sec="I"),
  S("du lịch lữ hành", "N79"), P("21,1%", "+", ind="doanh thu", sec="N79"), per="9 tháng năm 2025")
X(T, "Lô hàng 20 container thanh long mang mã số vùng trồng VN-BTOR-0123 đã thông quan tại cửa khẩu Tân Thanh lúc 10 giờ sáng 3/12.",
  A("20 container"), neg="growing-area code, clock time, bare date")
X(T, "Trong tháng 11, kim ngạch xuất khẩu của ngành dệt may đạt 3,5 tỷ USD, giảm 2,4% so với tháng trước nhưng tăng 9,6% so với cùng kỳ.",
  S("dệt may", "C", codes=["C13", "C14"]), A("3,5 tỷ USD"),
  P("2,4%", "-", ind="kim ngạch xuất khẩu", sec="C14", cmp="so với tháng trước"),
  P("9,6%", "+", ind="kim ngạch xuất khẩu", sec="C14", cmp="so với cùng kỳ"), per="tháng 11")
X(T, "Thâm hụt thương mại với Hàn Quốc thu hẹp còn 18,7 tỷ USD.",
  A("18,7 tỷ USD"))
X(T, "Giá gạo 5% tấm loại thường xuất khẩu của Việt Nam hiện ở mức 358 USD/tấn, thấp nhất 8 năm.",
  A("358 USD"), neg="'5% tấm' is a rice grade, not a statistic")

# ------------------------------------------------------------------ banking
T = "banking"
X(T, "Tính đến 30/9/2025, tổng tài sản của Ngân hàng TMCP Bến Nghé (BNBank) đạt 412.580 tỷ đồng, tăng 12,4% so với đầu năm; dư nợ cấp tín dụng đạt 286.300 tỷ đồng, tăng 15,1%.",
  A("412.580 tỷ đồng"), P("12,4%", "+", ind="tổng tài sản"), A("286.300 tỷ đồng"),
  P("15,1%", "+", ind="dư nợ cấp tín dụng"),
  per="Tính đến 30/9/2025", ps="2025-01-01", pe="2025-09-30", cmp="so với đầu năm")
X(T, "Tỷ lệ nợ xấu (NPL) được kiểm soát ở mức 1,38%, tỷ lệ bao phủ nợ xấu đạt 102%.",
  P("1,38%", ind="tỷ lệ nợ xấu"), P("102%", ind="tỷ lệ bao phủ nợ xấu"))
X(T, "NHNN điều chỉnh giảm trần lãi suất tiền gửi kỳ hạn dưới 6 tháng từ 4,75%/năm xuống 4,5%/năm.",
  P("4,75%", ind="trần lãi suất tiền gửi"), P("4,5%", "-", ind="trần lãi suất tiền gửi", vf=4.75))
X(T, "Hệ số CASA của ngân hàng cải thiện lên 24,6%, cao nhất trong 3 năm.",
  P("24,6%", "+", ind="hệ số CASA"))
X(T, "Tăng trưởng tín dụng toàn hệ thống đến ngày 28/11/2025 đạt 16,56% so với cuối năm 2024.",
  P("16,56%", "+", ind="tăng trưởng tín dụng", per="đến ngày 28/11/2025", ps="2025-01-01", pe="2025-11-28",
    cmp="so với cuối năm 2024"))
X(T, "Lãi suất cho vay bình quân của các NHTM trong nước đối với các khoản vay mới ở mức 6,5%/năm, giảm 0,4 điểm phần trăm so với cuối năm trước.",
  P("6,5%", ind="lãi suất cho vay bình quân"),
  P("0,4 điểm phần trăm", "-", ind="lãi suất cho vay bình quân", cmp="so với cuối năm trước"))
X(T, "Khách hàng gọi tổng đài 1800 599 926 hoặc đến phòng giao dịch tại số 45 Lý Thường Kiệt để được hỗ trợ 24/7.",
  neg="hotline, street number, '24/7' is not a fraction or percentage")
X(T, "Lợi nhuận trước thuế hợp nhất 9 tháng của BNBank đạt 8.912 tỷ đồng, hoàn thành 79% kế hoạch năm.",
  A("8.912 tỷ đồng"), P("79%", ind="lợi nhuận trước thuế hợp nhất", per="9 tháng"))
X(T, "Ông Trịnh Quốc Bảo, Phó Tổng Giám đốc BNBank cho biết tỷ lệ CIR đã giảm xuống 31,2%.",
  O("Ông Trịnh Quốc Bảo, Phó Tổng Giám đốc BNBank", "Trịnh Quốc Bảo", hon="ông", title="Phó Tổng Giám đốc",
    org="BNBank"),
  P("31,2%", "-", ind="tỷ lệ CIR"))
X(T, "Tỷ giá trung tâm được NHNN công bố ở mức 25.138 đồng/USD, tăng 12 đồng so với phiên trước.",
  A("25.138 đồng"), A("12 đồng"))
X(T, "Giá vàng miếng chiều 5/12 niêm yết 153,8 triệu đồng/lượng mua vào và 155,8 triệu đồng/lượng bán ra.",
  A("153,8 triệu đồng"), A("155,8 triệu đồng"))
X(T, "Dư nợ cho vay bất động sản chiếm khoảng 21% tổng dư nợ, trong đó tín dụng cho lĩnh vực kinh doanh bất động sản tăng 19,4%.",
  S("bất động sản", "L68"), P("21%", q="khoảng", ind="tổng dư nợ"), S("kinh doanh bất động sản", "L68"),
  P("19,4%", "+", ind="tín dụng", sec="L68"))
X(T, "Tỷ lệ an toàn vốn (CAR) theo chuẩn Basel II đạt 12,8%, vượt xa mức tối thiểu 8% theo Thông tư 41/2016/TT-NHNN.",
  P("12,8%", ind="tỷ lệ an toàn vốn"), P("8%", ind="mức tối thiểu"),
  D("Thông tư 41/2016/TT-NHNN", "Thông tư", "41/2016/TT-NHNN"))
X(T, "Huy động vốn từ tổ chức kinh tế và dân cư tăng 6,9% (tương đương 35.400 tỉ đồng).",
  P("6,9%", "+", ind="huy động vốn từ tổ chức kinh tế và dân cư"), A("35.400 tỉ đồng"))
X(T, "Ngân hàng quyết định gia hạn thời gian nhận hồ sơ vay ưu đãi đến hết ngày 31/1/2026.",
  neg="'quyết định' as a verb; deadline date")
X(T, "Vốn điều lệ của ngân hàng sau đợt phát hành sẽ tăng từ 18.500 tỷ đồng lên 22.200 tỷ đồng.",
  A("18.500 tỷ đồng"), A("22.200 tỷ đồng"))
X(T, "Thống đốc NHNN Phạm Đức Hiển yêu cầu các TCTD không để tín dụng chảy vào lĩnh vực đầu cơ.",
  O("Thống đốc NHNN Phạm Đức Hiển", "Phạm Đức Hiển", title="Thống đốc", org="NHNN"))
X(T, "Lãi suất huy động kỳ hạn 12 tháng tại nhóm NHTM nhà nước phổ biến 4,7-4,8%/năm.",
  P("4,7-4,8%", ind="lãi suất huy động"))

# ------------------------------------------------------------------ budget & tax
T = "budget_tax"
X(T, "Thu NSNN trên địa bàn tỉnh Nghệ An 11 tháng năm 2025 ước đạt 24.860 tỷ đồng, bằng 128,7% dự toán HĐND tỉnh giao, tăng 31,4% so với cùng kỳ.",
  A("24.860 tỷ đồng"), P("128,7%", ind="thu NSNN", cmp=None), P("31,4%", "+", ind="thu NSNN"),
  per="11 tháng năm 2025", cmp="so với cùng kỳ")
X(T, "Thu nội địa đạt 19.245 tỉ đồng; thu từ hoạt động XNK đạt 3.920 tỉ đồng, vượt 12% dự toán.",
  A("19.245 tỉ đồng"), A("3.920 tỉ đồng"), P("12%", "+", ind="thu từ hoạt động XNK", cmp="dự toán"))
X(T, "Chi ngân sách địa phương 10 tháng ước 31.507 tỷ đồng, trong đó chi đầu tư phát triển 12.188 tỷ đồng, chiếm 38,7%.",
  A("31.507 tỷ đồng"), A("12.188 tỷ đồng"), P("38,7%", ind="chi ngân sách địa phương", per="10 tháng"))
X(T, "Từ ngày 1/7/2025 đến hết 31/12/2026, thuế suất thuế GTGT được giảm từ 10% xuống còn 8% theo Nghị quyết số 219/2025/QH15.",
  P("10%", ind="thuế suất thuế GTGT"), P("8%", "-", ind="thuế suất thuế GTGT", vf=10),
  D("Nghị quyết số 219/2025/QH15", "Nghị quyết", "219/2025/QH15"))
X(T, "Số thuế nợ đọng đến 31/10/2025 là 3.412 tỷ đồng, giảm 8,3% so với thời điểm 31/12/2024.",
  A("3.412 tỷ đồng"), P("8,3%", "-", ind="số thuế nợ đọng", per="đến 31/10/2025", ps="2025-10-31", pe="2025-10-31",
                        cmp="so với thời điểm 31/12/2024"))
X(T, "Bội chi NSNN năm 2026 dự kiến 3,8% GDP.",
  P("3,8%", ind="bội chi NSNN", per="năm 2026"))
X(T, "Mã số thuế của hộ kinh doanh là 0312345678-001, đăng ký tại số 12/4 đường Trần Phú.",
  neg="tax code and address '12/4' (not a fraction or date)")
X(T, "Hơn 2.100 DN được gia hạn nộp thuế với tổng số tiền khoảng 6.350 tỉ đồng.",
  A("2.100 DN", q="hơn"), A("6.350 tỉ đồng", q="khoảng"))
X(T, "Thu tiền sử dụng đất chỉ đạt 41% dự toán, hụt khoảng 2.800 tỷ đồng.",
  P("41%", ind="thu tiền sử dụng đất"), A("2.800 tỷ đồng", q="khoảng"))
X(T, "Tổng thu ngân sách thành phố năm 2025 vượt mốc 500.000 tỷ đồng lần đầu tiên.",
  A("500.000 tỷ đồng"))
X(T, "Thuế suất thuế TNDN phổ thông giữ ở mức 20%, riêng DN có doanh thu năm không quá 3 tỷ đồng áp dụng thuế suất 15%.",
  P("20%", ind="thuế suất thuế TNDN phổ thông"), A("3 tỷ đồng", q="không quá"), P("15%", ind="thuế suất"))
X(T, "Kho bạc Nhà nước khu vực XVII đã giải ngân cho 1.254 hồ sơ trong ngày 15/11.",
  A("1.254 hồ sơ"), neg="Roman region numeral, bare date")
X(T, "Ngân sách trung ương bổ sung có mục tiêu cho tỉnh 1.150 tỷ đồng để khắc phục hậu quả bão số 3 (Yagi).",
  A("1.150 tỷ đồng"))
X(T, "Dự toán chi thường xuyên năm 2026 giảm 5% so với năm 2025 do tinh gọn bộ máy.",
  P("5%", "-", ind="dự toán chi thường xuyên", per="năm 2026", cmp="so với năm 2025"))
X(T, "Cục trưởng Cục Thuế Vũ Đình Khoa cho biết đã có 1,2 triệu hộ kinh doanh chuyển sang kê khai từ ngày 1/1/2026.",
  O("Cục trưởng Cục Thuế Vũ Đình Khoa", "Vũ Đình Khoa", title="Cục trưởng", org="Cục Thuế"),
  A("1,2 triệu hộ kinh doanh"))

# ------------------------------------------------------------------ stock market
T = "stock"
X(T, "Chốt phiên 12/11, VN-Index giảm 18,35 điểm (-1,12%) xuống 1.612,47 điểm; thanh khoản sàn HoSE đạt 28.640 tỷ đồng.",
  P("1,12%", "-", ind="VN-Index"), A("28.640 tỷ đồng"))
X(T, "Khối ngoại bán ròng phiên thứ 7 liên tiếp với giá trị hơn 1.020 tỉ đồng, tập trung ở HPX và FMT.",
  A("1.020 tỉ đồng", q="hơn"))
X(T, "Cổ phiếu NTL của Công ty CP Nhựa Tân Long tăng trần 6,97% lên 34.500 đồng/cp.",
  P("6,97%", "+", ind="cổ phiếu NTL"), A("34.500 đồng"))
X(T, "ĐHĐCĐ thường niên 2025 của Công ty CP Thép Việt Bắc thông qua kế hoạch doanh thu 12.000 tỷ đồng, lợi nhuận sau thuế 480 tỷ đồng và chia cổ tức tỷ lệ 12% bằng tiền.",
  A("12.000 tỷ đồng"), A("480 tỷ đồng"), P("12%", ind="cổ tức"))
X(T, "Ngày 28/11, HĐQT Tổng công ty Cảng Miền Trung đã ban hành Nghị quyết số 45/2025/NQ-HĐQT về việc phát hành 30 triệu cổ phiếu ESOP với giá 10.000 đồng/cp.",
  D("Nghị quyết số 45/2025/NQ-HĐQT", "Nghị quyết", "45/2025/NQ-HĐQT", iss="Hội đồng quản trị",
    subj="phát hành 30 triệu cổ phiếu ESOP với giá 10.000 đồng/cp"),
  A("30 triệu cổ phiếu"), A("10.000 đồng"))
X(T, "Nhóm chứng khoán bứt phá, với SSX tăng 5,2%, VMC tăng 4,8%.",
  S("chứng khoán", "K66"), P("5,2%", "+", ind="SSX"), P("4,8%", "+", ind="VMC"))
X(T, "Mã chứng khoán ABT được chuyển từ sàn UPCoM sang niêm yết tại HoSE từ ngày 2/12/2025.",
  neg="ticker and date only")
X(T, "Quỹ ngoại Dragon Lotus đã bán ra 2,5 triệu cổ phiếu KDX, giảm tỷ lệ sở hữu từ 7,12% xuống 5,98% vốn điều lệ.",
  A("2,5 triệu cổ phiếu"), P("7,12%", ind="tỷ lệ sở hữu"), P("5,98%", "-", ind="tỷ lệ sở hữu", vf=7.12))
X(T, "VN30-Index tăng 9,6 điểm lên 1.788,2 điểm.",
  neg="index points and index level are neither amounts nor percentages")
X(T, "Cổ đông lớn là Công ty TNHH Đầu tư Minh Khang đăng ký mua 5 triệu cổ phiếu từ ngày 3/12 đến 2/1/2026.",
  A("5 triệu cổ phiếu"))
X(T, "Tính đến cuối tháng 10/2025, số tài khoản chứng khoán của nhà đầu tư cá nhân trong nước đạt 10,79 triệu tài khoản, tương đương khoảng 10,6% dân số.",
  A("10,79 triệu tài khoản"),
  P("10,6%", q="khoảng", ind="dân số", per="cuối tháng 10/2025", ps="2025-10-31", pe="2025-10-31"))
X(T, "Giá trị vốn hóa sàn HoSE vượt 7,3 triệu tỷ đồng, bằng khoảng 63% GDP.",
  A("7,3 triệu tỷ đồng"), P("63%", q="khoảng", ind="GDP"))
X(T, "Ủy ban Chứng khoán Nhà nước (UBCKNN) đã ban hành Quyết định số 1347/QĐ-XPHC xử phạt 320 triệu đồng đối với Công ty CP Địa ốc Thiên Phúc do chậm công bố thông tin.",
  D("Quyết định số 1347/QĐ-XPHC", "Quyết định", "1347/QĐ-XPHC", iss="Ủy ban Chứng khoán Nhà nước"),
  A("320 triệu đồng"))
X(T, "Lợi suất TPCP kỳ hạn 10 năm nhích lên 3,28%/năm.",
  P("3,28%", "+", ind="lợi suất TPCP"))
X(T, "Chứng khoán SSX báo lãi quý III/2025 gấp 2,4 lần cùng kỳ, đạt 1.105 tỷ đồng.",
  A("1.105 tỷ đồng"), neg="'gấp 2,4 lần' is a multiple, not a percentage")
X(T, "Thị trường có 212 mã tăng, 168 mã giảm và 59 mã đứng giá; riêng nhóm VN30 có 18/30 mã tăng.",
  A("212 mã"), A("168 mã"), A("59 mã"), neg="'18/30' is a fraction, not a percentage or amount")

# ------------------------------------------------------------------ company
T = "company"
X(T, "Quý III/2025, Công ty CP Sữa Cao Nguyên (mã: SCN) ghi nhận doanh thu thuần 2.318 tỷ đồng, tăng 7,5% yoy; LNST đạt 214 tỷ đồng, giảm 11,2%.",
  A("2.318 tỷ đồng"), P("7,5%", "+", ind="doanh thu thuần"), A("214 tỷ đồng"), P("11,2%", "-", ind="LNST"),
  per="Quý III/2025", ps="2025-07-01", pe="2025-09-30", cmp="yoy")
X(T, "Biên lãi gộp thu hẹp từ 24,1% xuống 21,7% do giá nguyên liệu sữa bột nhập khẩu tăng.",
  P("24,1%", ind="biên lãi gộp"), P("21,7%", "-", ind="biên lãi gộp", vf=24.1))
X(T, "Tập đoàn Samjin Electronics (Hàn Quốc) vừa nâng tổng vốn đầu tư tại Thái Nguyên lên 1,9 tỷ USD, tuyển thêm 3.500 lao động.",
  A("1,9 tỷ USD"), A("3.500 lao động"))
X(T, "Ông Park Min-seok, Tổng Giám đốc Samjin Việt Nam, cho biết nhà máy thứ hai sẽ vận hành từ quý II/2026.",
  O("Ông Park Min-seok, Tổng Giám đốc Samjin Việt Nam", "Park Min-seok", hon="ông", title="Tổng Giám đốc",
    org="Samjin Việt Nam"))
X(T, "Bà Nguyễn Ngọc Bích Trâm – Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Dược Đồng Nai – vừa đăng ký bán 1,2 triệu cổ phiếu.",
  O("Bà Nguyễn Ngọc Bích Trâm – Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Dược Đồng Nai", "Nguyễn Ngọc Bích Trâm",
    hon="bà", title="Chủ tịch HĐQT kiêm Tổng Giám đốc", org="Công ty CP Dược Đồng Nai"),
  A("1,2 triệu cổ phiếu"))
X(T, "Tổng Công ty Điện lực miền Trung (EVNCPC) đã đóng điện thành công trạm biến áp 110kV Hòa Khánh 2 với tổng mức đầu tư 186 tỉ đồng.",
  A("186 tỉ đồng"), neg="'110kV' voltage rating is not an amount")
X(T, "Hãng bay dự kiến nhận thêm 6 tàu bay A321neo, nâng đội bay lên 42 chiếc vào cuối năm 2026.",
  A("6 tàu bay"), A("42 chiếc"), neg="aircraft model code 'A321neo'")
X(T, "Công ty đặt mục tiêu EBITDA đạt 1.500 tỷ VNĐ và tỷ lệ nợ vay/vốn chủ sở hữu dưới 1 lần.",
  A("1.500 tỷ VNĐ"), neg="leverage ratio 'dưới 1 lần' is a multiple")
X(T, "Tập đoàn Nordvik Energy (Na Uy) ký thỏa thuận đầu tư 2,3 tỷ euro vào dự án điện gió ngoài khơi tại Bình Thuận.",
  A("2,3 tỷ euro"))
X(T, "Ông Erik Haugland, Giám đốc Quốc gia của Nordvik Energy tại Việt Nam, kỳ vọng dự án tạo việc làm cho khoảng 1.200 người.",
  O("Ông Erik Haugland, Giám đốc Quốc gia của Nordvik Energy tại Việt Nam", "Erik Haugland", hon="ông",
    title="Giám đốc Quốc gia", org="Nordvik Energy tại Việt Nam"),
  A("1.200 người", q="khoảng"))
X(T, "Doanh nghiệp chi trả cổ tức đợt 2/2024 bằng tiền mặt với tỷ lệ 15%, tương ứng 1.500 đồng/cổ phiếu.",
  P("15%", ind="cổ tức"), A("1.500 đồng"), neg="'đợt 2/2024' is an instalment label, not a date or fraction")
X(T, "Công ty hiện có 2.460 cán bộ, công nhân viên, thu nhập bình quân 13,8 triệu đồng/người/tháng, tăng 6% so với năm 2024.",
  A("2.460 cán bộ, công nhân viên"), A("13,8 triệu đồng"),
  P("6%", "+", ind="thu nhập bình quân", cmp="so với năm 2024"))
X(T, "Mảng bán lẻ chiếm 58% doanh thu hợp nhất, phần còn lại đến từ bán buôn và xuất khẩu.",
  S("bán lẻ", "G47"), P("58%", ind="doanh thu hợp nhất"), S("bán buôn", "G46"))
X(T, "Ban lãnh đạo quyết định chưa chia cổ tức năm nay để dồn vốn cho dự án mở rộng.",
  neg="'quyết định' as a verb, no figures")
X(T, "Giá cổ phiếu SCN đã giảm gần 30% từ đỉnh, về 61.200 đồng.",
  P("30%", "-", q="gần", ind="giá cổ phiếu SCN"), A("61.200 đồng"))
