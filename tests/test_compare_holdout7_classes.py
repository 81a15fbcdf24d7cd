"""The classes behind the false alarms and the miss of the seventh blind compare set
(compare-holdout7.json).

A bracketed conversion after mojibake, a factor one version states as a verb, a span
"the decade since", "over a decade" saying when, and "the next morning" as a date.
Sentences are ours, with the same kinds of figures.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import flags

# ------------------------------------------------ a conversion after mojibake


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Drivers face a fine of up to 150 euros (Â£110) at the crossing.",
            "Drivers face a fine of up to €150 (£110) at the crossing.",
        ),
        (
            "The toll rises to about 40 dollars (Ã‚£31) next year.",
            "The toll rises to about $40 (£31) next year.",
        ),
    ],
)
def test_a_conversion_after_mojibake_takes_its_figures_qualifier(old, new):
    assert flags(old, new) == []


def test_a_conversion_after_mojibake_is_linked_to_its_figure():
    first, second = extract("a fine of up to 150 euros (Â£110) for each lorry")
    assert first.relation == second.relation == "conversion"
    assert first.linked == second.id


def test_a_changed_conversion_after_mojibake_is_still_flagged():
    old = "Drivers face a fine of up to 150 euros (Â£110) at the crossing."
    new = "Drivers face a fine of up to €150 (£130) at the crossing."
    assert [f[0] for f in flags(old, new)] == ["conflict"]


# ------------------------------------------------ a factor as a verb


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Since the plan was agreed the bill has doubled and the work took twice as long.",
            "Since the plan was agreed the bill has doubled and the build time doubled.",
        ),
        (
            "The queue at the clinic is three times as long as it was in spring.",
            "The queue at the clinic has tripled since spring.",
        ),
        (
            "Fares more than doubled over the winter.",
            "Fares rose more than twofold over the winter.",
        ),
        (
            "The herd is half the size it was when the farm opened.",
            "The herd has halved since the farm opened.",
        ),
    ],
)
def test_a_factor_one_version_states_as_a_verb_is_kept(old, new):
    assert flags(old, new) == []


def test_a_changed_factor_stated_as_a_verb_is_a_conflict():
    old = "The wait for a scan took twice as long as last year."
    new = "The wait for a scan has tripled since last year."
    assert [f[0] for f in flags(old, new)] == ["conflict"]


def test_a_factor_verb_alone_is_no_finding():
    old = "The council met in the hall on Monday."
    new = "The council met in the hall on Monday, and the rent has doubled."
    assert flags(old, new) == []


# ------------------------------------------------ "the decade since", "over a decade"


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "In the decade since the mill shut, the village lost its school.",
            "Over a decade, the village lost its school after the mill shut.",
        ),
        (
            "In the year since the flood, the bridge has stayed closed.",
            "The bridge has stayed closed for a year since the flood.",
        ),
    ],
)
def test_a_span_since_an_event_is_one_span(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "text",
    [
        "Over a decade, the cost of the tunnel doubled.",
        "Ticket sales rose 12% over a year.",
        "Over a fortnight, the river rose steadily.",
    ],
)
def test_over_before_a_duration_in_words_says_when(text):
    spans = [m for m in extract(text) if m.dimension == "time"]
    assert [m.qualifier for m in spans] == ["exact"]


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for over a year.",
        "The repair took over a decade.",
        "She has waited over a year for a hearing.",
    ],
)
def test_over_a_duration_stays_a_bound_after_for_took_and_waited(text):
    spans = [m for m in extract(text) if m.dimension == "time"]
    assert [m.qualifier for m in spans] == ["at_least"]


# ------------------------------------------------ "the next morning"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("They planned to meet on Friday but met the next morning instead.", "the next morning"),
        ("The ferry left at dawn and returned the following evening.", "the following evening"),
        ("Police were called again the same night.", "the same night"),
        ("She had argued with him the previous afternoon.", "the previous afternoon"),
    ],
)
def test_a_part_of_the_day_counted_from_the_last_date_is_a_date(text, phrase):
    dates = [m.text for m in extract(text) if m.kind == "date"]
    assert phrase in dates


def test_the_next_morning_reworded_as_later_is_a_vaguer_date():
    old = "The pair planned the raid for Friday night but carried it out the next morning."
    new = "The pair planned the raid for Friday night but carried it out later."
    assert flags(old, new) == [("conflict", "the next morning", "later")]


def test_the_next_morning_kept_in_other_words_matches():
    old = "The pair planned the raid for Friday night but carried it out the next morning."
    new = "The pair planned the raid for Friday night but carried it out the following morning."
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "The blaze began on 3 August. By 02:10 on 4 August, crews had it under control.",
            "The blaze began on 3 August and was under control the next morning.",
        ),
        (
            "The talks opened on 30 April and closed on 1 May.",
            "The talks opened on 30 April and closed the following day.",
        ),
    ],
)
def test_a_day_counted_from_a_day_without_a_year_is_that_day(old, new):
    assert not [f for f in flags(old, new) if f[0] == "conflict"]


def test_a_day_counted_across_the_end_of_february_is_not_known_without_a_year():
    found = extract("The talks opened on 28 February and closed the following day.")
    assert "timex" not in found[-1].extra


def test_a_day_counted_to_another_day_is_still_a_conflict():
    old = "The blaze began on 3 August and was out on 6 August."
    new = "The blaze began on 3 August and was out the next morning."
    assert flags(old, new) == [("conflict", "6 August", "the next morning")]


# ------------------------------------------------ "fast forward to today"


def test_fast_forward_to_today_is_nowadays_not_a_day():
    old = "The orchard was planted in 1998. Now it sells 40,000 apples a year."
    new = (
        "The orchard was planted in 1998. Fast forward to today, and it sells 40,000 apples a year."
    )
    assert flags(old, new) == []
