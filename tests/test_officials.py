"""Officials: every common shape; people without a role, bylines and credits are not officials."""

import pytest

# (sentence, [(name, honorific, prefix, title, organization)])
CASES = [
    ("Bà Trần Thị Thu Hà, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh cho biết dự án sẽ khởi công.",
     [("Trần Thị Thu Hà", "bà", None, "Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh")]),
    ("Phó Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu chủ trì cuộc họp.",
     [("Hồ Quang Bửu", None, None, "Phó Chủ tịch", "UBND tỉnh Quảng Nam")]),
    ("Ông Đặng Văn Khoa - Tổng Giám đốc Tổng công ty Lương thực miền Nam cho hay giá lúa tăng.",
     [("Đặng Văn Khoa", "ông", None, "Tổng Giám đốc", "Tổng công ty Lương thực miền Nam")]),
    ("Theo TS. Vũ Đình Ánh (chuyên gia kinh tế), lạm phát được kiểm soát.", []),
    ("Theo PGS.TS. Bùi Quang Tuấn (Viện trưởng Viện Kinh tế Việt Nam), tăng trưởng khả quan.",
     [("Bùi Quang Tuấn", None, "PGS.TS.", "Viện trưởng", "Viện Kinh tế Việt Nam")]),
    ("Ông Nguyễn Minh Tâm, ông Lê Hữu Phước và bà Phạm Thị Lan, Phó Chủ tịch UBND tỉnh Long An dự lễ.",
     [("Nguyễn Minh Tâm", "ông", None, "Phó Chủ tịch", "UBND tỉnh Long An"),
      ("Lê Hữu Phước", "ông", None, "Phó Chủ tịch", "UBND tỉnh Long An"),
      ("Phạm Thị Lan", "bà", None, "Phó Chủ tịch", "UBND tỉnh Long An")]),
    ("Thượng tướng Trần Quốc Tỏ, Bộ trưởng Bộ Công an phát biểu tại hội nghị.",
     [("Trần Quốc Tỏ", None, "Thượng tướng", "Bộ trưởng", "Bộ Công an")]),
    ("Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản.", [("Phạm Minh Chính", None, None, "Thủ tướng", None)]),
    ("Tổng thống Hàn Quốc Lee Jae Myung hội đàm với lãnh đạo Việt Nam.", [("Lee Jae Myung", None, None, "Tổng thống", "Hàn Quốc")]),
    ("Bà Lê Thị Hồng, nguyên Phó Giám đốc Ngân hàng Nhà nước chi nhánh Hà Nội, được mời tham dự.",
     [("Lê Thị Hồng", "bà", None, "nguyên Phó Giám đốc", "Ngân hàng Nhà nước chi nhánh Hà Nội")]),
    ("Quyền Chủ tịch UBND thành phố Đà Nẵng Hồ Kỳ Minh ký văn bản.",
     [("Hồ Kỳ Minh", None, None, "Quyền Chủ tịch", "UBND thành phố Đà Nẵng")]),
    ("Phó Chủ tịch Thường trực UBND tỉnh Nghệ An Lê Hồng Vinh yêu cầu các sở vào cuộc.",
     [("Lê Hồng Vinh", None, None, "Phó Chủ tịch Thường trực", "UBND tỉnh Nghệ An")]),
    ("Ông Trương Gia Bình, Chủ tịch HĐQT Tập đoàn FPT chia sẻ về chiến lược.",
     [("Trương Gia Bình", "ông", None, "Chủ tịch HĐQT", "Tập đoàn FPT")]),
    ("Bà Nguyễn Thị Bích Ngọc (Chủ tịch Hiệp hội Thực phẩm minh bạch) kiến nghị gỡ vướng.",
     [("Nguyễn Thị Bích Ngọc", "bà", None, "Chủ tịch", "Hiệp hội Thực phẩm minh bạch")]),
    ("Anh Nguyễn Văn Hùng, người dân xã Tân Phú, phấn khởi vì được mùa.", []),
    ("Ông Hoàng Minh Đức cho biết gia đình ông đã trồng cà phê 20 năm.", []),
    ("Ảnh: Minh Châu", []),
    ("Ông Phan Văn Mãi, Chủ tịch UBND TP Hồ Chí Minh, nhấn mạnh yêu cầu. Ông Mãi đề nghị các sở khẩn trương.",
     [("Phan Văn Mãi", "ông", None, "Chủ tịch", "UBND TP Hồ Chí Minh")]),
    ("Giám đốc điều hành Công ty cổ phần Sữa Ba Vì Đỗ Thanh Tùng cho biết đơn hàng tăng.",
     [("Đỗ Thanh Tùng", None, None, "Giám đốc điều hành", "Công ty cổ phần Sữa Ba Vì")]),
    ("Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết. Bộ trưởng Thắng lưu ý thêm về thu ngân sách.",
     [("Nguyễn Văn Thắng", None, None, "Bộ trưởng", "Bộ Tài chính")]),
    ("Chủ tịch UBND tỉnh Bình Dương Lê Quang Hiếu kiểm tra tiến độ dự án.",
     [("Lê Quang Hiếu", None, None, "Chủ tịch", "UBND tỉnh Bình Dương")]),
    ("Ông Tạ Quang Huy, Cục trưởng Cục Quản lý giá (Bộ Tài chính) giải thích thêm.",
     [("Tạ Quang Huy", "ông", None, "Cục trưởng", "Cục Quản lý giá (Bộ Tài chính)")]),
    ("Bà Lò Thị Nga, Phó Vụ trưởng Vụ Tín dụng, Ngân hàng Nhà nước cho hay lãi suất ổn định.",
     [("Lò Thị Nga", "bà", None, "Phó Vụ trưởng", "Vụ Tín dụng, Ngân hàng Nhà nước")]),
    ("Ông Vi Đức Thọ - Bí thư Huyện ủy Mộc Châu nhận quyết định điều động.",
     [("Vi Đức Thọ", "ông", None, "Bí thư", "Huyện ủy Mộc Châu")]),
    ("Bà Kiều Thanh Nga, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty cổ phần Thủy sản Sao Mai cho biết.",
     [("Kiều Thanh Nga", "bà", None, "Chủ tịch HĐQT kiêm Tổng Giám đốc", "Công ty cổ phần Thủy sản Sao Mai")]),
    ("Ông Lâm Văn Bé được bầu giữ chức Chủ tịch UBND huyện Cờ Đỏ.",
     [("Lâm Văn Bé", "ông", None, "Chủ tịch", "UBND huyện Cờ Đỏ")]),
    ("Hiệu trưởng Trường THPT chuyên Trần Phú phát biểu khai giảng.", []),
    ("Giám đốc Sở Y tế tỉnh Kon Tum, ông Đặng Quang Vinh, cho biết số ca bệnh giảm.",
     [("Đặng Quang Vinh", "ông", None, "Giám đốc", "Sở Y tế tỉnh Kon Tum")]),
    ("Bà Sùng Thị Mai, Phó Chủ tịch HĐND tỉnh Hà Giang phát biểu bế mạc.",
     [("Sùng Thị Mai", "bà", None, "Phó Chủ tịch", "HĐND tỉnh Hà Giang")]),
    ("Ông Park Min-jun, Tổng Giám đốc Công ty LG Display Việt Nam, cho biết nhà máy tuyển thêm lao động.",
     [("Park Min-jun", "ông", None, "Tổng Giám đốc", "Công ty LG Display Việt Nam")]),
    ("Ông Mùa A Vảng, Bí thư, Chủ tịch UBND huyện Mường Nhé dự lễ ra quân.",
     [("Mùa A Vảng", "ông", None, "Bí thư, Chủ tịch", "UBND huyện Mường Nhé")]),
    ("Bà Hà Thị Nga, Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Cao Bằng cho biết.",
     [("Hà Thị Nga", "bà", None, "Phó Giám đốc", "Sở Lao động, Thương binh và Xã hội tỉnh Cao Bằng")]),
    ("Ông Bùi Minh Hoàng làm Giám đốc Sở Nội vụ tỉnh Hòa Bình.",
     [("Bùi Minh Hoàng", "ông", None, "Giám đốc", "Sở Nội vụ tỉnh Hòa Bình")]),
    ("Tân Chủ tịch UBND huyện Mộc Hóa là ông Trịnh Văn Nhẫn, 45 tuổi.",
     [("Trịnh Văn Nhẫn", "ông", None, "Tân Chủ tịch", "UBND huyện Mộc Hóa")]),
    ("Ông Phan Hữu Tâm được điều động, bổ nhiệm giữ chức Giám đốc Sở Tư pháp.",
     [("Phan Hữu Tâm", "ông", None, "Giám đốc", "Sở Tư pháp")]),
    ("Chủ tịch UBND tỉnh Lai Châu Giàng A Tỉnh yêu cầu các sở vào cuộc.",
     [("Giàng A Tỉnh", None, None, "Chủ tịch", "UBND tỉnh Lai Châu")]),
    ("Thống đốc NHNN Đào Minh Khuê cho biết tỷ giá ổn định.",
     [("Đào Minh Khuê", None, None, "Thống đốc", "NHNN")]),
    ("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời báo chí.",
     [("Phạm Thu Hằng", None, None, "Người phát ngôn", "Bộ Ngoại giao")]),
    ("Phó Chủ tịch UBND tỉnh Gia Lai Y Blô Niê kiểm tra vùng lũ.",
     [("Y Blô Niê", None, None, "Phó Chủ tịch", "UBND tỉnh Gia Lai")]),
    ("Giám đốc tài chính (CFO) Công ty Hòa Bình, bà Lê Ngọc Diệp cho biết.",
     [("Lê Ngọc Diệp", "bà", None, "Giám đốc tài chính", "Công ty Hòa Bình")]),
    ("Bà Tạ Thị Yên, Phó Trưởng Ban Công tác đại biểu cho biết kết quả rà soát.",
     [("Tạ Thị Yên", "bà", None, "Phó Trưởng Ban", "Ban Công tác đại biểu")]),
    ("Ông Đào Văn Tú, Giám đốc Công ty TNHH Cơ khí Minh Khang, cho biết đơn hàng tăng.",
     [("Đào Văn Tú", "ông", None, "Giám đốc", "Công ty TNHH Cơ khí Minh Khang")]),
    ("PGS.TS Phạm Thế Anh, Trưởng khoa Kinh tế học, nhận định lãi suất sẽ ổn định.",
     [("Phạm Thế Anh", None, "PGS.TS", "Trưởng khoa", "Khoa Kinh tế học")]),
    ("Phó Chủ tịch UBND tỉnh Hoàng Văn Lực kiểm tra công trình.", [("Hoàng Văn Lực", None, None, "Phó Chủ tịch", "UBND tỉnh")]),
    ("Đồng chí Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế của Quốc hội, trình bày báo cáo.",
     [("Vũ Hồng Thanh", "đồng chí", None, "Chủ nhiệm", "Ủy ban Kinh tế của Quốc hội")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_officials(facts, sentence, expected):
    got = [(f["name"], f["honorific"], f["prefix"], f["title"], f["organization"]) for f in facts(sentence, "officials")]
    assert got == expected


def test_later_mention_is_same_person(facts):
    s = "Bà Đinh Thị Hương, Phó Giám đốc Sở Công Thương tỉnh Thanh Hóa cho biết. Theo bà Hương, sức mua tăng."
    (f,) = facts(s, "officials")
    assert [m["text"] for m in f["mentions"]] == ["Đinh Thị Hương", "Hương"]
    assert s[f["start"]:f["end"]] == f["text"]
