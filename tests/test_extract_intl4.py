"""Figures of international news copy, fourth batch (issue 11,
bench/data/quantities-intl-blind4.jsonl): the classes its first run showed. Sentences we
write, several forms per class, hard negatives beside them."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.test_extract_intl import _read, _same

MYR, INR, PHP, NGN, ZAR = (
    "Malaysian ringgit",
    "Indian rupee",
    "Philippine peso",
    "Nigerian naira",
    "South African rand",
)
TPY = "tonne per year"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "tril" and Reuters' "trln" glued or spaced, as "bil"/"bln" are
        ("Household debt reached RM1.53tril in June.", [("RM1.53tril", 1.53e12, MYR)]),
        (
            "The scheme costs Rs 2.5 tril over five years.",
            [("Rs 2.5 tril", 2.5e12, INR), ("five years", 5, "year")],
        ),
        ("Japan's debt tops 1,200 trln yen.", [("1,200 trln yen", 1.2e15, "Japanese yen")]),
        # "Php", "PhP" before the amount, spaced or glued
        (
            "The developer earned Php 4.1 billion and PhP850 million in rents.",
            [("Php 4.1 billion", 4.1e9, PHP), ("PhP850 million", 8.5e8, PHP)],
        ),
        # "mtpa", "MTPA", "ktpa": a million or a thousand tonnes a year
        (
            "The mill will grow from 5 mtpa to 7.5 MTPA, and a 300 ktpa pellet unit.",
            [("5 mtpa", 5e6, TPY), ("7.5 MTPA", 7.5e6, TPY), ("300 ktpa", 3e5, TPY)],
        ),
    ],
)
def test_magnitudes_and_signs(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two to four decimals make a one-letter sign a price, as two did
        ("Power rates fall by P0.2351 per kWh.", [("P0.2351", 0.2351, PHP)]),
        ("The rand slipped to R18.455 against the dollar.", [("R18.455", 18.455, ZAR)]),
        # a rate after a short amount: "R370 a month", "P45 per kilo"
        ("The grant stays at R370 a month.", [("R370", 370, ZAR)]),
        ("Rice sells for P45 per kilo and N900 per bag.", [("P45", 45, PHP), ("N900", 900, NGN)]),
        # the same sign read as a price in the sentence: "N617" after "N1,030"
        (
            "Diesel costs N1,150 a litre, up from N820 in March.",
            [("N1,150", 1150, NGN), ("N820", 820, NGN)],
        ),
        (
            "Rates drop by P0.1164 per kWh, a P23 cut for most homes.",
            [("P0.1164", 0.1164, PHP), ("P23", 23, PHP)],
        ),
    ],
)
def test_one_letter_signs_before_short_amounts(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Take the N25 east and the R21 north, then file a P45 form.",
        "An N95 mask costs N1,500 at the N2 junction.",
        "Motorists on the R21 will pay R12.50 at the plaza.",
        "The P100 lens and the R300 route reopened on Monday.",
    ],
)
def test_one_letter_names_stay_names(sentence):
    got = [t for t, _v, u in _read(sentence) if u in (NGN, ZAR, PHP)]
    assert all(t[1:].replace(",", "").replace(".", "").isdigit() and len(t) > 4 for t in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a team's total, runs for wickets, with a slash after a lead
        ("Sri Lanka posted 278/7 in their 50 overs.", [("278/7", "score", None), ("50", 50, None)]),
        ("The visitors were 156/3 at stumps.", [("156/3", "score", None)]),
        (
            "Resuming on 91/2, the hosts were all out for 210.",
            [("91/2", "score", None), ("210", 210, None)],
        ),
        # bowling figures written "7-for-42"
        ("Ashwin's 6-for-55 sealed the Test.", [("6-for-55", "score", None)]),
        ("Jadeja returned 7-for-42 as they were all out.", [("7-for-42", "score", None)]),
    ],
)
def test_cricket_totals_and_figures(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop is open 24/7 and the fund helps 9/11 victims.",
        "Stores offer a 2-for-1 deal on shoes.",
        "Add 3/4 of the stock while the Test is on.",
    ],
)
def test_slashes_and_deals_outside_cricket_are_no_scores(sentence):
    assert all(m.role != "score" for m in extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # telephone numbers written in groups after a word of the telephone
        "Call the hotline at 03-2266 2222 or WhatsApp 013-211 1222 for help.",
        "Readers may phone 1800 333 000 or ring 13 11 14.",
        "The helpline on 6123 4567 is open daily.",
        # lists and sub-clauses of identifiers after their noun
        "Police booked them under Sections 302 and 34 of the IPC.",
        "The petition cites Articles 14, 19 and 21 of the Constitution.",
        "The appeal turns on rule 5(2) of the code.",
        # Malaysian road numbers with a slash
        "The shop at Jalan 3/4 and Jln SS 2/24 reopened.",
        # an aircraft's registration
        "The jet, registered 9M-AGX, landed safely.",
        # a period of a match hyphenated to an ordinal
        "He scored a first-half brace and a second-half penalty.",
    ],
)
def test_no_figures(sentence):
    assert [m.text for m in extract(sentence) if m.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He had to call 15 people and text 20 friends.", [("15", 15, None), ("20", 20, None)]),
        ("In round 3, 45 were cut.", [("45", 45, None)]),
        ("Under section 4, 12 people were held.", [("12", 12, None)]),
        ("Add 3/4 cup of sugar.", [("3/4 cup", 0.75, "cup")]),
    ],
)
def test_counts_beside_those_names_stay(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "m" with no noun after it, where the sentence counted millions of the noun
        (
            "The airline flew 19.2 million passengers in May and expects 198m this year.",
            [("19.2 million", 19.2e6, None), ("198m", 198e6, None)],
        ),
        ("The app has 42m users and will reach 50m.", [("42m", 42e6, None), ("50m", 50e6, None)]),
        # but metres stay metres
        (
            "The 2.5 million visitors climbed the 300m tower.",
            [("2.5 million", 2.5e6, None), ("300m", 300, "metre")],
        ),
        ("The pool is 50m.", [("50m", 50, "metre")]),
    ],
)
def test_m_after_millions_counted(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dozens were injured in the crush.", [("Dozens", (24, 144), None)]),
        (
            "Thousands marched and hundreds were arrested.",
            [("Thousands", (1000, 10000), None), ("hundreds", (100, 1000), None)],
        ),
    ],
)
def test_vague_magnitude_as_subject(sentence, expected):
    got = _read(sentence)
    assert _same(got, expected), got


@pytest.mark.parametrize(
    "sentence",
    ["They came in their hundreds.", "Scores were settled.", "Fans arrived by the thousands."],
)
def test_vague_words_without_a_count_stay_none(sentence):
    assert [m.text for m in extract(sentence) if m.kind == "quantity"] == []


def _ages(sentence):
    return [(m.text, m.value) for m in extract(sentence) if m.role == "age"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Maria Santos (32), a market vendor, was arrested.", [("32", 32)]),
        ("The victim, Ali Khan (45), a tricycle driver, was shot.", [("45", 45)]),
        ("Her children, aged four and seven, were rescued.", [("four", 4), ("seven", 7)]),
        ("The boys, aged 12 and 14, fled.", [("12", 12), ("14", 14)]),
        ("Three boys, aged 14, 15 and 16, were held.", [("14", 14), ("15", 15), ("16", 16)]),
        ("Two men, aged twenty and twenty-two, were held.", [("twenty", 20), ("twenty-two", 22)]),
    ],
)
def test_ages(sentence, expected):
    assert _ages(sentence) == expected


def test_squad_number_before_an_apposition_stays_a_name():
    assert _ages("Striker Ana Ruiz (9), a summer signing, scored.") == []


def test_a_count_after_an_age_and_a_comma_stays_a_count():
    assert _ages("The boys, aged 14, 40 others and a dog fled.") == [("14", 14)]


def test_number_words_after_and_are_read_anew():
    got = [
        (m.text, m.value) for m in extract("He has three and she has five.") if m.kind == "quantity"
    ]
    assert got == [("three", 3), ("five", 5)]


def test_minutes_with_a_leading_zero_after_hours():
    got = _read("Kipchoge finished in 2hr 09min 44sec.")  # one time (docs/extract.md)
    assert _same(got, [("2hr 09min 44sec", 7784, "second")]), got
    assert _read("Agent 007 and code 021.") == []
