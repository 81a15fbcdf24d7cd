"""Dates written in forms news copy and its rewrites use besides the plain one.

Lower-cased or tokenised sources ("until friday evening , officials said ."),
a year in a title's bracket ("Dark Water (1997 film)"), "pre-1999" and
"post-2008": each is read as the same date written plainly, and each has a
guard that the words it shares with prose stay prose. Sentences invented.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.iso) for m in extract(text) if m.kind == "date"]


# -- lower-cased and tokenised sources ---------------------------------------------


def test_weekday_in_a_lower_cased_source():
    found = dates("the bridge will stay shut until friday evening , engineers said .")
    assert [t for t, _ in found] == ["friday"]


def test_month_and_full_date_in_a_lower_cased_source():
    found = dates("the fair ran from april 3 , 2015 to september 9 , 2017 in york .")
    assert found == [("from april 3 , 2015 to september 9 , 2017", "2015-04-03/2017-09-09")]


def test_may_and_march_in_a_lower_cased_source_need_a_year_or_a_day():
    assert dates("rates may 4 times rise , traders said .") == []
    assert "march" not in [t for t, _ in dates("they march on the town hall tonight .")]
    assert dates("the talks ended on 3 march 2016 .") == [("3 march 2016", "2016-03-03")]
    assert dates("it opened in may 2019 .") == [("may 2019", "2019-05")]


def test_capitalised_text_keeps_lower_case_words_as_words():
    """Only a text with no capital at all is read as lower-cased."""
    assert dates("They will friday the fish, he said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot opened on March 4 , 2011 in Derby .", ("March 4 , 2011", "2011-03-04")),
        ("The depot opened on 4 March , 2011 in Derby .", ("4 March , 2011", "2011-03-04")),
        ("The depot opened in March , 2011 .", ("March , 2011", "2011-03")),
    ],
)
def test_space_before_the_comma_of_a_tokenised_date(text, expected):
    assert dates(text) == [expected]


# -- a year in a bracket after a title ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He starred in Dark Water (1997 film), a drama.",
        "He starred in Dark Water ( 1997 film ) , a drama .",
        "The score of Cold Coast (1997 album) was reissued.",
    ],
)
def test_year_in_a_title_note_is_a_year(text):
    assert [iso for _, iso in dates(text)] == ["1997"]


def test_count_in_a_bracket_stays_a_count():
    assert dates("A crowd (2000 fans) filled the square.") == []


# -- pre-, post- and mid- a year ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The pre-1997 contracts were cancelled.", "1997"),
        ("Post-2008 rules tightened lending.", "2008"),
        ("Prices peaked in mid-2014.", "2014"),
    ],
)
def test_year_after_a_period_prefix(text, iso):
    assert [i for _, i in dates(text)] == [iso]


def test_prefix_glued_to_another_word_is_no_year():
    assert dates("The prepost-1997 code was dropped.") == []


# -- relative dates counted from the date told before ----------------------------------


def test_month_of_the_previous_year_counts_from_the_date_before():
    found = dates("In May 2016 orders hit a low not seen since August of the previous year.")
    assert found == [("May 2016", "2016-05"), ("August of the previous year", "2015-08")]


def test_night_before_takes_the_day_before_the_date_told():
    text = "The fire started on 3 March 2021. Neighbours had heard shouting the night before."
    assert dates(text) == [("3 March 2021", "2021-03-03"), ("the night before", "2021-03-02")]


def test_night_before_without_a_date_takes_the_weekday_before():
    found = [m for m in extract("It began on Tuesday. The night before, it rained.")]
    night = [m for m in found if m.text == "The night before"][0]
    assert night.iso is None and night.extra["weekday"] == "Monday"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The pub was busy the night before the match.", "the night before"),
        ("We met the day after the funeral.", "the day after"),
    ],
)
def test_day_part_before_an_event_is_not_counted_from_the_date_told(text, span):
    # counted from the event, not from 3 March: a date that stays unresolved
    assert dates("The fire started on 3 March 2021. " + text) == [
        ("3 March 2021", "2021-03-03"),
        (span, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell 4% a year prior.", "a year prior"),
        ("Shares fell 4% two years before.", "two years before"),
        ("Shares rose again a month after, traders said.", "a month after"),
    ],
)
def test_span_counted_from_the_date_before(text, expected):
    assert [t for t, _ in dates(text)] == [expected]


def test_past_month_is_a_span_to_now():
    found = [m for m in extract("Six firms closed in the past month.") if m.kind == "date"]
    assert [(m.text, m.iso) for m in found] == [("the past month", None)]


# -- a day that does not exist ----------------------------------------------------


def test_impossible_day_where_a_date_is_due_is_an_invalid_date():
    found = [m for m in extract("The road was shut from 4 June until 37 July.") if m.kind == "date"]
    assert [(m.text, m.iso, m.extra.get("invalid")) for m in found] == [
        ("from 4 June until 37 July", None, True)
    ]


@pytest.mark.parametrize("text", ["Ana Ruiz, 34 April said.", "He scored 34 May goals."])
def test_number_before_a_month_name_elsewhere_is_no_date(text):
    assert dates(text) == []


# -- a quarter named by its months ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output rose in the January-March quarter of 2016.",
            ("the January-March quarter of 2016", "2016-Q1"),
        ),
        (
            "Output rose in the July-to-September quarter of 2016.",
            ("the July-to-September quarter of 2016", "2016-Q3"),
        ),
        (
            "Output rose in the October to December quarter of 2016.",
            ("the October to December quarter of 2016", "2016-Q4"),
        ),
    ],
)
def test_quarter_named_by_its_months(text, expected):
    assert dates(text) == [expected]


def test_months_that_span_no_calendar_quarter_are_no_quarter():
    assert [iso for _, iso in dates("Output rose in the May-July quarter of 2016.")] != ["2016-Q2"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He served from 12 May 2010 until 13 July 2016 as mayor.",
            [("from 12 May 2010 until 13 July 2016", "2010-05-12/2016-07-13")],
        ),
        (
            "The loan ran from 3 March 2001 till 9 June 2004.",
            [("from 3 March 2001 till 9 June 2004", "2001-03-03/2004-06-09")],
        ),
    ],
)
def test_a_number_before_a_month_is_a_day_not_the_end_of_a_year_range(text, expected):
    assert dates(text) == expected


def test_a_short_year_range_still_reads_as_years():
    assert [t for t, _ in dates("The 2010-13 parliament sat for three years.")] == ["2010-13"]
