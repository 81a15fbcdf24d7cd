"""A finding's fingerprint: the one definition used by the API, every format, batch and baselines.

A fingerprint must survive edits elsewhere in the article, so it is built from
what the finding is about, never from where it is: the rule, the status, the
figure as written and the sentence around it (both normalized: case, spacing,
quote styles), plus an occurrence index that tells apart the same figure
flagged twice in the same sentence text. Offsets, line numbers and the wording
of the message are left out on purpose: adding a paragraph above a finding, or
rewording a rule's message, must not turn an accepted finding into a new one.

The producers assign it (the check engine for an article, compare for a pair
of versions), so ``factcheck.check``/``factcheck.compare``, every output
format, ``batch`` and ``--baseline`` read the same value.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Iterable

from factcheck.finding import Finding

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def normalize(s: str) -> str:
    """Case, whitespace and typographic quotes/dashes do not change what a finding is about."""
    return " ".join(s.translate(_QUOTES).casefold().split())


LONG_SENTENCE = 10_000
"""A normalized sentence longer than this (no news sentence is; a paragraph with no
full stop, a pasted list, can be) enters a fingerprint as its SHA-256 digest."""


@functools.lru_cache(maxsize=256)
def _normalized_sentence(sentence: str) -> str:
    """``normalize`` once per sentence, not once per finding, and a long one as its
    digest: each finding's hash reads its sentence, so a long sentence dense with
    figures would otherwise cost its length times its findings (8,000 dates in one
    240 KB sentence: 6 s of hashing). Sentences of news length hash as they always
    did, so the fingerprints in existing baselines stay the same."""
    s = normalize(sentence)
    if len(s) <= LONG_SENTENCE:
        return s
    return "sha256:" + hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint_parts(f: Finding) -> tuple[str, str, str, str]:
    """What the finding is about: rule, status, figure and sentence, normalized."""
    return (f.rule, f.status, normalize(f.figure_text()), _normalized_sentence(f.sentence))


def assign_fingerprints(findings: Iterable[Finding]) -> None:
    """Set ``fingerprint`` on every finding of one article (or one pair of versions).

    The findings must be all those of that article: the occurrence index
    counts repeats among them.
    """
    seen: Counter = Counter()
    for f in findings:
        parts = fingerprint_parts(f)
        index = seen[parts]
        seen[parts] += 1
        raw = "\x1f".join((*parts, str(index)))
        # surrogatepass: text from the API may hold a lone surrogate, which has no UTF-8 form
        f.fingerprint = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:24]
