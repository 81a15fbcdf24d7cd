"""Rule type arithmetic: changes, directions, shares and totals must add up."""

from __future__ import annotations

import pytest

from tests.rules_helpers import run_rule, verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output rose from 80,000 barrels to 100,000 barrels, a 25% increase.", "match"),
        ("Output rose from 80,000 barrels to 100,000 barrels, a 20% increase.", "conflict"),
        ("Fares went up 10% to $2.20 from $2.", "match"),
        ("Fares went up 15% to $2.20 from $2.", "conflict"),
        ("The herd shrank 40% to 600 from 1,000 animals.", "match"),
        ("The herd shrank 40% to 1,400 from 1,000 animals.", "conflict"),
        ("Turnout fell 2 percentage points to 61% from 63%.", "match"),
        ("Applications rose 7 per cent to 3,210 from 3,000.", "match"),
    ],
)
def test_percentage_changes(text, expected):
    assert verdict(text, "arithmetic") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate fell to 2.9% from 3.4% in June.", "match"),
        ("The rate rose to 2.9% from 3.4% in June.", "conflict"),
        ("Debt climbed from $1.1 trillion to $1.4 trillion.", "match"),
        ("Debt dropped from $1.1 trillion to $1.4 trillion.", "conflict"),
        ("Membership reached 8,100, down from 9,000 in 2020.", "match"),
        ("Membership reached 9,100, down from 9,000 in 2020.", "conflict"),
        ("Inflation slowed to 2.1% from 2.6%, while wages rose to $18 from $17.", "match"),
    ],
)
def test_direction_words(text, expected):
    assert verdict(text, "arithmetic") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the five board members, or 80%, are men.", "match"),
        ("Four of the five board members, or 75%, are men.", "conflict"),
        ("Eighteen out of 24 flights (75%) were late.", "match"),
        ("Eighteen out of 24 flights (60%) were late.", "conflict"),
    ],
)
def test_shares(text, expected):
    assert verdict(text, "arithmetic") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund paid 40 claims in May and 25 in June, a total of 65.", "match"),
        ("The fund paid 40 claims in May and 25 in June, a total of 75.", "conflict"),
        (
            "Sales were $1.5 million, $2 million and $0.5 million, for a total of $4 million.",
            "match",
        ),
        (
            "Sales were $1.5 million, $2 million and $0.5 million, for a total of $5 million.",
            "conflict",
        ),
    ],
)
def test_totals(text, expected):
    assert verdict(text, "arithmetic") == expected


def test_message_says_what_the_figures_give():
    (f,) = run_rule("Fares went up 15% to $2.20 from $2.", "arithmetic")
    assert "10%" in f.message and f.extra["check"] == "change"
    (f,) = run_rule("The fund paid 40 claims in May and 25 in June, a total of 75.", "arithmetic")
    assert f.message == "40 + 25 = 65, not 75"


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 4% in May, the biggest rise since 2008.",
        "Of the 120 staff, 70 are women and 45 men.",
        "The index rose 1.2% to 7,500 points.",
        "A total of 300 people attended.",
        "Shares rose 20% after the firm said profit would reach $5 million, up from $4 million.",
        "Growth slowed to 1.5% in 2023 from 2.2% in 2022.",
        "Nearly 90% of the 2,000 homes had power by Friday.",
        "The 3 men, aged 25, 31 and 40, were charged.",
    ],
)
def test_negatives_say_nothing_wrong(text):
    assert verdict(text, "arithmetic") in ("none", "match")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of 300 nurses in the survey, 60 - or 20% - said they would leave.", "match"),
        ("Of 300 nurses in the survey, 60 - or 25% - said they would leave.", "conflict"),
        ("Of 300 nurses in the survey, 60, or 25%, said they would leave.", "conflict"),
        ("Of 300 nurses in the survey, 60 (25%) said they would leave.", "conflict"),
        ("Of 300 nurses in the survey, 60 \u2014 25% \u2014 said they would leave.", "conflict"),
        ("Out of 300 nurses asked last spring, 60 - or 20% - said they would leave.", "match"),
        ("Out of 300 nurses asked last spring, 60 - or 25% - said they would leave.", "conflict"),
    ],
)
def test_shares_with_the_whole_stated_first(text, expected):
    """ "Of N <noun phrase>, X - or P% -": the part and its share after the whole."""
    assert verdict(text, "arithmetic") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Of 300 nurses, 60 were men and 25% were over 50.",
        "Of 300 nurses in the survey, 60 were men and 25% were over 50.",
        "Of 300 nurses in the survey, 60 said pay was the problem; 25% said hours.",
        "Of 300 nurses in the survey, 60 mg doses (25%) were missed.",
    ],
)
def test_whole_stated_first_without_a_share_says_nothing(text):
    assert verdict(text, "arithmetic") == "none"


def test_each_check_can_be_switched_off():
    text = "Four of the five board members, or 75%, are men."
    assert verdict(text, "arithmetic", shares=False) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership grew by 300 to 1,500, or 25%.", "match"),
        ("Membership grew by 300 to 1,500, or 30%.", "conflict"),
        ("Rainfall of 40 mm was 20% lower than the 50 mm of last May.", "match"),
        ("Rainfall of 40 mm was 30% lower than the 50 mm of last May.", "conflict"),
        ("Traffic doubled from 9,000 to 18,500 vehicles a day.", "match"),
        ("Traffic doubled from 9,000 to 25,000 vehicles a day.", "conflict"),
        ("Traffic nearly doubled from 9,000 to 16,000 vehicles a day.", "no conflict"),
    ],
)
def test_deltas_comparisons_and_multiples(text, expected):
    got = verdict(text, "arithmetic")
    assert got == expected or (expected == "no conflict" and got != "conflict")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the three judges, or 33%, dissented.", "match"),
        ("One of the three judges, or 50%, dissented.", "conflict"),
        ("Not one of the 12 members (8%) voted.", "none"),
    ],
)
def test_one_of_y(text, expected):
    assert verdict(text, "arithmetic") == expected
