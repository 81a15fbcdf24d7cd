"""Figures NEW computes from OLD ones (compare/derive.py): gaps, shares applied, days counted.

Each class is held both ways: derived where the arithmetic on OLD figures of
one sentence gives NEW's figure exactly or with a hedge that holds, and still
a flag where it does not. Sentences are invented.
"""

from __future__ import annotations

import pytest

from factcheck import compare


def status_of(old: str, new: str, surface: str) -> str:
    """The status of the NEW figure written ``surface``."""
    found = [f.status for f in compare(old, new) if f.side == "new" and f.new.text == surface]
    assert found, f"{surface!r} not compared: {compare(old, new)}"
    return found[0]


def judged(old: str, new: str, surface: str, status: str) -> bool:
    """Whether the NEW figure ``surface`` is ``derived`` as expected, or any flag for "flag"."""
    got = status_of(old, new, surface)
    return got == status if status != "flag" else got in ("added", "conflict")


# -- a stated gap between two OLD figures -----------------------------------------
GAP_OLD = "A season ticket at Rovers costs £412, against a league average of £355."


@pytest.mark.parametrize(
    "new, surface, status",
    [
        ("A season ticket at Rovers costs £412, £57 above the league average.", "£57", "derived"),
        ("Rovers charge £57 more than the league average.", "£57", "derived"),
        ("A season ticket at Rovers costs £412, £75 above the league average.", "£75", "conflict"),
        # no gap word: a figure of its own, not a difference
        ("A season ticket at Rovers costs £412, and £57 buys a shirt.", "£57", "added"),
    ],
)
def test_a_stated_gap_is_the_difference_of_old_figures(new, surface, status):
    assert status_of(GAP_OLD, new, surface) == status


def test_a_gap_across_two_sentences_is_not_derived():
    old = "A season ticket at Rovers costs £412. The league average was £355 last year."
    new = "A season ticket at Rovers costs £412, £57 above the league average."
    assert status_of(old, new, "£57") != "derived"


# -- a share of a whole --------------------------------------------------------
SHARE_OLD = "The council received 460 complaints last year, and 35% concerned parking."


@pytest.mark.parametrize(
    "new, surface, status",
    [
        ("About 160 of the 460 complaints concerned parking.", "160", "derived"),
        ("Exactly 161 of them concerned parking.", "161", "derived"),
        ("More than 160 concerned parking.", "160", "derived"),
        ("More than 165 concerned parking.", "165", "conflict"),
        ("About 200 of them concerned parking.", "200", "conflict"),
        ("Nearly 170 of them concerned parking.", "170", "conflict"),
    ],
)
def test_a_share_applied_to_its_whole_is_derived(new, surface, status):
    assert judged(SHARE_OLD, new, surface, status if status == "derived" else "flag")


def test_a_share_of_a_whole_in_another_sentence_is_not_derived():
    old = "The council received 460 complaints last year. Turnout rose by 35%."
    assert status_of(old, "About 160 concerned parking.", "160") != "derived"


# -- a day counted on from a date -------------------------------------------------
DAYS_OLD = "The last survivor was found four days after the ferry sank on 3 October 2021."


@pytest.mark.parametrize(
    "new, surface, status",
    [
        ("The last survivor was found on 7 October.", "7 October", "derived"),
        ("The last survivor was found on 7 October 2021.", "7 October 2021", "derived"),
        ("The last survivor was found on 8 October.", "8 October", "flag"),
        ("The last survivor was found on 7 October 2020.", "7 October 2020", "flag"),
    ],
)
def test_a_date_counted_from_an_old_date_is_derived(new, surface, status):
    assert judged(DAYS_OLD, new, surface, status)


def test_a_date_counted_back_is_derived():
    old = "Polls closed on 12 May 2022; the main candidate withdrew two days before."
    # derived here, or matched where the dates read "two days before" as a date
    assert status_of(old, "The main candidate withdrew on 10 May.", "10 May") in (
        "derived",
        "match",
    )
    assert status_of(old, "The main candidate withdrew on 14 May.", "14 May") != "derived"


# -- a share one OLD count is of another ---------------------------------------------
COUNTS_OLD = "Of the 120 members who voted, 40 backed the plan."


@pytest.mark.parametrize(
    "new, surface, status",
    [
        ("A third of the members backed the plan.", "A third", "derived"),
        ("About 33% of the members backed the plan.", "33%", "derived"),
        ("A quarter of the members backed the plan.", "A quarter", "flag"),
        ("About 40% of the members backed the plan.", "40%", "flag"),
    ],
)
def test_a_share_of_two_old_counts_is_derived(new, surface, status):
    assert judged(COUNTS_OLD, new, surface, status)


# -- a ratio of two OLD figures ---------------------------------------------------
def test_a_factor_of_two_old_figures_is_derived():
    old = "Output rose from 35 tonnes in May to 70 tonnes in June."
    assert status_of(old, "Output was twice as high in June.", "twice") == "derived"
    other = "Output rose from 35 tonnes in May to 90 tonnes in June."
    assert status_of(other, "Output was twice as high in June.", "twice") != "derived"


# -- how long an OLD range lasts -------------------------------------------------
@pytest.mark.parametrize(
    "old, new, surface, status",
    [
        ("She ran the ferry line from 2011 to 2017.", "She ran it for six years.", "six years", "derived"),
        ("She ran the ferry line from 2011 to 2017.", "She ran it for five years.", "five years", "flag"),
        ("He chaired the board between 1994 and 2004.", "He chaired it for a decade.", "a decade", "derived"),
        ("The road was shut from 4 May to 18 May 2020.", "It was shut for two weeks.", "two weeks", "derived"),
        ("The road was shut from 4 May to 18 May 2020.", "It was shut for 12 days.", "12 days", "flag"),
    ],
)  # fmt: skip
def test_the_length_of_an_old_range_is_derived(old, new, surface, status):
    assert judged(old, new, surface, status)


# -- an age from a birth date and another date -------------------------------------
AGE_OLD = "Lena Hart, born on 4 June 1995, won the title on 12 August 2018."


@pytest.mark.parametrize(
    "new, surface, status",
    [
        ("The 23-year-old won the title.", "23-year-old", "derived"),
        ("The 22-year-old won the title.", "22-year-old", "flag"),
        ("The 24-year-old won the title.", "24-year-old", "flag"),
    ],
)
def test_an_age_from_two_old_dates_is_derived(new, surface, status):
    assert judged(AGE_OLD, new, surface, status)


def test_an_age_needs_a_birth_date():
    old = "Lena Hart joined on 4 June 1995 and won the title on 12 August 2018."
    assert status_of(old, "The 23-year-old won the title.", "23-year-old") != "derived"
