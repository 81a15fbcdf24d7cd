"""The figure an editor is shown: with the qualifier the extractor read for it.

Locations (``start``/``end``, line:column) stay the figure alone; the caret line of
the text report, the ``<mark>`` of the HTML page, the Markdown report and the
figure a compare message quotes cover "about 18 months" (docs/reports.md, "The
figure as shown, and its offsets"). Sentences are ours.
"""

from __future__ import annotations

import json
import re

import pytest

import factcheck
from factcheck.cli import main
from factcheck.mention import written_span

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    "sentence, figure, shown",
    [
        ("The repairs took about 18 months.", "18 months", "about 18 months"),
        ("Some 2,400 anglers signed up.", "2,400", "Some 2,400"),
        ("The ferry carries more  than 300 cars.", "300", "more  than 300"),
        ("The grant is open to anyone over the age of 50.", "50", "over the age of 50"),
        ("Tickets went to 50 or so families.", "50", "50 or so"),
        ("The stadium holds ~30,000 fans.", "30,000", "~30,000"),
        ("The clip drew 90k+ views.", "90k", "90k+"),
        ("The board cut the fee to £40.", "£40", "£40"),  # no qualifier: its own span
        ("Prices rose 9% over three years.", "three years", "three years"),  # "over" says when
    ],
)
def test_written_span_is_the_figure_with_its_qualifier(sentence, figure, shown):
    m = next(m for m in factcheck.extract(sentence) if m.text == figure)
    start, end = written_span(m, sentence)
    assert sentence[start:end] == shown
    assert sentence[m.start : m.end] == figure  # the mention's own span is untouched


OLD = "The harbour board said repairs to the north pier took about 18 months.\n"
NEW = "The harbour board said repairs to the north pier took 20 months.\n"


@pytest.fixture()
def pair(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def run(capsys, *argv) -> str:
    main([str(a) for a in argv])
    return capsys.readouterr().out


def test_the_caret_and_the_message_cover_the_qualifier(capsys, pair):
    out = ANSI.sub("", run(capsys, "compare", *pair, "--fail-on", "none", "--color", "never"))
    assert "'about 18 months'" in out, out
    lines = out.splitlines()
    old_line = next(i for i, line in enumerate(lines) if "took about 18 months" in line)
    caret = lines[old_line + 1]
    at = lines[old_line].index("about 18 months")
    assert caret[at:].rstrip() == "^" * len("about 18 months"), out


def test_the_html_mark_covers_the_qualifier_and_json_keeps_the_figure(capsys, pair):
    page = run(capsys, "compare", *pair, "--fail-on", "none", "-f", "html")
    marks = re.findall(r"<mark [^>]*>([^<]*)</mark>", page)
    assert "about 18 months" in marks and "18 months" not in marks, marks
    doc = json.loads(run(capsys, "compare", *pair, "--fail-on", "none", "-f", "json"))
    conflict = next(f for f in doc["findings"] if f["status"] == "conflict")
    assert OLD[conflict["old"]["start"] : conflict["old"]["end"]] == "18 months"
    assert conflict["old"]["extra"]["qualifier_text"] == "about"


def test_the_markdown_report_quotes_the_figure_as_written(capsys, pair):
    out = run(capsys, "compare", *pair, "--fail-on", "none", "-f", "markdown")
    assert "about 18 months" in out


def test_a_summary_with_no_flags_says_it_was_read_as_one_in_markdown(capsys, tmp_path):
    old, new = tmp_path / "source.txt", tmp_path / "summary.txt"
    old.write_text(
        "The harbour board said 140 boats used the marina last summer, up from 120 the year "
        "before. Repairs to the north pier will cost £2.4 million, the board said on Tuesday.\n",
        encoding="utf-8",
    )
    new.write_text("Key points:\n- Repairs to the pier will cost £2.4 million.\n", encoding="utf-8")
    out = run(capsys, "compare", old, new, "--fail-on", "none", "-f", "markdown")
    assert "1 file with no flags." in out
    assert "read as a summary (a summary's heading: 'Key points:')" in out, out
    assert "\n\n\n" not in out
    rewrite = run(
        capsys, "compare", old, new, "--fail-on", "none", "-f", "markdown", "--new-is", "rewrite"
    )
    assert "read as a summary" not in rewrite
