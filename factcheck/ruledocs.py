"""What a rule is for, in one sentence, and where its page is.

Every rule has a page ``docs/rules/<id>.md`` in the repository, written by
``tools/rule_docs.py`` from the rule's YAML (its ``description``) and its
type's docstring (what the type checks, its options, a YAML example);
``tests/test_rule_docs.py`` fails when a page is out of step. ``--list-rules``
prints ``describe(rule)`` and SARIF's ``helpUri`` is ``help_uri(rule_id)``, for
the rules factcheck ships only (a project's rule has no page there).

The repository's address is the ``Repository`` entry of ``[project.urls]`` in
pyproject.toml, read from the installed package's metadata (or from the
checkout's pyproject.toml when run from source).
"""

from __future__ import annotations

import functools
from pathlib import Path

FALLBACK_REPOSITORY = "https://github.com/newsroom-tools/factcheck"
DOCS_BRANCH = "main"


def describe(rule) -> str:
    """One line on what ``rule`` checks: its own ``description``, else its type's.

    The wording is ``RuleSet.descriptions``', the one SARIF shows.
    """
    from factcheck.ruleset import RuleSet

    described = RuleSet([rule]).descriptions().get(rule.id)
    return described["description"] if described else f"factcheck rule {rule.id}"


@functools.lru_cache(maxsize=1)
def repository_url() -> str:
    """``[project.urls] Repository`` of the package, without a trailing slash."""
    urls: dict[str, str] = {}
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        for entry in metadata("factcheck").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            urls[label.strip().lower()] = url.strip()
    except (ImportError, PackageNotFoundError):
        pass
    if not urls:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            import tomllib

            data = tomllib.loads(pyproject.read_text("utf-8"))
            urls = {k.lower(): v for k, v in data["project"].get("urls", {}).items()}
        except (ImportError, OSError, KeyError, ValueError):
            pass
    return (urls.get("repository") or urls.get("homepage") or FALLBACK_REPOSITORY).rstrip("/")


def help_uri(rule_id: str) -> str:
    """The address of ``docs/rules/<rule_id>.md`` in the repository."""
    return f"{repository_url()}/blob/{DOCS_BRANCH}/docs/rules/{rule_id}.md"


def help_uri_of(rule) -> str | None:
    """``help_uri`` of a rule factcheck ships; None for a project's own rule (no such page)."""
    return help_uri(rule.id) if rule.shipped else None
