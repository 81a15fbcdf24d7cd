"""Classes of figure that news writes outside the common shapes (issue 11 item 2).

Each class is tested on several forms we wrote ourselves; the map of classes is
../shared/cases/extraction-cases.md (invented examples, not copied here).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def quantities(sentence: str):
    return [m for m in extract(sentence) if m.kind == "quantity"]


def one(sentence: str, surface: str):
    found = [m for m in quantities(sentence) if m.text == surface]
    assert len(found) == 1, [(m.text, m.value) for m in quantities(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "fraction"),
    [
        ("A third of the members voted against.", "A third", "1/3"),
        ("Two-thirds of the staff were laid off.", "Two-thirds", "2/3"),
        ("three-quarters of the homes lost power", "three-quarters", "3/4"),
        ("a fifth of all trains were cancelled", "a fifth", "1/5"),
        ("Stir in ⅓ cup of milk.", "⅓ cup", "1/3"),
        ("Cut it 2¾ inches long.", "2¾ inches", "11/4"),
        ("Use 3\u20448 of a teaspoon of salt.", "3\u20448 of a teaspoon", "3/8"),
    ],
)
def test_exact_fractions_keep_the_fraction(sentence, surface, fraction):
    m = one(sentence, surface)
    numer, denom = fraction.split("/")
    assert m.extra["fraction"] == fraction
    assert m.value == int(numer) / int(denom)  # the nearest float, not 0.3333


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The leak rate was 3.1×10−6 metres per second.", "3.1×10−6 metres per second", 3.1e-6),
        ("The constant is 6.7 x 10^-11 in these units.", "6.7 x 10^-11", 6.7e-11),
        ("Light travels at 3 × 10⁸ metres per second.", "3 × 10⁸ metres per second", 3e8),
        ("The sample held 1.2e5 cells.", "1.2e5", 120000),
        ("a dose of 4E-3 grams", "4E-3 grams", 0.004),
    ],
)
def test_scientific_notation(sentence, surface, value):
    assert one(sentence, surface).value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    "sentence", ["The room is 3 x 10 metres.", "They won 3 x 10-6 in the final set."]
)
def test_a_size_or_a_score_is_not_scientific(sentence):
    assert not any("scientific" in m.extra for m in quantities(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Several hundred protesters gathered.", "Several hundred", 200, 900),
        ("several hundred or even 2,000 megawatts", "several hundred", 200, 900),
        ("It cost a few thousand pounds.", "a few thousand", 2000, 5000),
    ],
)
def test_vague_scale_idioms(sentence, surface, low, high):
    m = one(sentence, surface)
    assert (m.value, m.low, m.high) == (None, low, high)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Carbon dioxide reached 421 parts per million.", "421 parts per million", 421),
        ("Levels hit 35 ppm in the tunnel.", "35 ppm", 35),
    ],
)
def test_parts_per_million_is_a_unit(sentence, surface, value):
    m = one(sentence, surface)
    assert (m.value, m.unit) == (value, "ppm")
    assert not [q for q in quantities(sentence) if q.value == 1_000_000]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The team managed minus-12 yards.", "minus-12 yards", -12, "yard"),
        (
            "It felt like minus-40 degrees Fahrenheit.",
            "minus-40 degrees Fahrenheit",
            -40,
            "degree Fahrenheit",
        ),
        ("Overnight it dropped to minus 5C.", "minus 5C", -5, "degree Celsius"),
    ],
)
def test_minus_with_a_hyphen(sentence, surface, value, unit):
    m = one(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_numbers_glued_by_a_hyphen_prefix():
    m = one("The firm makes sub-5 nanometer chips.", "5 nanometer")
    assert (m.value, m.unit, m.qualifier, m.high) == (5, "nanometre", "at_most", 5)
    m = one("She held her now-14 month-old son.", "14 month-old")
    assert (m.value, m.unit, m.role) == (14, "month", "age")
    assert quantities("The COVID-19 wave passed.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("He carried a .45 calibre pistol.", ".45", 0.45),
        ("She is a .300 hitter this season.", ".300", 0.3),
        ("The error rate fell to .004 per cent.", ".004 per cent", 0.004),
    ],
)
def test_leading_decimal_point(sentence, surface, value):
    assert one(sentence, surface).value == value


def test_no_leading_decimal_inside_an_address():
    found = quantities("The router sits at 192.168.1.2 on the network.")
    assert not [m for m in found if m.text.startswith(".")]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Prices rose 5pc last year.", "5pc", 5, "percent"),
        ("Gilt yields fell to 2.15pc.", "2.15pc", 2.15, "percent"),
        ("She ran 5km before work.", "5km", 5, "kilometre"),
        ("He lifted 10kg twice.", "10kg", 10, "kilogram"),
        ("The bus crawled at 3mph.", "3mph", 3, "mile per hour"),
        ("It took 20mins to load.", "20mins", 20, "minute"),
        ("The router uses the 5.8Ghz band.", "5.8Ghz", 5.8, "gigahertz"),
        ("It warmed by 3.5degF overnight.", "3.5degF", 3.5, "degree Fahrenheit"),
    ],
)
def test_units_glued_to_the_number(sentence, surface, value, unit):
    m = one(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


def test_five_pcs_are_computers_not_per_cent():
    assert all(m.unit != "percent" for m in quantities("The office bought 5 PCs."))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The 0-to-60-mph time is 3.9 seconds.", "0-to-60-mph"),
        ("It does 0-60mph in 4 seconds.", "0-60mph"),
        ("It goes 0 to 60 mph in 3 seconds.", "0 to 60 mph"),
    ],
)
def test_zero_to_sixty(sentence, surface):
    m = one(sentence, surface)
    assert (m.low, m.high, m.unit) == (0, 60, "mile per hour")


@pytest.mark.parametrize(
    "sentence",
    [
        "Seas could rise two metres by 2150.",
        "The time capsule will be opened in 3000.",
        "The lease runs until 2250.",
    ],
)
def test_far_future_years_are_not_counts(sentence):
    assert not [m for m in quantities(sentence) if m.value and m.value > 2100]


def test_a_far_future_number_that_counts_stays_a_count():
    assert one("Costs were cut by 2500 jobs.", "2500").value == 2500


@pytest.mark.parametrize(
    ("sentence", "surface", "age"),
    [
        ("Smith 45 was arrested at the scene.", "45", 45),
        ("Council member Rita Olsen 58 has served two terms.", "58", 58),
        ("Ana Ruiz 19 who lives nearby called police.", "19", 19),
    ],
)
def test_age_after_a_name_without_commas(sentence, surface, age):
    m = one(sentence, surface)
    assert (m.role, m.value, m.unit) == ("age", age, "year")


def test_a_name_with_a_number_is_no_age():
    assert all(m.role != "age" for m in quantities("Apollo 11 was launched in July."))


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "qualifier"),
    [
        ("Revenue grew more than fourfold to $2 billion.", "fourfold", 4, "at_least"),
        ("There was a three-fold rise in cases.", "three-fold", 3, "exact"),
        ("a 10-fold increase in demand", "10-fold", 10, "exact"),
        ("Output rose 2.5-fold.", "2.5-fold", 2.5, "exact"),
    ],
)
def test_fold_is_a_factor(sentence, surface, value, qualifier):
    m = one(sentence, surface)
    assert (m.value, m.dimension, m.qualifier) == (value, "factor", qualifier)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("MADRID: Two Spanish sisters won the race.", "Two", 2),
        ("LONDON (Reuters) - Three men were arrested.", "Three", 3),
        ("SAN JOSE, Calif. — Four Tesla engineers quit.", "Four", 4),
    ],
)
def test_number_word_after_a_dateline(sentence, surface, value):
    assert one(sentence, surface).value == value


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The storm became a category two hurricane.", "category two", 2),
        ("A Category 4 hurricane hit the coast.", "Category 4", 4),
        ("Force 9 gales are expected.", "Force 9", 9),
    ],
)
def test_a_category_is_a_rating(sentence, surface, value):
    m = one(sentence, surface)
    assert (m.value, m.role, m.dimension) == (value, "rating", "rating")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The city moved to level 3 restrictions.", "level 3", 3),
        ("Two counties enter tier two rules tonight.", "tier two", 2),
    ],
)
def test_restriction_levels_and_tiers_are_ratings(sentence, surface, value):
    m = one(sentence, surface)
    assert (m.value, m.role, m.dimension) == (value, "rating", "rating")


@pytest.mark.parametrize(
    "sentence",
    [
        "Parking is on level 3.",
        "She passed grade 5 with ease.",
        "The tier 2 visa route closed.",
        "It is a grade II listed building.",  # a heritage class, not a severity
    ],
)
def test_a_scale_noun_without_what_it_rates_stays_a_name(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Only half voted for the plan.", "exact"),
        ("About half said they would stay.", "approximate"),
        ("Nearly half of the seats changed hands.", "approximate"),
        ("Just over half the homes have broadband.", "at_least"),
    ],
)
def test_half_as_a_share(sentence, qualifier):
    m = one(sentence, "half")
    assert (m.value, m.extra["fraction"], m.qualifier) == (0.5, "1/2", qualifier)


@pytest.mark.parametrize(
    "sentence", ["He was only half-joking.", "They met at about half past two."]
)
def test_half_that_is_no_share(sentence):
    assert not [m for m in quantities(sentence) if m.text == "half"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The deal was worth 75 USD million.", "75 USD million", 75_000_000, "US dollar"),
        ("It raised 1.2 EUR billion in bonds.", "1.2 EUR billion", 1_200_000_000, "euro"),
        ("He paid 75 USD for it.", "75 USD", 75, "US dollar"),
    ],
)
def test_scale_word_after_a_currency_code(sentence, surface, value, unit):
    m = one(sentence, surface)
    assert (m.value, m.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The six largest cities grew fastest.", "six", 6),
        ("Its three biggest lenders failed.", "three", 3),
        ("The 10 richest families own most land.", "10", 10),
    ],
)
def test_a_number_before_a_superlative_is_a_count(sentence, surface, value):
    assert one(sentence, surface).value == value


def _sentence_texts(text: str) -> list[str]:
    from factcheck.extract import split_sentences

    return [text[s:e].strip() for s, e in split_sentences(text)]


def test_lines_without_a_full_stop_are_their_own_sentences():
    text = (
        "Storm leaves 12,000 homes without power\n"
        "Winds of 90mph hit the coast\n"
        "Officials said 3 people were hurt\n"
        "| North | 8,000 | 66% |\n"
        "Peak: 7% rise\n"
        "- 5 ferries cancelled\n"
        "- 2 airports shut\n"
    )
    assert _sentence_texts(text) == [line for line in text.splitlines() if line]
    values = [m.value for m in quantities(text)]
    assert values == [12000, 90, 3, 8000, 66, 7, 5, 2]


def test_hard_wrapped_copy_stays_one_sentence():
    text = (
        "The minister said that the plan, which has cost the taxpayer a great deal,\n"
        "would go ahead next year with 40 more staff and a budget of £3m."
    )
    assert len(_sentence_texts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "1. Prices rose 5%\n2. Wages fell 3%\n3) Rents rose 2%",
        "Key points:\n\n1. Prices rose 5%\n2. Wages fell 3%\n3) Rents rose 2%",
    ],
)
def test_numbered_list_markers_are_not_figures(text):
    assert [m.value for m in quantities(text)] == [5, 3, 2]


def test_caption_and_headline_figures():
    text = "# Fares to rise 5% in March\n\nPassengers at 40 stations queued\n\nA fare rise of 5% was announced."
    assert [m.value for m in quantities(text)] == [5, 40, 5]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("She came fourth at the Rio 2016 Olympic Games.", "2016"),
        ("He may turn professional after the Tokyo 2020 Olympics.", "2020"),
        ("The Paris 2024 Games drew record crowds.", "2024"),
    ],
)
def test_a_city_and_a_year_before_an_event_is_a_year(sentence, year):
    dates = [m for m in extract(sentence) if m.kind == "date"]
    assert [d.iso for d in dates] == [year]


@pytest.mark.parametrize(
    "sentence",
    [
        "She ran Windows 2000 on it.",
        "He played at Euro 2016 in France.",
        "England won the Euro 2022 final at Wembley.",
        "The Windows 2000 release was late.",
    ],
)
def test_a_name_and_a_number_without_an_event_noun_stay_names(sentence):
    assert extract(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sad as it is, one cannot deny him the chance.",
        "It is the kind of club with whom one desires to work.",
        "The post is untenable if one votes against the party.",
    ],
)
def test_one_as_a_generic_pronoun(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("One man was acquitted.", "One"), ("Only one voted against the bill.", "one")],
)
def test_one_that_counts(sentence, surface):
    assert one(sentence, surface).value == 1


@pytest.mark.parametrize("sentence", ["She quit her 9-to-5 job.", "They won 3-to-1 on penalties."])
def test_a_hyphenated_pair_that_is_no_range_is_no_figure(sentence):
    assert quantities(sentence) == []
