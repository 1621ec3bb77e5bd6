"""Bad input (issue 7): every case ends as Skipped or Failed with a reason, or as an honest record, never a
traceback or a hang; on the command line, one ``error:`` line and a non-zero exit."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from _vn_charsets import to_cp1258
from cli_support import cli_main

from vn_news_extract.decode import decode_bytes, legacy_font_encoding
from vn_news_extract.errors import DecodeError
from vn_news_extract.html import MAX_ELEMENTS
from vn_news_extract.pipeline import load_pipeline, process
from vn_news_extract.sources.files import read_file
from vn_news_extract.types import Failed, RawDocument, Skipped, Stored

TITLE = "Giá điện tăng 4,8% từ ngày 11/10"
PARA = (
    "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10, "
    "theo Quyết định số 2941/QĐ-BCT của Bộ Công Thương. Đây là lần tăng thứ hai trong năm nay."
)


def page(body: str = f"<p>{PARA}</p>", title: str = TITLE, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body><h1>{title}</h1>{body}</body></html>"


ARTICLE = page()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(255, -1, -1)) * 64
GZIP = b"\x1f\x8b\x08\x00" + bytes((i * 37) % 256 for i in range(8000))
VNI = (
    "Vieät Nam taêng tröôûng kinh teá ñaït 7% trong naêm nay, ngöôøi daân ñöôïc höôûng lôïi "
    "töø chính saùch môùi cuûa Chính phuû."
)
TCVN3 = (
    "ViÖt Nam t¨ng tr\xadëng kinh tÕ ®¹t 7% trong n¨m nay, ng\xadêi d©n ®\xadîc h\xadëng lîi "
    "tõ chÝnh s¸ch míi cña ChÝnh phñ."
)
ENGLISH = (
    "The national utility raised the average retail price of electricity by 4.8 percent from "
    "October 11, the second increase this year, according to a decision of the trade ministry. "
) * 3
LISTING = "".join(
    f"<div class='item'><a href='/tin-{i}.html'>Giá xăng dầu hôm nay {i}/10: tăng mạnh</a></div>"
    for i in range(60)
)


def nested(depth: int, tag: str = "div") -> str:
    return page(f"<{tag}>" * depth + f"<p>{PARA}</p>" * 2 + f"</{tag}>" * depth)


def html(data: bytes | str, ctype: str = "text/html") -> RawDocument:
    content = data.encode("utf-8") if isinstance(data, str) else data
    return RawDocument(content=content, content_type=ctype, path="page.html")


# (name, bytes, expected status, a substring of the reason / message, or of the stored text)
CASES = [
    ("empty", b"", "skipped", "empty"),
    ("whitespace", b" \n\t\r\n  ", "skipped", "empty"),
    ("png named .html", PNG, "failed", "binary"),
    ("jpeg named .html", JPEG, "failed", "binary"),
    ("gzip named .html", GZIP, "failed", "binary"),
    ("nul bytes", b"\x00" * 5000, "failed", "binary"),
    ("truncated mid-tag", ARTICLE.encode()[: len(ARTICLE.encode()) - 30], "stored", "Tập đoàn Điện lực"),
    (
        "truncated mid-character",
        ARTICLE.encode()[: ARTICLE.encode().index("Bộ".encode()) + 2],
        "stored",
        "Tập đoàn",
    ),
    (
        "malformed",
        page(f"<p>{PARA}<div><<>><b><i></p></b>&&&;&#xZZ;&#99999999;</i>").encode(),
        "stored",
        PARA[:40],
    ),
    ("only tags", b"<html><body><div><span></span></div></body></html>", "skipped", "no article text"),
    (
        "not vietnamese",
        page(f"<p>{ENGLISH}</p>", title="Power price up").encode(),
        "skipped",
        "not Vietnamese",
    ),
    (
        "404 page",
        page(
            "<p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>", title="404 - Không tìm thấy trang"
        ).encode(),
        "skipped",
        "error page",
    ),
    ("listing page", page(LISTING, title="Kinh tế - Tin mới nhất").encode(), "skipped", "not an article"),
    (
        "windows-1258",
        to_cp1258(page(f"<p>{PARA}</p>").replace("charset='utf-8'", "charset='windows-1258'")),
        "stored",
        "Tập đoàn Điện lực",
    ),
    (
        "windows-1258 undeclared",
        to_cp1258(page(f"<p>{PARA}</p>").replace("<meta charset='utf-8'>", "")),
        "stored",
        "Tập đoàn Điện lực",
    ),
    ("utf-8 declared latin-1", page().replace("utf-8", "iso-8859-1").encode(), "stored", "Tập đoàn Điện lực"),
    ("VNI", page(f"<p>{VNI} {VNI}</p>", title="Kinh teá").encode("cp1252"), "failed", "VNI"),
    ("TCVN3", page(f"<p>{TCVN3} {TCVN3}</p>", title="Kinh tÕ").encode("cp1252"), "failed", "TCVN3"),
    ("NFD", unicodedata.normalize("NFD", ARTICLE).encode(), "stored", "Tập đoàn Điện lực"),
    (
        "control characters",
        page("<p>" + PARA.replace("Điện", "Đi\x00ệ\x07n\x1b") + "</p>").encode(),
        "stored",
        "Tập đoàn Điện lực",
    ),
    (
        "invalid utf-8 bytes",
        ARTICLE.encode().replace("Tập".encode(), b"T\xff\xfe" + "ập".encode(), 1),
        "stored",
        "đoàn Điện lực",
    ),
    ("utf-16 with bom", "\ufeff".encode("utf-16-le") + ARTICLE.encode("utf-16-le"), "stored", "Tập đoàn"),
    ("bad bom", b"\xff\xfe" + b"\x00\xd8" * 50, "failed", "byte-order mark"),
    (
        "mixed scripts",
        page(f"<p>{PARA} Giá điện 電力 электричество كهرباء 电价 ⚡️🔌 tăng.</p>").encode(),
        "stored",
        "электричество",
    ),
    (
        "xml internal entities",
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
            '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' + page(f"<p>&lol3; {PARA}</p>")
        ).encode(),
        "stored",
        PARA[:40],
    ),
    ("nested 5,000 divs", nested(5_000).encode(), "stored", PARA[:40]),
    ("nested 3,000 inline", nested(3_000, "b").encode(), "stored", PARA[:40]),
    ("nested 100,000 divs", nested(100_000).encode(), "failed", f"over the limit of {MAX_ELEMENTS}"),
    ("plain text, binary", b"\x00\x01\x02\x03" * 300, "failed", "binary"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(("data", "status", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_ends_with_a_reason(nlp, data: bytes, status: str, expected: str) -> None:
    start = time.process_time()  # CPU time: other work on the machine does not count
    outcome = process(html(data), nlp)
    assert time.process_time() - start < 20, "too slow: a hostile page must not hang the batch"
    assert outcome.status == status, outcome
    if isinstance(outcome, Skipped):
        assert expected in outcome.reason
    elif isinstance(outcome, Failed):
        assert expected in outcome.message and "Traceback" not in outcome.message
        assert "\n" not in outcome.message
    else:
        assert isinstance(outcome, Stored)
        text = outcome.record["article"]["text"]
        assert expected in text
        assert unicodedata.is_normalized("NFC", text)
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text), "control characters kept"


def test_no_control_characters_in_decoded_text() -> None:
    text = decode_bytes("a\x00b\x01c\x08d\x0be\x1bf\x7fg\x85h\ufffei\tj\nk".encode(), None, "text/plain")
    assert text == "abcdefghi\tj\nk"


def test_legacy_font_encodings_are_recognised_not_stored_as_mojibake() -> None:
    assert legacy_font_encoding(VNI) == "VNI"
    assert legacy_font_encoding(TCVN3) == "TCVN3 (ABC)"
    for text in (
        PARA,
        ENGLISH,
        "Müller Straße Ölförderung Ärzte über " * 5,
        "Crème brûlée à la française " * 5,
    ):
        assert legacy_font_encoding(text) is None
    with pytest.raises(DecodeError, match="VNI"):
        decode_bytes(VNI.encode("cp1252"), "windows-1252", "text/plain")


def test_legacy_check_passes_every_corpus_text() -> None:
    root = Path(__file__).resolve().parents[1] / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in root.rglob("*.txt")]
    assert texts
    assert [legacy_font_encoding(t) for t in texts] == [None] * len(texts)


def test_size_cap_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    big = page(f"<p>{PARA}</p>" * 300_000).encode()  # ~50 MB
    assert len(big) > 50_000_000
    start = time.process_time()  # CPU time: refused before any decoding, whatever else the machine does
    outcome = process(html(big))
    assert time.process_time() - start < 2
    assert isinstance(outcome, Failed) and outcome.stage == "input"
    assert "over the 10000000-byte limit" in outcome.message
    monkeypatch.setenv("VN_NEWS_EXTRACT_MAX_BYTES", "1000")
    outcome = process(html(ARTICLE.encode() * 5))
    assert isinstance(outcome, Failed) and "over the 1000-byte limit" in outcome.message
    path = tmp_path / "big.html"
    path.write_bytes(ARTICLE.encode() * 5)
    item = read_file(path)
    assert isinstance(item, Failed) and "over the 1000-byte limit" in item.message
    monkeypatch.setenv("VN_NEWS_EXTRACT_MAX_BYTES", "lots")
    outcome = process(html(ARTICLE.encode()))
    assert isinstance(outcome, Failed) and "VN_NEWS_EXTRACT_MAX_BYTES='lots'" in outcome.message


def test_text_over_the_pipeline_limit_fails_with_a_reason(nlp) -> None:
    text = (PARA + "\n") * (nlp.max_length // len(PARA) + 10)
    outcome = process(RawDocument(content=text.encode(), content_type="text/plain", path="long.txt"), nlp)
    assert isinstance(outcome, Failed) and outcome.stage == "extract"
    assert "over the limit" in outcome.message


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("image.html", PNG, "binary"),
        ("empty.html", b"   \n", "empty"),
        ("english.html", page(f"<p>{ENGLISH}</p>", title="Power").encode(), "not Vietnamese"),
        ("vni.html", page(f"<p>{VNI} {VNI}</p>", title="Kinh teá").encode("cp1252"), "legacy VNI"),
    ],
)
def test_cli_one_line_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    res = cli_main("extract", str(path))
    stderr = res.stderr.decode()
    assert res.returncode != 0
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], stderr


def test_lone_surrogates_are_refused_clearly(tmp_path: Path) -> None:
    from vn_news_extract import extract_text
    from vn_news_extract.errors import InputError
    from vn_news_extract.sources.files import iter_jsonl

    with pytest.raises(InputError, match="lone surrogate"):
        extract_text("Giá điện tăng \ud800 4,8%")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Gi\\u00e1 \\ud800 t\\u0103ng"}\n{"text": "Giá tăng 5%"}\n', encoding="utf-8")
    items = list(iter_jsonl(feed))
    assert isinstance(items[0], Failed) and "lone surrogate" in items[0].message
    assert isinstance(items[1], RawDocument)
