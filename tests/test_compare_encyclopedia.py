"""Summaries of encyclopedia passages compute and compress: the span two years of the
source enclose ("for nearly three decades"), a range kept by its top, its bottom or
its middle ("up to 130 cm", "roughly 3,000"), a range in the other unit. Each is the
same fact (no flag), and each has a near miss that must stay flagged. Sentences are
ours; the measured set is bench/data/compare-summaries-encyclopedia.json.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import summary_flags as flags

# ------------------------------------------------------------ the years between two dates


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The lighthouse at Skerrow Point was lit in 1874 and stayed in use until 1952, "
            "when it was replaced by a buoy.",
            "Skerrow Point lighthouse was in use for 78 years before a buoy replaced it.",
        ),
        (
            "The Corn Exchange opened in 1862. It was demolished in 1959 to make way for "
            "a car park.",
            "The Corn Exchange opened in 1862 and stood for nearly a century.",
        ),
        (
            "Work on the canal began in 1791. The first barges reached Ormley in 1797.",
            "Barges reached Ormley in 1797, six years after work on the canal began.",
        ),
        (
            "The society was founded in 1823 and held its meetings in the Guildhall until 1991.",
            "For nearly 170 years the society met in the Guildhall.",
        ),
        (
            "Otters had vanished from the Wenn by the 1870s and came back in 2014.",
            "Otters returned to the Wenn in 2014, about 140 years after they vanished.",
        ),
        (
            "The abbey was founded in 1147. It was dissolved in 1538.",
            "Founded in 1147 and dissolved in 1538, the abbey lasted almost four centuries.",
        ),
    ],
)
def test_the_span_two_years_of_the_source_enclose_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The lighthouse at Skerrow Point was lit in 1874 and stayed in use until 1952.",
            "Skerrow Point lighthouse was in use for 68 years.",
        ),
        (
            "The Corn Exchange opened in 1862. It was demolished in 1959.",
            "The Corn Exchange opened in 1862 and stood for more than a century.",
        ),
        (
            # a span OLD states is compared, not computed around
            "The record set in 1988 stood for five years. She retired in 1994.",
            "Her record of 1988 stood for six years.",
        ),
        (
            # the years must lie in one sentence of the source, or the summary must
            # name one of them beside the span
            "The mill opened in 1851. Weaving moved to the new shed in 1870. "
            "The chapel was built in 1899.",
            "The mill kept weaving for 48 years.",
        ),
    ],
)
def test_a_span_the_years_do_not_give_is_still_flagged(old, new):
    assert flags(old, new)


# ------------------------------------------------------------ a range kept by a hedged figure


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "Adult otters weigh 7–12 kg and measure 60–90 cm without the tail.",
            "Adult otters weigh up to 12 kg.",
        ),
        (
            "Between 1,800 and 2,300 people were killed in the flood.",
            "The flood killed about 2,000 people.",
        ),
        (
            "Estimates of the colony range from 30,000 to 45,000 pairs.",
            "The colony numbers roughly 40,000 pairs.",
        ),
        (
            "Each hive holds 20,000–60,000 bees in summer.",
            "Each hive holds at least 20,000 bees in summer.",
        ),
        (
            "The fish are usually 30–40 cm long.",
            "The fish are usually 12 to 16 inches long.",
        ),
        (
            "The chicks leave the nest 29 to 33 days after hatching.",
            "The chicks leave the nest about a month after hatching.",
        ),
    ],
)
def test_a_range_kept_by_its_top_bottom_middle_or_other_unit_is_the_same_fact(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "Adult otters weigh 7–12 kg and measure 60–90 cm without the tail.",
            "Adult otters weigh up to 15 kg.",
        ),
        (
            # an unhedged figure picks one value of the range
            "Between 1,800 and 2,300 people were killed in the flood.",
            "The flood killed 2,000 people.",
        ),
        (
            "Estimates of the colony range from 30,000 to 45,000 pairs.",
            "The colony numbers roughly 50,000 pairs.",
        ),
        (
            "The fish are usually 30–40 cm long.",
            "The fish are usually 12 to 20 inches long.",
        ),
        (
            "The chicks leave the nest 44 to 50 days after hatching.",
            "The chicks leave the nest about a month after hatching.",
        ),
    ],
)
def test_a_hedged_figure_the_range_does_not_give_is_still_flagged(old, new):
    assert flags(old, new)


# ------------------------------------------------------------ the same value of another year


def test_a_value_of_another_year_is_flagged():
    old = (
        "Harnby had 4,210 inhabitants in 1881. At the 2011 census the parish had a "
        "population of 7,365."
    )
    assert flags(old, "Harnby had 4,210 inhabitants at the 2011 census.")
    assert flags(old, "Harnby had 7,365 inhabitants at the 2011 census.") == []
    assert flags(old, "Harnby had 4,210 inhabitants in 1881.") == []


# ------------------------------------------------------------ an event named by its year


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The old ford reappeared during the drought of 1976, after forty years under water.",
            "The ford reappeared in the 1976 drought.",
        ),
        (
            "The garrison surrendered after the siege of 1645. Parliament had the walls "
            "pulled down in 1647.",
            "After the 1645 siege the walls were pulled down two years later.",
        ),
    ],
)
def test_a_year_after_an_event_noun_and_of_is_a_date(old, new):
    assert flags(old, new) == []


# ------------------------------------------------------------ an end of a range of years


def test_a_year_that_ends_a_range_of_years_is_derived_but_not_another_year():
    old = "The bypass was built in stages between 1971 and 1978 and widened in 1996."
    assert flags(old, "The bypass was finished in 1978 and widened in 1996.") == []
    assert flags(old, "The bypass was finished in 1975 and widened in 1996.")


# ------------------------------------------------------------ damaged is not destroyed


def test_damaged_and_destroyed_are_two_facts():
    old = "The gale damaged 58 boats in the harbour, 9 of them beyond repair."
    assert flags(old, "The gale damaged 58 boats in the harbour.") == []
    assert flags(old, "The gale destroyed 58 boats in the harbour.")


# ------------------------------------------------------------ an age at an event, from dates


@pytest.mark.parametrize(
    "old,new,flagged",
    [
        (
            "Ada Brell (born 9 March 1931) is a retired swimmer. She won the national title "
            "at Leeds on 2 August 1952 and retired in 1958.",
            "At 21 Ada Brell won the national title at Leeds.",
            False,
        ),
        (
            "Ada Brell (born 9 March 1931) is a retired swimmer. She won the national title "
            "at Leeds on 2 August 1952 and retired in 1958.",
            "At 23 Ada Brell won the national title at Leeds.",
            True,
        ),
        (
            "Tom Ryle (12 October 1880 – 3 May 1950) was a bishop. He was consecrated "
            "Bishop of Harnby in Harnby Minster in June 1921.",
            "Ryle was consecrated Bishop of Harnby at 40.",
            False,
        ),
        (
            # the age must be at the event NEW's sentence names
            "Tom Ryle (12 October 1880 – 3 May 1950) was a bishop. He was consecrated "
            "Bishop of Harnby in Harnby Minster in June 1921.",
            "Ryle wrote his first hymn at 40.",
            True,
        ),
    ],
)
def test_an_age_at_an_event_is_derived_from_the_birth_date_and_the_event(old, new, flagged):
    assert bool(flags(old, new)) is flagged


def test_a_range_end_kept_without_its_unit_is_the_same_fact_only_when_equal():
    old = "Cocks weigh 610–840 g (22–30 oz) and hens somewhat less."
    assert flags(old, "Cocks, at up to 840 g, are the heavier sex.") == []
    assert flags(old, "Cocks weigh up to 840 grams.") == []
    assert flags(old, "Cocks weigh up to 1,200 grams.")


# ------------------------------------------------------------ a gap between two events


def test_a_gap_two_years_give_is_not_a_stated_span_changed():
    old = (
        "Wren served a two-year term as mayor from 1921 and was made a freeman in 1930. "
        "Wren (2 May 1870 – 1 March 1944) died at Harnby."
    )
    assert flags(old, "Wren was made a freeman in 1930, 14 years before his death.") == []
    assert flags(old, "Wren was made a freeman in 1930, 12 years before his death.")
