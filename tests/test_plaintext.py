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


GLUED_TAIL = """Giá điện tăng từ tháng sau

Bộ Công Thương vừa công bố phương án điều chỉnh giá điện bình quân cho năm tới. Theo phương án, giá bán lẻ điện sinh hoạt tăng 3% so với hiện hành. Mức tăng này được tính từ chi phí phát điện và truyền tải của năm trước. Ảnh minh họa Hồng Nhung
Theo dự thảo, các hộ gia đình sử dụng dưới 50 kWh mỗi tháng, các hộ nghèo, các hộ chính sách xã hội vẫn được hỗ trợ tiền điện như hiện nay và không chịu mức tăng mới của năm tới theo quyết định của cơ quan quản lý
Tin vui cho nông dân Giá lúa tăng Người trồng cà phê phấn khởi vì giá tăng 10% trong tuần
"""


def test_prose_kept_when_a_crawl_glued_a_byline_or_dropped_the_full_stop():
    art = parse_plaintext(GLUED_TAIL)
    text = art.text
    assert "giá bán lẻ điện sinh hoạt tăng 3%" in text  # several sentences: prose, despite the glued name
    assert "các hộ chính sách xã hội vẫn được hỗ trợ" in text  # clauses and no full stop: still prose
    assert "Người trồng cà phê" not in text  # glued headlines: no sentence, no clause


def test_short_caption_still_dropped():
    art = parse_plaintext("Tiêu đề bài\n\nĐoạn mở đầu của bài viết khá dài để làm sapo cho bài, có dấu chấm ở cuối câu.\n"
                          "Đoàn công tác kiểm tra công trình. Ảnh: Minh Anh\nĐoạn thân bài thứ hai kết thúc ở đây.\n")
    assert "Ảnh: Minh Anh" not in art.text and "Đoạn thân bài thứ hai" in art.text


def test_abbreviation_dots_are_no_sentence_breaks():
    """ "TP. Hồ Chí Minh" twice in a long caption does not make it prose: the caption is still dropped."""
    caption = ("Toàn cảnh hội nghị xúc tiến đầu tư vào khu vực phía Nam được tổ chức tại TP. Hồ Chí Minh với sự tham "
               "dự của đại diện các doanh nghiệp đến từ TP. Cần Thơ và các tỉnh lân cận trong vùng. Ảnh: Minh Anh")
    art = parse_plaintext("Tiêu đề bài\n\nĐoạn mở đầu của bài viết khá dài để làm sapo cho bài, có dấu chấm ở cuối câu.\n"
                          f"{caption}\nĐoạn thân bài thứ hai kết thúc ở đây.\n")
    assert "Ảnh: Minh Anh" not in art.text and "Đoạn thân bài thứ hai" in art.text


def test_invisible_characters_leave_the_text():
    """A zero-width space separates words, a soft hyphen sits inside one: neither stays in the article text."""
    art = parse_plaintext("Tiêu đề bài\n\nĐoạn mở đầu của bài viết khá dài để làm sapo cho bài, có dấu chấm ở cuối câu.\n"
                          "Giá điện dự kiến \u200b\u200btăng 3% theo hiệp ước Trans\u00adPacific.\n")
    assert "\u200b" not in art.text and "\u00ad" not in art.text
    assert "dự kiến tăng 3% theo hiệp ước TransPacific." in art.text
