"""The HTML report in a real headless Chromium: scripts from articles never run, ours does.

Skips cleanly when no Chromium is installed (Debian: ``apt-get install chromium``).
Run as a script to refresh the README screenshot of the seed pair:

    python -m tests.test_html_browser docs/img/seed-compare.png
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from factcheck.commands.common import prepare
from factcheck.report import FileReport, Report, render
from tests.report_samples import compare_report, conflict_on, mention

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

INJECTED = """\
Officials said <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','1')</script> 40 boats sailed.
A <img src=x onerror="document.title='pwned2'"> picture showed 7 crews.
Then "</pre><script>document.title='pwned3'</script>" ended with 9 ships.
"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium installed (apt-get install chromium)")


def browse(html: str, *extra: str, timeout: int = 90) -> subprocess.CompletedProcess:
    """Open ``html`` from a file in headless Chromium with no network and a fresh profile."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [chromium(), *FLAGS, f"--user-data-dir={tmp}/profile", *extra, page.as_uri()]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def hostile_page() -> str:
    findings = []
    for surface in ("40", "7", "9"):
        m = mention(INJECTED, surface)
        message = f"figure {m.text} <script>document.title='pwned4'</script>"
        findings.append(
            conflict_on(m, "test.hostile", "warning", message, "story<script>.txt", INJECTED)
        )
    report = Report("check", [FileReport("story<script>.txt", INJECTED, findings)])
    prepare(report, argparse.Namespace())
    return render(report, "html")


def test_article_scripts_never_run_and_show_as_text():
    res = browse(hostile_page(), "--dump-dom")
    dom = res.stdout
    assert "<html" in dom, res.stderr[-2000:]
    assert "pwned" not in dom.split("<body")[0].split("<title>")[1].split("</title>")[0]
    assert "data-pwned" not in dom.split("<body")[0]
    assert "&lt;script&gt;document.title='pwned'" in dom  # shown as text
    assert dom.count("<script") == 1  # ours only
    assert "<img" not in dom
    assert 'data-fc-ready="1"' in dom  # our own script ran: the CSP hash is right


def test_compare_page_highlights_figures_in_both_versions():
    report = compare_report()
    prepare(report, argparse.Namespace())
    dom = browse(render(report, "html"), "--dump-dom").stdout
    assert 'data-fc-ready="1"' in dom
    assert dom.count('class="fig st-conflict"') == 2
    assert 'class="fig st-dropped"' in dom and 'class="fig st-match"' in dom


def test_screenshot_renders(tmp_path):
    report = compare_report()
    prepare(report, argparse.Namespace())
    shot = tmp_path / "page.png"
    browse(render(report, "html"), f"--screenshot={shot}", "--window-size=1200,800")
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def seed_screenshot(out: str) -> None:
    """The seed pair's compare page as a PNG (for the README)."""
    from factcheck.commands import compare as compare_cmd  # noqa: F401 (the real command)
    from factcheck.compare import compare_texts
    from tests.conftest import SHARED

    old_path = SHARED / "seeds" / "border-asylum-wire.txt"
    new_path = SHARED / "seeds" / "border-asylum-rewrite.txt"
    old, new = old_path.read_text("utf-8"), new_path.read_text("utf-8")
    findings = compare_texts(old, new)
    report = Report(
        "compare",
        [FileReport(new_path.name, new, findings, old_path=old_path.name, old_text=old)],
    )
    prepare(report, argparse.Namespace())
    html = render(report, "html")
    res = browse(html, f"--screenshot={Path(out).resolve()}", "--window-size=1400,2100")
    if res.returncode != 0:
        sys.exit(res.stderr)


if __name__ == "__main__":
    seed_screenshot(sys.argv[1] if len(sys.argv) > 1 else "docs/img/seed-compare.png")


def test_click_on_a_figure_explains_it_and_lights_its_counterpart():
    """Our own script, driven by a test script added to the page (and to its CSP)."""
    import base64
    import hashlib

    report = compare_report()
    prepare(report, argparse.Namespace())
    html = render(report, "html")
    probe = (
        "var m=document.querySelector('mark.st-conflict');m.click();"
        "var lit=document.querySelectorAll('mark.st-conflict.active').length;"
        "var panel=document.getElementById('fc-explain');"
        "document.body.setAttribute('data-probe',lit+'|'+panel.className+'|'+"
        "panel.textContent.replace(/\\s+/g,' '));"
    )
    digest = base64.b64encode(hashlib.sha256(probe.encode()).digest()).decode()
    html = html.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    html = html.replace("</body>", f"<script>{probe}</script></body>")
    dom = browse(html, "--dump-dom").stdout
    probe_value = dom.split('data-probe="', 1)[1].split('"', 1)[0]
    lit, classes, text = probe_value.split("|", 2)
    assert lit == "2"  # the conflict's figure in OLD and in NEW
    assert "open" in classes
    assert "conflict" in text and "14 in the old version, 15 in the new one" in text
