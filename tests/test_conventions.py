"""The conventions ruff, Vale and yamllint users reach for, each through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import assert_one_line_error, cli

WRONG = "The trail is 100 miles (260 km) long.\n"
WEEKDAY = "The talks opened on Monday, 3 March 2015, in the capital.\n"
OLD = (
    "The council approved 14 new buses on Tuesday.\n"
    "The depot will hold 143 vehicles.\n"
    "Each bus costs £300,000, officials said.\n"
)
NEW = "The council approved 15 new buses on Tuesday.\nEach bus costs £300,000, officials said.\n"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(WRONG + WEEKDAY, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.txt").write_text(WRONG, encoding="utf-8")
    return tmp_path


def rules_of(res: subprocess.CompletedProcess) -> list[str]:
    return sorted(f["rule"] for f in json.loads(res.stdout)["findings"])


# --- settings: --config, [tool.factcheck], .factcheck.yaml ------------------------------


def test_pyproject_tool_table_and_yaml_read_the_same_schema(desk):
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.factcheck]\nignore = ["weekday"]\n', encoding="utf-8"
    )
    res = cli("check", ".", "--format", "json", cwd=desk)
    assert rules_of(res) == ["conversion", "conversion"]
    (desk / ".factcheck.yaml").write_text("ignore: [conversion]\n", encoding="utf-8")
    res = cli("check", ".", "--format", "json", cwd=desk)  # .factcheck.yaml first in a folder
    assert rules_of(res) == ["weekday"]


def test_config_option_names_the_settings_file(desk, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("settings") / "house.yaml"
    elsewhere.write_text("select: weekday\n", encoding="utf-8")
    res = cli("check", ".", "--config", str(elsewhere), "--format", "json", cwd=desk)
    assert rules_of(res) == ["weekday"]
    res = cli("check", ".", "--config", str(elsewhere.parent), cwd=desk)
    assert_one_line_error(res, "is a folder, not a settings file")
    bad = elsewhere.with_name("bad.yaml")
    bad.write_text("selcet: weekday\n", encoding="utf-8")
    res = cli("check", ".", "--config", str(bad), cwd=desk)
    assert_one_line_error(res, "bad.yaml:1: selcet: unknown setting")


def test_unknown_key_in_pyproject_names_its_line(desk):
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nmin-levle = "error"\n', encoding="utf-8"
    )
    assert_one_line_error(cli("check", ".", cwd=desk), "pyproject.toml:5: min-levle")


# --- selection: --select, --ignore, per-file-ignores, --min-level -------------------------


def test_select_and_ignore_take_rule_ids_types_and_statuses(desk):
    res = cli("check", "a.txt", "--select", "weekday", "--format", "json", cwd=desk)
    assert rules_of(res) == ["weekday"]
    res = cli("check", "a.txt", "--ignore", "conversion,weekday", cwd=desk)
    assert res.returncode == 0, res.stdout
    res = cli("compare", "old.txt", "new.txt", "--ignore", "dropped", "-f", "json", cwd=_pair(desk))
    assert "dropped" not in {f["status"] for f in json.loads(res.stdout)["findings"]}
    res = cli("check", "a.txt", "--select", "convrsion", cwd=desk)
    assert_one_line_error(res, "'convrsion'")


def test_per_file_ignores_apply_by_glob(desk):
    (desk / ".factcheck.yaml").write_text(
        "per-file-ignores:\n  'drafts/**': [conversion]\n", encoding="utf-8"
    )
    res = cli("check", ".", "--format", "json", cwd=desk)
    files = {f["file"].replace(os.sep, "/") for f in json.loads(res.stdout)["findings"]}
    assert files == {"./a.txt"}


def test_min_level_hides_but_fail_on_still_fails(desk):
    (desk / "c.txt").write_text("A 140-year-old woman was rescued.\n", encoding="utf-8")
    res = cli("check", "c.txt", "--fail-on", "warning", "--min-level", "error", cwd=desk)
    assert res.returncode == 1
    assert "140" not in res.stdout and "below --min-level error not shown" in res.stdout


def test_per_file_levels_relevel_by_glob_before_fail_on(desk):
    """Vale's ``[drafts/*] conversion = warning``: what fails a draft is not what fails a story."""
    (desk / ".factcheck.yaml").write_text(
        "per-file-levels:\n  'drafts/**': {conversion: warning, conflict: info}\n"
        "  '*.md': {weekday: info}\n",
        encoding="utf-8",
    )
    res = cli("check", ".", "--format", "json", cwd=desk)
    assert res.returncode == 1  # a.txt's conversion is still an error
    levels = {
        (f["file"].replace(os.sep, "/"), f["rule"]): f["level"]
        for f in json.loads(res.stdout)["findings"]
    }
    assert levels == {
        ("./a.txt", "conversion"): "error",
        ("./a.txt", "weekday"): "error",
        ("./drafts/b.txt", "conversion"): "warning",  # the rule id wins over the status
    }
    assert cli("check", "drafts/b.txt", cwd=desk).returncode == 0
    assert cli("check", "drafts/b.txt", "--fail-on", "warning", cwd=desk).returncode == 1
    res = cli("check", "drafts", "--min-level", "error", "--format", "concise", cwd=desk)
    assert "b.txt" not in res.stdout


def test_per_file_levels_in_pyproject_and_its_errors(desk):
    (desk / "pyproject.toml").write_text(
        '[tool.factcheck.per-file-levels]\n"drafts/**" = {conversion = "info"}\n', encoding="utf-8"
    )
    res = cli("check", "drafts/b.txt", "--format", "concise", cwd=desk)
    assert res.returncode == 0 and " info " in res.stdout
    (desk / ".factcheck.yaml").write_text(
        "per-file-levels:\n  'drafts/**': {conversion: loud}\n", encoding="utf-8"
    )
    res = cli("check", "drafts/b.txt", cwd=desk)
    assert_one_line_error(res, ".factcheck.yaml:2: per-file-levels.drafts/**.conversion")
    (desk / ".factcheck.yaml").write_text(
        "per-file-levels:\n  'drafts/**': {convrsion: info}\n", encoding="utf-8"
    )
    res = cli("check", "drafts/b.txt", cwd=desk)
    assert_one_line_error(res, "'convrsion'")


def test_min_level_setting_hides_as_the_option_does(desk):
    (desk / "c.txt").write_text("A 140-year-old woman was rescued.\n", encoding="utf-8")
    (desk / ".factcheck.yaml").write_text("min-level: error\nfail-on: warning\n")
    res = cli("check", "c.txt", cwd=desk)
    assert res.returncode == 1
    assert "140" not in res.stdout and "below --min-level error not shown" in res.stdout
    res = cli("check", "c.txt", "--min-level", "info", cwd=desk)  # the command line wins
    assert "140" in res.stdout
    res = cli("compare", "c.txt", "c.txt", "--format", "json", cwd=desk)
    assert json.loads(res.stdout)["findings"] == []  # matches only (info): all hidden


# --- formats and output ---------------------------------------------------------------


def test_concise_is_one_finding_a_line(desk):
    res = cli("check", "a.txt", "--format", "concise", cwd=desk)
    lines = res.stdout.splitlines()
    assert lines[0].startswith("a.txt:1:14: error ") and lines[0].endswith("[conversion]")
    assert lines[1].startswith("a.txt:2:") and lines[1].endswith("[weekday]")


def test_statistics_counts_per_rule(desk):
    res = cli("check", ".", "--statistics", cwd=desk)
    assert res.returncode == 1
    assert res.stdout.splitlines()[0].split() == ["2", "conversion", "error", "conflict"]
    doc = json.loads(cli("check", ".", "--statistics", "-f", "json", cwd=desk).stdout)
    assert {"rule": "weekday", "level": "error", "status": "conflict", "count": 1} in doc


def test_stdin_filename_names_the_article_and_chooses_its_markup(desk):
    (desk / ".factcheck.yaml").write_text("per-file-ignores:\n  '*.md': [weekday]\n")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--stdin-filename", "story.md",
         "--format", "concise"],
        input="# 100 miles\n\n" + WRONG + WEEKDAY,
        cwd=desk, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = res.stdout.splitlines()
    assert lines[0].startswith("story.md:3:14: error")  # the heading is markup, not a figure
    assert not any("weekday" in line for line in lines)  # its settings found by that name


def test_no_color_and_force_color(desk):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}

    def run(**extra):
        return subprocess.run(
            [sys.executable, "-m", "factcheck", "check", "a.txt"],
            cwd=desk, capture_output=True, text=True, env={**env, **extra}, timeout=120,
        ).stdout  # fmt: skip

    assert "\x1b[" not in run()
    assert "\x1b[" in run(FORCE_COLOR="1")
    assert "\x1b[" not in run(FORCE_COLOR="1", NO_COLOR="1")


def test_unknown_name_in_an_inline_comment_is_an_error_naming_file_and_line(desk):
    (desk / "c.md").write_text("# T\n\n<!-- factcheck: disable convrsion -->\n" + WRONG)
    res = cli("check", "c.md", cwd=desk)
    assert res.returncode == 2
    assert "c.md:3: no rule, rule type or status named 'convrsion'" in res.stderr


def test_list_rules_has_descriptions_and_json(desk):
    res = cli("check", "--list-rules", cwd=desk)
    assert "A figure and its conversion must agree." in res.stdout
    doc = json.loads(cli("check", "--list-rules", "--format", "json", cwd=desk).stdout)
    conv = next(r for r in doc["rules"] if r["id"] == "conversion")
    assert conv["description"] and conv["help_uri"].endswith("/docs/rules/conversion.md")


def test_sarif_help_uri_points_at_the_rule_page_in_the_repository(desk):
    doc = json.loads(cli("check", "a.txt", "--format", "sarif", cwd=desk).stdout)
    driver = doc["runs"][0]["tool"]["driver"]
    assert "example.org" not in json.dumps(doc)
    for rule in driver["rules"]:
        page = rule["helpUri"].split("/blob/main/")[1]
        assert (Path(__file__).resolve().parent.parent / page).is_file(), page


def test_a_project_rule_has_no_help_uri_but_names_its_own_file(desk):
    """Only factcheck's own rules have a page in its docs; a project's rule (one that
    overrides a shipped id too) points at no page that does not exist, but at its file."""
    (desk / "house").mkdir()
    (desk / "house" / "turnout.yaml").write_text(
        "id: turnout\ntype: bounds\nlevel: error\nnoun: turnout\nmax: 100\n", encoding="utf-8"
    )
    (desk / "house" / "weekday.yaml").write_text("id: weekday\ntype: weekday\n", encoding="utf-8")
    (desk / ".factcheck.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (desk / "a.txt").write_text(WRONG + WEEKDAY + "Turnout was 112%.\n", encoding="utf-8")
    res = cli("check", "a.txt", "--format", "sarif", cwd=desk)
    assert res.returncode == 1, res.stderr
    rules = {r["id"]: r for r in json.loads(res.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == {"conversion", "weekday", "turnout"}
    assert rules["conversion"]["helpUri"].endswith("/docs/rules/conversion.md")
    for rid in ("turnout", "weekday"):
        assert "helpUri" not in rules[rid]
        assert rules[rid]["properties"]["file"] == f"house/{rid}.yaml"
        assert f"A rule of this project: house/{rid}.yaml." in rules[rid]["help"]["text"]
    listed = json.loads(cli("check", "--list-rules", "--format", "json", cwd=desk).stdout)
    uris = {r["id"]: r["help_uri"] for r in listed["rules"]}
    assert uris["turnout"] is None and uris["weekday"] is None
    assert uris["conversion"].endswith("/docs/rules/conversion.md")


# --- files: exclude, --exclude, .gitignore, extensions, our own reports ---------------


def test_exclude_globs_gitignore_and_extensions(desk):
    (desk / "node_modules").mkdir()
    (desk / "node_modules" / "x.txt").write_text(WRONG)
    (desk / ".gitignore").write_text("node_modules/\n")
    (desk / "d.rst").write_text(WRONG)
    res = cli("check", ".", "--format", "json", cwd=desk)  # outside git: .gitignore read
    files = sorted({Path(f["file"]).name for f in json.loads(res.stdout)["findings"]})
    assert files == ["a.txt", "b.txt"]
    (desk / ".factcheck.yaml").write_text("exclude: [drafts/]\nextensions: [.txt, .rst]\n")
    res = cli("check", ".", "--exclude", "a.txt", "--format", "json", cwd=desk)
    files = sorted({Path(f["file"]).name for f in json.loads(res.stdout)["findings"]})
    assert files == ["d.rst"]
    subprocess.run(["git", "init", "-q"], cwd=desk, check=True)  # in git: git lists the files
    res = cli("check", ".", "--no-respect-gitignore", "--format", "json", cwd=desk)
    files = sorted({Path(f["file"]).name for f in json.loads(res.stdout)["findings"]})
    assert files == ["a.txt", "d.rst", "x.txt"]


def test_reports_factcheck_wrote_are_never_read(desk):
    for fmt, name in (("markdown", "comment.md"), ("html", "factcheck.html"), ("text", "r.txt")):
        res = cli("check", ".", "--format", fmt, "--output", name, cwd=desk)
        assert res.returncode == 1, res.stderr
        again = cli("check", ".", "--format", "json", cwd=desk)
        files = {Path(f["file"]).name for f in json.loads(again.stdout)["findings"]}
        assert files == {"a.txt", "b.txt"}, (fmt, files)


# --- review: accept comments, drops placed in the new version, counts ------------------


def _pair(folder: Path, new: str = NEW) -> Path:
    (folder / "old.txt").write_text(OLD, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    return folder


def test_accept_comments_accept_a_named_drop_or_change(tmp_path):
    accepted = NEW + '\n<!-- factcheck: accept dropped "143" -->\n'
    accepted += '<!-- factcheck: accept conflict "15" -->\n'
    res = cli("compare", "old.txt", "new.txt", "-f", "json", cwd=_pair(tmp_path, accepted))
    doc = json.loads(res.stdout)
    assert not [f for f in doc["findings"] if f["status"] in ("dropped", "conflict")]
    assert res.returncode == 0
    text = cli("compare", "old.txt", "new.txt", cwd=tmp_path).stdout
    assert "accepted by factcheck comments" in text
    typo = NEW + '<!-- factcheck: accept droped "143" -->\n'
    res = cli("compare", "old.txt", "new.txt", cwd=_pair(tmp_path, typo))
    assert_one_line_error(res, "new.txt:3: no rule, rule type or status named 'droped'")


def test_drops_sit_where_they_stood_in_the_new_version(tmp_path):
    _pair(tmp_path)
    sarif = json.loads(cli("compare", "old.txt", "new.txt", "-f", "sarif", cwd=tmp_path).stdout)
    (drop,) = [r for r in sarif["runs"][0]["results"] if r["properties"]["status"] == "dropped"]
    region = drop["locations"][0]["physicalLocation"]["region"]
    assert drop["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "new.txt"
    assert (
        region["startLine"] in (1, 2) and "line 2, column 21 of old.txt" in drop["message"]["text"]
    )
    gh = cli("compare", "old.txt", "new.txt", "-f", "github", cwd=tmp_path).stdout
    (line,) = [x for x in gh.splitlines() if "dropped" in x]
    assert f"line={region['startLine']}," in line
    text = cli("compare", "old.txt", "new.txt", cwd=tmp_path).stdout
    assert "old 2:21" in text and "new 9:" not in text


def test_one_set_of_counts_in_every_format(tmp_path):
    _pair(tmp_path)
    (tmp_path / "new.txt").write_text(NEW + WRONG, encoding="utf-8")
    text = cli("compare", "old.txt", "new.txt", cwd=tmp_path).stdout.strip().splitlines()[-1]
    md = cli("compare", "old.txt", "new.txt", "-f", "markdown", cwd=tmp_path).stdout
    html = cli("compare", "old.txt", "new.txt", "-f", "html", cwd=tmp_path).stdout
    summary = json.loads(cli("compare", "old.txt", "new.txt", "-f", "json", cwd=tmp_path).stdout)
    phrase = text.split(": ", 1)[1]
    assert md.splitlines()[1].endswith(phrase)
    assert phrase.startswith(f"{summary['summary']['conflict']} conflict")
    chips = html.split('aria-label="Show by status"')[1].split("</ul>")[0]
    assert f"<b>{summary['summary']['conflict']}</b> conflict<" in chips
    assert "lv-error" not in chips  # no chip counts by level
