"""Classes found by the blind rewrite set (bench/data/quantities-rewrites-blind.jsonl)
and the disagreement review (bench/disagreements.py), as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quantities import quantities, the


# -- number words hyphenated to a participle: a description, not a count ------
@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was accused of being two-faced.",
        "Police mounted a three-pronged operation against the gangs.",
        "The charity lent a four-legged helper to every ward.",
        "It was a one-sided contest all afternoon.",
        "Fans cheered a one-handed catch at slip.",
        "The castle had a two-tiered moat.",
    ],
)
def test_a_number_word_hyphenated_to_a_participle_is_no_figure(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        ("They rented a two-bedroomed flat in the town.", "two-bedroomed", 2),
        ("The yard built a three-masted schooner.", "three-masted", 3),
        ("Police found two-thirds of the haul.", "two-thirds", 2 / 3),
        ("The charity runs a 10-day appeal.", "10-day", 10),
    ],
)
def test_counted_compounds_stay_figures(sentence, surface, value):
    assert the(sentence, surface).value == pytest.approx(value)


# -- number words inside names and idioms -------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Labour imposed a three-line whip on the vote.",
        "MPs defied three-line whips all week.",
        "China scrapped its one-child policy and later its two-child policy.",
        "The two-child limit on benefits stays in place.",
        "Talks on a two-state solution stalled again.",
        "The club built five-a-side pitches behind the stand.",
        "The council plans a one-stop shop for advice.",
        "He was fined for swearing a four-letter word on air.",
        "It is now a two-horse race for the nomination.",
        "The high street became a one-way street last year.",
        "Keep one eye on the clock.",
        "The plan moves the city one step closer to a ban.",
    ],
)
def test_number_words_in_idioms_are_no_figure(sentence):
    assert quantities(sentence) == []


def test_an_idiom_leaves_the_figures_around_it():
    found = quantities("Some 40 MPs defied a three-line whip and 12 abstained.")
    assert [m.value for m in found] == [40, 12]


# -- "one" naming an unnamed source -------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "One analyst said the merger was already priced in.",
        "One senior official told reporters the deal was done.",
        "one trader said volumes were thin.",
        "One resident, who asked not to be named, said the noise was constant.",
        "One local trader complained about the roadworks.",
    ],
)
def test_one_before_an_unnamed_source_is_no_count(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "One commentator even noted that the result was a surprise.",
        '"Who paid for this?" asked one user on the forum.',
        "As one Twitter user put it, the joke was old.",
        "According to one official, the talks failed.",
        "One woman recounted how she fled the flood.",
        "As one reader astutely observed, the sums were wrong.",
        "Critics piled in, with one user asserting that the vote was rigged.",
        "One woman quoted in the report said she had been threatened.",
        "But one senior official told reporters the talks were over.",
    ],
)
def test_one_before_or_after_a_say_verb_is_a_source(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The scheme needs two lakes, one higher than the other.", [2]),
        ("One team came from Peru, while the other flew in from Chile.", []),
        ("The two parcels arrived: one on Monday and the other a week later.", [2]),
    ],
)
def test_one_of_a_pair_with_the_other_is_no_count(sentence, values):
    assert [m.value for m in quantities(sentence) if m.role is None] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Only one analyst said the merger would fail.",
        "All but one official said yes.",
        "Not one official said a word about it.",
        "One official was killed in the blast.",
        "One person was injured and taken to hospital.",
    ],
)
def test_one_stays_a_count_when_the_count_is_the_point(sentence):
    found = quantities(sentence)
    assert [m.value for m in found] == [1]


# -- "a third", "a quarter" after a qualifier: a share ------------------------
@pytest.mark.parametrize(
    "sentence, surface, value",
    [
        (
            "Of the councils that replied, about a third said they would raise tax.",
            "a third",
            1 / 3,
        ),
        ("Around a quarter hinted at cuts.", "a quarter", 0.25),
        ("Nearly a fifth voted against the plan.", "a fifth", 0.2),
        ("Roughly a third have already left.", "a third", 1 / 3),
        ("Only a quarter turned up.", "a quarter", 0.25),
        ("Most areas saw a rise, though a quarter reported declines.", "a quarter", 0.25),
        ("Most saw gains - but one quarter showed a fall.", "one quarter", 0.25),
        ("Most rose, while approximately one-quarter showed a fall.", "one-quarter", 0.25),
        ("Half of them agreed, but a third said no.", "a third", 1 / 3),
    ],
)
def test_a_fraction_after_a_qualifier_is_a_share(sentence, surface, value):
    m = the(sentence, surface)
    assert (m.value, m.dimension) == (pytest.approx(value), "fraction")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police are investigating a third man.",
        "She won for almost a third time.",
        "The firm opened a third hotel in the city.",
        "Police arrested two men, but a third escaped.",
        "Two firms bid; a third pulled out.",
    ],
)
def test_a_third_that_is_an_ordinal_is_no_share(sentence):
    assert all(m.dimension != "fraction" for m in quantities(sentence))


# -- "one half of the duo": a member of a pair ----------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "She is one half of the comedy duo that hosts the show.",
        "He was one half of a famous double act.",
        "The singer, one half of the pop duo, went solo.",
    ],
)
def test_one_half_of_a_pair_is_no_fraction(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("One half of the money went to charity.", "One half"),
        ("Half of the couple's savings were lost.", "Half"),
    ],
)
def test_half_of_other_things_stays_a_fraction(sentence, surface):
    assert the(sentence, surface).value == 0.5


# -- ordinals before "places" and "positions" ------------------------------------
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The two parties came third and fourth places respectively.", [3, 4]),
        ("The rivals ended in fifth and sixth positions.", [5, 6]),
        ("The favourite ended up fifth in her heat.", [5]),
        ("The champion wound up third after a fall.", [3]),
    ],
)
def test_coordinated_placings_are_both_ordinals(sentence, values):
    found = [m for m in quantities(sentence) if m.role == "ordinal"]
    assert [m.value for m in found] == values


# -- "One <thing> is the ...": an introduction, not a count --------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "One standout is the new hotel on the seafront.",
        "One major sticking point for the union is the pension deal.",
        "One worry was whether the bridge would hold.",
        "This may be one reason why turnout fell.",
    ],
)
def test_one_that_introduces_is_no_count(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("One person was injured in the crash.", "One"),
        ("One man is in hospital.", "One"),
        ("One in five is a smoker.", "One in five"),
    ],
)
def test_one_that_counts_stays(sentence, surface):
    assert the(sentence, surface).value == pytest.approx(1 if surface == "One" else 0.2)


# -- race times -------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, surface, seconds",
    [
        ("She won the 800m final in a time of 1:58.34.", "1:58.34", 118.34),
        ("He clocked 3:31.07 in the 1500m heats.", "3:31.07", 211.07),
        ("The winner finished in 2:06:13, a course record.", "2:06:13", 7573),
        ("The world record of 2:01:09 still stands.", "2:01:09", 7269),
        ("Results: 1:43.21 and 1:44.05.", "1:43.21", 103.21),
    ],
)
def test_a_race_time_is_a_duration_in_seconds(sentence, surface, seconds):
    m = the(sentence, surface)
    assert (m.value, m.unit, m.dimension) == (pytest.approx(seconds), "second", "time")


@pytest.mark.parametrize(
    "sentence",
    [
        "The train leaves at 10:30:00 sharp.",
        "Kick-off is at 19:45 on Friday.",
        "Doors open at 18:30.",
    ],
)
def test_a_time_of_day_is_no_race_time(sentence):
    assert quantities(sentence) == []


# -- "one" after a word that makes it a count ----------------------------------------
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("We can play with two strikers or just one, whatever the coach asks.", [2, 1]),
        ("Not one, but two bridges fell.", [1, 2]),
        ("It was the only one left.", []),
        ("He is the only one who knows.", []),
    ],
)
def test_just_one_counts_the_only_one_does_not(sentence, values):
    assert [m.value for m in quantities(sentence)] == values
