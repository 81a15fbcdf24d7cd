"""Reference works write a measure with its symbol apart ("1,083 m", "720 g"), beside
its conversion or before a measure adjective: a lone letter apart from a number is
read as a unit only there (elsewhere "5 m" may be millions or a label). They say
when a thing was "first held" or "first built": an adverb, as "first awarded" is,
not a rank. Sentences are ours."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def units(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.unit) for m in extract(text) if m.kind == "quantity"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The spire rises 96 m above the nave.", [("96", None)]),
        ("The lighthouse is 38 m tall.", [("38 m", "metre")]),
        (
            "The summit of Carn Odhar reaches 941 m (3,087 ft).",
            [("941 m", "metre"), ("3,087 ft", "foot")],
        ),
        (
            "The race is rowed over 1 mile 550 yards (2,112 m) on the Wenn.",
            [("1 mile", "mile"), ("550 yards", "yard"), ("2,112 m", "metre")],
        ),
        (
            "Hens weigh 610–840 g (22–30 oz).",
            [("610–840 g", "gram"), ("22–30 oz", "ounce")],
        ),
        ("The club paid 5 m for the striker.", [("5", None)]),
    ],
)
def test_a_spaced_symbol_is_a_unit_beside_its_conversion_or_an_adjective(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize(
    "text,ordinals",
    [
        ("The fair was first held on the green in 1702.", []),
        ("The mill was first built of timber and later of stone.", []),
        ("The fair was first awarded a charter in 1702.", []),
        ("Her first run of the season was her best.", ["first"]),
        ("It was the first held under floodlights.", ["first"]),
        ("He lost the first set 4-6.", ["first"]),
    ],
)
def test_first_before_a_participle_after_be_or_have_is_an_adverb(text, ordinals):
    assert [m.text for m in extract(text) if m.role == "ordinal"] == ordinals
