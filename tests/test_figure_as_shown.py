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


# --- the place shown beside a figure is where the figure as shown starts -----------------

QUALIFIED_OLD = (
    "The harbour board said repairs to the north pier took about 18 months.\n"
    "The festival drew about 1,900 visitors and nearly 40 stalls, and 50 or so boats came.\n"
)
QUALIFIED_NEW = "The harbour board said repairs to the north pier took some 30 months.\n"
LOCATION = re.compile(r"\b(old|new) (\d+):(\d+)")


@pytest.fixture()
def qualified(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(QUALIFIED_OLD, encoding="utf-8")
    new.write_text(QUALIFIED_NEW, encoding="utf-8")
    return old, new


def _at(text: str, line: int, column: int) -> str:
    """The text from ``line:column`` (1-based, characters) to the end of that line."""
    return text.splitlines()[line - 1][column - 1 :]


def _texts() -> dict[str, str]:
    return {"old": QUALIFIED_OLD, "new": QUALIFIED_NEW}


def test_text_report_columns_point_where_the_figure_shown_starts(capsys, qualified):
    out = ANSI.sub(
        "", run(capsys, "compare", *qualified, "--new-is", "rewrite", "--color", "never")
    )
    # "old 2:19 about 1,900; old 2:43 nearly 40" (a sentence's line has two spaces)
    listed = re.findall(r"\b(old|new) (\d+):(\d+) (?! )([^;\n]+?)(?=;|  \[|$)", out, re.M)
    shown = {figure for _side, _l, _c, figure in listed}
    assert {"about 1,900", "nearly 40", "50 or so"} <= shown, out
    for side, line, col, figure in listed:
        if figure.startswith("where it stood"):
            continue  # the sentence of the new version, not a figure
        assert _at(_texts()[side], int(line), int(col)).startswith(figure), (side, line, col)
    # the caret under a conflict's sentence starts at the label's column too
    lines = out.splitlines()
    for i, row in enumerate(lines):
        label = re.match(r"\s+(old|new) (\d+):(\d+)  ", row)
        if label and i + 1 < len(lines) and "^" in lines[i + 1]:
            side, line, col = label.group(1), int(label.group(2)), int(label.group(3))
            caret = lines[i + 1]
            marked = row[caret.index("^") : len(caret.rstrip())]
            assert _at(_texts()[side], line, col).startswith(marked), (row, caret)


@pytest.mark.parametrize("fmt", ["concise", "github", "markdown"])
def test_every_line_column_said_beside_a_quoted_figure_is_where_it_starts(capsys, qualified, fmt):
    out = run(capsys, "compare", *qualified, "--new-is", "rewrite", "--fail-on", "none", "-f", fmt)
    said = re.findall(r"line (\d+), column (\d+) of [^)]*old\.txt", out)  # concise, github
    said += [(ln, col) for side, ln, col in LOCATION.findall(out) if side == "old"]
    assert said, out
    starts = {
        (ln, col)
        for ln, text in enumerate(QUALIFIED_OLD.splitlines(), 1)
        for figure in ("about 18 months", "about 1,900", "nearly 40", "50 or so")
        for col in [text.find(figure) + 1]
        if col
    }
    for ln, col in said:
        assert (int(ln), int(col)) in starts, (ln, col, out)


def test_sarif_and_github_pin_the_figure_the_message_quotes(capsys, qualified):
    doc = json.loads(
        run(
            capsys, "compare", *qualified, "--new-is", "rewrite", "--fail-on", "none", "-f", "sarif"
        )
    )
    conflict = next(r for r in doc["runs"][0]["results"] if r["properties"]["status"] == "conflict")
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == "some 30 months"
    assert "'some 30 months'" in conflict["message"]["text"]
    assert QUALIFIED_NEW[region["charOffset"] :].startswith("some 30 months")
    assert _at(QUALIFIED_NEW, region["startLine"], region["startColumn"]) == "some 30 months."
    assert region["endColumn"] - region["startColumn"] == len("some 30 months")
    github = run(
        capsys, "compare", *qualified, "--new-is", "rewrite", "--fail-on", "none", "-f", "github"
    )
    pinned = re.search(
        r"::\w+ file=[^,]*new\.txt,line=1,col=(\d+),endColumn=(\d+),[^:]*conflict", github
    )
    assert pinned and QUALIFIED_NEW[int(pinned.group(1)) - 1 : int(pinned.group(2)) - 1] == (
        "some 30 months"
    )


def test_json_keeps_the_figure_and_gives_the_figure_as_shown(capsys, qualified):
    doc = json.loads(
        run(capsys, "compare", *qualified, "--new-is", "rewrite", "--fail-on", "none", "-f", "json")
    )
    for f in doc["findings"]:
        text = _texts()[f["side"]]
        assert text[f["start"] : f["end"]] == (f["old"] if f["side"] == "old" else f["new"])["text"]
        shown = f["shown"]
        assert text[shown["start"] : shown["end"]] == shown["text"]
        assert _at(text, shown["line"], shown["column"]).startswith(shown["text"])
        assert shown["start"] <= f["start"] and f["end"] <= shown["end"]
    dropped = {f["shown"]["text"] for f in doc["findings"] if f["status"] == "dropped"}
    assert {"about 1,900", "nearly 40", "50 or so"} <= dropped


def test_html_links_say_where_the_marked_figure_starts(capsys, qualified):
    page = run(
        capsys, "compare", *qualified, "--new-is", "rewrite", "--fail-on", "none", "-f", "html"
    )
    labels = re.findall(r'<a href="#[^"]*">([^<]*?) \((old|new) (\d+):(\d+)\)</a>', page)
    assert {"about 1,900", "nearly 40", "50 or so"} <= {figure for figure, *_ in labels}, page
    for figure, side, line, col in labels:
        assert _at(_texts()[side], int(line), int(col)).startswith(figure.replace("&#x27;", "'"))


def test_a_conversion_is_shown_with_its_closing_bracket_in_every_format(capsys, tmp_path):
    """The caret line and the HTML mark showed "100 miles (260 km)" while JSON's ``shown``,
    the SARIF region and the GitHub columns stopped at "(260 km": one span everywhere now;
    JSON's start/end stay the finding's own."""
    text = "The new trail is 100 miles (260 km) long, the council said.\n"
    path = tmp_path / "trail.txt"
    path.write_text(text, encoding="utf-8")
    want = "100 miles (260 km)"
    (f,) = json.loads(run(capsys, "check", path, "-f", "json"))["findings"]
    assert f["shown"]["text"] == want and text[f["start"] : f["end"]] == want[:-1]
    (result,) = json.loads(run(capsys, "check", path, "-f", "sarif"))["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == want
    assert text[region["startColumn"] - 1 : region["endColumn"] - 1] == want
    github = run(capsys, "check", path, "-f", "github")
    col, end = map(int, re.search(r"col=(\d+),endColumn=(\d+)", github).groups())
    assert text[col - 1 : end - 1] == want
    html = run(capsys, "check", path, "-f", "html")
    assert f">{want}</mark>" in html
    lines = ANSI.sub("", run(capsys, "check", path)).splitlines()
    caret = next(n for n, line in enumerate(lines) if line.strip().startswith("^"))
    start = lines[caret].index("^")
    assert lines[caret - 1][start : start + lines[caret].count("^")] == want
