"""The pre-commit hook definition: valid for pre-commit, and blocking a bad staged article.

pre-commit's ``language: python`` installs this package and its dependencies
from the package index into a fresh environment, which needs the network. So
the offline tests run the manifest's own hooks through real pre-commit as
``language: system`` hooks of a temporary repository (same entry, file types
and options, this package already installed), and ``try-repo`` itself runs only
when FACTCHECK_TEST_NETWORK=1.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

BAD = "The new bridge is 180 metres (900 feet) long.\n"
GOOD = "The new bridge is 180 metres (590 feet) long.\n"

pytest.importorskip("pre_commit", reason="pre-commit is not installed")


def manifest() -> list[dict]:
    from pre_commit.clientlib import load_manifest

    return load_manifest(str(MANIFEST))


def run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **env)
    full_env.pop("PRE_COMMIT_COLOR", None)
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=full_env, timeout=300)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "user.email", "desk@example.org")
    git(root, "config", "user.name", "Desk")
    return root


def test_manifest_is_valid_for_pre_commit():
    hooks = {h["id"]: h for h in manifest()}
    assert set(hooks) == {"factcheck", "factcheck-diff"}
    hook = hooks["factcheck"]
    assert shlex.split(hook["entry"])[:2] == ["factcheck", "check"]
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html"}


def _local_config(repo: Path) -> None:
    """The manifest's hooks as local system hooks running this interpreter's factcheck."""
    import yaml

    hooks = []
    for h in manifest():
        words = shlex.split(h["entry"])
        assert words[0] == "factcheck"
        entry = " ".join([shlex.quote(sys.executable), "-m", "factcheck", *words[1:]])
        keep = ("id", "name", "types_or", "pass_filenames", "require_serial", "files", "exclude")
        hook = {k: h[k] for k in keep if k in h}
        hook.update(entry=entry, language="system")
        hooks.append(hook)
    config = {"repos": [{"repo": "local", "hooks": hooks}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def test_hook_blocks_a_staged_article_with_a_bad_conversion(repo, tmp_path):
    _local_config(repo)
    (repo / "story.md").write_text("# Bridge\n\n" + BAD, encoding="utf-8")
    (repo / "code.py").write_text(f"# {BAD}", encoding="utf-8")  # not an article
    git(repo, "add", ".")
    res = run(
        [sys.executable, "-m", "pre_commit", "run", "factcheck"],
        repo,
        PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
    )
    assert res.returncode == 1, res.stdout + res.stderr
    assert "story.md" in res.stdout and "900 feet" in res.stdout
    assert "code.py" not in res.stdout


def test_hook_passes_a_clean_article_and_the_diff_hook_sees_changes(repo, tmp_path):
    _local_config(repo)
    home = str(tmp_path / "pc-home")
    (repo / "story.txt").write_text(GOOD, encoding="utf-8")
    git(repo, "add", ".")
    res = run([sys.executable, "-m", "pre_commit", "run"], repo, PRE_COMMIT_HOME=home)
    assert res.returncode == 0, res.stdout + res.stderr
    git(repo, "commit", "-q", "-m", "bridge")
    (repo / "story.txt").write_text(GOOD.replace("180 metres (590 feet)", "190 metres"), "utf-8")
    git(repo, "add", "story.txt")
    res = run(
        [sys.executable, "-m", "pre_commit", "run", "factcheck-diff"],
        repo,
        PRE_COMMIT_HOME=home,
    )
    assert res.returncode == 1, res.stdout + res.stderr  # 180 -> 190 is a conflict
    assert "story.txt" in res.stdout


@pytest.mark.skipif(
    os.environ.get("FACTCHECK_TEST_NETWORK") != "1",
    reason="try-repo installs dependencies from the package index (FACTCHECK_TEST_NETWORK=1)",
)
def test_try_repo_installs_and_runs_the_hook(repo, tmp_path):
    (repo / "story.txt").write_text(BAD, encoding="utf-8")
    git(repo, "add", ".")
    res = run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "factcheck", "--all-files"],
        repo,
        PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
    )
    assert res.returncode == 1, res.stdout + res.stderr
    assert "900 feet" in res.stdout
