"""Word lists the quantity scanner reads context with.

The lists themselves are data in ``factcheck/lang/en.yaml``; this module only
gives the scanner their names (and the sets it looks words up in).
"""

from __future__ import annotations

import factcheck.lang as lang
from factcheck.extract.datewords import MONTHS as _MONTH_NUMBERS
from factcheck.extract.datewords import WEEKDAYS as _WEEKDAY_NUMBERS

# qualifier words before a figure -> Mention.qualifier
QUALIFIERS_BEFORE: dict[str, str] = lang.table("qualifiers.before")
# ... those that hedge it ("about", "approx.", "c.", "some"): also the hedges inside the
# bracket of a conversion ("5,500 miles (about 8,900 km)")
HEDGES_BEFORE: tuple[str, ...] = tuple(
    w for w, q in QUALIFIERS_BEFORE.items() if q == "approximate"
)
# verbs whose "up to" is a particle, not a bound ("lifted the hosts up to 250")
UP_TO_PARTICLE_VERBS: tuple[str, ...] = lang.words("qualifiers.up_to_particle_verbs")
# ... unless a modal of what may happen comes before the verb ("the fine can go up to £500")
UP_TO_BOUND_MODALS: tuple[str, ...] = lang.words("qualifiers.up_to_bound_modals")
# mis-decoded bytes left before a currency sign ("Â£5m"): not a word between qualifier and figure
MOJIBAKE_BEFORE_FIGURE: tuple[str, ...] = lang.words("qualifiers.mojibake_before_figure")
# words between a qualifier and its figure: "over the age of 50"
BETWEEN_QUALIFIER_AND_FIGURE: tuple[str, ...] = lang.words(
    "qualifiers.between_qualifier_and_figure"
)
# written after the figure: "50 or so", "100 or more"
QUALIFIERS_AFTER: dict[str, str] = lang.table("qualifiers.after")
QUALIFIER_SIGNS_BEFORE: dict[str, str] = lang.table("qualifiers.signs_before")
"""Signs glued before a figure that qualify it ("~30,000", ">£65K") -> qualifier."""
QUALIFIER_SIGNS_AFTER: dict[str, str] = lang.table("qualifiers.signs_after")
"""Signs glued after a figure that qualify it ("90k+") -> qualifier."""

# change verbs directly before a figure: "rose 19 per cent", "fell by 2.1%"
BEFORE_CHANGE = lang.words("change.before_figure")
# change nouns directly after a figure: "a 19% rise", "a 5 per cent fall"
AFTER_CHANGE = lang.words("change.after_figure")
# which way a change word points
UP_WORDS = frozenset(lang.words("direction.up"))
DOWN_WORDS = frozenset(lang.words("direction.down"))

# words that end a noun run after a figure ("143 people who ...")
NOUN_STOPWORDS = frozenset(lang.words("nouns.stopwords"))
DEGREE_ADVERBS = frozenset(lang.words("nouns.degree_adverbs"))
"""Adverbs a counted noun's adjective may have ("two very significant sites")."""
IRREGULAR_PLURALS = frozenset(lang.words("nouns.irregular_plurals"))
# words ending in s that are not plural nouns
NOT_NOUNS = frozenset(lang.words("nouns.not_plural"))
# capitalised words that may stand before a number without making it a name
COMMON_CAPITALISED = frozenset(lang.words("names.common_capitalised"))
# nouns that make the number after them an identifier: "section 215", "flight 370"
ID_NOUNS = frozenset(lang.words("nouns.identifier_nouns"))
MONTHS = frozenset(_MONTH_NUMBERS)
WEEKDAYS = frozenset(_WEEKDAY_NUMBERS)
# "one" is a pronoun before these ("one of the", "one another", "one who"); regex pieces
ONE_PRONOUN_AFTER = lang.words("pronoun_one.after")
# ... and after these ("no one", "the one", "this one", "every one")
ONE_PRONOUN_BEFORE = lang.words("pronoun_one.before")
# "one day" meaning "some day": after these words in its sentence ("will leave one day") ...
ONE_DAY_SOMEDAY_AFTER = frozenset(lang.words("pronoun_one.someday_after"))
# ... unless one of these stands right before or after it ("for one day", "one day after")
ONE_DAY_SPAN_BEFORE = frozenset(lang.words("pronoun_one.span_before"))
ONE_DAY_SPAN_AFTER = frozenset(lang.words("pronoun_one.span_after"))
# "one-day internationals", "the one-child policy": a number naming a kind of thing
ONE_KIND_COMPOUNDS: tuple[str, ...] = lang.words("pronoun_one.kind_compounds")
# words near a hyphenated pair that make it a score ("won 4-1", "a 2-2 draw")
SPORT_WORDS = rf"\b(?:{lang.alternation('sport.score_words')})\b"


def looks_plural(low: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("cars", "people", "data")."""
    if low in IRREGULAR_PLURALS or low.endswith(("men", "people", "children")):
        return True
    return (
        len(low) > 2
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in NOT_NOUNS
    )
