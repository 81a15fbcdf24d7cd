"""False-alarm classes of the fifth hand audit of compare flags (issue 12).

bench/data/compare-audit5.json judges a random sample of the flags ``factcheck
compare`` gives on the 73 pairs of the third audit that it had not judged; each
test here is one class of its false alarms, on sentences we invent (``python
bench/compare_audit.py`` re-measures the audits).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import flags

# ------------------------------------------------------------------ an ordinal inside a term


@pytest.mark.parametrize(
    "text",
    [
        "I wish I had been given more of a chance in the first team at Alton.",
        "He trained with the first team all summer, the coach said.",
        "The 19-year-old is back in Dunmore's first XI after his loan.",
        "She was dropped to the second team for the cup tie.",
        "He was promoted into the club's first team last season.",
        "Injuries have hit the depth of the squad around the first team.",
    ],
)
def test_first_team_after_a_preposition_names_a_squad_not_a_rank(text):
    assert not [m for m in extract(text) if m.dimension == "ordinal"]


@pytest.mark.parametrize(
    "text",
    [
        "They want to be the first team to beat the champions this season.",
        "Alton were the first team since the war to win the double.",
        "Bexley became the second team to qualify for the final.",
        "It is in the first team ever to win it twice.",
        "The first team scored twice before the break.",
    ],
)
def test_first_team_with_a_rank_s_complement_or_no_preposition_stays_a_rank(text):
    assert [m.text for m in extract(text) if m.dimension == "ordinal"] in (["first"], ["second"])


def test_a_squad_reworded_is_no_flag_and_a_rank_cut_still_is():
    old = (
        'The striker, 23, scored 14 goals on loan last season. "I would have liked more '
        'of a chance in the first team," he said.'
    )
    new = 'The 23-year-old striker scored 14 goals on loan last season. "I wanted more chances with the first team," he said.'
    assert flags(old, new) == []
    old_rank = "Alton want to be the first team to beat the champions this season, the coach said."
    new_rank = "Alton want to beat the champions this season, the coach said."
    assert ("dropped", "first", None) in flags(old_rank, new_rank)


# ------------------------------------------------------------------ a count of things NEW lists

ROUND_OLD = (
    "Ray Dunn had birdies on the third and fifth holes. Double bogeys on the 12th and 17th "
    "left him level par. His two late double bogeys spoiled an otherwise good round."
)
ROUND_NEW = (
    "Ray Dunn had birdies on the third and fifth holes, but double bogeys on the 12th and "
    "17th left him level par and spoiled his round."
)
FIRES_OLD = (
    "Crews fought fires on Monday and Thursday at the depot. The two fires destroyed three "
    "lorries, police said."
)
FIRES_NEW = "Crews fought fires on Monday and Thursday at the depot, which destroyed three lorries."


@pytest.mark.parametrize("old, new", [(ROUND_OLD, ROUND_NEW), (FIRES_OLD, FIRES_NEW)])
def test_a_count_of_things_both_versions_list_by_their_figures_is_kept(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old, new",
    [
        (ROUND_OLD, ROUND_NEW.replace("12th and 17th", "12th")),  # one of them cut
        (ROUND_OLD, ROUND_NEW.replace("12th and 17th", "12th and 16th")),  # another one
        (FIRES_OLD, FIRES_NEW.replace(" on Monday and Thursday", "")),  # no list at all
        (FIRES_OLD, FIRES_NEW.replace("Thursday", "Friday")),
    ],
)
def test_a_count_whose_list_new_changes_or_cuts_is_still_dropped(old, new):
    assert ("dropped", "two", None) in flags(old, new)


def test_a_count_of_another_group_with_the_same_noun_is_still_dropped():
    # the possessive names whose fires they were: not the ones listed
    old = "Crews fought fires on Monday and Thursday. Lee's two fires came a week later."
    new = "Crews fought fires on Monday and Thursday; Lee started fires later."
    assert ("dropped", "two", None) in flags(old, new)


# ------------------------------------------------------------------ an ordinal of one of them

ORDER_OLD = (
    "Ray Dunn had birdies on the third and fifth holes. Double bogeys on the 12th and 17th "
    "left him level par. His first double bogey came after a poor drive."
)
ORDER_NEW = (
    "Ray Dunn had birdies on the third and fifth holes, but double bogeys on the 12th and "
    "17th left him level par. They came from a poor drive and a lost ball."
)


def test_the_place_of_an_item_in_a_list_new_keeps_in_order_is_kept():
    # audit 3's ordinal implied by order: NEW's list says which came first
    assert flags(ORDER_OLD, ORDER_NEW) == []


@pytest.mark.parametrize(
    "new",
    [
        ORDER_NEW.replace("12th and 17th", "17th and 12th"),  # another order
        ORDER_NEW.replace("12th and 17th", "12th"),  # the list cut
        ORDER_NEW.replace("double bogeys on the 12th and 17th", "bogeys"),
    ],
)
def test_an_ordinal_whose_list_new_reorders_or_cuts_is_still_dropped(new):
    assert ("dropped", "first", None) in flags(ORDER_OLD, new)


def test_an_ordinal_past_the_end_of_the_list_is_still_dropped():
    old = ORDER_OLD.replace("His first double bogey", "His third double bogey")
    assert ("dropped", "third", None) in flags(old, ORDER_NEW)
