"""Documents: a bare number with its year, a law's name with its number's year, an inspectorate's code, a Party
body's organs after a bare number (made-up sentences)."""

import pytest

# (sentence, [(text, type, number, issuer)])
CASES_OFF14 = [
    # a bare number and the year written after it: the number of that year
    (
        "Việc cấp phép vẫn theo Nghị định 215 năm 2019 và Nghị định 37 năm 2022.",
        [
            ("Nghị định 215 năm 2019", "Nghị định", "215/2019", None),
            ("Nghị định 37 năm 2022", "Nghị định", "37/2022", None),
        ],
    ),
    # (a date after the number is no year of it)
    (
        "Tỉnh đề nghị sửa Thông tư số 18 (2016) của Bộ Tài chính và Quyết định số 412 ngày 3/5/2021.",
        [
            ("Thông tư số 18 (2016)", "Thông tư", "18/2016", "Bộ Tài chính"),
            ("Quyết định số 412", "Quyết định", "412", None),
        ],
    ),
    # "TTr" after another type's code is the inspectorate that issued it (opening a code, it is a Tờ trình)
    (
        "Theo Kết luận số 27/KL-TTr, Sở gửi Tờ trình số 318/TTr-SXD lên UBND tỉnh.",
        [
            ("Kết luận số 27/KL-TTr", "Kết luận", "27/KL-TTr", "Thanh tra"),
            ("Tờ trình số 318/TTr-SXD", "Tờ trình", "318/TTr-SXD", "Sở Xây dựng"),
        ],
    ),
    # the code word "bộ luật" names a known code also written in lower case ("luật" alone does not)
    (
        "Hai bị cáo bị truy tố theo điều 174 bộ luật hình sự, theo luật đất đai thì khác.",
        [("bộ luật hình sự", "Bộ luật", None, None)],
    ),
    # a body asked ("kiến nghị", "đề nghị") to amend a document issued it
    (
        "Hiệp hội kiến nghị Chính phủ sớm sửa đổi Nghị định 52 (2019) về lệ phí.",
        [("Nghị định 52 (2019)", "Nghị định", "52/2019", "Chính phủ")],
    ),
    (
        "Doanh nghiệp đề nghị Bộ Tài chính bãi bỏ Thông tư số 96 về phí sàn.",
        [("Thông tư số 96", "Thông tư", "96", "Bộ Tài chính")],
    ),
    # the organs of a Party body named after a bare number, both of them
    (
        "Các địa phương thực hiện Kết luận số 241 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.",
        [("Kết luận số 241", "Kết luận", "241", "Bộ Chính trị, Ban Bí thư")],
    ),
]


@pytest.mark.parametrize("sentence,expected", CASES_OFF14)
def test_documents_off14(rule_facts, sentence, expected):
    got = [(f["text"], f["type"], f["number"], f["issuer"]) for f in rule_facts(sentence, "documents")]
    assert got == expected


def test_law_named_with_its_numbers_year_is_that_law(rule_facts):
    s = (
        "Quốc hội thông qua Luật Quản lý Cảng cá số 41/2023/QH15. Luật Quản lý Cảng cá năm 2023 có hiệu lực "
        "từ đầu năm sau, thay Luật Quản lý Cảng cá năm 2009."
    )
    got = [(f["text"], f["number"], len(f["mentions"])) for f in rule_facts(s, "documents")]
    assert got == [
        ("Luật Quản lý Cảng cá số 41/2023/QH15", "41/2023/QH15", 2),
        ("Luật Quản lý Cảng cá năm 2009", None, 1),
    ]
