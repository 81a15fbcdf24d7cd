"""Classes the two hand audits left (issue 12): figures kept in other words. Sentences are ours.

Each class is built from words as data (factcheck/lang/en.yaml); the counter-examples
say where it must not fire.
"""

from __future__ import annotations

from factcheck import compare
from factcheck.extract import extract
from factcheck.extract.implied import nowadays
from tests.compare_helpers import flags

# ------------------------------------------------ a share kept as its complement


def test_a_share_written_as_its_complement_is_kept():
    old = "Only 12% of the forest showed no sign of the blight, the survey found."
    new = "The survey found that about 88% of the forest was hit by the blight."
    assert flags(old, new) == []


def test_a_complement_that_does_not_hold_is_still_flagged():
    old = "Only 12% of the forest showed no sign of the blight, the survey found."
    new = "The survey found that about 70% of the forest was hit by the blight."
    assert ("dropped", "12%", None) in flags(old, new)


# ------------------------------------------------ "still strong today"


def _today(text: str):
    return next(m for m in extract(text) if m.text.lower() == "today")


def test_still_and_a_state_before_today_means_nowadays():
    for text in (
        "The links forged in the war are still strong today, the envoy said.",
        "The recipe is still popular today.",
    ):
        assert nowadays(text, _today(text))
    old = "The links forged in the war are still strong today, the envoy said."
    assert flags(old, "The envoy said the links forged in the war remain strong.") == []


def test_still_and_an_event_before_today_is_the_day():
    for text in (
        "The bridge is still closed today after the flood.",
        "Fans are still waiting today for the result.",
        "He is still in hospital today.",
    ):
        assert not nowadays(text, _today(text))


# ------------------------------------------------ a season for a year


def test_a_year_spent_in_a_named_season_is_kept_by_the_season():
    old = "Ray spent a year on loan at Bury in the 2016-17 season before returning."
    new = "Ray spent the 2016-17 season on loan at Bury before returning."
    assert flags(old, new) == []
    old = "Ray spent 12 months on loan at Bury in the 2016-17 season before returning."
    assert flags(old, new) == []


def test_another_span_than_the_season_is_still_dropped():
    new = "Ray spent the 2016-17 season on loan at Bury before returning."
    old = "Ray spent two years on loan at Bury from the 2016-17 season before returning."
    assert flags(old, new) == [("dropped", "two years", None)]
    # the season as the date of a spell says nothing of its length
    old = "Ray spent a year on loan at Bury in the 2016-17 season before returning."
    new = "Ray had a loan spell at Bury in the 2016-17 season before returning."
    assert flags(old, new) == [("dropped", "a year", None)]
    # the season without its noun is a year's name, not the span
    old = "Ray spent a year on loan at Bury in 2016-17 before returning."
    new = "Ray was on loan at Bury in 2016-17 before returning."
    assert flags(old, new) == [("dropped", "a year", None)]


def test_the_year_pairs_with_the_season():
    old = "Ray spent a year on loan at Bury in the 2016-17 season before returning."
    new = "Ray spent the 2016-17 season on loan at Bury before returning."
    kept = [f for f in compare(old, new) if f.old is not None and f.old.text == "a year"]
    assert [(f.status, f.new.text) for f in kept] == [("match", "2016-17")]


# ------------------------------------------------ a club's nickname


def test_a_nickname_is_no_other_side():
    old = (
        "Ali Kerr pulled one back late on but the Magpies secured their fifth win in six"
        " games. Notts County remain second in the table, a point behind Bury."
    )
    new = (
        "Notts County secured their fifth win in six games despite a late goal from Ali"
        " Kerr. Notts County remain second in the table, a point behind Bury."
    )
    assert flags(old, new) == []


def test_another_named_side_is_still_another_fact():
    old = (
        "Ali Kerr pulled one back late on but Bury secured their fifth win in six"
        " games. Notts County remain second in the table, a point behind Bury."
    )
    new = (
        "Notts County secured their fifth win in six games despite a late goal from Ali"
        " Kerr. Notts County remain second in the table, a point behind Bury."
    )
    assert ("dropped", "fifth", None) in flags(old, new)
