"""cq10: behaviour kept by the speed and review pass of the sector rules."""

from vn_news_extract.extractors.sectors import _without_prefix


def test_guidance_of_the_whole_administration(rule_facts):
    # "của toàn ngành" + an administration's domain: the administration, also over a run of spaces
    assert rule_facts("Các xã làm theo hướng dẫn của toàn ngành nông nghiệp về vụ mùa.", "sectors") == []
    assert rule_facts("Cửa hàng phải tuân thủ yêu cầu của ngành   y tế địa phương.", "sectors") == []


def test_guidance_word_without_the_cue_before_the_domain(rule_facts):
    # the guidance word without "của ngành" right before the name leaves the sector
    (f,) = rule_facts("Hướng dẫn mới giúp ngành nông nghiệp tăng năng suất.", "sectors")
    assert (f["text"], f["code"]) == ("nông nghiệp", "A")


def test_manufacturing_name_without_its_first_words():
    assert _without_prefix("sản xuất than cốc, sản phẩm dầu mỏ tinh chế") == [
        ("than cốc, sản phẩm dầu mỏ tinh chế", 0.9)
    ]
    assert _without_prefix("sản xuất và phân phối điện, khí đốt") == []  # a conjunction would open it
    assert _without_prefix("sản xuất giấy") == []  # too few words remain
    assert _without_prefix("khai thác than cứng và than non") == []  # no prefix
