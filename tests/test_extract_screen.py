"""extract/screen.py: the lookahead that turns away positions a pattern cannot match at.

The screen must never change where a pattern matches, only how soon it gives up
elsewhere: every test here compares a screened pattern with the pattern alone.
"""

from __future__ import annotations

import re

import pytest

import factcheck.extract.patterns as P
from factcheck.extract.screen import start_screen


def _matches_everywhere(pattern: re.Pattern[str], text: str) -> list:
    return [
        (i, m.span(), m.lastgroup) for i in range(len(text) + 1) if (m := pattern.match(text, i))
    ]


SENTENCES = [
    "The council said three-fold rises and a 10-fold increase were twice as likely.",
    "About 1,500 people, a few dozen of them in their twenties, waited for a week.",
    "Scores of fans saw the twenty-first goal; the third came after half an hour.",
    "A grade II listed mill, a maiden half-century and a couple of 5x zooms.",
    "Two-thirds of voters backed it in the week-long strike, ½ of them twice.",
    "Once the hundreds of thousands had gone, seventeen stayed on for .45 of a mile.",
    "It doubled the price; sixty-five seniors and one in four pupils said so.",
    "they said the tenth of the eleven was the fourth seed, not the 3rd or the 22nd.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_screened_number_core_matches_exactly_where_the_core_does(sentence):
    text = sentence.lower()
    plain = re.compile(P._CORE_START + P._CORE_KINDS)
    screened = re.compile(P.CORE.pattern)
    assert screened.pattern != plain.pattern  # the core is screened
    assert _matches_everywhere(screened, text) == _matches_everywhere(plain, text)


def test_a_screen_names_the_first_letters_of_every_word():
    screen = start_screen(r"\b(?:three|thirty|two)\b")
    assert screen == "(?=[^a-z]|t(?:h(?:i|r)|w(?:o)))"
    screened = re.compile(screen + r"\b(?:three|thirty|two)\b")
    assert [m.group() for m in screened.finditer("the two thirty three then")] == [
        "two",
        "thirty",
        "three",
    ]


def test_what_it_cannot_read_letters_through():
    # a class or a back reference after the first letter: any character may follow
    assert start_screen(r"a\s+few|an\s+hour") == "(?=[^a-z]|a)"
    assert start_screen(r"(?P<x>ab)(?P=x)c|xy") == "(?=[^a-z]|a(?:b)|x(?:y))"
    # no screen where a match may begin with any letter or be empty
    for pattern in (r"\w+ly", r"(?i:three)", r".x", r"x?", r"[a-f]\d"):
        assert start_screen(pattern) == "", pattern
    assert start_screen("three", re.IGNORECASE) == ""
    assert start_screen("(?i)three") == ""


def test_digits_and_signs_are_let_through_by_the_screen():
    screen = start_screen(r"\d+%|£\d+|one")
    assert screen == "(?=[^a-z]|o(?:n(?:e)))"
    assert re.compile(screen + r"(?:\d+%|£\d+|one)").findall("12% of £40 for one") == [
        "12%",
        "£40",
        "one",
    ]
