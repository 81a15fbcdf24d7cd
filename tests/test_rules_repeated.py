"""Rule type repeated: an age given twice for one person must be the same."""

from __future__ import annotations

import pytest

from tests.rules_helpers import run_rule, verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar Haddad, 37, opened the shop in 2015. Haddad, 73, said trade was slow.", "conflict"),
        ("Omar Haddad, 37, opened the shop in 2015. Haddad, 37, said trade was slow.", "none"),
        ("The 52-year-old Ines Moreau was elected. Moreau, 25, thanked voters.", "conflict"),
        (
            "Paul Brandt, 61, and his daughter Lena Brandt, 29, escaped. Brandt, 29, called police.",
            "none",
        ),
        ("Rita Cole, 44, and Sam Price, 71, were injured.", "none"),
    ],
)
def test_repeated_ages(text, expected):
    assert verdict(text, "repeated-age") == expected


def test_conflict_points_at_the_second_age():
    text = "Omar Haddad, 37, opened the shop.\n\nLater Haddad, 73, said trade was slow."
    (f,) = run_rule(text, "repeated-age")
    assert text[f.start : f.end] == "73"
    assert f.message == "Omar Haddad is 73 here but 37 earlier in the story"
    assert f.line == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Vela, 33, won the stage in Lyon. Vela, 34, said he was tired.", "conflict"),
        ("Tomas Vela, 33, won the stage in Lyon. Vela, 33, said he was tired.", "none"),
        ("Dr. Mira Osei, 48, works in New York. Osei, 84, said the job was hard.", "conflict"),
        (
            "Tomas Vela, 33, won in Lyon. Rosa Vela, 61, his mother, watched. Vela, 34, wept.",
            "none",
        ),
        ("Tomas Vela, 33, won the stage in Lyon. His uncle, Ivo Vela, 58, watched.", "none"),
    ],
)
def test_a_place_ending_the_sentence_before_is_not_part_of_the_name(text, expected):
    """ "... in Lyon. Vela, 34": the name is Vela, not "Lyon Vela"."""
    assert verdict(text, "repeated-age") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gov. Nadia Karim, 50, spoke first. Nadia Karim, 51, then left.", "conflict"),
        ("Gov. Nadia Karim, 50, spoke first. Karim, 50, then left.", "none"),
        ("Gov. Nadia Karim, 50, and Sen. Omar Karim, 61, spoke. Karim, 51, left.", "none"),
    ],
)
def test_an_abbreviation_before_a_name_is_not_part_of_it(text, expected):
    """ "Gov. Nadia Karim" is Nadia Karim: "Gov." is neither a title we know nor an initial."""
    assert verdict(text, "repeated-age") == expected
