"""The rule engine: rule files validated on load, configuration, safety limits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.errors import RuleError
from factcheck.ruleset import (
    MAX_FILE_BYTES,
    compile_regex,
    default_rules_dir,
    find_config,
    load_ruleset,
    parse_rule,
    rule_types,
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rule_error(path: Path) -> RuleError:
    with pytest.raises(RuleError) as info:
        parse_rule(path)
    return info.value


def test_every_rule_type_module_is_in_the_registry():
    """A type module written but not listed would be silently ignored."""
    from factcheck.checks.registry import RULE_TYPE_MODULES

    folder = Path(__file__).resolve().parent.parent / "factcheck" / "checks"
    declared = {
        p.stem
        for p in folder.glob("*.py")
        if not p.stem.startswith("_") and re.search(r"^TYPE = ", p.read_text(), re.M)
    }
    assert declared == {m.__name__.rpartition(".")[2] for m in RULE_TYPE_MODULES}


def test_types_come_from_the_registry():
    types = rule_types()
    for name in ("conversion", "weekday", "arithmetic", "repeated", "reference", "plausibility"):
        assert types[name].scope == "article"
        assert callable(types[name].run)
        assert types[name].module.__doc__ and "| option |" in types[name].module.__doc__


def test_default_rules_ship_with_the_package_and_load():
    folder = default_rules_dir()
    assert (folder / "__init__.py").exists()
    rs = load_ruleset()
    ids = {r.id for r in rs.rules}
    assert {"conversion", "weekday", "arithmetic", "repeated-age", "plausibility"} <= ids
    conv = rs.get("conversion")
    assert conv.level == "error" and conv.options["slack"] == 0.005
    assert rs.of_type("weekday")[0].id == "weekday"


def test_options_get_defaults_and_ints_pass_as_floats(tmp_path):
    p = write(tmp_path, "c.yaml", "id: c\ntype: conversion\nslack: 1\n")
    rule = parse_rule(p)
    assert rule.options["slack"] == 1.0 and isinstance(rule.options["slack"], float)
    assert rule.options["approximate_factor"] == 1.0
    assert rule.level == "warning"  # default level
    assert "{first}" in rule.message  # the type's default message


@pytest.mark.parametrize(
    ("body", "line", "field", "words"),
    [
        ("id: x\ntype: nosuch\n", 2, "type", "unknown type 'nosuch'"),
        ("id: x\ntype: conversion\ncolour: red\n", 3, "colour", "unknown option"),
        ("id: x\ntype: conversion\nslack: lots\n", 3, "slack", "must be a number"),
        ("id: x\ntype: conversion\nreport_matches: 3\n", 3, "report_matches", "true or false"),
        ("id: x\ntype: conversion\nlevel: fatal\n", 3, "level", "must be one of"),
        ("id: x\nlevel: error\n", 1, None, "missing 'type'"),
        ("id: 'bad id!'\ntype: conversion\n", 1, "id", "must be a name"),
        ("id: x\ntype: conversion\nmessage: '{x.__class__}'\n", 3, "message", "plain name"),
        ("id: x\ntype: conversion\nmessage: '{first:>999999}'\n", 3, "message", "format spec"),
        ("id: x\ntype: conversion\nlevel: error\nlevel: info\n", 4, "level", "twice"),
        ("- just\n- a list\n", 1, None, "one YAML mapping"),
    ],
)
def test_a_bad_rule_file_gets_one_error_naming_file_line_and_field(
    tmp_path, body, line, field, words
):
    p = write(tmp_path, "bad.yaml", body)
    err = rule_error(p)
    assert err.file == str(p)
    assert err.line == line
    assert err.field == field
    assert words in str(err)
    assert str(err).startswith(f"{p}:{line}: ")


def test_yaml_syntax_error_names_its_line(tmp_path):
    p = write(tmp_path, "bad.yaml", "id: x\ntype: conversion\nmessage: [unclosed\nslack: 1\n")
    err = rule_error(p)
    assert "YAML syntax error" in str(err) and err.line in (3, 4, 5)


def test_aliases_are_refused(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    p = write(tmp_path, "bomb.yaml", "id: x\ntype: conversion\n" + bomb)
    assert "anchors" in str(rule_error(p)) or "aliases" in str(rule_error(p))


def test_oversized_and_deeply_nested_files_are_refused(tmp_path):
    big = write(tmp_path, "big.yaml", "id: x\ntype: conversion\n#" + "x" * MAX_FILE_BYTES + "\n")
    assert "limit" in str(rule_error(big))
    deep = write(tmp_path, "deep.yaml", "id: x\ntype: conversion\nslack: " + "[" * 200 + "]" * 200)
    assert "nested too deeply" in str(rule_error(deep))


def test_python_tags_are_not_constructed(tmp_path):
    p = write(
        tmp_path,
        "tag.yaml",
        "id: x\ntype: conversion\nslack: !!python/object/apply:os.system ['true']\n",
    )
    assert "YAML" in str(rule_error(p))


def test_regex_options_are_capped_and_refuse_nested_quantifiers():
    assert compile_regex(r"\b(?:miles?|km)\b").search("5 km")
    for bad in (r"(a+)+$", r"(\w*)*x", r"(?:a|aa)+(b+)*", "a" * 300):
        with pytest.raises(ValueError):
            compile_regex(bad)
    with pytest.raises(ValueError, match="not a valid"):
        compile_regex("(unclosed")


def test_file_options_stay_inside_the_rule_folder(tmp_path):
    outside = write(tmp_path, "secret.yaml", "rates: {euro: 1.1}\n")
    rules = tmp_path / "rules"
    p = write(rules, "c.yaml", "id: c\ntype: conversion\nrates: ../secret.yaml\n")
    with pytest.raises(RuleError, match="must stay inside"):
        parse_rule(p, root=rules)
    p = write(rules, "d.yaml", f"id: d\ntype: conversion\nrates: {outside}\n")
    with pytest.raises(RuleError, match="relative"):
        parse_rule(p, root=rules)


def test_rules_dir_overrides_defaults_by_id(tmp_path):
    write(tmp_path, "conversion.yaml", "id: conversion\ntype: conversion\nlevel: info\n")
    rs = load_ruleset([tmp_path])
    assert rs.get("conversion").level == "info"
    assert len(rs.of_type("conversion")) == 1


def test_duplicate_ids_in_one_folder_are_an_error(tmp_path):
    write(tmp_path, "a.yaml", "id: same\ntype: weekday\n")
    write(tmp_path, "b.yaml", "id: same\ntype: weekday\n")
    with pytest.raises(RuleError, match="already defined"):
        load_ruleset([tmp_path])


def test_config_is_found_by_walking_up_and_configures_rules(tmp_path):
    write(
        tmp_path,
        ".factcheck.yaml",
        "rules: [house]\n"
        "disable: [plausibility]\n"
        "levels: {weekday: warning}\n"
        "options: {conversion: {slack: 0.02, message: 'bad {first}'}}\n"
        "fail-on: warning\n",
    )
    write(tmp_path / "house", "age.yaml", "id: house-age\ntype: plausibility\nmax_age: 115\n")
    article = write(tmp_path / "desk" / "2026", "story.md", "Text.\n")
    assert find_config(article) == tmp_path / ".factcheck.yaml"
    rs = load_ruleset(start=article)
    ids = {r.id for r in rs.rules}
    assert "plausibility" not in ids and "house-age" not in ids  # disabled by type
    assert rs.get("weekday").level == "warning"
    assert rs.get("conversion").options["slack"] == 0.02
    assert rs.get("conversion").message == "bad {first}"
    assert rs.fail_on == "warning"
    assert rs.config_file == str(tmp_path / ".factcheck.yaml")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("disable: [no-such-rule]\n", "disable"),
        ("levels: {weekday: loud}\n", "levels.weekday"),
        ("options: {conversion: {colour: red}}\n", "options.conversion.colour"),
        ("options: {conversion: {slack: high}}\n", "options.conversion.slack"),
        ("fail-on: sometimes\n", "fail-on"),
        ("colour: red\n", "colour"),
        ("rules: [missing-folder]\n", "rules"),
    ],
)
def test_bad_config_names_file_and_field(tmp_path, body, field):
    write(tmp_path, ".factcheck.yaml", body)
    with pytest.raises(RuleError) as info:
        load_ruleset(start=tmp_path)
    assert info.value.field == field
    assert str(info.value).startswith(str(tmp_path / ".factcheck.yaml"))


def test_default_rules_can_be_turned_off(tmp_path):
    write(tmp_path, ".factcheck.yaml", "default-rules: false\nrules: [mine]\n")
    write(tmp_path / "mine", "w.yaml", "id: only-weekdays\ntype: weekday\nlevel: info\n")
    rs = load_ruleset(start=tmp_path)
    assert [r.id for r in rs.rules] == ["only-weekdays"]


def test_message_placeholders_fill_and_unknown_ones_stay(tmp_path):
    p = write(
        tmp_path, "c.yaml", "id: c\ntype: conversion\nmessage: '{first} vs {nothing} ({rule})'\n"
    )
    rule = parse_rule(p)
    assert rule.format(first="5 km") == "5 km vs {nothing} (c)"


def test_every_type_docstring_has_a_yaml_example_that_loads(tmp_path):
    for name, rtype in rule_types().items():
        if rtype.scope != "article":
            continue
        doc = rtype.module.__doc__
        example = re.search(r"Example \(``[^`]+``[^)]*\)::\n\n((?:    .*\n)+)", doc)
        assert example, name
        body = "\n".join(line[4:] for line in example.group(1).splitlines())
        body = re.sub(r"^(facts|rates): .*$", "", body, flags=re.M)  # needs its data file
        p = write(tmp_path, f"{name}.yaml", body + "\n")
        assert parse_rule(p).type == name


def test_docs_cover_every_article_type_and_option():
    from factcheck.ruleset import CONFIG_KEYS

    docs = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text("utf-8")
    for name, rtype in rule_types().items():
        if rtype.scope != "article":
            continue
        assert f"### {name}" in docs
        for option in rtype.options:
            assert f"`{option}`" in docs, (name, option)
    for key in CONFIG_KEYS:
        assert f"{key}:" in docs, key


def test_exclude_pattern_skips_sentences_and_is_compiled_safely(tmp_path):
    from factcheck.checks import check_text
    from factcheck.ruleset import RuleSet

    p = write(tmp_path, "c.yaml", 'id: c\ntype: conversion\nexclude: "(?i)\\\\bquoted\\\\b"\n')
    rules = RuleSet([parse_rule(p)])
    text = "Quoted: 100 miles (260 km). Plain: 100 miles (260 km)."
    found = [f for f in check_text(text, rules=rules) if f.status == "conflict"]
    assert [f.sentence for f in found] == ["Plain: 100 miles (260 km)."]
    bad = write(tmp_path, "d.yaml", "id: d\ntype: conversion\nexclude: '(a+)+$'\n")
    err = rule_error(bad)
    assert err.field == "exclude" and "repeats" in str(err)
