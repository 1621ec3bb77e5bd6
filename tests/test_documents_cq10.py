"""cq10: the tense words that end a body named before its issuing verb are data (doc_types.json)."""

import pytest

from vn_news_extract.lexicon import load_json

_BODY_END = load_json("doc_types.json")["body_end_auxiliaries"]


@pytest.mark.parametrize("word", _BODY_END)
def test_a_tense_word_ends_the_body_named_before_its_verb(rule_facts, word):
    s = f"Ủy ban Nhân dân huyện {word} kịp thời ban hành Quyết định số 45 về hỗ trợ nông dân."
    got = [(f["type"], f["number"], f["issuer"]) for f in rule_facts(s, "documents")]
    assert got == [("Quyết định", "45", "Ủy ban Nhân dân huyện")]


def test_the_body_end_words_are_tense_words_of_the_issuing_verb():
    # every word that ends such a body may also stand before the issuing verb itself
    assert set(_BODY_END) <= set(load_json("doc_types.json")["auxiliaries"])
