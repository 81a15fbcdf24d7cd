"""False-alarm classes of the fourth hand audit of compare flags (issue 12).

bench/data/compare-audit4.json judges a random sample of the flags ``factcheck
compare`` gives on the 170 pairs of the first two audits that neither had
judged; each test here is one class of its false alarms, on sentences we invent
(``python bench/compare_audit.py`` re-measures the audits).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import flags

# ------------------------------------------------------------------ a conversion cut, its figure kept

YACHT_OLD = (
    "Coastguards said on Sunday that the damaged yacht, owned by a local sailing club, had "
    "been left two miles (3.2km) offshore near the old lighthouse. Its crew of four were "
    "taken to hospital. It was left two miles offshore overnight."
)


def test_a_repeat_given_back_to_its_first_mention_takes_its_conversion_along():
    # NEW's figure first pairs with the repeat, then moves to the first mention (the
    # repeat is the one dropped); the first mention's bracket goes with it
    new = "The crew of four went to hospital; the yacht stays two miles offshore."
    assert ("dropped", "3.2km", None) not in flags(YACHT_OLD, new)
    assert ("dropped", "two miles", None) in flags(YACHT_OLD, new)
    changed = flags(YACHT_OLD, new.replace("two miles", "three miles"))
    assert any(old in ("two miles", "3.2km") for _, old, _ in changed)


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Visitors to the park spend A$5bn (US$3.9bn, £2.7bn) each year, the board said.",
            "Visitors to the park spend A$5bn a year, the board said.",
        ),
        ("The stadium cost €400m ($450m; £350m) to build.", "The stadium cost €400m to build."),
        (
            "The bridge is 1,200 metres (3,937ft, or 0.75 miles) long.",
            "The bridge is 1,200 metres long.",
        ),
    ],
)
def test_each_conversion_of_one_bracket_is_the_kept_figure_s_own(old, new):
    assert flags(old, new) == []


def test_a_further_conversion_is_dropped_with_its_figure_or_beside_a_conversion_of_new():
    old = "Visitors to the park spend A$5bn (US$3.9bn, £2.7bn) each year, the board said."
    assert ("dropped", "£2.7bn", None) in flags(old, "Visitors to the park spend a lot.")
    # NEW gives a conversion of its own: OLD's others are not taken as said
    new = "Visitors to the park spend A$5bn (£2.9bn) a year, the board said."
    assert any(status != "match" for status, _, _ in flags(old, new))


# ------------------------------------------------------------------ the end of a month is its late part


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "The talks have stalled since the end of March, officials say.",
            "Officials say the talks, stalled since late March, go on.",
        ),
        (
            "Building work began at the beginning of June.",
            "Building work began in early June.",
        ),
    ],
)
def test_a_part_of_a_month_in_other_words_is_the_same_part(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "new", ["Work starts in early May.", "Work starts in mid-May.", "Work starts in May."]
)
def test_another_part_of_the_month_is_still_a_conflict(new):
    assert flags("Work starts at the end of May.", new)


# ------------------------------------------------------------------ a season after "come"


@pytest.mark.parametrize(
    "text, season",
    [
        ("The coach will weigh up his future come summer.", "summer"),
        ("Come spring, the road works start again.", "spring"),
        ("Prices will be different come the autumn.", "the autumn"),
    ],
)
def test_a_season_after_come_is_a_date(text, season):
    assert [m.text for m in extract(text) if m.kind == "date"] == [season]


def test_a_season_kept_after_come_is_not_dropped():
    old = "Reports say the coach will review his future in the summer."
    assert flags(old, "Recent reports say the coach will weigh his future come summer.") == []
    assert flags(old, "Recent reports say the coach will weigh his future come winter.")
