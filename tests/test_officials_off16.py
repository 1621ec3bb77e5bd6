"""Officials: families of dev11's blind errors (made-up sentences and names)."""

import pytest

# (passage, [(name, honorific, title, organization)])
PIPELINE_CASES_OFF16 = [
    # a post opening its clause, its body and "gồm các ông:": every listed name holds the post
    (
        (
            "Đại hội đã bầu ban lãnh đạo mới. Phó Chủ tịch Hiệp hội gồm các ông: Trần Văn Lộc, Phạm Minh Khải, "
            "Đỗ Quang Vinh."
        ),
        [
            ("Trần Văn Lộc", None, "Phó Chủ tịch", "Hiệp hội"),
            ("Phạm Minh Khải", None, "Phó Chủ tịch", "Hiệp hội"),
            ("Đỗ Quang Vinh", None, "Phó Chủ tịch", "Hiệp hội"),
        ],
    ),
    # "thông tin" is a noun of a body's name after "và" and before ";" (elsewhere a verb that ends the body)
    (
        (
            "Dự họp có ông Lê Văn Tâm, Phó Cục trưởng Cục Báo chí và thông tin cơ sở; ông Hồ Quang Bảo, "
            "Cục trưởng Cục An ninh thông tin; ông Vũ Đức Hạnh, Giám đốc Sở Tài chính thông tin, năm nay thu tăng."
        ),
        [
            ("Lê Văn Tâm", "ông", "Phó Cục trưởng", "Cục Báo chí và thông tin cơ sở"),
            ("Hồ Quang Bảo", "ông", "Cục trưởng", "Cục An ninh thông tin"),
            ("Vũ Đức Hạnh", "ông", "Giám đốc", "Sở Tài chính"),
        ],
    ),
    # posts the titles lacked: a chief engineer, a trade representative
    (
        "Kỹ sư trưởng Velonix, Peter Aldren chia sẻ về mẫu xe mới.",
        [("Peter Aldren", None, "Kỹ sư trưởng", "Velonix")],
    ),
    (
        "Trong thông cáo, đại diện thương mại Mỹ Mark Dawley nói rằng thuế sẽ tăng.",
        [("Mark Dawley", None, "đại diện thương mại", "Mỹ")],
    ),
    # "là" between a body and a full Vietnamese name without an honorific; "của" before the body goes
    (
        "Giám đốc của công ty Hòa Phúc Lâm là Trịnh Văn Lực đã bị khởi tố.",
        [("Trịnh Văn Lực", None, "Giám đốc", "công ty Hòa Phúc Lâm")],
    ),
    # a brand's honorary ambassador holds no post
    (
        "Hãng thời trang Lumera đã chọn ca sĩ Nguyễn Thùy Lam làm đại sứ thương hiệu của mình.",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", PIPELINE_CASES_OFF16)
def test_officials_off16_pipeline(facts, text, expected):
    got = [(f["name"], f["honorific"], f["title"], f["organization"]) for f in facts(text, "officials")]
    assert got == expected


def test_ambassador_of_a_country_is_still_a_post(facts):
    got = [
        (f["name"], f["title"])
        for f in facts("Ông Paul Ferrin, Đại sứ Canada tại Việt Nam, cho biết.", "officials")
    ]
    assert got == [("Paul Ferrin", "Đại sứ")]
