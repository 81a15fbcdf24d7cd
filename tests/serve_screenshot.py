"""The README's screenshot of the serve page: ``python -m tests.serve_screenshot docs/img/serve.png``.

Starts ``factcheck serve``, opens the page in headless Chromium, pastes the
bundled example pair and takes a screenshot of the filled form.
"""

from __future__ import annotations

import json
import sys
import tempfile

from tests.serve_helpers import ROOT, Browser, running_server


def main(out: str) -> None:
    old = (ROOT / "examples" / "wire.txt").read_text(encoding="utf-8")
    new = (ROOT / "examples" / "rewrite.txt").read_text(encoding="utf-8")
    with running_server() as base, tempfile.TemporaryDirectory() as profile:
        browser = Browser(profile, width=1366, height=768)
        try:
            browser.goto(base + "/")
            browser.js(
                f"document.getElementById('old').value = {json.dumps(old)};"
                f"document.getElementById('new').value = {json.dumps(new)}; true"
            )
            browser.screenshot(out)
        finally:
            browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/img/serve.png")
