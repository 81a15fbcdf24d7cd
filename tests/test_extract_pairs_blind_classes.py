"""Classes found by the third blind set (bench/data/quantities-pairs-blind.jsonl) and
the disagreement review of its session (bench/disagreements.py), as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_extract_quantities import quantities, the


def years(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "date"]


# -- two numbers joined by "and": years, or a range of counts -----------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The hardest seasons were 2008 and 2009, the owner said.", ["2008", "2009"]),
        ("The sequel came out in both 1994 and 2015.", ["1994", "2015"]),
        ("A horror film from both 1982 and 2011, it still scares.", ["1982", "2011"]),
        ("Our best years were 1997, 1998 and 2001.", ["1997", "1998", "2001"]),
    ],
)
def test_a_number_joined_to_a_year_after_it_is_a_year(sentence, expected):
    assert years(sentence) == expected
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("The club hopes to sell between 1500 and 2000 tickets.", "1500 and 2000", 1500, 2000),
        ("Organisers expect 1800 to 2000 runners in all.", "1800 to 2000", 1800, 2000),
        ("The hospital treated between 1990 and 2010 patients.", "1990 and 2010", 1990, 2010),
    ],
)
def test_two_year_shaped_numbers_before_a_counted_noun_are_a_range_of_counts(
    sentence, surface, low, high
):
    m = the(sentence, surface)
    assert (m.low, m.high) == (low, high)
    assert years(sentence) == []


def test_year_shaped_counts_joined_by_and_before_a_noun_stay_counts():
    sentence = "The two farms sold 2008 and 2009 lambs last spring."
    assert (the(sentence, "2008").value, the(sentence, "2009").value) == (2008, 2009)


# -- "one" inside an idiom is no count; "one point behind" is ------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "I am not one to blame the weather, the captain said.",
        "She is not one to give up without a fight.",
        "At one point the queue stretched around the block.",
        "The deal was doomed if one voted with the rebels.",
        "If one looks at the accounts, the gap is plain.",
        "It matters little whether one believes the minister.",
    ],
)
def test_one_in_an_idiom_is_no_figure(sentence):
    assert [m.text for m in quantities(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rovers finished one point behind the champions.",
        "The side stay top, one point clear of Hull.",
        "They were one point short of a play-off place.",
    ],
)
def test_one_point_in_a_table_is_a_count(sentence):
    assert the(sentence, "one").value == 1


def test_not_one_to_two_years_is_still_a_range():
    m = the("He faces not one to two years but five.", "one to two years")
    assert (m.low, m.high) == (1, 2)


# -- a move in a table to a place ------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Dover slipped to 18th after a third straight loss.", "18th", 18),
        ("The win lifted Exeter, who climbed to fourth in the table.", "fourth", 4),
        ("Leyton moved up to ninth on goal difference.", "ninth", 9),
        ("The champions dropped to second.", "second", 2),
    ],
)
def test_an_ordinal_after_a_move_to_is_a_place(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.role, m.value) == ("ordinal", value)


# -- "not <someone>'s first": again, no rank -------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "This is not Dolan's first ban for speeding.",
        "It wasn't his first visit to the island.",
        "That was not the mayor's first apology, nor her last.",
    ],
)
def test_not_a_possessive_first_ranks_nothing(sentence):
    assert [m for m in quantities(sentence) if m.role == "ordinal"] == []


def test_a_possessive_first_still_ranks():
    assert the("It was Dolan's first goal for the club.", "first").role == "ordinal"


# -- "the week-long", "his month-long": one unit of time --------------------
@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("The week-long festival opens on Friday.", "week-long", "week"),
        ("Her month-long absence worried the board.", "month-long", "month"),
        ("The year-long inquiry reports in spring.", "year-long", "year"),
        ("A day-long strike closed the port.", "A day-long", "day"),
    ],
)
def test_a_span_word_glued_to_long_is_one_unit(sentence, surface, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (1, unit)


# -- "the third week of May": a period, not a rank ---------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Talks resume in the third week of May.",
        "The fair is held in the second week of August.",
        "Crews return the first weekend of the month.",
        "The count ends in the last week of June, and the fourth week of 2027 is free.",
        "The market opens on the first Saturday of each month.",
        "Bins are emptied on the second Tuesday of March.",
    ],
)
def test_an_ordinal_week_or_weekday_of_a_date_is_no_rank(sentence):
    assert [m for m in quantities(sentence) if m.role == "ordinal"] == []


def test_an_ordinal_week_in_charge_is_a_rank():
    assert the("It was only his third week in charge.", "third").role == "ordinal"


# -- from the peer suites' misses (Recognizers-Text), forms news copy uses ----------
@pytest.mark.parametrize(
    "sentence, surface, value, unit, written",
    [
        ("Shares in the grocer closed two pence lower.", "two pence", 0.02, "pound sterling", 2),
        ("Duty rises by one penny a litre from April.", "one penny", 0.01, "pound sterling", 1),
        ("A one-penny cut was the chancellor's gift.", "one-penny", 0.01, "pound sterling", 1),
        ("The stock gained twenty-five cents.", "twenty-five cents", 0.25, "US dollar", 25),
    ],
)
def test_a_sub_unit_after_a_number_in_words_is_money(sentence, surface, value, unit, written):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.extra["subunit_value"]) == (pytest.approx(value), unit, written)


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        (
            "The licence lets it export 0.9 trillion cubic feet of gas.",
            "0.9 trillion cubic feet",
            9e11,
        ),
        ("The old tank held 450 cubic feet of water.", "450 cubic feet", 450),
        (
            "Reserves were put at 3.2 billion cubic feet, the firm said.",
            "3.2 billion cubic feet",
            3.2e9,
        ),
    ],
)
def test_cubic_feet_are_a_volume(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (pytest.approx(value), "cubic foot", "volume")


@pytest.mark.parametrize(
    "sentence",
    [
        "The census put the population at 1 414 021 100.",
        "The census put the population at 1 414 021 100, up slightly.",
    ],
)
def test_a_number_grouped_by_spaces_ends_a_sentence(sentence):
    assert the(sentence, "1 414 021 100").value == 1_414_021_100


def test_a_thermostat_makes_bare_degrees_a_temperature():
    m = the("Residents were told to set the thermostat to 19°.", "19°")
    assert m.dimension == "temperature"
