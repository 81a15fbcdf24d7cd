"""Rule type reference: standing figures from a YAML file checked against the text."""

from __future__ import annotations

import pytest

from factcheck.checks import check_text
from factcheck.errors import RuleError
from factcheck.ruleset import load_ruleset

FACTS = """\
facts:
  - subject: length of the Northland-Southland border
    keywords: [border, Northland]
    value: 2400
    unit: mile
    tolerance: 0.01
    source: Boundary Commission
  - subject: seats in the Northland assembly
    keywords: [assembly, Northland]
    value: 120
    noun: seats
    source: Electoral Office
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text(
        "options:\n  reference:\n    facts: facts.yaml\n", encoding="utf-8"
    )
    return load_ruleset(start=tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northland's 2,400-mile border is mostly forest.", "match"),
        ("Northland's 3,900-km border is mostly forest.", "match"),  # 3,862 km
        ("Northland's 2,900-mile border is mostly forest.", "conflict"),
        ("The Northland assembly has 120 seats.", "match"),
        ("The Northland assembly has 102 seats.", "conflict"),
        ("Northland's border guards number 2,900.", "none"),  # no unit: not the length
    ],
)
def test_reference_facts(rules, text, expected):
    statuses = {f.status for f in check_text(text, rules=rules) if f.rule == "reference"}
    got = "conflict" if "conflict" in statuses else "match" if "match" in statuses else "none"
    assert got == expected


def test_conflict_message_cites_the_source(rules):
    (f,) = [
        f
        for f in check_text("Northland's 2,900-mile border is long.", rules=rules)
        if f.rule == "reference"
    ]
    assert "Boundary Commission" in f.message and "2,400 mile" in f.message


def test_without_facts_the_rule_does_nothing():
    assert not [f for f in check_text("Northland's 2,900-mile border.") if f.rule == "reference"]


def test_a_bad_facts_file_is_a_rule_error(tmp_path):
    (tmp_path / "facts.yaml").write_text("facts:\n  - subject: x\n    value: lots\n", "utf-8")
    (tmp_path / ".factcheck.yaml").write_text(
        "options:\n  reference:\n    facts: facts.yaml\n", encoding="utf-8"
    )
    with pytest.raises(RuleError, match="fact 1"):
        load_ruleset(start=tmp_path)
