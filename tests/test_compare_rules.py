"""The consistency rule type: default rule files, overrides, validation."""

from __future__ import annotations

import pytest
import yaml

import factcheck.compare.settings as compare_settings_module
from factcheck.compare import compare_mentions, compare_texts
from factcheck.errors import RuleError
from factcheck.mention import Mention
from factcheck.ruleset import load_ruleset
from tests.conftest import ROOT


def test_rule_files_mirror_the_built_in_defaults():
    files = sorted((ROOT / "rules" / "compare").glob("**/*.yaml"))
    on_disk = {}
    for path in files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        on_disk[doc["id"]] = doc
    assert set(on_disk) == {r["id"] for r in compare_settings_module.DEFAULT_RULES}
    for rule in compare_settings_module.DEFAULT_RULES:
        doc = on_disk[rule["id"]]
        assert doc["type"] == "consistency"
        for key in ("level", "status", "message"):
            assert doc[key] == rule[key], (rule["id"], key)
        assert doc.get("change", "any") == rule.get("change", "any")
        assert doc.get("new_is", "any") == rule.get("new_is", "any")
        assert doc.get("report", True) == rule.get("report", True)


def test_default_settings_come_from_the_rule_files():
    settings = compare_settings_module.compare_settings(load_ruleset())
    assert settings.verdict("conflict", "value").rule == "compare-conflict"
    assert settings.verdict("conflict", "qualifier").level == "warning"
    assert settings.verdict("dropped").level == "warning"
    assert settings.rounding == "always"


def _rules(tmp_path, *docs):
    folder = tmp_path / "rules"
    folder.mkdir()
    for doc in docs:
        (folder / f"{doc['id']}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return load_ruleset(rule_dirs=[folder])


OLD = "The border is 5,525 miles long, officials said, and several posts are unmanned."
NEW = "The border is 5,500 miles long, officials said, and posts are unmanned."


def test_rounding_option_decides_whether_a_rounded_figure_matches(tmp_path):
    assert [f.status for f in compare_texts(OLD, NEW) if f.status != "match"] == []
    strict = _rules(
        tmp_path,
        {"id": "compare-match", "type": "consistency", "level": "info", "status": "match",
         "rounding": "approximate"},
    )  # fmt: skip
    statuses = [f.status for f in compare_texts(OLD, NEW, rules=strict)]
    assert statuses == ["conflict"]
    about = NEW.replace("5,500", "about 5,500")
    assert [f.status for f in compare_texts(OLD, about, rules=strict)] == ["match"]


def test_borderline_option_flags_vague_words(tmp_path):
    old, new = "Several posts are unmanned.", "Posts are unmanned."
    several = [Mention(kind="quantity", text="Several", start=0, end=7, dimension="count")]
    assert compare_mentions(old, several, new, []) == []
    rules = _rules(
        tmp_path,
        {"id": "compare-dropped", "type": "consistency", "level": "info", "status": "dropped",
         "borderline": True},
    )  # fmt: skip
    (f,) = compare_mentions(old, several, new, [], rules=rules)
    assert (f.status, f.level, f.old.text) == ("dropped", "info", "Several")


def test_disabled_status_is_not_reported(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("disable: [compare-match]\n", encoding="utf-8")
    rules = load_ruleset(start=tmp_path)
    assert [f.status for f in compare_texts(OLD, NEW, rules=rules)] == []


@pytest.mark.parametrize(
    "field,value",
    [("status", "vanished"), ("change", "colour"), ("rounding", "sometimes")],
)
def test_invalid_choices_are_refused_with_the_field(tmp_path, field, value):
    doc = {"id": "compare-x", "type": "consistency", "status": "conflict", field: value}
    with pytest.raises(RuleError) as err:
        _rules(tmp_path, doc)
    assert field in str(err.value) and "compare-x.yaml" in str(err.value)
