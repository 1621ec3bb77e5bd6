"""WARC archives (``.warc``, ``.warc.gz``) read with warcio.

Every HTML ``response`` record with a 2xx status becomes a RawDocument carrying its target URI and
capture date; a page over the size cap is Failed (as every oversize input); every other record is
Skipped with the reason.  A damaged or truncated archive yields
the records read before the damage, then one Failed naming the offset.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..decode import max_input_bytes
from ..types import Failed, RawDocument, Skipped
from .files import sha256

log = logging.getLogger(__name__)

Item = RawDocument | Skipped | Failed
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = next(
        (p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None
    )
    return parts[0].lower(), charset


def iter_warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    label = str(path)
    count = 0
    start = offset = 0
    try:
        fh = path.open("rb")
    except OSError as err:
        yield Failed(label, "input", f"cannot read WARC: {err.strerror or err}")
        return
    with fh:
        try:
            records = ArchiveIterator(fh, check_digests=False)
            for record in records:
                count += 1
                problem = _header_problem(record)
                if problem:
                    yield Failed(
                        label,
                        "input",
                        f"truncated or damaged WARC at record {count}, past byte {offset}: {problem}",
                    )
                    return
                item = _record(record, f"{label}#record{count}")
                # (asking for the offset reads the record to its end: only after taking its content)
                start = records.get_record_offset()
                offset = start + records.get_record_length()
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length
                    yield Failed(
                        label, "input", f"truncated WARC: record {count} ends early, past byte {offset}"
                    )
                    return
                yield item
            problem = _tail_problem(fh, start, offset, path.stat().st_size, label.lower().endswith(".gz"))
            if problem:
                yield Failed(label, "input", f"truncated or damaged WARC after {count} record(s): {problem}")
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as err:
            message = " ".join(str(err).split()) or type(err).__name__
            where = f"after {count} record(s), past byte {offset}"
            yield Failed(label, "input", f"damaged or truncated WARC {where}: {clip(message, 200)}")
        except Exception as err:  # noqa: BLE001 - zlib.error and friends: report, never crash the batch
            yield Failed(
                label,
                "input",
                f"damaged or truncated WARC after {count} record(s): {type(err).__name__}: {err}",
            )


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _tail_problem(fh, start: int, end: int, size: int, gz: bool) -> str | None:  # type: ignore[no-untyped-def]
    """What is wrong with the end of the archive: bytes that are no record, a cut gzip member or terminator."""
    fh.seek(end)
    if end < size and fh.read(65536).strip():
        return f"{size - end} byte(s) past byte {end} are not a complete record"
    if size == 0:
        return None
    if gz:
        fh.seek(start)
        member = zlib.decompressobj(31)
        try:
            while not member.eof:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                member.decompress(chunk)
        except zlib.error as err:
            return f"last gzip member is corrupt ({err})"
        return None if member.eof else f"last gzip member (from byte {start}) is cut short"
    fh.seek(max(0, size - 4))
    return (
        None if fh.read(4) == b"\r\n\r\n" else "the archive does not end with a record terminator (cut short)"
    )


_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
_MANDATORY = ("WARC-Record-ID", "WARC-Date", "Content-Length")


def _header_problem(record) -> str | None:  # type: ignore[no-untyped-def]
    """Why a record's header is not a whole WARC header (warcio also reads ARC and garbage leniently)."""
    if not str(record.format).startswith("warc"):
        return "not a WARC record (ARC format or not an archive)"
    if record.rec_type not in _TYPES:
        return f"unknown record type {record.rec_type!r} (header cut short?)"
    missing = [h for h in _MANDATORY if not record.rec_headers.get_header(h)]
    if missing:
        return f"header lacks {', '.join(missing)} (cut short?)"
    return None


def _record(record, fallback_label: str) -> Item:  # type: ignore[no-untyped-def]
    rec_type = record.rec_type
    uri = record.rec_headers.get_header("WARC-Target-URI")
    label = uri or fallback_label
    if rec_type != "response":
        return Skipped(label, f"WARC {rec_type} record, not a response")
    if record.http_headers is None:
        return Skipped(label, "WARC response without HTTP headers (not an HTTP capture)")
    status = record.http_headers.get_statuscode()
    if not status or not status.startswith("2"):
        return Skipped(label, f"HTTP status {status} in archived response")
    ctype, charset = _content_type(record.http_headers.get_header("Content-Type"))
    if ctype not in _HTML_TYPES:
        return Skipped(label, f"archived response is {ctype or 'of unknown type'}, not HTML")
    cap = max_input_bytes()
    content = record.content_stream().read(cap + 1)
    if len(content) > cap:
        return Failed(label, "input", f"archived page over the {cap}-byte limit (VN_NEWS_EXTRACT_MAX_BYTES)")
    if not content.strip():
        return Skipped(label, "archived response has an empty body")
    return RawDocument(
        content=content,
        content_type="text/html",
        url=uri,
        path=fallback_label,
        retrieved_at=record.rec_headers.get_header("WARC-Date"),
        charset=charset,
        sha256=sha256(content),
    )
