"""Dates news writes without a calendar word: spans counted from an event, and seasons.

Issue 11 (figures never extracted, shared/cases compare-cases "figure-never-extracted"):
"the day after polling", "the week before the vote", "the morning after the attack"
are dates counted from an event, kept unresolved; "in the autumn", "during the
summer", "a difficult winter" are seasons resolved by the sentence's tense. Every
sentence is ours. The reference day is Saturday 1 July 2017.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract

REF = _dt.date(2017, 7, 1)


def dates(text: str, ref: _dt.date | None = REF):
    found = [m for m in extract(text, ref) if m.kind == "date"]
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def only(text: str, ref: _dt.date | None = REF):
    found = dates(text, ref)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "grain", "event"),
    [
        ("The count was published the day after polling.", "the day after", "day", "polling"),
        ("Support slipped the week before the referendum.", "the week before", "week",
         "the referendum"),
        ("The morning after the storm, roads stayed shut.", "The morning after", "day",
         "the storm"),
        ("He was seen the night before his arrest.", "the night before", "day", "his arrest"),
        ("The shares fell the month after the merger.", "the month after", "month",
         "the merger"),
        ("Crowds gathered the weekend before the final.", "the weekend before", "week",
         "the final"),
        ("The year after the flood, the town rebuilt.", "The year after", "year", "the flood"),
        ("She resigned the day after she lost the vote.", "the day after", "day", "she"),
    ],
)  # fmt: skip
def test_a_span_counted_from_an_event_is_an_unresolved_date(text, surface, grain, event):
    m = only(text)
    assert (m.text, m.grain, m.iso) == (surface, grain, None)
    assert m.extra["relative"] is True and m.extra["event"] == event


@pytest.mark.parametrize(
    "text",
    [
        "In the days after the crash, police searched the hills.",  # no span of one size
        "The shop shut the day after that.",  # counted from something told before
        "He left the night before 5 May.",  # a date follows: not an event
        "They met the week before Christmas.",
    ],
)
def test_no_event_after_the_edge_makes_no_event_date(text):
    assert all("event" not in m.extra for m in dates(text))


def test_a_count_of_days_from_an_event_stays_a_duration():
    found = extract("Two days after the crash, the minister resigned.")
    assert [(m.kind, m.text, m.value, m.unit) for m in found] == [
        ("quantity", "Two days", 2, "day")
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("It rained the year before last.", "2015"),
        ("Prices rose the month before last.", "2017-05"),
        ("He left the night before last.", "2017-06-29"),
    ],
)
def test_the_span_before_last_counts_back_from_the_reference_day(text, iso):
    assert only(text).iso == iso


@pytest.mark.parametrize(
    ("text", "surface", "iso", "qualifier"),
    [
        ("He scored twice in the autumn.", "the autumn", "2016-FA", "exact"),
        ("The pier will reopen in the spring.", "the spring", "2018-SP", "exact"),
        ("The lake froze during the winter.", "the winter", "2016-WI", "exact"),
        ("Work slowed over the summer, the builder said.", "the summer", "2017-SU", "exact"),
        ("The road will be finished by late autumn.", "late autumn", "2017-FA", "late"),
        ("In spring, the club was sold.", "spring", "2017-SP", "exact"),
        ("Crowds grew in the summer months.", "the summer", "2017-SU", "exact"),
        ("England had a difficult summer, losing both series.", "summer", "2017-SU", "exact"),
        ("It was a wet winter for the farmers.", "winter", "2016-WI", "exact"),
    ],
)
def test_a_season_after_a_preposition_or_an_adjective_is_a_date(text, surface, iso, qualifier):
    m = only(text)
    assert (m.text, m.grain, m.iso, m.qualifier) == (surface, "season", iso, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("The plant opened last summer.", "last summer", "2016-SU"),
        ("Talks resume this spring.", "this spring", "2017-SP"),
        ("In the winter of 2010, the canal froze.", "the winter of 2010", "2010-WI"),
        ("Sales fell in autumn 2019.", "autumn 2019", "2019-FA"),
        ("The firm moved to Ohio last fall.", "last fall", "2016-FA"),
        ("Classes resume in fall 2018.", "fall 2018", "2018-FA"),
    ],
)
def test_seasons_with_a_year_or_a_modifier_keep_their_reading(text, surface, iso):
    m = only(text)
    assert (m.text, m.iso) == (surface, iso)


@pytest.mark.parametrize(
    "text",
    [
        "They sat basking in the winter sun.",  # a noun after the season
        "In the Autumn Statement, the minister spoke.",  # a name
        "He was in the autumn of his career.",  # "of" and no year
        "She took a summer job at the pier.",
        "After the fall in prices, shares rose.",  # "fall" only with a year or "last"
        "This fall in prices hurt the farmers.",
        "They had an early spring this year.",
    ],
)
def test_a_season_word_that_names_no_season_is_no_date(text):
    assert not [m for m in dates(text) if m.grain == "season"]


@pytest.mark.parametrize(
    ("ref", "text", "iso"),
    [
        (_dt.date(2017, 1, 15), "The canal froze in the winter.", "2016-WI"),
        (_dt.date(2017, 1, 15), "The canal will freeze in the winter.", "2016-WI"),
        (_dt.date(2017, 12, 15), "The canal will freeze in the winter.", "2017-WI"),
        (_dt.date(2017, 10, 15), "The canal froze in the winter.", "2016-WI"),
        (_dt.date(2017, 2, 15), "The fair opened in the summer.", "2016-SU"),
        (_dt.date(2017, 10, 15), "The fair will open in the summer.", "2018-SU"),
    ],
)
def test_a_bare_season_is_the_last_one_in_the_past_and_the_next_in_the_future(ref, text, iso):
    assert only(text, ref).iso == iso


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The result was announced the day after polling.", "The result was announced."),
        ("He scored twice in the autumn.", "He scored twice recently."),
        ("Support slipped the week before the vote.", "Support slipped."),
    ],
)
def test_compare_flags_a_dropped_event_date_or_season(old, new):
    statuses = [f.status for f in compare_texts(old, new)]
    assert "dropped" in statuses and "added" not in statuses


def test_compare_pairs_a_season_reworded_with_an_adjective():
    old = "The team lost both series in the summer, against Peru and Chile."
    new = "The team had a dismal summer, losing both series against Peru and Chile."
    found = compare_texts(old, new)
    assert not [f for f in found if f.status in ("dropped", "added", "conflict")]
    # and the two seasons are paired, not both left out of the comparison
    assert [(f.status, f.old.text, f.new.text) for f in found if f.old and f.new] == [
        ("match", "the summer", "summer")
    ]
