"""Precision of ``factcheck compare`` on real LLM rewrites, every sampled flag judged by hand.

The labelled sets (``bench/data/compare-holdout*.json``, ``labelled-dev.json``)
label every figure of a few pairs. This audit goes the other way: it runs
``factcheck compare --format json`` (the command itself, in-process) on many
pairs nobody labelled, draws a seeded random sample of the flags (conflict,
dropped, added) and a person judges each against both texts per
``../shared/docs/consistency.md``: true (a real change an editor needs to see)
or false alarm, with the class of each false alarm. Precision is the share of
sampled flags judged true, with a 95% Wilson interval.

The verdicts file (``bench/data/compare-audit-even.json``) keeps only pair ids,
offsets, statuses and the flagged figure strings, never the articles: the texts
are read from ``../shared/corpora/rewrites/news-pairs.jsonl``. It also keeps the
whole population of flags the audit drew from (ids and offsets), so a later run
can tell a flag it produced then from a new one.

    python bench/compare_audit.py                 # every audit at the current code
    python bench/compare_audit.py -v              # also list kept false alarms, new flags
    python bench/compare_audit.py --verdicts PATH # one verdicts file

There are seven audits, reported apart: ``compare-audit-even.json`` (the first,
judged at 802affe), ``compare-audit2.json`` (judged at 03207cd on the same
170 pairs, drawn only from the flags the first audit had not judged) and
``compare-audit3.json`` (judged at 597f171 on 73 other pairs, listed by id:
pairs no compare set had named, mostly GPT-3-Turbo and Llama-3-70B rewrites
of odd articles). ``compare-audit4.json`` (judged at 5422130) went back to
the 170 pairs of the first two and drew only from the flags neither had
judged: blind for those flags, not for the pairs, whose other flags code
had been tuned on. ``compare-audit5.json`` (judged at 123d8e9) did the same
for the 73 pairs of the third audit, drawing only from the flags it had not
judged. ``compare-audit6.json`` (judged at 63871c6) took the 243 pairs of
all five and judged every flag none of them had judged (no sample: all of
them), again blind for the flags, not for the pairs. ``compare-audit7.json``
(judged at a56e7e8) took the 36 news pairs no audit and no labelled set had
covered (GPT-4o rewrites of odd-numbered articles) and judged all 38 of their
flags. A later
audit's file names the earlier ones in ``excludes``; its first-run figure is
then the precision of the flags nobody had judged, and the report adds the
estimate over all the flags of its population (the earlier verdicts of the
flags it excluded, no longer blind, and its own sample for the rest).

A verdict revised after the first run (where it went against consistency.md)
keeps the first one under ``first``: the first-run figure uses that, the
figures at the current code the revised one.

At the current code a judged flag still produced counts as judged (a false one
against precision); a judged flag no longer produced is reported apart (a true
one lost is a change the tool no longer shows); a flag not in the population
is new and reported as unjudged. Precision "now" is over the judged flags still
produced, so it is no longer blind once code was changed after the judging.

Drawing a new audit (the pairs, the population and a blank sample to judge;
the judging sheet with both sentences of each flag goes to --sheet, outside
the repository):

    python bench/compare_audit.py --draw 100 --seed 12 --parity even \\
        --out bench/data/compare-audit-even.json --sheet /tmp/audit-sheet.txt

A second audit of the same pairs that leaves out the flags already judged:

    python bench/compare_audit.py --draw 100 --seed 23 \\
        --pairs-from bench/data/compare-audit-even.json \\
        --exclude bench/data/compare-audit-even.json \\
        --out bench/data/compare-audit2.json --sheet /tmp/audit2-sheet.txt

An audit of pairs listed by id (a JSON list of pair ids):

    python bench/compare_audit.py --draw 100 --seed 33 --pairs /tmp/audit3-ids.json \\
        --out bench/data/compare-audit3.json --sheet /tmp/audit3-sheet.txt

Every flag no earlier audit judged, on the pairs of all of them (the sixth audit:
the ids of compare-audit-even.json then compare-audit3.json, each audit excluded):

    python bench/compare_audit.py --draw 1000 --seed 66 --pairs /tmp/audit6-ids.json \\
        --exclude bench/data/compare-audit-even.json ... --exclude bench/data/compare-audit5.json \\
        --out bench/data/compare-audit6.json --sheet /tmp/audit6-sheet.txt

The seventh, the same on the pairs no audit and no labelled set names (their
ids listed in a file; every earlier audit excluded):

    python bench/compare_audit.py --draw 1000 --seed 77 --pairs /tmp/audit7-ids.json \\
        --exclude bench/data/compare-audit-even.json ... --exclude bench/data/compare-audit6.json \\
        --out bench/data/compare-audit7.json --sheet /tmp/audit7-sheet.txt
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import io
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from benchkit import NEWS_PAIRS, news_pairs  # noqa: E402

LABELLED_DEV = NEWS_PAIRS.parent / "labelled-dev.json"
VERDICTS = (
    ROOT / "bench" / "data" / "compare-audit-even.json",
    ROOT / "bench" / "data" / "compare-audit2.json",
    ROOT / "bench" / "data" / "compare-audit3.json",
    ROOT / "bench" / "data" / "compare-audit4.json",
    ROOT / "bench" / "data" / "compare-audit5.json",
    ROOT / "bench" / "data" / "compare-audit6.json",
    ROOT / "bench" / "data" / "compare-audit7.json",
)
FLAGS = ("conflict", "dropped", "added")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n (sound at small n and near 1)."""
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def unlabelled_pairs(parity: str) -> list[dict]:
    """News pairs no labelled set uses, of even or odd article number."""
    used: set[str] = set()
    for path in glob.glob(str(ROOT / "bench" / "data" / "compare-holdout*.json")):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        used.update(p["id"] for p in (data["pairs"] if isinstance(data, dict) else data))
    dev = json.loads(LABELLED_DEV.read_text(encoding="utf-8"))
    dev_keys = {(p["article"], p["model"]) for p in dev}
    want = 0 if parity == "even" else 1
    return [
        p
        for p in news_pairs()
        if p["id"] not in used
        and (p["article"], p["model"]) not in dev_keys
        and p["article"] % 2 == want
    ]


def span(mention: dict | None) -> list | None:
    return None if mention is None else [mention["start"], mention["end"], mention["text"]]


def run_compare(pair: dict, workdir: Path) -> list[dict]:
    """The flags ``factcheck compare --format json OLD NEW`` reports on a pair."""
    from factcheck.cli import main

    old, new, out = workdir / "old.txt", workdir / "new.txt", workdir / "out.json"
    old.write_text(pair["original"], encoding="utf-8")
    new.write_text(pair["rewrite"], encoding="utf-8")
    out.unlink(missing_ok=True)
    argv = ["compare", str(old), str(new), "--format", "json", "--fail-on", "none", "-o", str(out)]
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    if code != 0:
        sys.exit(f"bench: factcheck compare failed on {pair['id']} (exit {code})")
    flags = []
    for f in json.loads(out.read_text(encoding="utf-8"))["findings"]:
        if f.get("status") not in FLAGS:
            continue
        flags.append(
            {
                "id": pair["id"],
                "status": f["status"],
                "old": span(f.get("old")),
                "new": span(f.get("new")),
                "message": f.get("message", ""),
                "sentence": f.get("sentence", ""),
                "old_sentence": (f.get("extra") or {}).get("old_sentence", ""),
            }
        )
    return flags


def key(flag: dict) -> tuple:
    old, new = flag.get("old"), flag.get("new")
    return (
        flag["id"],
        flag["status"],
        tuple(old[:2]) if old else None,
        tuple(new[:2]) if new else None,
    )


def all_flags(pairs: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        return [f for p in pairs for f in run_compare(p, Path(tmp))]


def commit() -> str:
    res = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return res.stdout.strip()


def write_verdicts(path: Path, data: dict) -> None:
    """The verdicts file, one sampled flag and one population flag to a line (diffs stay readable)."""
    lines = ["{"]
    for name, value in data.items():
        if isinstance(value, list) and value and not isinstance(value[0], str):
            rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in value)
            lines.append(f" {json.dumps(name)}: [\n{rows}\n ],")
        else:
            lines.append(f" {json.dumps(name)}: {json.dumps(value, ensure_ascii=False)},")
    lines[-1] = lines[-1].rstrip(",")
    path.write_text("\n".join(lines) + "\n}\n", encoding="utf-8")


def judged_keys(paths: list[str]) -> dict[tuple, dict]:
    """The flags earlier audits judged, by key, with their verdicts."""
    judged: dict[tuple, dict] = {}
    for path in paths:
        for s in json.loads(Path(path).read_text(encoding="utf-8"))["sample"]:
            judged[key(s)] = s
    return judged


def as_key(row: list) -> tuple:
    return tuple(tuple(x) if isinstance(x, list) else x for x in row)


def draw(args: argparse.Namespace) -> None:
    if args.pairs:
        ids = json.loads(Path(args.pairs).read_text(encoding="utf-8"))
        by_id = {p["id"]: p for p in news_pairs()}
        pairs, parity = [by_id[i] for i in ids], "listed"
    elif args.pairs_from:
        ids = json.loads(Path(args.pairs_from).read_text(encoding="utf-8"))["pairs"]
        taken = {p["id"] for p in unlabelled_pairs("even") + unlabelled_pairs("odd")}
        if labelled := [i for i in ids if i not in taken]:
            sys.exit(f"bench: {len(labelled)} pairs of {args.pairs_from} are now labelled")
        by_id = {p["id"]: p for p in news_pairs()}
        pairs = [by_id[i] for i in ids]
        parity = json.loads(Path(args.pairs_from).read_text(encoding="utf-8"))["parity"]
    else:
        pairs, parity = unlabelled_pairs(args.parity), args.parity
    excludes = [str(Path(x).resolve().relative_to(ROOT)) for x in args.exclude]
    judged = judged_keys([str(ROOT / x) for x in excludes])
    started = time.perf_counter()
    flags = all_flags(pairs)
    eligible = [i for i, f in enumerate(flags) if key(f) not in judged]
    rng = random.Random(args.seed)
    size = min(args.draw, len(eligible))
    sample = sorted(rng.sample(eligible, size))
    which = (
        "listed news pairs"
        if parity == "listed"
        else f"unlabelled news pairs ({parity} article numbers)"
    )
    left_out = (
        f", {len(flags) - len(eligible)} of them judged before ({', '.join(excludes)}) left out"
        if excludes
        else ""
    )
    data = {
        "description": (
            f"Audit of compare flags on {len(pairs)} {which}, commit {commit()}: "
            f"{len(flags)} flags{left_out}, a seeded sample of {size} (seed {args.seed}) "
            f"of the {len(eligible)}{' others' if excludes else ''} judged by hand"
        ),
        "commit": commit(),
        "parity": parity,
        "seed": args.seed,
        "excludes": excludes,
        "pairs": [p["id"] for p in pairs],
        "population": [list(key(f)) for f in flags],
        "sample": [
            {
                "id": flags[i]["id"],
                "status": flags[i]["status"],
                "old": flags[i]["old"],
                "new": flags[i]["new"],
                "verdict": None,
                "class": None,
                "fault": None,
                "note": "",
            }
            for i in sample
        ],
    }
    write_verdicts(Path(args.out), data)
    texts = {p["id"]: p for p in pairs}
    with open(args.sheet, "w", encoding="utf-8") as fh:
        for n, i in enumerate(sample):
            f = flags[i]
            p = texts[f["id"]]
            fh.write(f"=== #{n} {f['id']} {f['status']}  old={f['old']}  new={f['new']}\n")
            fh.write(f"MSG: {f['message']}\n")
            if f["old_sentence"]:
                fh.write(f"OLD SENTENCE: {f['old_sentence']}\n")
            for side, m, text in (
                ("OLD", f["old"], p["original"]),
                ("NEW", f["new"], p["rewrite"]),
            ):
                if m:
                    a, b = m[0], m[1]
                    fh.write(f"{side}: ...{text[max(0, a - 300) : a]}[[{text[a:b]}]]")
                    fh.write(f"{text[b : b + 200]}...\n")
            fh.write("\n")
    print(
        f"{len(pairs)} pairs, {len(flags)} flags ({len(eligible)} not judged before), "
        f"sample of {size} written to {args.out}; sheet {args.sheet} "
        f"({time.perf_counter() - started:.0f}s)"
    )


def first(flag: dict) -> dict:
    """A flag's verdict as the audit first judged it: a verdict revised later (to follow
    consistency.md, saying why in its note) keeps the first one under ``first``, so the
    blind first-run figure stays what it was while "now" uses the revised one."""
    return {**flag, **flag.get("first", {})}


def audit(path: Path, verbose: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    judged = data["sample"]
    blank = [s for s in judged if s["verdict"] not in ("true", "false")]
    if blank:
        sys.exit(f"bench: {len(blank)} sampled flags of {path} have no verdict")
    by_id = {p["id"]: p for p in news_pairs()}
    pairs = [by_id[i] for i in data["pairs"]]
    started = time.perf_counter()
    now = all_flags(pairs)
    elapsed = time.perf_counter() - started
    now_keys = {key(f) for f in now}
    population = {as_key(k) for k in data["population"]}
    before = judged_keys([str(ROOT / x) for x in data.get("excludes", [])])
    judged_before = {k: v for k, v in before.items() if k in population}
    eligible = len(population) - len(judged_before)

    print(f"== {path.name}: {data['description']}")
    first_true = sum(first(s)["verdict"] == "true" for s in judged)
    p1 = first_true / len(judged)
    lo, hi = wilson(first_true, len(judged))
    what = "the flags not judged before" if judged_before else "the flags"
    print(
        f"first run (blind, at {data['commit']}), {what}: precision {p1:.3f} "
        f"({first_true}/{len(judged)}), 95% CI {lo:.3f}-{hi:.3f}"
    )
    false_before = sum(v["verdict"] == "false" for v in judged_before.values())
    rate = (false_before + eligible * (1 - p1)) / len(data["pairs"])
    print(
        f"  about {rate:.2f} false alarms per pair ({len(population)} flags on {len(data['pairs'])} pairs"
        + (
            f"; {len(judged_before)} judged before, {false_before} of them false, no longer blind)"
            if judged_before
            else ")"
        )
    )
    if judged_before:
        overall = (len(judged_before) - false_before + eligible * p1) / len(population)
        print(f"  precision over all {len(population)} flags, estimated: {overall:.3f}")
    at_first = [first(s) for s in judged]
    classes = Counter(s["class"] for s in at_first if s["verdict"] == "false")
    print("  false alarms by class: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))
    faults = Counter(s.get("fault") for s in at_first if s["verdict"] == "false")
    if any(faults):
        print("  whose fault: " + ", ".join(f"{c} {n}" for c, n in faults.most_common()))

    kept = [s for s in judged if key(s) in now_keys]
    gone = [s for s in judged if key(s) not in now_keys]
    kept_true = sum(s["verdict"] == "true" for s in kept)
    lo, hi = wilson(kept_true, len(kept))
    precision = kept_true / len(kept) if kept else 1.0
    print(f"at the current code ({commit()}; no longer blind once code changed after judging):")
    print(
        f"  judged flags still produced: {len(kept)}; precision {precision:.3f} "
        f"({kept_true}/{len(kept)}), 95% CI {lo:.3f}-{hi:.3f}"
    )
    lost = [s for s in gone if s["verdict"] == "true"]
    print(
        f"  judged flags no longer produced: {len(gone)} "
        f"(false alarms gone {len(gone) - len(lost)}, true flags lost {len(lost)})"
    )
    left = Counter(s["class"] for s in kept if s["verdict"] == "false")
    print("  false alarms left by class: " + ", ".join(f"{c} {n}" for c, n in left.most_common()))
    verdicts = {**before, **{key(s): s for s in judged}}
    known = [verdicts[k]["verdict"] for k in now_keys if k in verdicts]
    unknown = len(now) - len(known)
    false_now = known.count("false") + unknown * (1 - precision)
    print(
        f"  about {false_now / len(pairs):.2f} false alarms per pair ({known.count('false')} judged false "
        f"of {len(known)} judged flags now produced; the {unknown} others as precise as this sample)"
    )
    new = [f for f in now if key(f) not in population]
    print(
        f"  flags now: {len(now)} (population then {len(population)}); "
        f"new, unjudged: {len(new)}; of the population gone: {len(population - now_keys)}"
    )
    print(f"  ({len(pairs)} pairs compared in {elapsed:.0f}s)")
    revised = [s for s in judged if "first" in s]
    if revised:
        print(
            f"  verdicts revised after the first run: {len(revised)} "
            f"({', '.join(first(s)['verdict'] + ' -> ' + s['verdict'] for s in revised)})"
        )
    if verbose:
        for s in lost:
            print(f"  LOST true {s['id']} {s['status']} old={s['old']} new={s['new']}")
        for s in kept:
            if s["verdict"] == "false":
                print(
                    f"  KEPT false [{s['class']}] {s['id']} {s['status']} old={s['old']} new={s['new']}"
                )
        for f in new:
            print(f"  NEW {f['id']} {f['status']} old={f['old']} new={f['new']}: {f['message']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--verdicts",
        action="append",
        help="a judged sample (default: every audit, " + ", ".join(p.name for p in VERDICTS) + ")",
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--draw", type=int, help="draw a new sample of N flags instead of auditing")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--parity", choices=("even", "odd"), default="even")
    ap.add_argument("--pairs-from", help="with --draw: the pairs of an earlier verdicts file")
    ap.add_argument("--pairs", help="with --draw: a JSON list of the pair ids to audit")
    ap.add_argument(
        "--exclude",
        action="append",
        default=[],
        help="with --draw: leave out the flags this verdicts file judged (repeatable)",
    )
    ap.add_argument("--out", help="with --draw: the verdicts file to write")
    ap.add_argument("--sheet", help="with --draw: the judging sheet (keep it outside the repo)")
    args = ap.parse_args()
    if not NEWS_PAIRS.exists():
        sys.exit(f"bench: {NEWS_PAIRS} not found (the ../shared reference data)")
    if args.draw:
        if not args.out or not args.sheet:
            sys.exit("bench: --draw needs --out and --sheet")
        draw(args)
    else:
        paths = (
            [Path(p) for p in args.verdicts]
            if args.verdicts
            else [p for p in VERDICTS if p.exists()]
        )
        for n, path in enumerate(paths):
            if n:
                print()
            audit(path, args.verbose)


if __name__ == "__main__":
    main()
