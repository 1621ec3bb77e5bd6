"""Documents: a body named before its issuing verb whose name holds a second body head (made-up sentences)."""

import pytest

# (sentence, issuer)
CASES = [
    # two heads in a row are one body's name, read from the first ("Liên minh" + "Hợp tác xã")
    ("Liên minh Hợp tác xã tỉnh Lạng Sơn vừa ban hành Quyết định số 31 về hỗ trợ vốn.",
     "Liên minh Hợp tác xã tỉnh Lạng Sơn"),
    ("Hiệp hội Ngân hàng Việt Nam đã ban hành Công văn số 208 về lãi suất.", "Hiệp hội Ngân hàng Việt Nam"),
    ("Văn phòng Chính phủ vừa ban hành Thông báo số 77 về kết luận của Thủ tướng.", "Văn phòng Chính phủ"),
    # heads apart are two bodies: the nearest before the verb issued it
    ("Theo đề nghị của Bộ Tài chính, Ủy ban nhân dân tỉnh Kon Tum ban hành Quyết định số 95 về giá đất.",
     "Ủy ban nhân dân tỉnh Kon Tum"),
]  # fmt: skip


@pytest.mark.parametrize("sentence,issuer", CASES)
def test_a_body_named_before_its_verb_is_read_from_its_first_head(rule_facts, sentence, issuer):
    assert [f["issuer"] for f in rule_facts(sentence, "documents")] == [issuer]
