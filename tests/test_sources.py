"""Local targets: files, directories, globs, .jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vn_news_extract.errors import InputError
from vn_news_extract.sources import iter_raw_documents
from vn_news_extract.types import Failed, RawDocument, Skipped


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Tiêu đề\nNội dung bài báo.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>Bài</p></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "c.HTM").write_bytes(b"<p>x</p>")
    (tmp_path / "sub" / "d.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("ẩn", encoding="utf-8")
    lines = [
        json.dumps({"html": "<p>Trang một</p>", "url": "https://e.vn/1"}, ensure_ascii=False),
        "",
        json.dumps({"text": "Văn bản hai", "retrieved_at": "2025-04-15T08:00:00+07:00"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a list"]),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_single_files(tree: Path) -> None:
    (txt,) = iter_raw_documents(str(tree / "a.txt"))
    assert (
        isinstance(txt, RawDocument) and txt.content_type == "text/plain" and txt.path == str(tree / "a.txt")
    )
    assert txt.sha256 and len(txt.sha256) == 64 and txt.retrieved_at
    (html,) = iter_raw_documents(str(tree / "sub" / "b.html"))
    assert isinstance(html, RawDocument) and html.content_type == "text/html"


def test_directory_recursive_sorted(tree: Path) -> None:
    items = list(iter_raw_documents(str(tree)))
    labels = [Path((getattr(i, "path", None) or i.label).split(":")[0]).name for i in items]
    assert labels == [
        "a.txt",
        "batch.jsonl",
        "batch.jsonl",
        "batch.jsonl",
        "batch.jsonl",
        "batch.jsonl",
        "empty.txt",
        "b.html",
        "c.HTM",
    ]  # d.pdf is not a document type: a directory walk passes it over
    assert not any(".hidden" in i.label for i in items)
    assert isinstance(items[6], Skipped) and items[6].reason == "empty file"


def test_unsupported_file_named_explicitly_is_skipped(tree: Path) -> None:
    (pdf,) = list(iter_raw_documents(str(tree / "sub" / "d.pdf")))
    assert isinstance(pdf, Skipped) and "unsupported file type .pdf" in pdf.reason


def test_jsonl(tree: Path) -> None:
    items = list(iter_raw_documents(str(tree / "batch.jsonl")))
    first, second, bad, nobody, notobj = items
    assert (
        isinstance(first, RawDocument) and first.content_type == "text/html" and first.url == "https://e.vn/1"
    )
    assert isinstance(second, RawDocument) and second.content_type == "text/plain"
    assert second.content.decode("utf-8") == "Văn bản hai" and second.retrieved_at.startswith("2025-04-15")
    assert second.label.endswith("batch.jsonl:3")
    assert isinstance(bad, Failed) and "line 4" in bad.message
    assert isinstance(nobody, Skipped) and "'html' or 'text'" in nobody.reason
    assert isinstance(notobj, Failed)


def test_glob(tree: Path) -> None:
    items = list(iter_raw_documents(str(tree / "**" / "*.html")))
    assert [Path(i.label).name for i in items] == ["b.html"]


@pytest.mark.parametrize("target", ["/no/such/file.html", "/no/such/*.html"])
def test_missing_targets_raise(target: str) -> None:
    with pytest.raises(InputError):
        list(iter_raw_documents(target))
