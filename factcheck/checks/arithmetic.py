"""Rule type ``arithmetic``: stated changes, shares and totals must add up.

Four checks inside one sentence, each worked out from the figures as written
(every written digit counts; "about" loosens to the figure's significant
digits):

- changes: "from 40 million to 50 million, a 25% increase"; "fell 12 per cent
  to 38,000 tonnes from 43,200"; "up 26% from 1,900". The old value is the
  figure after "from" (or "compared with", "against"), the new one the figure
  after "to", else the nearest figure before the percentage. A percentage in
  percentage points is compared with the difference. "rose by 50,000 to
  250,000, or 25%" works out the old value; "doubled from 2,000 to 4,000"
  (tripled, quadrupled, halved) must be within 10% of the word's factor,
  unless hedged ("more than doubled").
- directions: "fell to 4.1% from 4.5%" agrees, "rose to 4.1% from 4.5%" does
  not; "2,400, up from 1,900" agrees.
- shares: "three of the four, or 75%"; "12 out of 40 (30%)"; with the whole
  stated first, "Of 250 patients in the trial, 50 - or 20% -" (also "50, or
  20%,", "50 (20%)", "50 — 20% —"; the whole's noun phrase up to six words).
- totals: "1,200 in 2016 and 800 in 2017, a total of 2,000": the figures
  listed right before "a total of" (joined by "and", commas, "plus") must sum
  to it.

A check that cannot tell which figures are meant says nothing.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``changes`` | bool | ``true`` | check stated percentage changes |
| ``directions`` | bool | ``true`` | check rose/fell against the values |
| ``shares`` | bool | ``true`` | check "X of Y, or P%" |
| ``totals`` | bool | ``true`` | check "A and B, a total of C" |
| ``slack`` | float >= 0 | ``0.01`` | relative slack on a computed figure (writers round from unrounded data) |
| ``approximate_factor`` | float >= 0 | ``2.0`` | how much "about" widens a figure |
| ``report_matches`` | bool | ``true`` | report figures that add up (status match, level info) |
| ``match_message`` | str | ``{claim}: adds up`` | message of a match |

Message placeholders: ``{claim}`` (the words checked), ``{stated}`` (the
figure as written), ``{computed}`` (what the other figures give), ``{check}``
(change, direction, share or total), ``{detail}`` (a sentence saying what is
wrong).

Example (``rules/check/arithmetic.yaml``)::

    id: arithmetic
    type: arithmetic
    level: error
    message: "{detail}"
    totals: true
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks._precision import written_interval
from factcheck.checks.engine import finding, fmt_number
from factcheck.extract.changeverbs import CLAUSE_BREAK
from factcheck.mention import Mention
from factcheck.rulefile import NonNegative

TYPE = "arithmetic"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "changes": (bool, True),
    "directions": (bool, True),
    "shares": (bool, True),
    "totals": (bool, True),
    "slack": (NonNegative, 0.01),
    "approximate_factor": (NonNegative, 2.0),
    "report_matches": (bool, True),
    "match_message": (str, "{claim}: adds up"),
}
DEFAULT_MESSAGE = "{detail}"

PERCENT_UNITS = ("percent", "per cent", "percentage")
POINT_UNITS = ("percentage point", "point")
_SKIP_ROLES = ("year", "ordinal", "score", "age", "weekday", "rank", "phone", "identifier")

# The direction words are the extractor's (``direction.up``/``.down`` of the language
# data): a figure's own ``Mention.change`` is read first; the verb of a change that
# governs two figures ("fell from 2,400 to 1,900") is the extractor's too
# (``extra["change_verb"]``, extract/changeverbs.py).
_UP = lang.alternation("direction.up")
_DOWN = lang.alternation("direction.down")
_HEDGES = lang.alternation("qualifiers.hedges")
_NEAR_BOUNDS = lang.alternation("qualifiers.near_bounds")
_MOD = (
    f"(?:{lang.alternation('qualifiers.hedges', 'qualifiers.near_bounds', 'arithmetic.modifiers')})"
)
"""Words between a change verb or "by"/"to"/"from" and its figure ("rose by about 5%")."""
_DIR_AFTER = re.compile(
    r"\A\s*(?:per\s*cent|percent|%|percentage\s+points?|points?)?\s*("
    + _UP
    + r"|"
    + _DOWN
    + r")\b",
    re.I,
)
_DIR_BEFORE = re.compile(
    r"\b(" + _UP + r"|" + _DOWN + r")(?:\s+(?:of|by))?\s+(?:" + _MOD + r"\s+)?(?:an?\s+)?\Z", re.I
)
_UP_RE = re.compile(r"\A(?:" + _UP + r")\Z", re.I)
_FROM = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than(?:\s+the)?)\s+"
    r"(?:" + _MOD + r"\s+)?(?:a\s+)?\Z",
    re.I,
)
_OR_PERCENT = re.compile(rf"(?:,\s*or|\()\s*(?:{_HEDGES})?\s*\Z", re.I)
_BY = re.compile(r"\bby\s+(?:" + _MOD + r"\s+)?(?:a\s+)?\Z", re.I)
_FACTORS: dict[str, float] = lang.table("direction.multiples")
_MULTIPLE = re.compile(rf"\b({lang.alternation(_FACTORS)})\b", re.I)
_HEDGE = re.compile(rf"\b(?:{_HEDGES}|over|than)\s+\Z", re.I)
"""Before a multiple, a hedge or a bound ("nearly doubled", "more than tripled")."""
_TO = re.compile(r"\bto\s+(?:" + _MOD + r"\s+)?(?:a\s+(?:record\s+)?)?\Z", re.I)
_CLAUSE_BREAK = CLAUSE_BREAK  # the extractor's, so a change verb and a relation share clauses
_GOVERNS = re.compile(r"\A\s*(?:[a-z]+ly\s+)?(?:to|from)\s", re.I)
_WHOLE_DETERMINERS = lang.alternation("arithmetic.whole_determiners")
_OF = re.compile(rf"\A\s+(?:out\s+of|of|in)\s+(?:{_WHOLE_DETERMINERS})?\s*\Z|\A\s*/\s*\Z", re.I)
_SHARE_GAP = re.compile(
    r"\A(?:\s+[A-Za-z][\w'-]*){0,4}\s*(?:,\s*or|,|\(|—|–|-|:)\s*(?:or\s+)?"
    rf"(?:{_HEDGES}|{_NEAR_BOUNDS})?\s*\Z",
    re.I,
)
_SHARE_AFTER_P = re.compile(r"\A\s*\(\s*\Z")
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:a|the|for\s+a|making\s+a)?\s*(?:combined\s+)?total\s+(?:of\s+)?|"
    r"\btotall?ing\s+|\bin\s+all\s+|\bsum\s+of\s+|\badding\s+up\s+to\s+|\bcombined\s+)"
    rf"(?:{_HEDGES})?\s*\Z",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\bbringing\s+(?:the|its|their)\s+(?:\w+\s+)?"
    rf"(?:{lang.alternation('arithmetic.running_total_nouns')})\s+to\s+(?:{_HEDGES})?\s*\Z",
    re.I,
)
_TOTAL_AFTER = re.compile(
    rf"\A(?:\s+[a-z]+){{0,2}}\s+(?:{lang.alternation('arithmetic.total_after')})\b",
    re.I,
)
_LIST_OPEN = re.compile(r"\A(?:\s+[a-z]+){0,2}\s*(?:,|:|\(|—|–|-)\s*\Z", re.I)  # not "including"
_ONE_OF = re.compile(
    r"(?<![\w-])(?<!\b[Nn]o\s)(?<!\b[Nn]ot\s)(?<!\b[Aa]ny\s)([Oo]ne)\s+"
    r"(?:out\s+of|of|in)\s+(?:the\s+|its\s+|their\s+)?\Z"
)
_OF_LEAD = re.compile(rf"(?:^|[^\w])(?:Of|of|Among|among)\s+(?:{_WHOLE_DETERMINERS})?\s*\Z")
# "Of the 40 schools inspected, 10", "Of 250 patients in the trial, 50": the
# whole's noun phrase, words only (no figure, no comma), then the part
_OF_LEAD_GAP = re.compile(r"\A(?:\s+[A-Za-z][\w'-]*){0,6}\s*,\s*\Z")
_AND = re.compile(r"\band\b|\bplus\b|&|\+")
_WHOLE_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong|out\s+of)\s+(?:the\s+|its\s+|their\s+)?\Z")
_JOIN = re.compile(
    r"\A[^;:.!?]{0,40}?(?:,|\band\b|\bplus\b|\+)[^;:.!?]{0,25}\Z",
)


MAX_FIGURES = 40
"""Figures related at once: a longer sentence (a table, a list) is read in
overlapping runs of this many, so that the cost stays linear in its length."""


def run(article, rule) -> Iterator:
    mentions = sorted(article.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for s, e in article.sentences:
        ms = mentions[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        figures = [m for m in ms if _usable(m)]
        if len(figures) < 2:
            continue
        used: set[str] = set()
        seen: set[tuple] = set()
        step = MAX_FIGURES // 2
        for k in range(0, max(len(figures) - step, 1), step):
            # a run's text reaches from the figure before it to the figure after it,
            # so that word patterns read the run, not the whole sentence, each time
            start = s if k == 0 else figures[k - 1].end
            end = e if k + MAX_FIGURES >= len(figures) else figures[k + MAX_FIGURES].start
            chunk = figures[k : k + MAX_FIGURES]
            for f in _relate(article, rule, chunk, (start, end), used):
                if (f.start, f.end, f.message) not in seen:  # runs overlap
                    seen.add((f.start, f.end, f.message))
                    yield f


def _relate(article, rule, figures: list[Mention], span: tuple[int, int], used: set[str]):
    if len(figures) >= 2:
        if rule["changes"]:
            yield from _changes(article, rule, figures, span, used)
            yield from _multiples(article, rule, figures, span, used)
        if rule["directions"]:
            yield from _directions(article, rule, figures, span, used)
        if rule["shares"]:
            yield from _shares(article, rule, figures, used)
        if rule["totals"]:
            yield from _totals(article, rule, figures, used)


# --------------------------------------------------------------------------- helpers


def _usable(m: Mention) -> bool:
    return m.kind == "quantity" and m.value is not None and m.role not in _SKIP_ROLES


def _is_percent(m: Mention) -> bool:
    return m.unit in PERCENT_UNITS or m.dimension == "percentage" or m.text.rstrip().endswith("%")


def _is_points(m: Mention) -> bool:
    return m.unit in POINT_UNITS or bool(re.search(r"points?\b", m.text))


def _compatible(a: Mention, b: Mention) -> bool:
    if _is_percent(a) != _is_percent(b):
        return False
    if a.unit != b.unit or (a.dimension and b.dimension and a.dimension != b.dimension):
        return False
    return not (a.noun and b.noun and a.noun != b.noun and not _same_head(a.noun, b.noun))


def _same_head(a: str, b: str) -> bool:
    return a.split()[-1].rstrip("s") == b.split()[-1].rstrip("s")


def _clause(article, span: tuple[int, int], at: int) -> tuple[int, int]:
    """The clause of the sentence ``span`` holding offset ``at``."""
    s, e = span
    starts, ends = _clause_breaks(article, span)
    k = bisect.bisect_right(ends, at)
    start = ends[k - 1] if k > 0 else s
    k = bisect.bisect_left(starts, at)
    end = starts[k] if k < len(starts) else e
    return start, end


def _clause_breaks(article, span: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of a sentence, found once per sentence
    (scanning from the sentence start for each figure was quadratic)."""
    cache = article.__dict__.setdefault("_arithmetic_clause_breaks", {})
    if span not in cache:
        found = list(_CLAUSE_BREAK.finditer(article.text, *span))
        cache[span] = ([m.start() for m in found], [m.end() for m in found])
    return cache[span]


def _before(article, m: Mention, width: int = 40) -> str:
    return article.text[max(0, m.start - width) : m.start]


def _direction_of_percent(article, p: Mention) -> str | None:
    if p.change in ("up", "down"):
        return p.change
    after = _DIR_AFTER.match(article.text[p.end : p.end + 30])
    word = after.group(1) if after else None
    if word is None:
        before = _DIR_BEFORE.search(_before(article, p))
        word = before.group(1) if before else None
    if word is None:
        return None
    return "up" if _UP_RE.match(word) else "down"


def _direction_before(article, m: Mention) -> str | None:
    word = _DIR_BEFORE.search(_before(article, m))
    if word is None:
        return None
    return "up" if _UP_RE.match(word.group(1)) else "down"


def _contains(interval: tuple[float, float], other: tuple[float, float], slack: float) -> bool:
    pad = slack * max(abs(interval[0]), abs(interval[1]))
    return interval[0] - pad <= other[1] and other[0] <= interval[1] + pad


def _pct(x: float) -> str:
    r = round(x, 1)
    return fmt_number(r) if abs(r) < 10 else fmt_number(round(x))


def _claim(article, ms: list[Mention]) -> tuple[int, int, str]:
    a, b = min(m.start for m in ms), max(m.end for m in ms)
    return a, b, " ".join(article.text[a:b].split())


def _emit(article, rule, ms, ok: bool, check: str, stated: str, computed: str, detail: str):
    start, end, claim = _claim(article, ms)
    values = {"claim": claim, "stated": stated, "computed": computed, "check": check}
    extra = {"check": check, "computed": computed}
    if ok:
        if rule["report_matches"]:
            values["detail"] = f"{claim}: adds up"
            yield finding(
                article,
                rule,
                ms,
                "match",
                start=start,
                end=end,
                template=rule["match_message"],
                extra=extra,
                **values,
            )
        return
    values["detail"] = detail
    yield finding(article, rule, ms, "conflict", start=start, end=end, extra=extra, **values)


def _old_new(article, figures, p: Mention | None, clause) -> tuple[Mention, Mention] | None:
    """The (old, new) pair of a change in ``clause``: "from" marks old, "to" new."""
    cs, ce = clause
    olds, news, plain = [], [], []
    for m in figures:
        if m is p or not (cs <= m.start < ce):
            continue
        before = article.text[max(cs, m.start - 40) : m.start]
        if _FROM.search(before):
            olds.append(m)
        elif _TO.search(before):
            news.append(m)
        else:
            plain.append(m)
    if len(olds) != 1:
        return None
    old = olds[0]
    if len(news) == 1:
        new = news[0]
    elif not news:
        anchor = p.start if p is not None else old.start
        candidates = [m for m in plain if m.end <= anchor and _compatible(m, old)]
        if not candidates:
            return None
        new = candidates[-1]
    else:
        return None
    if not _compatible(old, new):
        return None
    return old, new


# --------------------------------------------------------------------------- changes


def _changes(article, rule, figures, span, used: set[str]) -> Iterator:
    for p in figures:
        if not _is_percent(p) and not _is_points(p):
            continue
        direction = _direction_of_percent(article, p)
        clause = _clause(article, span, p.start)
        if direction is None:
            # "rose by 50,000 to 250,000, or 25%": the direction is the delta's
            if _OR_PERCENT.search(article.text[max(clause[0], p.start - 20) : p.start]):
                yield from _change_by(article, rule, figures, p, None, clause, used)
            continue
        pair = _old_new(article, figures, p, clause)
        if pair is None:
            yield from _change_by(article, rule, figures, p, direction, clause, used)
            continue
        old, new = pair
        if old.value == 0 or (_is_percent(old) and old is p):
            continue
        fo = written_interval(old, rule["approximate_factor"])
        fn = written_interval(new, rule["approximate_factor"])
        fp = written_interval(p, rule["approximate_factor"], exact_integers=False)
        if fo is None or fn is None or fp is None or fo[0] <= 0:
            continue
        stated = fp if direction == "up" else (-fp[1], -fp[0])
        relative = ((fn[0] - fo[1]) / fo[1] * 100, (fn[1] - fo[0]) / fo[0] * 100)
        points = (fn[0] - fo[1], fn[1] - fo[0])
        if _is_points(p) and not _is_percent(p):
            options = [points]
        elif _is_percent(old) and _is_percent(new):
            options = [relative, points]
        else:
            options = [relative]
        ok = any(_contains(stated, o, rule["slack"]) for o in options)
        used.update((p.id, old.id, new.id))
        exact = (float(new.value) - float(old.value)) / float(old.value) * 100
        if _is_points(p) and not _is_percent(p):
            exact = float(new.value) - float(old.value)
        word = "increase" if exact >= 0 else "decrease"
        unit = " points" if _is_points(p) and not _is_percent(p) else "%"
        detail = (
            f"from {old.text.strip()} to {new.text.strip()} is a {_pct(abs(exact))}{unit} "
            f"{word}, not {'an increase' if direction == 'up' else 'a decrease'} of {p.text.strip()}"
        )
        yield from _emit(
            article, rule, [old, new, p], ok, "change", p.text, f"{_pct(exact)}{unit}", detail
        )


def _change_by(article, rule, figures, p, direction, clause, used: set[str]) -> Iterator:
    """ "rose by 50,000 to 250,000, or 25%": the old value is 250,000 - 50,000."""
    cs, ce = clause
    by = [
        m
        for m in figures
        if m is not p
        and cs <= m.start < ce
        and not _is_percent(m)
        and _BY.search(article.text[max(cs, m.start - 30) : m.start])
    ]
    if len(by) != 1:
        return
    delta = by[0]
    if direction is None:
        direction = delta.change or _direction_before(article, delta)
        if direction is None:
            return
    after = [m for m in figures if m.start > delta.end and cs <= m.start < ce and m is not p]
    if not after or not _TO.search(article.text[max(cs, after[0].start - 30) : after[0].start]):
        return
    new = after[0]
    shared_unit = delta.unit is None and new.unit and not _is_percent(new)  # "by 200 to 800 tonnes"
    if not (shared_unit or _compatible(delta, new)):
        return
    if new.qualifier != "exact" or delta.qualifier != "exact":
        return
    fp = written_interval(p, rule["approximate_factor"], exact_integers=False)
    fd, fn = written_interval(delta), written_interval(new)
    if fp is None or fd is None or fn is None:
        return
    sign = 1 if direction == "up" else -1
    old_low, old_high = fn[0] - sign * fd[1], fn[1] - sign * fd[0]
    old_low, old_high = min(old_low, old_high), max(old_low, old_high)
    if old_low <= 0:
        return
    changed = (fd[0] / old_high * 100, fd[1] / old_low * 100)
    ok = _contains(fp, changed, rule["slack"])
    used.update((p.id, delta.id, new.id))
    old_value = float(new.value) - sign * float(delta.value)
    exact = float(delta.value) / old_value * 100
    detail = (
        f"{delta.text.strip()} on {fmt_number(old_value)} is {_pct(exact)}%, not {p.text.strip()}"
    )
    yield from _emit(
        article, rule, [delta, new, p], ok, "change", p.text, f"{_pct(exact)}%", detail
    )


def _multiples(article, rule, figures, span, used: set[str]) -> Iterator:
    """ "doubled from 2,000 to 4,000": the ratio must be the word's, within 10%."""
    for w in _MULTIPLE.finditer(article.text, span[0], span[1]):
        if _HEDGE.search(article.text[max(span[0], w.start() - 15) : w.start()]):
            continue
        if not _GOVERNS.match(article.text[w.end() : w.end() + 40]):
            continue
        clause = _clause(article, span, w.end())
        near = [m for m in figures if m.start >= w.end() and m.id not in used]
        pair = _old_new(article, near, None, clause)
        if pair is None:
            continue
        old, new = pair
        if old.qualifier != "exact" or new.qualifier != "exact" or not old.value:
            continue
        factor = _FACTORS[w.group(1).lower()]
        ratio = float(new.value) / float(old.value)
        ok = abs(ratio / factor - 1) <= 0.1
        used.update((old.id, new.id))
        detail = (
            f"from {old.text.strip()} to {new.text.strip()} is x{ratio:.2g}, not '{w.group(1)}'"
        )
        yield from _emit(
            article, rule, [old, new], ok, "change", w.group(1), f"x{ratio:.2g}", detail
        )


# --------------------------------------------------------------------------- directions


def _directions(article, rule, figures, span, used: set[str]) -> Iterator:
    for old in figures:
        if old.id in used:
            continue
        clause = _clause(article, span, old.start)
        if not _FROM.search(article.text[max(clause[0], old.start - 40) : old.start]):
            continue
        pair = _old_new(article, [m for m in figures if m.id not in used], None, clause)
        if pair is None or pair[0] is not old:
            continue
        new = pair[1]
        # the verb governing the pair, as the extractor read it: the last direction word
        # before the first figure, or between the figures ("2,400, up from 1,900")
        first = old if old.start < new.start else new
        verb = first.extra.get("change_verb") or old.extra.get("change_verb")
        if not verb or not verb["governs"]:
            continue  # "Growth slowed, with ...": the word is not the verb of the pair
        word, direction = verb["word"], verb["direction"]
        fo, fn = written_interval(old), written_interval(new)
        if fo is None or fn is None:
            continue
        if direction == "up":
            ok = fn[1] >= fo[0]
            wrong = fn[1] < fo[0]
        else:
            ok = fn[0] <= fo[1]
            wrong = fn[0] > fo[1]
        if not ok and not wrong:
            continue
        used.update((old.id, new.id))
        actual = "a rise" if new.value > old.value else "a fall"
        detail = (
            f"'{word}' but {new.text.strip()} from {old.text.strip()} is {actual}" if wrong else ""
        )
        yield from _emit(article, rule, [old, new], not wrong, "direction", word, actual, detail)


# --------------------------------------------------------------------------- shares


def _shares(article, rule, figures, used: set[str]) -> Iterator:
    """ "X of (the) Y, or P%", "X in Y (P%)", "Of the Y ..., X, or P%", "P% (X of Y)"."""
    text = article.text
    for i, x in enumerate(figures):
        if _is_percent(x) or x.id in used:
            continue
        pair = None
        y = figures[i + 1] if i + 1 < len(figures) else None
        if y is not None and not _is_percent(y) and _OF.match(text[x.end : y.start]):
            pair = (x, y, _share_percent(text, figures, x, y))
        elif i > 0 and not _is_percent(figures[i - 1]):
            whole = figures[i - 1]
            lead = text[max(0, whole.start - 12) : whole.start]
            gap = text[whole.end : x.start]
            if _OF_LEAD.search(lead) and _OF_LEAD_GAP.match(gap):
                pair = (x, whole, _share_percent(text, figures, x, x))
        if pair is None:
            one = _ONE_OF.search(text[max(0, x.start - 20) : x.start])
            if one and not any(
                m.end == x.start - len(one.group(0)) + len(one.group(1)) for m in figures
            ):
                at = x.start - len(one.group(0))
                unit = Mention("quantity", one.group(1), at, at + 3, value=1.0)
                pair = (unit, x, _share_percent(text, figures, unit, x))
        if pair is None or pair[2] is None:
            continue
        x, y, p = pair
        if x.unit != y.unit or not (0 < float(x.value) <= float(y.value)):
            continue
        fx, fy = written_interval(x), written_interval(y)
        fp = written_interval(p, exact_integers=False)
        if fx is None or fy is None or fp is None or fy[0] <= 0:
            continue
        computed = (fx[0] / fy[1] * 100, fx[1] / fy[0] * 100)
        ok = _contains(fp, computed, rule["slack"])
        used.update((x.id, y.id, p.id))
        exact = float(x.value) / float(y.value) * 100
        detail = f"{x.text.strip()} of {y.text.strip()} is {_pct(exact)}%, not {p.text.strip()}"
        yield from _emit(article, rule, [x, y, p], ok, "share", p.text, f"{_pct(exact)}%", detail)


def _share_percent(text: str, figures, x: Mention, y: Mention) -> Mention | None:
    after = [m for m in figures if m.start >= y.end and _is_percent(m)]
    if after and _SHARE_GAP.match(text[y.end : after[0].start]):
        p = after[0]
        if _DIR_AFTER.match(text[p.end : p.end + 30]) or p.change:
            return None
        return p
    before = [m for m in figures if m.end <= x.start and _is_percent(m)]
    if before and _SHARE_AFTER_P.match(text[before[-1].end : x.start]):
        return before[-1]
    return None


# --------------------------------------------------------------------------- totals


def _totals(article, rule, figures, used: set[str]) -> Iterator:
    """ "A and B, a total of C"; "A and B, or C in total"; "a total of C: A and B".

    "bringing the total (toll) to C" may count earlier figures too, so there
    the listed figures may only fall short of C, never exceed it.
    """
    text = article.text
    for k, t in enumerate(figures):
        if t.id in used:
            continue
        before = text[max(0, t.start - 40) : t.start]
        cue = _TOTAL_BEFORE.search(before)
        cumulative = bool(_CUMULATIVE.search(before))
        if not (cue or cumulative or _TOTAL_AFTER.match(text[t.end : t.end + 30])):
            continue
        addends = _listed_before(text, figures, k, t, used)
        if addends is None and (cue or cumulative):
            addends = _listed_after(text, figures, k, t, used)
        if addends is None:
            continue
        # a total is the sum of the figures as listed: exact addends count as points
        intervals = [
            (float(m.value), float(m.value)) if m.qualifier == "exact" else written_interval(m)
            for m in addends
        ]
        ft = written_interval(t)
        if ft is None or any(iv is None for iv in intervals):
            continue
        low = sum(iv[0] for iv in intervals)
        high = sum(iv[1] for iv in intervals)
        if cumulative:
            ok = low <= ft[1] * (1 + rule["slack"] / 5)
        else:
            ok = _contains(ft, (low, high), rule["slack"] / 5)
        used.update(m.id for m in (*addends, t))
        total = sum(float(m.value) for m in addends)
        listed = " + ".join(m.text.strip() for m in addends)
        detail = f"{listed} = {fmt_number(total)}, " + (
            f"more than the total of {t.text.strip()}" if cumulative else f"not {t.text.strip()}"
        )
        yield from _emit(
            article, rule, [*addends, t], ok, "total", t.text, fmt_number(total), detail
        )


def _addend(m: Mention, t: Mention, used: set[str]) -> bool:
    """A figure that can be part of ``t``: same unit and kind; nouns may differ
    ("120 soldiers and 80 civilians" make a toll)."""
    return m.id not in used and _is_percent(m) == _is_percent(t) and m.unit == t.unit


def _listed_before(text, figures, k, t, used) -> list[Mention] | None:
    """The list right before a total, read as a list is written: "A, B and C".

    Walking back from the total, the last join must hold "and" (or "plus"),
    earlier ones a comma and no second "and"; a figure after "of" ("Of 3,000
    applicants, 1,200 were men and 800 women") is the whole, not a part.
    """
    addends: list[Mention] = []
    j, nxt = k - 1, t
    while j >= 0:
        m = figures[j]
        gap = text[m.end : nxt.start]
        if nxt is t:
            if len(gap) > 60 or re.search(r"[;:]", gap):
                break
        elif not _list_join(gap, len(addends)):
            break
        if not _addend(m, t, used) or _WHOLE_BEFORE.search(text[max(0, m.start - 12) : m.start]):
            break
        addends.insert(0, m)
        nxt = m
        j -= 1
    if len(addends) < 2:
        return None
    before = text[figures[j].end : addends[0].start] if j >= 0 else ""
    if j >= 0 and _JOIN.match(before) and not _addend(figures[j], t, used):
        return None  # the list seems to go on with a figure of another kind: unsure
    return addends


def _list_join(gap: str, after: int) -> bool:
    """Whether ``gap`` joins two items of a list that has ``after`` items after it."""
    if not _JOIN.match(gap):
        return False
    if after == 1:
        return bool(_AND.search(gap))  # "... B and C": the last join says "and"
    return "," in gap and not _AND.search(gap)  # "A, B and C"


def _listed_after(text, figures, k, t, used) -> list[Mention] | None:
    """ "A total of 500 people, 300 men and 200 women, ..." """
    addends: list[Mention] = []
    prev = t
    for m in figures[k + 1 :]:
        gap = text[prev.end : m.start]
        if prev is t:
            if not _LIST_OPEN.match(gap):
                break
        elif not _JOIN.match(gap):
            break
        if not _addend(m, t, used):
            break
        addends.append(m)
        prev = m
    if len(addends) < 2 or not re.search(r"\band\b|\bplus\b", text[addends[0].end : prev.start]):
        return None
    following = [m for m in figures if m.start >= prev.end and m.start < prev.end + 40]
    if following and not re.search(r"[.;:)]", text[prev.end : following[0].start]):
        return None  # the list may go on
    return addends
