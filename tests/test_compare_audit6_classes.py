"""False-alarm classes of the sixth hand audit of compare flags (issue 12).

bench/data/compare-audit6.json judges every flag ``factcheck compare`` gives on
the pairs of audits 1-5 that none of them had judged; each test here is one class
of its false alarms, on sentences we invent (``python bench/compare_audit.py``
re-measures the audits).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import flags


def _figures(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.qualifier) for m in extract(text)]


# ------------------------------------------------------------------ a hedge on a range of years


@pytest.mark.parametrize("hedge", ["about", "around", "approximately", "roughly", "circa"])
def test_a_hedged_range_of_years_is_one_approximate_range(hedge):
    text = f"The mill probably ground flour from {hedge} 1812 to 1869, the society said."
    assert _figures(text) == [(f"from {hedge} 1812 to 1869", "approximate")]
    text = f"Records put the chapel's use between {hedge} 1650 and 1702."
    assert _figures(text) == [(f"between {hedge} 1650 and 1702", "approximate")]


@pytest.mark.parametrize(
    "new",
    [
        "The mill likely ground flour from approximately 1812 to 1869, the society said.",
        "The mill likely ground flour from roughly 1812 until 1869, the society said.",
        "The mill likely ground flour from around 1812 to 1869, the society said.",
        "The mill likely ground flour between about 1812 and 1869, the society said.",
    ],
)
def test_a_range_hedged_with_another_word_is_no_flag(new):
    old = "The mill probably ground flour from about 1812 to 1869, the society said."
    assert flags(old, new) == []


def test_a_hedge_cut_from_a_range_or_its_years_changed_is_still_flagged():
    old = "The mill probably ground flour from about 1812 to 1869, the society said."
    assert [f[0] for f in flags(old, old.replace("about ", ""))] == ["conflict"]
    assert [f[0] for f in flags(old, old.replace("1869", "1871"))] == ["conflict"]
    old_days = "The fair ran from about 12 to 15 May, the organisers said."
    assert flags(old_days, old_days.replace("about", "around")) == []
    assert [f[0] for f in flags(old_days, old_days.replace("about ", ""))] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "From about 1200 to 2400 staff were hired that year.",
        "Roughly 1990 to 1995 people signed the letter.",
    ],
)
def test_a_hedged_range_that_counts_something_is_no_date(text):
    assert [m.kind for m in extract(text) if m.text[0].isdigit()] == ["quantity"]


# ------------------------------------------------------------------ "up to" as a verb's particle


@pytest.mark.parametrize(
    "text",
    [
        "If the driver is convicted, the points will shoot up to six.",
        "Bus fares are going up to £2.50 in April.",
        "The club moved up to fourth after the win.",
        "Prices have gone up to £4 a litre.",
        "Shares were soaring up to 310p by midday.",
    ],
)
def test_up_to_after_a_verb_of_motion_is_no_bound(text):
    figure = next(m for m in extract(text) if m.kind != "date")
    assert figure.qualifier == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "The fine can go up to £500 for a first offence.",
        "Temperatures could shoot up to 31C on Friday.",
        "Drivers face up to six penalty points.",
        "The fine is up to 120 euros.",
    ],
)
def test_up_to_after_a_modal_or_no_such_verb_stays_a_bound(text):
    figure = next(m for m in extract(text) if m.kind != "date")
    assert figure.qualifier == "at_most"


def test_a_rise_said_with_shoot_up_to_is_no_flag():
    old = (
        "Drivers get three points and a fine. Points will increase to six if a court convicts them."
    )
    new = "Drivers get three points and a fine, and if convicted in court the points will shoot up to six."
    assert flags(old, new) == []
    bound = "Drivers get three points and a fine. Points can go up to six if a court convicts them."
    assert [f[0] for f in flags(old, bound)] == ["conflict"]


# ------------------------------------------------------------------ "be the first to know"


@pytest.mark.parametrize(
    "text",
    [
        "Want to be the first to know when the story updates? Refresh this page.",
        "Be the first to hear about our new shows.",
        "Updates will follow. Be the first to find out by signing up.",
        "Sign up to be the first to read the next chapter.",
        "Fans were keen to be the first to try the ride.",
    ],
)
def test_be_the_first_to_as_a_wish_or_an_invitation_is_no_rank(text):
    assert not [m for m in extract(text) if m.dimension == "ordinal"]


@pytest.mark.parametrize(
    "text",
    [
        "She was the first to cross the line in the women's race.",
        "He went on to be the first to win the title twice.",
        "They want to be the first team to win the league unbeaten.",
    ],
)
def test_the_first_to_as_a_fact_or_with_a_noun_stays_a_rank(text):
    assert [m.text for m in extract(text) if m.dimension == "ordinal"] == ["first"]


def test_an_invitation_added_by_a_rewrite_is_no_flag():
    old = "The story is being updated. Refresh the page for the latest version."
    new = "We're updating this story. Want to be the first to know more? Refresh the page."
    assert flags(old, new) == []
