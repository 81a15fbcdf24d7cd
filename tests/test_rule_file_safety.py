"""Untrusted rule files and config (as a pull request brings them), through the CLI.

Each test builds a real project folder: symlinks out of a rule folder,
``/dev/zero``, FIFOs, config folders that escape the project, control
characters, data files, oversized rule sets and regexes that backtrack.
Every case is one line naming the file and exit 2, never a traceback, a hang
or a secret in the log. See docs/security.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import RuleError
from factcheck.rulefile import read_yaml
from factcheck.ruleset import LoadBudget, compile_regex, load_rule_dir, load_ruleset
from tests.cli_helpers import SECRET, assert_one_line_error, cli

ARTICLE = "It cost 100 miles (260 km) on Monday, 3 March 2015.\n"
RULE = "id: {id}\ntype: conversion\nlevel: warning\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ok.yaml").write_text(RULE.format(id="house-conversion"))
    # a secret outside the rule folder, written as YAML whose value an error would quote
    (tmp_path / "secrets.yaml").write_text(f"type: {SECRET}\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"[http]\n\textraheader = {SECRET}\n")
    return tmp_path


@pytest.mark.parametrize("target", ["../secrets.yaml", "../.git/config", "/etc/passwd"])
def test_rule_file_symlink_out_of_its_folder_is_refused(project: Path, target: str) -> None:
    os.symlink(target, project / "rules" / "evil.yaml")
    assert_one_line_error(cli("check", "story.txt", "--rules", "rules", cwd=project), "evil.yaml")


def test_rule_file_on_dev_zero_or_a_fifo_is_refused(project: Path) -> None:
    os.symlink("/dev/zero", project / "rules" / "zero.yaml")
    assert_one_line_error(cli("check", "story.txt", "--rules", "rules", cwd=project), "zero.yaml")
    os.unlink(project / "rules" / "zero.yaml")
    os.mkfifo(project / "rules" / "pipe.yaml")
    assert_one_line_error(cli("check", "story.txt", "--rules", "rules", cwd=project), "pipe.yaml")
    with pytest.raises(RuleError, match="not a regular file"):
        read_yaml("/dev/zero")  # the size cap is on what is read, not on stat's 0


def test_rule_file_over_the_size_cap_is_refused(project: Path) -> None:
    (project / "rules" / "big.yaml").write_text(RULE.format(id="big") + "#" * 300_000 + "\n")
    assert_one_line_error(cli("check", "story.txt", "--rules", "rules", cwd=project), "big.yaml")


@pytest.mark.parametrize(
    "folders",
    [["/etc"], ["../"], ["rules/../../"], ["~/rules"], ["rules", "/tmp"]],
)
def test_config_rule_folders_stay_inside_the_project(project: Path, folders: list[str]) -> None:
    listed = "\n".join(f"  - {f!r}" for f in folders)
    (project / ".factcheck.yaml").write_text(f"rules:\n{listed}\n")
    assert_one_line_error(cli("check", "story.txt", cwd=project), ".factcheck.yaml")


def test_config_symlinked_to_git_config_is_refused_without_quoting_it(project: Path) -> None:
    sub = project / "desk"
    sub.mkdir()
    (sub / "story.txt").write_text(ARTICLE)
    os.symlink("../.git/config", sub / ".factcheck.yaml")
    assert_one_line_error(cli("check", "desk/story.txt", cwd=project), ".factcheck.yaml")


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f", "\x85\x9b"])
@pytest.mark.parametrize("where", ["rules/bad.yaml", ".factcheck.yaml"])
def test_control_character_in_rule_or_config_file_is_one_line(
    project: Path, char: str, where: str
) -> None:
    if char == "\x85\x9b":
        char = "\x9b"  # a C1 control (CSI); U+0085 alone is allowed by YAML
    text = "fail-on: warning\n" if where == ".factcheck.yaml" else RULE.format(id="bad")
    (project / where).write_text(text.replace("\n", f" #{char}\n", 1), encoding="utf-8")
    res = cli("check", "story.txt", "--rules", "rules", cwd=project)
    assert_one_line_error(res, where.split("/")[-1])
    assert "control character" in res.stderr


def test_data_files_named_with_underscore_are_skipped(project: Path) -> None:
    (project / "rules" / "_units.yaml").write_text("- not\n- a rule\n")
    (project / "rules" / ".hidden.yaml").write_text("- nor this\n")
    res = cli("check", "story.txt", "--rules", "rules", "--list-rules", cwd=project)
    assert res.returncode == 0, res.stderr
    assert "house-conversion" in res.stdout and "_units" not in res.stdout


def test_rule_folder_listed_many_times_is_loaded_once(project: Path) -> None:
    for i in range(60):
        (project / "rules" / f"r{i:03d}.yaml").write_text(RULE.format(id=f"r{i:03d}"))
    listed = "\n".join("  - rules" for _ in range(100))
    (project / ".factcheck.yaml").write_text(f"rules:\n{listed}\n  - ./rules/\n")
    calls = []

    import factcheck.ruleset as ruleset

    real = ruleset.parse_rule

    def counting(path, root=None):
        calls.append(path)
        return real(path, root)

    try:
        ruleset.parse_rule = counting
        rules = load_ruleset(start=project / "story.txt", defaults=False)
    finally:
        ruleset.parse_rule = real
    assert len(rules) == 61 and len(calls) == 61


def test_rule_set_loading_work_is_bounded(project: Path) -> None:
    for i in range(6):
        (project / "rules" / f"r{i}.yaml").write_text(RULE.format(id=f"r{i}"))
    with pytest.raises(RuleError, match="rule set too large"):
        load_rule_dir(project / "rules", budget=LoadBudget(files=5))
    with pytest.raises(RuleError, match="rule set too large"):
        load_rule_dir(project / "rules", budget=LoadBudget(size=100))


REDOS = [
    r"(a|a)*$",
    r".*.*..*=",
    r"(a)?(?(1)b|c)*$",
    r"(a+)+$",
    r"(\w+\s?)*$",
    r"(a)\1*",
    r"(?=(a+)+)b",
    r"a{0,40}a{0,40}a{0,40}b",
    r"x*y*z*$",
]


@pytest.mark.parametrize("pattern", REDOS)
def test_exclude_regexes_that_backtrack_are_refused(project: Path, pattern: str) -> None:
    rule = RULE.format(id="slow") + f"exclude: '{pattern}'\n"
    (project / "rules" / "slow.yaml").write_text(rule)
    res = cli("check", "story.txt", "--rules", "rules", cwd=project)
    assert_one_line_error(res, "slow.yaml")
    assert "exclude" in res.stderr


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)\bbox scores?\b", r"according to.*poll", r"\d+\s?%", r"(?:est(imate)?d?|about)"],
)
def test_exclude_regexes_people_write_are_accepted(pattern: str) -> None:
    compile_regex(pattern)


def test_exclude_regex_reads_a_bounded_part_of_a_long_sentence(project: Path) -> None:
    """A 200 KB sentence with an allowed '.*' still returns (the regex sees 1,000 chars)."""
    rule = RULE.format(id="wide") + "exclude: 'x.*=='\n"
    (project / "rules" / "wide.yaml").write_text(rule)
    (project / "long.txt").write_text("x " * 100_000 + ARTICLE)
    res = cli("check", "long.txt", "--rules", "rules", "--fail-on", "none", cwd=project)
    assert res.returncode == 0, res.stderr
