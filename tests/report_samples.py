"""Reports built from real extracted mentions, for testing formats without the engines.

``compare`` and ``check`` are built by others in parallel; until they land,
the format tests build Findings the way those commands do: from the real
``factcheck.extract.extract`` mentions of texts we write, located by their text.
"""

from __future__ import annotations

from factcheck.extract import extract, split_sentences
from factcheck.finding import Finding
from factcheck.report import FileReport, Report

OLD = """\
PORTVILLE (Northwire) - The harbour authority said on Tuesday that 14 ferries would run \
this summer, carrying about 2,300 passengers a day.
The new pier is 180 metres (590 feet) long and cost £12 million.
Repairs to the old pier took 43 days, the authority said.
"""

NEW = """\
PORTVILLE (Northwire) - The harbour authority said on Tuesday that 15 ferries would run \
this summer, carrying about 2,300 passengers a day.
The new pier is 180 metres (590 feet) long and cost £12 million, officials said on Monday.
"""

HOSTILE = """\
Officials said <script>document.title='pwned'</script> 40 boats & "12" <b>crews</b> sailed.
A second line with 7 % of the <img src=x onerror=alert(1)> fleet.
"""


def mention(text: str, surface: str, nth: int = 1):
    """The extracted mention at the nth occurrence of ``surface`` in ``text``.

    Any mention overlapping that occurrence counts, so the samples keep working
    while the extractor learns units ("43" today, "43 days" later).
    """
    at = -1
    for _ in range(nth):
        at = text.find(surface, at + 1)
        assert at >= 0, f"{surface!r} is not in {text[:40]!r}..."
    found = [m for m in extract(text) if m.start < at + len(surface) and at < m.end]
    assert found, f"{surface!r} not extracted from {text[:40]!r}..."
    return found[0]


def sentence_of(text: str, m) -> str:
    """The sentence of mention ``m`` in ``text``, as the producers put it on a Finding."""
    start, end = split_sentences(text)[m.sentence]
    return " ".join(text[start:end].split())


def sentence_span_of(text: str, m) -> tuple[int, int]:
    """The span of mention ``m``'s sentence, as the producers record it."""
    return split_sentences(text)[m.sentence]


def compare_finding(old_text: str, new_text: str, old: str | None, new: str | None, status: str):
    """A compare Finding as ``factcheck compare`` builds it, from real mentions."""
    om = mention(old_text, old) if old else None
    nm = mention(new_text, new) if new else None
    side = "old" if nm is None else "new"
    at = nm or om
    level = {"conflict": "error", "dropped": "warning", "added": "warning"}.get(status, "info")
    if status == "conflict":
        message = f"{om.text} in the old version, {nm.text} in the new one"
    elif status == "dropped":
        message = f"{om.text} is not in the new version"
    elif status == "added":
        message = f"{nm.text} is not in the old version"
    else:
        message = f"{(om or nm).text} {status}"
    return Finding(
        rule=f"compare.{status}",
        level=level,
        status=status,
        message=message,
        start=at.start,
        end=at.end,
        sentence=sentence_of(old_text if side == "old" else new_text, at),
        sentence_spans={
            name: sentence_span_of(text, m)
            for name, text, m in (("old", old_text, om), ("new", new_text, nm))
            if m is not None
        },
        old=om,
        new=nm,
        side=side,
    )


def compare_report(
    old_text: str = OLD,
    new_text: str = NEW,
    old_path: str = "old.txt",
    new_path: str = "new.txt",
) -> Report:
    """OLD vs NEW above: a conflict, a dropped figure, an added date, matches, a derived figure."""
    pairs = [
        ("14", "15", "conflict"),
        ("43 days", None, "dropped"),
        (None, "Monday", "added"),
        ("Tuesday", "Tuesday", "match"),
        ("2,300", "2,300", "match"),
        ("£12 million", "£12 million", "match"),
    ]
    findings = [compare_finding(old_text, new_text, old, new, status) for old, new, status in pairs]
    fr = FileReport(
        path=new_path, text=new_text, findings=findings, old_path=old_path, old_text=old_text
    )
    return Report(command="compare", files=[fr])


def check_report(text: str = NEW, path: str = "new.txt") -> Report:
    """A check Report with one finding on a real mention (a conversion the rules would flag)."""
    m = extract(text)[0]
    f = conflict_on(
        m, "units.rounding", "warning", f"{m.text} does not agree with its conversion", path, text
    )
    return Report(command="check", files=[FileReport(path=path, text=text, findings=[f])])


def conflict_on(m, rule: str, level: str, message: str, path: str, text: str = "") -> Finding:
    """A check finding (status conflict) on mention ``m`` of the file ``path``.

    With ``text`` (the file's), the finding carries its sentence as the engine's do.
    """
    return Finding(
        rule=rule,
        level=level,
        status="conflict",
        message=message,
        file=path,
        start=m.start,
        end=m.end,
        sentence=sentence_of(text, m) if text else "",
        sentence_spans={"": sentence_span_of(text, m)} if text else {},
        mentions=[m],
    )
