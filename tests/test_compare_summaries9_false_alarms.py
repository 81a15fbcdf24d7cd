"""False-alarm classes of summaries set 9 (LLM prose summaries of news; issue 12).

Each class is a figure a summary keeps, written or placed another way, that the
comparison flagged. Sentences, names and figures are ours.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import flags, summary_flags

# -- one written figure read the same way on both sides ------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Patel replaced Hughes at the top of the bowling rankings after taking 6-71 "
            "in the second match of the series.",
            "Patel went top of the bowling rankings after taking 6-71 against Kent.",
        ),
        (
            "The seamer returned 4-38 in the opening game as the county side won.",
            "The seamer returned 4-38 against Surrey, a bowling display the club praised.",
        ),
    ],
)
def test_a_bowlers_figures_kept_are_kept_whatever_words_stand_near(old, new):
    assert summary_flags(old, new) == []


def test_a_bowlers_figures_changed_are_still_a_conflict():
    old = "Patel went top of the bowling rankings after taking 6-71 in the second match."
    new = "Patel went top of the bowling rankings after taking 6-17 against Kent."
    assert ("conflict", "6-71", "6-17") in flags(old, new)
