"""Imported first by the batch's fork server (``runner._mp_context``), before spaCy and underthesea.

Ctrl-C reaches the whole foreground process group, the fork server included; while it is still loading
the pipeline, a SIGINT there printed a long ``KeyboardInterrupt`` traceback.  Interrupts are the parent
process's business (it stops the pool), so the fork server and the workers it forks ignore them.

A worker being forked just as the parent stops finds the parent's semaphores and pipes gone; the fork
server reports that through ``sys.excepthook`` as a traceback.  It is the expected end of an interrupted
start-up, so it is reported as nothing; any other error keeps its traceback.
"""

from __future__ import annotations

import signal
import sys
from types import TracebackType

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)

_PARENT_GONE = (FileNotFoundError, EOFError, BrokenPipeError, ConnectionResetError)
_default_hook = sys.excepthook


def _hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, _PARENT_GONE):
        return
    _default_hook(kind, err, tb)


sys.excepthook = _hook
