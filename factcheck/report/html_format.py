"""HTML: one self-contained page an editor opens in a browser.

For a comparison, OLD and NEW side by side with every figure of a finding
highlighted by its status (legend on top), a tooltip on hover and an
explanation panel on click that also lights up the counterpart figure in the
other version. For ``check``, the article with its findings marked by level.

Article text is untrusted. Every byte of it goes through ``html.escape``
(text and attributes alike), the page loads nothing from anywhere (styles and
script are inline), and a Content-Security-Policy allows only our own inline
script and style by hash: even a mistake in escaping could not run an
article's ``<script>``.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from pathlib import Path
from typing import Any

from factcheck.report.layout import (
    STATUS_ORDER,
    figure_text,
    is_compare,
    sentence_at,
    sort_key,
    summary_phrase,
    text_of,
    where_label,
)

ASSETS = Path(__file__).resolve().parent
STATUS_LABEL = {
    "conflict": "conflict: the same fact, a different value",
    "dropped": "dropped: in the old version only",
    "added": "added: new, unsupported by the old version",
    "derived": "derived: new, computed correctly from the old",
    "match": "match: the same fact, the same value",
    "unverifiable": "unverifiable",
}
LEVEL_LABEL = {"error": "error", "warning": "warning", "info": "info"}


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def e(s: Any) -> str:
    """Escape for text and for double- or single-quoted attributes."""
    return escape(str(s), quote=True)


def render(report: Any, **_: Any) -> str:
    css, js = _asset("html_report.css"), _asset("html_report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    findings = report.findings
    ids = _finding_ids(report)
    title = _title(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        f'<h1>factcheck <span class="cmd">{e(report.command)}</span> · {e(_files_label(report))}</h1>',
        _summary_chips(report),
        _legend(report),
        "</header>",
        "<main>",
    ]
    if len(report.files) > 1:
        parts.append(_index(report))
    for n, fr in enumerate(report.files, 1):
        parts.append(_file_section(fr, ids, f"file-{n}"))
    parts += [
        "</main>",
        f"<footer>{e(summary_phrase(findings, files=len(report.files)))}. "
        "Click a highlighted figure for its explanation; Esc closes it.</footer>",
        '<aside id="fc-explain" role="dialog" aria-label="Finding">'
        '<button id="fc-explain-close" type="button" aria-label="Close">×</button>'
        '<div id="fc-explain-body"></div></aside>',
        f"<script>{js}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _title(report: Any) -> str:
    return f"factcheck {report.command}: {_files_label(report)}"


def _files_label(report: Any) -> str:
    if len(report.files) == 1:
        fr = report.files[0]
        return f"{fr.old_path} → {fr.path}" if fr.old_path else fr.path
    return f"{len(report.files)} files"


def _finding_ids(report: Any) -> dict[int, str]:
    ids: dict[int, str] = {}
    for fr in report.files:
        for f in fr.findings:
            ids[id(f)] = f"f{len(ids) + 1}"
    return ids


def _classes(f: Any) -> str:
    """Compare findings are coloured by status, check findings by level."""
    return f"st-{e(f.status)}" if is_compare(f) else f"lv-{e(f.level)}"


def _summary_chips(report: Any) -> str:
    findings = report.findings
    counts: dict[str, int] = {}
    for f in findings:
        key = _classes(f)
        counts[key] = counts.get(key, 0) + 1
    order = [f"st-{s}" for s in STATUS_ORDER] + [f"lv-{lv}" for lv in ("error", "warning", "info")]
    chips = []
    for key in sorted(counts, key=lambda k: order.index(k) if k in order else len(order)):
        name = key.split("-", 1)[1]
        chips.append(f'<li class="chip {key}"><b>{counts[key]}</b> {e(name)}</li>')
    errors = sum(1 for fr in report.files if fr.error)
    if errors:
        chips.append(f'<li class="chip lv-error"><b>{errors}</b> unreadable</li>')
    if not chips:
        chips.append('<li class="chip st-match">no findings</li>')
    baseline = (getattr(report, "meta", None) or {}).get("baseline") or {}
    if baseline.get("suppressed"):
        chips.append(f'<li class="chip">{baseline["suppressed"]} hidden by the baseline</li>')
    return '<ul class="summary" aria-label="Summary">' + "".join(chips) + "</ul>"


def _legend(report: Any) -> str:
    findings = report.findings
    items = []
    if any(is_compare(f) for f in findings) or any(fr.old_path for fr in report.files):
        for status in ("match", "conflict", "dropped", "added", "derived"):
            items.append(
                f'<span><span class="key st-{status}"></span>{e(STATUS_LABEL[status])}</span>'
            )
    if any(not is_compare(f) for f in findings) or not items:
        for level in ("error", "warning", "info"):
            items.append(f'<span><span class="key lv-{level}"></span>check {level}</span>')
    return '<div class="legend" aria-label="Legend">' + "".join(items) + "</div>"


def _index(report: Any) -> str:
    """Links to each article's section (in-page anchors only), with its counts."""
    rows = []
    for n, fr in enumerate(report.files, 1):
        state = e(fr.error) if fr.error else e(summary_phrase(fr.findings))
        rows.append(
            f'<li><a href="#file-{n}">{e(fr.path)}</a> <span class="sub">{state}</span></li>'
        )
    return '<nav class="index" aria-label="Articles"><ol>' + "".join(rows) + "</ol></nav>"


def _file_section(fr: Any, ids: dict[int, str], anchor: str = "file-1") -> str:
    head = f"<h2>{e(fr.path)}"
    if fr.old_path:
        head += f' <span class="sub">compared with {e(fr.old_path)}</span>'
    head += "</h2>"
    if fr.error:
        return (
            f'<section class="file" id="{anchor}">{head}'
            f'<p class="error-box">{e(fr.error)}</p></section>'
        )
    counts = f'<p class="counts">{e(summary_phrase(fr.findings))}</p>'
    if fr.old_text is not None:
        old_marks = [(f.old.start, f.old.end, f) for f in fr.findings if f.old is not None]
        old_marks += [
            (f.start, f.end, f)
            for f in fr.findings
            if f.old is None and f.side == "old" and f.end > f.start
        ]
        new_marks = [(f.new.start, f.new.end, f) for f in fr.findings if f.new is not None]
        new_marks += [
            (f.start, f.end, f)
            for f in fr.findings
            if f.new is None and f.side != "old" and f.end > f.start
        ]
        columns = (
            '<div class="columns">'
            + _column("Old", fr.old_path or "", fr.old_text, old_marks, ids)
            + _column("New", fr.path, fr.text, new_marks, ids)
            + "</div>"
        )
    else:
        marks = [(f.start, f.end, f) for f in fr.findings if f.end > f.start]
        columns = (
            '<div class="columns single">'
            + _column("Article", fr.path, fr.text, marks, ids)
            + "</div>"
        )
    return (
        f'<section class="file" id="{anchor}">{head}{counts}{columns}'
        f"{_finding_list(fr, ids)}</section>"
    )


def _column(label: str, path: str, text: str, marks: list, ids: dict[int, str]) -> str:
    return (
        f'<div class="column"><h3>{e(label)} <span class="path">{e(path)}</span></h3>'
        # A newline right after <pre> is dropped by HTML parsers: keep the text's own.
        f'<pre class="article">\n{highlight(text or "", marks, ids)}</pre></div>'
    )


def highlight(text: str, marks: list[tuple[int, int, Any]], ids: dict[int, str]) -> str:
    """``text`` escaped, with each finding's span wrapped in a ``<mark>``.

    Overlapping spans are cut at every boundary, so each piece of text is in
    exactly one mark that lists every finding covering it (``data-f``), and
    the piece takes the colour of the most important of them.
    """
    spans = [(max(0, s), min(len(text), en), f) for s, en, f in marks if 0 <= s < en]
    spans = [(s, en, f) for s, en, f in spans if s < en]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(en for _, en, _ in spans)})
    starting: dict[int, list] = {}
    ending: dict[int, list] = {}
    for n, (s, en, _f) in enumerate(spans):
        starting.setdefault(s, []).append(n)
        ending.setdefault(en, []).append(n)
    active: dict[int, Any] = {}  # a sweep over the cuts: linear in text and findings
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for n in ending.get(a, ()):
            active.pop(n, None)
        for n in starting.get(a, ()):
            active[n] = spans[n][2]
        piece = e(text[a:b])
        covering = list(active.values())
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=sort_key)
        main = covering[0]
        tip = " | ".join(_tooltip(f) for f in covering)
        data = " ".join(ids[id(f)] for f in covering)
        out.append(
            f'<mark class="fig {_classes(main)}" tabindex="0" data-f="{data}" '
            f'title="{e(tip)}">{piece}</mark>'
        )
    return "".join(out)


def _tooltip(f: Any) -> str:
    what = f.status if is_compare(f) else f.level
    return f"{what}: {f.message}" if f.message else what


def _finding_list(fr: Any, ids: dict[int, str]) -> str:
    if not fr.findings:
        return ""
    flags = [f for f in fr.findings if f.status not in ("match", "derived")]
    fine = [f for f in fr.findings if f.status in ("match", "derived")]
    out = ['<div class="findings">']
    if flags:
        out.append(f"<h3>{len(flags)} to look at</h3><ol>")
        out += [_finding_item(fr, f, ids) for f in sorted(flags, key=sort_key)]
        out.append("</ol>")
    if fine:
        out.append(
            f'<details class="fine"><summary>{len(fine)} matching or derived figures</summary><ol>'
        )
        out += [_finding_item(fr, f, ids) for f in sorted(fine, key=sort_key)]
        out.append("</ol></details>")
    out.append("</div>")
    return "".join(out)


def _finding_item(fr: Any, f: Any, ids: dict[int, str]) -> str:
    fid = ids[id(f)]
    text = text_of(fr, f)
    what = f.status if is_compare(f) else f.level
    where = where_label(fr, f)
    sentences = [s for _side, s in sentence_at(fr, f)]
    quotes = "".join(f"<q>{e(s)}</q>" for s in dict.fromkeys(sentences) if s)
    return (
        f'<li class="finding {_classes(f)}" id="{fid}" data-f="{fid}">'
        f'<span class="what">{e(what)} · {e(figure_text(f, text))}</span> '
        f'<span class="where">{e(where)}</span><br>'
        f'{e(f.message)} <span class="rule">[{e(f.rule)}]</span>{quotes}</li>'
    )
