"""Quantity extraction on news sentences of our own: every category of issue 2
item 4, with the negatives, and exact offsets (text == source[start:end])."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def quantities(text: str):
    found = [m for m in extract(text) if m.kind == "quantity"]
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def the(text: str, surface: str):
    """The one quantity whose text is ``surface``."""
    hits = [m for m in quantities(text) if m.text == surface]
    assert len(hits) == 1, [m.text for m in quantities(text)]
    return hits[0]


# -- digits, separators, decimals, magnitudes ------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value, unit, dimension",
    [
        ("The border runs 5,500 miles.", "5,500 miles", 5500, "mile", "length"),
        ("The index rose to 3.8 points.", "3.8", 3.8, None, "count"),
        ("The town has 1.2 million residents.", "1.2 million", 1_200_000, None, "count"),
        ("The club was sold for £20m last year.", "£20m", 20_000_000, "pound sterling", "currency"),
        (
            "It lost $800 million in the quarter.",
            "$800 million",
            800_000_000,
            "US dollar",
            "currency",
        ),
        ("The deal is worth €1.5bn.", "€1.5bn", 1_500_000_000, "euro", "currency"),
        ("Permits cost C$850 each.", "C$850", 850, "Canadian dollar", "currency"),
        ("The fund holds A$3.4bn.", "A$3.4bn", 3_400_000_000, "Australian dollar", "currency"),
        ("Turnout fell 15 per cent.", "15 per cent", 15, "percent", "percentage"),
        ("Turnout fell 15%.", "15%", 15, "percent", "percentage"),
        ("Turnout fell 15 percent.", "15 percent", 15, "percent", "percentage"),
        ("A stamp costs 85p now.", "85p", 0.85, "pound sterling", "currency"),
        ("The catch was 38,000 tonnes.", "38,000 tonnes", 38000, "tonne", "mass"),
        ("Winds reached 83mph overnight.", "83mph", 83, "mile per hour", "speed"),
        ("The plant makes 400MW of power.", "400MW", 400, "megawatt", "power"),
        ("The wreck lies at 3,800 metres.", "3,800 metres", 3800, "metre", "length"),
        ("The baby weighed 3.2kg at birth.", "3.2kg", 3.2, "kilogram", "mass"),
        ("The rate rose by 25 basis points.", "25 basis points", 25, "basis point", "percentage"),
    ],
)
def test_digits_units_and_currencies(sentence, surface, value, unit, dimension):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (value, unit, dimension)


def test_offsets_are_exact_in_a_longer_text():
    text = "Officials said 143 people crossed.\n\nSome 3,800 claims were made, up 19 per cent."
    got = {m.text: (m.start, m.end) for m in quantities(text)}
    for surface, (start, end) in got.items():
        assert text[start:end] == surface
    assert set(got) == {"143", "3,800", "19 per cent"}


def test_precision_as_written():
    assert (the("It is 8,900 km away.", "8,900 km").sig_figs) == 2
    assert (the("Exactly 5,525 people voted.", "5,525").sig_figs) == 4
    m = the("The population is 1.2 million.", "1.2 million")
    assert (m.decimals, m.sig_figs) == (1, 2)
    assert the("The rate was 3.80%.", "3.80%").decimals == 2


# -- number words, fractions, vague magnitudes --------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Two men were arrested.", "Two", 2),
        ("A dozen protesters gathered.", "A dozen", 12),
        ("Guards fired a twenty-one gun salute.", "twenty-one", 21),
        ("Three hundred and fifty homes lost power.", "Three hundred and fifty", 350),
        ("Nearly three-quarters of voters agreed.", "three-quarters", 0.75),
        ("Half of the staff are at home.", "Half", 0.5),
        ("The journey takes two and a half hours.", "two and a half hours", 2.5),
        ("A million people marched.", "A million", 1_000_000),
        ("Two and a half million people voted.", "Two and a half million", 2_500_000),
        ("It fell to minus five overnight.", "minus five", -5),
    ],
)
def test_number_words(sentence, surface, value):
    assert the(sentence, surface).value == value


@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("Hundreds of people queued outside.", "Hundreds", 100, 1000),
        ("Dozens of homes were flooded.", "Dozens", 24, 144),
        ("Thousands of fans travelled.", "Thousands", 1000, 10000),
        ("Millions of viewers watched.", "Millions", 1_000_000, 10_000_000),
        ("Tens of thousands of people marched.", "Tens of thousands", 10_000, 100_000),
    ],
)
def test_vague_magnitudes_are_approximate_ranges(sentence, surface, low, high):
    m = the(sentence, surface)
    assert (m.value, m.low, m.high, m.qualifier) == (None, low, high, "approximate")
    assert m.noun in ("people", "homes", "fans", "viewers")


# -- hyphenated modifiers, ages, durations -----------------------------------
def test_hyphenated_modifiers():
    m = the("The 5,500-mile border is long.", "5,500-mile")
    assert (m.value, m.unit, m.noun) == (5500, "mile", "border")
    m = the("The 10-day festival opened.", "10-day")
    assert (m.value, m.unit, m.dimension) == (10, "day", "time")
    assert the("A two-storey extension was built.", "two-storey").value == 2


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("The 67-year-old was taken to hospital.", "67-year-old", 67),
        ("The driver, aged 31, was unhurt.", "31", 31),
        ("Jane Morris, 45, from Leeds, was charged.", "45", 45),
        ("The fleet's oldest ship is 41 years old.", "41 years old", 41),
    ],
)
def test_ages(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.role, m.unit) == (value, "age", "year")


def test_age_decade():
    m = the("The man, who is in his 40s, was hurt.", "40s")
    assert (m.low, m.high, m.role) == (40, 49, "age")


def test_durations_are_quantities_with_time_units():
    m = the("The talks lasted six hours.", "six hours")
    assert (m.kind, m.value, m.unit, m.dimension) == ("quantity", 6, "hour", "time")
    m = the("He has not been seen for almost a week.", "a week")
    assert (m.value, m.unit, m.qualifier) == (1, "week", "approximate")


# -- conversions in parentheses -------------------------------------------------
@pytest.mark.parametrize(
    "sentence, first, second",
    [
        ("The 5,500-mile (8,900-km) border is long.", "5,500-mile", "8,900-km"),
        ("The tower is 180 meters (590 feet) high.", "180 meters", "590 feet"),
        ("Tickets cost $20 (£15) each.", "$20", "£15"),
        ("It reached 40C (104F) on Tuesday.", "40C", "104F"),
        ("The limit is 70 mph (113 km/h) there.", "70 mph", "113 km/h"),
        ("The farm covers 10 acres (4 hectares).", "10 acres", "4 hectares"),
        ("Permits cost C$850 (about $620) a year.", "C$850", "$620"),
    ],
)
def test_conversions_are_linked_both_ways(sentence, first, second):
    a, b = the(sentence, first), the(sentence, second)
    assert a.linked == b.id and b.linked == a.id
    assert a.relation == b.relation == "conversion"
    assert a.id.startswith("m") and b.id.startswith("m")


def test_a_parenthesis_that_is_no_conversion_is_not_linked():
    a = the("The firm hired 30 staff (mostly engineers) in 2020.", "30")
    assert a.linked is None


# -- ranges and scores ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, low, high, unit",
    [
        ("Between 20 and 30 people left.", "20 and 30", 20, 30, None),
        ("Witnesses heard 13 or 14 shots.", "13 or 14", 13, 14, None),
        ("Prices rose 20-30% in places.", "20-30%", 20, 30, "percent"),
        ("It will take three to four years.", "three to four years", 3, 4, "year"),
        ("It will cost £2-3bn.", "£2-3bn", 2_000_000_000, 3_000_000_000, "pound sterling"),
    ],
)
def test_ranges(sentence, surface, low, high, unit):
    m = the(sentence, surface)
    assert (m.value, m.low, m.high, m.unit) == (None, low, high, unit)


def test_from_to_is_two_figures_not_a_range():
    got = [m.text for m in quantities("The catch fell from 43,200 tonnes to 38,000 tonnes.")]
    assert got == ["43,200 tonnes", "38,000 tonnes"]


@pytest.mark.parametrize("sentence", ["The hosts won 4-1 at home.", "They drew 2-2 with City."])
def test_scores(sentence):
    (m,) = quantities(sentence)
    assert m.role == "score" and m.value is None and len(m.extra["score"]) == 2


# -- qualifiers and change --------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, qualifier",
    [
        ("Some 3,800 people applied.", "3,800", "approximate"),
        ("About 50 bikes took part.", "50", "approximate"),
        ("Nearly 2,000 jobs are at risk.", "2,000", "approximate"),
        ("An estimated 20% of the crop was lost.", "20%", "approximate"),
        ("More than 5,000 tweets were sent.", "5,000", "at_least"),
        ("Over 800 sightings were reported.", "800", "at_least"),
        ("At least 358 people died.", "358", "at_least"),
        ("Fewer than 300 tickets remain.", "300", "at_most"),
        ("Up to 20,000 people could move.", "20,000", "at_most"),
        ("Less than 10% signed up.", "10%", "at_most"),
        ("Exactly 143 people crossed.", "143", "exact"),
    ],
)
def test_qualifiers(sentence, surface, qualifier):
    m = the(sentence, surface)
    assert m.qualifier == qualifier
    if qualifier == "at_least":
        assert m.low == m.value
    if qualifier == "at_most":
        assert m.high == m.value


@pytest.mark.parametrize(
    "sentence, surface, change",
    [
        ("Sales rose 19 per cent.", "19 per cent", "up"),
        ("Shares fell by 2.1% on Monday.", "2.1%", "down"),
        ("Profits were up 5%.", "5%", "up"),
        ("It reported a 27% fall in profit.", "27%", "down"),
        ("The catch fell 12 per cent to 38,000 tonnes.", "38,000 tonnes", None),
        ("Prices were 5% higher.", "5%", None),
    ],
)
def test_change(sentence, surface, change):
    assert the(sentence, surface).change == change


# -- counted nouns ----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, noun",
    [
        ("Police said 143 people crossed.", "143", "people"),
        ("There were 3,800 asylum claims.", "3,800", "claims"),
        ("Some 3,800 people had made an asylum claim.", "3,800", "people"),
        ("Two senior officers were hurt.", "Two", "officers"),
        ("The firm employs 38 staff.", "38", "staff"),
        ("Some 2,400 fishermen applied.", "2,400", "fishermen"),
        ("One man was arrested.", "One", "man"),
    ],
)
def test_counted_nouns(sentence, surface, noun):
    assert the(sentence, surface).noun == noun


# -- ordinals ---------------------------------------------------------------
def test_ordinals_that_state_a_fact():
    m = the("She finished fourth in the final.", "fourth")
    assert (m.value, m.role) == (4, "ordinal")
    assert the("The team are 16th in the table.", "16th").value == 16
    assert the("It was the third time this year.", "third").role == "ordinal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The First Minister visited the site.",
        "The first minister visited the site.",
        "The pair first met at school.",
        "It was first awarded to a nurse.",
        "At first, nobody noticed.",
        "The Second World War ended.",
    ],
)
def test_ordinals_that_are_titles_or_adverbs_are_not_figures(sentence):
    assert quantities(sentence) == []


# -- what is not a quantity ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The A127 was closed after the crash.",
        "Portugal won Euro 2016 in Paris.",
        "The operator's 5G network is live.",
        "The Model 3 is the firm's cheapest car.",
        "Traffic on the M25 was slow.",
        "Cases of COVID-19 are falling.",
        "Leaders of the G7 met in Italy.",
        "The F-16 jets were scrambled.",
        "Article 50 was triggered.",
        "The rules are in section 215 of the act.",
        "BBC One will show the match.",
        "For tickets call 0800 555 0123 today.",
        "Customers can call +44 20 7946 0018 for help.",
        "Details are at https://example.org/report-2024 now.",
        "Write to news2020@example.co.uk with views.",
        "The match kicks off at 15:00.",
        "The road reopened at 4pm.",
        "He dialled the 999 emergency number.",
        "The prime minister lives at 10 Downing Street.",
        "One of the victims was named.",
        "No one was injured in the blaze.",
        "She was the one who raised the alarm.",
        "His investment is a personal one and it shows.",
        "The 9/11 attacks changed air travel.",
        "The film 8 Mile was a hit.",
    ],
)
def test_not_quantities(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge opened in 1932.",
        "The firm was founded in 1998.",
        "Sales were higher than in 2015.",
        "The plant closed in the 1990s.",
        "The 2015 rate rise came late.",
        "He joined in April 2009.",
        "The meeting is on 12 November.",
    ],
)
def test_years_and_dates_are_never_quantities(sentence):
    assert quantities(sentence) == []


def test_a_round_four_digit_count_before_a_plural_noun_is_a_count():
    assert the("Organisers expect 2000 runners.", "2000").value == 2000


def test_one_as_a_count_stays():
    assert the("Only one survivor was found.", "one").value == 1
    assert the("The crew spent one night at sea.", "one").noun == "night"


def test_quantulum_database_widens_the_lexicon_lazily():
    m = the("The speaker emits sound at 20kHz.", "20kHz")
    assert m.dimension == "frequency"


def test_empty_and_numberless_text():
    assert quantities("") == []
    assert quantities("Nothing to count here.") == []


def test_qualifier_words_after_the_figure():
    assert the("About 50-odd people came.", "50-odd").qualifier == "approximate"
    assert the("They sent 100 or so boats.", "100").qualifier == "approximate"
    assert the("It costs £50 plus VAT.", "£50").qualifier == "exact"


def test_random_text_never_breaks_offsets():
    """Odd punctuation, symbols and Unicode next to digits: no exception, exact spans."""
    import random
    import string

    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + " .,-%$£€()/:'\"\n" + "İ½µ°–—’"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        quantities(text)


def test_thousands_separated_by_spaces_and_hundreds_after_digits():
    assert the("China has 1 414 021 100 people.", "1 414 021 100").value == 1_414_021_100
    assert the("The route is 40\u202f000 km long.", "40\u202f000 km").value == 40_000
    assert the("About 3 hundred people came.", "3 hundred").value == 300
    assert [m.text for m in quantities("Agent 007 was there.")] == []


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("Half a million pounds was raised.", "Half a million pounds", 500_000, "pound sterling"),
        ("A quarter of a million people marched.", "A quarter of a million", 250_000, None),
        ("Two million pounds was spent.", "Two million pounds", 2_000_000, "pound sterling"),
        ("Notes of 5 € and 10 € are common.", "10 €", 10, "euro"),
        ("A 12-cent dividend was paid.", "12-cent", 0.12, "US dollar"),
        ("It cost 10 Turkish lira.", "10 Turkish lira", 10, "Turkish lira"),
    ],
)
def test_money_and_fractions_of_magnitudes(sentence, surface, value, unit):
    m = the(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_a_currency_sign_belongs_to_one_figure_only():
    got = [m.text for m in quantities("Prices rose 10 $ 30 times.")]
    assert got == ["10 $", "30"]


def test_degrees_are_a_temperature_only_in_a_sentence_about_weather():
    text = "Temperatures reached 30 degrees in Madrid. The ship listed 50 degrees."
    hot, tilt = the(text, "30 degrees"), the(text, "50 degrees")
    assert (hot.unit, hot.dimension, hot.extra["scale_inferred"]) == (
        "degree Celsius",
        "temperature",
        True,
    )
    assert (tilt.unit, tilt.dimension) == ("degree", "angle")
