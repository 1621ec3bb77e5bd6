"""The underthesea tokenizer inside spaCy: doc.text == input, always; pickling; sentence starts."""

import pickle
import unicodedata

import pytest
import spacy

from vn_news_extract.nlp.tokenizer import TOKENIZER_NAME
from vn_news_extract.pipeline import create_pipeline

NAUGHTY = [
    "",
    " ",
    "   ",
    "\n",
    "\n\n\n",
    " \t \n ",
    "Hà Nội",
    "  Hà Nội  ",
    "Chỉ số tăng 5,4% so với cùng kỳ.",
    "Lãi suất 5.4%/năm, tăng 0,3 điểm %.",
    "Quyết định 76/2025/UBTVQH15 và 12/QĐ-UBND ngày 2/3/2020.",
    unicodedata.normalize("NFD", "Hoá đơn thuỷ lợi tăng 5%, Uỷ ban nhân dân tỉnh."),
    "Hoá đơn thuỷ lợi khoẻ mạnh",
    "Tin vui 😀🎉 cho doanh nghiệp 👍",
    "a\x00b \u200b c\r\nd\t\te",
    "Dòng một.\r\n\r\nDòng hai.",
    "1.234,5 tỷ đồng; 29.236 tỷ đồng",
    "“Trích dẫn” – (ngoặc) [vuông] {nhọn} … ",
    "ThS. Nguyễn Văn A, PGS.TS. Trần B",
    "中文 English tiếng Việt العربية",
    "\u00a0Sở Công Thương\u00a0Hà Nội\u00a0",
]


@pytest.fixture(scope="module")
def nlp():
    return create_pipeline()


@pytest.mark.parametrize("text", NAUGHTY)
def test_doc_text_is_input(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert nlp(text).text == text


def test_long_document(nlp):
    para = "Tính chung 9 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 5,4% so với cùng kỳ. " * 40
    text = "\n\n".join([para] * 10)
    assert nlp.make_doc(text).text == text


def test_words_are_joined_syllables(nlp):
    doc = nlp.make_doc("Phó Giám đốc Sở Công Thương cho biết")
    words = [t.text for t in doc]
    assert "Giám đốc" in words and "Công Thương" in words


def test_sentences_and_paragraphs(nlp):
    doc = nlp.make_doc("Câu thứ nhất ở đây. Câu thứ hai ở đây.\nĐoạn mới bắt đầu")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Câu thứ nhất ở đây.", "Câu thứ hai ở đây.", "Đoạn mới bắt đầu"]


def test_a_full_stop_glued_to_a_lower_case_letter_ends_no_sentence(nlp):
    """A domain name or a name written with a dot ("Nhadat.com.vn", "Sao Mai Co.op") is no sentence end."""
    doc = nlp.make_doc("Ông A, Giám đốc Nhadat.com.vn, cho biết giá tăng. Bà B nói thêm.")
    assert [s.text.strip() for s in doc.sents] == [
        "Ông A, Giám đốc Nhadat.com.vn, cho biết giá tăng.",
        "Bà B nói thêm.",
    ]
    doc = nlp.make_doc("Tổng Giám đốc Sao Mai Co.op cho biết.")
    assert len(list(doc.sents)) == 1


def test_registered_under_versioned_name():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    assert nlp.make_doc("xin chào").text == "xin chào"
    assert TOKENIZER_NAME == "vn_news_extract.UndertheseaTokenizer.v1"


def test_pipeline_pickles(nlp):
    clone = pickle.loads(pickle.dumps(nlp))
    doc = clone("Doanh thu tăng 12,5% so với cùng kỳ năm trước.")
    assert [s._.fact["value"] for s in doc.spans["percentages"]] == [12.5]
    assert clone.pipe_names == nlp.pipe_names


def test_facts_are_spans(nlp):
    doc = nlp("Bà Trần Thị Mai, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết thu ngân sách tăng 8%.")
    assert set(doc.spans) >= {"percentages", "sectors", "officials", "documents", "amounts", "periods"}
    assert doc.spans["officials"][0]._.fact["name"] == "Trần Thị Mai"


def test_lone_surrogates_are_refused_clearly(nlp):
    from vn_news_extract.errors import InputError

    with pytest.raises(InputError, match="surrogate"):
        nlp.make_doc("a\ud800b tăng 5%")


def test_processed_docs_serialise(nlp):
    from spacy.tokens import DocBin

    doc = nlp("Bà Trần Thị Mai, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết thu ngân sách tăng 8%.")
    docs = DocBin(store_user_data=True)
    docs.add(doc)
    (back,) = DocBin().from_bytes(docs.to_bytes()).get_docs(nlp.vocab)
    assert back.text == doc.text
    assert [s.text for s in back.spans["percentages"]] == ["8%"]
