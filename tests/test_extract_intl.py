"""Figures of international news copy (issue 11, bench/data/quantities-intl-blind.jsonl):
Malaysian, Indian, Singaporean and Australian money forms, vote tallies, and the
glued units of car and gadget copy. Sentences we write, several forms per class."""

from __future__ import annotations

import math

import pytest

from factcheck.extract import extract


def _quantities(sentence: str):
    return [m for m in extract(sentence) if m.kind == "quantity"]


def _read(sentence: str):
    """(text, value or (low, high), unit) of each quantity, values rounded for floats."""
    out = []
    for m in _quantities(sentence):
        if m.role == "score":
            out.append((m.text, "score", None))
        elif m.value is None:
            out.append((m.text, (m.low, m.high), m.unit))
        else:
            out.append((m.text, m.value, m.unit))
    return out


def _same(got, expected) -> bool:
    if len(got) != len(expected):
        return False
    for (t1, v1, u1), (t2, v2, u2) in zip(got, expected):
        if t1 != t2 or u1 != u2:
            return False
        if isinstance(v2, tuple):
            if not (isinstance(v1, tuple) and all(math.isclose(a, b) for a, b in zip(v1, v2))):
                return False
        elif isinstance(v2, str) or v2 is None:
            if v1 != v2:
                return False
        elif not math.isclose(float(v1), v2, rel_tol=1e-9):
            return False
    return True


MYR, INR, SGD, USD = "Malaysian ringgit", "Indian rupee", "Singapore dollar", "US dollar"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a two-letter sign before thousands, two digits or more, a spaced magnitude, "bil"
        ("The stall owner was fined RM25,000.", [("RM25,000", 25_000, MYR)]),
        (
            "Rubber fell RM12 to RM640 per 100kg.",
            [("RM12", 12, MYR), ("RM640", 640, MYR), ("100kg", 100, "kilogram")],
        ),
        ("The bridge will cost RM4 billion.", [("RM4 billion", 4e9, MYR)]),
        ("The firm booked RM1.75bil in orders.", [("RM1.75bil", 1.75e9, MYR)]),
        ("The RM3bil project is late.", [("RM3bil", 3e9, MYR)]),
        ("Exports hit S$7bil in May.", [("S$7bil", 7e9, SGD)]),
        ("Each voucher is worth RM150.", [("RM150", 150, MYR)]),
    ],
)
def test_ringgit_and_bil(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The DM2 engine failed.",
        "He wore a Richard Mille RM27-04 watch.",
        "The RM5 gearbox broke.",
        "The DM2-DM3 engines failed.",
    ],
)
def test_two_letter_signs_before_a_model_number_stay_names(sentence):
    assert _quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bids ranged from RM1.1bil to RM1.4bil.", [("RM1.1bil to RM1.4bil", (1.1e9, 1.4e9), MYR)]),
        (
            "Units cost between RM450,000 and RM900,000.",
            [("RM450,000 and RM900,000", (450_000, 900_000), MYR)],
        ),
        (
            "Losses of USD5 million to USD7 million are expected.",
            [("USD5 million to USD7 million", (5e6, 7e6), USD)],
        ),
        (
            "Flats sell for S$600,000 to S$850,000.",
            [("S$600,000 to S$850,000", (600_000, 850_000), SGD)],
        ),
        ("Fares rise by between 20 sen and RM1.20.", [("20 sen and RM1.20", (0.2, 1.2), MYR)]),
        (
            "Prices run between Rs 6.5 lakh and Rs 9 lakh.",
            [("Rs 6.5 lakh and Rs 9 lakh", (650_000, 900_000), INR)],
        ),
    ],
)
def test_a_currency_sign_on_both_ends_of_a_range(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Budget sets aside ₹11.1 lakh crore for roads.", [("₹11.1 lakh crore", 11.1e12, INR)]),
        ("Deposits rose to Rs. 2.5 lakh crore.", [("Rs. 2.5 lakh crore", 2.5e12, INR)]),
        ("It is a Rs 20 thousand crore plan.", [("Rs 20 thousand crore", 2e11, INR)]),
        ("The old pension was ₹3,50,000 a year.", [("₹3,50,000", 350_000, INR)]),
        ("The city has 1,24,56,000 residents.", [("1,24,56,000", 12_456_000, None)]),
        ("He owes Rs 12,34,567.", [("Rs 12,34,567", 1_234_567, INR)]),
        ("They bought 2-3 lakh tonnes.", [("2-3 lakh tonnes", (200_000, 300_000), "tonne")]),
    ],
)
def test_indian_magnitudes_and_digit_grouping(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The interim dividend is 6 sen a share.", [("6 sen", 0.06, MYR)]),
        (
            "The stock added 3.5 sen to close at RM2.10.",
            [("3.5 sen", 0.035, MYR), ("RM2.10", 2.1, MYR)],
        ),
        ("The rupee gained 9 paise against the dollar.", [("9 paise", 0.09, INR)]),
        ("The coin is worth 50 paisa.", [("50 paisa", 0.5, INR)]),
        ("It will pay 45 US cents a share.", [("45 US cents", 0.45, USD)]),
        ("The kiwi bought 59.2 US cents.", [("59.2 US cents", 0.592, USD)]),
        ("A stamp costs 85 euro cents.", [("85 euro cents", 0.85, "euro")]),
        ("Fares rise by 30 Singapore cents.", [("30 Singapore cents", 0.3, SGD)]),
    ],
)
def test_sub_units_of_other_currencies(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


def test_senator_and_a_lone_letter_are_no_sub_unit():
    assert [m.text for m in _quantities("He met 3 Sen. Warren aides.")] == ["3"]
    assert [m.unit for m in _quantities("The shares rose 5 p on the day.")] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rupee slipped 8 paise to 83.9.", ["8 paise", "83.9"]),
        ("The index shed 40 points to 7,100.", ["40", "7,100"]),
        ("The ringgit weakened 1.2% to 4.71.", ["1.2%", "4.71"]),
    ],
)
def test_market_verbs_make_a_change_and_a_level(sentence, expected):
    assert [m.text for m in _quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("Senators approved the measure 68 to 31 after a debate.", "68 to 31"),
        ("The panel backed the plan 9 to 2.", "9 to 2"),
        ("The House passed the bill 301 to 118 on Friday.", "301 to 118"),
        ("The Bill passed by 330 votes to 242.", "330 votes to 242"),
        ("MPs rejected the deal by 432 votes to 202, a defeat.", "432 votes to 202"),
        ("The Senate confirmed her by a vote of 51 to 49.", "51 to 49"),
    ],
)
def test_vote_tallies_are_scores(sentence, tally):
    scores = [m.text for m in _quantities(sentence) if m.role == "score"]
    assert scores == [tally]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved 20 to 30 new homes.",
        "They passed 20 to 30 bills.",
        "The council approved 30 to 20 new homes a year.",
    ],
)
def test_counts_after_a_vote_verb_are_no_tally(sentence):
    assert not [m for m in _quantities(sentence) if m.role == "score"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bring a 2L bottle of water.", [("2L", 2, "litre")]),
        ("The 2.0L turbo is new.", [("2.0L", 2, "litre")]),
        ("Its 998cc engine is frugal.", [("998cc", 998, "cubic centimetre")]),
        ("The bike has a 650 cc twin.", [("650 cc", 650, "cubic centimetre")]),
        ("Power peaks at 6,500rpm.", [("6,500rpm", 6500, "revolution per minute")]),
        ("It idles at 800 rpm.", [("800 rpm", 800, "revolution per minute")]),
        ("The camera shoots at 60fps.", [("60fps", 60, "frame per second")]),
        ("A 200MP sensor leads the range.", [("200MP", 200, "megapixel")]),
        ("It has a 12-megapixel selfie camera.", [("12-megapixel", 12, "megapixel")]),
        ("The hybrid returns 62mpg.", [("62mpg", 62, "mile per gallon")]),
        ("It returns 18.5km per litre.", [("18.5km per litre", 18.5, "kilometre per litre")]),
        (
            "It uses 5.1L/100km on the combined cycle.",
            [("5.1L/100km", 5.1, "litre per 100 kilometres")],
        ),
        ("The 8GB/128GB model is cheaper.", [("8GB", 8, "gigabyte"), ("128GB", 128, "gigabyte")]),
    ],
)
def test_units_of_car_and_gadget_copy(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["It streams in 4K.", "The 8K screen is bright.", "It happened on 9/11.", "Back on jan/1."],
)
def test_names_of_gadget_copy_are_no_figures(sentence):
    assert _quantities(sentence) == []


def test_members_of_parliament_are_no_megapixels():
    assert [(m.value, m.unit) for m in _quantities("Some 50 MPs signed.")] == [(50, None)]


def test_kelvin_needs_a_word_of_temperature():
    assert [m.unit for m in _quantities("The probe was cooled to 4K, a frigid temperature.")] == [
        "kelvin"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The kiwi slid half a US cent.", [("half a US cent", 0.005, USD)]),
        ("The euro rose a quarter of a cent.", [("a quarter of a cent", 0.0025, USD)]),
        ("Stamps rise by half a penny.", [("half a penny", 0.005, "pound sterling")]),
        ("It lost two-thirds of a cent.", [("two-thirds of a cent", 2 / 300, USD)]),
    ],
)
def test_a_fraction_of_a_coin(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lens offers 3x optical zoom.", [("3x", 3, None)]),
        ("The new chip is 2.5x faster.", [("2.5x", 2.5, None)]),
        ("Digital zoom reaches 100x.", [("100x", 100, None)]),
    ],
)
def test_a_factor_written_with_x(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got
    assert all(m.dimension == "factor" for m in _quantities(sentence))


@pytest.mark.parametrize(
    "sentence", ["He drives a 4x4.", "The 2x1 offer ended.", "It is 30 x 20cm."]
)
def test_an_x_between_numbers_is_no_factor(sentence):
    assert not [m for m in _quantities(sentence) if m.dimension == "factor"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Analysts saw a 2.3-million-barrel draw.", [("2.3-million-barrel", 2.3e6, "barrel")]),
        ("It signed a $4-billion deal.", [("$4-billion", 4e9, USD)]),
        ("A 1.2-million-tonne harvest is due.", [("1.2-million-tonne", 1.2e6, "tonne")]),
        ("Opec+ pumps 41 mb/d.", [("41 mb/d", 41e6, "barrel per day")]),
        ("The field makes 250 kb/d.", [("250 kb/d", 250_000, "barrel per day")]),
        ("Exports hit 780,000 bpd.", [("780,000 bpd", 780_000, "barrel per day")]),
        (
            "Output was 1.1 million barrels a day.",
            [("1.1 million barrels a day", 1.1e6, "barrel per day")],
        ),
    ],
)
def test_hyphenated_magnitudes_and_barrels_a_day(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The box measures 40 x 30 x 12.5cm.",
            [("40", 40, "centimetre"), ("30", 30, "centimetre"), ("12.5cm", 12.5, "centimetre")],
        ),
        ("The rug is 3 x 2 metres.", [("3", 3, "metre"), ("2 metres", 2, "metre")]),
        ("The panel is 1.2 × 0.8m.", [("1.2", 1.2, "metre"), ("0.8m", 0.8, "metre")]),
    ],
)
def test_each_side_of_a_size_takes_its_unit(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


def test_a_relay_is_no_size():
    assert [m.unit for m in _quantities("They won the 4 x 100m relay.")] == [None, "metre"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Rp 12 trillion fund opened.", [("Rp 12 trillion", 12e12, "Indonesian rupiah")]),
        ("Manila set aside ₱4.2 billion.", [("₱4.2 billion", 4.2e9, "Philippine peso")]),
        ("A ride costs 45 baht.", [("45 baht", 45, "Thai baht")]),
        ("The chipmaker spent NT$300 billion.", [("NT$300 billion", 3e11, "New Taiwan dollar")]),
        ("Dhaka approved a Tk 800 crore plan.", [("Tk 800 crore", 8e9, "Bangladeshi taka")]),
        ("A bowl of pho is 40,000 dong.", [("40,000 dong", 40_000, "Vietnamese dong")]),
        ("Profit rose to Rs 1,430 cr.", [("Rs 1,430 cr", 1.43e10, INR)]),
    ],
)
def test_currencies_of_the_region(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wheat fetched Rs 2,300/quintal.", [("Rs 2,300", 2300, INR)]),
        ("Brent hit $92/barrel.", [("$92", 92, USD)]),
        ("Rents reached S$4.20/sq ft.", [("S$4.20", 4.2, SGD)]),
    ],
)
def test_a_price_per_unit_after_a_slash(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    "sentence", ["It is open 24/7.", "The 2016/17 season.", "He took 5 cr of courses."]
)
def test_slashes_and_a_bare_cr_are_no_money(sentence):
    assert not [
        m for m in _quantities(sentence) if m.dimension == "currency" or m.value in (24, 7, 2016)
    ]


PP, BP = "percentage point", "basis point"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank cut by 25bp.", [("25bp", 25, BP)]),
        ("Gilts rose 12bps.", [("12bps", 12, BP)]),
        ("It was a 50-basis-point hike.", [("50-basis-point", 50, BP)]),
        ("Unemployment fell 0.3ppt.", [("0.3ppt", 0.3, PP)]),
        ("A 2-percentage-point gap remains.", [("2-percentage-point", 2, PP)]),
        ("The Fed made a quarter-point cut.", [("a quarter-point", 0.25, PP)]),
        ("Markets expect a half-point rise next month.", [("a half-point", 0.5, PP)]),
        ("It was a half-percentage-point cut.", [("a half-percentage-point", 0.5, PP)]),
        ("The limit is a 30-mile-per-hour zone.", [("30-mile-per-hour", 30, "mile per hour")]),
    ],
)
def test_points_of_rates_and_hyphenated_units(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


def test_a_spaced_bp_is_no_basis_point():
    assert [m.unit for m in _quantities("He bought 50 BP shares.")] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fuel rose 20-30p a litre.", [("20-30p", (0.2, 0.3), "pound sterling")]),
        ("Prices rose 20p-30p a litre.", [("20p-30p", (0.2, 0.3), "pound sterling")]),
        ("It costs 10 to 20 cents more.", [("10 to 20 cents", (0.1, 0.2), USD)]),
        ("Tolls rise between 5 sen and 7 sen.", [("5 sen and 7 sen", (0.05, 0.07), MYR)]),
        ("Fares fell by 5 to 10 paise.", [("5 to 10 paise", (0.05, 0.1), INR)]),
        ("Fares rise by between 20 sen and RM1.20.", [("20 sen and RM1.20", (0.2, 1.2), MYR)]),
    ],
)
def test_a_range_of_sub_units(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Durians sell for RM5-RM8 a kilo.", [("RM5-RM8", (5, 8), MYR)]),
        ("Parking costs RM3 to RM6 an hour.", [("RM3 to RM6", (3, 6), MYR)]),
    ],
)
def test_a_range_of_small_ringgit_amounts(sentence, expected):
    assert _same(_read(sentence), expected), _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Hazlewood took 3/22 as the visitors were bowled out.", "3/22"),
        ("Rashid returned figures of 4/31 from his 10 overs.", "4/31"),
        ("He bowled 10 overs for 2/35.", "2/35"),
        ("Cummins (3/40) led the bowling.", "3/40"),
        ("The batting side were 4/120 at lunch.", "4/120"),
    ],
)
def test_bowling_figures_with_a_slash_are_scores(sentence, figures):
    scores = [m for m in _quantities(sentence) if m.role == "score"]
    assert [m.text for m in scores] == [figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "Patel topped the bowling averages after taking 6-71 against Kent.",
        "The spinner returned 3-18 as the county side were bowled out.",
        "Wood claimed 4-52 and the Test was won.",
    ],
)
def test_bowling_figures_with_a_hyphen_after_a_bowling_lead_are_scores(sentence):
    """One reading with or without a sport word near: "took 6-71 against Kent" and
    "took 6-71 in the second match" are one figure to a comparison."""
    scores = [m for m in _quantities(sentence) if m.role == "score"]
    assert len(scores) == 1 and scores[0].extra.get("bowling"), scores


@pytest.mark.parametrize(
    "sentence",
    [
        "The bowler took 5-10 minutes to warm up before the cricket.",
        "The cricket club took 2-3 days to reply.",
        "The county side won 3-2 on penalties after the cricket.",
    ],
)
def test_a_hyphen_after_a_bowling_lead_is_no_bowling_analysis_without_runs(sentence):
    assert not [m for m in _quantities(sentence) if m.extra.get("bowling")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fund for 9/11 victims was set up before the cricket test.",
        "Bowled out on 9/11 itself, the side lost.",
        "Sales took 4/27 of the budget.",
    ],
)
def test_a_slash_outside_a_bowling_analysis_is_no_score(sentence):
    assert not [m for m in _quantities(sentence) if m.role == "score"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 30-share Sensex closed higher.",
        "The 225-issue Nikkei average slipped.",
        "The 500-stock index hit a record.",
        "Curry hit the shot from three-point range.",
    ],
)
def test_sizes_in_index_names_and_court_terms_are_no_figures(sentence):
    assert _quantities(sentence) == []


def test_a_portfolio_size_still_counts():
    assert [m.value for m in _quantities("She holds a 30-stock portfolio.")] == [30]
