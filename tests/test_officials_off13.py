"""Officials: a body's name before a verb, posts fused with their unit, functions and initials (made-up sentences)."""

import pytest

# through the whole pipeline: (sentence, [(name, title, organization)])
PIPELINE_CASES_OFF13 = [
    # org_end_verbs: a verb after the body ends its name
    (
        "Ông Lê Văn Tám, Giám đốc Công ty Hòa Phong tiếp tục đầu tư vào nhà máy.",
        [("Lê Văn Tám", "Giám đốc", "Công ty Hòa Phong")],
    ),
    (
        "Bà Đỗ Thị Hoa, Chủ tịch Hội Nông dân tỉnh Bình Lâm nhất trí với đề xuất.",
        [("Đỗ Thị Hoa", "Chủ tịch", "Hội Nông dân tỉnh Bình Lâm")],
    ),
    # 'Cục phó', 'Viện phó': a deputy's post fused with its unit
    (
        "Ông Trần Văn Hòa, Viện phó Viện Kinh tế Nông thôn cho biết.",
        [("Trần Văn Hòa", "Viện phó", "Viện Kinh tế Nông thôn")],
    ),
    (
        "Ông Phạm Quang Lộc, Cục phó Cục Quản lý Thị trường cho biết.",
        [("Phạm Quang Lộc", "Cục phó", "Cục Quản lý Thị trường")],
    ),
    # 'phát ngôn viên' is the post 'Người phát ngôn'
    (
        "Ông Lâm Khải, phát ngôn viên Bộ Ngoại giao Nam Vân, nói.",
        [("Lâm Khải", "phát ngôn viên", "Bộ Ngoại giao Nam Vân")],
    ),
    # a director's function, capitalised or after a comma
    (
        "Bà Jane Doe, Giám đốc Tiếp thị Cloudex cho biết doanh số tăng.",
        [("Jane Doe", "Giám đốc Tiếp thị", "Cloudex")],
    ),
    (
        "Ông Phạm Minh Khoa, Giám đốc nghiên cứu, Đại học Hòa Bình, nhận định thị trường sẽ phục hồi.",
        [("Phạm Minh Khoa", "Giám đốc nghiên cứu", "Đại học Hòa Bình")],
    ),
    # several initials glued to a surname are one name word
    (
        "Cố vấn An ninh Quốc gia Mỹ H.R.McWhite nói với báo giới.",
        [("H.R.McWhite", "Cố vấn An ninh Quốc gia", "Mỹ")],
    ),
    # unchanged: a verb inside no body, a lone initial glued to a place stays the place
    (
        "Ông Nguyễn Văn Bình, Chủ tịch UBND P.Bến Nghé cho biết.",
        [("Nguyễn Văn Bình", "Chủ tịch", "UBND P.Bến Nghé")],
    ),
]


@pytest.mark.parametrize("sentence,expected", PIPELINE_CASES_OFF13)
def test_officials_off13_pipeline(facts, sentence, expected):
    got = [(f["name"], f["title"], f["organization"]) for f in facts(sentence, "officials")]
    assert got == expected


PROJECT_CASES = [
    # a capitalised project is the body the director heads; 'Dự án của X' is still a function
    (
        "Ông Markus Bell, Giám đốc Dự án Quan hệ Đối tác Năng lượng BMX tại Đức cho biết.",
        [("Markus Bell", "Giám đốc", "Dự án Quan hệ Đối tác Năng lượng BMX tại Đức")],
    ),
    (
        "Ông Đỗ Văn Bình, Giám đốc Dự án của Công ty Sao Mai cho hay công trình đúng tiến độ.",
        [("Đỗ Văn Bình", "Giám đốc Dự án", "Công ty Sao Mai")],
    ),
    # 'phát triển kinh doanh' is a director's function; 'đảm nhiệm' ends the body
    (
        "Ông Phạm Văn Khải, Giám đốc Phát triển kinh doanh GoRide cho biết.",
        [("Phạm Văn Khải", "Giám đốc Phát triển kinh doanh", "GoRide")],
    ),
    (
        "Ông Trần Văn Nam, Giám đốc Công ty Năng lượng Tái tạo đảm nhiệm vai trò tổng thầu.",
        [("Trần Văn Nam", "Giám đốc", "Công ty Năng lượng Tái tạo")],
    ),
    # 'LHQ' is the United Nations after 'tại'
    (
        "Đại sứ Mỹ tại LHQ Nikki Hall cho biết.",
        [("Nikki Hall", "Đại sứ", "Mỹ tại LHQ")],
    ),
]


@pytest.mark.parametrize("sentence,expected", PROJECT_CASES)
def test_officials_off13_projects_and_seats(facts, sentence, expected):
    got = [(f["name"], f["title"], f["organization"]) for f in facts(sentence, "officials")]
    assert got == expected
