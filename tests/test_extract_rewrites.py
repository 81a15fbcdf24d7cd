"""Figures that rewrites of news stories write differently from the wire copy.

`factcheck compare` can only match what extract finds: each case here is a
form a rewrite used for a figure of the original (sentences of our own).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_extract_quantities import quantities, the


def dates(text: str):
    return [m for m in extract(text) if m.kind == "date"]


# -- four-digit counts without a comma ---------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, noun",
    [
        ("The factory turned out 1200 Rover vans last year.", "1200", "vans"),
        ("The watchdog logged 1340 complaints in a month.", "1340", "complaints"),
        ("The chain opened 1100 branches abroad.", "1100", "branches"),
        ("The council employs 1250 staff.", "1250", "staff"),
        ("The ship carried 1200 Rover and Land Rover vehicles.", "1200", None),
    ],
)
def test_a_four_digit_number_before_a_counted_noun_is_a_count(sentence, surface, noun):
    m = the(sentence, surface)
    assert (m.value, m.noun) == (int(surface), noun)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 prices rose sharply.",
        "The 2012 Olympics were a success.",
        "2016 sales were up on the year before.",
        "1990 saw riots in the capital.",
        "He was elected 1997 and served two terms.",
    ],
)
def test_a_four_digit_year_stays_a_year(sentence):
    assert not [m for m in quantities(sentence) if m.text[:1] in "12"]


# -- shares: "one in four" ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, noun",
    [
        ("One-in-four tenants will pay nothing more.", "One-in-four", 0.25, "tenants"),
        ("Almost one in five pupils walk to school.", "one in five", 0.2, "pupils"),
        ("1 in 3 drivers admitted speeding.", "1 in 3", 0.3333, "drivers"),
        ("Nine out of 10 owners said so.", "Nine out of 10", 0.9, "owners"),
    ],
)
def test_one_in_four_is_one_share_like_a_quarter(sentence, surface, value, noun):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension, m.noun) == (value, None, "fraction", noun)
    assert m.extra["ratio"][0] < m.extra["ratio"][1]
    assert not [q for q in quantities(sentence) if q.unit == "inch"]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("She scored three in four games.", ["three", "four"]),
        ("A bus leaves one in 10 minutes.", ["one", "10 minutes"]),
        ("There were 3 in 2019 alone.", ["3"]),
        # "number one" in the charts is a rank (an ordinal), "one in 14" no share
        ("The single went to number one in 14 countries.", ["one", "14"]),
    ],
)
def test_a_count_in_a_period_or_record_is_no_share(sentence, figures):
    assert [q.text for q in quantities(sentence)] == figures


# -- qualifiers: "near zero", "over three years" -----------------------------------
def test_near_zero_is_approximate_like_close_to_zero():
    assert the("Rates will stay near zero for now.", "zero").qualifier == "approximate"
    assert the("Rates will stay close to zero for now.", "zero").qualifier == "approximate"
    assert the("Highs will be near 40C.", "40C").qualifier == "approximate"
    assert the("The blast was near three schools.", "three").qualifier == "exact"  # a place


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("He hired six cooks over a three year period.", "three year"),
        ("He hired six cooks over three years.", "three years"),
        ("Fares rose 9% over four years.", "four years"),
        ("Over the past five years, sales doubled.", "five years"),
    ],
)
def test_over_before_a_period_says_when(sentence, surface):
    m = the(sentence, surface)
    assert (m.qualifier, m.low) == ("exact", None)


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("She was jailed for over five years.", "five years"),
        ("The repairs took over three years.", "three years"),
        ("It has been over 20 years since the flood.", "20 years"),
        ("Over 200 people came.", "200"),
    ],
)
def test_over_as_more_than_stays_a_bound(sentence, surface):
    assert the(sentence, surface).qualifier == "at_least"


# -- a full stop ends a name -------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, month, timex",
    [
        ("He hurt his knee in March. Doctors expect a quick return.", "March", "XXXX-03"),
        ("The cuts take effect before the polls in May. Critics are angry.", "May", "XXXX-05"),
    ],
)
def test_a_month_before_a_full_stop_is_a_date(sentence, month, timex):
    assert [(d.text, d.extra["timex"]) for d in dates(sentence)] == [(month, timex)]


def test_a_name_before_a_month_is_not_a_date():
    assert dates("Her neighbour June Smith saw the fire.") == []


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The line failed on 17 June. Three people called for help.", "Three"),
        ("The yacht was called Endeavour. Five crew were rescued.", "Five"),
        ("He signed for Real Madrid. 12 players left that summer.", "12"),
    ],
)
def test_a_number_starting_a_sentence_after_a_name_is_a_count(sentence, surface):
    assert the(sentence, surface).dimension == "count"


def test_a_number_after_a_name_or_abbreviation_stays_out():
    assert quantities("He watches BBC One every night.") == []
    assert quantities("See Fig. 3 for details.") == []


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("Reef tourism brings in $A6bn a year.", "$A6bn", 6_000_000_000, "Australian dollar"),
        ("The miner wrote off $US40m.", "$US40m", 40_000_000, "US dollar"),
        ("The club paid $NZ1.5m for him.", "$NZ1.5m", 1_500_000, "New Zealand dollar"),
    ],
)
def test_a_country_after_the_dollar_sign(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


# -- counts after words that usually make a name or identifier ----------------------
@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Capped 48 times, the winger said the board had failed.", "48"),
        ("Jailed 12 times, he was freed again.", "12"),
        ("The party has vowed to table 30 amendments to the bill.", "30"),
        ("The town plans to house 50 refugees.", "50"),
    ],
)
def test_a_verb_before_a_count_makes_no_identifier(sentence, surface):
    assert the(sentence, surface).dimension == "count"


@pytest.mark.parametrize(
    "sentence",
    [
        "Refer to table 5 for details.",
        "They were moved to level 3 of the car park.",
        "Ahmed 5 was the codename.",
    ],
)
def test_identifiers_stay_out(sentence):
    assert quantities(sentence) == []


# -- ordinals and pronouns ---------------------------------------------------------
def test_a_placing_in_a_championship_is_an_ordinal():
    sentence = "She was fifth in the stage and third in the championship behind Ruiz."
    assert [(q.text, q.value, q.role) for q in quantities(sentence)] == [
        ("fifth", 5, "ordinal"),
        ("third", 3, "ordinal"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first place, the scheme was badly run.",
        "Why was the contract signed in the first place?",
        "It was one of the worst storms, and no one was ready.",
        "The one who left first was never found.",
    ],
)
def test_idioms_and_pronouns_are_no_figures(sentence):
    assert quantities(sentence) == []


def test_first_place_as_a_placing_stays():
    assert the("She finished in first place.", "first").role == "ordinal"


# -- vague amounts of a unit ----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("Crews fought the fire for several hours.", "several hours", "hour"),
        ("The repairs will take a few weeks.", "a few weeks", "week"),
        ("The camp is a couple of miles away.", "a couple of miles", "mile"),
    ],
)
def test_several_hours_is_a_vague_amount_of_a_unit(sentence, surface, unit):
    m = the(sentence, surface)
    assert (m.value, m.low, m.high, m.unit, m.qualifier) == (None, None, None, unit, "approximate")
    assert m.extra["vague"] is True


@pytest.mark.parametrize(
    "sentence", ["Several people were hurt.", "A few residents complained.", "It cost several m."]
)
def test_several_without_a_unit_is_a_word(sentence):
    assert quantities(sentence) == []


def test_a_duration_restated_in_parentheses_is_linked():
    found = quantities("She was held for 14 days (a fortnight) without charge.")
    assert [(q.text, q.unit) for q in found] == [("14 days", "day"), ("a fortnight", "fortnight")]
    assert found[0].relation == found[1].relation == "conversion"
    assert quantities("Parking costs £5 (a week) in advance.")[0].linked is None


# -- dates a rewrite keeps: "dates back to 1860", "last season" ---------------------
@pytest.mark.parametrize(
    "sentence, year",
    [
        ("The office of warden dates back to 1874.", "1874"),
        ("Records go as far back as 1901.", "1901"),
    ],
)
def test_a_year_after_dates_back_to(sentence, year):
    assert [(d.text, d.iso) for d in dates(sentence)] == [(year, year)]


def test_falling_back_to_a_level_is_no_year():
    assert dates("Numbers fell back to 1500.") == []


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("The 2016 festival coincides with the games.", "2016"),
        ("Leeds will host 2015 finalists Bath City.", "2015"),
    ],
)
def test_a_year_before_an_event_or_its_people_stays_a_year(sentence, year):
    assert [d.text for d in dates(sentence)] == [year]
    assert quantities(sentence) == []


def test_a_record_of_wins_is_no_share():
    found = quantities("They have won only seven out of 18 matches this season.")
    assert [q.text for q in found] == ["seven", "18"]


def test_a_share_restated_as_a_percentage_keeps_its_part_and_whole():
    # the arithmetic rule checks 18 / 24 against the 75%
    found = quantities("Eighteen out of 24 trains (75%) were late.")
    assert [q.text for q in found] == ["Eighteen", "24", "75%"]
    found = quantities("One in four voters, or 25%, backed the plan.")
    assert [q.text for q in found] == ["One", "four", "25%"]


def test_a_list_of_months():
    found = dates("Deals signed in May, June, July and August are listed.")
    assert [d.text for d in found] == ["May", "June", "July and August"]
    assert dates("He met Theresa May, June Smith and others.") == []


def test_marks_as_a_verb_is_no_currency():
    assert quantities("1990 marks the end of an era.") == []
    assert not [q for q in quantities("The club's 100 marks a milestone.") if q.unit]
    assert the("The loan was 500 marks.", "500 marks").unit == "Deutsche Mark"
