"""`extract` on every kind of source: a saved page, a web archive and a live (loopback) URL; the acceptance
article gives the same facts from its HTML page as from its text dump."""

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest
from cli_support import cli_main

from vn_news_extract import extract_file

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "tests" / "fixtures" / "html"
KINDS = ("percentages", "sectors", "officials", "documents", "amounts", "periods")


def _facts(record):
    return {k: [{a: v for a, v in f.items() if a not in ("start", "end", "mentions")} for f in record[k]] for k in KINDS}


def _facts_by_line(record, lines):
    """(kind, the line a fact stands in, the fact without offsets) for the facts in ``lines``."""
    text, out = record["article"]["text"], set()
    for kind in KINDS:
        for f in record[kind]:
            a, b = text.rfind("\n", 0, f["start"]) + 1, text.find("\n", f["end"])
            line = text[a : len(text) if b < 0 else b]
            if line in lines:
                fact = {k: v for k, v in f.items() if k not in ("start", "end", "mentions")}
                out.add((kind, line, json.dumps(fact, sort_keys=True, ensure_ascii=False)))
    return out


def test_acceptance_html_facts_equal_text_facts():
    from_text = extract_file(ROOT / "corpus" / "000_de8609e468eb4ff7.txt")
    from_html = extract_file(HTML / "laodongthudo_acceptance.html")
    # the page keeps its photo caption apart and prints its headline once; the text dump has the caption and a
    # repeated headline as lines: the facts of the lines both share are the same
    shared = set(from_text["article"]["text"].split("\n")) & set(from_html["article"]["text"].split("\n"))
    assert len(shared) >= len(from_html["article"]["text"].split("\n")) - 2
    assert _facts_by_line(from_html, shared) == _facts_by_line(from_text, shared)
    assert from_html["article"]["author"] == "Đỗ Đạt"
    assert from_html["article"]["published_at"].endswith("+07:00")


def run(*args):
    return cli_main(*args)  # the CLI's boundary in this process (tests/cli_support.py)


def test_extract_warc_archive():
    res = run("extract", str(ROOT / "corpus" / "examples" / "pages.warc.gz"), "--compact")
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["source"]["url"] for r in records] == [
        "https://vnexpress.net/kinh-te/vi-du-1.html",
        "https://laodongthudo.vn/phat-huy-vai-tro-tien-phong.html",
    ]
    assert all(r["source"]["retrieved_at"] for r in records)
    assert "request record" in res.stderr.decode()


@pytest.fixture()
def server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HTML))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_extract_url_refuses_loopback_by_default(server):
    res = run("extract", f"{server}/vnexpress.html")
    assert res.returncode != 0
    assert "private or local address" in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_extract_url_with_allow_private(server):
    res = run("extract", f"{server}/vnexpress.html", "--allow-private", "--delay", "0", "--compact")
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["source"]["url"] == f"{server}/vnexpress.html"
    assert record["article"]["site"] == "VnExpress" and record["article"]["title"]
