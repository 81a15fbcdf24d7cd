"""Which (old, new) pairs are worth relating, so that long texts stay fast.

Relating every OLD mention to every NEW one is quadratic: fine for an
article (a hundred figures a side), hours for a 5 MB file. Above
``MAX_FULL_PAIRS`` only plausible pairs are related: the figures of sentences
that share words (where conflicts, conversions and paraphrases live), and
figures of the sentences at the same place in the text, and figures
anywhere with the same value or the same date words (moved sentences). Below it every pair is, so results on articles do not depend on
this shortcut.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from factcheck.compare.context import Version
from factcheck.mention import Mention

MAX_FULL_PAIRS = 40_000
SIMILAR_SENTENCES = 5
"""NEW sentences considered for each OLD sentence (most shared words first)."""
COMMON_WORD_SHARE = 0.2
"""Words in more than this share of NEW sentences say nothing about a pairing."""


def pairs(old: Version, new: Version) -> Iterator[tuple[int, int]]:
    """(i, j) index pairs to relate, each once, in order."""
    n_old, n_new = len(old.mentions), len(new.mentions)
    if n_old * n_new <= MAX_FULL_PAIRS:
        for i in range(n_old):
            for j in range(n_new):
                yield i, j
        return
    by_sentence: dict[int, list[int]] = defaultdict(list)
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for j, m in enumerate(new.mentions):
        by_sentence[m.sentence].append(j)
        for key in value_keys(m):
            by_key[key].append(j)
    similar = similar_sentences(old, new)
    for i, m in enumerate(old.mentions):
        chosen: set[int] = set()
        for s in similar.get(m.sentence, ()):
            chosen.update(by_sentence[s])
        for key in value_keys(m):
            chosen.update(by_key.get(key, ()))
        for j in sorted(chosen):
            yield i, j


def value_keys(m: Mention) -> list[tuple]:
    """Coarse keys that two mentions stating one value (or its rounding) share."""
    from factcheck.compare.values import _finite, _norm_text, _unmodified

    keys: list[tuple] = [("text", _norm_text(_unmodified(m.text)))]
    if m.iso:
        keys.append(("iso", m.iso[:7]))
    if m.value is not None and m.value != 0 and _finite(m.value):
        exponent = math.floor(math.log10(abs(m.value)))
        leading = int(abs(m.value) / 10**exponent)
        keys.append(("value", m.value))
        keys.append(("magnitude", exponent, leading))
    return keys


def similar_sentences(old: Version, new: Version) -> dict[int, list[int]]:
    """For each OLD sentence with figures, the NEW sentences sharing most words."""
    old_words = _sentence_words(old)
    new_words = _sentence_words(new)
    index: dict[str, list[int]] = defaultdict(list)
    for s, words in new_words.items():
        for w in words:
            index[w].append(s)
    too_common = max(30, int(COMMON_WORD_SHARE * len(new_words)))
    new_order = sorted(new_words)
    out: dict[int, list[int]] = {}
    for rank, (s, words) in enumerate(sorted(old_words.items())):
        shared: dict[int, int] = defaultdict(int)
        for w in words:
            hits = index.get(w, ())
            if len(hits) > too_common:
                continue
            for t in hits:
                shared[t] += 1
        best = sorted(shared, key=lambda t: (-shared[t], t))[:SIMILAR_SENTENCES]
        chosen = {t for t in best if shared[t] >= 2}
        # and the sentences at the same place in the text, whatever their words
        middle = round(rank * len(new_words) / max(len(old_words), 1))
        chosen.update(t for t in new_order[max(0, middle - 2) : middle + 3])
        out[s] = sorted(chosen)
    return out


def _sentence_words(v: Version) -> dict[int, frozenset[str]]:
    out: dict[int, frozenset[str]] = {}
    for m, c in zip(v.mentions, v.contexts):
        out.setdefault(m.sentence, c.sentence)
    return out
