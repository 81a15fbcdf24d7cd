"""Rule type ``residue``: what a rewriting pipeline left behind in the copy.

Three kinds of leftovers an editor wants to see before publishing:

- a line or sentence in another script than the article's ("ваша думка:" at
  the end of an English rewrite): letters are counted by Unicode script
  (the first word of their Unicode name: LATIN, CYRILLIC, GREEK, ARABIC, CJK,
  ...); the article's script is the one with most letters, and a line or
  sentence is flagged when at least ``min_letters`` of its letters, and at
  least ``min_share`` of them, are in another script. A quoted foreign name
  or word inside an English sentence is under the share, and a short line
  ("Москва") under the count;
- assistant boilerplate ("As an AI language model", "Here is the rewritten
  article:", "I hope this helps"): the phrases of ``residue.boilerplate`` in
  the language file (``factcheck/lang/en.yaml``) and the rule's ``phrases``,
  and a line introducing the rewrite ("Here's the casual version of the
  text:", ``residue.boilerplate_patterns``);
- template and prompt leftovers ("[INSERT DATE]", "{{city}}", "XX people",
  "TK", "Lorem ipsum"): the regular expressions of ``residue.placeholders``
  in the language file and the rule's ``pattern``.

The word lists are data: a project adds phrases and patterns in its own rule
file or ``.factcheck.yaml`` (``options: {residue: {phrases: [...]}}``)
without code. A pattern from a rule file is untrusted and passes the loader's
regex checks. Every kind is one pass over the prose.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``scripts`` | bool | ``true`` | flag lines and sentences in another script |
| ``min_letters`` | int | ``8`` | letters in another script a line needs to be flagged |
| ``min_share`` | float >= 0 | ``0.6`` | share of a line's letters that must be in another script |
| ``boilerplate`` | bool | ``true`` | flag assistant boilerplate phrases |
| ``placeholders`` | bool | ``true`` | flag template and prompt placeholders |
| ``phrases`` | list | ``[]`` | more boilerplate phrases (case and spacing ignored) |
| ``pattern`` | regex | none | one more placeholder regular expression (``a|b`` for several) |

Message placeholders: ``{what}`` (which kind of residue, in words),
``{text}`` (the flagged text as written).

Example (``rules/check/residue.yaml``)::

    id: residue
    type: residue
    level: warning
    message: "{what}: '{text}'"
    phrases: ["As a large language model"]
    pattern: '\\[CHECK [A-Z]{2,20}\\]|NEEDS SOURCE'
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks.engine import finding
from factcheck.rulefile import NonNegative, Regex

TYPE = "residue"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "scripts": (bool, True),
    "min_letters": (int, 8),
    "min_share": (NonNegative, 0.6),
    "boilerplate": (bool, True),
    "placeholders": (bool, True),
    "phrases": (list, []),
    "pattern": ((Regex, type(None)), None),
}
DEFAULT_MESSAGE = "{what}: '{text}'"

MAX_FLAGGED_CHARS = 200
"""A flagged line longer than this is reported by its first 200 characters."""

_LINE = re.compile(r"[^\n]+")


@functools.lru_cache(maxsize=4096)
def script_of(char: str) -> str | None:
    """The script of a letter ("LATIN", "CYRILLIC", "CJK", ...), None for anything else."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] or None


def script_counts(text: str) -> Counter:
    """Letters of ``text`` by script."""
    counts: Counter = Counter()
    for ch in text:
        s = script_of(ch)
        if s is not None:
            counts[s] += 1
    return counts


@functools.lru_cache(maxsize=1)
def _language_boilerplate() -> tuple[str, ...]:
    return lang.words("residue.boilerplate")


@functools.lru_cache(maxsize=1)
def _language_boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lang.words("residue.boilerplate_patterns"))


@functools.lru_cache(maxsize=1)
def _language_placeholders() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lang.words("residue.placeholders"))


@functools.lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + lang.alternation(list(phrases)) + r")", re.IGNORECASE)


def validate(rule: Any) -> None:
    if not all(isinstance(p, str) and p.strip() for p in rule["phrases"]):
        raise ValueError("phrases: must be a list of non-empty strings")
    if rule["min_letters"] < 1:
        raise ValueError("min_letters: must be 1 or more")
    if not 0 < rule["min_share"] <= 1:
        raise ValueError("min_share: must be above 0 and at most 1")


def run(article, rule) -> Iterator:
    text = article.text
    if rule["scripts"]:
        yield from _other_script(article, rule, text)
    if rule["boilerplate"]:
        patterns = [*_language_boilerplate_patterns()]
        phrases = _phrase_pattern((*_language_boilerplate(), *rule["phrases"]))
        if phrases is not None:
            patterns.append(phrases)
        for a, b in _spans(patterns, text):
            yield _flag(article, rule, a, b, "assistant boilerplate")
    if rule["placeholders"]:
        patterns = [*_language_placeholders()]
        if rule["pattern"] is not None:
            patterns.append(rule["pattern"])
        for a, b in _spans(patterns, text):
            yield _flag(article, rule, a, b, "template placeholder left in")


def _spans(patterns: list[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    """Where any of ``patterns`` matches, overlaps merged into the longest: one flag each."""
    found = sorted(
        ((m.start(), m.end()) for p in patterns for m in p.finditer(text) if m.end() > m.start()),
        key=lambda span: (span[0], -span[1]),
    )
    out: list[tuple[int, int]] = []
    for a, b in found:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _flag(article, rule, start: int, end: int, what: str):
    shown = article.text[start:end]
    if len(shown) > MAX_FLAGGED_CHARS:
        shown = shown[:MAX_FLAGGED_CHARS] + "…"
    return finding(
        article, rule, [], "conflict", start=start, end=end, what=what, text=shown.strip()
    )


def _other_script(article, rule, text: str) -> Iterator:
    """Lines and sentences written mostly in another script than the article's."""
    total = script_counts(text)
    if len(total) < 2:
        return
    main = total.most_common(1)[0][0]
    starts = [s for s, _ in article.sentences]
    for line in _LINE.finditer(text):
        a, b = line.span()
        cuts = starts[bisect.bisect_right(starts, a) : bisect.bisect_left(starts, b)]
        for s, e in zip((a, *cuts), (*cuts, b)):
            counts = script_counts(text[s:e])
            letters = sum(counts.values())
            other = letters - counts.get(main, 0)
            if other < rule["min_letters"] or other < rule["min_share"] * letters:
                continue
            theirs = max((k for k in counts if k != main), key=lambda k: counts[k])
            s2 = s + len(text[s:e]) - len(text[s:e].lstrip())
            e2 = s + len(text[s:e].rstrip())
            what = f"text in {theirs.title()} script in a {main.title()}-script article"
            yield _flag(article, rule, s2, e2, what)
