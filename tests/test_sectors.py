"""Sectors linked to VSIC 2018, exactly and loosely named; ambiguous words need context."""

import pytest

CASES = [
    ("Ngành công nghiệp chế biến, chế tạo tiếp tục là động lực tăng trưởng.", [("C", "công nghiệp chế biến, chế tạo")]),
    ("Sản xuất máy móc thiết bị tăng mạnh nhờ đơn hàng mới.", [("C28", "Sản xuất máy móc thiết bị")]),
    ("Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học dẫn đầu.", [("C26", None)]),
    ("Khai khoáng giảm 4% do sản lượng than giảm.", [("B", "Khai khoáng")]),
    ("Sản xuất và phân phối điện tăng 10,2%.", [("D", None)]),
    ("Ngành xây dựng phục hồi rõ nét.", [("F", "xây dựng")]),
    ("Bộ Xây dựng vừa ban hành hướng dẫn mới.", []),
    ("Vật liệu xây dựng được bày bán tại hội chợ.", []),
    ("Lĩnh vực bán lẻ tăng trưởng hai con số.", [("G47", "bán lẻ")]),
    ("Dịch vụ lưu trú và ăn uống tăng 12,5% so với cùng kỳ.", [("I", None)]),
    ("Hoạt động kinh doanh bất động sản vẫn trầm lắng.", [("L", None)]),
    ("Sản xuất giường, tủ, bàn, ghế xuất khẩu sang Mỹ tăng.", [("C31", None)]),
    ("Sản xuất thuốc, hoá dược và dược liệu tăng 9%.", [("C21", None)]),
    ("Sản xuất đồ uống giảm nhẹ trong quý I.", [("C11", None)]),
    ("Sở Y tế tỉnh kiểm tra các cơ sở.", []),
    ("Ngành dệt may gặp khó khăn về đơn hàng.", [(None, "dệt may")]),
    ("Sản xuất kim loại tăng 14,1%.", [("C24", None)]),
    ("Vận tải hàng không phục hồi mạnh mẽ.", [("H51", None)]),
    ("Hoạt động tài chính, ngân hàng và bảo hiểm tăng 7%.", [("K", None)]),
    ("Nông, lâm nghiệp và thủy sản tăng 3,3%.", [("A", None)]),
    ("Doanh nghiệp mua máy móc thiết bị để đổi mới công nghệ.", []),
    ("Sản xuất hoá chất và sản phẩm hoá chất tăng 8,8%.", [("C20", None)]),
    ("Luật Kinh doanh bất động sản sửa đổi có hiệu lực từ năm sau.", []),
    ("Mảng bán lẻ mang về 60% doanh thu của tập đoàn.", [("G47", "bán lẻ")]),
    ("Hoạt động dịch vụ hỗ trợ khách hàng được nâng cấp.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_sectors(rule_facts, sentence, expected):
    got = rule_facts(sentence, "sectors")
    assert [f["code"] for f in got] == [code for code, _ in expected]
    for f, (_code, text) in zip(got, expected):
        if text:
            assert f["text"] == text
        assert sentence[f["start"]:f["end"]] == f["text"]
        assert f["classification"] == "VSIC 2018" and 0 < f["confidence"] <= 1


def test_nfd_and_old_tone_marks_match(rule_facts):
    import unicodedata

    s = unicodedata.normalize("NFD", "Sản xuất thuốc, hoá dược và dược liệu tăng mạnh.")
    (f,) = rule_facts(s, "sectors")
    assert f["code"] == "C21" and s[f["start"]:f["end"]] == f["text"]
