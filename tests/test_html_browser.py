"""The HTML report in a real headless Chromium: scripts from articles never run, ours does,
and an editor's page works as documented: flags first, chips that filter, matches hidden
until asked for, j/k between flags, readable on a 1366x768 laptop and in print.

Skips cleanly when no Chromium is installed (Debian: ``apt-get install chromium``).
Run as a script to refresh the screenshots in docs/img and the README:

    python -m tests.test_html_browser docs/img
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from factcheck.commands.common import prepare
from factcheck.report import FileReport, Report, render
from tests.chromium import FLAGS, Browser, chromium
from tests.report_samples import compare_report, conflict_on, mention

INJECTED = """\
Officials said <script>document.title='pwned';document.documentElement.setAttribute('data-pwned','1')</script> 40 boats sailed.
A <img src=x onerror="document.title='pwned2'"> picture showed 7 crews.
Then "</pre><script>document.title='pwned3'</script>" ended with 9 ships.
"""


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


# --- the editor's page, driven as a person would (DevTools protocol: real keys and clicks) ---

FIXTURES = Path(__file__).parent / "fixtures" / "editor"


def compare_page(old: Path, new: Path) -> str:
    from factcheck.compare import compare_texts

    old_text, new_text = old.read_text("utf-8"), new.read_text("utf-8")
    findings = compare_texts(old_text, new_text, old_path=old.name, new_path=new.name)
    fr = FileReport(new.name, new_text, findings, old_path=old.name, old_text=old_text)
    report = Report("compare", [fr])
    prepare(report, argparse.Namespace())
    return render(report, "html")


@pytest.fixture(scope="module")
def browser():
    chromium()
    b = Browser(1366, 768)
    yield b
    b.close()


@pytest.fixture
def ferry(browser):
    browser.open(compare_page(FIXTURES / "ferry-old.html", FIXTURES / "ferry-new.html"))
    return browser


VISIBLE_FLAGS = (
    "Array.from(document.querySelectorAll('li.finding.flag'))"
    ".filter(function(li){return li.offsetParent!==null})"
)


def test_the_flag_list_comes_first_and_fits_a_laptop_screen(ferry):
    order = ferry.eval(
        "document.querySelector('ol.flag-list').compareDocumentPosition("
        "document.querySelector('.columns')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    assert order  # the columns come after the flags
    bottom = ferry.eval(
        f"{VISIBLE_FLAGS}.map(function(li){{return li.getBoundingClientRect().bottom}})"
    )
    assert len(bottom) == 5 and max(bottom) <= 768  # every flag on the first screen
    text = ferry.eval("document.querySelector('.columns').innerText")
    assert '"Ocean" class boats' in text and "<p>" not in text and "&quot;" not in text


def test_a_chip_shows_one_status_and_all_shows_every_flag(ferry):
    ferry.click("button.chip.st-dropped")
    shown = ferry.eval(f"{VISIBLE_FLAGS}.map(function(li){{return li.className}})")
    assert shown and all("st-dropped" in c for c in shown)
    assert ferry.eval("document.querySelector('button.chip.st-dropped').ariaPressed") == "true"
    ferry.click("button.chip.all")
    assert len(ferry.eval(VISIBLE_FLAGS)) == 5


def test_matches_are_hidden_until_the_toggle_shows_them(ferry):
    fine = "getComputedStyle(document.querySelector('ol.fine-list')).display"
    mark = "getComputedStyle(document.querySelector('mark.st-match')).backgroundColor"
    assert ferry.eval(fine) == "none"
    assert ferry.eval(mark) == "rgba(0, 0, 0, 0)"
    ferry.click("#fc-fine")
    assert ferry.eval(fine) != "none"
    assert ferry.eval(mark) != "rgba(0, 0, 0, 0)"
    assert ferry.eval("document.getElementById('fc-fine').textContent").startswith("hide")


def test_a_check_page_hides_its_matches_until_the_toggle_too(browser, tmp_path, capsys):
    """A check page's marks carry ``s-match`` (by level, then status), which the rule for
    compare's ``st-match`` missed: a conversion that agrees was highlighted as a flag."""
    from factcheck.cli import main

    article = tmp_path / "trail.txt"
    article.write_text(
        "The 5,500-mile (8,900-km) border is long. The trail is 100 miles (260 km) long.\n",
        encoding="utf-8",
    )
    main(["check", str(article), "--matches", "--format", "html", "--fail-on", "none"])
    browser.open(capsys.readouterr().out)
    paint = "getComputedStyle(document.querySelector('mark.{}')).backgroundColor"
    assert browser.eval(paint.format("s-match")) == "rgba(0, 0, 0, 0)"
    assert browser.eval(paint.format("s-conflict")) != "rgba(0, 0, 0, 0)"
    browser.click("#fc-fine")
    assert browser.eval(paint.format("s-match")) != "rgba(0, 0, 0, 0)"


def test_keys_move_between_flags(ferry):
    active = "document.activeElement.id"
    ferry.key("j")
    first = ferry.eval(active)
    ferry.key("j")
    second = ferry.eval(active)
    assert first and second and first != second
    assert ferry.eval("document.getElementById('fc-explain').className") == "open"
    ferry.key("k")
    assert ferry.eval(active) == first
    ferry.key("Escape")
    assert ferry.eval("document.getElementById('fc-explain').className") == ""
    assert "<kbd>j</kbd>" in ferry.eval("document.querySelector('.keys').innerHTML")


def test_flags_link_to_both_columns_and_moved_sentences_link_across(ferry):
    hrefs = ferry.eval(
        "Array.from(document.querySelectorAll('li.finding.flag a, a.moved'))"
        ".map(function(a){return a.getAttribute('href')})"
    )
    assert hrefs and all(ferry.eval(f"!!document.getElementById({h[1:]!r})") for h in hrefs)
    assert any(h.endswith("-old") for h in hrefs) and any(h.endswith("-new") for h in hrefs)
    assert ferry.eval("document.querySelectorAll('a.moved').length") == 2  # the ticket price
    rows = ferry.eval(
        "Array.from(document.querySelectorAll('.columns .row')).map(function(r){"
        "return [r.children[0].innerText.slice(0,10), r.children[1].innerText.slice(0,10)]})"
    )
    assert ["HARBOURTON", "HARBOURTON"] in [[a.strip(), b.strip()] for a, b in rows]


def test_print_keeps_the_report_and_drops_the_controls(ferry):
    ferry.send("Emulation.setEmulatedMedia", media="print")
    try:
        assert ferry.eval("getComputedStyle(document.querySelector('.keys')).display") == "none"
        assert ferry.eval("getComputedStyle(document.querySelector('header.top')).position") == (
            "static"
        )
    finally:
        ferry.send("Emulation.setEmulatedMedia", media="")
    assert ferry.pdf()[:5] == b"%PDF-"


def screenshots(out_dir: str) -> None:
    """The first screen of a 1366x768 laptop: the seed pair's page, and our Markdown pair's."""
    from tests.conftest import SHARED

    out = Path(out_dir)
    b = Browser(1366, 768)
    try:
        seeds = SHARED / "seeds"
        b.open(compare_page(seeds / "border-asylum-wire.txt", seeds / "border-asylum-rewrite.txt"))
        b.screenshot(out / "seed-compare.png")
        b.open(compare_page(FIXTURES / "ferry-old.md", FIXTURES / "ferry-new.md"))
        b.screenshot(out / "markdown-compare.png")
    finally:
        b.close()


if __name__ == "__main__":
    screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
