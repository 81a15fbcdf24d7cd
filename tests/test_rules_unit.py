"""Rule type unit: a project teaches factcheck a unit in YAML, and conversions with it are checked."""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.checks import check_text
from factcheck.cli import main
from factcheck.errors import RuleError
from factcheck.ruleset import load_ruleset

TSUBO = (
    'id: tsubo\ntype: unit\ndefine: "tsubo = 3.305785 * meter ** 2"\nspellings: [tsubo, tsubos]\n'
)


def folder_with(tmp_path, body: str, name: str = "tsubo.yaml", folder: str = "house-rules"):
    d = tmp_path / folder
    d.mkdir(exist_ok=True)
    (d / name).write_text(body, encoding="utf-8")
    return d


def conversion_verdicts(text: str, ruleset) -> list[tuple[str, str]]:
    return [
        (f.status, f.message) for f in check_text(text, rules=ruleset) if f.rule == "conversion"
    ]


@pytest.fixture
def tsubo_rules(tmp_path):
    return load_ruleset([folder_with(tmp_path, TSUBO)])


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("They bought 300 tsubo (990 square metres) of land.", "match"),
        ("They bought 300 tsubo (500 square metres) of land.", "conflict"),
        ("A 300-tsubo (990 sq m) plot.", "match"),
        ("The flat has 20 tsubos (66 square metres) of floor.", "match"),
        ("The flat has 20 tsubos (0.66 hectares) of floor.", "conflict"),
    ],
)
def test_conversions_with_a_defined_unit_are_checked(tsubo_rules, text, status):
    found = conversion_verdicts(text, tsubo_rules)
    assert [s for s, _ in found] == [status]


def test_the_conflict_says_what_the_conversion_gives(tsubo_rules):
    ((status, message),) = conversion_verdicts(
        "They bought 300 tsubo (500 square metres) of land.", tsubo_rules
    )
    assert status == "conflict"
    assert message.startswith("300 tsubo is 992 square metres")


def test_without_the_rule_the_unit_is_unknown():
    assert conversion_verdicts("They bought 300 tsubo (500 square metres) of land.", None) == []


def test_extraction_reads_the_spellings_only_when_asked(tsubo_rules):
    text = "They bought 300 tsubo of land."
    (m,) = factcheck.extract(text, units=tsubo_rules.units())
    assert (m.text, m.unit, m.dimension) == ("300 tsubo", "tsubo", "area")
    assert [m.unit for m in factcheck.extract(text)] == [None]


def test_two_rule_sets_do_not_leak_into_each_other(tmp_path, tsubo_rules):
    other = load_ruleset(
        [
            folder_with(
                tmp_path,
                TSUBO.replace("3.305785", "1.65"),  # a made-up half tsubo
                folder="other-project",
            )
        ]
    )
    text = "They bought 300 tsubo (990 square metres) of land."
    assert [s for s, _ in conversion_verdicts(text, tsubo_rules)] == ["match"]
    assert [s for s, _ in conversion_verdicts(text, other)] == ["conflict"]
    assert [s for s, _ in conversion_verdicts(text, tsubo_rules)] == ["match"]
    assert conversion_verdicts(text, None) == []
    assert [m.unit for m in factcheck.extract(text)][0] is None


@pytest.mark.parametrize(
    ("define", "problem"),
    [
        ("tsubo 3.3 m2", "pint's definition syntax"),
        ("tsubo = 3.3 * smoots_of_gold ** 2", "pint cannot read"),
        ("tsubo = 10 ** 10 ** 10 * meter", "one-digit exponent"),
        ("tsubo = __import__('os')", "cannot read"),
        ("mile = 1609 * meter", "pint already has a unit 'mile'"),
        ("tsubo = 12", "no dimension"),
    ],
)
def test_a_bad_definition_is_one_line_naming_the_file(tmp_path, define, problem):
    body = f'id: tsubo\ntype: unit\ndefine: "{define}"\nspellings: [tsubo]\n'
    with pytest.raises(RuleError) as info:
        load_ruleset([folder_with(tmp_path, body)])
    text = str(info.value)
    assert "tsubo.yaml" in text and "define" in text and problem in text
    assert "\n" not in text


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("spellings: []\n", "at least one spelling"),
        ("spellings: [metres]\n", "already spells metre"),
        ("spellings: [tsubo]\nsymbols: ['%']\n", "already spells percent"),
        ("spellings: ['3 tsubo']\n", "is not a word"),
    ],
)
def test_spellings_are_checked(tmp_path, extra, problem):
    body = 'id: tsubo\ntype: unit\ndefine: "tsubo = 3.305785 * meter ** 2"\n' + extra
    with pytest.raises(RuleError) as info:
        load_ruleset([folder_with(tmp_path, body)])
    assert problem in str(info.value)


def test_one_unit_defined_twice_in_a_set_is_an_error(tmp_path):
    d = folder_with(tmp_path, TSUBO)
    folder_with(tmp_path, TSUBO.replace("id: tsubo", "id: tsubo-again"), name="again.yaml")
    with pytest.raises(RuleError) as info:
        load_ruleset([d])
    assert "defined by" in str(info.value)


def test_through_the_cli(tmp_path, capsys):
    rules = folder_with(tmp_path, TSUBO)
    story = tmp_path / "story.txt"
    story.write_text("They bought 300 tsubo (500 square metres) of land.\n", encoding="utf-8")
    code = main(["check", str(story), "--rules", str(rules), "--format", "json"])
    out, _ = capsys.readouterr()
    assert code == 1
    (f,) = json.loads(out)["findings"]
    assert (f["rule"], f["status"], f["column"]) == ("conversion", "conflict", 13)
    story.write_text("They bought 300 tsubo (990 square metres) of land.\n", encoding="utf-8")
    assert main(["check", str(story), "--rules", str(rules)]) == 0
    capsys.readouterr()
    bad = folder_with(
        tmp_path, 'id: x\ntype: unit\ndefine: "x = 2 ** 99"\nspellings: [x]\n', folder="bad"
    )
    code = main(["check", str(story), "--rules", str(bad)])
    _, err = capsys.readouterr()
    assert code == 2 and "tsubo.yaml" in err and len(err.strip().splitlines()) == 1


def test_compare_converts_a_defined_unit(tmp_path, tsubo_rules, capsys):
    old = "They bought 300 tsubo of land in Osaka."
    right = "They bought 990 square metres of land in Osaka."
    wrong = "They bought 500 square metres of land in Osaka."
    assert [f.status for f in factcheck.compare(old, right, rules=tsubo_rules)] == ["match"]
    assert [f.status for f in factcheck.compare(old, wrong, rules=tsubo_rules)] == ["conflict"]
    assert "conflict" not in {f.status for f in factcheck.compare(old, wrong)}  # unknown unit
    (tmp_path / "old.txt").write_text(old + "\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(wrong + "\n", encoding="utf-8")
    rules = tmp_path / "house-rules"
    code = main(
        ["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), "--rules", str(rules),
         "--format", "json"]
    )  # fmt: skip
    out, _ = capsys.readouterr()
    assert code == 1
    assert [f["status"] for f in json.loads(out)["findings"]] == ["conflict"]
