"""JSON: the documented schema other tools read (docs/json.md describes every field).

The top level is stable: ``schema``, ``command``, ``tool``, ``summary``,
``files``, ``findings`` (and ``errors``/``baseline`` when they apply).
``findings`` is flat, in file order, so that ``jq '.findings[]'`` works for
every command; ``files`` says which articles were read and how each went.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_VERSION = 1


def render(report: Any, **_: Any) -> str:
    from factcheck import __version__

    files = []
    for fr in report.files:
        entry: dict[str, Any] = {"path": fr.path}
        if fr.old_path is not None:
            entry["old_path"] = fr.old_path
        if fr.new_is is not None:
            entry["new_is"] = fr.new_is
        if fr.error:
            entry["error"] = fr.error
        else:
            entry["summary"] = _count(fr.findings)
        files.append(entry)
    doc: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "command": report.command,
        "summary": report.summary(),
        "files": files,
        "findings": [finding_dict(fr, f) for fr in report.files for f in fr.findings],
    }
    errors = [{"file": fr.path, "error": fr.error} for fr in report.files if fr.error]
    if errors:
        doc["errors"] = errors
    meta = getattr(report, "meta", None) or {}
    if meta.get("baseline"):
        doc["baseline"] = meta["baseline"]
    context = {k: v for k, v in meta.items() if k not in ("baseline", "rules")}
    if context:
        doc["meta"] = context
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def finding_dict(fr: Any, f: Any) -> dict[str, Any]:
    """``Finding.to_dict`` and, where the text is known, ``shown``: the figure as the
    other formats show and locate it, with its qualifier ("about 18 months"), while
    ``start``/``end``/``line``/``column`` stay the figure alone. Batch result lines
    carry the same (``batch.worker.run_item``)."""
    from factcheck.report.layout import position, shown_span, text_of

    out = f.to_dict()
    text = text_of(fr, f)
    if text and 0 <= f.start <= f.end <= len(text):
        start, end = shown_span(fr, f)
        line, column = position(fr, f, start)
        out["shown"] = {
            "text": text[start:end],
            "start": start,
            "end": end,
            "line": line,
            "column": column,
        }
    return out


def _count(findings: list) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.status] = out.get(f.status, 0) + 1
    return out
