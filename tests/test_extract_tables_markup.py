"""Figures in Markdown and HTML tables keep their column's header (issue 11 item 3, issue 12 item 7).

``factcheck.markup`` keeps a Markdown table's pipes and writes an HTML table as a
pipe table, one row to a line, so that ``factcheck.extract.tables`` gives a figure
alone in a cell its column header as noun and its row's first cell as entity, as
in plain text. Every table here is ours.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract
from factcheck.markup import html_prose, markdown

MD = """Landings rose at both ports.

| Port | Boats |
| --- | ---: |
| Halifax | 212 |
| Lunenburg | 48 |
"""

HTML = """<p>Landings rose at both ports.</p>
<table>
  <thead><tr><th>Port</th><th>Boats</th></tr></thead>
  <tbody>
    <tr>
      <td>Halifax</td>
      <td>212</td>
    </tr>
    <tr><td>Lunenburg<td>48</tr>
  </tbody>
</table>
<p>The season ends on 3 June.</p>
"""


@pytest.mark.parametrize(("source", "read"), [(MD, markdown), (HTML, html_prose)])
def test_a_figure_in_a_table_cell_takes_its_header_and_row(source, read):
    prose = read(source)
    cells = {m.text: m for m in extract(prose.text) if m.kind == "quantity"}
    assert set(cells) == {"212", "48"}
    assert (cells["212"].noun, cells["212"].frame.get("entity")) == ("Boats", "Halifax")
    assert (cells["48"].noun, cells["48"].frame.get("entity")) == ("Boats", "Lunenburg")
    for m in cells.values():  # offsets still point into the file
        assert source[prose.to_source(m.start) : prose.to_source_end(m.end)] == m.text


def test_html_prose_around_a_table_stays_apart_from_it():
    prose = html_prose(HTML)
    assert "Landings rose at both ports." in prose.text
    assert [m.text for m in extract(prose.text) if m.kind == "date"] == ["3 June"]


def test_an_html_table_without_a_header_row_has_no_rule():
    prose = html_prose("<table><tr><td>Halifax</td><td>212</td></tr></table>")
    assert "---" not in prose.text and "| Halifax |" in prose.text


@pytest.mark.parametrize(("path", "source"), [("old.md", MD), ("old.html", HTML)])
def test_compare_reports_the_changed_cell_as_a_conflict(path, source):
    new = source.replace("212", "213")
    findings = compare_texts(source, new, old_path=path, new_path=path)
    conflicts = [f for f in findings if f.status == "conflict"]
    assert [(f.old.text, f.new.text) for f in conflicts] == [("212", "213")]
    assert not [f for f in findings if f.status in ("dropped", "added")]
