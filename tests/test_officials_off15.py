"""Officials: a post's term before 'đối với' and the name (an appointment's approval), academic prefixes
joined by a hyphen before a name that follows its post, a plural honorific shared by a list, 'chuyên trách'
after a post, a chief analyst's post (made-up sentences)."""

import pytest

# through the whole pipeline: (text, [(name, honorific, prefix, title, organization)])
PIPELINE_CASES_OFF15 = [
    # 'nhiệm kỳ' and its years end the post's body; 'đối với' links it to the honoured name
    (
        (
            "Thủ tướng vừa ký quyết định phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Hòa Lâm "
            "nhiệm kỳ 2021 - 2026 đối với ông Lạc Văn Toàn."
        ),
        [("Lạc Văn Toàn", "ông", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm")],
    ),
    (
        (
            "Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch UBND huyện Đông Thành nhiệm kỳ 2021-2026 "
            "đối với bà Tạ Thị Mơ để nhận nhiệm vụ mới."
        ),
        [("Tạ Thị Mơ", "bà", None, "Chủ tịch", "UBND huyện Đông Thành")],
    ),
    # the term before a comma and the name is left out of the body too
    (
        "Phó Chủ tịch UBND tỉnh Hòa Lâm nhiệm kỳ 2021 - 2026, ông Lạc Văn Toàn, cho biết kế hoạch đã xong.",
        [("Lạc Văn Toàn", "ông", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm")],
    ),
    # a post written after the name is the person's own: the elected post before it is left
    (
        (
            "Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Hòa Lâm nhiệm kỳ 2021 - 2026 đối với "
            "ông Lạc Văn Toàn, Phó Bí thư Tỉnh ủy Hòa Lâm."
        ),
        [("Lạc Văn Toàn", "ông", None, "Phó Bí thư", "Tỉnh ủy Hòa Lâm")],
    ),
    # without the term 'đối với' links no post to a name
    ("Chủ tịch UBND tỉnh Hòa Lâm đã có ý kiến đối với ông Lạc Văn Toàn.", []),
    # two academic prefixes joined by a hyphen, after a post and its body and a comma
    (
        "Hiệu trưởng Trường ĐH Kỹ thuật Bình Lâm, PGS-TS Đào Văn Khải, lưu ý thí sinh điểm chuẩn sẽ tăng.",
        [("Đào Văn Khải", None, "PGS-TS", "Hiệu trưởng", "Trường ĐH Kỹ thuật Bình Lâm")],
    ),
    (
        "Giám đốc Bệnh viện Đa khoa Hòa Lâm, GS-TS Lê Thị Nhàn, cho biết số ca bệnh giảm.",
        [("Lê Thị Nhàn", None, "GS-TS", "Giám đốc", "Bệnh viện Đa khoa Hòa Lâm")],
    ),
    # a plural word before the first honorific of a list gives it to the names after it with a comma only
    (
        "Dự họp có các ông Lạc Văn Toàn, Đinh Công Hậu và bà Lý Thị Thoa, Phó Chủ tịch UBND tỉnh Hòa Lâm.",
        [
            ("Lạc Văn Toàn", "ông", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
            ("Đinh Công Hậu", "ông", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
            ("Lý Thị Thoa", "bà", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
        ],
    ),
    (
        "Dự họp có ông Lạc Văn Toàn, Đinh Công Hậu và bà Lý Thị Thoa, Phó Chủ tịch UBND tỉnh Hòa Lâm.",
        [
            ("Lạc Văn Toàn", "ông", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
            ("Đinh Công Hậu", None, None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
            ("Lý Thị Thoa", "bà", None, "Phó Chủ tịch", "UBND tỉnh Hòa Lâm"),
        ],
    ),
    # 'chuyên trách' (full-time) after a post is part of the post, not the start of its body
    (
        "Theo Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia Đinh Công Hậu, biện pháp này là cấp bách.",
        [("Đinh Công Hậu", None, None, "Phó Chủ tịch chuyên trách", "Ủy ban An toàn giao thông Quốc gia")],
    ),
    (
        "Ông Đinh Công Hậu, Phó ban chuyên trách Ban Chỉ đạo Tây Bắc, cho biết.",
        [("Đinh Công Hậu", "ông", None, "Phó ban chuyên trách", "Ban Chỉ đạo Tây Bắc")],
    ),
    # 'Trưởng phân tích', 'Trưởng nghiên cứu': a chief analyst's and a head of research's posts
    (
        "Nhu cầu sẽ giảm”, trưởng phân tích Peter Walden của công ty Cloudex nhận định.",
        [("Peter Walden", None, None, "trưởng phân tích", "công ty Cloudex")],
    ),
]


@pytest.mark.parametrize("text,expected", PIPELINE_CASES_OFF15)
def test_officials_off15_pipeline(facts, text, expected):
    got = [
        (f["name"], f["honorific"], f["prefix"], f["title"], f["organization"])
        for f in facts(text, "officials")
    ]
    assert got == expected
