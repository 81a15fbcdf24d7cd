"""The BBC preset (rules/presets/bbc.yaml) over the BBC originals of ../shared/corpora.

BBC News copy is written to the BBC's own style, so a number-style finding on
it is either a true lapse of the copy or the rule crying wolf. Prints the
number of findings per check and every finding (or a sample with --sample N)
with its sentence, for a person to judge.

    python bench/number_style_corpus.py
    python bench/number_style_corpus.py --preset presets/ap --sample 10
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter

from benchkit import NEWS_PAIRS

from factcheck.checks import check_text
from factcheck.ruleset import RuleSet, load_ruleset


def originals() -> list[tuple[int, str]]:
    seen: dict[int, str] = {}
    for line in NEWS_PAIRS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        seen.setdefault(row["article"], row["original"])
    return sorted(seen.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="presets/bbc")
    parser.add_argument("--sample", type=int, default=0, help="print N findings at random")
    args = parser.parse_args()
    loaded = load_ruleset([args.preset], defaults=False)
    rules = RuleSet([r for r in loaded.rules if r.type == "number-style"])
    counts: Counter[str] = Counter()
    found = []
    texts = originals()
    for article, text in texts:
        for f in check_text(text, rules=rules):
            counts[f.extra["check"]] += 1
            found.append((article, f))
    print(f"{args.preset}: {len(found)} findings on {len(texts)} BBC originals")
    for check, n in counts.most_common():
        print(f"  {check}: {n}")
    shown = random.Random(0).sample(found, min(args.sample, len(found))) if args.sample else found
    for article, f in shown:
        print(f"- article {article}: {f.message}\n    {f.sentence[:200]}")


if __name__ == "__main__":
    main()
