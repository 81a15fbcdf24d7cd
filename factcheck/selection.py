"""Which findings are reported and shown: ``select``, ``ignore``, levels and ``min-level``.

One home for what ruff's ``--select``/``--ignore`` and Vale's ``MinAlertLevel``
mean here, read by every command (``commands.common.Selection`` for files with
their settings, ``factcheck batch`` for the lines of an archive). Names are rule
ids, rule types or statuses; a name that is none of those is an error naming
where it was written, so a typo never silently selects nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from factcheck.errors import FactcheckError
from factcheck.finding import NOT_FLAG_STATUSES, STATUSES, level_rank


def known_names(rules: Iterable) -> set[str]:
    """What ``--select``/``--ignore`` and inline comments may name: rule ids, types, statuses."""
    rules = list(rules)
    return {r.id for r in rules} | {r.type for r in rules} | set(STATUSES)


def check_names(names: Iterable[str], known: set[str], where: str) -> None:
    """Raise a one-line error for the first name in ``names`` that is not ``known``."""
    for name in names:
        if name not in known:
            raise FactcheckError(
                f"{where}: no rule, rule type or status named {name!r} "
                "(see 'factcheck check --list-rules')"
            )


def selected(
    findings: Iterable, select: Iterable[str] | None, ignore: Iterable[str], types: Mapping
) -> list:
    """The findings ``select`` (None: all) keeps and ``ignore`` does not drop.

    A finding is named by its rule id, its rule's type (``types``: id -> type)
    and its status. ``select`` never drops matching and derived figures: they
    are no flags, shown only on request (--verbose).
    """
    chosen = set(select) if select is not None else None
    dropped = set(ignore)
    out = []
    for f in findings:
        names = {f.rule, f.status, types.get(f.rule, "")}
        if chosen is not None and not names & chosen and f.status not in NOT_FLAG_STATUSES:
            continue
        if names & dropped:
            continue
        out.append(f)
    return out


def relevelled(findings: Iterable, levels: Mapping[str, str], types: Mapping) -> list:
    """The findings with the level ``levels`` gives their rule id, else type, else status.

    Vale's per-glob ``rule = warning``: ``per-file-levels`` re-levels a file's
    flags after ``select``/``ignore`` and before ``--fail-on`` and
    ``--min-level`` read the level. Matching and derived figures keep theirs.
    """
    from dataclasses import replace

    out = []
    for f in findings:
        if levels and f.status not in NOT_FLAG_STATUSES:
            for name in (f.rule, types.get(f.rule, ""), f.status):
                if name in levels:
                    f = replace(f, level=levels[name])
                    break
        out.append(f)
    return out


def per_file(
    here: str,
    per_file_ignores: Iterable[tuple[str, Iterable[str]]],
    per_file_levels: Iterable[tuple[str, Mapping[str, str]]],
    matcher,
) -> tuple[list[str], dict[str, str]]:
    """(names ``per-file-ignores`` adds to ignore, levels ``per-file-levels`` gives) for
    the article at ``here`` ('/'-separated, relative to the settings file's folder).

    ``matcher(glob)`` is the ``match(path)`` of one glob. A later glob's level
    wins, as a later Vale section does. ``check`` reads ``here`` from the file's
    path, ``batch`` from a line's ``"path"``.
    """
    ignored = [name for glob, names in per_file_ignores if matcher(glob)(here) for name in names]
    levels: dict[str, str] = {}
    for glob, named in per_file_levels:
        if matcher(glob)(here):
            levels.update(named)
    return ignored, levels


def at_least(findings: Iterable, min_level: str | None) -> list:
    """The findings at ``min_level`` or above (all of them when it is None)."""
    findings = list(findings)
    if not min_level:
        return findings
    floor = level_rank(min_level)
    return [f for f in findings if level_rank(f.level) >= floor]
