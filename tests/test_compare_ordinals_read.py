"""Ordinals a rewrite writes in other words are read, and pair (issue 12, item 3).

Classes found on held-out rewrites and summaries: an adjective between the
article and the ordinal ("an exciting fifth round"), two ordinals sharing a
noun ("third and fourth places"), a rank said with "become" or "only to"
("has become second only to"), a debut for a first ("a debut season" / "his
first season"), and "not the first time", which says "again" and ranks
nothing. Sentences are ours.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_compare_frames import flags


def ordinals(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.noun) for m in extract(text) if m.role == "ordinal"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hollins went out after a thrilling fifth round tie.", [("fifth", 5, "round")]),
        ("It was a record seventh title for the club.", [("seventh", 7, "title")]),
        (
            "The Greens came in third and fourth places.",
            [("third", 3, "places"), ("fourth", 4, "places")],
        ),
        ("The Greens came third and fourth.", [("third", 3, None), ("fourth", 4, None)]),
        ("The port has become second only to Rotterdam.", [("second", 2, None)]),
        ("Trade was brisk this week, second only to Rotterdam.", [("second", 2, None)]),
        ("It was the Robins' seventh win in a row.", [("seventh", 7, "win")]),
    ],
)
def test_an_ordinal_written_another_way_is_read(text, expected):
    assert ordinals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The building first opened in 1990.",
        "The meeting first heard from the chair.",
        "Between the first and second weeks of May, 300 people arrived.",
        "This is not the first time Okafor has been arrested.",
        "Not for the first time, the ferry ran late.",
    ],
)
def test_no_ordinal_where_none_ranks(text):
    assert ordinals(text) == []


def test_an_adjective_before_the_ordinal_keeps_the_pair():
    old = "The ties are on Sunday, a week on from the fifth round, when Hollins won 3-0."
    new = "The ties are on Sunday, a week after an exciting fifth round in which Hollins won 3-0."
    assert flags(old, new) == []


def test_coordinated_ordinals_pair_with_ordinals_told_apart():
    old = "The Greens came third in the poll, with the Reds in fourth place."
    new = "The Greens and the Reds followed in third and fourth places."
    assert flags(old, new) == []


def test_a_changed_coordinated_ordinal_is_flagged():
    old = "The Greens came third in the poll, with the Reds in fourth place."
    new = "The Greens and the Reds followed in second and fourth places."
    assert ("conflict", "third", "second") in flags(old, new)


def test_a_debut_season_is_the_first_season():
    old = "Okafor cost the club £500,000, but his value has soared after a stunning debut season."
    new = "Okafor, signed for £500,000, has scored 32 goals in his first season."
    assert [f for f in flags(old, new) if f[2] == "first"] == []


def test_a_first_that_a_debut_does_not_say_is_still_added():
    old = "Okafor cost the club £500,000 in May."
    new = "Okafor, signed for £500,000 in May, is in his first season."
    assert ("added", None, "first") in flags(old, new)


# ------------------------------------------------------------------ events narrated in order

FIRES = "A fire broke out at a mill in Brenton on Monday. On Tuesday another fire destroyed a barn in Oakby."


def test_the_order_of_events_narrated_across_two_sentences_is_derived():
    new = "The first fire hit a mill in Brenton on Monday; the second fire destroyed a barn in Oakby on Tuesday."
    assert flags(FIRES, new) == []


def test_a_count_of_events_narrated_across_sentences_stays_added():
    # "another" orders two events; it does not say there were no more
    new = "Two fires hit Brenton and Oakby on Monday and Tuesday."
    assert ("added", None, "Two") in flags(FIRES, new)


def test_an_ordinal_beyond_the_narrated_events_is_added():
    new = "The third fire destroyed a barn in Oakby on Tuesday."
    assert ("added", None, "third") in flags(FIRES, new)


def test_a_second_of_a_kind_is_another_of_it():
    old = 'The inmate ran off with the keys. "As he was held, another prisoner grabbed a set," the report says.'
    new = "A prisoner ran off with the keys, and as he was held a second prisoner grabbed a set."
    assert flags(old, new) == []
    other = "The inmate ran off with the keys. Another guard was hurt."
    assert ("added", None, "second") in flags(other, new)
