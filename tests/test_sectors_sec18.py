"""Sector rules from the dev10 batch (sec18): land categories ("đất sản xuất nông nghiệp", "diện tích trồng trọt"),
container lorries in a road-transport text, a farmed fish's industry."""


def _read(text, words=None):
    from vn_news_extract.extractors import sectors
    from vn_news_extract.extractors.view import TextView

    view = TextView.from_text(text, words=words) if words else TextView.from_text(text)
    return [(f.text, f.code, list(f.codes)) for f in sectors.extract(view)]


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
