"""``vn-news-extract browse``: the database in Datasette, on 127.0.0.1 only.

The metadata (titles, descriptions, facets, labels, canned queries, chart settings) is kept in
``data/browse/metadata.json``; ``browse_charts`` is the plugin that draws the charts.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import InputError
from .lexicon import data_path

HOST = "127.0.0.1"


def browse_metadata(database: str) -> dict[str, Any]:
    """The repository's metadata with its database entry named ``database``."""
    text = data_path("browse/metadata.json").read_text(encoding="utf-8")
    meta = json.loads(text)
    meta["databases"] = {database: meta["databases"]["{database}"]}
    return meta


def make_datasette(db: Path) -> Any:
    """A Datasette instance for ``db`` with our metadata and chart plugin."""
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ModuleNotFoundError as err:
        raise InputError(
            f"browse needs Datasette ({err.name} is not installed): pip install 'vn-news-extract[browse]'"
        ) from err
    from . import browse_charts

    if not pm.is_registered(browse_charts):
        pm.register(browse_charts, name="vn-news-extract")
    return Datasette([str(db)], metadata=browse_metadata(db.stem), settings={"sql_time_limit_ms": 5000})


async def _serve(app: Any, port: int) -> None:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    while not server.started and not task.done():
        await asyncio.sleep(0.05)
    if server.started:
        bound = server.servers[0].sockets[0].getsockname()[1]
        click.echo(f"serving http://{HOST}:{bound}/ (Ctrl-C to stop)", err=True)
    await task
    if not server.started:
        raise InputError(f"cannot serve on {HOST}:{port} (port in use?)")


@click.command()
@click.argument("db", default="vn_news.db", metavar="[DB]")
@click.option(
    "--port",
    "-p",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
def browse(db: str, port: int) -> None:
    """Browse a SQLite database written by `batch` in Datasette, on 127.0.0.1 only.

    Tables with titles, descriptions and facets; canned queries (an indicator over time for a place and
    sector, with a chart; who held a post; the most-cited documents; what failed and why).

    \b
    Examples:
      vn-news-extract browse
      vn-news-extract browse archive.db --port 8080
    """
    if "://" in db and not db.startswith("sqlite:///"):
        raise InputError(f"browse reads SQLite files only, not {db.split('://')[0]}: export to SQLite first")
    path = Path(db.removeprefix("sqlite:///"))
    if not path.is_file():
        raise InputError(f"no database at {path}: run `vn-news-extract batch ...` first")
    ds = make_datasette(path)
    try:
        asyncio.run(_serve(ds.app(), port))
    except KeyboardInterrupt:
        sys.exit(0)
