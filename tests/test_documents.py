"""Legal documents: every number shape, dates, shared suffixes, laws by name; verbs are not documents."""

import pytest

# (sentence, [(type, number, issuer, date)])
CASES = [
    (
        "UBND tỉnh ban hành Quyết định số 1520/QĐ-UBND ngày 5/3/2024 về việc phê duyệt quy hoạch.",
        [("Quyết định", "1520/QĐ-UBND", "Ủy ban nhân dân", "2024-03-05")],
    ),
    (
        "Chính phủ ban hành Nghị định 15/2022/NĐ-CP quy định chính sách miễn, giảm thuế.",
        [("Nghị định", "15/2022/NĐ-CP", "Chính phủ", None)],
    ),
    (
        "Thông tư số 02/2023/TT-NHNN cho phép cơ cấu lại thời hạn trả nợ.",
        [("Thông tư", "02/2023/TT-NHNN", "Ngân hàng Nhà nước Việt Nam", None)],
    ),
    (
        # an organ of the Central Committee the text names issues under its code (the real gold's reading)
        "Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về đột phá phát triển khoa học.",
        [("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", None)],
    ),
    (
        "Hội nghị Trung ương ban hành Nghị quyết 12-NQ/TW về doanh nghiệp nhà nước.",
        [("Nghị quyết", "12-NQ/TW", "Ban Chấp hành Trung ương Đảng", None)],
    ),
    ("Luật số 61/2024/QH15 có hiệu lực từ ngày 1/7/2025.", [("Luật", "61/2024/QH15", "Quốc hội", None)]),
    (
        "Bộ Tài chính có Công văn số 845/BTC-CST gửi các địa phương.",
        [("Công văn", "845/BTC-CST", "Bộ Tài chính", None)],
    ),
    (
        "Theo quyết định số 318/QĐ UBND của tỉnh, dự án được điều chỉnh.",
        [("Quyết định", "318/QĐ-UBND", "Ủy ban nhân dân", None)],
    ),
    (
        "Quyết định 1179/ QĐ-BGDĐT ngày 24 tháng 4 năm 2023 hướng dẫn tuyển sinh.",
        [("Quyết định", "1179/QĐ-BGDĐT", "Bộ Giáo dục và Đào tạo", "2023-04-24")],
    ),
    (
        "UBND tỉnh có Công văn số 2522, 2523/UBND-VX chỉ đạo công tác phòng dịch.",
        [
            ("Công văn", "2522/UBND-VX", "Ủy ban nhân dân", None),
            ("Công văn", "2523/UBND-VX", "Ủy ban nhân dân", None),
        ],
    ),
    ("Phó Thủ tướng vừa ký Quyết định số 1842 phê duyệt đề án.", [("Quyết định", "1842", None, None)]),
    ("Chính phủ có Tờ trình số 625 gửi Quốc hội.", [("Tờ trình", "625", "Chính phủ", None)]),
    (
        "Quyết định số 90 của UBND tỉnh Bến Tre điều chỉnh giá đất.",
        [("Quyết định", "90", "UBND tỉnh Bến Tre", None)],
    ),
    (
        "Bộ Xây dựng vừa ban hành Công văn số 4410 hướng dẫn địa phương.",
        [("Công văn", "4410", "Bộ Xây dựng", None)],
    ),
    (
        "Luật Đầu tư năm 2020 và Luật Doanh nghiệp đã tạo hành lang pháp lý.",
        [("Luật", None, None, None), ("Luật", None, None, None)],
    ),
    ("Hội đồng quản trị quyết định chia cổ tức bằng tiền mặt.", []),
    ("Tỉnh quyết định đầu tư 3 tuyến đường mới trong năm 2025.", []),
    ("Ngày 15/4/2025, đoàn công tác làm việc tại số 12 Lý Thái Tổ.", []),
    ("Luật sư Nguyễn Văn Hải cho rằng cần tuân thủ pháp luật.", []),
    (
        "Thủ tướng ban hành Chỉ thị số 05/CT-TTg về chấn chỉnh kỷ luật.",
        [("Chỉ thị", "05/CT-TTg", "Thủ tướng Chính phủ", None)],
    ),
    (
        "Kế hoạch số 120/KH-UBND ngày 10/6/2024 triển khai chuyển đổi số.",
        [("Kế hoạch", "120/KH-UBND", "Ủy ban nhân dân", "2024-06-10")],
    ),
    (
        "Nghị quyết số 42/2023/UBTVQH15 về việc giám sát chuyên đề được thông qua.",
        [("Nghị quyết", "42/2023/UBTVQH15", "Ủy ban Thường vụ Quốc hội", None)],
    ),
    (
        "Kết luận số 123-KL/TW của Bộ Chính trị nêu rõ yêu cầu.",
        [("Kết luận", "123-KL/TW", "Bộ Chính trị", None)],
    ),
    (
        "Căn cứ Luật Đất đai ngày 18 tháng 1 năm 2024 của Quốc hội.",
        [("Luật", None, "Quốc hội", "2024-01-18")],
    ),
    ("Dự án Luật đang được doanh nghiệp quan tâm; Luật Đầu tư sửa đổi.", [("Luật", None, None, None)]),
    ("Mã số thuế 0101234567 và biển số 29A-123.45 không phải văn bản.", []),
    # real-news citations (issue 11)
    (
        "Theo Nghị định 45/2021 của Chính phủ, doanh nghiệp được giảm tiền thuê đất.",
        [("Nghị định", "45/2021", "Chính phủ", None)],
    ),
    ("Thông tư số 12-2019 hướng dẫn thủ tục cấp phép.", [("Thông tư", "12-2019", None, None)]),
    (
        "Nghị quyết 43/2022 của Quốc hội về chính sách tài khóa được triển khai.",
        [("Nghị quyết", "43/2022", "Quốc hội", None)],
    ),
    ("Việt Nam đã phê chuẩn Hiệp định RCEP từ năm 2021.", [("Hiệp định", None, None, None)]),
    ("Doanh nghiệp tận dụng nhiều Hiệp định thương mại tự do để xuất khẩu.", []),
    ("Mọi công dân phải tuân thủ Hiến pháp năm 2013.", [("Hiến pháp", None, None, None)]),
    ("Doanh nghiệp gặp khó khi áp dụng Luật đầu tư hiện hành.", [("Luật", None, None, None)]),
    ("Bà từng học tại Trung tâm Luật Đại học Harvard và làm luật sư.", []),
    ("Dự thảo Luật sửa đổi được gửi lấy ý kiến.", []),
    ("Theo Bộ Luật Hình sự, hành vi này bị xử lý.", [("Bộ luật", None, None, None)]),
    (
        "Quốc hội đã thông qua Luật Đường sắt với đa số đại biểu tán thành.",
        [("Luật", None, "Quốc hội", None)],
    ),
    (
        "Ngân hàng Nhà nước ban hành văn bản số 225/QĐ-NHNN về lãi suất.",
        [("Quyết định", "225/QĐ-NHNN", "Ngân hàng Nhà nước Việt Nam", None)],
    ),
    (
        "Theo Quyết định số 2051/ QĐ–UBND, dự án được giao đất.",
        [("Quyết định", "2051/QĐ-UBND", "Ủy ban nhân dân", None)],
    ),
    ("Ban Bí thư cũng đã ban hành Chỉ thị 21 về công tác cán bộ.", [("Chỉ thị", "21", "Ban Bí thư", None)]),
    ("Nghị định 71 của Chính phủ cấm quảng cáo sai sự thật.", [("Nghị định", "71", "Chính phủ", None)]),
    (
        "Theo Tờ trình số 215/TTr-STC (ngày 12/3/2024) của Sở Tài chính tỉnh Nam Định, giá đất tăng.",
        [("Tờ trình", "215/TTr-STC", "Sở Tài chính tỉnh Nam Định", "2024-03-12")],
    ),
    # a law's name with its number is one document, dated by the sentence that passes it
    (
        "Ngày 15/6/2023, Quốc hội đã thông qua Luật Giao dịch điện tử số 20/2023/QH15 với đa số phiếu.",
        [("Luật", "20/2023/QH15", "Quốc hội", "2023-06-15")],
    ),
    (
        "Doanh nghiệp áp dụng Điều 12 Bộ luật Lao động số 45/2019/QH14 khi ký hợp đồng.",
        [("Bộ luật", "45/2019/QH14", "Quốc hội", None)],
    ),
    (
        "Báo cáo thẩm tra dự án Luật Thuế tài nguyên số 512/BC-UBTCNS14 ngày 3/5/2019 nêu rõ.",
        [("Luật", None, None, None), ("Báo cáo", "512/BC-UBTCNS14", None, "2019-05-03")],
    ),
    (
        "UBND thành phố có Văn bản 13250 gửi Thủ tướng đề nghị gia hạn.",
        [("Công văn", "13250", "UBND thành phố", None)],
    ),
    # the code decides the issuer (the gold convention), even where the text names the body more precisely;
    # a body named after the date counts where the code names none
    (
        "Dự án thực hiện theo Quyết định số 512/QĐ-UBND ngày 3/5/2019 của UBND tỉnh Hà Giang về giao đất.",
        [("Quyết định", "512/QĐ-UBND", "Ủy ban nhân dân", "2019-05-03")],
    ),
    (
        "Theo Quyết định số 512 ngày 3/5/2019 của UBND tỉnh Hà Giang, đất được giao.",
        [("Quyết định", "512", "UBND tỉnh Hà Giang", "2019-05-03")],
    ),
    (
        "NHNN đã có văn bản số 1201/NHNN-TD gửi các ngân hàng thương mại.",
        [("Công văn", "1201/NHNN-TD", "Ngân hàng Nhà nước Việt Nam", None)],
    ),
    (
        "Bộ Tài chính vừa có Công văn số 77/BTC-CST của Bộ Công Thương chuyển đến.",
        [("Công văn", "77/BTC-CST", "Bộ Tài chính", None)],
    ),
    # a Party công văn: number-CV/body
    (
        "Thực hiện Công văn số 315-CV/TU ngày 2/4/2021 của Tỉnh ủy Nam Định, các huyện rà soát đảng viên.",
        [("Công văn", "315-CV/TU", "Tỉnh ủy Nam Định", "2021-04-02")],
    ),
    # a date that opens the clause, not the sentence
    (
        "Về lịch nghỉ hè, ngày 4/5/2022, Bộ Giáo dục và Đào tạo đã ban hành Công văn 1690/BGDĐT-GDTrH hướng dẫn.",
        [("Công văn", "1690/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo", "2022-05-04")],
    ),
    (
        "Doanh thu tăng, ngày 4/5/2022, theo công ty, Công văn 1690/BGDĐT-GDTrH chưa được áp dụng.",
        [("Công văn", "1690/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo", None)],
    ),
    # a plain description between the type word and "số"
    (
        "Tòa tuyên hủy Quyết định thu hồi đất số 4127 và Quyết định cưỡng chế số 4128 của huyện.",
        [("Quyết định", "4127", None, None), ("Quyết định", "4128", None, None)],
    ),
    (
        "Theo Kết luận thanh tra số 1520/KL-TTCP, nhiều sai phạm đã được chỉ ra.",
        [("Kết luận", "1520/KL-TTCP", "Thanh tra Chính phủ", None)],
    ),
    (
        "Cục Thuế ban hành Quyết định xử phạt vi phạm hành chính số 88/QĐ-XPHC đối với công ty.",
        [("Quyết định", "88/QĐ-XPHC", "Cục Thuế", None)],
    ),
    ("UBND quyết định giao lại số 12 lô đất cho hộ dân.", []),
    (
        "Tỉnh đã quyết định của mình và ban hành Quyết định số 9 về giá đất.",
        [("Quyết định", "9", None, None)],
    ),
    # a bare number without "số" only after the guide's document types; a year is an edition
    (
        "Địa phương triển khai Đề án 06 và Chương trình 135 theo Chỉ thị 15 về phòng dịch.",
        [("Chỉ thị", "15", None, None)],
    ),
    ("Các quy định phải phù hợp Hiến pháp 2013.", [("Hiến pháp", None, None, None)]),
    # "Luật" used for "the law" is no name
    ("Bộ đang soạn văn bản hướng dẫn để Luật thực sự đi vào cuộc sống.", []),
    ("Luật vẫn còn nhiều bất cập, theo các chuyên gia.", []),
    (
        "Thành phố thực hiện Nghị quyết 36 – NQ/TW (ngày 22/10/2018) về biển.",
        [("Nghị quyết", "36-NQ/TW", "Ban Chấp hành Trung ương Đảng", "2018-10-22")],
    ),
    # a lower-case type word and a bare number: no verb, or after a citing word
    ("Người dân giãn cách theo chỉ thị 16 suốt hai tuần.", [("Chỉ thị", "16", None, None)]),
    ("Doanh nghiệp bị phạt theo nghị định 123 về hóa đơn.", [("Nghị định", "123", None, None)]),
    ("Thủ tướng chỉ thị 15 tỉnh phải báo cáo trước tháng 6.", []),
    ("Hội đồng quyết định 12 thành viên tham gia.", []),
    # a date after the issuer that is another event's (in force, deadline) is not the document's
    (
        "Nghị định 38/2022/NĐ-CP của Chính phủ có hiệu lực từ ngày 1/7/2022.",
        [("Nghị định", "38/2022/NĐ-CP", "Chính phủ", None)],
    ),
    (
        "Quyết định 817/QĐ-TTg của Thủ tướng Chính phủ hoàn thành trước ngày 30/6/2025.",
        [("Quyết định", "817/QĐ-TTg", "Thủ tướng Chính phủ", None)],
    ),
    (
        "Quyết định số 7/QĐ-BKHĐT của Bộ Kế hoạch và Đầu tư ngày 2/3/2024 được công bố.",
        [("Quyết định", "7/QĐ-BKHĐT", "Bộ Kế hoạch và Đầu tư", "2024-03-02")],
    ),
    (
        "Ngày 1/7/2024, nhiều chính sách có hiệu lực như Nghị định 73/2024/NĐ-CP về tiền lương.",
        [("Nghị định", "73/2024/NĐ-CP", "Chính phủ", None)],
    ),
    (
        "Ngày 10/8/2017, Bộ Xây dựng đã có công văn 1847/BXD-VLXD gửi các tỉnh.",
        [("Công văn", "1847/BXD-VLXD", "Bộ Xây dựng", "2017-08-10")],
    ),
    # a passive sentence names the issuer and the date
    (
        "Luật Dữ liệu được Quốc hội thông qua ngày 30/11/2024, có hiệu lực từ 1/7/2025.",
        [("Luật", None, "Quốc hội", "2024-11-30")],
    ),
    (
        "Luật Hóa chất (sửa đổi) đã được Quốc hội thông qua sáng ngày 14/6/2025.",
        [("Luật", None, "Quốc hội", "2025-06-14")],
    ),
    # numbers listed under one type word share the date after the last; a date's year is no number
    (
        "Quyết định số 811/QĐ-BYT và 812/QĐ-BYT ngày 3/3/2025 ban hành hướng dẫn.",
        [
            ("Quyết định", "811/QĐ-BYT", "Bộ Y tế", "2025-03-03"),
            ("Quyết định", "812/QĐ-BYT", "Bộ Y tế", "2025-03-03"),
        ],
    ),
    (
        "Nghị định 15/2022/NĐ-CP ngày 28/1/2022 và 24/2022/NĐ-CP ngày 6/4/2022 được áp dụng.",
        [
            ("Nghị định", "15/2022/NĐ-CP", "Chính phủ", "2022-01-28"),
            ("Nghị định", "24/2022/NĐ-CP", "Chính phủ", "2022-04-06"),
        ],
    ),
    # a foreign state's laws, a foreign act, a newspaper: no documents
    ("Theo Chương 7 Luật Phá sản của Mỹ, hãng được bảo hộ.", []),
    ("Theo Hiến pháp Hoa Kỳ, Tổng thống có quyền phủ quyết.", []),
    ("Luật Chuỗi cung ứng Đức buộc nhà nhập khẩu kiểm tra đối tác.", []),
    ("Đạo luật Giảm lạm phát có hiệu lực từ năm 2022.", []),
    ("Trao đổi với Pháp Luật TP.HCM, giám đốc sở cho biết.", []),
    # a university written short ("ĐH") heads its own name
    ("Điểm chuẩn của ĐH Luật Hà Nội năm nay tăng nhẹ.", []),
    ("Hiến pháp năm 2013 của Việt Nam quy định quyền sở hữu.", [("Hiến pháp", None, None, None)]),
    # a day and month without a year take the year of the document's number, never a guess
    (
        "Ngày 12/4, Chính phủ ban hành Nghị định số 52/2025/NĐ-CP về thuế nhập khẩu.",
        [("Nghị định", "52/2025/NĐ-CP", "Chính phủ", "2025-04-12")],
    ),
    (
        "Doanh nghiệp thực hiện Thông tư 09/2023/TT-BTC ngày 3/2 của Bộ Tài chính.",
        [("Thông tư", "09/2023/TT-BTC", "Bộ Tài chính", "2023-02-03")],
    ),
    (
        "Ngày 12/4, Thủ tướng ban hành Quyết định 456/QĐ-TTg về quy hoạch.",
        [("Quyết định", "456/QĐ-TTg", "Thủ tướng Chính phủ", None)],
    ),
    ("Nghị định 52/2025/NĐ-CP có hiệu lực từ 1/7 tới.", [("Nghị định", "52/2025/NĐ-CP", "Chính phủ", None)]),
    # a bracket between the number and its date: an article reference, or the bracket closing around the number
    (
        "Theo Nghị định 148/2020 (khoản 11 Điều 1) ngày 18/12/2020 của Chính phủ, đất được giao.",
        [("Nghị định", "148/2020", "Chính phủ", "2020-12-18")],
    ),
    (
        "Nghị quyết của Quốc hội về chính sách tài khóa (Nghị quyết số 43/2022/QH15) ngày 11/1/2022 được triển khai.",
        [("Nghị quyết", "43/2022/QH15", "Quốc hội", "2022-01-11")],
    ),
    # a year range after a type word is a period, no number
    ("Các địa phương đã xây dựng kế hoạch 2021-2025 cho ngành.", []),
    # a post of the body signs the document: the issuer is the post and the body
    (
        "Tòa hủy Quyết định số 333 của Chủ tịch UBND huyện Gio Linh về thu hồi đất.",
        [("Quyết định", "333", "Chủ tịch UBND huyện Gio Linh", None)],
    ),
    # bare numbers in a list share the issuer named after the last
    (
        "Ngân hàng giãn nợ theo Thông tư 02 và Thông tư 06 của Ngân hàng Nhà nước.",
        [("Thông tư", "02", "Ngân hàng Nhà nước", None), ("Thông tư", "06", "Ngân hàng Nhà nước", None)],
    ),
    (
        "Theo Quyết định 17 và Nghị định 15/2022/NĐ-CP của Chính phủ, thuế giảm.",
        [("Quyết định", "17", None, None), ("Nghị định", "15/2022/NĐ-CP", "Chính phủ", None)],
    ),
]

LAW_NAMES = [
    # two laws, one named inside the other's name, stay two
    (
        "Công ty chuyển đổi theo Luật Doanh nghiệp nhà nước và hoạt động theo Luật Doanh nghiệp.",
        ["Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp"],
    ),
    # the same law, named with and without its year, is one
    (
        "Luật Thương mại 2005 quy định rõ; theo Luật Thương mại, thương nhân phải đăng ký.",
        ["Luật Thương mại 2005"],
    ),
    # a treaty named in lower case after "Hiệp định", "đối tác" is no stop word
    (
        "Việt Nam thúc đẩy Hiệp định đối tác kinh tế toàn diện khu vực (RCEP) với các nước.",
        ["Hiệp định đối tác kinh tế toàn diện khu vực"],
    ),
    ("Quy định này áp dụng đối với Luật Thuế đối với hàng hóa nhập khẩu.", ["Luật Thuế"]),
    (
        "Ngân hàng sửa đổi quy trình theo Luật Các tổ chức tín dụng liên quan đến nợ xấu.",
        ["Luật Các tổ chức tín dụng"],
    ),
    # a stop word that begins a phrase of the name, and an article reference after "và"
    (
        "Nghị định phải tuân thủ Luật ban hành văn bản quy phạm pháp luật, theo Bộ Tư pháp.",
        ["Luật ban hành văn bản quy phạm pháp luật"],
    ),
    (
        "Khoản 2 Điều 5 Luật Đầu tư và Điều 7 Luật Đầu tư theo phương thức đối tác công tư được viện dẫn.",
        ["Luật Đầu tư", "Luật Đầu tư theo phương thức đối tác công tư"],
    ),
    ("Luật ban hành năm ngoái chưa đi vào cuộc sống.", []),
    ("Luật Ngân sách nhà nước hiện nay còn nhiều rào cản.", ["Luật Ngân sách nhà nước"]),
    (
        "Hai nước ký Hiệp định tránh đánh thuế hai lần; Luật lần này bổ sung nhiều điểm.",
        ["Hiệp định tránh đánh thuế hai lần"],
    ),
    # treaties: Hiệp ước, Công ước; a treaty's name runs on over "về" before a capitalised word
    (
        "Việt Nam tôn trọng Công ước Liên Hợp Quốc về Luật Biển năm 1982 và luật pháp quốc tế.",
        ["Công ước Liên Hợp Quốc về Luật Biển năm 1982"],
    ),
    ("Hai nước từng ký Hiệp ước Hữu nghị và Hợp tác năm 1977.", ["Hiệp ước Hữu nghị và Hợp tác năm 1977"]),
    (
        "Hai bên ký Hiệp định về Khuyến khích và Bảo hộ đầu tư.",
        ["Hiệp định về Khuyến khích và Bảo hộ đầu tư"],
    ),
    ("Theo Hiệp định về Điều 5 thì không.", []),
    ("Các nước thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels.", []),
    ("Hội thảo góp ý về Luật Đất đai diễn ra sáng nay.", ["Luật Đất đai"]),
    (
        "Chế độ được hưởng theo Pháp lệnh Ưu đãi người có công với cách mạng năm 2020.",
        ["Pháp lệnh Ưu đãi người có công với cách mạng năm 2020"],
    ),
    ("Theo Pháp lệnh này, mức trợ cấp tăng; Pháp lệnh 248 của Trung Quốc có hiệu lực.", []),
    # a law the list knows: its name as enacted, inner commas and all, and where it ends
    ("Theo Luật Đất đai việc tiếp cận đất của nhà đầu tư được mở rộng.", ["Luật Đất đai"]),
    (
        "Luật Cán bộ, công chức và Luật Khám bệnh, chữa bệnh được sửa đổi.",
        ["Luật Cán bộ, công chức", "Luật Khám bệnh, chữa bệnh"],
    ),
    ("Luật Khoa học và công nghệ năm 2013 đã phát huy vai trò.", ["Luật Khoa học và công nghệ năm 2013"]),
    (
        "Luật Điện lực (sửa đổi, bổ sung) năm 2022 cho phép tư nhân đầu tư.",
        ["Luật Điện lực (sửa đổi, bổ sung) năm 2022"],
    ),
    ("Nhiều người vi phạm Luật phòng chống tham nhũng.", ["Luật phòng chống tham nhũng"]),
    # a lower-case word after "Luật" that starts no known name is no law's name
    ("Luật các nội dung liên quan đến thuế tối thiểu toàn cầu cần rõ.", []),
    ("Đây là Luật rất quan trọng để Luật sớm đi vào cuộc sống.", []),
    (
        "Chính phủ trình dự án Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng.",
        ["Luật các tổ chức tín dụng"],
    ),
    # a treaty's name may begin with "về" before a lower-case word, and carry "của Liên Hợp Quốc"
    ("Hai nước ký Hiệp định về dẫn độ tội phạm vào năm 2015.", ["Hiệp định về dẫn độ tội phạm"]),
    (
        "Việt Nam đăng cai lễ mở ký Công ước của Liên Hợp Quốc chống tội phạm mạng.",
        ["Công ước của Liên Hợp Quốc chống tội phạm mạng"],
    ),
    # a short name in brackets is the same document; a treaty's name read short runs on to it
    (
        "Quốc hội phê chuẩn Hiệp định bảo tồn và sử dụng bền vững đa dạng sinh học biển (Hiệp định BBNJ) năm nay.",
        ["Hiệp định bảo tồn và sử dụng bền vững đa dạng sinh học biển"],
    ),
    (
        "Dự án thực hiện theo Luật Đầu tư theo phương thức đối tác công tư (Luật PPP) hiện hành.",
        ["Luật Đầu tư theo phương thức đối tác công tư"],
    ),
    # a treaty's partners after a dash belong to its name
    (
        "Thuế suất giảm theo Hiệp định Thương mại hàng hóa ASEAN - Trung Quốc (ACFTA) từ năm 2010.",
        ["Hiệp định Thương mại hàng hóa ASEAN - Trung Quốc"],
    ),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_documents(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


def test_subject_and_offsets(rule_facts):
    s = "Quyết định số 77/QĐ-UBND ngày 2/2/2022 về việc thành lập Ban chỉ đạo, có hiệu lực ngay."
    (f,) = rule_facts(s, "documents")
    assert f["subject"] == "thành lập Ban chỉ đạo"
    assert s[f["start"] : f["end"]] == f["text"] == "Quyết định số 77/QĐ-UBND"


def test_repeated_number_is_one_document(rule_facts):
    s = "Quyết định số 88/QĐ-TTg được ban hành. Theo Quyết định số 88/QĐ-TTg, các bộ phải báo cáo."
    (f,) = rule_facts(s, "documents")
    assert len(f["mentions"]) == 2


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Ngày 3/9/2024, UBND thành phố ban hành Quyết định số 415/QĐ-UBND về giá đất.",
            [("415/QĐ-UBND", "2024-09-03")],
        ),
        (
            "Ngày 3/9/2024, tỉnh tổ chức hội nghị quán triệt Quyết định số 415/QĐ-UBND.",
            [("415/QĐ-UBND", None)],
        ),
        (
            "UBND tỉnh có Công văn số 301, 302/UBND-NC ngày 7/7/2025 về phòng cháy.",
            [("301/UBND-NC", "2025-07-07"), ("302/UBND-NC", "2025-07-07")],
        ),
    ],
)
def test_dates(rule_facts, sentence, expected):
    assert [(f["number"], f["date"]) for f in rule_facts(sentence, "documents")] == expected


def test_joint_circular_lists_every_issuer(rule_facts):
    (f,) = rule_facts("Thông tư liên tịch số 08/2019/TTLT-BTC-BCT hướng dẫn cơ chế giá.", "documents")
    assert f["issuer"] == "Bộ Tài chính; Bộ Công Thương" and f["type"] == "Thông tư liên tịch"


def test_laws_in_a_list_and_short_decree_numbers(rule_facts):
    got = rule_facts(
        "Dự luật sửa Luật Ngân sách nhà nước, Luật Quản lý thuế và thay thế Nghị định 123 về hóa đơn.",
        "documents",
    )
    assert [(f["text"], f["number"]) for f in got] == [
        ("Luật Ngân sách nhà nước", None),
        ("Luật Quản lý thuế", None),
        ("Nghị định 123", "123"),
    ]


@pytest.mark.parametrize(
    "sentence,text",
    [
        (
            "Việt Nam tham gia Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương từ năm 2019.",
            "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương",
        ),
        ("Luật Phòng, chống tham nhũng năm 2018 có hiệu lực.", "Luật Phòng, chống tham nhũng năm 2018"),
        ("Bộ Tư pháp thẩm định Luật các Tổ chức tín dụng sửa đổi.", "Luật các Tổ chức tín dụng"),
    ],
)
def test_named_document_text(rule_facts, sentence, text):
    (f,) = rule_facts(sentence, "documents")
    assert f["text"] == text


def test_law_named_twice_is_one_document(rule_facts):
    s = "Theo Luật Quản lý thuế năm 2019, thời hạn nộp được gia hạn; Luật Quản lý thuế cũng quy định mức phạt."
    (f,) = rule_facts(s, "documents")
    assert f["text"] == "Luật Quản lý thuế năm 2019" and len(f["mentions"]) == 2
    s = "Tòa xử theo Bộ luật Tố tụng. Bộ luật Tố tụng 2015 (sửa đổi) có hiệu lực."
    (f,) = rule_facts(s, "documents")
    assert f["text"] == "Bộ luật Tố tụng 2015 (sửa đổi)"


def test_stop_word_inside_a_word_does_not_end_a_name():
    """With the segmentation's words, "do" inside "tự do" does not end a treaty's name; bare syllables cut it."""
    from vn_news_extract.extractors import documents
    from vn_news_extract.extractors.view import TextView

    s = "Hàng dệt may hưởng thuế 0% theo Hiệp định Thương mại tự do Việt Nam - EU."
    (words,) = documents.extract(TextView.from_text(s, words=["tự do", "Thương mại"]))
    assert words.text == "Hiệp định Thương mại tự do Việt Nam - EU"
    (syllables,) = documents.extract(TextView.from_text(s))
    assert syllables.text == "Hiệp định Thương mại tự"


@pytest.mark.parametrize("sentence,expected", LAW_NAMES)
def test_law_names(rule_facts, sentence, expected):
    assert [f["text"] for f in rule_facts(sentence, "documents")] == expected


def test_law_word_glued_to_a_verb_by_the_segmentation():
    """ "xóa bỏ Hiệp định ...": the segmenter may join "bỏ Hiệp định" into one word; the treaty still counts,
    while a capitalised word joined before it ("Báo Pháp Luật") makes another name."""
    from vn_news_extract.extractors import documents
    from vn_news_extract.extractors.view import TextView

    s = "Mỹ muốn xóa bỏ Hiệp định Thương mại tự do Bắc Mỹ."
    view = TextView.from_text(s, words=["bỏ Hiệp định", "Thương mại", "tự do", "Bắc Mỹ"])
    assert [d.text for d in documents.extract(view)] == ["Hiệp định Thương mại tự do Bắc Mỹ"]
    s = "Theo Báo Pháp Luật Thành phố, giá nhà tăng."
    view = TextView.from_text(s, words=["Pháp Luật"])
    assert documents.extract(view) == []


def test_law_named_without_and_with_its_number_is_one_document(rule_facts):
    s = (
        "Nghị định hướng dẫn Luật Quản lý thuế, có nhiều điểm mới. Theo Luật Quản lý thuế số 38/2019/QH14, "
        "doanh nghiệp phải nộp hồ sơ đúng hạn."
    )
    (f,) = rule_facts(s, "documents")
    assert (f["text"], f["number"]) == ("Luật Quản lý thuế số 38/2019/QH14", "38/2019/QH14")
    assert [m["text"] for m in f["mentions"]] == ["Luật Quản lý thuế", "Luật Quản lý thuế số 38/2019/QH14"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a Party number without its issuer part, after a type word
        (
            "Theo tinh thần của Nghị quyết 27-NQ về cải cách chính sách tiền lương.",
            [("Nghị quyết", "27-NQ", None, None)],
        ),
        # a body named before the citation, the bracket after it (its parent, its short name) left out
        (
            "Cục Quản lý Cạnh tranh (Bộ Công Thương) đã có công văn số 561/QLCT-P5 thông báo sự việc.",
            [("Công văn", "561/QLCT-P5", "Cục Quản lý Cạnh tranh", None)],
        ),
        # a lower-case head inside a phrase ("thị trường") is no body: the body named before it is
        (
            "Cục Chất lượng và Phát triển thị trường đã có văn bản số 1388 để hướng dẫn.",
            [("Công văn", "1388", "Cục Chất lượng và Phát triển thị trường", None)],
        ),
        # numbers sharing a symbol the lexicon does not know, after a type word
        (
            "Cục Thú y có văn bản số 1388, 1389/CCPT-ATTP ngày 23/11/2023 hướng dẫn.",
            [
                ("Công văn", "1388/CCPT-ATTP", "Cục Thú y", "2023-11-23"),
                ("Công văn", "1389/CCPT-ATTP", "Cục Thú y", "2023-11-23"),
            ],
        ),
        # a post that alone issues what it signs; a deputy signs for it
        (
            "Trước tình hình trên, Thủ tướng đã ký Chỉ thị 24 để thống nhất thực hiện.",
            [("Chỉ thị", "24", "Thủ tướng", None)],
        ),
        # a body inside a post names no issuer ("Phó Thủ tướng Chính phủ X"); a comma after a known issuer ends it
        (
            "Phó Thủ tướng Chính phủ Hồ Văn An đã ký Quyết định số 1510 về phân loại tài sản.",
            [("Quyết định", "1510", None, None)],
        ),
        (
            "Theo Điều 9 Nghị định số 05/2021/NĐ-CP của Chính phủ, Luật Hàng không dân dụng Việt Nam năm 2006.",
            [("Nghị định", "05/2021/NĐ-CP", "Chính phủ", None), ("Luật", None, None, None)],
        ),
        # a tense word ends a body named before the verb
        (
            "UBND tỉnh Hà Giang đã kịp thời ban hành Quyết định số 77 về phòng chống lũ.",
            [("Quyết định", "77", "UBND tỉnh Hà Giang", None)],
        ),
        # a treaty's parties issue nothing
        (
            "Chính phủ Việt Nam đã kịp thời ký Hiệp định Thương mại tự do với EU.",
            [("Hiệp định", None, None, None)],
        ),
        # a constitution: no issuer unless the text names one; a foreign one when the sentence names only that country
        ("Mọi công dân phải tuân thủ Hiến pháp.", [("Hiến pháp", None, None, None)]),
        ("Tòa án Mỹ cho rằng ông Trump đã vượt quá thẩm quyền được quy định trong Hiến pháp.", []),
    ],
)
def test_issuers_and_party_numbers(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


def test_short_citations_join_the_document_they_shorten(rule_facts):
    s = "Trên tinh thần Nghị quyết 57, tỉnh thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị."
    (f,) = rule_facts(s, "documents")
    assert f["number"] == "57-NQ/TW" and len(f["mentions"]) == 2
    s = (
        "Theo Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP), thuế giảm dần. "
        "Hai bên trao đổi theo Hiệp định RCEP."
    )
    (f,) = rule_facts(s, "documents")
    assert len(f["mentions"]) == 2


# Rules of the dev4 round, each on made-up sentences: lower-case law words before a known law's name, a list
# of bare numbers each with its date, no list issuer for a law named without a number, a body's head word
# inside a place name, a known body's short name ending a name that runs on.
ROUND4 = [
    (
        "Đại biểu đề nghị sửa luật Thuế bảo vệ môi trường trong năm tới.",
        [("Luật", None, None, None)],
    ),
    ("Hành vi này bị xử lý theo điều 15 bộ Luật Hình sự hiện hành.", [("Bộ luật", None, None, None)]),
    ("Theo bộ luật Dân sự 2015, hợp đồng phải công chứng.", [("Bộ luật", None, None, None)]),
    ("Cần tính kỹ khi sửa đổi Luật thuế tiêu thụ đặc biệt đối với bia.", [("Luật", None, None, None)]),
    ("Mỗi ngành có luật chơi riêng và pháp luật hiện hành không cấm.", []),
    ("Bộ Tài chính soạn Luật thuế tài sản cùng với hai luật khác.", [("Luật", None, None, None)]),
    ("Theo ông, Luật thuế hiện hành còn nhiều bất cập.", []),
    (
        "Thực hiện Thông báo số 41 ngày 2/3/2019 và công văn số 88 ngày 9/3/2019 của Văn phòng Chính phủ.",
        [
            ("Thông báo", "41", "Văn phòng Chính phủ", "2019-03-02"),
            ("Công văn", "88", "Văn phòng Chính phủ", "2019-03-09"),
        ],
    ),
    (
        "Lương được trả theo Điều 12 của Bộ luật Lao động và Văn bản 907 của Bộ Nội vụ.",
        [("Bộ luật", None, None, None), ("Công văn", "907", "Bộ Nội vụ", None)],
    ),
    (
        "Doanh nghiệp đề nghị sửa Thông tư 17 của Ngân hàng Nhà nước cho phép vay ngoại tệ.",
        [("Thông tư", "17", "Ngân hàng Nhà nước", None)],
    ),
]


@pytest.mark.parametrize("sentence,expected", ROUND4)
def test_round4_rules(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


def test_body_head_inside_a_place_name_issues_nothing():
    """ "Phòng" (a department's head word) inside the word "Hải Phòng" starts no body."""
    from vn_news_extract.extractors import documents
    from vn_news_extract.extractors.view import TextView

    s = "Công an thành phố Hải Phòng ban hành Quyết định số 73/QĐ-CSKT khởi tố vụ án."
    (words,) = documents.extract(TextView.from_text(s, words=["Hải Phòng", "Công an"]))
    assert words.issuer == "Công an thành phố Hải Phòng"


def test_lower_case_law_word_inside_a_word_heads_no_name():
    """ "đồng bộ Luật X" (the segmentation's word "đồng bộ Luật"): no "bộ Luật", the law is "Luật X"."""
    from vn_news_extract.extractors import documents
    from vn_news_extract.extractors.view import TextView

    s = "Các bộ ngành cần triển khai đồng bộ Luật Đất đai trong năm nay."
    (law,) = documents.extract(TextView.from_text(s, words=["đồng bộ Luật", "Đất đai"]))
    assert (law.type, law.text) == ("Luật", "Luật Đất đai")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the Government's numbers of 2017 join number and year with a hyphen
        (
            "Chính phủ đã ban hành Nghị quyết 35-2017/NQ-CP ngày 8/3/2017 về hỗ trợ doanh nghiệp.",
            [("Nghị quyết", "35-2017/NQ-CP", "Chính phủ", "2017-03-08")],
        ),
        (
            "Theo Nghị định số 12/2021/NĐ-CP, mức phạt tăng.",
            [("Nghị định", "12/2021/NĐ-CP", "Chính phủ", None)],
        ),
    ],
)
def test_number_and_year_joined_by_a_hyphen(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Các tỉnh thực hiện Kết luận số 21-KL/TW ngày 3/4/2024 của Bộ Chính trị, Ban Bí thư về tinh gọn bộ máy.",
            [("Kết luận", "21-KL/TW", "Bộ Chính trị, Ban Bí thư", "2024-04-03")],
        ),
        (
            "Ông A nhận công tác mới theo Quyết định 77-QĐ/TU của Ban Thường vụ Tỉnh ủy.",
            [("Quyết định", "77-QĐ/TU", "Ban Thường vụ Tỉnh ủy", None)],
        ),
        (
            "Tháng trước, Ban Bí thư Trung ương Đảng đã ban hành Chỉ thị số 9-CT/TW về công tác dân vận.",
            [("Chỉ thị", "9-CT/TW", "Ban Bí thư Trung ương Đảng", None)],
        ),
        # a central organ takes no capitalised word after it; a local one its place, up to a title's opener
        (
            "Các tỉnh thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị Về đột phá phát triển khoa học.",
            [("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", None)],
        ),
        (
            "Huyện triển khai Nghị quyết 05-NQ/TU của Ban Thường vụ Tỉnh ủy Lam Sơn Về phát triển du lịch.",
            [("Nghị quyết", "05-NQ/TU", "Ban Thường vụ Tỉnh ủy Lam Sơn", None)],
        ),
        # an organ that holds a meeting on the document issues nothing: the code decides
        (
            "Bộ Chính trị, Ban Bí thư tổ chức hội nghị quán triệt Nghị quyết số 31-NQ/TW trong toàn Đảng.",
            [("Nghị quyết", "31-NQ/TW", "Ban Chấp hành Trung ương Đảng", None)],
        ),
    ],
)
def test_party_organ_named_issues_under_the_party_code(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Hai nước cam kết tôn trọng Công ước Liên Hợp Quốc về Luật Biển trong mọi hoạt động.",
            [("Công ước", None, "Liên Hợp Quốc", None)],
        ),
        (
            "Việt Nam tham gia Công ước UNESCO về bảo vệ di sản văn hóa từ năm 1987.",
            [("Công ước", None, "UNESCO", None)],
        ),
        # a treaty's parties issue nothing
        ("Hai bên rà soát việc thực thi Hiệp định Thương mại Việt Nam - Chile.", [("Hiệp định", None, None, None)]),
    ],
)
def test_treaty_adopted_by_the_organisation_it_names(rule_facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Hai nước cùng là thành viên của 4 Hiệp định thương mại tự do (FTA) khu vực.", []),
        ("Doanh nghiệp tận dụng các PTA (Hiệp định thương mại ưu đãi) để giảm thuế.", []),
        # a short name in brackets makes it one treaty; a name that goes on is one
        (
            "Hai khối sắp ký Hiệp định thương mại tự do (XYFTA) sau nhiều vòng đàm phán.",
            [("Hiệp định", None, None, None)],
        ),
        ("Việt Nam thực thi Hiệp định thương mại tự do Việt Nam - EU.", [("Hiệp định", None, None, None)]),
    ],
)
def test_a_kind_of_treaty_is_no_document(facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the year after the number is its year (the gold's "Nghị định 148 năm 2020" -> 148/2020)
        ("Mức phạt được quy định tại Nghị định 45 năm 2019 về xử phạt.", [("Nghị định", "45/2019", None, None)]),
        (
            "Chính phủ đã ban hành Nghị định 88 ngày 2/7/2023 về trợ giúp xã hội.",
            [("Nghị định", "88", "Chính phủ", "2023-07-02")],
        ),
        # a count of years or days after the number is no document's
        ("Kết quả sau Nghị quyết 30 năm qua và Chỉ thị 15 ngày qua còn hạn chế.", []),
    ],
)
def test_loose_number_with_its_year_or_date(facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Bộ Công Thương sẽ trình Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định 12/2019 về giá điện.",
            [("Quyết định", "12/2019", "Thủ tướng Chính phủ", None)],
        ),
        (
            "Sở Xây dựng tham mưu UBND tỉnh điều chỉnh Quyết định số 431 trong tháng tới.",
            [("Quyết định", "431", "UBND tỉnh", None)],
        ),
        # the body's name ends before the words that lead to the amending verb
        (
            "Sở Tài chính tham mưu UBND tỉnh Lam Sơn xem xét sửa đổi Quyết định 25/2024 về phí.",
            [("Quyết định", "25/2024", "UBND tỉnh Lam Sơn", None)],
        ),
        (
            "Bộ Tư pháp trình Chính phủ sớm sửa đổi Nghị định 99 về hộ tịch.",
            [("Nghị định", "99", "Chính phủ", None)],
        ),
        (
            "Ủy ban Kinh tế trình Quốc hội thông qua và ban hành Nghị quyết 77 về thuế.",
            [("Nghị quyết", "77", "Quốc hội", None)],
        ),
        # the body that amends it for another to pass is no issuer
        ("Bộ Xây dựng sẽ sửa đổi Nghị định 37 trình Chính phủ thông qua.", [("Nghị định", "37", None, None)]),
    ],
)
def test_body_asked_to_amend_a_document_issued_it(facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # one list of issuing verbs (doc_types.json issuing_verbs) for a body, a signing post and a Party organ
        (
            "Thủ tướng Chính phủ vừa phê duyệt Quyết định số 153 về quy hoạch vùng.",
            [("Quyết định", "153", "Thủ tướng Chính phủ", None)],
        ),
        (
            "Bộ Chính trị đã thông qua Nghị quyết 66-NQ/TW về công tác pháp luật.",
            [("Nghị quyết", "66-NQ/TW", "Bộ Chính trị", None)],
        ),
        # a body named before its verb ends after its place's name
        (
            "UBND tỉnh Lam Sơn nhanh chóng ban hành Kế hoạch số 45 về phòng dịch.",
            [("Kế hoạch", "45", "UBND tỉnh Lam Sơn", None)],
        ),
    ],
)
def test_issuing_verb_names_the_body_or_post_before_it(facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a standard's number and year ("QCVN 01:2021/BXD") is no document
        ("Theo quy chuẩn QCVN 07:2019/BXD thì mật độ xây dựng phải thấp hơn.", []),
        # a contract is read (its number makes no other document) but not reported
        ("Hai bên ký hợp đồng mua bán than số 12/2020/HĐ-MBT-Sơn Hà vào tháng 5.", []),
        # a short name in brackets between a law's name and its number: one document
        (
            "Luật Thuế thu nhập cá nhân (TNCN) số 56/2024/QH15 có hiệu lực từ năm sau.",
            [("Luật", "56/2024/QH15", "Quốc hội", None)],
        ),
        # a signer's name after the body of the post is no part of the issuer
        (
            "Phó Chủ tịch UBND tỉnh Lam Sơn Trần Văn Bình vừa ký Quyết định số 88 về giá đất.",
            [("Quyết định", "88", "UBND tỉnh Lam Sơn", None)],
        ),
        (
            "Bộ trưởng Bộ Y tế Lê Thị Hoa đã ký Quyết định số 1234/QĐ-BYT về danh mục thuốc.",
            [("Quyết định", "1234/QĐ-BYT", "Bộ Y tế", None)],
        ),
        # a body's name read on stops at a comma before a lower-case word, and a known issuer's at a type word
        (
            "Căn cứ Công văn số 77/2023 của Ủy ban nhân dân Thành phố, các sở xây dựng kế hoạch.",
            [("Công văn", "77/2023", "Ủy ban nhân dân Thành phố", None)],
        ),
        (
            "Bộ Tài chính khẩn trương trình Chính phủ Nghị định sửa đổi Nghị định số 11/2019/NĐ-CP về phí.",
            [("Nghị định", "11/2019/NĐ-CP", "Chính phủ", None)],
        ),
        # an old number joined to a known issuer's code by a hyphen, after a type word
        (
            "Chế độ này theo Quyết định số 217-HĐBT và Nghị định số 43-CP ngày 5/6/1995.",
            [("Quyết định", "217-HĐBT", "Hội đồng Bộ trưởng", None), ("Nghị định", "43-CP", "Chính phủ", "1995-06-05")],
        ),
        ("Quy hoạch được duyệt tại Quyết định số 912-QĐ/TTg năm 1997.", [("Quyết định", "912-QĐ/TTg", "Thủ tướng Chính phủ", None)]),
        # a passive sentence names the body without a date
        (
            "Luật Thủ đô vừa được Quốc hội thông qua, có nhiều cơ chế mới.",
            [("Luật", None, "Quốc hội", None)],
        ),
        # the body that approved something in a document issued it; a head word alone names no body
        (
            "Dự án đã được UBND tỉnh Lam Sơn phê duyệt tại Quyết định số 412 năm ngoái.",
            [("Quyết định", "412", "UBND tỉnh Lam Sơn", None)],
        ),
        ("Phương án được Đại hội đồng cổ đông Công ty thông qua tại Nghị quyết số 7 tháng trước.", [("Nghị quyết", "7", None, None)]),
        # the year between a number and its issuer, also a Party organ
        ("Theo Kết luận 45-KL/TW năm 2023 của Bộ Chính trị, việc này cần làm sớm.", [("Kết luận", "45-KL/TW", "Bộ Chính trị", None)]),
        # the year between a number and its issuer
        ("Việc này trái với Chỉ thị 09 năm 2016 của Thủ tướng Chính phủ.", [("Chỉ thị", "09/2016", "Thủ tướng Chính phủ", None)]),
        # the body that sends a letter issued it
        ("Bộ Y tế vừa gửi công văn số 4321 tới các địa phương.", [("Công văn", "4321", "Bộ Y tế", None)]),
        # an unknown code after a hyphen is no issuer's: no document
        ("Mẫu xe 12-XR được bán từ tháng 3.", []),
    ],
)
def test_round7_rules(facts, sentence, expected):
    got = [(f["type"], f["number"], f["issuer"], f["date"]) for f in facts(sentence, "documents")]
    assert got == expected


def test_short_citation_of_a_coded_number_is_that_document(facts):
    text = (
        "Nghị định số 52/2021/NĐ-CP quy định về phí. Theo Nghị định 52/2021, mức phí giảm một nửa. "
        "Nghị quyết 19-NQ đã nêu rõ yêu cầu, và Nghị quyết 19 được triển khai sớm."
    )
    got = [(f["type"], f["number"], len(f["mentions"])) for f in facts(text, "documents")]
    assert got == [("Nghị định", "52/2021/NĐ-CP", 2), ("Nghị quyết", "19-NQ", 2)]


def test_coded_number_written_without_its_year_is_that_document(facts):
    text = (
        "Theo Nghị định số 31/NĐ-CP ngày 5/3/2022, doanh nghiệp được hỗ trợ. "
        "Khoản 2 Điều 4 Nghị định 31/2022/NĐ-CP quy định mức hỗ trợ."
    )
    got = [(f["number"], f["date"], len(f["mentions"])) for f in facts(text, "documents")]
    assert got == [("31/2022/NĐ-CP", "2022-03-05", 2)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # look-alike characters typed inside a code: a Greek capital, a fraction slash (offsets unchanged)
        ("Theo Quyết định số 77/QĐ-NH\u039d\u039d, các ngân hàng phải rà soát.", [("Quyết định", "77/QĐ-NHNN", "Quyết định số 77/QĐ-NH\u039d\u039d")]),
        ("Bộ Xây dựng ban hành Thông tư số 12\u20442021/TT-BXD về định mức.", [("Thông tư", "12/2021/TT-BXD", "Thông tư số 12\u20442021/TT-BXD")]),
        # a word wholly in another script is left alone
        ("Tờ báo \u0412\u041a\u0421 đưa tin, Quyết định số 5/QĐ-UBND đã có hiệu lực.", [("Quyết định", "5/QĐ-UBND", "Quyết định số 5/QĐ-UBND")]),
        # short names listed after a treaty's short name under one type word, each a treaty; a list closed
        # by "và", never a kind of treaty or a country
        ("Việc thực thi Hiệp định ABCFTA, XYZPA và QRTPP được đánh giá cao.", [("Hiệp định", None, "Hiệp định ABCFTA"), ("Hiệp định", None, "XYZPA"), ("Hiệp định", None, "QRTPP")]),
        ("Hiệp định ABCFTA và XYZPA là động lực quan trọng.", [("Hiệp định", None, "Hiệp định ABCFTA"), ("Hiệp định", None, "XYZPA")]),
        ("Hiệp định ABCFTA và FTA với nước khác. Hiệp định XYZPA và EU cam kết thực hiện.", [("Hiệp định", None, "Hiệp định ABCFTA"), ("Hiệp định", None, "Hiệp định XYZPA")]),
        ("Các thị trường có Hiệp định ABCFTA, XYZPA. Xuất khẩu tăng mạnh.", [("Hiệp định", None, "Hiệp định ABCFTA")]),
        # without a type word, a code written with a lower-case letter must be one written so ("TTr")
        ("Tên lửa mới mang tên Kh-101/Kh-102 đã được thử nghiệm.", []),
        ("Theo 7194/TTr-BCT, dự án được đề xuất.", [("Tờ trình", "7194/TTr-BCT", "7194/TTr-BCT")]),
        # "Cty Luật X" is a law firm; "rất" ends a law's name read word by word
        ("Ông An, Giám đốc Cty Luật Minh Khoa cho biết như vậy.", []),
        ("Luật Sông ngòi thế giới rất hạn chế việc này.", [("Luật", None, "Luật Sông ngòi thế giới")]),
        # a long treaty's name runs on over its partners to its short name's bracket
        (
            "Hiệp định thương mại tự do giữa Việt Nam và Cộng hòa Liên bang Đông Phương và Nam Tây Lan (VDTFTA) có hiệu lực.",
            [("Hiệp định", None, "Hiệp định thương mại tự do giữa Việt Nam và Cộng hòa Liên bang Đông Phương và Nam Tây Lan")],
        ),
        # ... and over "và" and lower-case words of its clause to that bracket, never over another type word
        (
            "Nước này muốn gia nhập Hiệp định Đối tác toàn diện và tiến bộ xuyên Đông Hải (ABTPP) trong năm nay.",
            [("Hiệp định", None, "Hiệp định Đối tác toàn diện và tiến bộ xuyên Đông Hải")],
        ),
        ("Hiệp định ABCFTA và các hiệp định khác (FTA) có hiệu lực.", [("Hiệp định", None, "Hiệp định ABCFTA")]),
        # a court named after the constitution is no constitution
        ("Quyền quyết định nằm trong tay Tòa án Hiến pháp của nước này.", []),
        # a treaty's partners joined by a bare hyphen; "và" before another treaty's type word ends a name
        ("Hai nước đã ký Hiệp ước hợp tác Đông-Tây vào năm đó.", [("Hiệp ước", None, "Hiệp ước hợp tác Đông-Tây")]),
        (
            "Hiệp định Thương mại tự do Bắc - Nam và Hiệp định ABCFTA có hiệu lực.",
            [("Hiệp định", None, "Hiệp định Thương mại tự do Bắc - Nam"), ("Hiệp định", None, "Hiệp định ABCFTA")],
        ),
    ],
)
def test_round8_rules(facts, sentence, expected):
    got = [(f["type"], f["number"], f["text"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a body named by one word after the number is its issuer, as written
        ("Việc này phù hợp với tinh thần Nghị quyết 77 của Đảng, nhấn mạnh sự linh hoạt.", [("77", "Đảng")]),
        ("Theo đúng Nghị quyết số 81 của Trung ương. Khi đó các hộ sẽ chuyển đổi.", [("81", "Trung ương")]),
        ("Vì sao Quyết định 36 của TP chỉ quy định việc cấp phép tạm?", [("36", "TP")]),
        ("Quán triệt Chỉ thị 09 của TW về học tập và làm theo tư tưởng.", [("09", "TW")]),
        # a code's issuer stays: "Trung ương" names the same body more shortly
        ("Theo Nghị quyết 19-NQ/TW của Trung ương, biên chế được tinh giản.", [("19-NQ/TW", "Ban Chấp hành Trung ương Đảng")]),
        # not a word that another word goes on from, nor over a code's issuer
        ("Ông ký công văn số 126 của Đảng ủy khối doanh nghiệp.", [("126", "Đảng ủy khối doanh nghiệp")]),
        ("Theo Quyết định 12 của TP.HCM về giá đất.", [("12", None)]),
        ("Theo Quyết định 13 của TP Lam Sơn về giá đất.", [("13", None)]),
        ("Theo Quyết định 15/QĐ-UBND của TP về giá đất.", [("15/QĐ-UBND", "Ủy ban nhân dân")]),
    ],
)
def test_round8_bare_body_issuer(facts, sentence, expected):
    got = [(f["number"], f["issuer"]) for f in facts(sentence, "documents")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a body before an issuing word whose name runs on over a person into the person's own clause
        # issued nothing: the verb ("công bố") belongs to the event
        ("Thứ trưởng Bộ Tài chính Lê Văn Minh phát biểu tại buổi công bố Luật Quản lý thuế năm nay.", [None]),
        # the signer's name before a tense word still leaves the body
        ("Phó Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn An vừa ký Quyết định số 812 về việc giao đất.",
         ["UBND tỉnh Thanh Hóa"]),
        ("Bộ trưởng Bộ Y tế Trần Thị Lan ký Quyết định số 45 về phòng dịch.", ["Bộ Y tế"]),
    ],
)
def test_person_clause_before_the_document_names_no_issuer(facts, sentence, expected):
    assert [f["issuer"] for f in facts(sentence, "documents")] == expected


@pytest.mark.parametrize(
    "sentence,text",
    [
        # a verb after a treaty's partners ends its name
        (
            "Doanh nghiệp tận dụng cơ hội mà Hiệp định Thương mại tự do Việt Nam - Chile mang lại cho nông sản.",
            "Hiệp định Thương mại tự do Việt Nam - Chile",
        ),
        ("Hiệp định Đối tác Kinh tế đem lại nhiều lợi ích cho hai nước.", "Hiệp định Đối tác Kinh tế"),
    ],
)
def test_verb_after_a_treaty_ends_its_name(facts, sentence, text):
    assert [f["text"] for f in facts(sentence, "documents")] == [text]
