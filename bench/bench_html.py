"""Time ``article_from_html`` on the outlet fixtures and report which fields came out right.

    python bench/bench_html.py [--repeat 20]

Prints the median time per page (after one warm-up pass), then one row per fixture: OK or the
fields that differ from ``tests/fixtures/html/<name>.expected.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from vn_news_extract.html import article_from_html
from vn_news_extract.types import RawDocument

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"
FIELDS = ("title", "sapo", "author", "published_at", "site", "url", "paragraphs", "captions", "no_leaks")


def check(article, expected: dict) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {
        "title": article.title == expected["title"],
        "sapo": article.sapo == expected["sapo"],
        "author": article.author == expected["author"],
        "published_at": article.published_at == expected["published_at"],
        "site": article.site == expected["site"],
        "url": article.url == expected["canonical"],
        "paragraphs": list(article.paragraphs) == expected["paragraphs"],
        "captions": all(c in article.captions for c in expected["captions"]),
        "no_leaks": not any(leak in article.text for leak in expected["absent"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed passes over the fixtures")
    args = parser.parse_args()
    cases = []
    for exp_path in sorted(FIXTURES.glob("*.expected.json")):
        name = exp_path.name.removesuffix(".expected.json")
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        raw = RawDocument((FIXTURES / f"{name}.html").read_bytes(), "text/html", url=expected.get("url"))
        cases.append((name, raw, expected))
    for _, raw, _ in cases:  # warm-up: imports, profile loading, regex compilation
        article_from_html(raw)
    times: list[float] = []
    for _ in range(args.repeat):
        for _, raw, _ in cases:
            start = time.perf_counter()
            article_from_html(raw)
            times.append(time.perf_counter() - start)
    size = statistics.median(len(raw.content) for _, raw, _ in cases)
    print(
        f"{len(cases)} pages x {args.repeat} passes: median {statistics.median(times) * 1000:.1f} ms per page "
        f"(p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.1f} ms; median page {size / 1024:.1f} KB)"
    )
    print()
    print(f"{'fixture':28} " + " ".join(f"{f[:9]:>9}" for f in FIELDS))
    total = 0
    for name, raw, expected in cases:
        result = check(article_from_html(raw), expected)
        total += all(result.values())
        print(f"{name:28} " + " ".join(f"{'ok' if result[f] else 'WRONG':>9}" for f in FIELDS))
    print(f"\n{total}/{len(cases)} fixtures with every field right")


if __name__ == "__main__":
    main()
