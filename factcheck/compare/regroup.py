"""After the assignment: one fact the two versions group differently.

The aligner pairs one OLD figure with one NEW figure. Some facts are written
as one figure in one version and as two in the other, or put a vague word
where the figure was; pairing them one to one leaves a false flag:

- a compound and its parts: a range against its endpoints ("between 2015 and
  2019" / "in 2015 ... in 2019"), a ratio against its terms ("12 out of 25" /
  "12 of the council's 25 seats"), a span of years against the full dates it
  is read from ("(3 May 1890 - 12 June 1961)" -> "(1890-1961)");
- a period OLD gives whole and NEW by one edge ("from 21 June to 13 July" ->
  "until 13 July");
- a figure NEW replaces with a vague word in the same words ("next month's
  qualifiers" -> "the upcoming qualifiers"): a conflict (vaguer), not a drop;
- a span before "since" that NEW cuts from the same sentence, keeping "since"
  ("In the decade since the first money was allocated, the price has doubled" ->
  "beset by problems since its inception, with the price doubling"): vaguer.

``regroup`` rewrites the pairs for these, and only where every figure
involved is otherwise unpaired or in a conflict with the compound itself: a
figure already matched elsewhere is never taken from its partner.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable

import factcheck.lang as lang
from factcheck.compare.align import Pair
from factcheck.compare.occasion import occasions_kept
from factcheck.compare.values import (
    EDGE_KEPT,
    SEASON_KEPT,
    Relation,
    bracketed_period,
    date_words,
    in_season,
    kept_edge,
    life_edge,
    period_edge,
    period_ends,
    relate,
)
from factcheck.extract.datewords import MONTHS
from factcheck.extract.implied import is_implied
from factcheck.mention import Mention

SAME = Relation("same")
_YEAR = re.compile(r"\d{4}")
_MONTH_SPAN = re.compile(
    rf"^(?:between |from )?({lang.alternation('calendar.months')})"
    rf"-({lang.alternation('calendar.months')})$"
)
"""The words ``extra["norm"]`` gives two months ("july-august", "between july-august")."""
_MONTH_KEY = re.compile(r"XXXX-\d{2}")
_SEASON = re.compile(r"\d{4}/\d{4}")
PARTS_IN_SENTENCE = 8
"""Partners a figure of one sentence is tried against (keeps a table's sentence linear)."""
PARTS_REACH = 1
"""OLD sentences after the first endpoint's within which a NEW range finds its second."""


def regroup(
    pairs: list[Pair], old_text: str, new_text: str, new_sentences: list[tuple[int, int]]
) -> list[Pair]:
    """``pairs`` with compounds and vague replacements put right."""
    pairs = _compounds(pairs, new_is_compound=True)
    pairs = _compounds(pairs, new_is_compound=False)
    pairs = _kept_edges(pairs, new_text)
    pairs = _life_edges(pairs, old_text, new_text)
    pairs = _seasons_of_one_period(pairs)
    pairs = _decades_of_a_range(pairs)
    pairs = _today_as_of(pairs, old_text)
    pairs = _sharper_kept_elsewhere(pairs)
    pairs = _spans_since_cut(pairs, old_text, new_text, new_sentences)
    pairs = occasions_kept(pairs, old_text, new_text, lambda at: _sentence_at(new_sentences, at))
    return _vague_replacements(pairs, old_text, new_text, new_sentences)


def _kept_edges(pairs: list[Pair], new_text: str) -> list[Pair]:
    """A period OLD gives whole, NEW by one edge: "from 21 June to 13 July" ->
    "until 13 July" keeps the fact (the start left out, as a summary does);
    "until June 2018" for a period ending 20 June 2018 says less (vaguer)."""
    out = []
    for p in pairs:
        if (
            p.old is not None
            and p.new is not None
            and not _accepted(p)
            and (edge := period_edge(new_text, p.new)) is not None
            and (kept := kept_edge(p.old, p.new, edge)) is not None
        ):
            p = Pair(p.old, p.new, kept, p.score)
        out.append(p)
    return out


def _life_edges(pairs: list[Pair], old_text: str, new_text: str) -> list[Pair]:
    """A year NEW gives as one end of a life OLD dates in brackets after a name ("Mary
    Holt (9 February 1868 – 30 November 1941)" -> "who died in 1941", "born in 1868"):
    that end, written coarser (``kept_edge``: vaguer, a true loosening in a summary),
    not the whole life made vaguer, an added year or another year's conflict. The
    life's dates stay paired with whatever NEW matched them with; an edge then
    restates them. Lives are looked up by the year of the edge NEW gives."""
    lives = [k for k, p in enumerate(pairs) if p.old and bracketed_period(old_text, p.old)]
    if not lives:
        return pairs
    out: list[Pair | None] = list(pairs)
    by_year: dict[tuple[str, str], list[int]] = {}
    """(edge, year of that end) -> the lives ending or starting in that year."""
    for j in lives:
        life = pairs[j]
        assert life.old is not None and life.old.iso is not None
        for edge, end in zip(("start", "end"), life.old.iso.split("/")):
            by_year.setdefault((edge, end[:4]), []).append(j)
        edge = life.new is not None and not _accepted(life) and life_edge(new_text, life.new)
        if edge and (kept := kept_edge(life.old, life.new, edge)) is not None:
            out[j] = Pair(life.old, life.new, kept, life.score)  # the life paired with one end
    taken: set[int] = set()
    for k, p in enumerate(pairs):
        if p.new is None or k in lives or (p.old is not None and _accepted(p)):
            continue
        edge = life_edge(new_text, p.new)
        if edge is None or not _YEAR.match(p.new.iso or ""):
            continue
        for j in by_year.get((edge, (p.new.iso or "")[:4]), ()):
            life = out[j] or pairs[j]
            assert life.old is not None
            kept = kept_edge(life.old, p.new, edge)
            if kept is None or (life.new is not None and not _edge_or_accepted(life)):
                continue
            if life.new is None and j not in taken:
                out[j] = None  # the life's dates were unpaired: this edge takes them
            if p.old is not None:
                out.append(Pair(p.old, None))
            out[k] = Pair(life.old, p.new, kept, p.score, repeat=j in taken or life.new is not None)
            taken.add(j)
            break
    return [p for p in out if p is not None]


def _seasons_of_one_period(pairs: list[Pair]) -> list[Pair]:
    """Two seasons NEW joins for one OLD period ("in the late summer and autumn of 1926"
    for 3 August to 28 October 1926): the one the aligner left unpaired restates the
    period its neighbour in the same sentence was paired with, if it takes in a month
    of it (``values.in_season``)."""
    seasons: dict[int, list[Pair]] = {}
    """NEW sentence -> its seasons of a year paired with an OLD date."""
    for p in pairs:
        new = p.new
        if (
            p.old is not None
            and new is not None
            and new.grain == "season"
            and _YEAR.match(new.iso or "")
        ):
            seasons.setdefault(new.sentence, []).append(p)
    if not seasons:
        return pairs
    out = []
    for p in pairs:
        if p.old is None and p.new is not None and p.new.grain == "season":
            for q in seasons.get(p.new.sentence, ())[:PARTS_IN_SENTENCE]:
                assert q.old is not None and q.new is not None
                if in_season(q.old, p.new, int((q.new.iso or "")[:4])):
                    detail = f"{SEASON_KEPT}: {q.old.text} -> {p.new.text}"
                    p = Pair(q.old, p.new, Relation("vaguer", detail), q.score, repeat=True)
                    break
        out.append(p)
    return out


_YEARS_RANGE = re.compile(r"(\d{4})/(\d{4})")
_DECADE = re.compile(r"\d{3}")


def _decades_of_a_range(pairs: list[Pair]) -> list[Pair]:
    """Two decades NEW gives in one sentence for the two ends of an OLD range of years
    ("in the 1860s and 1870s" for "between 1868 and 1879"): each the decade of one end,
    written coarser (``kept_edge``'s detail, so a summary's loosening is judged against
    that end), not a conflict and an added decade."""
    ranges = [
        k
        for k, p in enumerate(pairs)
        if p.old is not None
        and p.old.kind == "date"
        and _YEARS_RANGE.fullmatch(p.old.iso or "")
        and (p.new is None or not _accepted(p))
    ]
    if not ranges:
        return pairs
    decades: dict[str, dict[int, int]] = {}
    """Decade ("186") -> NEW sentence -> the first free NEW decade there."""
    for k, p in enumerate(pairs):
        if (
            p.new is not None
            and p.new.grain == "decade"
            and _DECADE.fullmatch(p.new.iso or "")
            and (p.old is None or not _accepted(p))
        ):
            decades.setdefault(p.new.iso or "", {}).setdefault(p.new.sentence, k)
    if not decades:
        return pairs
    out: list[Pair | None] = list(pairs)
    for r in ranges:
        old = pairs[r].old
        assert old is not None and old.iso is not None
        first, last = old.iso.split("/")
        starts, ends = decades.get(first[:3], {}), decades.get(last[:3], {})
        found = [
            (a, ends[sentence])
            for sentence, a in starts.items()
            if sentence in ends and a != ends[sentence] and out[a] and out[ends[sentence]]
        ]
        if not found:
            continue
        a, b = found[0]
        for k in (a, b):
            q = pairs[k]
            if q.old is not None and q.old is not old:
                out.append(Pair(q.old, None))  # whatever the decade was paired with is free
            out[k] = None
        if out[r] is not None:
            out[r] = None
            partner = pairs[r].new
            if partner is not None and partner not in (pairs[a].new, pairs[b].new):
                out.append(Pair(None, partner))
        for n, (k, edge) in enumerate(((a, "start"), (b, "end"))):
            new = pairs[k].new
            assert new is not None
            detail = f"{EDGE_KEPT.format(edge=edge)}: {old.text} -> {new.text}"
            out.append(Pair(old, new, Relation("vaguer", detail), pairs[r].score, repeat=n == 1))
    return [p for p in out if p is not None]


def _sharper_kept_elsewhere(pairs: list[Pair]) -> list[Pair]:
    """A NEW date sharper than the OLD date it was paired with, that another OLD date
    gives whole ("In March 1786" against the title's "The 1786 earthquake", where OLD
    dates it "11 March 1786"): NEW states that date coarser, not a sharper one of its
    own. It pairs with that date (``vaguer``); a summary's coarser date is no flag.
    OLD's dates are looked up by their year."""
    by_year: dict[str, list[int]] = {}
    for k, p in enumerate(pairs):
        o = p.old
        whole = o is not None and o.kind == "date" and bool(o.iso) and "/" not in (o.iso or "")
        if whole and (p.new is None or _accepted(p)):
            by_year.setdefault((o.iso or "")[:4], []).append(k)  # type: ignore[union-attr]
    if not by_year:
        return pairs
    out: list[Pair | None] = list(pairs)
    for k, p in enumerate(pairs):
        if p.old is None or p.new is None or p.new.kind != "date" or p.relation is None:
            continue
        if p.relation.kind != "sharper" or not p.new.iso:
            continue
        for m in by_year.get(p.new.iso[:4], ())[:PARTS_IN_SENTENCE]:
            q = pairs[m]
            assert q.old is not None
            if q.old is p.old:
                continue
            rel = relate(q.old, p.new)
            if rel.kind != "vaguer":
                continue
            free = q.new is None and out[m] is not None
            if free:
                out[m] = None  # the whole date was unpaired: NEW's takes it
            out[k] = Pair(q.old, p.new, rel, p.score, repeat=not free)
            out.append(Pair(p.old, None))
            break
    return [p for p in out if p is not None]


_AS_OF = re.compile(rf"\b(?i:{lang.alternation('compare.as_of')})\s+$")
_TODAY = frozenset(lang.words("compare.today_words"))


def _today_as_of(pairs: list[Pair], old_text: str) -> list[Pair]:
    """ "Today it has 612 beds" for "As of 2023 the hospital had 612 beds": an
    encyclopedia dates its present by "as of"; a summary that says "today" (with no
    day of its own to resolve it) keeps that present, not another date. NEW's "today"
    pairs with OLD's latest "as of" year, in place of a conflict or an added date."""
    as_of: dict[int, int] = {}
    """id of an OLD "as of" year -> the index of its pair."""
    for k, p in enumerate(pairs):
        o = p.old
        if (
            o is not None
            and o.kind == "date"
            and o.grain == "year"
            and (p.new is None or id(o) not in as_of)
            and _AS_OF.search(old_text, max(0, o.start - 12), o.start)
        ):
            as_of[id(o)] = k
    if not as_of:
        return pairs
    latest_k = max(as_of.values(), key=lambda k: pairs[k].old.iso or "")  # type: ignore[union-attr]
    out: list[Pair | None] = list(pairs)
    for k, p in enumerate(pairs):
        if (
            p.new is not None
            and p.new.kind == "date"
            and not p.new.iso
            and p.new.extra.get("norm") in _TODAY
            and (p.old is None or not _accepted(p))
        ):
            at = as_of.get(id(p.old), latest_k) if p.old is not None else latest_k
            old = pairs[at].old
            assert old is not None
            if p.old is not None and p.old is not old:
                out.append(Pair(p.old, None))
            alone = pairs[at].new is None and out[at] is not None and at != k
            if alone:
                out[at] = None  # the "as of" year was unpaired: "today" takes it
            same = Relation("same", "the present the original dates by 'as of'")
            out[k] = Pair(old, p.new, same, p.score, repeat=not alone and p.old is not old)
    return [p for p in out if p is not None]


def _edge_or_accepted(p: Pair) -> bool:
    return _accepted(p) or bool(p.relation and (p.relation.detail or "").startswith("the "))


# -- compounds -------------------------------------------------------------------


def endpoints(m: Mention) -> tuple[str, str] | None:
    """The two figures a compound states, as keys ("2015", "2019"; "12", "25"), or None.

    A span of two months no dateline resolves ("July and August") has the
    months of the year as its keys ("XXXX-07", "XXXX-08"), as its parts do.
    """
    if m.kind == "date" and m.iso and m.iso.count("/") == 1:
        a, b = m.iso.split("/")
        return (a, b) if a and b and a != b else None
    if m.kind == "date" and not m.iso:
        months = _MONTH_SPAN.match(m.extra.get("norm") or "")
        if months:
            a, b = (f"XXXX-{MONTHS[months.group(k)]:02d}" for k in (1, 2))
            return (a, b) if a != b else None
        # another unresolved period ("from 14 July to 9 August"): its ends by their words
        ends = period_ends(m)
        words = (ends[0][1], ends[1][1]) if ends else (None, None)
        return (words[0], words[1]) if words[0] and words[1] and words[0] != words[1] else None
    ratio = m.extra.get("ratio")
    if m.kind == "quantity" and isinstance(ratio, list) and len(ratio) == 2:
        return _number_key(ratio[0]), _number_key(ratio[1])
    if m.kind == "quantity" and m.unit and m.low is not None and m.high is not None:
        # a range in a unit ("1.70m-1.80m") against its ends, each perhaps the
        # conversion of another ("5ft 7ins (1.70m) to 5ft 11ins (1.80m)")
        return (_unit_key(m.unit, m.low), _unit_key(m.unit, m.high)) if m.low != m.high else None
    return None


def _unit_key(unit: str, v: float) -> str:
    return f"{unit}:{_number_key(v)}"


def _number_key(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def part_key(m: Mention, coarse: bool) -> str | None:
    """The key a single figure fills a compound's endpoint with.

    ``coarse``: the compound is a span of years, so a full date fills an
    endpoint by its year ("3 May 1890" for "1890").
    """
    if m.kind == "quantity":
        if m.value is None or m.low is not None or m.high is not None:
            return None
        return _unit_key(m.unit, m.value) if m.unit else _number_key(m.value)
    if m.kind != "date":
        return None
    if not m.iso:
        timex = m.extra.get("timex")  # "July" without a dateline: "XXXX-07"
        if isinstance(timex, str) and _MONTH_KEY.fullmatch(timex):
            return timex
        words = date_words(m)
        return None if "-" in words else words  # "9 August" fills an unresolved period
    if "/" in m.iso or m.iso.startswith("X"):
        return None
    return m.iso[:4] if coarse and _YEAR.match(m.iso) else m.iso


def _compounds(pairs: list[Pair], new_is_compound: bool) -> list[Pair]:
    """A compound on one side whose endpoints the other side gives as two figures."""

    def compound_of(p: Pair) -> Mention | None:
        return p.new if new_is_compound else p.old

    def part_of(p: Pair) -> Mention | None:
        return p.old if new_is_compound else p.new

    # figures of the parts' side that are free: unpaired, or in a conflict
    free: dict[int, list[int]] = defaultdict(list)
    """Sentence -> indexes into ``pairs`` of free part-side figures."""
    for k, p in enumerate(pairs):
        m = part_of(p)
        if m is not None and (compound_of(p) is None or not _accepted(p)):
            free[m.sentence].append(k)
    if not free:
        return pairs
    out = list(pairs)
    used: set[int] = set()
    for k, p in enumerate(pairs):
        c = compound_of(p)
        if c is None or k in used or (part_of(p) is not None and _accepted(p)):
            continue
        ends = endpoints(c)
        if ends is None:
            continue
        coarse = all(len(e) == 4 and e.isdigit() for e in ends)
        # a span of years may be read from full dates in OLD, not the other way
        coarse = coarse and new_is_compound
        # a summary's range may join the endpoints of two OLD sentences in a row
        # ("Ireland play on 17 January ... The final is on 20 January" -> "17-20 January")
        reach = PARTS_REACH if new_is_compound else 0
        candidates = _candidates(free, p, part_of, reach)
        found = _two_parts(ends, coarse, pairs, candidates, used, part_of, reach)
        if found is None:
            continue
        first, second = found
        between = _months_between(ends, pairs, _candidates(free, p, part_of), used, part_of)
        between = [idx for idx in between if idx not in (first, second)]
        if not _covers(ends, [part_of(pairs[idx]) for idx in (first, second, *between)]):
            continue  # "May, July and August" skips June: "from May to August" adds it
        taken = {k, first, second, *between}
        for idx in taken:
            used.add(idx)
            out[idx] = None  # type: ignore[call-overload]
        for n, idx in enumerate((first, second, *between)):
            part = part_of(pairs[idx])
            old, new = (part, c) if new_is_compound else (c, part)
            out.append(Pair(old, new, SAME, pairs[k].score, repeat=n == 1))
        # whatever the taken figures were paired with becomes unpaired again
        for idx in taken:
            q = pairs[idx]
            for m, is_old in ((q.old, True), (q.new, False)):
                if (
                    m is not None
                    and m is not c
                    and all(m is not part_of(pairs[idx]) for idx in (first, second, *between))
                ):
                    out.append(Pair(m, None) if is_old else Pair(None, m))
    return [p for p in out if p is not None]


def _candidates(free: dict[int, list[int]], p: Pair, part_of, reach: int = 0) -> Iterable[int]:
    """Free part-side figures in the sentence the compound's partner stands in (or
    ``reach`` sentences either side of it)."""
    sentences = set()
    partner = part_of(p)
    if partner is not None:
        sentences.update(range(partner.sentence - reach, partner.sentence + reach + 1))
    else:
        sentences.update(free)  # an unpaired compound: any sentence may hold its parts
    for s in sorted(sentences):
        yield from free.get(s, ())


def _two_parts(
    ends: tuple[str, str],
    coarse: bool,
    pairs: list[Pair],
    candidates: Iterable[int],
    used: set[int],
    part_of,
    reach: int = 0,
) -> tuple[int, int] | None:
    """Indexes of two free figures filling the two endpoints, of one sentence (or of
    sentences at most ``reach`` apart, the first endpoint not after the second), or None."""
    by_sentence: dict[int, dict[str, int]] = defaultdict(dict)
    for idx in candidates:
        part = part_of(pairs[idx])
        if idx in used or part is None:
            continue
        # "May, June, July and August" / "from May to August": a list's last two
        # months, read as a span, end it
        keys = _month_ends(part) or _season_years(part, coarse) or (part_key(part, coarse),)
        for key in keys:
            if key in ends:
                by_sentence[part.sentence].setdefault(key, idx)
    for sentence, keys in sorted(by_sentence.items()):
        if ends[0] in keys and ends[1] in keys and keys[ends[0]] != keys[ends[1]]:
            return keys[ends[0]], keys[ends[1]]
        if ends[0] in keys:
            for later in range(sentence + 1, sentence + reach + 1):
                if ends[1] in by_sentence.get(later, {}):
                    return keys[ends[0]], by_sentence[later][ends[1]]
    return None


def _month_ends(m: Mention) -> tuple[str, str] | None:
    """The two months of the year a span of months no dateline resolves gives ("July and
    August": "XXXX-07", "XXXX-08"), or None."""
    ends = endpoints(m) if m.kind == "date" and not m.iso else None
    return ends if ends and all(_MONTH_KEY.fullmatch(e) for e in ends) else None


def _season_years(m: Mention, coarse: bool) -> tuple[str, str] | None:
    """The two years of a season ("1921–22": "1921", "1922"), either of which a span of
    years may start or end with ("between 1922 and 1959" for 1921–22 ... 1958–59); or None."""
    if not coarse or m.kind != "date" or not m.iso or not _SEASON.fullmatch(m.iso):
        return None
    first, second = m.iso.split("/")
    return (first, second) if int(second) == int(first) + 1 else None


def _months_between(
    ends: tuple[str, str], pairs: list[Pair], candidates: Iterable[int], used: set[int], part_of
) -> list[int]:
    """Free figures that name the months strictly inside a span of months of the year
    ("June" and "July" of "May, June, July and August" / "from May to August")."""
    if not all(_MONTH_KEY.fullmatch(e) for e in ends):
        return []
    inside = []
    for idx in candidates:
        part = part_of(pairs[idx])
        if idx in used or part is None:
            continue
        keys = _month_ends(part) or (part_key(part, False) or "",)
        if all(_MONTH_KEY.fullmatch(key) and ends[0] < key < ends[1] for key in keys):
            inside.append(idx)
    return inside


def _covers(ends: tuple[str, str], parts: list[Mention]) -> bool:
    """Whether ``parts`` name every month of a span of months of the year (True for
    any other compound: its two endpoints are all it states)."""
    if not all(_MONTH_KEY.fullmatch(e) for e in ends):
        return True
    named = {int(key[5:]) for m in parts for key in (_month_ends(m) or (part_key(m, False),))}
    return all(month in named for month in range(int(ends[0][5:]), int(ends[1][5:]) + 1))


def _accepted(p: Pair) -> bool:
    return p.relation is not None and p.relation.accepted


# -- a vague word in the figure's place ------------------------------------------

VAGUE_REPLACEMENTS = lang.words("compare.vague_replacements")
_VAGUE = re.compile(r"\b(?:" + lang.alternation(VAGUE_REPLACEMENTS) + r")\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_SKIPPED = frozenset(("the", "a", "an", "of", "s"))
"""Words a replacement adds or drops around the figure ("next month's" -> "the upcoming")."""
REACH = 40
"""Characters read on each side of a figure for the words around it."""


def _around(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two words before and two after a span, within its sentence, without "the"/"of"."""
    left = re.split(r"[.!?;:]\s", text[max(0, start - REACH) : start])[-1]
    right = re.split(r"[.!?;:](?:\s|$)", text[end : end + REACH])[0]
    before = [w.lower() for w in _WORDS.findall(left) if w.lower() not in _SKIPPED]
    after = [w.lower() for w in _WORDS.findall(right) if w.lower() not in _SKIPPED]
    return tuple(before[-2:]), tuple(after[:2])


def _vague_replacements(
    pairs: list[Pair], old_text: str, new_text: str, new_sentences: list[tuple[int, int]]
) -> list[Pair]:
    """A dropped figure whose words NEW keeps around a vague word: vaguer, not dropped.

    The words around must agree on both sides of the figure and number at
    least two, so only the same phrase with the figure swapped qualifies.
    """
    dropped = [k for k, p in enumerate(pairs) if p.old is not None and p.new is None]
    if not dropped:
        return pairs
    places: dict[tuple, re.Match[str]] = {}
    for hit in _VAGUE.finditer(new_text):
        key = _around(new_text, hit.start(), hit.end())
        places.setdefault(key, hit)
    if not places:
        return pairs
    unpaired_new = {
        p.new.start: k for k, p in enumerate(pairs) if p.new is not None and p.old is None
    }
    out = list(pairs)
    taken: set[int] = set()
    for k in dropped:
        d = pairs[k].old
        key = _around(old_text, d.start, d.end)
        hit = places.get(key)
        if hit is None or len(key[0]) + len(key[1]) < 2 or hit.start() in taken:
            continue
        taken.add(hit.start())
        if hit.start() in unpaired_new:
            j = unpaired_new[hit.start()]
            vague = pairs[j].new
            out[j] = None  # type: ignore[call-overload]
        else:
            vague = Mention(
                kind=d.kind,
                text=hit.group(0),
                start=hit.start(),
                end=hit.end(),
                sentence=_sentence_at(new_sentences, hit.start()),
                extra={"vague": True},
            )
        out[k] = Pair(d, vague, Relation("vaguer", f"{d.text} -> {hit.group(0)}"), 0.0)
    return [p for p in out if p is not None]


# -- a span before "since" cut ------------------------------------------------------

_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b(?:\s+[^\W\d_]+){0,2}", re.IGNORECASE)
"""NEW's "since" and up to two words after it ("since its inception"); a date right
after it ("since 2006", "since January") dates the period, which is no vaguer."""


def _spans_since_cut(
    pairs: list[Pair], old_text: str, new_text: str, new_sentences: list[tuple[int, int]]
) -> list[Pair]:
    """OLD's "in the decade since X" told by NEW as "since X" alone: vaguer, not nothing.

    The span is an implied figure (``numbers.spans_since``), which left unpaired is no
    finding. Where every other figure of its OLD sentence that NEW keeps is kept in one
    NEW sentence (at least one is), and that sentence says "since" with no figure after
    it, NEW tells the same period without its length: a conflict (vaguer).
    """
    cut = [
        k
        for k, p in enumerate(pairs)
        if p.new is None
        and is_implied(p.old)
        and p.old.dimension == "time"
        and _SINCE_AFTER.match(old_text, p.old.end)
    ]
    if not cut:
        return pairs
    new_dates = sorted(
        p.new.start for p in pairs if p.new is not None and p.new.kind in ("date", "time")
    )
    out = list(pairs)
    for k in cut:
        d = pairs[k].old
        kept = {
            p.new.sentence
            for p in pairs
            if p.old is not None
            and p.new is not None
            and p.old is not d
            and p.old.sentence == d.sentence
            and p.relation is not None
            and p.relation.accepted
        }
        if len(kept) != 1:
            continue
        start, end = new_sentences[kept.pop()] if new_sentences else (0, len(new_text))
        since = _SINCE.search(new_text, start, end)
        if since is None or re.search(r"\d", new_text[since.end() : since.end() + 3]):
            continue
        date = bisect.bisect_left(new_dates, since.start())
        if date < len(new_dates) and new_dates[date] < since.end():
            continue  # "since January": a date of its own
        vague = Mention(
            kind=d.kind,
            text=since.group(0),
            start=since.start(),
            end=since.end(),
            sentence=_sentence_at(new_sentences, since.start()),
            extra={"vague": True},
        )
        out[k] = Pair(d, vague, Relation("vaguer", f"{d.text} since -> {since.group(0)}"), 0.0)
    return out


def _sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    starts = [s for s, _ in spans]
    return max(0, bisect.bisect_right(starts, offset) - 1)
