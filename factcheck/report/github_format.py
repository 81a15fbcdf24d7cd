"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per flag.

The runner turns each line into an annotation on the pull request's diff at
``file``/``line``/``col``. Workflow commands have their own escaping: in the
message ``%``, ``\\r`` and ``\\n``; in property values also ``:`` and ``,``.
Article text reaches the message (the sentence), so escaping is not optional:
an unescaped newline would let an article write its own workflow commands.
"""

from __future__ import annotations

from typing import Any

from factcheck.report.layout import (
    anchor,
    headline,
    is_flag,
    placed_in_new,
    sentence_of,
    text_of,
    where_in_old,
)

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report: Any, **_: Any) -> str:
    out: list[str] = []
    for fr in report.files:
        if fr.error:
            out.append(
                f"::error file={escape_property(fr.path)},title=factcheck%3A unreadable file::"
                + escape_data(fr.error)
            )
            continue
        for f in fr.findings:
            if not is_flag(f):
                continue
            out.append(annotation(fr, f))
    return "\n".join(out) + ("\n" if out else "")


def annotation(fr: Any, f: Any) -> str:
    text = text_of(fr, f)
    path, line, col, end_line, end_col = anchor(fr, f)
    props = [f"file={escape_property(path)}"]
    if line is not None:
        props.append(f"line={line}")
        props.append(f"col={col}")
        if end_line == line and end_col > col:
            props.append(f"endColumn={end_col}")
        elif end_line > line:
            props.append(f"endLine={end_line}")
    props.append(f"title={escape_property(f'factcheck {f.rule}: {f.status}')}")
    message = headline(f, text)
    sentence = sentence_of(f)
    if sentence:
        message += f"\n“{sentence}”"
    elsewhere = where_in_old(fr, f) if line is None or placed_in_new(fr, f) else ""
    if elsewhere:
        message += f"\n(at {elsewhere})"
    return f"::{COMMAND.get(f.level, 'warning')} {','.join(props)}::{escape_data(message)}"
