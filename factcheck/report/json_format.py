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
        "findings": [f.to_dict() for f in report.findings],
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


def _count(findings: list) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.status] = out.get(f.status, 0) + 1
    return out
