"""Tables of the knowledge base (built by ``kb.build`` at the end of a batch), beside those of ``sql``.

- ``persons``: one row per real person (``id``, ``name``, ``name_key``, ``gender``, ``place`` — the
  province or country of their organisations, ``bodies``, ``articles``, ``first_seen``, ``last_seen``);
- ``person_roles``: person, ``title``, ``organization``, ``first_seen``, ``last_seen``, ``articles``;
- ``legal_documents``: one row per document (``key``, ``type``, ``number``, ``name``, ``issuer``,
  ``date``, ``subject``, ``articles``, ``first_cited``, ``last_cited``);
- ``observations``: one row per percentage (``article_id``, ``idx`` as in ``percentages``,
  ``indicator`` code or null, ``indicator_text``, ``location``, ``sector``, ``period_start``,
  ``period_end``, ``value``, ``value_max``, ``unit``, ``direction``, ``sentence``);
- ``kb_articles``: which version (``content_hash``) of each article the observations were built from;
- columns ``officials.person_id`` and ``documents.legal_document_id``.

They are created (and the two columns added) on the first build, so a database of an older version
gains them without a schema migration; ids are assigned here, not by the database, so they are the
same on SQLite and PostgreSQL and stay fixed across re-runs.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
)
from sqlalchemy.dialects import postgresql

kb_metadata = MetaData()
_JSON = JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")

persons = Table(
    "persons",
    kb_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("gender", String(1)),
    Column("place", Text),
    Column("bodies", _JSON),
    Column("articles", Integer, nullable=False, default=0),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Index("ix_persons_name_key", "name_key"),
)

person_roles = Table(
    "person_roles",
    kb_metadata,
    Column("person_id", Integer, nullable=False),
    Column("title", Text),
    Column("organization", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("articles", Integer, nullable=False),
    Index("ix_person_roles_person_id", "person_id"),
    Index("ix_person_roles_title", "title"),
)

legal_documents = Table(
    "legal_documents",
    kb_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("key", Text, nullable=False, unique=True),
    Column("type", Text),
    Column("number", Text),
    Column("name", Text),
    Column("issuer", Text),
    Column("date", String(10)),
    Column("subject", Text),
    Column("articles", Integer, nullable=False, default=0),
    Column("first_cited", String(10)),
    Column("last_cited", String(10)),
    Index("ix_legal_documents_number", "number"),
)

observations = Table(
    "observations",
    kb_metadata,
    Column("article_id", String(32), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("indicator", String(64)),
    Column("indicator_text", Text),
    Column("location", Text),
    Column("sector", Text),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("value", Float),
    Column("value_max", Float),
    Column("unit", String(32)),
    Column("direction", String(16)),
    Column("sentence", Text),
    Index("ix_observations_indicator", "indicator"),
    Index("ix_observations_location", "location"),
    Index("ix_observations_sector", "sector"),
)

kb_articles = Table(
    "kb_articles",
    kb_metadata,
    Column("article_id", String(32), primary_key=True),
    Column("content_hash", String(64), nullable=False),
)

# (table, column) added to the fact tables of ``sql``
LINK_COLUMNS = (("officials", "person_id"), ("documents", "legal_document_id"))


def ensure_schema(conn: Connection) -> None:
    """Create the knowledge-base tables and link columns that are missing (idempotent)."""
    kb_metadata.create_all(conn)
    insp = inspect(conn)
    for table, column in LINK_COLUMNS:
        if column not in {c["name"] for c in insp.get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"))
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_{column} ON {table} ({column})"))
