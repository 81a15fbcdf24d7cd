"""The rule types, listed: the one place that knows which types exist.

As yamllint's ``rules/__init__.py``, this is a plain list of modules. The rule
loader (``factcheck.ruleset``) reads each module's declarations (``TYPE``,
``SCOPE``, ``OPTIONS``, ``DEFAULT_MESSAGE``, ``run``, ``validate``) from here
and knows nothing about any one type; the check engine
(``factcheck.checks.engine``) runs the ``run`` a rule carries. Adding a type is
writing its module and adding one line below. The modules are imported by
their full names (not ``from factcheck.checks import ...``) so that this list
does not depend on the package's ``__init__``, which imports the loader.
"""

from __future__ import annotations

import factcheck.checks.arithmetic as arithmetic
import factcheck.checks.bounds as bounds
import factcheck.checks.consistency as consistency
import factcheck.checks.conversion as conversion
import factcheck.checks.number_style as number_style
import factcheck.checks.plausibility as plausibility
import factcheck.checks.reference as reference
import factcheck.checks.repeated as repeated
import factcheck.checks.residue as residue
import factcheck.checks.unit as unit
import factcheck.checks.weekday as weekday

RULE_TYPE_MODULES = (
    arithmetic,
    bounds,
    consistency,
    conversion,
    number_style,
    plausibility,
    reference,
    repeated,
    residue,
    unit,
    weekday,
)
"""Every rule type's module, in alphabetical order."""
