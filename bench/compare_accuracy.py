"""Accuracy of ``factcheck compare`` on the labelled rewrites, next to a naive number diff.

Reads ``../shared/corpora/rewrites/labelled-dev.json`` (24 BBC articles and
LLM rewrites, every figure labelled same/changed/dropped/added/derived).

Scoring (issue 5): a flag (conflict, dropped, added) is right when it
overlaps a labelled changed/dropped/added mention on the same side (labels
are located by string and occurrence, ``o_occ``/``r_occ``). Labels noted
"borderline" and ``derived`` labels are neither rewarded nor penalized: a flag
on them is ignored and missing them costs nothing. Any other flag is a false
alarm. A labelled change counts as found when any flag overlaps it.

The baseline parses both texts with quantulum3 and matches quantities by
value alone: unmatched old values are "dropped", unmatched new ones "added".

    python bench/compare_accuracy.py            # summary table and per-article rows
    python bench/compare_accuracy.py -v         # also list every miss and false alarm
    python bench/compare_accuracy.py --only d04 -v
    python bench/compare_accuracy.py --labels bench/data/compare-holdout.json -v

A labels file may leave out the texts (as our held-out set does, so the
repository holds no copy of shared/ articles): pairs without ``original`` are
joined by ``id`` with ``../shared/corpora/rewrites/news-pairs.jsonl``. Its
statuses may be written as in consistency.md (``match``, ``conflict``) or as in
labelled-dev.json (``same``, ``changed``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT.parent / "shared" / "corpora" / "rewrites" / "labelled-dev.json"
NEWS_PAIRS = LABELLED.parent / "news-pairs.jsonl"
STATUS_ALIASES = {"match": "same", "conflict": "changed"}
FLAGS = ("conflict", "dropped", "added")
POSITIVE = ("changed", "dropped", "added")


@dataclass
class Label:
    side: str
    start: int
    end: int
    status: str
    text: str
    neutral: bool


@dataclass
class Flag:
    status: str
    spans: list[tuple[str, int, int, str]]
    """(side, start, end, text) of each mention the flag names."""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    ignored: int = 0
    found: int = 0
    positives: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.ignored += other.ignored
        self.found += other.found
        self.positives += other.positives

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.found, self.positives)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.found, self.positives)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.found, self.positives)[2]


def prf(right: int, wrong: int, found: int, total: int) -> tuple[float, float, float]:
    """Precision of the flags, recall of the changes, and their F1."""
    p = right / (right + wrong) if right + wrong else 1.0
    r = found / total if total else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nth(text: str, needle: str, occ: int | None) -> int:
    start = -1
    for _ in range(occ or 1):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def labels_of(pair: dict) -> list[Label]:
    out = []
    texts = {"old": pair["original"], "new": pair["rewrite"]}
    for fact in pair["facts"]:
        note = fact.get("note") or ""
        neutral = "borderline" in note or fact["status"] == "derived"
        for side, key, occ in (("old", "original", "o_occ"), ("new", "rewrite", "r_occ")):
            needle = fact.get(key)
            if not needle:
                continue
            start = nth(texts[side], needle, fact.get(occ))
            if start < 0:
                print(f"  {pair['id']}: label {needle!r} not found in {side}", file=sys.stderr)
                continue
            out.append(Label(side, start, start + len(needle), fact["status"], needle, neutral))
    return out


def score(pair: dict, flags: list[Flag]) -> Score:
    labels = labels_of(pair)
    s = Score()
    positives = [lb for lb in labels if lb.status in POSITIVE and not lb.neutral]
    # a changed fact has a label on each side; finding either side finds it
    s.positives = len([lb for lb in positives if lb.side == "old" or lb.status != "changed"])
    hit: set[int] = set()
    for f in flags:
        over = [
            lb
            for lb in labels
            for side, a, b, _ in f.spans
            if lb.side == side and a < lb.end and lb.start < b
        ]
        right = [lb for lb in over if lb.status in POSITIVE and not lb.neutral]
        if right:
            s.tp += 1
            hit.update(id(lb) for lb in right)
        elif any(lb.neutral for lb in over):
            s.ignored += 1
        else:
            s.fp += 1
            s.false_alarms.append(
                f"{f.status}: " + " / ".join(f"{sd}:{t!r}" for sd, _, _, t in f.spans)
            )
    for lb in positives:
        if lb.status == "changed" and lb.side == "new":
            continue
        partner_hit = lb.status == "changed" and any(
            id(o) in hit
            for o in positives
            if o.side == "new" and o.status == "changed" and _same_fact(pair, lb, o)
        )
        if id(lb) in hit or partner_hit:
            s.found += 1
        else:
            s.misses.append(f"{lb.status}: {lb.side}:{lb.text!r}")
    return s


def _same_fact(pair: dict, old_label: Label, new_label: Label) -> bool:
    for fact in pair["facts"]:
        if fact.get("original") == old_label.text and fact.get("rewrite") == new_label.text:
            return True
    return False


def factcheck_flags(pair: dict) -> list[Flag]:
    from factcheck.compare import compare_texts

    out = []
    for f in compare_texts(pair["original"], pair["rewrite"]):
        if f.status not in FLAGS:
            continue
        spans = []
        if f.old is not None:
            spans.append(("old", f.old.start, f.old.end, f.old.text))
        if f.new is not None:
            spans.append(("new", f.new.start, f.new.end, f.new.text))
        out.append(Flag(f.status, spans))
    return out


def baseline_flags(pair: dict) -> list[Flag]:
    """Naive number diff: quantulum3 quantities of both texts matched by value."""
    import warnings

    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser

    old = parser.parse(pair["original"])
    new = parser.parse(pair["rewrite"])
    remaining = Counter(q.value for q in new)
    out = []
    for q in old:
        if remaining[q.value] > 0:
            remaining[q.value] -= 1
        else:
            out.append(Flag("dropped", [("old", q.span[0], q.span[1], q.surface)]))
    kept = Counter(q.value for q in old)
    for q in new:
        if kept[q.value] > 0:
            kept[q.value] -= 1
        else:
            out.append(Flag("added", [("new", q.span[0], q.span[1], q.surface)]))
    return out


def load_pairs(path: Path) -> list[dict]:
    """Labelled pairs, texts joined from news-pairs.jsonl by id when left out."""
    pairs = json.loads(path.read_text(encoding="utf-8"))
    if any("original" not in p for p in pairs):
        texts = {}
        with NEWS_PAIRS.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                texts[row["id"]] = row
        for p in pairs:
            if "original" not in p:
                p["original"] = texts[p["id"]]["original"]
                p["rewrite"] = texts[p["id"]]["rewrite"]
    for p in pairs:
        for fact in p["facts"]:
            fact["status"] = STATUS_ALIASES.get(fact["status"], fact["status"])
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--only", nargs="*", help="article ids to score (default: all)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--labels", type=Path, default=LABELLED, help="labelled pairs (JSON)")
    args = ap.parse_args(argv)
    if not args.labels.exists():
        print(f"{args.labels} not found (the ../shared reference data)", file=sys.stderr)
        return 2
    try:
        pairs = load_pairs(args.labels)
    except (OSError, KeyError) as err:
        print(f"{args.labels}: cannot join texts from {NEWS_PAIRS}: {err}", file=sys.stderr)
        return 2
    if args.only:
        pairs = [p for p in pairs if p["id"] in args.only]
    systems = {"factcheck": factcheck_flags}
    if not args.no_baseline:
        systems["baseline"] = baseline_flags
    totals = {name: Score() for name in systems}
    elapsed = {name: 0.0 for name in systems}
    # the article column as wide as the longest id ("news153-GPT-3-Turbo"), the
    # per-system cells as wide as their headings, so long ids keep the columns aligned
    id_width = max([len("article")] + [len(p["id"]) for p in pairs]) + 2
    cells = (("flags", 7), ("right", 7), ("false", 7), ("missed", 8))
    block = sum(w for _, w in cells)
    print(f"{'article':<{id_width}}" + "".join(f"{name:>{block}}" for name in systems))
    print(f"{'':<{id_width}}" + "".join(f"{h:>{w}}" for _ in systems for h, w in cells))
    for pair in pairs:
        row = f"{pair['id']:<{id_width}}"
        details = []
        for name, fn in systems.items():
            t0 = time.perf_counter()
            flags = fn(pair)
            elapsed[name] += time.perf_counter() - t0
            s = score(pair, flags)
            totals[name].add(s)
            values = (len(flags), s.tp, s.fp, len(s.misses))
            row += "".join(f"{v:>{w}}" for v, (_, w) in zip(values, cells))
            if args.verbose and name == "factcheck":
                details += [f"    false alarm  {x}" for x in s.false_alarms]
                details += [f"    missed       {x}" for x in s.misses]
        print(row)
        for d in details:
            print(d)
    n = len(pairs)
    print()
    print(f"{'':<22}" + "".join(f"{name:>12}" for name in systems))
    for label, get in (
        ("precision", lambda s: f"{s.precision:.3f}"),
        ("recall", lambda s: f"{s.recall:.3f}"),
        ("F1", lambda s: f"{s.f1:.3f}"),
        ("false alarms/article", lambda s: f"{s.fp / n:.2f}"),
        ("right flags", lambda s: str(s.tp)),
        ("false alarms", lambda s: str(s.fp)),
        ("flags on neutral", lambda s: str(s.ignored)),
        ("labelled changes", lambda s: str(s.positives)),
        ("changes found", lambda s: str(s.found)),
    ):
        print(f"{label:<22}" + "".join(f"{get(totals[name]):>12}" for name in systems))
    print(f"{'seconds':<22}" + "".join(f"{elapsed[name]:>12.2f}" for name in systems))
    print(f"\n{n} labelled pairs from {args.labels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
