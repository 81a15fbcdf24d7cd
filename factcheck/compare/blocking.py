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

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Iterator

from factcheck.chains import increasing_run
from factcheck.compare.context import Version
from factcheck.mention import Mention

MAX_FULL_PAIRS = 40_000
SIMILAR_SENTENCES = 5
"""NEW sentences considered for each OLD sentence (most shared words first)."""
COMMON_WORD_SHARE = 0.2
"""Words in more than this share of NEW sentences say nothing about a pairing..."""
MAX_WORD_SENTENCES = 100
"""... nor do words in more than this many: a cap, so that each OLD sentence
looks at a bounded number of NEW ones (a share alone is quadratic)."""


def pairs(old: Version, new: Version) -> Iterator[tuple[int, int]]:
    """(i, j) index pairs to relate, each once, in order.

    Above ``MAX_FULL_PAIRS`` each OLD mention gets at most a bounded number of
    NEW partners, so the work is linear in the figures: the NEW figures at
    its expected place (``expected_places``), and from each block it shares
    with them (a similar sentence, a value key) the ``PER_BLOCK`` nearest to
    that place. Unbounded blocks were quadratic exactly on the dense texts a
    newsroom sends: a results table is one long sentence of a few values.
    """
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
    expected = expected_places(old, new)
    for i, m in enumerate(old.mentions):
        e = expected[i]
        chosen: set[int] = set(
            range(max(0, e - PER_BLOCK // 2), min(n_new, e + PER_BLOCK // 2 + 1))
        )
        for s in similar.get(m.sentence, ()):
            chosen.update(_nearest(by_sentence[s], e))
        for key in value_keys(m):
            chosen.update(_nearest(by_key.get(key, []), e))
        for j in sorted(chosen):
            yield i, j


PER_BLOCK = 16
"""NEW partners an OLD figure takes from one block, the nearest to its expected place."""


def _nearest(block: list[int], e: int) -> list[int]:
    """The ``PER_BLOCK`` members of ``block`` (ascending indexes) nearest to index ``e``."""
    if len(block) <= PER_BLOCK:
        return block
    k = bisect.bisect_left(block, e)
    lo = max(0, min(k - PER_BLOCK // 2, len(block) - PER_BLOCK))
    return block[lo : lo + PER_BLOCK]


def expected_places(old: Version, new: Version) -> list[int]:
    """For each OLD mention, the NEW index where its partner should be.

    Anchors are the figure texts that occur exactly once in each version and
    keep their order (the longest increasing run, as in patience diff); the
    places between anchors are interpolated. A changed cell or an inserted
    paragraph moves the expected place of nothing but its neighbours.
    """
    n_old, n_new = len(old.mentions), len(new.mentions)
    old_keys = [_anchor_key(m) for m in old.mentions]
    new_keys = [_anchor_key(m) for m in new.mentions]
    old_count = Counter(old_keys)
    new_at: dict[str, int] = {}
    new_count = Counter(new_keys)
    for j, k in enumerate(new_keys):
        if new_count[k] == 1:
            new_at[k] = j
    candidates = [
        (i, new_at[k]) for i, k in enumerate(old_keys) if old_count[k] == 1 and k in new_at
    ]
    anchors = increasing_run(candidates)
    points = [(-1, -1)] + anchors + [(n_old, n_new)]
    out = []
    p = 0
    for i in range(n_old):
        while points[p + 1][0] <= i:
            p += 1
        (i0, j0), (i1, j1) = points[p], points[p + 1]
        if i0 == i:
            out.append(j0)
        else:
            out.append(round(j0 + (i - i0) * (j1 - j0) / (i1 - i0)))
    return [min(max(e, 0), max(n_new - 1, 0)) for e in out]


def _anchor_key(m: Mention) -> str:
    return " ".join(m.text.lower().split())


def kept_figures(old: Version, new: Version) -> list[tuple[int, int]]:
    """(i, j) pairs of figures in sentences both versions keep word for word.

    Only above ``MAX_FULL_PAIRS``: there a sentence that occurs once in each
    version, with the same figures written the same way in the same order,
    pairs its figures as they stand, and only the rest is aligned (a results
    table with one changed cell aligns one row). Articles are aligned whole,
    so that a figure restated elsewhere still finds its kept twin.
    """
    if len(old.mentions) * len(new.mentions) <= MAX_FULL_PAIRS:
        return []
    old_by = _by_sentence_text(old)
    new_by = _by_sentence_text(new)
    out = []
    for text, old_groups in old_by.items():
        new_groups = new_by.get(text)
        if not text or len(old_groups) != 1 or not new_groups or len(new_groups) != 1:
            continue
        (old_idx,), (new_idx,) = old_groups.values(), new_groups.values()
        if [old.mentions[i].text for i in old_idx] == [new.mentions[j].text for j in new_idx]:
            out.extend(zip(old_idx, new_idx))
    return out


def _by_sentence_text(v: Version) -> dict[str, dict[int, list[int]]]:
    """Sentence text -> sentence number -> indexes of its mentions."""
    out: dict[str, dict[int, list[int]]] = defaultdict(dict)
    for k, (m, c) in enumerate(zip(v.mentions, v.contexts)):
        out[c.sentence_text].setdefault(m.sentence, []).append(k)
    return out


def value_keys(m: Mention) -> list[tuple]:
    """Coarse keys that two mentions stating one value (or its rounding) share."""
    from factcheck.compare.values import _finite, date_words

    keys: list[tuple] = [("text", date_words(m))]
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
    too_common = min(max(30, int(COMMON_WORD_SHARE * len(new_words))), MAX_WORD_SENTENCES)
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
