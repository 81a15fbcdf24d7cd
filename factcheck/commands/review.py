"""What a reviewer writes into an article, and where a cut figure is shown.

``factcheck:`` comments are checked before they take effect: a verb or a rule
name that means nothing is an error naming the file and line (a typo in
``disable convrsion`` would otherwise switch nothing off, silently).

``accept`` comments record, in the new version itself, that a change was
meant, so that review happens in the pull request and the next run is clean:

    <!-- factcheck: accept dropped "143" -->
    <!-- factcheck: accept conflict "15" -->
    <!-- factcheck: accept compare-qualifier "early this month" -->

The first word is a status, a rule id or a rule type; each quoted figure is
matched against the figure as written in the old or the new version (the
whole figure, or a whole word of it: ``"15"`` never accepts ``150``). In a
``.txt`` article the same comment stands on a line of its own. Accepted
findings are left out of every format and counted in the report's footer.

A dropped figure exists only in the old version; to show it on the new file
(GitHub annotations, SARIF, the text report), it is placed at the sentence of
the new version that holds its nearest kept neighbour: the figure of the old
version closest to it that the new version still has (a match, a changed
value or a derived figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from factcheck.errors import InputError

VERBS = ("disable", "enable", "disable-line", "disable-next-line", "accept")
_NAMES = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')


def directives(text: str, path: str | None) -> list[tuple[int, int, str]]:
    """(start, end, body) of the ``factcheck:`` comments of an article, as its markup reads them."""
    from factcheck.markup import prose_of

    return prose_of(text, path).directives


def check_directives(text: str, path: str, rules, found=None) -> list[tuple[str, list[str]]]:
    """Validate every ``factcheck:`` comment of ``text``; return its ``accept`` directives.

    Raises InputError ``path:line: ...`` on an unknown verb or name, or an
    ``accept`` without a quoted figure.
    """
    from factcheck.selection import known_names

    known = known_names(rules)
    accepts = []
    for start, _end, body in directives(text, path) if found is None else found:
        line = text.count("\n", 0, start) + 1
        verb, _, rest = body.strip().partition(" ")
        verb = verb.lower()
        if verb not in VERBS:
            raise InputError(
                f"{path}:{line}: unknown factcheck comment {verb!r} (known: {', '.join(VERBS)})"
            )
        if verb == "accept":
            figures = [a or b for a, b in _QUOTED.findall(rest)]
            names = _NAMES.findall(_QUOTED.sub(" ", rest))
            if len(names) != 1 or not figures:
                raise InputError(
                    f"{path}:{line}: accept needs one status or rule and a quoted figure, as in "
                    f'<!-- factcheck: accept dropped "143" -->'
                )
            names_to_check = names
            accepts.append((names[0], figures))
        else:
            names_to_check = _NAMES.findall(rest)
        for name in names_to_check:
            if name not in known:
                raise InputError(
                    f"{path}:{line}: no rule, rule type or status named {name!r} in "
                    "factcheck comment (see 'factcheck check --list-rules')"
                )
    return accepts


def apply_accepts(findings: list, accepts: list[tuple[str, list[str]]], rules) -> tuple[list, int]:
    """``findings`` without those an ``accept`` comment names; and how many were accepted."""
    if not accepts:
        return findings, 0
    types = {r.id: r.type for r in rules}
    kept, accepted = [], 0
    for f in findings:
        names = {f.rule, f.status, types.get(f.rule, "")}
        written = [m.text for m in (f.old, f.new, *f.mentions) if m is not None]
        if any(
            name in names and any(_same_figure(fig, w) for fig in figs for w in written)
            for name, figs in accepts
        ):
            accepted += 1
            continue
        kept.append(f)
    return kept, accepted


def _same_figure(accepted: str, written: str) -> bool:
    a, w = " ".join(accepted.split()).casefold(), " ".join(written.split()).casefold()
    if not a:
        return False
    if a == w:
        return True
    return re.search(rf"(?<![\w.,]){re.escape(a)}(?![\w]|[.,]\d)", w) is not None


def place_drops(findings: list, new_text: str) -> None:
    """Give each dropped figure a place in the new version: ``extra["at_new"]`` = (start, end).

    The place is the sentence of the new version holding the figure's nearest
    kept neighbour (by distance in the old version), as compare recorded it
    (``Finding.sentence_spans["new"]``). Without any kept figure
    the drop keeps no place in the new file and formats say where it was.
    """
    anchors = sorted(
        (f.old.start, f.sentence_spans.get("new") or (f.new.start, f.new.end))
        for f in findings
        if f.old is not None and f.new is not None
    )
    if not anchors or not new_text:
        return
    olds = [a for a, _ in anchors]
    for f in findings:
        if f.status != "dropped" or f.side != "old":
            continue
        at = f.old.start if f.old is not None else f.start
        i = bisect_left(olds, at)
        near = [anchors[j] for j in (i - 1, i) if 0 <= j < len(anchors)]
        _, (start, end) = min(near, key=lambda a: abs(a[0] - at))
        while end > start and new_text[end - 1].isspace():
            end -= 1
        f.extra["at_new"] = (start, end)
