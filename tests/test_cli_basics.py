"""The command line's contract: help that teaches, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factcheck.cli import main
from tests.conftest import EXAMPLES


def run_cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the real console entry point in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, input=input, timeout=120
    )


def test_help_lists_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "extract" in out and "exit codes" in out


@pytest.mark.parametrize(
    "args, named",
    [
        (["check", "--fail-on", "bogus", "x.txt"], "--fail-on"),
        (["bogus"], "COMMAND"),
        (["compare", "--format", "yaml", "a", "b"], "--format"),
        (["compare", "only-one.txt"], "required"),
        (
            ["check", "--per-file", "x", "a.txt"],
            "factcheck check: error: unrecognized arguments: "
            "--per-file (see 'factcheck check --help')",
        ),  # the command's own help, not the top's
        (["--bogus"], "factcheck: error: unrecognized arguments: --bogus"),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(capsys, args, named):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and named in err, err
    assert "--help" in err


def test_extract_json_offsets_are_exact(tmp_path):
    src = EXAMPLES / "wire.txt"
    text = src.read_text(encoding="utf-8")
    res = run_cli("extract", "--format", "json", str(src))
    assert res.returncode == 0, res.stderr
    mentions = json.loads(res.stdout)["mentions"]
    assert mentions
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    "content, problem",
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait costs 3 euros", "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, content, problem):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    res = run_cli("extract", str(path))
    assert res.returncode == 2
    err = res.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(path) in err and problem in err


def test_directory_is_refused(tmp_path):
    res = run_cli("extract", str(tmp_path))
    assert res.returncode == 2
    assert "directory" in res.stderr.decode()


def test_input_files_are_not_modified(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("The bridge is 180 metres (590 feet) long.", encoding="utf-8")
    before = src.read_bytes(), src.stat().st_mtime_ns
    assert run_cli("extract", str(src)).returncode == 0
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_extract_text_lines_up_its_columns_and_counts_in_words(capsys, tmp_path):
    """Places of different widths ("9:23", "13:160") still leave the ids in one column."""
    src = tmp_path / "a.txt"
    src.write_text("It rose 5%.\n\n" + "x " * 60 + "The 12 boats and 1,900 crew.\n", "utf-8")
    assert main(["extract", str(src)]) == 0
    head, *rows = capsys.readouterr().out.splitlines()
    assert head.endswith(": 3 figures") and len(rows) == 3
    assert len({row.index(" m") for row in rows}) == 1, rows
    (tmp_path / "one.txt").write_text("It rose 5%.", "utf-8")
    assert main(["extract", str(tmp_path / "one.txt")]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(": 1 figure")


@pytest.mark.parametrize("command", [[], ["extract"], ["check"], ["compare"], ["diff"],
                                     ["batch"], ["serve"]])  # fmt: skip
def test_help_prose_fits_an_80_column_terminal(capsys, command):
    """Descriptions, usage and options wrap within 80 columns; only the example command
    lines of the epilog may run longer (they are meant to be copied whole)."""
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    out = capsys.readouterr().out
    prose = out.split("\nexamples:")[0]
    assert [line for line in prose.splitlines() if len(line) > 80] == []


def test_extract_reads_markup_on_its_prose_and_places_figures_in_the_file(capsys, tmp_path):
    """As check reads it: no figure from a style, an attribute or a comment, an entity
    currency is one figure; offsets still index the file."""
    page = tmp_path / "story.html"
    source = (
        "<html><head><style>p { margin: 0 }</style></head><body>\n"
        '<p style="width: 300px">The bridge cost &pound;48&nbsp;million in 2019.</p>\n'
        '<!-- 40 boats --><img width="640" src="a.png">\n</body></html>\n'
    )
    page.write_text(source, encoding="utf-8")
    assert main(["extract", "--format", "json", str(page)]) == 0
    mentions = json.loads(capsys.readouterr().out)["mentions"]
    assert [m["text"] for m in mentions] == ["&pound;48&nbsp;million", "2019"]
    assert all(source[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert mentions[0]["unit"] == "pound sterling" and mentions[0]["value"] == 48_000_000


def test_extract_takes_stdin_filename_for_its_name_and_markup(capsys, monkeypatch):
    import io

    article = "# Bridge\n\nThe bridge cost &pound;48&nbsp;million.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(article.encode())))
    assert main(["extract", "-", "--stdin-filename", "desk/bridge.md"]) == 0
    head, row = capsys.readouterr().out.splitlines()
    assert head == "desk/bridge.md: 1 figure" and "pound sterling" in row
    assert main(["extract", str(EXAMPLES / "wire.txt"), "--stdin-filename", "b.md"]) == 2
    assert "give '-' as FILE" in capsys.readouterr().err
