"""How well ``compare --new-is auto`` tells a summary from a rewrite: its confusion table.

Every pair we have, read by ``factcheck.compare.reading.read_new`` with ``auto``:

- rewrites: the 452 LLM rewrites of ``../shared/corpora/rewrites/news-pairs.jsonl``
  and the 24 of ``labelled-dev.json`` (all rewrites: each one read as a summary
  would lose its drops and loosenings, so this count must stay at about 0);
- summaries: every summary of ``bench/data/compare-summaries*.json`` (ours, of
  BBC originals and of our own encyclopedia passages), by file.

Printed: the table (rows: what the pair is; columns: how auto read it: a rewrite, a
summary, or condensed, the reading between the two that flags drops but not a true
loosening), the share of summaries read as summaries or condensed per file and per
sign (opening, heading, a first line that is a list item, tokenised, questions and
answers, length), and with ``--grid`` how the length sign alone would do at other
shares of OLD's words, so the threshold (``reading.SUMMARY_SHARE``) is chosen on figures.

    python bench/new_is_detector.py
    python bench/new_is_detector.py -v       # also every rewrite read as a summary
    python bench/new_is_detector.py --grid   # the length sign at other thresholds
    python bench/new_is_detector.py --cost   # flags the condensed reading takes from rewrites
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REWRITES = ROOT.parent / "shared" / "corpora" / "rewrites"
SUMMARY_FILES = sorted((ROOT / "bench" / "data").glob("compare-summaries*.json"))
_WORD = re.compile(r"\w+")


def pairs() -> list[tuple[str, str, str, str]]:
    """(kind, id, old, new) for every pair: kind "rewrite" or the summaries file's name."""
    out = []
    news = {}
    with (REWRITES / "news-pairs.jsonl").open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            news[row["id"]] = row["original"]
            out.append(("rewrite", row["id"], row["original"], row["rewrite"]))
    for row in json.loads((REWRITES / "labelled-dev.json").read_text(encoding="utf-8")):
        out.append(("rewrite", row["id"], row["original"], row["rewrite"]))
    for path in SUMMARY_FILES:
        doc = json.loads(path.read_text(encoding="utf-8"))
        sources = {**news, **doc.get("passages", {})}  # set 10 has news and passages
        for row in doc["summaries"]:
            out.append((path.stem, row["id"], sources[row["original"]], row["summary"]))
    return out


def sign_kind(why: str) -> str:
    """The kind of sign ``reading.summary_sign`` gave, from its words."""
    for word, kind in (
        ("condensed", "condensed"),
        ("opens", "opening"),
        ("heading", "heading"),
        ("list item", "list"),
        ("tokenised", "tokenised"),
        ("questions and answers", "questions"),
        ("words for", "length"),
    ):
        if word in why:
            return kind
    return "none"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list rewrites read as summaries or condensed"
    )
    ap.add_argument("--grid", action="store_true", help="the length sign at other thresholds")
    ap.add_argument(
        "--cost",
        action="store_true",
        help="compare each rewrite read as condensed both ways: the flags the reading takes away",
    )
    args = ap.parse_args(argv)
    if not (REWRITES / "news-pairs.jsonl").exists():
        print(f"{REWRITES} not found (the ../shared reference data)", file=sys.stderr)
        return 2
    from factcheck.compare.reading import (
        CONDENSED_SENTENCES,
        CONDENSED_SHARE,
        SUMMARY_SHARE,
        read_new,
    )
    from factcheck.extract import split_sentences

    table: Counter = Counter()
    signs: Counter = Counter()
    wrong = []
    condensed = []
    condensed_pairs = []
    plain: list[tuple[str, float, int]] = []
    shares: list[tuple[str, float]] = []
    rows = pairs()
    for kind, ident, old, new in rows:
        group = "rewrite" if kind == "rewrite" else "summary"
        reading = read_new(old, new, "auto")
        table[(group, reading.new_is)] += 1
        if kind != group:
            table[(kind, reading.new_is)] += 1
        if group == "summary":
            signs[(kind, sign_kind(reading.why))] += 1
        elif reading.new_is == "summary":
            wrong.append(f"  {ident}: {reading.why}")
        elif reading.new_is == "condensed":
            condensed.append(f"  {ident}: {reading.why}")
            condensed_pairs.append((ident, old, new))
        share = len(_WORD.findall(new)) / max(1, len(_WORD.findall(old)))
        shares.append((group, share))
        if args.grid and share <= 0.6 and reading.new_is != "summary":
            # a pair no sign reads as a summary, short enough to be condensed at some grid point
            plain.append((group, share, len(split_sentences(new))))
    print("how --new-is auto reads each pair (rows: what it is)")
    print(f"{'':<36}{'rewrite':>9}{'summary':>9}{'condensed':>10}{'share':>8}")
    kinds = ["rewrite", "summary", *(p.stem for p in SUMMARY_FILES)]
    for kind in kinds:
        r, s = table[(kind, "rewrite")], table[(kind, "summary")]
        c = table[(kind, "condensed")]
        label = {"rewrite": "rewrites", "summary": "summaries, all"}.get(kind, "  " + kind)
        share = s / (r + s + c) if r + s + c else 0.0
        print(f"{label:<36}{r:>9}{s:>9}{c:>10}{share:>8.3f}")
    n_rw = sum(table[("rewrite", x)] for x in ("rewrite", "summary", "condensed"))
    n_sum = sum(table[("summary", x)] for x in ("rewrite", "summary", "condensed"))
    print(
        f"\nrewrites read as summaries: {table[('rewrite', 'summary')]} of {n_rw}; "
        f"summaries detected: {table[('summary', 'summary')]} of {n_sum} "
        f"(length sign at {SUMMARY_SHARE:.2f} of OLD's words)"
    )
    print(
        f"condensed (at most {CONDENSED_SHARE:.2f} of OLD's words in at most "
        f"{CONDENSED_SENTENCES} sentences, no sign of a summary): "
        f"rewrites {table[('rewrite', 'condensed')]} of {n_rw} (their drops still flagged, "
        f"a true loosening not), summaries {table[('summary', 'condensed')]} of {n_sum}; "
        f"summaries read as rewrites: {table[('summary', 'rewrite')]}"
    )
    print("summaries by the sign that told (the first that holds, in this order):")
    for kind in (p.stem for p in SUMMARY_FILES):
        parts = [
            f"{sign} {signs[(kind, sign)]}"
            for sign in (
                "opening",
                "heading",
                "list",
                "tokenised",
                "questions",
                "length",
                "condensed",
                "none",
            )
        ]
        print(f"  {kind:<34}" + ", ".join(parts))
    if args.verbose and wrong:
        print("rewrites read as summaries:")
        print("\n".join(wrong))
    if args.verbose and condensed:
        print("rewrites read as condensed:")
        print("\n".join(condensed))
    if args.cost:
        print(
            f"\nflags the condensed reading takes from the {len(condensed_pairs)} rewrites it reads:"
        )
        print("  " + "\n  ".join(_taken(condensed_pairs)) if condensed_pairs else "  none read")
    if args.grid:
        print("\nthe length sign alone (NEW's words <= share x OLD's):")
        lowest = min(x for g, x in shares if g == "rewrite")
        for limit in (0.10, 0.12, 0.15, 0.17, 0.20, 0.25, 0.30):
            rw = sum(1 for g, x in shares if g == "rewrite" and x <= limit)
            sm = sum(1 for g, x in shares if g == "summary" and x <= limit)
            print(f"  <= {limit:.2f}: rewrites {rw:>3}, summaries {sm:>3} of {n_sum}")
        print(f"  (the most compressed rewrite keeps {lowest:.3f} of its original's words)")
        print("\nthe condensed reading at other limits (pairs no sign reads as summaries):")
        for limit in (0.4, 0.5, 0.6):
            for most in (3, 4, 5, 6, 7):
                rw = sum(1 for g, x, n in plain if g == "rewrite" and x <= limit and n <= most)
                sm = sum(1 for g, x, n in plain if g == "summary" and x <= limit and n <= most)
                print(
                    f"  <= {limit:.2f} of the words, <= {most} sentences: rewrites {rw:>3}, "
                    f"summaries {sm:>3} of {n_sum - table[('summary', 'summary')]}"
                )
    return 0


def _taken(condensed_pairs: list[tuple[str, str, str]]) -> list[str]:
    """Each flag (conflict, dropped, added) a rewrite read as condensed has as a rewrite and
    not as condensed: what the reading costs a rewrite (by design, only true loosenings)."""
    from factcheck.compare import compare_texts

    def flags(old: str, new: str, reading: str) -> set[tuple[str, str]]:
        return {
            (f.status, f"'{f.old.text if f.old else ''}' -> '{f.new.text if f.new else ''}'")
            for f in compare_texts(old, new, new_is=reading)
            if f.status in ("conflict", "dropped", "added")
        }

    lines = []
    for ident, old, new in condensed_pairs:
        gone = flags(old, new, "rewrite") - flags(old, new, "condensed")
        lines += [f"{ident}: {status} {what}" for status, what in sorted(gone)]
    return lines + [f"{len(lines)} flags taken"]


if __name__ == "__main__":
    sys.exit(main())
