"""``factcheck check``: files and folders, formats, exit codes, errors."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main

WRONG = "The trail is 100 miles (260 km) long.\n"
RIGHT = "The 5,500-mile (8,900-km) border is long.\n"
WARN = "A 140-year-old woman was rescued.\n"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "a.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title\n\n" + RIGHT, encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(f"<p>{WARN}</p>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("100 miles (260 km)", encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_findings_have_the_documented_fields(capsys, desk):
    code, out, _ = run(capsys, "check", desk, "--format", "json")
    assert code == 1
    doc = json.loads(out)
    (f,) = [f for f in doc["findings"] if f["rule"] == "conversion"]
    for key in ("file", "line", "column", "start", "end", "rule", "level", "status", "message"):
        assert key in f
    assert f["file"].endswith("a.txt") and (f["line"], f["column"]) == (1, 14)
    assert WRONG[f["start"] : f["end"]] == "100 miles (260 km"
    assert f["status"] == "conflict" and f["level"] == "error"
    assert [m["text"] for m in f["mentions"]] == ["100 miles", "260 km"]
    files = {x["file"].rsplit("/", 1)[-1] for x in doc["findings"]}
    assert files == {"a.txt", "c.html"}  # folders recursively; .csv is not an article


def test_matches_only_with_the_flag_and_they_never_fail(capsys, desk):
    code, out, _ = run(capsys, "check", desk / "sub" / "b.md", "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    code, out, _ = run(capsys, "check", desk / "sub" / "b.md", "--format", "json", "--matches",
                       "--fail-on", "info")  # fmt: skip
    (f,) = json.loads(out)["findings"]
    assert f["status"] == "match" and f["line"] == 3
    assert code == 0


def test_fail_on_levels(capsys, desk):
    html = desk / "sub" / "c.html"
    assert run(capsys, "check", html)[0] == 0  # a warning does not fail at --fail-on error
    assert run(capsys, "check", html, "--fail-on", "warning")[0] == 1
    assert run(capsys, "check", desk / "a.txt", "--fail-on", "none")[0] == 0


def test_config_sets_fail_on_and_levels(capsys, desk):
    (desk / ".factcheck.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    assert run(capsys, "check", desk / "sub" / "c.html")[0] == 1
    assert run(capsys, "check", desk / "sub" / "c.html", "--fail-on", "error")[0] == 0
    (desk / ".factcheck.yaml").write_text("levels: {conversion: info}\n", encoding="utf-8")
    assert run(capsys, "check", desk / "a.txt")[0] == 0


def test_text_output_groups_by_file_with_position_rule_and_sentence(capsys, desk):
    code, out, _ = run(capsys, "check", desk / "a.txt")
    assert code == 1
    assert "a.txt" in out and "1:14" in out and "conversion" in out and "error" in out
    assert "The trail is 100 miles (260 km) long." in out


def test_an_unreadable_file_is_reported_and_the_rest_still_checked(capsys, desk):
    (desk / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "check", desk / "missing.txt", desk, "--format", "json")
    assert code == 2
    assert "missing.txt: no such file" in err and "empty.txt: file is empty" in err
    doc = json.loads(out)
    assert {e["file"].rsplit("/", 1)[-1] for e in doc["errors"]} == {"missing.txt", "empty.txt"}
    assert any(f["rule"] == "conversion" for f in doc["findings"])
    assert "Traceback" not in err


def test_a_bad_rule_file_is_one_line_and_exit_2(capsys, desk, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules")
    (rules / "x.yaml").write_text("id: x\ntype: conversion\nslack: [\n", encoding="utf-8")
    code, out, err = run(capsys, "check", desk / "a.txt", "--rules", rules)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "x.yaml:" in err and "YAML syntax error" in err


def test_rules_dir_adds_rules(capsys, desk, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules")
    (rules / "young.yaml").write_text(
        "id: house-age\ntype: plausibility\nlevel: error\nmax_age: 100\nchecks: [age]\n"
        "message: 'House style: {text} is too old'\n",
        encoding="utf-8",
    )
    (desk / "old.txt").write_text("A 104-year-old man voted.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", desk / "old.txt", "--rules", rules, "--format", "json")
    assert code == 1
    (f,) = json.loads(out)["findings"]
    assert f["rule"] == "house-age" and f["message"] == "House style: 104-year-old is too old"


def test_date_option_reaches_the_rules(capsys, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("The bridge was opened on June 3, 2027, officials said.\n", encoding="utf-8")
    assert run(capsys, "check", p, "--fail-on", "warning")[0] == 0
    assert run(capsys, "check", p, "--fail-on", "warning", "--date", "2026-01-15")[0] == 1


def test_output_file_and_quiet(capsys, desk):
    target = desk / "report.json"
    code, out, _ = run(capsys, "check", desk / "a.txt", "-f", "json", "-o", target)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]
    code, out, _ = run(capsys, "check", desk / "a.txt", "--quiet")
    assert code == 1 and out == ""


def test_every_report_format_renders_check_findings(capsys, desk):
    from factcheck.report import FORMATS

    for fmt in FORMATS:
        code, out, err = run(capsys, "check", desk / "a.txt", "--format", fmt)
        assert code == 1, (fmt, err)
        assert out.strip(), fmt


def test_a_rule_that_fails_on_an_article_is_one_line_not_a_traceback(tmp_path):
    """A facts file deleted after the rules were loaded makes the reference rule fail."""
    from factcheck.article import Article
    from factcheck.checks import CheckFailed, check_article
    from factcheck.ruleset import load_ruleset

    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "facts:\n  - subject: x\n    keywords: [border]\n    value: 5\n    unit: mile\n",
        encoding="utf-8",
    )
    (tmp_path / ".factcheck.yaml").write_text(
        "options: {reference: {facts: facts.yaml}}\n", encoding="utf-8"
    )
    rules = load_ruleset(start=tmp_path)
    facts.unlink()
    article = Article.from_text("The border is 5 miles long.", path="a.txt")
    with pytest.raises(CheckFailed, match=r"a.txt: rule 'reference' failed \(FileNotFoundError"):
        check_article(article, rules)


def test_list_rules_shows_what_is_in_force(capsys, desk):
    (desk / ".factcheck.yaml").write_text("disable: [weekday]\nlevels: {conversion: warning}\n")
    code, out, _ = run(capsys, "check", "--list-rules", desk / "a.txt")
    assert code == 0
    assert "config: " in out and "weekday " not in out
    (line,) = [x for x in out.splitlines() if x.startswith("conversion ")]
    assert line.split()[:4] == ["conversion", "conversion", "warning", "article"]


def test_no_path_is_an_error(capsys):
    code, out, err = run(capsys, "check")
    assert code == 2 and "at least one PATH" in err


def test_a_folder_without_articles_warns_on_stderr_and_does_not_fail(capsys, tmp_path):
    """As ruff ("No Python files found"): exit 0, one warning line naming the folder and
    what was looked for; --quiet leaves it out; other paths are still checked."""
    empty = tmp_path / "empty"
    empty.mkdir()
    others = tmp_path / "others"
    others.mkdir()
    (others / "notes.csv").write_text(WRONG, encoding="utf-8")
    (tmp_path / "a.txt").write_text(WARN, encoding="utf-8")
    code, out, err = run(capsys, "check", empty)
    assert code == 0 and "0 files" in out
    (line,) = err.splitlines()
    assert line.startswith(f"factcheck: warning: {empty}: no articles found") and ".txt" in line
    code, out, err = run(capsys, "check", empty, others, tmp_path / "a.txt", "--fail-on", "warning")
    assert code == 1 and "1 file" in out
    assert [line.split(": ")[2] for line in err.splitlines()] == [str(empty), str(others)]
    code, out, err = run(capsys, "check", "-q", empty)
    assert (code, out, err) == (0, "", "")
    code, out, err = run(capsys, "check", tmp_path)  # a folder with an article: no warning
    assert err == ""


def test_a_file_named_twice_or_also_inside_a_folder_given_is_checked_once(capsys, desk):
    """As ruff and yamllint: one file, one report, one count, one annotation."""
    a = desk / "a.txt"
    code, out, _ = run(capsys, "check", a, desk, str(a).replace("/a.txt", "/./a.txt"), "-f", "json")
    doc = json.loads(out)
    names = [f["path"] for f in doc["files"]]
    assert len(names) == len(set(names)) == 3 and names[0] == str(a)  # a.txt, b.md, c.html
    assert sum(f["rule"] == "conversion" for f in doc["findings"]) == 1
