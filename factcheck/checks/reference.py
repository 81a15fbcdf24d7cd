"""Rule type ``reference``: the newsroom's standing figures, checked against the text.

Every newsroom has figures it prints again and again: the length of a
border, a city's population, the seats in a parliament. A reference rule
reads them from a YAML file (``facts``) and checks every sentence that
names the subject: a figure in that sentence with a unit of the same kind
must agree with the standing figure within the fact's tolerance and the
precision the figure is written to (unit conversions through pint, so a
fact in miles also checks kilometres).

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``facts`` | file path | none | YAML file of facts, relative to the rule file (the rule does nothing without it) |
| ``report_matches`` | bool | ``true`` | report agreeing figures (status match, level info) |
| ``match_message`` | str | ``{text} agrees with {subject} ({source})`` | message of a match |

Facts file (each fact: ``subject``, ``keywords`` that must all appear in the
sentence, ``value``, ``unit`` (a canonical unit name, or omit it for a count
and give ``noun``), ``tolerance`` (relative, default 0), ``source``)::

    facts:
      - subject: length of the Canada-U.S. border
        keywords: [border, Canada]
        value: 5525
        unit: mile
        tolerance: 0.01
        source: International Boundary Commission
      - subject: seats in the Ontario legislature
        keywords: [Ontario, seats]
        value: 124
        noun: seats
        source: Elections Ontario

Message placeholders: ``{text}`` (the figure), ``{subject}``, ``{expected}``
(the standing figure in the text's unit), ``{source}``.

Example (``rules/check/reference.yaml``; a newsroom sets ``facts`` in its own
rules or in ``.factcheck.yaml`` ``options``)::

    id: reference
    type: reference
    level: warning
    facts: standing-figures.yaml
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from factcheck.checks._datafile import load_cached
from factcheck.checks._precision import interval_of
from factcheck.checks.engine import finding, fmt_number
from factcheck.rulefile import FilePath

TYPE = "reference"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "facts": (FilePath, None),
    "report_matches": (bool, True),
    "match_message": (str, "{text} agrees with {subject} ({source})"),
}
DEFAULT_MESSAGE = "{text} does not match {subject}: {expected} ({source})"

MAX_FACTS = 2000


def validate(rule: Any) -> None:
    if rule["facts"] is not None:
        load_facts(rule["facts"])


def load_facts(path) -> list[dict[str, Any]]:
    """Read a facts file; a problem is a ValueError that names the fact."""
    from factcheck.errors import RuleError
    from factcheck.rulefile import read_yaml
    from factcheck.units import PINT_NAMES

    try:
        doc = read_yaml(path)
    except RuleError as exc:
        raise ValueError(f"facts: {exc}") from None
    facts = doc.data.get("facts") if isinstance(doc.data, dict) else None
    if not isinstance(facts, list):
        raise ValueError(f"facts: {path} must be a mapping with a list under 'facts'")
    if len(facts) > MAX_FACTS:
        raise ValueError(f"facts: {path} has more than {MAX_FACTS} facts")
    out = []
    for i, f in enumerate(facts, 1):
        where = f"facts: {path}: fact {i}"
        if not isinstance(f, dict):
            raise ValueError(f"{where} must be a mapping")
        unknown = set(f) - {"subject", "keywords", "value", "unit", "noun", "tolerance", "source"}
        if unknown:
            raise ValueError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        subject = f.get("subject")
        keywords = f.get("keywords")
        value = f.get("value")
        if not isinstance(subject, str) or not subject:
            raise ValueError(f"{where}: 'subject' must be a string")
        if isinstance(keywords, str):
            keywords = [keywords]
        if (
            not isinstance(keywords, list)
            or not keywords
            or not all(isinstance(k, str) and k for k in keywords)
        ):
            raise ValueError(f"{where}: 'keywords' must be a list of words")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where}: 'value' must be a number")
        unit = f.get("unit")
        if unit is not None and unit not in PINT_NAMES:
            raise ValueError(f"{where}: unknown unit {unit!r}")
        noun = f.get("noun")
        if unit is None and not isinstance(noun, str):
            raise ValueError(f"{where}: a fact without 'unit' needs 'noun' (what is counted)")
        tolerance = f.get("tolerance", 0)
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
            raise ValueError(f"{where}: 'tolerance' must be a number >= 0")
        out.append(
            {
                "subject": subject,
                "keywords": [re.compile(rf"\b{re.escape(k)}\b", re.I) for k in keywords],
                "value": float(value),
                "unit": unit,
                "noun": noun,
                "tolerance": float(tolerance),
                "source": str(f.get("source", "reference")),
            }
        )
    return out


def run(article, rule) -> Iterator:
    if rule["facts"] is None:
        return
    from factcheck.units import convert

    facts = load_cached(load_facts, rule["facts"])
    for s, e in article.sentences:
        sentence = article.text[s:e]
        for fact in facts:
            if not all(k.search(sentence) for k in fact["keywords"]):
                continue
            for m in article.mentions:
                if not (s <= m.start < e) or m.kind != "quantity" or m.value is None:
                    continue
                if fact["unit"] is None:
                    if (
                        m.unit is not None
                        or not m.noun
                        or fact["noun"].lower() not in m.noun.lower()
                    ):
                        continue
                    expected = fact["value"]
                else:
                    if not m.unit:
                        continue
                    expected = convert(fact["value"], fact["unit"], m.unit)
                    if expected is None:
                        continue
                interval = interval_of(m)
                if interval is None:
                    continue
                pad = fact["tolerance"] * abs(expected)
                ok = interval[0] - pad <= expected <= interval[1] + pad
                values = {
                    "subject": fact["subject"],
                    "expected": f"{fmt_number(expected)} {m.unit or fact['noun']}".strip(),
                    "source": fact["source"],
                }
                if ok and rule["report_matches"]:
                    yield finding(
                        article, rule, [m], "match", template=rule["match_message"], **values
                    )
                elif not ok:
                    yield finding(article, rule, [m], "conflict", **values)
