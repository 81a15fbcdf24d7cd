"""Rule type ``repeated``: the same fact given twice must have the same value.

A person's age is the fact most often repeated in a story and most often
mistyped when it is: "Smith, 45, ..." in the first paragraph and "Smith, 54,
..." in the tenth. Ages are found by extraction (``role == "age"``) and tied to
the name written right before ("Smith, 45", "Anna Smith (45)") or right after
("45-year-old Anna Smith"), or "Smith, who is 45,", never across a sentence
end ("won in Doha. Obi, 28" is Obi). An age after "now"
("Smith, now 54,") is a later age, not a repeat, and is left alone. A
surname alone joins the full name it belongs to when only one person in the
story has that surname; two people with one surname ("John Smith, 45, and his
son Tom Smith, 19", "Ms. Adams" and "Mr. Adams") stay apart.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``roles`` | list | ``[age]`` | which mention roles are facts about a named person |
| ``report_matches`` | bool | ``false`` | report a repeated value that agrees (status match) |
| ``match_message`` | str | ``{name} is {value} both times`` | message of a match |

Message placeholders: ``{name}``, ``{value}`` (this mention), ``{first}``
(the value given first), ``{first_line}`` (its line in the prose).

Example (``rules/check/repeated-age.yaml``)::

    id: repeated-age
    type: repeated
    level: error
    message: "{name} is {value} here but {first} earlier in the story"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks.engine import finding, fmt_number
from factcheck.mention import Mention

TYPE = "repeated"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "roles": (list, ["age"]),
    "report_matches": (bool, False),
    "match_message": (str, "{name} is {value} both times"),
}
DEFAULT_MESSAGE = "{name} is {value} here but {first} earlier in the story"

_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
_NAME_BEFORE = re.compile(_NAME + r"\s*(?:,|\()\s*(?:aged\s+|who\s+is\s+)?\Z")
_WHO_IS = re.compile(r"[A-Z][\w'’-]+,\s+who\s+is\s+\Z")
_NAME_AFTER = re.compile(r"\A[\s-]*(?:years?[\s-]+old\s+)?" + _NAME)
_TITLES = frozenset(lang.words("names.not_in_name"))
"""Titles and words around a name that are not part of it ("Mr", "said")."""
_OPENERS = frozenset(lang.words("names.not_first_in_name"))
"""Ordinary words that open a sentence before a name ("Later Smith, 54")."""


def validate(rule: Any) -> None:
    if not all(isinstance(r, str) for r in rule["roles"]):
        raise ValueError("roles: must be a list of role names such as age")


def _name_of(article, m: Mention) -> str | None:
    """The person ``m`` is about. A name opening a sentence loses its first word
    when that word is an ordinary one ("Later Smith, 54"): known openers, or
    words the article also writes in lower case."""
    text = article.text
    # a name never runs across a sentence end: "won in Doha. Obi, 28" is Obi
    sentence_start = article.sentence_span(article.sentence_at(m.start))[0]
    window = text[max(0, m.start - 60, sentence_start) : m.start]
    before = _NAME_BEFORE.search(window)
    if before:
        name = _clean(before.group(1))
        starts = m.start - len(window) + before.start(1)
        if name and " " in name and _opens_sentence(article, starts):
            first = name.split()[0]
            if first.lower() in _OPENERS or _written_in_lower_case(article, first.lower()):
                name = " ".join(name.split()[1:])
        return name
    if re.search(r"year", m.text):
        after = _NAME_AFTER.match(text[m.end : m.end + 60])
        if after:
            return _clean(after.group(1))
    return None


_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"\w+")


def _written_in_lower_case(article, word: str) -> bool:
    """Whether the article writes ``word`` (lower case) as a word of its own.

    The article's words are collected once: searching the whole text for each
    name's first word was quadratic in a long text of many names.
    """
    if not _WORD.fullmatch(word):
        return re.search(rf"\b{re.escape(word)}\b", article.text) is not None
    words = article.__dict__.get("_repeated_words")
    if words is None:
        words = article.__dict__["_repeated_words"] = set(_WORD.findall(article.text))
    return word in words


def _opens_sentence(article, offset: int) -> bool:
    """Whether only white space stands between the start of its sentence and ``offset``.

    The nearest sentence start is the only one that can qualify; testing every
    sentence, with a copy of the text up to ``offset`` each, was quadratic.
    """
    s = article.sentence_span(article.sentence_at(offset))[0]
    return s <= offset and _SPACE.match(article.text, s, offset).end() == offset


def _is_fact(article, m: Mention, roles: list[str]) -> bool:
    if m.kind != "quantity" or m.value is None:
        return False
    if m.qualifier != "exact" or (m.low is not None and m.low != m.high):
        return False
    if m.role in roles:
        return True
    # "Smith, 45," and "Smith (45)": the news convention for an age
    bare = m.role is None and m.unit is None and float(m.value).is_integer()
    if not ("age" in roles and bare and 0 < m.value < 120):
        return False
    after = article.text[m.end : m.end + 2]
    before = article.text[max(0, m.start - 2) : m.start]
    if _WHO_IS.search(article.text[max(0, m.start - 40) : m.start]) and after[:1] in (",", "."):
        return True  # "Diaz, who is 54, said"
    return (before == ", " and after[:1] == ",") or (before[-1:] == "(" and after[:1] == ")")


def _clean(name: str) -> str | None:
    words = name.split()
    # "in U.K. Gov. Ann Lee": a word with a full stop that is neither a title
    # nor an initial ends what came before; the name starts after it
    for i in range(len(words) - 2, -1, -1):
        w = words[i]
        if w.endswith(".") and re.search(r"[a-z]", w) and w.lower().strip(".") not in _TITLES:
            words = words[i + 1 :]
            break
    words = [w.strip(".") for w in words]
    while words and words[0].lower().strip(".") in _TITLES:
        words.pop(0)
    if not words or words[-1].lower() in _TITLES:
        return None
    return " ".join(words)


def run(article, rule) -> Iterator:
    facts: list[tuple[str, Mention]] = []
    for m in article.mentions:
        if not _is_fact(article, m, rule["roles"]):
            continue
        name = _name_of(article, m)
        if name:
            facts.append((name, m))
    facts = _drop_ambiguous_titles(article, facts)
    people = _people([n for n, _ in facts])
    first: dict[tuple[str, str | None], Mention] = {}
    lines: list[int] = []
    for name, m in facts:
        person = people.get(name)
        if person is None:
            continue
        key = (person, m.role or "age")
        if key not in first:
            first[key] = m
            continue
        earlier = first[key]
        values = {
            "name": person,
            "value": fmt_number(m.value),
            "first": fmt_number(earlier.value),
            "first_line": _line_of(article.text, earlier.start, lines),
        }
        if float(earlier.value) == float(m.value):
            if rule["report_matches"]:
                yield finding(
                    article, rule, [m, earlier], "match", template=rule["match_message"], **values
                )
        else:
            yield finding(
                article, rule, [m, earlier], "conflict", start=m.start, end=m.end, **values
            )


def _line_of(text: str, offset: int, starts: list[int]) -> int:
    """1-based line of ``offset``; ``starts`` (empty at first) caches the line starts."""
    from factcheck.article import line_column_in, line_starts

    if not starts:
        starts.extend(line_starts(text))
    return line_column_in(starts, offset)[0]


_GENDER_TITLE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s*[,(]\s*(?:aged\s+)?\Z"
)


def _drop_ambiguous_titles(article, facts: list[tuple[str, Mention]]) -> list:
    """ "Ms. Adams, 52, and Mr. Adams, 55": one surname, two people; say nothing."""
    titles: dict[str, set[str]] = {}
    for name, m in facts:
        t = _GENDER_TITLE.search(article.text[max(0, m.start - 60) : m.start])
        if t:
            titles.setdefault(name.split()[-1], set()).add("m" if t.group(1) == "Mr" else "f")
    mixed = {surname for surname, seen in titles.items() if len(seen) > 1}
    return [(n, m) for n, m in facts if " " in n or n not in mixed]


def _people(names: list[str]) -> dict[str, str]:
    """Map each name as written to one person, or leave it out when ambiguous."""
    full = {n for n in names if " " in n}
    by_surname: dict[str, set[str]] = {}
    for n in full:
        by_surname.setdefault(n.split()[-1], set()).add(n)
    out: dict[str, str] = {}
    for n in names:
        if n in full:
            out[n] = n
            continue
        owners = by_surname.get(n, set())
        if len(owners) == 1:
            out[n] = next(iter(owners))
        elif not owners:
            out[n] = n
    return out
