"""Residual classes of the disagreement reviews (issue 11): ranks, prices per share,
years after a possessive or "all of", and a fraction of "a" unit.

Every sentence is ours, written with the same kinds of figures as the copy
the reviews found (bench/data/disagreements-reviewed.json).
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract


def quantities(text: str):
    return [(m.text, m.value, m.unit, m.role) for m in extract(text) if m.kind == "quantity"]


def years(text: str):
    return [(m.text, m.iso) for m in extract(text) if m.kind == "date"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("She is world number one again.", "one", 1),
        ("He beat the world number three in Rome.", "three", 3),
        ("He became the world's number two on Monday.", "two", 2),
        ("The world No 1 lost in the first round.", "1", 1),
        ("Britain's number one was beaten in Paris.", "one", 1),
        ("The No 1 seed lost in Paris.", "1", 1),
        ("He is the number one seed this year.", "one", 1),
    ],
)
def test_a_place_in_a_ranking_is_an_ordinal(text, surface, value):
    assert (surface, value, None, "ordinal") in quantities(text)


@pytest.mark.parametrize(
    "text", ["No 10 said the plan was sound.", "The country's number one priority is growth."]
)
def test_a_name_or_a_lower_case_possessive_is_no_rank(text):
    assert quantities(text) == []


def test_compare_reads_a_rank_of_one_like_any_figure():
    findings = compare_texts("She is world number one.", "She is world number two.")
    assert [(f.old.text, f.new.text) for f in findings if f.status == "conflict"] == [
        ("one", "two")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The bank paid 17c a share.", "17c", 0.17, "US dollar"),
        ("Fuel rose 5c per litre.", "5c", 0.05, "US dollar"),
        ("Apples cost 99c each at the stall.", "99c", 0.99, "US dollar"),
        ("It cut its dividend by 11c to 17c a share.", "11c", 0.11, "US dollar"),
        ("It paid 17p a share.", "17p", 0.17, "pound sterling"),
    ],
)
def test_cents_glued_as_c_are_money_when_a_price_is_per_something(text, surface, value, unit):
    assert (surface, value, unit, None) in quantities(text)


@pytest.mark.parametrize("text", ["It was 17c in the shade.", "Use the 5c setting."])
def test_a_glued_c_without_a_price_is_no_money(text):
    assert not [q for q in quantities(text) if q[2] == "US dollar"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The band played Nina Ross's 2003 hit at the gala.", "2003"),
        ("Apple's 1984 advert is still shown.", "1984"),
        ("He was out for all of 1989.", "1989"),
        ("For most of 2019 the line was shut.", "2019"),
    ],
)
def test_a_year_after_a_possessive_name_or_all_of_is_a_date(text, year):
    assert (year, year) in years(text)


@pytest.mark.parametrize(
    "text", ["The club's 1500 members voted.", "Britain's 2000 troops left the base."]
)
def test_a_count_after_a_possessive_stays_a_count(text):
    assert years(text) == [] and len(quantities(text)) == 1


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Add ½ a cup of milk.", "½ a cup", "cup"),
        ("Add 1/2 a teaspoon of salt.", "1/2 a teaspoon", "teaspoon"),
        ("Add 3/4 of a cup of sugar.", "3/4 of a cup", "cup"),
    ],
)
def test_a_fraction_of_a_unit_takes_the_unit(text, surface, unit):
    found = quantities(text)
    assert len(found) == 1 and found[0][0] == surface and found[0][2] == unit
