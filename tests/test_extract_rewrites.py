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
