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

    python bench/compare_audit.py                 # the audit at the current code
    python bench/compare_audit.py -v              # also list kept false alarms, new flags
    python bench/compare_audit.py --verdicts PATH # another verdicts file

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
VERDICTS = ROOT / "bench" / "data" / "compare-audit-even.json"
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


def draw(args: argparse.Namespace) -> None:
    pairs = unlabelled_pairs(args.parity)
    started = time.perf_counter()
    flags = all_flags(pairs)
    rng = random.Random(args.seed)
    sample = sorted(rng.sample(range(len(flags)), args.draw))
    data = {
        "description": (
            f"Audit of compare flags on {len(pairs)} unlabelled news pairs "
            f"({args.parity} article numbers), commit {commit()}: {len(flags)} flags, "
            f"a seeded sample of {args.draw} (seed {args.seed}) judged by hand"
        ),
        "commit": commit(),
        "parity": args.parity,
        "seed": args.seed,
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
        f"{len(pairs)} pairs, {len(flags)} flags, sample of {args.draw} written to {args.out}; "
        f"sheet {args.sheet} ({time.perf_counter() - started:.0f}s)"
    )


def audit(args: argparse.Namespace) -> None:
    data = json.loads(Path(args.verdicts).read_text(encoding="utf-8"))
    judged = data["sample"]
    blank = [s for s in judged if s["verdict"] not in ("true", "false")]
    if blank:
        sys.exit(f"bench: {len(blank)} sampled flags of {args.verdicts} have no verdict")
    by_id = {p["id"]: p for p in news_pairs()}
    pairs = [by_id[i] for i in data["pairs"]]
    started = time.perf_counter()
    now = all_flags(pairs)
    elapsed = time.perf_counter() - started
    now_keys = {key(f) for f in now}
    population = {
        tuple(tuple(x) if isinstance(x, list) else x for x in k) for k in data["population"]
    }

    first_true = sum(s["verdict"] == "true" for s in judged)
    lo, hi = wilson(first_true, len(judged))
    print(data["description"])
    print(
        f"first audit (blind, at {data['commit']}): precision {first_true / len(judged):.3f} "
        f"({first_true}/{len(judged)}), 95% CI {lo:.3f}-{hi:.3f}"
    )
    rate = len(data["population"]) * (1 - first_true / len(judged)) / len(data["pairs"])
    print(
        f"  about {rate:.2f} false alarms per pair ({len(data['population'])} flags on {len(data['pairs'])} pairs)"
    )
    classes = Counter(s["class"] for s in judged if s["verdict"] == "false")
    print("  false alarms by class: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))

    kept = [s for s in judged if key(s) in now_keys]
    gone = [s for s in judged if key(s) not in now_keys]
    kept_true = sum(s["verdict"] == "true" for s in kept)
    lo, hi = wilson(kept_true, len(kept))
    precision = kept_true / len(kept) if kept else 1.0
    print(f"\nat the current code ({commit()}; no longer blind once code changed after judging):")
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
    print(
        f"  about {len(now) * (1 - precision) / len(pairs):.2f} false alarms per pair, if new flags were as precise"
    )
    new = [f for f in now if key(f) not in population]
    print(
        f"  flags now: {len(now)} (population then {len(population)}); "
        f"new, unjudged: {len(new)}; of the population gone: {len(population - now_keys)}"
    )
    print(f"  ({len(pairs)} pairs compared in {elapsed:.0f}s)")
    if args.verbose:
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
        "--verdicts", default=str(VERDICTS), help="the judged sample (default: %(default)s)"
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--draw", type=int, help="draw a new sample of N flags instead of auditing")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--parity", choices=("even", "odd"), default="even")
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
        audit(args)


if __name__ == "__main__":
    main()
