"""Every format renders the same Report faithfully, and escapes what comes from articles.

Reports are built from real extracted mentions of texts we wrote
(tests/report_samples.py), as ``check`` and ``compare`` build them.
"""

from __future__ import annotations

import argparse
import io
import json
import re
from html.parser import HTMLParser

import pytest

from factcheck.commands.common import emit, prepare, use_color
from factcheck.report import FORMATS, FileReport, Report, render
from tests.conftest import shared_path
from tests.report_samples import (
    HOSTILE,
    NEW,
    OLD,
    check_report,
    compare_report,
    conflict_on,
    mention,
)


def ready(report: Report) -> Report:
    prepare(report, argparse.Namespace())
    return report


def hostile_report(path: str = "h.txt") -> Report:
    """A check report on an article full of markup, control characters and workflow syntax."""
    text = HOSTILE + "Costs rose 9%,\x1b[31m::error file=x::owned\x1b[0m @editor | `x` *y*\n"
    findings = []
    for surface in ("40", "7", "9"):
        m = mention(text, surface)
        message = f"bad {m.text} <b>x</b> 100% sure\nsecond line, with: colon"
        findings.append(conflict_on(m, "test.hostile", "error", message, path, text))
    return ready(Report("check", [FileReport(path=path, text=text, findings=findings)]))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_check_and_compare(fmt):
    for report in (ready(check_report()), ready(compare_report())):
        out = render(report, fmt)
        assert isinstance(out, str) and out.strip()


# --- text -------------------------------------------------------------------------------


def test_text_check_has_position_rule_sentence_and_caret_under_figure():
    report = ready(check_report())
    out = render(report, "text", color=False)
    f = report.findings[0]
    lines = out.splitlines()
    assert lines[0] == "new.txt"
    assert f"{f.line}:{f.column}" in lines[1] and "warning" in lines[1] and f.rule in lines[1]
    sentence, caret = lines[2], lines[3]
    col = caret.index("^")
    assert sentence[col : col + caret.count("^")] == f.mentions[0].text
    assert "\x1b" not in out


def test_text_compare_reads_like_an_editors_note():
    report = ready(compare_report())
    out = render(report, "text", color=False)
    assert "new.txt  compared with old.txt" in out
    assert out.splitlines()[1] == "  1 conflict, 1 dropped, 1 added; 3 matches"
    assert "Conflicts" in out and "Dropped" in out and "Added" in out
    assert "Matches" not in out  # counted, not listed
    assert "old 1:68" in out and "new 1:68" in out
    # each caret sits under the figure of the line above it
    lines = out.splitlines()
    for above, caret in zip(lines, lines[1:]):
        if caret.strip() and set(caret.strip()) == {"^"}:
            col = caret.index("^")
            assert above[col : col + len(caret.strip())] in ("14", "15", "43 days", "Monday")
    verbose = render(report, "text", color=False, verbose=True)
    assert "Matches" in verbose and "2,300" in verbose


def test_text_colour_only_when_asked_and_article_escapes_are_removed():
    report = hostile_report()
    plain = render(report, "text", color=False)
    coloured = render(report, "text", color=True)
    assert "\x1b" not in plain
    assert "\x1b[" in coloured
    # the article's own escape sequence never reaches the terminal
    assert "\x1b[31m::error" not in coloured and "[31m::error" in plain


def test_colour_decision_follows_tty_no_color_and_option(monkeypatch):
    args = argparse.Namespace(color="auto")
    assert use_color(args, io.StringIO()) is False  # not a terminal
    assert use_color(argparse.Namespace(color="always"), io.StringIO()) is True
    assert use_color(argparse.Namespace(color="never"), None) is False

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    monkeypatch.setattr("sys.stdout", tty)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(args, tty) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(args, tty) is False


# --- json -------------------------------------------------------------------------------


def test_json_has_the_documented_fields_and_exact_offsets():
    report = ready(compare_report())
    doc = json.loads(render(report, "json"))
    assert {"schema", "tool", "command", "summary", "files", "findings"} <= set(doc)
    assert doc["command"] == "compare"
    assert doc["summary"]["conflict"] == 1
    assert doc["files"][0] == {
        "path": "new.txt",
        "old_path": "old.txt",
        "summary": doc["files"][0]["summary"],
    }
    for f in doc["findings"]:
        for key in ("file", "line", "column", "start", "end", "rule", "level", "status"):
            assert key in f
        assert f["fingerprint"]
        for side, text in (("old", OLD), ("new", NEW)):
            if f[side]:
                m = f[side]
                assert text[m["start"] : m["end"]] == m["text"]
                for key in ("kind", "value", "unit", "dimension", "qualifier", "sentence", "id"):
                    assert key in m


def test_json_lists_unreadable_files():
    report = Report("check", [FileReport(path="gone.txt", error="gone.txt: no such file")])
    doc = json.loads(render(ready(report), "json"))
    assert doc["errors"] == [{"file": "gone.txt", "error": "gone.txt: no such file"}]
    assert doc["files"][0]["error"]


# --- github -----------------------------------------------------------------------------


def test_github_annotations_are_one_line_each_and_escaped():
    report = hostile_report(path="dir/a,b:c.txt")
    out = render(report, "github")
    lines = out.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert line.startswith("::error file=dir/a%2Cb%3Ac.txt,line=")
        props, message = line[len("::error ") :].split("::", 1)
        assert "%0A" in message and "100%25 sure" in message
        assert "\n" not in message and "\r" not in message
        assert "title=factcheck test.hostile%3A conflict" in props
    # the column of the first annotation is the figure's column
    first = report.findings[0]
    assert f"line={first.line},col={first.column}," in lines[0]
    # the article's fake workflow command cannot start a line of its own
    assert not any(line.startswith("::error file=x") for line in lines)


def test_github_compare_annotates_flags_only_and_pins_dropped_to_the_file():
    out = render(ready(compare_report()), "github")
    lines = out.splitlines()
    assert len(lines) == 3  # conflict, dropped, added; matches are not annotated
    assert lines[0].startswith("::error file=new.txt,line=1,col=68,")
    dropped = lines[1]
    assert dropped.startswith("::warning file=new.txt,title=")  # old.txt is not on disk
    assert "line 3, column 30 of old.txt" in dropped


# --- sarif ------------------------------------------------------------------------------


def _sarif_schema():
    return json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text("utf-8"))


@pytest.mark.parametrize("make", [check_report, compare_report, hostile_report])
def test_sarif_validates_against_the_2_1_0_schema(make):
    import jsonschema

    doc = json.loads(render(ready(make()), "sarif"))
    jsonschema.validate(doc, _sarif_schema())


def test_sarif_results_sit_on_file_line_column_with_rules_and_fingerprints():
    report = ready(compare_report())
    doc = json.loads(render(report, "sarif"))
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["compare.conflict", "compare.dropped", "compare.added"]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] for r in rules)
    conflict = run["results"][0]
    assert conflict["ruleId"] == "compare.conflict" and conflict["level"] == "error"
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 1,
        "startColumn": 68,
        "endLine": 1,
        "endColumn": 70,
        "charOffset": 67,
        "charLength": 2,
        "snippet": {"text": "15"},
    }
    conflict_finding = report.findings[0]
    assert conflict["partialFingerprints"] == {"factcheck/v1": conflict_finding.fingerprint}
    assert conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "new.txt"


def test_sarif_reports_unreadable_files_as_notifications():
    import jsonschema

    report = ready(Report("check", [FileReport(path="x.txt", error="x.txt: permission denied")]))
    doc = json.loads(render(report, "sarif"))
    jsonschema.validate(doc, _sarif_schema())
    note = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]
    assert note["message"]["text"] == "x.txt: permission denied"


# --- markdown ---------------------------------------------------------------------------


def test_markdown_has_a_summary_table_then_findings_with_sentences():
    out = render(ready(compare_report()), "markdown")
    marker, heading = out.split("\n", 2)[:2]
    assert marker == "<!-- factcheck report -->"  # invisible on GitHub; never read as an article
    assert heading.startswith("### factcheck compare: 1 conflict, 1 dropped, 1 added; 3 matches")
    assert "| file | conflict | dropped | added | match |" in out
    assert "| new.txt (vs old.txt) | 1 | 1 | 1 | 3 |" in out.replace("\\(", "(").replace("\\)", ")")
    assert "> new: PORTVILLE (Northwire) - The harbour authority said on Tuesday that **15**" in out


def test_markdown_escapes_article_markup_mentions_and_tables():
    out = render(hostile_report(), "markdown")
    assert "<script>" not in out and "<b>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out
    assert "@editor" not in out and "&#64;editor" in out
    body = [line for line in out.splitlines() if line.startswith("  > ")]
    assert body and all("|" not in line.replace("\\|", "") for line in body)


# --- html -------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict]]:
    p = _Tags()
    p.feed(html)
    return p.tags


def test_html_is_self_contained_and_escapes_the_article():
    html = render(hostile_report(), "html")
    tags = _tags(html)
    names = [t for t, _ in tags]
    assert names.count("script") == 1 and "img" not in names
    assert "<b>crews</b>" not in html and "&lt;b&gt;crews&lt;/b&gt;" in html
    assert not any("src" in a for _, a in tags)
    assert all(a["href"].startswith("#") for _, a in tags if "href" in a)
    assert not re.search(r"url\(|@import|https?://", html.split("<main>")[0])
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_html_compare_shows_both_versions_with_marks_by_status():
    html = render(ready(compare_report()), "html")
    tags = _tags(html)
    marks = [a for t, a in tags if t == "mark"]
    classes = " ".join(a["class"] for a in marks)
    for status in ("conflict", "dropped", "match"):
        assert f"st-{status}" in classes
    assert sum(1 for a in marks if "st-conflict" in a["class"]) == 2  # old and new side
    assert any(a.get("class") == "columns" for _, a in tags)
    assert "OLD" in html.upper() and "legend" in html
    # the conflict's two marks share one finding id, so clicking one lights the other
    ids = [a["data-f"] for a in marks if "st-conflict" in a["class"]]
    assert ids[0] == ids[1]


def test_html_check_page_marks_findings_by_level():
    html = render(ready(check_report()), "html")
    marks = [a for t, a in _tags(html) if t == "mark"]
    assert len(marks) == 1 and "lv-warning" in marks[0]["class"]
    assert "does not agree with its conversion" in marks[0]["title"]


# --- emit -------------------------------------------------------------------------------


def _args(tmp_path, **kw):
    base = dict(format="text", output=None, quiet=False, fail_on="error", color="never")
    base.update(kw)
    return argparse.Namespace(**base)


def test_emit_output_quiet_and_fail_on(tmp_path, capsys):
    out_file = tmp_path / "r.json"
    code = emit(compare_report(), _args(tmp_path, format="json", output=str(out_file)))
    assert code == 1  # a conflict at level error
    assert json.loads(out_file.read_text("utf-8"))["summary"]["conflict"] == 1
    assert capsys.readouterr().out == ""
    assert emit(compare_report(), _args(tmp_path, quiet=True, fail_on="none")) == 0
    assert capsys.readouterr().out == ""
    assert emit(check_report(), _args(tmp_path, quiet=True)) == 0  # only a warning
    assert emit(check_report(), _args(tmp_path, quiet=True, fail_on="warning")) == 1


def test_emit_matches_never_fail_a_run(tmp_path):
    report = compare_report()
    for fr in report.files:
        fr.findings = [f for f in fr.findings if f.status == "match"]
    assert emit(report, _args(tmp_path, quiet=True, fail_on="info")) == 0


def test_emit_unreadable_file_among_many_exits_2_after_reporting_the_rest(tmp_path, capsys):
    report = check_report()
    report.files.insert(0, FileReport(path="gone.txt", error="gone.txt: no such file"))
    assert emit(report, _args(tmp_path)) == 2
    out = capsys.readouterr().out
    assert "gone.txt: error: gone.txt: no such file" in out and "units.rounding" in out


# --- with the real engines ------------------------------------------------------------------


def real_reports() -> list[Report]:
    from factcheck.checks import check_text
    from factcheck.compare import compare_texts

    bad = "The bridge is 180 metres (900 feet) long and opened on Monday, March 3, 2025.\n"
    from factcheck.ruleset import default_ruleset

    checked = check_text(bad, path="bridge.txt")
    compared = compare_texts(OLD, NEW)
    # as the commands do: the report describes the rules that ran
    meta = {"rules": default_ruleset().descriptions()}
    return [
        ready(Report("check", [FileReport("bridge.txt", bad, checked)], meta)),
        ready(Report("compare", [FileReport("new.txt", NEW, compared, "old.txt", OLD)], meta)),
    ]


def test_real_check_and_compare_render_in_every_format():
    import jsonschema

    check, compare = real_reports()
    assert any(f.rule == "conversion" for f in check.findings)
    assert {"conflict", "dropped", "match"} <= {f.status for f in compare.findings}
    for report in (check, compare):
        for fmt in FORMATS:
            assert render(report, fmt).strip()
        doc = json.loads(render(report, "sarif"))
        jsonschema.validate(doc, _sarif_schema())
        for result in doc["runs"][0]["results"]:
            region = result["locations"][0]["physicalLocation"].get("region")
            if region and "charOffset" in region:
                text = report.files[0].text
                start = region["charOffset"]
                assert text[start : start + region["charLength"]] == region["snippet"]["text"]
    rules = json.loads(render(check, "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    conversion = next(r for r in rules if r["id"] == "conversion")
    assert conversion["fullDescription"]["text"] == "A figure and its conversion must agree."
    assert conversion["defaultConfiguration"]["level"] == "error"


def test_markdown_stops_listing_before_a_comment_gets_too_long():
    report = ready(compare_report())
    out = render(report, "markdown", max_chars=900)
    assert len(out) < 1200
    assert "more: see the full report" in out
    assert "| file |" in out  # the summary table always comes first


def test_sarif_uri_for_absolute_paths_is_a_file_uri(tmp_path):
    path = str(tmp_path / "a b.txt")
    report = ready(check_report(path=path))
    uri = json.loads(render(report, "sarif"))["runs"][0]["results"][0]["locations"][0]
    assert uri["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")
    assert "a%20b.txt" in uri["physicalLocation"]["artifactLocation"]["uri"]


def test_html_with_many_files_has_an_index_of_in_page_links():
    report = compare_report()
    report.files.append(FileReport(path="gone.txt", error="no such file"))
    html = render(ready(report), "html")
    links = [a["href"] for t, a in _tags(html) if t == "a"]
    assert [h for h in links if h.startswith("#file-")] == ["#file-1", "#file-2"]
    assert all(h.startswith("#") for h in links)  # flags link to their figures in the page
    assert 'id="file-1"' in html and 'id="file-2"' in html and "no such file" in html
