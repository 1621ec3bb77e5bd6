"""WARC archives written by the tests themselves with warcio."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vn_news_extract.html import article_from_html
from vn_news_extract.sources import iter_raw_documents
from vn_news_extract.types import Failed, RawDocument, Skipped

PAGE = (
    "<html><head><meta charset='utf-8'><title>Xuất khẩu thủy sản</title></head><body>"
    "<h1>Xuất khẩu thủy sản tăng 18%</h1><div class='content'>"
    + "".join(
        f"<p>Đoạn {i}: kim ngạch xuất khẩu thủy sản quý I đạt 2,2 tỷ USD, tăng 18% so với cùng kỳ năm trước.</p>"
        for i in range(6)
    )
    + "</div></body></html>"
)


def write_warc(path: Path, gz: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i in range(3):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://baomoi.example.vn/bai-{i}.html",
                    "response",
                    payload=BytesIO(PAGE.replace("Đoạn", f"Bài {i} đoạn").encode("utf-8")),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": f"2025-04-15T0{i}:00:00Z"},
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "https://baomoi.example.vn/bai-0.html",
                "request",
                payload=BytesIO(b"GET /bai-0.html HTTP/1.1\r\n\r\n"),
            )
        )
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://baomoi.example.vn/anh.jpg",
                "response",
                payload=BytesIO(b"\xff\xd8\xff"),
                http_headers=img,
            )
        )
        gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://baomoi.example.vn/mat.html",
                "response",
                payload=BytesIO(b"<p>404</p>"),
                http_headers=gone,
            )
        )


@pytest.fixture(params=[".warc.gz", ".warc"])
def archive(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / f"crawl{request.param}"
    write_warc(path, gz=request.param.endswith(".gz"))
    return path


def test_html_responses_become_documents(archive: Path) -> None:
    items = list(iter_raw_documents(str(archive)))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == [f"https://baomoi.example.vn/bai-{i}.html" for i in range(3)]
    assert [d.retrieved_at for d in docs] == [f"2025-04-15T0{i}:00:00Z" for i in range(3)]
    assert all(d.content_type == "text/html" and d.charset == "utf-8" and d.sha256 for d in docs)
    assert not any(isinstance(i, Failed) for i in items)


def test_other_records_skipped_with_reason(archive: Path) -> None:
    reasons = [i.reason for i in iter_raw_documents(str(archive)) if isinstance(i, Skipped)]
    assert len(reasons) == 4
    assert any("warcinfo" in r for r in reasons)
    assert any("request" in r for r in reasons)
    assert any("image/jpeg" in r for r in reasons)
    assert any("404" in r for r in reasons)


def test_archived_page_extracts(archive: Path) -> None:
    doc = next(i for i in iter_raw_documents(str(archive)) if isinstance(i, RawDocument))
    article = article_from_html(doc)
    assert article.title == "Xuất khẩu thủy sản tăng 18%"
    assert len(article.paragraphs) == 6
    assert article.url == "https://baomoi.example.vn/bai-0.html"


@pytest.mark.parametrize("fraction", [0.55, 0.8])
def test_truncated_archive_yields_records_before_damage(archive: Path, fraction: float) -> None:
    data = archive.read_bytes()
    cut = archive.with_name("cut" + "".join(archive.suffixes))
    cut.write_bytes(data[: int(len(data) * fraction)])
    items = list(iter_raw_documents(str(cut)))
    assert isinstance(items[-1], Failed)
    assert "truncated" in items[-1].message
    assert sum(isinstance(i, Failed) for i in items) == 1
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 1 <= len(docs) <= 3
    for doc in docs:  # whatever came out before the damage is whole
        assert doc.content.endswith(b"</html>")


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not an archive at all")
    items = list(iter_raw_documents(str(path)))
    assert len(items) == 1 and isinstance(items[0], Failed)
