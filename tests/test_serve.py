"""``factcheck serve`` for real: a server process on a free port, HTTP calls, a headless Chromium."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from tests.serve_helpers import ROOT, Browser, chromium, post, running_server  # noqa: E402

OLD = "Officials said 143 people crossed the border in January.\nThe bridge is 100 miles (160 km) long.\n"
NEW = "Officials said 134 people crossed the border in January.\nваша думка:\n"


@pytest.fixture(scope="module")
def server():
    with running_server() as base:
        yield base


def cli_json(*args: str, stdin: str | None = None) -> dict:
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", *args, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
    )
    return json.loads(res.stdout)


def test_health_and_openapi(server):
    import urllib.request

    with urllib.request.urlopen(server + "/api/health") as res:
        assert json.load(res)["status"] == "ok"
    with urllib.request.urlopen(server + "/openapi.json") as res:
        paths = json.load(res)["paths"]
    assert {"/api/check", "/api/compare", "/api/health"} <= set(paths)


def test_compare_gives_the_command_lines_json(server, tmp_path):
    status, doc = post(server + "/api/compare", {"old": OLD, "new": NEW})
    assert status == 200
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    cli = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", "--format", "json", "old.txt", "new.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    expected = json.loads(cli.stdout)
    assert doc["schema"] == expected["schema"] and doc["command"] == "compare"
    assert doc["summary"] == expected["summary"]
    keep = ("rule", "status", "level", "message", "start", "end", "line", "fingerprint")
    assert [{k: f[k] for k in keep} for f in doc["findings"]] == [
        {k: f[k] for k in keep} for f in expected["findings"]
    ]
    assert any(f["rule"] == "residue" for f in doc["findings"])


def test_check_with_date_and_markdown(server):
    text = "# Vote\n\nThe vote was held on **Tuesday, Feb. 13, 2017**.\n"
    status, doc = post(server + "/api/check", {"text": text, "format": "markdown"})
    assert status == 200 and doc["command"] == "check"
    (f,) = doc["findings"]
    assert f["rule"] == "weekday" and text[f["start"] : f["end"]].startswith("Tuesday")
    status, doc = post(
        server + "/api/check", {"text": "On Tuesday, Feb. 13 we met.", "date": "2017-03-01"}
    )
    assert status == 200 and [f["rule"] for f in doc["findings"]] == ["weekday"]


def test_compare_takes_new_is_and_says_how_it_read_new(server):
    old = "The mill burned down on 3 October 1871, records show, and 40 homes were lost."
    new = "The mill burned down in 1871, records show."
    status, doc = post(server + "/api/compare", {"old": old, "new": new, "new_is": "summary"})
    assert status == 200 and doc["summary"] == {"derived": 1}
    assert doc["files"][0]["new_is"] == {"new_is": "summary", "asked": "summary", "why": "given"}
    status, doc = post(server + "/api/compare", {"old": old, "new": new})
    assert status == 200 and doc["files"][0]["new_is"]["asked"] == "auto"


@pytest.mark.parametrize(
    ("path", "body", "status", "says"),
    [
        ("/api/check", b"{not json", 400, "not valid JSON"),
        ("/api/check", b"[1, 2]", 400, "JSON object"),
        ("/api/check", {"txt": "x"}, 400, "unknown field 'txt'"),
        ("/api/check", {"text": 42}, 400, "'text' must be a string"),
        ("/api/compare", {"old": "a"}, 400, "missing field 'new'"),
        ("/api/check", {"text": "a", "date": "13/02/2017"}, 400, "'date'"),
        ("/api/check", {"text": "a", "format": "pdf"}, 400, "'format'"),
        ("/api/check", b"\xff\xfe", 400, "not UTF-8"),
        ("/api/compare", {"old": "a", "new": "b", "new_is": "precis"}, 400, "'new_is'"),
        ("/api/check", {"text": "a", "new_is": "summary"}, 400, "unknown field 'new_is'"),
    ],
)
def test_bad_input_is_a_4xx_naming_the_problem(server, path, body, status, says):
    got, doc = post(server + path, body)
    assert got == status and says in doc["error"]
    assert "Traceback" not in json.dumps(doc)


def test_size_limit():
    with running_server("--max-bytes", "1000") as base:
        status, doc = post(base + "/api/check", {"text": "x" * 1500})
        assert status == 413 and "1,000 bytes" in doc["error"]
        status, doc = post(base + "/api/check", b"{" + b" " * 70_000 + b"}")
        assert status == 413 and "request body larger" in doc["error"]
        status, _ = post(base + "/api/check", {"text": "x" * 900})
        assert status == 200


def test_the_projects_config_applies(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("disable: [residue]\n", encoding="utf-8")
    with running_server(cwd=tmp_path) as base:
        _, doc = post(base + "/api/check", {"text": NEW})
    assert not any(f["rule"] == "residue" for f in doc["findings"])


def test_a_bad_rule_file_stops_the_start_in_one_line(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("disable: [no-such-rule]\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "serve", "--port", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert res.returncode == 2 and "no-such-rule" in res.stderr and "Traceback" not in res.stderr


def test_page_form_downloads_json_and_html(server):
    import urllib.parse

    form = urllib.parse.urlencode({"old": OLD, "new": NEW, "download": "json"}).encode()
    status, doc = post(server + "/report", form, "application/x-www-form-urlencoded")
    assert status == 200 and doc["command"] == "compare"
    form = urllib.parse.urlencode({"new": NEW, "download": "html"}).encode()
    status, html = post(server + "/report", form, "application/x-www-form-urlencoded")
    assert status == 200 and html.startswith("<!DOCTYPE html>") and "ваша думка" in html


def test_the_page_in_headless_chromium(server):
    if chromium() is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(profile)
        try:
            browser.goto(server + "/")
            assert browser.js("document.title") == "factcheck"
            browser.js(
                f"document.getElementById('old').value = {json.dumps(OLD)};"
                f"document.getElementById('new').value = {json.dumps(NEW)};"
                "document.getElementById('run').click(); true"
            )
            browser.wait_for(
                "location.pathname === '/report' && document.readyState === 'complete' "
                "&& document.querySelector('.fig')"
            )
            html = browser.js("document.documentElement.outerHTML")
        finally:
            browser.close()
    assert html.count('class="fig st-conflict"') >= 2  # 143 -> 134 in both columns
    assert "ваша думка" in html and "residue" in html


def test_no_worker_outlives_the_server():
    import os
    import pathlib

    def workers(port: str) -> list[int]:
        found = []
        for proc in pathlib.Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    cmd = (proc / "cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                if b"serve" in cmd and port.encode() in cmd and int(proc.name) != os.getpid():
                    found.append(int(proc.name))
        return found

    if not pathlib.Path("/proc/self/cmdline").exists():
        pytest.skip("needs /proc")
    with running_server() as base:
        post(base + "/api/check", {"text": "a 5 km walk"})  # the pool's worker is up
        port = base.rsplit(":", 1)[1]
        assert workers(port)
    import time

    deadline = time.monotonic() + 20
    while workers(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert workers(port) == []


def test_serving_on_is_said_once_the_port_answers():
    """A script that waits for "serving on" sends its first request at once: the line
    comes after the socket is bound and the server accepts, not before."""
    import os
    import socket
    import urllib.request

    from tests.serve_helpers import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--jobs", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        line = proc.stdout.readline()  # blocks until the server says it serves (or exits)
        assert line.startswith(f"factcheck: serving on http://127.0.0.1:{port}/"), (
            line + proc.stderr.read() if proc.poll() is not None else line
        )
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=30) as res:
            assert res.status == 200 and json.loads(res.read())["status"] == "ok"
        # the port is taken now: a second server says so in one line, exit 2
        second = subprocess.run(
            [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--jobs", "1"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        assert second.returncode == 2, second
        assert second.stderr.strip().splitlines() == [
            f"factcheck: cannot listen on 127.0.0.1:{port}: Address already in use"
        ], second.stderr
        assert "serving on" not in second.stdout
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # the first server is still there
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()


def test_the_report_page_says_where_each_marked_figure_starts(server, tmp_path):
    """The editor's page through the real server, in Chromium: every link's 'old L:C'
    is where the figure it leads to, as marked ("about 1,900"), starts in the text
    sent (docs/reports.md, "The figure as shown, and its offsets")."""
    if chromium() is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    old = (
        "Repairs to the north pier took about 18 months.\n"
        "The festival drew about 1,900 visitors and nearly 40 stalls, and 50 or so boats came.\n"
    )
    new = "Repairs to the north pier took some 30 months.\n"
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(profile)
        try:
            browser.goto(server + "/")
            browser.js(
                f"document.getElementById('old').value = {json.dumps(old)};"
                f"document.getElementById('new').value = {json.dumps(new)};"
                "document.getElementById('run').click(); true"
            )
            browser.wait_for(
                "location.pathname === '/report' && document.readyState === 'complete' "
                "&& document.querySelector('.fig')"
            )
            links = browser.js(
                "Array.from(document.querySelectorAll('a[href^=\"#f\"]')).map(a => {"
                "  const at = document.getElementById(a.getAttribute('href').slice(1));"
                "  const mark = at && at.nextElementSibling;"
                "  return [a.textContent, mark ? mark.textContent : null]; })"
            )
        finally:
            browser.close()
    texts = {"old": old, "new": new}
    checked = set()
    for label, marked in links:
        found = re.search(r"\b(old|new) (\d+):(\d+)", label)
        if not found or marked is None:
            continue
        side, line, col = found.group(1), int(found.group(2)), int(found.group(3))
        assert texts[side].splitlines()[line - 1][col - 1 :].startswith(marked), (label, marked)
        checked.add(marked)
    assert {"about 18 months", "some 30 months", "about 1,900", "nearly 40", "50 or so"} <= checked


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe" + "It cost 12 pounds.\n".encode("utf-16-le"), "UTF-16 text, not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file, not text"),
        ("Le café coûte 4 euros.\n".encode("latin-1"), "not valid UTF-8"),
        (b"", "file is empty"),
    ],
    ids=["utf-16", "binary", "latin-1", "empty"],
)
def test_the_page_names_an_upload_it_cannot_read(server, tmp_path, content, problem):
    """An upload is read as the command line reads a file: a bad one is named with its
    problem in the page, not pasted as replacement characters and checked."""
    if chromium() is None:
        pytest.skip("no Chromium installed (apt-get install chromium)")
    bad, good = tmp_path / "story.txt", tmp_path / "good.md"
    bad.write_bytes(content)
    good.write_bytes("\ufeffThe pier cost £2.4 million.\n".encode())
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(profile)
        try:
            browser.goto(server + "/")
            browser.upload("#new-file", bad)
            browser.wait_for("document.querySelector('#new-file + .upload-problem').textContent")
            said = browser.js("document.querySelector('#new-file + .upload-problem').textContent")
            kept = browser.js("document.getElementById('new').value")
            browser.upload("#old-file", good)
            browser.wait_for("document.getElementById('old').value")
            read = browser.js("document.getElementById('old').value")
            fmt = browser.js("document.getElementById('format').value")
        finally:
            browser.close()
    assert said.startswith(f"story.txt: {problem}") and kept == ""
    assert read == "The pier cost £2.4 million.\n" and fmt == "markdown"  # the UTF-8 BOM dropped
