"""Summaries in the styles of older models and of LLM bullet lists, and what compare makes of them.

Older abstractive models write one dense sentence or three "highlights", some
lower-cased and tokenised ("holman and danny wright both scored twice ."); an
extractive model splices the source's lead sentences. Current LLMs write bullet
lists ("- ", "* ", "1."), a "**Key points:**" header, bold labels and a headline
line. Each restates the source's figures in its own layout and words; the same
moves that make a claim false stay flagged. Sentences are ours; the measured set
is bench/data/compare-summaries5.json.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import summary_flags

# ------------------------------------------------------------ goals of several scorers

MATCH_REPORT = (
    "Striker Ellery opened his account with a volley before doubling his tally from the spot. "
    "Jon Marsh then matched that, heading in from a corner before a late double of his own. "
    "Okoro pulled one back for the visitors."
)


@pytest.mark.parametrize(
    "summary",
    [
        "Ellery and Jon Marsh both scored twice for the hosts.",
        "ellery and jon marsh both scored twice for the hosts .",
        "Ellery, and Marsh, each scored twice.",
        "marsh scored twice as the hosts won .",
    ],
)
def test_each_scorer_of_a_count_of_goals_the_source_tells_as_a_story(summary):
    assert summary_flags(MATCH_REPORT, summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Ellery and Okoro both scored twice.",  # Okoro's one goal: not two each
        "ellery and okoro both scored twice .",
        "ellery and jon marsh both scored three times .",
    ],
)
def test_a_count_of_goals_one_of_its_scorers_did_not_score_stays_flagged(summary):
    assert [s for s, _, _ in summary_flags(MATCH_REPORT, summary)] == ["added"]


# ------------------------------------------------------------ what is left of a whole

RESCUE = (
    "About 240 sheep were swept away when the river burst its banks. "
    "The 35 were found alive on a sandbank on Tuesday, the farm said."
)


@pytest.mark.parametrize(
    "summary",
    [
        # the part told with the whole's words ("swept away") and its own ("found")
        "Thirty-five sheep swept away by a flood have been found. "
        "That leaves about 205 sheep still missing.",
        "- 35 of the sheep were found alive\n- The remaining 205 are still missing",
        "35 sheep have been found, leaving 205 unaccounted for.",
    ],
)
def test_the_rest_of_a_whole_after_a_part_both_summary_and_source_state(summary):
    assert summary_flags(RESCUE, summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        # the part not stated: 205 is not told apart from any other count
        "That leaves about 205 sheep still missing after the flood.",
        # a miscomputed rest
        "Thirty-five sheep have been found. That leaves about 215 sheep still missing.",
        # no word making it the rest
        "Thirty-five sheep have been found and 205 sheep were sold.",
    ],
)
def test_a_rest_not_said_or_not_true_stays_flagged(summary):
    assert [s for s, _, _ in summary_flags(RESCUE, summary)] == ["added"]


# ------------------------------------------------------------ list markers and headers

NOTICE = (
    "The parish council approved 14 new homes on Tuesday. Work will start in March and "
    "cost £2.4m. Residents raised 37 objections, the clerk said."
)


@pytest.mark.parametrize(
    "summary",
    [
        "**1. Approval:** 14 new homes were approved.\n**2. Cost:** £2.4m.",
        "## Key Points\n\n**1. Approval** - 14 homes.\n**2. Objections** - 37 were raised.",
        "1/ The council approved 14 homes.\n2/ Residents raised 37 objections.",
        "(1) 14 homes approved; (2) 37 objections raised; (3) a cost of £2.4m.",
        "Key facts:\n1 The council approved 14 new homes.\n2 Residents raised 37 objections.",
        "Takeaway 1: 14 homes were approved.\nTakeaway 2: residents raised 37 objections.",
        "1\ufe0f\u20e3 14 homes were approved\n2\ufe0f\u20e3 Residents raised 37 objections",
    ],
)
def test_list_markers_in_markdown_slashes_brackets_labels_or_bare_are_no_figures(summary):
    assert summary_flags(NOTICE, summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        "Here are 3 key points:\n- 14 new homes approved\n- Work starts in March\n- Cost: £2.4m",
        "Here are the 3 key takeaways from the article:\n\n1. 14 homes.\n2. March.\n3. £2.4m.",
        "Key points (2):\n- 14 new homes approved.\n- 37 objections.",
        "Summary (in 3 bullet points):\n* 14 homes approved\n* £2.4m cost\n* 37 objections",
        "In short, there are two takeaways: 14 homes were approved and 37 objections raised.",
        "Two key facts stand out: 14 homes were approved and 37 objections were raised.",
        "Below are 2 highlights:\n- 14 homes approved.\n- 37 objections raised.",
        "Top 3 takeaways:\n1. 14 homes approved.\n2. Work starts in March.\n3. £2.4m cost.",
        "Key takeaways (2)\n- 14 homes approved.\n- 37 objections raised.",
        "Here's a summary of the article in 3 sentences:\n\n14 homes were approved. Work "
        "starts in March. It will cost £2.4m.",
        "Here is a 2-sentence summary: 14 homes were approved. Residents raised 37 objections.",
        "In 25 words: the council approved 14 homes costing £2.4m despite 37 objections.",
        "The article can be summarized in two points: 14 homes were approved, and 37 "
        "objections were raised.",
    ],
)
def test_a_count_of_the_items_a_heading_introduces_is_no_figure(summary):
    assert summary_flags(NOTICE, summary) == []


@pytest.mark.parametrize(
    "summary",
    [
        # a lone number opening a line is a figure, marker-like or not
        "Residents raised objections.\n3 The council approved 14 homes.",
        # a count in brackets that is no heading's
        "The council approved homes (15) on Tuesday.",
        # "there are" before a count of the story's things, no heading
        "There are 15 new homes in the plan.",
        # a count of sentences, words or points of the story, not of the summary
        "The council approved homes in 15 points of its plan.",
        "Residents sent the council a text message in 15 words.",
        # a count in brackets at a line end that no heading noun stands before
        "- Homes approved (15)\n- Objections raised (37)",
    ],
)
def test_figures_that_only_look_like_markers_or_headings_stay_figures(summary):
    assert [s for s, _, _ in summary_flags(NOTICE, summary)] in (["added"], ["conflict"])


# ------------------------------------------------------------ a count's own verb


@pytest.mark.parametrize(
    "summary",
    [
        "Three people were injured in a crash on the B4310.",
        "Man, 41, charged after three hurt in crash",
        "A man has been charged after three people were injured.",
    ],
)
def test_a_count_after_a_subordinator_takes_its_own_verb(summary):
    old = "Ivo Brandt, 41, was charged after three people were injured in a crash on the B4310."
    assert summary_flags(old, summary) == []


def test_a_count_after_a_subordinator_still_changes_with_its_own_verb():
    old = "Ivo Brandt, 41, was charged after three people were injured in a crash."
    new = "Ivo Brandt was charged after three people were killed in a crash."
    assert [s for s, _, _ in summary_flags(old, new)] == ["conflict"]


# ------------------------------------------------------------ two figures swapped

AUDIT = (
    "The inspectors' report listed 42 unexplained payments from the council's housing account. "
    "Separately, 17 invoices from the 2019 road scheme have been passed to the police."
)


def test_two_figures_a_summary_swaps_are_two_conflicts():
    new = (
        "- The report listed 17 unexplained payments from the housing account.\n"
        "- 42 invoices from the 2019 road scheme were passed to the police."
    )
    assert summary_flags(AUDIT, new) == [("conflict", "42", "17"), ("conflict", "17", "42")]


@pytest.mark.parametrize(
    "new",
    [
        "- The report listed 42 unexplained payments.\n- 17 invoices went to the police.",
        "17 invoices went to the police after the report listed 42 unexplained payments.",
    ],
)
def test_figures_kept_with_their_facts_are_not_swapped(new):
    assert summary_flags(AUDIT, new) == []


def test_two_figures_of_one_sentence_reworded_together_are_not_a_swap():
    old = (
        "The ferry listed in the storm. Two crew members out of 31 rescued by lifeboats "
        "suffered minor injuries, the coastguard said."
    )
    new = "31 crew members were rescued by lifeboats, with two suffering minor injuries."
    assert summary_flags(old, new) == []


# ------------------------------------------------------------ a date pinned to another fact

CASE = (
    "Hurdler Dana Voss was banned for three years in 2012 after testing positive for an "
    "anabolic steroid. Her former physio admitted six breaches of the rules, committed in "
    "2012 and 2016, the agency said."
)


def test_a_date_given_the_value_of_another_date_of_the_source_is_a_conflict():
    new = "Voss was banned for three years in 2016 after testing positive for an anabolic steroid."
    assert summary_flags(CASE, new) == [("conflict", "2012", "2016")]


@pytest.mark.parametrize(
    "new",
    [
        "Voss was banned for three years in 2012 after testing positive for an anabolic steroid.",
        "Her former physio admitted six breaches, committed in 2012 and 2016.",
        "The physio's breaches date from 2016.",
    ],
)
def test_dates_kept_with_their_facts_are_not_repinned(new):
    assert summary_flags(CASE, new) == []


def test_a_relative_date_is_not_repinned_to_a_year():
    old = "The 2019 fair drew record crowds. One of this year's highlights is a maze."
    new = "This year's fair drew record crowds."
    assert summary_flags(old, new) == []


# ------------------------------------------------------------ bullet-list shorthand

FAIR = (
    "The harvest fair hopes to sell around 40,000 apples this year. It raised more than "
    "£12,000 from local firms and about 60% of stalls are run by volunteers. Ten nations "
    "will send growers. Judging is on 9 May in Leek, before the final a day later in Buxton. "
    "The awards are presented on 12 May."
)


@pytest.mark.parametrize(
    "summary",
    [
        "- ~40,000 apples to be sold this year\n- £12k+ raised from local firms\n- ~60% of stalls run by volunteers",
        "- Sales target: ≈40,000 apples\n- Funding: >£12,000 from local firms",
        "- **Countries:** 10 countries send growers",
        "- **When:** 9-12 May\n- **Where:** Leek and Buxton",
        "- Judging: 9 May, Leek\n- Final: 10 May, Buxton",
    ],
)
def test_shorthand_of_bullet_lists_keeps_the_source_s_figures(summary):
    assert summary_flags(FAIR, summary) == []


@pytest.mark.parametrize(
    "summary,flagged",
    [
        ("- ~50,000 apples to be sold this year", "50,000"),
        ("- <£12,000 raised from local firms", "£12,000"),  # "more than" made "less than"
        ("- Final: 11 May, Buxton", "11 May"),
        ("- **When:** 8-12 May", "8-12 May"),
    ],
)
def test_shorthand_that_changes_a_figure_stays_flagged(summary, flagged):
    assert [new for _, _, new in summary_flags(FAIR, summary)] == [flagged]


def test_two_figures_of_one_summary_sentence_are_not_crossed():
    # the nearest words cross ("fell" / "dropped") but a sentence's words are shared
    old = (
        "Shares of Hobart Foods dropped 2% after a report on weak sales. "
        "Factory output fell 0.6% in March, the statistics office said."
    )
    new = "Hobart Foods fell 2% on a weak sales report, and factory output dropped 0.6% in March."
    assert summary_flags(old, new) == []


DEADLINES = (
    "The council ordered the sign taken down. The hoarding must be removed by 14 August. "
    "The owner has until 2 July to lodge an appeal."
)


def test_two_dates_a_summary_swaps_across_its_bullets_are_two_conflicts():
    new = "- The hoarding must be removed by 2 July.\n- The owner has until 14 August to lodge an appeal."
    assert summary_flags(DEADLINES, new) == [
        ("conflict", "14 August", "2 July"),
        ("conflict", "2 July", "14 August"),
    ]


# ------------------------------------------------------------ another entity's figure

BOUT = (
    "Lind, ranked 12th in the world, beat Spain's Ana Ruiz in the final. Victories over "
    "Poland's world number four Ewa Nowak and Italy's Carla Ferri set up the meeting. "
    '"It was a long day," said Lind, who will rise to world number eight.'
)


def test_a_rank_of_another_competitor_given_to_the_subject_is_flagged():
    new = "World number four Lind beat Spain's Ana Ruiz in the final."
    assert [new_text for _, _, new_text in summary_flags(BOUT, new)] == ["four"]


@pytest.mark.parametrize(
    "new",
    [
        "Lind, the world number 12, beat Spain's Ana Ruiz in the final.",
        "Lind beat world number four Ewa Nowak on the way to the final.",
    ],
)
def test_ranks_kept_with_their_competitors(new):
    assert summary_flags(BOUT, new) == []
