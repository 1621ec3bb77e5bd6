"""The knowledge-base step: after a batch, join the facts of all stored articles (tables in
``sinks/kb_tables.py``).

Incremental: only officials without ``person_id``, documents without ``legal_document_id`` and
articles whose content changed since the last build (``kb_articles``) are processed; a changed
article's facts are rewritten by the sink without their links, so they are resolved again.  Persons
and documents keep their ids; the counts and dates of persons, roles and documents are recomputed from
the fact tables every time.  Memory is bounded by the number of persons and documents, not of articles:
fact rows are read ``CHUNK`` at a time, articles ``ARTICLE_CHUNK`` at a time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, column, delete, func, or_, select, table, update

from ..sinks.kb_tables import (
    ensure_schema,
    kb_articles,
    legal_documents,
    observations,
    person_roles,
    persons,
)
from ..sinks.sql import articles, fact_tables, lock_schema
from .documents import document_key, merge
from .indicators import clause_before, normalise_indicator
from .locations import find_location, sentence_bounds
from .persons import Person, Resolver, signature

log = logging.getLogger(__name__)
CHUNK = 20_000  # fact rows read at a time
ARTICLE_CHUNK = 500  # articles whose observations are rebuilt at a time

officials = table(
    "officials",
    *(column(c) for c in ("article_id", "idx", "name", "honorific", "title", "organization", "person_id")),
)
documents = table(
    "documents",
    *(
        column(c)
        for c in (
            "article_id",
            "idx",
            "text",
            "type",
            "number",
            "issuer",
            "date",
            "subject",
            "legal_document_id",
        )
    ),
)
percentages = fact_tables["percentages"]


@dataclass
class KbStats:
    mentions_resolved: int = 0
    documents_linked: int = 0
    articles_observed: int = 0
    persons: int = 0
    person_roles: int = 0
    legal_documents: int = 0
    observations: int = 0
    with_indicator: int = 0
    with_location: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        share = (lambda n: f"{n / self.observations:.0%}") if self.observations else (lambda n: "-")
        return (
            f"knowledge base: {self.persons} persons, {self.person_roles} roles, "
            f"{self.legal_documents} documents, {self.observations} observations "
            f"({share(self.with_indicator)} with an indicator, {share(self.with_location)} with a place) "
            f"in {self.seconds:.1f} s"
        )


def _day(col: Any) -> Any:
    return func.substr(col, 1, 10)


def _pages(conn: Connection, tbl: Any, cols: Sequence[Any], where: Any) -> Iterator[Sequence[Any]]:
    """Rows of ``tbl`` matching ``where``, ``CHUNK`` at a time, in (article_id, idx) order."""
    last: tuple[str, int] | None = None
    while True:
        q = select(*cols).where(where)
        if last is not None:
            q = q.where(
                or_(tbl.c.article_id > last[0], and_(tbl.c.article_id == last[0], tbl.c.idx > last[1]))
            )
        rows = conn.execute(q.order_by(tbl.c.article_id, tbl.c.idx).limit(CHUNK)).all()
        if not rows:
            return
        yield rows
        last = (rows[-1].article_id, rows[-1].idx)


# -- persons --------------------------------------------------------------------------------------------


def _resolve_persons(conn: Connection) -> int:
    known = [
        Person(r.id, r.name, r.name_key, r.gender, r.place, set(r.bodies or ()), r.articles or 0)
        for r in conn.execute(select(persons))
    ]
    resolver = Resolver(known, max((p.id for p in known), default=0) + 1)
    o = officials
    cols = (o.c.article_id, o.c.idx, o.c.name, o.c.honorific, o.c.title, o.c.organization)
    link = update(o).where(o.c.article_id == bindparam("a"), o.c.idx == bindparam("i"))
    link = link.values(person_id=bindparam("p"))
    done = 0
    for rows in _pages(conn, o, cols, and_(o.c.person_id.is_(None), o.c.name.is_not(None), o.c.name != "")):
        mentions = [(r, signature(r.name, r.honorific, r.organization, r.title)) for r in rows]
        mentions.sort(key=lambda m: -m[1].richness)  # richest first; stable within a richness
        links = [
            {"a": r.article_id, "i": r.idx, "p": resolver.resolve(r.name, sig).id} for r, sig in mentions
        ]
        conn.execute(link, links)
        done += len(links)
    created = {p.id for p in resolver.created}
    if resolver.created:
        conn.execute(persons.insert(), [_person_row(p) for p in resolver.created])
    changed = [p for pid, p in resolver.changed.items() if pid not in created]
    if changed:
        stmt = update(persons).where(persons.c.id == bindparam("pid"))
        stmt = stmt.values(gender=bindparam("g"), place=bindparam("pl"), bodies=bindparam("b"))
        conn.execute(
            stmt, [{"pid": p.id, "g": p.gender, "pl": p.place, "b": sorted(p.bodies)} for p in changed]
        )
    return done


def _person_row(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "name_key": p.name_key,
        "gender": p.gender,
        "place": p.place,
        "bodies": sorted(p.bodies),
        "articles": p.articles,
    }


def _person_aggregates(conn: Connection) -> None:
    o, a = officials, articles
    day = _day(a.c.published_at)
    conn.execute(delete(person_roles))
    roles = (
        select(
            o.c.person_id,
            o.c.title,
            o.c.organization,
            func.min(day),
            func.max(day),
            func.count(func.distinct(o.c.article_id)),
        )
        .select_from(o.join(a, a.c.id == o.c.article_id))
        .where(o.c.person_id.is_not(None))
        .group_by(o.c.person_id, o.c.title, o.c.organization)
    )
    names = ["person_id", "title", "organization", "first_seen", "last_seen", "articles"]
    conn.execute(person_roles.insert().from_select(names, roles))
    totals = conn.execute(
        select(o.c.person_id, func.count(func.distinct(o.c.article_id)), func.min(day), func.max(day))
        .select_from(o.join(a, a.c.id == o.c.article_id))
        .where(o.c.person_id.is_not(None))
        .group_by(o.c.person_id)
    ).all()
    now = {pid: (n, first, last) for pid, n, first, last in totals}
    before = conn.execute(select(persons.c.id, persons.c.articles, persons.c.first_seen, persons.c.last_seen))
    changes = [
        {"pid": pid, "n": new[0], "first": new[1], "last": new[2]}
        for pid, *old in before
        if (new := now.get(pid, (0, None, None))) != tuple(old)
    ]
    if changes:
        stmt = update(persons).where(persons.c.id == bindparam("pid"))
        conn.execute(
            stmt.values(articles=bindparam("n"), first_seen=bindparam("first"), last_seen=bindparam("last")),
            changes,
        )


# -- documents ------------------------------------------------------------------------------------------


def _register_documents(conn: Connection) -> int:
    ids: dict[str, int] = dict(conn.execute(select(legal_documents.c.key, legal_documents.c.id)).all())
    next_id = max(ids.values(), default=0) + 1
    d = documents
    cols = (d.c.article_id, d.c.idx, d.c.text, d.c.type, d.c.number, d.c.issuer, d.c.date)
    link = update(d).where(d.c.article_id == bindparam("a"), d.c.idx == bindparam("i"))
    link = link.values(legal_document_id=bindparam("l"))
    done = 0
    for rows in _pages(conn, d, cols, d.c.legal_document_id.is_(None)):
        links, new = [], []
        for r in rows:
            k = document_key(r._asdict())
            if k is None:
                continue
            if k not in ids:
                ids[k] = next_id
                new.append({"id": next_id, "key": k, "articles": 0})
                next_id += 1
            links.append({"a": r.article_id, "i": r.idx, "l": ids[k]})
        if new:
            conn.execute(legal_documents.insert(), new)
        if links:
            conn.execute(link, links)
        done += len(links)
    return done


def _document_aggregates(conn: Connection) -> None:
    d, a = documents, articles
    q = (
        select(
            d.c.legal_document_id,
            d.c.article_id,
            d.c.text,
            d.c.type,
            d.c.number,
            d.c.issuer,
            d.c.date,
            d.c.subject,
            _day(a.c.published_at).label("day"),
        )
        .select_from(d.join(a, a.c.id == d.c.article_id))
        .where(d.c.legal_document_id.is_not(None))
        .order_by(d.c.legal_document_id)
    )
    updates: list[dict[str, Any]] = []
    group: list[dict[str, Any]] = []

    def close_group() -> None:
        if group:
            days = [m["day"] for m in group if m["day"]]
            updates.append(
                {
                    "lid": group[0]["legal_document_id"],
                    **merge(group),
                    "n": len({m["article_id"] for m in group}),
                    "first": min(days, default=None),
                    "last": max(days, default=None),
                }
            )

    for row in conn.execute(q.execution_options(stream_results=True, yield_per=CHUNK)):
        m = row._asdict()
        if group and m["legal_document_id"] != group[0]["legal_document_id"]:
            close_group()
            group = []
        group.append(m)
    close_group()
    if updates:
        ld = legal_documents
        stmt = (
            update(ld)
            .where(ld.c.id == bindparam("lid"))
            .values(
                type=bindparam("type"),
                number=bindparam("number"),
                name=bindparam("name"),
                issuer=bindparam("issuer"),
                date=bindparam("date"),
                subject=bindparam("subject"),
                articles=bindparam("n"),
                first_cited=bindparam("first"),
                last_cited=bindparam("last"),
            )
        )
        conn.execute(stmt, updates)


# -- observations ---------------------------------------------------------------------------------------


def observation(pct: dict[str, Any], text: str) -> dict[str, Any]:
    """One ``observations`` row from a ``percentages`` row and its article's text."""
    start, end = pct.get("start_offset") or 0, pct.get("end_offset") or 0
    lo, hi = sentence_bounds(text, start, end)
    sentence = text[lo:hi]
    attrs = pct.get("attrs") or {}
    location = attrs["location"] if "location" in attrs else find_location(sentence, text, start - lo)
    indicator_text = pct.get("indicator")
    code = normalise_indicator(indicator_text)
    if code is None:  # else the indicator named last before the figure in its clause, or in its sentence
        before = sentence[: start - lo]  # after the previous figure (whose indicator that one is)
        code = normalise_indicator(clause_before(sentence, start - lo), nearest_end=True)
        code = code or normalise_indicator(before[before.rfind("%") + 1 :], nearest_end=True)
    return {
        "article_id": pct["article_id"],
        "idx": pct["idx"],
        "indicator": code,
        "indicator_text": indicator_text,
        "location": location,
        "sector": pct.get("sector"),
        "period_start": pct.get("period_start"),
        "period_end": pct.get("period_end"),
        "value": pct.get("value"),
        "value_max": pct.get("value_max"),
        "unit": pct.get("unit"),
        "direction": pct.get("direction"),
        "sentence": sentence.strip(),
    }


def _observations(conn: Connection) -> int:
    a, k, p = articles, kb_articles, percentages
    changed = or_(k.c.article_id.is_(None), k.c.content_hash != a.c.content_hash)
    done, last = 0, ""
    while True:  # articles whose observations are missing or stale, ARTICLE_CHUNK at a time
        chunk = conn.execute(
            select(a.c.id, a.c.content_hash, a.c.text)
            .select_from(a.outerjoin(k, k.c.article_id == a.c.id))
            .where(changed, a.c.id > last)
            .order_by(a.c.id)
            .limit(ARTICLE_CHUNK)
        ).all()
        if not chunk:
            return done
        ids = [r.id for r in chunk]
        texts = {r.id: r.text for r in chunk}
        pcts = conn.execute(select(p).where(p.c.article_id.in_(ids)).order_by(p.c.article_id, p.c.idx)).all()
        rows = [observation(r._asdict(), texts[r.article_id]) for r in pcts]
        conn.execute(delete(observations).where(observations.c.article_id.in_(ids)))
        if rows:
            conn.execute(observations.insert(), rows)
        conn.execute(delete(k).where(k.c.article_id.in_(ids)))
        conn.execute(k.insert(), [{"article_id": r.id, "content_hash": r.content_hash} for r in chunk])
        done += len(chunk)
        last = ids[-1]


# -- the step -------------------------------------------------------------------------------------------


def build_knowledge_base(engine: Engine) -> KbStats:
    """Bring the knowledge-base tables up to date with the stored articles (one transaction)."""
    started = time.perf_counter()
    stats = KbStats()
    with engine.begin() as conn:
        lock_schema(conn)  # one builder at a time: two runs ending together would race on CREATE TABLE
        ensure_schema(conn)
        stats.articles_observed = _observations(conn)  # articles new or changed since the last build
        stats.mentions_resolved = _resolve_persons(conn)
        stats.documents_linked = _register_documents(conn)
        if stats.articles_observed or stats.mentions_resolved or stats.documents_linked:
            _person_aggregates(conn)
            _document_aggregates(conn)

        def count(t: Any, *where: Any) -> int:
            return conn.execute(select(func.count()).select_from(t).where(*where)).scalar() or 0

        stats.persons = count(persons, persons.c.articles > 0)
        stats.person_roles = count(person_roles)
        stats.legal_documents = count(legal_documents, legal_documents.c.articles > 0)
        stats.observations = count(observations)
        stats.with_indicator = count(observations, observations.c.indicator.is_not(None))
        stats.with_location = count(observations, observations.c.location.is_not(None))
    stats.seconds = time.perf_counter() - started
    log.info("%s", stats.line())
    return stats
