"""Text for a terminal: an editor's note, grouped by article, with a caret under each figure.

``check`` findings read like a compiler's: ``line:col level rule message``,
then the sentence and a caret line under the figure. ``compare`` findings read
like an editor's note: a summary line, then the conflicts, dropped and added
figures, each with its sentence in the OLD and/or NEW version. Matches and
derived figures are counted in the summary and listed only with ``verbose``.

Colour (ANSI) only when the caller asks for it: ``emit`` asks when standard
output is a terminal and ``NO_COLOR`` is unset. Article text is stripped of
control characters, so an article cannot send escape sequences to a terminal.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from typing import Any

from factcheck.report.layout import (
    NOT_FLAGS,
    ONE_SIDED,
    STATUS_ORDER,
    excerpt,
    hidden_phrase,
    is_compare,
    line_col,
    placed_in_new,
    prose_sides,
    sentence_groups,
    shorten,
    shown_figure,
    shown_sides,
    sort_key,
    summary_phrase,
    summary_reading,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

STATUS_COLOUR = {
    "conflict": "1;31",
    "dropped": "33",
    "added": "35",
    "unverifiable": "36",
    "derived": "34",
    "match": "32",
}
LEVEL_COLOUR = {"error": "1;31", "warning": "33", "info": "2"}
HEADINGS = {
    "conflict": "Conflicts: the same fact with a different value",
    "dropped": "Dropped: in the old version only",
    "added": "Added: in the new version only, nothing in the old one supports it",
    "unverifiable": "Unverifiable",
    "derived": "Derived: new, but computed correctly from the old version",
    "match": "Matches",
}


class _Paint:
    def __init__(self, on: bool):
        self.on = on

    def __call__(self, code: str | None, s: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if self.on and code and s else s


def clean(s: Any) -> str:
    """Printable text: control characters (ESC included) become spaces or go."""
    return _CONTROL.sub("", str(s).replace("\t", " ").replace("\n", " "))


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first, as ``shutil`` reads it), 100 when unknown."""
    return max(shutil.get_terminal_size((100, 24)).columns, MIN_WIDTH)


MIN_WIDTH = 40


def render(
    report: Any, color: bool = False, verbose: bool = False, width: int | None = None, **_: Any
) -> str:
    paint = _Paint(color)
    width = max(width or terminal_width(), MIN_WIDTH)
    out: list[str] = []
    for fr in report.files:
        if fr.error:
            out.append(f"{paint('1', clean(fr.path))}: {paint('1;31', 'error')}: {clean(fr.error)}")
            out.append("")
            continue
        compare = [f for f in fr.findings if is_compare(f)]
        checks = [f for f in fr.findings if not is_compare(f)]
        header = paint("1", clean(fr.path))
        if fr.old_path:
            header += f"  compared with {paint('1', clean(fr.old_path))}"
        if fr.old_path or compare:
            out.append(header)
            if summary_reading(fr.new_is):
                out.append("  " + clean(summary_reading(fr.new_is)))
            out.append("  " + _coloured_summary(fr.findings, paint))  # checks too, as the footer
            out.extend(_compare_section(fr, compare, paint, verbose, width))
            if checks:
                out.append("")
                out.append("  " + paint("1", "Checks on the new version"))
                out.extend(_check_lines(fr, checks, paint, "    ", width))
        elif checks:
            out.append(header)
            out.extend(_check_lines(fr, checks, paint, "  ", width))
        else:
            if not verbose and len(report.files) > 1:
                continue
            out.append(f"{header}: no findings")
        out.append("")
    out.append(_footer(report, paint))
    return "\n".join(out) + "\n"


def _coloured_summary(findings: list, paint: _Paint) -> str:
    phrase = summary_phrase(findings)
    for status, code in STATUS_COLOUR.items():
        phrase = re.sub(rf"(\d+ {status}\w*)", lambda m, c=code: paint(c, m.group(1)), phrase)
    return phrase


def _compare_section(fr: Any, findings: list, paint: _Paint, verbose: bool, width: int) -> list:
    out: list[str] = []
    shown = [s for s in STATUS_ORDER if verbose or s not in NOT_FLAGS]
    known = set(STATUS_ORDER)
    by_status: dict[str, list] = {}
    for f in sorted(findings, key=sort_key):
        status = f.status if f.status in known else "unverifiable"
        by_status.setdefault(status, []).append(f)
    for status in shown:
        group = by_status.get(status)
        if not group:
            continue
        out.append("")
        heading = textwrap.wrap(HEADINGS[status], width - 2, subsequent_indent="  ")
        out.extend("  " + paint(STATUS_COLOUR.get(status, "1"), line) for line in heading)
        if status in ONE_SIDED and all(len(prose_sides(fr, f)) == 1 for f in group):
            out.extend(_by_sentence(fr, findings, group, status, paint, width))
        else:
            for f in group:
                out.extend(_compare_finding(fr, f, paint, width))
    return out


def _by_sentence(fr: Any, everything: list, group: list, status: str, paint: _Paint, width: int):
    """One entry per sentence: "cut: '…' - 3 figures", then each figure and where it was."""
    code = STATUS_COLOUR.get(status)
    out: list[str] = []
    for g in sentence_groups(fr, group, everything):
        count = f" - {g.count()}"
        room = width - 4 - len(g.label) - 4 - len(count)
        quote = clean(shorten(g.shown.sentence, max(room, 20)))
        out.append(f"    {paint(code, g.label + ':')} '{quote}'{count}")
        where = [
            f"{shown.side} {line}:{col} " + paint(code, clean(shown.figure))
            for f, shown in g.figures
            for line, col in [_line_col(fr, f, shown.side)]
        ]
        rules = sorted({clean(f.rule) for f, _shown in g.figures if f.rule})
        tag = paint("2", f"[{', '.join(rules)}]") if rules else ""
        out.extend(_wrap_list(where, "      ", width, tag))
        out.extend(_where_it_stood(fr, g.figures[0][0], paint))
    return out


def _where_it_stood(fr: Any, f: Any, paint: _Paint) -> list[str]:
    """For a dropped figure: the line of the new version where its sentence stood."""
    placed = placed_in_new(fr, f)
    if placed is None:
        return []
    line, col = line_col(fr.text, placed[0])
    return [f"      new {line}:{col} " + paint("2", "where it stood: by its nearest kept figure")]


def _line_col(fr: Any, f: Any, side: str) -> tuple[int, int]:
    """``line:column`` in the file of the finding's figure on ``side``, as shown."""
    for s, start, _end, text in shown_sides(fr, f):
        if s == side and text:
            return line_col(text, start)
    return f.line, f.column


def _wrap_list(items: list[str], indent: str, width: int, tag: str = "") -> list[str]:
    """``items`` joined with "; " and wrapped at ``width`` (colour codes not counted).

    Not ", ": figures have commas of their own ("3,800").
    """
    lines, line, used = [], indent, len(indent)
    for n, item in enumerate(items):
        size = len(_ANSI.sub("", item)) + (2 if n < len(items) - 1 else 0)
        if used > len(indent) and used + size > width:
            lines.append(line.rstrip())
            line, used = indent, len(indent)
        line += item + ("; " if n < len(items) - 1 else "")
        used += size
    if tag:
        size = len(_ANSI.sub("", tag)) + 2
        if used > len(indent) and used + size > width:
            lines.append(line.rstrip())
            line = indent
        line += "  " + tag if line.strip() else tag
    lines.append(line.rstrip())
    return lines


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _head(prefix_plain: str, prefix: str, message: str, tag: str, width: int, paint: _Paint):
    """``prefix`` then ``message`` wrapped under itself, the dim ``[rule]`` tag at the end."""
    indent = " " * len(prefix_plain)
    body = textwrap.wrap(
        message + (f"  [{tag}]" if tag else ""),
        max(width - len(prefix_plain), 20),
        break_on_hyphens=False,
    ) or [""]
    if tag and body[-1].endswith(f"[{tag}]"):
        body[-1] = body[-1][: -len(tag) - 2] + paint("2", f"[{tag}]")
    return [prefix + body[0]] + [indent + line for line in body[1:]]


def _compare_finding(fr: Any, f: Any, paint: _Paint, width: int) -> list[str]:
    level = paint(LEVEL_COLOUR.get(f.level), f"{f.level:<7}")
    message = clean(f.message) if f.message else clean(shown_figure(fr, f))
    out = _head(f"    {f.level:<7} ", f"    {level} ", message, clean(f.rule or ""), width, paint)
    for shown in prose_sides(fr, f):
        line, col = _line_col(fr, f, shown.side)
        label = f"      {shown.side} {line}:{col}".rstrip() if shown.side else "     "
        out.extend(_sentence_with_caret(shown, label, paint, f.status, width=width))
    return out


def _check_lines(fr: Any, findings: list, paint: _Paint, indent: str, width: int) -> list[str]:
    out: list[str] = []
    for f in sorted(findings, key=lambda f: (f.line, f.column, f.start)):
        level = paint(LEVEL_COLOUR.get(f.level), f"{f.level:<7}")
        where = f"{f.line}:{f.column:<5}"
        rule = clean(f.rule)
        out.extend(
            _head(
                f"{indent}{where} {f.level:<7} {rule}  ",
                f"{indent}{where} {level} {paint('2', rule)}  ",
                clean(f.message),
                "",
                width,
                paint,
            )
        )
        for shown in prose_sides(fr, f):
            out.extend(
                _sentence_with_caret(shown, indent + " " * 4, paint, f.status, f.level, width=width)
            )
    return out


def _sentence_with_caret(
    shown: Any,
    prefix: str,
    paint: _Paint,
    status: str,
    level: str = "",
    width: int = 100,
) -> list[str]:
    if not shown.view.text or shown.b <= shown.a:
        return []
    line, col, length = excerpt(shown, width=max(width - len(prefix) - 2, 30))
    # Count printable width after cleaning, so the caret stays under the figure.
    lead, fig, tail = (
        clean(line[:col]),
        clean(line[col : col + length]),
        clean(line[col + length :]),
    )
    code = LEVEL_COLOUR.get(level) if level else STATUS_COLOUR.get(status)
    shown = lead + paint(code, fig) + tail
    caret = " " * (len(prefix) + 2 + len(lead)) + paint(code, "^" * max(len(fig), 1))
    return [f"{prefix}  {shown}", caret]


def _footer(report: Any, paint: _Paint) -> str:
    findings = report.findings
    n_files = len(report.files)
    errors = sum(1 for fr in report.files if fr.error)
    phrase = summary_phrase(findings, files=n_files)
    if errors:
        phrase += f"; {errors} file{'s' if errors != 1 else ''} could not be read"
    hidden = hidden_phrase(report)
    if hidden:
        phrase += f"; {hidden}"
    return paint("1", phrase)
