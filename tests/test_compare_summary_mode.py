"""Summary mode: how compare reads NEW (``--new-is``), and what a summary may loosen.

Every pair here is invented. A summary writes a year for a full date and hedges an
exact figure; that is no error there, while the same change in a rewrite is the
conflict consistency.md says. A loosening that makes the claim false stays a flag.
"""

from __future__ import annotations

import json

import pytest
import yaml

import factcheck
from factcheck.compare.reading import read_new, summary_sign
from factcheck.compare.settings import compare_settings
from factcheck.ruleset import load_ruleset
from tests.cli_helpers import assert_one_line_error, cli, init_repo


def _new_side(old: str, new: str, new_is: str) -> list[tuple[str, str | None, str | None]]:
    """(status, loosened or change, NEW's text) of each finding on NEW's side, and drops."""
    return [
        (f.status, f.extra.get("loosened") or f.extra.get("change"), f.new and f.new.text)
        for f in factcheck.compare(old, new, new_is=new_is)
        if f.new is not None or f.status == "dropped"
    ]


# -- what a summary may loosen: true loosenings are no flag, false ones stay flags --------

LOOSENED = [
    # a coarser date OLD's date entails: derived
    ("The mill burned down on 3 October 1871, records show.",
     "The mill burned down in 1871, records show.", "derived", "coarser"),
    ("The mill burned down on 3 October 1871, records show.",
     "The mill burned down in October 1871, records show.", "derived", "coarser"),
    ("The chapel was consecrated in 1764 by the bishop.",
     "The chapel was consecrated in the 1700s by the bishop.", "derived", "coarser"),
    ("The ferry began sailing in early June 2009, the operator said.",
     "The ferry began sailing in June 2009, the operator said.", "derived", "coarser"),
    # a part of the month or year that OLD's days lie in
    ("The fair ran from 25-30 May on the green.",
     "The fair ran at the end of May on the green.", "derived", "coarser"),
    ("The ferry began sailing on 3 February 2009, the operator said.",
     "The ferry began sailing in early 2009, the operator said.", "derived", "coarser"),
    # a hedge that holds for OLD's exact figure: a match
    ("The appeal raised 740 blankets for the shelter.",
     "The appeal raised about 740 blankets for the shelter.", "match", "hedged"),
    ("The appeal raised 740 blankets for the shelter.",
     "The appeal raised at least 740 blankets for the shelter.", "match", "hedged"),
    ("The reservoir is 86 metres deep near the dam.",
     "The reservoir is up to 86 metres deep near the dam.", "match", "hedged"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "status", "kind"), LOOSENED)
def test_a_true_loosening_is_no_flag_in_a_summary_and_a_conflict_in_a_rewrite(
    old, new, status, kind
):
    assert _new_side(old, new, "summary") == [(status, kind, _new_side_text(old, new))]
    rewrite = _new_side(old, new, "rewrite")
    assert [s for s, _, _ in rewrite] == ["conflict"]
    assert rewrite[0][1] in ("vaguer", "qualifier")  # the conflict consistency.md says


def _new_side_text(old: str, new: str) -> str:
    (finding,) = [f for f in factcheck.compare(old, new, new_is="rewrite") if f.new]
    return finding.new.text


FALSE_LOOSENINGS = [
    # a bound that excludes OLD's figure: "more than 740" for 740 is false
    ("The appeal raised 740 blankets for the shelter.",
     "The appeal raised more than 740 blankets for the shelter."),
    ("The appeal raised 740 blankets for the shelter.",
     "The appeal raised fewer than 740 blankets for the shelter."),
    # a bound far off, and a hedge OLD already had turned into another claim
    ("The appeal raised 740 blankets for the shelter.",
     "The appeal raised more than 900 blankets for the shelter."),
    ("The appeal raised about 740 blankets for the shelter.",
     "The appeal raised more than 740 blankets for the shelter."),
    # a hedge dropped says more, not less
    ("The appeal raised about 740 blankets for the shelter.",
     "The appeal raised 740 blankets for the shelter."),
    # a date narrowed to a part OLD does not say, or an edge dropped
    ("The ferry began sailing on 24 June 2009, the operator said.",
     "The ferry began sailing in early June 2009, the operator said."),
    ("The ferry began sailing on 24 October 2009, the operator said.",
     "The ferry began sailing in early 2009, the operator said."),
    ("The fair ran from 21 June to 13 July on the green.",
     "The fair ran at the end of July on the green."),
    ("The ferry began sailing before June 2009, the operator said.",
     "The ferry began sailing in 2009, the operator said."),
    # another year is another value, however coarse
    ("The mill burned down on 3 October 1871, records show.",
     "The mill burned down in 1872, records show."),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new"), FALSE_LOOSENINGS)
def test_a_loosening_that_makes_the_claim_false_stays_a_flag_in_a_summary(old, new):
    statuses = [s for s, _, _ in _new_side(old, new, "summary")]
    assert "conflict" in statuses or "added" in statuses, statuses


def test_a_vague_word_for_a_figure_stays_a_conflict_in_a_summary():
    old = "The rescue took six hours in heavy rain."
    new = "The rescue took several hours in heavy rain."
    assert ("conflict", "vaguer", "several hours") in _new_side(old, new, "summary")


def test_a_summary_drops_without_a_flag_and_a_rewrite_does_not():
    old = "The council approved 14 homes and a 60-space car park on Tuesday."
    new = "The council approved 14 homes on Tuesday."
    assert "dropped" not in [s for s, _, _ in _new_side(old, new, "summary")]
    assert "dropped" in [s for s, _, _ in _new_side(old, new, "rewrite")]


def test_a_loosened_finding_says_what_was_loosened():
    old = "The mill burned down on 3 October 1871, records show."
    new = "The mill burned down in 1871, records show."
    (f,) = [f for f in factcheck.compare(old, new, new_is="summary") if f.new]
    assert f.rule == "compare-summary-coarser" and f.level == "info"
    assert f.extra["loosened"] == "coarser"
    assert f.extra["how"] == "3 October 1871 -> 1871"
    assert "1871" in f.message and "3 October 1871" in f.message
    assert "change" not in f.extra  # not a conflict


# -- the rules: data, overridable ---------------------------------------------------------


def test_the_summary_rules_apply_only_when_new_is_read_as_a_summary():
    rules = load_ruleset()
    rewrite, summary = compare_settings(rules, "rewrite"), compare_settings(rules, "summary")
    assert rewrite.verdict("dropped").rule == "compare-dropped"
    assert summary.verdict("dropped") is None
    assert rewrite.loosening("coarser") is None
    assert summary.loosening("coarser").status == "derived"
    assert summary.loosening("hedged").status == "match"
    assert summary.rounding == rewrite.rounding == "always"  # a loosening sets no tolerance


def test_a_project_shows_a_summarys_drops_again_by_overriding_the_rule(tmp_path):
    folder = tmp_path / "house"
    folder.mkdir()
    doc = {"id": "compare-summary-dropped", "type": "consistency", "level": "info",
           "status": "dropped", "new_is": "summary", "report": True}  # fmt: skip
    (folder / "dropped.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    rules = load_ruleset(rule_dirs=[folder])
    old = "The council approved 14 homes and a 60-space car park on Tuesday."
    new = "The council approved 14 homes on Tuesday."
    dropped = [f for f in factcheck.compare(old, new, rules=rules, new_is="summary")
               if f.status == "dropped"]  # fmt: skip
    assert [(f.rule, f.level) for f in dropped] == [("compare-summary-dropped", "info")]


def test_a_loosening_rule_may_not_report_a_drop_or_an_addition(tmp_path):
    from factcheck.errors import RuleError

    folder = tmp_path / "house"
    folder.mkdir()
    doc = {"id": "x-coarser", "type": "consistency", "status": "added", "change": "coarser"}
    (folder / "x.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(RuleError, match="loosening"):
        load_ruleset(rule_dirs=[folder])


# -- auto: telling a summary from a rewrite -----------------------------------------------

SOURCE = (
    "Harbour officials in Porthleven said on Tuesday that 212 boats had been moored "
    "there over the summer, up from 180 last year. The harbour master, Jo Pengelly, said "
    "the new pontoon, which cost £420,000 and opened in May, had drawn visitors from as "
    "far as Brittany. A further 40 berths are planned for 2027, subject to funding, and "
    "the council will decide on the plans next month. Fishermen said the busier harbour "
    "had made the morning landings slower, and asked for two of the berths to be kept "
    "free for working boats between 04:00 and 08:00. The harbour trust, which has run "
    "the quay since 1994, said it would meet them in the autumn to agree a timetable."
)
REWRITE = SOURCE.replace(
    "Harbour officials in Porthleven said", "Officials at Porthleven harbour said"
)


@pytest.mark.parametrize(
    ("new", "sign"),
    [
        ("The article reports that 212 boats moored in Porthleven this summer.", "opens"),
        ("Sure! Here is a summary of the article: 212 boats moored there.", "opens"),
        ("According to the passage, 212 boats moored at Porthleven.", "opens"),
        ("Porthleven harbour busier\n\nKey points:\n- 212 boats moored this summer.", "heading"),
        ("porthleven harbour had 212 boats this summer , up from 180 , officials said .",
         "tokenised"),
        ("Porthleven had 212 boats this summer.", "words"),
    ],
)  # fmt: skip
def test_auto_reads_a_summary_by_its_opening_heading_tokens_or_length(new, sign):
    reading = read_new(SOURCE, new, "auto")
    assert reading.new_is == "summary" and sign in reading.why


def test_auto_reads_a_rewrite_as_a_rewrite():
    assert read_new(SOURCE, REWRITE, "auto").new_is == "rewrite"
    # a rewrite that cuts a third is still a rewrite; an emptied one drops every figure
    shorter = SOURCE.rsplit(". ", 2)[0] + "."
    assert read_new(SOURCE, shorter, "auto").new_is == "rewrite"
    assert summary_sign(SOURCE, "") == ""
    # news copy opens "The report says": not a summary's opening
    assert summary_sign(SOURCE, "The report says 212 boats moored. " + REWRITE) == ""


def test_given_reading_wins_and_a_bad_one_is_refused():
    assert read_new(SOURCE, REWRITE, "summary").new_is == "summary"
    assert read_new(SOURCE, "The article reports 212 boats.", "rewrite").new_is == "rewrite"
    with pytest.raises(ValueError, match="auto, rewrite, summary"):
        read_new(SOURCE, REWRITE, "abstract")


def test_the_python_api_reads_new_as_auto_by_default():
    old = "The mill burned down on 3 October 1871, records show, and 40 homes were lost."
    new = "The article reports that the mill burned down in 1871."
    statuses = [f.status for f in factcheck.compare(old, new)]
    assert statuses == ["derived"]  # read as a summary: no conflict, no drop
    assert "conflict" in [f.status for f in factcheck.compare(old, new, new_is="rewrite")]


# -- the command line and the settings file -----------------------------------------------


def _pair(tmp_path):
    (tmp_path / "old.txt").write_text(
        "The mill burned down on 3 October 1871, records show, and 40 homes were lost.\n",
        encoding="utf-8",
    )
    (tmp_path / "new.txt").write_text(
        "The mill burned down in 1871, records show.\n", encoding="utf-8"
    )


def test_cli_new_is_decides_the_reading_and_json_says_which(tmp_path):
    _pair(tmp_path)
    res = cli("compare", "--new-is", "summary", "--format", "json", "old.txt", "new.txt",
              cwd=tmp_path)  # fmt: skip
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["files"][0]["new_is"] == {"new_is": "summary", "asked": "summary", "why": "given"}
    assert doc["summary"] == {"derived": 1}
    res = cli("compare", "--new-is", "rewrite", "old.txt", "new.txt", cwd=tmp_path)
    assert res.returncode == 0  # the vaguer date and the drop are warnings
    assert "vaguer than the original" in res.stdout and "dropped" in res.stdout
    assert "read as a summary" not in res.stdout
    res = cli("compare", "old.txt", "new.txt", cwd=tmp_path)  # auto: a plain short rewrite
    assert "read as a summary" not in res.stdout


def test_cli_text_report_says_a_summary_was_read_as_one(tmp_path):
    _pair(tmp_path)
    res = cli("compare", "--new-is", "summary", "old.txt", "new.txt", cwd=tmp_path)
    assert "read as a summary (as asked)" in res.stdout


def test_cli_bad_new_is_is_one_line_and_exit_2(tmp_path):
    _pair(tmp_path)
    res = cli("compare", "--new-is", "precis", "old.txt", "new.txt", cwd=tmp_path)
    assert_one_line_error(res, "--new-is")
    assert "auto, rewrite, summary" in res.stderr


def test_settings_file_new_is_is_read_and_checked(tmp_path):
    _pair(tmp_path)
    (tmp_path / ".factcheck.yaml").write_text("new-is: summary\n", encoding="utf-8")
    res = cli("compare", "--format", "json", "old.txt", "new.txt", cwd=tmp_path)
    assert json.loads(res.stdout)["files"][0]["new_is"]["asked"] == "summary"
    # the command line wins over the settings
    res = cli("compare", "--new-is", "rewrite", "--format", "json", "old.txt", "new.txt",
              cwd=tmp_path)  # fmt: skip
    assert json.loads(res.stdout)["files"][0]["new_is"]["new_is"] == "rewrite"
    (tmp_path / ".factcheck.yaml").write_text("new-is: precis\n", encoding="utf-8")
    res = cli("compare", "old.txt", "new.txt", cwd=tmp_path)
    assert_one_line_error(res, "new-is")


def test_batch_takes_new_is_and_says_the_reading_on_each_pair(tmp_path):
    rows = [{"id": "a", "old": "The mill burned down on 3 October 1871.",
             "new": "The mill burned down in 1871."}]  # fmt: skip
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    res = cli("batch", "--new-is", "summary", "-j", "1", str(inp), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    (line,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert line["new_is"]["new_is"] == "summary" and line["summary"] == {"derived": 1}
    res = cli("batch", "--new-is", "precis", str(inp), cwd=tmp_path)
    assert_one_line_error(res, "--new-is")


def test_a_coarser_date_must_hold_for_the_whole_period_the_original_gives():
    old = "The trials run from 21 June to 13 July at the county ground."
    july = "The trials run in July at the county ground."
    assert [s for s, _, _ in _new_side(old, july, "summary")] == ["conflict"]
    old = "The festival ran from 3 to 20 June 2015 on the common."
    june = "The festival ran in June 2015 on the common."
    assert _new_side(old, june, "summary") == [("derived", "coarser", "June 2015")]


def test_diff_takes_new_is_for_each_changed_article(tmp_path):
    repo = init_repo(
        tmp_path / "desk",
        {"mill.txt": "The mill burned down on 3 October 1871, records show, and 40 homes "
         "were lost.\n"},
    )  # fmt: skip
    (repo / "mill.txt").write_text("The mill burned down in 1871, records show.\n")
    res = cli("diff", "--new-is", "summary", "--format", "json", cwd=repo)
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["files"][0]["new_is"]["new_is"] == "summary"
    assert doc["summary"] == {"derived": 1}
    res = cli("diff", "--new-is", "precis", cwd=repo)
    assert_one_line_error(res, "--new-is")


@pytest.mark.parametrize(
    "new",
    [
        "The text discusses how 212 boats moored at Porthleven this summer.",
        "In this article, harbour officials say 212 boats moored at Porthleven.",
    ],
)
def test_other_openings_an_llm_gives_a_summary(new):
    assert summary_sign(SOURCE, new).startswith("opens as a summary")


def test_markdown_and_html_reports_say_a_summary_was_read_as_one(tmp_path):
    (tmp_path / "old.txt").write_text(
        "The mill burned down on 3 October 1871, records show, and 40 homes were lost.\n",
        encoding="utf-8",
    )
    (tmp_path / "new.txt").write_text(
        "The mill burned down in 1872, records show.\n", encoding="utf-8"
    )
    for fmt in ("markdown", "html"):
        res = cli("compare", "--new-is", "summary", "--format", fmt, "old.txt", "new.txt",
                  cwd=tmp_path)  # fmt: skip
        assert res.returncode == 1, res.stderr  # 1872 for 1871: a conflict
        assert "read as a summary (as asked)" in res.stdout, fmt
