"""An article's dateline is looked for once and passed down, not re-found by each layer."""

from __future__ import annotations

import pytest

import factcheck
import factcheck.extract.dateline as dateline_module

WIRE = (
    "Published: March 6, 2017\n\nThe council spent $4.5 million last month on 12 new buses, "
    "officials said on Monday."
)
REWRITE = "The council spent $4.5 million in February on 14 new buses."


@pytest.fixture
def searches(monkeypatch):
    calls: list[str] = []
    real = dateline_module.find_dateline

    def counting(text: str):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(dateline_module, "find_dateline", counting)
    return calls


def test_compare_looks_once_per_version(searches):
    findings = factcheck.compare(WIRE, REWRITE)
    assert len(searches) == 2
    pairs = {(f.status, f.old and f.old.text, f.new and f.new.text) for f in findings}
    # the rewrite borrowed the wire's day: "last month" met "February"
    assert ("match", "last month", "February") in pairs
    # the wire's dateline is when it was filed, not a figure the rewrite dropped
    assert not [p for p in pairs if p[0] == "dropped" and "2017" in p[1]]


def test_check_looks_once(searches):
    factcheck.check(WIRE)
    assert len(searches) == 1


def test_extract_looks_once_and_not_at_all_with_a_date(searches):
    factcheck.extract(WIRE)
    assert len(searches) == 1
    factcheck.extract(WIRE, "2017-03-06")
    assert len(searches) == 1
