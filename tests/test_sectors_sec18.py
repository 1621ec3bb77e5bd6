"""Sector rules from the dev10 batch (sec18): a name the text calls a sector after it ("X là ngành"), a share of
the economy ("tỷ trọng dịch vụ"), words the segmentation glues to a name ("thu du lịch"), land categories
("đất sản xuất nông nghiệp"), container lorries in a road-transport text, a farmed fish's industry."""

import pytest


def _read(text, words=None):
    from vn_news_extract.extractors import sectors
    from vn_news_extract.extractors.view import TextView

    view = TextView.from_text(text, words=words) if words else TextView.from_text(text)
    return [(f.text, f.code, list(f.codes)) for f in sectors.extract(view)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Theo ông Lò Văn Tám, hàng hải luôn là lĩnh vực hút nhiều vốn tư nhân.",
            [("hàng hải", "H", ["H50", "H52"])],
        ),
        ("Bảo hiểm là một trong những ngành lớn nhanh nhất ở tỉnh Xuân Lạc.", [("Bảo hiểm", "K65", ["K65"])]),
        # a sentence's capital is no capitalised administration ("ngành Ngân hàng")
        ("Ngân hàng vẫn là ngành góp lãi nhiều nhất, chừng 41% toàn sàn.", [("Ngân hàng", "K64", ["K64"])]),
        (
            "Vận tải đã trở thành ngành mũi nhọn của huyện Đông Lạc.",
            [("Vận tải", "H", ["H49", "H50", "H51"])],
        ),
        # a product line ("ngành hàng") is no sector; a cue-only name with no cue stays out
        ("Ở xã Tân Đô, thanh long là ngành hàng chủ lực.", []),
        ("Hàng hải luôn là niềm tự hào của vùng.", []),
    ],
)
def test_a_name_called_a_sector_after_it(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Huyện Đông Lạc phấn đấu nâng tỷ trọng dịch vụ lên 47% vào năm 2030.",
            [("dịch vụ", None, list("GHIJKLMNOPQRSTU"))],
        ),
        ("Tỉ trọng xây dựng trong cơ cấu kinh tế của tỉnh giảm nhẹ.", [("xây dựng", "F", ["F"])]),
        ("Doanh nghiệp mở rộng dịch vụ khách hàng.", []),
    ],
)
def test_a_share_of_the_economy_calls_services_a_sector(sentence, expected):
    assert _read(sentence) == expected


def test_a_word_glued_to_a_name_leaves_the_name_its_own_span():
    text = "Tổng thu du lịch của tỉnh Xuân Lạc ước đạt 912 tỷ đồng."
    assert _read(text, ["Tổng", "thu du lịch", "của", "tỉnh"]) == [("du lịch", None, ["I55", "N79"])]
    text = "Tỉnh cần coi du lịch là một ngành kinh tế."
    assert _read(text, ["cần", "coi du lịch", "là", "một", "ngành", "kinh tế"]) == [
        ("du lịch", None, ["I55", "N79"])
    ]
    # any other word ending in a sector name is still a place or a thing
    assert _read("Công nhân khu công nghiệp nghỉ Tết.", ["Công nhân", "khu công nghiệp", "nghỉ"]) == []


def test_farm_land_is_a_land_category():
    assert _read("Đất sản xuất nông nghiệp của xã Tân Đô giảm 12 ha.") == []
    assert _read("Sản lượng tăng do diện tích trồng trọt của huyện Đông Lạc mở rộng.") == []
    assert _read("Sản xuất nông nghiệp của xã Tân Đô phục hồi.") == [("Sản xuất nông nghiệp", "A", ["A"])]


def test_container_lorries_are_road_transport(rule_facts):
    text = (
        "Thu hồi phù hiệu xe tải, xe khách vi phạm\n"
        "Sở đã thu hồi 312 phù hiệu “Container”, 41 phù hiệu “Xe tải” của 87 đơn vị vận tải vi phạm."
    )
    got = [(f["text"], f["codes"]) for f in rule_facts(text, "sectors")]
    assert got == [("vận tải", ["H49"])]


def test_a_farmed_fish_industry_is_farming_and_processing(rule_facts):
    (f,) = rule_facts("Trung Quốc chiếm chừng 17% thị phần của toàn ngành cá tra.", "sectors")
    assert f["codes"] == ["A03", "C10"] and f["code"] is None


def test_transport_infrastructure_is_transport():
    """ "hạ tầng giao thông" is one name (transport, H), not construction (F42) with "giao thông" left over."""
    assert _read("Vốn đổ vào các lĩnh vực hạ tầng giao thông ở huyện Đông Lạc, trong đó có hàng không.") == [
        ("hạ tầng giao thông", "H", ["H49", "H50", "H51", "H52"]),
        ("hàng không", "H51", ["H51"]),
    ]
    assert _read("Tỉnh Xuân Lạc rót vốn vào hạ tầng giao thông kết nối.") == []
