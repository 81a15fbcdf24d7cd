"""Markdown for a pull-request comment: a table of the files with flags, then each folded.

Only files with flags (or that could not be read) appear: a row each in the
table, then a ``<details>`` block whose one-line ``<summary>`` names the file
and its counts, listing its flags with their sentences (a cut sentence quoted
once, its figures in bold). One length cap for the whole comment: what does
not fit ends in "and N more".

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
    ONE_SIDED,
    STATUS_ORDER,
    counts,
    hidden_phrase,
    is_compare,
    is_flag,
    prose_sides,
    sentence_groups,
    shown_figure,
    sort_key,
    status_counts,
    summary_phrase,
    summary_reading,
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
    flagged = [fr for fr in report.files if fr.error or any(is_flag(f) for f in fr.findings)]
    clean = len(report.files) - len(flagged)
    budget = _Budget(max_chars - len(MORE.format(n=10**9)) - 2)
    out = [f"### factcheck {md(report.command)}: {md(summary_phrase(findings))}", ""]
    if flagged:
        out.append("| file | " + " | ".join(columns) + " |")
        out.append("| --- |" + " ---: |" * len(columns))
    budget.take(out)
    for n, fr in enumerate(flagged):
        if fr.error:
            cells = " | ".join("" for _ in columns)
            row = f"| {_name(fr)} | {cells} |\n\n> ⚠️ {md(fr.error)}\n"
        else:
            counts = _count(fr.findings)
            row = f"| {_name(fr)} | " + " | ".join(str(counts.get(c, 0)) for c in columns) + " |"
        if not budget.take([row], share=TABLE_SHARE):  # thousands of files end in "and N more"
            out.append(f"| … and {len(flagged) - n} more files |" + " |" * len(columns))
            break
        out.append(row)
    tail = []
    if clean:
        tail.append(f"{clean} file{'s' if clean != 1 else ''} with no flags.")
    hidden = hidden_phrase(report)
    if hidden:
        tail.append(md(hidden[:1].upper() + hidden[1:]) + ".")
    if tail:
        if out[-1]:  # after the table; the heading's blank line is there already
            out.append("")
        out.append(" ".join(tail))
        budget.take(["", *tail])
    out += _clean_summaries(report, flagged, budget)
    left = sum(1 for fr in flagged for f in fr.findings if is_flag(f))
    for fr in flagged:
        entries = _entries(fr)
        if fr.error or not entries:
            continue
        phrase = summary_phrase([f for f in fr.findings if is_flag(f)])
        opening = [
            "",
            "<details>",
            f"<summary>{_html(_plain_name(fr))}: {_html(phrase)}</summary>",
            "",
        ]
        if summary_reading(fr.new_is):
            opening += [md(summary_reading(fr.new_is)), ""]
        closing = ["", "</details>"]
        budget.reserve(closing)
        if not budget.take(opening + entries[0][0]):
            break
        out += opening
        for lines, n_flags in entries:
            if lines is not entries[0][0] and not budget.take(lines):
                break
            out += lines
            left -= n_flags
        out += closing
        budget.reserved = 0
        budget.take(closing)
        if left and budget.full:
            break
    if left:
        out += ["", MORE.format(n=left)]
    return "\n".join(out) + "\n"


def _clean_summaries(report: Any, flagged: list[Any], budget: _Budget) -> list[str]:
    """A line for each file with no flags whose NEW was read as a summary (or condensed):
    its drops, coarser dates and true hedges were not flagged, which "no flags" alone hides."""
    shown = {id(fr) for fr in flagged}
    lines: list[str] = []
    for fr in report.files:
        if id(fr) in shown or not summary_reading(fr.new_is):
            continue
        line = f"{_name(fr)}: {md(summary_reading(fr.new_is))}."
        if not budget.take([line]):
            break
        lines.append(line)
    return ["", *lines] if lines else []


MORE = "… and {n} more: see the full report (html, sarif or json)."
TABLE_SHARE = 1 / 3
"""The table's share of the one cap, so that the flags are listed too."""


class _Budget:
    """The one length cap of a comment: ``MAX_CHARS`` less what is already written."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0
        self.reserved = 0
        self.full = False

    def reserve(self, lines: list[str]) -> None:
        """Keep room for ``lines`` (a closing tag) that must follow whatever fits."""
        self.reserved = sum(len(line) + 1 for line in lines)

    def take(self, lines: list[str], share: float = 1.0) -> bool:
        size = sum(len(line) + 1 for line in lines)
        if self.used + size + self.reserved > self.limit * share:
            self.full = share == 1.0
            return False
        self.used += size
        return True


def _name(fr: Any) -> str:
    return md(fr.path) + (f" \\(vs {md(fr.old_path)}\\)" if fr.old_path else "")


def _plain_name(fr: Any) -> str:
    return fr.path + (f" (vs {fr.old_path})" if fr.old_path else "")


def _html(s: Any) -> str:
    """Escape for HTML text on one line (``<summary>``: no Markdown there, so no backslashes)."""
    s = _CONTROL.sub("", re.sub(r"\s+", " ", str(s))).strip()
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("@", "&#64;")


def _entries(fr: Any) -> list[tuple[list[str], int]]:
    """The file's flags as list entries (lines, flags they cover), in reading order.

    Dropped and added figures come by sentence, the sentence quoted once with
    each figure in bold: "cut · 2 figures: **143** (old 23:26), ...".
    """
    flags = sorted((f for f in fr.findings if is_flag(f)), key=sort_key)
    by_status: dict[str, list] = {}
    for f in flags:
        by_status.setdefault(f.status if is_compare(f) else "", []).append(f)
    out = []
    for status, group in by_status.items():
        if status in ONE_SIDED:
            for g in sentence_groups(fr, group, fr.findings):
                out.append((_group_item(fr, g), len(g.figures)))
        else:
            out += [(_item(fr, f), 1) for f in group]
    return out


def _group_item(fr: Any, g: Any) -> list[str]:
    figures = ", ".join(f"**{md(shown.figure)}** ({where_label(fr, f)})" for f, shown in g.figures)
    rules = ", ".join(sorted({md(f.rule) for f, _shown in g.figures if f.rule}))
    head = f"- **{md(g.label)}** · {md(g.count())}: {figures} \\[{rules}\\]"
    side = g.shown.side
    quote = _quote(g.shown, [(shown.a, shown.b) for _f, shown in g.figures])
    return [head, f"  > {side + ': ' if side else ''}{quote}"]


def _columns(report: Any) -> list[str]:
    """The table's columns: the statuses present (those of a comparison always), in reading order."""
    present = dict(status_counts(report.findings))
    if any(fr.old_path for fr in report.files):
        present.update(
            {s: 0 for s in ("conflict", "dropped", "added", "match") if s not in present}
        )
    order = list(STATUS_ORDER)
    columns = [s for s in order if s in present] + sorted(s for s in present if s not in order)
    return columns or ["conflict"]


def _count(findings: list) -> dict[str, int]:
    return dict(counts(findings))


def _item(fr: Any, f: Any) -> list[str]:
    what = f.status if is_compare(f) else f.level
    shown = prose_sides(fr, f)
    message = f.message or ""
    said = message and all(s.figure in message for s in shown)  # say each figure once
    figure = "" if said else f"{md(shown_figure(fr, f))} · "
    out = [f"- **{md(what)}** {figure}{where_label(fr, f)} · {md(message)} \\[{md(f.rule)}\\]"]
    for s in shown:
        quote = _quote(s, [(s.a, s.b)]) or md(f.sentence)
        out.append(f"  > {s.side + ': ' if s.side else ''}{quote}")
    return out


def _quote(shown: Any, figures: list[tuple[int, int]]) -> str:
    """The prose sentence, escaped, each figure in bold; a long one cut around the first."""
    text = shown.view.text
    figures = sorted((a, b) for a, b in figures if b > a)
    if not text or not figures:
        return ""
    half = MAX_QUOTE_CHARS // 2
    first = figures[0][0]
    s0 = max(shown.s0, first - half)
    s1 = min(shown.s1, max(figures[-1][1], first + half))
    parts, pos = [], s0
    for a, b in figures:
        if a < pos or b > s1:
            continue
        parts.append(md(text[pos:a], strip=False) + f"**{md(text[a:b])}**")
        pos = b
    parts.append(md(text[pos:s1], strip=False))
    return "".join(parts).strip()
