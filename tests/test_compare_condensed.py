"""The condensed reading of NEW (compare/reading.py, docs/compare.md "Summary mode").

A NEW in at most half of OLD's words and at most five sentences, with no sign of a
summary, is read between a rewrite and a summary: its drops are flagged as in a
rewrite, but a coarser date or a hedge that holds is not, as in a summary. Texts
invented for these tests.
"""

from __future__ import annotations

from factcheck.compare import compare_read, compare_texts
from factcheck.compare.reading import check_new_is, read_new
from factcheck.compare.settings import compare_settings
from factcheck.report.layout import summary_reading

# an encyclopedia-style passage: nine sentences, about 190 words
PASSAGE = (
    "Dunmore Lock is a canal lock on the Tarn Navigation in the county of Wessmoor, about "
    "4 miles (6 km) south of Kelby. It was opened on 12 March 1794 after three years of "
    "work by the engineer Samuel Ridd. The lock has a rise of 14 feet and a chamber 72 feet "
    "long. A keeper's cottage of 1801 stands beside it. Commercial traffic peaked in 1840, "
    "when 310 boats passed through in a single month. The railway reached Kelby in 1852 and "
    "trade declined over the next 40 years. The lock was closed to traffic in 1931 and its "
    "gates were removed in 1948. A trust formed in 1977 restored it with new oak gates at a "
    "cost of £86,000. It reopened on 5 June 1989 and now sees about 1,200 boats a year, most "
    "of them hired narrowboats."
)

# three sentences: a year for a full date, a hedge that holds, figures cut
CONDENSED = (
    "Dunmore Lock, on the Tarn Navigation south of Kelby, was opened in 1794 by the engineer "
    "Samuel Ridd. Closed in 1931, it was restored at a cost of about £86,000 and reopened in "
    "June 1989. It now sees about 1,200 boats a year."
)


def test_a_short_plain_prose_new_is_read_as_condensed():
    reading = read_new(PASSAGE, CONDENSED, "auto")
    assert reading.new_is == "condensed", reading.why
    assert "in 3 sentences" in reading.why


def test_a_condensed_new_does_not_flag_a_coarser_date_or_a_true_hedge():
    findings = compare_texts(PASSAGE, CONDENSED)
    flagged = {(f.status, f.new.text if f.new else None) for f in findings if f.status != "match"}
    assert ("conflict", "1794") not in flagged
    assert ("conflict", "June 1989") not in flagged
    assert ("conflict", "£86,000") not in flagged
    loosened = {f.extra.get("loosened") for f in findings if f.extra.get("loosened")}
    assert loosened == {"coarser", "hedged"}


def test_a_condensed_new_still_flags_its_drops_and_wrong_figures():
    wrong = CONDENSED.replace("Closed in 1931", "Closed in 1913")
    findings = compare_texts(PASSAGE, wrong)
    statuses = {(f.status, (f.old or f.new).text) for f in findings}
    assert ("dropped", "14 feet") in statuses
    assert any(s in ("conflict", "added") and t == "1913" for s, t in statuses)


def test_read_as_a_rewrite_the_same_new_flags_the_loosenings():
    findings = compare_texts(PASSAGE, CONDENSED, new_is="rewrite")
    conflicts = {f.new.text for f in findings if f.status == "conflict"}
    assert {"1794", "June 1989"} <= conflicts


def test_more_sentences_or_more_words_are_a_rewrite():
    # the same facts in six sentences: a compressed rewrite keeps its sentences
    six = CONDENSED.replace(" and reopened in", ". It reopened in") + (
        " Its keeper's cottage dates from 1801. Trade peaked in 1840."
    )
    assert read_new(PASSAGE, six, "auto").new_is == "rewrite"
    # more than half of OLD's words
    long = CONDENSED + " " + PASSAGE[:600]
    assert read_new(PASSAGE, long, "auto").new_is == "rewrite"


def test_a_sign_of_a_summary_still_reads_a_summary():
    opened = "The passage describes a canal lock. " + CONDENSED
    assert read_new(PASSAGE, opened, "auto").new_is == "summary"


def test_condensed_can_be_asked_for_and_takes_only_the_summary_loosenings():
    assert check_new_is("condensed") == "condensed"
    settings = compare_settings(None, "condensed")
    assert settings.verdict("dropped") is not None  # drops are flagged
    assert settings.loosening("coarser").rule == "compare-summary-coarser"
    assert settings.loosening("hedged").rule == "compare-summary-hedged"
    assert compare_settings(None, "summary").verdict("dropped") is None
    assert compare_settings(None, "rewrite").loosening("coarser") is None


def test_the_report_says_a_pair_was_read_condensed():
    _, reading = compare_read(PASSAGE, CONDENSED)
    line = summary_reading(reading.to_dict())
    assert line.startswith("read as a condensed rewrite (condensed: ")
    assert "drops are" in line
    assert summary_reading({"new_is": "rewrite", "asked": "auto", "why": ""}) == ""


def test_a_list_marker_is_no_sentence_of_its_own():
    # a title and three numbered points: four sentences, though "1. " splits off
    # (more than a quarter of OLD's words: points that short would read as a summary)
    points = (
        "Dunmore Lock (1794)\n1. A canal lock on the Tarn Navigation south of Kelby, opened "
        "by the engineer Samuel Ridd.\n2. Closed to traffic in 1931, it was restored by a "
        "trust at a cost of about £86,000.\n3. It reopened in June 1989 and now sees about "
        "1,200 boats a year, most of them hired."
    )
    reading = read_new(PASSAGE, points, "auto")
    assert reading.new_is == "condensed", reading.why
    assert "in 4 sentences" in reading.why


def test_cli_and_settings_take_condensed_and_the_text_report_says_so(tmp_path):
    import json

    from tests.cli_helpers import cli

    (tmp_path / "old.txt").write_text(PASSAGE + "\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(CONDENSED + "\n", encoding="utf-8")
    res = cli("compare", "--format", "json", "old.txt", "new.txt", cwd=tmp_path)
    reading = json.loads(res.stdout)["files"][0]["new_is"]
    assert reading["new_is"] == "condensed" and reading["asked"] == "auto", reading
    res = cli("compare", "old.txt", "new.txt", cwd=tmp_path)
    assert "read as a condensed rewrite (condensed: " in res.stdout
    assert "vaguer than the original" not in res.stdout and "dropped" in res.stdout
    (tmp_path / ".factcheck.yaml").write_text("new-is: condensed\n", encoding="utf-8")
    res = cli("compare", "--format", "json", "old.txt", "new.txt", cwd=tmp_path)
    reading = json.loads(res.stdout)["files"][0]["new_is"]
    assert reading == {"new_is": "condensed", "asked": "condensed", "why": "given"}
    res = cli("compare", "--new-is", "rewrite", "old.txt", "new.txt", cwd=tmp_path)
    assert "vaguer than the original" in res.stdout
