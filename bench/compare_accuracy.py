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
    python bench/compare_accuracy.py --labels bench/data/compare-holdout3.json  # blind set 3
    python bench/compare_accuracy.py --labels bench/data/compare-holdout4.json  # blind set 4
    python bench/compare_accuracy.py --labels bench/data/compare-holdout5.json  # blind set 5
    python bench/compare_accuracy.py --labels bench/data/compare-holdout6.json  # blind set 6
    python bench/compare_accuracy.py --labels bench/data/compare-holdout7.json  # blind set 7
    python bench/compare_accuracy.py --labels bench/data/compare-holdout8.json  # blind set 8
    python bench/compare_accuracy.py --summaries -v   # ten summaries we wrote, errors labelled
    python bench/compare_accuracy.py --summaries2     # set 2: forty more, labelled blind
    python bench/compare_accuracy.py --summaries3     # set 3: older-model and LLM styles, blind
    python bench/compare_accuracy.py --summaries4     # set 4: LLM paragraphs in four models' tones
    python bench/compare_accuracy.py --summaries5     # set 5: older models' styles, LLM bullet lists
    python bench/compare_accuracy.py --summaries6     # set 6: plain-prose summaries, 15-40% long
    python bench/compare_accuracy.py --summaries7     # set 7: LLM lists, labels, rounded figures
    python bench/compare_accuracy.py --encyclopedia   # encyclopedia passages and summaries, ours
    python bench/compare_accuracy.py --summaries8     # set 8: 20 more encyclopedia passages, prose
    python bench/compare_accuracy.py --summaries9     # set 9: news, LLM prose, another fact's value
    python bench/compare_accuracy.py --summaries10    # set 10: news and passages, five forms
    python bench/compare_accuracy.py --summaries PATH # any file in that format
    python bench/compare_accuracy.py --cases -v       # ../shared/cases/compare-cases.json
    python bench/compare_accuracy.py --blind          # holdouts 3-8 + the eleven summary sets + cases
    python bench/compare_accuracy.py --blind --new-is summary   # every pair read as a summary

A labels file may leave out the texts (as our held-out set does, so the
repository holds no copy of shared/ articles): pairs without ``original`` are
joined by ``id`` with ``../shared/corpora/rewrites/news-pairs.jsonl``. Its
statuses may be written as in consistency.md (``match``, ``conflict``) or as in
labelled-dev.json (``same``, ``changed``). A file may be a list of pairs or
``{"description": ..., "pairs": [...]}``.

Summaries (``bench/data/compare-summaries.json``, set 2 in
``compare-summaries2.json``, set 3 in ``compare-summaries3.json``, set 4 in
``compare-summaries4.json``, set 5 in ``compare-summaries5.json``, set 6 in
``compare-summaries6.json``, set 7 in ``compare-summaries7.json``, set 8 in
``compare-summaries8.json``, set 9 in ``compare-summaries9.json``, set 10 in
``compare-summaries10.json``): each summary of ours is
compared with the BBC original it summarises. A summaries file may hold its own
sources in ``passages`` (id -> text; ``compare-summaries-encyclopedia.json`` does,
and so do sets 8 and 10, since their encyclopedia passages are ours too); ``original`` then names a
passage, or a news-pairs.jsonl id where the file also summarises news (set 10). Only conflict and added flags
count (a summary drops figures by design): a flag is right when its NEW
mention overlaps a labelled error, and a false alarm otherwise (those on list
markers and counts of the text itself are also counted apart). Reported: P/R/F1
over the error spans, false alarms per summary, and the share of error-free
summaries that get any flag.

Cases (``../shared/cases/compare-cases.json``): invented pairs in classes,
each class with an ``expect`` string. A small judge per kind of expect (no
flag, match, derived, added, added or conflict, conflict, dropped, ...) says
whether the findings meet it; reported per class and per judge.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT.parent / "shared" / "corpora" / "rewrites" / "labelled-dev.json"
NEWS_PAIRS = LABELLED.parent / "news-pairs.jsonl"
BLIND_PAIRS = tuple(
    ROOT / "bench" / "data" / f"compare-holdout{n}.json" for n in (3, 4, 5, 6, 7, 8)
)
STATUS_ALIASES = {"match": "same", "conflict": "changed"}
NEW_IS = {"new_is": None}
"""``--new-is``: how compare reads NEW in every pair (None: compare's default, auto)."""
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
    for f in compare_texts(pair["original"], pair["rewrite"], new_is=NEW_IS["new_is"]):
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


def news_texts() -> dict[str, dict]:
    """news-pairs.jsonl rows by id."""
    with NEWS_PAIRS.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh)}


def load_pairs(path: Path) -> list[dict]:
    """Labelled pairs, texts joined from news-pairs.jsonl by id when left out."""
    pairs = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(pairs, dict):
        pairs = pairs["pairs"]
    if any("original" not in p for p in pairs):
        texts = news_texts()
        for p in pairs:
            if "original" not in p:
                p["original"] = texts[p["id"]]["original"]
                p["rewrite"] = texts[p["id"]]["rewrite"]
    for p in pairs:
        for fact in p["facts"]:
            fact["status"] = STATUS_ALIASES.get(fact["status"], fact["status"])
    return pairs


# -- summaries we wrote --------------------------------------------------------
SUMMARIES = ROOT / "bench" / "data" / "compare-summaries.json"
SUMMARIES2 = ROOT / "bench" / "data" / "compare-summaries2.json"
SUMMARIES3 = ROOT / "bench" / "data" / "compare-summaries3.json"
SUMMARIES4 = ROOT / "bench" / "data" / "compare-summaries4.json"
SUMMARIES5 = ROOT / "bench" / "data" / "compare-summaries5.json"
SUMMARIES6 = ROOT / "bench" / "data" / "compare-summaries6.json"
SUMMARIES7 = ROOT / "bench" / "data" / "compare-summaries7.json"
SUMMARIES8 = ROOT / "bench" / "data" / "compare-summaries8.json"
SUMMARIES9 = ROOT / "bench" / "data" / "compare-summaries9.json"
SUMMARIES10 = ROOT / "bench" / "data" / "compare-summaries10.json"
ENCYCLOPEDIA = ROOT / "bench" / "data" / "compare-summaries-encyclopedia.json"
CASES = ROOT.parent / "shared" / "cases" / "compare-cases.json"


def _overlap(a: int, b: int, span: dict) -> bool:
    return a < span["end"] and span["start"] < b


def run_summaries(path: Path, verbose: bool) -> int:
    """P/R/F1 of conflict and added flags on our summaries, false alarms per summary."""
    from factcheck.compare import compare_texts

    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        about, passages, rows = rows.get("description", ""), rows.get("passages"), rows["summaries"]
    except (OSError, ValueError, KeyError, AttributeError) as err:
        print(f"{path}: not a summaries file ({err})", file=sys.stderr)
        return 2
    texts = {k: {"original": v} for k, v in (passages or {}).items()}
    if any(row["original"] not in texts for row in rows):
        texts = {**news_texts(), **texts}  # set 10 summarises news and passages of ours
    right = wrong = on_not_figures = found = positives = 0
    flagged_clean = clean = 0
    by_style: dict[str, Counter] = {}
    shown = path.resolve()
    print(f"summaries: {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else path}")
    w_id = max([8, *(len(row["id"]) + 1 for row in rows)])
    print(f"{'summary':<{w_id}}{'source':<18}{'flags':>7}{'right':>7}{'false':>7}{'missed':>8}")
    for row in rows:
        findings = compare_texts(
            texts[row["original"]]["original"], row["summary"], new_is=NEW_IS["new_is"]
        )
        flags = [f for f in findings if f.status in ("conflict", "added") and f.new is not None]
        errors, nots = row["errors"], row["not_figures"]
        hit: set[int] = set()
        r = w = 0
        details = []
        for f in flags:
            over = [i for i, e in enumerate(errors) if _overlap(f.new.start, f.new.end, e)]
            if over:
                r += 1
                hit.update(over)
                continue
            w += 1
            if any(_overlap(f.new.start, f.new.end, n) for n in nots):
                on_not_figures += 1
            old = f" (old {f.old.text!r})" if f.old is not None else ""
            details.append(f"    false alarm  {f.status}: {f.new.text!r}{old}")
        details += [
            f"    missed       {e['text']!r} ({e['note']})"
            for i, e in enumerate(errors)
            if i not in hit
        ]
        right, wrong = right + r, wrong + w
        found += len(hit)
        positives += len(errors)
        if row["error_free"]:
            clean += 1
            flagged_clean += bool(flags)
        # a style 'family/kind' ('older/xsum') is also counted under its family
        style = row.get("style", "")
        keys = [style, f"{style.split('/')[0]}/*"] if "/" in style else [style] if style else []
        for key in keys:
            by_style.setdefault(key, Counter()).update(
                right=r,
                wrong=w,
                found=len(hit),
                positives=len(errors),
                clean=int(row["error_free"]),
                flagged_clean=int(row["error_free"] and bool(flags)),
            )
        missed = len(errors) - len(hit)
        print(f"{row['id']:<{w_id}}{row['original']:<18}{len(flags):>7}{r:>7}{w:>7}{missed:>8}")
        if verbose and details:
            print("\n".join(details))
    p, rc, f1 = prf(right, wrong, found, positives)
    n = len(rows)
    print(
        f"\nsummaries: P {p:.3f}  R {rc:.3f}  F1 {f1:.3f}  false alarms/summary {wrong / n:.2f}"
        f"  ({wrong} false, {on_not_figures} of them on list markers / counts of the text)"
    )
    print(f"error-free summaries flagged: {flagged_clean}/{clean}")
    print(f"errors found: {found}/{positives}; {n} summaries")
    for style, c in sorted(by_style.items()):
        sp, sr, _ = prf(c["right"], c["wrong"], c["found"], c["positives"])
        print(
            f"  style {style}: P {sp:.3f}  R {sr:.3f} ({c['found']} of {c['positives']}),"
            f" {c['flagged_clean']} of {c['clean']} error-free flagged"
        )
    if about and verbose:
        print(f"({about})")
    return 0


# -- compare-cases.json: one judge per kind of expect ------------------------------
def _flags(findings, *statuses):
    return [f for f in findings if f.status in statuses]


def _is_repeat(old_text: str, finding) -> bool:
    """A dropped OLD mention whose words already occur earlier in OLD.

    A leading article is not the figure's words: "the third quarter" repeats
    "a better third quarter".
    """
    m = finding.old
    if m is None:
        return False
    words = re.sub(r"^(?:the|a|an)\s+", "", m.text, flags=re.IGNORECASE)
    return old_text.find(words, 0, m.start) >= 0


def judge_no_flag(old, new, findings) -> bool:
    """List markers and counts of the text: no conflict, no added (drops are fine)."""
    return not _flags(findings, "conflict", "added")


def judge_match(old, new, findings) -> bool:
    """The same figure reworded: no flag, except a dropped repeat of a kept figure."""
    if _flags(findings, "conflict", "added"):
        return False
    return all(_is_repeat(old, f) for f in _flags(findings, "dropped"))


def judge_added(old, new, findings) -> bool:
    return bool(_flags(findings, "added"))


def judge_added_or_conflict(old, new, findings) -> bool:
    return bool(_flags(findings, "added", "conflict"))


def judge_conflict(old, new, findings) -> bool:
    return bool(_flags(findings, "conflict"))


def judge_conflict_not_dropped(old, new, findings) -> bool:
    return bool(_flags(findings, "conflict")) and not _flags(findings, "dropped")


def judge_one_conflict(old, new, findings) -> bool:
    flags = _flags(findings, *FLAGS)
    return len(flags) == 1 and flags[0].status == "conflict"


def judge_conflict_and_dropped(old, new, findings) -> bool:
    return (
        bool(_flags(findings, "conflict"))
        and bool(_flags(findings, "dropped"))
        and not _flags(findings, "added")
    )


def judge_dropped(old, new, findings) -> bool:
    return bool(_flags(findings, "dropped")) and not _flags(findings, "added")


# (prefix of the expect string, judge); the first prefix that fits decides
JUDGES = (
    ("no flag", judge_no_flag),
    ("match", judge_match),
    ("first pair: the repeat is the one dropped", judge_match),
    ("derived", judge_no_flag),
    ("added or conflict", judge_added_or_conflict),
    ("added/conflict", judge_added_or_conflict),
    ("added", judge_added),
    ("dropped", judge_dropped),
    ("conflict (vaguer), not dropped", judge_conflict_not_dropped),
    ("conflict on the end date only", judge_one_conflict),
    ("conflict on the date", judge_conflict_and_dropped),
    ("conflict", judge_conflict),
)


def judge_for(expect: str):
    for prefix, judge in JUDGES:
        if expect.startswith(prefix):
            return judge
    return None


def run_cases(path: Path, verbose: bool) -> int:
    """Share of compare-cases pairs whose findings meet their class's expect."""
    from factcheck.compare import compare_texts

    if not path.exists():
        print(f"{path} not found: skipped")
        return 0
    classes = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k[0] != "_"}
    met_total = n_total = 0
    by_judge: Counter = Counter()
    by_judge_n: Counter = Counter()
    print(f"cases: {path}")
    print(f"{'class':<38}{'judge':<28}{'met':>9}")
    for name, cls in classes.items():
        judge = judge_for(cls["expect"])
        met = 0
        fails = []
        for old, new in cls["pairs"]:
            findings = compare_texts(old, new, new_is=NEW_IS["new_is"])
            ok = judge is not None and judge(old, new, findings)
            met += ok
            if not ok:
                got = ", ".join(
                    f"{f.status} {(f.old or f.new).text!r}" for f in _flags(findings, *FLAGS)
                )
                fails.append(f"    not met: {new[:70]!r} -> {got or 'no flag'}")
        n = len(cls["pairs"])
        jname = judge.__name__.removeprefix("judge_") if judge else "(no judge)"
        by_judge[jname] += met
        by_judge_n[jname] += n
        met_total, n_total = met_total + met, n_total + n
        print(f"{name:<38}{jname:<28}{met:>4}/{n:<4}")
        if verbose:
            for line in fails:
                print(line)
    print(f"\n{'by judge':<38}{'':<28}")
    for jname in sorted(by_judge_n, key=lambda j: -by_judge_n[j]):
        print(f"  {jname:<64}{by_judge[jname]:>4}/{by_judge_n[jname]:<4}")
    print(
        f"\ncases meeting expect: {met_total}/{n_total} = {met_total / n_total:.3f}"
        f" in {len(classes)} classes"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--only", nargs="*", help="article ids to score (default: all)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--labels", type=Path, default=LABELLED, help="labelled pairs (JSON)")
    ap.add_argument(
        "--summaries",
        nargs="?",
        type=Path,
        const=SUMMARIES,
        metavar="PATH",
        help="score our summaries instead (default file: compare-summaries.json)",
    )
    ap.add_argument(
        "--summaries2",
        action="store_const",
        dest="summaries",
        const=SUMMARIES2,
        help="score set 2 of our summaries (compare-summaries2.json)",
    )
    ap.add_argument(
        "--summaries3",
        action="store_const",
        dest="summaries",
        const=SUMMARIES3,
        help="score set 3 of our summaries (compare-summaries3.json)",
    )
    ap.add_argument(
        "--summaries4",
        action="store_const",
        dest="summaries",
        const=SUMMARIES4,
        help="score set 4 of our summaries (compare-summaries4.json)",
    )
    ap.add_argument(
        "--summaries5",
        action="store_const",
        dest="summaries",
        const=SUMMARIES5,
        help="score set 5 of our summaries (compare-summaries5.json)",
    )
    ap.add_argument(
        "--summaries6",
        action="store_const",
        dest="summaries",
        const=SUMMARIES6,
        help="score set 6 of our summaries (compare-summaries6.json)",
    )
    ap.add_argument(
        "--summaries7",
        action="store_const",
        dest="summaries",
        const=SUMMARIES7,
        help="score set 7 of our summaries (compare-summaries7.json)",
    )
    ap.add_argument(
        "--summaries8",
        action="store_const",
        dest="summaries",
        const=SUMMARIES8,
        help="score set 8: summaries of 20 more encyclopedia passages (compare-summaries8.json)",
    )
    ap.add_argument(
        "--summaries9",
        action="store_const",
        dest="summaries",
        const=SUMMARIES9,
        help="score set 9: LLM prose summaries of news, another fact's value (compare-summaries9.json)",
    )
    ap.add_argument(
        "--summaries10",
        action="store_const",
        dest="summaries",
        const=SUMMARIES10,
        help="score set 10: news and our passages in five forms, mostly error-free "
        "(compare-summaries10.json)",
    )
    ap.add_argument(
        "--encyclopedia",
        action="store_const",
        dest="summaries",
        const=ENCYCLOPEDIA,
        help="score our encyclopedia passages and summaries (compare-summaries-encyclopedia.json)",
    )
    ap.add_argument("--cases", action="store_true", help="score compare-cases.json instead")
    ap.add_argument(
        "--blind",
        action="store_true",
        help="holdouts 3 to 8, the eleven summary sets and the cases in turn",
    )
    ap.add_argument(
        "--new-is",
        choices=("auto", "rewrite", "summary"),
        help="read every NEW as this (default: compare's own default, auto)",
    )
    args = ap.parse_args(argv)
    NEW_IS["new_is"] = args.new_is
    if args.blind:
        rest = ["-v"] if args.verbose else []
        rest += ["--new-is", args.new_is] if args.new_is else []
        for blind_pairs in BLIND_PAIRS:
            main(["--labels", str(blind_pairs), "--no-baseline", *rest])
            print("\n" + "=" * 72)
        for summaries in (
            SUMMARIES,
            SUMMARIES2,
            SUMMARIES3,
            SUMMARIES4,
            SUMMARIES5,
            SUMMARIES6,
            SUMMARIES7,
            ENCYCLOPEDIA,
            SUMMARIES8,
            SUMMARIES9,
            SUMMARIES10,
        ):
            run_summaries(summaries, args.verbose)
            print("\n" + "=" * 72)
        return run_cases(CASES, args.verbose)
    if args.summaries:
        return run_summaries(args.summaries, args.verbose)
    if args.cases:
        return run_cases(CASES, args.verbose)
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
