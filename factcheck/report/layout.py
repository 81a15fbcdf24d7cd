"""What every format needs to know about a finding, computed once.

Formats differ in syntax, not in what they say: where a finding is (line,
column), which sentence it sits in, which figure it points at, whether it comes
from ``compare`` (an OLD/NEW pair) or from ``check`` (one article), and the
summary counts. Keeping those answers here means the text, markdown, HTML and
SARIF outputs never disagree about them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.finding import FLAG_STATUSES, NOT_FLAG_STATUSES, QUOTE_LIMIT, Finding
from factcheck.mention import Mention, written_span

# The order an editor reads a comparison in: what changed first, what is fine last.
STATUS_ORDER = ("conflict", "dropped", "added", "unverifiable", "derived", "match")
NOT_FLAGS = NOT_FLAG_STATUSES


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    if len(text) < 4096:
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return line, col
    newlines = _newlines(text)
    n = bisect_left(newlines, offset)  # newlines before offset
    return n + 1, offset - (newlines[n - 1] + 1 if n else 0) + 1


@lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    """Offsets of the line breaks of a long text, found once for all its findings."""
    return [m.start() for m in re.finditer("\n", text)]


def excerpt(shown: Any, width: int = 100) -> tuple[str, int, int]:
    """A one-line excerpt of a figure's prose sentence and the figure's place in it.

    ``shown`` is one of ``prose_sides``. Returns ``(line, col, length)`` where
    ``line[col:col+length]`` is the figure (0-based). Long sentences are cut to
    ``width`` characters around the figure with an ellipsis, and runs of white
    space become one space, so that a caret drawn under the excerpt lands under
    the figure in any terminal.
    """
    text, a, b = shown.view.text, shown.a, shown.b
    if not text or a >= len(text):
        return "", 0, 0
    b = max(a, min(b, len(text)))
    # read only what an excerpt can show: a whole sentence per finding would cost the
    # square of a long one (a list of 2,000 wrong weekdays with no full stop)
    reach = 4 * width + 400
    lo, hi = max(shown.s0, a - reach), min(shown.s1, b + reach)
    lead = ("…" if lo > shown.s0 else "") + _squash(text[lo:a])
    fig, tail = _squash(text[a:b]), _squash(text[b:hi]) + (" …" if hi < shown.s1 else "")
    room = max(width - len(fig), 20)
    if len(lead) + len(tail) > room:
        keep_lead = min(len(lead), room // 2)
        keep_tail = min(len(tail), room - keep_lead)
        keep_lead = min(len(lead), room - keep_tail)
        if keep_lead < len(lead):
            cut = lead[len(lead) - keep_lead + 1 :]
            space = cut.find(" ")
            lead = "…" + (cut[space:] if 0 <= space < len(cut) // 2 else cut)
        if keep_tail < len(tail):
            cut = tail[: max(keep_tail - 1, 0)]
            space = cut.rfind(" ")
            tail = (cut[:space] if space > len(cut) // 2 else cut) + " …"
    if len(lead) + len(fig) + len(tail) > width and tail.endswith(" …"):
        tail = tail[:-3].rstrip() + " …"  # the ellipsis's own space
    return lead + fig + tail, len(lead), len(fig)


_WHITE = re.compile(r"\s+")


def _squash(s: str) -> str:
    """Runs of white space (line breaks of the prose included) as one space."""
    return _WHITE.sub(" ", s)


def shorten(s: str, width: int) -> str:
    """``s`` cut at a word to at most ``width`` characters, with an ellipsis when cut."""
    s = _squash(s).strip()
    if len(s) <= width:
        return s
    cut = s[: max(width - 2, 1)]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + " …"


@dataclass
class Shown:
    """One version's figure of a finding as a report shows it: prose offsets in ``view``."""

    side: str
    """"old", "new", or "" for a check finding."""
    view: Any
    """The version's ``prose_view.ProseView``."""
    a: int
    b: int
    s0: int
    s1: int
    """The figure's sentence as its producer recorded it, in prose, covering ``[a, b)``."""

    @property
    def figure(self) -> str:
        return _squash(self.view.text[self.a : self.b]).strip()

    @property
    def sentence(self) -> str:
        """The sentence, or the ``QUOTE_LIMIT`` characters around the figure, '…'
        marking each cut (``Finding.quoted_sentence`` says why)."""
        s0, s1 = self.s0, self.s1
        if s1 - s0 <= QUOTE_LIMIT:
            return _squash(self.view.text[s0:s1]).strip()
        lo = max(s0, self.a - QUOTE_LIMIT // 2)
        hi = min(s1, lo + QUOTE_LIMIT)
        lo = max(s0, hi - QUOTE_LIMIT)
        cut = _squash(self.view.text[lo:hi]).strip()
        return ("…" if lo > s0 else "") + cut + ("…" if hi < s1 else "")


def prose_sides(file_report: Any, f: Finding) -> list[Shown]:
    """Each version's figure of ``f`` and its sentence, in prose (what reports show).

    ``sides`` gives the same figures as file offsets, for locations: the figure
    alone. What is shown (highlighted, under a caret, quoted) is the figure as an
    editor reads it, with the qualifier the extractor read for it ("about 18
    months", "50 or so": ``mention.written_span``), as messages quote it. The
    sentence is the one the producer recorded (``Finding.sentence_spans``);
    reports never split a text into sentences themselves.
    """
    from factcheck.report.prose_view import view_of

    out = []
    for side, start, end, _text in shown_sides(file_report, f):
        view = view_of(file_report, side)
        a, b = view.span(start, end)
        recorded = f.sentence_spans.get(side)
        s0, s1 = view.sentence(recorded, a, b) if recorded else (a, b)
        out.append(Shown(side, view, a, b, s0, s1))
    return out


def shown_sides(file_report: Any, f: Finding) -> list[tuple[str, int, int, str]]:
    """``sides`` with each figure widened to the figure as shown ("about 18 months",
    ``mention.written_span``; a bracket it opens, closed: "100 miles (260 km)",
    ``prose_view.whole_figure``): the span every location an editor reads points at.

    A report that shows "about 1,900" beside ``old 13:154`` means the column where
    "about" starts, and pins an annotation (SARIF region, GitHub ``col``/``endColumn``)
    on the words it quotes, so that the place and the words agree. JSON's
    ``start``/``end``/``line``/``column`` stay the figure alone (``text ==
    source[start:end]``, a public contract) and give this span as ``shown``.
    """
    from factcheck.report.prose_view import whole_figure

    out = []
    for side, start, end, text in sides(file_report, f):
        figure = _figure_of(f, side, start, end)
        if figure is not None and text:
            start, end = written_span(figure, text)
        if text:
            start, end = whole_figure(text, start, end)
        out.append((side, start, end, text))
    return out


def shown_span(file_report: Any, f: Finding) -> tuple[int, int]:
    """The finding's own span (``f.start:f.end`` in ``text_of``), widened as
    ``shown_sides`` widens it: where a report pins the finding."""
    from factcheck.report.prose_view import whole_figure

    text = text_of(file_report, f)
    side = f.side if f.side in ("old", "new") else ""
    figure = _figure_of(f, side, f.start, f.end)
    if not text or not 0 <= f.start <= f.end <= len(text):
        return f.start, f.end
    if figure is None or (figure.start, figure.end) != (f.start, f.end):
        return whole_figure(text, f.start, f.end)  # "100 miles (260 km" and its ")"
    return whole_figure(text, *written_span(figure, text))


def _figure_of(f: Finding, side: str, start: int, end: int) -> Mention | None:
    """The mention at ``start:end`` on ``side``: a compare finding's OLD or NEW figure,
    or the one of a check finding's figures its span is."""
    if side in ("old", "new"):
        return f.old if side == "old" else f.new
    return next((m for m in f.mentions if (m.start, m.end) == (start, end)), None)


def shown_figure(file_report: Any, f: Finding) -> str:
    """The figure as the prose writes it (entities decoded): ``old → new`` for a conflict."""
    parts = list(dict.fromkeys(s.figure for s in prose_sides(file_report, f) if s.figure))
    return " → ".join(parts) if parts else figure_text(f)


def is_compare(f: Finding) -> bool:
    """True for a finding about an OLD/NEW pair (compare, diff), False for a check finding."""
    return f.old is not None or f.new is not None or f.side in ("old", "new")


def text_of(file_report: Any, f: Finding) -> str:
    """The text ``f.start``/``f.end`` point into: the OLD version for dropped figures."""
    if f.side == "old" and file_report.old_text is not None:
        return file_report.old_text
    return file_report.text or ""


def path_of(file_report: Any, f: Finding) -> str:
    """The file a finding is shown at: its own ``file``, else the side's path."""
    if f.side == "old" and file_report.old_path:
        return file_report.old_path
    return f.file or file_report.path


def figure_text(f: Finding, text: str = "") -> str:
    """The figure as written (``Finding.figure_text``), read from ``text`` for a bare span."""
    if (
        f.old is None
        and f.new is None
        and not f.figure
        and text
        and 0 <= f.start < f.end <= len(text)
    ):
        return text[f.start : f.end]
    return f.figure_text()


def sentence_of(f: Finding) -> str:
    """The finding's sentence on one line, as its producer recorded it (a long one
    cut around the figure: ``Finding.quoted_sentence``)."""
    return " ".join(f.quoted_sentence().split())


_UNSAFE_IN_NAME = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""Control characters (ESC included), line and bidi controls, and the lone
surrogates Python uses for file-name bytes that are not UTF-8."""


def display_name(path: str | None) -> str | None:
    """A file name every format can print: unsafe characters become U+FFFD.

    File names come from whoever wrote the pull request; an ESC sequence must
    not reach a terminal, a bidi override must not disguise a name, and a
    non-UTF-8 name must not crash a UTF-8 report (JSON, SARIF, --output).
    """
    return path if path is None else _UNSAFE_IN_NAME.sub("\ufffd", path)


def safe_names(report: Any) -> None:
    """Replace every file name of ``report`` by its ``display_name`` (once, before rendering)."""
    for fr in report.files:
        fr.path = display_name(fr.path)
        fr.old_path = display_name(fr.old_path)
        for f in fr.findings:
            f.file = display_name(f.file)


def fill_locations(report: Any) -> None:
    """Set ``file``, ``line`` and ``column`` of findings that lack them, from the offsets."""
    for fr in report.files:
        for f in fr.findings:
            if not f.file:
                f.file = path_of(fr, f)
            if not f.line:
                text = text_of(fr, f)
                if text:
                    f.line, f.column = line_col(text, f.start)


def counts(findings: list[Finding]) -> Counter:
    """Findings per status: the one count every format shows (text, Markdown, HTML, JSON)."""
    return Counter(f.status for f in findings)


def status_counts(findings: list[Finding]) -> list[tuple[str, int]]:
    """``(status, n)`` in reading order, flags first; the keys of every summary table."""
    c = counts(findings)
    order = [s for s in STATUS_ORDER if s not in NOT_FLAGS] + list(NOT_FLAGS)
    known = [(s, c[s]) for s in order if c[s]]
    return known + [(s, n) for s, n in sorted(c.items()) if s not in STATUS_ORDER]


def summary_reading(new_is: dict[str, str] | None) -> str:
    """The header line of a pair whose NEW was read as a summary or condensed, "" for a
    rewrite: an editor must know what was not flagged, and how to see it."""
    reading = new_is.get("new_is") if new_is else None
    if reading not in ("summary", "condensed"):
        return ""
    why = "as asked" if new_is.get("asked") != "auto" else new_is.get("why", "")
    if reading == "condensed":
        return (
            f"read as a condensed rewrite ({why}): coarser dates and true hedges are not "
            "flags, drops are; --new-is rewrite flags them all"
        )
    return (
        f"read as a summary ({why}): drops, coarser dates and true hedges are not flags; "
        "--new-is rewrite flags them"
    )


def summary_phrase(findings: list[Finding], files: int | None = None) -> str:
    """'2 conflicts, 1 dropped, 3 added; 14 matches, 1 derived' in reading order.

    Counted by status only, in every format, so that "3 conflicts" means the
    same in the terminal, the pull-request comment and the HTML page; the
    level of each finding is shown beside it.
    """
    pairs = status_counts(findings)
    flags = [plural(n, s) for s, n in pairs if s not in NOT_FLAGS]
    fine = [plural(n, s) for s, n in pairs if s in NOT_FLAGS]
    head = ", ".join(flags) or "no flags"
    out = head + ("; " + ", ".join(fine) if fine else "")
    if files is not None:
        out = f"{files} file{'s' if files != 1 else ''}: " + out
    return out


def plural(n: int, status: str) -> str:
    plurals = {"conflict": "conflicts", "match": "matches"}
    return f"{n} {plurals.get(status, status) if n != 1 else status}"


_plural = plural


def hidden_phrase(report: Any) -> str:
    """What a run left out of the findings shown, said the same in every format (or '')."""
    meta = getattr(report, "meta", None) or {}
    parts = []
    baseline = meta.get("baseline") or {}
    if baseline.get("suppressed"):
        parts.append(f"{baseline['suppressed']} known finding(s) hidden by the baseline")
    if meta.get("accepted"):
        parts.append(f"{meta['accepted']} accepted by factcheck comments in the article")
    below = meta.get("min_level") or {}
    if below.get("hidden"):
        parts.append(f"{below['hidden']} below --min-level {below['level']} not shown")
    return "; ".join(parts)


def flag_count(findings: list[Finding]) -> int:
    return sum(1 for f in findings if f.status in FLAG_STATUSES or f.level == "error")


def sort_key(f: Finding) -> tuple:
    """Reading order: by status (what changed first), then by place in the text."""
    rank = STATUS_ORDER.index(f.status) if f.status in STATUS_ORDER else len(STATUS_ORDER)
    return (rank, f.side == "old", f.line, f.column, f.start)


def is_flag(f: Finding) -> bool:
    """Whether a pipeline should annotate ``f``: every check finding, and compare flags."""
    return f.is_flag


def anchor(file_report: Any, f: Finding) -> tuple[str, int | None, int, int, int]:
    """Where a pipeline should pin ``f``: ``(path, line, column, end_line, end_column)``.

    A figure dropped from the OLD version is pinned to the NEW file where its
    sentence stood (``placed_in_new``); without such a place, when the old
    version is no file in the working tree (``HEAD:article.txt`` in ``diff``),
    to the NEW file as a whole (``line`` None). The message says where it was.
    """
    import os

    text = text_of(file_report, f)
    placed = placed_in_new(file_report, f)
    if placed is not None:
        line, col = line_col(file_report.text, placed[0])
        end_line, end_col = line_col(file_report.text, placed[1])
        return file_report.path, line, col, end_line, end_col
    if f.side == "old" and not (file_report.old_path and os.path.isfile(file_report.old_path)):
        return file_report.path, None, 0, 0, 0
    path = path_of(file_report, f)
    if not text:
        line, col = f.line or 1, f.column or 1
        return path, line, col, line, col + max(f.end - f.start, 0)
    start, end = shown_span(file_report, f)
    line, col = position(file_report, f, start)
    end_line, end_col = position(file_report, f, max(end, start))
    return path, line, col, end_line, end_col


def position(file_report: Any, f: Finding, offset: int) -> tuple[int, int]:
    """``(line, column)`` of ``offset`` in ``text_of(file_report, f)``, near ``f``.

    The producer's ``f.line``/``f.column`` of ``f.start`` win where set (Markdown
    and HTML map prose back to the file), and ``offset`` is placed relative to them.
    """
    text = text_of(file_report, f)
    line, col = line_col(text, offset)
    if not f.line:
        return line, col
    at_line, at_col = line_col(text, f.start)
    return f.line + line - at_line, (f.column + col - at_col if line == at_line else col)


def placed_in_new(file_report: Any, f: Finding) -> tuple[int, int] | None:
    """For a dropped figure: the span of the new version where its sentence stood, if known.

    ``commands.review.place_drops`` sets it (the sentence of the nearest
    figure the new version kept); pipelines pin the drop there, not at line 1.
    """
    at = f.extra.get("at_new") if f.side == "old" else None
    if at and file_report.text and 0 <= at[0] <= at[1] <= len(file_report.text):
        return at[0], at[1]
    return None


def where_in_old(file_report: Any, f: Finding) -> str:
    """'line 12 of HEAD:a.txt' for a finding on the OLD side, else ''."""
    if f.side != "old" or not file_report.old_text:
        return ""
    line, col = line_col(file_report.old_text, shown_span(file_report, f)[0])
    return f"line {line}, column {col} of {file_report.old_path or 'the old version'}"


def headline(f: Finding, text: str = "") -> str:
    """One line saying what is wrong, for annotation titles and lists."""
    fig = figure_text(f, text)
    msg = " ".join((f.message or "").split())
    if f.status and f.status not in msg.lower()[:20]:
        msg = f"{f.status}: {msg}" if msg else f.status
    parts = [m.text for m in (f.old, f.new, *f.mentions) if m is not None] or [fig]
    if fig and not any(p and p in msg for p in parts):
        return f"{msg} ({fig})"
    return msg


def sides(file_report: Any, f: Finding) -> list[tuple[str, int, int, str]]:
    """``(side, start, end, text)`` for each version the finding has a figure in.

    A compare finding has its OLD and/or NEW mention; a check finding has its
    own span in the one article (side ``""``).
    """
    out = []
    for side, m, text in (("old", f.old, file_report.old_text), ("new", f.new, file_report.text)):
        if m is not None and text:
            out.append((side, m.start, m.end, text))
    if not out:
        text = text_of(file_report, f)
        out.append(("old" if f.side == "old" else "", f.start, f.end, text))
    return out


def where_label(file_report: Any, f: Finding) -> str:
    """'old 1:68, new 1:70' (or '12:5' for a check finding)."""
    parts = []
    for side, start, _end, text in shown_sides(file_report, f):
        line, col = line_col(text, start) if text else (f.line, f.column)
        parts.append(f"{side} {line}:{col}".strip())
    return ", ".join(parts)


def sentence_at(file_report: Any, f: Finding) -> list[tuple[str, str]]:
    """``(side, sentence)`` of the finding in each version, as prose on one line."""
    return [(s.side, s.sentence) for s in prose_sides(file_report, f)]


ONE_SIDED = ("dropped", "added", "unverifiable")
"""Statuses with a figure in one version only: listed by sentence, each sentence said once."""

SENTENCE_LABEL = {
    "dropped": ("cut", "dropped from"),
    "added": ("new", "added to"),
    "unverifiable": ("unverifiable in", "unverifiable in"),
}
"""How a sentence is introduced: (every figure of it has this status, only some have)."""


@dataclass
class SentenceGroup:
    """The figures of one status in one sentence of one version, said together."""

    status: str
    shown: Shown
    """The first figure; its ``side``, ``view`` and sentence are the group's."""
    figures: list[tuple[Finding, Shown]]
    whole: bool
    """True when every figure of the sentence is here: a cut sentence, or a new one."""

    @property
    def label(self) -> str:
        return SENTENCE_LABEL.get(self.status, (self.status, self.status))[0 if self.whole else 1]

    def count(self) -> str:
        n = len(self.figures)
        return f"{n} figure{'s' if n != 1 else ''}"


def sentence_groups(file_report: Any, group: list[Finding], everything: list[Finding]) -> list:
    """``group`` (findings of one one-sided status) as SentenceGroups, in the order given.

    ``everything`` is every finding of the file, matches included: a sentence
    whose figures are all in the group was cut (or is new), one that kept a
    matching figure was only trimmed.
    """
    groups: dict[tuple, SentenceGroup] = {}
    for f in group:
        for shown in prose_sides(file_report, f):
            key = (shown.side, shown.s0, shown.s1)
            if key not in groups:
                groups[key] = SentenceGroup(f.status, shown, [], True)
            groups[key].figures.append((f, shown))
    members = {id(f) for f in group}
    for f in everything:
        if id(f) in members:
            continue
        for shown in prose_sides(file_report, f):
            found = groups.get((shown.side, shown.s0, shown.s1))
            if found is not None:
                found.whole = False
    return list(groups.values())
