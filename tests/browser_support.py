"""A headless Chromium driven through the DevTools protocol (for tests/test_show_browser.py).

Not a test module.  One browser per test session; each page is loaded in the same tab at 1280x900, its
console errors, uncaught exceptions and log errors (CSP violations, failed loads) are collected, the DOM is
queried with ``Runtime.evaluate`` and screenshots come from ``Page.captureScreenshot``.

``VNE_CHROMIUM`` overrides the browser path (default ``/usr/bin/chromium``; CI installs it from Debian
in ``.ci/services.sh``).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("VNE_CHROMIUM", "/usr/bin/chromium")
WIDTH, HEIGHT = 1280, 900
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    f"--window-size={WIDTH},{HEIGHT}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
]


def chromium_problem() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"{CHROMIUM} not found (CI installs Debian's chromium in .ci/services.sh; VNE_CHROMIUM overrides)"
    try:
        import websocket  # noqa: F401
    except ImportError:
        return "websocket-client is not installed (pip install -e '.[test]')"
    return None


_LIBC = ctypes.CDLL(None, use_errno=True)  # loaded here, so the forked child only makes one system call


def _die_with_parent() -> None:
    """In the child before exec (Linux): the browser gets SIGTERM when the test process dies, also by a signal
    that skips every finaliser (pytest SIGTERMed or killed), so no headless chromium outlives the suite."""
    with contextlib.suppress(AttributeError):  # no prctl (not Linux): close() still stops it on a normal exit
        _LIBC.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


class PageErrors(AssertionError):
    pass


class Browser:
    def __init__(self) -> None:
        import websocket

        self.profile = tempfile.mkdtemp(prefix="vne-chromium-")
        self.log = Path(self.profile + ".log")
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                stdout=subprocess.DEVNULL, stderr=log, start_new_session=True,
                preexec_fn=_die_with_parent,  # noqa: PLW1509 (one system call, no lock taken in the child)
            )
        port = self._port()
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        targets = []
        for _ in range(100):
            with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=5) as resp:
                targets = [t for t in json.load(resp) if t.get("type") == "page"]
            if targets:
                break
            time.sleep(0.05)
        if not targets:
            self.close()
            raise RuntimeError("chromium: no page target")
        self.ws = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=30,
                                              http_no_proxy=["127.0.0.1"], suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(method)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})

    def _port(self) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if marker.is_file():
                first = marker.read_text().split("\n", 1)[0].strip()
                if first.isdigit():
                    return int(first)
            if self.proc.poll() is not None:
                err = self.log.read_text(errors="replace")[-2000:]
                self.close()
                raise RuntimeError(f"chromium exited with {self.proc.returncode}: {err}")
            time.sleep(0.05)
        self.close()
        raise RuntimeError("chromium did not open its DevTools port within 30 s")

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def _drain(self, seconds: float) -> None:
        import websocket

        self.ws.settimeout(seconds)
        try:
            while True:
                msg = json.loads(self.ws.recv())
                if "method" in msg:
                    self.events.append(msg)
        except websocket.WebSocketTimeoutException:
            return  # nothing more arrived
        finally:
            self.ws.settimeout(30)

    def open(self, path: Path) -> None:
        """Load a local file and wait for its load event."""
        self.events.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        deadline = time.monotonic() + 30
        while not any(e["method"] == "Page.loadEventFired" for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{path}: no load event within 30 s")
            self._drain(0.2)
        self._drain(0.3)  # late console messages

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries since the last ``open``."""
        out = []
        for e in self.events:
            m, p = e["method"], e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(f"log ({p['entry'].get('source')}): {p['entry'].get('text')} {p['entry'].get('url', '')}")
        return out

    def js(self, expression: str) -> Any:
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            raise RuntimeError(f"{expression[:80]}: {res['exceptionDetails'].get('text')}")
        return res.get("result", {}).get("value")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
        finally:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
            try:  # helpers left in the browser's own process group (started with a new session)
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.log.unlink(missing_ok=True)
            shutil.rmtree(self.profile, ignore_errors=True)
