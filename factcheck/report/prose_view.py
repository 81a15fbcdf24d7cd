"""An article as an editor reads it: its prose, while locations stay in the file.

Findings point into the file as stored (a Markdown or HTML source, markup and
entities included), because pipelines and editors jump to ``line:column``. What
a report *shows* and *quotes* is the prose the checks read: the same
``markup.prose_of`` text and the same sentences as the ``Article`` the checks
ran on, so an HTML article is quoted as "the 'Ocean' class", not as
``</p> <p>the &amp;quot;Ocean&amp;quot; class``.

``ProseView.span`` maps a finding's file offsets to prose offsets (a bisect on
the prose's offset map, the inverse of ``Prose.to_source``) and widens the span
to the whole figure: a conversion finding over "100-mile (260-km" takes its
closing parenthesis too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import Any

from factcheck.article import Article
from factcheck.markup import prose_of

_PAIRS = (("(", ")"), ("[", "]"))


class ProseView:
    """The prose of one version of an article and its sentences (split once, as checks do)."""

    def __init__(self, source: str, path: str | None):
        self.source = source or ""
        self.article = Article(self.source, prose_of(self.source, path), [], None, path)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Prose offsets ``(a, b)`` of the file span ``[start, end)``, widened to the whole figure."""
        offsets = self.article.prose.offsets
        n = len(self.text)
        a = min(bisect_left(offsets, start, 0, n), n)
        b = min(max(bisect_left(offsets, end, 0, n), a), n)
        return whole_figure(self.text, a, b)

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self.article.sentences]

    def sentence_bounds(self, a: int, b: int) -> tuple[int, int]:
        """The prose sentence holding ``[a, b)``, trimmed of white space, covering the span."""
        text = self.text
        if not text:
            return 0, 0
        s0, s1 = a, b
        i = bisect_right(self._starts, a) - 1
        if i >= 0:
            s, e = self.article.sentences[i]
            if s <= a < e or a == e == len(text):
                s0, s1 = s, e
        s1 = max(s1, min(b, len(text)))
        while s0 < min(a, s1) and text[s0].isspace():
            s0 += 1
        while s1 > max(b, s0) and text[s1 - 1].isspace():
            s1 -= 1
        return min(s0, a), max(s1, b)

    def sentence(self, a: int, b: int) -> str:
        """The sentence around prose ``[a, b)`` on one line, white space collapsed."""
        s0, s1 = self.sentence_bounds(a, b)
        return " ".join(self.text[s0:s1].split())

    def figure(self, a: int, b: int) -> str:
        return " ".join(self.text[a:b].split())


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
