"""``python -m vn_news_extract`` and the ``vn-news-extract`` script.

Ctrl-C or SIGTERM while the command line is still importing (spaCy, SQLAlchemy, ...) ends with the same
one line as later on, not a traceback of the import machinery; ``cli.main`` is the boundary after that.
"""

from __future__ import annotations

import signal
import sys
from typing import Any


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def run() -> None:
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
