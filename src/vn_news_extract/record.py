"""Doc + Article -> the JSON record, validated against ``schemas/article.schema.json``."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from . import __version__, kinds
from .errors import SchemaError
from .kb.locations import percentage_location
from .nlp.tokenizer import normalized_of
from .schema_check import record_schema
from .textnorm import normalize_with_map
from .types import Article, RawDocument

SCHEMA_VERSION = "1.0"


def schema_path() -> Path:
    """The installed schema (wheel) or the repository's ``schemas/`` (editable install)."""
    packaged = Path(str(resources.files("vn_news_extract"))) / "schemas" / "article.schema.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "schemas" / "article.schema.json"


def _schema_file() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as fh:
        return json.load(fh)


def _schema() -> dict[str, Any]:
    """The schema file, with a generated entry for any registered kind it does not describe."""
    return record_schema(_schema_file(), kinds.all_kinds())


def _fast_validator() -> Any:
    return _fast_validator_for(kinds.names())


def _reference_validator() -> Any:
    return _reference_validator_for(kinds.names())


@lru_cache(maxsize=4)
def _fast_validator_for(_kinds: tuple[str, ...]) -> Any:
    """The per-document validator: jsonschema-rs (Draft 2020-12, compiled; ~0.02 ms a record)."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema())


@lru_cache(maxsize=4)
def _reference_validator_for(_kinds: tuple[str, ...]) -> Any:
    """The reference implementation (python-jsonschema), used before the CLI prints and in the tests."""
    from jsonschema import Draft202012Validator

    schema = _schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _raise_first(errors: list[Any], path_of: Any) -> None:
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in path_of(first)) or "<record>"
        raise SchemaError(f"record does not match the schema at {where}: {first.message}")


def validate(record: dict[str, Any]) -> None:
    """Raise SchemaError unless the record is valid (fast path, every document)."""
    validator = _fast_validator()
    if not validator.is_valid(record):
        _raise_first(list(validator.iter_errors(record)), lambda e: e.instance_path)


def validate_reference(record: dict[str, Any]) -> None:
    """The same check with python-jsonschema (the CLI runs it before printing a record)."""
    errors = sorted(_reference_validator().iter_errors(record), key=lambda e: list(e.path))
    _raise_first(errors, lambda e: e.path)


def record_id(url: str | None, canonical_text: str) -> str:
    """sha256 (32 hex digits) of the canonical URL when known, else of the canonical text (NFC, one
    tone-mark convention: ``textnorm.canonical``) with runs of whitespace folded."""
    basis = ("url:" + url.strip()) if url else ("text:" + " ".join(canonical_text.split()))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def build_record(doc: Doc, article: Article, raw: RawDocument | None) -> dict[str, Any]:
    text, norm = normalized_of(doc)  # the tokenizer's canonical text: no second view of the Doc
    ctext = (norm or normalize_with_map(text)).text
    url = article.url or (raw.url if raw else None)
    facts = {kind: [dict(span._.fact) for span in doc.spans.get(kind, [])] for kind in kinds.names()}
    for fact in facts.get("percentages", []):
        fact["location"] = percentage_location(fact, text)
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": record_id(url, ctext),
        "extractor": {"name": "vn-news-extract", "version": __version__},
        "source": {
            "url": raw.url if raw else None,
            "path": raw.path if raw else None,
            "content_type": raw.content_type if raw else None,
            "sha256": (raw.sha256 or hashlib.sha256(raw.content).hexdigest()) if raw else None,
            "retrieved_at": raw.retrieved_at if raw else None,
            "site": article.site,
        },
        "article": {
            "title": article.title,
            "sapo": article.sapo,
            "author": article.author,
            "authors": list(article.authors) or ([article.author] if article.author else []),
            "published_at": article.published_at,
            "language": article.language,
            "url": article.url,
            "site": article.site,
            "captions": list(article.captions),
            "extraction": article.extraction,
            "text": text,
        },
        **facts,
    }
    validate(record)
    return record
