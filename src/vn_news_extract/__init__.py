"""vn-news-extract: verified, structured facts from Vietnamese news pages."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract_file", "extract_text", "load_pipeline", "process"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not load spaCy and underthesea.
    if name in ("extract_text", "extract_file", "load_pipeline", "process", "extract_article"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
