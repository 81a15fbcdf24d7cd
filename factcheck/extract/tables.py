"""A figure alone in a table cell: what its column counts and whose row it is.

In a pipe table ("| Port | Boats |", a rule "| --- | --- |", then rows) a cell
holding only "212" says nothing in its own words; the header of its column says
what it counts ("Boats") and the first cell of its row whose figure it is
("Halifax"). ``attach_table_headers`` gives such a figure the header as its
counted noun (so its frame's ``measure`` is "boats") and the row's first cell as
its ``entity``, so that compare pairs "Halifax 212 boats" with "Halifax 213
boats" as one fact changed, and not with Lunenburg's 48.

The tables are found once per text, each row's cell borders once, and each
figure looks its table up by bisection: linear in the text.
"""

from __future__ import annotations

import bisect
import re

from factcheck.extract.frame import measure_of
from factcheck.mention import Mention

_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
"""The rule under a header row: "| --- | ---: |", "---|---" (two columns at least)."""
_HEADER_WORDS = re.compile(r"[A-Za-z][A-Za-z'’ -]*[A-Za-z]|[A-Za-z]")


class _Table:
    def __init__(self, header: list[str], start: int, end: int):
        self.header = header
        self.start = start
        self.end = end


def _cells(line: str) -> list[str]:
    """The cells of one table row, without the outer pipes."""
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _tables(text: str) -> list[_Table]:
    """Every pipe table of ``text``: its header cells and the span of its body rows."""
    found = []
    for rule in _RULE.finditer(text):
        head_end = rule.start() - 1
        if head_end < 0:
            continue
        head_start = text.rfind("\n", 0, head_end) + 1
        header = text[head_start:head_end]
        if "|" not in header:
            continue
        body_start = rule.end() + 1
        end = body_start
        while end < len(text):
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if "|" not in text[end:line_end]:
                break
            end = line_end + 1
        found.append(_Table(_cells(header), body_start, min(end, len(text))))
    return found


def _header_noun(cell: str) -> str | None:
    """ "Boats" -> "Boats"; "Catch (tonnes)" -> "Catch"; "2024" or "" -> None."""
    words = _HEADER_WORDS.match(cell.split("(")[0].strip())
    return words.group().strip() if words and not re.search(r"\d", cell) else None


def attach_table_headers(text: str, mentions: list[Mention]) -> None:
    """Give a figure alone in a pipe-table cell its column header as noun and the
    first cell of its row as entity (``mentions`` in text order, frames set)."""
    if "|" not in text or "---" not in text:
        return
    tables = _tables(text)
    if not tables:
        return
    starts = [t.start for t in tables]
    rows: dict[int, tuple[list[int], int, str]] = {}  # line start -> (pipes, line end, first cell)
    for m in mentions:
        if m.kind != "quantity" or m.noun or m.unit or m.role:
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or not tables[i].start <= m.start < tables[i].end:
            continue
        table = tables[i]
        line_start = text.rfind("\n", 0, m.start) + 1
        if line_start not in rows:
            line_end = text.find("\n", m.start)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            pipes = [line_start + k for k, c in enumerate(line) if c == "|"]
            rows[line_start] = (pipes, line_end, _cells(line)[0] if pipes else "")
        pipes, line_end, first = rows[line_start]
        k = bisect.bisect_left(pipes, m.start)
        if k == 0 or k == len(pipes) and text[line_start : pipes[0]].strip() == "":
            continue  # not between two borders
        cell_start = pipes[k - 1] + 1
        cell_end = pipes[k] if k < len(pipes) else line_end
        if text[cell_start:cell_end].strip() != m.text:
            continue  # the cell says more than the figure: its own words count
        column = k - 1 if text[line_start : pipes[0]].strip() == "" else k
        if column >= len(table.header):
            continue
        noun = _header_noun(table.header[column])
        if noun:
            m.noun = noun
            measure = measure_of(m)
            if measure:
                m.frame = {**m.frame, "measure": measure}
        if column > 0 and re.search(r"[A-Za-z]", first) and not re.search(r"\d", first):
            m.frame = {**m.frame, "entity": first}
