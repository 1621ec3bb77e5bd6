"""Gzip-compressed JSON Lines (as crawls and ../shared/realdev/texts ship them) are read as they are, and a
line's ``published`` date becomes the article's date when the text gives none."""

import gzip
import json

from vn_news_extract.pipeline import process
from vn_news_extract.sources.files import count_documents, iso_published, iter_jsonl, kind_of


def test_jsonl_gz_is_read_with_its_published_date(tmp_path):
    path = tmp_path / "texts.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Xuất khẩu tăng 5% so với cùng kỳ.", "published": "2021-11-01 13:25"}) + "\n")
        fh.write("\n")
        fh.write(json.dumps({"text": "Nhập khẩu giảm 2%."}) + "\n")
    assert kind_of(path) == "jsonl" and count_documents(path) == 2
    first, second = list(iter_jsonl(path))
    assert first.published_at == "2021-11-01T13:25:00+07:00" and second.published_at is None
    assert process(first).record["article"]["published_at"] == "2021-11-01T13:25:00+07:00"


def test_published_values():
    assert iso_published("2024-10-14") == "2024-10-14T00:00:00+07:00"
    assert iso_published("2024-10-14T09:30:00+07:00") == "2024-10-14T09:30:00+07:00"
    assert iso_published("hôm qua") is None
