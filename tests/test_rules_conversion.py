"""Rule type conversion: a figure and its conversion agree at their written precision."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from tests.rules_helpers import run_rule, verdict


@pytest.mark.parametrize(
    "text",
    [
        "A 5,500-mile (8,900-km) frontier separates them.",  # 8,851 km at 2 s.f.
        "The ridge rises 2,000 feet (610 metres) above the town.",
        "Floodwater stood 3 feet (1 metre) deep.",  # 0.91 m at 1 s.f.
        "The reservoir holds 40 litres (10.6 gallons) per head.",
        "It is 62 miles (100 km) to the border.",
        "A 150-km (93-mile) convoy left at dawn.",
        "The 20-acre (8-hectare) site was sold.",
        "Speeds of 50 km/h (31 mph) are enforced.",
    ],
)
def test_conversions_that_agree_are_matches(text):
    assert verdict(text, "conversion") == "match"


@pytest.mark.parametrize(
    "text",
    [
        "The trail is 100 miles (260 km) long.",
        "The ridge rises 2,000 feet (810 metres) above the town.",
        "It is 62 miles (62 km) to the border.",
        "A 150-km (150-mile) convoy left at dawn.",
        "The 20-acre (20-hectare) site was sold.",
        "Speeds of 50 km/h (50 mph) are enforced.",
    ],
)
def test_conversions_that_disagree_are_conflicts(text):
    assert verdict(text, "conversion") == "conflict"


def test_conflict_message_gives_the_right_value():
    (f,) = run_rule("The trail is 100 miles (260 km) long.", "conversion")
    assert f.level == "error"
    assert "161" in f.message and "260 km" in f.message
    assert [m.text for m in f.mentions] == ["100 miles", "260 km"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures reached 40C (104F).", "match"),
        ("Temperatures reached 38C (100F).", "match"),
        ("It fell to -5C (23F) overnight.", "match"),
        ("Temperatures reached 40C (114F).", "conflict"),
        ("It fell to -5C (5F) overnight.", "conflict"),
        ("Temperatures rose by 10C (18F) in an hour.", "match"),  # a difference, not a reading
    ],
)
def test_temperatures_use_offsets(text, expected):
    assert verdict(text, "conversion") == expected


def test_currency_without_rates_is_unverifiable_and_never_a_conflict():
    found = run_rule("The ticket costs C$850 (about $620).", "conversion")
    assert [f.status for f in found] == ["unverifiable"]
    assert found[0].level == "info"
    assert verdict("The ticket costs C$850 (about $620).", "conversion", unverifiable=False) == (
        "none"
    )


def test_currency_with_a_rates_file(tmp_path):
    from factcheck.checks.conversion import load_rates

    rates = tmp_path / "rates.yaml"
    rates.write_text(
        "date: 2026-11-01\nbase: US dollar\nrates:\n  Canadian dollar: 0.73\n", encoding="utf-8"
    )
    loaded = load_rates(rates)
    assert loaded["rates"] == {"Canadian dollar": 0.73, "US dollar": 1.0}
    assert verdict("It costs C$850 (about $620).", "conversion", rates=rates) == "match"
    assert verdict("It costs C$850 (about $900).", "conversion", rates=rates) == "conflict"
    assert verdict("It costs C$850 (about $660).", "conversion", rates=rates) == "conflict"
    rates.write_text(
        "date: 2026-11-01\ntolerance: 0.1\nrates:\n  Canadian dollar: 0.73\n", encoding="utf-8"
    )
    assert verdict("It costs C$850 (about $660).", "conversion", rates=rates) == "match"


def test_unrelated_parentheses_are_not_pairs():
    assert verdict("The 5 km race (the 10th this year) starts at noon.", "conversion") == "none"
    assert verdict("He ran 5 km (in 19 minutes).", "conversion") == "none"


def test_seed_wire_story_conversion_is_consistent():
    """Acceptance: 5,500-mile / 8,900-km in the seed wire story is reported consistent."""
    from factcheck.checks import check_text

    text = shared_path("seeds", "border-asylum-wire.txt").read_text(encoding="utf-8")
    found = [f for f in check_text(text) if f.rule == "conversion"]
    pair = [f for f in found if "5,500" in f.mentions[0].text]
    assert [f.status for f in pair] == ["match"]
    assert text[pair[0].start : pair[0].end].startswith("5,500-mile (8,900-km")
    assert not [f for f in check_text(text) if f.status == "conflict"]
