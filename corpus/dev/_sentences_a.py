# Sentences, part A: industry, trade, banking, budget & tax.
# X(topic, text, *facts, neg="why this is a hard negative", per=..., cmp=...)
# per/cmp given to X are inherited by every P() of the entry unless P overrides.
from _lib import P, S, O, D, A

E = []


def X(topic, text, *facts, neg=None, **defaults):
    E.append((topic, text, facts, neg, defaults))


T = "industry"
IIP = "chỉ số sản xuất công nghiệp"
X(T, "Chỉ số sản xuất công nghiệp (IIP) 9 tháng năm 2024 của tỉnh Bắc Giang ước tăng 14,2% so với cùng kỳ năm trước.", S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True),
  P("14,2%", "+", ind=IIP), per="9 tháng năm 2024", cmp="so với cùng kỳ năm trước")
X(T, "Tính chung 8 tháng năm 2025, IIP toàn ngành công nghiệp tăng 8,6% so với cùng kỳ năm trước, trong đó: ngành chế biến, chế tạo tăng 9,9%; sản xuất và phân phối điện tăng 7,1%; ngành khai khoáng giảm 2,3%.", S("công nghiệp", None, codes=["B", "C", "D", "E"]),
  P("8,6%", "+", ind="IIP"), S("chế biến, chế tạo", "C"), P("9,9%", "+", ind="IIP", sec="C"),
  S("sản xuất và phân phối điện", "D"), P("7,1%", "+", ind="IIP", sec="D"),
  S("khai khoáng", "B"), P("2,3%", "-", ind="IIP", sec="B"),
  per="8 tháng năm 2025", cmp="so với cùng kỳ năm trước")
X(T, "Trong tháng 10/2024, một số ngành có chỉ số sản xuất tăng cao so với cùng kỳ như: sản xuất trang phục tăng 18,4%; sản xuất giường, tủ, bàn, ghế tăng 15,7%; sản xuất kim loại tăng 12,5%.",
  S("sản xuất trang phục", "C14"), P("18,4%", "+", ind="chỉ số sản xuất", sec="C14"),
  S("sản xuất giường, tủ, bàn, ghế", "C31"), P("15,7%", "+", ind="chỉ số sản xuất", sec="C31"),
  S("sản xuất kim loại", "C24"), P("12,5%", "+", ind="chỉ số sản xuất", sec="C24"),
  per="tháng 10/2024", cmp="so với cùng kỳ")
X(T, "Ngành công nghiệp chế biến, chế tạo chiếm tỷ trọng 82,5% giá trị sản xuất công nghiệp toàn tỉnh.", S("công nghiệp", None, codes=["B", "C", "D", "E"], at="giá trị sản xuất", opt=True),
  S("công nghiệp chế biến, chế tạo", "C"), P("82,5%", ind="giá trị sản xuất công nghiệp", sec="C"))
X(T, "Nhà máy số 2 của công ty đặt tại lô C5, Khu công nghiệp Đình Vũ, điện thoại liên hệ 0225 3812 456.",
  neg="factory number, plot code and phone number")
X(T, "Chỉ số tiêu thụ toàn ngành chế biến, chế tạo tháng 7/2024 tăng 3,2% so với tháng trước và tăng 11,4% so với cùng kỳ năm 2023.",
  S("chế biến, chế tạo", "C"), P("3,2%", "+", ind="chỉ số tiêu thụ", sec="C", cmp="so với tháng trước"),
  P("11,4%", "+", ind="chỉ số tiêu thụ", sec="C", cmp="so với cùng kỳ năm 2023"), per="tháng 7/2024")
X(T, "Chỉ số tồn kho toàn ngành chế biến, chế tạo tại thời điểm 31/8/2024 giảm 1,5% so với cùng thời điểm năm trước; tỷ lệ tồn kho bình quân 8 tháng năm 2024 ở mức 76,3%.",
  S("chế biến, chế tạo", "C"),
  P("1,5%", "-", ind="chỉ số tồn kho", sec="C", per="thời điểm 31/8/2024", ps="2024-08-31", pe="2024-08-31",
    cmp="so với cùng thời điểm năm trước"),
  P("76,3%", ind="tỷ lệ tồn kho bình quân", sec="C", per="8 tháng năm 2024", cmp=None))
X(T, "Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/10/2024 tăng 2,1% so với cùng thời điểm tháng trước.", S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True),
  P("2,1%", "+", ind="số lao động đang làm việc", per="thời điểm 1/10/2024", ps="2024-10-01", pe="2024-10-01",
    cmp="so với cùng thời điểm tháng trước"))
X(T, "Sản lượng điện sản xuất tháng 9/2025 ước đạt 27,3 tỷ kWh, tăng 6,8% so với cùng kỳ năm trước.",
  A("27,3 tỷ kWh"), P("6,8%", "+", ind="sản lượng điện sản xuất"), per="tháng 9/2025", cmp="so với cùng kỳ năm trước")
X(T, "Theo Sở Công Thương, 9 tháng năm 2024 toàn tỉnh sản xuất được 3,1 triệu tấn xi măng, bằng 78% kế hoạch năm.",
  A("3,1 triệu tấn"), P("78%", ind="xi măng", per="9 tháng năm 2024", cmp=None))
X(T, "Đội bóng của Nhà máy Cán thép Phú Mỹ giành chiến thắng 3-1 trong trận chung kết giải bóng đá công nhân tổ chức ngày 2/9.",
  neg="match score and a bare date")
X(T, "Ngành sản xuất đồ uống tăng 4,5%, trong khi sản xuất sản phẩm thuốc lá giảm 3,8% so với cùng kỳ.",
  S("sản xuất đồ uống", "C11"), P("4,5%", "+", sec="C11"), S("sản xuất sản phẩm thuốc lá", "C12"),
  P("3,8%", "-", sec="C12"), cmp="so với cùng kỳ")
X(T, "Giá trị sản xuất công nghiệp quý III/2024 theo giá so sánh 2010 ước đạt 45.620 tỷ đồng, tăng 10,3% so với quý III/2023.", S("công nghiệp", None, codes=["B", "C", "D", "E"], opt=True),
  A("45.620 tỷ đồng"), P("10,3%", "+", ind="giá trị sản xuất công nghiệp"), per="quý III/2024", cmp="so với quý III/2023")
X(T, "Phiên bản 2.0 của phần mềm quản lý năng lượng được nhà máy đưa vào vận hành từ ngày 15/4/2025.",
  neg="version number and date")
X(T, "Ngành sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học đóng góp 3,2 điểm phần trăm vào mức tăng chung.",
  S("sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", "C26"),
  P("3,2 điểm phần trăm", ind="mức tăng chung", sec="C26"))
X(T, "Riêng khai khoáng làm giảm 0,4 điểm % mức tăng chung của toàn ngành công nghiệp.", S("công nghiệp", None, codes=["B", "C", "D", "E"]),
  S("khai khoáng", "B"), P("0,4 điểm %", "-", ind="mức tăng chung", sec="B"))
X(T, "Các khu công nghiệp trên địa bàn thu hút thêm 45 doanh nghiệp, giải quyết việc làm cho khoảng 12.500 lao động.",
  A("45 doanh nghiệp"), A("12.500 lao động", q="khoảng"))
X(T, "Hội đồng quản trị quyết định lùi thời gian khởi công nhà máy sang quý sau do chưa hoàn tất giải phóng mặt bằng.",
  neg="'quyết định' as a verb")
X(T, "Chỉ số sản xuất ngành dệt tăng 16,1%, sản xuất da và các sản phẩm có liên quan tăng 13,8%, sản xuất sản phẩm từ cao su và plastic tăng 9,2%.",
  S("dệt", "C13"), P("16,1%", "+", ind="chỉ số sản xuất", sec="C13"),
  S("sản xuất da và các sản phẩm có liên quan", "C15"), P("13,8%", "+", ind="chỉ số sản xuất", sec="C15"),
  S("sản xuất sản phẩm từ cao su và plastic", "C22"), P("9,2%", "+", ind="chỉ số sản xuất", sec="C22"))
X(T, "Một số sản phẩm chủ lực tăng so với cùng kỳ năm trước như: thép cán tăng 21,5%; ô tô tăng 19,3%; điện thoại di động giảm 4,7%.",
  P("21,5%", "+", ind="thép cán"), P("19,3%", "+", ind="ô tô"), P("4,7%", "-", ind="điện thoại di động"),
  cmp="so với cùng kỳ năm trước")
X(T, "Tỷ lệ lấp đầy tại các khu công nghiệp đạt khoảng 72%, tăng 5 điểm phần trăm so với cuối năm 2023.",
  P("72%", q="khoảng", ind="tỷ lệ lấp đầy", cmp=None),
  P("5 điểm phần trăm", "+", ind="tỷ lệ lấp đầy", cmp="so với cuối năm 2023"))
X(T, "Ngành sản xuất ô tô và xe có động cơ khác tăng trưởng 22,4% trong 6 tháng đầu năm 2025.",
  S("sản xuất ô tô và xe có động cơ khác", "C29"), P("22,4%", "+", sec="C29", per="6 tháng đầu năm 2025"))
X(T, "Công nhân vận hành dây chuyền lắp ráp tại nhà máy ở Khu công nghiệp Quế Võ. Ảnh: Thanh Tùng",
  neg="photo caption with credit")
X(T, "Chiếc xe tải mang biển kiểm soát 15C-238.61 đỗ trước cổng nhà máy số 3 từ sáng sớm.",
  neg="licence plate and a building number")
X(T, "Năm 2024, ngành sản xuất sản phẩm từ khoáng phi kim loại khác chỉ tăng 1,2% do thị trường xây dựng trầm lắng.", S("xây dựng", "F", opt=True),
  S("sản xuất sản phẩm từ khoáng phi kim loại khác", "C23"), P("1,2%", "+", sec="C23", per="năm 2024"))
X(T, "Ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 6,4%, đóng góp 0,1 điểm phần trăm.",
  S("cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", "E"), P("6,4%", "+", sec="E"),
  P("0,1 điểm phần trăm", sec="E"))

T = "trade"
X(T, "Kim ngạch xuất khẩu hàng hóa 10 tháng năm 2024 ước đạt 335,6 tỷ USD, tăng 14,9% so với cùng kỳ năm trước.",
  A("335,6 tỷ USD"), P("14,9%", "+", ind="kim ngạch xuất khẩu hàng hóa"),
  per="10 tháng năm 2024", cmp="so với cùng kỳ năm trước")
X(T, "Trong đó, khu vực kinh tế trong nước đạt 92,4 tỷ USD, chiếm 27,5% tổng kim ngạch xuất khẩu; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt 243,2 tỷ USD, chiếm 72,5%.",
  A("92,4 tỷ USD"), P("27,5%", ind="tổng kim ngạch xuất khẩu"), A("243,2 tỷ USD"),
  P("72,5%", ind="tổng kim ngạch xuất khẩu"))
X(T, "Xuất khẩu gạo 9 tháng năm 2025 đạt 6,8 triệu tấn, trị giá 3,9 tỷ USD, giảm 2,6% về lượng nhưng tăng 8,1% về trị giá so với cùng kỳ.",
  A("6,8 triệu tấn"), A("3,9 tỷ USD"), P("2,6%", "-", ind="xuất khẩu gạo"), P("8,1%", "+", ind="xuất khẩu gạo"),
  per="9 tháng năm 2025", cmp="so với cùng kỳ")
X(T, "Cán cân thương mại hàng hóa 11 tháng năm 2024 ước tính xuất siêu 21,3 tỷ USD.", A("21,3 tỷ USD"))
X(T, "Hoa Kỳ tiếp tục là thị trường xuất khẩu lớn nhất của Việt Nam với kim ngạch ước đạt 98,7 tỷ USD, tăng 23,4%.",
  A("98,7 tỷ USD"), P("23,4%", "+", ind="kim ngạch"))
X(T, "Nhập khẩu từ Trung Quốc tăng 31%, chiếm gần 38% tổng kim ngạch nhập khẩu của cả nước.",
  P("31%", "+", ind="nhập khẩu từ Trung Quốc"), P("38%", q="gần", ind="tổng kim ngạch nhập khẩu"))
X(T, "Ngành dệt may đặt mục tiêu xuất khẩu khoảng 47 tỷ USD trong năm 2025.",
  S("dệt may", "C", codes=["C13", "C14"]), A("47 tỷ USD", q="khoảng"))
X(T, "Xuất khẩu thủy sản sang Nhật Bản 5 tháng đầu năm 2025 giảm nhẹ 0,8% so với cùng kỳ.", S("thủy sản", None, codes=["A03", "C10"]),
  P("0,8%", "-", ind="xuất khẩu thủy sản sang Nhật Bản"), per="5 tháng đầu năm 2025", cmp="so với cùng kỳ")
X(T, "Tàu container mang số hiệu VN-27 cập cảng Cái Mép lúc 8 giờ sáng ngày 12/3.",
  neg="vessel code, clock time, date")
X(T, "Giá xuất khẩu bình quân cà phê năm 2024 đạt 5.480 USD/tấn, tăng 52% so với năm 2023.",
  A("5.480 USD"), P("52%", "+", ind="giá xuất khẩu bình quân cà phê"), per="năm 2024", cmp="so với năm 2023")
X(T, "Mặt hàng điện thoại và linh kiện chiếm tỷ trọng lớn nhất, khoảng 18,2% tổng kim ngạch xuất khẩu.",
  P("18,2%", q="khoảng", ind="tổng kim ngạch xuất khẩu"))
X(T, "Thứ trưởng Bộ Công Thương Phan Thị Hồng Vân cho biết kim ngạch thương mại song phương năm 2024 đạt gần 25 tỷ USD.",
  O("Thứ trưởng Bộ Công Thương Phan Thị Hồng Vân", "Phan Thị Hồng Vân", title="Thứ trưởng", org="Bộ Công Thương"),
  A("25 tỷ USD", q="gần"))
X(T, "Xuất khẩu gỗ và sản phẩm gỗ 11 tháng năm 2024 đạt 14,7 tỷ USD, tăng 20,6%; ngành chế biến gỗ được hưởng lợi nhờ đơn hàng từ EU phục hồi.", S("gỗ và sản phẩm gỗ", "C", codes=["C16", "C31"]),
  A("14,7 tỷ USD"), P("20,6%", "+", ind="xuất khẩu gỗ và sản phẩm gỗ", per="11 tháng năm 2024"),
  S("chế biến gỗ", "C16"))
X(T, "Cả nước hiện có 163 thương nhân đủ điều kiện kinh doanh xuất khẩu gạo.", A("163 thương nhân"))
X(T, "Đường dây nóng hỗ trợ doanh nghiệp xuất khẩu: 1900 6958; địa chỉ: số 54 Hai Bà Trưng, Hà Nội.",
  neg="hotline and street address")
X(T, "Tỷ lệ tận dụng ưu đãi thuế quan từ CPTPP mới đạt khoảng 8,5% kim ngạch xuất khẩu sang các thị trường thành viên.",
  P("8,5%", q="khoảng", ind="tỷ lệ tận dụng ưu đãi thuế quan"))
X(T, "Theo ông Lê Minh Quân, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương), xuất khẩu rau quả có thể đạt 7 tỷ USD trong năm nay.", S("rau quả", None, codes=["A01", "C10"], opt=True),
  O("ông Lê Minh Quân, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)", "Lê Minh Quân", hon="ông",
    title="Phó Cục trưởng", org="Cục Xuất nhập khẩu (Bộ Công Thương)"),
  A("7 tỷ USD"))
X(T, "Nhập siêu từ Hàn Quốc giảm từ 18,5 tỷ USD xuống còn 16,2 tỷ USD.", A("18,5 tỷ USD"), A("16,2 tỷ USD"))
X(T, "Tổng kim ngạch xuất, nhập khẩu hàng hóa năm 2024 đạt kỷ lục 786,3 tỷ USD, tăng 15,4% so với năm trước.",
  A("786,3 tỷ USD"), P("15,4%", "+", ind="tổng kim ngạch xuất, nhập khẩu hàng hóa"), per="năm 2024",
  cmp="so với năm trước")
X(T, "Lễ xuất khẩu lô hàng đầu tiên diễn ra vào sáng ngày 26/4 tại cảng Chu Lai.", neg="bare date")
X(T, "Xuất khẩu rau quả sang Trung Quốc chiếm hơn 60% tổng kim ngạch xuất khẩu rau quả.", S("rau quả", None, codes=["A01", "C10"], opt=True), S("rau quả", None, codes=["A01", "C10"], opt=True, occ=1),
  P("60%", q="hơn", ind="tổng kim ngạch xuất khẩu rau quả"))
X(T, "Kim ngạch xuất khẩu sang thị trường EU tháng 6/2025 đạt 4,6 tỷ USD, tăng 12,3% so với tháng trước và tăng 9,7% so với cùng kỳ năm 2024.",
  A("4,6 tỷ USD"), P("12,3%", "+", ind="kim ngạch xuất khẩu", cmp="so với tháng trước"),
  P("9,7%", "+", ind="kim ngạch xuất khẩu", cmp="so với cùng kỳ năm 2024"), per="tháng 6/2025")
X(T, "Hàng dệt may, da giày của Việt Nam hiện đã có mặt tại hơn 100 quốc gia và vùng lãnh thổ.", S("dệt may", "C", codes=["C13", "C14"], opt=True), S("da giày", "C15", opt=True),
  A("100 quốc gia và vùng lãnh thổ", q="hơn"))
X(T, "Chị Lò Thị Xuân, chủ một cơ sở sấy vải thiều ở Lục Ngạn, cho biết năm nay giá bán cao hơn năm trước.",
  neg="person with no official role; comparison without a figure")
X(T, "Trị giá nhập khẩu máy móc, thiết bị, dụng cụ và phụ tùng tăng 17,6%, cho thấy doanh nghiệp đang mở rộng đầu tư sản xuất.",
  P("17,6%", "+", ind="trị giá nhập khẩu máy móc, thiết bị, dụng cụ và phụ tùng"))

T = "banking"
X(T, "Tính đến ngày 30/9/2024, tín dụng toàn hệ thống tăng 9% so với cuối năm 2023.",
  P("9%", "+", ind="tín dụng", per="đến ngày 30/9/2024", ps="2024-01-01", pe="2024-09-30",
    cmp="so với cuối năm 2023"))
X(T, "Tỷ lệ nợ xấu nội bảng của ngân hàng ở mức 1,8%, giảm 0,2 điểm phần trăm so với đầu năm.",
  P("1,8%", ind="tỷ lệ nợ xấu nội bảng"),
  P("0,2 điểm phần trăm", "-", ind="tỷ lệ nợ xấu nội bảng", cmp="so với đầu năm"))
X(T, "Lãi suất cho vay bình quân của các ngân hàng thương mại phổ biến ở mức 6-9%/năm.",
  P("6-9%", ind="lãi suất cho vay bình quân"))
X(T, "Ngân hàng Nhà nước quyết định giữ nguyên các mức lãi suất điều hành trong phiên họp cuối tháng.",
  neg="'quyết định' as a verb; 'lãi suất' with no figure")
X(T, "Thông tư số 06/2024/TT-NHNN ngày 18/6/2024 sửa đổi một số điều về cơ cấu lại thời hạn trả nợ.",
  D("Thông tư số 06/2024/TT-NHNN", "Thông tư", "06/2024/TT-NHNN", date="2024-06-18"))
X(T, "Phó Thống đốc Ngân hàng Nhà nước Lương Hữu Trí đề nghị các tổ chức tín dụng tiếp tục giảm chi phí hoạt động.",
  O("Phó Thống đốc Ngân hàng Nhà nước Lương Hữu Trí", "Lương Hữu Trí", title="Phó Thống đốc",
    org="Ngân hàng Nhà nước"))
X(T, "Huy động vốn của hệ thống tăng 5,8%, thấp hơn tốc độ tăng trưởng tín dụng.",
  P("5,8%", "+", ind="huy động vốn"))
X(T, "Dư nợ tín dụng trên địa bàn tỉnh Đồng Nai đến cuối tháng 6/2025 đạt 412.350 tỷ đồng, tăng 7,9% so với đầu năm.",
  A("412.350 tỷ đồng"), P("7,9%", "+", ind="dư nợ tín dụng", per="cuối tháng 6/2025", ps="2025-01-01",
                         pe="2025-06-30", cmp="so với đầu năm"))
X(T, "Lợi nhuận trước thuế của ngân hàng quý II/2025 đạt 7.215 tỷ đồng, tăng 35% so với cùng kỳ.",
  A("7.215 tỷ đồng"), P("35%", "+", ind="lợi nhuận trước thuế"), per="quý II/2025", cmp="so với cùng kỳ")
X(T, "Lãi suất tiết kiệm kỳ hạn 12 tháng tại nhóm ngân hàng quốc doanh dao động từ 4,7% đến 4,8%/năm.",
  P("4,7% đến 4,8%", ind="lãi suất tiết kiệm"))
X(T, "Chi nhánh có trụ sở tại số 12 Lý Thái Tổ, quận Hoàn Kiếm; số điện thoại 024 3936 8888.",
  neg="house number and phone")
X(T, "Tín dụng đối với lĩnh vực kinh doanh bất động sản tăng 13,1%, cao hơn mức tăng chung của nền kinh tế.",
  S("kinh doanh bất động sản", "L68"), P("13,1%", "+", ind="tín dụng", sec="L68"))
X(T, "Tỷ lệ an toàn vốn (CAR) theo Basel II của ngân hàng đạt 12,3%, cao hơn mức tối thiểu 8% theo quy định.",
  P("12,3%", ind="tỷ lệ an toàn vốn"), P("8%", ind="mức tối thiểu"))
X(T, "Theo ông Nguyễn Đức Long, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 7, các tổ chức tín dụng đã giải ngân 3.600 tỷ đồng cho chương trình nhà ở xã hội.",
  O("ông Nguyễn Đức Long, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 7", "Nguyễn Đức Long", hon="ông",
    title="Giám đốc", org="Ngân hàng Nhà nước Chi nhánh Khu vực 7"),
  A("3.600 tỷ đồng"))
X(T, "Nợ xấu gộp, bao gồm nợ xấu nội bảng, nợ đã bán cho VAMC chưa xử lý và nợ tiềm ẩn, ở mức khoảng 4,5%.",
  P("4,5%", q="khoảng", ind="nợ xấu gộp"))
X(T, "Khách hàng có thể quét mã QR tại quầy số 5 hoặc gọi tổng đài 1800 588 822 để được hỗ trợ.",
  neg="counter number, phone")
X(T, "Tổng tài sản của ngân hàng tính đến 31/12/2024 đạt 2,1 triệu tỷ đồng.", A("2,1 triệu tỷ đồng"))
X(T, "Lãi suất liên ngân hàng kỳ hạn qua đêm tăng mạnh lên 4,25%/năm.",
  P("4,25%", "+", ind="lãi suất liên ngân hàng"))
X(T, "Thống đốc yêu cầu các ngân hàng giảm lãi suất cho vay từ 0,5 đến 2 điểm phần trăm đối với dư nợ hiện hữu.",
  P("0,5 đến 2 điểm phần trăm", "-", ind="lãi suất cho vay"))
X(T, "Ngân hàng TMCP Phú Hưng Á dành 5.000 tỷ đồng cho vay ưu đãi với lãi suất chỉ từ 5,5%/năm.",
  A("5.000 tỷ đồng"), P("5,5%", ind="lãi suất"))
X(T, "Ngân hàng quyết định tạm dừng hoạt động phòng giao dịch số 3 từ ngày 1/7.",
  neg="'quyết định' verb, office number, date")
X(T, "Khảo sát cho thấy 64% người được hỏi cho rằng sẽ tăng sử dụng ví điện tử trong năm tới.",
  P("64%"), neg="survey share next to 'tăng': no direction")
X(T, "Ông Trịnh Quốc Bảo, Tổng Giám đốc Ngân hàng TMCP Đông Sơn, cho biết ngân hàng đặt mục tiêu tăng trưởng tín dụng 15% trong năm 2025.",
  O("Ông Trịnh Quốc Bảo, Tổng Giám đốc Ngân hàng TMCP Đông Sơn", "Trịnh Quốc Bảo", hon="ông",
    title="Tổng Giám đốc", org="Ngân hàng TMCP Đông Sơn"),
  P("15%", "+", ind="tín dụng", per="năm 2025"))
X(T, "Tỷ lệ bao phủ nợ xấu của toàn hệ thống giảm từ 92% xuống 78%.",
  P("92%", ind="tỷ lệ bao phủ nợ xấu"), P("78%", "-", ind="tỷ lệ bao phủ nợ xấu", vf=92))
X(T, "Trong quý I/2025, thu nhập lãi thuần của nhóm 27 ngân hàng niêm yết tăng 14,6% so với cùng kỳ.",
  A("27 ngân hàng"), P("14,6%", "+", ind="thu nhập lãi thuần"), per="quý I/2025", cmp="so với cùng kỳ")
X(T, "Lãi suất cho vay ngắn hạn bằng đồng Việt Nam đối với lĩnh vực ưu tiên ở mức tối đa 4%/năm.",
  P("4%", q="tối đa", ind="lãi suất cho vay ngắn hạn"))

T = "budget_tax"
X(T, "Tổng thu ngân sách nhà nước 10 tháng năm 2024 ước đạt 1.695,4 nghìn tỷ đồng, bằng 99,3% dự toán năm, tăng 16,9% so với cùng kỳ năm trước.",
  A("1.695,4 nghìn tỷ đồng"), P("99,3%", ind="tổng thu ngân sách nhà nước", cmp=None),
  P("16,9%", "+", ind="tổng thu ngân sách nhà nước", cmp="so với cùng kỳ năm trước"), per="10 tháng năm 2024")
X(T, "Thu nội địa đạt 1.412 nghìn tỷ đồng, tăng 18,5%; thu từ dầu thô đạt 48,2 nghìn tỷ đồng, giảm 6,7%.",
  A("1.412 nghìn tỷ đồng"), P("18,5%", "+", ind="thu nội địa"), A("48,2 nghìn tỷ đồng"),
  P("6,7%", "-", ind="thu từ dầu thô"))
X(T, "Tổng chi ngân sách 9 tháng năm 2025 ước đạt 1.350,6 nghìn tỷ đồng, trong đó chi đầu tư phát triển đạt 449,2 nghìn tỷ đồng, tăng 34,1% so với cùng kỳ.",
  A("1.350,6 nghìn tỷ đồng"), A("449,2 nghìn tỷ đồng"),
  P("34,1%", "+", ind="chi đầu tư phát triển", per="9 tháng năm 2025", cmp="so với cùng kỳ"))
X(T, "Bộ Tài chính đề xuất giảm 2% thuế suất thuế giá trị gia tăng, từ 10% xuống 8%, đối với một số nhóm hàng hóa, dịch vụ đến hết ngày 31/12/2026.",
  P("2%", "-", ind="thuế suất thuế giá trị gia tăng"), P("10%", ind="thuế suất thuế giá trị gia tăng"),
  P("8%", "-", ind="thuế suất thuế giá trị gia tăng", vf=10))
X(T, "Ngày 12/8/2024, Bộ Tài chính ban hành Công văn số 8123/BTC-CST về thuế suất thuế xuất khẩu đối với mặt hàng dăm gỗ.",
  D("Công văn số 8123/BTC-CST", "Công văn", "8123/BTC-CST", date="2024-08-12",
    subj="thuế suất thuế xuất khẩu đối với mặt hàng dăm gỗ"))
X(T, "Cục Thuế tỉnh đã hoàn thuế giá trị gia tăng cho 312 hồ sơ với số tiền 1.245 tỷ đồng.",
  A("312 hồ sơ"), A("1.245 tỷ đồng"))
X(T, "Người nộp thuế có thể tra cứu tại trụ sở số 123 Lò Đúc hoặc trên ứng dụng eTax Mobile phiên bản 3.1.2.",
  neg="house number and version number")
X(T, "Thu ngân sách trên địa bàn thành phố Hải Phòng năm 2024 đạt 105.300 tỷ đồng, vượt 12% dự toán.",
  A("105.300 tỷ đồng"), P("12%", "+", ind="thu ngân sách", per="năm 2024", cmp="dự toán"))
X(T, "Bội chi ngân sách nhà nước năm 2025 dự kiến khoảng 3,8% GDP.",
  P("3,8%", q="khoảng", ind="bội chi ngân sách nhà nước", per="năm 2025"))
X(T, "Nợ công đến cuối năm 2024 ước khoảng 36-37% GDP, thấp hơn nhiều so với ngưỡng cảnh báo 60%.",
  P("36-37%", q="khoảng", ind="nợ công", per="cuối năm 2024", ps="2024-12-31", pe="2024-12-31"),
  P("60%", ind="ngưỡng cảnh báo"))
X(T, "Thuế suất thuế thu nhập doanh nghiệp phổ thông hiện ở mức 20%; doanh nghiệp nhỏ có doanh thu dưới 3 tỷ đồng được áp thuế suất 15%.",
  P("20%", ind="thuế suất thuế thu nhập doanh nghiệp"), A("3 tỷ đồng", q="dưới"), P("15%", ind="thuế suất"))
X(T, "Bà Võ Thị Thu Hà, Phó Cục trưởng Cục Thuế, cho biết đã có hơn 2,1 triệu hộ kinh doanh chuyển sang kê khai.",
  O("Bà Võ Thị Thu Hà, Phó Cục trưởng Cục Thuế", "Võ Thị Thu Hà", hon="bà", title="Phó Cục trưởng", org="Cục Thuế"),
  A("2,1 triệu hộ kinh doanh", q="hơn"))
X(T, "Luật Thuế thu nhập doanh nghiệp (sửa đổi) được Quốc hội thông qua ngày 14/6/2025.",
  D("Luật Thuế thu nhập doanh nghiệp (sửa đổi)", "Luật", None, iss="Quốc hội", date="2025-06-14"))
X(T, "UBND thành phố quyết định phân bổ thêm vốn cho các dự án trọng điểm còn chậm tiến độ.",
  neg="'quyết định' as a verb")
X(T, "Số thu từ tiền sử dụng đất 6 tháng đầu năm 2025 đạt 87.600 tỷ đồng, tăng 41,2% so với cùng kỳ, chiếm 14,5% tổng thu nội địa.",
  A("87.600 tỷ đồng"), P("41,2%", "+", ind="số thu từ tiền sử dụng đất", cmp="so với cùng kỳ"),
  P("14,5%", ind="tổng thu nội địa", cmp=None), per="6 tháng đầu năm 2025")
X(T, "Thu cân đối từ hoạt động xuất nhập khẩu đạt 320,5 nghìn tỷ đồng, bằng 83% dự toán.",
  A("320,5 nghìn tỷ đồng"), P("83%", ind="thu cân đối từ hoạt động xuất nhập khẩu"))
X(T, "Trận giao hữu bóng đá giữa Cục Thuế và Cục Hải quan kết thúc với tỷ số 2-2.", neg="match score")
X(T, "Chi thường xuyên 9 tháng năm 2025 giảm 3,1% so với cùng kỳ do các bộ, ngành cắt giảm hội nghị.",
  P("3,1%", "-", ind="chi thường xuyên"), per="9 tháng năm 2025", cmp="so với cùng kỳ")
X(T, "Mức thuế bảo vệ môi trường đối với xăng được giảm từ 4.000 đồng/lít xuống 2.000 đồng/lít.",
  A("4.000 đồng"), A("2.000 đồng"))
X(T, "Theo Nghị quyết số 174/2024/QH15, mức giảm thuế giá trị gia tăng được kéo dài đến hết tháng 6/2025.",
  D("Nghị quyết số 174/2024/QH15", "Nghị quyết", "174/2024/QH15"))
X(T, "Gần 2/3 số hộ kinh doanh được khảo sát chưa sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
  neg="fraction '2/3' is not a percentage")
X(T, "Ông Hồ Đức Thịnh, Trưởng Ban Quản lý thuế doanh nghiệp lớn, đề nghị các tập đoàn nộp đúng hạn 1.800 tỷ đồng tiền thuế còn nợ.",
  O("Ông Hồ Đức Thịnh, Trưởng Ban Quản lý thuế doanh nghiệp lớn", "Hồ Đức Thịnh", hon="ông", title="Trưởng Ban",
    org="Ban Quản lý thuế doanh nghiệp lớn"),
  A("1.800 tỷ đồng"))
X(T, "Số thuế thu nhập cá nhân nộp ngân sách tăng 21%, trong khi thuế tiêu thụ đặc biệt chỉ tăng 4,3%.",
  P("21%", "+", ind="số thuế thu nhập cá nhân"), P("4,3%", "+", ind="thuế tiêu thụ đặc biệt"))
