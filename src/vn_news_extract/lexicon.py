"""Access to the package's data files (lexicons, patterns, reference tables)."""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_DATA = "vn_news_extract.data"


def data_path(name: str) -> Path:
    return Path(str(resources.files(_DATA).joinpath(name)))


# The schema of each JSON data file: its keys and their types.  ``load_json`` refuses a file with a key
# not listed here (a key no code reads) or without a listed key; ``_comment`` is free text for people.
# ``tests/test_data_files.py`` checks that every key listed here is read by the code.
_LIST, _DICT, _STR, _INT, _NUM = list, dict, str, int, (int, float)
DATA_SCHEMAS: dict[str, dict[str, Any]] = {
    "amount_units.json": {"scales": _DICT, "money": _DICT, "count": _LIST, "qualifiers": _LIST},
    "boilerplate.json": {
        "teaser_headings": _LIST,
        "credit_patterns": _LIST,
        "source_line_patterns": _LIST,
        "dateline_prefix_patterns": _LIST,
        "related_line_min_chars": _INT,
        "byline_max_words": _INT,
        "site_line_patterns": _LIST,
        "site_line_max_chars": _INT,
        "credit_line_patterns": _LIST,
        "source_person_patterns": _LIST,
        "caption_prose_min_chars": _INT,
        "prose_min_sentence_breaks": _INT,
        "prose_min_clause_marks": _INT,
        "picture_caption_max_chars": _INT,
        "teaser_line_patterns": _LIST,
        "credited_byline_pattern": _STR,
        "byline_prefix_pattern": _STR,
        "toolbar_labels": _LIST,
    },
    "crawl.json": {
        "article_paths": _LIST,
        "not_article_paths": _LIST,
        "chrome_tags": _LIST,
        "chrome_class_words": _LIST,
        "tracking_query_params": _LIST,
        "amp_path_suffixes": _LIST,
        "sitemap_guesses": _LIST,
        "max_sitemaps": _INT,
        "max_feeds": _INT,
    },
    "listing.json": {
        "teaser_min_chars": _INT,
        "teaser_min_words": _INT,
        "prose_paragraph_min_chars": _INT,
        "many_teasers": _INT,
        "article_prose_chars": _INT,
        "not_article_og_types": _LIST,
        "article_date_meta_keys": _LIST,
        "article_slug_min_words": _INT,
        "article_id_min_digits": _INT,
        "linked_body_share": _NUM,
    },
    "doc_types.json": {
        "types": _DICT,
        "assembly_symbols": _DICT,
        "law_words": _LIST,
        "law_name_stop_words": _LIST,
        "law_name_max_words": _INT,
        "law_names": _LIST,
        "law_names_cover": _LIST,
        "lower_name_heads": _LIST,
        "standalone_words": _LIST,
        "name_not_after": _LIST,
        "name_not_before": _LIST,
        "name_after_comma": _LIST,
        "loose_number_types": _LIST,
        "name_phrases": _LIST,
        "law_parts": _LIST,
        "foreign_when_country": _LIST,
        "treaty_words": _LIST,
        "citing_words": _LIST,
        "date_gap_stop_words": _LIST,
        "treaty_issuers": _LIST,
        "treaty_classes": _LIST,
        "treaty_class_abbrevs": _LIST,
        "lookalike_characters": _DICT,
        "asking_words": _LIST,
        "amending_words": _LIST,
        "auxiliaries": _LIST,
        "body_end_auxiliaries": _LIST,
        "issuing_verbs": _LIST,
        "issuing_preps": _LIST,
    },
    "issuers.json": {
        "issuers": _DICT, "numbered": _DICT, "place_words": _LIST, "signing_posts": _LIST, "deciding_posts": _LIST, "party_organs": _DICT,
        "bare_bodies": _LIST,
        "party_place_stop_words": _LIST,
        "issuers_after_type": _DICT,
    },
    "officials.json": {
        key: _LIST
        for key in (
            "honorifics", "prefixes", "titles", "pre_modifiers", "post_modifiers", "functions", "org_heads",
            "countries", "org_stop", "extra_surnames", "major_surnames", "extra_given", "sub_units",
            "parent_units", "org_ends_after_place", "not_before_name", "middle_names", "name_prefixes",
            "former_words", "syllable_onsets", "syllable_finals", "ministry_titles",
            "plural_words", "list_intro", "foreign_org_words", "home_country", "org_goes_on",
            "company_heads", "company_posts", "seats", "universities", "elect_words", "photo_notes",
            "not_joint_after", "sole_posts", "boards", "ranks", "dotted_abbreviations", "units_named_in_lower_case", "brand_words", "regions", "place_leads",
            "description_links", "joiners", "name_after_post", "post_terms", "term_person_links", "age_words", "birth_year_words", "domain_endings",
            "units_of_parent", "representative_phrases", "post_joiners",
            "clause_openers", "not_alone_posts",
            "unit_age_marks", "posts_held_alone", "country_references",
            "spelling_variants", "name_particles", "functions_lower_only",
            "company_kinds", "described_company_heads",
            "speech_links", "post_openers", "org_end_verbs", "units_named_by_acronym",
            "remit_posts", "plural_intro", "noun_stops", "bare_name_after_post", "honorary_posts",
        )
    }
    | {"fused_unit_titles": _DICT},
    "percent_cues.json": {
        key: _LIST
        for key in (
            "increase", "decrease", "level", "growth_nouns", "qualifiers", "list_intro", "comparison_start",
            "comparison_stop", "range_words", "not_percent_after", "neutral", "after_change",
            "paragraph_goes_on", "start_point", "start_clause_words", "period_links", "comparison_of", "comparison_time_ends",
            "restating", "averages", "decrease_alone", "start_point_not_after",
        )
    }
    | {"inherit_sentences_back": _NUM, "figure_gap_words": _NUM, "object_words": _NUM, "restated_list_items": _NUM}
    | {
        key: _LIST
        for key in (
            "growth_levels", "from_to_words", "comparison_after_figure", "comparison_time_nouns", "change_objects",
            "present_words", "respectively", "base_time_links", "ratio_levels",
            "while_words", "turn_words", "timed_bases", "increase_alone",
            "restating_next", "cause_words", "deadline_words", "report_words", "clock_units", "comparison_go_on", "year_end_links",
            "target_year_cutoffs",
            "indicator_auxiliaries",
            "plan_after_figure",
        )
    }
    | {key: _LIST for key in ("compared_levels", "result_words", "growth_after_figure", "base_growth_words")},
    "periods.json": {
        "roman": _DICT, "deadline_before": _LIST, "entering_before": _LIST, "sentence_present_frames": _LIST, "comparison_before": _LIST, "day_before": _LIST,
        "survey_words": _LIST, "survey_gap_words": _NUM,
        "session_times": _LIST, "session_words": _LIST, "week_links": _LIST,
        "comparative_before": _LIST, "time_links": _LIST,
        "term_before": _LIST, "contract_before": _LIST, "reporting_after": _LIST,
        "until_not_after": _LIST, "plan_before": _LIST, "plan_gap_words": _NUM, "count_words": _LIST,
        "month_count_words": _DICT, "ordinal_of_year": _DICT, "span_qualifiers": _LIST, "span_change_words": _LIST,
        "season_words": _LIST,
        "cutoff_leads": _LIST, "cutoff_words": _LIST, "cutoff_leads_not_after": _LIST,
        "present_frames": _LIST, "until_now_frames": _LIST, "present_after": _LIST, "present_not_before": _LIST, "day_parts": _LIST,
        "relative_days": _LIST, "relative_span_not_after": _LIST, "relative_units": _LIST, "relative_spans": _LIST, "named_days": _LIST,
    },
    "sector_aliases.json": {
        "classification": _STR,
        "aliases": _DICT,
        "context_only": _DICT,
        "cue_words": _LIST,
        "group_cues": _LIST,
        "group_members": _LIST,
        "firm_words": _LIST,
        "firm_generic": _LIST,
        "strip_suffixes": _LIST,
        "strip_prefixes": _DICT,
        "min_confidence": _NUM,
        "product_before": _LIST,
        "share_words": _LIST,
        "name_before": _LIST,
        "org_before": _LIST,
    },
    "sector_names.json": {
        "groups": _LIST,
        "after_trade": _DICT,
        "trade_words": _LIST,
        "places": _LIST,
        "not_sectors": _LIST,
        "title_fields": _LIST,
        "place_heads": _LIST,
        "domain_heads": _LIST,
        "admin_domains": _LIST,
        "admin_after": _LIST,
        "body_heads": _LIST,
        "body_links": _LIST,
        "industry_words": _LIST,
        "act_auxiliaries": _LIST,
        "admin_acts": _LIST,
        "admin_before": _LIST,
        "admin_partners": _LIST,
        "output_figures": _DICT,
        "admin_peers": _LIST,
        "list_intros": _LIST,
        "production_words": _LIST,
        "trade_heads": _DICT,
        "name_fillers": _LIST,
        "cue_not_after": _LIST,
        "market_words": _LIST,
        "revenue_words": _LIST,
        "trade_quantities": _LIST,
        "intro_counts": _LIST,
        "market_sections": _LIST,
        "listed_modes": _DICT,
        "agent_heads": _LIST,
        "name_breaks": _LIST,
        "count_before": _LIST,
        "count_after": _LIST,
        "object_after": _LIST,
        "activity_heads": _LIST,
        "goods_heads": _LIST,
        "figure_verbs": _LIST,
        "study_words": _LIST,
        "field_cues": _LIST,
        "field_sections": _STR,
        "grid_trade": _DICT,
        "by_road": _DICT,
        "unit_firms": _DICT,
        "institutions": _DICT,
        "place_peers": _LIST,
        "processing_heads": _LIST,
        "processed_goods": _LIST,
        "trade_cues": _DICT,
        "event_heads": _LIST,
        "post_bodies": _DICT,
        "kind_heads": _LIST,
        "market_sentences": _LIST,
        "period_numbers": _LIST,
        "chain_heads": _LIST,
        "contracted": _DICT,
        "shared_object": _DICT,
        "called_after": _DICT,
        "share_cues": _DICT,
        "glued_heads": _DICT,
        "maker_links": _LIST,
    },
}  # fmt: skip
COMMENT_KEY = "_comment"


class DataFileError(ValueError):
    """A data file that does not match its schema (a packaging or editing mistake, not a user error)."""


def check_data(name: str, data: Any) -> None:
    """Raise DataFileError unless ``data`` has exactly the keys of its schema, each of its type."""
    schema = DATA_SCHEMAS.get(name)
    if schema is None:
        return
    if not isinstance(data, dict):
        raise DataFileError(f"{name}: a JSON object expected")
    keys = set(data) - {COMMENT_KEY}
    unknown, missing = sorted(keys - set(schema)), sorted(set(schema) - keys)
    if unknown:
        raise DataFileError(f"{name}: key {unknown[0]!r} is not in its schema (no code reads it)")
    if missing:
        raise DataFileError(f"{name}: key {missing[0]!r} is missing")
    for key, kind in schema.items():
        if not isinstance(data[key], kind):
            raise DataFileError(f"{name}: key {key!r} has the wrong type ({type(data[key]).__name__})")


@cache
def load_json(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        data = json.load(fh)
    check_data(name, data)
    return data


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    with data_path(name).open(encoding="utf-8") as fh:
        return tuple(line.strip() for line in fh if line.strip() and not line.startswith("#"))
