"""One article as the checks see it: its prose, figures, sentences and directives.

Checks work on ``Article.text`` (the prose: for Markdown and HTML, the file
without its markup; for plain text, the file itself) and its ``mentions``. The
engine maps every finding back to the file with ``to_source`` so that reports
point at the file as stored on disk.

Inline directives switch rules off for part of an article, in any format:

    <!-- factcheck: disable conversion -->  ... <!-- factcheck: enable conversion -->
    <!-- factcheck: disable -->              (every rule, until enable or the end)
    <!-- factcheck: disable-line weekday --> (the line holding the comment)
    <!-- factcheck: disable-next-line -->    (the line after the comment)

A name may be a rule id or a rule type; several are separated by commas or spaces.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.markup import Prose, prose_of
from factcheck.mention import Mention

if TYPE_CHECKING:
    from factcheck.extract.dateline import Dateline
    from factcheck.units import UnitExtension

ALL = "*"


@dataclass
class Article:
    """An article ready to check; build it with ``Article.from_text``."""

    source: str
    """The file's text as read by ``factcheck.source.read_text``."""
    prose: Prose
    mentions: list[Mention]
    reference_date: _dt.date | None = None
    path: str | None = None
    disabled: list[tuple[str, int, int]] = field(default_factory=list)
    """(rule id or type or "*", start, end): source spans where a rule is off."""
    found_dateline: Dateline | None = None
    """The dateline at the top of the prose, looked for once (see extract/dateline.py)."""
    units: UnitExtension | None = None
    """Units the rule set defines (``RuleSet.units()``): read by extraction, in force for
    the checks on this article."""

    @classmethod
    def from_text(
        cls,
        text: str,
        path: str | None = None,
        reference_date: _dt.date | str | None = None,
        mentions: list[Mention] | None = None,
        *,
        prose: Prose | None = None,
        dateline: Dateline | None = None,
        units: UnitExtension | None = None,
    ) -> Article:
        """Read ``text`` (the file's content) and extract its mentions.

        ``prose`` and ``dateline`` are ``prose_of(text, path)`` and the
        dateline of that prose when the caller has them already (compare looks
        at both versions' datelines before extracting either). ``units`` are
        the units the rule set in use defines (``RuleSet.units()``).
        """
        from factcheck.extract import extract
        from factcheck.extract.dateline import dateline_of

        if isinstance(reference_date, str):
            reference_date = _dt.date.fromisoformat(reference_date)
        if prose is None:
            prose = prose_of(text, path)
        art = cls(text, prose, mentions or [], reference_date, path)
        art.found_dateline = dateline if dateline is not None else dateline_of(prose.text)
        art.units = units
        if mentions is None:
            # the spans extraction needs are the ones the checks read: split once
            art.mentions = extract(
                prose.text,
                reference_date,
                sentences=art.sentences,
                dateline=art.found_dateline,
                units=units,
            )
        art.disabled = parse_directives(text, prose.directives)
        return art

    # -- what checks read -------------------------------------------------------

    @property
    def text(self) -> str:
        """The prose the mentions point into."""
        return self.prose.text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        from factcheck.extract import split_sentences

        return split_sentences(self.text)

    @cached_property
    def by_id(self) -> dict[str, Mention]:
        return {m.id: m for m in self.mentions}

    def sentence_span(self, index: int) -> tuple[int, int]:
        if 0 <= index < len(self.sentences):
            return self.sentences[index]
        return (0, 0)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding prose ``offset`` (0 when none does)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return max(i, 0)

    @cached_property
    def _sentence_texts(self) -> dict[int, str]:
        return {}

    def sentence_text(self, index: int) -> str:
        """The sentence, white space collapsed; one string per sentence, however many
        findings quote it (a copy each made memory quadratic in a long sentence)."""
        text = self._sentence_texts.get(index)
        if text is None:
            a, b = self.sentence_span(index)
            text = self._sentence_texts[index] = " ".join(self.text[a:b].split())
        return text

    @cached_property
    def _by_sentence(self) -> dict[int, list[Mention]]:
        out: dict[int, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(m.sentence, []).append(m)
        return out

    def in_sentence(self, index: int) -> list[Mention]:
        return list(self._by_sentence.get(index, ()))

    @cached_property
    def dateline(self) -> _dt.date | None:
        """The day the article speaks from: ``--date``, else a dateline at its top.

        Past-tense plausibility needs a "now"; a date in the body is an event,
        not a dateline, so without either the article has none.
        """
        if self.reference_date is not None:
            return self.reference_date
        return self.found_dateline.date if self.found_dateline else None

    # -- mapping back to the file ------------------------------------------------

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.prose.to_source(start), self.prose.to_source_end(end)

    def in_source(self, m: Mention) -> Mention:
        """``m`` (found in the prose) as it stands in the file: offsets into ``source``
        and its text as written there (``text == source[start:end]``)."""
        a, b = self.to_source(m.start, m.end)
        return dataclasses.replace(m, start=a, end=b, text=self.source[a:b])

    @cached_property
    def _line_starts(self) -> list[int]:
        return line_starts(self.source)

    def line_column(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into the source file (a lookup, not a count)."""
        return line_column_in(self._line_starts, source_offset)

    def is_disabled(self, rule_id: str, rule_type: str, source_offset: int) -> bool:
        for name, a, b in self.disabled:
            if a <= source_offset < b and name in (ALL, rule_id, rule_type):
                return True
        return False


def line_starts(text: str) -> list[int]:
    """Offset of the start of each line of ``text``, for ``line_column_in``."""
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


def line_column_in(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` given ``line_starts`` of its text."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


_NEWLINE = re.compile("\n")
_NAMES = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")


def parse_directives(source: str, directives: list[tuple[int, int, str]]) -> list:
    """Turn ``factcheck:`` comments into (rule, start, end) spans of the source."""
    spans: list[tuple[str, int, int]] = []
    open_at: dict[str, int] = {}
    for start, end, body in directives:
        verb, _, rest = body.strip().partition(" ")
        verb = verb.lower()
        names = _NAMES.findall(rest) or [ALL]
        if verb == "disable":
            for n in names:
                open_at.setdefault(n, start)
        elif verb == "enable":
            for n in names:
                if n == ALL:
                    for k, a in list(open_at.items()):
                        spans.append((k, a, end))
                    open_at.clear()
                elif n in open_at:
                    spans.append((n, open_at.pop(n), end))
        elif verb in ("disable-line", "disable-next-line"):
            line_start = source.rfind("\n", 0, start) + 1
            if verb == "disable-next-line":
                nl = source.find("\n", end)
                line_start = len(source) if nl < 0 else nl + 1
            nl = source.find("\n", max(line_start, end if verb == "disable-line" else line_start))
            line_end = len(source) if nl < 0 else nl
            for n in names:
                spans.append((n, line_start, line_end + 1))
    for n, a in open_at.items():
        spans.append((n, a, len(source) + 1))
    return spans
