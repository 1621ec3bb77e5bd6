"""``show`` and ``evaluate --report`` pages in a real browser (headless Chromium through DevTools).

Checks through the rendered DOM that the highlights, the panel and the tables are there, that no console
error, uncaught exception or CSP violation occurred, and saves screenshots in ``test-artifacts/``.
Skipped, with the reason, when Chromium is missing (CI installs it in ``.ci/services.sh``).

``VNE_UPDATE_DOCS=1`` also rewrites the README screenshots ``docs/show.png`` and ``docs/report.png``
(the report one from the development set, which shows errors worth seeing).
"""

from __future__ import annotations

import copy
import json
import os
import struct
from pathlib import Path

import pytest
from browser_support import HEIGHT, WIDTH, Browser, chromium_problem

from vn_news_extract import report, show
from vn_news_extract.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "000_de8609e468eb4ff7.txt"
ARTIFACTS = ROOT / "test-artifacts"
PROBLEM = chromium_problem()

pytestmark = pytest.mark.skipif(PROBLEM is not None, reason=f"headless Chromium tests: {PROBLEM}")


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    try:
        yield b
    finally:
        b.close()


@pytest.fixture(scope="module")
def record():
    from vn_news_extract.pipeline import extract_file

    rec = extract_file(ARTICLE)
    rec["source"]["path"] = ARTICLE.relative_to(ROOT).as_posix()  # no local path in screenshots
    return rec


def _write(name: str, html: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.write_text(html, encoding="utf-8")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _open(browser: Browser, path: Path) -> None:
    browser.open(path)
    assert browser.errors() == [], f"{path.name}: browser errors"
    assert browser.js("document.characterSet") == "UTF-8"
    assert browser.js("document.documentElement.lang") == "vi"


def _click_percentage(browser: Browser) -> list[str]:
    browser.js("document.querySelector('#article mark.k-percentages').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    return browser.js("Array.from(document.querySelectorAll('#panel .card:not([hidden])')).map(c => c.dataset.card)")


def test_show_page(browser, record):
    path = _write("show.html", show.render(record))
    _open(browser, path)
    expected = {f"{k}-{i}" for k in show.SHOW_KINDS for i, f in enumerate(record.get(k) or [])}
    dom_ids = set(browser.js("Array.from(document.querySelectorAll('#article mark[data-fact]')).map(m => m.dataset.fact)"))
    assert dom_ids == expected  # every fact is highlighted in the text
    assert browser.js("document.getElementById('article').textContent") == record["article"]["text"]
    nested = browser.js("document.querySelectorAll('#article mark mark').length")
    assert nested > 0  # overlapping facts are nested, none dropped
    assert browser.js("Array.from(document.querySelectorAll('table.facts')).map(t => t.dataset.kind)") == [
        k for k in show.SHOW_KINDS if record.get(k)]
    assert browser.js("document.querySelectorAll('table.facts tbody tr').length") == len(expected)
    # the panel: hidden until a fact is pointed at, then lists its attributes
    assert browser.js("document.querySelectorAll('#panel .card:not([hidden])').length") == 0
    cards = _click_percentage(browser)
    assert cards and cards[0].startswith("percentages-")
    assert "direction" in browser.js("document.querySelector('#panel .card:not([hidden])').textContent")
    # a fact's kind can be hidden from the legend
    browser.js("const b = document.querySelector('.legend input[value=sectors]'); b.click();")
    assert browser.js("document.body.classList.contains('off-sectors')")
    browser.js("document.querySelector('.legend input[value=sectors]').click()")
    shot = browser.screenshot(ARTIFACTS / "show.png")
    assert _png_size(shot) == (WIDTH, HEIGHT)
    assert browser.errors() == []


def test_untrusted_text_stays_text(browser):
    from vn_news_extract.pipeline import extract_text

    nasty = ('<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> Giá & "lãi" \'suất\' '
             "tăng 7,5% so với cùng kỳ.")
    record = extract_text(nasty, as_article=False)
    _open(browser, _write("show_untrusted.html", show.render(record)))
    assert browser.js("typeof window.pwned") == "undefined"
    assert browser.js("document.querySelectorAll('script').length") == 1
    assert browser.js("document.querySelectorAll('#article img, #article script').length") == 0
    assert browser.js("document.getElementById('article').textContent") == nasty
    assert browser.js("document.querySelectorAll('#article mark.k-percentages').length") == 1


def _report_checks(browser: Browser, result: dict) -> None:
    assert browser.js("document.querySelectorAll('#scores tbody tr').length") == 7  # 5 kinds, micro, macro
    assert browser.js("document.querySelectorAll('#scores .bar span').length") == 21
    widths = browser.js("Array.from(document.querySelectorAll('#scores .bar span')).map(s => s.getBoundingClientRect().width)")
    assert all(w >= 0 for w in widths) and max(widths) > 50
    assert browser.js("document.querySelectorAll('table.attrs').length") == sum(
        1 for k in result["kinds"].values() if k["attributes"])
    cells = browser.js("Array.from(document.querySelectorAll('table.confusion tbody tr'))"
                       ".map(r => [r.cells[0].textContent, r.cells[1].textContent])")
    assert all(gold != pred for gold, pred in cells)  # only the cells where the values differ
    want_errors = sum(d["counts"][s] for d in result["documents_detail"] for s in ("wrong_attribute", "missed", "spurious"))
    assert browser.js("document.querySelectorAll('#errors-table tr[data-error]').length") == want_errors
    assert browser.js("document.querySelectorAll('details.doc').length") == len(result["documents_detail"])
    for status in ("correct", "wrong_attribute", "missed", "spurious"):
        want = sum(d["counts"][status] for d in result["documents_detail"])
        assert browser.js(f"document.querySelectorAll('tr[data-status={status}]').length") == want, status


def test_report_page_is_short(browser):
    """The development set's report was 55,000 px long (mostly near-empty confusion matrices)."""
    result = evaluate(load_gold(ROOT / "corpus" / "dev"))
    _open(browser, _write("report_dev_height.html", report.render(result, title="corpus/dev")))
    assert browser.js("document.documentElement.scrollHeight") < 15000


def test_report_page(browser):
    result = evaluate(load_gold(ROOT / "corpus" / "gold"))
    _open(browser, _write("report.html", report.render(result, title="Evaluation report: corpus/gold")))
    _report_checks(browser, result)
    shot = browser.screenshot(ARTIFACTS / "report.png")
    assert _png_size(shot) == (WIDTH, HEIGHT)


def test_report_page_with_errors(browser, record):
    """Every status in the browser: one fact dropped, one added, one attribute changed."""
    pred = copy.deepcopy(record)
    gold = json.loads((ROOT / "corpus" / "gold" / f"{ARTICLE.stem}.json").read_text(encoding="utf-8"))
    pred["sectors"] = [dict(f) for f in gold["sectors"] if not f.get("optional")]  # not yet exact: see gold
    pred["officials"].pop()
    pred["amounts"].append({**pred["amounts"][0], "value": 123456.0, "text": pred["amounts"][0]["text"]})
    pred["percentages"][0]["direction"] = "decrease"
    result = evaluate(load_gold(ROOT / "corpus" / "gold"), {ARTICLE.name: pred})
    counts = result["documents_detail"][0]["counts"]
    assert counts["missed"] == 1 and counts["spurious"] == 1 and counts["wrong_attribute"] == 1
    _open(browser, _write("report_errors.html", report.render(result, title="Evaluation report: perturbed")))
    _report_checks(browser, result)
    assert browser.js("document.querySelector('details.doc').open") is False  # folded; the errors lead
    browser.js("document.querySelector('#errors-table a').click()")
    assert browser.js("document.querySelector('details.doc').open") is True  # a link opens its document
    assert browser.errors() == []
    browser.js("document.getElementById('documents').scrollIntoView()")
    browser.screenshot(ARTIFACTS / "report_errors.png")


@pytest.mark.skipif(os.environ.get("VNE_UPDATE_DOCS") != "1", reason="set VNE_UPDATE_DOCS=1 to rewrite docs/*.png")
def test_update_docs_screenshots(browser, record):
    docs = ROOT / "docs"
    _open(browser, _write("show.html", show.render(record)))
    _click_percentage(browser)
    browser.screenshot(docs / "show.png")
    result = evaluate(load_gold(ROOT / "corpus" / "dev"))
    _open(browser, _write("report_dev.html", report.render(result, title="Evaluation report: corpus/dev")))
    browser.screenshot(docs / "report.png")
    browser.js("document.querySelector(document.querySelector('.toc a').hash).scrollIntoView()")
    browser.screenshot(docs / "report-documents.png")


def test_harness_sees_errors(browser):
    """The error checks above are not vacuous: console errors, exceptions and blocked loads are caught."""
    page = _write("harness_errors.html", (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\">"
        '</head><body><img src="https://example.invalid/x.png">'
        "<script>console.error('boom'); null.x;</script></body></html>"))
    browser.open(page)
    errors = "\n".join(browser.errors())
    assert "console: boom" in errors and "exception:" in errors and "example.invalid" in errors, errors
