"""Resolution details: calendar arithmetic, tense markers, datelines, anchors.

Sentences are invented. Reference days: Monday 6 March 2017 unless stated.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factcheck.extract import calendar as cal
from factcheck.extract import extract
from factcheck.extract.dateline import find_dateline
from factcheck.extract.dates import find_dates
from factcheck.extract.sentences import split_sentences
from factcheck.extract.tense import FUTURE, PAST, tense_near

REF = _dt.date(2017, 3, 6)


def dates(text: str, ref: _dt.date | None = REF):
    return [(m.text, m.iso) for m in find_dates(text, split_sentences(text), ref)]


@pytest.mark.parametrize(
    "sentence, date, tense",
    [
        ("He was arrested on Monday.", "Monday", PAST),
        ("The talks will resume on Friday.", "Friday", FUTURE),
        ("The report is expected to be published on Tuesday.", "Tuesday", FUTURE),
        ("Schools will remain closed until Friday.", "Friday", FUTURE),
        ("The plan is set to be approved in May.", "May", FUTURE),
        ("The council voted in May.", "May", PAST),
        ("In May the weather improved.", "May", PAST),
        ("Tickets for the match on 14 February sold out.", "14 February", None),
        ("Figures for January will be released on 17 February.", "January", None),
        ("The company reports its results on Tuesday.", "Tuesday", FUTURE),
        ("Temperatures are expected to hit 35C by Friday.", "Friday", FUTURE),
    ],
)
def test_tense_near_the_date(sentence, date, tense):
    start = sentence.index(date)
    assert tense_near(sentence, 0, len(sentence), start, start + len(date)) == tense


def test_weekday_direction_around_the_reference_day():
    # past: on or before the reference day; future: strictly after it
    assert cal.weekday_date(0, REF, PAST, None) == _dt.date(2017, 3, 6)
    assert cal.weekday_date(0, REF, FUTURE, None) == _dt.date(2017, 3, 13)
    # "last"/"next" name the previous/next calendar week; "this" the current one
    assert cal.weekday_date(6, REF, None, "last") == _dt.date(2017, 3, 5)
    assert cal.weekday_date(6, REF, None, "next") == _dt.date(2017, 3, 19)
    assert cal.weekday_date(4, REF, None, "this") == _dt.date(2017, 3, 10)
    # no tense: the nearer one
    assert cal.weekday_date(5, REF, None, None) == _dt.date(2017, 3, 4)


def test_month_and_day_month_years():
    assert cal.month_year(12, REF, PAST, None) == 2016
    assert cal.month_year(12, REF, FUTURE, None) == 2017
    assert cal.month_year(3, REF, PAST, None) == 2017
    assert cal.month_year(8, REF, None, "last") == 2016
    assert cal.day_month_year(12, 30, REF, PAST) == 2016
    assert cal.day_month_year(1, 4, _dt.date(2018, 12, 20), FUTURE) == 2019


def test_easter_and_holidays():
    assert cal.easter(2016) == _dt.date(2016, 3, 27)
    assert cal.easter(2019) == _dt.date(2019, 4, 21)
    assert dates("The trains ran a reduced service on Easter Monday.", _dt.date(2016, 4, 10)) == [
        ("Easter Monday", "2016-03-28")
    ]
    assert dates("The shops will close on Christmas Day.") == [("Christmas Day", "2017-12-25")]
    assert dates("The Christmas tree was lit in the square.") == []


@pytest.mark.parametrize(
    "head, day",
    [
        ("23 October 2015 Last updated at 17:44 BST\nText.", _dt.date(2015, 10, 23)),
        ("Published: March 6, 2017\nText.", _dt.date(2017, 3, 6)),
        ("Mon Mar 6, 2017 | 4:15pm EST\nText.", _dt.date(2017, 3, 6)),
        ("Updated 2017-03-06\nText.", _dt.date(2017, 3, 6)),
        ("6 March 2017\nThe text starts here.", _dt.date(2017, 3, 6)),
        ("By Jo Smith\nBBC News\n12 March 2016\nThe council voted.", _dt.date(2016, 3, 12)),
        ("The council voted on\n12 March 2016\nto close it.", None),
        ("OTTAWA (Reuters) - Officials met last month.", None),
        ("He died on 6 March 2017, 14:00 GMT, in hospital.", None),
    ],
)
def test_dateline_forms(head, day):
    found = find_dateline(head)
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sales fell 20% in March 2016 compared with a year earlier.",
            [("March 2016", "2016-03"), ("a year earlier", "2015-03")],
        ),
        (
            "The ship sank on 15 April 1912; the wreck was found two days later.",
            [("15 April 1912", "1912-04-15"), ("two days later", "1912-04-17")],
        ),
        ("Prices rose a year earlier.", [("a year earlier", None)]),
    ],
)
def test_anchored_expressions_count_from_the_previous_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police said the attack happened last night.", [("last night", "2017-03-05")]),
        ("Officers returned this morning.", [("this morning", "2017-03-06")]),
        ("Results will be known in 10 days' time.", [("in 10 days' time", "2017-03-16")]),
        ("The shop shut a fortnight ago.", [("a fortnight ago", "2017-02-20")]),
        ("Growth picked up in mid-2015.", [("mid-2015", "2015")]),
        ("Sales rose in the third quarter of 2016.", [("the third quarter of 2016", "2016-Q3")]),
        ("He was born in the summer of 1969.", [("the summer of 1969", "1969-SU")]),
        ("The 1500s saw big change.", [("The 1500s", "15")]),
        ("Growth was slow in the 2000s.", [("the 2000s", "200")]),
        (
            "Insurers expect claims to be settled by the end of the year.",
            [("the end of the year", "2017")],
        ),
        ("The trial is expected to start in March next year.", [("March next year", "2018-03")]),
        ("The match was postponed at the weekend.", [("the weekend", "2017-W09-WE")]),
        ("More rain is forecast for the weekend.", [("the weekend", "2017-W10-WE")]),
        ("The president will visit the town on Monday evening.", [("Monday", "2017-03-06")]),
        ("The law comes into force on 1 April next year.", [("1 April next year", "2018-04-01")]),
        ("The manifesto was published in early May.", [("early May", "2016-05")]),
        ("It happened on the 21st.", [("the 21st", "2017-02-21")]),
        ("The vote is on the 27th.", [("the 27th", "2017-03-27")]),
        ("The raid came on Friday the 13th.", [("Friday the 13th", "2017-01-13")]),
        ("Its shares have fallen 40% since January.", [("January", "2017-01")]),
        ("They debate this coming Sunday.", [("this coming Sunday", "2017-03-12")]),
        ("Officers sealed off the street late on Monday.", [("late on Monday", "2017-03-06")]),
        (
            "The team flew out on Sunday ahead of Tuesday's match.",
            [("Sunday", "2017-03-05"), ("Tuesday", "2017-03-07")],
        ),
        (
            "Profits for 2016 will be published on 28 March.",
            [("2016", "2016"), ("28 March", "2017-03-28")],
        ),
        ("North Korea took part in the 2014 Asian Games.", [("2014", "2014")]),
        ("The hearing was adjourned until April 12.", [("April 12", "2017-04-12")]),
        ("Britain was due to leave on 31 March.", [("31 March", "2017-03-31")]),
        (
            "The bill passed on 22 February but was paused the same day.",
            [("22 February", "2017-02-22"), ("the same day", "2017-02-22")],
        ),
        ("The dig ran from May to August.", [("from May to August", "2016-05/2016-08")]),
        (
            "The inquiry sat from Monday to Thursday last week.",
            [("from Monday to Thursday last week", "2017-02-27/2017-03-02")],
        ),
    ],
)
def test_more_relative_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He ran the mile in 3:59.4 last year.".replace(" last year", ""),
        "The map has a 1:50,000 scale.",
        "The coldest January on record was bitter.",
        "Shares rose 10.30 points.",
        "The market opens every Friday.",
        "Sheffield Wednesday won 3-2.",
        "He lives on the 27th floor.",
        "He made a birdie on the 18th.",
        "The last December election was held long ago.",
        "Tickets for 2000 fans were sold.",
    ],
)
def test_more_negatives(text):
    assert dates(text) == []


def test_extract_claims_dates_before_quantities():
    text = "As of Feb. 13, 2017, some 3,800 people had applied, up from 2000 people in 2016."
    mentions = extract(text, "2017-03-06")
    by_text = {m.text: m for m in mentions}
    assert by_text["Feb. 13, 2017"].kind == "date"
    assert by_text["2016"].kind == "date"
    assert not any(m.kind == "date" and "2000" in m.text for m in mentions)
    assert not any(m.kind == "quantity" and m.text in ("2017", "13", "2016") for m in mentions)


def test_every_iso_form_is_well_formed():
    text = (
        "The blast came at 04:20 BST on 12 August 2016. Profits fell last week and last month. "
        "He was in prison between March 1972 and October 1989, in the 1970s and in Q3 2016."
    )
    isos = {m.text: m.iso for m in find_dates(text, split_sentences(text), REF)}
    assert isos == {
        "04:20 BST": "2016-08-12T04:20",
        "12 August 2016": "2016-08-12",
        "last week": "2017-W09",
        "last month": "2017-02",
        "between March 1972 and October 1989": "1972-03/1989-10",
        "the 1970s": "197",
        "Q3 2016": "2016-Q3",
    }


def test_impossible_days_are_kept_but_marked_invalid():
    text = "The letter was dated Feb. 30, and the deal closed on 29 February 2017."
    found = find_dates(text, split_sentences(text), REF)
    assert [(m.text, m.iso, m.extra.get("invalid")) for m in found] == [
        ("Feb. 30", None, True),
        ("29 February 2017", None, True),
    ]
    assert dates("The vote was held on 29 February.") == [("29 February", "2016-02-29")]
