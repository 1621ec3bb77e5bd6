"""The command line run in the test process, through its one boundary (``cli.main``): exit codes,
one-line errors and output as a user sees them, without paying a new interpreter and a new spaCy
pipeline per call (the pipeline is loaded once per session).  Tests of the entry point itself and of
signals run a real ``python -m vn_news_extract`` instead."""

from __future__ import annotations

import contextlib
import io
import logging
import signal
import subprocess
import sys


def cli_main(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``vn-news-extract ARGS`` in this process; returns its exit code, stdout and stderr as bytes."""
    from vn_news_extract.cli import main

    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    saved_stdin, root_level = sys.stdin, logging.getLogger().level
    code = 0
    try:
        sys.stdin = fake_stdin
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = saved_stdin
        for sig, handler in handlers.items():  # main installs its own: give pytest's back
            signal.signal(sig, handler)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_vne", False)]:
            root.removeHandler(handler)
        root.setLevel(root_level)
    return subprocess.CompletedProcess(list(args), code, out.getvalue().encode(), err.getvalue().encode())
