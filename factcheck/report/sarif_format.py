"""SARIF 2.1.0, the format code-scanning tools read (GitHub, GitLab, IDEs).

One run; ``tool.driver.rules`` describes every rule that produced a result,
from ``report.meta["rules"]``: the command passes the descriptions and levels
of the RuleSet it ran (``RuleSet.descriptions``), so a project's
``.factcheck.yaml`` shows here and this module never loads rule files.
Without them, a rule is described by the status of its findings. ``helpUri``
is the rule's page in factcheck's docs, given only for factcheck's own rules;
a project's rule names its file instead (``properties.file`` and ``help``). Each result sits at its file, line and
column, with a region covering the figure and the sentence as snippet.
``partialFingerprints`` carries the baseline fingerprint, so that code
scanning tracks a finding across commits exactly as ``--baseline`` does.
Columns count Unicode code points (``columnKind``), as our offsets do.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.report.layout import (
    anchor,
    figure_text,
    headline,
    is_flag,
    placed_in_new,
    sentence_of,
    shown_span,
    text_of,
    where_in_old,
)

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"

STATUS_DESCRIPTIONS = {
    "conflict": "The same fact is in both versions, but its value, unit or qualifier differs.",
    "dropped": "A figure of the old version is missing from the new one.",
    "added": "A figure of the new version that nothing in the old version supports.",
    "unverifiable": "A figure the checker could not verify.",
    "derived": "A new figure computed correctly from the old version.",
    "match": "The same fact with the same value in both versions.",
}


def render(report: Any, **_: Any) -> str:
    from factcheck import __version__
    from factcheck.ruledocs import repository_url

    rule_ids: list[str] = []
    rule_status: dict[str, str] = {}
    rule_level: dict[str, str] = {}
    results = []
    for fr in report.files:
        for f in fr.findings:
            if not is_flag(f):
                continue
            if f.rule not in rule_status:
                rule_ids.append(f.rule)
                rule_status[f.rule] = f.status
                rule_level[f.rule] = f.level
            results.append(_result(fr, f, rule_ids.index(f.rule)))
    meta = getattr(report, "meta", None) or {}
    described = meta.get("rules") or {}
    rules = [_rule(rid, rule_status[rid], rule_level[rid], described.get(rid)) for rid in rule_ids]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": repository_url(),
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"command": report.command, "summary": report.summary()},
    }
    notifications = [
        {
            "level": "error",
            "message": {"text": fr.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(fr.path)}}}],
        }
        for fr in report.files
        if fr.error
    ]
    if notifications:
        run["invocations"] = [
            {"executionSuccessful": False, "toolExecutionNotifications": notifications}
        ]
    doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _rule(rule_id: str, status: str, level: str, described: Any) -> dict[str, Any]:
    if isinstance(described, str):
        described = {"description": described}
    described = described or {}
    text = described.get("description") or STATUS_DESCRIPTIONS.get(
        status, f"factcheck rule {rule_id}"
    )
    from factcheck.ruledocs import help_uri

    rule: dict[str, Any] = {
        "id": rule_id,
        "name": "".join(p.capitalize() for p in rule_id.replace("-", ".").split(".")),
        "shortDescription": {"text": text.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": text},
        "defaultConfiguration": {"level": LEVEL.get(described.get("level") or level, "warning")},
        "properties": {"status": status},
    }
    if described.get("shipped"):  # only factcheck's own rules have a page in its docs
        rule["helpUri"] = help_uri(rule_id)
    help_text = described.get("help") or ""
    if described.get("file"):  # a project's rule: its own file says what it checks
        name = _project_file(described["file"])
        rule["properties"]["file"] = _uri(name)
        help_text = (help_text + "\n\n" if help_text else "") + f"A rule of this project: {name}."
    if help_text:
        rule["help"] = {"text": help_text}
    return rule


def _project_file(path: str) -> str:
    """A project rule's file as code scanning shows paths: relative to the run's folder."""
    import os

    from factcheck.report.layout import display_name

    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return display_name(path if relative.startswith("..") else relative) or path


def _result(fr: Any, f: Any, rule_index: int) -> dict[str, Any]:
    text = text_of(fr, f)
    path, line, col, end_line, end_col = anchor(fr, f)
    message = headline(f, text)
    placed = placed_in_new(fr, f)
    elsewhere = where_in_old(fr, f) if line is None or placed else ""
    if elsewhere:
        message += f" (at {elsewhere})"
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if placed is not None:  # a drop, at the sentence of the new version where it stood
        region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
        region["snippet"] = {"text": fr.text[placed[0] : placed[1]]}
        physical["region"] = region
    elif line is not None:
        region: dict[str, Any] = {"startLine": line, "startColumn": col}
        if end_line >= line and (end_line > line or end_col > col):
            region["endLine"] = end_line
            region["endColumn"] = end_col
        start, end = shown_span(fr, f)  # the figure as the message quotes it
        if text and end > start:
            region["charOffset"] = start
            region["charLength"] = end - start
            region["snippet"] = {"text": text[start:end]}
        physical["region"] = region
    else:
        # Code scanning needs a line: a figure that exists only in a revision
        # (dropped in diff) is shown at the top of the new file; the message
        # says where it was.
        physical["region"] = {"startLine": 1}
    sentence = sentence_of(f)
    if sentence and line is not None and placed is None:
        physical["contextRegion"] = {"startLine": line, "snippet": {"text": sentence}}
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL.get(f.level, "warning"),
        "message": {"text": message},
        "locations": [{"physicalLocation": physical}],
        "properties": {"status": f.status, "figure": figure_text(f, text)},
    }
    if f.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    return result


def _uri(path: str) -> str:
    """A relative URI reference naming exactly ``path``, as code scanning expects.

    File names come from the pull request, so everything outside the
    unreserved characters and ``/`` is percent-encoded: ``a:b.txt`` or
    ``javascript:alert(1).txt`` must not read as a URI with a scheme, and
    ``a\\b.txt`` (one file on POSIX) must not become the folder ``a``.
    With ``:`` encoded, the first segment can never be taken for a scheme
    (RFC 3986 4.2), so no ``./`` prefix is needed. Absolute paths become
    ``file://`` URIs.
    """
    import os
    from pathlib import Path
    from urllib.parse import quote_from_bytes

    if os.path.isabs(path):
        return Path(path).as_uri()
    if os.sep == "\\":  # on Windows the backslash is the separator, not part of a name
        path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return quote_from_bytes(os.fsencode(path), safe="/-._~")
