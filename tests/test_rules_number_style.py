"""Rule type number-style: a house style for writing figures, from YAML alone, and its presets."""

from __future__ import annotations

import json

import pytest

from factcheck.checks import check_text
from factcheck.cli import main
from factcheck.errors import RuleError
from factcheck.ruleset import load_ruleset


def style(tmp_path, **options):
    folder = tmp_path / "style"
    folder.mkdir(exist_ok=True)
    lines = ["id: house-style", "type: number-style"]
    lines += [f"{k}: {json.dumps(v)}" for k, v in options.items()]
    (folder / "house-style.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_ruleset([folder], defaults=False)


def expected(text: str, ruleset) -> list[str]:
    return [f.extra["expected"] for f in check_text(text, rules=ruleset)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("There were 7 dogs in the yard.", ["seven"]),
        ("There were seven dogs in the yard.", []),
        ("There were 12 dogs in the yard.", []),
        ("The boy, aged 5, was found.", []),  # ages are figures
        ("Prices rose 5% in May.", []),  # percentages
        ("The fish was 3 metres long.", []),  # measures
        ("It cost $3 in May.", []),  # money
        ("Article 5 says so.", []),  # a name, not a count
    ],
)
def test_spell_below(tmp_path, text, found):
    assert expected(text, style(tmp_path, spell_below=10)) == found


@pytest.mark.parametrize(
    ("house", "text", "found"),
    [
        ("%", "Prices rose 5 per cent.", ["5%"]),
        ("%", "Prices rose 5%.", []),
        ("per cent", "Prices rose 5%.", ["5 per cent"]),
        ("per cent", "Prices rose 5 percent.", ["5 per cent"]),
        ("percent", "Prices rose 5.5 per cent.", ["5.5 percent"]),
    ],
)
def test_percent(tmp_path, house, text, found):
    assert expected(text, style(tmp_path, percent=house)) == found


@pytest.mark.parametrize(
    ("form", "text", "found"),
    [
        ("words", "It cost $5,000,000 last year.", ["$5 million"]),
        ("words", "It cost $1,250,000,000 last year.", ["$1.25 billion"]),
        ("words", "It cost $1,234,567 last year.", []),  # exact, not a round figure
        ("words", "It cost $5 million last year.", []),
        ("abbreviated", "It cost £5,000,000 last year.", ["£5m"]),
        ("words", "The mine dug 5,000,000 tonnes.", []),  # a measure
    ],
)
def test_millions(tmp_path, form, text, found):
    assert expected(text, style(tmp_path, millions=form)) == found


@pytest.mark.parametrize(
    ("digits", "text", "found"),
    [
        (5, "There were 12000 cats.", ["12,000"]),
        (5, "There were 1200 cats.", []),
        (4, "There were 1200 cats.", ["1,200"]),
        (4, "There were 12,000 cats.", []),
        (4, "It happened in 2019.", []),  # a year
    ],
)
def test_thousands_separator(tmp_path, digits, text, found):
    ruleset = style(tmp_path, thousands_separator=",", min_digits=digits)
    assert expected(text, ruleset) == found


@pytest.mark.parametrize(
    ("first", "text", "found"),
    [
        ("metric", "He is 5ft 6in (1.68m) tall.", ["1.68m (5ft 6in)"]),
        ("metric", "He is 1.68m (5ft 6in) tall.", []),
        ("imperial", "He is 1.68m (5ft 6in) tall.", ["5ft 6in (1.68m)"]),
        ("imperial", "A 100-mile (161km) road.", []),
    ],
)
def test_measure_first(tmp_path, first, text, found):
    assert expected(text, style(tmp_path, measure_first=first)) == found


def test_figures_in_quotes_are_the_speakers(tmp_path):
    text = 'He said: "We will train an extra 1000 nurses and 7 doctors."'
    assert (
        expected(text, style(tmp_path, spell_below=10, thousands_separator=",", min_digits=4)) == []
    )
    ruleset = style(tmp_path, spell_below=10, thousands_separator=",", min_digits=4, quotes=True)
    assert expected(text, ruleset) == ["1,000", "seven"]


def test_off_by_default():
    from factcheck.ruleset import default_ruleset

    assert not default_ruleset().of_type("number-style")
    assert all(f.rule != "number-style" for f in check_text("There were 7 dogs."))


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({}, "set at least one option"),
        ({"percent": "pc"}, "percent: one of"),
        ({"spell_below": 1000}, "between 1 and 100"),
        ({"millions": "figures"}, "words or abbreviated"),
        ({"measure_first": "nautical"}, "imperial, metric"),
    ],
)
def test_bad_options_are_one_line_naming_the_file(tmp_path, options, problem):
    with pytest.raises(RuleError) as info:
        style(tmp_path, **options)
    assert "house-style.yaml" in str(info.value) and problem in str(info.value)


STORY = "It cost £5,000,000 and 7 dogs came.\nHe is 5ft 6in (1.68m) tall.\n"


def findings_of(capsys, *argv):
    code = main([*map(str, argv), "--format", "json"])
    out, err = capsys.readouterr()
    return code, [f for f in json.loads(out)["findings"] if "number-style" in f["rule"]], err


def test_presets_through_the_cli(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, found, _ = findings_of(capsys, "check", story, "--rules", "presets/bbc")
    assert code == 0  # the presets warn
    assert [f["message"] for f in found] == [
        "£5,000,000: the house writes '£5m'",
        "7: the house spells out numbers below 10: 'seven'",
    ]
    _, found, _ = findings_of(capsys, "check", story, "--rules", "presets/ap")
    assert [f["rule"] for f in found] == ["ap-number-style"] * 2
    assert "$" not in found[0]["message"] and "£5 million" in found[0]["message"]
    _, found, _ = findings_of(capsys, "check", story)
    assert found == []  # off by default


def test_a_project_extends_a_preset_and_re_levels_it(tmp_path, capsys):
    (tmp_path / ".factcheck.yaml").write_text(
        "extends: [presets/bbc]\nlevels:\n  bbc-number-style: error\n", encoding="utf-8"
    )
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, found, _ = findings_of(capsys, "check", story)
    assert code == 1 and len(found) == 2 and {f["level"] for f in found} == {"error"}
    (tmp_path / ".factcheck.yaml").write_text("extends: [presets/nope]\n", encoding="utf-8")
    code = main(["check", str(story)])
    _, err = capsys.readouterr()
    assert code == 2 and ".factcheck.yaml" in err and "presets/bbc" in err
    (tmp_path / ".factcheck.yaml").write_text("extends: [presets/../check]\n", encoding="utf-8")
    assert main(["check", str(story)]) == 2
    capsys.readouterr()


def test_a_project_rule_through_the_cli(tmp_path, capsys):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        'id: style\ntype: number-style\nlevel: error\npercent: "per cent"\n', encoding="utf-8"
    )
    story = tmp_path / "story.md"
    story.write_text("# Prices\n\nPrices rose 5% in May.\n", encoding="utf-8")
    code = main(["check", str(story), "--rules", str(rules), "--format", "json"])
    out, _ = capsys.readouterr()
    assert code == 1
    (f,) = [f for f in json.loads(out)["findings"] if f["rule"] == "style"]
    assert (f["line"], f["message"]) == (3, "5%: the house writes '5 per cent'")
