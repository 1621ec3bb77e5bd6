"""The gold conventions of the real set: optional facts, kinds not annotated, sources by reference,
periods compared by their bounds, sector ``codes`` and officials' ``former``."""

from __future__ import annotations

import gzip
import json

from vn_news_extract.evaluate import Tally, load_gold, score_document

TEXT = "Xuất khẩu dệt may tăng 12% trong quý I/2024, bà Lê Thị Hoa, nguyên Giám đốc Sở Tài chính, cho biết."


def _pct(value, start, **kw):
    base = {"text": f"{value}%", "start": start, "end": start + len(f"{value}%"), "value": value}
    return {**base, **kw}


def test_optional_gold_is_neither_rewarded_nor_penalised():
    gold = {"percentages": [_pct(12, 23, optional=True)]}
    tallies: dict[str, Tally] = {}
    score_document(TEXT, gold, {"percentages": [_pct(12, 23)]}, tallies)
    assert (tallies["percentages"].tp, tallies["percentages"].fp, tallies["percentages"].fn) == (0, 0, 0)
    tallies = {}
    score_document(TEXT, gold, {"percentages": []}, tallies)
    assert tallies["percentages"].fn == 0


def test_kinds_absent_from_gold_are_not_scored():
    tallies: dict[str, Tally] = {}
    score_document(TEXT, {"percentages": []}, {"amounts": [{"text": "x", "start": 0, "end": 1, "value": 1}]}, tallies)
    assert "amounts" not in tallies
    assert tallies["percentages"].fp == 0


def test_period_agrees_by_bounds_and_codes_by_set():
    g = _pct(12, 23, period="quý I/2024", period_start="2024-01-01", period_end="2024-03-31")
    p = _pct(12, 23, period="quý I năm 2024", period_start="2024-01-01", period_end="2024-03-31")
    tallies: dict[str, Tally] = {}
    score_document(TEXT, {"percentages": [g]}, {"percentages": [p]}, tallies)
    assert tallies["percentages"].attrs["period"] == [1, 1]
    s_gold = {"text": "dệt may", "start": 10, "end": 17, "code": "C", "codes": ["C14", "C13"]}
    s_pred = {"text": "dệt may", "start": 10, "end": 17, "code": "C", "codes": ["C13", "C14"]}
    score_document(TEXT, {"sectors": [s_gold]}, {"sectors": [s_pred]}, tallies)
    assert tallies["sectors"].attrs["codes"] == [1, 1]
    o_gold = {"text": "bà Lê Thị Hoa", "start": 45, "end": 58, "name": "Lê Thị Hoa", "former": True}
    score_document(TEXT, {"officials": [o_gold]}, {"officials": [dict(o_gold, former=False)]}, tallies)
    assert tallies["officials"].attrs["former"] == [0, 1]


def test_gold_source_reads_the_row_by_reference(tmp_path):
    src = tmp_path / "data" / "texts.jsonl.gz"
    src.parent.mkdir()
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a1", "text": "Dòng một.\n\n  Dòng hai tăng 5%.  \n"}) + "\n")
    gold_dir = tmp_path / "gold" / "articles"
    gold_dir.mkdir(parents=True)
    (gold_dir / "a1.json").write_text(
        json.dumps({"source": {"file": "data/texts.jsonl.gz", "id": "a1"}, "percentages": []}), encoding="utf-8"
    )
    (doc,) = load_gold(tmp_path / "gold")
    assert doc.text == "Dòng một.\nDòng hai tăng 5%."
    assert doc.kinds == ("percentages",)
