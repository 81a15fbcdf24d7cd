"""JSON: the documented schema other tools read (docs/json.md)."""

from __future__ import annotations

import json
from typing import Any


def render(report: Any, **_: Any) -> str:
    files = report.files
    doc: dict[str, Any] = {
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
    }
    errors = [{"file": fr.path, "error": fr.error} for fr in files if fr.error]
    if errors:
        doc["errors"] = errors
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
