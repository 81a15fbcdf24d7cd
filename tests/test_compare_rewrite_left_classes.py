"""Rewrite classes the hand audits left after the fifth (issue 12, the last note's "Rewrites").

Each test is one class, on sentences we invent: a repeated date paired to the
mention NEW does not keep, number words hidden in lexical singulars, a share
kept as its complement, relative dates reworded. ``python bench/compare_audit.py``
re-measures the audits whose flags showed them.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from factcheck.compare.align import _keeps_repeat_sentence
from factcheck.compare.context import Context, build_contexts
from factcheck.extract import extract
from factcheck.extract.implied import implied_figures
from tests.compare_helpers import flags

# ------------------------------------------------------------------ a repeated date, the first kept


def _dropped_and_kept(old: str, new: str) -> tuple[list[int], list[int]]:
    """Where in OLD the dropped and the matched mentions start."""
    found = compare(old, new)
    dropped = [f.old.start for f in found if f.status == "dropped"]
    kept = [f.old.start for f in found if f.status == "match" and f.old is not None]
    return dropped, kept


@pytest.mark.parametrize(
    ("old", "new", "day"),
    [
        (
            "The road will stay shut until Monday, the council said. Engineers hope to "
            "have the bridge mended by Monday evening.",
            "The road is closed till Monday while engineers mend the bridge.",
            "Monday",
        ),
        (
            "Strikes will go on until Friday, the union said. Talks to settle the dispute "
            "could resume by Friday afternoon.",
            "The strikes will last till Friday, when talks to settle the dispute could resume.",
            "Friday",
        ),
    ],
)
def test_a_repeated_date_new_merges_keeps_the_first_by_its_period_word(old, new, day):
    """NEW's date has the first mention's period word ("till" is "until") and a word of
    the repeat's: it merges the two, so the first is kept and the repeat dropped."""
    dropped, kept = _dropped_and_kept(old, new)
    assert kept == [old.index(day)]
    assert dropped == [old.rindex(day)]


@pytest.mark.parametrize(
    ("old", "new", "day"),
    [
        (
            "The line will be shut until Friday, the operator said. Engineers said the "
            "signals would be repaired by Friday.",
            "Engineers said the signals would be repaired by Friday.",
            "Friday",
        ),
        (
            "The pool is closed until June, the council said. The council said the new "
            "changing rooms should be built by June.",
            "The council said the new changing rooms should be built by June.",
            "June",
        ),
    ],
)
def test_a_repeat_new_keeps_alone_still_drops_the_first(old, new, day):
    dropped, kept = _dropped_and_kept(old, new)
    assert kept == [old.rindex(day)]
    assert dropped == [old.index(day)]


@pytest.mark.parametrize("word", ["till", "til", "until"])
def test_till_is_read_as_until_before_a_date(word):
    text = f"The museum is shut {word} Friday."
    mentions = [m for m in extract(text) if m.text == "Friday"]
    sentences = [(0, len(text))]
    (context,) = build_contexts(text, mentions, sentences)
    assert context.lead == "until"


# ------------------------------------------------------------------ a count of one in a word


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        ("A solitary individual sustained injuries in the crash.", "A solitary", "individual"),
        ("A lone man was hurt when the wall fell.", "A lone", "man"),
        ("A single person was taken to hospital.", "A single", "person"),
        ("The sole survivor was a fisherman from Leith.", "The sole", "survivor"),
        ("Police said the lone gunman had fled.", "the lone", "gunman"),
    ],
)
def test_a_lexical_singular_implies_a_count_of_one(text, word, noun):
    (found,) = implied_figures(text, [])
    assert (found.text, found.value, found.noun) == (word, 1, noun)


@pytest.mark.parametrize(
    "text",
    [
        "Not a single person was hurt.",
        "They went down without a single win.",
        "There wasn't a single goal in the match.",
        "They live in a single-storey house.",
        "She is a single mother of three.",
        "He works as a sole trader in Hull.",
        "The band released a single in May.",
    ],
)
def test_a_denied_or_compound_or_kind_singular_is_no_count(text):
    assert implied_figures(text, []) == []


@pytest.mark.parametrize(
    "new",
    [
        "A solitary individual sustained wounds in a vehicular accident that transpired on "
        "Friday night amid dense mist in the vicinity of the port.",
        "A lone man suffered wounds in a road accident on Friday night amid dense mist by the port.",
        "A single person sustained wounds in an accident that occurred on Friday night amid "
        "dense mist near the port.",
    ],
)
def test_one_person_kept_as_a_lexical_singular_is_no_flag(new):
    """Every other word reworded: the count of one, the only one on both sides, with one
    kind of noun ("person" / "individual") is the same fact."""
    old = (
        "One person was hurt in the collision on Friday evening, which happened in thick "
        "fog close to the harbour."
    )
    assert flags(old, new) == []


def test_one_person_cut_and_a_lone_other_noun_is_still_a_drop():
    old = "One person was injured in the crash on Saturday night near the arena."
    new = "A lone piper played at the arena on Saturday night after the crash."
    assert ("dropped", "One", None) in flags(old, new)


def test_two_injured_made_a_single_person_is_a_conflict():
    old = "Two people were injured in the crash on Saturday night near the arena."
    new = "A single person was injured in the crash on Saturday night near the arena."
    assert flags(old, new) == [("conflict", "Two", "A single")]


def test_a_singular_s_noun_unsaid_by_another_value_is_no_conflict():
    """ "on a single stretch" names what it counts, "30 of them" does not: no conflict."""
    old = (
        "The storm killed 41 people on a single stretch of the coast road. The log "
        "recorded the deaths at 02:10. Most were in their cars."
    )
    new = "At 02:10 the log recorded 41 deaths on one stretch of the coast road, 30 of them in their cars."
    assert ("conflict", "a single", "30") not in flags(old, new)


# ------------------------------------------------------------------ a share kept as its complement


@pytest.mark.parametrize(
    ("old", "new", "rest"),
    [
        (
            "Only 7% of members voted against the plan, the union said.",
            "The union said 93% of members backed the plan.",
            "93%",
        ),
        (
            "Just 12% of the forest survived the fire, officials said.",
            "Officials said the fire destroyed 88% of the forest.",
            "88%",
        ),
        (
            "In the ballot 35% of residents opposed the new car park.",
            "Some 65% of residents supported the new car park in the ballot.",
            "65%",
        ),
        (
            "Only 15% of the class failed the exam, the school said.",
            "The school said 85% of the class passed the exam.",
            "85%",
        ),
        (
            "A fifth of the herd survived the winter, the farmer said.",
            "The farmer said the winter killed 80% of the herd.",
            "80%",
        ),
        # a whole named once by its name: the same whole
        (
            "Only 9% of the lake showed no sign of algae, the survey found.",
            "The survey found 91% of the Loch Arran Lake showed signs of algae.",
            "91%",
        ),
    ],
)
def test_a_share_on_the_other_side_of_one_whole_is_derived(old, new, rest):
    found = [(f.status, f.old and f.old.text, f.new and f.new.text) for f in compare(old, new)]
    assert ("derived", None, rest) in found
    assert not [f for f in found if f[0] in ("dropped", "added", "conflict")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the same side: the value changed
        (
            "Only 7% of members voted against the plan, the union said.",
            "The union said 93% of members voted against the plan.",
        ),
        # a side denied is the other side: 93% not backing it is no rest of 7% against
        (
            "Only 7% of members voted against the plan, the union said.",
            "The union said 93% of members did not back the plan.",
        ),
        # two wholes: members and managers
        (
            "Only 12% of members backed the strike, the union said.",
            "The union said 88% of managers opposed the strike.",
        ),
    ],
)
def test_a_share_of_another_whole_or_the_same_side_is_no_complement(old, new):
    assert not [f for f in compare(old, new) if f.status == "derived"]


def test_a_rest_of_an_unrelated_share_is_no_complement():
    old = "Only 7% of the reef survived the heatwave. Turnout at the vote was 61%."
    new = "Turnout at the vote was 61%. Divers said 93% of the coral in the bay had died."
    assert ("added", None, "93%") in [
        (f.status, f.old and f.old.text, f.new and f.new.text) for f in compare(old, new)
    ]


# ------------------------------------------------------------------ a repeat's period alone


def _sentence(*words: str) -> Context:
    return Context(frozenset(words), (), (), frozenset(), None, None, 0.0)


def test_the_period_of_a_repeat_alone_is_no_proof_new_keeps_its_sentence():
    """ "being the first team to beat them" ... "the first team to beat them this
    season" -> "being the first team to do so this season": the season is one word of
    the repeat's, so the first mention is kept (consistency.md; sets 4 and 6 label it so)."""
    first, repeat = _sentence("think", "dane"), _sentence("think", "point", "view")
    new = _sentence("focus", "lovenk")
    assert not _keeps_repeat_sentence(first, repeat, new, period=True)
    # the period and one more word of the repeat's sentence alone are two
    assert _keeps_repeat_sentence(first, repeat, _sentence("focus", "view"), period=True)
    # a word of the first's alone merges the two: the first is kept
    assert not _keeps_repeat_sentence(first, repeat, _sentence("dane", "view"), period=True)


def test_new_keeping_the_repeat_s_own_words_keeps_the_repeat():
    old = (
        "Rovers are unbeaten in the league. \"I don't think it has anything to do with "
        'being the first team to beat them," the striker said. He spent four years at the '
        "club and won two cups. \"I don't think anybody would be looking at it from our "
        'point of view, that we want to be the first team to beat them this season."'
    )
    new = (
        "Nobody is looking at it from our point of view as the first team to defeat Rovers "
        "this season, the striker said."
    )
    dropped, kept = _dropped_and_kept(old, new)
    assert old.index("first") in dropped
    assert old.rindex("first") in kept


# ------------------------------------------------------------------ a vague span ago within a period


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "And earlier this year, a boy was found dead in a shed near the port.",
            "And just a few months ago, a boy was found dead in a shed near the port.",
        ),
        (
            "The mayor said earlier this week that the bridge would shut.",
            "A few days ago the mayor said the bridge would shut.",
        ),
        (
            "The plant closed earlier this month, the firm said.",
            "The firm said the plant closed a couple of weeks ago.",
        ),
        (
            "The plant closed several weeks ago, the firm said.",
            "The firm said the plant closed earlier this year.",
        ),
    ],
)
def test_a_vague_span_ago_within_this_period_is_no_flag(old, new):
    """Both dates are vague and agree: neither is a figure to flag (consistency.md)."""
    assert flags(old, new) == []


@pytest.mark.parametrize(
    ("old", "new", "flag"),
    [
        (
            "And earlier this year, a boy was found dead in a shed near the port.",
            "And a few years ago, a boy was found dead in a shed near the port.",
            ("conflict", "earlier this year", "a few years ago"),
        ),
        (
            "The plant closed last month, the firm said.",
            "The firm said the plant closed a few weeks ago.",
            ("conflict", "last month", "a few weeks ago"),
        ),
        (
            "The plant closed in March, the firm said.",
            "The firm said the plant closed a few months ago.",
            ("conflict", "March", "a few months ago"),
        ),
    ],
)
def test_a_vague_span_ago_outside_the_period_or_for_a_named_date_is_still_flagged(old, new, flag):
    assert flag in flags(old, new)
