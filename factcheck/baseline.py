"""Baselines: accepted findings recorded by their fingerprint, so CI fails only on new ones.

The fingerprint (factcheck/fingerprint.py) is built from what a finding is
about, not where it is, so it survives edits elsewhere in the article. The
baseline file is JSON a reviewer can read in a pull request: one entry per
accepted finding with its file, fingerprint, rule, status and figure.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

from factcheck.errors import InputError
from factcheck.fingerprint import assign_fingerprints as assign_to_findings
from factcheck.output_file import write_text

BASELINE_VERSION = 1


def assign_fingerprints(report: Any) -> None:
    """Fingerprint the findings of ``report`` that came without one.

    The API's producers fingerprint what they return; this covers findings
    built elsewhere (tests, findings read back from JSON), with the one
    definition of factcheck/fingerprint.py.
    """
    for fr in report.files:
        if any(not f.fingerprint for f in fr.findings):
            assign_to_findings(fr.findings)


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
            if not f.is_flag:
                continue
            out.append(
                {
                    "file": file_key(fr.path),
                    "fingerprint": f.fingerprint,
                    "rule": f.rule,
                    "status": f.status,
                    "figure": f.figure_text(),
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
            if f.is_flag and (key, f.fingerprint) in accepted:
                gone += 1
            else:
                kept.append(f)
        fr.findings = kept
    return gone
