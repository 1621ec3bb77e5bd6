"""Sector rules of round sec20 (recall): names and codes added to the lexicon, a revenue word as a cue, a quantity
after a trade word, a goods word that ends a list item, a permit badge as a road word, a contractor as a firm word
and shipbuilding units as firms.  Sentences made up for these tests."""

import pytest


def _pairs(got):
    return [(f["text"], f["codes"]) for f in got]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a product called an industry, alone or after a making word ("ngành dăm gỗ", "ngành sản xuất nấm")
        ("Năm nay ngành dăm gỗ của tỉnh Vân Sơn gặp khó.", [("dăm gỗ", ["C16"])]),
        (
            "Các hộ trong ngành viên nén cũng như ngành chè đều lo.",
            [("viên nén", ["C16"]), ("chè", ["A01", "C10"])],
        ),
        ("Tỉnh Vân Sơn muốn phát triển ngành sản xuất nấm.", [("sản xuất nấm", ["A01"])]),
        ("Ngành công nghiệp phim của nước này đạt 3 tỷ USD.", [("công nghiệp phim", ["J59"])]),
        ("Ông cảnh báo ngành công nghiệp chip của nước láng giềng.", [("công nghiệp chip", ["C26"])]),
        ("Doanh nghiệp sản xuất lốp xe báo lãi 12 tỷ đồng.", [("sản xuất lốp xe", ["C22"])]),
        ("Nghề muối ở Vân Sơn mai một, ngành muối cần hỗ trợ.", [("muối", ["B08"])]),
        # the rolling-stock industry is manufacturing, not rail transport
        ("Tỉnh hỗ trợ phát triển công nghiệp đường sắt.", [("công nghiệp đường sắt", ["C30"])]),
        # repairing cars is trade (G45), not making them (C29)
        ("Dịch vụ sửa chữa ô tô tăng 7% trong quý.", [("sửa chữa ô tô", ["G45"])]),
        ("Ngành bưu chính viễn thông đạt doanh thu 50 tỷ đồng.", [("bưu chính viễn thông", ["H53", "J61"])]),
        (
            "Hoạt động dịch vụ nông nghiệp như làm đất đã được cơ giới hóa.",
            [("Hoạt động dịch vụ nông nghiệp", ["A01"])],
        ),
        ("Sai phạm trong ngành khai thác tài nguyên ở huyện Đông Lâm.", [("khai thác tài nguyên", ["B"])]),
        (
            "Vi phạm trong lĩnh vực khai thác tài nguyên, khoáng sản tăng.",
            [("khai thác tài nguyên, khoáng sản", ["B"])],
        ),
        ("Đầu tư vào lĩnh vực truyền tải điện tăng mạnh.", [("truyền tải điện", ["D35"])]),
        (
            "Lao động tăng ở các ngành như: bán buôn, bán lẻ, sửa chữa ô tô xe máy; khai khoáng.",
            [("bán buôn, bán lẻ, sửa chữa ô tô xe máy", ["G"]), ("khai khoáng", ["B"])],
        ),
    ],
)
def test_names_added_to_the_lexicon(facts, sentence, expected):
    assert _pairs(facts(sentence, "sectors")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ phim mới ra rạp hôm qua.",
        "Giá chip nhớ tăng mạnh.",
        "Muối ăn và nấm rơm bán chạy.",
        "Thuốc dạng hộp 100 viên nén bán ở chợ.",
    ],
)
def test_those_products_alone_are_no_sector(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_a_revenue_word_cues_a_service(facts):
    got = facts(
        "Tính chung 5 tháng, doanh thu lưu trú ước đạt 700 tỷ đồng, doanh thu ăn uống tăng 9%.", "sectors"
    )
    assert _pairs(got) == [("lưu trú", ["I55"]), ("ăn uống", ["I56"])]


def test_a_revenue_word_leaves_generic_names_and_banks(facts):
    assert facts("Doanh thu dịch vụ tăng 5%, doanh thu ngân hàng giảm.", "sectors") == []


def test_a_quantity_after_a_trade_word_is_of_the_trade(facts):
    got = facts("Nước láng giềng nhập khẩu nhiều thủy sản của Vân Sơn.", "sectors")
    assert _pairs(got) == [("thủy sản", ["A03", "C10"])]


def test_a_quantity_alone_still_counts_things(facts):
    assert facts("Nhiều bất động sản bị bỏ hoang.", "sectors") == []


def test_a_goods_word_ending_a_list_item_opens_no_list(facts):
    got = facts(
        "Hai bên trao đổi về lĩnh vực thương mại, xuất nhập khẩu hàng hóa, dịch vụ tài chính, ngân hàng.",
        "sectors",
    )
    assert [f["text"] for f in got] == ["thương mại", "xuất nhập khẩu", "dịch vụ tài chính", "ngân hàng"]


def test_goods_still_open_their_list(facts):
    assert facts("Xuất khẩu các mặt hàng như thủy sản, dệt may tăng.", "sectors") == []


def test_a_badge_for_vehicles_makes_transport_by_road(facts):
    got = facts("Sở thu hồi 300 phù hiệu của 95 đơn vị vận tải vi phạm trong kinh doanh vận tải.", "sectors")
    assert _pairs(got) == [("vận tải", ["H49"]), ("vận tải", ["H49"])]


def test_contractors_name_their_industry(facts):
    got = facts("Hội chợ thu hút các nhà thầu xây dựng lớn và các đơn vị thiết kế.", "sectors")
    assert _pairs(got) == [("xây dựng", ["F"])]


def test_shipbuilding_units_are_firms(facts):
    got = facts("Các đơn vị đóng tàu trong nước thiếu đơn hàng, đơn vị y tế thì không.", "sectors")
    assert _pairs(got) == [("đóng tàu", ["C30"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đây là bài học cho tỉnh phát triển mạnh về công nghiệp như Đông Lâm.",
        "Hoạt động công nghiệp gồm hai mảng chính.",
    ],
)
def test_an_industry_word_before_a_place_or_a_count_is_the_sector(facts, sentence):
    got = facts(sentence, "sectors")
    assert _pairs(got) == [("công nghiệp", ["B", "C", "D", "E"])]


def test_an_industry_word_still_heads_its_list_of_industries(facts):
    got = facts("Các ngành công nghiệp như ô tô, thép đều tăng.", "sectors")
    assert [f["text"] for f in got] == ["ô tô"]


def test_a_counted_cue_only_name_opening_a_sentence_is_the_sector_again(facts):
    got = facts(
        "Lãi tăng ở nhóm Tài chính gồm Ngân hàng, Bảo hiểm. Ngân hàng gặp khó khi giữ đà tăng. "
        "Bảo hiểm bị ảnh hưởng bởi bão số 5.",
        "sectors",
    )
    assert [f["text"] for f in got][-2:] == ["Ngân hàng", "Bảo hiểm"]
    assert len(got) == 5


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word after it: a body's name
        "Doanh nghiệp trong ngành ngân hàng lãi lớn. Ngân hàng Nhà nước Vân Sơn cho biết như vậy.",
        # not counted before: a verb or a bank opening the sentence
        "Ngân hàng cho biết lãi suất giữ nguyên.",
    ],
)
def test_a_cue_only_name_opening_a_sentence_needs_the_text_to_count_it_first(facts, text):
    assert [f["text"] for f in facts(text, "sectors")] == (["ngân hàng"] if "ngành" in text else [])


def test_a_dash_before_a_cue_word_calls_the_list_sectors(facts):
    got = facts("Hai nước hợp tác về bán lẻ, năng lượng - những lĩnh vực mà Vân Sơn có thế mạnh.", "sectors")
    assert _pairs(got) == [("bán lẻ", ["G47"]), ("năng lượng", ["D35"])]


def test_a_dash_before_a_product_line_calls_nothing(facts):
    assert facts("Họ bán năng lượng - ngành hàng mới của hãng.", "sectors") == []
