"""The knowledge base's pure rules: places, indicators, person signatures and resolution, document keys."""

from __future__ import annotations

from vn_news_extract.kb.documents import document_key, law_name, merge
from vn_news_extract.kb.indicators import normalise_indicator, vocabulary
from vn_news_extract.kb.locations import find_location, percentage_location
from vn_news_extract.kb.persons import Resolver, signature
from vn_news_extract.lexicon import load_json


# -- places ----------------------------------------------------------------------------------------------
def test_place_from_the_sentence_nearest_before_the_figure():
    s = "Xuất khẩu của Hà Nội tăng 5%, trong khi TP.HCM tăng 7%."
    assert find_location(s, "", s.index("5%")) == "Hà Nội"
    assert find_location(s, "", s.index("7%")) == "Hồ Chí Minh"


def test_place_falls_back_to_the_article_most_named():
    article = "Tỉnh Nghệ An ... Nghệ An ... Hà Tĩnh"
    assert find_location("Doanh thu tăng 4%.", article, 14) == "Nghệ An"
    assert find_location("Doanh thu tăng 4%.", "không có địa danh", 14) is None


def test_local_references_point_to_the_article_province():
    article = "Hà Nội và cả nước ... Tỉnh Bắc Ninh ... Bắc Ninh ... Việt Nam ... Việt Nam ... Việt Nam"
    s = "Toàn tỉnh có 1.500 doanh nghiệp mới, tăng 12%."
    assert find_location(s, article, s.index("12%")) == "Bắc Ninh"
    assert find_location(s, "", s.index("12%")) is None


def test_whole_country_foreign_countries_and_former_provinces():
    assert find_location("Cả nước có GDP tăng 6%.") == "Việt Nam"
    assert find_location("Xuất khẩu sang Trung Quốc tăng 9%.") == "Trung Quốc"
    assert find_location("Tỉnh Hà Giang tăng 3%.") == "Hà Giang"  # a former province keeps its name
    assert find_location("tỉnh Lào Cai tăng 3%.") == "Lào Cai"  # not the country "Lào"


def test_a_province_name_inside_a_person_name_is_not_a_place():
    assert find_location("Ông Nguyễn Thái Bình cho biết doanh thu tăng 5%.") is None
    assert find_location("Sở Công Thương Thái Bình cho biết doanh thu tăng 5%.") == "Thái Bình"
    assert find_location("Hiệp định xuyên Thái Bình Dương giúp xuất khẩu tăng 5%.") is None


def test_percentage_location_reads_the_fact_offsets():
    text = "Hà Nội có nhiều dự án.\nTại Đà Nẵng, IIP tăng 8%."
    fact = {"start": text.index("8%"), "end": text.index("8%") + 2}
    assert percentage_location(fact, text) == "Đà Nẵng"


# -- indicators ------------------------------------------------------------------------------------------
def test_vocabulary_has_at_least_25_indicators_with_variants():
    data = load_json("kb/indicators.json")["indicators"]
    assert len(vocabulary()) >= 25
    assert all(entry["variants"] for entry in data.values())
    for code, entry in data.items():  # every variant maps back to its code (none is shadowed)
        for variant in entry["variants"]:
            assert normalise_indicator(variant) == code, variant


def test_indicator_longest_variant_wins_and_case_tones_are_ignored():
    assert normalise_indicator("lạm phát cơ bản") == "core_inflation"
    assert normalise_indicator("Lạm phát") == "inflation"
    assert normalise_indicator("CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP") == "iip"
    assert normalise_indicator("tổng kim ngạch xuất khẩu rau quả") == "export_value"
    assert normalise_indicator("số ca mắc sốt xuất huyết") is None
    assert normalise_indicator(None) is None


# -- persons ---------------------------------------------------------------------------------------------
def _resolve(mentions):
    r = Resolver([], 1)
    sigs = [(name, signature(name, hon, org)) for name, hon, org in mentions]
    order = sorted(range(len(sigs)), key=lambda i: -sigs[i][1].richness)
    ids = {}
    for i in order:
        ids[i] = r.resolve(sigs[i][0], sigs[i][1]).id
    return [ids[i] for i in range(len(sigs))]


def test_namesakes_of_different_provinces_or_bodies_stay_apart():
    ids = _resolve([
        ("Nguyễn Văn Hùng", "ông", "UBND tỉnh Nghệ An"),
        ("Nguyễn Văn Hùng", "ông", "UBND tỉnh Quảng Nam"),
        ("Nguyễn Văn Hùng", "ông", "Công ty cổ phần Thép Việt"),
        ("Nguyễn Văn Hùng", "ông", "Hiệp hội Dệt may"),
    ])
    assert len(set(ids)) == 4


def test_careers_in_the_central_state_stay_one_person():
    ids = _resolve([
        ("Hồ Văn Phúc", "ông", "Bộ Tài chính"),
        ("Hồ Văn Phúc", None, "Chính phủ"),
        ("Hồ Văn Phúc", None, "Bộ KH&ĐT"),
    ])
    assert len(set(ids)) == 1
    ids = _resolve([("Phan Văn Tâm", "ông", "UBND TP.HCM"), ("Phan Văn Tâm", None, "Ủy ban Kinh tế của Quốc hội")])
    assert len(set(ids)) == 1  # a province's leader promoted to the centre


def test_promotion_in_the_same_province_and_abbreviations_are_one_person():
    ids = _resolve([
        ("Trần Thị Mai", "bà", "UBND tỉnh Nghệ An"),
        ("Trần Thị Mai", "bà", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Trần Thị Mai", None, "Tỉnh ủy Nghệ An"),
        ("trần thị  mai", None, None),
    ])
    assert len(set(ids)) == 1


def test_gender_from_the_honorific_separates_namesakes():
    ids = _resolve([("Nguyễn Thanh Hà", "ông", "Bộ Tài chính"), ("Nguyễn Thanh Hà", "bà", None)])
    assert ids[0] != ids[1]


def test_a_bare_mention_joins_the_namesake_seen_most():
    r = Resolver([], 1)
    a = r.resolve("Lê Minh Khái", signature("Lê Minh Khái", "ông", "Công ty Sữa Hà Lan"))
    r.resolve("Lê Minh Khái", signature("Lê Minh Khái", "ông", "Công ty Sữa Hà Lan"))
    b = r.resolve("Lê Minh Khái", signature("Lê Minh Khái", "ông", "Ngân hàng Á Châu"))
    assert a.id != b.id
    assert r.resolve("Lê Minh Khái", signature("Lê Minh Khái", None, None)).id == a.id


# -- documents -------------------------------------------------------------------------------------------
def test_document_keys():
    assert document_key({"number": "15/2022/NĐ-CP"}) == document_key({"number": "15/2022/NĐ-CP", "type": "x"})
    assert document_key({"number": "57-NQ/TW"}) == document_key({"number": "57-NQ/TW", "date": "2024-12-22"})
    # a provincial number without year: one document per issuer and year
    a = document_key({"number": "1520/QĐ-UBND", "issuer": "UBND tỉnh A", "date": "2023-05-01"})
    b = document_key({"number": "1520/QĐ-UBND", "issuer": "UBND tỉnh B", "date": "2023-05-01"})
    c = document_key({"number": "1520/QĐ-UBND", "issuer": "UBND tỉnh A", "date": "2024-05-01"})
    assert len({a, b, c}) == 3
    assert document_key({"type": "Luật", "text": "Luật Đất đai năm 2024"}) == "law:luật đất đai 2024"
    assert document_key({"type": "Nghị định", "text": "Nghị định"}) is None
    assert law_name("Quyết định", "Quyết định số 5") is None


def test_merge_takes_the_most_common_fields_and_the_longest_subject():
    merged = merge([
        {"type": "Nghị định", "number": "15/2022/NĐ-CP", "issuer": "Chính phủ", "subject": "miễn thuế"},
        {"type": "Nghị định", "number": "15/2022/NĐ-CP", "issuer": "Chính phủ", "date": "2022-01-28",
         "subject": "miễn, giảm thuế theo Nghị quyết"},
        {"type": "Quyết định", "number": "15/2022/NĐ-CP", "issuer": None},
    ])
    assert merged["type"] == "Nghị định" and merged["issuer"] == "Chính phủ"
    assert merged["date"] == "2022-01-28" and merged["subject"] == "miễn, giảm thuế theo Nghị quyết"


def test_a_foreign_leader_named_by_family_name_is_the_full_name():
    ids = _resolve([("Donald Trump", None, "Hoa Kỳ"), ("Trump", None, "Mỹ"), ("Trump", None, None),
                    ("Trump", None, "Công ty Trump")])  # fmt: skip
    assert ids[0] == ids[1] and ids[2] != ids[0] and ids[3] != ids[0]
