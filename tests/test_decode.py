"""Bytes -> text: declared charsets, lying pages, Windows-1258, BOMs, NFC, entities."""

from __future__ import annotations

import unicodedata

import pytest
from _vn_charsets import to_cp1258

from vn_news_extract.decode import declared_charsets, decode_bytes
from vn_news_extract.errors import DecodeError

TEXT = "Thứ ba, Hà Nội: chỉ số sản xuất công nghiệp tăng 5,4% – “khoẻ” thuỷ điện, Ủy ban, hóa dược"


@pytest.mark.parametrize(
    ("content", "declared", "content_type"),
    [
        (TEXT.encode("utf-8"), None, None),
        (TEXT.encode("utf-8"), "utf-8", None),
        (TEXT.encode("utf-8"), "iso-8859-1", None),  # a server default that lies
        (TEXT.encode("utf-8"), None, "text/html; charset=windows-1252"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None, None),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "iso-8859-1", None),
        (TEXT.encode("utf-16"), None, None),
        (to_cp1258(TEXT), None, None),
        (to_cp1258(TEXT), "windows-1258", None),
        (to_cp1258(TEXT), "utf-8", None),  # declared UTF-8, bytes are Windows-1258
        (to_cp1258(TEXT), None, "text/plain; charset=iso-8859-1"),
    ],
)
def test_decodes_to_the_same_text(content: bytes, declared: str | None, content_type: str | None) -> None:
    assert decode_bytes(content, declared, content_type) == TEXT


def test_meta_charset_is_read() -> None:
    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
    assert declared_charsets(page, None, None) == ["cp1258"]
    body = page + b"<body><p>" + to_cp1258(TEXT) + b"</p></body></html>"
    assert TEXT in decode_bytes(body)


def test_header_beats_meta_order() -> None:
    page = b'<meta charset="utf-8">'
    assert declared_charsets(page, "windows-1258", "text/html; charset=iso-8859-1") == [
        "cp1258",
        "iso8859-1",
        "utf-8",
    ]


def test_nfd_input_becomes_nfc_keeping_tone_placement() -> None:
    nfd = unicodedata.normalize("NFD", "thuỷ điện hoá chất")
    out = decode_bytes(nfd.encode("utf-8"), None, "text/plain")
    assert out == "thuỷ điện hoá chất"  # NFC, but "uỷ"/"oá" stay as written
    assert unicodedata.is_normalized("NFC", out)


def test_entities_decoded_in_plain_text_only() -> None:
    assert (
        decode_bytes(b"Gi&aacute; &quot;v&agrave;ng&quot; &amp; USD", None, "text/plain")
        == 'Giá "vàng" & USD'
    )
    html = b"<p>A &lt;b&gt; &amp; B</p>"
    assert decode_bytes(html, None, "text/html") == "<p>A &lt;b&gt; &amp; B</p>"


def test_empty() -> None:
    assert decode_bytes(b"") == ""


def test_binary_raises_decode_error() -> None:
    blob = bytes(range(256)) * 40
    with pytest.raises(DecodeError):
        decode_bytes(blob)


def test_bad_bom_raises() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf\xff\xfe\xfa")
