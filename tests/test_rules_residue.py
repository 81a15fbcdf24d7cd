"""Rule type residue: what a rewriting pipeline left behind (other script, boilerplate, slots)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.rules_helpers import run_rule, verdict

LATIN_STORY = (
    "Officials said 143 people crossed the border in January.\n"
    "The minister will visit the crossing on Monday.\n"
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # another script: a whole line, not a quoted name or a one-word line
        (LATIN_STORY + "\nваша думка:\n", "ваша думка:"),
        (LATIN_STORY + "Ваше мнение о статье?\n", "Ваше мнение о статье?"),
        (LATIN_STORY + "読者のご意見をお待ちしています\n", "読者のご意見をお待ちしています"),
        (LATIN_STORY + 'The band "Кино" played to 20,000 fans in Москва last night.\n', None),
        (LATIN_STORY + "Москва\n", None),
        (LATIN_STORY + "The paper's masthead read Новая газета in bold letters.\n", None),
        # assistant boilerplate
        ("Here is the rewritten article:\n\n" + LATIN_STORY, "Here is the rewritten article:"),
        (LATIN_STORY + "I hope this helps!", "I hope this helps"),
        (LATIN_STORY + "Let me know if you need changes.", "Let me know if you"),
        (
            "As an AI language model, I cannot verify this. " + LATIN_STORY,
            "As an AI language model",
        ),
        (
            "Certainly! Here's a tighter version:\n" + LATIN_STORY,
            "Certainly! Here's a tighter version:",
        ),
        (
            "Here's the plain version of the story:\n" + LATIN_STORY,
            "Here's the plain version of the story:",
        ),
        ("Here's the team for Saturday:\nGoalkeeper: Ann Lee", None),
        # template and prompt leftovers
        ("The fair opens on [INSERT DATE] in the square.", "[INSERT DATE]"),
        ("The University of [University Name] named a new chancellor.", "[University Name]"),
        ("Residents of {{city}} voted on Tuesday.", "{{city}}"),
        ("The flood forced XX people from their homes.", "XX"),
        ("The scheme will cost $XX million.", "$XX"),
        ("The council said TK homes were affected.", "TK"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
        # an editor's insertion in a quote, a shop, a Roman numeral: not residue
        ('"They will put [operatives] in," said the source.', None),
        ('"I play [Ronnie] tomorrow [Thursday]," he said.', None),
        ("Shoppers queued outside TK Maxx in the high street.", None),
        ("Super Bowl XX was played in New Orleans.", None),
    ],
)
def test_residue(text, flagged):
    found = run_rule(text, "residue")
    if flagged is None:
        assert found == []
    else:
        assert [text[f.start : f.end] for f in found] == [flagged]


def test_message_says_which_kind():
    (f,) = run_rule(LATIN_STORY + "ваша думка:", "residue")
    assert f.message == ("text in Cyrillic script in a Latin-script article: 'ваша думка:'")
    assert f.level == "warning" and f.line == 3


def test_a_cyrillic_article_is_not_flagged_for_being_cyrillic():
    story = "Вчера 143 человека пересекли границу.\nМинистр посетит переход в понедельник.\n"
    assert verdict(story, "residue") == "none"
    assert verdict(story + "Here is the rewritten article below\n", "residue") == "conflict"


def test_options_switch_kinds_off_and_add_phrases():
    text = LATIN_STORY + "ваша думка:\nAs a large language model I wrote this."
    assert verdict(text, "residue", scripts=False) == "none"
    (f,) = run_rule(text, "residue", scripts=False, phrases=["as a large language model"])
    assert text[f.start : f.end] == "As a large language model"


def test_a_project_adds_a_pattern_in_its_config(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text(
        "options:\n  residue:\n    pattern: 'NEEDS SOURCE'\n", encoding="utf-8"
    )
    story = tmp_path / "story.txt"
    story.write_text("Crime fell 12% last year NEEDS SOURCE.\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(story)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stderr  # warnings do not fail by default
    assert "template placeholder left in: 'NEEDS SOURCE'" in res.stdout


def test_a_hostile_pattern_is_refused(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text(
        "options:\n  residue:\n    pattern: '(a+)+$'\n", encoding="utf-8"
    )
    story = tmp_path / "story.txt"
    story.write_text("Crime fell 12% last year.\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(story)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert res.returncode == 2
    assert "options.residue.pattern" in res.stderr and "Traceback" not in res.stderr


def test_check_flags_the_seed_rewrites_last_line(seed_pair):
    from factcheck.checks import check_text

    _, rewrite = seed_pair
    flags = [f for f in check_text(rewrite) if f.rule == "residue"]
    assert [rewrite[f.start : f.end] for f in flags] == ["ваша думка:"]


def test_compare_checks_the_new_version_only(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(LATIN_STORY + "[INSERT DATE]\n", encoding="utf-8")
    new.write_text(LATIN_STORY + "ваша думка:\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", "--format", "json", str(old), str(new)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    import json

    doc = json.loads(res.stdout)
    residue = [f for f in doc["findings"] if f["rule"] == "residue"]
    assert [(f["file"], f["line"]) for f in residue] == [(str(new), 3)]
