"""Text for a terminal (minimal; the reports issue makes it an editor's note)."""

from __future__ import annotations

from typing import Any


def render(report: Any, **_: Any) -> str:
    out = []
    for fr in report.files:
        if fr.error:
            out.append(f"{fr.path}: error: {fr.error}")
            continue
        for f in fr.findings:
            out.append(
                f"{fr.path}:{f.line}:{f.column}: {f.level} [{f.rule}] {f.status}: {f.message}"
            )
    s = report.summary()
    out.append(", ".join(f"{n} {k}" for k, n in sorted(s.items())) or "no findings")
    return "\n".join(out) + "\n"
