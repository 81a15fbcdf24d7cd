"""Word lists the quantity scanner reads context with.

Kept apart from the scanner so that the rules read as code and the lists as
data; every list is small, lowercase and tuned on news copy.
"""

from __future__ import annotations

# qualifier words before a figure -> Mention.qualifier
QUALIFIERS_BEFORE = {
    "about": "approximate", "around": "approximate", "some": "approximate",
    "nearly": "approximate", "almost": "approximate", "roughly": "approximate",
    "approximately": "approximate", "approx": "approximate", "approx.": "approximate",
    "near": "approximate",
    "an estimated": "approximate", "estimated": "approximate", "close to": "approximate",
    "circa": "approximate", "c.": "approximate", "just about": "approximate",
    "more or less": "approximate", "an approximate": "approximate", "nigh on": "approximate",
    "getting on for": "approximate", "the best part of": "approximate",
    "in the region of": "approximate", "of the order of": "approximate",
    "more than": "at_least", "over": "at_least", "at least": "at_least",
    "upwards of": "at_least", "in excess of": "at_least", "above": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "just over": "at_least",
    "greater than": "at_least", "a minimum of": "at_least", "a record": "exact",
    "exceeding": "at_least", "well over": "at_least", "well above": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "north of": "at_least",
    "less than": "at_most", "fewer than": "at_most", "under": "at_most", "up to": "at_most",
    "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    "no more than": "at_most", "below": "at_most", "just under": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "a maximum": "at_most",
    "just below": "at_most", "well under": "at_most", "well below": "at_most",
    "shy of": "at_most", "short of": "at_most", "just shy of": "at_most",
}  # fmt: skip
# written after the figure: "50 or so", "100 or more"
QUALIFIERS_AFTER = {
    "or so": "approximate", "or more": "at_least", "or over": "at_least",
    "or less": "at_most", "or fewer": "at_most", "-odd": "approximate", "-plus": "at_least",
}  # fmt: skip

# change verbs directly before a figure: "rose 19 per cent", "fell by 2.1%"
BEFORE_CHANGE = (
    "rose", "risen", "rises", "rising", "rise", "increased", "increases", "increase",
    "increasing", "grew", "grown", "grows", "growing", "jumped", "jumps", "jump", "climbed",
    "climbs", "climbing", "soared", "soars", "surged", "surges", "gained", "gains", "up",
    "higher", "boosted", "hiked", "swelled", "doubled", "rocketed", "spiked", "advanced",
    "fell", "fallen", "falls", "falling", "fall", "dropped", "drops", "drop", "dropping",
    "declined", "declines", "decline", "declining", "decreased", "decreases", "decrease",
    "slumped", "plunged", "plummeted", "tumbled", "slid", "sank", "shrank", "shrunk",
    "contracted", "down", "lower", "dipped", "eased", "retreated", "sunk", "sliding",
    "cut by", "reduced by", "slashed by", "lost",
)  # fmt: skip
# change nouns directly after a figure: "a 19% rise", "a 5 per cent fall"
AFTER_CHANGE = (
    "rise", "rises", "increase", "increases", "jump", "gain", "gains", "growth", "hike",
    "surge", "uplift", "fall", "falls", "drop", "drops", "decline", "declines", "decrease",
    "cut", "cuts", "reduction", "slump", "loss", "losses", "dip",
)  # fmt: skip

# words that end a noun run after a figure ("143 people who ...")
NOUN_STOPWORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
    "is", "was", "were", "are", "be", "been", "being", "had", "has", "have", "will", "would",
    "could", "should", "may", "might", "must", "can", "did", "do", "does", "said", "says",
    "per", "more", "less", "fewer", "most", "least", "up", "down", "into", "over", "under",
    "after", "before", "since", "during", "until", "between", "about", "around", "out", "off",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "your", "them", "him", "us", "me", "there", "here", "then", "when", "where", "while",
    "if", "so", "not", "no", "all", "each", "every", "some", "any", "other", "another",
    "also", "only", "just", "even", "still", "yet", "ago", "earlier", "later", "last", "next",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "percent",
    "per cent", "times", "time", "million", "billion", "thousand", "hundred", "like",
    "against", "across", "through", "within", "without", "toward", "towards", "upon",
    "including", "among", "amid", "via", "because", "though", "although", "whether",
    "respectively", "apiece", "altogether", "overall", "total", "today",
    "tonight", "yesterday", "tomorrow", "now", "again", "too", "very", "what",
}  # fmt: skip
IRREGULAR_PLURALS = {
    "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep",
    "fish", "deer", "crew", "aircraft", "livestock", "teeth", "mice", "geese", "feet",
    "data", "media", "offspring", "clergy", "youth", "poultry", "salmon", "swine",
}  # fmt: skip
# words ending in s that are not plural nouns
NOT_NOUNS = {
    "was", "has", "its", "this", "as", "his", "hers", "yes", "less", "plus", "minus",
    "across", "always", "perhaps", "whereas", "towards", "afterwards", "upwards",
    "downwards", "says", "adds", "means", "includes", "remains", "becomes", "seems", "goes",
    "does", "gets", "takes", "makes", "comes", "suggests",
    "thus", "unless", "besides", "nevertheless", "sometimes", "beyond", "ours", "yours",
    "theirs", "whose", "is", "us", "apiece", "overseas", "various", "numerous", "famous",
    "previous", "serious", "anxious", "nervous", "obvious", "enormous", "continuous",
    "dangerous", "generous", "ambitious", "vicious", "furious", "jealous",
}  # fmt: skip
# capitalised words that may stand before a number without making it a name
COMMON_CAPITALISED = {
    "the", "about", "some", "nearly", "almost", "around", "over", "under", "only", "just",
    "roughly", "approximately", "more", "fewer", "less", "at", "all", "another", "those",
    "these", "its", "his", "her", "their", "our", "my", "your", "and", "but", "of", "in",
    "on", "for", "to", "by", "with", "from", "since", "between", "up", "down", "than",
    "aged", "age", "each", "every", "top", "last", "next", "first", "past", "exactly",
    "precisely", "estimated", "an", "a", "maybe", "perhaps", "both", "when", "after",
    "before", "during", "within", "until", "till", "through", "across", "against", "among",
    "per", "plus", "minus", "including", "if", "as", "were", "was", "is", "are", "had",
    "has", "have", "will", "would", "could", "should", "may", "might", "must", "can", "did",
    "do", "does", "be", "been", "it", "there", "here", "we", "they", "he", "she", "i",
    "you", "so", "nor", "or", "yet", "while", "whereas", "although", "though", "because",
    "once", "now", "then", "today", "yesterday", "tomorrow", "this", "that", "what",
    "which", "who", "whom", "where", "why", "how", "however", "meanwhile", "overall",
    "altogether", "total", "upwards", "least", "most", "mr", "mrs", "ms", "dr", "said", "says", "told", "added", "like", "unlike", "above", "below", "beyond", "near", "into", "onto", "out", "off", "no", "not", "never",
    "even", "still", "also", "too", "very", "much", "many", "several", "few", "again",
    "further", "other", "others", "such", "same", "own", "any", "none", "neither", "either",
    "via", "versus", "vs", "v", "circa", "approx", "nigh", "well", "additionally",
    "currently", "previously", "already", "reportedly", "officially", "ad", "bc",
}  # fmt: skip
# nouns that make the number after them an identifier: "section 215", "flight 370"
ID_NOUNS = {
    "section", "article", "clause", "chapter", "page", "pages", "paragraph", "para", "room",
    "flight", "route", "junction", "platform", "gate", "bus", "line", "level", "tier",
    "phase", "category", "grade", "type", "version", "series", "episode", "lane", "exit",
    "terminal", "block", "ward", "bay", "pier", "berth", "volume", "vol", "part", "act",
    "rule", "regulation", "schedule", "annex", "item", "question", "figure", "fig", "table",
    "appendix", "step", "channel", "radio", "stage", "division", "league", "model",
    "number", "no", "nos", "unit", "cell", "wing", "house", "plot", "zone", "district",
    "covid", "pt", "ch", "sec", "art", "chap", "p", "pp", "ss", "s", "windows", "iphone",
    "galaxy", "ps", "formula", "apollo", "boeing", "airbus", "euro", "mk", "mark", "band",
    "class", "key", "week", "matchday", "round", "game", "day", "incident", "ref",
    "reference", "log", "crime", "case", "exhibit", "docket",
}  # fmt: skip
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}  # fmt: skip
# "one" is a pronoun before these ("one of the", "one another", "one who")
ONE_PRONOUN_AFTER = (
    "of", "another", "who", "that", "which", "whose", "by", "s", "another's", "after",
    "or\\s+other", "or\\s+another", "day", "point", "time", "thing", "way", "and\\s+only",
    "off", "on\\s+one", "to\\s+one", "has", "had", "is", "was", "would", "could", "should",
    "can", "will", "may", "might", "must", "does", "did", "at", "for", "with",
)  # fmt: skip
# ... and after these ("no one", "the one", "this one", "every one")
ONE_PRONOUN_BEFORE = (
    "no", "the", "this", "that", "any", "every", "which", "each", "someone", "anyone",
    "such", "little", "a", "big", "one", "last", "next", "right", "wrong", "loved",
    "special", "latter", "former", "good", "bad", "new", "old", "young", "chosen",
)  # fmt: skip
# words near a hyphenated pair that make it a score ("won 4-1", "a 2-2 draw")
SPORT_WORDS = (
    r"\b(?:win|wins|won|winning|victory|victories|defeat|defeats|defeated|beat|beaten|beating|"
    r"lost|lose|loses|losing|loss|draw|drew|drawn|lead|led|leads|leading|score|scored|scores|"
    r"scoreline|goal|goals|match|game|games|final|semi-final|quarter-final|league|cup|tie|"
    r"set|sets|half-time|full-time|thrashing|thrashed|hammered|routed|edged|rout|triumph|"
    r"fixture|innings|wickets|runs|points|seed|round|trailing|trailed|came\s+back|"
    r"premiership|championship|season|opener|derby|replay|penalties|extra\s+time|clean\s+sheet)\b"
)


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
