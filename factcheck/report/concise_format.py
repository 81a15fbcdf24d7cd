"""One finding a line, as ruff's and Vale's ``concise`` output: ``path:line:col: level message [rule]``.

For editors' plugins and ``grep``. Each line names the file its line and
column are in: a dropped figure sits where it stood in the new version when
known, else at its place in the old one (``HEAD:story.txt:12:5`` in
``diff``). Matching and derived figures are left out, as in every pipeline
format; the last line is the summary every format shows.
"""

from __future__ import annotations

from typing import Any

from factcheck.report.layout import (
    anchor,
    hidden_phrase,
    is_flag,
    line_col,
    shown_span,
    sort_key,
    summary_phrase,
    text_of,
    where_in_old,
)
from factcheck.report.text_format import clean


def render(report: Any, **_: Any) -> str:
    out: list[str] = []
    for fr in report.files:
        if fr.error:
            out.append(f"{clean(fr.path)}:1:1: error {clean(fr.error)} [unreadable]")
            continue
        for f in sorted((f for f in fr.findings if is_flag(f)), key=sort_key):
            out.append(line(fr, f))
    footer = summary_phrase(report.findings, files=len(report.files))
    hidden = hidden_phrase(report)
    out.append(footer + (f"; {hidden}" if hidden else ""))
    return "\n".join(out) + "\n"


def line(fr: Any, f: Any) -> str:
    path, ln, col, _, _ = anchor(fr, f)
    message = " ".join((f.message or f.status).split())
    if ln is None:  # dropped, with no place in the new version: where it was in the old one
        text = text_of(fr, f)
        path = fr.old_path or path
        ln, col = line_col(text, shown_span(fr, f)[0]) if text else (1, 1)
    elif f.side == "old":
        message += f" (at {where_in_old(fr, f)})"
    return f"{clean(path)}:{ln}:{col}: {f.level} {clean(message)} [{clean(f.rule)}]"
