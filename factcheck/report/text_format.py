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
from typing import Any

from factcheck.report.layout import (
    NOT_FLAGS,
    STATUS_ORDER,
    excerpt,
    figure_text,
    is_compare,
    line_col,
    sentence_span,
    sort_key,
    summary_phrase,
    text_of,
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


def render(report: Any, color: bool = False, verbose: bool = False, **_: Any) -> str:
    paint = _Paint(color)
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
            out.append("  " + _coloured_summary(compare, paint))
            out.extend(_compare_section(fr, compare, paint, verbose))
            if checks:
                out.append("")
                out.append("  " + paint("1", "Checks on the new version"))
                out.extend(_check_lines(fr, checks, paint, indent="    "))
        elif checks:
            out.append(header)
            out.extend(_check_lines(fr, checks, paint, indent="  "))
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


def _compare_section(fr: Any, findings: list, paint: _Paint, verbose: bool) -> list[str]:
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
        out.append("  " + paint(STATUS_COLOUR.get(status, "1"), HEADINGS[status]))
        for f in group:
            out.extend(_compare_finding(fr, f, paint))
    return out


def _compare_finding(fr: Any, f: Any, paint: _Paint) -> list[str]:
    where = f"{f.line}:{f.column}" if f.line else ""
    level = paint(LEVEL_COLOUR.get(f.level), f"{f.level:<7}")
    fig = paint(STATUS_COLOUR.get(f.status), clean(figure_text(f, text_of(fr, f))))
    head = f"    {where:<8}{level} {fig}"
    if f.message:
        head += f"  {clean(f.message)}"
    if f.rule:
        head += "  " + paint("2", f"[{clean(f.rule)}]")
    out = [head]
    for side, mention, text in (("old", f.old, fr.old_text), ("new", f.new, fr.text)):
        if mention is None or not text:
            continue
        line, col = line_col(text, mention.start)
        span = sentence_span(f, side, text, mention.start, mention.end)
        out.extend(
            _sentence_with_caret(
                text,
                mention.start,
                mention.end,
                span,
                f"      {side} {line}:{col}",
                paint,
                f.status,
            )
        )
    if f.old is None and f.new is None:
        text = text_of(fr, f)
        span = sentence_span(f, f.side or "", text, f.start, f.end)
        out.extend(_sentence_with_caret(text, f.start, f.end, span, "     ", paint, f.status))
    return out


def _check_lines(fr: Any, findings: list, paint: _Paint, indent: str) -> list[str]:
    out: list[str] = []
    for f in sorted(findings, key=lambda f: (f.line, f.column, f.start)):
        level = paint(LEVEL_COLOUR.get(f.level), f"{f.level:<7}")
        rule = paint("2", clean(f.rule))
        out.append(f"{indent}{f.line}:{f.column:<5} {level} {rule}  {clean(f.message)}")
        text = text_of(fr, f)
        span = sentence_span(f, "", text, f.start, f.end)
        out.extend(
            _sentence_with_caret(
                text, f.start, f.end, span, indent + " " * 4, paint, f.status, f.level
            )
        )
    return out


def _sentence_with_caret(
    text: str,
    start: int,
    end: int,
    span: tuple[int, int],
    prefix: str,
    paint: _Paint,
    status: str,
    level: str = "",
) -> list[str]:
    if not text or end <= start:
        return []
    line, col, length = excerpt(text, start, end, span)
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
    baseline = report.meta.get("baseline") if getattr(report, "meta", None) else None
    if baseline and baseline.get("suppressed"):
        phrase += f"; {baseline['suppressed']} known finding(s) hidden by the baseline"
    return paint("1", phrase)
