"""The seed case: the Reuters wire story against its rewrite (../shared/seeds/).

``border-asylum-wire.txt`` is the ORIGINAL (old), ``border-asylum-rewrite.txt``
the REWRITE (new). The acceptance criteria of issue 5, one test each.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seed_findings():
    wire = shared_path("seeds", "border-asylum-wire.txt").read_text(encoding="utf-8")
    rewrite = shared_path("seeds", "border-asylum-rewrite.txt").read_text(encoding="utf-8")
    return wire, rewrite, compare(wire, rewrite)


def _with(findings, status, text, side):
    out = []
    for f in findings:
        m = f.old if side == "old" else f.new
        if f.status == status and m is not None and text in m.text:
            out.append(f)
    return out


@pytest.mark.parametrize("figure", ["143", "3,800", "Feb. 13"])
def test_dropped_figures(seed_findings, figure):
    _, _, found = seed_findings
    assert _with(found, "dropped", figure, "old"), figure


def test_a_day_of_talks_is_added(seed_findings):
    _, _, found = seed_findings
    assert _with(found, "added", "day", "new")


def test_early_this_month_is_flagged_against_this_month(seed_findings):
    _, _, found = seed_findings
    hits = [f for f in found if f.new is not None and "this month" in f.new.text]
    assert hits and all(f.status == "conflict" for f in hits)
    assert "this month" in hits[0].old.text


@pytest.mark.parametrize("figure", ["5,500", "8,900"])
def test_conversion_matched_in_both(seed_findings, figure):
    _, _, found = seed_findings
    assert _with(found, "match", figure, "old") and _with(found, "match", figure, "new")


@pytest.mark.parametrize("figure", ["last month", "Hundreds"])
def test_kept_figures_match(seed_findings, figure):
    _, _, found = seed_findings
    assert _with(found, "match", figure, "new")


def test_nothing_flagged_that_did_not_change(seed_findings):
    """Every flag is on a figure that the rewrite really dropped, added or changed."""
    wire, rewrite, found = seed_findings
    for f in found:
        if f.status == "dropped":
            # the figure's sentence is gone from the rewrite, or at least the figure is
            assert f.old.text not in rewrite or f.sentence not in rewrite, f.old.text
        elif f.status == "added":
            assert f.new.text not in wire, f.new.text
        elif f.status == "conflict":
            assert f.old.text != f.new.text or "early" in f.sentence, (f.old.text, f.new.text)


def test_trailing_non_english_line_does_no_harm(seed_findings):
    _, rewrite, found = seed_findings
    last_line = rewrite.rstrip().splitlines()[-1]
    tail = rewrite.rindex(last_line)
    assert not [f for f in found if f.side == "new" and f.start >= tail]


def test_seed_pair_fails_the_default_run():
    """Pre-publication defaults: an unsupported added figure is an error, so the
    seed rewrite (which invents "a day of talks") fails `--fail-on error`."""
    import subprocess
    import sys

    wire = shared_path("seeds", "border-asylum-wire.txt")
    rewrite = shared_path("seeds", "border-asylum-rewrite.txt")
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", str(wire), str(rewrite), "--quiet"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stdout + run.stderr


def test_added_and_changed_are_errors_dropped_and_qualifier_warnings(seed_findings):
    _, _, found = seed_findings
    levels = {(f.status, f.rule): f.level for f in found}
    assert levels[("added", "compare-added")] == "error"
    assert levels[("dropped", "compare-dropped")] == "warning"
    assert levels[("conflict", "compare-qualifier")] == "warning"
