"""Markdown and HTML are checked on their prose; findings point into the file."""

from __future__ import annotations

from factcheck.article import Article
from factcheck.checks import check_text
from factcheck.markup import html_prose, markdown, plain


def conflicts(text, path, **kw):
    return [f for f in check_text(text, path=path, **kw) if f.status == "conflict"]


MD = """---
title: "A 100-mile (260-km) headline in front matter is not prose"
date: 2026-03-01
---

# The **100-mile** (260-km) question

The trail is *100 miles* (260 km) long, [the park says](https://example.org/a-100-mile-(260-km)-page).

```
code: 100 miles (260 km) is not checked here
```

Inline `100 miles (260 km)` code is skipped too.

- A list item: 40C (104F) is fine.
- 1. numbered markers are not figures

| Route | Length |
| --- | --- |
| North | 10 acres (40 hectares) |
"""


def test_markdown_findings_point_into_the_file():
    found = conflicts(MD, "story.md")
    figures = sorted(MD[f.start : f.end] for f in found)
    # the heading, the body sentence and the table cell; front matter and code are skipped
    assert len(found) == 3, [(f.line, f.message) for f in found]
    assert any("100 miles* (260 km" in s or "100 miles" in s for s in figures)
    for f in found:
        line_text = MD.splitlines()[f.line - 1]
        assert line_text[f.column - 1 :].startswith(MD[f.start : f.end].split("\n")[0])
        assert f.file == "story.md"
    lines = sorted(f.line for f in found)
    assert lines == [6, 8, 21]


def test_markdown_prose_drops_markup_but_keeps_words():
    prose = markdown("Some **bold** and [a link](http://x.org/9) and `code 5`.\n")
    assert "bold" in prose.text and "a link" in prose.text
    assert "http" not in prose.text and "code 5" not in prose.text and "**" not in prose.text


def test_markdown_line_markers_go_on_every_line_not_the_first_only():
    prose = markdown("Intro.\n\n## Heading 2\n\n- item one\n> quoted\n3. third\n")
    assert "#" not in prose.text and "-" not in prose.text and ">" not in prose.text
    assert "3." not in prose.text and "Heading 2" in prose.text and "third" in prose.text


HTML = """<!doctype html>
<html><head><title>Ignored 100 miles (260 km)</title>
<style>p { width: 100px }</style></head>
<body>
<h1>Border report</h1>
<p>The 5,500-mile (8,900-km) border.</p>
<p>It is 100&nbsp;miles (260&nbsp;km) from the <a href="/x?1=2">capital</a>.</p>
<script>var x = "100 miles (260 km)";</script>
<pre>100 miles (260 km)</pre>
</body></html>
"""


def test_html_findings_point_into_the_file():
    found = check_text(HTML, path="page.html")
    statuses = sorted((f.status, f.line) for f in found if f.rule == "conversion")
    assert statuses == [("conflict", 7), ("match", 6)]
    conflict = next(f for f in found if f.status == "conflict")
    assert HTML[conflict.start : conflict.end] == "100&nbsp;miles (260&nbsp;km"
    assert conflict.column == HTML.splitlines()[6].index("100") + 1
    assert conflict.mentions[0].text == "100&nbsp;miles"


def test_html_prose_offsets_map_back():
    text = "<p>A &amp; B: 40C</p>"
    prose = html_prose(text)
    i = prose.text.index("40C")
    assert text[prose.to_source(i) : prose.to_source_end(i + 3)] == "40C"
    assert "&" in prose.text and "<p>" not in prose.text


def test_prose_offsets_are_every_offset_of_the_text_kept():
    # the offsets are cut from one shared run of numbers: each text gets its own copy
    short, long = plain("forty miles"), plain("x" * 5000 + " 40 miles")
    assert list(short.offsets) == list(range(len("forty miles") + 1))
    assert list(long.offsets) == list(range(5010))
    assert list(plain("forty miles").offsets) == list(short.offsets)
    text = "A <!-- factcheck: disable conversion --> 40 miles (64 km)."
    prose = plain(text)
    assert prose.text.strip().endswith("40 miles (64 km).")
    after = text.index("-->") + 3
    assert list(prose.offsets[after:]) == list(range(after, len(text) + 1))
    md = markdown("# Title\n\nIt is *40* miles.")
    i = md.text.index("40")
    assert md.to_source(i) == "# Title\n\nIt is *40* miles.".index("40")


def test_plain_text_offsets_are_the_file_offsets():
    text = "Line one.\nIt is 100 miles (260 km) away.\n"
    f = conflicts(text, "story.txt")[0]
    assert (f.line, f.column) == (2, 7)
    assert text[f.start : f.end] == "100 miles (260 km"


def test_inline_comments_switch_a_rule_off_and_on():
    text = (
        "<!-- factcheck: disable conversion -->\n"
        "It is 100 miles (260 km) away.\n"
        "<!-- factcheck: enable conversion -->\n"
        "It is 200 miles (200 km) away.\n"
    )
    for path in ("a.md", "a.html", "a.txt"):
        found = conflicts(text, path)
        assert [f.line for f in found] == [4], path


def test_disable_all_line_and_next_line():
    text = (
        "It is 100 miles (260 km) away. <!-- factcheck: disable-line -->\n"
        "<!-- factcheck: disable-next-line weekday, conversion -->\n"
        "On Tuesday, Feb. 13, 2017, it was 100 miles (260 km) away.\n"
        "On Tuesday, Feb. 13, 2017, they met.\n"
        "<!-- factcheck: disable -->\n"
        "It is 300 miles (300 km) away.\n"
    )
    found = conflicts(text, "a.md")
    assert [(f.rule, f.line) for f in found] == [("weekday", 4)]


def test_directive_names_may_be_rule_ids():
    text = (
        "<!-- factcheck: disable repeated-age -->\nAnna Keller, 45, left. Keller, 54, came back.\n"
    )
    assert conflicts(text, "a.md") == []
    assert len(conflicts(text.split("\n", 1)[1], "a.md")) == 1


def test_article_exposes_what_checks_need():
    art = Article.from_text("Published: March 6, 2017\n\nIt is 5 km (3 miles) away.", path="a.txt")
    assert art.dateline.isoformat() == "2017-03-06"
    assert art.sentences and art.mentions
    assert plain("x <!-- factcheck: disable --> y").text.strip().startswith("x")
