"""The rules' view knows the words of its segmentation (underthesea's, or bare syllables)."""

import pytest

from vn_news_extract.extractors.view import TextView
from vn_news_extract.nlp.components import FactsComponent


def test_from_text_syllables_and_listed_words():
    text = "Phó Chủ tịch UBND tỉnh, khu công nghiệp."
    bare = TextView.from_text(text)
    assert [text[a:b] for a, b in bare.words][:3] == ["Phó", "Chủ", "tịch"]
    joined = TextView.from_text(text, words=["Phó Chủ tịch", "khu công nghiệp"])
    assert (0, 12) in joined.words
    assert joined.on_words(0, 12) and not joined.on_words(4, 12)
    assert joined.word_at(5) == (0, 12)
    assert [text[a:b] for a, b in joined.words_in(0, 22)] == ["Phó Chủ tịch", "UBND", "tỉnh"]
    assert joined.with_syllables().on_words(4, 12)


def test_component_view_uses_the_doc_tokens():
    from vn_news_extract.nlp.components import view_of
    from vn_news_extract.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc("Giám đốc Sở Công Thương cho biết sản lượng tăng 5%.")
    words = view_of(doc)
    assert all(doc.text[a:b] == t.text for (a, b), t in zip(words.words, doc, strict=False))
    assert len(view_of(doc, "syllables").words) >= len(words.words)


def test_component_rejects_an_unknown_segmentation():
    with pytest.raises(ValueError, match="segmentation"):
        FactsComponent(None, "letters")
