"""Date and time classes seen in real rewrites and once left unread (issue 11).

A sports season placed by its word ("last season", "the preceding season"); a
part of a month written two ways ("mid-May" / "the middle of May"); a span
counted from the date told before with the clause ending after it ("the week
after."); hours, minutes and seconds as a time of day ("at 14:32:10 GMT") or as
a race's time ("was 2:05:03"). Each with the guards that keep prose prose.
Sentences invented.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factcheck import compare
from factcheck.extract import extract
from factcheck.extract.datenorm import date_norm

REF = _dt.date(2024, 3, 15)


def dates(text: str, ref=REF) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.iso, m.grain) for m in extract(text, ref) if m.kind == "date"]


def flags(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.status, f.old.text if f.old else None, f.new.text if f.new else None)
        for f in compare(old, new)
        if f.status != "match"
    ]


# -- a season placed by its word -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "norm"),
    [
        ("The striker scored 14 goals last season.", "last season", "last season"),
        ("This season the Hawks have lost once at home.", "This season", "this season"),
        ("The club hopes to be promoted next season.", "next season", "next season"),
        ("The academy opened in the past season.", "the past season", "last season"),
        ("He was their captain the previous season.", "the previous season", "last season"),
        ("She had been on loan in the preceding season.", "the preceding season", "last season"),
        ("The coming season starts in August.", "The coming season", "next season"),
        ("They were relegated in 2019 and the following season went bust.", "the following season",
         "following season"),
    ],
)  # fmt: skip
def test_a_season_placed_by_its_word_is_a_relative_date(sentence, surface, norm):
    found = [m for m in extract(sentence, REF) if m.kind == "date" and "season" in m.text]
    assert [m.text for m in found] == [surface]
    (m,) = found
    assert m.iso is None and m.grain == "season"  # a sports season spans two years
    assert m.extra["relative"] is True and m.extra["norm"] == norm


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the last season of the drama.",
        "His next season will be his last.",
        "Their last season in the top flight ended badly.",
        "This season of the quiz has eight episodes.",
        "The season ended early because of the weather.",
        "It was a season to forget.",
    ],
)
def test_a_season_of_one_thing_is_no_date(sentence):
    assert not [m for m in extract(sentence, REF) if m.kind == "date" and "season" in m.text]


def test_a_season_reworded_pairs_and_a_changed_one_is_a_conflict():
    old = "Mr Ansell joined Harlow last season and scored 12 goals."
    assert flags(old, "Mr Ansell joined Harlow in the previous season and scored 12 goals.") == []
    assert flags(old, "Mr Ansell joined Harlow in the preceding season and scored 12 goals.") == []
    assert flags(old, "Mr Ansell joined Harlow this season and scored 12 goals.") == [
        ("conflict", "last season", "this season")
    ]


def test_a_season_for_its_year_is_the_same_period():
    old = "Ms Ortega made her debut in this year's series of the show."
    assert flags(old, "Ms Ortega joined the cast of the show this season.") == []
    old = "The Larks were relegated last year after a poor run."
    assert flags(old, "The Larks were relegated last season after a poor run.") == []
    assert flags(old, "The Larks were relegated next season after a poor run.") != []


def test_a_season_the_rewrite_leaves_out_is_dropped():
    old = "The Larks are unbeaten in the league this season. They play the Owls on Sunday."
    new = "The Larks are unbeaten in the league. They play the Owls on Sunday."
    assert flags(old, new) == [("dropped", "this season", None)]


# -- a part of a month, written two ways -------------------------------------------


@pytest.mark.parametrize(
    "spelling", ["mid-May", "mid May", "the middle of May", "the middle of may", "Mid-May"]
)
def test_the_middle_of_a_month_has_one_spelling(spelling):
    assert date_norm(spelling) == "may"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The bridge will reopen in the middle of May.", "The bridge will reopen in mid-May."),
        ("The bridge will reopen in mid-May.", "The bridge will reopen in the middle of May."),
        ("The bridge will reopen in late May.", "The bridge will reopen at the end of May."),
        ("The bridge will reopen in early May.", "The bridge will reopen at the start of May."),
    ],
)
def test_a_part_of_a_month_reworded_pairs(old, new):
    assert flags(old, new) == []


def test_another_part_of_the_month_is_flagged():
    old = "The bridge will reopen in mid-May."
    assert flags(old, "The bridge will reopen in late May.") != []
    assert flags(old, "The bridge will reopen in mid-June.") != []


# -- a span counted from the date told before ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "iso", "norm"),
    [
        ("The pier shut on 4 March 2024. The week after, it reopened.", "The week after",
         "2024-03-11", "following week"),
        ("The pier shut in 2019. The year before, it had been sold.", "The year before",
         "2018", "last year"),
        ("The pier shut in May 2019. It reopened the month after.", "the month after",
         "2019-06", "following month"),
    ],
)  # fmt: skip
def test_a_unit_after_the_with_the_clause_ending_counts_from_the_date_before(
    sentence, surface, iso, norm
):
    found = [m for m in extract(sentence, REF) if m.text == surface]
    assert [(m.iso, m.extra["norm"]) for m in found] == [(iso, norm)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The week after the vote was quiet.",  # counted from the vote: unresolved, not a year
        "They spent the year before the merger abroad.",
    ],
)
def test_a_unit_before_an_event_is_not_counted_from_the_date_before(sentence):
    found = [m for m in extract(sentence, REF) if m.kind == "date"]
    assert all(m.iso is None for m in found)


def test_the_week_after_the_following_week_and_a_week_later_pair():
    old = "The minister resigned on 4 March 2024. The following week the talks collapsed."
    for new in (
        "The minister resigned on 4 March 2024. The talks collapsed the week after.",
        "The minister resigned on 4 March 2024. The talks collapsed a week later.",
    ):
        assert flags(old, new) == []
    # without a day to count from, the words decide
    old = "The minister resigned on Monday. The following week the talks collapsed."
    new = "The minister resigned on Monday. The talks collapsed the week after the resignation."
    assert flags(old, new) == []


# -- hours, minutes and seconds -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "iso"),
    [
        ("The quake struck at 14:32:10 local time.", "14:32:10 local time", "T14:32:10"),
        ("The first tremor came at 02:05:03 GMT.", "02:05:03 GMT", "T02:05:03"),
        ("The alarm sounded at 2:05:03 am.", "2:05:03 am", "T02:05:03"),
        ("The feed went dark by 23:59:59, staff said.", "by 23:59:59", "T23:59:59"),  # at most
    ],
)
def test_a_time_of_day_with_seconds(sentence, surface, iso):
    found = [(m.text, m.iso) for m in extract(sentence, REF) if m.kind == "time"]
    assert found == [(surface, iso)]


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("She won the marathon in 2:05:03.", "2:05:03", 7503),
        ("The winning time was 2:05:03, a course record.", "2:05:03", 7503),
        ("Her 2:18:44 was a personal best.", "2:18:44", 8324),
        ("He ran 1:02:03.4 to take the title.", "1:02:03.4", 3723.4),
        ("She crossed the line in 10:05:03 after a long day.", "10:05:03", 36303),
    ],
)
def test_a_race_time_of_three_parts(sentence, surface, seconds):
    found = [m for m in extract(sentence, REF) if m.text == surface]
    assert [(m.kind, m.value, m.unit) for m in found] == [("quantity", seconds, "second")]


def test_a_clock_with_seconds_and_no_cue_or_zone_is_no_figure():
    # a two-digit hour with seconds and nothing that says what it is: left out
    assert [m for m in extract("The clock read 14:32:10 when the power failed.", REF)] == []


def test_a_race_time_changed_is_a_conflict_and_kept_is_a_match():
    old = "She won the marathon in 2:05:03, a course record."
    assert flags(old, "She won the marathon in 2:05:03, a course record.") == []
    assert flags(old, "She won the marathon in 2:05:13, a course record.") == [
        ("conflict", "2:05:03", "2:05:13")
    ]
    old = "The quake struck at 14:32:10 GMT."
    assert flags(old, "The quake struck at 14:32:10 GMT.") == []
    assert flags(old, "The quake struck at 14:32:40 GMT.") != []


# -- a span counted from an event, as the date it gives -----------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The mayor quit on Monday. The following week the talks collapsed.",
         "The mayor quit on Monday. The talks collapsed a week after her resignation."),
        ("The mayor quit on Monday. The talks collapsed the week after her resignation.",
         "The mayor quit on Monday. The talks collapsed a week after her resignation."),
        ("The mayor quit on Monday. The next day the talks collapsed.",
         "The mayor quit on Monday. The talks collapsed a day after her resignation."),
        ("The mayor quit on 4 March 2024. The talks collapsed a week later.",
         "The mayor quit on 4 March 2024. The talks collapsed a week after the vote."),
        ("The mayor quit on Monday. The talks collapsed a day before the vote.",
         "The mayor quit on Monday. The talks had collapsed the day before."),
    ],
)  # fmt: skip
def test_a_span_from_an_event_pairs_with_the_date_it_gives(old, new):
    assert flags(old, new) == []
    assert flags(new, old) == []


@pytest.mark.parametrize(
    "new",
    [
        "The mayor quit on Monday. The talks collapsed a week after her resignation.",
        "The mayor quit on Monday. The talks collapsed a day before her resignation.",
        "The mayor quit on Monday. The talks collapsed two days after her resignation.",
    ],
)
def test_another_span_from_an_event_is_flagged(new):
    assert flags("The mayor quit on Monday. The next day the talks collapsed.", new) != []
