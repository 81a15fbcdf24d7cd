"""An article as an editor reads it: its prose, while locations stay in the file.

Findings point into the file as stored (a Markdown or HTML source, markup and
entities included), because pipelines and editors jump to ``line:column``. What
a report *shows* and *quotes* is the prose the checks read: the same
``markup.prose_of`` text, and the sentences the producers recorded on each
finding (``Finding.sentence_spans``, mapped back here), so an HTML article is
quoted as 'the "Ocean" class', not as ``</p> <p>the &amp;quot;Ocean&amp;quot;``.

``ProseView.span`` maps a finding's file offsets to prose offsets (a bisect on
the prose's offset map, the inverse of ``Prose.to_source``) and widens the span
to the whole figure: a conversion finding over "100-mile (260-km" takes its
closing parenthesis too.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from factcheck.markup import prose_of

_PAIRS = (("(", ")"), ("[", "]"))


class ProseView:
    """The prose of one version of an article, and file offsets mapped back into it."""

    def __init__(self, source: str, path: str | None):
        self.prose = prose_of(source or "", path)

    @property
    def text(self) -> str:
        return self.prose.text

    def _to_prose(self, start: int, end: int) -> tuple[int, int]:
        offsets, n = self.prose.offsets, len(self.prose.text)
        a = min(bisect_left(offsets, start, 0, n), n)
        return a, min(max(bisect_left(offsets, end, 0, n), a), n)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Prose offsets ``(a, b)`` of the file span ``[start, end)``, widened to the whole figure."""
        return whole_figure(self.text, *self._to_prose(start, end))

    def sentence(self, recorded: tuple[int, int], a: int, b: int) -> tuple[int, int]:
        """The file span of a sentence (as the producer recorded it) in prose, trimmed,
        and covering the figure at prose ``[a, b)``."""
        s0, s1 = self._to_prose(*recorded)
        s0, s1 = min(s0, a), max(s1, b)
        text = self.text
        while s0 < a and text[s0].isspace():
            s0 += 1
        while s1 > b and text[s1 - 1].isspace():
            s1 -= 1
        return s0, s1


def whole_figure(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` widened over a bracket the span opens but does not close (or the reverse)."""
    piece = text[a:b]
    for opening, closing in _PAIRS:
        if piece.count(opening) > piece.count(closing) and text[b : b + 1] == closing:
            b += 1
        elif piece.count(closing) > piece.count(opening) and a > 0 and text[a - 1] == opening:
            a -= 1
    return a, b


def view_of(file_report: Any, side: str | None) -> ProseView:
    """The prose view of the OLD (``side == "old"``) or NEW version, built once per report."""
    key = "old" if side == "old" else "new"
    views = file_report.views
    if key not in views:
        if key == "old" and file_report.old_text is not None:
            views[key] = ProseView(file_report.old_text, file_report.old_path)
        else:
            views[key] = ProseView(file_report.text or "", file_report.path)
    return views[key]
