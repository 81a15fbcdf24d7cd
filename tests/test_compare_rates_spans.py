"""Arithmetic a summary does with a span of time the original gives (compare/derive.py).

A rate ("almost two a month" for nine in five months) and the end of a span
("from 2011 to 2015" for "banned for four years in 2011") are new text but
no new fact: derived where the arithmetic holds, a flag where it does not.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from tests.test_compare_recount import status_of

OLD_RATE = "The agency logged nine break-ins at the depot in the first five months of 2019."


@pytest.mark.parametrize(
    "new, surface",
    [
        ("The depot had nine break-ins in five months, almost two a month.", "two"),
        ("Break-ins ran at about two a month.", "two"),
        ("There were 1.8 break-ins per month.", "1.8"),
    ],
)
def test_a_rate_a_count_over_a_span_gives_is_derived(new, surface):
    assert status_of(OLD_RATE, new, surface) == "derived"


@pytest.mark.parametrize(
    "new, surface",
    [
        ("Break-ins ran at three a month.", "three"),  # 1.8 is not three
        ("There were 2.5 break-ins per month.", "2.5"),  # paired with nine: still wrong
        ("Break-ins ran at more than two a month.", "two"),  # 1.8 is not more than two
        ("Two break-ins a year ago started it.", "Two"),  # "a year ago" is no rate
    ],
)
def test_a_rate_that_does_not_hold_is_not_derived(new, surface):
    assert status_of(OLD_RATE, new, surface) in ("added", "conflict")


def test_an_amount_over_years_gives_a_yearly_rate():
    old = "The council will spend £12m over three years on roads."
    assert status_of(old, "Roads get £4m a year.", "£4m") == "derived"
    assert status_of(old, "Roads get £5m a year.", "£5m") == "added"


OLD_SPAN = "The driver was banned for four years in 2011 after a crash. She raced again later."


@pytest.mark.parametrize(
    "new", ["She served a ban from 2011 to 2015.", "She was banned in 2011-15."]
)
def test_a_range_from_the_year_and_the_span_is_derived(new):
    found = [f for f in compare(OLD_SPAN, new) if f.status in ("conflict", "added", "derived")]
    assert [f.status for f in found] == ["derived"]
    assert "four years" in found[0].message


@pytest.mark.parametrize(
    "old, new",
    [
        (OLD_SPAN, "She served a ban from 2011 to 2016."),  # the wrong end
        # the span counts from another date: 2011 is not its start
        (
            "The driver was banned in 2011, four years after her debut.",
            "A ban ran from 2011 to 2015.",
        ),
    ],
)
def test_a_range_the_span_does_not_give_is_still_a_conflict(old, new):
    assert "conflict" in [f.status for f in compare(old, new)]
