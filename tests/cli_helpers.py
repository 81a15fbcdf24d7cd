"""Running the real ``factcheck`` command line in a folder, and what its errors must look like."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SECRET = "ghs_TOKEN_do_not_leak_0123456789"
"""A stand-in for a CI job token: no message, report or log may ever contain it."""


def cli(*args: str, cwd: Path, text: bool = True) -> subprocess.CompletedProcess:
    """``python -m factcheck ARGS`` in ``cwd``, output captured (as bytes with text=False)."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=text,
        timeout=120,
    )


def assert_one_line_error(res: subprocess.CompletedProcess, names: str = "") -> None:
    """Exit 2 with exactly one ``factcheck: ...`` line on stderr naming ``names``; no secret."""
    assert res.returncode == 2, (res.returncode, res.stdout, res.stderr)
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: "), res.stderr
    assert names in lines[0], res.stderr
    assert SECRET not in res.stderr + res.stdout


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo``; its standard output, stripped."""
    res = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return res.stdout.strip()


def init_repo(root: Path, files: dict[str, str]) -> Path:
    """A real repository at ``root`` whose first commit holds ``files`` (none: no commit)."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    for key, value in (("user.email", "desk@example.org"), ("user.name", "Desk")):
        git(root, "config", key, value)
    git(root, "config", "commit.gpgsign", "false")
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    if files:
        git(root, "add", ".")
        git(root, "commit", "-q", "-m", "first")
    return root
