"""The language data (factcheck/lang/*.yaml): its shape, and that it is the only home.

The schema below names every key the package reads; a key added to a data
file must be added here (with its type), and a word list may not come back
into Python: ``test_no_word_lists_in_python`` scans every module's string
literals for month and weekday names, number words and direction verbs.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest
import yaml

from factcheck import lang

LANG_DIR = Path(lang.__file__).resolve().parent
PACKAGE = LANG_DIR.parent

# kinds: words (list of lower-case words, no repeats), pieces (the same, regex
# syntax allowed), cased (list of words in any case), patterns (regular
# expressions in any case), int/str/float/pair maps (lower-case word ->
# value), groups (class name -> list of words, each word in one class), heads
# (a general word -> the words it covers, a word under several heads), and
# "units"/"currencies"/"subunits" records.
EN_SCHEMA = {
    "calendar.months": "int",
    "calendar.month_abbreviations": "int",
    "calendar.months_capitalised_only": "words",
    "calendar.months_need_context": "words",
    "calendar.month_event_nouns": "words",
    "calendar.weekdays": "int",
    "calendar.weekday_abbreviations": "int",
    "calendar.seasons": "str",
    "calendar.season_synonyms": "str",
    "calendar.season_prepositions": "words",
    "calendar.season_nouns": "words",
    "calendar.season_event_nouns": "words",
    "calendar.holidays_fixed": "pair",
    "calendar.holidays_easter": "int",
    "calendar.holidays_capitalised": "str",
    "calendar.holiday_hints": "words",
    "calendar.timezones": "cased",
    "calendar.near_edge": "words",
    "numbers.units": "int",
    "numbers.tens": "int",
    "numbers.scales": "int",
    "numbers.groups": "int",
    "numbers.clock_units": "int",
    "numbers.articles": "int",
    "numbers.magnitude_suffixes": "int",
    "numbers.ordinals": "int",
    "numbers.fractions": "int",
    "numbers.vague": "pair",
    "numbers.vague_counts": "int",
    "numbers.vague_subject_verbs": "words",
    "numbers.unicode_fractions": "symbol_float",
    "numbers.and_fractions": "float",
    "numbers.sign_words": "words",
    "numbers.sign_word_not_after": "words",
    "numbers.headline_span_leads": "words",
    "numbers.ordinal_order_verbs": "words",
    "numbers.chart_leads": "words",
    "numbers.chart_words": "words",
    "numbers.magnitude_capitals": "cased",
    "numbers.ordinal_leads": "words",
    "numbers.ordinal_moves_to": "words",
    "numbers.implied_counts": "int",
    "numbers.implied_count_negators": "words",
    "numbers.implied_count_kinds": "words",
    "numbers.implied_ordinals": "int",
    "numbers.implied_scores": "pair",
    "numbers.stage_names": "int",
    "numbers.stage_leads": "words",
    "numbers.stage_sizes": "words",
    "numbers.stage_nouns": "words",
    "numbers.stage_sides": "words",
    "numbers.stage_followers": "words",
    "numbers.implied_times": "int",
    "numbers.title_nouns": "words",
    "numbers.ordinal_adjectives": "words",
    "numbers.ordinal_adjective_endings": "words",
    "numbers.ordinal_adjective_not": "words",
    "numbers.positional_nouns": "words",
    "numbers.half_periods": "words",
    "numbers.spans_since": "words",
    "numbers.whole_span_leads": "words",
    "numbers.whole_spans": "words",
    "numbers.streak_before": "words",
    "numbers.streak_after": "words",
    "numbers.age_after_bare_name": "words",
    "numbers.rating_scales": "words",
    "numbers.rated_nouns": "words",
    "numbers.rating_scales_alone": "words",
    "numbers.cents_price_words": "words",
    "numbers.roman_numerals": "int",
    "numbers.hyphen_prefixes": "str",
    "numbers.age_group_prefixes": "str",
    "numbers.age_group_openers": "words",
    "numbers.age_group_team_words": "words",
    "numbers.code_scales": "cased",
    "numbers.session_nouns": "words",
    "numbers.session_leads": "words",
    "pronoun_one.member_leads": "words",
    "numbers.adverb_counts": "int",
    "numbers.once_count_leads": "words",
    "numbers.once_count_verbs": "words",
    "numbers.once_count_followers": "words",
    "numbers.one_count_verbs": "words",
    "numbers.one_subject_classes": "words",
    "numbers.one_subject_auxiliaries": "words",
    "numbers.one_subject_passives": "words",
    "numbers.one_subject_adverbs": "words",
    "numbers.twice_idioms": "words",
    "numbers.even_odds_before": "words",
    "numbers.even_odds_nouns": "words",
    "numbers.even_odds_score_words": "words",
    "numbers.factor_after_adverb": "words",
    "numbers.times_factor_after": "words",
    "numbers.times_factor_not_after_the": "words",
    "numbers.times_factor_not_after_as": "words",
    "numbers.factor_words": "int",
    "numbers.placing_nouns": "words",
    "numbers.fraction_comparatives": "words",
    "numbers.idiom_compounds": "pieces",
    "numbers.idiom_endings": "pieces",
    "numbers.not_share_endings": "pieces",
    "numbers.counted_ed_compounds": "words",
    "numbers.pair_nouns": "words",
    "numbers.elapsed_cues": "words",
    "direction.up": "words",
    "direction.down": "words",
    "direction.multiples": "float",
    "direction.multiples_base": "float",
    "direction.multiple_base_leads": "words",
    "direction.multiple_base_not_before": "words",
    "change.rate_moves": "words",
    "change.before_figure": "words",
    "change.after_figure": "words",
    "change.noun_of": "words",
    "change.physical": "words",
    "change.physical_after": "words",
    "change.neutral_verbs": "words",
    "qualifiers.before": "str",
    "qualifiers.bound_nouns": "str",
    "qualifiers.bound_links": "words",
    "qualifiers.bound_verbs": "str",
    "qualifiers.after": "str",
    "qualifiers.signs_before": "str",
    "qualifiers.signs_after": "str",
    "nouns.stopwords": "words",
    "nouns.irregular_plurals": "words",
    "nouns.not_plural": "words",
    "nouns.identifier_nouns": "words",
    "nouns.identifier_abbreviations": "words",
    "nouns.measure_number_leads": "words",
    "nouns.degree_adverbs": "words",
    "nouns.soft_hyphen_compounds": "words",
    "nouns.metre_context": "words",
    "nouns.large_counts": "words",
    "nouns.not_after_temperature": "words",
    "nouns.attached_only_units": "words",
    "nouns.spaced_when_lowercase": "words",
    "nouns.spaced_data_units": "words",
    "nouns.data_cues": "words",
    "nouns.verb_currency_words": "words",
    "nouns.before_time_unit": "words",
    "names.common_capitalised": "words",
    "names.ing_names": "words",
    "names.not_in_name": "words",
    "names.particles": "words",
    "names.not_first_in_name": "words",
    "pronoun_one.after": "pieces",
    "numbers.ordinal_idioms": "pieces",
    "numbers.squad_nouns": "words",
    "numbers.squad_leads": "words",
    "numbers.squad_rank_complements": "words",
    "numbers.first_second_compounds": "pieces",
    "numbers.ordinal_hyphen_compounds": "words",
    "numbers.fraction_not_share_after": "words",
    "numbers.ordinal_conditional_modals": "words",
    "numbers.ordinal_wish_leads": "pieces",
    "numbers.pair_anaphors": "words",
    "numbers.ordinal_adverb_participles": "words",
    "numbers.ordinal_adverb_auxiliaries": "words",
    "pronoun_one.before": "words",
    "pronoun_one.someday_after": "words",
    "pronoun_one.span_before": "words",
    "pronoun_one.span_after": "words",
    "pronoun_one.kind_compounds": "pieces",
    "pronoun_one.idioms": "pieces",
    "pronoun_one.source_nouns": "words",
    "pronoun_one.source_verbs": "words",
    "pronoun_one.source_adverbs": "words",
    "sport.score_words": "words",
    "sport.golf_words": "words",
    "sport.score_nouns": "words",
    "sport.score_noun_of": "words",
    "sport.not_result_sides": "words",
    "sport.winner_words": "pieces",
    "sport.loser_words": "pieces",
    "sport.opponent_leads": "words",
    "sport.owner_leads": "words",
    "sport.centuries": "int",
    "sport.cricket_words": "words",
    "sport.bowling_leads": "words",
    "sport.unit_words_in_names": "heads",
    "sport.century_leads": "words",
    "sport.century_times": "words",
    "sport.century_spans": "words",
    "tense.future": "pieces",
    "tense.past_irregular": "words",
    "tense.not_past_ed": "words",
    "tense.passive_before": "words",
    "tense.base_form_before": "words",
    "tense.event_nouns": "words",
    "tense.event_links": "words",
    "tense.data_nouns": "words",
    "tense.expected_after_was": "words",
    "arithmetic.modifiers": "words",
    "arithmetic.whole_determiners": "words",
    "arithmetic.total_after": "words",
    "arithmetic.running_total_nouns": "words",
    "plausibility.person_nouns": "words",
    "plausibility.share_nouns": "words",
    "plausibility.pronouns": "words",
    "plausibility.age_verbs": "words",
    "plausibility.future_cues": "pieces",
    "plausibility.past_cues": "words",
    "sentences.titles": "words",
    "sentences.soft_abbreviations": "words",
    "sentences.openers": "words",
    "temperature.change_words": "pieces",
    "compare.borderline_words": "words",
    "dates.modifiers": "words",
    "dates.qualifiers": "str",
    "dates.year_only_hedges": "words",
    "dates.dateline_labels": "words",
    "dates.dateline_stamps": "words",
    "dates.day_words": "int",
    "dates.today_title_nouns": "words",
    "dates.time_qualifiers": "str",
    "dates.same_day": "str",
    "dates.anchored_directions": "int",
    "dates.clock_day_parts": "str",
    "dates.clock_word_leads": "words",
    "compare.loose_bounds": "words",
    "compare.people_events": "words",
    "compare.people_event_words": "groups",
    "compare.run_periods": "str",
    "compare.obligation_words": "words",
    "compare.floor_verbs": "words",
    "compare.pair_spread_prepositions": "words",
    "compare.occasion_phrases": "words",
    "compare.even_odds_words": "words",
    "compare.inclusive_bounds": "words",
    "compare.date_narrowings": "words",
    "compare.month_parts": "pair",
    "compare.month_weeks": "pair",
    "compare.unit_families": "heads",
    "compare.occasion_nouns": "heads",
    "compare.open_period_leads": "words",
    "compare.year_parts": "pair",
    "compare.summary_openings": "patterns",
    "compare.summary_headings": "patterns",
    "compare.tokenised_marks": "patterns",
    "compare.summary_question_words": "words",
    "compare.condensed": "float",
    "dates.year_prefixes": "str",
    "dates.period_edges": "str",
    "dates.life_edges": "str",
    "dates.relative_edges": "str",
    "dates.day_parts": "words",
    "dates.event_spans": "str",
    "dates.event_edges": "words",
    "dates.not_events": "words",
    "dates.event_determiners": "words",
    "dates.relative_periods": "words",
    "dates.count_units": "str",
    "dates.count_unit_synonyms": "str",
    "dates.clock_words": "int",
    "dates.clock_digits_after": "words",
    "calendar.month_leads": "words",
    "calendar.holiday_leads": "words",
    "calendar.weekday_names_after": "cased",
    "calendar.weekday_names_before": "cased",
    "dates.time_from_now_units": "words",
    "numbers.record_owners": "words",
    "numbers.record_modifiers": "words",
    "dates.relative_period_owners": "words",
    "compare.stopwords": "words",
    "compare.period_words": "words",
    "compare.period_word_synonyms": "str",
    "compare.one_person_nouns": "words",
    "compare.vague_ago_within": "heads",
    "compare.season_spans": "words",
    "compare.season_date_leads": "words",
    "compare.clause_joins": "words",
    "compare.relative_openers": "words",
    "identifiers.street_suffixes": "cased",
    "identifiers.rank_before_hyphen": "words",
    "identifiers.ordinal_street_suffixes": "cased",
    "identifiers.postcode_prefixes": "words",
    "identifiers.postcode_nouns": "words",
    "identifiers.determiners": "words",
    "identifiers.index_size_nouns": "words",
    "identifiers.index_size_nouns_of_bodies": "words",
    "identifiers.engine_codes": "cased",
    "identifiers.grade_nouns": "cased",
    "identifiers.emergency_numbers": "words",
    "identifiers.price_nouns": "words",
    "identifiers.price_rate_nouns": "words",
    "identifiers.phone_leads": "words",
    "identifiers.price_verbs": "words",
    "identifiers.route_words": "words",
    "years.count_labels": "words",
    "identifiers.index_nouns": "words",
    "years.for_verbs": "words",
    "years.prepositions": "cased",
    "years.prepositions_welsh": "words",
    "years.correlatives": "words",
    "years.amount_before_by_from": "words",
    "years.for_nouns": "words",
    "years.of_nouns": "words",
    "years.year_or_count_verbs": "words",
    "years.subject_verbs": "words",
    "years.back_to_verbs": "words",
    "years.as_early_as": "words",
    "years.span_leads": "words",
    "years.count_modifiers_before": "words",
    "years.not_possessive": "words",
    "years.count_adjectives": "words",
    "years.not_modifiers": "words",
    "years.event_nouns": "pieces",
    "years.event_modifiers": "patterns",
    "years.place_event_nouns": "pieces",
    "years.count_after": "pieces",
    "frames.predicates": "groups",
    "frames.predicate_nouns": "groups",
    "frames.measures": "groups",
    "names.capitalised_nouns": "words",
    "frames.clause_breaks": "words",
    "frames.subordinators": "words",
    "frames.fronted_period_openers": "words",
    "frames.occasions": "words",
    "frames.margin_words": "words",
    "frames.margin_counted": "words",
    "frames.margin_by_verbs": "words",
    "frames.margin_hedges": "words",
    "frames.factor_after": "words",
    "frames.holders": "groups",
    "frames.holder_opposites": "str",
    "derive.elliptic_after": "words",
    "derive.person_nouns": "words",
    "derive.place_words": "words",
    "derive.next_item": "words",
    "derive.next_item_adverbs": "words",
    "derive.group_anaphors": "words",
    "derive.count_anaphors": "words",
    "derive.figure_list_prepositions": "words",
    "derive.list_connectors": "words",
    "derive.squad_headings": "cased",
    "derive.squad_nouns": "words",
    "derive.partial_list": "words",
    "derive.pairing_joins": "words",
    "derive.run_openers": "str",
    "derive.scorer_tally": "int",
    "derive.each_from": "words",
    "derive.run_next": "words",
    "derive.goal_for_trailing": "words",
    "derive.goal_levelling": "words",
    "derive.goal_any": "words",
    "derive.gap_after": "words",
    "derive.gap_by_verbs": "words",
    "derive.margin_before": "words",
    "derive.share_gap_before": "words",
    "derive.share_gap_nouns": "words",
    "derive.margin_after": "words",
    "derive.all_but": "words",
    "derive.rest_before": "words",
    "derive.rest_after": "words",
    "derive.named_kinds": "words",
    "derive.offset_forward": "words",
    "derive.offset_back": "words",
    "derive.born_before": "words",
    "derive.age_before": "words",
    "derive.death_words": "words",
    "derive.rate_per": "words",
    "derive.listing_tallies": "str",
    "derive.listing_sides": "str",
    "derive.result_predicates": "words",
    "derive.span_ahead": "words",
    "derive.span_back": "words",
    "derive.month_half_first": "words",
    "derive.month_half_last": "words",
    "derive.complement_before": "words",
    "derive.complement_sides": "heads",
    "derive.complement_other_sides": "heads",
    "derive.negations": "words",
    "derive.negating_prefixes": "words",
    "discourse.text_nouns": "words",
    "discourse.text_verbs": "words",
    "discourse.counted": "words",
    "discourse.naming": "words",
    "discourse.marker_words": "words",
    "discourse.heading_leads": "words",
    "discourse.size_nouns": "words",
    "discourse.about_the_text": "words",
    "discourse.spacers": "words",
    "discourse.item_verbs": "words",
    "residue.boilerplate": "cased",
    "language.function_words": "words",
    "number_style.percent": "groups",
    "number_style.systems": "groups",
    "number_style.scales_words": "int",
    "number_style.scales_abbreviated": "int",
    "residue.boilerplate_patterns": "patterns",
    "residue.placeholders": "patterns",
    "qualifiers.up_to_particle_verbs": "words",
    "qualifiers.up_to_bound_modals": "words",
    "qualifiers.mojibake_before_figure": "cased",
    "qualifiers.between_qualifier_and_figure": "words",
    "qualifiers.before_share": "words",
    "qualifiers.hedges": "words",
    "qualifiers.conversion_links": "words",
    "qualifiers.near_bounds": "words",
    "compare.same_time_zones": "str",
    "compare.vague_replacements": "words",
    "compare.as_of": "words",
    "compare.today_words": "words",
    "numbers.ordinal_titles": "words",
    "numbers.age_apposition_nouns": "words",
    "numbers.share_not_after": "words",
    "numbers.duration_leads": "words",
    "numbers.seeding_after": "words",
    "numbers.world_contests": "words",
    "numbers.age_leads": "words",
    "numbers.age_range_leads": "words",
    "numbers.range_through": "words",
    "numbers.duration_units": "words",
    "numbers.long_duration_units": "words",
    "numbers.duration_described_after": "words",
    "numbers.duration_gap_edges": "words",
    "numbers.duration_gap_clause_leads": "words",
    "numbers.duration_gap_verbs": "words",
    "numbers.rate_count_words": "words",
    "numbers.standings_nouns": "words",
    "numbers.standings_modifiers": "pieces",
    "nouns.measure_adjectives": "words",
    "nouns.not_nouns_after_hyphen": "words",
    "nouns.name_describers_after_hyphen": "words",
    "nouns.title_units": "cased",
    "nouns.identifier_verbs": "words",
    "pronoun_one.source_participles": "words",
    "pronoun_one.hyphen_compounds": "words",
    "sport.vote_words": "words",
    "sport.vote_verbs": "words",
    "sport.tally_followers": "words",
    "temperature.cues": "words",
    "temperature.below_zero": "words",
    "temperature.below_freezing": "words",
    "temperature.far_cues": "words",
    "temperature.absolute_zero": "words",
    "identifiers.phone_nouns": "words",
    "identifiers.dial_verbs": "words",
    "identifiers.contact_words": "words",
    "qualifiers.over_bound_before": "words",
    "qualifiers.over_bound_after": "words",
    "sentences.before_number": "words",
    "compare.hypernyms": "heads",
    "compare.noun_synonyms": "groups",
    "compare.opposite_nouns": "str",
    "compare.opposite_sides": "str",
    "compare.season_tenses": "str",
    "compare.par_strokes": "words",
    "compare.nowadays_before": "words",
    "compare.nowadays_continuing": "words",
    "compare.nowadays_nouns": "words",
    "compare.nowadays_subjects": "words",
    "compare.nowadays_modals": "words",
    "compare.nowadays_states": "words",
    "compare.nowadays_lives": "words",
    "compare.nowadays_lives_leads": "words",
    "compare.par_sides": "words",
    "compare.par_one_stroke": "words",
}
UNITS_SCHEMA = {
    "units": "units",
    "currencies": "currencies",
    "subunits": "subunits",
    "quantulum_entities": "words",
    "word_only_after_number_words": "words",
}
QUALIFIER_KINDS = {"exact", "approximate", "at_least", "at_most"}


class _StrictLoader(yaml.SafeLoader):
    """A loader that refuses a key written twice in one mapping (YAML keeps the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            assert key not in seen, f"line {key_node.start_mark.line + 1}: {key!r} twice"
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _strict(name: str, folder: Path = LANG_DIR) -> dict:
    return yaml.load((folder / f"{name}.yaml").read_text(encoding="utf-8"), Loader=_StrictLoader)


def _leaves(data: dict, depth: int) -> dict[str, object]:
    if depth == 1:
        return dict(data)
    return {f"{k}.{sub}": v for k, d in data.items() for sub, v in _leaves(d, depth - 1).items()}


def _check_words(key: str, items: object, lower: bool = True) -> None:
    assert isinstance(items, list) and items, f"{key}: a non-empty list"
    for w in items:
        assert isinstance(w, str) and w, f"{key}: {w!r} is not a word (quote yes/no/on/off)"
        assert w == w.strip() and "  " not in w, f"{key}: {w!r} has stray spaces"
        if lower:
            assert w == w.lower(), f"{key}: {w!r} must be lower case"
    repeated = {w for w in items if items.count(w) > 1}
    assert not repeated, f"{key}: {sorted(repeated)} listed twice"


def _check(key: str, kind: str, value: object) -> None:
    if kind in ("words", "pieces", "cased", "patterns"):
        _check_words(key, value, lower=kind not in ("cased", "patterns"))
        if kind in ("pieces", "patterns"):
            for piece in value:
                re.compile(piece)
        return
    assert isinstance(value, dict) and value, f"{key}: a non-empty mapping"
    if kind == "cased_map":
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()), key
        return
    if kind == "symbol_float":
        assert all(len(k) == 1 and isinstance(v, float) for k, v in value.items()), key
        return
    if kind in ("units", "currencies", "subunits"):
        _check_records(key, kind, value)
        return
    if kind == "heads":  # a word may stand under several heads ("children": people, youngsters)
        for name, words in value.items():
            _check_words(f"{key}.{name}", words)
        return
    if kind == "groups":
        members = []
        for name, words in value.items():
            _check_words(f"{key}.{name}", words)
            members.extend(words)
        _check_words(key, members)  # no word in two classes
        return
    _check_words(key, list(value))
    for word, v in value.items():
        if kind == "int":
            assert type(v) is int, f"{key}.{word}: {v!r} is not an integer"
        elif kind == "float":
            assert isinstance(v, (int, float)), f"{key}.{word}: {v!r} is not a number"
        elif kind == "str":
            assert isinstance(v, str) and v, f"{key}.{word}: {v!r} is not a word"
        elif kind == "pair":
            assert isinstance(v, list) and len(v) == 2, f"{key}.{word}: [a, b] expected"
            assert all(type(x) is int for x in v), f"{key}.{word}: integers expected"


def _check_records(key: str, kind: str, value: dict) -> None:
    fields = {
        "units": ({"dimension", "words"}, {"symbols"}),
        "currencies": ({"code", "before", "words"}, {"glued"}),
        "subunits": ({"currency", "factor"}, {"glued"}),
    }[kind]
    for name, spec in value.items():
        assert isinstance(spec, dict), f"{key}.{name}: a mapping"
        assert fields[0] <= set(spec) <= fields[0] | fields[1], f"{key}.{name}: {sorted(spec)}"
        if kind == "units":
            _check_words(f"{key}.{name}.words", spec["words"])
            if "symbols" in spec:
                _check_words(f"{key}.{name}.symbols", spec["symbols"], lower=False)
        elif kind == "currencies":
            assert re.fullmatch(r"[A-Z]{3}", spec["code"]), f"{key}.{name}: ISO code"
            if spec["before"]:
                assert all(isinstance(s, str) and s for s in spec["before"]), name
                assert len(set(spec["before"])) == len(spec["before"]), f"{name}: repeats"
            _check_words(f"{key}.{name}.words", spec["words"])
        else:
            assert spec["currency"] in _strict("units")["currencies"], name


@pytest.mark.parametrize("name,schema,depth", [("en", EN_SCHEMA, 2), ("units", UNITS_SCHEMA, 1)])
def test_data_file_has_known_keys_and_types(name, schema, depth):
    data = _strict(name)
    leaves = _leaves(data, depth)
    assert set(leaves) == set(schema), (
        f"unknown: {sorted(set(leaves) - set(schema))}, missing: {sorted(set(schema) - set(leaves))}"
    )
    for key, kind in schema.items():
        _check(key, kind, leaves[key])


def test_values_are_consistent():
    assert set(lang.table("qualifiers.before").values()) <= QUALIFIER_KINDS
    assert set(lang.table("qualifiers.after").values()) <= QUALIFIER_KINDS
    assert set(lang.table("qualifiers.bound_nouns").values()) <= QUALIFIER_KINDS
    assert set(lang.table("qualifiers.bound_verbs").values()) <= QUALIFIER_KINDS
    assert set(lang.table("qualifiers.signs_before").values()) <= QUALIFIER_KINDS
    assert set(lang.table("qualifiers.signs_after").values()) <= QUALIFIER_KINDS
    assert sorted(lang.table("calendar.months").values()) == list(range(1, 13))
    assert set(lang.table("calendar.month_abbreviations").values()) <= set(range(1, 13))
    assert sorted(lang.table("calendar.weekdays").values()) == list(range(7))
    up, down = set(lang.words("direction.up")), set(lang.words("direction.down"))
    assert not up & down, f"both up and down: {sorted(up & down)}"
    changes = {w.split()[0] for w in lang.words("change.before_figure")}
    changes |= set(lang.words("change.after_figure"))
    assert changes <= up | down, f"change words of no direction: {sorted(changes - up - down)}"
    seasons = lang.table("calendar.seasons")
    assert set(lang.table("calendar.season_synonyms").values()) <= set(seasons)
    assert set(lang.words("numbers.one_subject_classes")) <= set(lang.table("frames.predicates"))
    units = set(lang.get("units", "units"))
    assert set(lang.words("word_only_after_number_words", "units")) <= units


def test_loaded_once_and_cached(tmp_path, monkeypatch):
    """Parsed once per process; across processes the marshalled copy is the file's parse,
    rebuilt when the file changes. Run on copies of the data files, so that the check
    holds while ``en.yaml`` itself is being edited (the process cache keeps the old parse).
    """
    assert lang.load("en") is lang.load("en")
    for name in ("en", "units"):
        (tmp_path / f"{name}.yaml").write_bytes((LANG_DIR / f"{name}.yaml").read_bytes())
    monkeypatch.setattr(lang, "_HERE", tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    parse = lang.load.__wrapped__  # the loader without the per-process cache
    for name in ("en", "units"):
        fresh = parse(name)  # parsed from YAML, marshalled in the user's cache folder
        kept = lang.cache_location(tmp_path / "__pycache__" / f"{name}.yaml.marshal")
        assert kept.parent == tmp_path / "cache" / "factcheck" and kept.is_file()
        assert not (tmp_path / "__pycache__").exists()  # nothing beside the package
        assert fresh == _strict(name, tmp_path)
        assert parse(name) == fresh  # read back from the marshalled copy
    copy = tmp_path / "en.yaml"
    stamp = copy.stat().st_mtime_ns
    copy.write_text(copy.read_text(encoding="utf-8") + "\nextra_section: {word: 1}\n", "utf-8")
    os.utime(copy, ns=(stamp + 10**9, stamp + 10**9))  # a changed file, whatever the clock
    assert parse("en")["extra_section"] == {"word": 1}


def test_alternation_longest_first():
    alt = lang.alternation(["sep", "sept", "per cent", "a.m."])
    assert alt.split("|")[0] == r"per\s+cent"
    assert alt.split("|").index("sept") < alt.split("|").index("sep")
    assert re.fullmatch(alt, "a.m.") and not re.fullmatch(alt, "axmx")
    assert re.fullmatch(lang.alternation(["plans? to"], escape=False), "plan  to")


def test_first_characters_screen_every_word_and_only_as_written_when_asked():
    words = ["Kenya", "shilling", "$US"]
    assert lang.first_characters(words) == r"[\$Kks]"
    assert lang.first_characters(words, as_written=True) == r"[\$Ks]"
    assert lang.first_characters([]) == "(?!)"
    rx = re.compile(rf"(?={lang.first_characters(words, as_written=True)})(?:Kenya|shilling|\$US)")
    assert [m.group() for m in rx.finditer("kenya Kenya $US shilling")] == [
        "Kenya",
        "$US",
        "shilling",
    ]


# --------------------------------------------------------------------------- one home

MONTHS = "january february march april june july august september october november december"
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
NUMBERS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen"
)
DIRECTIONS = (
    "rose risen fell fallen plummeted soared surged jumped climbed declined decreased increased "
    "slumped plunged tumbled halved doubled tripled shrank grew dipped"
)
# words of closed lists that read as nothing else (street suffixes, postcode words); short
# ones ("St", "Dr", "the") are left out, as they would flag prose and other regexes
IDENTIFIERS = "postcode zip avenue boulevard parkway highway terrace crescent"
FORBIDDEN = set(f"{MONTHS} {WEEKDAYS} {NUMBERS} {DIRECTIONS} {IDENTIFIERS}".split())
_REGEX_SIGNS = ("|", "(?", "\\b", "\\s")
_LANG_KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")


def _docstrings(tree: ast.AST) -> set[int]:
    """Ids of the string constants that document (module, class, function, attribute)."""
    out = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            out.add(id(node.value))
    return out


def _forbidden_words(value: str) -> set[str]:
    """The word-list words a string literal holds, when it reads as data rather than prose.

    Data: the literal is one such word or a short phrase with one ("good friday"),
    a regex holding one, or a run of three or more of them. Prose (a message
    saying "one of two") is not data; "may" counts only capitalised.
    """
    tokens = re.findall(r"[A-Za-z]+", value)
    found = {t.lower() for t in tokens if t.lower() in FORBIDDEN and t.lower() != "may"}
    found |= {"may"} if "May" in tokens else set()
    if not found:
        return set()
    short = len(value.split()) <= 3 and not value.rstrip().endswith((".", ":"))
    regex = any(sign in value for sign in _REGEX_SIGNS)
    if short or regex or len(found) >= 3:
        return found
    return set()


def test_no_word_lists_in_python():
    """No month, weekday, number word or direction verb in any module outside factcheck/lang/."""
    hits = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "lang":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if id(node) in docs or _LANG_KEY.fullmatch(node.value):
                continue  # a docstring, or a key of the data ("identifiers.postcode_nouns")
            words = _forbidden_words(node.value)
            if words:
                rel = path.relative_to(PACKAGE.parent)
                hits.append(f"{rel}:{node.lineno}: {sorted(words)}")
    assert not hits, "word lists belong in factcheck/lang/*.yaml:\n" + "\n".join(hits)
