"""Every output of compare and extract on the bench's texts, one JSON line each.

For changes that must not change any output (speed work, refactors): dump on
main and on the branch, then diff the two files; any line that differs names
the pair or text whose output moved.

    python bench/dump_outputs.py /tmp/main.jsonl            # everything (several minutes)
    python bench/dump_outputs.py /tmp/a.jsonl --only compare --limit 50
    diff /tmp/main.jsonl /tmp/branch.jsonl && echo identical

What is dumped: ``compare_texts`` findings (``Finding.to_dict`` with
``sentence_spans``) for every pair of bench/compare_accuracy.py's sets (the
dev and held-out pairs, the blind holdouts, every summaries set, the
encyclopedia set, the cases), with NEW read as compare reads it by default and
also as a summary; the 452 news pairs; and ``extract`` mentions
(``Mention.to_dict``) for both sides of every news pair, every sentence of the
extraction sets and date sets in bench/data, and every peer-suite input under
../shared/corpora/recognizers-text.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "corpora" / "rewrites" / "news-pairs.jsonl"
LABELLED = SHARED / "corpora" / "rewrites" / "labelled-dev.json"
CASES = SHARED / "cases" / "compare-cases.json"
PEERS = SHARED / "corpora" / "recognizers-text"


def _news() -> dict[str, dict]:
    if not NEWS.exists():
        sys.exit(f"dump_outputs: {NEWS} not found (the ../shared reference data)")
    with NEWS.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh) if row}


def compare_pairs(news: dict[str, dict]) -> Iterator[tuple[str, str, str, str | None]]:
    """(name, old, new, new_is) of every pair the compare benches read."""
    labelled = [LABELLED] if LABELLED.exists() else []
    for path in [*labelled, *sorted(DATA.glob("compare-holdout*.json"))]:
        pairs = json.loads(path.read_text(encoding="utf-8"))
        pairs = pairs["pairs"] if isinstance(pairs, dict) else pairs
        for i, p in enumerate(pairs):
            old = p.get("original") or news[p["id"]]["original"]
            new = p.get("rewrite") or news[p["id"]]["rewrite"]
            for new_is in (None, "summary"):
                yield f"{path.name}#{i}:{p.get('id')}:{new_is}", old, new, new_is
    for path in sorted(DATA.glob("compare-summaries*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        passages = doc.get("passages") or {}
        for row in doc["summaries"]:
            source = row["original"]  # a passage of the file's own, or a news pair's id
            old = passages[source] if source in passages else news[source]["original"]
            for new_is in (None, "summary"):
                yield f"{path.name}:{row['id']}:{new_is}", old, row["summary"], new_is
    if CASES.exists():
        classes = json.loads(CASES.read_text(encoding="utf-8"))
        for name, cls in classes.items():
            if name.startswith("_"):
                continue
            for i, (old, new) in enumerate(cls["pairs"]):
                yield f"cases:{name}#{i}", old, new, None
    for pid, p in news.items():
        yield f"news:{pid}", p["original"], p["rewrite"], None


def extract_texts(news: dict[str, dict]) -> Iterator[tuple[str, str, _dt.date | None]]:
    """(name, text, reference date) of every text the extraction benches read."""
    for pid, p in news.items():
        for side in ("original", "rewrite"):
            yield f"news:{pid}:{side}", p[side], None
    for path in sorted([*DATA.glob("quantities-*.jsonl"), *DATA.glob("dates-*.jsonl")]):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line) if line.strip() else {}
            if "description" in row or not row:
                continue
            text = row.get("text")
            if text is None and "id" in row:
                field = row.get("field", "rewrite" if "rewrites" in path.name else "original")
                text = news[row["id"]][field][row["start"] : row["end"]]
            ref = row.get("ref")
            ref = _dt.date.fromisoformat(ref) if ref else None
            yield f"{path.name}#{i}", text, ref
    for path in sorted(PEERS.rglob("*.json")) if PEERS.exists() else []:
        try:
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
        except ValueError:
            continue
        for i, case in enumerate(cases if isinstance(cases, list) else []):
            if isinstance(case, dict) and isinstance(case.get("Input"), str):
                yield f"{path.relative_to(PEERS)}#{i}", case["Input"], None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="JSON Lines file to write")
    ap.add_argument("--only", choices=("compare", "extract"), help="one half only")
    ap.add_argument("--limit", type=int, help="the first N items of each half")
    args = ap.parse_args()
    import warnings

    warnings.filterwarnings("ignore")
    from factcheck.compare import compare_texts
    from factcheck.extract import extract

    news = _news()
    with args.out.open("w", encoding="utf-8") as out:
        if args.only != "extract":
            for n, (name, old, new, new_is) in enumerate(compare_pairs(news)):
                if args.limit and n >= args.limit:
                    break
                findings = [
                    {**f.to_dict(), "sentence_spans": f.sentence_spans}
                    for f in compare_texts(old, new, new_is=new_is)
                ]
                out.write(json.dumps({"compare": name, "findings": findings}, default=repr))
                out.write("\n")
        if args.only != "compare":
            for n, (name, text, ref) in enumerate(extract_texts(news)):
                if args.limit and n >= args.limit:
                    break
                mentions = [m.to_dict() for m in extract(text, ref)]
                out.write(json.dumps({"extract": name, "mentions": mentions}, default=repr))
                out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
