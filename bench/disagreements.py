"""Where factcheck.extract and bare quantulum3 disagree, grouped so the largest class shows first.

A way to find extraction errors without labels we wrote (issue 11): both
extractors read the same texts; their figures are aligned by span (any
overlap), and every figure only one side has, or that both have with different
values, is a disagreement. Disagreements are grouped by a coarse pattern, the
kind of disagreement and the token shape of the figure with one word on each
side (bench/patterns.py): "quantulum3 only: word [YEAR4] word" is a bare
four-digit year we leave to dates, "values differ: [CUR+DEC+SUF]" is "£2.5m"
read as 2.5 metres by quantulum3. The groups are printed largest first, with
counts and a sample of each. Neither side is the truth: review a sample of the
top classes and say which side was wrong (docs/extract.md, "Measuring").

Reviewed classes are recorded in bench/data/disagreements-reviewed.json (the
pattern, the date, and how many of the sample were our errors and how many
quantulum3's); the report marks them, so the largest unreviewed class is
always visible.

    python bench/disagreements.py                      # every text in ../shared/corpora
    python bench/disagreements.py --limit 100          # the first 100 texts
    python bench/disagreements.py --corpus news-pairs  # or labelled-dev, recognizers, a file
    python bench/disagreements.py --top 10 --sample 10 # more of each class

Agreement: our mention's value equals quantulum3's within relative 1e-3, or
quantulum3's value is one end of our range, or our sub-unit value (pence,
cents). Our ordinals that quantulum3 lacks are left out unless --ordinals
(quantulum3 reads none, so they would only fill the top class). Where
quantulum3's figure overlaps one of our dates or times, it counts as "read as
a date by factcheck" (a year, a day of the month, the "19" of "19:00"): a count,
not a disagreement, since dates are measured by bench/dates_accuracy.py.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from patterns import shape

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
REVIEWED = ROOT / "bench" / "data" / "disagreements-reviewed.json"
CORPUS_NAMES = ("news-pairs", "labelled-dev", "recognizers")


# -- the corpus ------------------------------------------------------------------
def news_pairs_texts() -> list[tuple[str, str]]:
    """Each original once (several rewrites share it) and every rewrite."""
    out, seen = [], set()
    with (CORPORA / "rewrites" / "news-pairs.jsonl").open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["article"] not in seen:
                seen.add(row["article"])
                out.append((f"{row['id']}:original", row["original"]))
            out.append((f"{row['id']}:rewrite", row["rewrite"]))
    return out


def labelled_dev_texts() -> list[tuple[str, str]]:
    pairs = json.loads((CORPORA / "rewrites" / "labelled-dev.json").read_text(encoding="utf-8"))
    return [(f"{p['id']}:{side}", p[side]) for p in pairs for side in ("original", "rewrite")]


def recognizers_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((CORPORA / "recognizers-text").glob("*/*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            out.append((f"{path.parent.name}/{path.stem}#{i}", case["Input"]))
    return out


def file_texts(path: Path) -> list[tuple[str, str]]:
    """A .txt file (one text), or .jsonl/.json rows with a text, original/rewrite or Input."""
    if path.suffix == ".txt":
        return [(path.name, path.read_text(encoding="utf-8"))]
    raw = path.read_text(encoding="utf-8")
    rows = (
        [json.loads(line) for line in raw.splitlines() if line.strip()]
        if path.suffix == ".jsonl"
        else json.loads(raw)
    )
    out = []
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        for key in ("text", "original", "rewrite", "Input", "summary"):
            if isinstance(row, dict) and isinstance(row.get(key), str):
                out.append((f"{path.name}#{i}:{key}", row[key]))
    return out


def corpus(names: list[str]) -> list[tuple[str, str]]:
    readers = {
        "news-pairs": news_pairs_texts,
        "labelled-dev": labelled_dev_texts,
        "recognizers": recognizers_texts,
    }
    out = []
    for name in names:
        out += readers[name]() if name in readers else file_texts(Path(name))
    return out


# -- the two sides -----------------------------------------------------------------
@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    sub: float | None = None
    is_date: bool = False
    is_ordinal: bool = False

    def shows(self) -> str:
        if self.value is None and (self.low is not None or self.high is not None):
            return f"{self.low}..{self.high}"
        return f"{self.value:g}" if isinstance(self.value, float) else str(self.value)


def ours(text: str) -> list[Figure]:
    """Our quantities, dates and times."""
    from factcheck.extract import extract

    out = []
    for m in extract(text):
        if m.kind not in ("quantity", "date", "time"):
            continue
        out.append(
            Figure(
                m.start,
                m.end,
                m.text,
                _float(m.value),
                _float(m.low),
                _float(m.high),
                _float(m.extra.get("subunit_value")),
                is_date=m.kind != "quantity",
                is_ordinal=m.role == "ordinal",
            )
        )
    return out


def theirs(text: str) -> list[Figure]:
    from quantulum3 import parser

    return [Figure(q.span[0], q.span[1], q.surface, _float(q.value)) for q in parser.parse(text)]


def _float(v) -> float | None:
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def agree(o: Figure, q: Figure) -> bool:
    return any(_close(v, q.value) for v in (o.value, o.low, o.high, o.sub))


# -- alignment and patterns ----------------------------------------------------------
_WORD = re.compile(r"\S+")
_PUNCT = "\"'()[],.;:!?\u201c\u201d\u2018\u2019"


def context_shape(text: str, start: int, end: int) -> str:
    """The figure's shape in brackets, with what is glued to it and one word on each side.

    "at 07:20 GMT" for the "07" gives "word [NUM]:NUM word".
    """
    glued_left = re.search(r"\S*$", text[max(0, start - 20) : start]).group()
    glued_right = re.match(r"\S*", text[end : end + 20]).group()
    a, b = start - len(glued_left), end + len(glued_right)
    glued_left, glued_right = glued_left.lstrip(_PUNCT), glued_right.rstrip(_PUNCT)
    before = [w.strip(_PUNCT) for w in _WORD.findall(text[max(0, a - 30) : a])]
    after = [w.strip(_PUNCT) for w in _WORD.findall(text[b : b + 30])]
    core = (
        (shape(glued_left).replace(" ", "") if glued_left else "")
        + f"[{shape(text[start:end])}]"
        + (shape(glued_right).replace(" ", "") if glued_right else "")
    )
    left = shape(before[-1]) if before and before[-1] else ""
    right = shape(after[0]) if after and after[0] else ""
    return " ".join(x for x in (left, core, right) if x)


@dataclass
class Disagreement:
    kind: str  # "factcheck only", "quantulum3 only", "values differ"
    pattern: str
    doc: str
    text: str
    start: int
    end: int
    ours: str
    theirs: str

    @property
    def key(self) -> str:
        return f"{self.kind}: {self.pattern}"


def compare_text(doc: str, text: str, stats: Counter, ordinals: bool = False) -> list[Disagreement]:
    mine, other = ours(text), theirs(text)
    quantities = [o for o in mine if not o.is_date]
    dates = [o for o in mine if o.is_date]
    out = []
    matched: set[int] = set()
    for q in other:
        over = [o for o in quantities if o.start < q.end and q.start < o.end]
        if over:
            matched.update(id(o) for o in over)
            if any(agree(o, q) for o in over):
                stats["agree"] += 1
                continue
            a, b = min([q.start] + [o.start for o in over]), max([q.end] + [o.end for o in over])
            ours_shown = "; ".join(f"{o.text!r}={o.shows()}" for o in over)
            out.append(
                Disagreement(
                    "values differ",
                    context_shape(text, a, b),
                    doc,
                    text,
                    a,
                    b,
                    ours_shown,
                    f"{q.text!r}={q.shows()}",
                )
            )
        elif any(d.start < q.end and q.start < d.end for d in dates):
            stats["read as a date by factcheck"] += 1
        else:
            out.append(
                Disagreement(
                    "quantulum3 only",
                    context_shape(text, q.start, q.end),
                    doc,
                    text,
                    q.start,
                    q.end,
                    "-",
                    f"{q.text!r}={q.shows()}",
                )
            )
    for o in quantities:
        if id(o) not in matched and (ordinals or not o.is_ordinal):
            out.append(
                Disagreement(
                    "factcheck only",
                    context_shape(text, o.start, o.end),
                    doc,
                    text,
                    o.start,
                    o.end,
                    f"{o.text!r}={o.shows()}",
                    "-",
                )
            )
    stats["quantulum3 figures"] += len(other)
    stats["factcheck quantities"] += len(quantities)
    return out


def load_reviewed(path: Path = REVIEWED) -> dict[str, dict]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {r["class"]: r for r in data.get("reviews", [])}


def snippet(d: Disagreement, width: int = 50) -> str:
    left = d.text[max(0, d.start - width) : d.start]
    right = d.text[d.end : d.end + width]
    return " ".join(f"{left}«{d.text[d.start : d.end]}»{right}".split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="corpus names: " + ", ".join(CORPUS_NAMES) + " (default: all), or a file",
    )
    ap.add_argument("--corpus", nargs="*", default=list(CORPUS_NAMES), help="corpora to read")
    ap.add_argument("--limit", type=int, help="read only the first N texts")
    ap.add_argument("--top", type=int, default=25, help="classes to print (default 25)")
    ap.add_argument("--sample", type=int, default=3, help="examples per class (default 3)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    ap.add_argument(
        "--ordinals", action="store_true", help="count our ordinals too (quantulum3 has none)"
    )
    ap.add_argument("--json", type=Path, help="also write every disagreement here (JSON lines)")
    args = ap.parse_args(argv)
    if not CORPORA.exists() and any(c in CORPUS_NAMES for c in args.corpus):
        print(f"disagreements: {CORPORA} not found (the ../shared reference data)", file=sys.stderr)
        return 2
    try:
        texts = corpus(args.corpus)
    except (OSError, ValueError, KeyError) as err:
        print(f"disagreements: cannot read the corpus {args.corpus}: {err}", file=sys.stderr)
        return 2
    if args.limit:
        texts = texts[: args.limit]
    warnings.simplefilter("ignore")
    stats: Counter = Counter()
    found: list[Disagreement] = []
    t0 = time.perf_counter()
    for doc, text in texts:
        found += compare_text(doc, text, stats, args.ordinals)
    elapsed = time.perf_counter() - t0
    groups: dict[str, list[Disagreement]] = {}
    for d in found:
        groups.setdefault(d.key, []).append(d)
    order = sorted(groups, key=lambda k: (-len(groups[k]), k))
    reviewed = load_reviewed()
    n_chars = sum(len(t) for _, t in texts)
    print(
        f"{len(texts)} texts ({n_chars:,} characters) from {', '.join(map(str, args.corpus))}"
        f" in {elapsed:.0f} s"
    )
    print(
        f"quantulum3 figures {stats['quantulum3 figures']}, factcheck quantities"
        f" {stats['factcheck quantities']}; agree on {stats['agree']}, quantulum3's figure read"
        f" as a date or time by factcheck {stats['read as a date by factcheck']}"
    )
    kinds = Counter(d.kind for d in found)
    print(
        f"disagreements {len(found)} in {len(groups)} classes: "
        + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    )
    unreviewed = next((k for k in order if k not in reviewed), None)
    if unreviewed:
        print(f"largest unreviewed class: {unreviewed} ({len(groups[unreviewed])})")
    rng = random.Random(args.seed)
    for rank, key in enumerate(order[: args.top], 1):
        items = groups[key]
        note = ""
        if key in reviewed:
            r = reviewed[key]
            note = (
                f"  [reviewed {r['date']}: of {r['sample']}, factcheck wrong {r['factcheck_wrong']},"
                f" quantulum3 wrong {r['quantulum3_wrong']}]"
            )
        print(f"\n{rank:2d}. {len(items):5d}  {key}{note}")
        for d in rng.sample(items, min(args.sample, len(items))):
            print(f"      ours {d.ours:28s} quantulum3 {d.theirs:22s} {d.doc}")
            print(f"        {snippet(d)}")
    rest = len(order) - args.top
    if rest > 0:
        print(
            f"\n... {rest} smaller classes ({sum(len(groups[k]) for k in order[args.top :])} items)"
        )
    if args.json:
        with args.json.open("w", encoding="utf-8") as fh:
            for d in found:
                row = {k: getattr(d, k) for k in ("kind", "pattern", "doc", "start", "end")}
                row.update(ours=d.ours, theirs=d.theirs, context=snippet(d))
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
