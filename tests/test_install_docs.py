"""Installation as written: the README's commands, pins that exist, --version, docs self-contained."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def test_readme_first_command_makes_its_own_environment_in_one_line():
    first, tests = shell_blocks((ROOT / "README.md").read_text("utf-8"))[:2]
    assert first.strip().count("\n") == 0, first
    assert first.strip().startswith(
        "python3 -m venv .venv && . .venv/bin/activate && pip install ."
    )
    assert first.strip().endswith("factcheck compare examples/wire.txt examples/rewrite.txt")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests.strip() in ci.splitlines(), "README's test command must be what .ci/run runs"


def test_docs_pin_no_release_that_does_not_exist():
    tags = subprocess.run(["git", "tag"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for path in [ROOT / "README.md", ROOT / ".pre-commit-hooks.yaml", *ROOT.glob("docs/*.md")]:
        for pin in re.findall(r"(?:rev: |@)(v\d+\.\d+\.\d+)", path.read_text("utf-8")):
            assert pin in tags, f"{path.name} pins {pin}, which is no tag"


def test_readme_links_nothing_outside_the_repository():
    text = (ROOT / "README.md").read_text("utf-8")
    for target in re.findall(r"\]\(([^)]+)\)", text):
        assert not target.startswith(("..", "/", "http")), target
        assert (ROOT / target.split("#")[0]).exists(), target
    assert "../shared/docs" not in text


def test_statuses_are_defined_in_the_repository_docs():
    from factcheck.finding import STATUSES

    text = (ROOT / "docs" / "compare.md").read_text("utf-8").split("## Statuses", 1)[1]
    for status in STATUSES:
        assert f"| `{status}` |" in text, status
    assert "../shared" not in text.split("## ", 1)[0]


def test_version_names_the_commit_from_a_checkout_and_only_the_version_elsewhere(tmp_path):
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True
    )
    head = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    from factcheck import __version__

    assert res.stdout.startswith(f"factcheck {__version__}")
    if (ROOT / ".git").exists() and head:
        assert f"(commit {head}" in res.stdout
    copy = tmp_path / "copy"  # a copy of the package outside any checkout
    shutil.copytree(ROOT / "factcheck", copy / "factcheck")
    res = subprocess.run(
        [sys.executable, "-c", "from factcheck.cli import version_string; print(version_string())"],
        cwd=copy, capture_output=True, text=True,
    )  # fmt: skip
    assert res.stdout.strip() == f"factcheck {__version__}", res.stderr


def test_readme_example_output_is_what_the_first_command_prints():
    """The quick start's shortened output: every line it shows is printed, in that order
    ("..." stands for lines left out), and its closing counts are the real ones."""
    text = (ROOT / "README.md").read_text("utf-8")
    shown = text.split("It prints an editor's note like this", 1)[1].split("```\n", 2)[1]
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", "examples/wire.txt", "examples/rewrite.txt"],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "COLUMNS": "100"},  # the width of an unknown terminal (a pipe)
    )  # fmt: skip
    assert res.returncode == 1, res.stderr
    printed = res.stdout.splitlines()
    at = 0
    for line in shown.splitlines():
        if line.strip() in ("", "..."):
            continue
        assert line in printed[at:], f"README shows a line not printed: {line!r}\n{res.stdout}"
        at = printed.index(line, at) + 1
    assert shown.rstrip().splitlines()[-1] == printed[-1]
