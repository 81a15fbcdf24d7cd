"""A value of the original given to another fact (issue 12 item 1): what a figure
counts and whom it belongs to decide the pairing, not the value alone.

Sentences are ours, with the kinds of figure summaries swap: a count of
occasions against a span of years, an age moved from one person to another.
"""

from __future__ import annotations

from tests.test_compare_frames import flags, mention

# ------------------------------------------------------------------ occasions


def test_a_count_of_times_measures_occasions_not_a_factor():
    assert mention("She won the cup four times.", "four").frame["measure"] == "occasions"
    assert "measure" not in mention("Rents are four times as high.", "four").frame
    assert "measure" not in mention("It is four times the size of Leeds.", "four").frame


def test_occasions_and_years_swapped_are_two_conflicts():
    old = "Ana Ruiz won the club's cup four times and held the county title for six years."
    new = "Ana Ruiz won the club's cup six times and held the county title for four years."
    assert flags(old, new) == [("conflict", "four", "six"), ("conflict", "six years", "four years")]


def test_occasions_reworded_still_match():
    old = "Ana Ruiz won the club's cup four times."
    assert flags(old, "Ruiz has won the cup four times.") == []
    assert flags(old, "Ruiz is a four-time cup winner.") == []
