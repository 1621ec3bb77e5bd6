"""Imported first by the batch's fork server (``runner._mp_context``), before spaCy and underthesea.

Ctrl-C reaches the whole foreground process group, the fork server included.  Interrupts are the parent
process's business (it prints the one message and stops the workers and this server), so the fork server
and the workers it forks ignore them.  The parent starts this interpreter with SIGINT and SIGTERM already
ignored (``runner._children_ignore_interrupts``: a signal during the interpreter's own start-up cannot
kill it) and blocked; here they stay ignored and are unblocked (a held one is dropped), so that the
workers start with an ordinary signal mask.

A worker being forked just as the parent stops finds the parent's semaphores and pipes gone; the fork
server reports that through ``sys.excepthook`` as a traceback.  It is the expected end of an interrupted
start-up, so it is reported as nothing; any other error keeps its traceback.
"""

from __future__ import annotations

import signal
import sys
from types import TracebackType

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
for _sig in _STOP_SIGNALS:
    signal.signal(_sig, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)

_PARENT_GONE = (FileNotFoundError, EOFError, BrokenPipeError, ConnectionResetError)
_default_hook = sys.excepthook


def _hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, _PARENT_GONE):
        return
    _default_hook(kind, err, tb)


sys.excepthook = _hook
