"""Helpers for the batch tests (sinks, runner, CLI): databases, fake records, a fake pipeline.

Not a test module.  The database fixture runs every test against SQLite and against PostgreSQL; the
PostgreSQL half is skipped, with the reason shown, when no server is reachable.  ``.ci/services.sh``
starts one; ``VNE_TEST_PG_URL`` points elsewhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from vn_news_extract.runner import Processor
from vn_news_extract.types import Failed, Outcome, RawDocument, Skipped, Stored

PG_URL = os.environ.get("VNE_TEST_PG_URL", "postgresql+psycopg://vne:vne@127.0.0.1:5432/vne_test")
FACT_TABLES = ("percentages", "sectors", "officials", "documents", "amounts", "periods")
_pg_problem: list[str] = []  # cached: why PostgreSQL is unusable, once known


def _pg_reason() -> str | None:
    if not _pg_problem:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            _pg_problem.append("")
        except Exception as err:  # noqa: BLE001 - any failure means: skip, and say why
            first = str(getattr(err, "orig", err)).strip().splitlines()[0]
            _pg_problem.append(f"PostgreSQL not reachable at {PG_URL} ({first}); run .ci/services.sh "
                               "or set VNE_TEST_PG_URL")  # fmt: skip
    return _pg_problem[0] or None


DATABASES = ["sqlite", "postgresql"]


def database(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, or a PostgreSQL schema of its own (dropped after).

    Test modules wrap it in a ``db_url`` fixture parametrised over ``DATABASES``.
    """
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    reason = _pg_reason()
    if reason:
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def snapshot(url: str, tables: tuple[str, ...] = ("articles", "outcomes", *FACT_TABLES)) -> dict[str, list]:
    """Every row of ``tables``, sorted: equal snapshots mean an unchanged database."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t: sorted(tuple(map(_canonical, row)) for row in conn.execute(text(f"SELECT * FROM {t}")))
                for t in tables
            }
    finally:
        engine.dispose()


def _canonical(value: Any) -> str:
    """JSON columns come back as text from SQLite and as objects from PostgreSQL: compare them alike."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            pass
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr)


def scalar(url: str, sql: str) -> Any:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


# -- records and documents ----------------------------------------------------------------------------

_PCT = re.compile(r"(\d+(?:,\d+)?)%")


def make_record(body: str, *, path: str | None = None, title: str = "Tin kinh tế") -> dict[str, Any]:
    """A schema-valid record whose facts are found in ``body`` (every ``N%`` is a percentage)."""
    text_ = f"{title}\n{body}"
    pcts = [
        {
            "text": m.group(0), "start": m.start(), "end": m.end(),
            "value": float(m.group(1).replace(",", ".")), "value_max": None, "unit": "percent",
            "qualifier": None, "direction": "increase", "indicator": "GDP", "sector": "10",
            "period": "năm 2024", "period_start": "2024-01-01", "period_end": "2024-12-31",
            "comparison": None,
        }
        for m in _PCT.finditer(text_)
    ]  # fmt: skip
    return {
        "schema_version": "1.0",
        "id": hashlib.sha256(text_.encode()).hexdigest()[:32],
        "extractor": {"name": "vn-news-extract", "version": "test"},
        "source": {"url": None, "path": path, "content_type": "text/plain",
                   "sha256": hashlib.sha256(body.encode()).hexdigest(), "retrieved_at": None},
        "article": {"title": title, "sapo": None, "author": None, "published_at": "2024-05-01T08:00:00+07:00",
                    "language": "vi", "text": text_},
        "percentages": pcts,
        "sectors": [{"text": "sản xuất chế biến thực phẩm", "start": 0, "end": 3, "code": "10",
                     "name": "Sản xuất chế biến thực phẩm", "level": "division", "classification": "VSIC 2018",
                     "confidence": 0.9}],
        "officials": [{"text": "Bộ trưởng Nguyễn Văn A", "start": 0, "end": 5, "name": "Nguyễn Văn A",
                       "honorific": None, "title": "Bộ trưởng", "organization": "Bộ Tài chính",
                       "mentions": [{"text": "ông A", "start": 1, "end": 2}]}],
        "documents": [{"text": "Nghị định 100/2019/NĐ-CP", "start": 0, "end": 4, "type": "Nghị định",
                       "number": "100/2019/NĐ-CP", "issuer": "Chính phủ", "date": None, "subject": None,
                       "signed_by": "Thủ tướng"}],
        "amounts": [{"text": "5 tỷ đồng", "start": 0, "end": 2, "value": 5e9, "unit": "VND", "kind": "money",
                     "qualifier": None}],
        "periods": [{"text": "năm 2024", "start": 0, "end": 2, "period_start": "2024-01-01",
                     "period_end": "2024-12-31"}],
    }  # fmt: skip


def raw(body: str, name: str) -> RawDocument:
    return RawDocument(content=body.encode(), content_type="text/plain", path=name)


def corpus(n: int, prefix: str = "doc") -> list[RawDocument]:
    """``n`` documents: most are articles, every 7th says SKIP, every 11th says FAIL."""
    docs = []
    for i in range(n):
        if i % 7 == 3:
            body = f"SKIP quảng cáo {i}"
        elif i % 11 == 5:
            body = f"FAIL trang hỏng {i}"
        else:
            body = f"Sản lượng quý {i % 4 + 1} tăng {i % 9 + 1},5% và xuất khẩu tăng {i}% so với năm trước."
        docs.append(raw(body, f"{prefix}/{i:04d}.txt"))
    return docs


def expected_counts(n: int) -> tuple[int, int, int]:
    skipped = sum(1 for i in range(n) if i % 7 == 3)
    failed = sum(1 for i in range(n) if i % 7 != 3 and i % 11 == 5)
    return n - skipped - failed, skipped, failed


class FakeProcessor(Processor):
    """Stands in for the spaCy pipeline: records from ``make_record``, SKIP / FAIL / RAISE on demand.

    ``log_dir``: each ``setup`` and each document leave a file there (which process, how often).
    ``delay``: seconds per document, for runs that must still be running when they are killed.
    ``hold``: (label, file): the document with that label waits until the file exists, so that a run
    cannot finish before a test has done what it waits for, however busy the machine is.
    """

    preload = ()  # no spaCy in the fork server: nothing here needs it

    def __init__(
        self, log_dir: str | None = None, delay: float = 0.0, hold: tuple[str, str] | None = None
    ) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.delay = delay
        self.hold = hold

    def setup(self) -> None:
        self.nlp = "fake"
        if self.log_dir:
            Path(self.log_dir, f"setup-{os.getpid()}-{uuid.uuid4().hex[:6]}").touch()

    def __call__(self, doc: RawDocument) -> Outcome:
        assert self.nlp == "fake", "setup() was not called in this process"
        body = doc.content.decode()
        if self.log_dir:
            Path(self.log_dir, f"doc-{os.getpid()}-{uuid.uuid4().hex[:8]}").touch()
        if self.delay:
            time.sleep(self.delay)
        if self.hold and doc.label == self.hold[0]:
            while not Path(self.hold[1]).exists():
                time.sleep(0.05)
        if body.startswith("SKIP"):
            return Skipped(doc.label, "not an article")
        if body.startswith("FAIL"):
            return Failed(doc.label, "parse", "no body found")
        if body.startswith("RAISE"):
            raise RuntimeError("extractor bug")
        return Stored(doc.label, make_record(body, path=doc.path))
