"""Rule type plausibility: figures that cannot be true on their face."""

from __future__ import annotations

import pytest

from tests.rules_helpers import verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 140-year-old woman was rescued.", "conflict"),
        ("A 104-year-old woman was rescued.", "none"),
        ("The party won 104% of the vote.", "conflict"),
        ("The party won 44% of the vote.", "none"),
        ("Exports rose 140% last year.", "none"),
        ("The plant ran at 120% of capacity.", "none"),
        ("The castle is 900 years old.", "none"),  # not a person
        ("The oak, a 400-year-old tree, fell in the storm.", "none"),
    ],
)
def test_ages_and_shares(text, expected):
    assert verdict(text, "plausibility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was opened on June 3, 2027, officials said.", "conflict"),
        ("The bridge will be opened on June 3, 2027, officials said.", "none"),
        ("The bridge is expected to open in June 2027.", "none"),
        ("The bridge was opened on June 3, 2025, officials said.", "none"),
    ],
)
def test_past_tense_after_the_dateline(text, expected):
    assert verdict(text, "plausibility", date="2026-01-15") == expected


def test_no_dateline_no_verdict():
    assert verdict("The bridge was opened on June 3, 2027.", "plausibility") == "none"
