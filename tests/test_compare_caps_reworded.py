"""A player's games for a side in other words: caps, appearances, times played (issue 12).

"won 94 caps", "made 94 appearances", "played for Wales 94 times" and
"capped 94 times" state one fact; "one appearance" and "played once" too.
A changed number stays flagged, and a figure OLD does not give stays added.
Sentences and players are ours.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_compare_frames import flags

SAME = [
    (
        "Capped 94 times, Pryce spoke on Monday.",
        "Pryce, who has played for Wales 94 times, spoke on Monday.",
    ),
    (
        "Pryce, who won 94 caps, spoke on Monday.",
        "Pryce, who has played for Wales 94 times, spoke on Monday.",
    ),
    (
        "Pryce, who made 94 appearances for Wales, retired.",
        "Pryce, who won 94 caps for Wales, retired.",
    ),
    ("Pryce has 94 caps for Wales.", "Pryce has played 94 times for Wales."),
    ("Okafor has made one appearance for Hollins.", "Okafor has played once for Hollins."),
]


@pytest.mark.parametrize("old, new", SAME)
def test_games_for_a_side_written_another_way_are_one_fact(old, new):
    assert flags(old, new) == []


def test_the_count_after_a_side_is_read():
    assert [m.text for m in extract("He has played for Wales 94 times.")] == ["94"]


def test_a_changed_number_of_caps_is_a_conflict():
    old = "Pryce, who made 94 appearances for Wales, retired."
    new = "Pryce, who won 93 caps for Wales, retired."
    assert flags(old, new) == [("conflict", "94", "93")]


def test_goals_are_not_caps():
    old = "Pryce, who made 94 appearances for Wales, retired."
    new = "Pryce, who scored 94 goals for Wales, retired."
    assert flags(old, new) != []


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Okafor joined Hollins in May.",
            "Okafor has played twice for Hollins since joining in May.",
        ),
        ("Okafor has made one appearance for Hollins.", "Okafor has played twice for Hollins."),
    ],
)
def test_games_the_original_does_not_give_are_added(old, new):
    assert ("added", None, "twice") in flags(old, new)
