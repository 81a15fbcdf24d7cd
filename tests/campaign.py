"""The robustness campaign: real news text, mutated, through extract, check and compare.

Shared by the property tests (``tests/test_campaign.py``, a bounded deterministic
slice run in CI) and ``bench/fuzz.py`` (a longer random run that prints what it
finds). Texts are read from ``../shared/corpora/`` and never copied here.

What must hold for every text and reference date (``properties``):

- ``extract``, ``check_text`` and ``compare_texts`` return (no exception);
- every mention's ``text == input[start:end]``, with ``0 <= start < end <= len``;
- ``compare_texts(A, A)`` finds nothing but matches.

Each mutation is a plain function ``(text, rng) -> text`` so that a failure
found by the random run can be replayed from its seed.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

EDGE_DATES = [
    _dt.date(1, 1, 1),
    _dt.date(2, 1, 1),
    _dt.date(2024, 2, 29),
    _dt.date(9998, 12, 31),
    _dt.date(9999, 12, 31),
]


def corpus_texts() -> list[str]:
    """Every text of the corpora: both sides of each news pair and labelled pair, and
    every Recognizers-Text spec input. Empty when ../shared is absent."""
    texts: list[str] = []
    pairs = CORPORA / "rewrites" / "news-pairs.jsonl"
    if pairs.exists():
        for line in pairs.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts += [item["original"], item["rewrite"]]
    labelled = CORPORA / "rewrites" / "labelled-dev.json"
    if labelled.exists():
        for item in json.loads(labelled.read_text(encoding="utf-8")):
            texts += [item["original"], item["rewrite"]]
    for spec in sorted((CORPORA / "recognizers-text").glob("*/*.json")):
        for case in json.loads(spec.read_text(encoding="utf-8")):
            if isinstance(case, dict) and isinstance(case.get("Input"), str):
                texts.append(case["Input"])
    return texts


def corpus_pairs() -> list[tuple[str, str, str]]:
    """(id, original, rewrite) for every news pair and labelled pair."""
    out: list[tuple[str, str, str]] = []
    pairs = CORPORA / "rewrites" / "news-pairs.jsonl"
    if pairs.exists():
        for line in pairs.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["id"], item["original"], item["rewrite"]))
    labelled = CORPORA / "rewrites" / "labelled-dev.json"
    if labelled.exists():
        for item in json.loads(labelled.read_text(encoding="utf-8")):
            out.append((f"labelled-{item['id']}", item["original"], item["rewrite"]))
    return out


# --- mutations ---------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,.]*")
_MONTHS = list(calendar.month_name)[1:]  # English names in the C locale Python starts in
_WEEKDAYS = list(calendar.day_name)
_DATE_WORDS = re.compile(r"\b(?:" + "|".join(_MONTHS + _WEEKDAYS) + r"|1[89]\d\d|20\d\d)\b")
_DATE_PHRASES = [
    "Two years later,", "A year earlier", "the next day", "the same day", "the following week",
    "in the 1970s", "in the 1800s", "the mid-1990s", "last weekend", "this weekend",
    "at the weekend", "Q3 2016", "the third quarter", "summer 2012", "last winter",
    "between March 1972 and October 1989", "from 1914 to 1918", "on Easter Monday",
    "over Christmas", "on the 15th", "Friday the 13th", "a fortnight ago", "in 10 days' time",
    "next year", "March next year", "on 29 February", "Feb. 30", "31/12/9999", "0001-01-01",
    "9999-12-31", "at 04:20 BST", "5,000 years ago", "the 2000s", "a decade later",
]  # fmt: skip
_NUMBER_FORMS = [
    "0", "-1", "1.5", "2 1/2", "3\xa01/2", "4\u20093/4", "½", "1,000,000", "1\u202f000",
    "12.5%", "$4bn", "US$\n5m", "£2.5 million", "5 US\ndollars", "five million Australian\xa0dollars",
    "6ft 4in", "42m", "3 B", "32k", "1e9", "10^6", "9" * 309, "1" * 500, "0." + "0" * 400 + "1",
    "1,2,3,4,5,6,7,8,9", "1.2.3", "1-2-3", "--5", "−7", "5–10", "100,000-150,000", "7th", "21st",
]  # fmt: skip
_SPACES = ["\n", "  ", "\t", "\xa0", "\u2009", "\u202f", "\u3000", "\r\n", "\r", "\n\n\n"]
_PUNCTUATION = list(".,;:!?-–—()[]{}/%$£€'\"“”‘’*#|<>&@")
_MARKS = ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u200b", "\u200c", "\u200d",
          "\u2060", "\ufeff", "\u061c", "\u0301"]  # fmt: skip
_SURROGATES = ["\ud800", "\udfff", "\udbff", "\udc00"]
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _positions(text: str, rng: random.Random, k: int) -> list[int]:
    return sorted(rng.randrange(len(text) + 1) for _ in range(k))


def _insert_at(text: str, rng: random.Random, pieces: list[str], k: int) -> str:
    out, last = [], 0
    for p in _positions(text, rng, k):
        out += [text[last:p], rng.choice(pieces)]
        last = p
    return "".join(out) + text[last:]


def swap_numbers(text: str, rng: random.Random) -> str:
    """Numbers replaced by other numbers, odd forms among them, or by each other."""
    found = list(_NUMBER.finditer(text))
    if not found:
        return _insert_at(text, rng, _NUMBER_FORMS, 3)
    values = [m.group() for m in found]
    rng.shuffle(values)

    def pick(_m: re.Match[str]) -> str:
        return rng.choice(_NUMBER_FORMS) if rng.random() < 0.3 else values.pop()

    return _NUMBER.sub(pick, text)


def swap_dates(text: str, rng: random.Random) -> str:
    """Month, weekday and year words shuffled; relative and odd date phrases inserted."""
    words = [m.group() for m in _DATE_WORDS.finditer(text)]
    rng.shuffle(words)
    text = _DATE_WORDS.sub(lambda _m: words.pop(), text)
    return _insert_at(text, rng, [f" {p} " for p in _DATE_PHRASES], rng.randint(1, 6))


def whitespace_noise(text: str, rng: random.Random) -> str:
    """Some spaces become line breaks, runs, tabs, NBSP, thin and ideographic spaces."""
    return re.sub(" ", lambda _m: rng.choice(_SPACES) if rng.random() < 0.15 else " ", text)


def punctuation_noise(text: str, rng: random.Random) -> str:
    """Punctuation inserted at random and some removed."""
    text = _insert_at(text, rng, _PUNCTUATION, max(1, len(text) // 50))
    return re.sub(r"[.,;:]", lambda m: "" if rng.random() < 0.2 else m.group(), text)


def foreign_digits(text: str, rng: random.Random) -> str:
    """Digits of some numbers in full-width or Arabic-Indic form."""
    table = rng.choice([_FULL_WIDTH, _ARABIC_INDIC])
    return _NUMBER.sub(
        lambda m: m.group().translate(table) if rng.random() < 0.5 else m.group(), text
    )


def direction_marks(text: str, rng: random.Random) -> str:
    """RTL, LTR, zero-width and combining marks, anywhere (inside numbers too)."""
    return _insert_at(text, rng, _MARKS, max(1, len(text) // 40))


def line_endings(text: str, rng: random.Random) -> str:
    """CRLF, a lone CR, a BOM at the start."""
    text = text.replace("\n", rng.choice(["\r\n", "\r", "\n\r\n"]))
    return ("\ufeff" + text) if rng.random() < 0.5 else text


def lone_surrogates(text: str, rng: random.Random) -> str:
    """Lone surrogates (what a bad decoder leaves), a few at random places."""
    return _insert_at(text, rng, _SURROGATES, rng.randint(1, 3))


def long_lines(text: str, rng: random.Random) -> str:
    """One very long line: the text's lines joined, a sentence repeated without breaks."""
    joined = " ".join(text.split("\n"))
    sentences = re.split(r"(?<=[.!?])\s+", joined)
    sentence = rng.choice(sentences)
    times = min(rng.randint(20, 60), 20_000 // (len(sentence) + 1) + 1)  # at most ~20 KB more
    return joined + " " + " ".join([sentence] * times)


MUTATIONS: list[Callable[[str, random.Random], str]] = [
    swap_numbers,
    swap_dates,
    whitespace_noise,
    punctuation_noise,
    foreign_digits,
    direction_marks,
    line_endings,
    lone_surrogates,
    long_lines,
]


def mutate(text: str, steps: list[tuple[int, int]]) -> str:
    """Apply ``MUTATIONS[i]`` with ``random.Random(seed)`` for each (i, seed)."""
    for i, seed in steps:
        text = MUTATIONS[i % len(MUTATIONS)](text, random.Random(seed))
    return text


# --- properties --------------------------------------------------------------------------


def properties(old: str, new: str, ref: _dt.date | None) -> None:
    """Assert what must hold for any pair of texts and reference date (see the docstring)."""
    from factcheck.checks import check_text
    from factcheck.compare import compare_texts
    from factcheck.extract import extract

    for text in (old, new):
        for m in extract(text, ref):
            assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
            assert m.text == text[m.start : m.end], (m.text, m.start, m.end)
        check_text(text, ref)
    compare_texts(old, new, ref)
    same = [f for f in compare_texts(old, old, ref) if f.status != "match"]
    assert not same, [(f.status, f.message) for f in same[:3]]
