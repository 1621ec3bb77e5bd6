"""``show`` and ``report`` pages without a browser: escaping, overlapping highlights, evaluation details, CLI."""

from __future__ import annotations

import html
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_support import cli_main
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_news_extract import report, show
from vn_news_extract.cli import main
from vn_news_extract.evaluate import GoldDoc, evaluate, format_table
from vn_news_extract.show import Mark, Node, highlight, marks_of, nest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "000_de8609e468eb4ff7.txt"
NASTY = "<script>alert(\"x\")</script> Giá & 'lãi' \"suất\" <img src=x onerror=alert(1)> tăng 7,5% </mark>"


class _Tags(HTMLParser):
    """Checks that tags nest properly and collects ``<mark>`` elements with their text."""

    VOID = frozenset({"meta", "br", "input", "img", "hr", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.scripts = 0
        self.text: list[str] = []
        self.marks: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Tags:
    p = _Tags()
    p.feed(markup)
    p.close()
    assert not p.stack, f"unclosed: {p.stack}"
    return p


def fragments(node: Node, pos: int = 0, out: dict | None = None) -> tuple[int, dict]:
    """(end position, mark -> list of (start, end) fragments) of a nest() tree."""
    out = {} if out is None else out
    for child in node.children:
        if isinstance(child, str):
            pos += len(child)
        else:
            start = pos
            pos, _ = fragments(child, pos, out)
            out.setdefault(child.mark, []).append((start, pos))
    return pos, out


def check_nest(text: str, marks: list[Mark]) -> dict:
    end, frags = fragments(nest(text, marks))
    assert end == len(text)
    for m in marks:
        pieces = sorted(frags[m])
        assert pieces[0][0] == m.start and pieces[-1][1] == m.end, m
        assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces)), (m, pieces)  # contiguous, no loss
    assert set(frags) == set(marks)
    return frags


TEXT = "Bà Nguyễn Thị Mai, Giám đốc Sở Công nghiệp chế biến, chế tạo tỉnh Nghệ An cho biết tăng 12,5%."


@pytest.mark.parametrize(
    "spans,pieces",
    [
        pytest.param([(0, 74, "officials"), (31, 61, "sectors")], {"officials": 1, "sectors": 1}, id="sector-inside-official"),
        pytest.param([(0, 40, "officials"), (31, 61, "sectors")], {"officials": 1, "sectors": 2}, id="crossing"),
        pytest.param([(31, 61, "sectors"), (31, 61, "percentages")], {"sectors": 1, "percentages": 1}, id="same-span"),
        pytest.param([(0, 17, "officials"), (17, 30, "sectors")], {"officials": 1, "sectors": 1}, id="adjacent"),
        pytest.param([(0, len(TEXT), "amounts"), (0, 2, "officials"), (len(TEXT) - 6, len(TEXT), "percentages")],
                     {"amounts": 1, "officials": 1, "percentages": 1}, id="whole-text-and-edges"),
        pytest.param([(5, 30, "a"), (10, 40, "b"), (20, 50, "c")], {"a": 1, "b": 2, "c": 2}, id="three-crossing"),
    ],
)
def test_nest_keeps_every_character_of_every_fact(spans, pieces):
    marks = [Mark(s, e, f"{k}-0", k) for s, e, k in spans]
    frags = check_nest(TEXT, marks)
    assert {m.kind: len(frags[m]) for m in marks} == pieces


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(show.SHOW_KINDS)), max_size=8))
def test_nest_random_overlaps(spans):
    text = "x" * 40
    marks = sorted({Mark(s, min(s + n, 40), f"{k}-{i}", k) for i, (s, n, k) in enumerate(spans)})
    check_nest(text, marks)


def test_official_with_nested_sector_and_mention_renders_both():
    off = TEXT[:TEXT.index(" cho biết")]
    facts = {
        "officials": [_fact(TEXT, off, name="Nguyễn Thị Mai", mentions=[_fact(TEXT, "Nguyễn Thị Mai")])],
        "sectors": [_fact(TEXT, "Công nghiệp chế biến, chế tạo", code="C")],
        "percentages": [_fact(TEXT, "12,5%", value=12.5)],
    }
    markup = highlight(TEXT, facts)
    tags = parse(markup)
    assert "".join(tags.text) == TEXT
    ids = [m["data-fact"] for m in tags.marks]
    assert sorted(set(ids)) == ["officials-0", "percentages-0", "sectors-0"]
    assert ids.count("officials-0") == 2  # the span and its later mention
    assert re.search(r'data-fact="officials-0"[^>]*>Bà <mark class="hl k-officials mention"', markup)
    assert re.search(r'<mark class="hl k-sectors"[^>]*>Công nghiệp chế biến, chế tạo</mark>', markup)
    assert "Công nghiệp chế biến, chế tạo" in tags.marks[ids.index("sectors-0")]["title"]  # VSIC name in tooltip


@pytest.mark.parametrize("bad", [{"start": 5, "end": 5}, {"start": -1, "end": 3}, {"start": 3, "end": 999},
                                 {"start": None, "end": None}, {}])
def test_unplaced_facts_are_listed_not_highlighted(bad):
    record = {"article": {"text": TEXT}, "amounts": [{"text": "zzz", **bad, "value": 1}]}
    assert marks_of(TEXT, show.facts_of(record)[1]) == []
    html = show.render(record)
    assert 'id="row-amounts-0"' in html and "not located" in html


def test_untrusted_text_is_escaped_everywhere():
    record = {
        "article": {"text": NASTY, "title": "<b>tiêu đề</b> & \"x\"", "author": "'a' <i>"},
        "source": {"path": "\"/tmp/x.txt\" onload=alert(1)"},
        "percentages": [{"text": "7,5%", "start": NASTY.index("7,5%"), "end": NASTY.index("7,5%") + 4, "value": 7.5,
                         "indicator": "<script>alert(2)</script>", "comparison": "\" onmouseover=\"alert(3)"}],
    }
    page = show.render(record)
    tags = parse(page)
    assert tags.scripts == 1  # the page's own script only
    for raw in ("<script>alert", "<img", "<b>tiêu", "<i>", "</mark> tăng", '" onmouseover="alert', '" onload=alert'):
        assert raw not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "Giá &amp; &#x27;lãi&#x27;" in page
    assert '<meta charset="utf-8">' in page and '<html lang="vi">' in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1])
    assert "default-src 'none'" in csp and re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+';", csp)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no network resources


def test_page_from_pipeline_and_from_doc():
    from vn_news_extract.pipeline import extract_text, load_pipeline

    record = extract_text(NASTY, as_article=False)
    assert record["percentages"]
    page = show.render(record)
    assert parse(page).scripts == 1 and 'data-fact="percentages-0"' in page
    doc = load_pipeline()("Bà Trần Thị Mai, Phó Giám đốc Sở Tài chính tỉnh Nghệ An cho biết thu ngân sách tăng 12,5%.")
    page = show.render(doc)
    assert 'data-fact="officials-0"' in page and 'data-fact="percentages-0"' in page


# --- evaluation details and report ------------------------------------------------------------------------

EVAL_TEXT = "Xuất khẩu tăng 12% so với cùng kỳ. Ngành chế biến, chế tạo tăng 5%. Dệt may giảm 3%."


def _fact(text: str, sub: str, **attrs):
    start = text.index(sub)
    return {"text": sub, "start": start, "end": start + len(sub), **attrs}


def _eval():
    t = EVAL_TEXT
    gold = {
        "percentages": [_fact(t, "12%", value=12, direction="increase"), _fact(t, "5%", value=5, direction="increase"),
                        _fact(t, "3%", value=3, direction="decrease")],
        "sectors": [_fact(t, "chế biến, chế tạo", code="C")],
    }
    pred = {
        "article": {"text": t},
        "percentages": [_fact(t, "12%", value=12, direction="increase"), _fact(t, "5%", value=5, direction=None),
                        _fact(t, "cùng kỳ", value=99, direction=None)],
        "sectors": [_fact(t, "Ngành chế biến, chế tạo", code="C")],
        "officials": [], "documents": [], "amounts": [],
    }
    return evaluate([GoldDoc("d1", t, None, {**{k: [] for k in ("officials", "documents", "amounts")}, **gold})],
                    {t: pred})


def test_evaluate_keeps_details_spans_confusion_and_averages():
    result = _eval()
    p, s = result["kinds"]["percentages"], result["kinds"]["sectors"]
    assert (p["tp"], p["fp"], p["fn"], p["gold"], p["predicted"]) == (2, 1, 1, 3, 3)
    assert s["tp"] == 1 and s["span"]["strict"]["tp"] == 0 and s["span"]["partial"]["tp"] == 1
    assert p["span"]["strict"]["tp"] == 2
    assert {(c["gold"], c["pred"]): c["count"] for c in p["confusion"]["direction"]} == {
        ("increase", "increase"): 1, ("increase", None): 1}
    [doc] = result["documents_detail"]
    assert doc["counts"] == {"correct": 2, "wrong_attribute": 1, "missed": 1, "spurious": 1}
    wrong = next(e for e in doc["facts"] if e["status"] == "wrong_attribute")
    assert wrong["wrong"] == [{"attribute": "direction", "gold": "increase", "pred": None}]
    assert wrong["context"][1] == "5%"
    assert [e["span"] for e in doc["facts"] if e["kind"] == "sectors"] == ["overlap"]
    assert result["micro"]["gold"] == 4 and result["micro"]["predicted"] == 4
    assert result["macro"]["kinds"] == ["percentages", "sectors"]
    assert result["macro"]["f1"] == round((p["f1"] + s["f1"]) / 2, 4)
    lines = list(format_table(result))
    assert lines[-2].startswith("micro") and lines[-1].startswith("macro")
    json.dumps(result)  # --json must still work


def test_report_marks_every_status_and_escapes():
    result = _eval()
    result["documents_detail"][0]["label"] = "<script>alert(1)</script>"
    page = report.render(result, title="R & <D>")
    tags = parse(page)
    assert tags.scripts == 1  # the page's own script (allowed by its hash) only
    assert "<script>alert" not in page and "R &amp; &lt;D&gt;" in page
    for status in ("correct", "wrong_attribute", "missed", "spurious"):
        assert f'data-status="{status}"' in page
    assert '<span class="bad">direction: ' in page
    assert 'class="confusion" data-kind="percentages" data-attr="direction"' in page
    assert page.count('data-metric="f1"') == 7  # five kinds, micro, macro


# --- command line -----------------------------------------------------------------------------------------

def test_cli_show_and_evaluate_report(tmp_path, capsys):
    out = tmp_path / "page.html"
    main(["show", str(ARTICLE), "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert page.count('class="facts"') == 6 and 'id="m-officials-0"' in page
    rec = tmp_path / "rec.json"
    main(["extract", str(ARTICLE)])
    rec.write_text(capsys.readouterr().out, encoding="utf-8")
    main(["show", str(rec)])
    assert capsys.readouterr().out == page  # same page from the saved record, on stdout
    rep = tmp_path / "report.html"
    main(["evaluate", "--gold", str(ROOT / "corpus" / "gold"), "--report", str(rep), "--json"])
    result = json.loads(capsys.readouterr().out)
    missed = [f for f in result["documents_detail"][0]["facts"] if f["status"] == "missed"]
    assert [f["kind"] for f in missed if f["kind"] != "sectors"] == []  # sectors: tests/test_acceptance.py
    assert 'id="scores"' in rep.read_text(encoding="utf-8")


def test_cli_show_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    for args in (["show", "/no/such/file.txt"], ["show", str(bad)]):
        res = cli_main(*args)
        err = res.stderr.decode().strip()
        assert res.returncode != 0 and err.startswith("error: ") and len(err.splitlines()) == 1, err


# --- the report leads with what a reader needs; show renders headings (issue 14) --------------------------


def test_report_leads_with_scores_weakest_attributes_and_errors():
    result = _eval()
    page = report.render(result)
    order = [page.index(x) for x in ('id="scores"', 'id="worst"', 'id="errors-table"', 'class="attrs"',
                                     'class="confusion"', 'id="documents"')]  # fmt: skip
    assert order == sorted(order)
    errors = page[page.index('id="errors-table"') : page.index("</table>", page.index('id="errors-table"'))]
    assert errors.count("<tr data-error=") == 3  # a missed, a spurious, a wrong attribute
    confusion = page[page.index('class="confusion"') : page.index("</table>", page.index('class="confusion"'))]
    assert "<td>increase</td><td>null</td>" in confusion  # the off-diagonal cell ...
    assert "<td>increase</td><td>increase</td>" not in confusion  # ... and not the agreeing one
    assert '<details class="fold"><summary>' in page  # folded
    for term in ("micro F1 (all facts pooled)", "macro F1 (mean of the kinds", "Strict span F1 counts",
                 "partial span F1 when the spans overlap", "Missed: a gold fact not found"):  # fmt: skip
        assert term in page, term


def test_report_shows_a_sector_code_once_and_groups_digits():
    cell = report._fact_cell("sectors", {"text": "chế biến", "code": "C"}, set())
    assert cell.count("code:") == 1
    money = report._fact_cell("amounts", {"text": "5 tỷ đồng", "value": 5e9, "unit": "VND"}, set())
    assert "5\u202f000\u202f000\u202f000" in money


def test_show_gives_the_title_once_and_subheadings_as_headings():
    text = ("Giá cà phê lập đỉnh mới\nGiá cà phê xuất khẩu tăng 12,5% trong quý I.\n"
            "Thị trường châu Âu dẫn dắt\nXuất khẩu sang EU tăng 20%.")  # fmt: skip
    record = {"article": {"text": text, "title": "Giá cà phê lập đỉnh mới"}, "percentages": [
        {"text": "12,5%", "start": text.index("12,5%"), "end": text.index("12,5%") + 5, "value": 12.5}]}
    page = show.render(record)
    assert page.count("Giá cà phê lập đỉnh mới") == 2  # the <title> and the heading, not a third time
    assert '<h1 class="blk">Giá cà phê lập đỉnh mới</h1>' in page
    assert '<h3 class="blk">Thị trường châu Âu dẫn dắt</h3>' in page
    assert '<p class="blk">Xuất khẩu sang EU tăng 20%.</p>' in page
    tags = parse(page)
    assert "".join(tags.text).count(text.split("\n")[1]) >= 1
