"""The pipeline: RawDocument -> Article -> Doc (facts in ``doc.spans``) -> record.

``process`` never raises for a bad document: every input ends as Stored, Skipped or Failed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from .decode import decode_bytes, max_input_bytes
from .errors import InputError, VnNewsError
from .nlp import components
from .nlp.tokenizer import TOKENIZER_NAME
from .plaintext import parse_plaintext
from .plaintext import passage as passage_article
from .record import build_record
from .types import Article, Failed, Outcome, RawDocument, Skipped, Stored

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
MIN_ARTICLE_CHARS = 1
# Language: text with at least this many letters is Vietnamese when this share of its letters are
# Vietnamese-only (ă â đ ê ô ơ ư and the tone-marked vowels Latin-1 lacks); Vietnamese prose has ~25%.
LANGUAGE_MIN_LETTERS = 200
MIN_VIETNAMESE_SHARE = 0.03
# An HTML page whose body text is shorter than this is a listing, index or error page, not an article.
MIN_HTML_BODY_CHARS = 80
_ERROR_PAGE = re.compile(
    r"(?<!\d)(?:404|403|410|500|502|503)(?!\d)|không tìm thấy|không tồn tại|đã bị xóa|đã bị xoá"
    r"|page not found|not found|trang lỗi|có lỗi xảy ra|error",
    re.IGNORECASE,
)


def create_pipeline() -> Language:
    """A blank ``vi`` pipeline with the underthesea tokenizer and the facts component (every fact kind)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.add_pipe(components.COMPONENT_NAME)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The shared spaCy pipeline of this process, loaded on first use (a few seconds) and kept.

    Returns:
        A ``Language`` whose ``nlp(text).spans`` hold the facts; pass it to ``process`` or
        ``extract_article`` to reuse it.
    """
    return create_pipeline()


def decode_text(raw: RawDocument) -> str:
    """Bytes -> honest text (declared charset, detection, NFC); DecodeError when nothing fits."""
    return decode_bytes(raw.content, raw.charset, raw.content_type)


def article_of(raw: RawDocument) -> Article:
    if raw.content_type.split(";")[0].strip() in HTML_TYPES:
        from .html import article_from_html

        article = article_from_html(raw)
    else:
        article = parse_plaintext(decode_text(raw))
    if article.published_at is None and raw.published_at:  # the page says nothing: the container's date
        article = dataclasses.replace(article, published_at=raw.published_at)
    return article


def not_an_article(article: Article, raw: RawDocument) -> str | None:
    """Why ``article`` is not a Vietnamese news article (Skipped with that reason), or None."""
    from .decode import vietnamese_share

    text = article.text
    letters, share = vietnamese_share(text)
    if letters >= LANGUAGE_MIN_LETTERS and share < MIN_VIETNAMESE_SHARE:
        return (
            f"not Vietnamese: {share:.1%} of {letters} letters are Vietnamese-only letters "
            f"(at least {MIN_VIETNAMESE_SHARE:.0%} expected)"
        )
    if raw.content_type.split(";")[0].strip() not in HTML_TYPES:
        return None
    if article.not_article:  # decided from the page's structure (html.listing)
        return article.not_article
    body = sum(len(p) for p in article.paragraphs) + len(article.sapo or "")
    if body < 3 * MIN_HTML_BODY_CHARS and _ERROR_PAGE.search(article.title or ""):
        return f"not an article: an error page (title {article.title!r})"
    if body < MIN_HTML_BODY_CHARS:
        return (
            f"not an article: {body} characters of body text under the title "
            f"(at least {MIN_HTML_BODY_CHARS}; a listing, index or error page?)"
        )
    return None


def extract_article(
    article: Article, raw: RawDocument | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """The record of an article already split into title, sapo and paragraphs.

    Args:
        article: the article (``Article.text`` is what every offset of the record indexes).
        raw: the input it came from, for the record's ``source`` (optional).
        nlp: a pipeline from ``load_pipeline`` (default: the shared one).

    Returns:
        The record dict (schema ``schemas/article.schema.json``).

    Raises:
        SchemaError: the record does not validate (a bug, reported clearly).
    """
    doc = (nlp or load_pipeline())(article.text)
    return build_record(doc, article, raw)


def process(raw: RawDocument, nlp: Language | None = None) -> Outcome:
    """One document through every stage, never raising for a bad document.

    Args:
        raw: the bytes and what is known of them (``RawDocument(content, content_type, path=..., url=...)``).
        nlp: a pipeline from ``load_pipeline`` (default: the shared one).

    Returns:
        ``Stored`` (with the record), ``Skipped`` (with a reason and its ``code``, e.g. ``not_vietnamese``)
        or ``Failed`` (with the stage and a message).
    """
    label = raw.label
    stage = "input"
    try:
        cap = max_input_bytes()
        if len(raw.content) > cap:
            return Failed(
                label,
                "input",
                f"{len(raw.content)} bytes, over the {cap}-byte limit (VN_NEWS_EXTRACT_MAX_BYTES)",
            )
        if not raw.content.strip():
            return Skipped(label, "empty input")
        stage = "parse"
        article = article_of(raw)
        if len(article.text.strip()) < MIN_ARTICLE_CHARS:
            return Skipped(label, "no article text found")
        reason = not_an_article(article, raw)
        if reason:
            return Skipped(label, reason)
        stage = "extract"
        nlp = nlp or load_pipeline()
        if len(article.text) > nlp.max_length:
            return Failed(
                label,
                stage,
                f"article text of {len(article.text)} characters, over the limit of {nlp.max_length}",
            )
        return Stored(label, extract_article(article, raw, nlp))
    except VnNewsError as err:
        return Failed(label, err.stage if stage in ("input", "parse") else stage, str(err))
    except Exception as err:  # a bug must not lose the document: report it as a failure of its stage
        log.exception("unexpected error on %s", label)
        return Failed(label, stage, f"{type(err).__name__}: {err}")


def raw_from_path(path: str | Path) -> RawDocument:
    """One saved page or text file as a RawDocument, read as ``batch`` reads it (``sources``).

    Raises:
        InputError: no such file, a directory, unreadable, empty, or over the size cap.
    """
    from .sources.files import read_file

    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory (use 'batch' for directories)")
    item = read_file(p)
    if isinstance(item, RawDocument):
        return item
    if isinstance(item, Skipped):
        raise InputError(f"{p}: empty input: nothing to extract")
    raise InputError(f"{p}: {item.message}")


def raw_from_text(text: str, content_type: str = "text/plain") -> RawDocument:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as err:  # a lone surrogate ("\ud800" from JSON): not text
        raise InputError(
            f"not valid Unicode text: a lone surrogate {text[err.start]!r} at {err.start}"
        ) from None
    return RawDocument(content=data, content_type=content_type, sha256=hashlib.sha256(data).hexdigest())


def record_or_raise(outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, Stored):
        return outcome.record
    if isinstance(outcome, Skipped):
        raise InputError(f"{outcome.label}: skipped: {outcome.reason}")
    raise InputError(f"{outcome.label}: failed at {outcome.stage}: {outcome.message}")


def extract_text(text: str, *, as_article: bool = True) -> dict[str, Any]:
    """The record of a text.

    Args:
        text: a news article as plain text (title on the first line, then the body), or any passage.
        as_article: False to treat the whole input as one passage of body text (no title, byline or
            teaser detection).

    Returns:
        The record dict (schema ``schemas/article.schema.json``).

    Raises:
        InputError: ``text`` is not a str, is empty, holds a lone surrogate, or is not an article
            (skipped, with the reason) or failed (with the stage).
    """
    if not isinstance(text, str):
        raise InputError("extract_text expects a str")
    if not text.strip():
        raise InputError("empty input: nothing to extract")
    raw = raw_from_text(text)
    if as_article:
        return record_or_raise(process(raw))
    return extract_article(passage_article(text), raw)


def extract_file(path: str | Path) -> dict[str, Any]:
    """The record of one saved page or text dump (``.txt``, ``.html``, ``.shtml``, ...).

    Args:
        path: the file.  An archive or a JSONL file (several documents) must hold exactly one article;
            use ``extract_records`` for all of them.

    Returns:
        The record (a dict that validates against ``schemas/article.schema.json``).

    Raises:
        InputError: the file is missing, unreadable, empty, not an article (skipped, with the reason),
            failed (with the stage), or an archive holding more than one article.
    """
    if _is_archive(str(path)):
        records = list(extract_records(str(path)))
        if len(records) != 1:
            raise InputError(f"{path}: holds {len(records)} articles; use extract_records() for all of them")
        return records[0]
    return record_or_raise(process(raw_from_path(path)))


def _is_archive(source: str) -> bool:
    from .sources.files import kind_of

    return kind_of(Path(source)) in ("warc", "jsonl")


def extract_records(source: str, *, settings: Any = None) -> Iterator[dict[str, Any]]:
    """The records of every article ``source`` holds: a file, a WARC archive, a JSONL file or a URL.

    Inputs that are not articles are logged (a warning with the reason) and left out.

    Args:
        source: a path or an http(s) URL.
        settings: ``FetchSettings`` for URLs (default: from the environment).

    Yields:
        One record per article, in the order of the source.

    Raises:
        InputError: the source names nothing, an input failed, or no article was found in it.
    """
    from .sources import iter_raw_documents

    produced = False
    skipped: list[str] = []
    for item in iter_raw_documents(source, settings=settings):
        outcome: Outcome = process(item) if isinstance(item, RawDocument) else item
        if isinstance(outcome, Stored):
            produced = True
            yield outcome.record
        elif isinstance(outcome, Skipped):
            log.warning("%s: skipped: %s", outcome.label, outcome.reason)
            skipped.append(outcome.reason)
        else:
            raise InputError(f"{outcome.label}: failed at {outcome.stage}: {outcome.message}")
    if not produced:
        why = f": skipped: {skipped[0]}" if len(skipped) == 1 else ""
        raise InputError(f"{source}: no article found{why}")


def records_for(source: str, *, passage: bool = False, settings: Any = None) -> Iterator[dict[str, Any]]:
    """Records for one CLI source, read through the one input boundary (``sources``): a file, a URL,
    a WARC or JSONL file.  ``passage``: a single file's whole text is one passage of body text."""
    if _is_archive(source) or "://" in source:
        yield from extract_records(source, settings=settings)
        return
    raw = raw_from_path(source)
    if passage:
        yield extract_article(passage_article(decode_text(raw)), raw)
    else:
        yield record_or_raise(process(raw))
