"""Comparing two versions of an article figure by figure.

``compare_texts(old, new)`` extracts the mentions of both texts, aligns them
(align.py), and judges each pair (judge.py): match, conflict, dropped, added
or derived, as defined in docs/compare.md. Levels and messages come from the
``consistency`` rules, read once into settings (settings.py, rules/compare/).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import TYPE_CHECKING, Any

from factcheck.callable_package import make_callable
from factcheck.finding import Finding
from factcheck.fingerprint import assign_fingerprints

if TYPE_CHECKING:
    from factcheck.article import Article
    from factcheck.compare.reading import Reading
    from factcheck.extract.dateline import Dateline

__all__ = ["compare_texts", "compare_read", "compare_articles", "compare_mentions"]


def compare_texts(
    old: str,
    new: str,
    reference_date: _dt.date | str | None = None,
    rules: Any = None,
    *,
    old_path: str | None = None,
    new_path: str | None = None,
    new_is: str | None = None,
) -> list[Finding]:
    """Findings for every figure of both versions, matches included.

    ``reference_date`` resolves relative dates in both texts; ``rules`` is a
    RuleSet (or list of rule mappings) whose ``consistency`` rules override the
    defaults. Each finding's offsets point into the text named by ``side``.
    ``old_path``/``new_path`` only say how to read each text: a ``.md`` or
    ``.html`` file is compared on its prose, and offsets still point into the
    file as given. ``new_is`` is ``rewrite``, ``summary`` or ``auto`` (None:
    the rules' ``new-is`` setting, else ``auto``; see ``reading.py``).
    """
    return compare_read(
        old,
        new,
        reference_date,
        rules,
        old_path=old_path,
        new_path=new_path,
        new_is=new_is,
    )[0]


def compare_read(
    old: str,
    new: str,
    reference_date: _dt.date | str | None = None,
    rules: Any = None,
    *,
    old_path: str | None = None,
    new_path: str | None = None,
    new_is: str | None = None,
) -> tuple[list[Finding], Reading]:
    """``compare_texts``, and how it read NEW (``reading.Reading``: rewrite or summary,
    and why): what a report says in the pair's header."""
    from factcheck.article import Article
    from factcheck.compare.reading import asked_new_is, read_new
    from factcheck.extract.dateline import dateline_of
    from factcheck.markup import prose_of

    old_prose, new_prose = prose_of(old, old_path), prose_of(new, new_path)
    reading = read_new(old_prose.text, new_prose.text, asked_new_is(new_is, rules))
    old_line, new_line = dateline_of(old_prose.text), dateline_of(new_prose.text)
    old_ref, new_ref = reference_dates(old_line, new_line, reference_date)
    units = _defined_units(rules)
    findings = compare_articles(
        Article.from_text(old, old_path, old_ref, prose=old_prose, dateline=old_line, units=units),
        Article.from_text(new, new_path, new_ref, prose=new_prose, dateline=new_line, units=units),
        rules,
        new_is=reading.new_is,
    )
    return findings, reading


def _defined_units(rules: Any) -> Any:
    """The units a RuleSet's ``unit`` rules define (None for other ``rules`` values)."""
    from factcheck.ruleset import RuleSet

    return rules.units() if isinstance(rules, RuleSet) else None


def reference_dates(
    old_line: Dateline, new_line: Dateline, reference_date: _dt.date | str | None
) -> tuple[Any, Any]:
    """The day each version speaks from, for "last month" and "on Monday".

    A given ``reference_date`` holds for both. Otherwise each version uses its
    own dateline, and a version without one borrows the other's: a rewrite
    that drops the wire's dateline still tells the same day's story, and
    without the borrowing "last month" (resolved) could not meet "January".
    """
    if reference_date is not None:
        return reference_date, reference_date
    if old_line.date and not new_line.date:
        return None, old_line.date
    if new_line.date and not old_line.date:
        return new_line.date, None
    return None, None


def compare_articles(
    old: Article, new: Article, rules: Any = None, new_is: str | None = None
) -> list[Finding]:
    """Compare two Articles' prose; map every offset back to its file.

    ``new_is`` as for ``compare_texts``. Inline directives (``<!-- factcheck: disable compare-added -->``) switch a
    rule off for a part of the file, as for ``check``. Units the rule set
    defines (``old.units``) are in force while the figures are compared.
    """
    from factcheck.units import extended

    with extended(old.units or new.units):
        findings = compare_mentions(
            old.text,
            old.mentions,
            new.text,
            new.mentions,
            rules,
            old_sentences=old.sentences,
            new_sentences=new.sentences,
            old_dateline=old.found_dateline,
            new_dateline=new.found_dateline,
            new_is=new_is,
        )
    out = []
    for f in findings:
        side = old if f.side == "old" else new
        if side.is_disabled(f.rule, "consistency", side.prose.to_source(f.start)):
            continue
        if old.text != old.source or new.text != new.source:
            _to_source(f, old, new)
        out.append(f)
    return out


def _to_source(f: Finding, old: Article, new: Article) -> None:
    side = old if f.side == "old" else new
    f.start, f.end = side.to_source(f.start, f.end)
    f.line, f.column = side.line_column(f.start)
    f.old = _mention_in_source(f.old, old)
    f.new = _mention_in_source(f.new, new)
    f.mentions = [_mention_in_source(m, old) for m in f.mentions]
    f.sentence_spans = {
        k: (old if k == "old" else new).to_source(a, b) for k, (a, b) in f.sentence_spans.items()
    }


def _mention_in_source(m: Any, article: Article) -> Any:
    return None if m is None else article.in_source(m)


def compare_mentions(
    old: str,
    old_mentions: list,
    new: str,
    new_mentions: list,
    rules: Any = None,
    *,
    old_sentences: list[tuple[int, int]] | None = None,
    new_sentences: list[tuple[int, int]] | None = None,
    old_dateline: Dateline | None = None,
    new_dateline: Dateline | None = None,
    new_is: str | None = None,
) -> list[Finding]:
    """Like ``compare_texts`` for mentions already extracted.

    ``old_sentences``/``new_sentences`` and ``old_dateline``/``new_dateline``
    are the texts' sentence spans and datelines when the caller has them
    already (an Article has). ``new_is`` as for ``compare_texts``.
    """
    from factcheck.compare.align import align
    from factcheck.compare.context import prepare
    from factcheck.compare.foreign import without_foreign_flags
    from factcheck.compare.judge import judge
    from factcheck.compare.reading import asked_new_is, read_new
    from factcheck.compare.regroup import regroup
    from factcheck.compare.settings import compare_settings
    from factcheck.extract import split_sentences
    from factcheck.extract.discourse import TEXT_META

    settings = compare_settings(rules, read_new(old, new, asked_new_is(new_is, rules)).new_is)
    originals: dict[int, Any] = {}
    # counts of the text itself ("The article makes three points") state no fact
    old_mentions = _zoned(
        [_computable(m, originals) for m in old_mentions if m.role != TEXT_META], originals
    )
    new_mentions = _zoned(
        [_computable(m, originals) for m in new_mentions if m.role != TEXT_META], originals
    )
    old_spans = split_sentences(old) if old_sentences is None else old_sentences
    new_spans = split_sentences(new) if new_sentences is None else new_sentences
    # "joined in the summer": a season without a year reads as its sentence's tense says
    old_mentions = _seasons_read(old, old_mentions, old_spans, originals)
    new_mentions = _seasons_read(new, new_mentions, new_spans, originals)
    # "the last eight" names a stage, as "the quarter-finals" does; "today" may mean nowadays
    old_mentions = _stages_read(old, old_mentions, originals)
    new_mentions = _stages_read(new, new_mentions, originals)
    old_side = _side("old", old, old_mentions, old_spans, old_dateline)
    new_side = _side("new", new, new_mentions, new_spans, new_dateline)
    # "both" / "the two", "round three" / "the third round": figures without a
    # numeral pair too, but are no finding alone (extract/implied.py)
    old_pairable = _with_implied(old, old_mentions, old_spans)
    new_pairable = _with_implied(new, new_mentions, new_spans)
    pairs = align(
        prepare(old, old_pairable, old_spans), prepare(new, new_pairable, new_spans), settings
    )
    pairs = regroup(pairs, old, new, new_spans)
    findings = [f for p in pairs if (f := judge(p, old_side, new_side, settings)) is not None]
    findings = _without_restated_drops(findings)
    # a paragraph not in English: only the numbers it writes in digits are judged
    findings = without_foreign_flags(findings, old, new)
    findings.sort(key=lambda f: (f.side != "new", f.start, f.end))
    for f in findings:
        f.old = originals.get(id(f.old), f.old)
        f.new = originals.get(id(f.new), f.new)
    assign_fingerprints(findings)
    return findings


def _side(name: str, text: str, mentions: list, spans: list, dateline: Dateline | None):
    """One version as the judge reads it: its figures, the text of each sentence, and
    its dateline (looked for here when the caller has none)."""
    from factcheck.compare.judge import Side
    from factcheck.extract.dateline import dateline_of

    sentences = [text[s:e].strip() for s, e in spans]
    return Side(name, text, mentions, sentences, dateline or dateline_of(text), spans)


def _without_restated_drops(findings: list[Finding]) -> list[Finding]:
    """``findings`` less the drop of an OLD count that a derived NEW figure restates.

    "the two fatalities this summer" -> "the second death this summer": NEW's
    ordinal is derived from OLD's count, and that count is kept, not dropped; so
    is the whole of "all but one" that NEW writes as its parts, a share NEW writes
    as its complement ("only 7% were spared" -> "93% were hit"), and both parts of
    a span NEW writes in one unit ("one minute 57.67 seconds" -> "1:57.67") and a
    span NEW writes in two ("200 minutes" -> "three hours and 20 minutes")."""
    from factcheck.compare.derive import ALL_BUT, COMPLEMENT, TWO_UNIT_PARTS, TWO_UNIT_SPAN
    from factcheck.compare.recount import LATEST_EVENT

    kept = {
        (m.start, m.end)
        for f in findings
        if f.status == "derived"
        and (
            (
                len(f.mentions) == 1
                and (
                    (how := f.extra.get("how", "")) in (LATEST_EVENT, COMPLEMENT)
                    # "Of the 120 who died, all but one were miners" -> "119 miners and one visitor"
                    or how.startswith(ALL_BUT)
                )
            )
            # "one minute 57.67 seconds" -> "1:57.67": both parts are kept, and the
            # other way round the one span
            or f.extra.get("how") in (TWO_UNIT_SPAN, TWO_UNIT_PARTS)
        )
        for m in f.mentions
    }
    if not kept:
        return findings
    return [
        f
        for f in findings
        if not (f.status == "dropped" and f.old is not None and (f.old.start, f.old.end) in kept)
    ]


def _with_implied(text: str, mentions: list, spans: list[tuple[int, int]]) -> list:
    """``mentions`` and the figures ``text`` implies without a numeral, in text order."""
    from factcheck.extract.implied import implied_figures

    implied = implied_figures(text, mentions, spans)
    if not implied:
        return mentions
    return sorted(mentions + implied, key=lambda m: (m.start, m.end))


def _zoned(mentions: list, originals: dict[int, Any]) -> list:
    """``values.with_implied_zones`` and ``values.with_conversion_qualifiers``; findings
    still carry the mentions as extracted."""
    from factcheck.compare.values import with_conversion_qualifiers, with_implied_zones

    return _as_extracted(
        mentions, with_conversion_qualifiers(with_implied_zones(mentions)), originals
    )


def _seasons_read(text: str, mentions: list, spans: list, originals: dict[int, Any]) -> list:
    """``values.with_season_tenses`` and ``values.with_bound_nouns``; findings still
    carry the mentions as extracted."""
    from factcheck.compare.values import with_bound_nouns, with_season_tenses

    read = with_bound_nouns(text, with_season_tenses(text, mentions, spans))
    return _as_extracted(mentions, read, originals)


def _as_extracted(mentions: list, read: list, originals: dict[int, Any]) -> list:
    """``read`` (``mentions`` as a comparison reads them, in the same order), each
    changed one remembered in ``originals`` as the mention extracted."""
    for before, after in zip(mentions, read):
        if after is not before:
            originals[id(after)] = originals.get(id(before), before)
    return read


def _stages_read(text: str, mentions: list, originals: dict[int, Any]) -> list:
    """``implied.with_stages`` and ``with_nowadays``; findings still carry the
    mentions as extracted."""
    from factcheck.extract.implied import with_nowadays, with_stages

    out = with_nowadays(text, with_stages(text, mentions))
    for before, after in zip(mentions, out):
        if after is not before:
            originals[id(after)] = originals.get(id(before), before)
    return out


def _computable(m: Any, originals: dict[int, Any]) -> Any:
    """``m``, or a copy without numbers floating point cannot hold (a 400-digit "count").

    Such a figure is compared by its words; findings still carry the original.
    """
    from factcheck.compare.values import _finite

    numbers = (m.value, m.low, m.high)
    if all(x is None or _finite(x) for x in numbers):
        return m
    safe = dataclasses.replace(m, value=None, low=None, high=None)
    originals[id(safe)] = m
    return safe


make_callable(__name__, compare_texts)
