"""Magnitude suffixes after digits (issue 11): "42m users", "3 B", "32k", "5.6M";
and the forms where the letter is a unit or a name."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def _quantities(sentence: str):
    return [(m.text, m.value, m.unit) for m in extract(sentence) if m.kind == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The app has 42m monthly users.", "42m", 42_000_000),
        ("It has 20m active monthly users.", "20m", 20_000_000),
        ("It has 1.5m users.", "1.5m", 1_500_000),
        ("The game passed 3 B downloads.", "3 B", 3_000_000_000),
        ("The site has 1.5b users.", "1.5b", 1_500_000_000),
        ("There were around 32k more.", "32k", 32_000),
        ("It raised 32k for charity.", "32k", 32_000),
        ("The 5.6M digital sales beat vinyl.", "5.6M", 5_600_000),
        ("A record 12M viewers tuned in.", "12M", 12_000_000),
    ],
)
def test_a_magnitude_suffix_scales_the_number(sentence, surface, value):
    assert _quantities(sentence) == [(surface, value, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He won the 800m final.", [("800m", 800, "metre")]),
        ("The tower is 42m above the sea.", [("42m", 42, "metre")]),
        ("It fell 300m into the valley.", [("300m", 300, "metre")]),
        ("She ran a 5k.", []),
        ("The 10k race starts at noon.", []),
        ("The 100M sprint was close.", []),
        ("He gave it a 3 B rating.", [("3", 3, None)]),
    ],
)
def test_the_letter_is_a_unit_or_a_name(sentence, expected):
    assert _quantities(sentence) == expected
