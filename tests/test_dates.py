"""Dates and times as news writes them: spans, ISO values, tense, datelines.

Every sentence here is invented for the tests. The reference day for most of
them is Monday 6 March 2017.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.sentences import split_sentences

REF = _dt.date(2017, 3, 6)  # a Monday


def dates(text: str, ref: _dt.date | None = REF):
    found = find_dates(text, split_sentences(text), ref)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.kind in ("date", "time") and m.value is None
    return found


def one(text: str, ref: _dt.date | None = REF):
    found = dates(text, ref)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    "text, surface, iso, grain",
    [
        ("As of Feb. 13, some claims had been made.", "Feb. 13", "2017-02-13", "day"),
        ("The plant opened on Sept. 5, 2015, in Ohio.", "Sept. 5, 2015", "2015-09-05", "day"),
        ("She was born on 12 August 2016 in Leeds.", "12 August 2016", "2016-08-12", "day"),
        ("The mine closed in March 1972.", "March 1972", "1972-03", "month"),
        ("The law took effect on 1 January.", "1 January", "2017-01-01", "day"),
        ("The talks ended on Dec. 30.", "Dec. 30", "2016-12-30", "day"),
        ("The council met in 2015 to vote.", "2015", "2015", "year"),
        ("The bakery has traded since 1959.", "1959", "1959", "year"),
        ("Prices rose in the 1970s.", "the 1970s", "197", "decade"),
        ("The report was published on 2016-11-04.", "2016-11-04", "2016-11-04", "day"),
    ],
)
def test_absolute_and_partial_dates(text, surface, iso, grain):
    m = one(text)
    assert (m.text, m.iso, m.grain, m.kind) == (surface, iso, grain, "date")


@pytest.mark.parametrize(
    "text, surface, iso, grain",
    [
        ("Officials met in Montreal last month.", "last month", "2017-02", "month"),
        ("Kelly is set to visit this month.", "this month", "2017-03", "month"),
        ("A decision is due next month.", "next month", "2017-04", "month"),
        ("Sales fell last year.", "last year", "2016", "year"),
        ("The mayor spoke yesterday.", "yesterday", "2017-03-05", "day"),
        ("The mayor will speak tomorrow.", "tomorrow", "2017-03-07", "day"),
        ("The bridge shut two years ago.", "two years ago", "2015", "year"),
        ("Talks stalled last week.", "last week", "2017-W09", "week"),
        ("Talks stalled earlier this week.", "earlier this week", "2017-W10", "week"),
    ],
)
def test_relative_dates_resolve_against_reference(text, surface, iso, grain):
    m = one(text)
    assert (m.text, m.iso, m.grain) == (surface, iso, grain)
    assert m.extra.get("relative") is True


def test_this_month_and_early_this_month_differ_by_qualifier():
    a = one("Kelly is set to visit Ottawa this month.")
    b = one("Kelly is set to visit Ottawa early this month.")
    assert a.iso == b.iso == "2017-03"
    assert (a.qualifier, b.qualifier) == ("exact", "early")
    assert b.text == "early this month"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("He was arrested on Monday.", "2017-03-06"),
        ("He was arrested on Friday.", "2017-03-03"),
        ("The talks will resume on Friday.", "2017-03-10"),
        ("The talks will resume on Monday.", "2017-03-13"),
        ("In May, the council voted to close the pool.", "2016-05"),
        ("The new pool will open in May.", "2017-05"),
        ("The pool closed in February.", "2017-02"),
        ("The pool is set to reopen in February.", "2018-02"),
    ],
)
def test_tense_decides_direction(text, iso):
    assert one(text).iso == iso


def test_mixed_tense_sentence_uses_the_nearest_verb():
    found = dates("The firm said on Friday that the plant will close in May.")
    assert [(m.text, m.iso) for m in found] == [("Friday", "2017-03-03"), ("May", "2017-05")]


def test_weekday_role_and_weekday_with_date():
    m = one("He was arrested on Monday.")
    assert m.role == "weekday" and m.extra["weekday"] == "Monday"
    m = one("The vote took place on Tuesday, March 15, 2016, in Ohio.")
    assert m.text == "Tuesday, March 15, 2016"
    assert m.iso == "2016-03-15" and m.extra["weekday"] == "Tuesday"


@pytest.mark.parametrize(
    "text, surface, iso",
    [
        (
            "He was in prison between March 1972 and October 1989.",
            "between March 1972 and October 1989",
            "1972-03/1989-10",
        ),
        ("The war lasted from 1914 to 1918.", "from 1914 to 1918", "1914/1918"),
        ("The fair ran from 10 to 12 February.", "from 10 to 12 February", "2017-02-10/2017-02-12"),
        ("In January and February, 143 people crossed.", "January and February", "2017-01/2017-02"),
        ("He managed the club in 1998-99.", "1998-99", "1998/1999"),
    ],
)
def test_ranges_are_one_mention_with_an_interval(text, surface, iso):
    m = one(text)
    assert (m.text, m.iso) == (surface, iso)


def test_two_separate_years_are_not_a_range():
    found = dates("The race was held in 2010 and 2015.")
    assert [(m.text, m.iso) for m in found] == [("2010", "2010"), ("2015", "2015")]


@pytest.mark.parametrize(
    "text, surface, iso, qualifier",
    [
        ("The blast came at 04:20 BST.", "04:20 BST", "T04:20", "exact"),
        ("Flights resumed at 5:30 AM GMT.", "5:30 AM GMT", "T05:30", "exact"),
        ("The polls close at 15:00.", "15:00", "T15:00", "exact"),
        (
            "Police were called shortly before 13:00.",
            "shortly before 13:00",
            "T13:00",
            "just before",
        ),
        ("The alarm went off at 4:20 am.", "4:20 am", "T04:20", "exact"),
        ("Fans arrived at about 14:15 BST.", "about 14:15 BST", "T14:15", "approximate"),
        ("The shop shuts at 5.30pm.", "5.30pm", "T17:30", "exact"),
        ("Bids close at 1800 GMT.", "1800 GMT", "T18:00", "exact"),
    ],
)
def test_times(text, surface, iso, qualifier):
    m = one(text)
    assert (m.kind, m.text, m.iso, m.grain, m.qualifier) == (
        "time",
        surface,
        iso,
        "time",
        qualifier,
    )


def test_time_takes_the_date_next_to_it():
    found = dates("Police arrested him at about 22:00 GMT on 12 November 2013.")
    assert [(m.text, m.iso) for m in found] == [
        ("about 22:00 GMT", "2013-11-12T22:00"),
        ("12 November 2013", "2013-11-12"),
    ]
    assert found[0].extra["tz"] == "GMT"


@pytest.mark.parametrize(
    "text",
    [
        "About 2000 people marched through the town.",
        "Tickets cost $42.10 each.",
        "Wales reached the semi-finals of Euro 2016.",
        "The A127 was closed after the crash.",
        "Cases of COVID-19 rose by 1500 over the period.",
        "The firm employs 1995 workers.",
        "She scored 2 goals and rated it 4.22 out of 5.",
        "Theresa May said the plan would work.",
        "The Sunday Times reported the story.",
        "Protesters joined a march through the city.",
        "Some 1,959 claims were filed.",
    ],
)
def test_negatives_are_not_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "However, Radio Kent Today has learned the depot will shut.",
        "The minister told Today that the plan was sound.",
        "Writing in USA Today, she said the vote was close.",
        "Speaking on Radio 4's Today programme, he said so.",
    ],
)
def test_today_after_a_word_of_its_sentence_is_a_name(text):
    """Prose writes the day "today"; a capitalised "Today" inside a sentence names a
    programme or a paper."""
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Today, the council will vote on the plan.",
        'He said: "Today we close the depot."',
        "(Today the council meets.)",
        "Depot Workers Walk Out Today",  # a title-case headline
        "The council met on Monday. Today it will vote.",
    ],
)
def test_today_opening_a_sentence_or_in_a_headline_is_the_day(text):
    assert [d.text for d in dates(text)][-1] == "Today"


def test_unresolved_without_reference_keeps_grain():
    found = dates("He was arrested on Monday and freed last month.", ref=None)
    assert [(m.text, m.iso, m.grain) for m in found] == [
        ("Monday", None, "day"),
        ("last month", None, "month"),
    ]
    assert found[0].extra["timex"] == "XXXX-WXX-1"
    m = one("As of Feb. 13, the count was rising.", ref=None)
    assert (m.iso, m.extra["timex"]) == (None, "XXXX-02-13")


def test_absolute_dates_need_no_reference():
    m = one("The plant opened on Sept. 5, 2015.", ref=None)
    assert m.iso == "2015-09-05"


def test_dateline_gives_the_reference():
    text = (
        "23 October 2015 Last updated at 17:44 BST\n"
        "The council voted on Monday to close the library last month."
    )
    found = dates(text, ref=None)
    by_text = {m.text: m for m in found}
    assert by_text["23 October 2015"].iso == "2015-10-23"
    assert by_text["Monday"].iso == "2015-10-19"
    assert by_text["last month"].iso == "2015-09"
    assert by_text["17:44 BST"].iso == "2015-10-23T17:44"


def test_wire_slug_is_not_a_dateline():
    text = "OTTAWA (Reuters) - Officials met in Montreal last month."
    assert one(text, ref=None).iso is None


def test_explicit_reference_wins_over_dateline():
    text = "23 October 2015 Last updated at 17:44 BST\nThe council met last month."
    by_text = {m.text: m for m in dates(text, ref=REF)}
    assert by_text["last month"].iso == "2017-02"


def test_offsets_are_exact_in_longer_copy():
    text = (
        "LONDON - The bank raised rates on Thursday.\n\n"
        "It last moved them in December 2008, and analysts expect another rise in September."
    )
    found = dates(text)
    assert [m.text for m in found] == ["Thursday", "December 2008", "September"]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_year_context_words():
    assert one("The 2012 remake flopped.").iso == "2012"
    assert one("Total Recall (1990) was a hit.").iso == "1990"
    assert one("Growth slowed in late 2016.").qualifier == "late"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The vote was held Feb. 13, 2018, a Tuesday, in the capital.", "Tuesday"),
        ("The fair closes on Sept. 3, 2021 (Friday) at noon.", "Friday"),
        ("Its last show, Sat. (June 5, 2021) was sold out.", "Sat."),
    ],
)
def test_a_weekday_written_beside_a_day_is_kept_on_the_date(text, word):
    """The weekday rule reads this field; it never re-reads the words around a date."""
    (m,) = [m for m in dates(text) if m.kind == "date" and any(c.isdigit() for c in m.text)]
    written, start, end = m.extra["weekday_beside"]
    assert written == word and text[start:end] == word


def test_a_weekday_in_running_prose_is_not_taken_for_the_dates():
    found = dates("By Feb. 13, 2018, a tuesday crowd had gone.")
    assert all("weekday_beside" not in m.extra for m in found)
