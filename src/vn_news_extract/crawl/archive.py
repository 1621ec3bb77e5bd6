"""Every fetched response into a WARC file (warcio), as it is read, so that a crawl can be
re-extracted with ``batch crawl.warc.gz`` and never fetched twice.

The file is opened for appending: a resumed crawl adds to the archive of the interrupted one.  Each
record is flushed as it is written.  The body is stored as read (after any ``Content-Encoding`` was
undone), so the encoding and length headers are rewritten to match it.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import httpx

from .. import __version__
from ..errors import InputError

_DROP = {"content-encoding", "transfer-encoding", "content-length"}


class WarcRecorder:
    def __init__(self, path: str | Path) -> None:
        from warcio.warcwriter import WARCWriter

        self.path = Path(path)
        name = self.path.name.lower()
        if not name.endswith((".warc", ".warc.gz")):
            raise InputError(f"{path}: a WARC file name ends in .warc or .warc.gz")
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        try:
            self._fh: IO[bytes] = self.path.open("ab")
        except OSError as err:
            raise InputError(f"cannot write {path}: {err.strerror or err}") from None
        self._writer = WARCWriter(self._fh, gzip=name.endswith(".gz"))
        self.records = 0
        if fresh:
            info = self._writer.create_warcinfo_record(
                self.path.name,
                {"software": f"vn-news-extract/{__version__}", "format": "WARC File Format 1.1"},
            )
            self._writer.write_record(info)
            self._fh.flush()

    def __call__(self, url: str, response: httpx.Response, body: bytes) -> None:
        """The ``Fetcher.on_response`` hook: one ``response`` record per HTTP response."""
        from warcio.statusandheaders import StatusAndHeaders

        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROP]
        headers.append(("Content-Length", str(len(body))))
        status = f"{response.status_code} {response.reason_phrase or ''}".strip()
        http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        self._writer.write_record(record)
        self._fh.flush()
        self.records += 1

    def close(self) -> None:
        self._fh.close()
