"""Imported first by the batch's fork server (``runner._mp_context``), before spaCy and underthesea.

Ctrl-C reaches the whole foreground process group, the fork server included; while it is still loading
the pipeline, a SIGINT there printed a long ``KeyboardInterrupt`` traceback.  Interrupts are the parent
process's business (it stops the pool), so the fork server and the workers it forks ignore them.
"""

from __future__ import annotations

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
