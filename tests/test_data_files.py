"""Every data file has a schema, and every key of it is read by the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vn_news_extract.lexicon import COMMENT_KEY, DATA_SCHEMAS, DataFileError, check_data, load_json

SRC = Path(__file__).resolve().parents[1] / "src" / "vn_news_extract"
DATA = SRC / "data"


def _code(exclude: tuple[str, ...] = ()) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SRC.rglob("*.py")) if p.name not in exclude)


def _reads(code: str, key: str) -> bool:
    return re.search(rf"""["']{re.escape(key)}["']""", code) is not None


def test_every_json_data_file_has_a_schema_and_matches_it():
    names = sorted(p.name for p in DATA.glob("*.json"))
    assert names == sorted(DATA_SCHEMAS)
    for name in names:
        load_json(name)  # checks the schema


def test_every_schema_key_is_read_by_the_code():
    code = _code(exclude=("lexicon.py",))  # the schema itself does not count as a reader
    unread = [f"{name}:{key}" for name, schema in DATA_SCHEMAS.items() for key in schema if not _reads(code, key)]
    assert unread == []


def test_site_profiles_have_only_keys_the_html_layer_reads():
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted((SRC / "html").glob("*.py")))
    for path in sorted((DATA / "sites").glob("*.json")):
        keys = set(json.loads(path.read_text(encoding="utf-8"))) - {COMMENT_KEY}
        assert [k for k in sorted(keys) if not _reads(code, k)] == [], path.name


def test_a_key_no_code_reads_fails():
    data = json.loads((DATA / "periods.json").read_text(encoding="utf-8"))
    check_data("periods.json", data)
    with pytest.raises(DataFileError, match="'unused_words' is not in its schema"):
        check_data("periods.json", {**data, "unused_words": []})
    with pytest.raises(DataFileError, match="'roman' is missing"):
        check_data("periods.json", {k: v for k, v in data.items() if k != "roman"})
    with pytest.raises(DataFileError, match="wrong type"):
        check_data("periods.json", {**data, "roman": []})
