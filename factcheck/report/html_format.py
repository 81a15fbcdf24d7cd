"""HTML: one self-contained page an editor opens in a browser.

What an editor needs first comes first: the flags, as a list whose entries
link to the figure in both columns, and chips on top that show one status at
a time. Below, OLD and NEW side by side, paragraph against paragraph (see
``paragraphs.py``), every figure highlighted by status; a sentence the
rewrite moved links to its other place. Matches are hidden until the toggle
shows them. Keys: j/n next flag, k/p previous, Enter explain, Esc close.
It prints to PDF as it reads on screen (print CSS: no toolbar, rows kept whole).

Articles are shown as their prose (``prose_view.py``): a Markdown or HTML
article reads as its text, not its markup.

Article text is untrusted. Every byte of it goes through ``html.escape``
(text and attributes alike), the page loads nothing from anywhere (styles and
script are inline), and a Content-Security-Policy allows only our own inline
script and style by hash: even a mistake in escaping could not run an
article's ``<script>``.
"""

from __future__ import annotations

import base64
import hashlib
from bisect import bisect_left
from html import escape
from pathlib import Path
from typing import Any

from factcheck.report.layout import (
    ONE_SIDED,
    hidden_phrase,
    is_compare,
    is_flag,
    line_col,
    prose_sides,
    sentence_at,
    sentence_groups,
    shown_figure,
    shown_sides,
    sort_key,
    status_counts,
    summary_phrase,
    summary_reading,
)
from factcheck.report.paragraphs import align, index_of, moved, paragraphs
from factcheck.report.prose_view import view_of

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
    fine = sum(1 for f in findings if not is_flag(f))
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
        '<div class="bar">',
        _summary_chips(report),
        (
            f'<button type="button" id="fc-fine" class="toggle" aria-pressed="false">'
            f"show {fine} matching</button>"
            if fine
            else ""
        ),
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>n</kbd> next flag, '
        "<kbd>k</kbd>/<kbd>p</kbd> previous, <kbd>Enter</kbd> explain, <kbd>Esc</kbd> close</p>",
        "</div>",
        "</header>",
        "<main>",
    ]
    if len(report.files) > 1:
        parts.append(_index(report))
    for n, fr in enumerate(report.files, 1):
        parts.append(_file_section(fr, ids, f"file-{n}"))
    parts += [
        _legend(report),
        "</main>",
        f"<footer>{e(summary_phrase(findings, files=len(report.files)))}. "
        "Click a flag or a highlighted figure for its explanation; Esc closes it.</footer>",
        '<aside id="fc-explain" role="dialog" aria-label="Finding">'
        '<button id="fc-explain-close" type="button" aria-label="Close">×</button>'
        '<div id="fc-explain-body"></div></aside>',
        f"<script>{js}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


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
    """Compare findings are coloured by status, check findings by level; all filtered by status."""
    if is_compare(f):
        return f"st-{e(f.status)}"
    return f"lv-{e(f.level)} s-{e(f.status)}"


def _summary_chips(report: Any) -> str:
    """A chip per status: a button that shows only that status; 'all' shows all.

    Counted by status as every format counts (``layout.status_counts``), so the
    page says "3 conflict" where the terminal says "3 conflicts"; a check
    finding (coloured by level) carries its status as the class ``s-<status>``,
    which the chip's filter selects beside ``st-<status>``.
    """
    counts = dict(status_counts(report.findings))
    chips = []
    for status, n in counts.items():
        fine = status in ("match", "derived")
        chips.append(
            f'<li><button type="button" class="chip st-{e(status)}{" fine" if fine else ""}" '
            f'data-filter="st-{e(status)} s-{e(status)}" aria-pressed="false">'
            f"<b>{n}</b> {e(status)}</button></li>"
        )
    errors = sum(1 for fr in report.files if fr.error)
    if errors:
        chips.append(f'<li><span class="chip lv-error"><b>{errors}</b> unreadable</span></li>')
    if not chips:
        chips.append('<li><span class="chip st-match">no findings</span></li>')
    elif len(counts) > 1:
        chips.insert(
            0,
            '<li><button type="button" class="chip all" data-filter="" aria-pressed="true">'
            "all</button></li>",
        )
    hidden = hidden_phrase(report)
    if hidden:
        chips.append(f'<li><span class="chip">{e(hidden)}</span></li>')
    return '<ul class="summary" aria-label="Show by status">' + "".join(chips) + "</ul>"


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
    if summary_reading(fr.new_is):
        counts += f'<p class="reading">{e(summary_reading(fr.new_is))}</p>'
    return (
        f'<section class="file" id="{anchor}">{head}{counts}'
        f"{_finding_list(fr, ids)}{_columns(fr, ids, anchor)}</section>"
    )


def _clean_phrase(fr: Any) -> str:
    """What a report without flags says: a summary's drops are not reported, so
    "every figure matches" would claim more than was checked."""
    if fr.new_is and fr.new_is.get("new_is") == "summary":
        return "No flags: every figure the summary gives agrees with the original."
    return "No flags: every figure matches."


def _marks(fr: Any) -> dict[str, Any]:
    """Each side's highlighted figures as prose spans: ``{"old": [...], "new": [...]}``."""
    marks: dict[str, list] = {"old": [], "new": []}
    for f in fr.findings:
        for shown in prose_sides(fr, f):
            if shown.b > shown.a:
                marks["old" if shown.side == "old" else "new"].append((shown.a, shown.b, f))
    return {side: _Marks(found) for side, found in marks.items()}


def _columns(fr: Any, ids: dict[int, str], anchor: str) -> str:
    """The versions side by side, paragraph against paragraph (one column for a check)."""
    marks = _marks(fr)
    new = view_of(fr, "new")
    new_paras = paragraphs(new.text)
    if fr.old_text is None:
        body = "".join(
            f'<div class="row"><div class="cell new">'
            f"{_paragraph(new.text, span, marks['new'], ids, 'new', {})}</div></div>"
            for span in new_paras
        )
        return (
            f'<div class="columns single"><div class="colhead"><h3>Article '
            f'<span class="path">{e(fr.path)}</span></h3></div>{body}</div>'
        )
    old = view_of(fr, "old")
    old_paras = paragraphs(old.text)
    paired = [
        (f, index_of(old_paras, f.old and old.span(f.old.start, f.old.end)[0] or 0),
         index_of(new_paras, f.new and new.span(f.new.start, f.new.end)[0] or 0))
        for f in fr.findings
        if f.old is not None and f.new is not None
    ]  # fmt: skip
    rows = align(old.text, old_paras, new.text, new_paras, [(i, j) for _f, i, j in paired])
    flags = moved(rows, [(i, j) for _f, i, j in paired])
    moved_ids = {id(f) for (f, _i, _j), flag in zip(paired, flags) if flag}
    out = [
        '<div class="columns">',
        f'<div class="colhead"><h3>Old <span class="path">{e(fr.old_path or "")}</span></h3>'
        f'<h3>New <span class="path">{e(fr.path)}</span></h3></div>',
    ]
    for i, j in rows:
        left = (
            _paragraph(old.text, old_paras[i], marks["old"], ids, "old", moved_ids)
            if i is not None
            else ""
        )
        right = (
            _paragraph(new.text, new_paras[j], marks["new"], ids, "new", moved_ids)
            if j is not None
            else ""
        )
        out.append(
            f'<div class="row"><div class="cell old">{left}</div>'
            f'<div class="cell new">{right}</div></div>'
        )
    out.append("</div>")
    return "".join(out)


def _paragraph(
    text: str, span: tuple[int, int], marks: Any, ids: dict[int, str], side: str, moved: set
) -> str:
    """One paragraph, escaped, its figures marked; a moved figure links to its other place."""
    p0, p1 = span
    inside = [(a - p0, min(b, p1) - p0, f) for a, b, f in marks.starting_in(p0, p1)]
    inserts: dict[int, str] = {}
    other = "new" if side == "old" else "old"
    for _a, b, f in inside:
        if id(f) in moved:
            inserts[b] = inserts.get(b, "") + (
                f'<a class="moved" href="#{ids[id(f)]}-{other}" title="moved: see it in the '
                f'{other} version">{"→" if side == "old" else "←"} moved</a>'
            )
    for a, _b, f in inside:
        anchor = f'<span class="anchor" id="{ids[id(f)]}-{side}"></span>'
        inserts[a] = inserts.get(a, "") + anchor
    return f"<p>{highlight(text[p0:p1], inside, ids, inserts)}</p>"


class _Marks:
    """A side's marks sorted by start, so each paragraph finds its own by bisection."""

    def __init__(self, marks: list[tuple[int, int, Any]]):
        self.marks = sorted(marks, key=lambda m: m[0])
        self.starts = [m[0] for m in self.marks]

    def starting_in(self, p0: int, p1: int) -> list[tuple[int, int, Any]]:
        return self.marks[bisect_left(self.starts, p0) : bisect_left(self.starts, p1)]


def highlight(
    text: str, marks: list[tuple[int, int, Any]], ids: dict[int, str], inserts: dict | None = None
) -> str:
    """``text`` escaped, with each finding's span wrapped in a ``<mark>``.

    Overlapping spans are cut at every boundary, so each piece of text is in
    exactly one mark that lists every finding covering it (``data-f``), and
    the piece takes the colour of the most important of them. ``inserts`` are
    our own HTML put before the piece at an offset (link targets, links).
    """
    inserts = inserts or {}
    spans = [(max(0, s), min(len(text), en), f) for s, en, f in marks if 0 <= s < en]
    spans = [(s, en, f) for s, en, f in spans if s < en]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(en for _, en, _ in spans), *inserts})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
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
        out.append(inserts.get(a, ""))
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
    out.append(inserts.get(len(text), "") if len(text) else "")
    return "".join(out)


def _tooltip(f: Any) -> str:
    what = f.status if is_compare(f) else f.level
    return f"{what}: {f.message}" if f.message else what


def _finding_list(fr: Any, ids: dict[int, str]) -> str:
    """The flags first, one entry per figure, or per sentence for cut and new sentences."""
    if not fr.findings:
        return '<div class="findings"><p class="clean">No flags.</p></div>'
    flags = sorted((f for f in fr.findings if is_flag(f)), key=sort_key)
    fine = sorted((f for f in fr.findings if not is_flag(f)), key=sort_key)
    out = ['<div class="findings">']
    if flags:
        out.append(f"<h3>{len(flags)} flag{'s' if len(flags) != 1 else ''} to look at</h3>")
        out.append('<ol class="flag-list">')
        by_status: dict[str, list] = {}
        for f in flags:
            by_status.setdefault(f.status if is_compare(f) else "", []).append(f)
        for status, group in by_status.items():
            if status in ONE_SIDED:
                out += [_group_item(fr, g, ids) for g in sentence_groups(fr, group, fr.findings)]
            else:
                out += [_finding_item(fr, f, ids, "flag") for f in group]
        out.append("</ol>")
    else:
        out.append(f'<p class="clean">{e(_clean_phrase(fr))}</p>')
    if fine:
        out.append(f'<ol class="fine-list" aria-label="{len(fine)} matching or derived figures">')
        out += [_finding_item(fr, f, ids, "fine") for f in fine]
        out.append("</ol>")
    out.append("</div>")
    return "".join(out)


def _links(fr: Any, f: Any, ids: dict[int, str], figure: bool = False) -> str:
    """'old 23:4 · new 25:1' as links to the figure in each column."""
    fid = ids[id(f)]
    out = []
    for (side, start, _end, text), shown in zip(shown_sides(fr, f), prose_sides(fr, f)):
        line, col = line_col(text, start) if text else (f.line, f.column)
        label = f"{side} {line}:{col}".strip()
        if figure:
            label = f"{shown.figure} ({label})"
        out.append(f'<a href="#{fid}-{side or "new"}">{e(label)}</a>')
    return " · ".join(out)


def _finding_item(fr: Any, f: Any, ids: dict[int, str], kind: str) -> str:
    fid = ids[id(f)]
    what = f.status if is_compare(f) else f.level
    sentences = [s for _side, s in sentence_at(fr, f)]
    quotes = "".join(f'<q class="quote">{e(s)}</q>' for s in dict.fromkeys(sentences) if s)
    return (
        f'<li class="finding {kind} {_classes(f)}" id="{fid}" data-f="{fid}" tabindex="-1">'
        f'<span class="what">{e(what)}</span> {e(f.message or shown_figure(fr, f))} '
        f'<span class="where">{_links(fr, f, ids)}</span> '
        f'<span class="rule">[{e(f.rule)}]</span>{quotes}</li>'
    )


def _group_item(fr: Any, g: Any, ids: dict[int, str]) -> str:
    """A cut (or new) sentence quoted once, with each of its figures linked."""
    first = g.figures[0][0]
    fid = ids[id(first)]
    data = " ".join(ids[id(f)] for f, _shown in g.figures)
    links = ", ".join(_links(fr, f, ids, figure=True) for f, _shown in g.figures)
    rules = sorted({f.rule for f, _shown in g.figures if f.rule})
    return (
        f'<li class="finding flag {_classes(first)}" id="{fid}" data-f="{e(data)}" tabindex="-1">'
        f'<span class="what">{e(g.label)}</span> <q>{e(g.shown.sentence)}</q> '
        f'<span class="count">{e(g.count())}:</span> <span class="where">{links}</span> '
        f'<span class="rule">[{e(", ".join(rules))}]</span></li>'
    )
