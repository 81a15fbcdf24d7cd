"""Ordinals and counted periods written another way pair as one fact (issue 12, item 3).

"the ninth straight win" / "a ninth consecutive win", "21st" / "twenty-first",
"three quarters" / "3 quarters" (of a year), "within a 14-day window" / "up to
14 days". Sentences are our own; ../shared/cases/compare-cases.json maps the
classes.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.compare import compare_texts
from tests.test_compare_equivalents import flags


def matches(old: str, new: str) -> list[tuple[str, str]]:
    return [(f.old.text, f.new.text) for f in compare_texts(old, new) if f.status == "match"]


def quantities(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.role) for m in extract(text) if m.kind == "quantity"]


SAME_ORDINAL = [
    # a run, in each of its spellings
    (
        "The ferry ran late for the ninth straight day.",
        "The ferry ran late for a ninth consecutive day.",
    ),
    (
        "The ferry ran late for the ninth straight day.",
        "The ferry ran late for the ninth day in a row.",
    ),
    ("Grove lost its 4th straight away game.", "Grove lost a fourth successive away game."),
    ("The index slipped for a sixth day.", "The index slipped for the sixth day running."),
    (
        "The orchestra lost money for the third season running, its board said.",
        "The orchestra's losses stretched to a third consecutive season.",
    ),
    (
        "Rents went up for the second quarter in a row.",
        "Rents went up for a second consecutive quarter.",
    ),
    # hyphenated compounds and digits
    (
        "The governor began a twenty-first year in office.",
        "The governor began a 21st year in office.",
    ),
    ("Kaur headed in a 64th-minute equaliser.", "Kaur headed in the equaliser in the 64th minute."),
    ("Kaur headed in a sixty-fourth-minute equaliser.", "Kaur equalised in the 64th minute."),
]


@pytest.mark.parametrize("old,new", SAME_ORDINAL)
def test_an_ordinal_reworded_is_a_match(old, new):
    assert flags(old, new) == []
    assert matches(old, new)


def test_a_changed_run_is_still_flagged():
    assert flags(
        "The ferry ran late for the ninth straight day.",
        "The ferry ran late for a tenth consecutive day.",
    ) == [("conflict", "ninth", "tenth")]


def test_a_compound_ordinal_is_one_figure():
    assert quantities("It was the club's thirty-second title.") == [
        ("thirty-second", 32, "ordinal")
    ]


def test_an_ordinal_after_a_is_no_fraction_unless_a_share():
    assert quantities("The club suffered a fifth straight defeat.") == [("fifth", 5, "ordinal")]
    assert quantities("A fifth of the orchard was lost.")[0][:2] == ("A fifth", 0.2)
    assert quantities("The village would become a third world slum, she said.") == []


def test_a_run_of_quarters_is_not_a_quarter_of_the_year():
    found = extract("Rents went up for the second quarter in a row.")
    assert [(m.kind, m.text, m.role) for m in found] == [("quantity", "second", "ordinal")]
    assert found[0].noun == "quarter"
    assert [m.kind for m in extract("Rents went up in the second quarter of 2021.")] == ["date"]


def test_an_ordinal_opening_a_period_is_no_figure():
    # "the first eight weeks": the figure is the eight weeks
    assert quantities("Costs doubled in the first eight weeks.") == [("eight weeks", 8, None)]


# -- quarters of a year counted, not the share 3/4 -------------------------------

COUNTED_QUARTERS = [
    (
        "It was the mill's first loss in three quarters.",
        "It was the mill's first loss in 3 quarters.",
    ),
    ("Output shrank for three quarters in a row.", "Output shrank for 3 quarters in a row."),
    ("Output shrank for three straight quarters.", "Output shrank for 3 consecutive quarters."),
    ("Output recovered after three quarters.", "Output recovered after 3 quarters."),
]


@pytest.mark.parametrize("old,new", COUNTED_QUARTERS)
def test_quarters_of_a_year_in_words_and_digits_are_a_match(old, new):
    assert flags(old, new) == []


def test_a_changed_count_of_quarters_is_flagged():
    assert flags(
        "Output shrank for three quarters in a row.", "Output shrank for 4 quarters in a row."
    ) == [("conflict", "three", "4")]


def test_three_quarters_of_something_is_still_a_share():
    assert quantities("Three quarters of the tenants signed.")[0][:2] == ("Three quarters", 0.75)
    assert flags("Three quarters of the tenants signed.", "75% of the tenants signed.") == []
    assert flags("Bus fares rose by a fifth.", "Bus fares rose by 20%.") == []


# -- a bound the other version leaves unsaid -------------------------------------


def test_within_a_window_and_up_to_are_one_limit():
    old = "Clubs have up to 14 days to lodge an appeal."
    assert flags(old, "Clubs may appeal within a 14-day window.") == []
    assert flags("Tenants must be told within 48 hours.", "Tenants must be told in 48 hours.") == []


def test_within_against_another_bound_or_value_is_flagged():
    assert flags("Tenants must be told within 48 hours.", "Tenants must be told within 72 hours.")
    assert flags(
        "Tenants must be told within 48 hours.", "Tenants must be told after more than 48 hours."
    )


def test_a_share_of_those_just_named_is_no_ordinal():
    found = quantities("Of the clubs, about a third backing the plan are in Wales.")
    assert [(text, round(value, 3)) for text, value, _ in found] == [("a third", 0.333)]
    assert quantities("Of the clubs, a fifth objecting to the plan are in Wales.") == []
