"""Officials: the body and the post where dev9's blind errors showed families (made-up sentences)."""

import pytest

# (sentence, [(name, honorific, prefix, title, organization)])
CASES_OFF12 = [
    # a verb of saying and "rằng" end the body after the post
    (
        "Ông Trần Văn Khoa - Giám đốc phân tích, Công ty Chứng khoán Hòa Lộc bổ sung rằng lãi suất sẽ giảm.",
        [("Trần Văn Khoa", "ông", None, "Giám đốc phân tích", "Công ty Chứng khoán Hòa Lộc")],
    ),
    (
        "Bà Lê Thị Hạnh, Chủ tịch Hiệp hội Dệt may Nam Bình lo ngại rằng đơn hàng sẽ giảm.",
        [("Lê Thị Hạnh", "bà", None, "Chủ tịch", "Hiệp hội Dệt may Nam Bình")],
    ),
    # posts listed before an honoured name: a comma and the next post end the first post's body
    (
        "Hội nghị do Bí thư thường trực Bộ Ngoại giao, Trưởng SOM ASEAN của Lào, bà Vilay Phommasane chủ trì.",
        [("Vilay Phommasane", "bà", None, "Bí thư thường trực", "Bộ Ngoại giao")],
    ),
    (
        "Tham dự có Giám đốc Sở Công Thương, Trưởng BTC hội chợ, ông Phạm Văn Lộc.",
        [("Phạm Văn Lộc", "ông", None, "Giám đốc", "Sở Công Thương")],
    ),
    # a compiled post that is a post plus a body splits at any head, not only the first
    (
        "Tổng Thanh tra Chính phủ Đoàn Văn Khải trình bày báo cáo.",
        [("Đoàn Văn Khải", None, None, "Tổng Thanh tra", "Chính phủ")],
    ),
    # a spaced dash before a capitalised clause opener, and an ellipsis, end the body
    (
        "Kỷ luật ông Trần Văn Hòa, Giám đốc Sở Xây dựng tỉnh Bình Lâm - Trong thời gian công tác, ông đã vi phạm.",
        [("Trần Văn Hòa", "ông", None, "Giám đốc", "Sở Xây dựng tỉnh Bình Lâm")],
    ),
    (
        "Ông Lý Văn Hào, Trưởng Ban Dân vận Tỉnh ủy… Các đại biểu dâng hương.",
        [("Lý Văn Hào", "ông", None, "Trưởng Ban", "Ban Dân vận Tỉnh ủy")],
    ),
    # a bare head after a sub-unit's comma is the body named again, no parent
    (
        "Theo bà Lê Thu Hà, Phó Tổng Cục trưởng Tổng cục Thủy lợi Việt Nam, Tổng cục đã gửi nhiều văn bản.",
        [("Lê Thu Hà", "bà", None, "Phó Tổng Cục trưởng", "Tổng cục Thủy lợi Việt Nam")],
    ),
    (
        "Bà Lê Thu Hà, Vụ trưởng Vụ Kế hoạch, Bộ Nội vụ cho biết.",
        [("Lê Thu Hà", "bà", None, "Vụ trưởng", "Vụ Kế hoạch, Bộ Nội vụ")],
    ),
    (
        "Ông Phạm Văn Tú, Vụ trưởng Vụ Tín dụng, Ngân hàng Nhà nước cho biết.",
        [("Phạm Văn Tú", "ông", None, "Vụ trưởng", "Vụ Tín dụng, Ngân hàng Nhà nước")],
    ),
    # a comma, capitalised words and "và" inside a body's name, but not a clause with a stop word
    (
        "Theo bà Lê Thu Hà, Phó Tổng Cục trưởng Tổng cục Thủy lợi, Tổng cục đã có văn bản gửi Ủy ban nhân dân và Sở Nông nghiệp các tỉnh.",
        [("Lê Thu Hà", "bà", None, "Phó Tổng Cục trưởng", "Tổng cục Thủy lợi")],
    ),
    (
        "Ông Lâm Văn Đức, Bộ trưởng Bộ Lao động, Thương binh và Xã hội cho biết.",
        [("Lâm Văn Đức", "ông", None, "Bộ trưởng", "Bộ Lao động, Thương binh và Xã hội")],
    ),
    # a lower-case field after a comma, right before the parent in brackets, closes the body's name
    (
        "Ông Mạc Văn Tùng, Vụ trưởng Vụ Giáo dục mầm non, tiểu học (Bộ GD-ĐT) cho biết.",
        [("Mạc Văn Tùng", "ông", None, "Vụ trưởng", "Vụ Giáo dục mầm non, tiểu học")],
    ),
    # unchanged: a dash inside a body's name
    (
        "Ông Hà Minh Tú, Chủ tịch Hội Hữu nghị Việt Nam - Lào phát biểu.",
        [("Hà Minh Tú", "ông", None, "Chủ tịch", "Hội Hữu nghị Việt Nam - Lào")],
    ),
    # unchanged: a body's name is no verb of saying
    (
        "Ông Hồ Văn Tâm, Giám đốc Sở Xây dựng tỉnh Bình Lâm cho rằng giá sẽ tăng.",
        [("Hồ Văn Tâm", "ông", None, "Giám đốc", "Sở Xây dựng tỉnh Bình Lâm")],
    ),
]


@pytest.mark.parametrize("sentence,expected", CASES_OFF12)
def test_officials_off12_families(rule_facts, sentence, expected):
    got = [
        (f["name"], f["honorific"], f["prefix"], f["title"], f["organization"]) for f in rule_facts(sentence, "officials")
    ]
    assert got == expected


# through the whole pipeline (the segmentation decides where a verb of saying stands)
PIPELINE_CASES = [
    (
        "Theo bà Lê Thu Hà, Phó Tổng Cục trưởng Tổng cục Thủy lợi Việt Nam, Tổng cục đã gửi nhiều văn bản.",
        ("Lê Thu Hà", "Phó Tổng Cục trưởng", "Tổng cục Thủy lợi Việt Nam"),
    ),
    (
        "Ông Trần Văn Khoa - Giám đốc phân tích, Công ty Chứng khoán Hòa Lộc bổ sung rằng lãi suất sẽ giảm.",
        ("Trần Văn Khoa", "Giám đốc phân tích", "Công ty Chứng khoán Hòa Lộc"),
    ),
    (
        "Ông Phạm Văn Tú, Vụ trưởng Vụ Tín dụng, Ngân hàng Nhà nước cho biết.",
        ("Phạm Văn Tú", "Vụ trưởng", "Vụ Tín dụng, Ngân hàng Nhà nước"),
    ),
    (
        "Ông Mạc Văn Tùng, Vụ trưởng Vụ Giáo dục mầm non, tiểu học (Bộ GD-ĐT) cho biết.",
        ("Mạc Văn Tùng", "Vụ trưởng", "Vụ Giáo dục mầm non, tiểu học"),
    ),
]


@pytest.mark.parametrize("sentence,expected", PIPELINE_CASES)
def test_officials_off12_pipeline(facts, sentence, expected):
    got = [(f["name"], f["title"], f["organization"]) for f in facts(sentence, "officials")]
    assert got == [expected]
