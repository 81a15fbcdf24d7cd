"""factcheck: numeric fact-consistency checking for news copy.

The public API is three functions; each imports its stage on first use so
that ``import factcheck`` stays cheap for the command line.

- ``extract(text, reference_date=None)`` -> list of Mention
- ``check(text, reference_date=None, rules=None)`` -> list of Finding
- ``compare(old, new, reference_date=None, rules=None)`` -> list of Finding
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "check", "compare", "Mention", "Finding", "__version__"]

if TYPE_CHECKING:
    from factcheck.finding import Finding
    from factcheck.mention import Mention


def extract(text: str, reference_date: Any = None) -> list[Mention]:
    """Every quantity, date and time in ``text``; see factcheck.extract."""
    from factcheck.extract import extract as _extract

    return _extract(text, reference_date)


def check(text: str, reference_date: Any = None, rules: Any = None) -> list[Finding]:
    """Findings of the single-article rules on ``text``; see factcheck.checks."""
    from factcheck.checks import check_text

    return check_text(text, reference_date=reference_date, rules=rules)


def compare(old: str, new: str, reference_date: Any = None, rules: Any = None) -> list[Finding]:
    """Align the figures of two versions and judge each; see factcheck.compare."""
    from factcheck.compare import compare_texts

    return compare_texts(old, new, reference_date=reference_date, rules=rules)


def __getattr__(name: str) -> Any:
    if name == "Mention":
        from factcheck.mention import Mention

        return Mention
    if name == "Finding":
        from factcheck.finding import Finding

        return Finding
    raise AttributeError(name)
