"""A headless Chromium driven over the DevTools protocol, for the HTML report tests.

Kept small on purpose: launch /usr/bin/chromium with a fresh profile and no background
networking, connect to its page over a websocket (`websocket-client`), and expose the few
calls the tests need: navigate, evaluate, click at a point, screenshot.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
POLL = 0.02  # seconds between two looks at a condition


def poll(look: Callable[[], T | None], what: str, timeout: float = 30.0) -> T:
    """`look()` again and again until it gives something truthy (returned); RuntimeError
    naming `what` after `timeout` seconds. No fixed waits: a fast machine goes on at once."""
    deadline = time.monotonic() + timeout
    while True:
        value = look()
        if value:
            return value
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(POLL)


FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    """One browser, one page. Use as a context manager."""

    def __init__(self, profile: Path, width: int = 1280, height: int = 800) -> None:
        self.profile = profile
        self.size = (width, height)
        self.proc: subprocess.Popen[bytes] | None = None
        self.ws: Any = None
        self._ids = itertools.count(1)
        self.console_errors: list[str] = []

    def __enter__(self) -> Chromium:
        import websocket  # websocket-client (the `test` extra)

        exe = chromium_path()
        assert exe, "chromium not found"
        self.proc = subprocess.Popen(
            [
                exe,
                *FLAGS,
                f"--user-data-dir={self.profile}",
                f"--window-size={self.size[0]},{self.size[1]}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = self.profile / "DevToolsActivePort"

        def port_written() -> str | None:
            if self.proc.poll() is not None:
                raise RuntimeError("chromium exited at start")
            return port_file.exists() and port_file.read_text().strip()

        port = int(poll(port_written, "chromium to start").split()[0])
        # No proxy for the local DevTools endpoint, whatever the environment says.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def page_targets() -> list[dict[str, Any]]:
            with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                return [t for t in json.load(r) if t.get("type") == "page"]

        pages = poll(page_targets, "chromium's page")
        self.ws = websocket.create_connection(
            pages[0]["webSocketDebuggerUrl"],
            timeout=30,
            suppress_origin=True,
            http_no_proxy=["127.0.0.1", "localhost"],
        )
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=self.size[0],
            height=self.size[1],
            deviceScaleFactor=1,
            mobile=False,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self.ws is not None:
            self.ws.close()
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        mid = next(self._ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == "Runtime.exceptionThrown":
                self.console_errors.append(json.dumps(msg["params"])[:500])
            if msg.get("method") == "Runtime.consoleAPICalled" and msg["params"]["type"] == "error":
                self.console_errors.append(json.dumps(msg["params"])[:500])
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def open(self, path: Path) -> None:
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("document.readyState === 'complete'", f"{path.name} to load")

    def wait_for(self, expression: str, what: str, timeout: float = 10.0) -> Any:
        """Evaluate `expression` in the page until it is truthy; its value."""
        return poll(lambda: self.eval(expression), what, timeout)

    def eval(self, expression: str) -> Any:
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"JS error: {res['exceptionDetails']}")
        return res["result"].get("value")

    def click(self, x: float, y: float) -> None:
        """A real mouse click at viewport coordinates (press and release)."""
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path
