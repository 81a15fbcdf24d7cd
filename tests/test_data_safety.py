"""Data safety through the CLI, in real temporary folders and git repositories.

Inputs are never modified (``--output`` or ``--update-baseline`` onto an
input is refused, by file identity rather than by name), writes are atomic,
and a write error is one line and exit 2. See docs/security.md.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from factcheck import output_file
from factcheck.errors import FactcheckError
from tests.cli_helpers import assert_one_line_error, cli, git, init_repo

STORY = "The council approved 14 new buses on Tuesday, 3 March 2015.\nThey cost £3 million.\n"
DRAFT = "The council approved 15 new buses on Tuesday, 3 March 2015.\nThey cost £3 million.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "w.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "new.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["check", "w.txt", "-o", "w.txt"],
        ["check", "w.txt", "-o", "./w.txt"],
        ["check", ".", "-o", "new.txt"],  # an article found in a folder
        ["check", "w.txt", "-o", "link.txt"],  # a symlink to the input
        ["check", "w.txt", "-o", "hard.txt"],  # a hard link: same inode, another name
        ["extract", "w.txt", "-o", "w.txt"],
        ["extract", "new.txt", "w.txt", "--format", "json", "-o", "w.txt"],
        ["compare", "w.txt", "new.txt", "-o", "w.txt"],
        ["compare", "w.txt", "new.txt", "-o", "new.txt"],
        ["check", "w.txt", "--baseline", "w.txt", "--update-baseline"],
        ["compare", "w.txt", "new.txt", "--baseline", "new.txt", "--update-baseline"],
        ["check", "w.txt", "--baseline", "base.json", "-o", "base.json"],
    ],
)
def test_output_never_overwrites_an_input(folder: Path, args: list[str]) -> None:
    os.symlink("w.txt", folder / "link.txt")
    os.link(folder / "w.txt", folder / "hard.txt")
    (folder / "base.json").write_text('{"factcheck_baseline": 1, "findings": []}\n')
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    res = cli(*args, cwd=folder)
    assert_one_line_error(res)
    assert "never modified" in res.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_output_never_overwrites_a_working_tree_article_in_diff(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {"a.txt": STORY})
    (repo / "a.txt").write_text(DRAFT, encoding="utf-8")
    res = cli("diff", "-o", "a.txt", cwd=repo)
    assert_one_line_error(res)
    assert (repo / "a.txt").read_text(encoding="utf-8") == DRAFT


def test_output_to_a_new_file_and_to_devices_still_works(folder: Path) -> None:
    assert cli("check", "w.txt", "-o", "report.txt", cwd=folder).returncode in (0, 1)
    assert "w.txt" in (folder / "report.txt").read_text(encoding="utf-8")
    res = cli("check", "w.txt", "--format", "json", "-o", "/dev/null", cwd=folder)
    assert res.returncode in (0, 1), res.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # written into, never replaced


def test_output_keeps_the_file_mode_it_replaces(folder: Path) -> None:
    report = folder / "report.txt"
    report.write_text("old\n")
    report.chmod(0o640)
    cli("check", "w.txt", "-o", "report.txt", cwd=folder)
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert "old" not in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "target",
    ["/dev/full", "no-such-folder/report.txt", "."],
)
def test_output_write_error_is_one_line(folder: Path, target: str) -> None:
    if target == "/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    res = cli("check", "w.txt", "-o", target, cwd=folder)
    assert_one_line_error(res)
    assert target in res.stderr


def test_baseline_write_error_is_one_line(folder: Path) -> None:
    res = cli("check", "w.txt", "--baseline", "nowhere/b.json", "--update-baseline", cwd=folder)
    assert_one_line_error(res)


def test_output_write_is_atomic_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("the accepted findings\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_file.os, "replace", broken_replace)
    with pytest.raises(FactcheckError, match="No space left"):
        output_file.write_text(str(target), "a new report\n")
    assert target.read_text() == "the accepted findings\n"
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary left


def test_output_write_is_atomic_when_rendering_fails(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error while the report is produced leaves the old --output file whole."""
    import argparse

    from factcheck.commands.common import output_stream

    report = folder / "report.txt"
    report.write_text("yesterday's report\n")
    args = argparse.Namespace(output=str(report), quiet=False)
    with pytest.raises(RuntimeError), output_stream(args) as out:
        out.write("half a rep")
        raise RuntimeError("renderer failed")
    assert report.read_text() == "yesterday's report\n"


def test_folder_walk_reads_only_regular_files_inside_the_folder(tmp_path: Path) -> None:
    """A FIFO named like an article would block for ever; a link out would leak a file."""
    from tests.cli_helpers import SECRET

    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(desk / "pipe.txt")
    (tmp_path / "secret.txt").write_text(f"{SECRET} cost 5 km (4 miles).\n")
    os.symlink("../secret.txt", desk / "linked.txt")
    os.symlink("story.txt", desk / "alias.txt")  # a link inside the folder is fine
    res = cli("check", "desk", "--format", "json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert SECRET not in res.stdout
    files = {f["path"] for f in json.loads(res.stdout)["files"]}
    assert files == {"desk/story.txt", "desk/alias.txt"}


# --------------------------------------------------------------------------- rule set files

PROJECT = {
    ".factcheck.yaml": "rules: [house]\noptions:\n  reference:\n    facts: facts.yaml\n",
    "house/bus-weekday.yaml": "id: bus-weekday\ntype: weekday\nlevel: warning\n",
    "facts.yaml": "facts:\n  - subject: the bus fleet\n    keywords: [buses]\n"
    "    value: 14\n    noun: buses\n    source: the council\n",
    "extra/sums.yaml": "id: sums\ntype: arithmetic\nlevel: warning\n",
}
"""A project whose run reads a config, a rule folder of its own, a facts file and --rules."""


def _project(root: Path) -> Path:
    for name, text in PROJECT.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    os.symlink("house/bus-weekday.yaml", root / "rule-link.yaml")
    return root


def _files(root: Path) -> list[Path]:
    return [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink() and ".git" not in p.parts
    ]


def _unchanged(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime: compared before and after a run."""
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns) for p in _files(root)}


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """``_unchanged`` after moving every mtime into the past, so that any rewrite shows."""
    for p in _files(root):
        os.utime(p, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    return _unchanged(root)


RULE_SET_TARGETS = [".factcheck.yaml", "house/bus-weekday.yaml", "facts.yaml", "extra/sums.yaml"]


@pytest.mark.parametrize("target", [*RULE_SET_TARGETS, "rule-link.yaml"])
@pytest.mark.parametrize(
    "command",
    [
        ["check", "w.txt", "--rules", "extra"],
        ["check", "--list-rules", "w.txt", "--rules", "extra"],
        ["compare", "w.txt", "new.txt", "--rules", "extra"],
    ],
)
def test_output_never_overwrites_a_rule_set_file(
    folder: Path, command: list[str], target: str
) -> None:
    _project(folder)
    ok = cli(*command, "-o", "report.txt", cwd=folder)  # the project itself is valid
    assert ok.returncode in (0, 1), ok.stderr
    before = _snapshot(folder)
    res = cli(*command, "-o", target, cwd=folder)
    assert_one_line_error(res, target)
    refused = "which this run reads", "never replaces a project's settings"  # by name first
    assert any(why in res.stderr for why in refused), res.stderr
    assert _unchanged(folder) == before


@pytest.mark.parametrize("target", RULE_SET_TARGETS)
@pytest.mark.parametrize(
    "command",
    [["check", "w.txt", "--rules", "extra"], ["compare", "w.txt", "new.txt", "--rules", "extra"]],
)
def test_update_baseline_never_overwrites_a_rule_set_file(
    folder: Path, command: list[str], target: str
) -> None:
    _project(folder)
    before = _snapshot(folder)
    res = cli(*command, "--baseline", target, "--update-baseline", cwd=folder)
    assert_one_line_error(res, target)
    assert "--update-baseline would overwrite" in res.stderr
    assert _unchanged(folder) == before


@pytest.mark.parametrize("target", RULE_SET_TARGETS)
@pytest.mark.parametrize("head", [False, True])
def test_diff_output_never_overwrites_a_rule_set_file(
    tmp_path: Path, target: str, head: bool
) -> None:
    repo = _project(init_repo(tmp_path / "repo", {}))
    (repo / "a.txt").write_text(STORY, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first")
    (repo / "a.txt").write_text(DRAFT, encoding="utf-8")
    mode = []
    if head:  # revisions read as blobs; the config and rule files still come from the tree
        git(repo, "commit", "-qam", "draft")
        mode = ["--base", "HEAD~1", "--head", "HEAD"]
    ok = cli("diff", *mode, "--rules", "extra", "-o", "report.txt", cwd=repo)
    assert ok.returncode in (0, 1), ok.stderr
    before = _snapshot(repo)
    res = cli("diff", *mode, "--rules", "extra", "-o", target, cwd=repo)
    assert_one_line_error(res, target)
    assert _unchanged(repo) == before


def test_batch_output_never_overwrites_a_rule_file(folder: Path) -> None:
    (folder / "extra").mkdir()
    (folder / "extra" / "sums.yaml").write_text(PROJECT["extra/sums.yaml"], encoding="utf-8")
    (folder / "in.jsonl").write_text(json.dumps({"id": "1", "text": STORY}) + "\n")
    before = _snapshot(folder)
    res = cli("batch", "in.jsonl", "--rules", "extra", "-o", "extra/sums.yaml", cwd=folder)
    assert_one_line_error(res, "extra/sums.yaml")
    assert _unchanged(folder) == before


@pytest.mark.parametrize("command", [["check", "w.txt"], ["compare", "w.txt", "new.txt"]])
def test_output_never_overwrites_the_pyproject_or_config_in_use(
    folder: Path, command: list[str]
) -> None:
    (folder / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "warning"\n')
    (folder / "settings.yaml").write_text("fail-on: error\n")
    before = _snapshot(folder)
    res = cli(*command, "-o", "pyproject.toml", cwd=folder)
    assert_one_line_error(res, "pyproject.toml")
    res = cli(*command, "--config", "settings.yaml", "-o", "settings.yaml", cwd=folder)
    assert_one_line_error(res, "settings.yaml")
    assert _unchanged(folder) == before


@pytest.mark.parametrize("target", [".gitignore", "pyproject.toml", "sub/.gitignore", "note.txt"])
@pytest.mark.parametrize(
    "command",
    [
        ["check", "w.txt"],
        ["compare", "w.txt", "new.txt"],
        ["check", "w.txt", "--baseline", "{target}", "--update-baseline"],
    ],
)
def test_output_never_replaces_gitignore_or_a_pyproject_without_our_table(
    folder: Path, command: list[str], target: str
) -> None:
    """Files the run may not read (git reads .gitignore; a pyproject without [tool.factcheck]
    is skipped) are still the project's: refused by name, a link to one too, new or not."""
    (folder / ".gitignore").write_text("drafts/\n")
    (folder / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    (folder / "sub").mkdir()  # no .gitignore there yet: creating one is refused too
    os.symlink(".gitignore", folder / "note.txt")
    before = _snapshot(folder)
    args = [a.replace("{target}", target) for a in command]
    if "--update-baseline" not in args:
        args += ["-o", target]
    res = cli(*args, cwd=folder)
    assert_one_line_error(res, target)
    assert "never replaces a project's settings" in res.stderr
    assert _unchanged(folder) == before
    assert not (folder / "sub" / ".gitignore").exists()


def test_batch_output_never_replaces_gitignore(folder: Path) -> None:
    (folder / ".gitignore").write_text("drafts/\n")
    (folder / "in.jsonl").write_text(json.dumps({"id": "1", "text": STORY}) + "\n")
    before = _snapshot(folder)
    res = cli("batch", "in.jsonl", "-o", ".gitignore", cwd=folder)
    assert_one_line_error(res, ".gitignore")
    assert _unchanged(folder) == before
