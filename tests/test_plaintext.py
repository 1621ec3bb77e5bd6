"""Plain-text dumps: title, sapo, byline, captions, glued related headlines and teaser boxes."""

from vn_news_extract.plaintext import parse_plaintext

DUMP = """
Giá lúa gạo tăng mạnh đầu vụ

Giá lúa tại Đồng bằng sông Cửu Long tăng từ 300 đến 500 đồng mỗi kg trong tuần qua, thương lái tích cực thu mua.
Xuất khẩu gạo lập kỷ lục mới Giá phân bón giảm sâu Nông dân phấn khởi vì được mùa được giá trong năm nay

Theo Sở Nông nghiệp tỉnh, diện tích gieo trồng vụ Đông Xuân đạt 180.000 ha.

Nông dân thu hoạch lúa tại huyện Châu Thành. Ảnh: Hoàng Anh

Ông Trần Văn Lộc, Giám đốc Sở Nông nghiệp tỉnh An Giang cho biết năng suất đạt 7 tấn mỗi ha.

Minh Khôi

Tin liên quan

Giá cà phê hôm nay tăng 2%
"""


def test_parse_dump():
    art = parse_plaintext(DUMP)
    assert art.title == "Giá lúa gạo tăng mạnh đầu vụ"
    assert art.sapo and art.sapo.startswith("Giá lúa tại Đồng bằng")
    assert art.author == "Minh Khôi"
    text = art.text
    assert "Ảnh:" not in text and "Tin liên quan" not in text and "cà phê" not in text
    assert "Xuất khẩu gạo lập kỷ lục" not in text
    assert "Theo Sở Nông nghiệp tỉnh" in text and "năng suất đạt 7 tấn" in text


def test_empty_and_title_only():
    assert parse_plaintext("").text == ""
    assert parse_plaintext("Chỉ có tiêu đề").title == "Chỉ có tiêu đề"
