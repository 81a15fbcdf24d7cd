"""The ``residue`` rule over every article text in ../shared/corpora: how often it cries wolf.

Runs the default ``residue`` rule (rules/check/residue.yaml) over the BBC
originals of news-pairs.jsonl (each article once), their LLM rewrites, the
texts of labelled-dev.json and the seed pair, and prints the number of flags
per kind of text with every flag (or a sample with --sample N). Each flag is
then judged by a person: a BBC original has no rewriting residue, so every
flag there is false (target: none).

    python bench/residue_corpus.py
    python bench/residue_corpus.py --sample 5
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from benchkit import NEWS_PAIRS, ROOT

from factcheck.checks import check_text
from factcheck.ruleset import default_ruleset

SHARED = ROOT.parent / "shared"


def texts() -> list[tuple[str, str, str]]:
    """(kind, id, text) for every article text of the corpora."""
    out = []
    seen_originals = set()
    for line in NEWS_PAIRS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["article"] not in seen_originals:
            seen_originals.add(row["article"])
            out.append(("news-pairs original (BBC)", f"article {row['article']}", row["original"]))
        out.append((f"news-pairs rewrite ({row['model']})", row["id"], row["rewrite"]))
    labelled = SHARED / "corpora" / "rewrites" / "labelled-dev.json"
    for row in json.loads(labelled.read_text(encoding="utf-8")):
        out.append(("labelled-dev original", row["id"], row["original"]))
        out.append(("labelled-dev rewrite", row["id"], row["rewrite"]))
    for name in ("border-asylum-wire.txt", "border-asylum-rewrite.txt"):
        path = SHARED / "seeds" / name
        if path.exists():
            out.append(("seed", name, path.read_text(encoding="utf-8")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0, help="show N flags per kind (0: all)")
    args = parser.parse_args()
    rules = [r for r in default_ruleset() if r.type == "residue"]
    corpus = texts()
    read, flagged, shown = Counter(), Counter(), Counter()
    by_what = Counter()
    for kind, ident, text in corpus:
        read[kind.split(" (")[0] if "rewrite (" in kind else kind] += 1
        for f in check_text(text, rules=rules):
            group = kind.split(" (")[0] if "rewrite (" in kind else kind
            flagged[group] += 1
            by_what[f.message.split(":")[0]] += 1
            if not args.sample or shown[group] < args.sample:
                shown[group] += 1
                print(f"{kind} {ident} line {f.line}: {f.message}")
    print()
    print(f"{'kind of text':<28} {'texts':>6} {'flags':>6}")
    for group in read:
        print(f"{group:<28} {read[group]:>6} {flagged[group]:>6}")
    print(f"{'all':<28} {sum(read.values()):>6} {sum(flagged.values()):>6}")
    for what, n in by_what.most_common():
        print(f"  {n:>4}  {what}")


if __name__ == "__main__":
    main()
