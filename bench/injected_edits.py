"""Injected-edit benchmark for ``factcheck compare``: known edits, known answers.

Takes the original articles of ``../shared/corpora/rewrites/news-pairs.jsonl``
and makes a NEW version of each by injecting edits at random (seeded, so the
run is deterministic):

- edits that must be flagged: a number changed ("14" -> "17", "five" ->
  "seven"), a weekday or a month swapped, a sentence with figures dropped, a
  sentence with figures added;
- neutral rewordings that must NOT be flagged: "five" -> "5", "12 per cent" ->
  "12%", "£20m" -> "£20 million", "1,500" -> "1500", "12 August" ->
  "August 12", "about 50" -> "approximately 50", and the reverse forms.

A flag (conflict, dropped, added) is right when it overlaps the span of an
edit that must be flagged, on the same side (a dropped sentence on OLD, an
added one on NEW, a changed figure on either); an edit counts as found when a
flag overlaps it. A flag on a neutral rewording is counted apart (target 0)
and as a false alarm; any other flag is a false alarm too.

    python bench/injected_edits.py               # scores
    python bench/injected_edits.py -v            # and every miss / false alarm
    python bench/injected_edits.py --seed 7 --articles 60
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from compare_accuracy import prf  # bench/ is on sys.path when a bench script runs

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "corpora" / "rewrites" / "news-pairs.jsonl"
FLAGS = ("conflict", "dropped", "added")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
WORD_VALUE = {w: i + 2 for i, w in enumerate(WORDS)}

ADDED_SENTENCES = [
    "Officials said {n} people had been questioned by {weekday}.",
    "The scheme is expected to cost £{n}m over {k} years.",
    "A spokesman said {n} complaints were received in {month}.",
    "The site covers {n} hectares and employs {k} staff.",
    "Some {n} residents signed a petition last {weekday}.",
    "The figure is up {k}% on the previous year, according to the council.",
]

_NUMBER = re.compile(r"(?<![\w.,£$€%/:-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%:]|[.,]\d|-\d)")
_WORD = re.compile(r"(?<![-\w])(" + "|".join(WORDS) + r")\b(?!-)", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*|[\"“‘]\s*)$")
_PER_CENT = re.compile(r"(\d+(?:\.\d+)?)(?: per cent| percent|%)")
_MONEY_SHORT = re.compile(r"([£$€])(\d+(?:\.\d+)?)(m|bn)\b")
_MONEY_LONG = re.compile(r"([£$€])(\d+(?:\.\d+)?) (million|billion)\b")
_THOUSANDS = re.compile(r"(?<![\w.,£$€])(\d{1,2}),(\d{3})(?![\d,.])")
_DAY_MONTH = re.compile(r"(?<![-\d])\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b(?!,? \d|-\d)")
_ABOUT = re.compile(r"\b(about|around|approximately) (?=\d)")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH = re.compile(r"(?<!\d )\b(" + "|".join(MONTHS) + r")\b")
_FIGURE_HINT = re.compile(r"(?<![\w-])\d|\b(?:" + "|".join(WEEKDAYS + MONTHS + WORDS) + r")\b")


@dataclass
class Edit:
    kind: str
    flag: bool
    """True: the comparison must flag it; False: a neutral rewording."""
    old_start: int
    old_end: int
    replacement: str
    new_start: int = 0
    new_end: int = 0


@dataclass
class Case:
    id: str
    old: str
    new: str
    edits: list[Edit] = field(default_factory=list)


def _changed_number(rng: random.Random, digits: str, frac: str | None) -> str:
    """Another number of the same shape that is not a rounding of the old one."""
    if frac:
        last = frac[-1]
        choices = [d for d in "123456789" if d != last]
        return digits + frac[:-1] + rng.choice(choices)
    last = digits[-1]
    choices = [d for d in "123456789" if d != last]
    return digits[:-1] + rng.choice(choices)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+$")


def _in_name(text: str, start: int) -> bool:
    """Whether a number follows a capitalized word that does not start a sentence."""
    before = text[max(0, start - 30) : start]
    word = _NAME_BEFORE.search(before)
    if not word:
        return False
    return not _SENTENCE_START.search(before[: word.start()])


def candidate_edits(text: str, rng: random.Random) -> list[Edit]:
    """Every edit this text allows, flagged or neutral, not yet chosen."""
    out: list[Edit] = []
    for m in _NUMBER.finditer(text):
        value = m.group(1).replace(",", "")
        if len(value) == 4 and value[:2] in ("19", "20") and not m.group(2):
            continue  # a year: also often part of a name ("Euro 2016")
        if value.startswith("0") or _in_name(text, m.start()):
            continue  # "Schalke 04", "Radio 5 live": names, not figures
        out.append(
            Edit("number", True, m.start(), m.end(), _changed_number(rng, m.group(1), m.group(2)))
        )
    for m in _WORD.finditer(text):
        word = m.group(1)
        if word[0].isupper() and not _SENTENCE_START.search(
            text[max(0, m.start() - 4) : m.start()]
        ):
            continue  # "Three Days of De Panne", "Number Two": part of a name
        other = rng.choice([w for w in WORDS if w != word.lower()])
        other = other.capitalize() if word[0].isupper() else other
        out.append(Edit("number word", True, m.start(), m.end(), other))
        out.append(Edit("word to digits", False, m.start(), m.end(), str(WORD_VALUE[word.lower()])))
    for m in _WEEKDAY.finditer(text):
        if _in_name(text, m.start()):
            continue  # "Sheffield Wednesday"
        other = rng.choice([d for d in WEEKDAYS if d != m.group(1)])
        out.append(Edit("weekday", True, m.start(), m.end(), other))
    for m in _MONTH.finditer(text):
        if _in_name(text, m.start()):
            continue
        other = rng.choice([x for x in MONTHS if x != m.group(1)])
        out.append(Edit("month", True, m.start(), m.end(), other))
    for m in _PER_CENT.finditer(text):
        if m.group(0).endswith("%"):
            out.append(Edit("% to per cent", False, m.start(), m.end(), m.group(1) + " per cent"))
        else:
            out.append(Edit("per cent to %", False, m.start(), m.end(), m.group(1) + "%"))
    for m in _MONEY_SHORT.finditer(text):
        long = {"m": "million", "bn": "billion"}[m.group(3)]
        out.append(
            Edit("money spelled", False, m.start(), m.end(), f"{m.group(1)}{m.group(2)} {long}")
        )
    for m in _MONEY_LONG.finditer(text):
        short = {"million": "m", "billion": "bn"}[m.group(3)]
        out.append(
            Edit("money short", False, m.start(), m.end(), f"{m.group(1)}{m.group(2)}{short}")
        )
    for m in _THOUSANDS.finditer(text):
        out.append(Edit("thousands", False, m.start(), m.end(), m.group(1) + m.group(2)))
    for m in _DAY_MONTH.finditer(text):
        out.append(Edit("date order", False, m.start(), m.end(), f"{m.group(2)} {m.group(1)}"))
    for m in _MONTH_DAY.finditer(text):
        out.append(Edit("date order", False, m.start(), m.end(), f"{m.group(2)} {m.group(1)}"))
    for m in _ABOUT.finditer(text):
        other = rng.choice([w for w in ("about", "around", "approximately") if w != m.group(1)])
        out.append(Edit("about synonym", False, m.start(), m.end() - 1, other))
    return out


def inject(case_id: str, text: str, rng: random.Random) -> Case:
    """NEW = OLD with a few flagged edits and a few neutral rewordings."""
    from factcheck.extract import split_sentences

    sentences = split_sentences(text)
    chosen: list[Edit] = []

    def free(a: int, b: int) -> bool:
        return all(b <= e.old_start or a >= e.old_end for e in chosen)

    # a dropped sentence (with figures), never the first
    if len(sentences) > 3 and rng.random() < 0.5:
        options = [s for s in sentences[1:] if _FIGURE_HINT.search(text[s[0] : s[1]])]
        if options:
            a, b = rng.choice(options)
            chosen.append(Edit("sentence dropped", True, a, b, ""))
    # an added sentence at a sentence boundary
    if rng.random() < 0.5:
        at = rng.choice([s for s, _ in sentences[1:]] or [len(text)])
        if free(at, at) or all(at != e.old_start for e in chosen):
            sentence = rng.choice(ADDED_SENTENCES).format(
                n=rng.randint(13, 4000),
                k=rng.randint(3, 9),
                weekday=rng.choice(WEEKDAYS),
                month=rng.choice(MONTHS),
            )
            if free(at, at + 1):
                chosen.append(Edit("sentence added", True, at, at, sentence + " "))
    pool = candidate_edits(text, rng)
    rng.shuffle(pool)
    wanted = {"flag": rng.randint(1, 3), "neutral": rng.randint(1, 4)}
    for e in pool:
        key = "flag" if e.flag else "neutral"
        if wanted[key] <= 0 or not free(e.old_start, e.old_end):
            continue
        wanted[key] -= 1
        chosen.append(e)
    chosen.sort(key=lambda e: (e.old_start, e.old_end))
    parts, pos, shift = [], 0, 0
    for e in chosen:
        parts.append(text[pos : e.old_start])
        e.new_start = e.old_start + shift
        e.new_end = e.new_start + len(e.replacement)
        parts.append(e.replacement)
        shift += len(e.replacement) - (e.old_end - e.old_start)
        pos = e.old_end
    parts.append(text[pos:])
    return Case(case_id, text, "".join(parts), chosen)


def build_cases(seed: int, limit: int | None) -> list[Case]:
    rng = random.Random(seed)
    seen: set[int] = set()
    cases = []
    with PAIRS.open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            if pair["article"] in seen:
                continue
            seen.add(pair["article"])
            cases.append(inject(f"article{pair['article']}", pair["original"], rng))
            if limit and len(cases) >= limit:
                break
    return cases


@dataclass
class Score:
    right: int = 0
    false_alarms: int = 0
    neutral_flagged: int = 0
    edits: int = 0
    found: int = 0
    neutral: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.right, self.false_alarms, self.found, self.edits)


def _overlaps(e: Edit, side: str, a: int, b: int) -> bool:
    s, t = (e.old_start, e.old_end) if side == "old" else (e.new_start, e.new_end)
    if s == t:
        return False
    return a < t and s < b


def score_case(case: Case, score: Score, verbose: bool) -> None:
    from factcheck.compare import compare_texts

    flags = [f for f in compare_texts(case.old, case.new) if f.status in FLAGS]
    found: set[int] = set()
    for f in flags:
        spans = []
        if f.old is not None:
            spans.append(("old", f.old.start, f.old.end))
        if f.new is not None:
            spans.append(("new", f.new.start, f.new.end))
        hits = [
            i for i, e in enumerate(case.edits) for side, a, b in spans if _overlaps(e, side, a, b)
        ]
        positive = [i for i in hits if case.edits[i].flag]
        if positive:
            score.right += 1
            found.update(positive)
            continue
        score.false_alarms += 1
        what = f"{f.status}: {f.old.text if f.old else None!r} -> {f.new.text if f.new else None!r}"
        if hits:
            score.neutral_flagged += 1
            kinds = sorted({case.edits[i].kind for i in hits})
            if verbose:
                print(f"  {case.id}: NEUTRAL FLAGGED ({', '.join(kinds)}) {what}")
        elif verbose:
            print(f"  {case.id}: false alarm {what}")
    for i, e in enumerate(case.edits):
        stats = score.by_kind.setdefault(e.kind, [0, 0])
        stats[0] += 1
        if not e.flag:
            score.neutral += 1
            continue
        score.edits += 1
        if i in found:
            score.found += 1
            stats[1] += 1
        elif verbose:
            old = case.old[e.old_start : e.old_end]
            print(f"  {case.id}: missed {e.kind}: {old[:70]!r} -> {e.replacement[:70]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=20260522)
    ap.add_argument("--articles", type=int, default=None, help="at most this many originals")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not PAIRS.exists():
        print(f"{PAIRS} not found (the ../shared reference data)", file=sys.stderr)
        return 2
    cases = build_cases(args.seed, args.articles)
    score = Score()
    t0 = time.perf_counter()
    for case in cases:
        score_case(case, score, args.verbose)
    elapsed = time.perf_counter() - t0
    print(
        f"{len(cases)} articles, seed {args.seed}: {score.edits} edits to flag, {score.neutral} neutral rewordings"
    )
    print(f"{'kind':<20}{'injected':>10}{'found':>8}")
    for kind, (n, hit) in sorted(score.by_kind.items()):
        print(f"{kind:<20}{n:>10}{hit if kind in _FLAG_KINDS else '-':>8}")
    print()
    precision, recall, f1 = score.prf()
    print(f"precision             {precision:.3f}")
    print(f"recall                {recall:.3f}")
    print(f"F1                    {f1:.3f}   (target >= 0.97)")
    print(
        f"false alarms          {score.false_alarms}  ({score.false_alarms / len(cases):.2f} per article)"
    )
    print(f"neutral flagged       {score.neutral_flagged}   (target 0)")
    print(f"seconds               {elapsed:.2f}")
    return 0


_FLAG_KINDS = {"number", "number word", "weekday", "month", "sentence dropped", "sentence added"}


if __name__ == "__main__":
    sys.exit(main())
