"""Text in, mentions out: every quantity, date and time with its span and meaning.

The pipeline is: split sentences, find dates and times first (they claim their
spans, so "2017" in "Feb. 13, 2017" is never a quantity), then quantities in
what is left, then number the mentions in text order, leaving out list markers
(discourse.py); last, mark the counts that describe the text itself and give
every mention its frame (frame.py).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from factcheck.callable_package import make_callable
from factcheck.extract.sentences import split_sentences
from factcheck.mention import Mention, computable

if TYPE_CHECKING:
    from factcheck.extract.dateline import Dateline
    from factcheck.units import UnitExtension

__all__ = ["extract", "split_sentences"]


def extract(
    text: str,
    reference_date: _dt.date | str | None = None,
    *,
    sentences: list[tuple[int, int]] | None = None,
    dateline: Dateline | None = None,
    units: UnitExtension | None = None,
) -> list[Mention]:
    """Return the mentions of ``text`` in order of their start offset.

    ``reference_date`` (a date or "YYYY-MM-DD") resolves relative dates such as
    "last month"; without it a dateline in the text is used, else they stay
    unresolved (``iso`` None, ``grain`` set). ``sentences`` are the spans of
    ``split_sentences(text)`` and ``dateline`` is ``dateline_of(text)``, when
    the caller has them already. ``units`` are the units a rule set defines
    (``RuleSet.units()``), read for this call only.
    """
    # imported here so that importing the package (the CLI's parser, --help)
    # does not compile the scanners' patterns
    from factcheck.extract.changeverbs import attach_change_verbs
    from factcheck.extract.datenorm import date_norm
    from factcheck.extract.dates import find_dates
    from factcheck.extract.discourse import mark_text_meta, without_list_markers
    from factcheck.extract.frame import attach_frames
    from factcheck.extract.quantities import find_quantities
    from factcheck.extract.tables import attach_table_headers
    from factcheck.units import extended

    if isinstance(reference_date, str):
        reference_date = _dt.date.fromisoformat(reference_date)
    if sentences is None:
        sentences = split_sentences(text)
    dates = find_dates(text, sentences, reference_date, dateline=dateline)
    for d in dates:  # what the date's words say, read once here for compare
        d.extra = {**d.extra, "norm": date_norm(d.text)}
    taken = [(m.start, m.end) for m in dates]
    with extended(units):
        quantities = find_quantities(text, sentences, taken)
    for q in quantities:  # a figure of 309 digits keeps its span, not its value
        q.value, q.low, q.high = computable(q.value), computable(q.low), computable(q.high)
    mentions = without_list_markers(
        text, sorted(dates + quantities, key=lambda m: (m.start, m.end))
    )
    _number(mentions, sentences)
    mark_text_meta(text, mentions, sentences)
    attach_frames(text, mentions, sentences)
    attach_table_headers(text, mentions)
    attach_change_verbs(text, mentions, sentences)
    return mentions


def _number(mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """Give each mention its id and sentence index, remapping conversion links."""
    old_ids = {m.id: f"m{i}" for i, m in enumerate(mentions) if m.id}
    j = 0
    for i, m in enumerate(mentions):
        m.id = f"m{i}"
        while j + 1 < len(sentences) and sentences[j][1] <= m.start:
            j += 1
        m.sentence = j
    for m in mentions:
        if m.linked is not None:
            m.linked = old_ids.get(m.linked)


make_callable(__name__, extract)
