"""The outputs the README and docs/ show are what the tool prints today.

A new user's first minutes are the README's example and the docs' sample
outputs; when a change moves a count or a column, these tests name the page to
bring in step. Each shown line (shortened blocks skip lines as "...") must be
a line of the real output, run from the repository root at 100 columns.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def blocks_after(path: Path, marker: str) -> str:
    """The fenced block of ``path`` that holds ``marker``, else the first one after it."""
    text = path.read_text("utf-8")
    at = text.index(marker)
    for found in re.finditer(r"```[a-z]*\n(.*?)```", text, re.S):
        if found.end() > at:
            return found.group(1)
    raise AssertionError((path, marker))


def output_of(capsys, monkeypatch, command: str) -> list[str]:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    main(shlex.split(command)[1:])
    return capsys.readouterr().out.splitlines()


def assert_shown_lines_are_printed(shown: list[str], printed: list[str], where: str) -> None:
    missing = [
        line for line in shown if line.strip() and line.strip() != "..." and line not in printed
    ]
    assert missing == [], f"{where} shows lines the tool no longer prints: {missing}"


def test_readme_first_output(capsys, monkeypatch):
    shown = blocks_after(ROOT / "README.md", "It prints an editor's note").splitlines()
    printed = output_of(
        capsys, monkeypatch, "factcheck compare examples/wire.txt examples/rewrite.txt"
    )
    assert_shown_lines_are_printed(shown, printed, "README.md")


@pytest.mark.parametrize(
    "page, marker",
    [("compare.md", "$ factcheck compare examples/"), ("reports.md", "## Text")],
)
def test_docs_compare_outputs(capsys, monkeypatch, page, marker):
    shown = blocks_after(ROOT / "docs" / page, marker).splitlines()
    if shown[0].startswith("$ "):
        shown = shown[1:]
    printed = output_of(
        capsys, monkeypatch, "factcheck compare examples/wire.txt examples/rewrite.txt"
    )
    assert_shown_lines_are_printed(shown, printed, f"docs/{page}")


def test_docs_extract_verbose_example(capsys, monkeypatch, tmp_path):
    block = blocks_after(ROOT / "docs" / "extract.md", "$ cat crowd.txt").splitlines()
    block = block[block.index("$ cat crowd.txt") :]
    article = block[1]
    assert block[2].startswith("$ factcheck extract --verbose crowd.txt")
    (tmp_path / "crowd.txt").write_text(article + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    main(["extract", "--verbose", "crowd.txt"])
    printed = capsys.readouterr().out.splitlines()
    assert printed == block[3:]
