"""factcheck: numeric fact-consistency checking for news copy.

The public API is three functions:

- ``extract(text, reference_date=None)`` -> list of Mention
- ``check(text, reference_date=None, rules=None)`` -> list of Finding
- ``compare(old, new, reference_date=None, rules=None)`` -> list of Finding

``extract`` and ``compare`` share their names with the subpackages that
implement them. The subpackages are imported here, before the public names
are bound, so that a later ``import factcheck.compare`` finds them loaded and
cannot shadow the functions with the modules. The cost (~60 ms) is paid by
every command that does real work anyway.
"""

from __future__ import annotations

from typing import Any

import factcheck.compare as _compare_pkg
import factcheck.extract as _extract_pkg
from factcheck.finding import Finding
from factcheck.mention import Mention

__version__ = "0.1.0"
__all__ = ["extract", "check", "compare", "Mention", "Finding", "__version__"]


def extract(text: str, reference_date: Any = None) -> list[Mention]:
    """Every quantity, date and time in ``text``; see factcheck.extract."""
    return _extract_pkg.extract(text, reference_date)


def check(text: str, reference_date: Any = None, rules: Any = None) -> list[Finding]:
    """Findings of the single-article rules on ``text``; see factcheck.checks."""
    from factcheck.checks import check_text

    return check_text(text, reference_date=reference_date, rules=rules)


def compare(old: str, new: str, reference_date: Any = None, rules: Any = None) -> list[Finding]:
    """Align the figures of two versions and judge each; see factcheck.compare."""
    return _compare_pkg.compare_texts(old, new, reference_date=reference_date, rules=rules)
