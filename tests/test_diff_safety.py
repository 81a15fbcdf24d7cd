"""``factcheck diff`` on what a pull request can put in a repository, in real git repositories.

Symlinks are read as git blobs (their target's name) and never followed, so
no file outside the repository and not ``.git/config`` ever reaches a report;
empty articles are versions like any other; submodules named like articles are
skipped; a bare repository gets a clear message. See docs/security.md.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.cli_helpers import SECRET, assert_one_line_error, cli, git, init_repo

STORY = "The council approved 14 new buses on 3 March 2015.\n"
FORMATS = ["json", "markdown"]  # both carry the sentences, as every format does


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = init_repo(tmp_path / "newsroom", {"story.txt": STORY})
    git(root, "config", "http.extraheader", f"AUTHORIZATION: basic {SECRET} 14 buses")
    (tmp_path / "outside.txt").write_text(f"The token {SECRET} cost 5 km (4 miles).\n")
    return root


def assert_nothing_leaks(repo: Path, *args: str) -> None:
    for fmt in FORMATS:
        res = cli("diff", *args, "--format", fmt, cwd=repo)
        assert res.returncode in (0, 1), (fmt, res.stderr)
        assert SECRET not in res.stdout + res.stderr, fmt
        assert "extraheader" not in res.stdout, fmt


@pytest.mark.parametrize("target", ["../outside.txt", ".git/config", "/etc/passwd"])
def test_diff_never_follows_a_symlink_out_of_the_repository(repo: Path, target: str) -> None:
    os.symlink(target, repo / "linked.txt")  # untracked
    assert_nothing_leaks(repo)
    git(repo, "add", "linked.txt")
    git(repo, "commit", "-q", "-m", "a link")
    os.unlink(repo / "linked.txt")
    os.symlink("story.txt", repo / "linked.txt")  # modified link: both sides are blobs
    (repo / "elsewhere.md").symlink_to(target)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "more links")
    assert_nothing_leaks(repo, "--base", "HEAD~2", "--head", "HEAD")
    assert_nothing_leaks(repo, "--base", "HEAD~2")


def test_diff_does_not_read_through_a_linked_folder(repo: Path, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "story.txt").write_text(f"{SECRET} 5 km (4 miles)\n")
    os.symlink(tmp_path / "elsewhere", repo / "desk")
    assert_nothing_leaks(repo)


def test_diff_checks_an_article_emptied_by_the_change(repo: Path) -> None:
    """Emptied: every figure it had is dropped (a warning), exit by --fail-on, not 2."""
    (repo / "story.txt").write_text("")
    res = cli("diff", "--format", "json", "--fail-on", "warning", cwd=repo)
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    assert {f["status"] for f in doc["findings"]} == {"dropped"}
    assert len(doc["findings"]) == 2


def test_diff_checks_new_empty_and_formerly_empty_articles(repo: Path) -> None:
    (repo / "placeholder.md").write_text("\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a placeholder")
    (repo / "placeholder.md").write_text("It cost 5 km (4 miles) on Monday, 3 March 2015.\n")
    (repo / "new-empty.txt").write_text("")
    res = cli("diff", "--format", "json", cwd=repo)
    assert res.returncode == 1, res.stderr  # the placeholder's new text is checked
    doc = json.loads(res.stdout)
    assert {f["file"] for f in doc["findings"]} == {"placeholder.md"}
    assert {f["status"] for f in doc["findings"]} == {"conflict"}  # checked, not 'added'
    assert not any(f.get("error") for f in doc["files"])


def test_diff_skips_a_submodule_named_like_an_article(repo: Path, tmp_path: Path) -> None:
    other = init_repo(tmp_path / "other", {"x.txt": "1 2 3\n"})
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(other), "sub.txt")
    res = cli("diff", cwd=repo)
    assert res.returncode == 0, res.stderr
    git(repo, "commit", "-q", "-m", "submodule")
    res = cli("diff", "--base", "HEAD~1", "--head", "HEAD", cwd=repo)
    assert res.returncode == 0, res.stderr


def test_diff_in_a_bare_repository_says_so(tmp_path: Path) -> None:
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    res = cli("diff", cwd=bare)
    assert_one_line_error(res, "bare repository")
