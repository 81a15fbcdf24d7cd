"""What a summary does to figures that a rewrite rarely does, and what compare makes of it.

Summaries count what the source holds ("The article lists 10 results"), round
figures with a word that says so ("just under 43%" for 42.65%, "women nearly
20" after "men 17.4 years"), and are compared with sources whose wording
the extractor must read right ("an eight-under 64", "over the age of 50",
"the world number six won"). Sentences are ours; the measured set is
bench/data/compare-summaries2.json.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from factcheck.compare.values import relate
from factcheck.extract import extract
from factcheck.extract.discourse import TEXT_META
from factcheck.mention import Mention
from tests.compare_helpers import summary_flags as flags


def mention(text: str, surface: str):
    return next(m for m in extract(text) if m.text == surface)


def q(text: str, value, unit=None, qualifier="exact", dimension=None) -> Mention:
    dim = dimension or ("count" if unit is None else "percentage")
    return Mention(
        kind="quantity",
        text=text,
        start=0,
        end=len(text),
        value=value,
        unit=unit,
        dimension=dim,
        qualifier=qualifier,
    )


# ------------------------------------------------------------ counts of the text


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The article lists 12 fixtures from Saturday.", "12"),
        ("The passage describes two ferry routes across the bay.", "two"),
        ("This summary covers three grand prix.", "three"),
    ],
)
def test_a_small_count_the_text_makes_of_anything_is_not_a_figure(text, surface):
    assert mention(text, surface).role == TEXT_META


def test_a_count_of_the_text_is_not_flagged_against_a_list():
    old = "Alder 2-1 Birch Cedar 0-0 Dale Elm 3-1 Fir"
    new = "The article lists three results, including Alder's 2-1 win over Birch."
    assert flags(old, new) == []


def test_a_large_or_unitised_figure_after_the_article_stays_a_figure():
    assert mention("The article mentions 40 deaths.", "40").role != TEXT_META
    assert mention("The article describes 12km of new track.", "12km").role != TEXT_META


# ------------------------------------------------------------ honest roundings


@pytest.mark.parametrize(
    "old,new",
    [
        (q("42.65%", 42.65, "percent"), q("43%", 43, "percent", "at_most")),
        (q("14.2%", 14.2, "percent"), q("14%", 14, "percent", "at_least")),
        (
            q("£330,135", 330135, "pound sterling"),
            q("£330,000", 330000, "pound sterling", "at_least"),
        ),
    ],
)
def test_a_bound_that_rounds_and_holds_is_the_same_figure(old, new):
    assert relate(old, new).kind == "rounded"


@pytest.mark.parametrize(
    "old,new",
    [
        (q("2,996", 2996), q("3,000", 3000, qualifier="at_least")),  # false: 2,996 < 3,000
        (q("42.65%", 42.65, "percent"), q("43%", 43, "percent", "at_least")),
        (q("7,500", 7500), q("7,500", 7500, qualifier="at_least")),  # same number, new bound
        (q("3,400", 3400), q("3,000", 3000, qualifier="at_least")),  # a bound far off
    ],
)
def test_a_bound_that_is_false_or_far_off_stays_a_conflict(old, new):
    assert relate(old, new).kind in ("qualifier", "different")


def test_rounded_bounds_in_a_summary_are_not_flagged_but_false_ones_are():
    old = "Turnout was 61.4%, and the appeal raised £48,210 for the hospice."
    assert flags(old, "Turnout was just under 62% and the appeal raised over £48,000.") == []
    got = flags(old, "Turnout was just over 62% and the appeal raised over £48,000.")
    assert [(s, n) for s, _, n in got] == [("conflict", "62%")]


def test_a_hedged_figure_that_leaves_its_unit_to_the_sentence():
    old = "Boys can expect to live a further 14.3 years and girls a further 16.8 years."
    assert flags(old, "Boys can expect about 14 more years and girls nearly 17.") == []
    old_v = q("16.8 years", 16.8, "year", dimension="time")
    assert relate(old_v, q("17", 17, qualifier="approximate")).kind == "rounded"
    assert relate(old_v, q("17", 17)).kind == "incomparable"  # no hedge: another count


def test_an_unhedged_rounding_needs_the_context_of_a_common_value():
    old = (
        "Shares in Oakfield closed 0.75% lower, and Pinecrest slipped 2%. Factory output "
        "fell 0.6% in May, a bigger drop than expected, and followed a 0.6% decline in April."
    )
    new = "Pinecrest slipped 2% on weak demand, and factory output fell 0.6% in May after a 0.8% drop in April."
    assert flags(old, new) == [("added", None, "0.8%")]  # not Oakfield's 0.75%, rounded


# ------------------------------------------------------------ the source read right


def test_a_qualifier_word_that_ends_a_compound_is_no_qualifier():
    assert mention("Kerr leads after an eight-under 64.", "64").qualifier == "exact"
    assert mention("Kerr carded a two-over 74.", "74").qualifier == "exact"
    assert mention("Kerr needed well over 74 shots.", "74").qualifier == "at_least"


def test_over_the_age_of_is_a_bound():
    assert mention("A fifth of residents are over the age of 65.", "65").qualifier == "at_least"
    assert mention("Pupils under the age of 11 ride free.", "11").qualifier == "at_most"
    assert mention("She retired at the age of 65.", "65").qualifier == "exact"
    old = "A fifth of residents are over the age of 65."
    assert flags(old, "A fifth of residents are now over 65.") == []


def test_won_after_a_small_number_word_is_a_verb():
    assert [m.text for m in extract("The world number four won all five frames.")] == [
        "four",
        "five",
    ]
    assert mention("The fare was 9,000 won.", "9,000 won").unit == "South Korean won"
    assert mention("It raised two million won.", "two million won").unit == "South Korean won"


def test_a_hedged_fraction_before_a_verb_is_a_share():
    text = "Most branches have not decided, with about a third signalling a strike."
    assert mention(text, "a third").value == pytest.approx(1 / 3)
    assert [m.text for m in extract("Two men were held; only a third escaped.")] == ["Two"]
    old = "Most branches have not decided, with about a third signalling a strike."
    assert flags(old, "About a third of branches may strike.") == []


def test_first_before_a_count_says_which_not_how_many():
    text = "Rovers have won five of their first eight games."
    assert [m.text for m in extract(text)] == ["five", "eight"]
    old = "Rovers top the table with five wins from eight games."
    assert flags(old, "Rovers top the table after winning five of their first eight games.") == []


def test_a_number_word_over_a_fraction_word_is_a_share_before_a_verb():
    assert (
        mention("Most wards improved, but one quarter showed a fall.", "one quarter").value == 0.25
    )
    assert mention("Two thirds voted to strike.", "Two thirds").value == pytest.approx(2 / 3)
    assert [m.text for m in extract("She reached one quarter-final.")] == []
    assert mention("Most wards improved; a quarter saw a fall.", "a quarter").value == 0.25
    old = "Most wards improved, but one quarter showed a fall."
    assert [f.status for f in compare(old, "Most wards improved; a quarter saw a fall.")] == [
        "match"
    ]
