"""The prose of a Markdown or HTML file, with a map back to the file's offsets.

Checks read prose only: in Markdown, front matter, fenced code, inline code,
link targets, HTML tags and comments are left out, and the markers of
headings, lists, quotes and emphasis are dropped; in HTML, tags,
comments, scripts, styles, ``<pre>``/``<code>`` and the ``<head>`` are left
out and entities decoded. Block boundaries become blank lines, so that a
heading never runs into the next sentence. Tables stay tables: a Markdown table
keeps its pipes and rule, and an HTML table is written as one ("| Halifax | 212
|", one row to a line), so that a figure in a cell still has its column's header.

``Prose.offsets[i]`` is the offset in the original text of prose character
``i`` (``offsets[len(text)]`` is the end), so a figure found at
``prose.text[a:b]`` is ``original[prose.to_source(a):prose.to_source_end(b)]``:
findings point at the file as stored on disk.

``factcheck:`` comments (``<!-- factcheck: disable conversion -->``) are
collected as ``Prose.directives`` with their offsets in the original text.
"""

from __future__ import annotations

import bisect
import html
import re
from array import array
from dataclasses import dataclass, field

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")

_DIRECTIVE_OPEN = re.compile(r"<!--\s*factcheck:")
"""The opening of a ``<!-- factcheck: ... -->`` comment; its end is found with
``str.find``: a pattern spanning to ``-->`` backtracks cubically on an
unclosed comment followed by spaces."""


def directives_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of every closed ``<!-- factcheck: body -->`` in ``text``.

    Linear: each opening is searched for once and its end once; an unclosed
    comment ends the search, since no later one can close either.
    """
    out = []
    pos = 0
    while (m := _DIRECTIVE_OPEN.search(text, pos)) is not None:
        close = text.find("-->", m.end())
        if close < 0:
            break
        out.append((m.start(), close + 3, text[m.end() : close].strip()))
        pos = close + 3
    return out


def directive_body(comment: str) -> str | None:
    """The body of ``comment`` when it is a whole closed ``factcheck:`` comment."""
    m = _DIRECTIVE_OPEN.match(comment)
    if m is None or not comment.endswith("-->") or len(comment) < m.end() + 3:
        return None
    return comment[m.end() : -3].strip()


@dataclass
class Prose:
    """Checkable text plus, for each character, its offset in the original."""

    text: str
    offsets: array
    directives: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, body) of each ``<!-- factcheck: body -->`` in the original."""

    def to_source(self, i: int) -> int:
        """Original offset of prose offset ``i`` (a start position)."""
        i = max(0, min(i, len(self.text)))
        return self.offsets[i]

    def to_source_end(self, i: int) -> int:
        """Original offset just after prose character ``i - 1`` (an end position)."""
        if i <= 0:
            return self.offsets[0]
        i = min(i, len(self.text))
        return self.offsets[i - 1] + 1


_COUNTING_CACHE = 1 << 20
"""Offsets up to this many are cut from one shared run of numbers (8 bytes each)."""
_counting: list[array] = [array("l")]
"""The shared run 0, 1, 2, ...: replaced, never extended in place, so threads may share it."""


def _offsets(a: int, b: int) -> array:
    """``array("l", range(a, b))``, copied out of a shared run of numbers: each
    character of the prose has its offset, and filling those one number at a time
    cost more than the rest of reading a plain text."""
    if b > _COUNTING_CACHE:
        return array("l", range(a, b))
    numbers = _counting[0]
    if len(numbers) < b:
        numbers = array("l", range(min(max(b, 2 * len(numbers)), _COUNTING_CACHE)))
        _counting[0] = numbers
    return numbers[a:b]


class _Builder:
    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.offsets = array("l")

    def keep(self, a: int, b: int) -> None:
        if b > a:
            self.parts.append(self.source[a:b])
            self.offsets.extend(_offsets(a, b))

    def put(self, s: str, at: int) -> None:
        """Insert ``s`` standing for the original text at ``at``."""
        if s:
            self.parts.append(s)
            self.offsets.extend([at] * len(s))

    def keep_on_one_line(self, a: int, b: int) -> None:
        """Keep ``source[a:b]`` with its line breaks as spaces (a table cell's text)."""
        if b > a:
            self.parts.append(re.sub(r"[\r\n]", " ", self.source[a:b]))
            self.offsets.extend(_offsets(a, b))

    def done(self, end: int) -> Prose:
        self.offsets.append(end)
        return Prose("".join(self.parts), self.offsets)


def plain(text: str) -> Prose:
    """Plain text: the prose is the text, except ``factcheck:`` comments, blanked."""
    b = _Builder(text)
    pos = 0
    directives = []
    for start, end, body in directives_in(text):
        b.keep(pos, start)
        b.put(" " * (end - start), start)
        directives.append((start, end, body))
        pos = end
    b.keep(pos, len(text))
    prose = b.done(len(text))
    prose.directives = directives
    return prose


def prose_of(text: str, path: str | None = None) -> Prose:
    """The prose of ``text``, chosen by the suffix of ``path`` (plain text otherwise)."""
    name = (path or "").lower()
    if name.endswith(MARKDOWN_SUFFIXES):
        return markdown(text)
    if name.endswith(HTML_SUFFIXES):
        return html_prose(text)
    return plain(text)


# --------------------------------------------------------------------------- HTML

_SKIP_ELEMENTS = ("script", "style", "pre", "code", "head", "noscript", "template", "svg", "math")
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
    "td", "th", "section", "article", "header", "footer", "blockquote", "figure",
    "figcaption", "hr", "dt", "dd", "dl", "aside", "nav", "main", "title", "caption",
    "body", "html", "form", "details", "summary",
}  # fmt: skip
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<![^<>]*>"  # doctype
    r"|<\?[^<>]*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>"  # tag
    r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",  # entity
    re.S,
)


def html_prose(text: str) -> Prose:
    return _html_into(text, 0, len(text), _Builder(text), [])


class _PipeTable:
    """An HTML table written into the prose as a pipe table, one row to a line ("|
    Halifax | 212 |", a rule "| --- | --- |" under a header row of ``<th>`` cells or of
    ``<thead>``, or under a first row of words alone, as tables written with ``<td>``
    only head their columns), so that a figure alone in a cell takes its column's
    header as its noun and its row's first cell as its entity, as in plain text
    (``factcheck.extract.tables``)."""

    def __init__(self) -> None:
        self.depth = 0  # nested tables are read as the text of their cell
        self.row_open = self.cell_open = self.header_row = self.ruled = self.in_head = False
        self.cells = 0
        self.rows = 0  # rows written, for the first row's test
        self.row_digits = self.cell_words = False  # the row holds digits; the cell, letters
        self.worded_cells = 0  # cells of the row with letters in them

    def tag(self, name: str, closing: bool, at: int, b: _Builder) -> bool:
        """Write what tag ``name`` stands for; False when it is no table tag to write."""
        if name == "table":
            if not closing:
                self.depth += 1
                if self.depth == 1:
                    self.row_open = self.cell_open = self.ruled = self.in_head = False
                    self.rows = 0
                    b.put("\n\n", at)
                return True
            if self.depth == 1:
                self._end_row(at, b)
                b.put("\n\n", at)
            self.depth = max(0, self.depth - 1)
            return True
        if self.depth != 1:
            return False
        if name == "thead":
            self.in_head = not closing
        elif name == "tr":
            self._end_row(at, b)
            if not closing:
                self._start_row(at, b)
        elif name in ("td", "th"):
            self._end_cell(at, b)
            if not closing:
                if not self.row_open:
                    self._start_row(at, b)
                b.put(" ", at)
                self.cell_open = True
                self.header_row = self.header_row or name == "th"
        elif self.cell_open:
            b.put(" ", at)  # a paragraph or a line break inside a cell stays in its row
        return True

    def text(self, a: int, z: int, b: _Builder) -> None:
        """Keep the text ``source[a:z]`` of the table on its row's line; the blanks
        between rows and cells are no text of a cell."""
        if self.cell_open or b.source[a:z].strip():
            b.keep_on_one_line(a, z)
        if self.cell_open and self.rows == 0:
            chunk = b.source[a:z]
            self.row_digits = self.row_digits or any(c.isdigit() for c in chunk)
            self.cell_words = self.cell_words or any(c.isalpha() for c in chunk)

    def _start_row(self, at: int, b: _Builder) -> None:
        if b.parts and not b.parts[-1].endswith("\n"):
            b.put("\n", at)
        b.put("|", at)
        self.row_open, self.cells, self.header_row = True, 0, self.in_head
        self.row_digits, self.worded_cells = False, 0

    def _end_cell(self, at: int, b: _Builder) -> None:
        if self.cell_open:
            b.put(" |", at)
            self.cells += 1
            self.worded_cells += self.cell_words
            self.cell_open = self.cell_words = False

    def _end_row(self, at: int, b: _Builder) -> None:
        self._end_cell(at, b)
        if not self.row_open:
            return
        b.put("\n", at)
        words_only = self.rows == 0 and not self.row_digits and self.worded_cells >= 2
        if (self.header_row or words_only) and not self.ruled and self.cells:
            b.put("|" + " --- |" * self.cells + "\n", at)
            self.ruled = True
        self.row_open = False
        self.rows += 1


_TABLE_PARTS = frozenset(("thead", "tbody", "tfoot"))


def _html_into(text: str, start: int, end: int, b: _Builder, directives: list) -> Prose:
    pos = start
    skip_until: str | None = None  # closing tag name of a skipped element
    table = _PipeTable()
    for m in _HTML_TOKEN.finditer(text, start, end):
        tok = m.group(0)
        if skip_until is not None:
            if m.group(2) and m.group(1) and m.group(2).lower() == skip_until:
                skip_until = None
                pos = m.end()
                b.put("\n\n", m.start())
            continue
        if table.depth:
            table.text(pos, m.start(), b)
        else:
            b.keep(pos, m.start())
        pos = m.end()
        name = (m.group(2) or "").lower()
        if (
            (table.depth or name == "table")
            and (name in _BLOCK or name in _TABLE_PARTS)
            and table.tag(name, bool(m.group(1)), m.start(), b)
        ):
            continue
        if tok.startswith("<!--"):
            body = directive_body(tok)
            if body is not None:
                directives.append((m.start(), m.end(), body))
            b.put(" ", m.start())
        elif tok.startswith("&"):
            b.put(html.unescape(tok).replace("\xa0", " "), m.start())
        elif m.group(2):
            name = m.group(2).lower()
            closing = bool(m.group(1))
            if not closing and name in _SKIP_ELEMENTS and not tok.endswith("/>"):
                skip_until = name
                b.put(" ", m.start())
            elif name in _BLOCK:
                b.put("\n\n", m.start())
            else:
                b.put(" " if name in ("img", "input") else "", m.start())
        else:
            b.put(" ", m.start())
    if skip_until is None:
        b.keep(pos, end)
    prose = b.done(end)
    prose.directives = directives
    return prose


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FENCE = re.compile(
    r"^[ \t]{0,3}(?=(`{3,}|~{3,}))\1[^\n]*\n.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z)", re.S | re.M
)
"""A fenced block; the opening run is taken whole (a lookahead is atomic): giving
it back one character at a time was quadratic on a line of backticks."""
_HTML_BLOCK = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_LINE_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?",
    re.M,
)
"""Markers at the start of a line; ``re.M`` so that ``^`` holds at a line start other than
the text's first (``match(text, pos)`` without it matched headings on line 1 only)."""
_INLINE = re.compile(
    r"!\[[^\[\]\n]*\]\([^()\n]*\)"  # image
    r"|\]\((?:[^()\n]|\([^()\n]*\))*\)"  # link target after the link text
    r"|\]\[[^\]\n]*\]"  # reference link label
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^<>\"']|\"[^\"\n]*\"|'[^'\n]*')*>"  # inline HTML tag
    r"|<https?://[^<>\s]+>"  # autolink
    r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"  # emphasis markers
    r"|(?<![\w_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w_])"
    r"|~~"
    r"|\\(?=[\\`*_{}\[\]()#+\-.!|])"  # backslash escape
    r"|\[(?=[^\[\]\n]*\](?:\(|\[))",  # opening bracket of a link
    re.M,
)
"""Inline markup to drop. A table's pipes and its rule stay, so that the prose holds a
pipe table as plain text does (``factcheck.extract.tables`` reads its headers)."""
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$", re.M)


def markdown(text: str) -> Prose:
    """Prose of a Markdown document (CommonMark-ish; precise enough for news copy)."""
    b = _Builder(text)
    directives: list[tuple[int, int, str]] = []
    skipped: list[tuple[int, int]] = []
    fm = _FRONT_MATTER.match(text)
    if fm:
        skipped.append((fm.start(), fm.end()))
    for rx in (_FENCE, _HTML_BLOCK, _REF_DEF, _SETEXT):
        covered = _Coverage(skipped)
        for m in rx.finditer(text):
            if not covered.holds(m.start()):
                skipped.append((m.start(), m.end()))
                if rx is _HTML_BLOCK:
                    body = directive_body(m.group(0))
                    if body is not None:
                        directives.append((m.start(), m.end(), body))
    skipped.sort()
    pos = 0
    for s, e in skipped:
        if s < pos:
            continue
        _markdown_lines(text, pos, s, b)
        b.put("\n\n" if text[s:e].count("\n") else " ", s)
        pos = e
    _markdown_lines(text, pos, len(text), b)
    prose = b.done(len(text))
    prose.directives = sorted(directives)
    return prose


class _Coverage:
    """Whether an offset lies in one of some (start, end) spans, in log time.

    A block found by a later pattern is skipped when an earlier pattern's
    block holds its start (a comment inside a fence); testing every earlier
    block was quadratic in a file of many blocks.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among spans starting at or before
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def holds(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.reach[k] > offset


def _markdown_lines(text: str, start: int, end: int, b: _Builder) -> None:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl + 1
        at_line_start = pos == 0 or text[pos - 1] == "\n"
        if at_line_start:
            m = _LINE_PREFIX.match(text, pos, line_end)
            if m and m.end() > pos:
                b.put("\n\n" if "#" in m.group(0) else "", pos)
                pos = m.end()
        _markdown_inline(text, pos, line_end, b)
        pos = line_end


_BACKTICKS = re.compile(r"`+")


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline code spans of ``text[start:end]``: a backtick run up to the next run as long.

    As CommonMark has it; a run with no partner is literal text. Linear: each
    run's partner is looked up, not searched for (a pattern such as
    ``(`+).+?\\1`` is cubic on a line of backticks).
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start, end)]
    partner: list[int | None] = [None] * len(runs)
    next_of_length: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        partner[k] = next_of_length.get(length)
        next_of_length[length] = k
    spans = []
    k = 0
    while k < len(runs):
        closing = partner[k]
        if closing is None:
            k += 1
            continue
        spans.append((runs[k][0], runs[closing][1]))
        k = closing + 1
    return spans


def _markdown_inline(text: str, start: int, end: int, b: _Builder) -> None:
    pos = start
    for code_start, code_end in _code_spans(text, start, end):
        _markdown_marks(text, pos, code_start, b)
        b.put(" ", code_start)
        pos = code_end
    _markdown_marks(text, pos, end, b)


def _markdown_marks(text: str, start: int, end: int, b: _Builder) -> None:
    pos = start
    for m in _INLINE.finditer(text, start, end):
        b.keep(pos, m.start())
        tok = m.group(0)
        if tok.startswith("&"):
            b.put(html.unescape(tok).replace("\xa0", " "), m.start())
        elif tok.startswith("!["):
            b.put(" ", m.start())
        elif m.group(2) and m.group(2).lower() in _BLOCK:
            b.put("\n\n", m.start())
        elif tok.startswith("]("):
            b.put("", m.start())
        pos = m.end()
    b.keep(pos, end)
