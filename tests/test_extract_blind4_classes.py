"""Classes found by blind set 4 (bench/data/quantities-pairs-blind2.jsonl) and the
leftovers of the last closing note, as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_extract_quantities import quantities, the


def years(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "date"]


def surfaces(text: str) -> list[str]:
    return [m.text for m in quantities(text)]


# -- title-case headlines: capitals name nothing there ---------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("Murray Eyes First Grass Title in 7 Years After Epic Win", "7 Years", 7, "year"),
        ("Local Driver Jailed For 18 Months Over Fatal Crash", "18 Months", 18, "month"),
        ("Village Waits Almost 3 Weeks For Broadband Repair", "3 Weeks", 3, "week"),
    ],
)
def test_a_headline_span_after_a_preposition_is_a_figure(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ('**"Life After Stroke: Three Young Survivors Tell Their Stories"**', "Three", 3),
        ("Flood Warning: Two Rivers Burst Their Banks Overnight", "Two", 2),
        ("Budget Day: One Family Explains What The Cuts Mean", "One", 1),
    ],
)
def test_a_number_word_before_a_capital_counts_in_a_headline(sentence, surface, value):
    assert the(sentence, surface).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Cult Film 8 Mile Returns To Cinemas This Weekend",  # a title, no preposition before
        "She finally watched 28 Days Later with her brother.",  # prose: a title
        "Fans cheered the Three Lions all the way home.",  # prose: a name
        "The Famous Five books are still in print.",
    ],
)
def test_titles_and_names_outside_a_headline_span_stay_names(sentence):
    assert quantities(sentence) == []


# -- "a 50-50 contest": even odds stay a figure ------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The manager called the derby a 50-50 contest.",
        "I have always said it is 50-50 in a derby like this.",
    ],
)
def test_fifty_fifty_stays_a_figure_that_compare_can_pair_or_drop(sentence):
    # the compare labels read "it is 50-50" as a fact a rewrite may drop (docs/extract.md)
    assert surfaces(sentence) == ["50-50"]


# -- "one" introducing a thing by what it is -----------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "One firm that has already gained from the scheme is Hartwell Foods, a bakery.",
        "One charity which benefited from the appeal was Riverside Care.",
        "One company whose shares rose sharply was Kestrel Mining.",
        "One player who impressed was Dan Okoro, the new signing.",
    ],
)
def test_one_introducing_a_name_after_a_relative_clause_is_no_count(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "One man who was hurt in the blast was taken to hospital.",
        "One Man Is Dead After Crash On Coast Road",
        "One woman was arrested at the scene.",
    ],
)
def test_one_as_the_subject_of_an_event_still_counts(sentence):
    assert surfaces(sentence) == ["One"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many parents still choose one-child families in the cities.",
        "One-child households are now common in the region.",
    ],
)
def test_one_child_families_are_a_kind(sentence):
    assert quantities(sentence) == []


# -- a one-letter sign before a round price ---------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The union is pushing for a P150 daily wage increase.", "P150", 150, "Philippine peso"),
        ("A sack of rice now costs P900 in the capital.", "P900", 900, "Philippine peso"),
        ("He was fined R750 for littering.", "R750", 750, "South African rand"),
        ("Commuters face a N300 fare rise from Monday.", "N300", 300, "Nigerian naira"),
    ],
)
def test_a_one_letter_sign_before_a_price_noun_or_after_a_verb_of_paying(
    sentence, surface, value, unit
):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "She handed in her P45 form on Friday.",
        "Take the N25 bus to the airport.",
        "The R21 toll road was closed for repairs.",
        "Nurses wore N95 masks on the ward.",
        "Workers earn more than they did on the P45 scale.",
    ],
)
def test_one_letter_signs_that_name_things_stay_names(sentence):
    assert quantities(sentence) == []


# -- years in Welsh --------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, year",
    [
        ("Prynodd y cyngor yr adeilad yn 2016.", "2016"),
        ("Mae'r siop wedi bod ar agor ers 1987.", "1987"),
        ("Y nod yw plannu mil o goed erbyn 2030.", "2030"),
    ],
)
def test_a_year_after_a_welsh_preposition(sentence, year):
    assert years(sentence) == [year]
    assert all(m.text != year for m in quantities(sentence))


# -- a year before a period's totals ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, year",
    [
        ("The retailer had 1991 sales of $2.3 billion.", "1991"),
        ("Its 2014 profits were the best in a decade.", "2014"),
        ("The group reported 2019 revenues of £40m.", "2019"),
        ("Analysts expect 2025 earnings to improve.", "2025"),
    ],
)
def test_a_year_before_a_noun_of_a_periods_totals(sentence, year):
    assert years(sentence) == [year]


def test_a_year_shaped_count_before_a_compound_noun_stays_a_count():
    assert the("The team made 1500 sales calls in a week.", "1500").value == 1500


# -- a spaced size of data ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The base model has 128 GB of storage.", "128 GB", 128, "gigabyte"),
        ("It ships with 16 GB RAM and a fast chip.", "16 GB", 16, "gigabyte"),
        ("A 2 TB drive now costs under £60.", "2 TB", 2, "terabyte"),
        ("Her plan gives 500 MB of data a month.", "500 MB", 500, "megabyte"),
    ],
)
def test_a_spaced_data_unit_near_a_word_of_storage(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Team GB brought home 4 GB medals from the relay.", "4"),
        ("The clinic saw 12 TB cases this year.", "12"),
    ],
)
def test_a_spaced_gb_or_tb_without_a_word_of_storage_is_no_unit(sentence, surface):
    assert the(sentence, surface).unit is None


# -- who did it first in a game ---------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Rovers scored first through a header from Adeyemi.",
        "India batted first and posted a big total.",
        "The visitors struck first, then the hosts hit back.",
    ],
)
def test_an_ordinal_after_a_verb_of_play_with_no_noun_is_the_order(sentence):
    m = the(sentence, "first")
    assert (m.value, m.role) == (1, "ordinal")


def test_scored_first_time_is_a_way_of_shooting_not_an_order():
    assert quantities("She scored first time from the edge of the box.") == []


# -- classes of the disagreement review (bench/disagreements.py) ---------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, fraction",
    [
        ("Only ⅕ of the grant was spent.", "⅕", 0.2, "1/5"),
        ("The recipe needs ⅙ of the flour.", "⅙", 1 / 6, "1/6"),
        ("Add 2⅝ cups of stock.", "2⅝ cups", 2.625, "21/8"),
        ("A tenth, or ⅒, went to charity.", "⅒", 0.1, "1/10"),
    ],
)
def test_every_vulgar_fraction_character(sentence, surface, value, fraction):
    m = the(sentence, surface)
    assert m.value == pytest.approx(value)
    assert m.extra["fraction"] == fraction


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Overnight the thermometer read negative eight degrees.", "negative eight degrees", -8),
        ("Growth was negative 0.3% in the second quarter.", "negative 0.3%", -0.3),
        ("The wind chill made it feel like minus 15C.", "minus 15C", -15),
    ],
)
def test_negative_and_minus_are_signs(sentence, surface, value):
    assert the(sentence, surface).value == value


def test_negative_after_a_verb_of_testing_is_a_result_not_a_sign():
    assert the("The rider tested negative 4 times last season.", "4").value == 4


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The hearing lasted two and a quarter hours.", "two and a quarter hours", 2.25, "hour"),
        ("She was jailed for three and three-quarter years.", "three and three-quarter years",
         3.75, "year"),
        ("The route is six and three quarters miles long.", "six and three quarters miles",
         6.75, "mile"),
    ],
)  # fmt: skip
def test_a_whole_number_and_a_quarter_or_three_quarters(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence, price",
    [
        ("Free-range eggs now cost 95 pence a dozen.", "95 pence"),
        ("At the farm gate they fetch £3 a dozen.", "£3"),
        ("Oysters were selling for $30 a dozen.", "$30"),
    ],
)
def test_a_dozen_after_a_price_is_a_rate_not_a_count(sentence, price):
    assert surfaces(sentence) == [price]


def test_a_dozen_before_a_noun_still_counts():
    assert the("She bought a dozen eggs for the cake.", "a dozen").value == 12


# -- a place in a chart ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Her debut single peaked at number 4 on the singles chart.", "4", 4),
        ("The album reached No. 1 in six countries.", "1", 1),
        ("The track went to number one in the charts in May.", "one", 1),
        ("The film opened at No. 2 at the box office.", "2", 2),
    ],
)
def test_a_place_in_a_chart_is_a_rank(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.role) == (value, "ordinal")


@pytest.mark.parametrize(
    "sentence",
    ["Officials gathered at No 10 on Friday.", "The family lives at number 12 on the hill."],
)
def test_a_house_number_without_a_word_of_charts_is_no_rank(sentence):
    assert quantities(sentence) == []
