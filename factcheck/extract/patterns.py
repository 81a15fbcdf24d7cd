"""The compiled patterns and word sets the quantity scanner reads text with.

Kept apart from the scanner so that ``quantities.py`` reads as the rules and
this module as the vocabulary of shapes: number cores, masks for things that
are not quantities (times, phone numbers, URLs), qualifier and change phrases,
and the small context sets. The largest alternations compile on first use.
"""

from __future__ import annotations

import re

import factcheck.extract.lexicon as lexicon
import factcheck.lang as lang
from factcheck.extract.numbers import (
    AND_FRACTIONS,
    DECIMAL_COMMA,
    FRACTION_WORDS,
    GROUP_WORDS,
    MAGNITUDE_SUFFIXES,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    UNICODE_FRACTIONS,
    UNITS_WORDS,
    VAGUE_WORDS,
)
from factcheck.extract.screen import Endings, start_screen
from factcheck.extract.vocabulary import (
    AFTER_CHANGE,
    BEFORE_CHANGE,
    HEDGES_BEFORE,
    MONTHS,
    ONE_KIND_COMPOUNDS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
)
from factcheck.extract.vocabulary import DOWN_WORDS as DOWN_WORDS  # read as P.DOWN_WORDS


class Lazy:
    """A pattern compiled on first use: the big alternations cost ~20 ms to
    compile, which commands that import the extractor without calling it
    (``--help``, ``check`` on cached mentions) should not pay."""

    __slots__ = ("_args", "_pattern", "search", "match", "fullmatch", "finditer")

    def __init__(self, *args) -> None:
        self._args = args
        self._pattern: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        # reached only while a slot is unset: compile, then keep the pattern's
        # methods in the slots, which later calls find without this method
        if self._pattern is None:
            pattern, *flags = self._args  # the pattern, or what builds it
            self._pattern = re.compile(pattern() if callable(pattern) else pattern, *flags)
            self.search, self.match = self._pattern.search, self._pattern.match
            self.fullmatch, self.finditer = self._pattern.fullmatch, self._pattern.finditer
        return getattr(self._pattern, name)


def words_pattern(words: str) -> str:
    """A literal phrase as a pattern, any run of white space between its words."""
    return r"\s+".join(re.escape(w) for w in words.split())


NUMWORD = "|".join(
    sorted(
        [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *GROUP_WORDS],
        key=len,
        reverse=True,
    )
)


ORDWORD = lang.alternation(ORDINAL_WORDS)


TENS = "|".join(TENS_WORDS)
# "twenties" .. "nineties": a decade of life or of a century
DECADE_WORDS = "|".join(w[:-1] + "ies" for w in TENS_WORDS)
# "a third", "two-thirds", "ten-sixths": the numerators written before a fraction word
_NUMERATORS = lang.alternation(
    [*lang.words("numbers.articles"), *(w for w, n in UNITS_WORDS.items() if 1 <= n <= 10)]
)
# "quarter million", "quarter-billion": a bare "quarter" is a number only before these
_QUARTER_OF = "|".join(w for w, n in SCALE_WORDS.items() if n >= 10**6)
# "a dozen", "a hundred", "a million": the words an article counts as one before
_ONE_OF = "|".join((*GROUP_WORDS, *SCALE_WORDS))


FRACWORD = lang.alternation(FRACTION_WORDS)
# "and a half", "and three-quarters": a fraction joined to a whole number (numbers.and_fractions)
_AND_FRACTION_LISTED = "|".join(
    r"[\s-]+".join(tokens) for tokens in sorted(AND_FRACTIONS, key=len, reverse=True)
)
# ... and after "and" only, any proper fraction in words: "and a third", "and two fifths"
# (numbers._and_fraction reads its value; "twenty-two third-place finishes" keeps its 22)
_AND_FRACTION = rf"{_AND_FRACTION_LISTED}|(?:{_NUMERATORS})[\s-]+(?:{FRACWORD})"
AND_FRACTION_AFTER = re.compile(rf"(?i:[ \t]+and[ \t]+(?:{_AND_FRACTION})\b)")
"""After a number in digits or its magnitude: "2 and a half hours", "3 million and a half"."""


VAGUE = "|".join(
    w.replace(" ", r"\s+") for w in sorted(VAGUE_WORDS, key=len, reverse=True) if w != "scores"
)


# "the week-long strike", "his month-long absence": a span word glued to "-long"
DURATION_LONG_UNITS = lang.words("numbers.long_duration_units")
DURATION_UNITS = lang.words("numbers.duration_units")
"""Units of time "a" or "an" opens ("a week", "an hour")."""
FIRST_LETTERS = "".join(
    sorted(
        {w[0] for w in [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *ORDINAL_WORDS, *VAGUE_WORDS]}
        | {w[0] for w in lang.words("numbers.rating_scales")}
        | {w[0] for w in lang.table("numbers.factor_words")}
        | {"a", "d", "h"}
        | {w[0] for w in DURATION_LONG_UNITS}
    )
)


# "grade II listed", "stage IV cancer": a rating in Roman numerals (numbers.roman_numerals)
ROMAN_NUMERALS = lang.table("numbers.roman_numerals")
_ROMAN = lang.alternation(list(ROMAN_NUMERALS))
_RATING_SCALES = lang.alternation("numbers.rating_scales")
_RATED = lang.alternation("numbers.rated_nouns")
# "Ahmed's century", "a maiden half-century": a batter's runs (sport.centuries)
CENTURIES = lang.table("sport.centuries")
_CENTURIES = lang.alternation(list(CENTURIES))
CRICKET_WORDS = Lazy(rf"(?i:\b(?:{lang.alternation('sport.cricket_words')})\b)")
# a bowler's figures written with a slash ("took 4/27", "figures of 5/41"), "-for-"
# ("7-for-42") or a plain hyphen after a bowling lead ("taking 8-94"): the runs; a
# team's total ("posted 245/6"): the wickets
LEADING_DIGITS = re.compile(r"\d*")
BOWLING_RUNS = re.compile(r"(?P<sep>/|-for-|-)(?P<runs>\d{1,3})(?![\d/A-Za-z]|[.,]\d)")
BOWLING_LEAD = re.compile(
    rf"(?i:(?:\b(?:{lang.alternation('sport.bowling_leads')})[ \u00a0]+|\()$)"
)
# "the 30-share Sensex", "the 225-issue Nikkei average": the size in an index's name
_INDEX_WORD = rf"(?i:{lang.alternation('identifiers.index_nouns')})\b"
INDEX_SIZE_AFTER = re.compile(
    rf"-(?:(?:{lang.alternation('identifiers.index_size_nouns')})[ \u00a0]+(?:[A-Z]|{_INDEX_WORD})"
    rf"|(?:{lang.alternation('identifiers.index_size_nouns_of_bodies')})[ \u00a0]+"
    rf"(?:[A-Z][\w&.'-]*[ \u00a0]+){{0,2}}{_INDEX_WORD})"
)
CENTURY_LEADS = frozenset(lang.words("sport.century_leads"))
CENTURY_TIMES = frozenset(lang.words("sport.century_times"))
CENTURY_SPANS = frozenset(lang.words("sport.century_spans"))
# "once", "twice", "thrice": adverbs that count (numbers.adverb_counts)
ADVERB_COUNTS = lang.table("numbers.adverb_counts")
_ADVERB_COUNTS = lang.alternation(list(ADVERB_COUNTS))
ONCE_COUNT_LEADS = frozenset(lang.words("numbers.once_count_leads"))
ONCE_COUNT_VERBS = frozenset(lang.words("numbers.once_count_verbs"))
ONCE_COUNT_FOLLOWERS = frozenset(lang.words("numbers.once_count_followers"))
TWICE_IDIOMS = frozenset(lang.words("numbers.twice_idioms"))
FACTOR_AFTER_ADVERB = frozenset(lang.words("numbers.factor_after_adverb"))
TIMES_FACTOR = re.compile(
    rf"[ \t]+times[ \t]+(?i:{lang.alternation('numbers.times_factor_after')}\b"
    rf"|the[ \t]+(?!(?:{lang.alternation('numbers.times_factor_not_after_the')})\b)"
    rf"|as[ \t]+(?!(?:{lang.alternation('numbers.times_factor_not_after_as')})\b))"
)
"""After a count, "times" and what it multiplies: the count is a factor ("three times
the legal limit", "3 times as many"), as "twice the limit" is."""
FACTOR_WORDS = lang.table("numbers.factor_words")
_FACTOR_WORDS = lang.alternation(list(FACTOR_WORDS))
_FACTOR_OBJECTS = lang.alternation([w for w in FACTOR_AFTER_ADVERB if w != "as"])
# "double Olympic champion", "treble winners": the titles held, a count (as lower-cased
# text reads: the scanner's pattern looks ahead for it after a factor word)
TITLES_HELD_AFTER = (
    rf"(?:[ \t]+[a-z'’-]+){{0,3}}?[ \t]+(?:{lang.alternation('numbers.title_nouns')})\b"
)
PLACING_NOUNS = frozenset(lang.words("numbers.placing_nouns"))
FRACTION_COMPARATIVES = frozenset(lang.words("numbers.fraction_comparatives"))
# "world number five", "the world's No 2", "Britain's number one": a ranking ...
RANK_BEFORE = re.compile(r"(?:(?i:\bworld(?:['’]s)?)|\b[A-Z][a-z]+['’]s)\s+(?i:number|no)\.?\s+$")
# ... "peaked at number 3", "reached No. 1" with a word of charts in the sentence ...
CHART_RANK_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.chart_leads')})\s+(?:number|no)\.?\s+$)"
)
CHART_WORD = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.chart_words')})\b)")
# ... and "the No. 3 seed", "the number one seed", "No 2-seeded"
NUMBER_BEFORE = re.compile(r"(?i:\b(?:number|no)\.?\s+$)")
SEEDED_AFTER = re.compile(rf"(?i:(?:\s+|-)(?:{lang.alternation('numbers.seeding_after')})\b)")
ONE_COUNT_VERB_BEFORE = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.one_count_verbs')})\s+$)")
# "drew one.", "won four and drew one", "lost one in May": "one" ends the verb's object
ONE_ENDS_A_RECORD = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|" + lang.alternation("numbers.once_count_followers") + r")\b"
)
_ONE_SUBJECT_VERBS = lang.alternation(
    [
        w
        for cls in lang.words("numbers.one_subject_classes")
        for w in lang.table("frames.predicates")[cls]
    ]
)
# "One climber was injured", "One man has died", "One teenager was later arrested"
ONE_SUBJECT_OF_EVENT = re.compile(
    r"(?i:[ \t]+(?:[\w'’-]+[ \t]+){0,2}?[a-z][\w'’-]*[ \t]+"
    rf"(?:(?:{lang.alternation('numbers.one_subject_auxiliaries')})[ \t]+"
    rf"(?:(?:{lang.alternation('numbers.one_subject_passives')})[ \t]+)?)?"
    rf"(?:[a-z]+ly[ \t]+|(?:{lang.alternation('numbers.one_subject_adverbs')})[ \t]+)?"
    rf"(?:{_ONE_SUBJECT_VERBS})\b)"
)


# "minus five", "negative 0.5%", "minus-12": a word that makes the number after it
# negative, not after a verb of testing ("tested negative three times")
SIGN_WORD_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:{lang.alternation('numbers.sign_words')})[ \t-]$)"
)
SIGN_WORD_ENDS = Endings(lang.words("numbers.sign_words"))
"""What ``SIGN_WORD_BEFORE`` may end with, its hyphen or space aside: its screen."""
SIGN_WORD_NOT_AFTER = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.sign_word_not_after')})[ \t]+$)"
)


def sign_word_before(text: str, start: int) -> int | None:
    """Where a sign word before ``start`` begins ("minus 5", "negative five"), or None."""
    window = max(0, start - 10)
    if not SIGN_WORD_ENDS.may_end(text[window:start].rstrip("\n-")):
        return None
    m = SIGN_WORD_BEFORE.search(text, window, start)
    if m is None or SIGN_WORD_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None
    return m.start()


# "½", "2¾": the vulgar fraction characters (numbers.unicode_fractions)
VULGAR = "".join(UNICODE_FRACTIONS)
# "threefold", "three-fold", "10-fold", "a hundredfold": a factor
_FOLD_WORD = lang.alternation([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS])


# a leading decimal point (".45 calibre", ".004 per cent") has no word boundary
_CORE_START = rf"(?:\b(?=[\d{FIRST_LETTERS}{VULGAR}])|(?<![\w.,])(?=\.\d))"
_CORE_KINDS = (
    r"(?:"
    rf"(?P<fold>(?<![\w.,])(?:\d+(?:\.\d+)?-?|(?:(?:{TENS})-)?(?:{_FOLD_WORD})-?)fold\b"
    # "5x optical zoom", "3.5x faster": a factor written with a glued "x"
    rf"|(?<![\w.,])\d{{1,3}}(?:\.\d+)?[x×](?=[ \t\u00a0,;:)!?]|\.(?!\d)|$))"
    rf"|(?P<ordd>(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)\b)"
    # "3/4", "10 1/2"; with the fraction slash U+2044 any denominator ("1⁄8"); "½" alone
    rf"|(?P<dfrac>(?<![\w.,/])(?:(?:\d{{1,3}}\s+)?[1-9]\d?/(?:2|3|4|5|8|10|16|100)(?![\d/])"
    rf"|(?:\d{{1,3}}\s+)?\d{{1,3}}\u2044\d{{1,3}}(?!\d)|[{VULGAR}](?!\w)))"
    rf"|(?P<num>(?<![\w.,])(?:(?:{DECIMAL_COMMA}|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[\u202f\u00a0]\d{{3}})+(?!\d)|\d{{1,3}}(?: \d{{3}})+(?!\d|[,.]\d)|\d+)(?:\.\d+)?|\.\d+(?![.,]\d))(?:[{VULGAR}])?)"
    rf"|(?P<century>\b(?:{_CENTURIES})\b)"
    rf"|(?P<frac>\b(?:(?:{_NUMERATORS})[\s-](?:{FRACWORD})|half|quarter(?=[\s-](?:{_QUARTER_OF})\b))\b)"
    rf"|(?P<adur>\ban?\s+(?:{'|'.join(DURATION_UNITS)})\b"
    rf"|\b(?:{'|'.join(DURATION_LONG_UNITS)})(?=-long\b(?!-)))"  # "the week-long"
    rf"|(?P<decw>\b(?:{DECADE_WORDS})\b)"
    rf"|(?P<vague>\b(?:{VAGUE})\b|\bscores(?=\s+of\b))"
    rf"|(?P<roman>\b(?:{_RATING_SCALES})\s+(?:{_ROMAN})(?=\*|[\s-]+(?:{_RATED})\b))"
    rf"|(?P<times>\b(?:{_ADVERB_COUNTS})\b)"
    rf"|(?P<factor>\b(?:{_FACTOR_WORDS})(?=[ \t]+(?:{_FACTOR_OBJECTS})\b|{TITLES_HELD_AFTER}))"
    rf"|(?P<several>\b(?:several|a\s+few|a\s+couple\s+of)(?=\s+[a-z]))"
    # "twenty-first" is one ordinal (below), not "twenty" and a "first"
    rf"|(?P<words>\b(?!(?:{TENS})-(?:{ORDWORD})\b)(?:an?\s+(?=(?:{_ONE_OF})\b))?(?:{NUMWORD})"
    # "two and a half", "two-and-a-half-year" (a fraction may be hyphenated to its whole)
    rf"(?:(?:(?:\s+|-)and(?:\s+|-)(?:{_AND_FRACTION})|(?:\s+and\s+|[\s-]+)(?:{_AND_FRACTION_LISTED}|{NUMWORD}))\b)*\b)"
    rf"|(?P<ordw>\b(?:(?:{TENS})-)?(?:{ORDWORD})\b))"
)
CORE = Lazy(lambda: _CORE_START + start_screen(_CORE_KINDS) + _CORE_KINDS)
"""A number core: the kinds above, tried only where the first letters of one may
start (``screen.start_screen``: "the" and "said" are turned away before the words)."""


# "one in four", "One-in-four", "1 in 4", "nine out of 10": a share of a population.
_UNDER_TEN = "|".join(w for w, n in UNITS_WORDS.items() if 1 <= n <= 9)
_UNITS_FROM_ONE = "|".join(w for w, n in UNITS_WORDS.items() if n >= 1)
_A_HUNDRED = "|".join(r"a\s+" + w for w, n in SCALE_WORDS.items() if n in (100, 1000))
_BIG_SCALES = "|".join(w for w, n in SCALE_WORDS.items() if 1000 <= n <= 10**9)
_SCALES_AFTER_WORDS = "|".join(w for w, n in SCALE_WORDS.items() if n in (100, 1000))
_SHARE_TERM = (
    r"(?:\d{1,3}(?:,\d{3})*(?![\d.,])|"
    rf"(?:(?:(?:{TENS})(?:-(?:{_UNDER_TEN}))?|{_UNITS_FROM_ONE})"
    rf"(?:\s+(?:{_SCALES_AFTER_WORDS}))?|{_A_HUNDRED})\b)"
)
"""A term of a share: "4", "1,000", "four", "twenty-five", "a hundred", and a number
word with a hundred or a thousand after it ("two out of five hundred": 2/500)."""
SHARE = Lazy(
    # "one in four", "one in every five", "One-in-four", "1-in-100-year" (a flood's yearly odds)
    rf"(?P<a>{_SHARE_TERM})(?:\s+|-)(?:in|out(?:\s+|-)of)(?:\s+|-)(?:every(?:\s+|-))?"
    rf"(?P<b>{_SHARE_TERM})"
    # "one in 10 minutes" is a rate, "three in four games" a record, "1 in 4.5" no share
    r"(?![-\s]*(?:%|per\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b"
    r"|games?\b|matches\b|races\b|starts\b|attempts\b|outings\b|appearances\b"
    rf"|(?:{_BIG_SCALES})\b)|\s+years?\b)"
)
# "drew one of their last five games", "won one of 12": one of a record, a count
ONE_OF_A_RECORD = Lazy(
    rf"\s+of\s+(?:(?:{lang.alternation('numbers.record_owners')})\s+)?"
    rf"(?:(?:{lang.alternation('numbers.record_modifiers')})\s+)?"
    rf"(?:\d+|{_UNITS_FROM_ONE}|(?:{TENS})(?:-(?:{_UNDER_TEN}))?)\b"
)
# "1990 marks the end of an era": the verb, not the Deutsche Mark
MARKS_VERB = re.compile(
    r"[ \t\u00a0]+marks[ \t\u00a0]+(?:the|a|an|its|his|her|their|this|that|one|another)\b"
)
# "18 out of 24 flights (75%)": the percentage restates the share, and the
# arithmetic check reads the part and the whole as two counts to verify it
SHARE_RESTATED = re.compile(
    r"(?:\s+[A-Za-z][\w'-]*){0,4}\s*(?:,\s*or|\(|,|—|–|:)\s*(?:or\s+)?"
    rf"(?:{lang.alternation('qualifiers.hedges', 'qualifiers.near_bounds')})?\s*"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)",
    re.I,
)
SHARE_NOT_AFTER = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.share_not_after')}"
    r"|number|no\.?)\s+(?:only\s+|just\s+)?$)"
)


# "$A5bn", "$US20m": Australian copy writes the country after the dollar sign; the
# scanner blanks the letters in its lower-cased copy so that the digits are a core
DOLLAR_COUNTRY = re.compile(r"(?<=\$)(?:us|au|ca|nz|hk|a|c)(?=\d)")


BLOCK_DIGITS = re.compile(
    r"(?=[\d+(])(?:"
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)(?![A-Za-z])"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)"
    r"|\b\d{4}\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|hrs|local\s+time)\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}"
    r"|\(?\b0\d{1,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b"
    r"|\b1?[\s.-]?\(?\d{3}\)[\s.-]?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b"
    r"|\b24/7\b)"
)


# a number after a word of the telephone ("the hotline at 6123 4567", "WhatsApp 013-211
# 1222", "call 1800 333 000", "ring 13 11 14"): groups of digits, six or more in all
PHONE_RUN = re.compile(
    rf"(?i:\b(?={lang.first_characters(lang.words('identifiers.phone_leads'))})"
    rf"(?:{lang.alternation('identifiers.phone_leads')})\b[ \u00a0]*(?:(?:at|on|number|no\.?)[ \u00a0]+|:[ \u00a0]*)?)"
    r"(?P<run>\+?\(?\d[\d()]*(?:[ \u00a0.-]\(?\d[\d()]*){1,4})(?=(?:[ \u00a0.-]\d)?\b)"
)


URL = re.compile(r"https?://\S+|\bwww\.\S+")


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# "a time of 1:57.67", "won in 2:03:45": a race time (minutes:seconds.hundredths, or
# hours:minutes:seconds after a cue), not a time of day
ELAPSED = re.compile(
    r"(?<![\w.,:])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{1,3}))(?![\d:]|\.\d)"
)
ELAPSED_CUE = re.compile(r"(?i:\b(?:" + lang.alternation("numbers.elapsed_cues") + r")\s+$)")


def elapsed_at(text: str, pos: int) -> re.Match[str] | None:
    """The race time starting at ``pos``, if one does ("1:57.67"; "2:03:45" after a cue;
    "2:05:03" with a one-digit hour anywhere: no clock writes its hour so and seconds
    too, and a time of day with seconds after "at" is the date scanner's, read first)."""
    e = ELAPSED.match(text, pos)
    if e is None:
        return None
    if "." in e.group() or (e.group("h") is not None and len(e.group("h")) == 1):
        return e
    return e if ELAPSED_CUE.search(text, max(0, pos - 24), pos) else None


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Times, phone numbers, numeric dates, URLs and e-mail addresses (not race times)."""
    spans = [
        (m.start(), m.end())
        for m in BLOCK_DIGITS.finditer(text)
        if ":" not in m.group() or elapsed_at(text, m.start()) is None
    ]
    spans += [
        m.span("run")
        for m in PHONE_RUN.finditer(text)
        if sum(c.isdigit() for c in m.group("run")) >= 6
    ]
    if "://" in text or "www." in text:
        spans += [(m.start(), m.end()) for m in URL.finditer(text)]
    if "@" in text:
        spans += [(m.start(), m.end()) for m in EMAIL.finditer(text)]
    return spans


QUAL_BEFORE = Lazy(
    r"(?i:\b(?P<q>"
    + "|".join(words_pattern(w) for w in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    + r"))\s+$"
)


# (each pattern after a figure opens with a lookahead of its words' first characters,
# which turns away most places at once, "| 12 |" of a table among them)
QUAL_AFTER = Lazy(
    rf"(?i:(?=(?:\s+|(?=-)){lang.first_characters(QUALIFIERS_AFTER)})(?:\s+|(?=-))(?P<q>"
    + "|".join(words_pattern(w) for w in QUALIFIERS_AFTER)
    + r")\b)"
)


def _change_before_word(w: str) -> str:
    """ "cut by" also matches "cut costs by", "cut its deficit by": a transitive change
    verb may have up to two words of object before its "by"."""
    if w.endswith(" by"):
        return re.escape(w[:-3]) + r"(?:\s+[a-z]+){0,2}?\s+by"
    return re.escape(w).replace(r"\ ", r"\s+")


_CHANGE_MODIFIERS = tuple(
    w for key in ("qualifiers.hedges", "qualifiers.near_bounds", "arithmetic.modifiers")
    for w in lang.words(key)
)  # fmt: skip
"""The words between a change verb (and "by") and its figure ("rose by more than 5%",
"fell by a further 50 bps"), the checks' own (checks/arithmetic)."""
CHANGE_BEFORE = Lazy(
    r"(?i:\b(?P<v>"
    + "|".join(_change_before_word(w) for w in sorted(BEFORE_CHANGE, key=len, reverse=True))
    + rf")(?:\s+by)?(?:\s+(?:{lang.alternation(_CHANGE_MODIFIERS)}))?\s+$)"
)


# The last word each of the three patterns above can end with, before the white space
# that separates it from the figure. A figure whose last word before it is in none of
# these sets has no qualifier or change before it, which a set lookup says without
# the ``$``-anchored searches (each tries every position of its window: most of the
# cost of a dense table, see bench/scaling.py).
QUAL_BEFORE_TAILS = frozenset(w.split()[-1].rstrip(".") for w in QUALIFIERS_BEFORE)
CHANGE_BEFORE_TAILS = frozenset(
    {w.split()[-1] for w in (*BEFORE_CHANGE, *_CHANGE_MODIFIERS)} | {"by"}
)
CHANGE_OF_TAILS = frozenset({"of", *lang.words("qualifiers.hedges")})


def last_word_before(left: str) -> str | None:
    """The lower-cased word that ``left`` ends with before its trailing white space
    ("rose by about " -> "about"); None when ``left`` does not end in white space."""
    stripped = left.rstrip()
    if len(stripped) == len(left):
        return None
    i = len(stripped)
    while i and (stripped[i - 1].isalpha() or stripped[i - 1] == "."):
        i -= 1
    return stripped[i:].rstrip(".").lower()


def may_end_in(left: str, letters: frozenset[str]) -> bool:
    """Whether ``left``, trailing white space aside, ends in one of ``letters`` (any
    case; ``lang.edge_characters(words, last=True)``): the cheap test before a search for words anchored at the end of ``left``
    (``\\s*$``), which tries every position of it. A character beyond ASCII is
    left to the search ("ſ" folds to "s" there)."""
    c = left.rstrip()[-1:]
    return c.lower() in letters or not c.isascii()


CHANGE_OF = Lazy(
    rf"(?i:\b(?P<v>{lang.alternation('change.noun_of')})\s+of\s+(?:(?:{lang.alternation('qualifiers.hedges')})\s+)?$)"
)


CHANGE_AFTER = Lazy(
    rf"(?i:(?=(?:\s+|-){lang.first_characters(AFTER_CHANGE)})"
    rf"(?:\s+|-)(?P<v>{lang.alternation(AFTER_CHANGE)})\b)"
)


# magnitudes after digits: the words in any case, the abbreviations as written
_MAGNITUDE_WORDS = lang.alternation([w for w in MAGNITUDE_SUFFIXES if len(w) > 3])
_MAGNITUDE_ABBREVIATIONS = lang.alternation(
    [*(w for w in MAGNITUDE_SUFFIXES if len(w) <= 3), *lang.words("numbers.magnitude_capitals")]
)
# a word magnitude may be hyphenated to the digits ("a $2-billion deal", "a
# 1.1-million-barrel draw"); "m" and "k" glued to barrels a day or tonnes a year are
# a million and a thousand ("2.2 mb/d", "350 kb/d", "1.2mbpd", "8 mtpa", "13 MTPA")
SCALED_RATES = re.compile(r"(?:b/d|bpd|(?i:tpa))(?![A-Za-z])")
MAGNITUDE = re.compile(
    rf"(?P<sep>[ \u00a0]?|-(?=(?i:{_MAGNITUDE_WORDS})\b))"
    rf"(?P<mag>(?:(?i:{_MAGNITUDE_WORDS})|{_MAGNITUDE_ABBREVIATIONS})(?![A-Za-z0-9])"
    rf"|[mk](?={SCALED_RATES.pattern})|[MK](?=TPA(?![A-Za-z])))"
)


# "50p", "20 pence", "12 sen", "80 US cents" (units.yaml subunits); a glued "c" only as
# a price of something ("17c a share", "99c each", "5c per litre", "by 11c to 17c a
# share"), where nothing else reads it
SUBUNIT = lexicon.subunit_regex(
    r"c(?=[ \u00a0]+(?:a|an|per|each)\b|[ \u00a0]+to[ \u00a0]+\d+(?:\.\d+)?c\b)"
)
# a glued "c" ending a clause ("kept its dividend at 75c.", "42c, up from 38c"): cents
# when a price word stands in the clause before it (``Context.price_before``)
CENTS_AT_CLAUSE_END = re.compile(
    r"c(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+(?:from|and|or|up|down|after|versus|vs)\b)"
)
CENTS_PRICE_WORD = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.cents_price_words')})\b)")
# "10 €", "100₾", "100,000 ₭": a currency's own sign after the number, as continental copy
# writes it (every one-character sign of lang/units.yaml that is no letter or digit)
_SIGNS_AFTER = sorted(
    {
        s.strip()
        for syms, _w, _iso in lexicon.CURRENCIES.values()
        for s in syms
        if len(s.strip()) == 1 and not s.strip().isalnum()
    }
)
CURRENCY_AFTER = re.compile(
    r"[ \u00a0]?(?P<sym>" + "|".join(map(re.escape, _SIGNS_AFTER)) + r")(?![\d])"
)


HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+(?:-[A-Za-z]+)*)")


GLUED_NAME = re.compile(r"-[A-Z][a-z]+(?:-[A-Za-z]+)*")
# an aircraft's registration ("9M-AGX", "5Y-KZA", "9V-SKA"): its country's prefix
REGISTRATION_AFTER = re.compile(r"[A-Z]{1,2}-[A-Z]{2,4}(?![A-Za-z0-9])")
# minutes and seconds after hours, written with a leading zero ("2hr 09min 44sec")
CLOCK_PART_AFTER = re.compile(r"[ \u00a0]?(?:min|mins|sec|secs|s)(?![A-Za-z])")
WORD_AFTER = re.compile(r"[ \t\u00a0]+(?P<w>[A-Za-z][A-Za-z'’-]*)")


PAREN_OPEN = re.compile(
    rf"[ \t]*\((?:(?i:{lang.alternation(HEDGES_BEFORE, 'qualifiers.conversion_links')}|=)\s*)?"
)
"""The bracket that opens a conversion, and a hedge or a link before its figure:
"(about 8,900 km)", "(c. 1,900 km)", "(or 25%)", "(equivalent to £15)", "(=£15)"."""


PAREN_CLOSE = re.compile(r"\s*[);,]")


FEET_INCHES = re.compile(
    r"(?P<ft>\d+)\s?(?:ft|feet|foot|'|’|′)(?:\s?|\sand\s)"
    r"(?P<inch>\d+(?:\.\d+)?)\s?(?:ins?|inches|inch|\"|”|″)(?![A-Za-z])"
)


# a currency sign repeated on the high end of a range: "£10-£20m", "RM45bil and
# RM50bil", "S$380,000 to S$720,000", "Rs 12.49 lakh and Rs 16.99 lakh"
# (longest first and then by spelling: one pattern in every process; "US $" keeps its one space)
_RANGE_CURRENCY = lang.alternation(
    [s.strip() for syms, _w, _iso in lexicon.CURRENCIES.values() for s in syms]
    + list(lexicon.GLUED_SIGNS),
    space=r"\ ",
)
RANGE_SEP = re.compile(
    r"(?P<sep>-to-|\s*[-–—]\s*|(?<=\d)~(?=\d)|\s+to\s+|\s+or\s+|\s+and\s+"
    rf"|\s+(?i:{lang.alternation('numbers.range_through')})\s+)"
    rf"(?P<cur>(?:{_RANGE_CURRENCY})[ \u00a0]?)?(?=\d|(?i:"
    + lang.alternation([*UNITS_WORDS, *TENS_WORDS])
    + r")\b)"
)


YEAR_OLD = re.compile(r"(?i:[\s-]years?[\s-]old\b|-year-olds?\b|\s+years?\s+of\s+age\b)")


OLD_AFTER_UNIT = re.compile(r"(?i:[\s-]olds?\b|\s+of\s+age\b)")


_AGE_NUMBER = rf"(?:\d{{1,3}}|(?:(?:{TENS})-)?(?:{lang.alternation(list(lang.table('numbers.units')))})|{TENS})"
# "aged 31", and the last of a list of ages ("aged four and seven", "aged 9, 11 and 14")
AGE_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.age_leads')})\s+"
    rf"(?:{_AGE_NUMBER}(?:\s*,\s*{_AGE_NUMBER})*\s*,?\s+(?:and|or)\s+)?$)"
)
AGE_ENDS = Endings([*lang.words("numbers.age_leads"), "and", "or"])
"""What ``AGE_BEFORE`` may end with: its screen."""
# the first number of a range of ages: "ranging in age from four to 11"
AGE_RANGE_BEFORE = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.age_range_leads')})\s+$)")
# the middle of a list of ages ("aged 14, 15 and 16"): a comma before, the list going on after
AGE_LIST_MIDDLE_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.age_leads')})\s+{_AGE_NUMBER}(?:\s*,\s*{_AGE_NUMBER})*\s*,\s*$)"
)
AGE_LIST_MIDDLE_ENDS = Endings([","])
# (the serial comma too: "aged 9, 11, and 14")
AGE_LIST_GOES_ON = re.compile(rf"(?i:\s*(?:,?\s(?:and|or)|,)\s*{_AGE_NUMBER}\b)")


AGE_APPOSITION = re.compile(
    r"(?:\b(?P<name>[A-Z][A-Za-z'’-]+)"
    rf"|\b(?:{lang.alternation('numbers.age_apposition_nouns')}))"
    r",\s(?:now\s|both\s|aged\s|then\s)?$"
)


# "Tom Aro (33), of Leeds", "Mary Kane ( 41 ) was fined": an age in brackets after a name
NAME_BRACKET_BEFORE = re.compile(r"\b[A-Z][A-Za-z'’-]+[ \t]*\([ \t]*$")
AGE_AFTER_BRACKET = re.compile(
    r"[ \t]*\)[ \t]*(?:,[ \t]*)?(?:of|from|who|was|is|has|had|died|appeared|pleaded|admitted"
    r"|denied)\b"
    # "Juan Dela Cruz (45), a tricycle driver": a person in apposition
    r"|[ \t]*\)[ \t]*,[ \t]*(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    rf"(?:{lang.alternation('plausibility.person_nouns')})\b"
)


AFTER_AGE = re.compile(r"(?:,|\)|\s+and\b|\s+(?:who|was|is|has|had|from|of)\b|\.(?:\s|$)|$)")


DECADE_S = re.compile(r"'?s\b|’s\b")


WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’.]*)[\s\u00a0]+$")


AGE_AFTER_BARE_NAME = re.compile(
    r"\s+(?:" + lang.alternation("numbers.age_after_bare_name") + r")\b"
)


# "a category 4 hurricane", "tier two restrictions": a rating, not a count
RATING_BEFORE = re.compile(
    r"(?i:\b(?:(?P<alone>" + lang.alternation("numbers.rating_scales_alone") + r")"
    r"|(?P<scale>" + lang.alternation("numbers.rating_scales") + r"))\s+$)"
)
RATING_ENDS = Endings(
    [*lang.words("numbers.rating_scales_alone"), *lang.words("numbers.rating_scales")]
)
"""What ``RATING_BEFORE`` may end with: its screen."""
RATED_AFTER = re.compile(r"(?i:[\s-]+(?:" + lang.alternation("numbers.rated_nouns") + r")\b)")


# "sub-5", "now-14", "minus-12": a prefix glued by a hyphen that leaves a figure
HYPHEN_PREFIXES = lang.table("numbers.hyphen_prefixes")
HYPHEN_PREFIX_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?P<p>" + lang.alternation(list(HYPHEN_PREFIXES)) + r")-$)"
)


# "3.1×10−6", "3.1 x 10^-6", "2.5 × 10⁸", "1.2e5": a number in scientific notation.
# A plain hyphen after "10" is no exponent ("3 x 10-6" is a score or a size); the
# minus sign (U+2212) that a lost superscript leaves is.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SCIENTIFIC = re.compile(
    r"(?P<mant>\d+(?:\.\d+)?)(?:[ \u00a0]?[×x*⋅·][ \u00a0]?10"
    rf"(?:\^(?P<e1>[-−+]?\d{{1,3}})|(?P<e2>[⁻⁺]?[{_SUPERSCRIPTS}]{{1,3}})|(?P<e3>[−‑]\d{{1,3}}))"
    r"|[eE](?P<e4>[-+−]?\d{1,2}))(?![\w.]\d|\w)"
)
SUPERSCRIPT_DIGITS = str.maketrans(_SUPERSCRIPTS + "⁻⁺", "0123456789-+")


SOFT_HYPHEN_COMPOUND = frozenset(lang.words("nouns.soft_hyphen_compounds"))


# "a three-line whip", "the one-child policy": number words inside a name or idiom
# "the front nine", "on cloud nine": the words before a number word make a name of it;
# searched with the number word's end as the end of the text
IDIOM_ENDING = re.compile(
    r"(?i:\b(?:" + lang.alternation("numbers.idiom_endings", escape=False) + r")$)"
)
NOT_SHARE_ENDING = re.compile(
    r"(?i:\b(?:" + lang.alternation("numbers.not_share_endings", escape=False) + r")$)"
)
IDIOM_COMPOUND = re.compile(
    r"(?i:(?:" + lang.alternation("numbers.idiom_compounds", escape=False) + r")\b)"
)
# "two-faced", "three-pronged", "two-putted": a number word hyphenated to a participle
ED_COMPOUND = re.compile(r"-(?P<w>[a-z]+ed)\b")
COUNTED_ED_COMPOUNDS = frozenset(lang.words("numbers.counted_ed_compounds"))
# "one half of the duo", "one half of Ant and Dec": a member of a pair, not a fraction;
# a pair of names ends the phrase (not "half of Kent and Sussex's homes", "... residents")
_PAIR_NAME = r"[A-Z][\w'’-]*"
HALF_OF_A_PAIR = re.compile(
    r"(?i:\s+of\s+(?:the|a|an|this|that|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + lang.alternation("numbers.pair_nouns")
    + r")\b(?![’'-]))"
    + rf"|\s+of\s+{_PAIR_NAME}(?:\s+{_PAIR_NAME})?\s+(?:and|&)\s+{_PAIR_NAME}(?:\s+{_PAIR_NAME})?"
    + r"(?![\w’'-])(?![ \t]+[a-z])"
)


# "Sections 302 and", "Articles 14, 19 and", "rule 5(": a list of identifiers after
# their noun, or a sub-clause in brackets (``Context.is_identifier`` asks whether the
# noun is one of ``nouns.identifier_nouns``)
_ID_ITEM = r"\d+[A-Za-z]?(?:\(\w{1,3}\))*"
ID_LIST_BEFORE = re.compile(
    rf"\b(?P<noun>[A-Za-z]+)\.?[ \u00a0]+{_ID_ITEM}(?:[ \u00a0]*,[ \u00a0]*{_ID_ITEM})*"
    r"(?:[ \u00a0]*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+|[ \u00a0]*,[ \u00a0]*|\()$"
)
ID_LIST_ENDS = Endings([",", "and", "or", "&", "("])
"""What ``ID_LIST_BEFORE`` may end with: its screen."""
ID_LIST_GOES_ON = re.compile(
    rf"[A-Za-z]?(?:\(\w{{1,3}}\))*[ \u00a0]*(?:,|and|or|&)[ \u00a0]*{_ID_ITEM}"
)


EMERGENCY_NUMBERS = frozenset(lang.words("identifiers.emergency_numbers"))


PHONE_AFTER = re.compile(rf"(?i:\s+(?:{lang.alternation('identifiers.phone_nouns')})\b)")


PHONE_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('identifiers.dial_verbs')})\s+(?:the\s+)?$"
    # "contact the police on 101", "reach out to the police at 101"
    rf"|\b(?:{lang.alternation('identifiers.contact_words')})\b[\w\s]{{0,24}}?\s(?:on|at)\s+$)"
)


FRACTION_OF_MAGNITUDE = re.compile(
    r"(?i:(?:\s+of)?\s+an?\s+|\s+|-)(?P<mag>"
    + "|".join((*(w for w, n in SCALE_WORDS.items() if n >= 1000), *GROUP_WORDS))
    + r")\b"
)
# "a year and a half", "an hour and a half": one and a half of the unit
AND_A_HALF = re.compile(r"(?i:\s+and\s+a\s+half\b)")
TEMPERATURE_CUE = re.compile(rf"(?i:\b(?:{lang.alternation('temperature.cues')})\b)")
TEMPERATURE_FAR_CUE = re.compile(rf"(?i:\b(?:{lang.alternation('temperature.far_cues')})\b)")
ABSOLUTE_ZERO_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation([w.rsplit(' ', 1)[0] for w in lang.words('temperature.absolute_zero')])})\s+$)"
)
DECADE_PREFIX = re.compile(r"(?i:\b(?:mid|early|late)-$)")
RANK_BEFORE_HYPHEN = re.compile(rf"\b(?:{lang.alternation('identifiers.rank_before_hyphen')})[-–]$")
"""A lower-case rank word a number is hyphenated to ("the last-16 ties", "a top-10 finish")."""
EVENT_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,3}\d{1,2}[-–]$")
"""An event's class code before its distance ("the R1-10m Air Rifle", "SH1-25m"): the
measure after the hyphen is read; glued letters after it must still make a unit."""
EVENT_MEASURE = re.compile(r"\d{1,5}(?:\.\d+)?[a-z]{1,3}\b")
POUNDS_AFTER = re.compile(r"\s+pounds\b")
HALF_FOLLOWERS = r"\s+(?:of|the|a|an|their|its|his|her|all)\b"
FRACTION_FOLLOWERS = r"\s+(?:of|the|a|an|their|its|his|her|all|more|less|fewer)\b|\s*(?:[.,;:)]|$)"


DURATION_LEAD = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.duration_leads')})\s+$)")


NOT_AFTER_TEMPERATURE = frozenset(lang.words("nouns.not_after_temperature"))


CHANGE_VERB_NEAR = re.compile(
    r"(?i:\b(?:"
    + lang.alternation("direction.up", "direction.down", "change.neutral_verbs")
    + r")\b[^.;]*$)"
)


VOTE_WORDS = re.compile(rf"\b(?:{lang.alternation('sport.vote_words')})\b")


PHYSICAL_FALLS = frozenset(lang.words("change.physical"))


PHYSICAL_AFTER = re.compile(
    rf"\s*(?:\([^)]{{1,30}}\)\s*)?(?:{lang.alternation('change.physical_after')})\b"
)


SESSION_OF = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:"
    + lang.alternation("numbers.session_nouns")
    + r")\b)"
)
SESSION_LEAD = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.session_leads')})\s+$)")
DURATION_OF = re.compile(r"\s+of\s+(?!the\b|this\b|that\b|last\b|next\b|its\b|his\b|her\b)[a-z]")
# "a week-long festival", "a month long", "a week focused on refugees", "a year spent
# abroad": a unit of time that a following adjective or participle makes a span
DURATION_LONG = re.compile(r"(?:-|[ \t])long\b(?!-)")
DURATION_DESCRIBED = re.compile(
    rf"[ \t]+[a-z]{{3,}}ed[ \t]+(?:{lang.alternation('numbers.duration_described_after')})\b"
)
# "died a week after the crash", "a month before the vote", "one week on from the
# fifth round", "a year into his term": the gap between two events
_GAP_EDGES = lang.alternation("numbers.duration_gap_edges", space=r"[ \t]+")
_GAP_CLAUSE = (
    rf"(?:{lang.alternation('numbers.duration_gap_clause_leads')})[ \t]+[a-z]{{3,}}\b"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
    rf"(?:['’]s\b|[ \t]+(?:(?:{lang.alternation('numbers.duration_gap_verbs')})\b|[a-z]{{2,}}ed\b))"
)
DURATION_GAP = re.compile(
    rf"[ \t]+(?:{_GAP_EDGES})[ \t]+"
    rf"(?:(?:{lang.alternation('dates.event_determiners')})\b|{_GAP_CLAUSE})"
)
# "£300 a week after tax", "twice a week before school", "four games a month into":
# a rate, not a gap
RATE_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?[a-z%]*|\b(?:"
    + lang.alternation("numbers.adverb_counts", "numbers.rate_count_words")
    + r"|[a-z]+s))[ \t]+$",
    re.I,
)


# "more under-13s", "the over-65s": people of an age bound (numbers.age_group_prefixes);
# not after a capitalised word or a possessive ("Wales under-21s", "Arsenal's under-23s")
AGE_GROUP_PREFIXES = lang.table("numbers.age_group_prefixes")
AGE_GROUP_BEFORE = re.compile(
    r"(?:^|(?<![A-Za-z'’])(?P<prev>[A-Za-z'’]+)[ \t]+)(?P<p>(?i:"
    + lang.alternation(list(AGE_GROUP_PREFIXES))
    + r"))-$"
)
AGE_GROUP_AFTER = re.compile(
    r"s\b(?![ \t]+(?i:" + lang.alternation("numbers.age_group_team_words") + r")\b)"
)
AGE_GROUP_OPENERS = frozenset(lang.words("numbers.age_group_openers"))


AGE_DECADE_LEAD = re.compile(r"(?i:\b(?:his|her|their)\s+(?:early|mid|late)?[\s-]*$)")


TITLE_UNIT = re.compile(rf" (?:{lang.alternation('nouns.title_units')})\b")
"""After a number inside a sentence: a title ("8 Mile", "28 Days Later"), not a measure."""


HEADLINE_SPAN_LEAD = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.headline_span_leads')})[ \t]+$)"
)
"""Before a number and a capitalised unit in a headline: "in 9 Years", "For 12 Months"."""


ORDINAL_TITLES = rf"[\s-]+(?:{lang.alternation('numbers.ordinal_titles')})\b"


ONE_AFTER = re.compile(r"\s*(?:’|')?\s*(?:" + "|".join(ONE_PRONOUN_AFTER) + r")\b")


ONE_KIND_COMPOUND = re.compile(r"-(?:" + "|".join(ONE_KIND_COMPOUNDS) + r")\b", re.I)
"""After "one": "-day internationals", "-child policy" (a kind of thing, not a count)."""


ONE_BEFORE = re.compile(r"\b(?:" + "|".join(ONE_PRONOUN_BEFORE) + r")\s+$")
ONE_IDIOMS = tuple(
    (re.compile(rf"(?i:\b{before}$)"), re.compile(rf"(?i:{after})"))
    for before, after in (idiom.split("{one}") for idiom in lang.words("pronoun_one.idioms"))
)
"""("before", "after") of the idioms "one" stands in ("at one point", "not one to
complain"): the text before "one" ends with the first, the text after it opens with
the second."""


# "one analyst said", "one senior official, who asked not to be named, told ...": a source
_SOURCE_NOUN = r"(?:[\w'’-]+[ \t]+){0,2}?(?:" + lang.alternation("pronoun_one.source_nouns") + r")"
ONE_SOURCE = re.compile(
    r"(?i:[ \t]+"
    + _SOURCE_NOUN
    + r"(?:[ \t]*,[^,.;]{1,60},|[ \t]+(?:"
    + lang.alternation("pronoun_one.source_participles")
    + r")"
    + r"\b[^,.;]{0,40}?)?(?:[ \t]+(?:[a-z]+ly|"
    + lang.alternation("pronoun_one.source_adverbs")
    + r"))?[ \t]+(?:"
    + lang.alternation("pronoun_one.source_verbs")
    + r")\b)"
)
# "said one user", "according to one official": the source after its verb
ONE_SOURCE_AFTER_VERB = re.compile(
    r"(?i:\b(?:" + lang.alternation("pronoun_one.source_verbs") + r"|according\s+to)\s+$)"
)
ONE_SOURCE_NOUN_AFTER = re.compile(r"(?i:[ \t]+" + _SOURCE_NOUN + r"\b(?![’'-]))")
# "the victims ..., with one victim threatened": one member of a set its sentence named
ONE_MEMBER_BEFORE = re.compile(
    r"(?i:\b(?:" + lang.alternation("pronoun_one.member_leads") + r")\s+$)"
)
ONE_MEMBER_AFTER = re.compile(r"(?i:[ \t]+(?P<noun>[a-z]{3,})[ \t]+(?:[a-z]+(?:ed|en|ing))\b)")
# "two reservoirs, one higher than the other": one of a set already counted
ONE_OF_A_PAIR_AFTER = re.compile(r"(?i:[^.!?;]{0,120}?\bthe\s+other\b)")
# ... unless the count is the point: "only one analyst said", "not one official said"
ONE_COUNTED_BEFORE = re.compile(r"(?i:\b(?:only|just|not|exactly|all\s+but|than)\s+$)")
THE_ONLY_BEFORE = re.compile(
    r"(?i:\b(?:the|an?|his|her|their|its|my|our|your)\s+(?:only|just)\s+$)"
)
# "One standout is the new hotel", "One sticking point was the border", "One business
# that has gained is Sealco": "one" that introduces a thing by what it is, not a count
# (a relative clause may follow the noun; a capitalised name after a lower-case "is"
# names the thing: "One Man Is Dead" in a headline stays a count)
ONE_INTRODUCES = re.compile(
    r"(?i:[ \t]+(?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+"
    r"(?:[ \t]+(?:that|which|who|whose)(?:['’]s)?(?:[ \t]+[\w'’-]+){1,10}?)?[ \t]+"
    r"(?:(?:is|was)[ \t]+(?:the|a|an|that|whether|how|what|why|his|her|their|its)\b"
    r"|(?-i:is|was)[ \t]+(?-i:[A-Z])))"
)


ORDINAL_LEADS = frozenset(lang.words("numbers.ordinal_leads"))
ORDINAL_ORDER_VERBS = frozenset(lang.words("numbers.ordinal_order_verbs"))
ORDINAL_MOVE_TO = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.ordinal_moves_to')})[ \t]+to[ \t]+$)"
)
"""Before an ordinal: "slipped to", "climbed to", "moved up to" (a move to a place)."""
ORDINAL_ADVERB_PARTICIPLES = frozenset(lang.words("numbers.ordinal_adverb_participles"))
ORDINAL_ADVERB_AUXILIARIES = frozenset(lang.words("numbers.ordinal_adverb_auxiliaries"))
DETERMINERS = frozenset(lang.words("identifiers.determiners"))
ORDINAL_ADJECTIVES = frozenset(lang.words("numbers.ordinal_adjectives"))
ORDINAL_ADJECTIVE_ENDINGS = tuple(lang.words("numbers.ordinal_adjective_endings"))
ORDINAL_ADJECTIVE_NOT = frozenset(lang.words("numbers.ordinal_adjective_not"))
# "third and fourth places": an ordinal that shares the next one's noun
TIME_NOUNS = frozenset(lang.words("frames.measures.time"))
COORDINATED_BEFORE = re.compile(
    rf"(?i:\b(?:{ORDWORD}|\d+(?:st|nd|rd|th))[ \t]+(?:and|or|to)[ \t]+$)"
)
COORDINATED_ORDINAL = re.compile(
    rf"(?i:[ \t]+(?:and|or|to)[ \t]+(?:{ORDWORD}|\d+(?:st|nd|rd|th))\b)"
)
# "the fifth straight defeat": a run word between an ordinal and its noun
STREAK_BEFORE = re.compile(rf"(?i:[ \t]+(?:{lang.alternation('numbers.streak_before')})\b)")
# "the fifth defeat in a row", "for a fourth day running": a run word after the noun
STREAK_AFTER = re.compile(rf"(?i:[ \t]+(?:{lang.alternation('numbers.streak_after')})\b)")
# "the first rise in three quarters", "for three quarters in a row": quarters of a
# year counted (not the share 3/4) after a word of a period or a run
QUARTERS_COUNTED_BEFORE = re.compile(
    rf"(?i:\b(?:in|for|over|within|past|last|previous|next|"
    rf"{lang.alternation('numbers.streak_before')})\s+$)"
)
# "the first six months", "the first 10 minutes": an ordinal before a number
# opens a period or a group, it is no figure of its own ("the second one" is a pronoun)
ORDINAL_BEFORE_NUMBER = Lazy(rf"(?i:[ \t]+(?:\d|(?!one\b)(?:{NUMWORD})\b))")
ORDINAL_IDIOM = re.compile(r"(?i:(?:" + "|".join(lang.words("numbers.ordinal_idioms")) + r")\b)")
"""Right after an ordinal: "-timers", " step", "-choice", "-team" (an idiom, not a rank)."""
PAIR_ANAPHOR = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.pair_anaphors')})$)")
"""Ending at a bare "two": "between the two" (the pair already named, not a count)."""
ORDINAL_CONDITIONAL_BEFORE = re.compile(
    rf"(?i:(?:(?:\b|(?<=\w))(?:{lang.alternation('numbers.ordinal_conditional_modals')})"
    rf"|\b(?:{'|'.join(lang.words('numbers.ordinal_wish_leads'))}))"
    r"\s+(?:also\s+|always\s+)?be\s+the\s+$)"
    r"|(?:^|[.!?:;\"“”]\s*|\n\s*)Be\s+the\s+$"
)
"""Before "first": "I would be the ", "I'd be the " (a hypothesis), "Want to be the ", "Be
the " opening a sentence (a wish, an invitation; see ORDINAL_CONDITIONAL_AFTER)."""
ORDINAL_CONDITIONAL_AFTER = re.compile(r"(?i:\s+(?:one\s+|person\s+)?to\s+[a-z])")
"""After "first": " one to cheer", " to admit": no noun, so no rank of a kind of thing."""


MONTH_RE = lang.alternation(MONTHS)


METRE_CONTEXT = frozenset(lang.words("nouns.metre_context"))


MILLION_NOUNS = frozenset(lang.words("nouns.large_counts"))
# "19.2 million passengers", "42m monthly users": a noun counted in millions
MILLIONS_COUNTED = re.compile(
    r"\d(?:[\d.,]*\d)?[ \u00a0]?"
    rf"(?:{'|'.join(w for w, n in MAGNITUDE_SUFFIXES.items() if n == 1_000_000)})[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"(?:{lang.alternation('nouns.large_counts')})\b"
)


ATTACHED_ONLY_WORDS = frozenset(lang.words("nouns.attached_only_units"))
# "17 more years": a word between a figure and its unit of time
BEFORE_TIME_UNIT = re.compile(
    rf"(?i:[ \t]+(?:{lang.alternation('nouns.before_time_unit')})(?=[ \t]+[a-z]))"
)
# Of ATTACHED_ONLY_WORDS, those that may stand after a space when written in lower
# case: "200 hp" is horsepower ("200 HP printers" is the company).
SPACED_WHEN_LOWERCASE = frozenset(lang.words("nouns.spaced_when_lowercase"))
# Of ATTACHED_ONLY_WORDS, sizes of data that may stand after a space near a word of
# storage ("128 GB of storage", "8 GB RAM"; "4 GB medallists" are Team GB's).
SPACED_DATA_UNITS = frozenset(lang.words("nouns.spaced_data_units"))
DATA_CUE = re.compile(rf"(?i:\b(?:{lang.alternation('nouns.data_cues')})\b)")
# Currency words that are also verbs: after a number in words, the verb ("six won").
VERB_CURRENCY_WORDS = frozenset(lang.words("nouns.verb_currency_words"))

# "to rise", "could fall", "will grow", "to address": the word before is "to" or a
# modal, so the next word is a verb (a change verb in a range, an identifier noun used
# as a verb)
INFINITIVE_BEFORE = re.compile(r"(?i:\b(?:to|will|would|could|should|may|might|must)\s+$)")
