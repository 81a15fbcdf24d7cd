"""One item to one finished result line, through the public API.

Workers (this process, a pool process or a Dask worker) build their state
once, on their first chunk (extraction tables, default rules, pint's
registry), and turn items into finished JSON lines, so that the process that
reads the input only routes text. Output line: ``{"id", "findings",
"summary"}`` with each finding as ``--format json`` gives it
(``Finding.to_dict()`` and its ``shown`` span) and per-status counts, after
``--select``/``--ignore``, the per-file settings for a line's ``"path"`` and
``--min-level`` (and then ``"hidden"``: how many findings ``--min-level`` left out).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.batch.items import Item

WARM_TEXT = (
    "On March 3, 2017, officials said 1,200 people had crossed the 5,500-mile "
    "(8,900 km) border, up 40 percent, at a cost of $4.2 million."
)
WARM_REWRITE = (
    "Officials said on March 3 that about 1,200 people had crossed the 5,500-mile "
    "(8,850 km) border, a rise of 40%, costing $4.2m."
)


@dataclass(frozen=True)
class Options:
    """What every item of one run shares; sent with each chunk (picklable, ~4 kB).

    ``rules`` is a RuleSet loaded once by the parent (see ``load_rules``), so
    that workers, local or on a cluster, never read rule files themselves.
    """

    reference_date: _dt.date | None = None
    rules: Any = None
    time_budget: float | None = None
    """Seconds for one item (docs/limits.md); None for none."""
    select: tuple[str, ...] | None = None
    """Report only findings of these rule ids, types or statuses (``--select``); None: all."""
    ignore: tuple[str, ...] = ()
    """Never report these (``--ignore``)."""
    min_level: str | None = None
    """Keep only findings at this level or above (``--min-level``); the line counts the rest."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The settings' ``per-file-ignores`` (glob, names), for lines with a ``"path"``."""
    per_file_levels: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    """The settings' ``per-file-levels`` (glob, (name, level)...), for lines with a ``"path"``."""
    new_is: str | None = None
    """``--new-is``: how a pair's NEW is read (None: the settings' ``new-is``, else auto)."""


@dataclass
class Outcome:
    """A worker's answer for one item: a finished result line, or the error."""

    line: int
    id: str | int
    result: str | None = None
    error: str | None = None


_WORKER: dict[str, Any] = {}


def load_rules(rule_dirs: Iterable[str] = (), config_file: str | None = None) -> Any:
    """The rule set of ``--rules DIR...`` and ``--config FILE``, or None for the defaults.

    Loaded here, once, in the parent: a broken rule file stops the run before
    any work, and the loaded set travels to the workers with the chunks
    instead of every worker (or every item) parsing YAML again. Unlike
    ``check FILE``, no ``.factcheck.yaml`` is looked up: an archive run
    depends on its command line only (``--config`` names the one to read).
    """
    dirs = list(rule_dirs)
    if not dirs and config_file is None:
        return None
    from factcheck.ruleset import load_ruleset

    return load_ruleset(dirs, config_file=config_file)


def warm(options: Options) -> None:
    """Build this process's state once: extraction tables, default rules, pint.

    Running one invented pair and article through the whole pipeline loads
    everything an item may need, so that no item pays a one-off cost (and the
    progress rate is steady from the first line). A failure here is left for
    the items to report, line by line.
    """
    if _WORKER.get("warm"):
        return
    _WORKER["warm"] = True
    try:
        run_item(Item(line=0, id="warm-up", old=WARM_TEXT, new=WARM_REWRITE), options)
        run_item(Item(line=0, id="warm-up", text=WARM_TEXT), options)
    except Exception:
        pass


def summarize(findings: list) -> dict[str, int]:
    """Counts per status, exactly as the JSON report's ``summary``."""
    from factcheck.report import FileReport, Report

    return Report("batch", [FileReport(path="", findings=findings)]).summary()


def run_item(item: Item, options: Options) -> str:
    """The result line (without newline) for one item, through the public API.

    Deliberately nothing but ``factcheck.check`` / ``factcheck.compare``: a
    batch result must be exactly what those give for the same text. (A cache
    of extracted texts would make archives of one original and many rewrites
    ~15% faster, but re-assembling compare from its parts here drifted from
    ``compare_texts`` within the hour; that cache belongs in compare.)
    """
    import factcheck
    from factcheck.budget import time_budget

    ref = item.date or options.reference_date
    reading = None
    with time_budget(options.time_budget, str(item.id)):
        if item.text is not None:
            findings = factcheck.check(item.text, ref, options.rules)
        else:
            findings, reading = factcheck.compare.compare_read(
                item.old, item.new, ref, options.rules, new_is=item.new_is or options.new_is
            )
    hidden = None
    per_file = item.path is not None and (options.per_file_ignores or options.per_file_levels)
    if options.select is not None or options.ignore or options.min_level or per_file:
        findings, hidden = _chosen(findings, options, item.path if per_file else None)
    from factcheck.report import FileReport
    from factcheck.report.json_format import finding_dict

    texts = FileReport("", text=item.new if item.text is None else item.text, old_text=item.old)
    doc = {
        "id": item.id,
        "findings": [finding_dict(texts, f) for f in findings],
        "summary": summarize(findings),
    }
    if hidden is not None:
        doc["hidden"] = hidden
    if reading is not None:
        doc["new_is"] = reading.to_dict()
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _chosen(findings: list, options: Options, path: str | None) -> tuple[list, int | None]:
    """``--select``/``--ignore`` and the per-file settings for ``path`` (as ``check``
    applies them to a file), then ``--min-level`` (with the number it hid, else None)."""
    from factcheck.ruleset import default_ruleset
    from factcheck.selection import at_least, per_file, relevelled, selected

    rules = options.rules if options.rules is not None else default_ruleset()
    types = {r.id: r.type for r in rules}
    ignored, levels = [], {}
    if path is not None:
        ignored, levels = per_file(
            path,
            options.per_file_ignores,
            ((glob, dict(named)) for glob, named in options.per_file_levels),
            _glob_matcher,
        )
    findings = selected(findings, options.select, (*options.ignore, *ignored), types)
    findings = relevelled(findings, levels, types)
    if not options.min_level:
        return findings, None
    shown = at_least(findings, options.min_level)
    return shown, len(findings) - len(shown)


def _glob_matcher(glob: str):
    """The ``match(path)`` of one gitignore-style glob, built once per worker."""
    matchers = _WORKER.setdefault("globs", {})
    if glob not in matchers:
        from factcheck.files import glob_matcher

        matchers[glob] = glob_matcher([glob])
    return matchers[glob]


def run_chunk(items: list[Item], options: Options) -> list[Outcome]:
    """Run a chunk of items in a worker; an item that raises fails alone."""
    warm(options)
    out = []
    for item in items:
        try:
            out.append(Outcome(item.line, item.id, result=run_item(item, options)))
        except Exception as exc:  # one bad article must not stop an archive run
            out.append(Outcome(item.line, item.id, error=f"{type(exc).__name__}: {exc}"))
    return out


def failed_chunk(items: list[Item], why: str) -> list[Outcome]:
    """Outcomes for a chunk whose task was lost (worker died, cluster failure)."""
    return [Outcome(item.line, item.id, error=why) for item in items]
