"""vn-news-extract: verified, structured facts from Vietnamese news pages.

One article::

    from vn_news_extract import extract_file, extract_text
    record = extract_file("saved/article.html")      # a dict that follows schemas/article.schema.json
    record = extract_text("Giá cà phê tăng 13,4% ...")

Many (a batch into SQLite, PostgreSQL or JSON Lines, resumable)::

    from vn_news_extract import BatchOptions, run
    from vn_news_extract.sinks import make_sinks
    summary = run(["corpus/"], make_sinks("news.db"), BatchOptions(workers=2))

Names are imported lazily: importing the package does not load spaCy or underthesea.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "extract_text": "pipeline",
    "extract_file": "pipeline",
    "extract_records": "pipeline",
    "extract_article": "pipeline",
    "load_pipeline": "pipeline",
    "process": "pipeline",
    "RawDocument": "types",
    "Article": "types",
    "Stored": "types",
    "Skipped": "types",
    "Failed": "types",
    "Outcome": "types",
    "VnNewsError": "errors",
    "InputError": "errors",
    "DecodeError": "errors",
    "ExtractionError": "errors",
    "SchemaError": "errors",
    "run": "runner",
    "BatchOptions": "runner",
    "RunSummary": "runner",
    "Settings": "settings",
}

__all__ = [
    "Article",
    "BatchOptions",
    "DecodeError",
    "ExtractionError",
    "Failed",
    "InputError",
    "Outcome",
    "RawDocument",
    "RunSummary",
    "SchemaError",
    "Settings",
    "Skipped",
    "Stored",
    "VnNewsError",
    "__version__",
    "extract_article",
    "extract_file",
    "extract_records",
    "extract_text",
    "load_pipeline",
    "process",
    "run",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vn_news_extract' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
