"""docs/ci.md's recipes, as written there, run twice in a real repository with a pull-request branch.

The ``factcheck`` commands are taken out of the GitHub Actions and GitLab CI
YAML blocks of docs/ci.md (so the page cannot drift from what is tested) and
run in order, report steps included, exactly as a CI job would, with ``BASE``
the merge base. The second run must report exactly what the first did (the
reports written into the checkout are never read as articles), and the last
step must fail on the pull request's real new conflict and pass once a
reviewer accepts it in the article.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.cli_helpers import git, init_repo

DOCS = Path(__file__).resolve().parent.parent / "docs" / "ci.md"

OLD = (
    "PORTVILLE - The council met to plan its fleet.\n\n"
    "The council approved 14 new buses on Tuesday.\n\n"
    "The depot will hold 143 vehicles when it opens.\n\n"
    "Each bus costs £300,000, officials said.\n"
)
NEW = (
    "PORTVILLE - The council met to plan its fleet.\n\n"
    "The council approved 15 new buses on Tuesday.\n\n"
    "Each bus costs £300,000, officials said.\n"
)
REPORTS = ("factcheck.sarif", "comment.md", "factcheck.html", "factcheck.md")


def recipe_commands(heading: str) -> list[str]:
    """The ``factcheck`` command lines of the first YAML block under ``heading`` in docs/ci.md."""
    text = DOCS.read_text("utf-8")
    section = text.split(f"## {heading}\n", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    doc = yaml.safe_load(block)
    if heading == "GitHub Actions":
        lines = [
            line.strip()
            for step in doc["jobs"]["figures"]["steps"]
            for line in str(step.get("run", "")).splitlines()
        ]
    else:
        lines = [str(x).strip() for x in doc["factcheck"]["script"]]
    commands = [line for line in lines if line.startswith("factcheck ")]
    assert commands and all("${{" not in c for c in commands), commands
    return commands


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[Path, dict]:
    """A repository whose branch 'edit' changes a figure and cuts a sentence; env with BASE."""
    repo = init_repo(
        tmp_path / "articles",
        {
            "ferry.txt": OLD,
            ".gitignore": "node_modules/\n",
            ".factcheck-baseline.json": '{"factcheck_baseline": 1, "findings": []}\n',
        },
    )
    git(repo, "checkout", "-q", "-b", "edit")
    (repo / "ferry.txt").write_text(NEW, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "edit the ferry story")
    (repo / "node_modules").mkdir()  # ignored: never read
    (repo / "node_modules" / "x.md").write_text("The trail is 100 miles (260 km) long.\n")
    shim = tmp_path / "bin"
    shim.mkdir()
    exe = shim / "factcheck"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{shim}{os.pathsep}{os.environ['PATH']}"}
    env["BASE"] = git(repo, "merge-base", "main", "HEAD")
    env.pop("NO_COLOR", None), env.pop("FORCE_COLOR", None)
    return repo, env


def run_recipe(repo: Path, env: dict, commands: list[str]) -> list[tuple[int, str, dict]]:
    """Each command through bash as CI runs it: exit code, output, and the reports then present."""
    out = []
    for command in commands:
        res = subprocess.run(
            ["bash", "-c", command],
            cwd=repo, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert "Traceback" not in res.stderr, res.stderr
        reports = {n: (repo / n).read_text("utf-8") for n in REPORTS if (repo / n).exists()}
        out.append((res.returncode, res.stdout, reports))
    return out


@pytest.mark.parametrize("ci", ["GitHub Actions", "GitLab CI"])
def test_recipe_twice_reports_the_same_and_fails_only_on_the_real_change(pull_request, ci):
    repo, env = pull_request
    commands = recipe_commands(ci)
    first = run_recipe(repo, env, commands)
    second = run_recipe(repo, env, commands)
    # nothing new: the reports the first run wrote into the checkout are not articles
    assert [(code, out) for code, out, _ in second] == [(code, out) for code, out, _ in first]
    assert second[-1][2] == first[-1][2]  # the same reports, byte for byte
    for (_code, stdout, reports), command in zip(first, commands):
        assert "comment.md" not in stdout and "factcheck.html" not in stdout, command
        for name, text in reports.items():
            assert "node_modules" not in text, name
            if name == "factcheck.sarif":
                uris = {
                    loc["physicalLocation"]["artifactLocation"]["uri"]
                    for r in json.loads(text)["runs"][0]["results"]
                    for loc in r["locations"]
                }
                assert uris == {"ferry.txt"}, uris
    *_, (code, stdout, _) = first
    assert code == 1 and "15" in stdout  # the changed value fails the step

    # the reviewer accepts the change in the article; the cut stays a warning
    with (repo / "ferry.txt").open("a", encoding="utf-8") as fh:
        fh.write('\n<!-- factcheck: accept conflict "15" -->\n')
    git(repo, "commit", "-q", "-am", "accept the new count")
    accepted = run_recipe(repo, env, commands)
    assert accepted[-1][0] == 0, accepted[-1][1]
    assert "accepted by factcheck comments" in accepted[-1][1]


def test_github_annotation_for_a_drop_sits_where_the_sentence_stood(pull_request):
    repo, env = pull_request
    (annotations,) = [c for c in recipe_commands("GitHub Actions") if "--format github" in c]
    ((code, stdout, _),) = run_recipe(repo, env, [annotations])
    (drop,) = [line for line in stdout.splitlines() if "dropped" in line]
    # placed at the sentence of its nearest kept figure ("on Tuesday", line 3), not line 1
    assert drop.startswith("::warning file=ferry.txt,line=3,col=1,") and "endLine" not in drop
    assert "(at line 5, column 21 of " in drop


def test_baseline_accepts_drops_too(pull_request):
    repo, env = pull_request
    base = env["BASE"]
    cmd = [sys.executable, "-m", "factcheck", "diff", "--base", base, "--fail-on", "warning"]
    assert subprocess.run(cmd, cwd=repo, capture_output=True).returncode == 1
    # accept what is there now (the conflict and the drop), as a repository would once
    write = [*cmd, "--baseline", ".factcheck-baseline.json", "--update-baseline"]
    assert subprocess.run(write, cwd=repo, capture_output=True).returncode == 0
    kept = json.loads((repo / ".factcheck-baseline.json").read_text())["findings"]
    assert {row["status"] for row in kept} >= {"dropped", "conflict"}
    res = subprocess.run(
        [*cmd, "--baseline", ".factcheck-baseline.json"], cwd=repo, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout
