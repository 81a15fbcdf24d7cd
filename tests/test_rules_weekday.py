"""Rule type weekday: a weekday next to a full date must be that date's weekday."""

from __future__ import annotations

import pytest

from tests.rules_helpers import run_rule, verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was held on Monday, Feb. 13, 2017.", "match"),
        ("The vote was held on Tuesday, Feb. 13, 2017.", "conflict"),
        ("Thursday, Dec. 24, 2026, is a half day.", "match"),
        ("Friday, Dec. 24, 2026, is a half day.", "conflict"),
        ("The strike began on Sunday 1 March 2020.", "match"),
        ("The strike began on Saturday 1 March 2020.", "conflict"),
        ("They met on Feb. 13, 2017 (a Monday).", "match"),
        ("The shop was closed on Feb. 13, 2017.", "none"),
        ("They wed Feb. 13, 2017, in Ohio.", "none"),  # 'wed' is a verb here
    ],
)
def test_weekdays(text, expected):
    assert verdict(text, "weekday") == expected


def test_conflict_names_the_actual_day():
    (f,) = run_rule("The vote was held on Tuesday, Feb. 13, 2017.", "weekday")
    assert f.message == "Feb. 13, 2017 was a Monday, not a Tuesday"
    text = "The vote was held on Tuesday, Feb. 13, 2017."
    assert text[f.start : f.end] == "Tuesday, Feb. 13, 2017"


def test_dates_without_a_year_use_the_reference_date():
    text = "The vote was held on Tuesday, Feb. 13."
    assert verdict(text, "weekday", date="2017-03-01") == "conflict"
    assert verdict(text, "weekday", date="2018-03-01") == "match"
    assert verdict(text, "weekday", date="2017-03-01", inferred_years=False) == "none"
