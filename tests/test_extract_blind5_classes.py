"""Classes found by blind set 5 (bench/data/quantities-pairs-blind3.jsonl) and the
leftovers of the last closing note, as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.extract import extract
from tests.test_extract_quantities import quantities, the


def surfaces(text: str) -> list[str]:
    return [m.text for m in quantities(text)]


# -- code debt: one pattern in every process, ages listed after any age lead ----------
def test_the_range_and_subunit_patterns_are_the_same_in_every_process():
    code = (
        "import hashlib, factcheck.extract.patterns as P, factcheck.extract.lexicon as L;"
        "print(hashlib.md5((P.RANGE_SEP.pattern + P.SUBUNIT.pattern"
        " + L.unit_regex().pattern).encode()).hexdigest())"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout.strip())
    assert len(seen) == 1


@pytest.mark.parametrize(
    "sentence, middle",
    [
        ("The survey covered ages 40, 50 and 60 in every region.", "50"),
        ("Pupils aged 11, 12 and 13 sat the test.", "12"),
        ("Grants go to people of ages 18, 21, or 25 only.", "21"),
    ],
)
def test_the_middle_of_a_list_of_ages_is_an_age_after_any_age_lead(sentence, middle):
    assert the(sentence, middle).role == "age"


def dates(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.kind == "date"]


# -- a results line standing alone ----------------------------------------------------
@pytest.mark.parametrize(
    "line, score",
    [
        ("Hartlepool 0-3 Stockport", "0-3"),
        ("- Forest Green 1-2 Crawley Town", "1-2"),
        ("Queen of the South 2-4 Ayr United", "2-4"),
        ("Brighton & Hove Albion 0-0 Hull City", "0-0"),
    ],
)
def test_a_result_alone_on_its_line_is_a_score(line, score):
    m = the(line, score)
    assert m.role == "score"


@pytest.mark.parametrize(
    "line",
    [
        "Chapters 3-5 Summary",
        "Ages 5-11 Welcome",
        "Years 7-9 Timetable",
        "Read Chapters 3-5 tonight.",
    ],
)
def test_a_line_of_identifiers_or_ages_is_no_result(line):
    assert [m.role for m in quantities(line)] in ([], [None])


# -- ordinals in a title-case headline ------------------------------------------------
@pytest.mark.parametrize(
    "headline, ordinal, value",
    [
        ("Murray Eyes Third Wimbledon Title After Semi-Final Win", "Third", 3),
        ("Town Celebrates Second Promotion in Three Years", "Second", 2),
        ("Jones Claims First European Gold of Her Career", "First", 1),
    ],
)
def test_an_ordinal_before_capitals_in_a_title_case_headline_is_a_rank(headline, ordinal, value):
    m = the(headline, ordinal)
    assert (m.value, m.role) == (value, "ordinal")


@pytest.mark.parametrize(
    "text",
    [
        "Veterans Mark Second World War Anniversary in Style",
        "Scotland's First Minister Visits Flood-Hit Town",
        "The First World War ended in 1918.",
        "Nurses Take First Step Towards Strike Action",
    ],
)
def test_titles_and_idioms_stay_names_in_a_headline(text):
    assert [m for m in quantities(text) if m.role == "ordinal"] == []


# -- a year after a span of years and a comma -----------------------------------------
@pytest.mark.parametrize(
    "sentence, year",
    [
        ("The regatta dates back 152 years, to 1864.", "1864"),
        ("The lease ran for 99 years, until 2014.", "2014"),
        ("The fair has run for a hundred years, to 1925, without a break.", "1925"),
    ],
)
def test_a_year_after_a_span_of_years_ends_the_span(sentence, year):
    assert year in dates(sentence)


def test_a_count_after_a_span_of_years_stays_a_count():
    assert the("Sales fell for two years, to 1500 units.", "1500").value == 1500


# -- putts counted, hyphenated or apart --------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("She two-putted the last green to win by a stroke.", "two-putted", 2),
        ("He three-putted on the way home.", "three-putted", 3),
        ("He over-hit his third and two putted for a six.", "two", 2),
    ],
)
def test_putts_are_counted(sentence, surface, value):
    assert the(sentence, surface).value == value


# -- "half of" two places stays a share (a named pair: tests/test_compare_audit3_classes.py)
def test_half_of_two_places_stays_a_share():
    assert the("Half of Leeds and Bradford voted.", "Half").value == 0.5


# -- "In one instance," -----------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "In one instance, a drone dropped a phone into the yard.",
        "In one case, officers were called twice in a night.",
        "In one example, a landlord raised the rent without notice.",
    ],
)
def test_in_one_instance_tells_an_example_and_counts_nothing(sentence):
    assert [m.text for m in quantities(sentence) if m.text.lower() == "one"] == []


def test_one_case_out_of_many_still_counts():
    assert the("In one case out of ten the test failed.", "one").value == 1


# -- a capitalised number word inside a sentence, before a capital -------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Wales face France in their final Six Nations match.",
        "Their last Five Nations title came in 1994.",
        "The Seven Sisters cliffs drew crowds.",
    ],
)
def test_a_capitalised_number_word_before_a_capital_is_a_name(sentence):
    assert [m.text for m in quantities(sentence) if m.text[0].isupper()] == []


# -- titles held: "double Olympic champion" -----------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("She trains with the double Olympic taekwondo champion.", "double", 2),
        ("The club were treble winners that season.", "treble", 3),
        ("He is a triple world gold medallist.", "triple", 3),
    ],
)
def test_titles_held_are_counted(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.dimension) == (value, "count")


def test_a_double_room_is_no_figure():
    assert quantities("They booked a double room for the night.") == []


# -- Welsh magnitudes in bilingual copy ---------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("Mae bwlch o £2 biliwn yn y gyllideb.", "£2 biliwn", 2_000_000_000),
        ("Gwerth £3.5 miliwn i'r economi leol.", "£3.5 miliwn", 3_500_000),
    ],
)
def test_welsh_magnitudes_scale_the_figure(sentence, surface, value):
    assert the(sentence, surface).value == value
