"""Reports built from hostile file names and huge runs, through the CLI in real folders.

File names come from whoever wrote the pull request: no escape sequence
reaches the terminal, SARIF URIs name exactly the file (no scheme, no
backslash turned into a folder) and validate against the 2.1.0 schema, and
the Markdown comment stays under GitHub's 65,536-character limit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

import pytest

from factcheck.finding import Finding
from factcheck.report import FileReport, Report, render
from tests.cli_helpers import cli, git, init_repo
from tests.conftest import shared_path

FLAGGED = "It cost 5 km (4 miles) on Monday, 3 March 2015.\n"


def cli_bytes(*args: str, cwd: Path):
    return cli(*args, cwd=cwd, text=False)


ESCAPES = [
    b"a\x1b[31mred.txt",
    b"b\x1b]0;title\x07.txt",
    b"c\x9b2J.md",
    b"d\xe2\x80\xaetxt.exe.txt",
]


@pytest.mark.parametrize("fmt", ["text", "markdown", "github", "json", "sarif", "html"])
def test_file_names_never_send_control_characters_to_the_terminal(tmp_path: Path, fmt: str) -> None:
    for name in ESCAPES:
        (Path(os.fsdecode(bytes(tmp_path) + b"/" + name))).write_text(FLAGGED, encoding="utf-8")
    (Path(os.fsdecode(bytes(tmp_path) + b"/e\x1b[2Jmpty.txt"))).write_bytes(b"")
    (Path(os.fsdecode(bytes(tmp_path) + b"/f\x1b[2J.txt"))).write_bytes(b"\xff\xfe bad")
    res = cli_bytes("check", ".", "--format", fmt, cwd=tmp_path)
    assert res.returncode == 2, res.stderr  # the unreadable file
    for stream in (res.stdout, res.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream and b"\xc2\x9b" not in stream
        assert "\u202e".encode() not in stream  # a bidi override disguises a name
    assert b"Traceback" not in res.stderr


def test_extract_and_list_rules_print_safe_names(tmp_path: Path) -> None:
    name = Path(os.fsdecode(bytes(tmp_path) + b"/x\x1b[31m.txt"))
    name.write_text(FLAGGED, encoding="utf-8")
    res = cli_bytes("extract", name.name, cwd=tmp_path)
    assert res.returncode == 0 and b"\x1b" not in res.stdout


HOSTILE_NAMES = [
    b"a:b.txt",
    b"javascript:alert(1).txt",
    b"a\\b.txt",
    b"x #1?.txt",
    b"100%.txt",
    b"caf\xc3\xa9.txt",
    b"latin\xe9.txt",  # not UTF-8
]


def _sarif_schema():
    return json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text("utf-8"))


def test_sarif_uris_name_exactly_the_file_and_validate(tmp_path: Path) -> None:
    import jsonschema

    for name in HOSTILE_NAMES:
        Path(os.fsdecode(bytes(tmp_path) + b"/" + name)).write_text(FLAGGED, encoding="utf-8")
    res = cli_bytes("check", *[os.fsdecode(n) for n in HOSTILE_NAMES], "-f", "sarif", cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, _sarif_schema())
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    }
    for uri in uris:
        parts = urlsplit(uri)
        assert parts.scheme == "" and parts.netloc == "" and "\\" not in uri, uri
        assert not parts.query and not parts.fragment, uri
    named = {unquote_to_bytes(u) for u in uris}
    # every UTF-8 name is named exactly; the non-UTF-8 one is reported, not lost
    assert {n for n in HOSTILE_NAMES if n != b"latin\xe9.txt"} <= named
    assert len(named) == len(HOSTILE_NAMES)


def test_sarif_and_output_with_non_utf8_names_in_diff(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {})
    bad = Path(os.fsdecode(bytes(repo) + b"/latin\xe9.txt"))
    bad.write_text(FLAGGED, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "one")
    bad.write_text(FLAGGED.replace("5 km", "6 km"), encoding="utf-8")
    for fmt in ("sarif", "markdown", "text"):
        res = cli_bytes("diff", "-f", fmt, "-o", f"out.{fmt}", cwd=repo)
        assert res.returncode == 1, (fmt, res.stderr)
        assert (repo / f"out.{fmt}").read_text(encoding="utf-8")


def _many_files_report(files: int, sentence: str = FLAGGED) -> Report:
    out = []
    for i in range(files):
        f = Finding(
            rule="conversion",
            status="conflict",
            level="error",
            message="5 km is 3.11 miles",
            start=sentence.index("5 km"),
            end=sentence.index("5 km") + 4,
        )
        out.append(FileReport(f"desk/{i:05d}-a-long-article-name.txt", text=sentence, findings=[f]))
    return Report("check", out)


@pytest.mark.parametrize(
    "report",
    [
        _many_files_report(5000),
        _many_files_report(3, "word " * 40_000 + FLAGGED),  # one sentence of 200 KB
    ],
    ids=["5000 files", "a 200 KB sentence"],
)
def test_markdown_report_stays_under_github_comment_limit(report: Report) -> None:
    from factcheck.baseline import assign_fingerprints
    from factcheck.report.layout import fill_locations

    fill_locations(report)
    assign_fingerprints(report)
    md = render(report, "markdown")
    assert len(md) < 65_536
    if len(report.files) > 100:
        assert "more files" in md and "more: see the full report" in md
