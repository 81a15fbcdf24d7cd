"""Rule type bounds: a figure a project names must lie within min and max (YAML only)."""

from __future__ import annotations

import json

import pytest

from factcheck.checks import check_text
from factcheck.cli import main
from factcheck.errors import RuleError
from factcheck.ruleset import load_ruleset


def rules(tmp_path, body: str, name: str = "bound.yaml"):
    folder = tmp_path / "house-rules"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


def statuses(text: str, folder) -> list[tuple[str, str]]:
    ruleset = load_ruleset([folder], defaults=False)
    return [(f.status, f.message) for f in check_text(text, rules=ruleset)]


TURNOUT = "id: turnout\ntype: bounds\nlevel: error\nnoun: turnout\nmax: 100\n"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Turnout was 112%.", True),
        ("Turnout was 62%.", False),
        ("The turnout, at 112 per cent, was a record.", True),
        ("A 112% turnout surprised the officials.", True),
        ("Turnout rose 112% from 2015.", False),  # a change, not a level
        ("Turnout was 60%, and 112% of voters said yes.", False),  # another figure between
        ("Attendance reached 112%.", False),  # another noun
    ],
)
def test_noun_selects_the_figure(tmp_path, text, flagged):
    found = statuses(text, rules(tmp_path, TURNOUT))
    assert bool(found) == flagged
    if flagged:
        assert found[0][0] == "conflict"
        assert found[0][1].endswith("turnout must be at most 100")


def test_unit_selects_and_the_template_is_filled(tmp_path):
    folder = rules(
        tmp_path,
        "id: rate\ntype: bounds\nunit: '%'\nmin: 0\nmax: 100\n"
        "message: '{figure} is not between {min} and {max} ({bound})'\n",
    )
    found = statuses("Inflation was 140 per cent and 12 people left.", folder)
    assert found == [("conflict", "140 per cent is not between 0 and 100 (between 0 and 100)")]
    assert statuses("Inflation was 40 per cent.", folder) == []


def test_dimension_converts_to_the_unit(tmp_path):
    folder = rules(
        tmp_path,
        "id: everest\ntype: bounds\ndimension: '[length]'\nunit: metre\nmax: 8849\n"
        "message: '{figure} ({value} m) is higher than Everest'\n",
    )
    assert statuses("The peak stands 9 km above the plain.", folder) == [
        ("conflict", "9 km (9,000 m) is higher than Everest")
    ]
    assert statuses("The peak stands 30,000 feet above the plain.", folder) != []
    assert statuses("The peak stands 8,000 metres above the plain.", folder) == []
    assert statuses("It weighed 9,000 kg.", folder) == []  # not a length


def test_dimension_without_unit_is_in_base_units(tmp_path):
    folder = rules(tmp_path, "id: big\ntype: bounds\ndimension: '[area]'\nmax: 1000\n")
    assert statuses("A plot of 2 hectares.", folder)  # 20,000 square metres
    assert not statuses("A plot of 900 square metres.", folder)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("id: x\ntype: bounds\nmax: 1\n", "give noun, unit or dimension"),
        ("id: x\ntype: bounds\nnoun: turnout\n", "give min, max or both"),
        ("id: x\ntype: bounds\nnoun: turnout\nmin: 5\nmax: 1\n", "larger than max"),
        ("id: x\ntype: bounds\nunit: furlongs per week\nmax: 1\n", "unknown unit"),
        ("id: x\ntype: bounds\ndimension: '[bogus]'\nmax: 1\n", "pint does not know"),
        ("id: x\ntype: bounds\ndimension: '[length]'\nunit: kg\nmax: 1\n", "not of dimension"),
        ("id: x\ntype: bounds\nnoun: '1 2'\nmax: 1\n", "noun: "),
    ],
)
def test_bad_rules_are_one_line_naming_the_file(tmp_path, body, problem):
    folder = rules(tmp_path, body)
    with pytest.raises(RuleError) as info:
        load_ruleset([folder], defaults=False)
    assert "bound.yaml" in str(info.value) and problem in str(info.value)


def test_through_the_cli(tmp_path, capsys):
    folder = rules(tmp_path, TURNOUT)
    article = tmp_path / "story.md"
    article.write_text("# Vote\n\nTurnout was 112%, officials said.\n", encoding="utf-8")
    code = main(["check", str(article), "--rules", str(folder), "--format", "json"])
    out, _ = capsys.readouterr()
    assert code == 1
    (f,) = [f for f in json.loads(out)["findings"] if f["rule"] == "turnout"]
    assert (f["line"], f["level"], f["status"]) == (3, "error", "conflict")
    bad = rules(tmp_path, "id: x\ntype: bounds\nnoun: turnout\n", name="broken.yaml")
    code = main(["check", str(article), "--rules", str(bad)])
    _, err = capsys.readouterr()
    assert code == 2 and "broken.yaml" in err and len(err.strip().splitlines()) == 1
