"""factcheck: numeric fact-consistency checking for news copy.

The public API is three functions:

- ``extract(text, reference_date=None)`` -> list of Mention
- ``check(text, reference_date=None, rules=None)`` -> list of Finding
- ``compare(old, new, reference_date=None, rules=None)`` -> list of Finding

``extract`` and ``compare`` are the subpackages that implement them, made
callable (see factcheck/callable_package.py): ``factcheck.extract(text)``
runs the extractor and ``import factcheck.extract.dateline`` still imports a
module, because the name is the package rather than a function hiding it.
"""

from __future__ import annotations

from typing import Any

from factcheck import compare, extract
from factcheck.finding import Finding
from factcheck.mention import Mention

__version__ = "0.1.0"
__all__ = ["extract", "check", "compare", "Mention", "Finding", "__version__"]


def check(text: str, reference_date: Any = None, rules: Any = None) -> list[Finding]:
    """Findings of the single-article rules on ``text``; see factcheck.checks."""
    from factcheck.checks import check_text

    return check_text(text, reference_date=reference_date, rules=rules)
