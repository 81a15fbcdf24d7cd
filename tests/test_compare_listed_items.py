"""A count NEW gives with its own list of the items, as LLM summaries write them.

"He used three tools, a drill, a file and a saw" counts the list beside it:
right when the list holds that many and one OLD sentence names every item,
wrong (a conflict, whatever OLD figure it pairs with) when a list whose end is
sure holds another number. Sentences are invented.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from factcheck.compare.recount import listed_items
from tests.test_compare_recount import status_of


@pytest.mark.parametrize(
    "text, items, sure",
    [
        # after a comma the list ends with the item after the first "and"
        (
            " tools, a drill, a file and a saw, to open it, and left.",
            ["a drill", "a file", "a saw"],
            False,
        ),
        # in brackets every piece is an item; a name may hold "and"
        (
            " bodies (Arts Council, Parks and Gardens Trust, Visit Fife and Fife College) back it.",
            ["Arts Council", "Parks and Gardens Trust", "Visit Fife", "Fife College"],
            True,
        ),
        (
            " kinds of room (kitchen, hall, or box room) were shut.",
            ["kitchen", "hall", "box room"],
            True,
        ),
        (
            " ways to pay: by card, or in cash at the desk.",
            ["by card", "in cash at the desk"],
            True,
        ),
    ],
)
def test_the_items_a_count_lists_beside_it(text, items, sure):
    assert listed_items(text, 0) == (items, sure)


@pytest.mark.parametrize(
    "text",
    [
        " medals (including gold, silver and bronze) were won.",  # only some of them
        " clubs (Ayr, Troon and others) bid.",
        " of the schools (Ayr, Troon and Irvine) closed.",  # a part of what is listed
        " goals, two from Kane and one from Son.",  # items with figures: no plain list
        " pupils said the meals were cold.",  # no list at all
        " clubs (Ayr and Troon, both in Ayrshire) bid.",  # the bracket goes on after the list
    ],
)
def test_no_list_is_read_where_it_is_partial_or_not_a_list(text):
    assert listed_items(text, 0) is None


@pytest.mark.parametrize(
    "old, new, surface",
    [
        (
            "She opened the case with a drill, file and saw before the alarm went off.",
            "She used three tools, a drill, a file and a saw, to open the case.",
            "three",
        ),
        (
            "The Arts Council, the Parks and Gardens Trust, Visit Fife and Fife College back the plan.",
            "Four bodies (Arts Council, Parks and Gardens Trust, Visit Fife and Fife College) back the plan.",
            "Four",
        ),
        (
            "The ban covers the kitchen, the hall, the stairs and the box room.",
            "The ban covers four kinds of room (kitchen, hall, stairs or box room).",
            "four",
        ),
        (
            "The firm runs the Royal Infirmary in Ayr and Troon Community Hospital.",
            "The firm runs two hospitals, the Royal Infirmary in Ayr and Troon Community, on one budget.",
            "two",
        ),
    ],
)
def test_a_count_of_the_items_it_lists_that_old_names_is_derived(old, new, surface):
    assert status_of(old, new, surface) == "derived"


@pytest.mark.parametrize(
    "old, new, surface",
    [
        # an item OLD does not name
        (
            "She opened the case with a drill, file and saw before the alarm went off.",
            "She used three tools, a drill, a file and a hammer, to open the case.",
            "three",
        ),
        # the count is not the list's
        (
            "She opened the case with a drill, file and saw before the alarm went off.",
            "She used four tools, a drill, a file and a saw, to open the case.",
            "four",
        ),
    ],
)
def test_a_count_of_a_list_old_does_not_hold_stays_added(old, new, surface):
    assert status_of(old, new, surface) == "added"


def test_a_count_its_list_contradicts_is_a_conflict_even_where_old_has_the_value():
    old = (
        "All four high schools are being rebuilt. Ayr, Troon, Irvine, Girvan and Largs "
        "primaries are part of a review."
    )
    new = "Four primary schools (Ayr, Troon, Irvine, Girvan and Largs) are part of a review."
    found = [f for f in compare(old, new) if f.new is not None and f.new.text == "Four"]
    assert [f.status for f in found] == ["conflict"]
    assert "Ayr, Troon, Irvine, Girvan and Largs" in found[0].message
    right = new.replace("Four", "Five")
    assert [f.status for f in compare(old, right) if f.status in ("conflict", "added")] == []


def test_a_list_without_a_sure_end_or_of_two_is_no_conflict():
    old = "All four high schools are being rebuilt. Ayr and Troon primaries face a review."
    for new in (
        "Four primary schools, Ayr and Troon, face a review.",  # after a comma: not sure
        "All four schools (Ayr and Troon) face a review.",  # two items only
    ):
        assert not [f for f in compare(old, new) if f.status == "conflict"]
