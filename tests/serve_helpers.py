"""A real ``factcheck serve`` in a subprocess on a free local port, and a headless Chromium driven over CDP.

The browser is driven through ``--remote-debugging-pipe`` (the DevTools
protocol over file descriptors 3 and 4, NUL-separated JSON), so no websocket
library is needed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.test_html_browser import FLAGS as CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(*extra: str, cwd: Path = ROOT, timeout: float = 60):
    """Start ``factcheck serve`` on a free port; yield its base URL; stop it."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--jobs", "1", *extra],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()[-2000:])
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def post(url: str, body: bytes | dict, content_type: str = "application/json"):
    """(status, parsed JSON or text) of a POST; 4xx/5xx answers are returned, not raised."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=120) as res:
            status, raw, ctype = res.status, res.read(), res.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        status, raw, ctype = err.code, err.read(), err.headers.get("Content-Type", "")
    text = raw.decode("utf-8")
    return status, (json.loads(text) if "json" in ctype else text)


def chromium() -> str | None:  # None, not a skip: benches and scripts call it too
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium page, driven by DevTools protocol messages over a pipe."""

    def __init__(self, profile: str, width: int = 1366, height: int = 900):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [
                chromium(),
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            preexec_fn=fds,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next, self._buffer = 0, b""
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]

    def call(self, method: str, session: str | None = None, **params):
        self._next += 1
        msg = {"id": self._next, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def js(self, expression: str):
        """The value of ``expression`` in the page."""
        result = self.call(
            "Runtime.evaluate", self.session, expression=expression, returnByValue=True
        )
        return result.get("result", {}).get("value")

    def upload(self, selector: str, path: str | Path) -> None:
        """Choose ``path`` in the file input at ``selector``, as a person's file dialog
        would: the page gets a real ``change`` event and a real File."""
        root = self.call("DOM.getDocument", self.session)["root"]["nodeId"]
        node = self.call("DOM.querySelector", self.session, nodeId=root, selector=selector)
        self.call("DOM.setFileInputFiles", self.session, files=[str(path)], nodeId=node["nodeId"])

    def goto(self, url: str) -> None:
        self.call("Page.navigate", self.session, url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def wait_for(self, condition: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(
            f"(function(){{try{{return !!({condition})}}catch(e){{return false}}}})()"
        ):
            if time.monotonic() > deadline:
                raise TimeoutError(condition)
            time.sleep(0.2)

    def screenshot(self, path: str | Path) -> None:
        import base64

        data = self.call("Page.captureScreenshot", self.session, format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
