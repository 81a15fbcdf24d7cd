"""Figures of international news copy, third batch (issue 11,
bench/data/quantities-intl-blind3.jsonl): local currency signs of Nigerian, Kenyan,
South African and Philippine copy, and the classes that batch showed. Sentences we
write, several forms per class, hard negatives beside them."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_extract_intl import _read, _same

NGN, KES, ZAR, PHP = "Nigerian naira", "Kenyan shilling", "South African rand", "Philippine peso"
INR = "Indian rupee"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one-letter signs before thousands, two decimals, a magnitude (glued, spaced,
        # hyphenated, capital), and a range that writes the sign on both ends
        ("Traders now pay N2,450 for a crate of eggs.", [("N2,450", 2450, NGN)]),
        (
            "The state set aside N18.6bn for roads and N4 billion for schools.",
            [("N18.6bn", 18.6e9, NGN), ("N4 billion", 4e9, NGN)],
        ),
        ("The dollar fetched N1,702/$ at the kiosks.", [("N1,702", 1702, NGN)]),
        ("A litre of petrol now costs R23.41.", [("R23.41", 23.41, ZAR)]),
        (
            "The municipality owes R6.8-billion, up from R5.1bn, and R312,000 in fines.",
            [("R6.8-billion", 6.8e9, ZAR), ("R5.1bn", 5.1e9, ZAR), ("R312,000", 312_000, ZAR)],
        ),
        ("The tender is worth R40m.", [("R40m", 40e6, ZAR)]),
        ("Repairs will cost R2.2bn-R2.9bn.", [("R2.2bn-R2.9bn", (2.2e9, 2.9e9), ZAR)]),
        ("Tomatoes sell for P120-P150 a kilo.", [("P120-P150", (120, 150), PHP)]),
        ("Fares will be P13 to P15 from Monday.", [("P13 to P15", (13, 15), PHP)]),
        (
            "The firm earned P7.9B, and the peso ended at P57.88.",
            [("P7.9B", 7.9e9, PHP), ("P57.88", 57.88, PHP)],
        ),
        # two-letter "Sh" (Kenyan shillings) like "RM": thousands, decimals, magnitudes
        (
            "Tea farmers got Sh5,600, Sh21.5 billion in all, and Sh3.2bn in bonuses.",
            [("Sh5,600", 5600, KES), ("Sh21.5 billion", 21.5e9, KES), ("Sh3.2bn", 3.2e9, KES)],
        ),
        # signs that end in a full stop, glued: "Ksh.", "Rs."
        ("The levy is Ksh.2,500 a month.", [("Ksh.2,500", 2500, KES)]),
        ("He was fined Rs.750 and Rs.10,000.", [("Rs.750", 750, INR), ("Rs.10,000", 10_000, INR)]),
    ],
)
def test_local_signs_of_a_price(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    "sentence",
    [
        # roads, tax forms, models, masks, grades: a one-letter sign before a name
        "Take the N25 east and the R21 north.",
        "She got her P45 and a P60 from the firm.",
        "The new P550e and the N95 mask sold out.",
        "The N25-N30 stretch and the R40 to R45 link were closed.",
        "The gas N2 reacts at room temperature.",
        "The Sh2 variant was shown.",
    ],
)
def test_one_letter_signs_alone_are_names(sentence):
    assert [q for q in _read(sentence)] == [], _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "to", the low end is the level a change reached: the pair is its range
        ("Rents climbed to P9,000 to P12,000.", [("P9,000 to P12,000", (9000, 12000), PHP)]),
        ("Unemployment rose to 7% to 8% in the east.", [("7% to 8%", (7, 8), "percent")]),
        # after "by", or a verb with no "to", still a change and a level
        ("Costs fell by 2% to 3.5%.", [("2%", 2, "percent"), ("3.5%", 3.5, "percent")]),
        ("Shares rose 4% to 96p.", [("4%", 4, "percent"), ("96p", 0.96, "pound sterling")]),
    ],
)
def test_range_after_to(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a glued "c" ending a clause is cents when a price word stands before it
        ("The bank held its final dividend at 64c.", [("64c", 0.64, "US dollar")]),
        (
            "Its shares ended at 31c, up from 27c.",
            [("31c", 0.31, "US dollar"), ("27c", 0.27, "US dollar")],
        ),
        ("The bus fare goes up to 95c or more.", [("95c", 0.95, "US dollar")]),
        # ... and Celsius (no figure without a temperature reading) where the weather is
        ("Temperatures will peak at 31c.", []),
        ("Sydney sweltered at 38c, the price of summer.", []),
    ],
)
def test_cents_at_the_end_of_a_clause(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an engine size before its code names a variant
        (
            "The 2.0 TSI costs RM182,500, the 1.6 dCi less.",
            [("RM182,500", 182_500, "Malaysian ringgit")],
        ),
        ("A 1.0 EcoBoost and the 1.5 TGDi are offered.", []),
        # a unit after the size keeps it a figure
        (
            "The 1.5 kWh pack and a 2.5 GHz chip.",
            [("1.5 kWh", 1.5, "kilowatt hour"), ("2.5 GHz", 2.5, "gigahertz")],
        ),
        # a grade of fuel names, the price counts
        ("A litre of 93 unleaded costs R23.10.", [("R23.10", 23.10, ZAR)]),
        ("He scored 93 points.", [("93", 93, None)]),
    ],
)
def test_names_after_a_number(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after an article, a two-letter range before a price noun is money
        ("Users pay the RM2 to RM4 charge.", [("RM2 to RM4", (2, 4), "Malaysian ringgit")]),
        ("The RM1-RM3 levy starts in May.", [("RM1-RM3", (1, 3), "Malaysian ringgit")]),
        # and before anything else a pair of models
        ("The DM2-DM3 gearboxes were recalled.", []),
    ],
)
def test_two_letter_range_after_an_article(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


def _one(sentence: str):
    found = [m for m in extract(sentence) if m.kind == "quantity"]
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Lab teams cooled the gas to -271.5C.", "-271.5C", -271.5),
        ("Liquid helium boils at -268.9C.", "-268.9C", -268.9),
        ("The kiln runs at 1,260C.", "1,260C", 1260),
    ],
)
def test_temperatures_beyond_the_weather(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, float(m.value), m.unit) == (surface, value, "degree Celsius")


@pytest.mark.parametrize(
    "sentence",
    ["The 777F freighter landed.", "It fell to -400C in the lab, a temperature."],
)
def test_no_temperature_below_absolute_zero_or_in_a_name(sentence):
    assert _read(sentence) == []


def test_absolute_zero_is_zero_kelvin():
    m = _one("The atoms were chilled to within a whisker of absolute zero.")
    assert (m.text, m.value, m.unit, m.dimension) == ("absolute zero", 0, "kelvin", "temperature")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "scale"),
    [
        ("The province moved to Stage 3 load shedding.", "Stage 3", 3, "stage"),
        ("Stage 5 power cuts were announced.", "Stage 5", 5, "stage"),
        ("Forecasters hoisted Signal No. 2 over the islands.", "Signal No. 2", 2, "signal no."),
        ("The volcano stays under Alert Level 2.", "Alert Level 2", 2, "alert level"),
    ],
)
def test_ratings_of_warnings(sentence, surface, value, scale):
    m = _one(sentence)
    assert (m.text, m.value, m.role, m.noun) == (surface, value, "rating", scale)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The striker moved up to 87th in the FIFA rankings.", "87th", 87),
        ("She rose to 12th in the WTA standings.", "12th", 12),
        ("He made his 2,000th appearance.", "2,000th", 2000),
    ],
)
def test_ordinals(sentence, surface, value):
    m = _one(sentence)
    assert (m.text, m.value, m.role) == (surface, value, "ordinal")


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribunal set the ruling for the 21st of next month.",
        "Rent is due on the 1st of each month.",
        "The survey runs in the second week of this month.",
        "Builders return the first weekend of March.",
    ],
)
def test_no_ordinal_in_an_idiom_or_a_date(sentence):
    assert [m.text for m in extract(sentence) if m.role == "ordinal"] == []


def test_a_week_that_is_no_date_keeps_its_ordinal():
    got = [m.text for m in extract("It was his third week in charge.") if m.role == "ordinal"]
    assert got == ["third"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # cricket totals: runs for wickets (or wickets for runs), with a word of cricket
        ("Bangladesh declared on 412-8 after tea.", [("412-8", "score", None)]),
        ("At stumps the tourists were 5-268 in the first innings.", [("5-268", "score", None)]),
        # without one, a big number before a small one is no score
        ("The factory shed 240-5 jobs.", [("240", 240, None)]),
    ],
)
def test_cricket_totals(sentence, expected):
    got = [g for g in _read(sentence) if g[0] != "first"]
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count hyphenated to a lower-case noun after a capitalised word
        ("A Georgian five-bedroom villa sold.", [("five-bedroom", 5, None)]),
        ("An Edwardian 3-storey house.", [("3-storey", 3, None)]),
        # a body's members are counted; a stock index's size is part of its name
        ("The 15-member Security Council met.", [("15-member", 15, None)]),
        ("The 40-member Senate panel and the 50-member Nifty index.", [("40-member", 40, None)]),
        # a participle opening the sentence, its object a number
        ("Chasing 271, the visitors slumped.", [("271", 271, None)]),
        ("Defending 198 to win, they held on.", [("198", 198, None)]),
        # grouped thousands after a capitalised word are never a name's number
        ("The marsh near Swansea 18,000 geese winter there.", [("18,000", 18_000, None)]),
        # names stay names
        ("Boeing 787, the Dreamliner, flew.", []),
        ("The Airbus 320 and Windows 10-based PCs.", []),
    ],
)
def test_counts_after_capitalised_words(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


def test_fact_box_lines():
    text = "Key figures\nEmployees: 1400\nFounded: 1961\nStaff: 3,100\nVisitors: 1800\n"
    got = [(m.text, m.value) for m in extract(text) if m.kind == "quantity"]
    assert got == [("1400", 1400), ("3,100", 3100), ("1800", 1800)]


HTML_TD_ONLY = """<p>Arrivals by terminal.</p>
<table>
  <tr><td><b>Terminal</b></td><td><b>Flights</b></td></tr>
  <tr><td>North</td><td>318</td></tr>
  <tr><td>South</td><td>97</td></tr>
</table>
"""


def test_an_html_table_of_td_cells_takes_its_first_row_of_words_as_header():
    from factcheck.markup import html_prose

    prose = html_prose(HTML_TD_ONLY)
    cells = {m.text: m for m in extract(prose.text) if m.kind == "quantity"}
    assert set(cells) == {"318", "97"}
    assert (cells["318"].noun, cells["318"].frame.get("entity")) == ("Flights", "North")
    assert (cells["97"].noun, cells["97"].frame.get("entity")) == ("Flights", "South")
    # a first row with a figure in it heads nothing
    plain = html_prose(
        "<table><tr><td>North</td><td>318</td></tr><tr><td>South</td><td>97</td></tr></table>"
    )
    assert "---" not in plain.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # currencies of East and West African copy, written before or after the number
        (
            "Farmers lost GH¢3.2m, about 410,000 cedis each.",
            [("GH¢3.2m", 3.2e6, "Ghanaian cedi"), ("410,000 cedis", 410_000, "Ghanaian cedi")],
        ),
        (
            "The levy raised Shs7.5bn and UGX 900m.",
            [("Shs7.5bn", 7.5e9, "Ugandan shilling"), ("UGX 900m", 900e6, "Ugandan shilling")],
        ),
        ("Dar es Salaam set aside TSh 48bn.", [("TSh 48bn", 48e9, "Tanzanian shilling")]),
        ("A bag of maize sells for 350 kwacha.", [("350 kwacha", 350, "Zambian kwacha")]),
    ],
)
def test_african_currencies(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decimal comma before a magnitude of a million or more
        ("The R3,5 million deal fell through.", [("R3,5 million", 3.5e6, ZAR)]),
        ("The EU set aside €1,25 billion.", [("€1,25 billion", 1.25e9, "euro")]),
        ("The app has 2,4 mn users.", [("2,4 mn", 2.4e6, None)]),
        # a thousands comma has three digits after it; a glued "m" is no cue
        (
            "Turnout was 1,500 million, 12,345 voters.",
            [("1,500 million", 1.5e9, None), ("12,345", 12_345, None)],
        ),
        # (and "3" goes on a list of page numbers: an identifier, no count)
        ("Pages 1,2 and 3 were torn.", []),
    ],
)
def test_decimal_comma(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got
