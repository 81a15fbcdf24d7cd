"""Alignment and statuses on sentences we write, with hand-built mentions.

``compare_mentions`` takes the mentions as given, so these tests pin how the
aligner pairs figures (context, roles, repeats, moved sentences, derived
figures) independently of what the extractor finds today.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_mentions
from factcheck.extract import split_sentences
from factcheck.mention import Mention


def mentions(text: str, *specs: tuple) -> list[Mention]:
    """Mentions of ``text``: each spec is (surface, fields) or (surface, occurrence, fields)."""
    sentences = split_sentences(text)
    out = []
    for spec in specs:
        surface, occ, fields = (spec[0], 1, spec[1]) if len(spec) == 2 else spec
        start = -1
        for _ in range(occ):
            start = text.index(surface, start + 1)
        fields = dict(fields)
        fields.setdefault("kind", "quantity")
        if fields["kind"] == "quantity":
            fields.setdefault("dimension", "count" if fields.get("unit") is None else "length")
        sentence = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
        out.append(
            Mention(
                text=surface, start=start, end=start + len(surface), sentence=sentence, **fields
            )
        )
    out.sort(key=lambda m: m.start)
    for i, m in enumerate(out):
        m.id = f"m{i}"
    return out


def statuses(findings) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (f.status, f.old.text if f.old else None, f.new.text if f.new else None) for f in findings
    )


def test_changed_number_in_same_role_is_a_conflict():
    old = "The coastline is patrolled by only 14 vessels, officials said."
    new = "The coastline is patrolled by only 15 vessels, officials said."
    found = compare_mentions(
        old,
        mentions(old, ("14", {"value": 14, "noun": "vessels"})),
        new,
        mentions(new, ("15", {"value": 15, "noun": "vessels"})),
    )
    assert statuses(found) == [("conflict", "14", "15")]
    (f,) = found
    assert f.side == "new" and new[f.start : f.end] == "15"
    assert f.level == "error" and f.rule == "compare-conflict"


def test_moved_sentence_still_matches():
    old = "Rain fell all week. The river rose 3.2 metres on Tuesday. Shops closed early."
    new = "Shops closed early. Rain fell all week. On Tuesday the river rose 3.2 metres."
    found = compare_mentions(
        old,
        mentions(
            old, ("3.2 metres", {"value": 3.2, "unit": "metre"}), ("Tuesday", {"kind": "date"})
        ),
        new,
        mentions(
            new, ("3.2 metres", {"value": 3.2, "unit": "metre"}), ("Tuesday", {"kind": "date"})
        ),
    )
    assert statuses(found) == [
        ("match", "3.2 metres", "3.2 metres"),
        ("match", "Tuesday", "Tuesday"),
        ("match", "all week", "all week"),  # a whole span, implied (extract/implied.py)
    ]


@pytest.mark.parametrize(
    "new",
    [
        # the same value in another role, in an unrelated sentence
        "A driver was arrested after the crash. In Leith, two men were fined for shoplifting.",
        # a unique small count with another noun and some shared words: still two facts
        # ("two men" falls under "people", compare.hypernyms; there the verbs tell
        # "died" from "arrested", test_compare_frames.py)
        "Police later arrested two drivers over the crash on the bypass.",
    ],
)
def test_small_count_in_another_role_is_not_matched(new):
    old = "Two people died in the crash on the bypass. Police later arrested a driver."
    found = compare_mentions(
        old,
        mentions(old, ("Two", {"value": 2, "noun": "people"})),
        new,
        mentions(new, ("two", {"value": 2, "noun": "drivers"})),
    )
    assert statuses(found) == [("added", None, "two"), ("dropped", "Two", None)]


def test_assignment_is_global_not_first_fit():
    old = "The club won two league titles in a decade. It also lost two cup finals."
    new = "It lost two cup finals. Over a decade the club won two league titles."
    found = compare_mentions(
        old,
        mentions(
            old,
            ("two", 1, {"value": 2, "noun": "titles"}),
            ("two", 2, {"value": 2, "noun": "finals"}),
        ),
        new,
        mentions(
            new,
            ("two", 1, {"value": 2, "noun": "finals"}),
            ("two", 2, {"value": 2, "noun": "titles"}),
        ),
    )
    assert [f.status for f in found] == ["match", "match"]
    for f in found:
        assert f.old.noun == f.new.noun


def test_repeat_in_old_given_once_in_new():
    """Per consistency.md: one occurrence matches, the repeat is dropped."""
    old = "Fees rose to C$850 this year, officials said. Rangers called C$850 unfair."
    new = "Fees rose to C$850 this year, officials said."
    cad = {"value": 850, "unit": "Canadian dollar", "dimension": "currency"}
    found = compare_mentions(
        old, mentions(old, ("C$850", 1, cad), ("C$850", 2, cad)), new, mentions(new, ("C$850", cad))
    )
    assert sorted(f.status for f in found) == ["dropped", "match"]
    dropped = next(f for f in found if f.status == "dropped")
    assert dropped.side == "old" and dropped.start == old.rindex("C$850")


def test_added_conversion_is_derived():
    old = "The tower is 180 metres tall and opened in spring."
    new = "The tower is 180 metres (590 feet) tall and opened in spring."
    found = compare_mentions(
        old,
        mentions(old, ("180 metres", {"value": 180, "unit": "metre"})),
        new,
        mentions(
            new,
            ("180 metres", {"value": 180, "unit": "metre"}),
            ("590 feet", {"value": 590, "unit": "foot"}),
        ),
    )
    assert statuses(found) == [
        ("derived", None, "590 feet"),
        ("match", "180 metres", "180 metres"),
    ]
    derived = next(f for f in found if f.status == "derived")
    assert [m.text for m in derived.mentions] == ["180 metres"]


def test_repeat_merged_into_one_new_sentence_matches():
    old = "Morgan, 12, and her classmate Anna, 12, were charged as adults on Monday."
    new = "Morgan and her classmate Anna, both 12, were charged as adults on Monday."
    age = {"value": 12, "unit": "year", "dimension": "time", "role": "age"}
    found = compare_mentions(
        old, mentions(old, ("12", 1, age), ("12", 2, age)), new, mentions(new, ("12", age))
    )
    assert [f.status for f in found] == ["match", "match"]


def test_total_of_old_parts_is_derived():
    old = "The fire destroyed 12 homes in the north and 9 homes in the south of the town."
    new = "The fire destroyed 21 homes across the town."
    found = compare_mentions(
        old,
        mentions(old, ("12", {"value": 12, "noun": "homes"}), ("9", {"value": 9, "noun": "homes"})),
        new,
        mentions(new, ("21", {"value": 21, "noun": "homes"})),
    )
    assert ("derived", None, "21") in statuses(found)


def test_new_figure_with_no_support_is_added():
    old = "The mayor opened the bridge on a sunny morning."
    new = "The mayor opened the 300-metre bridge on a sunny morning."
    found = compare_mentions(
        old, [], new, mentions(new, ("300-metre", {"value": 300, "unit": "metre"}))
    )
    assert statuses(found) == [("added", None, "300-metre")]
    assert found[0].level == "error" and found[0].side == "new"


def test_vague_word_alone_is_not_flagged():
    old = "Several shops closed after the flood."
    new = "Shops closed after the flood."
    found = compare_mentions(old, mentions(old, ("Several", {"value": None})), new, [])
    assert found == []


def test_rules_switch_a_status_off_and_relevel():
    old = "Only 14 vessels patrol the coast."
    new = "Only 15 vessels patrol the coast. It cost £20."
    rules = [
        {
            "id": "c",
            "type": "consistency",
            "status": "conflict",
            "level": "warning",
            "message": "{old}->{new}",
        },
        {"id": "m", "type": "consistency", "status": "match", "level": "info"},
    ]
    found = compare_mentions(
        old,
        mentions(old, ("14", {"value": 14, "noun": "vessels"})),
        new,
        mentions(
            new,
            ("15", {"value": 15, "noun": "vessels"}),
            ("£20", {"value": 20, "unit": "pound sterling", "dimension": "currency"}),
        ),
        rules=rules,
    )
    assert [(f.status, f.level, f.rule, f.message) for f in found] == [
        ("conflict", "warning", "c", "14->15")
    ]


def test_changed_figure_in_a_paraphrased_sentence_is_a_conflict():
    old = "The fires, the worst in the country's history, killed 64 people and injured 254."
    new = "The blazes were the deadliest the country has seen, killing 63 people and injuring 254."
    found = compare_mentions(
        old,
        mentions(old, ("64", {"value": 64, "noun": "people"}), ("254", {"value": 254})),
        new,
        mentions(new, ("63", {"value": 63, "noun": "people"}), ("254", {"value": 254})),
    )
    assert statuses(found) == [("conflict", "64", "63"), ("match", "254", "254")]


def test_repeated_year_pairs_with_the_one_under_the_same_period_word():
    """'since 1998' kept in NEW is the 'has run it since 1998' of OLD, not 'opened in 1998'."""
    old = (
        "The Harbour Cafe moved into the old customs house in 2009. Its owner, Ines Vale, "
        "has run the cafe since 1998, inside the old harbour. "
        "Ms Vale opened her business on the quay in 1998 after the site had been a chandlery."
    )
    new = "The business, operated by Ms Vale since 1998, moved in 2009."
    year = {"kind": "date", "iso": "1998", "grain": "year"}
    found = compare_mentions(
        old,
        mentions(
            old,
            ("2009", {"kind": "date", "iso": "2009", "grain": "year"}),
            ("1998", 1, year),
            ("1998", 2, year),
        ),
        new,
        mentions(new, ("1998", year), ("2009", {"kind": "date", "iso": "2009", "grain": "year"})),
    )
    kept = next(f for f in found if f.status == "match" and f.old.text == "1998")
    dropped = next(f for f in found if f.status == "dropped")
    assert kept.old.start == old.index("since 1998") + len("since ")
    assert dropped.old.start == old.index("in 1998") + len("in ")
