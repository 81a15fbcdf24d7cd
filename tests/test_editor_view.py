"""The reports an editor reads: prose not markup, drops by sentence, one quote per cut.

Runs the real ``compare`` and ``check`` on article pairs of our own in Markdown
and HTML (tests/fixtures/editor/, invented copy with the kinds of figures wire
stories have), and on the seed pair in ../shared when it is there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "editor"
PAIRS = [
    (FIXTURES / "ferry-old.md", FIXTURES / "ferry-new.md"),
    (FIXTURES / "ferry-old.html", FIXTURES / "ferry-new.html"),
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(capsys, *argv) -> str:
    main([str(a) for a in argv])
    return capsys.readouterr().out


def compare(capsys, old, new, *opts) -> str:
    return run(capsys, "compare", old, new, "--fail-on", "none", *opts)


@pytest.mark.parametrize("old, new", PAIRS, ids=["markdown", "html"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_markup_is_shown_as_its_prose_in_every_format(capsys, old, new, fmt):
    out = compare(capsys, old, new, "-f", fmt)
    markups = ["&lt;/p&gt;", "&lt;strong&gt;", "&amp;quot;", "&amp;mdash;", "&amp;pound;"]
    if fmt != "html":  # the page has paragraphs of its own
        markups += ["</p>", "<strong>"]
    for markup in markups:
        assert markup not in out, (fmt, markup)
    assert "**five**" not in out.replace("**five**", "", 1) or fmt == "markdown"
    assert "https://example.org" not in out  # a link shows as its words
    if fmt == "text":
        assert '"Ocean" class boats' in out and "&quot;" not in out and "£48 million" in out
    if fmt == "markdown":
        assert "£48 million" in out and "&amp;pound;" not in out


@pytest.mark.parametrize("old, new", PAIRS, ids=["markdown", "html"])
def test_locations_still_point_into_the_file(capsys, old, new):
    doc = json.loads(compare(capsys, old, new, "-f", "json"))
    source = {"old": old.read_text("utf-8"), "new": new.read_text("utf-8")}
    conflicts = [f for f in doc["findings"] if f["status"] == "conflict"]
    assert conflicts
    for f in conflicts:
        for side in ("old", "new"):
            m = f[side]
            assert source[side][m["start"] : m["end"]] == m["text"]
    text = compare(capsys, old, new)
    five = source["new"].index("five")
    line = source["new"].count("\n", 0, five) + 1
    col = five - source["new"].rfind("\n", 0, five)
    assert f"new {line}:{col}" in text


def test_drops_are_grouped_by_sentence_and_each_figure_said_once(capsys):
    out = compare(capsys, *PAIRS[0])
    cut = [line for line in out.splitlines() if "In March and April" in line]
    assert len(cut) == 1 and cut[0].strip().startswith("cut: 'In March and April, 312 sailings")
    assert cut[0].rstrip().endswith("- 2 figures")
    assert re.search(r"old 12:4 March and April; old 12:21 312 ", out)
    conflict = next(line for line in out.splitlines() if "'five'" in line)
    assert conflict.count("five") == 1 and conflict.count("four") == 1
    assert "dropped from: 'The boats will carry 1,200 passengers" in out  # the sentence stayed


def test_the_terminal_report_fits_the_terminal(capsys, monkeypatch):
    for columns in (60, 100):
        monkeypatch.setenv("COLUMNS", str(columns))
        out = compare(capsys, *PAIRS[1])
        widths = [
            len(ANSI.sub("", line)) for line in out.splitlines() if "compared with" not in line
        ]
        assert max(widths) <= columns, (columns, max(widths))
        lines = out.splitlines()
        for above, caret in zip(lines, lines[1:]):  # carets still sit under their figure
            if caret.strip() and set(caret.strip()) == {"^"}:
                start = caret.index("^")
                figure = above[start : start + len(caret.strip())]
                assert figure in ("four", "five", "160-km", "260-km"), figure


def test_a_conversion_finding_spans_the_whole_figure(capsys):
    out = run(capsys, "check", FIXTURES / "ferry-new.md", "--fail-on", "none")
    lines = out.splitlines()
    caret = next(n for n, line in enumerate(lines) if line.strip().startswith("^"))
    start = lines[caret].index("^")
    assert lines[caret - 1][start : start + lines[caret].count("^")] == "100-mile (260-km)"


def test_seed_pair_reads_as_an_editors_note(capsys):
    old = shared_path("seeds", "border-asylum-wire.txt")
    new = shared_path("seeds", "border-asylum-rewrite.txt")
    out = compare(capsys, old, new)
    assert out.count("In January and February") == 1
    assert "cut: 'In January and February, 143 people walked" in out
    assert "- 2 figures" in out and "- 4 figures" in out


# --- the Markdown comment ----------------------------------------------------------------


def markdown_report(files):
    """A compare report over (old path, new path) pairs, as ``compare -f markdown`` builds it."""
    import argparse

    from factcheck.commands.common import prepare
    from factcheck.compare import compare_texts
    from factcheck.report import FileReport, Report

    out = []
    for old, new in files:
        if new is None:
            out.append(FileReport(str(old), error="no such file"))
            continue
        old_text, new_text = old.read_text("utf-8"), new.read_text("utf-8")
        findings = compare_texts(old_text, new_text, old_path=old.name, new_path=new.name)
        out.append(FileReport(new.name, new_text, findings, old_path=old.name, old_text=old_text))
    report = Report("compare", out)
    prepare(report, argparse.Namespace())
    return report


def test_markdown_comment_folds_files_with_flags_and_skips_clean_ones():
    from factcheck.report import render

    md_old, md_new = PAIRS[0]
    report = markdown_report([(md_old, md_new), (md_old, md_old), (FIXTURES / "gone.md", None)])
    out = render(report, "markdown")
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 3  # the header, our flagged pair and the unreadable file
    assert "ferry-old.md" not in rows[1].split("vs")[0]  # the clean pair has no row
    assert "1 file with no flags." in out
    assert out.count("<details>") == 1 and out.count("</details>") == 1
    summary = next(line for line in out.splitlines() if line.startswith("<summary>"))
    assert summary.endswith("</summary>") and "ferry-new.md" in summary
    assert "2 conflicts" in summary and "match" not in summary
    assert out.count("In **March and April**, **312** sailings") == 1  # the cut sentence, once
    assert "**cut** · 2 figures" in out
    conflict = next(line for line in out.splitlines() if "'five' where" in line)
    assert conflict.count("five") == 1  # the figure said once, in the message


def test_markdown_comment_has_one_cap_ending_in_and_n_more():
    from factcheck.report import render

    report = markdown_report([PAIRS[0]] * 40)
    out = render(report, "markdown", max_chars=6000)
    assert len(out) <= 6000
    assert out.count("<details>") == out.count("</details>") >= 1
    more = re.search(r"… and (\d+) more: see the full report", out)
    assert more
    flags_per_file = sum(1 for f in report.files[0].findings if f.is_flag)
    assert 0 < int(more.group(1)) < 40 * flags_per_file
    assert "| … and " in out  # the table's rows end in "and N more files" too


def test_a_pairs_summary_line_counts_what_the_footer_counts(capsys, tmp_path):
    """The checks on the new version (here a rewriting pipeline's leftover line) count
    in the pair's summary line as in the footer,
    the Markdown table and the HTML page: one status count everywhere."""
    (tmp_path / "old.txt").write_text("The storm closed 40 schools.\n", "utf-8")
    (tmp_path / "new.txt").write_text(
        "The storm closed 45 schools.\n\nHere is the rewritten article:\n", "utf-8"
    )
    lines = compare(capsys, tmp_path / "old.txt", tmp_path / "new.txt").splitlines()
    assert "Checks on the new version" in "\n".join(lines)
    footer = lines[-1].removeprefix("1 file: ")
    assert lines[1].strip() == footer and footer.startswith("2 conflicts")
