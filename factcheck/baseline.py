"""Baselines: accepted findings recorded by a stable fingerprint, so CI fails only on new ones.

A fingerprint must survive edits elsewhere in the article, so it is built from
what the finding is about, never from where it is: the rule, the status, the
figure as written and the sentence around it (both normalized: case, spacing,
quote styles), plus an occurrence index that tells apart the same figure
flagged twice in the same sentence text. Offsets, line numbers and the wording
of the message are left out on purpose: adding a paragraph above a finding, or
rewording a rule's message, must not turn an accepted finding into a new one.

The baseline file is JSON a reviewer can read in a pull request: one entry per
accepted finding with its file, fingerprint, rule, status and figure.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import Counter
from typing import Any

from factcheck.errors import InputError
from factcheck.output_file import write_text
from factcheck.report.layout import figure_text, is_flag, sentence_of, text_of

BASELINE_VERSION = 1
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def normalize(s: str) -> str:
    """Case, whitespace and typographic quotes/dashes do not change what a finding is about."""
    return " ".join(s.translate(_QUOTES).casefold().split())


def fingerprint_parts(file_report: Any, f: Any) -> tuple[str, str, str, str]:
    text = text_of(file_report, f)
    return (
        f.rule,
        f.status,
        normalize(figure_text(f, text)),
        normalize(sentence_of(f, text)),
    )


def assign_fingerprints(report: Any) -> None:
    """Set ``Finding.fingerprint`` for every finding of ``report``.

    Always computed here, even when a command set one, so that every command
    (and SARIF's partialFingerprints) uses the one definition a baseline uses.
    """
    for fr in report.files:
        seen: Counter = Counter()
        for f in fr.findings:
            parts = fingerprint_parts(fr, f)
            index = seen[parts]
            seen[parts] += 1
            raw = "\x1f".join((*parts, str(index)))
            f.fingerprint = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def file_key(path: str | None) -> str:
    """The path as a baseline stores it: relative to the working folder, forward slashes."""
    if not path:
        return ""
    p = path
    if os.path.isabs(p):
        with contextlib.suppress(ValueError):  # another drive on Windows
            p = os.path.relpath(p)
    return os.path.normpath(p).replace("\\", "/")


def entries(report: Any) -> list[dict[str, str]]:
    """The baseline entries for every flag of ``report`` (fingerprints must be assigned)."""
    out = []
    for fr in report.files:
        for f in fr.findings:
            if not is_flag(f):
                continue
            out.append(
                {
                    "file": file_key(fr.path),
                    "fingerprint": f.fingerprint,
                    "rule": f.rule,
                    "status": f.status,
                    "figure": figure_text(f, text_of(fr, f)),
                }
            )
    out.sort(key=lambda e: (e["file"], e["rule"], e["figure"], e["fingerprint"]))
    return out


def write(path: str, report: Any) -> int:
    """Write every flag of ``report`` to the baseline file ``path``; return how many.

    Atomic (a temporary file, then a rename): a failed write keeps the old baseline.
    """
    rows = entries(report)
    doc = {"factcheck_baseline": BASELINE_VERSION, "findings": rows}
    write_text(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "baseline")
    return len(rows)


def load(path: str) -> set[tuple[str, str]]:
    """The accepted ``(file, fingerprint)`` pairs of a baseline file, or InputError."""
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such baseline file (create it with --baseline {path} --update-baseline)"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a factcheck baseline (invalid JSON: {exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise InputError(f"{path}: not a factcheck baseline (no 'findings' list)")
    accepted = set()
    for i, row in enumerate(doc["findings"]):
        if not isinstance(row, dict) or not isinstance(row.get("fingerprint"), str):
            raise InputError(f"{path}: findings[{i}] has no 'fingerprint' string")
        accepted.add((file_key(row.get("file") or ""), row["fingerprint"]))
    return accepted


def suppress(report: Any, accepted: set[tuple[str, str]]) -> int:
    """Remove the flags of ``report`` that the baseline accepts; return how many went."""
    gone = 0
    for fr in report.files:
        key = file_key(fr.path)
        kept = []
        for f in fr.findings:
            if is_flag(f) and (key, f.fingerprint) in accepted:
                gone += 1
            else:
                kept.append(f)
        fr.findings = kept
    return gone
