"""``python -m vn_news_extract`` and the ``vn-news-extract`` script.

Ctrl-C or SIGTERM while the command line is still importing (spaCy, SQLAlchemy, ...) ends with the same
one line as later on, not a traceback of the import machinery; ``cli.main`` is the boundary after that.
"""

from __future__ import annotations

import signal
import sys
from typing import Any

_SIGNALLED: list[int] = []


def _note(signum: int, _frame: Any) -> None:
    _SIGNALLED.append(signum)


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def run() -> None:
    # While the command line imports its libraries a signal is only noted: a KeyboardInterrupt raised inside
    # a library's import could be swallowed by its own ``except`` (the run then went on as if never stopped).
    # Once the imports are done, a noted signal ends the command with the one line it gives later on.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _note)
    from .cli import main

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    if _SIGNALLED:
        sys.stderr.write("error: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
