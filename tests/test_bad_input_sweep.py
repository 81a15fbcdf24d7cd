"""Bad input through every subcommand: one line naming the file and the problem, exit 2.

What tests/test_cli_basics.py, test_rules_engine.py and test_limits.py already hold
(a missing, empty, binary, non-UTF-8, too large file through extract; bad rule and
settings files) is not repeated here. This file holds what a sweep of every
subcommand found: text saved as UTF-16 or UTF-32 (what Windows editors call
"Unicode") named as such wherever a file is read, not as "binary"; the same bad
article through check, compare (either side), stdin and batch; a folder that cannot
be read, which os.walk used to skip silently (its articles or rules unread, exit 0);
and a rule option of .nan or .inf, which turned a rule off without a word.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

STORY = "The council spent £4.2m on 12 new buses in 2019, up 15% from 2018.\n"

WIDE = {
    "utf-16-le": ("UTF-16", b"\xff\xfe" + STORY.encode("utf-16-le")),
    "utf-16-be": ("UTF-16", b"\xfe\xff" + STORY.encode("utf-16-be")),
    "utf-32-le": ("UTF-32", b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le")),
    "utf-32-be": ("UTF-32", b"\x00\x00\xfe\xff" + STORY.encode("utf-32-be")),
}
BAD_ARTICLES = {
    **{name: (encoding, data) for name, (encoding, data) in WIDE.items()},
    "nul bytes": ("binary", STORY.encode() + b"\x00\x00 up 3%\n"),
    "latin-1": ("not valid UTF-8", "Le café coûte 4 euros.\n".encode("latin-1")),
    "empty": ("empty", b""),
    "blank": ("empty", b"  \n\n"),
}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, *words: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: "), err
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("kind", list(BAD_ARTICLES))
@pytest.mark.parametrize("where", ["check", "compare OLD", "compare NEW"])
def test_a_bad_article_is_one_line_naming_it_and_the_problem(capsys, folder, kind, where):
    problem, data = BAD_ARTICLES[kind]
    bad = folder / "bad.txt"
    bad.write_bytes(data)
    good = folder / "good.txt"
    before = fingerprint(folder)
    argv = {
        "check": ["check", bad],
        "compare OLD": ["compare", bad, good],
        "compare NEW": ["compare", good, bad],
    }[where]
    code, _, err = run(capsys, *argv)
    assert code == 2
    one_line(err, str(bad), problem)
    assert fingerprint(folder) == before


@pytest.mark.parametrize("kind", list(WIDE))
def test_text_with_a_wide_byte_order_mark_is_named_not_called_binary(capsys, folder, kind):
    encoding, data = WIDE[kind]
    bad = folder / "notepad.txt"
    bad.write_bytes(data)
    code, _, err = run(capsys, "extract", bad)
    assert code == 2
    line = one_line(err, str(bad), encoding, "save it as UTF-8")
    assert "binary" not in line


@pytest.mark.parametrize("command", ["extract", "check", "compare OLD", "compare NEW"])
@pytest.mark.parametrize("kind", ["utf-16-le", "nul bytes", "empty"])
def test_a_bad_article_on_stdin(capsys, monkeypatch, folder, command, kind):
    problem, data = BAD_ARTICLES[kind]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    good = folder / "good.txt"
    argv = {
        "extract": ["extract", "-"],
        "check": ["check", "-"],
        "compare OLD": ["compare", "-", good],
        "compare NEW": ["compare", good, "-"],
    }[command]
    code, _, err = run(capsys, *argv)
    assert code == 2
    one_line(err, "<stdin>", problem)


def test_a_batch_input_saved_as_utf16_is_refused_whole_in_one_line(capsys, folder):
    """Not one 'line skipped' per line: no line of such a file could be read."""
    lines = "".join(f'{{"id": {i}, "text": "It cost {i} pounds."}}\n' for i in range(50))
    bad = folder / "archive.jsonl"
    bad.write_bytes(b"\xff\xfe" + lines.encode("utf-16-le"))
    code, out, err = run(capsys, "batch", "--jobs", "1", bad)
    assert code == 2 and out == ""
    one_line(err, str(bad), "UTF-16")


def test_a_rule_file_and_settings_saved_as_utf16_are_named(capsys, folder):
    rules = folder / "rules"
    rules.mkdir()
    (rules / "house.yaml").write_bytes("id: house\ntype: conversion\n".encode("utf-16"))
    code, _, err = run(capsys, "check", "--rules", rules, folder / "good.txt")
    assert code == 2
    one_line(err, "house.yaml", "UTF-16")
    settings = folder / "settings.yaml"
    settings.write_bytes("fail-on: warning\n".encode("utf-16"))
    code, _, err = run(capsys, "check", "--config", settings, folder / "good.txt")
    assert code == 2
    one_line(err, "settings.yaml", "UTF-16")
    toml = folder / "pyproject.toml"
    toml.write_bytes("[tool.factcheck]\nfail-on = 'warning'\n".encode("utf-16"))
    code, _, err = run(capsys, "check", "--config", toml, folder / "good.txt")
    assert code == 2
    one_line(err, "pyproject.toml", "UTF-16")


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_a_rule_option_that_is_not_a_finite_number_is_refused(capsys, folder, value):
    """A slack of NaN made every comparison false: the conversion rule went silent."""
    rules = folder / "rules"
    rules.mkdir()
    (rules / "slack.yaml").write_text(f"id: x\ntype: conversion\nslack: {value}\n")
    code, _, err = run(capsys, "check", "--rules", rules, folder / "good.txt")
    assert code == 2
    one_line(err, "slack.yaml:3", "slack: must be a number")
    (folder / "cfg.yaml").write_text(f"options: {{conversion: {{slack: {value}}}}}\n")
    code, _, err = run(capsys, "check", "--config", folder / "cfg.yaml", folder / "good.txt")
    assert code == 2
    one_line(err, "cfg.yaml:1", "options.conversion.slack", "must be a number")


def _deny(monkeypatch, denied: Path) -> None:
    """Make ``denied`` unreadable to os.walk and to a look inside it, as chmod 000 is for a
    user who is not root (tests may run as root, who reads everything)."""
    real_scandir, real_is_file = os.scandir, Path.is_file

    def scandir(path="."):
        if Path(path).resolve() == denied.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def is_file(self):
        if self.parent.resolve() == denied.resolve():
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "is_file", is_file)


def test_an_unreadable_folder_of_articles_is_an_error_not_skipped(capsys, monkeypatch, folder):
    sub = folder / "desk"
    sub.mkdir()
    (sub / "story.txt").write_text(STORY, encoding="utf-8")
    _deny(monkeypatch, sub)
    code, _, err = run(capsys, "check", "--no-respect-gitignore", folder)
    assert code == 2
    one_line(err, "desk", "cannot read this folder", "Permission denied")


def test_an_unreadable_folder_named_to_check_is_an_error(capsys, monkeypatch, folder):
    sub = folder / "desk"
    sub.mkdir()
    _deny(monkeypatch, sub)
    code, _, err = run(capsys, "check", sub)
    assert code == 2
    one_line(err, "desk", "cannot read this folder", "Permission denied")


def test_an_unreadable_rule_folder_is_an_error_not_an_empty_rule_set(capsys, monkeypatch, folder):
    rules = folder / "rules"
    (rules / "house").mkdir(parents=True)
    (rules / "house" / "age.yaml").write_text("id: house-age\ntype: plausibility\nmax_age: 90\n")
    _deny(monkeypatch, rules / "house")
    code, _, err = run(capsys, "check", "--rules", rules, folder / "good.txt")
    assert code == 2
    one_line(err, "house", "cannot read this folder", "Permission denied")


@pytest.mark.parametrize(
    ("rule_type", "option", "kept"),
    [
        ("conversion", "slack", 0),
        ("conversion", "currency_tolerance", 0),
        ("arithmetic", "approximate_factor", 0),
        ("residue", "min_share", 0.5),  # the type asks more: above 0, at most 1
    ],
)
def test_a_negative_tolerance_is_refused_and_zero_is_kept(capsys, folder, rule_type, option, kept):
    """A slack of -5 made every correct conversion a conflict: a false alarm for each."""
    rules = folder / "rules"
    rules.mkdir()
    rule = rules / "house.yaml"
    rule.write_text(f"id: house\ntype: {rule_type}\n{option}: -5\n")
    code, _, err = run(capsys, "check", "--rules", rules, folder / "good.txt")
    assert code == 2
    one_line(err, "house.yaml:3", f"{option}: must be a number >= 0, not -5")
    rule.write_text(f"id: house\ntype: {rule_type}\n{option}: {kept}\n")
    code, _, err = run(capsys, "check", "--rules", rules, folder / "good.txt")
    assert code == 0 and err == ""


def test_a_negative_tolerance_in_settings_is_refused(capsys, folder):
    (folder / "cfg.yaml").write_text("options: {consistency: {conversion_tolerance: -1}}\n")
    code, _, err = run(
        capsys, "compare", "--config", folder / "cfg.yaml", *[folder / "good.txt"] * 2
    )
    assert code == 2
    one_line(err, "cfg.yaml:1", "options.consistency.conversion_tolerance", "must be a number >= 0")


def test_a_pair_over_the_time_budget_is_named_by_both_its_files(capsys, folder):
    """The line named NEW alone, which misled when OLD was the long one."""
    old = folder / "wire.txt"
    old.write_text(STORY * 2_000, encoding="utf-8")
    code, _, err = run(capsys, "compare", old, folder / "good.txt", "--time-budget", "0.05")
    assert code == 2
    one_line(err, f"{old} and {folder / 'good.txt'}: stopped after 0.05 s")


LINE_ENDS = {
    "lone CR": "The trail opened last year.\rIt opened on Thursday, March 3, 2017, after 100 miles "
    "(260 km) of work.\r",
    "CRLF": "The trail opened last year.\r\nIt opened on Thursday, March 3, 2017, after 100 miles "
    "(260 km) of work.\r\n",
    "BOM": "\ufeffThe trail opened last year.\nIt opened on Thursday, March 3, 2017, after 100 "
    "miles (260 km) of work.\n",
}


@pytest.mark.parametrize("kind", list(LINE_ENDS))
def test_line_ends_and_a_bom_place_findings_where_editors_see_them(capsys, tmp_path, kind):
    """Line 2, column 14 for the weekday whatever the line ends; the offsets index the file
    as decoded, line ends untranslated (a lone CR was line 1, column 42, and its
    sentence ran into the line before)."""
    import json

    path = tmp_path / "trail.txt"
    path.write_bytes(LINE_ENDS[kind].encode("utf-8"))
    before = fingerprint(tmp_path)
    code, out, _ = run(capsys, "check", path, "--format", "json")
    assert code == 1
    text = path.read_bytes().decode("utf-8-sig")
    found = {f["rule"]: f for f in json.loads(out)["findings"]}
    weekday = found["weekday"]
    assert (weekday["line"], weekday["column"]) == (2, 14)
    assert text[weekday["start"] : weekday["end"]] == "Thursday, March 3, 2017"
    assert weekday["sentence"].startswith("It opened")
    assert (found["conversion"]["line"], found["conversion"]["column"]) == (2, 45)
    assert fingerprint(tmp_path) == before


def test_a_markdown_file_with_lone_cr_keeps_its_heading_apart(capsys, tmp_path):
    path = tmp_path / "trail.md"
    path.write_bytes(b"# Trail\r\rIt opened after 100 miles (260 km) of work.\r")
    code, out, _ = run(capsys, "check", path, "--format", "concise")
    assert code == 1 and f"{path}:3:17:" in out


def _shell(folder: Path, redirect: str, *argv: str):
    """``python -m factcheck ARGV`` with a shell redirection (``<&-``, ``>&-``, ``>/dev/full``)."""
    import shlex
    import subprocess

    command = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "factcheck", *argv))
    return subprocess.run(
        ["sh", "-c", f"{command} {redirect}"], cwd=folder, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


SWEEP_COMMANDS = {
    "extract": ["extract", "-"],
    "check": ["check", "-"],
    "compare OLD": ["compare", "-", "good.txt"],
    "compare NEW": ["compare", "good.txt", "-"],
    "batch": ["batch", "-"],
}


@pytest.mark.parametrize("command", list(SWEEP_COMMANDS))
def test_a_closed_standard_input_is_named_not_an_internal_error(folder, command):
    res = _shell(folder, "<&-", *SWEEP_COMMANDS[command])
    assert res.returncode == 2
    one_line(res.stderr, "<stdin>", "standard input is closed")


@pytest.mark.parametrize(
    "argv",
    [["extract", "good.txt"], ["check", "good.txt"], ["compare", "good.txt", "good.txt"],
     ["check", "--list-rules"], ["check", "--statistics", "good.txt"], ["batch", "in.jsonl"],
     ["batch", "--statistics", "in.jsonl"]],
    ids=lambda argv: " ".join(argv),
)  # fmt: skip
@pytest.mark.parametrize("redirect", [">&-", ">/dev/full"])
def test_a_standard_output_that_cannot_be_written_is_one_line_exit_2(folder, argv, redirect):
    """Closed, the report was lost with exit 0; full, it was called a bug of ours."""
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (folder / "in.jsonl").write_text('{"id": 1, "text": "It cost 5 dollars."}\n', "utf-8")
    res = _shell(folder, redirect, *argv)
    assert res.returncode == 2, res.stderr
    line = one_line(res.stderr, "output")
    assert "internal error" not in line


def test_a_binary_file_given_to_batch_is_refused_whole_in_one_line(capsys, folder):
    """Not one "line skipped" per chance newline of an image; a stray NUL inside a file of
    JSON objects stays one malformed line."""
    bad = folder / "photo.jsonl"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    code, out, err = run(capsys, "batch", "--jobs", "1", bad)
    assert code == 2 and out == ""
    one_line(err, str(bad), "binary")
    stray = folder / "stray.jsonl"
    stray.write_bytes(b'{"id": 1, "text": "It cost 5 dollars."}\n{"id": 2, "te\x00xt": "x"}\n')
    code, out, err = run(capsys, "batch", "--jobs", "1", stray)
    assert code == 2 and len(out.splitlines()) == 1 and "stray.jsonl:2" in err


def test_a_batch_input_with_lone_cr_line_ends_says_so(capsys, folder):
    """The whole file is one line to a JSON Lines reader; "Extra data at column 41" did not
    say why. CRLF line ends are read as they are."""
    rows = ['{"id": 1, "text": "It cost 5 dollars."}', '{"id": 2, "text": "It cost 6 dollars."}']
    mac = folder / "mac.jsonl"
    mac.write_bytes(("\r".join(rows) + "\r").encode())
    code, out, err = run(capsys, "batch", "--jobs", "1", mac)
    assert code == 2 and out == ""
    assert "mac.jsonl:1: lines end in a lone CR" in err and "Traceback" not in err
    windows = folder / "windows.jsonl"
    windows.write_bytes(("\r\n".join(rows) + "\r\n").encode())
    code, out, _ = run(capsys, "batch", "--jobs", "1", windows)
    assert code == 0 and len(out.splitlines()) == 2
