"""Access to the package's data files (lexicons, patterns, reference tables)."""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_DATA = "vn_news_extract.data"


def data_path(name: str) -> Path:
    return Path(str(resources.files(_DATA).joinpath(name)))


@cache
def load_json(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    with data_path(name).open(encoding="utf-8") as fh:
        return tuple(line.strip() for line in fh if line.strip() and not line.startswith("#"))
