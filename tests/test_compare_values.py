"""How two mentions' values relate (factcheck.compare.values), extraction aside.

Mentions are built by hand so that these tests pin the comparison rules
whatever the extractor currently finds.
"""

from __future__ import annotations

import pytest

from factcheck.compare.values import date_modifier, is_borderline, relate, step
from factcheck.mention import Mention


def q(text: str, value=None, unit=None, **kw) -> Mention:
    kw.setdefault("dimension", "count" if unit is None else "length")
    return Mention(kind="quantity", text=text, start=0, end=len(text), value=value, unit=unit, **kw)


def d(text: str, iso=None, start=0, **kw) -> Mention:
    return Mention(kind="date", text=text, start=start, end=start + len(text), iso=iso, **kw)


@pytest.mark.parametrize(
    "old,new,kind",
    [
        (q("two", 2), q("2", 2), "same"),
        (q("£20m", 2e7, "pound sterling"), q("£20 million", 2e7, "pound sterling"), "same"),
        (
            q("5,525 miles", 5525, "mile"),
            q("about 5,500 miles", 5500, "mile", qualifier="approximate"),
            "rounded",
        ),
        (q("180 metres", 180, "metre"), q("590 feet", 590, "foot"), "converted"),
        (q("5,500-mile", 5500, "mile"), q("8,900-km", 8900, "kilometre"), "converted"),
        (q("100 miles", 100, "mile"), q("161 km", 161, "kilometre"), "converted"),
        (q("100 miles", 100, "mile"), q("200 km", 200, "kilometre"), "different"),
        (
            q("some 3,800", 3800, qualifier="approximate"),
            q("more than 3,800", 3800, qualifier="at_least"),
            "qualifier",
        ),
        (q("about 50", 50, qualifier="approximate"), q("50", 50), "qualifier"),
        (
            q("about 50", 50, qualifier="approximate"),
            q("approximately 50", 50, qualifier="approximate"),
            "same",
        ),
        (q("13 or 14", 13, low=13, high=14), q("13", 13), "different"),
        (q("five goals", 5), q("six goals", 6), "different"),
        (q("six hours", 6, "hour"), q("several hours", None, "hour"), "vaguer"),
        (
            q("rose 5%", 5, "percent", change="up"),
            q("fell 5%", 5, "percent", change="down"),
            "direction",
        ),
        (
            q("£20", 20, "pound sterling", dimension="currency"),
            q("$20", 20, "US dollar", dimension="currency"),
            "unit",
        ),
        (q("12 miles", 12, "mile"), q("12 kg", 12, "kilogram", dimension="mass"), "incomparable"),
        (q("50", 50), q("52", 52), "different"),
        (
            q("half", 0.5, dimension="fraction"),
            q("50%", 50, "percent", dimension="percentage"),
            "converted",
        ),
        (
            q("33%", 33, "percent", dimension="percentage"),
            q("a third", 0.3333, dimension="fraction"),
            "converted",
        ),
        (
            q("half", 0.5, dimension="fraction"),
            q("60%", 60, "percent", dimension="percentage"),
            "different",
        ),
        (
            q("0-6", None, role="score", dimension="score"),
            q("6-0", None, role="score", dimension="score"),
            "same",
        ),
        (
            q("2-1", None, role="score", dimension="score"),
            q("3-1", None, role="score", dimension="score"),
            "different",
        ),
        (q("2 miles", 2, "mile"), q("3 km", 3, "kilometre"), "converted"),
        (q("161", 161), q("200", 200), "different"),
        (q("fourth", 4, dimension="ordinal", role="ordinal"), q("four", 4), "incomparable"),
        (
            q("first", 1, dimension="ordinal", role="ordinal"),
            q("a year", 1, "year", dimension="time"),
            "incomparable",
        ),
        (
            q("10th", 10, dimension="ordinal", role="ordinal"),
            q("15-8", None, dimension="score", role="score"),
            "incomparable",
        ),
        (
            q("turned 18", 18),
            q("18th", 18, dimension="ordinal", role="ordinal", noun="birthday"),
            "same",
        ),
    ],
)
def test_quantities(old, new, kind):
    assert relate(old, new).kind == kind


def test_rounding_option():
    exact, about, bare = (
        q("5,525", 5525),
        q("about 5,500", 5500, qualifier="approximate"),
        q("5,500", 5500),
    )
    assert relate(exact, bare, rounding="always").kind == "rounded"
    assert relate(exact, bare, rounding="approximate").kind == "different"
    assert relate(exact, about, rounding="approximate").kind == "rounded"
    assert relate(exact, about, rounding="never").kind == "different"


def test_more_precise_is_not_rounding():
    assert (
        relate(q("about 5,500", 5500, qualifier="approximate"), q("5,525", 5525)).kind
        == "different"
    )


@pytest.mark.parametrize(
    "old,new,kind",
    [
        (d("13 August", "2014-08-13"), d("August 13", "2014-08-13"), "same"),
        (d("Saturday"), d("Saturday"), "same"),
        (d("on Saturday"), d("Saturday"), "same"),
        (d("Saturday"), d("Sunday"), "different"),
        (d("Feb. 13"), d("February 13"), "same"),
        (d("December 2015", "2015-12"), d("2015", "2015"), "vaguer"),
        (d("2015", "2015"), d("December 2015", "2015-12"), "sharper"),
        (d("last month", "2017-01"), d("last month"), "same"),
        (d("between 16 and 23 June"), d("between June 16 and 23"), "same"),
        (d("Four years ago"), d("4 years ago"), "same"),
        (d("the following day"), d("the next day"), "same"),
        (d("Thursday, 13 July"), d("Thursday, July 13"), "same"),
        (d("between 16 and 23 June"), d("between 16-23 June"), "same"),
        (d("from June 16 to June 23"), d("16-23 June"), "same"),
        (d("Saturday, 13 May"), d("May 13"), "same"),
        # the weekday is the one the extractor read (extra["weekday"]), not re-parsed
        (
            d("Saturday, 13 May", extra={"weekday": "Saturday"}),
            d("Tuesday, 13 May", extra={"weekday": "Tuesday"}),
            "different",
        ),
        (d("17 January"), d("the 17th of January"), "same"),
        (d("March last year"), d("March of last year"), "same"),
        (d("a day later"), d("the next day"), "same"),
        (d("the end of this month"), d("the end of the month"), "same"),
        (d("This year"), d("Last year"), "different"),
        (d("February last year"), d("last year"), "vaguer"),
        (d("14/7/17", "2017-07-14"), d("July 14"), "same"),
        (d("between June and July"), d("from June to July"), "same"),
        (d("between 30 June and 7 July"), d("30 June to 7 July"), "same"),
    ],
)
def test_dates(old, new, kind):
    assert relate(old, new).kind == kind


def test_times_compare_by_value():
    old = Mention(kind="time", text="04:20 BST", start=0, end=9, iso="T04:20")
    new = Mention(kind="time", text="4:20 am BST", start=0, end=11, iso="T04:20")
    assert relate(old, new).kind == "same"
    approx = Mention(
        kind="time", text="about 14:15", start=0, end=11, iso="T14:15", qualifier="approximate"
    )
    exact = Mention(kind="time", text="2:15 pm", start=0, end=7, iso="T14:15")
    assert relate(approx, exact).kind == "qualifier"


def test_date_modifier_is_a_qualifier():
    text_old = "He visits this month."
    text_new = "He visits early this month."
    old = d("this month", start=text_old.index("this"))
    new = d("this month", start=text_new.index("this"))
    mods = date_modifier(text_old, old), date_modifier(text_new, new)
    assert mods == ("", "early")
    assert relate(old, new, old_modifier=mods[0], new_modifier=mods[1]).kind == "qualifier"


def test_modifier_must_narrow_the_date():
    text = "The protection will end in January 2018."
    m = d("January 2018", "2018-01", start=text.index("January"))
    assert date_modifier(text, m) == ""
    text = "The protection lapses at the end of January 2018."
    m = d("January 2018", "2018-01", start=text.index("January"))
    # the part of the month the extractor names (dates.qualifiers)
    assert date_modifier(text, m) == "late"


def test_relative_date_and_duration_state_the_same_span():
    ago = d("two weeks ago", grain="day")
    span = q("two weeks", 2, "week", dimension="time")
    assert relate(ago, span).kind == "same"
    assert relate(ago, q("three weeks", 3, "week", dimension="time")).kind == "incomparable"


def test_year_as_date_and_as_number():
    assert relate(d("2000", "2000", grain="year"), q("2000", 2000)).kind == "same"


def test_step_reads_precision_from_text():
    assert step(q("5,500", 5500)) == 100
    assert step(q("5,525", 5525)) == 1
    assert step(q("12.5%", 12.5, "percent")) == pytest.approx(0.1)
    assert step(q("3.5 million", 3.5e6)) == pytest.approx(1e5)


def test_borderline_words():
    assert is_borderline(q("several", None))
    assert is_borderline(q("a few", None))
    assert not is_borderline(q("hundreds", None, low=100, high=1000))
    assert not is_borderline(q("12", 12))
