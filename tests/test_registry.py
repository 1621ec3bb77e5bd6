"""The fact registry, the typed model and the pure rules core.

A toy kind registered with one line goes through every derived place: the pipeline's record, the schema
check, the evaluator and ``show``.  The rules core runs without spaCy or underthesea and takes what a rule
needs as arguments.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import FrozenInstanceError, dataclass

import pytest

from vn_news_extract import kinds, match, rules
from vn_news_extract.extractors import percentages
from vn_news_extract.extractors.view import TextView
from vn_news_extract.model import Fact, Percentage, Sector
from vn_news_extract.record import schema_path
from vn_news_extract.schema_check import registry_problems

SENTENCE = "Ngành chế biến, chế tạo tăng 9,1% trong 9 tháng năm 2024 so với cùng kỳ năm 2023."


def test_rules_core_loads_neither_spacy_nor_underthesea():
    code = (
        "import sys\n"
        "from vn_news_extract import rules\n"
        f"facts = rules.extract_text({SENTENCE!r})\n"
        "assert facts['percentages'][0].value == 9.1, facts\n"
        "print(sorted(m for m in ('spacy', 'underthesea') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_schema_file_and_fact_types_in_step():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert registry_problems(schema, kinds.all_kinds()) == []
    assert set(kinds.names()) <= set(schema["properties"])


def test_schema_check_finds_a_field_the_schema_lacks():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    del schema["properties"]["sectors"]["items"]["properties"]["level"]
    assert registry_problems(schema, kinds.all_kinds()) == [
        "sectors.level: a field of Sector the schema does not list"
    ]


def test_percentages_take_sectors_and_periods_as_arguments():
    view = TextView.from_text(SENTENCE)
    alone = percentages.extract(view, sectors=[], periods=[])
    assert [(p.value, p.sector, p.period) for p in alone] == [(9.1, None, None)]
    facts = rules.extract_facts(view, ["percentages"])  # what it requires runs first
    assert set(facts) == {"sectors", "periods", "percentages"}
    (p,) = facts["percentages"]
    assert (p.sector, p.period, p.period_end) == ("C", "9 tháng năm 2024", "2024-09-30")
    assert p.comparison == "so với cùng kỳ năm 2023"


def test_facts_are_frozen_and_records_hide_internal_fields():
    (p,) = rules.extract_text(SENTENCE, ["percentages"])["percentages"]
    assert isinstance(p, Percentage)
    with pytest.raises(FrozenInstanceError):
        p.value = 1.0  # type: ignore[misc]
    record = p.to_record()
    assert "cstart" not in record and "value_from" not in record  # internal; omitted while None
    (period,) = [f for f in rules.extract_text(SENTENCE, ["periods"])["periods"] if f.in_comparison]
    assert "in_comparison" not in period.to_record()


def test_registration_is_checked():
    with pytest.raises(ValueError, match="already registered"):
        kinds.register(kinds.get("sectors"))
    with pytest.raises(ValueError, match="requires unknown"):
        kinds.register(kinds.Kind("x", Sector, lambda view, nowhere: [], requires=("nowhere",)))
    with pytest.raises(ValueError, match="built-in"):
        kinds.unregister("sectors")


# --- a toy kind, end to end ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Hashtag(Fact):
    tag: str = ""
    in_sentence_with_percent: bool = False


def _hashtags(view: TextView, percentages: list[Percentage]) -> list[Hashtag]:
    out = []
    for m in re.finditer(r"#(\w+)", view.ctext):
        lo, hi = view.sentence_bounds(m.start())
        near = any(lo <= p.cstart < hi for p in percentages)
        out.append(Hashtag(**view.span(m.start(), m.end()), tag=m.group(1), in_sentence_with_percent=near))
    return out


def _same_tag(g, p, near):
    return 0.0 if match.norm(g["tag"]) == match.norm(p["tag"]) else None


@pytest.fixture
def toy_kind():
    kind = kinds.Kind(
        "hashtags",
        Hashtag,
        _hashtags,
        requires=("percentages",),
        match=_same_tag,
        attributes=("in_sentence_with_percent",),
        key_attribute="tag",
        colour="#ff00aa",
        label="hashtag",
    )
    kinds.register(kind)
    yield kind
    kinds.unregister("hashtags")


def test_a_toy_kind_end_to_end(toy_kind):
    from vn_news_extract import evaluate, extract_text, record, show

    text = "Xuất khẩu tăng 12% #xuatkhau. Bài viết gắn thẻ #kinhte."
    rec = extract_text(text, as_article=False)  # the record (validated by the fast validator on the way)
    assert [(h["tag"], h["in_sentence_with_percent"]) for h in rec["hashtags"]] == [
        ("xuatkhau", True),
        ("kinhte", False),
    ]
    assert rec["hashtags"][0] == {
        "text": "#xuatkhau",
        "start": 19,
        "end": 28,
        "tag": "xuatkhau",
        "in_sentence_with_percent": True,
    }
    record.validate_reference(rec)  # the schema has a generated entry for the new kind...
    bad = {**rec, "hashtags": [{"text": "#x", "start": 0, "end": 2}]}
    with pytest.raises(Exception, match="tag"):
        record.validate_reference(bad)  # ...which requires its fields

    gold = evaluate.GoldDoc(
        "toy",
        text,
        None,
        {"hashtags": [{"text": "#xuatkhau", "start": 19, "end": 28, "tag": "xuatkhau", "in_sentence_with_percent": False}]},
        kinds=("hashtags",),
    )
    result = evaluate.evaluate([gold])
    scores = result["kinds"]["hashtags"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)
    assert scores["attributes"]["in_sentence_with_percent"] == {"correct": 0, "total": 1, "accuracy": 0.0}

    page = show.render(rec)
    assert 'class="hl k-hashtags' in page and "#ff00aa" in page and "hashtag" in page
    assert "hashtags" in show.SHOW_KINDS


def test_a_toy_kind_leaves_no_trace(toy_kind):
    kinds.unregister("hashtags")
    from vn_news_extract import extract_text, show

    assert "hashtags" not in extract_text("Tăng 5% #a.", as_article=False)
    assert "hashtags" not in show.SHOW_KINDS


def test_component_for_some_kinds_runs_what_they_require():
    import spacy

    from vn_news_extract.nlp.components import COMPONENT_NAME
    from vn_news_extract.nlp.tokenizer import TOKENIZER_NAME

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.add_pipe(COMPONENT_NAME, config={"kinds": ["percentages"]})
    assert nlp.get_pipe_meta(COMPONENT_NAME).assigns == ["doc.spans", "span._.fact"]
    doc = nlp(SENTENCE)
    assert set(doc.spans) == {"percentages"}
    assert [s._.fact["sector"] for s in doc.spans["percentages"]] == ["C"]  # sectors ran, unasked
