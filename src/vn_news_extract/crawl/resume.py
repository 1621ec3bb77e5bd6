"""Which article addresses an earlier crawl into the same sinks already handled for good.

A page counts as done when an outcome under its address is ``stored`` or ``skipped`` for a reason
found after fetching it (not an article, redirected, not HTML).  Outcomes that say it was *not
fetched* (budget, robots.txt, off-site, older than ``--since``) and failures are not done: a re-run
tries them again.  Sinks are asked read-only, after the runner opened them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..sinks import JsonlSink, Sink, SqlSink

NOT_FETCHED = "not fetched: "  # prefix of the reasons of pages the crawler did not fetch
NOT_FETCHED_CODE = (
    "not_fetched"  # prefix of their reason codes (types.REASON_CODES), what outcomes.reason holds
)


def done_urls(sinks: Sequence[Sink], urls: Iterable[str]) -> set[str]:
    """The subset of ``urls`` that every sink holds as done."""
    wanted = set(urls)
    if not wanted or not sinks:
        return set()
    result = wanted
    for sink in sinks:
        result = result & _done_in(sink, result)
        if not result:
            break
    return result


def _done_in(sink: Sink, urls: set[str]) -> set[str]:
    if isinstance(sink, SqlSink):
        return _done_sql(sink, urls)
    if isinstance(sink, JsonlSink):
        return _done_jsonl(sink, urls)
    return set()


def _done_sql(sink: SqlSink, urls: set[str]) -> set[str]:
    from sqlalchemy import and_, or_, select

    from ..sinks.sql import outcomes

    c = outcomes.c
    done: set[str] = set()
    ordered = sorted(urls)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        query = select(c.label).where(
            c.label.in_(chunk),
            or_(c.status == "stored", and_(c.status == "skipped", c.reason.notlike(NOT_FETCHED_CODE + "%"))),
        )
        with sink.engine.connect() as conn:
            done.update(row[0] for row in conn.execute(query))
    return done


def _done_jsonl(sink: JsonlSink, urls: set[str]) -> set[str]:
    """A JSON Lines sink keeps records, not labels: the stored records' source addresses."""
    done: set[str] = set()
    if not sink.path.exists():
        return done
    with sink.path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                url = (json.loads(line).get("source") or {}).get("url")
            except (json.JSONDecodeError, AttributeError):
                continue
            if url in urls:
                done.add(url)
    return done
