"""Documents: the issuer a body's head signs for when the code names none (made-up sentences)."""

import pytest

# (sentence, [(text, type, number, issuer)])
CASES_OFF16 = [
    # the chairman's own decision: the post is part of the issuer
    (
        "Chủ tịch UBND tỉnh vừa ký văn bản số 4417/QĐ-XPHC ngày 3/5/2024 xử phạt một doanh nghiệp.",
        [("văn bản số 4417/QĐ-XPHC", "Quyết định", "4417/QĐ-XPHC", "Chủ tịch UBND tỉnh")],
    ),
    # a deputy signs for the body
    (
        "Phó Chủ tịch UBND tỉnh Hòa Lâm Trần Văn Lộc vừa ký Quyết định số 2291 về việc xử phạt.",
        [("Quyết định số 2291", "Quyết định", "2291", "UBND tỉnh Hòa Lâm")],
    ),
    # the code names the issuer: the body written in full is still its fuller name, without the post
    (
        "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm Trần Văn Lộc vừa ban hành Chỉ thị số 12/CT-UBND về phòng dịch.",
        [("Chỉ thị số 12/CT-UBND", "Chỉ thị", "12/CT-UBND", "Ủy ban nhân dân tỉnh Hòa Lâm")],
    ),
    # the code names the issuer: it decides
    (
        "Chủ tịch UBND tỉnh Hòa Lâm vừa ký Quyết định số 2291/QĐ-UBND về việc xử phạt.",
        [("Quyết định số 2291/QĐ-UBND", "Quyết định", "2291/QĐ-UBND", "Ủy ban nhân dân")],
    ),
]


@pytest.mark.parametrize("sentence,expected", CASES_OFF16)
def test_documents_off16(facts, sentence, expected):
    got = [(f["text"], f["type"], f["number"], f["issuer"]) for f in facts(sentence, "documents")]
    assert got == expected
