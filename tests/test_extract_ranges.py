"""Ranges as news writes them (issue 11): each class in several forms we wrote,
and the forms that stay two figures (a change and the level it reached)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def _quantities(sentence: str):
    return [m for m in extract(sentence) if m.kind == "quantity"]


def _one_range(sentence: str):
    found = _quantities(sentence)
    assert len(found) == 1, [(m.text, m.value, m.low, m.high) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "unit"),
    [
        # the unit on both ends
        ("Wages are expected to rise 3% to 4% next year.", "3% to 4%", 3, 4, "percent"),
        ("It was 20% to 30% cheaper than last year.", "20% to 30%", 20, 30, "percent"),
        ("Rents are forecast to climb 2% to 3% a year.", "2% to 3%", 2, 3, "percent"),
        ("Output could fall by 1% to 2% this year.", "1% to 2%", 1, 2, "percent"),
        ("Nights will be 5C to 7C.", "5C to 7C", 5, 7, "degree Celsius"),
        # after "between"
        ("Growth could slow to between 2% and 3%.", "2% and 3%", 2, 3, "percent"),
        ("Fares will rise between 5% and 7%.", "5% and 7%", 5, 7, "percent"),
        ("The deal is worth between $5m and $10m.", "$5m and $10m", 5e6, 1e7, "US dollar"),
        # ends of different scale
        (
            "Condos range from $400,000 to $2.1 million.",
            "$400,000 to $2.1 million",
            400_000,
            2_100_000,
            "US dollar",
        ),
        ("Estimates run from £500,000 to £1.2m.", "£500,000 to £1.2m", 500_000, 1_200_000, None),
        # after a change verb and "by", the unit after the high end
        ("The bill would cut costs by 4 to 6 per cent.", "4 to 6 per cent", 4, 6, "percent"),
        ("The drug cut deaths by 20 to 30 per cent.", "20 to 30 per cent", 20, 30, "percent"),
        (
            "Sea temperatures climbed by 2 to 2.5 degrees Celsius.",
            "2 to 2.5 degrees Celsius",
            2,
            2.5,
            "degree Celsius",
        ),
        # starting at "one"
        ("They were jobless for one to two years.", "one to two years", 1, 2, "year"),
        ("It takes one to three days to arrive.", "one to three days", 1, 3, "day"),
        # scale words over the range
        ("There are seven to eight thousand runners.", "seven to eight thousand", 7000, 8000, None),
        ("About five to six million people watched.", "five to six million", 5e6, 6e6, None),
        ("Some three or four thousand came.", "three or four thousand", 3000, 4000, None),
        (
            "Some two to three hundred thousand people came.",
            "two to three hundred thousand",
            200_000,
            300_000,
            None,
        ),
    ],
)
def test_a_range_is_one_figure(sentence, surface, low, high, unit):
    m = _one_range(sentence)
    assert (m.text, m.low, m.high) == (surface, low, high)
    if unit is not None:
        assert m.unit == unit


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The bill would cut costs by 4 to 6 per cent.", "down"),
        ("Sea temperatures climbed by 2 to 2.5 degrees Celsius.", "up"),
        ("Wages are expected to rise 3% to 4% next year.", "up"),
        ("Costs were cut by 5%.", "down"),
        ("They slashed prices by 20%.", "down"),
    ],
)
def test_the_change_of_a_range_and_of_a_cut(sentence, change):
    assert [m.change for m in _quantities(sentence)] == [change]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Unemployment rose 0.3% to 4.1%.", [0.3, 4.1]),  # the change, then the level
        ("Shares fell by 2% to 3.5%.", [2, 3.5]),
        ("Prices rose by 2% to 3% last year.", [2, 3]),  # happened: amount and level
        ("Prices rose from 3% to 4%.", [3, 4]),
        ("It costs 12 per cent to 38,000.", [12, 38_000]),
        ("The firm grew from 1200 to 2400 staff.", [1200, 2400]),
    ],
)
def test_a_change_and_its_level_stay_two_figures(sentence, values):
    assert [m.value for m in _quantities(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("There were 6 hundred million viewers.", 600_000_000),
        ("It cost £3 hundred thousand.", 300_000),
        ("He has 5 hundred fans.", 500),
    ],
)
def test_a_scale_word_after_hundred_multiplies(sentence, value):
    assert [m.value for m in _quantities(sentence)] == [value]


def test_one_to_one_stays_a_pronoun():
    assert not _quantities("They met one to one.")
