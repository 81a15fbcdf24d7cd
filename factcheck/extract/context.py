"""Reading the words around a number: qualifier, change, counted noun, and the
tests that tell a count from a year, a name, an identifier or an age.

The scanner in ``quantities.py`` and the readers in ``wordforms.py`` hold one
``Context`` per text and ask it; it never calls back into them.
"""

from __future__ import annotations

import re
from decimal import Decimal

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.lang as lang
from factcheck.extract.arbiter import identifier_cue
from factcheck.extract.dateline import WIRE_SLUG_BEFORE
from factcheck.extract.numbers import SCALE_WORDS, parse_digits
from factcheck.extract.vocabulary import (
    BETWEEN_QUALIFIER_AND_FIGURE,
    COMMON_CAPITALISED,
    DEGREE_ADVERBS,
    ID_NOUNS,
    MOJIBAKE_BEFORE_FIGURE,
    MONTHS,
    NOUN_STOPWORDS,
    ONE_DAY_SOMEDAY_AFTER,
    ONE_DAY_SPAN_AFTER,
    ONE_DAY_SPAN_BEFORE,
    QUALIFIER_SIGNS_AFTER,
    QUALIFIER_SIGNS_BEFORE,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    SPORT_WORDS,
    UP_TO_BOUND_MODALS,
    UP_TO_PARTICLE_VERBS,
    WEEKDAYS,
    looks_plural,
)

_SIGN_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\[:;,]))(?P<q>{lang.alternation(list(QUALIFIER_SIGNS_BEFORE))})[ \t]?$"
)
_SIGN_AFTER = re.compile(rf"(?P<q>{lang.alternation(list(QUALIFIER_SIGNS_AFTER))})(?![\d+\w])")
_OVER_BOUND_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('qualifiers.over_bound_before')})"
    r"\s+(?:just\s+|well\s+)?over\s+$)"
)
# abbreviations whose full stop does not end a sentence before a number ("Fig. 3")
_TITLE_ABBREVIATIONS = frozenset(lang.words("sentences.before_number"))
# ... and those of them, or of the identifier nouns, that a number may follow
NAME_WORDS_IN_NOUN_RUN = 4
"""Capitalised words of a name a counted noun's run may cross beside its four words."""
_ABBREVIATIONS_BEFORE_NUMBER = _TITLE_ABBREVIATIONS | frozenset(
    lang.words("sentences.soft_abbreviations") + lang.words("nouns.identifier_abbreviations")
)
_MEASURE_NUMBER = re.compile(
    rf"\b(?:{lang.alternation('nouns.measure_number_leads')})\s+number\s+$"
)
# Markdown emphasis, heading and quote marks and an opening bracket before a
# sentence's first word ("**Two ...", "## Three ...", "(Two ..."): they do not end it
_OPENING_MARKS = re.compile(r"[*_#>(\[][*_#>(\[\s]*$")
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]{2,}ed$")
_ING_OPENING = re.compile(r"[A-Z][a-z]{2,}ing$")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ING_NAMES = frozenset(lang.words("names.ing_names"))
# what follows the object of an opening participle: a comma, or a word that goes on
# with the clause ("Needing 12 to win", "Trailing 2-1 at half-time")
_AFTER_PARTICIPLE_OBJECT = re.compile(r"(?:,|[ \t]+(?:to|from|for|off|in|at|with|after)\b)")
_ID_NOUNS_AS_VERBS = frozenset(lang.words("nouns.identifier_verbs"))
# "in the world rankings", and the name of a body or a league before the noun ("in
# the FIFA rankings", "in the ATP standings", "in the Premier League table")
_PLACING_IN = re.compile(
    r"(?i:\s+in\s+the\s+)(?:(?:[A-Z][\w&'’.-]*\s+){1,2}|(?i:(?:"
    + lang.alternation("numbers.standings_modifiers", escape=False)
    + r")\s+))?(?i:(?:"
    + lang.alternation("numbers.standings_nouns")
    + r")\b)"
)
_ONE_HYPHEN_COMPOUND = re.compile(rf"-(?:{lang.alternation('pronoun_one.hyphen_compounds')})\b")
"""After "one": "-off", "-to-one" (a compound, not a count)."""
_TIMES_AFTER = re.compile(r"[ \t]+times\b")
# a lower-case noun hyphenated to the number ("-bedroom", "-storey", "-seat"): model
# numbers are not written so; "-based", "-style", "-winning" describe a name
_COUNTED_HYPHEN_NOUN = re.compile(
    rf"-(?!(?:{lang.alternation('nouns.name_describers_after_hyphen')})\b)"
    r"[a-z]+(?<!ing)(?<!ed)\b(?!-)"
)
_ONLY_TO = re.compile(r"(?i:\s+only\s+to\b)")
_COMPOUND_ADJECTIVE_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation(sorted(P.DETERMINERS))}|\w+['’]s)\s+[a-z]+-[a-z0-9]+\s+$)"
)
"""Before an ordinal: a determiner or a possessive and a hyphenated adjective ("an
over-hit fourth shot", "a hard-fought third win", "the par-four 18th")."""
_BETWEEN = re.compile(
    r"(?i)\s(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in BETWEEN_QUALIFIER_AND_FIGURE)
    + r")\s+$"
)
"""Words between a qualifier and its figure, at the end of the text before the figure."""
_BETWEEN_LAST = lang.edge_characters(BETWEEN_QUALIFIER_AND_FIGURE, last=True)
_GLUED_LETTERS = re.compile(r"[A-Za-zµ]+")
_RANK_LAST = lang.edge_characters(("number", "no", "."), last=True)
"""How P.RANK_BEFORE and P.NUMBER_BEFORE end (``ranked``)."""

_UP_TO_PARTICLE = re.compile(
    r"(?i:(?P<modal>\b(?:" + "|".join(map(re.escape, UP_TO_BOUND_MODALS)) + r")\s+(?:not\s+)?)?"
    r"\b(?:" + "|".join(map(re.escape, UP_TO_PARTICLE_VERBS)) + r")(?:\s+[\w'’]+){0,2}\s+$)"
)
_OVER_BOUND_AFTER = re.compile(
    rf"(?i:[\s-]+(?:{lang.alternation('qualifiers.over_bound_after')})\b)"
)


# "Landings by port: Halifax 212, Lunenburg 48": a list of names each with its number,
# after a colon or one to a line; each number is that name's figure, not part of a name
_LIST_ITEM = (
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]+(?P<num>\d[\d,]*(?:\.\d+)?)"
)
_LIST_SEP = r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*\n[ \t]*)"
_NAME_NUMBER_LIST = re.compile(
    rf"(?:(?<=:)|^)[ \t]*(?:{_LIST_ITEM.replace('?P<name>', '').replace('?P<num>', '')})"
    rf"(?:{_LIST_SEP}(?:{_LIST_ITEM.replace('?P<name>', '').replace('?P<num>', '')}))+"
    r"(?=[ \t]*(?:[.;]|$))",
    re.M,
)
_LIST_ITEM_RE = re.compile(_LIST_ITEM)
_RESULT_LINE = re.compile(r"[A-Z][\w'’.&]*[ \t]+\d{1,3}[ \t]*[-–—][ \t]*\d{1,3}[ \t]+[A-Z]")
"""One result of a listing: "QPR 0-6 Newcastle", a team on each side of the score."""
_NAME_BEFORE = re.compile(r"(?<![\w'’.&])[A-Z][\w'’.&]*[ \t]+$")


_SIDE = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|&|of|the|upon|de|la))*"
_RESULT_ALONE = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+)?(?P<home>{_SIDE})[ \t]+\d{{1,2}}[ \t]*[-–—][ \t]*\d{{1,2}}"
    rf"[ \t]+{_SIDE}[ \t]*[.!]?[ \t]*"
)
"""A results line standing alone ("Wolves 0-4 Barnsley", "- Bristol City 2-2 Hull"):
the whole line a side, the score and a side, and nothing else."""
_NOT_A_SIDE = frozenset(lang.words("numbers.age_leads")) | frozenset(
    lang.words("sport.not_result_sides")
)


def _in_results_listing(text: str, start: int, end: int) -> bool:
    """Whether the pair at ``start`` is one result of a listing of results: a
    capitalised name on each side of it, and another such result near by, or the
    result alone on its line ("Wolves 0-4 Barnsley"). One "Name 1-5 Name" in prose
    may be pages, ages or a range between two names; a line that opens with a noun
    of identifiers or ages ("Chapters 3-5 Summary", "Ages 5-11 Welcome") is no result."""
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name is None or _RESULT_LINE.match(text, name.start()) is None:
        return False
    if len(_RESULT_LINE.findall(text, max(0, start - 40), end + 80)) >= 2:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = _RESULT_ALONE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)
    if alone is None:
        return False
    first = alone.group("home").split()[0].lower()
    return not (first in ID_NOUNS or first[:-1] in ID_NOUNS or first in _NOT_A_SIDE)


class Context:
    """Questions about the words around a figure in one text; each method looks at
    ``text`` around a span and answers one question. The scanner holds one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._listed: frozenset[int] | None = None

    def listed_number(self, core_start: int) -> bool:
        """Whether the number at ``core_start`` is an item of a list of names with their
        numbers ("by port: Halifax 212, Lunenburg 48"; one "Name 212" a line), the names
        all different ("Apollo 11, Apollo 12" are names). The lists are found once per text."""
        if self._listed is None:
            found = set()
            if ":" in self.text or "\n" in self.text:
                for lst in _NAME_NUMBER_LIST.finditer(self.text):
                    items = list(_LIST_ITEM_RE.finditer(self.text, lst.start(), lst.end()))
                    names = [i.group("name") for i in items]
                    if len(set(names)) < len(names) or any(
                        n.split()[0].lower() in ID_NOUNS for n in names
                    ):
                        continue
                    found.update(i.start("num") for i in items)
            self._listed = frozenset(found)
        return core_start in self._listed

    def left(self, start: int, width: int = 48) -> str:
        return self.text[max(0, start - width) : start]

    def word_before(self, start: int, width: int = 30) -> re.Match[str] | None:
        """The word that ends in white space just before ``start``, its offsets in ``text``."""
        return P.WORD_BEFORE.search(self.text, max(0, start - width), start)

    def qualifier(self, start: int, end: int) -> tuple[str, str | None]:
        left = self.left(start)
        for junk in MOJIBAKE_BEFORE_FIGURE:
            if left.endswith(junk):
                left = left[: -len(junk)]  # "about Â£5m": a decoding error, not a word
        between = P.may_end_in(left, _BETWEEN_LAST) and _BETWEEN.search(left)
        if between:
            left = left[: between.start()] + " "  # "over the age of 50": the bound "over 50"
        sign = _SIGN_BEFORE.search(left, max(0, len(left) - 4))
        if sign:
            return QUALIFIER_SIGNS_BEFORE[sign.group("q")], sign.group("q")  # "~30,000", ">£65K"
        sign = _SIGN_AFTER.match(self.text, end)
        if sign:
            return QUALIFIER_SIGNS_AFTER[sign.group("q")], sign.group("q")  # "90k+"
        q = P.last_word_before(left) in P.QUAL_BEFORE_TAILS and P.QUAL_BEFORE.search(left)
        if q and q.start("q") and left[q.start("q") - 1] == "-":
            q = None  # "an eight-under 64", "a two-over 74": the word ends a compound
        if q:
            word = " ".join(q.group("q").lower().split())
            particle = word == "up to" and _UP_TO_PARTICLE.search(left, 0, q.start())
            if particle and not particle.group("modal"):
                return "exact", None  # "lifted the hosts up to 250": a verb particle
            return QUALIFIERS_BEFORE[word], word
        q = P.QUAL_AFTER.match(self.text, end)
        if q and not re.match(r"\s+(?:the\s+)?\d", self.text[q.end() : q.end() + 8]):
            # "aged 25 and over", not "25 and over 30" (two figures)
            word = " ".join(q.group("q").lower().split())
            return QUALIFIERS_AFTER[word], word
        return "exact", None

    def over_means_during(self, start: int, end: int) -> bool:
        """ "rose 9% over three years", "over a three-year period": "over" before a
        duration says when, not how much; "for over three years", "took over three
        years", "over 20 years ago", "over 18 years old" keep it a bound."""
        if _OVER_BOUND_AFTER.match(self.text, end):
            return False
        return not _OVER_BOUND_BEFORE.search(self.left(start, 32))

    def change(self, start: int, end: int) -> str | None:
        left = self.left(start, 60)
        tail = P.last_word_before(left)
        c = (tail in P.CHANGE_BEFORE_TAILS and P.CHANGE_BEFORE.search(left)) or (
            tail in P.CHANGE_OF_TAILS and P.CHANGE_OF.search(left)
        )
        if c:
            verb = c.group("v").lower().split()[0]  # "cut" of "cut costs by"
            if verb in P.PHYSICAL_FALLS and P.PHYSICAL_AFTER.match(self.text, end):
                return None  # "fell about 40 metres into a riverbed": a fall, not a change
            return "down" if verb in P.DOWN_WORDS else "up"
        c = P.CHANGE_AFTER.match(self.text, end)
        if c:
            verb = c.group("v").lower()
            return "down" if verb in P.DOWN_WORDS else "up"
        return None

    def noun(self, end: int, value, allow_of: bool = False) -> str | None:
        """The counted thing after a figure: "143 people", "3,800 asylum claims"."""
        text = self.text
        pos = end
        if allow_of:
            o = re.match(r"[ \t]+(?:of(?:[ \t]+the)?|the)(?=[ \t])", text[pos : pos + 12])
            if o:
                pos += o.end()
        first = None
        names = 0
        steps = 0
        while steps < 4:
            steps += 1
            w = P.WORD_AFTER.match(text, pos)
            if not w:
                break
            word = w.group("w")
            low = word.lower()
            if low in DEGREE_ADVERBS and first is None and value != 1:
                pos = w.end()  # "two very significant sites": the adverb of an adjective
                continue
            if low in NOUN_STOPWORDS or low in MONTHS or low in WEEKDAYS:
                break
            if first is None:
                first = low
            if value == 1 or value is None and first == low:
                if low.endswith("ly") or low.endswith("ed") and len(low) > 4:
                    return None
                return word if value == 1 else plural_or_none(word)
            if looks_plural(low):
                return word
            if word[0].isupper() and value != 1 and names < NAME_WORDS_IN_NOUN_RUN:
                names += 1
                steps -= 1  # "two New Zealand First World War memorials": a name before it
            pos = w.end()
        return None

    def ranked(self, start: int, end: int) -> bool:
        """ "world number five", "the world's No 2", "Britain's number one", "the No. 3
        seed", "peaked at number 3" in the charts: a place in a ranking (an ordinal),
        not a count nor a name ("No 10")."""
        left = self.left(start, 24)
        if not P.may_end_in(left, _RANK_LAST):
            return False  # cheap test first: both searches end in "number" or "no."
        return bool(
            P.RANK_BEFORE.search(left)
            or P.NUMBER_BEFORE.search(left[-10:])
            and P.SEEDED_AFTER.match(self.text, end)
            or P.CHART_RANK_BEFORE.search(left)
            and P.CHART_WORD.search(self.text, max(0, start - 120), end + 120)
        )

    def one_is_pronoun(self, start: int, end: int) -> bool:
        """ "one of the", "no one", "a personal one", "the one who": not a count."""
        text = self.text
        if self.ranked(start, end):
            return False  # "world number one", "the number one seed"
        if P.sign_word_before(text, start) is not None:
            return False  # "The answer is minus one", "fell to negative one": a number
        if any(
            b.search(text, max(0, start - 24), start) and a.match(text, end)
            for b, a in P.ONE_IDIOMS
        ):
            return True  # "at one point", "I am not one to complain"
        after = text[end : end + 24].lower()
        if after.startswith("-"):
            if P.ONE_KIND_COMPOUND.match(after):
                return True  # "one-day internationals", "the one-child policy": a kind
            return bool(_ONE_HYPHEN_COMPOUND.match(after))
        if self.one_day_is_someday(start, end):
            return True  # "he will leave the club one day": some day, not a span
        if self.unit_after(end, "", 1):
            return False  # "one mile", "one hour"
        before = self.left(start, 24).lower()
        if P.ONE_COUNT_VERB_BEFORE.search(before) and (
            P.ONE_OF_A_RECORD.match(text, end) or P.ONE_ENDS_A_RECORD.match(text, end)
        ):
            return False  # "drew one of their last five games", "won four and drew one"
        if P.ONE_AFTER.match(after):
            return True
        if P.ONE_COUNTED_BEFORE.search(before) and not P.THE_ONLY_BEFORE.search(before):
            return False  # "two strikers or just one", "not one, but two"
        if P.ONE_BEFORE.search(before):
            return True
        if not P.ONE_COUNTED_BEFORE.search(before) and (
            P.ONE_SOURCE.match(text, end)
            or P.ONE_SOURCE_AFTER_VERB.search(before)
            and P.ONE_SOURCE_NOUN_AFTER.match(text, end)
        ):
            return True  # "one analyst said", "said one user": an unnamed source
        if text[start] == "O" and self.sentence_start(start) and P.ONE_INTRODUCES.match(text, end):
            return True  # "One standout is the new hotel": introduces, does not count
        if P.ONE_OF_A_PAIR_AFTER.match(text, end):
            return True  # "two reservoirs, one higher than the other"
        if P.ONE_MEMBER_BEFORE.search(before) and self._one_of_a_named_set(start, end):
            return True  # "the victims ..., with one victim threatened": one of them
        if re.search(r"\b(?:a|an|the)\s+[a-z]+\s+$", before):
            return True  # "a personal one", "the right one"
        nxt = P.WORD_AFTER.match(text, end)
        if not nxt:
            return True  # "the only one.", "one, he said"
        word = nxt.group("w").lower()
        if word in ("in", "or", "and", "more", "last") or word in SCALE_WORDS:
            return False  # "one in five", "one or two", "one more", "one last time"
        if word == "to" and P.RANGE_SEP.match(text, end):
            return False  # "one to two years": the low end of a range
        return word in NOUN_STOPWORDS

    def _one_of_a_named_set(self, start: int, end: int) -> bool:
        """ "one victim threatened" after "victims" in its sentence: a member of that set."""
        m = P.ONE_MEMBER_AFTER.match(self.text, end)
        if m is None:
            return False
        noun = m.group("noun").lower()
        plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
        sentence = re.split(r"[.!?]\s", self.left(start, 400))[-1]
        return re.search(rf"(?i:\b(?:{plural}|{noun}es)\b)", sentence) is not None

    def one_counts(self, start: int, end: int) -> str | None:
        """The evidence that "one", read as no pronoun, is a count a reader would miss
        if it went: the object of a verb of record ("won four and drew one", "lost
        one", "scored one and made another") or the subject of an event opening
        its sentence ("One climber was injured", "One man died"); None otherwise.
        "One woman was arrested and another was released" names one of a pair and
        gets none."""
        text = self.text
        verb = P.ONE_COUNT_VERB_BEFORE.search(self.left(start, 24))
        if verb and (P.ONE_ENDS_A_RECORD.match(text, end) or P.ONE_OF_A_RECORD.match(text, end)):
            return f"'one' after {verb.group().strip()!r}"
        if self.sentence_start(start) and P.ONE_SUBJECT_OF_EVENT.match(text, end):
            clause = re.split(r"[.;!?]", text[end : end + 160], maxsplit=1)[0]
            if not re.search(r"\banother\b", clause, re.I):
                return "'one' the subject of an event"
        return None

    def one_day_is_someday(self, start: int, end: int) -> bool:
        """ "will leave the club one day", "One day, she ...": an indefinite day.

        Only after a modal or a wish earlier in the sentence, or opening it
        before a comma, and never with a word that makes it a span or a date
        right beside it ("lasted one day", "for one day", "one day after").
        """
        text = self.text
        day = re.match(r"\s+day\b(?!-)\s*(?P<next>[,.;:!?]|[a-z’']+)?", text[end : end + 24], re.I)
        if day is None or text[start:end].lower() != "one":
            return False
        nxt = (day.group("next") or "").lower().lstrip("’'")
        if nxt in ONE_DAY_SPAN_AFTER:
            return False
        prev = P.WORD_BEFORE.search(self.left(start, 24))
        if prev and prev.group(1).lower() in ONE_DAY_SPAN_BEFORE:
            return False
        if self.sentence_start(start):
            return nxt == ","
        clause = re.split(r"[.;:!?]", self.left(start, 120))[-1].lower()
        return any(w in ONE_DAY_SOMEDAY_AFTER for w in re.findall(r"[a-z]+", clause))

    def sentence_start(self, start: int) -> bool:
        """Whether a sentence opens at ``start``: after a full stop, a line break,
        or a wire slug ("MADRID: Two sisters", "LONDON (Reuters) - Three men").
        Markdown marks and an opening bracket there still open it ("**Two WWI
        Monuments Protected**", "## Three men held", "(Two more were freed.)")."""
        window = max(0, start - 12)
        left = _OPENING_MARKS.sub("", self.text[window:start])
        if (window == 0 and not left.strip()) or re.search(r"(?:[.!?\"“‘]\s*|\n\s*)$", left):
            return True
        return left[-1:] in " :-–—" and bool(WIRE_SLUG_BEFORE.search(self.left(start, 64)))

    def bare_name_age(self, start: int, end: int) -> bool:
        """ "Smith 45 was arrested", "Rita Olsen 58 has served": an age after a name
        without the commas, when a verb said of a person follows (not "Apollo 11 was")."""
        if not P.AGE_AFTER_BARE_NAME.match(self.text, end):
            return False
        w = self.word_before(start)
        if not w or self.text[w.end(1) : start] != " ":
            return False
        word = w.group(1)
        return (
            word[:1].isupper()
            and word[1:].islower()
            and word.lower() not in COMMON_CAPITALISED
            and word.lower() not in MONTHS
            and word.lower() not in WEEKDAYS
        )

    def capitalised_name_before(self, start: int) -> bool:
        w = P.WORD_BEFORE.search(self.left(start, 30))
        if not w or w.group(1).lower().endswith(("'s", "’s", "s'")):
            return False
        word = w.group(1)
        return word[:1].isupper() and word.lower().rstrip(".") not in COMMON_CAPITALISED

    def ordinal_states_fact(self, start: int, end: int) -> bool:
        """ "the first victim", "finished fourth", "his third title"; not "spoke first",
        "first met", "was first awarded" (adverbs)."""
        coordinated = P.COORDINATED_ORDINAL.match(self.text, end)
        if coordinated:
            end = coordinated.end()  # "third and fourth places": the noun of both
        first = P.COORDINATED_BEFORE.search(self.left(start, 32))
        if first:
            start -= len(first.group())  # "came third and fourth": the lead of both
        before = P.WORD_BEFORE.search(self.left(start, 24))
        prev = before.group(1).lower() if before else ""
        after = P.WORD_AFTER.match(self.text, end)
        word = after.group("w").lower() if after else ""
        if word.endswith("ed") and len(word) > 4 and word not in ("speed", "seed", "bed"):
            return False  # "was first awarded", "first reported"
        if word in P.ORDINAL_ADVERB_PARTICIPLES and (
            prev in P.ORDINAL_ADVERB_AUXILIARIES
            or (before is None and not _COMPOUND_ADJECTIVE_BEFORE.search(self.left(start, 40)))
        ):
            return False  # "was first held", "First built in 1839": not "the first run"
        if (coordinated or first) and word in P.TIME_NOUNS:
            return False  # "the first and second weeks of August": a period, not two ranks
        if prev in P.ORDINAL_LEADS or prev.endswith(("'s", "’s", "s'", "s’")):
            return True  # "Arsenal's fifth", "the Robins' seventh win"
        if prev in P.ORDINAL_ORDER_VERBS and (not after or word in NOUN_STOPWORDS):
            return word != "time"  # "West Ham scored first through Antonio"
        if P.ORDINAL_MOVE_TO.search(self.left(start, 32)):
            return True  # "Bromley slipped to 14th", "climbed to third in the table"
        if re.match(r"-[a-z]", self.text[end : end + 2]):
            return True  # "first-round replay", "third-placed"
        if word in P.PLACING_NOUNS:  # "third place", "fourth seed"
            return True
        if _PLACING_IN.match(self.text, end):
            return True  # "... and second in the championship", "fifth in the table"
        if _ONLY_TO.match(self.text, end):
            return True  # "second only to Monaco": a rank
        if after and after.group("w")[0].isupper():
            return True  # "first Olympic medal"
        if _COMPOUND_ADJECTIVE_BEFORE.search(self.left(start, 40)):
            if not after or word in NOUN_STOPWORDS:
                return True  # "the par-four 18th into a lake": the ordinal is the noun
            # "an over-hit fourth shot", "the par-5 13th found the trees"
            return (word.isalpha() or word[0].isdigit()) and not word.endswith("ly")
        if not after or word in NOUN_STOPWORDS:
            return False
        if before is not None and self._adjective_after_determiner(
            max(0, start - 24) + before.start(1), prev
        ):
            return word.isalpha() and not word.endswith("ly")  # "an exciting fifth round"
        return prev in ("", "a", "an") or before is None

    def _adjective_after_determiner(self, start: int, word: str) -> bool:
        """Whether ``word`` (at ``start``) is an adjective right after a determiner or
        a possessive: "an exciting", "a record", "Arsenal's remarkable"."""
        if word in P.ORDINAL_ADJECTIVE_NOT or not (
            word in P.ORDINAL_ADJECTIVES or word.endswith(P.ORDINAL_ADJECTIVE_ENDINGS)
        ):
            return False
        det = P.WORD_BEFORE.search(self.left(start, 24))
        if det is None:
            return False
        det_word = det.group(1).lower()
        return det_word in P.DETERMINERS or det_word.endswith(("'s", "’s", "s'", "s’"))

    def is_score(self, start, end, a, b, unit) -> bool:
        if unit is not None:
            return False
        if a != a.to_integral_value() or b != b.to_integral_value():
            return False
        window = self.text[max(0, start - 60) : end + 60].lower()
        if a <= 1000 and b <= 1000 and P.VOTE_WORDS.search(window):
            return True  # "voted 234-193"
        if (a > 200 or b > 200) and min(a, b) <= 10 and max(a, b) < 1000:
            # a cricket total, runs for wickets ("posted 342-6", "were 6-342")
            return P.CRICKET_WORDS.search(self.text, max(0, start - 160), end + 160) is not None
        if a > 200 or b > 200:
            return False
        if re.search(SPORT_WORDS, window):
            return True
        if _in_results_listing(self.text, start, end):
            return True  # "Preston 3-0 Cardiff QPR 0-6 Newcastle": the home side's goals first
        return a >= b and not re.match(r"\s+[a-z]+s\b", self.text[end + 1 + len(str(b)) :][:20])

    def identifier_noun_before(self, start: int) -> bool:
        """Whether one of ``nouns.identifier_nouns`` stands right before ("Jalan 3/4")."""
        w = self.word_before(start)
        return bool(w) and w.group(1).rstrip(".").lower() in ID_NOUNS

    def _in_identifier_list(self, start: int, core_end: int) -> bool:
        """A number that goes on a list of identifiers after their noun ("Sections 302
        and 34", "Articles 14, 19 and 21") or a sub-clause ("rule 5(2)"); a list joined
        by a comma alone must go on after it ("In round 3, 45 were cut" is a count)."""
        left = self.left(start, 60)
        lst = P.ID_LIST_ENDS.may_end(left) and P.ID_LIST_BEFORE.search(left)
        if not lst or self.noun(core_end, 2):
            return False
        if lst.group().rstrip().endswith(",") and not P.ID_LIST_GOES_ON.match(self.text, core_end):
            return False
        noun = lst.group("noun").lower()
        return noun in ID_NOUNS or noun[:-1] in ID_NOUNS

    def is_identifier(
        self, start: int, core_start: int, core_end: int, cue_read: bool = False
    ) -> bool:
        """ "Model 3", "Euro 2016", "Article 50", "section 215", "No 10", "A127".
        ``cue_read``: the arbiter has read this number and found no identifier cue."""
        text = self.text
        if not cue_read and identifier_cue(text, core_start, core_end):
            return True  # "10 Downing Street", "the 10019 ZIP code", "the 911 Carrera"
        if text[core_start:core_end] in P.EMERGENCY_NUMBERS and (
            P.PHONE_AFTER.match(text, core_end) or P.PHONE_BEFORE.search(self.left(start, 24))
        ):
            return True
        if self._in_identifier_list(start, core_end):
            return True  # "Sections 302 and 34 of the IPC", "Articles 14, 19 and 21", "rule 5(2)"
        w = self.word_before(start)
        if not w:
            return False
        word = w.group(1).rstrip(".")
        low = word.lower()
        if word != w.group(1) and low not in _ABBREVIATIONS_BEFORE_NUMBER:
            return False  # "above sea level. Eleven rivers": the full stop ended a sentence
        if low.endswith(("'s", "’s", "s'")):
            return False  # "France's eight refineries"
        if low == "number" and _MEASURE_NUMBER.search(self.left(start, 32)):
            return False  # "atomic number 72": a measure, not an identifier
        if low in ("number", "no") and P.RANK_BEFORE.search(self.left(start, 24)):
            return False  # "world number five": a ranking
        if low in ID_NOUNS:
            # "to table 50 amendments", "will schedule 12 hearings": a verb and its count
            verb = low in _ID_NOUNS_AS_VERBS and P.INFINITIVE_BEFORE.search(
                self.left(w.start(1), 12)
            )
            return not (verb and self.noun(core_end, 2))
        if low in ("no", "nos", "number") and word[0].isupper():
            return True
        if (
            _PARTICIPLE_OPENING.match(word)
            and self.sentence_start(w.start(1))
            and (nxt := P.WORD_AFTER.match(self.text, core_end))
            and looks_plural(nxt.group("w").lower())
        ):
            return False  # "Capped 94 times, he...": a participle opening the sentence
        if (
            _ING_OPENING.match(word)
            and low not in _ING_NAMES
            and self.sentence_start(w.start(1))
            and _AFTER_PARTICIPLE_OBJECT.match(self.text, core_end)
        ):
            return False  # "Chasing 326, India ...", "Needing 12 to win": its object
        if _TIMES_AFTER.match(self.text, core_end):
            return False  # "played for Wales 94 times": how often, after the side
        if (
            word[:1].isupper()
            and low not in COMMON_CAPITALISED
            and low not in MONTHS
            and low not in WEEKDAYS
        ):
            # "Smith, 45" and "Monday, 12" have a comma; "Mr Smith 45" rarely occurs;
            # "... said Smith. Two men ...": a new sentence, not a name
            between = self.text[w.end(1) : start]
            if word != w.group(1) and low not in _TITLE_ABBREVIATIONS and "." not in word:
                return False
            if self.listed_number(core_start):
                return False  # "by port: Halifax 212, Lunenburg 48": each name's figure
            if _COUNTED_HYPHEN_NOUN.match(text, core_end):
                return False  # "a Victorian 4-bedroom terrace": a count, not a model
            if self._amount_after_name(core_start, core_end):
                # "in Wales 20,000 waterfowl" (a fact box run into the prose),
                # "Population 35,000": no name numbers itself with thousands grouped
                return False
            return not between.startswith(",")
        return False

    def _amount_after_name(self, core_start: int, core_end: int) -> bool:
        """Whether a number after a capitalised word is an amount, not part of a name:
        digits in thousands groups ("Turnout 24,200"), or five digits or more before
        the noun they count, as the same amount is written ungrouped ("Wales 20000
        waterfowl"; not "Hills 90210 was")."""
        if _GROUPED.fullmatch(self.text, core_start, core_end):
            return True
        if core_end - core_start < 5 or not self.text[core_start:core_end].isdigit():
            return False
        nxt = P.WORD_AFTER.match(self.text, core_end)
        word = nxt.group("w") if nxt else ""
        return word.isalpha() and word.islower() and word not in NOUN_STOPWORDS

    def bracket_age(self, start: int, end: int) -> bool:
        """ "Tom Aro (33), of Leeds", "Kane ( 41 ) was fined": an age in brackets after a
        name, when "of", "from" or a verb said of a person follows the bracket (a
        squad list "Ruiz (9), Bell (4)" has none)."""
        left = self.left(start, 40)
        return bool(
            left.rstrip(" \t\n").endswith("(")  # cheap test first: the search tries every position
            and P.NAME_BRACKET_BEFORE.search(left)
            and P.AGE_AFTER_BRACKET.match(self.text, end)
        )

    def name_comma_age(self, start: int, end: int) -> bool:
        """ "Morgan Smith, 45, was ...", "the Bath-born player, 28,", "both 12,":
        an age in apposition after a name or a person."""
        left = self.left(start, 40)
        # cheap test first: the comma ends ", aged " at the most (and a line break)
        m = "," in left[-8:] and P.AGE_APPOSITION.search(left)
        if not m:
            return False
        word = (m.group("name") or "").lower()
        if word in COMMON_CAPITALISED or word in MONTHS or word in WEEKDAYS:
            return False
        return bool(P.AFTER_AGE.match(self.text, end))

    def plausible_temperature(self, num_end: int, unit_end: int, surface: str) -> bool:
        """A bare "C"/"F" glued to a number is a temperature only when it reads like one."""
        value = parse_digits(surface) if surface else None
        if (
            value is not None
            and not -90 <= value <= 140
            and not self._far_temperature(num_end, unit_end, value)
        ):
            return False
        nxt = self.text[unit_end : unit_end + 1]
        if nxt in "/-" and nxt:
            return False
        w = P.WORD_AFTER.match(self.text, unit_end)
        return not (w and w.group("w").lower() in P.NOT_AFTER_TEMPERATURE)

    def price_before(self, start: int, end: int) -> bool:
        """Whether the clause before the number at ``start`` names a price (a
        dividend, shares, a fare) and its sentence no temperature: "kept its
        dividend at 75c." is cents, "highs of 17c." Celsius."""
        left = self.left(start, 60)
        clause = re.split(r"[.;:!?]\s", left)[-1]
        if not P.CENTS_PRICE_WORD.search(clause):
            return False
        window = self.text[max(0, start - 120) : min(len(self.text), end + 120)]
        return not P.TEMPERATURE_CUE.search(window)

    def _far_temperature(self, num_end: int, unit_end: int, value) -> bool:
        """Beyond the weather's range, a glued "C"/"F" stays a temperature above
        absolute zero with a word of the lab or the furnace near ("cooled to
        -273.15C", "a 1,200C furnace"; ``value`` may be unsigned: the sign is read later)."""
        sign = self.text[max(0, num_end - len(str(value)) - 2) : num_end]
        negative = "-" in sign or "\u2212" in sign
        floor = "459.67" if self.text[unit_end - 1 : unit_end] == "F" else "273.15"
        if negative and abs(Decimal(str(value))) > Decimal(floor):
            return False
        window = self.text[max(0, num_end - 120) : min(len(self.text), unit_end + 120)]
        return bool(P.TEMPERATURE_FAR_CUE.search(window))

    def m_means_million(self, after: int, has_decimal: bool) -> bool:
        """ "1.5m people" is a million, "the 800m final" and "a 300m drop" are metres."""
        if self.text.startswith("-year", after):
            return True  # "a 4m-year-old fossil"
        w = P.WORD_AFTER.match(self.text, after)
        if not w or self.text[after] != " ":
            # "carried 19.2 million passengers and expects 198m." (not "a 4m-wide road")
            return self.text[after : after + 1] in (
                "",
                ".",
                ",",
                ";",
                ")",
            ) and self._millions_counted_before(after)
        word = w.group("w").lower()
        if word in P.METRE_CONTEXT:
            return False
        if self.large_count_after(after):
            return True  # "1.5m people", "42m monthly users"
        if word in NOUN_STOPWORDS and self._millions_counted_before(after):
            return True  # "19.2 million passengers ..., and expects about 198m this year"
        return has_decimal and looks_plural(word)

    def _millions_counted_before(self, after: int) -> bool:
        """Whether the sentence counted a noun of ``nouns.large_counts`` in millions
        before this figure ("19.2 million passengers", "42m users"): a bare "198m" with
        no noun after it goes on counting them."""
        left = self.left(after, 200)
        left = left[max(left.rfind(". "), left.rfind("\n")) + 1 :]
        return bool(P.MILLIONS_COUNTED.search(left))

    def large_count_after(self, after: int) -> bool:
        """Whether a noun counted in millions ("users", "people", "downloads") comes
        within the next three words, before any function word: "42m monthly users",
        "3 B downloads"; not "42m above the sea"."""
        pos = after
        for _ in range(3):
            w = P.WORD_AFTER.match(self.text, pos)
            if not w:
                return False
            word = w.group("w").lower()
            if word in P.MILLION_NOUNS:
                return True
            if word in NOUN_STOPWORDS or word in P.METRE_CONTEXT:
                return False
            pos = w.end()
        return False

    def currency_before(self, start: int, last_end: int) -> tuple[str | None, int]:
        left = self.text[max(0, start - 5, last_end) : start]
        if lexicon.currency_prefix_lasts().isdisjoint(left[-3:]):
            return None, start
        c = lexicon.currency_prefix_regex().search(left)
        if not c:
            return None, start
        name = lexicon.currency_by_symbol(c.group())
        return name, start - (len(left) - c.start())

    def spaced_symbol_confirmed(self, start: int, end: int, dimension: str | None) -> bool:
        """Whether a lone-letter symbol written apart from its number ("1,083 m",
        "720 g") is a unit all the same: a measure adjective follows ("148 m tall"),
        or it stands beside its conversion, in a bracket after it ("1,083 m (3,553
        ft)") or as the bracket after a measure in a unit of its dimension ("1 mile
        550 yards (2,112 m)"), as reference works write measures."""
        text = self.text
        after = _ADJECTIVE_AFTER.match(text, end)
        if after:
            return True
        bracket = _BRACKET_NUMBER.match(text, end)
        if bracket:
            u = lexicon.unit_regex().match(text, bracket.end())
            if u and _unit_dimension(u) == dimension:
                return True
        before = _WORD_BEFORE_BRACKET.search(text, max(0, start - 40), start)
        if before:
            hit = lexicon.unit_table()[0].get(before.group("w").lower())
            return hit is not None and hit[1] == dimension
        return False

    def spaced_data_unit(self, surf: str, start: int, end: int) -> bool:
        """A size of data after a space ("128 GB", "8 GB RAM") with a word of storage
        or memory within a few words on either side; "4 GB medallists" has none."""
        if surf.lower() not in P.SPACED_DATA_UNITS:
            return False
        window = self.text[max(0, start - 48) : end + 48]
        return P.DATA_CUE.search(window) is not None

    def unit_after(self, end: int, surface: str, mag: int):
        text = self.text
        u = lexicon.unit_regex().match(text, end)
        if u:
            sep = u.group("sep") or ""
            if u.group("word"):
                surf = u.group("word")
                key = " ".join(surf.lower().split())
                table = lexicon.unit_table()[0]
                hit = table.get(key) or table.get(" ".join(key.replace("-", " ").split()))
                if hit is None:
                    return None
                unit, dim = hit
                if surf.lower() in P.ATTACHED_ONLY_WORDS and sep.strip(" -"):
                    return None
                if (
                    surf.lower() in P.ATTACHED_ONLY_WORDS
                    and sep
                    and sep != "-"
                    and surf not in P.SPACED_WHEN_LOWERCASE
                    and not self.spaced_data_unit(surf, end, u.end())
                ):
                    return None
                return unit, dim, u.end(), None
            if u.group("sym"):
                surf = u.group("sym")
                unit, dim = lexicon.unit_table()[1][surf]
                if (
                    sep
                    and sep != "-"
                    and not self.spaced_symbol_confirmed(end - len(surface), u.end(), dim)
                ):
                    return None  # "5 m", "10 C": a lone letter needs to be glued on
                if dim == "temperature" and not self.plausible_temperature(end, u.end(), surface):
                    return None  # "13F filing", "777F", "14.7C/"
                if surf == "K" and not P.TEMPERATURE_CUE.search(
                    text, max(0, end - 160), min(len(text), u.end() + 160)
                ):
                    return None  # "games at 4K", "an 8K screen": a resolution, not kelvin
                return unit, dim, u.end(), None
            if u.group("mark"):
                unit, dim = lexicon.unit_table()[1][u.group("mark")]
                return unit, dim, u.end(), None
        more = P.BEFORE_TIME_UNIT.match(text, end)
        if more:  # "17 more years", "two further days": a span of time
            found = self.unit_after(more.end(), surface, mag)
            if found and found[1] == "time":
                return found
        # "50p", "20 pence"
        s = P.SUBUNIT.match(text, end)
        if s and mag == 1:
            return None, "currency", s.end(), s.group("sub") or s.group("sub2")
        if (
            mag == 1
            and surface
            and P.CENTS_AT_CLAUSE_END.match(text, end)
            and self.price_before(end - len(surface), end)
        ):
            return None, "currency", end + 1, "c"  # "kept its dividend at 75c."
        # glued symbols our table lacks ("20kHz", "5kPa"): quantulum3's database
        g = _GLUED_LETTERS.match(text[end : end + 8])
        if g and g.group().lower() not in ("st", "nd", "rd", "th", "s", "am", "pm"):
            hit = lexicon.quantulum_unit(g.group())
            if hit:
                return hit[0], hit[1], end + g.end(), None
        return None


def plural_or_none(word: str) -> str | None:
    return word if looks_plural(word.lower()) else None


_ADJECTIVE_AFTER = re.compile(rf"\s+(?:{lang.alternation('nouns.measure_adjectives')})\b")
"""A measure adjective after a spaced symbol: "148 m tall", "4 m deep"."""
_BRACKET_NUMBER = re.compile(r"\s*\(\s*(?:c\.\s*|about\s+)?[\d][\d,.]*(?:\s*[–-]\s*[\d][\d,.]*)?")
"""The start of a conversion in brackets after a measure: "(3,553", "(14–18"."""
_WORD_BEFORE_BRACKET = re.compile(r"(?P<w>[A-Za-z]+)\.?\s*\(\s*$")
"""The unit word a bracket follows: "550 yards (" before "2,112 m)"."""


def _unit_dimension(u: re.Match[str]) -> str | None:
    """The dimension of a unit the unit regex matched (word, symbol or mark)."""
    words, exact = lexicon.unit_table()
    if u.group("word"):
        hit = words.get(" ".join(u.group("word").lower().split()))
    else:
        hit = exact.get(u.group("sym") or u.group("mark") or "")
    return hit[1] if hit else None
