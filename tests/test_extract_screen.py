"""extract/screen.py: the lookahead that turns away positions a pattern cannot match at,
and the ``Endings`` that turn away windows a pattern anchored at their end cannot match.

A screen must never change where a pattern matches, only how soon it gives up
elsewhere: every test here compares a screened pattern with the pattern alone.
"""

from __future__ import annotations

import re

import pytest

import factcheck.extract.patterns as P
from factcheck.compare import values as _values
from factcheck.extract import discourse as _discourse
from factcheck.extract import frame as _frame
from factcheck.extract import lexicon as _lexicon
from factcheck.extract.screen import Endings, start_screen


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


# --------------------------------------------------------------------------- Endings
# Each pattern anchored at the end of the words before a figure is searched only where
# its ``Endings`` lets the words through: wherever the pattern finds something in a
# window, the screen must let that window through.

ENDING_SENTENCES = [
    "Labour held the seat with a majority of 2,873 and a lead of just 590 votes.",
    "They won by about 300 votes; Majority: 12. The Greens beat them by a narrow 40.",
    "Sections 302 and 34, Articles 14, 19 and 21, rule 5(2) and clauses 3 or 4 & 5.",
    "The twins, aged 9, 11, and 14, and a man at the age of 50; ages 3 to 5.",
    "A category 4 hurricane, tier two rules, Signal No. 8 and alert level 3.",
    "It fell to minus 5, then negative-12 and MINUS\t3 overnight; minus-\n4 later.",
    "A minimum wage of £7.20, the maximum fine is £500 and pay capped at 30.",
    "Built before 2016, pre-2016 and post-\n2020; Before 1990 it was after 1980.",
    "The article describes three points. This text refers to about 5 people.",
    "There are two Oskar Linds. Key points (2): Summary (in 3 bullet points):",
    "Here are the 3 key takeaways: in 50 words, a 2-sentence summary, the first is.",
    "In short, there are two takeaways; the second one was late. Top 5 moments:",
    "ſome ABOUT 4, Majority\u00a0:\u00a07 and a lead of   \n  9 over the table | 12 | 38 |",
]

ENDINGS = [
    (_frame._MARGIN_BEFORE, _frame._MARGIN_ENDINGS),
    (P.ID_LIST_BEFORE, P.ID_LIST_ENDS),
    (P.AGE_BEFORE, P.AGE_ENDS),
    (P.AGE_LIST_MIDDLE_BEFORE, P.AGE_LIST_MIDDLE_ENDS),
    (P.RATING_BEFORE, P.RATING_ENDS),
    (_values._BOUND_NOUN, _values._BOUND_NOUN_ENDS),
    (_values.EDGE_BEFORE, _values.EDGE_ENDS),
    (_discourse._TEXT_COUNT, _discourse._TEXT_COUNT_ENDS),
    (_discourse._THERE_ARE, _discourse._THERE_ARE_ENDS),
    (_discourse._PAREN_BEFORE, _discourse._PAREN_BEFORE_ENDS),
    (_discourse._PAREN_AFTER_NOUN, _discourse._PAREN_AFTER_NOUN_ENDS),
    (_discourse._HEADING_LEAD, _discourse._HEADING_LEAD_ENDS),
    (_discourse._OWN_SIZE_BEFORE, _discourse._OWN_SIZE_BEFORE_ENDS),
    (_discourse._ITEM_BEFORE, _discourse._ITEM_BEFORE_ENDS),
]


def _windows(text: str):
    for end in range(len(text) + 1):
        for width in (8, 16, 40, 80, end):
            yield text[max(0, end - width) : end]


@pytest.mark.parametrize(
    ("pattern", "endings"), ENDINGS, ids=lambda x: getattr(x, "pattern", "")[:30]
)
def test_an_endings_screen_lets_through_every_window_its_pattern_matches(pattern, endings):
    found = 0
    for sentence in ENDING_SENTENCES:
        for left in _windows(sentence):
            if pattern.search(left):
                found += 1
                assert endings.may_end(left), (pattern.pattern[:40], left)
    assert found, "the sentences hold no match of the pattern"


def test_the_sign_word_screen_lets_through_each_sign_word_sign_word_before_finds():
    for sentence in ENDING_SENTENCES:
        for start in range(len(sentence) + 1):
            left = sentence[max(0, start - 10) : start]
            if P.SIGN_WORD_BEFORE.search(left):
                assert P.SIGN_WORD_ENDS.may_end(left.rstrip("\n-")), left
    assert P.sign_word_before("it fell to minus-\n4", 18) == 11


def test_endings_read_the_last_word_in_any_case_and_let_other_scripts_through():
    ends = Endings(["more than", "about", ":"])
    assert ends.words == (":", "about", "than")
    assert ends.may_end("rose by ABOUT  \n")
    assert ends.may_end("Majority:")
    assert ends.may_end("a lead of " + " " * 100 + "than" + " " * 100)  # past the first tail
    assert not ends.may_end("| 12 | Club 12 FC | ")
    assert not ends.may_end("")
    assert ends.may_end("abouſ ")  # "ſ" is an "s" to ``re`` ignoring case: left to the search


def test_the_currency_screen_knows_the_last_character_of_every_sign():
    pattern = _lexicon.currency_prefix_regex()
    lasts = _lexicon.currency_prefix_lasts()
    for left in ("£", "US $ ", "Rs ", "R$\u00a0", "€\n", "KSh.", "| ", "Club ", "aged "):
        if pattern.search(left):
            assert not lasts.isdisjoint(left[-3:]), left
    assert lasts.isdisjoint("| ")


@pytest.mark.parametrize("name", ["QUAL_AFTER", "CHANGE_AFTER"])
def test_the_patterns_after_a_figure_match_where_they_did_without_their_lookahead(name):
    screened = re.compile(getattr(P, name).pattern)
    head, _, rest = screened.pattern.partition("(?=")
    depth, i = 1, 0
    while depth:  # the lookahead's closing bracket
        depth += {"(": 1, ")": -1}.get(rest[i], 0) if rest[i - 1 : i] != "\\" else 0
        i += 1
    plain = re.compile(head + rest[i:])
    text = " or so, 5-odd and over 20 and a 3% rise, a 4-fall | 12 | or MORE -plus"
    assert _matches_everywhere(screened, text) == _matches_everywhere(plain, text)
    assert any(_matches_everywhere(plain, text))
