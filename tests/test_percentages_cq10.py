"""cq10: the auxiliaries that end a percentage's indicator phrase are data (percent_cues.json)."""

import pytest

from vn_news_extract.lexicon import load_json

_AUXILIARIES = load_json("percent_cues.json")["indicator_auxiliaries"]


@pytest.mark.parametrize("word", _AUXILIARIES)
def test_an_auxiliary_before_the_change_ends_the_indicator(rule_facts, word):
    s = f"Doanh thu xuất khẩu gạo {word} tăng 12,5% so với cùng kỳ."
    (f,) = rule_facts(s, "percentages")
    assert (f["value"], f["direction"], f["indicator"]) == (12.5, "increase", "Doanh thu xuất khẩu gạo")


def test_a_word_outside_the_list_stays_in_the_indicator(rule_facts):
    (f,) = rule_facts("Doanh thu xuất khẩu gạo quý này tăng 12,5% so với cùng kỳ.", "percentages")
    assert f["indicator"] == "Doanh thu xuất khẩu gạo quý này"
