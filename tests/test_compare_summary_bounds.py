"""A summary's true bound at its own precision, and conversions that are exact.

Sentences are ours; the measured sets are bench/data/compare-summaries*.json.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts


def flags(old: str, new: str, new_is: str = "summary") -> list[tuple[str, str]]:
    return [
        (f.status, (f.new or f.old).text)
        for f in compare_texts(old, new, new_is=new_is)
        if f.status in ("conflict", "added")
    ]


@pytest.mark.parametrize(
    "old,new",
    [
        ("She has won 36 caps for Wales.", "She has won more than 30 caps for Wales."),
        ("She has won 36 caps for Wales.", "She has won over 30 caps for Wales."),
        ("The club has 3,900 members.", "The club has more than 3,000 members."),
        ("The hall seats 470 people.", "The hall seats fewer than 500 people."),
    ],
)
def test_a_true_bound_at_the_summarys_precision_is_kept(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # false: 36 is not under 30
        ("She has won 36 caps for Wales.", "She has won fewer than 30 caps for Wales."),
        # true, but further than one step of its precision: it says another thing
        ("She has won 36 caps for Wales.", "She has won more than 20 caps for Wales."),
        # "more than 36" for 36 is false
        ("She has won 36 caps for Wales.", "She has won more than 36 caps for Wales."),
    ],
)
def test_a_bound_that_is_false_or_far_stays_a_conflict(old, new):
    assert [s for s, _ in flags(old, new)] == ["conflict"]


def test_a_rewrite_still_reports_the_bound():
    old, new = "She has won 36 caps for Wales.", "She has won more than 30 caps for Wales."
    assert flags(old, new, "rewrite") == [("conflict", "30")]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
@pytest.mark.parametrize(
    "old,new",
    [
        # a sum of exact parts: neither part is 182 minutes
        ("The operation lasted three hours 12 minutes.", "The operation lasted 182 minutes."),
        # an hour is exactly 60 minutes: no conversion slack
        ("The crossing took 3 hours.", "The crossing took 182 minutes."),
        ("The wall is 2 metres high.", "The wall is 203cm high."),
    ],
)
def test_an_exact_conversion_has_no_slack(old, new, new_is):
    assert [s for s, _ in flags(old, new, new_is)] == ["conflict"]


@pytest.mark.parametrize(
    "old,new",
    [
        ("The operation lasted three hours 12 minutes.", "The operation lasted 192 minutes."),
        ("The crossing took 3 hours.", "The crossing took 180 minutes."),
        ("The wall is 2 metres high.", "The wall is 200cm high."),
        # miles to kilometres is not exact: reporters round the conversion
        ("The walk is 5 miles long.", "The walk is 8km long."),
        ("He was jailed for 18 months.", "He was jailed for 1.5 years."),
    ],
)
def test_an_exact_or_loose_conversion_that_holds_is_kept(old, new):
    assert flags(old, new) == []


CLOSURE = (
    "Officers reopened the station just before 17:00 BST. Police had received reports "
    "of a suspect bag at about 14:00."
)


@pytest.mark.parametrize(
    "new",
    [
        "The station was closed after a bag was reported at about 14:00 and reopened just "
        "under three hours later.",
        "The station reopened 180 minutes after a suspect bag was reported.",
    ],
)
def test_the_time_between_two_clock_times_is_derived(new):
    assert flags(CLOSURE, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "The station reopened four hours after a bag was reported at about 14:00.",
        "The station reopened more than three hours after a bag was reported.",
    ],
)
def test_a_gap_the_clock_times_do_not_give_stays_flagged(new):
    assert [s for s, _ in flags(CLOSURE, new)] == ["added"]
