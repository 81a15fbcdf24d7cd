"""Checks never crash on odd copy: random mixes of the pieces they look for."""

from __future__ import annotations

import random

from factcheck.checks import check_text

PIECES = [
    "100", "miles", "(", "260 km", ")", "from", "to", "a", "25%", "increase", "of", "the",
    "four", ",", "or", "Tuesday,", "Feb. 13, 2017", "Smith,", "45,", "total", "and", "in",
    "2016", "800", "fell", "rose", "up", "down", "-", "–", "$2", "C$850", "40C", "(104F)",
    "by", "doubled", "than", ".", "\n", "<!-- factcheck: disable -->", "<p>", "</p>", "**",
    "`", "#", "|", "0", "0%", "-5", "1/2", "three", "years old", "300-year-old", "Ms.",
    "Of", "out of", "1.2 million", "per cent", "percentage points", "nearly", "more than",
    "was", "will", "on", "June 3, 2027", "<!-- factcheck: enable -->", "---",
]  # fmt: skip


def test_random_copy_never_crashes_a_rule():
    rng = random.Random(20261122)
    for _ in range(60):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        for path in (None, "a.md", "a.html"):
            for f in check_text(text, path=path, reference_date="2026-01-15"):
                assert 0 <= f.start <= f.end <= len(text)
                assert f.line >= 1 and f.column >= 1
