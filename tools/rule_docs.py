"""Write ``docs/rules/<id>.md``, one page per default rule, from the rules themselves.

Each page is made of what the rule's YAML says (id, type, level, message,
description, and the file's comment lines) and what its type's docstring says
(what the type checks, its options, a YAML example), so the pages cannot say
something the code does not. ``tests/test_rule_docs.py`` fails when a page is
out of step; run ``python tools/rule_docs.py`` after changing a rule or a type.
SARIF's ``helpUri`` and ``--list-rules --format json`` point at these pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "rules"


def pages() -> dict[str, str]:
    """``{file name: Markdown}`` for every default rule, plus the index."""
    sys.path.insert(0, str(ROOT))
    from factcheck.ruledocs import describe
    from factcheck.ruleset import load_ruleset, rule_types

    types = rule_types()
    rules = sorted(load_ruleset(defaults=True), key=lambda r: (types[r.type].scope, r.id))
    out = {}
    index = [
        "# Rules",
        "",
        "One page per rule that factcheck ships; written by `tools/rule_docs.py` from the",
        "rule files in `rules/` and the rule types' docstrings (do not edit by hand).",
        "",
        "| rule | type | level | what it checks |",
        "| --- | --- | --- | --- |",
    ]
    for rule in rules:
        rtype = types[rule.type]
        source = Path(rule.file).resolve().relative_to(ROOT).as_posix()
        body = [
            f"# {rule.id}",
            "",
            describe(rule),
            "",
            f"- type: `{rule.type}` ({'compare' if rtype.scope == 'compare' else 'check'})",
            f"- default level: `{rule.level}`",
            f"- defined in: `{source}`",
            "",
            "Switch it off or re-level it in `.factcheck.yaml` (or `[tool.factcheck]`):",
            f"`ignore: [{rule.id}]`, `levels: {{{rule.id}: warning}}`; on the command line",
            f"`--ignore {rule.id}`; in an article `<!-- factcheck: disable {rule.id} -->`.",
            "",
            *_file_and_type(rule),
        ]
        out[f"{rule.id}.md"] = "\n".join(body)
        index.append(
            f"| [{rule.id}]({rule.id}.md) | `{rule.type}` | {rule.level} | {describe(rule)} |"
        )
    out.update(_preset_and_type_pages(index))
    out["README.md"] = "\n".join(index) + "\n"
    return out


def _file_and_type(rule) -> list[str]:
    """The end of a rule's page: its YAML file as written and its type's docstring."""
    doc = (rule.rule_type.module.__doc__ or "").strip()
    return [
        "## The rule file",
        "",
        "```yaml",
        Path(rule.file).read_text("utf-8").rstrip(),
        "```",
        "",
        f"## The rule type `{rule.type}`",
        "",
        doc.replace("``", "`"),
        "",
    ]


PROJECT_TYPES = ("bounds", "unit", "number-style")
"""Rule types a project writes its own rules with (no default rule): a page each."""


def _preset_and_type_pages(index: list[str]) -> dict[str, str]:
    """Pages for the presets (``rules/presets/``: opt-in rules) and the project types."""
    from factcheck.ruledocs import describe
    from factcheck.ruleset import load_ruleset, preset_names, rule_types

    out = {}
    for preset in preset_names():
        for rule in load_ruleset([preset], defaults=False):
            source = Path(rule.file).resolve().relative_to(ROOT).as_posix()
            out[f"{rule.id}.md"] = "\n".join(
                [
                    f"# {rule.id}",
                    "",
                    describe(rule),
                    "",
                    f"- type: `{rule.type}` (check)",
                    f"- level: `{rule.level}`; a preset, off unless a project opts in",
                    f"- defined in: `{source}`",
                    "",
                    f"Opt in with `extends: [{preset}]` in `.factcheck.yaml` or `--rules {preset}`;",
                    f"re-level or re-option it as any rule (`levels: {{{rule.id}: error}}`).",
                    "",
                    *_file_and_type(rule),
                ]
            )
            index.append(
                f"| [{rule.id}]({rule.id}.md) | `{rule.type}` | {rule.level} (preset) "
                f"| {describe(rule)} |"
            )
    for name in PROJECT_TYPES:
        doc = (rule_types()[name].module.__doc__ or "").strip().replace("``", "`")
        first = doc.split("\n\n")[0].split(": ", 1)[-1]
        out[f"{name}.md"] = "\n".join(
            [
                f"# {name}",
                "",
                "A rule type a project writes its own rules with, in YAML alone; factcheck",
                "ships no rule of it by default. See the example below and",
                "[docs/rules.md](../rules.md).",
                "",
                doc,
                "",
            ]
        )
        index.append(f"| [{name}]({name}.md) | `{name}` | (type) | {first} |")
    return out


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    for stale in DOCS.glob("*.md"):
        if stale.name not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        (DOCS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} pages to {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
