"""Classes the peer suites (Recognizers-Text, ../shared/corpora/recognizers-text) showed
in forms news writes, and the last closing note's leftovers, as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import quantities, the


def surfaces(text: str) -> list[str]:
    return [m.text for m in quantities(text)]


# -- a fraction joined by "and" to a whole number, whichever fraction -------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("The new hall has one and a third times the floor space.", "one and a third", 4 / 3),
        ("Rates rose by three and one fourth per cent.", "three and one fourth per cent", 3.25),
        ("The pilot flew for two and two-fifths hours.", "two and two-fifths hours", 2.4),
        ("It took 2 and a half hours to clear the road.", "2 and a half hours", 2.5),
        ("She finished 2 and a third lengths clear.", "2 and a third", 7 / 3),
        ("The bowler sent down four and a fifth overs.", "four and a fifth", 4.2),
    ],
)
def test_any_fraction_after_and_joins_its_whole_number(sentence, surface, value):
    assert the(sentence, surface).value == pytest.approx(value)


# -- after a scale of a thousand or more, or a dozen, the fraction is of the scale -------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("The appeal raised a million and a half dollars.", "a million and a half dollars", 1.5e6),
        ("Some two million and a half people live in the valley.", "two million and a half", 2.5e6),
        ("The region has 3 million and a quarter residents.", "3 million and a quarter", 3.25e6),
        (
            "The fund was worth five billion and three quarters.",
            "five billion and three quarters",
            5.75e9,
        ),
        ("The bakery sold a dozen and a half loaves.", "a dozen and a half", 18),
        ("The census counted six million and two thirds.", "six million and two thirds", 2e7 / 3),
        (
            "The hall seats one hundred and three quarters.",
            "one hundred and three quarters",
            100.75,
        ),
    ],
)
def test_a_fraction_after_a_scale_is_of_the_scale(sentence, surface, value):
    assert the(sentence, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        (
            "The budget is one billion and a half million.",
            "one billion and a half million",
            1_000_500_000,
        ),
        ("Sales reached two and a half million.", "two and a half million", 2_500_000),
        (
            "The estate spent nine million and five ninths.",
            "nine million and five ninths",
            9e6 + 5e6 / 9,
        ),
    ],
)
def test_a_fraction_before_a_scale_is_of_the_scale_after_it(sentence, surface, value):
    assert the(sentence, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The striker signed a two-and-a-half-year deal.", "two-and-a-half-year", 2.5, "year"),
        ("He agreed a one-and-a-half year contract.", "one-and-a-half year", 1.5, "year"),
        ("Fans faced a three-and-a-half-hour wait.", "three-and-a-half-hour", 3.5, "hour"),
        ("Runners tackle a two-and-a-quarter-mile loop.", "two-and-a-quarter-mile", 2.25, "mile"),
    ],
)
def test_a_fraction_hyphenated_to_its_whole(sentence, surface, value, unit):
    # "two-and-a-half-year" was 2 with "and" for its noun
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_a_fraction_word_without_and_stays_apart():
    # only "and" joins a fraction of any denominator: the 22 is a count, "third" a rank
    sentence = "Leeds have twenty-two third-place finishes."
    assert the(sentence, "twenty-two").value == 22
    assert the(sentence, "third").role == "ordinal"


def test_a_fraction_after_a_scale_is_no_count_of_its_numerator():
    # "six million and two" and "2,000,003" were read before
    assert [m.value for m in quantities("They paid two million and three fifths.")] == [2.6e6]


# -- "quarter million" without its article ---------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Nearly quarter million people signed the petition.", "quarter million", 250_000),
        ("The quarter-million mark was passed on Friday.", "quarter-million", 250_000),
        ("The stadium cost quarter billion dollars.", "quarter billion dollars", 2.5e8),
    ],
)
def test_quarter_before_a_scale_without_its_article(sentence, surface, value):
    assert the(sentence, surface).value == value


@pytest.mark.parametrize(
    "sentence",
    ["Profits fell in the first quarter.", "The quarter ended with a loss.", "He quartered it."],
)
def test_quarter_alone_is_no_number(sentence):
    assert surfaces(sentence) == []


# -- Indian scales in words: lakh and crore, and a scale after a smaller one --------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("The flat sold for three lakh rupees.", "three lakh rupees", 300_000),
        ("The scheme will cost three lakh crore.", "three lakh crore", 3e12),
        ("Some five thousand crore rupees was set aside.", "five thousand crore rupees", 5e10),
        ("Nearly a lakh people attended the rally.", "a lakh", 100_000),
    ],
)
def test_lakh_and_crore_in_words(sentence, surface, value):
    assert the(sentence, surface).value == value


def test_a_smaller_scale_after_a_larger_one_still_adds():
    assert (
        the("It had one million two thousand rows.", "one million two thousand").value == 1_002_000
    )


def test_tln_is_a_trillion():
    m = the("Japan's exports reached 10 tln yen.", "10 tln yen")
    assert (m.value, m.unit) == (10**13, "Japanese yen")


# -- a fraction or a share after a qualifier is a bound, as a number is ------------------
@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("More than half of the staff voted to strike.", "half", 0.5, None),
        ("Up to a third of the branches will close.", "a third", None, 1 / 3),
        ("Fewer than one in five voters backed the plan.", "one in five", None, 0.2),
        ("At least two-thirds of members must agree.", "two-thirds", 2 / 3, None),
    ],
)
def test_a_bounded_fraction_has_its_bound(sentence, surface, low, high):
    m = the(sentence, surface)
    assert (m.low, m.high) == (
        pytest.approx(low) if low else None,
        pytest.approx(high) if high else None,
    )


# -- "through" between two numbers is an inclusive range, as US copy writes it ------------
@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("Pupils in grades 6 through 8 sat the new test.", "6 through 8", 6, 8),
        ("Voters ages 18 through 24 were polled.", "18 through 24", 18, 24),
        ("Adults aged 18 thru 24 were polled.", "18 thru 24", 18, 24),
        ("Prices rose 20~30 per cent in the north.", "20~30 per cent", 20, 30),
    ],
)
def test_through_makes_a_range(sentence, surface, low, high):
    m = the(sentence, surface)
    assert (m.value, m.low, m.high) == (None, low, high)


@pytest.mark.parametrize(
    "sentence",
    ["From 2010 through 2015 sales fell.", "He worked 10 through the night."],
)
def test_through_without_a_number_range_after_it(sentence):
    assert not [m for m in quantities(sentence) if m.low is not None and m.high is not None]


# -- a hole's par hyphenated before its number: "the par-3 16th", as "the par-four 18th" ---
@pytest.mark.parametrize(
    "sentence, par, hole",
    [
        ("He bogeyed the par-3 16th after finding sand.", "3", "16th"),
        ("His tee shot at the par-5 13th found the trees.", "5", "13th"),
        ("The par-4 7th is the hardest hole on the course.", "4", "7th"),
        ("She birdied the par-four 18th to win.", "four", "18th"),
    ],
)
def test_a_par_before_a_hole_is_a_figure_and_the_hole_a_rank(sentence, par, hole):
    assert the(sentence, par).role is None
    assert the(sentence, hole).role == "ordinal"


def test_a_code_glued_by_a_hyphen_stays_a_name():
    assert surfaces("An F-16 crashed near the base.") == []


# -- a currency's name hyphenated to the number as a modifier is money ---------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("He paid with a five-dollar bill.", "five-dollar", 5, "US dollar"),
        ("The firm withdrew its one-yen bid for the contract.", "one-yen", 1, "Japanese yen"),
        ("A two-euro coin was found in the pudding.", "two-euro", 2, "euro"),
        ("Vendors refused the 20-rupee notes.", "20-rupee", 20, "Indian rupee"),
    ],
)
def test_a_hyphenated_currency_name_is_money(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (value, unit, "currency")


def test_a_hyphenated_pound_stays_no_money():
    # "pound" is a weight as often: "a 10-pound baby"
    assert the("She gave birth to a 10-pound baby.", "10-pound").dimension != "currency"


# -- a degree sign and a scale written apart ----------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("The water reached 100° Celsius.", "100° Celsius", "degree Celsius"),
        ("It was 40° C in the shade.", "40° C", "degree Celsius"),
        ("Dallas hit 104° Fahrenheit on Monday.", "104° Fahrenheit", "degree Fahrenheit"),
    ],
)
def test_a_degree_sign_and_a_spaced_scale_are_a_temperature(sentence, surface, unit):
    m = the(sentence, surface)
    assert (m.unit, m.dimension) == (unit, "temperature")


def test_a_degree_sign_alone_stays_an_angle():
    assert the("Turn the valve 90° clockwise.", "90°").dimension == "angle"


# -- a time written in clock units side by side is one span in seconds ------------------
@pytest.mark.parametrize(
    "sentence, surface, seconds",
    [
        (
            "The winner crossed the line in two hours, four minutes and 12 seconds.",
            "two hours, four minutes and 12 seconds",
            7452,
        ),
        ("She set a course record of 2hr 16min 24sec.", "2hr 16min 24sec", 8184),
        ("The colt won in one minute 57.67 seconds.", "one minute 57.67 seconds", 117.67),
        ("He swam the strait in 13 hours and 20 minutes.", "13 hours and 20 minutes", 48000),
        ("The old record stood at 2 hours 35 seconds.", "2 hours 35 seconds", 7235),
        ("The final lasted three hours, 44 minutes.", "three hours, 44 minutes", 13440),
    ],
)
def test_a_time_in_clock_units_is_one_span(sentence, surface, seconds):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (pytest.approx(seconds), "second", "time")
    assert len(m.extra["parts"]) >= 2


def test_a_bound_on_the_first_part_bounds_the_time():
    m = the("He won in just over 2 hours, 5 minutes.", "2 hours, 5 minutes")
    assert (m.value, m.low, m.qualifier) == (7500, 7500, "at_least")


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # not largest first, a part of 60 or more, a hedge on a later part, other units
        ("Rest 5 minutes, 10 minutes and then 3 hours.", ["5 minutes", "10 minutes", "3 hours"]),
        ("The tests took 2 hours 70 minutes in all.", ["2 hours", "70 minutes"]),
        ("He ran 2 hours, about 5 minutes slower.", ["2 hours", "5 minutes"]),
        ("The sentence was four years and six months.", ["four years", "six months"]),
    ],
)
def test_other_spans_side_by_side_stay_apart(sentence, kept):
    assert surfaces(sentence) == kept


@pytest.mark.parametrize(
    "sentence, surface, figures",
    [
        ("She won in 1:57.67 after a fast start.", "1:57.67", 5),
        ("She won in one minute 57.67 seconds.", "one minute 57.67 seconds", 5),
        ("He won in 2:05:03 on a cold morning.", "2:05:03", 4),
        ("He won in 2 hours, 5 minutes.", "2 hours, 5 minutes", 3),
    ],
)
def test_a_time_is_precise_to_its_last_part(sentence, surface, figures):
    # so that a changed hundredth or second is a conflict, not a rounding of the time
    assert the(sentence, surface).sig_figs == figures


# -- a fund's form named by a number and "F" is no temperature -----------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Funds disclose their stakes in 13F reports each quarter.",
        "Its latest 13F holdings showed a new stake.",
        "Analysts read the 13F filings closely.",
    ],
)
def test_a_13f_form_is_no_temperature(sentence):
    assert [m for m in quantities(sentence) if m.dimension == "temperature"] == []


def test_a_glued_f_in_the_weather_stays_a_temperature():
    assert the("It was 13F overnight in Fargo.", "13F").dimension == "temperature"


# -- "or higher", "or greater", "or above", "or lower", "or below" after a figure ----------
@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("Scores of 7 or higher were rare.", "7", 7, None),
        ("Only bids of 200 or greater count.", "200", 200, None),
        ("Households earning £50,000 or above pay more.", "£50,000", 50_000, None),
        ("Speeds of 20mph or lower are planned.", "20mph", None, 20),
        ("Readings of 5% or below were ignored.", "5%", None, 5),
    ],
)
def test_a_bound_written_after_the_figure(sentence, surface, low, high):
    m = the(sentence, surface)
    assert (m.low, m.high) == (low, high)


# -- a vague count of a dozen or a scale: "several dozen", "a couple of hundred" ------------
@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("A few dozen protesters gathered outside.", "A few dozen", 24, 60),
        ("Several dozen homes were flooded.", "Several dozen", 24, 108),
        ("A couple of hundred fans waited.", "A couple of hundred", 200, 300),
        ("A couple thousand people marched.", "A couple thousand", 2000, 3000),
    ],
)
def test_a_vague_count_of_a_scale_keeps_its_bounds(sentence, surface, low, high):
    # they were an exact 12, 100 or 1,000
    m = the(sentence, surface)
    assert (m.value, m.low, m.high, m.qualifier) == (None, low, high, "approximate")


def test_a_couple_of_a_unit_is_still_several():
    assert surfaces("The talks took a couple of days.") == ["a couple of days"]


# -- a share "in every", and a flood's yearly odds hyphenated -----------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("One in every five adults still smokes.", "One in every five", 0.2),
        ("About 1 in every 4 homes was empty.", "1 in every 4", 0.25),
        ("One out of every five pupils was absent.", "One out of every five", 0.2),
        ("Officials called it a 1-in-100-year flood.", "1-in-100", 0.01),
        ("It was a one-in-200-year storm.", "one-in-200", 0.005),
    ],
)
def test_a_share_in_every_and_hyphenated(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.dimension) == (value, "fraction")
    assert not [q for q in quantities(sentence) if q.unit == "inch"]


def test_one_in_a_span_of_years_is_still_no_share():
    assert not [m for m in quantities("It happens one in 10 years.") if m.dimension == "fraction"]


# -- a temperature below zero or freezing ---------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        (
            "Overnight it was five degrees below freezing.",
            "five degrees below freezing",
            -5,
            "degree Celsius",
        ),
        ("Temperatures fell to ten below zero.", "ten below zero", -10, "degree Celsius"),
        ("The mercury dipped to 12C below zero.", "12C below zero", -12, "degree Celsius"),
        ("It was 10F below freezing in Fargo.", "10F below freezing", 22, "degree Fahrenheit"),
    ],
)
def test_below_zero_or_freezing_is_a_temperature_under_its_point(sentence, surface, value, unit):
    # they were 5, a count of 5 and an "at most 0", 12 and 10
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (value, unit, "temperature")


@pytest.mark.parametrize(
    "sentence",
    ["The golfer finished five below par.", "Yields of 0.5% below zero were seen."],
)
def test_below_par_or_a_rate_below_zero_is_no_temperature(sentence):
    assert [m for m in quantities(sentence) if m.dimension == "temperature"] == []


# -- a fraction of a unit written in two words ---------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        (
            "The bank cut rates by half a percentage point.",
            "half a percentage point",
            0.5,
            "percentage point",
        ),
        (
            "Rates rose by a quarter of a percentage point.",
            "a quarter of a percentage point",
            0.25,
            "percentage point",
        ),
        ("The fire burned half a square mile of forest.", "half a square mile", 0.5, "square mile"),
    ],
)
def test_a_fraction_of_a_unit_in_two_words(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_something_after_a_number_is_approximate():
    assert the("A 30-something banker was fined.", "30-something").qualifier == "approximate"
