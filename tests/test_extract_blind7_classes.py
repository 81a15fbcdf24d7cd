"""Classes found by blind set 7 (bench/data/quantities-pairs-blind5.jsonl) and the leftovers
of the last closing note, as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import quantities, the


def surfaces(text: str) -> list[str]:
    return [m.text for m in quantities(text)]


# -- an ordinal after a determiner and a hyphenated adjective, with no noun after it ------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("He found water off the tee on the par-four 18th into the wind.", "18th", 18),
        ("She bogeyed the par-five 13th and parred the rest.", "13th", 13),
        ("A birdie at the par-five 16th put him level.", "16th", 16),
        ("It was a hard-fought third for the Dutch rider.", "third", 3),
        ("Rovers sealed a long-awaited fifth with a late header.", "fifth", 5),
    ],
)
def test_an_ordinal_after_a_hyphenated_adjective_is_a_rank(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.role, m.value) == ("ordinal", value)


# -- golf's halves of a course: "the front nine in 33" is nine holes, then a score ------
@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Mendes turned in 33 on the front nine.", ["33", "nine"]),
        ("He came home in 36 on the back nine, with two birdies.", ["36", "nine", "two"]),
        ("She played the front nine in 31 and the back nine in 34.", ["nine", "31", "nine", "34"]),
    ],
)
def test_a_half_of_a_golf_course_starts_no_share(sentence, kept):
    assert surfaces(sentence) == kept
    assert not [m for m in quantities(sentence) if m.dimension == "fraction"]


# -- a number word that ends an idiom begun by the words before it -------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The fans were on cloud nine after the win.",
        "The striker gave the keeper a high five.",
        "The players traded high-fives at the final whistle.",
    ],
)
def test_a_number_word_ending_an_idiom_is_no_figure(sentence):
    assert surfaces(sentence) == []


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Nine in 10 voters backed the plan.", "Nine in 10", 0.9),
        ("He had nine birdies in his round.", "nine", 9),
        ("The front row held nine seats.", "nine", 9),
        ("Five high-rise blocks were cleared.", "Five", 5),
    ],
)
def test_nine_outside_the_idioms_still_counts(sentence, surface, value):
    assert the(sentence, surface).value == pytest.approx(value)


# -- a span counted from a clause of its own: "a day after being held" -------------------
@pytest.mark.parametrize(
    "sentence, surface, unit",
    [
        ("The driver was released a day after being detained at the border.", "a day", "day"),
        ("She returned to training a week after having surgery.", "a week", "week"),
        ("He died a week after Ortega was attacked outside his home.", "a week", "week"),
        ("The firm collapsed a month after Halden Bank pulled its loan.", "a month", "month"),
        ("A year after Labour won the seat, the MP stood down.", "A year", "year"),
        ("The mayor resigned a week after Dawson's arrest.", "a week", "week"),
    ],
)
def test_a_span_before_a_clause_is_one_unit(sentence, surface, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (1, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "She earns £300 a week after tax.",
        "He trains twice a week after Simmons left.",
        "Rent rose to £900 a month after Christmas.",
        "The shop opens a week after Easter Monday.",
    ],
)
def test_a_rate_or_a_name_without_a_verb_is_no_span(sentence):
    assert not [m for m in quantities(sentence) if m.unit in ("week", "month")]


# -- the event a span counts from is not the span's own predicate ----------------------
@pytest.mark.parametrize(
    "sentence, predicate",
    [
        ("He died in hospital a day after being detained by police.", "harm.killed"),
        ("The club was sold a week after the manager was arrested.", None),
        ("Two men were arrested a day after the fire.", "law.arrested"),
        ("She was freed a week after being detained.", None),
    ],
)
def test_the_event_after_a_span_is_not_its_predicate(sentence, predicate):
    span = next(m for m in quantities(sentence) if m.unit in ("day", "week"))
    assert span.frame.get("predicate") == predicate


# -- feet and inches joined by "and": one height, as "5ft 9ins" ------------------------
@pytest.mark.parametrize(
    "sentence, surface, inches",
    [
        ("The suspect is 5 feet and 10 inches tall.", "5 feet and 10 inches", 70),
        ("The fence stands 6 ft and 4 in high.", "6 ft and 4 in", 76),
        ("The gap was 12 feet and 10 inches, not eight feet.", "12 feet and 10 inches", 154),
    ],
)
def test_feet_and_inches_joined_by_and_are_one_length(sentence, surface, inches):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (inches, "inch")


# -- "MM" after a currency is a million, as US finance writes it ------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("The start-up raised $5MM in its first round.", "$5MM", 5_000_000),
        ("The bond pays US$ 1MM a year.", "US$ 1MM", 1_000_000),
        ("Quarterly revenue reached $2.5 mm.", "$2.5 mm", 2_500_000),
        ("The fee was $3mm, sources said.", "$3mm", 3_000_000),
    ],
)
def test_mm_after_a_currency_is_a_million(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.dimension) == (value, "currency")


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Forecasters expect 10mm of rain overnight.", "10mm", 10),
        ("Officers recovered a 9mm pistol.", "9mm", 9),
        ("The panel is 3,5 mm thick.", "3,5 mm", 3.5),
    ],
)
def test_mm_without_a_currency_stays_millimetres(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, "millimetre")


def test_a_range_in_mm_is_millions_only_after_a_currency():
    rain = the("Forecasters expect 50-70mm of rain.", "50-70mm")
    assert (rain.low, rain.high, rain.unit) == (50, 70, "millimetre")
    fees = the("Fees of $2-3mm are common.", "$2-3mm")
    assert (fees.low, fees.high, fees.dimension) == (2_000_000, 3_000_000, "currency")


# -- a time in clock units is one span in seconds (tests/test_extract_peer_classes.py) ----
@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("She clocked one minute 57.67 seconds in the heat.", ["one minute 57.67 seconds"]),
        (
            "The winner came home in 2 hours, 5 minutes and 3 seconds.",
            ["2 hours, 5 minutes and 3 seconds"],
        ),
    ],
)
def test_a_time_in_clock_units_is_one_span(sentence, kept):
    assert surfaces(sentence) == kept


# -- "one" after a sign word is a number, never the pronoun ----------------------------
@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Overnight the reading was minus one.", "minus one"),
        ("The index closed at negative one.", "negative one"),
    ],
)
def test_one_after_a_sign_word_is_minus_one(sentence, surface):
    assert the(sentence, surface).value == -1


# -- a currency's own sign after the number, for every sign the units table has ---------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("A bus ticket in San José costs 400 ₡.", "400 ₡", 400, "Costa Rican colón"),
        ("The fine was 150₾, the court said.", "150₾", 150, "Georgian lari"),
        ("Rice sold for 12,000 ₭ a sack.", "12,000 ₭", 12_000, "Lao kip"),
        ("A room costs 900 ฿ a night.", "900 ฿", 900, "Thai baht"),
        ("The ticket costs 10 €.", "10 €", 10, "euro"),
    ],
)
def test_a_currency_sign_after_the_number_is_money(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


# -- a currency code glued after the digits ---------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The licence costs 115.5USD a year.", "115.5USD", 115.5, "US dollar"),
        ("Seats were priced at 30EUR each.", "30EUR", 30, "euro"),
        ("A night there costs 1,200THB.", "1,200THB", 1200, "Thai baht"),
    ],
)
def test_a_currency_code_glued_after_the_digits_is_money(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_a_model_name_with_capitals_after_digits_stays_a_name():
    assert surfaces("The airline flies the A320NEO and the 737MAX.") == []


# -- an amount in its unit and its sub-unit is one amount ------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("A coffee there costs 3 dollars 50 cents.", "3 dollars 50 cents", 3.5),
        (
            "He said it cost him thirteen dollars and forty-five cents.",
            "thirteen dollars and forty-five cents",
            13.45,
        ),
        ("Each child got 5 dollars and 20 cents.", "5 dollars and 20 cents", 5.2),
    ],
)
def test_an_amount_in_its_unit_and_sub_unit_is_one_amount(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.dimension) == (pytest.approx(value), "currency")


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("He paid £3 and 50p for them.", ["£3", "50p"]),
        ("Tickets cost 20 dollars, 50 cents for children.", ["20 dollars", "50 cents"]),
    ],
)
def test_a_price_with_its_sign_before_or_after_a_comma_stays_two(sentence, kept):
    assert surfaces(sentence) == kept
