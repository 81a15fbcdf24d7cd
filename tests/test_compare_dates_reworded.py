"""Dates and times written another way pair in ``compare``; real date changes stay flagged.

One class per test group (issue 12, items 3 and 6): "shortly before" /
"just before" / "soon before" a time are one qualifier; an age is never the
day of a month; and each such test has a guard that a real change of the
same kind still shows. All sentences are invented.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from tests.test_compare_align import statuses


def flags(old: str, new: str) -> list[tuple]:
    """The findings an editor must look at (match and derived left out)."""
    return [s for s in statuses(compare_texts(old, new)) if s[0] not in ("match", "derived")]


# -- "just before" / "shortly before" / "soon after": one nearness -----------------


@pytest.mark.parametrize(
    ("old_word", "new_word"),
    [
        ("just before", "shortly before"),
        ("shortly after", "soon after"),
        ("just after", "right after"),
        ("immediately before", "just before"),
    ],
)
def test_near_words_before_a_time_are_one_qualifier(old_word, new_word):
    old = f"The ferry left the quay {old_word} 06:40 GMT, the harbour office said."
    new = f"The harbour office said the ferry left the quay {new_word} 06:40 GMT."
    assert flags(old, new) == []


def test_near_word_added_before_a_time_is_still_a_qualifier_change():
    old = "The gates opened before 09:15 BST for the first visitors."
    new = "The gates opened shortly before 09:15 BST for the first visitors."
    assert [s[0] for s in flags(old, new)] == ["conflict"]


def test_near_word_with_another_time_is_a_conflict():
    old = "The ferry left the quay just before 06:40 GMT."
    new = "The ferry left the quay shortly before 07:40 GMT."
    assert [s[0] for s in flags(old, new)] == ["conflict"]


def test_before_and_after_a_time_stay_apart():
    old = "The alarm sounded just before 21:00 BST at the depot."
    new = "The alarm sounded just after 21:00 BST at the depot."
    assert [s[0] for s in flags(old, new)] == ["conflict"]


# -- an age never pairs with the day of a month -----------------------------------


def test_age_is_not_the_day_of_a_date():
    old = "The fire was on 9 June 2019. Ms Pell, 21, was arrested."
    new = "The fire was on 21 June 2019."
    assert flags(old, new) == [
        ("conflict", "9 June 2019", "21 June 2019"),
        ("dropped", "21", None),
    ]


def test_a_span_still_pairs_with_the_date_it_names():
    old = "The shop reopened two weeks ago, its owner said."
    new = "Its owner said the shop reopened two weeks prior."
    assert flags(old, new) == []
