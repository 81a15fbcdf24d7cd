"""Markdown for a pull-request comment: a summary table, then the flags with their sentences.

Article text is untrusted and a PR comment renders Markdown and some HTML, so
everything taken from an article or a message is escaped: HTML special
characters become entities, Markdown punctuation is backslash-escaped and
``@`` cannot mention anyone. Matching and derived figures are counted in the
table, not listed.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.report.layout import (
    STATUS_ORDER,
    is_compare,
    is_flag,
    prose_sides,
    shown_figure,
    sort_key,
    summary_phrase,
    where_label,
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def md(s: Any, strip: bool = True) -> str:
    """Escape text for Markdown + GitHub's HTML subset, on one line."""
    s = _CONTROL.sub("", re.sub(r"\s+", " ", str(s)))
    if strip:
        s = s.strip()
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return s.replace("@", "&#64;")


MAX_CHARS = 60_000
"""GitHub refuses comments over 65,536 characters: stop listing before that."""
MAX_QUOTE_CHARS = 600
"""A sentence longer than this (a table flattened to one line) is cut around its figure."""


def render(report: Any, max_chars: int = MAX_CHARS, **_: Any) -> str:
    findings = report.findings
    columns = _columns(report)
    out = [f"### factcheck {md(report.command)}: {md(summary_phrase(findings))}", ""]
    out.append("| file | " + " | ".join(columns) + " |")
    out.append("| --- |" + " ---: |" * len(columns))
    size = sum(len(line) + 1 for line in out)
    for n, fr in enumerate(report.files):
        name = md(fr.path) + (f" \\(vs {md(fr.old_path)}\\)" if fr.old_path else "")
        if fr.error:
            cells = ["" for _ in columns]
            row = f"| {name} | " + " | ".join(cells) + f" |\n\n> ⚠️ {md(fr.error)}\n"
        else:
            counts = _count(fr.findings)
            row = f"| {name} | " + " | ".join(str(counts.get(c, 0)) for c in columns) + " |"
        size += len(row) + 1
        if size > max_chars // 3:  # the table's share; thousands of files end in "and N more"
            more = len(report.files) - n
            out.append(f"| … and {more} more files |" + " |" * len(columns))
            break
        out.append(row)
    baseline = (getattr(report, "meta", None) or {}).get("baseline") or {}
    if baseline.get("suppressed"):
        out += ["", f"{baseline['suppressed']} known finding(s) hidden by the baseline."]
    size = sum(len(line) + 1 for line in out)
    left = sum(1 for f in findings if is_flag(f))
    for fr in report.files:
        flags = sorted((f for f in fr.findings if is_flag(f)), key=sort_key)
        if fr.error or not flags:
            continue
        heading = ["", f"#### {md(fr.path)}", ""]
        for i, f in enumerate(flags):
            item = (heading if i == 0 else []) + _item(fr, f)
            size += sum(len(line) + 1 for line in item)
            if size > max_chars:
                out += ["", f"… and {left} more: see the full report (html, sarif or json)."]
                return "\n".join(out) + "\n"
            out += item
            left -= 1
    return "\n".join(out) + "\n"


def _columns(report: Any) -> list[str]:
    present = {_column_of(f) for f in report.findings}
    order = list(STATUS_ORDER) + ["error", "warning", "info"]
    if any(fr.old_path for fr in report.files):
        present |= {"conflict", "dropped", "added", "match"}
    if not present:
        present = {"error", "warning"}
    return [c for c in order if c in present] + sorted(present - set(order))


def _column_of(f: Any) -> str:
    return f.status if is_compare(f) else f.level


def _count(findings: list) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        key = _column_of(f)
        out[key] = out.get(key, 0) + 1
    return out


def _item(fr: Any, f: Any) -> list[str]:
    what = f.status if is_compare(f) else f.level
    head = (
        f"- **{md(what)}** {md(shown_figure(fr, f))} · {where_label(fr, f)} · "
        f"{md(f.message)} \\[{md(f.rule)}\\]"
    )
    out = [head]
    for shown in prose_sides(fr, f):
        quote = _quote(shown) or md(f.sentence)
        out.append(f"  > {shown.side + ': ' if shown.side else ''}{quote}")
    return out


def _quote(shown: Any) -> str:
    """The figure's prose sentence, escaped, with the figure in bold."""
    text, start, end = shown.view.text, shown.a, shown.b
    if not text or end <= start:
        return ""
    half = MAX_QUOTE_CHARS // 2
    s0, s1 = max(shown.s0, start - half), min(shown.s1, max(end, start + half))
    before, fig, after = text[s0:start], text[start:end], text[end:s1]
    return f"{md(before, strip=False)}**{md(fig)}**{md(after, strip=False)}".strip()
