"""Readings of a sentence made once for all its figures give what reading it again
for each figure gave (tests/test_scaling.py counts the reads)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare.context import _after_the
from factcheck.extract.tense import SentenceTenses, modifies_event, sentence_markers, tense_at

_PIECES = [
    "the",
    "The",
    " ",
    "  ",
    "\t",
    "Robins",
    "Robins'",
    "Robin",
    "s",
    "'",
    "-",
    "Gunners",
    "Gunners-fans",
    "_",
    "Ünited",
    ",",
    ".",
    "1",
    "Spurs",
    "O'Neills",
    "\u00a0",
    "Sts",
]
_NAMES = ["Robins", "Gunners", "Spurs", "O'Neills", "Sts", "Gunners-fans", "Robins's", "Ss"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(_NAMES))
def test_what_follows_a_the_is_what_a_search_after_the_finds(pieces, name):
    """A nickname after "the" is found in the sentence's set exactly where a search for
    "the" and that name finds it."""
    sentence = "".join(pieces)
    searched = re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", sentence) is not None
    assert (name in _after_the(sentence)) == searched


_WORDS = [
    "was",
    "were",
    "expected",
    "will",
    "arrested",
    "charged",
    "on",
    "Monday",
    "is",
    "to",
    "be",
    "held",
    "the",
    "match",
    "said",
    "played",
    "'ll",
    "going",
    "due",
    "next",
    "week",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 15)), min_size=1, max_size=8),
)
def test_a_dates_tense_from_its_nearest_markers_is_the_tense_from_all(words, dates):
    """The markers nearest a date decide its tense as all the sentence's markers do."""
    text = " ".join(words)
    tenses = SentenceTenses(text, 0, len(text))
    every = sentence_markers(text, 0, len(text))
    for start, width in dates:
        start = min(start, len(text))
        end = min(start + width, len(text))
        assert tenses.at(start, end) == tense_at(every, start, end)
        expected = None if modifies_event(text, start) else tense_at(every, start, end)
        assert tenses.near(start, end) == expected
