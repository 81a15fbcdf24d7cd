"""``factcheck diff`` in real temporary git repositories with real commits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import assert_one_line_error

OLD_STORY = """\
RIVERTON (Northwire) - The council approved 14 new buses on Tuesday, a spokeswoman said.
The buses will cost £3 million and carry about 2,000 passengers a day.
The depot, built in 1987, employs 120 drivers.
"""

NEW_STORY = """\
RIVERTON (Northwire) - The council approved 15 new buses on Tuesday, a spokeswoman said.
The buses will cost £3 million and carry about 2,000 passengers a day.
The depot employs 120 drivers.
"""

NEW_ARTICLE = """\
# Harbour news

The harbour will open 6 new berths in June, the port said.
"""


def git(repo: Path, *args: str) -> str:
    res = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return res.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "newsroom"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "desk@example.org")
    git(root, "config", "user.name", "Desk")
    git(root, "config", "commit.gpgsign", "false")
    (root / "stories").mkdir()
    (root / "stories" / "buses.txt").write_text(OLD_STORY, encoding="utf-8")
    (root / "stories" / "notes.py").write_text("x = 14\n", encoding="utf-8")
    (root / "stories" / "gone.txt").write_text("It took 3 days.\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first version")
    return root


def factcheck(repo: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "diff", *args],
        cwd=cwd or repo,
        capture_output=True,
        text=True,
        timeout=120,
    )


def findings_by_file(doc: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in doc["findings"]:
        out.setdefault(f["file"], []).append(f)
    return out


def test_working_tree_change_is_compared_with_head_and_checked(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    (repo / "stories" / "notes.py").write_text("x = 15\n", encoding="utf-8")  # not an article
    res = factcheck(repo, "--format", "json", "--fail-on", "none")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["command"] == "diff"
    assert [f["path"] for f in doc["files"]] == ["stories/buses.txt"]
    assert doc["files"][0]["old_path"] == "HEAD:stories/buses.txt"
    statuses = {f["status"] for f in doc["findings"]}
    assert "conflict" in statuses and "dropped" in statuses
    conflict = next(f for f in doc["findings"] if f["status"] == "conflict")
    assert (conflict["old"]["text"], conflict["new"]["text"]) == ("14", "15")
    assert (conflict["line"], conflict["column"]) == (1, NEW_STORY.index("15") + 1)
    dropped = next(f for f in doc["findings"] if f["status"] == "dropped")
    assert OLD_STORY[dropped["start"] : dropped["end"]] == dropped["old"]["text"]
    assert dropped["file"] == "HEAD:stories/buses.txt"


def test_new_article_is_checked_not_flagged_figure_by_figure(repo):
    (repo / "stories" / "harbour.md").write_text(NEW_ARTICLE, encoding="utf-8")  # untracked
    res = factcheck(repo, "--format", "json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert [f["path"] for f in doc["files"]] == ["stories/harbour.md"]
    assert "old_path" not in doc["files"][0]
    assert not [f for f in doc["findings"] if f["status"] == "added"]


def test_between_two_revisions_with_base_and_head(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "rewrite")
    git(repo, "rm", "-q", "stories/gone.txt")
    git(repo, "commit", "-q", "-m", "delete")
    res = factcheck(repo, "--base", "HEAD~2", "--head", "HEAD", "--format", "json")
    assert res.returncode == 1, res.stderr  # the conflict is an error by default
    doc = json.loads(res.stdout)
    assert [f["path"] for f in doc["files"]] == ["stories/buses.txt"]  # deleted file skipped
    assert doc["files"][0]["old_path"] == "HEAD~2:stories/buses.txt"
    # the working tree is clean: without --head there is nothing to report
    clean = factcheck(repo, "--format", "json")
    assert clean.returncode == 0 and json.loads(clean.stdout)["files"] == []


def test_paths_limit_the_diff_and_subfolders_work(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    (repo / "other.txt").write_text("A new note: 4 ships.\n", encoding="utf-8")
    res = factcheck(repo, "--format", "json", "--fail-on", "none", "other.txt")
    assert [f["path"] for f in json.loads(res.stdout)["files"]] == ["other.txt"]
    sub = factcheck(repo, "--format", "json", "--fail-on", "none", ".", cwd=repo / "stories")
    assert [f["path"] for f in json.loads(sub.stdout)["files"]] == ["stories/buses.txt"]


def test_markdown_is_compared_on_its_prose_with_offsets_in_the_file(repo):
    old = '# Budget\n\nThe <span title="x">council</span> spent **£4 million** on 12 parks.\n'
    new = '# Budget\n\nThe <span title="x">council</span> spent **£5 million** on 12 parks.\n'
    (repo / "budget.md").write_text(old, encoding="utf-8")
    git(repo, "add", "budget.md")
    git(repo, "commit", "-q", "-m", "budget")
    (repo / "budget.md").write_text(new, encoding="utf-8")
    doc = json.loads(factcheck(repo, "--format", "json", "--fail-on", "none").stdout)
    for f in doc["findings"]:
        text = old if f["side"] == "old" else new
        for side in ("old", "new"):
            m = f[side]
            if m:
                src = old if side == "old" else new
                assert src[m["start"] : m["end"]] == m["text"]
        assert f["line"] == text.count("\n", 0, f["start"]) + 1


def test_bad_base_is_one_line_and_exit_2(repo):
    res = factcheck(repo, "--base", "no-such-branch")
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert "--base no-such-branch: not a revision" in res.stderr


def test_not_a_repository_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    res = factcheck(folder)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "not a git repository" in res.stderr


def test_unreadable_article_among_many_is_reported_and_the_rest_checked(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    (repo / "stories" / "broken.txt").write_bytes(b"caf\xe9 costs 3 euros\n")
    res = factcheck(repo, "--format", "json")
    assert res.returncode == 2
    doc = json.loads(res.stdout)
    broken = next(f for f in doc["files"] if f["path"] == "stories/broken.txt")
    assert "not valid UTF-8" in broken["error"]
    assert any(f["status"] == "conflict" for f in doc["findings"])
    assert "stories/broken.txt: not valid UTF-8" in res.stderr


def test_sarif_from_diff_points_at_repository_paths(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    out = repo / "factcheck.sarif"
    res = factcheck(repo, "--format", "sarif", "--output", str(out), "--fail-on", "none")
    assert res.returncode == 0, res.stderr
    run = json.loads(out.read_text("utf-8"))["runs"][0]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"stories/buses.txt"}


def test_baseline_accepts_known_findings_across_unrelated_edits(repo):
    story = repo / "stories" / "buses.txt"
    story.write_text(NEW_STORY, encoding="utf-8")
    base = repo / ".factcheck-baseline.json"
    res = factcheck(repo, "--baseline", str(base), "--update-baseline")
    assert res.returncode == 0, res.stderr
    assert json.loads(base.read_text("utf-8"))["findings"]
    # accepted as they are
    assert factcheck(repo, "--baseline", str(base), "-q").returncode == 0
    # an unrelated paragraph above moves every finding: still accepted
    story.write_text("Update: the vote was public.\n\n" + NEW_STORY, encoding="utf-8")
    res = factcheck(repo, "--baseline", str(base), "--format", "json")
    assert res.returncode == 0, res.stdout
    doc = json.loads(res.stdout)
    assert doc["baseline"]["suppressed"] >= 2
    assert not [f for f in doc["findings"] if f["status"] in ("conflict", "dropped")]
    # a new conflict elsewhere is not in the baseline: shown, and fails the run
    story.write_text(
        "Update: the vote was public.\n\n" + NEW_STORY.replace("120 drivers", "125 drivers"),
        encoding="utf-8",
    )
    res = factcheck(repo, "--baseline", str(base), "--format", "json")
    assert res.returncode == 1
    shown = [f for f in json.loads(res.stdout)["findings"] if f["status"] == "conflict"]
    assert [(f["old"]["text"], f["new"]["text"]) for f in shown] == [("120", "125")]


def run_on_a_terminal(repo: Path, *args: str, **env: str) -> str:
    """Run factcheck diff with standard output on a real pseudo-terminal; return what it wrote."""
    import os
    import pty

    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "diff", *args],
        cwd=repo,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=full_env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_unless_no_color(repo):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    coloured = run_on_a_terminal(repo, "--fail-on", "none")
    assert "\x1b[" in coloured and "where the original has '14'" in coloured
    plain = run_on_a_terminal(repo, "--fail-on", "none", NO_COLOR="1")
    assert "\x1b[" not in plain and "where the original has '14'" in plain
    piped = factcheck(repo, "--fail-on", "none").stdout
    assert "\x1b[" not in piped


def test_base_missing_from_a_shallow_clone_says_how_to_fix_it(repo, tmp_path):
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(clone)],
        check=True,
        capture_output=True,
    )
    res = factcheck(clone, "--base", "HEAD~1")
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    assert "not a revision" in res.stderr and "shallow" in res.stderr
    res = factcheck(repo, "--base", "origin/nothing")  # not shallow: fetch the branch
    assert "git fetch origin nothing" in res.stderr


def test_the_repository_configuration_applies_to_diff(repo):
    (repo / ".factcheck.yaml").write_text(
        "disable: [compare-conflict]\nfail-on: warning\n", encoding="utf-8"
    )
    (repo / "stories" / "buses.txt").write_text(NEW_STORY, encoding="utf-8")
    res = factcheck(repo, "--format", "json")
    doc = json.loads(res.stdout)
    assert not [f for f in doc["findings"] if f["rule"] == "compare-conflict"]
    assert any(f["status"] == "dropped" for f in doc["findings"])
    assert res.returncode == 1  # the dropped figure is a warning, and fail-on is warning


def test_an_old_version_that_is_not_utf8_is_named_by_revision(tmp_path):
    """A bad blob at --base gets the same one-line message as a bad file, named REV:path."""
    repo = tmp_path / "articles"
    repo.mkdir()
    for args in (
        ["init", "-q"],
        ["config", "user.email", "desk@example.org"],
        ["config", "user.name", "Desk"],
    ):
        subprocess.run(["git", *args], cwd=repo, check=True)
    (repo / "ferry.txt").write_bytes(b"The caf\xe9 ferry carried 3 cars.\n")
    subprocess.run(["git", "add", "ferry.txt"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "draft"], cwd=repo, check=True)
    (repo / "ferry.txt").write_text("The ferry carried 3 cars.\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "diff"], cwd=repo, capture_output=True, text=True
    )
    assert res.returncode == 2
    assert "factcheck: HEAD:ferry.txt: not valid UTF-8" in res.stderr  # REV:path as given
    assert "Traceback" not in res.stderr
    subprocess.run(["git", "commit", "-qam", "fixed"], cwd=repo, check=True)
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "diff", "--base", "HEAD~1", "--head", "HEAD"],
        cwd=repo, capture_output=True, text=True,
    )  # fmt: skip
    assert res.returncode == 2  # the revision the user wrote, not the commit it resolved to
    assert res.stderr.startswith("factcheck: HEAD~1:ferry.txt: not valid UTF-8"), res.stderr


def test_a_path_outside_the_repository_is_one_line_naming_it(repo, tmp_path):
    """git said it in two lines of "fatal: ..." behind "git diff:"; a path inside, given
    from a subfolder with "..", is still read."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text(OLD_STORY, encoding="utf-8")
    res = factcheck(repo, "--base", "HEAD", str(elsewhere))
    assert_one_line_error(res, f"{elsewhere}: outside the repository")
    res = factcheck(repo, "--base", "HEAD", "../stories", cwd=repo / "stories")
    assert res.returncode in (0, 1), res.stderr
