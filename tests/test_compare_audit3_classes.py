"""False-alarm classes of the third hand audit of compare flags (issue 12).

bench/data/compare-audit3.json judges a random sample of the flags ``factcheck
compare`` gives on 73 LLM rewrites no labelled set had named; each test here is
one class of its false alarms (or of the flags of the same pairs outside the
sample), on sentences we invent (``python bench/compare_audit.py`` re-measures
the audits).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import flags

# ------------------------------------------------------------------ the prop-word "one"


@pytest.mark.parametrize(
    "text",
    [
        "The museum is the first one in the county to close.",
        "It was the second one she had won abroad.",
        "They sold the three new ones at a loss.",
    ],
)
def test_one_after_a_figure_is_the_prop_word_not_the_counted_noun(text):
    assert [m.noun for m in extract(text) if m.value in (1, 2, 3)] == [None]


def test_the_first_one_kept_as_the_first_of_another_noun():
    old = (
        "The vegan cafe will be the firm's first in Kent. \"Vegan food is a new idea for us "
        "which we are really excited about, especially as this is the first one in Kent and "
        'outside Essex," the owner said.'
    )
    new = (
        "The vegan cafe marks the firm's inaugural step in Kent. The owner called it a big "
        "milestone, being the first venture of its kind in Kent outside of Essex."
    )
    assert flags(old, new) == []
    quote = (
        '"Vegan food is a new idea for us which we are really excited about, especially as '
        'this is the first one in Kent and outside Essex," the owner said.'
    )
    assert flags(quote, new.split(". ", 1)[1]) == []
    changed = flags(
        quote.replace("first one", "second one"),
        "The owner called it a big milestone, being the third venture of its kind in Kent.",
    )
    assert changed and all(status in ("added", "dropped", "conflict") for status, _, _ in changed)


# ------------------------------------------------------------------ an event in other words


def test_a_count_of_stabbings_kept_as_a_count_of_wounds():
    for old, new in (
        (
            "She was stabbed 19 times by two men in the park.",
            "She suffered 19 stab wounds in the attack by two men in the park.",
        ),
        (
            "The officer was shot six times during the raid on the farm.",
            "The officer suffered six gunshot wounds during the raid on the farm.",
        ),
        (
            "The boy was attacked by a dog and needed 40 stitches.",
            "The boy needed 40 stitches for injuries from a dog.",
        ),
    ):
        assert flags(old, new) == [], new


def test_a_standing_count_given_to_the_dead_is_still_a_conflict():
    old = "She could carry 1,650 passengers and a crew of 420."
    new = "She sank with the loss of 420 lives."
    assert ("conflict", "420", "420") in flags(old, new)


# ------------------------------------------------------------------ a range of ages


@pytest.mark.parametrize(
    "text",
    [
        "The pupils, ranging in age from four to 11, were told on Friday.",
        "Pupils aged from four to 11 were told on Friday.",
        "The pupils, whose ages range from four to 11, were told on Friday.",
        "The pupils, from the ages of four to 11, were told on Friday.",
        "The pupils, ranging in age from four to 11 years, were told on Friday.",
        "Pupils between the ages of four and 11 were told on Friday.",
    ],
)
def test_a_range_after_an_age_lead_is_a_range_of_ages(text):
    (ages,) = [m for m in extract(text) if m.low == 4]
    assert (ages.role, ages.unit, ages.high) == ("age", "year", 11)


def test_a_range_of_ages_reworded_is_kept():
    old = "The children at the school were aged between four and 11 and heard it on Friday."
    new = "The pupils, ranging in age from four to 11, heard it at the school on Friday."
    assert flags(old, new) == []
    changed = flags(old, new.replace("four to 11", "five to 11"))
    assert changed and changed[0][0] in ("conflict", "added", "dropped")


def test_between_the_ages_of_is_kept_as_aged():
    old = "Pupils aged between four and 11 heard the news at the school on Friday."
    new = "Pupils between the ages of four and 11 heard the news at the school on Friday."
    assert flags(old, new) == []


def test_a_range_of_prices_or_counts_is_no_age():
    for text in ("Prices ranging from 5 to 11 pounds were cut.", "From 4 to 11 children came."):
        assert all(m.role != "age" for m in extract(text)), text


# ------------------------------------------------------------------ one half of a named pair


@pytest.mark.parametrize(
    "text",
    [
        "He met Rob Hill, one half of Dick and Dom, to talk about his mum.",
        "Her guest was Tom, one half of Ant & Dec.",
    ],
)
def test_one_half_of_a_named_pair_is_a_member_not_a_fraction(text):
    assert [m.text for m in extract(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "One half of Kent and Sussex residents voted to leave.",
        "One half of Kent and Sussex's homes were flooded.",
        "He ate one half of the cake.",
    ],
)
def test_one_half_of_a_whole_is_still_a_fraction(text):
    assert [m.value for m in extract(text)] == [0.5]


def test_one_half_of_a_double_act_kept_as_one_of_the_duo():
    old = "He met Rob Hill, one half of Dick and Dom, to talk about his mum's illness."
    new = "He met Rob Hill, from the duo Dick and Dom, to talk about his mum's illness."
    assert flags(old, new) == []


# ------------------------------------------------------------------ alternatives reordered


def test_the_same_alternatives_in_another_order_are_kept():
    for old, new in (
        (
            'Smith said: "We can play with two strikers or just one, whatever the boss asks."',
            'Smith said, "We can play with one or two strikers, whatever the boss asks."',
        ),
        (
            "They will sign three players or perhaps two this summer.",
            "They will sign two or three players this summer.",
        ),
    ):
        assert flags(old, new) == [], new


def test_an_or_range_for_one_figure_or_other_alternatives_is_still_vaguer():
    old = "They will sign three players this summer."
    assert ("conflict", "three", "two or three") in flags(
        old, "They will sign two or three players this summer."
    )
    old = "They may sign three players or just one."
    assert ("conflict", "three", "one or two") in flags(old, "They may sign one or two players.")
    old = "They will sign three players this summer, or two in January."
    assert ("conflict", "three", "two or three") in flags(
        old, "They will sign two or three players this summer."
    )
