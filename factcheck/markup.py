"""The prose of a Markdown or HTML file, with a map back to the file's offsets.

Checks read prose only: in Markdown, front matter, fenced code, inline code,
link targets, HTML tags and comments are left out, and the markers of
headings, lists, quotes, tables and emphasis are dropped; in HTML, tags,
comments, scripts, styles, ``<pre>``/``<code>`` and the ``<head>`` are left
out and entities decoded. Block boundaries become blank lines, so that a
heading never runs into the next sentence.

``Prose.offsets[i]`` is the offset in the original text of prose character
``i`` (``offsets[len(text)]`` is the end), so a figure found at
``prose.text[a:b]`` is ``original[prose.to_source(a):prose.to_source_end(b)]``:
findings point at the file as stored on disk.

``factcheck:`` comments (``<!-- factcheck: disable conversion -->``) are
collected as ``Prose.directives`` with their offsets in the original text.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass, field

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")

DIRECTIVE = re.compile(r"<!--\s*factcheck:\s*(.*?)\s*-->", re.S)


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


class _Builder:
    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.offsets = array("l")

    def keep(self, a: int, b: int) -> None:
        if b > a:
            self.parts.append(self.source[a:b])
            self.offsets.extend(range(a, b))

    def put(self, s: str, at: int) -> None:
        """Insert ``s`` standing for the original text at ``at``."""
        if s:
            self.parts.append(s)
            self.offsets.extend([at] * len(s))

    def done(self, end: int) -> Prose:
        self.offsets.append(end)
        return Prose("".join(self.parts), self.offsets)


def plain(text: str) -> Prose:
    """Plain text: the prose is the text, except ``factcheck:`` comments, blanked."""
    b = _Builder(text)
    pos = 0
    directives = []
    for m in DIRECTIVE.finditer(text):
        b.keep(pos, m.start())
        b.put(" " * (m.end() - m.start()), m.start())
        directives.append((m.start(), m.end(), m.group(1)))
        pos = m.end()
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
    r"|<![^>]*>"  # doctype
    r"|<\?[^>]*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"  # tag
    r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",  # entity
    re.S,
)


def html_prose(text: str) -> Prose:
    return _html_into(text, 0, len(text), _Builder(text), [])


def _html_into(text: str, start: int, end: int, b: _Builder, directives: list) -> Prose:
    pos = start
    skip_until: str | None = None  # closing tag name of a skipped element
    for m in _HTML_TOKEN.finditer(text, start, end):
        tok = m.group(0)
        if skip_until is not None:
            if m.group(2) and m.group(1) and m.group(2).lower() == skip_until:
                skip_until = None
                pos = m.end()
                b.put("\n\n", m.start())
            continue
        b.keep(pos, m.start())
        pos = m.end()
        if tok.startswith("<!--"):
            d = DIRECTIVE.fullmatch(tok)
            if d:
                directives.append((m.start(), m.end(), d.group(1)))
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
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z)", re.S | re.M
)
_HTML_BLOCK = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_LINE_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?"
)
_INLINE = re.compile(
    r"(`+)(?:.+?)\1"  # inline code
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # image
    r"|\]\((?:[^()\n]|\([^()\n]*\))*\)"  # link target after the link text
    r"|\]\[[^\]\n]*\]"  # reference link label
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"  # inline HTML tag
    r"|<https?://[^>\s]+>"  # autolink
    r"|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"  # emphasis markers
    r"|(?<![\w_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w_])"
    r"|~~"
    r"|\\(?=[\\`*_{}\[\]()#+\-.!|])"  # backslash escape
    r"|\[(?=[^\]\n]*\](?:\(|\[))"  # opening bracket of a link
    r"|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"  # table rule
    r"|\|",  # table cell separator
    re.M,
)
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
        for m in rx.finditer(text):
            if not any(s <= m.start() < e for s, e in skipped):
                skipped.append((m.start(), m.end()))
                if rx is _HTML_BLOCK:
                    d = DIRECTIVE.fullmatch(m.group(0))
                    if d:
                        directives.append((m.start(), m.end(), d.group(1)))
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


def _markdown_inline(text: str, start: int, end: int, b: _Builder) -> None:
    pos = start
    for m in _INLINE.finditer(text, start, end):
        b.keep(pos, m.start())
        tok = m.group(0)
        if tok.startswith("&"):
            b.put(html.unescape(tok).replace("\xa0", " "), m.start())
        elif tok.startswith("`") or tok.startswith("!["):
            b.put(" ", m.start())
        elif tok == "|" or (m.group(3) and m.group(3).lower() in _BLOCK):
            b.put("\n\n", m.start())
        elif tok.startswith("]("):
            b.put("", m.start())
        pos = m.end()
    b.keep(pos, end)
