"""Sector phrases linked to VSIC 2018 sections and divisions.

The phrase table is generated from the official names (exact, confidence 1.0), variants news uses
(no parenthetical exclusions, no "chưa được phân vào đâu", commas dropped: 0.9) and a curated alias list
(0.95).  Ambiguous words ("xây dựng", "bán lẻ") count only after a sector cue ("ngành", "lĩnh vực"), and
a phrase right after a trade word ("xuất khẩu thủy sản") names goods, not a sector.  Matching is on canonical lower-case text, so tone-mark placement and NFC/NFD
differences do not matter.  A phrase known to be a sector but with no single code keeps ``code: null``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from ..lexicon import load_csv, load_json
from ..model import Sector
from ..patterns import LOWER, UPPER, WORD_CHAR, alternation
from ..textnorm import canonical
from .view import TextView

_WORD = WORD_CHAR
# The cue word every ``admin_before`` match ends with ("theo khuyến cáo của ngành").
_ADMIN_CUE = "ngành"


@dataclass(frozen=True)
class Entry:
    codes: tuple[str, ...]
    confidence: float
    context_only: bool
    commodity: bool = False  # a product that counts only when called an industry ("ngành thép")

    @property
    def code(self) -> str | None:
        return covering_code(self.codes)


@dataclass(frozen=True)
class News:
    """The news-name rules of ``sector_names.json`` (see its comment)."""

    after_trade: dict[str, tuple[str, ...]]
    road_names: frozenset[str]  # transport names that read as road transport beside a road word
    road_words: frozenset[str]  # "xe", "đường bộ": a word (or a word's first syllable) of the sentence
    other_modes: frozenset[str]  # "tàu", "hàng không": another mode in the sentence keeps all modes
    not_other_mode: frozenset[str]  # road or rail words and ``not_modes`` ("biển số"): never another mode
    article_words: int  # how many road or rail words make a text with no other mode about land transport
    road_codes: tuple[str, ...]
    trade_before: re.Pattern[
        str
    ]  # a trade word, maybe a quantity after it ("nhập khẩu nhiều"), before a name
    trade_cue: re.Pattern[str]  # "xuất khẩu" right before a name of ``trade_cued``: that name's sector
    trade_cued: frozenset[str]  # cue-only names a trade word calls a sector ("xuất khẩu dịch vụ")
    shields: re.Pattern[str]  # places and other phrases holding a sector word that name no sector
    place_before: re.Pattern[str]
    place_item: re.Pattern[str]  # a list item opening with a place head ("trung tâm thương mại, dịch vụ")
    kind_of: re.Pattern[str]  # a sector whose kinds a name right after it tells ("du lịch" + "y tế")
    admin_domains: frozenset[str]
    admin_after: re.Pattern[str]
    body_before: re.Pattern[str]
    body_head: re.Pattern[str]
    post_body: re.Pattern[str]  # a post with a lower-case body head ("Trưởng phòng" + "Văn hóa")
    cue_blocked: re.Pattern[str]  # a word right before a cue word that makes it no cue ("chuyên ngành")
    goods_head: re.Pattern[str]  # a goods word ("mặt hàng", "hàng hóa")
    list_head: re.Pattern[str]  # a cue or goods word opening a list ("các lĩnh vực", "các mặt hàng")
    industry_words: frozenset[str]
    admin_acts: re.Pattern[str]
    # an administration's guidance right before its cue ("khuyến cáo của ngành")
    admin_before: re.Pattern[str]
    admin_peers: frozenset[str]
    peer_ends: re.Pattern[str]  # a list item ending with an administration's domain ("thanh tra của công an")
    peer_any: re.Pattern[str]  # an administration's domain anywhere
    peer_starts: re.Pattern[str]  # a list item starting with one ("công thương xem xét")
    list_intro: re.Pattern[str]
    intro_not_items: re.Pattern[str]  # after an intro, a place's name or a count ("như Bắc Ninh", "gồm ba")
    production_words: frozenset[str]
    production_heads: tuple[str, ...]  # those words and a space: the head of a name of making goods
    output_after: re.Pattern[str]  # "... tháng 4 đạt 2,1 triệu tấn": an output figure after a making name
    study_words: re.Pattern[str]  # a sentence about admissions: "ngành" there is a study major
    field_cue: re.Pattern[str]  # a cue word that names one field of work there too ("lĩnh vực"), no major
    field_words: frozenset[str]  # those cue words: a list they open holds fields of work ...
    field_sections: frozenset[str]  # ... of these sections (market industries), not agencies' domains
    grid_sections: frozenset[str]  # a trade head + a utility keeps its codes ("bán lẻ điện")
    figure_gap: re.Pattern[
        str
    ]  # between items that each have their figure ("công nghiệp tăng 7,1%, xây dựng")
    head_run: re.Pattern[str]  # a head, a few words, a capitalised phrase ("Sở Văn hóa Thể thao &")
    joined_name: re.Pattern[str]  # "Hiệp hội Chế biến và Xuất khẩu" + "thủy sản": a name's second item
    joined_tail: re.Pattern[
        str
    ]  # "Hiệp hội Xe khách và" + "du lịch" + a capital, "... và xuất khẩu" / "... và thị trường" + a name
    industry_before: re.Pattern[str]  # "công nghiệp" right before a phrase: the list item starts there
    trade_heads: dict[str, tuple[str, ...]]  # "bán buôn" + goods: one name, wholesale's codes
    makers: frozenset[str]  # the making and trading names: ``production_words`` and the ``trade_heads``
    word_heads: frozenset[str]  # a head joined to a sector in one word that still names it ("thị trường")
    market_before: re.Pattern[
        str
    ]  # a market or revenue word before a cue-only name: a cue ("thị trường vận tải")
    market_sections: frozenset[str]  # ... for names of these sections only (services, not goods)
    listed_modes: dict[str, tuple[str, ...]]  # "hàng hải" listed beside another transport name: H50
    mode_sections: frozenset[str]  # the sections of those other names ("H")
    maker_links: frozenset[str]  # words between a making name and its goods ("sản xuất hàng" + "điện tử")
    maker_link_before: re.Pattern[str]  # a cue or firm word, a making name and a link word before a phrase
    cue_heads: frozenset[str]  # the cue words among them ("ngành", "mảng")
    event_heads: frozenset[str]  # such a head for a name that stands alone only ("khủng hoảng bất động sản")
    unit_before: re.Pattern[str]  # "đơn vị" right before a name: firms of a market service ("đơn vị vận tải")
    unit_sections: frozenset[str]  # the VSIC sections of those market services
    institution_before: re.Pattern[str]  # "cơ sở" right before a name: schools, hospitals ("cơ sở y tế")
    institution_sections: frozenset[str]  # the VSIC sections whose establishments are institutions
    agent_heads: frozenset[str]  # "nhà" + a making or trading name in one word: the firms ("nhà bán lẻ")
    count_before: re.Pattern[str]  # a number or quantifier before a name: things ("11 bất động sản")
    count_after: re.Pattern[str]  # a demonstrative right after one: a thing ("bất động sản đó")
    object_after: re.Pattern[str]  # a determiner after a cue-only name: a verb's object ("xây dựng các cảng")
    title_field: re.Pattern[
        str
    ]  # "vi phạm hành chính trong lĩnh vực" (+ an item, "và", a word): a decree's title
    name_run: re.Pattern[str]  # a capitalised body head and the rest of its clause ("Công ty TNHH ... ")
    company_name: re.Pattern[str]  # "Công ty Cổ phần đầu tư" + "nông nghiệp" + "Agri-Vina"
    name_heads: frozenset[str]  # a body's head words ("trung tâm", "tập đoàn")
    name_words: frozenset[str]  # lower-case words inside a company's or body's name ("đầu tư", "chế biến")
    describe_stops: frozenset[str]  # no lower-case word of a body's name before a sector ("của", "ngành")
    name_close: re.Pattern[str]  # a name's end after it ("huyện Tháp Mười", "(VNPT)"), no "và", "của"
    place_peer_ends: re.Pattern[str]  # a list item ending with a use of land or buildings ("khu chung cư")
    place_peer_starts: re.Pattern[str]  # a list item starting with one ("nơi công cộng")
    processing_heads: frozenset[str]  # "chế biến", "sản xuất": goods listed after them make one name
    processed_goods: frozenset[str]  # the goods of such a list ("lương thực", "thực phẩm", "đồ uống")
    shared_object: re.Pattern[str]  # after "sản xuất": verbs and their object ("sản xuất, chế biến thủy sản")
    market_sentence: re.Pattern[str]  # a stock-market word: "ngành Ngân hàng" there is a group of shares
    period_number: re.Pattern[str]  # a number that is a date ("năm 2015"), no count before a name
    chain_before: re.Pattern[str]  # a chain of outlets before a trade head: the trade ("hệ thống bán lẻ")
    contracted_heads: dict[str, tuple[str, ...]]  # "nông" of "nông, thủy sản": a name cut to a syllable
    contracted_tails: frozenset[str]  # the names such heads share ("thủy sản", "lâm nghiệp", "công nghiệp")
    contracted_before: re.Pattern[str]  # those heads, each with its comma or dash, right before a tail
    called_after: re.Pattern[str]  # "là ngành" right after a name calls it a sector ("X là lĩnh vực ...")
    share_cue: re.Pattern[str]  # "tỷ trọng" right before a name of ``share_cued``: that name's sector
    share_cued: frozenset[str]  # cue-only names a share word calls a sector ("tỷ trọng dịch vụ")
    glued_heads: frozenset[str]  # words glued to a name, no part of it ("thu" of "thu du lịch")


@dataclass(frozen=True)
class Vsic:
    names: dict[str, str]  # code -> official name
    levels: dict[str, str]
    table: dict[str, Entry]  # canonical lower phrase (single spaces, commas kept) -> entry
    commaless: dict[str, Entry]  # the same without commas ("hoạt động chuyên môn khoa học, công nghệ")
    pattern: re.Pattern[str]
    classification: str
    cue: re.Pattern[str]
    group_cue: re.Pattern[str]  # a group of firms or shares ("nhóm Tài chính"): no administration
    group_members: re.Pattern[str]  # after a group's name: a kind of firm ("nhóm ngân hàng quốc doanh")
    firm_before: re.Pattern[str]  # a firm word before a name: its industry ("doanh nghiệp bán lẻ")
    firm_generic: frozenset[str]  # names too generic for that ("doanh nghiệp sản xuất")
    org_before: re.Pattern[str]
    product_before: re.Pattern[str]
    share_before: re.Pattern[str]  # "cổ phiếu" before a capitalised name: a stock-market sector group
    name_before: re.Pattern[str]
    min_confidence: float
    news: News
    sources: dict[str, str]  # news name -> where its name-to-code mapping comes from


def covering_code(codes: tuple[str, ...] | list[str]) -> str | None:
    """The single most specific VSIC code covering all ``codes``: the code itself when there is one, their
    section when they share it ("C13", "C14" -> "C"), else None ("I55", "N79")."""
    unique = sorted(set(codes))
    if len(unique) == 1:
        return unique[0]
    sections = {c[:1] for c in unique}
    return sections.pop() if len(sections) == 1 else None


def _phrase_key(text: str) -> str:
    return " ".join(canonical(text).lower().replace(";", ",").split())


def _low_key(low_text: str) -> str:
    """``_phrase_key`` of text that is already canonical and lower case (a slice of ``extract``'s ``low``)."""
    return " ".join(low_text.replace(";", ",").split())


# A parenthesis in an official name ("(trừ ...)"): news names drop it.
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def _variants(name: str) -> list[tuple[str, float]]:
    base = _phrase_key(name)
    out = [(base, 1.0)]
    no_paren = _phrase_key(_PARENTHESIS.sub("", base))
    out.append((no_paren, 0.95))
    for suffix in load_json("sector_aliases.json")["strip_suffixes"]:
        if no_paren.endswith(suffix):
            stripped = no_paren[: -len(suffix)].strip(" ,")
            # "Hoạt động dịch vụ khác" -> "hoạt động dịch vụ" is too generic to stand alone
            out.append((stripped, 0.9 if len(stripped.split()) > 4 else 0.8))
    out.extend(_without_prefix(no_paren))
    out.extend((v.replace(",", ""), c * 0.97) for v, c in list(out))
    return out


def _without_prefix(name: str) -> list[tuple[str, float]]:
    """A manufacturing division's name as the statistics office's production lists write it, without its first
    words ("sản xuất than cốc, sản phẩm dầu mỏ tinh chế" -> "than cốc, sản phẩm dầu mỏ tinh chế"), when enough
    words remain and no conjunction opens them ("sản xuất và phân phối điện" keeps its own)."""
    rule = load_json("sector_aliases.json")["strip_prefixes"]
    for prefix in rule["prefixes"]:
        rest = name[len(prefix) :] if name.startswith(prefix) else ""
        words = rest.split()
        if len(words) >= rule["min_words"] and words[0] not in _CONJUNCTIONS:
            return [(rest, 0.9)]
    return []


# Words that cannot open a name ("và phân phối điện" is the second half of one).
_CONJUNCTIONS = frozenset({"và", "hoặc", "hay"})


@lru_cache(maxsize=1)
def vsic() -> Vsic:
    data = load_json("sector_aliases.json")
    names: dict[str, str] = {}
    levels: dict[str, str] = {}
    table: dict[str, Entry] = {}
    for row in load_csv("vsic/vsic2018_sections_divisions.csv"):
        code = row["code"] if row["level"] == "1" else row["parent"] + row["code"]
        name = row["name_vi"]
        names[code] = name if row["level"] == "2" else name[:1] + name[1:].lower()
        levels[code] = "section" if row["level"] == "1" else "division"
        for variant, conf in _variants(name):
            if variant and variant not in table:
                table[variant] = Entry((code,), conf, len(variant.split()) <= 2 or conf <= 0.8)
    for phrase, code in data["aliases"].items():
        known = table.get(_phrase_key(phrase))
        table[_phrase_key(phrase)] = Entry((code,), known.confidence if known else 0.95, False)
    for phrase, code in data["context_only"].items():
        table.setdefault(_phrase_key(phrase), Entry((code,) if code else (), 0.8, True))
    news = load_json("sector_names.json")
    sources: dict[str, str] = {}
    for group in news["groups"]:
        for phrase, codes in group["names"].items():
            sources[_phrase_key(phrase)] = group["source"]
            table[_phrase_key(phrase)] = Entry(
                tuple(codes),
                0.85 if group["cue_only"] else 0.9,
                group["cue_only"],
                bool(group.get("commodity", False)),
            )
    phrases = _trie_regex([p.split(" ") for p in table])
    cue_words = data["cue_words"] + data["group_cues"]
    cues = alternation(cue_words)
    return Vsic(
        names=names,
        levels=levels,
        table=table,
        commaless=_commaless(table),
        pattern=re.compile(rf"(?<!{_WORD})(?:{phrases})(?!{_WORD})"),
        classification=data["classification"],
        cue=re.compile(rf"(?:{cues})\s+(?:công nghiệp\s+)?$"),
        group_cue=re.compile(rf"(?<!{_WORD})(?:{alternation(data['group_cues'])})\s+$"),
        group_members=re.compile(rf"\s+(?:{alternation(data['group_members'])})(?!{_WORD})"),
        firm_before=re.compile(rf"(?<!{_WORD})(?:{alternation(data['firm_words'])})\s+$"),
        firm_generic=frozenset(_phrase_key(w) for w in data["firm_generic"]),
        # a body's head word right before a phrase ("Bộ", "Tập đoàn", "Công ty"; not "thị trường"): with a capital
        # the phrase is in the body's name
        org_before=re.compile(rf"(?:^|(?<!thị)[\s(\[\"“])(?:{alternation(data['org_before'])})\s+$"),
        min_confidence=float(data["min_confidence"]),
        name_before=re.compile(rf"(?:^|\s)(?:{alternation(data['name_before'])})\s+$"),
        product_before=re.compile(rf"(?:^|\s)(?P<word>{alternation(data['product_before'])})\s+$"),
        share_before=re.compile(rf"(?:^|\s)(?:{alternation(data['share_words'])})\s+$"),
        news=_news(news, cue_words, cue_words + data["firm_words"]),
        sources=sources,
    )


def _commaless(table: dict[str, Entry]) -> dict[str, Entry]:
    """The table keyed without commas; a phrase written with its commas elsewhere keeps its own entry."""
    out: dict[str, Entry] = {}
    for phrase, entry in table.items():
        out.setdefault(" ".join(phrase.replace(",", " ").split()), entry)
    return out


def _news(data: dict[str, Any], cue_words: list[str], head_words: list[str]) -> News:
    heads = [h[:1].upper() + h[1:] for h in data["body_heads"]]
    head = rf"(?<!{_WORD})(?:{alternation(heads)})"
    upper_word = rf"[{UPPER}][\w-]*"
    fillers = alternation(data["name_fillers"])
    trades = alternation(data["trade_words"] + data["production_words"] + data["market_words"])
    places = alternation(data["place_heads"] + data["domain_heads"])
    return News(
        after_trade={_phrase_key(k): tuple(v) for k, v in data["after_trade"].items()},
        road_names=frozenset(_phrase_key(w) for w in data["by_road"]["names"]),
        road_words=frozenset(_phrase_key(w) for w in data["by_road"]["words"]),
        other_modes=frozenset(_phrase_key(w) for w in data["by_road"]["other_modes"]),
        not_other_mode=frozenset(
            _phrase_key(w) for w in data["by_road"]["words"] + data["by_road"]["not_modes"]
        ),
        article_words=int(data["by_road"]["article_words"]),
        road_codes=tuple(data["by_road"]["codes"]),
        trade_before=re.compile(
            rf"(?:^|\s)(?:{alternation(data['trade_words'])})\s+(?:(?:{alternation(data['trade_quantities'])})\s+)?$"
        ),
        trade_cue=re.compile(
            rf"(?<!{_WORD})(?:{alternation(data['trade_words'] + data['trade_cues']['words'])})\s+$"
        ),
        trade_cued=frozenset(_phrase_key(w) for w in data["trade_cues"]["names"]),
        shields=re.compile(
            rf"(?<!{_WORD})(?:{alternation(data['places'] + data['not_sectors'])})(?!{_WORD})"
        ),
        place_before=re.compile(rf"(?:^|\s)(?:{places})\s+$"),
        place_item=re.compile(rf"(?:{places})\s+"),
        kind_of=re.compile(rf"(?:^|\s)(?:{alternation(data['kind_heads'])})[ \t]+$"),
        admin_domains=frozenset(_phrase_key(d) for d in data["admin_domains"]),
        admin_after=re.compile(rf"\s+(?:{alternation(data['admin_after'])})(?!{_WORD})"),
        body_before=re.compile(
            rf"(?:^|\s)(?:{alternation(heads)})\s+(?:{alternation(data['body_links'])})\s+$"
        ),
        body_head=re.compile(rf"(?<!{_WORD})(?:{alternation(heads)})(?!{_WORD})"),
        post_body=re.compile(
            rf"(?<!{_WORD})(?i:{alternation(data['post_bodies']['posts'])})[ \t]+"
            rf"(?P<head>{alternation(data['post_bodies']['heads'])})[ \t]+(?=[{UPPER}])"
        ),
        industry_words=frozenset(_phrase_key(w) for w in data["industry_words"]),
        admin_acts=re.compile(
            rf"(?:\s+(?:{alternation(data['act_auxiliaries'])}))*\s+(?:{alternation(data['admin_acts'])})(?!{_WORD})"
        ),
        admin_before=re.compile(
            rf"(?<!{_WORD})(?:(?:{alternation(data['admin_before'])})\s+của|{alternation(data['admin_partners'])})"
            rf"\s+(?:toàn\s+)?{_ADMIN_CUE}\s+$"
        ),
        admin_peers=frozenset(_phrase_key(w) for w in data["admin_peers"]),
        peer_ends=re.compile(rf"(?<!{_WORD})(?:{alternation(data['admin_peers'])})$"),
        peer_any=re.compile(rf"(?<!{_WORD})(?:{alternation(data['admin_peers'])})(?!{_WORD})"),
        peer_starts=re.compile(rf"^(?:{alternation(data['admin_peers'])})(?!{_WORD})"),
        list_intro=re.compile(
            rf"(?<!{_WORD})(?:{alternation(w for w in data['list_intros'] if w.isalpha() or ' ' in w)})(?!{_WORD})"
            rf"|(?:{alternation(w for w in data['list_intros'] if not w.replace(' ', '').isalpha())})"
        ),
        intro_not_items=re.compile(
            rf"\s*(?:[{UPPER}][\w-]*[ \t]+[{UPPER}]|\d|(?:{alternation(data['intro_counts'])})(?!{_WORD}))"
        ),
        cue_blocked=re.compile(rf"(?<!{_WORD})(?:{alternation(data['cue_not_after'])}) $"),
        goods_head=re.compile(rf"(?<!{_WORD})(?:{alternation(data['goods_heads'])})(?!{_WORD})"),
        list_head=re.compile(  # goods first: "nhóm hàng" is goods, not the cue "nhóm"
            rf"(?P<goods>(?<!{_WORD})(?:{alternation(data['goods_heads'])})(?!{_WORD}))"
            rf"|(?P<cue>(?<!{_WORD})(?:{alternation(cue_words)})(?!{_WORD}))"
        ),
        figure_gap=re.compile(
            rf"\s+(?:{alternation(data['figure_verbs'])})\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%"
            r"\s*[,;]\s*(?:và\s+)?"
        ),
        study_words=re.compile(rf"(?<!{_WORD})(?:{alternation(data['study_words'])})(?!{_WORD})"),
        field_cue=re.compile(  # one field ("trong lĩnh vực vi mạch"), not a list of them ("các lĩnh vực")
            "".join(rf"(?<!{w} )" for w in data["count_before"])
            + rf"(?<!{_WORD})(?:{alternation(data['field_cues'])})\s+(?:công nghiệp\s+)?$"
        ),
        field_words=frozenset(_phrase_key(w) for w in data["field_cues"]),
        field_sections=frozenset(data["field_sections"]),
        grid_sections=frozenset(data["grid_trade"]["sections"]),
        production_words=frozenset(_phrase_key(w) for w in data["production_words"]),
        production_heads=tuple(_phrase_key(w) + " " for w in data["production_words"]),
        output_after=re.compile(
            rf"[^,.;:!?\n]{{0,{data['output_figures']['reach']}}}?(?<!{_WORD})"
            rf"(?:{alternation(data['output_figures']['verbs'])})\s+[^,.;:!?\n\d]{{0,12}}\d[\d.,]*\s*"
            rf"(?:(?:{alternation(data['output_figures']['scales'])})\s+)?"
            rf"(?:{alternation(data['output_figures']['units'])})(?!{_WORD})"
        ),
        head_run=re.compile(rf"{head}(?:[ \t]+(?:[\w-]+|&)){{1,7}}[ \t]+$"),
        joined_name=re.compile(
            rf"{head}\s+{upper_word}(?:[ \t]+[\w-]+){{0,5}}[ \t]+và[ \t]+{upper_word}(?:[ \t]+[\w-]+){{0,3}}[ \t]+$"
            rf"|{head}(?:[ \t]+(?:{upper_word}|(?i:{fillers}))){{1,5}}[ \t]+và(?:[ \t]+(?i:{fillers})){{0,2}}[ \t]+$"
        ),
        joined_tail=re.compile(
            rf"{head}\s+{upper_word}(?:,?[ \t]+[\w-]+){{0,5}}[ \t]+và[ \t]+(?:(?i:{trades})[ \t]+)?$"
        ),
        industry_before=re.compile(rf"(?<!{_WORD})(?:{alternation(data['industry_words'])})\s+$"),
        trade_heads={_phrase_key(k): tuple(c) for k, c in data["trade_heads"].items()},
        makers=frozenset(_phrase_key(w) for w in data["production_words"])
        | frozenset(_phrase_key(k) for k in data["trade_heads"]),
        word_heads=frozenset(
            _phrase_key(w) for w in data["market_words"] + data["activity_heads"] + head_words
        ),
        cue_heads=frozenset(_phrase_key(w) for w in cue_words),
        market_before=re.compile(
            rf"(?<!{_WORD})(?:{alternation(data['market_words'] + data['revenue_words'])})\s+$"
        ),
        market_sections=frozenset(data["market_sections"]),
        listed_modes={_phrase_key(k): tuple(c) for k, c in data["listed_modes"]["names"].items()},
        mode_sections=frozenset(data["listed_modes"]["sections"]),
        unit_before=re.compile(rf"(?<!{_WORD})(?:{alternation(data['unit_firms']['words'])})\s+$"),
        unit_sections=frozenset(data["unit_firms"]["sections"]),
        institution_before=re.compile(rf"(?<!{_WORD})(?:{alternation(data['institutions']['words'])})\s+$"),
        institution_sections=frozenset(data["institutions"]["sections"]),
        agent_heads=frozenset(_phrase_key(w) for w in data["agent_heads"]),
        event_heads=frozenset(_phrase_key(w) for w in data["event_heads"]),
        count_before=re.compile(rf"(?:^|\s)(?:{alternation(data['count_before'])}|\d(?:[\d.,]*\d)?)\s+$"),
        count_after=re.compile(rf"\s+(?:{alternation(data['count_after'])})(?!{_WORD})"),
        object_after=re.compile(rf"\s+(?:{alternation(data['object_after'])})(?!{_WORD})"),
        title_field=re.compile(
            rf"(?<!{_WORD})(?:{alternation(data['title_fields'])})(?:\s+[^\W\d]+(?:[ \t]+[^\W\d]+){{0,3}}\s+và(?:[ \t]+[^\W\d]+){{0,2}})?\s+$"
        ),
        name_run=re.compile(rf"{head}[^.;:!?()\n“”\"]*$"),
        company_name=re.compile(
            rf"{head}[ \t]+{upper_word}(?:[ \t]+[\w-]+){{0,2}}(?:[ \t]+(?:(?i:{fillers})|{upper_word}))*[ \t]+$"
        ),
        name_heads=frozenset(_phrase_key(h) for h in data["body_heads"]),
        name_words=frozenset(_phrase_key(w) for w in data["name_fillers"]),
        describe_stops=frozenset(
            _phrase_key(w) for w in [*data["name_breaks"], *data["count_before"], *cue_words, *head_words]
        ),
        name_close=re.compile(
            rf"(?:,?[ \t]+(?!(?:{alternation(data['name_breaks'])})(?!{_WORD}))[{LOWER}][\w-]*){{0,3}}"
            rf"[ \t]+\(?[{UPPER}]"
        ),
        place_peer_ends=re.compile(rf"(?<!{_WORD})(?:{alternation(data['place_peers'])})$"),
        place_peer_starts=re.compile(rf"^(?:{alternation(data['place_peers'])})(?!{_WORD})"),
        processing_heads=frozenset(_phrase_key(w) for w in data["processing_heads"]),
        processed_goods=frozenset(_phrase_key(w) for w in data["processed_goods"]),
        shared_object=re.compile(
            rf"(?:\s*(?:,|[ \t]và|[ \t]hoặc)[ \t]+(?:{alternation(data['shared_object']['verbs'])})(?!{_WORD}))+[ \t]+"
            rf"(?!(?:{alternation(data['name_breaks'] + data['shared_object']['not_objects'])})(?!{_WORD}))[^\W\d]"
        ),
        market_sentence=re.compile(rf"(?<!{_WORD})(?:{alternation(data['market_sentences'])})(?!{_WORD})"),
        chain_before=re.compile(rf"(?<!{_WORD})(?:{alternation(data['chain_heads'])})\s+$"),
        period_number=re.compile(rf"(?<!{_WORD})(?:{alternation(data['period_numbers'])})\s+\d[\d/.-]*\s+$"),
        **_contracted_rule(data["contracted"]),
        called_after=_called_after_rule(data["called_after"]),
        share_cue=re.compile(rf"(?<!{_WORD})(?:{alternation(data['share_cues']['words'])})\s+$"),
        share_cued=frozenset(_phrase_key(w) for w in data["share_cues"]["names"]),
        glued_heads=frozenset(_phrase_key(w) for w in data["glued_heads"]["words"]),
        maker_links=frozenset(_phrase_key(w) for w in data["maker_links"]),
        maker_link_before=re.compile(
            rf"(?<!{_WORD})(?:{alternation(head_words)})\s+(?:{alternation(data['production_words'])})\s*"
            rf"(?:{alternation(data['maker_links'])})\s+$"
        ),
    )


def _called_after_rule(data: dict[str, Any]) -> re.Pattern[str]:
    """A copula and a cue word right after a name ("hàng hải luôn là lĩnh vực", "coi ngân hàng là một ngành
    kinh tế"): the text calls the name a sector, as a cue word before it does; not a product line ("là ngành
    hàng")."""
    adverbs, copulas = alternation(data["adverbs"]), alternation(data["copulas"])
    quantifiers, cues = alternation(data["quantifiers"]), alternation(data["cues"])
    blocked = alternation(data["not_after"])
    return re.compile(
        rf"(?:[ \t]+(?:{adverbs}))*[ \t]+(?:{copulas})(?:[ \t]+(?:{quantifiers}))?[ \t]+(?:{cues})"
        rf"(?!{_WORD})(?![ \t]+(?:{blocked})(?!{_WORD}))"
    )


def _contracted_rule(data: dict[str, Any]) -> dict[str, Any]:
    """The ``News`` fields of the "contracted" rule: heads ("nông", "lâm") each cut from a name and written
    with a comma or a dash right before the name they share ("nông, thủy sản", "nông-công nghiệp")."""
    heads = {_phrase_key(h): tuple(c) for h, c in data["heads"].items()}
    head = rf"(?<!{_WORD})(?:{alternation(heads)})\s*[,\-–]\s*"
    return {
        "contracted_heads": heads,
        "contracted_tails": frozenset(_phrase_key(t) for t in data["tails"]),
        "contracted_before": re.compile(
            "".join(rf"(?<!{re.escape(w)} )" for w in data["not_after"]) + rf"(?:{head})+$"
        ),
    }


def _cue_before(v: Vsic, before: str) -> bool:
    """A cue word right before the phrase ("ngành", "lĩnh vực"), not one of "chuyên ngành", "các sở, ngành"."""
    m = v.cue.search(before)
    return m is not None and not _cue_blocked(v, before, m.start())


def _firm_before(text: str, v: Vsic, before: str, start: int, key: str, entry: Entry) -> bool:
    """A lower-case name right after a firm word names the firms' industry ("các doanh nghiệp bán lẻ", "đơn
    vị kinh doanh vận tải"; after "đơn vị", a unit, only market services: "các đơn vị vận tải", not the
    auditor, schools or hospitals of "đơn vị kiểm toán", "đơn vị đào tạo", "đơn vị y tế"), unless it is a generic one ("doanh nghiệp sản xuất", "kinh doanh dịch vụ") or a
    commodity ("kinh doanh cà phê": goods traded)."""
    if entry.commodity or key in v.firm_generic or not text[start].islower():
        return False
    if v.firm_before.search(before) is not None:
        return True
    unit = v.news.unit_before.search(before) is not None  # "các đơn vị vận tải", not "đơn vị kiểm toán"
    return unit and _codes_within(entry, v.news.unit_sections)


def _market_of(text: str, v: Vsic, before: str, start: int, key: str, entry: Entry) -> bool:
    """A market word right before a lower-case name of a service ("thị trường vận tải", "thị trường bán lẻ"),
    or a revenue word ("doanh thu lưu trú"): the market or the takings of the sector, which name it as a cue word
    does; not a generic name ("thị trường dịch vụ"), nor
    goods ("thị trường ô tô", "thị trường xăng dầu": the product's market) or finance ("thị trường tài chính":
    the markets for money and securities)."""
    if key in v.firm_generic or not text[start].islower() or not _codes_within(entry, v.news.market_sections):
        return False
    return v.news.market_before.search(before) is not None


def _product_before(view: TextView, v: Vsic, before: str, start: int) -> bool:
    """A product word right before the phrase (``before`` ends at ``start``) that starts a word of the
    segmentation: "cách chế biến", not the "cách" of "cải cách", "phong cách", "khoảng cách"."""
    m = v.product_before.search(before)
    return m is not None and view.is_boundary(start - len(before) + m.start("word"))


def _institution(v: Vsic, before: str, entry: Entry) -> bool:
    """An establishment word right before a name of education or health ("các cơ sở giáo dục nghề nghiệp", "cơ
    sở đào tạo"): the schools or hospitals, institutions; not one of a market activity ("cơ sở chăn nuôi")."""
    if v.news.institution_before.search(before) is None:
        return False
    return _codes_within(entry, v.news.institution_sections)


def _named_firm_after(text: str, start: int, end: int) -> bool:
    """A lower-case name followed by a capitalised one: one firm's shares ("cổ phiếu ngân hàng Vietcombank"),
    no group of shares."""
    return not text[start].isupper() and _FIRM_NAME_AFTER.match(text, end) is not None


# A capitalised word right after a name (a firm's own name: "ngân hàng" + " Vietcombank").
_FIRM_NAME_AFTER = re.compile(rf"[ \t]+[{UPPER}]")


def _market_group(view: TextView, v: Vsic, low: str, start: int) -> bool:
    """A capitalised name in a sentence about the stock market ("họ mua ròng 11/18 ngành, chủ yếu là ngành Ngân
    hàng"): the market's group of shares, not the administration."""
    if not view.ctext[start].isupper():
        return False
    return v.news.market_sentence.search(low, *view.sentence_bounds(start)) is not None


def _codes_within(entry: Entry, sections: frozenset[str]) -> bool:
    """Whether the name has codes and every one of them is in one of the VSIC ``sections``."""
    return bool(entry.codes) and _all_in(entry.codes, sections)


def _all_in(codes: tuple[str, ...], sections: frozenset[str]) -> bool:
    """Whether every one of ``codes`` (none at all too) is in one of the VSIC ``sections``."""
    return all(code[:1] in sections for code in codes)


def _cue_blocked(v: Vsic, text: str, pos: int) -> bool:
    """Whether the cue word at ``pos`` follows a word that makes it no cue ("chuyên ngành", "các sở, ngành")."""
    return v.news.cue_blocked.search(text, max(0, pos - _BLOCKER_CHARS), pos) is not None


# The longest word (with its space) that can make a cue word no cue ("các sở, ").
_BLOCKER_CHARS = 12


def place_words() -> list[str]:
    """Multi-word places and other phrases holding a sector word (for the tokenizer's fixed words)."""
    data = load_json("sector_names.json")
    return list(data["places"]) + list(data["not_sectors"])


def sector_names() -> list[str]:
    """Every news sector name of ``sector_names.json`` (for the tokenizer's fixed words)."""
    return [name for group in load_json("sector_names.json")["groups"] for name in group["names"]]


def _trie_regex(phrases: list[list[str]]) -> str:
    """One regex for many word sequences, shared prefixes factored out (fast, longest match first).

    Words are joined by any whitespace; a comma after a word is optional ("máy móc, thiết bị")."""
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            token = re.escape(word.rstrip(",")) + (",?" if word.endswith(",") else "")
            child = node[word]
            rest = build(child) if any(child_word for child_word in child) else ""
            if rest:
                tail = rf"(?:\s+{rest})" + ("?" if "" in child else "")
                branches.append(token + tail)
            else:
                branches.append(token)
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


def source_of(phrase: str) -> str | None:
    """Where the name-to-code mapping of a news sector name comes from (``sector_names.json``), or None."""
    return vsic().sources.get(_phrase_key(phrase))


def lookup(phrase: str) -> Entry | None:
    """The table entry for a sector phrase as written (exact after normalisation), or None."""
    v = vsic()
    key = _phrase_key(phrase)
    return v.table.get(key) or v.table.get(key.replace(",", ""))


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entry: Entry
    codes: tuple[str, ...]
    cued: bool


# Between two items of a list of sectors: a comma, "và", "hoặc" (also ", và"), a dash or a slash.
_LIST_GAP = re.compile(r"\s*(?:,?\s(?:và|hoặc|hay|cùng)|,|/|-|–)\s*")


class _Marks:
    """Where a pattern matches in the text, found once on first use (not for every candidate)."""

    def __init__(self, low: str, pattern: re.Pattern[str]) -> None:
        self._low, self._pattern = low, pattern
        self._starts: list[int] | None = None

    def within(self, start: int, end: int) -> bool:
        if self._starts is None:
            self._starts = [m.start() for m in self._pattern.finditer(self._low)]
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


def extract(view: TextView) -> list[Sector]:
    v = vsic()
    text = view.ctext
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)
    shielded = [m.span() for m in v.news.shields.finditer(low)]
    marks = _Marks(low, v.news.study_words), _Marks(low, v.news.peer_any), _Marks(low, v.news.goods_head)
    article = _LandArticle(view, v, low)
    candidates = []
    pos = 0
    while (m := v.pattern.search(low, pos)) is not None:
        candidate = _candidate(view, v, low, m.start(), m.end(), shielded, marks, article)
        if candidate is not None:
            candidates.append(candidate)
        pos = _next_search(view, m.start(), m.end())
    candidates = _listed_modes(_processing_lists(_industries(candidates, v, low), v, low), v, low)
    return [_fact(view, v, c, listed) for c, listed in _accepted(v, candidates, low, text)]


def _next_search(view: TextView, start: int, end: int) -> int:
    """Where to look for the next phrase after the one at [start, end): its end, or, when it starts inside a
    word of the segmentation that ends within it, that word's end ("nhà sản xuất" + "nông nghiệp": the
    maker's syllables belong to another word, the sector name after it stands alone)."""
    word = view.word_at(start)
    if word is not None and start > word[0] and word[1] < end and not view.ctext[start].isupper():
        return word[1]
    return end  # also after a capitalised phrase the tagger cut: a name's words ("Trường Nghiên cứu Chất bán dẫn")


def _candidate(
    view: TextView,
    v: Vsic,
    low: str,
    start: int,
    end: int,
    shielded: list[tuple[int, int]],
    marks: tuple[_Marks, _Marks, _Marks],
    article: _LandArticle,
) -> _Candidate | None:
    """A sector phrase at [start, end) unless it is part of a body's name, a place or a law's name, or goods."""
    key = _low_key(low[start:end])  # ``low`` is canonical already: no ``lookup``
    entry = v.table.get(key) or v.commaless.get(" ".join(key.replace(",", " ").split()))  # news's commas
    if entry is None:
        return None
    first = _contracted_start(view, v, low, start, key)  # "nông, " of "nông, thủy sản": the name starts there
    word_cued = False
    glued = _glued_head(view, v, low, start, end)  # "thu" of "Tổng | thu du lịch": the name stands apart
    if first == start and not glued and not view.on_words(start, end):
        head = _word_head(view, v, low, key, entry, start, end)
        if head is None:
            return None  # "công nghiệp" inside the word "khu công nghiệp", "hàng không" in "cảng hàng không"
        word_cued = head in v.news.agent_heads  # "nhà bán lẻ": the retailers
    if any(a <= start and end <= b for a, b in shielded):
        return None  # "khu công nghiệp", "bảo hiểm xã hội"
    before = low[max(0, first - 30) : first]
    if (
        _in_name(view, v, before, first, end)
        or v.news.place_before.search(before)
        or v.news.title_field.search(low[max(0, first - _TITLE_FIELD_REACH) : first])
    ):
        return None  # "Bộ Xây dựng", "Luật Kinh doanh bất động sản", "Khu lâm nghiệp ...", a decree's title:
        # "xử phạt vi phạm hành chính trong lĩnh vực chứng khoán" (``low`` is already lower case)
    if _place_or_kind(v, low, before, first, end):
        return None  # "khu chung cư, thương mại, dịch vụ", "trung tâm thương mại, dịch vụ", "du lịch y tế"
    cued = _cue_reading(view, v, low, (first, end), before, marks, entry, word_cued)
    if cued is None or (not cued and _output_figure(v, key, low, end)):
        return None
    codes = entry.codes
    if v.news.trade_before.search(before):
        codes = v.news.after_trade.get(key, codes)  # "xuất khẩu thủy sản"
    if key in v.news.road_names and _by_road(view, v, low, start, article):
        codes = v.news.road_codes  # "doanh nghiệp vận tải khách bằng xe ô tô": road transport
    if first < start:
        return _Candidate(first, end, entry, _contracted_codes(v, low, first, start, codes), cued)
    word = view.word_at(start)
    if word is not None and word[0] < start and not glued:
        start = word[0]  # the fact is the word of the segmentation ("thị trường chứng khoán"), a token
    return _Candidate(start, end, entry, codes, cued)


def _output_figure(v: Vsic, key: str, low: str, end: int) -> bool:
    """Whether a name of making goods ("sản xuất thép thành phẩm") with no cue word is the subject of an output
    figure in its clause ("... tháng 4 đạt 2,1 triệu tấn"): the goods produced, not the industry."""
    makes = key.startswith(v.news.production_heads)
    return makes and v.news.output_after.match(low, end) is not None


def _glued_head(view: TextView, v: Vsic, low: str, start: int, end: int) -> bool:
    """Whether the phrase at [start, end) ends a word of the segmentation that starts with one of ``glued_heads``
    ("thu du lịch", "coi du lịch"): a word glued to the name, which stands apart after it."""
    word = view.word_at(start)
    if word is None or word[0] >= start or word[1] != end:
        return False
    return _low_key(low[word[0] : start]) in v.news.glued_heads


def _contracted_start(view: TextView, v: Vsic, low: str, start: int, key: str) -> int:
    """Where a name shared by heads cut to their first syllable starts: at the first head ("nông, lâm nghiệp",
    "nông - lâm nghiệp", "nông-công nghiệp"), else at ``start``; a head must start a word of the segmentation
    (not the last syllable of "đầu tư công")."""
    if key not in v.news.contracted_tails:
        return start
    m = v.news.contracted_before.search(low, max(0, start - _CONTRACTED_CHARS), start)
    return m.start() if m and view.is_boundary(m.start()) else start


def _contracted_codes(v: Vsic, low: str, first: int, start: int, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The codes of the heads in [first, start) and of the name they share (``codes``); a head's sections when
    the name's codes are sections ("nông-công nghiệp": A, B, C, D, E)."""
    sections = all(len(c) == 1 for c in codes)
    out: list[str] = []
    for syllable in _SYLLABLE.findall(low[first:start]):
        out.extend(c[:1] if sections else c for c in v.news.contracted_heads.get(syllable, ()))
    return tuple(dict.fromkeys(out + list(codes)))


# How far back heads cut to a syllable may reach ("nông, lâm, ngư, " before a shared name).
_CONTRACTED_CHARS = 24
# A syllable of those heads ("nông" of "nông, lâm, ").
_SYLLABLE = re.compile(rf"{_WORD}+")


def _by_road(view: TextView, v: Vsic, low: str, pos: int, article: _LandArticle) -> bool:
    """Whether the sentence at ``pos`` names road or rail vehicles or roads ("xe ô tô", "đường bộ", "liên
    tỉnh", "đường sắt", "tàu hỏa", all H49) and no other mode ("tàu", "hàng không"), read on the segmentation's
    words: a word, its first syllable, or two words together (a phrase the segmentation left in syllables); a
    sentence naming no mode at all reads the whole article the same way (a trucking article's "doanh nghiệp
    vận tải")."""
    words = _words_of(view, low, *view.sentence_bounds(pos))
    road = bool(_mode_readings(words) & v.news.road_words)
    other = _other_mode(v, words)
    if not road and not other:
        return article.verdict  # no mode in the sentence: the article's
    return road and not other


def _other_mode(v: Vsic, words: list[str]) -> bool:
    """Whether ``words`` name a mode other than road or rail: a word, its first syllable or two words together
    among ``other_modes``, unless that word or pair (or the word's first two syllables) is a road or rail word
    or one of ``not_modes`` ("tàu hỏa", "tàu điện ngầm": rail; "biển số", "biển báo": no mode)."""
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else word
        if {word, pair, " ".join(word.split(" ")[:2])} & v.news.not_other_mode:
            continue
        if {word, word.split(" ", 1)[0], pair} & v.news.other_modes:
            return True
    return False


def _words_of(view: TextView, low: str, start: int, end: int) -> list[str]:
    """The segmentation's words of [start, end), as lexicon keys."""
    return [_low_key(low[a:b]) for a, b in view.words_in(start, end)]


def _mode_readings(words: list[str]) -> set[str]:
    """``words``, their first syllables and pairs of words, where a mode of transport is read."""
    pairs = {" ".join(p) for p in pairwise(words)}
    return set(words) | {w.split(" ", 1)[0] for w in words} | pairs


class _LandArticle:
    """Whether the whole text is about road or rail transport, decided once per document on first use."""

    def __init__(self, view: TextView, v: Vsic, low: str) -> None:
        self._view, self._v, self._low = view, v, low

    @cached_property
    def verdict(self) -> bool:
        return _about_land_transport(self._view, self._v, self._low)


def _about_land_transport(view: TextView, v: Vsic, low: str) -> bool:
    """Whether the whole text is about road or rail transport: no other mode, and road words in its first line,
    its title, or again and again (a trucking article), not once in passing (a statistics report's "ô tô")."""
    words = _words_of(view, low, 0, len(low))
    if _other_mode(v, words):
        return False
    title = view.paragraph_bounds(0)
    if title[1] < len(low.rstrip()) and _mode_readings(_words_of(view, low, *title)) & v.news.road_words:
        return True  # a title over a body (one paragraph alone has none)
    hits = sum(1 for w in words if w in v.news.road_words or w.split(" ", 1)[0] in v.news.road_words)
    return hits >= v.news.article_words


def _cue_reading(
    view: TextView,
    v: Vsic,
    low: str,
    span: tuple[int, int],
    before: str,
    marks: tuple[_Marks, _Marks, _Marks],
    entry: Entry,
    word_cued: bool = False,
) -> bool | None:
    """Whether a cue word (right before, or opening the list the phrase is in) calls it a sector; None when
    the context makes it no sector: the administration, goods, a list's head, agencies (``marks``: where
    admissions words and agencies' domains are in the text)."""
    start, end = span
    study, peers, goods = marks
    key = _low_key(low[start:end])
    cued = word_cued or _cue_before(v, before) or _firm_before(view.ctext, v, before, start, key, entry)
    cued = cued or v.news.called_after.match(low, end) is not None  # "hàng hải luôn là lĩnh vực ..."
    cued = cued or _made_goods(v, before, entry)  # "sản xuất hàng điện tử": the making of those goods
    trade = key in v.news.trade_cued and v.news.trade_cue.search(before) is not None  # "xuất khẩu dịch vụ"
    share = key in v.news.share_cued and v.news.share_cue.search(before) is not None  # "tỷ trọng dịch vụ"
    trade = trade or share
    cued = cued or trade or (key in v.news.trade_heads and v.news.chain_before.search(before) is not None)
    shares = v.share_before.search(before) is not None and not _named_firm_after(view.ctext, start, end)
    cued = cued or shares  # "cổ phiếu Ngân hàng", "cổ phiếu ngân hàng": the market's sector group of shares
    cued = cued or _market_of(view.ctext, v, before, start, key, entry)  # "thị trường vận tải"
    majors = cued and study.within(*view.sentence_bounds(start))
    majors = majors and not v.news.field_cue.search(before)  # "sinh viên ... trong lĩnh vực vi mạch": a field
    cued = cued and not majors  # "các ngành Kế toán, Kiểm toán có điểm chuẩn": study majors
    group = shares or (cued and v.group_cue.search(before) is not None)  # "nhóm ngân hàng", "nhóm Tài chính"
    # "họ mua ròng 11/18 ngành, chủ yếu là ngành Ngân hàng": a group of shares, no administration
    group = group or (cued and _market_group(view, v, low, start))
    if cued and not group and _administration(view.ctext, v, low, start, end):
        return None  # "ngành Tài chính", "ngành nông nghiệp tỉnh": the administration
    if not cued and _product_before(view, v, before, start):
        return None  # "giá thép xây dựng", "sản phẩm du lịch", "sàn chứng khoán": goods, things, places
    if not cued and _institution(v, before, entry):
        return None  # "các cơ sở giáo dục nghề nghiệp": schools and hospitals, institutions
    counted = v.news.count_before.search(before) is not None and not v.news.period_number.search(before)
    # "nhập khẩu nhiều thủy sản": a quantity of the trade, the trade's sector
    counted = counted and not v.news.trade_before.search(before)
    if counted or (not cued and v.news.count_after.match(low, end)):
        return None  # "11 bất động sản", "những bất động sản đó", "các ngân hàng": properties, banks
    if entry.context_only and v.news.object_after.match(low, end):
        return None  # "xây dựng các cảng", "tư vấn các doanh nghiệp": a verb and its object
    if key in v.news.production_words and v.news.shared_object.match(low, end):
        return None  # "ngành sản xuất, chế biến thủy sản": a verb sharing its object with the next one
    if key in v.news.industry_words and _heads_list(view.ctext, v, low, end):
        return None  # "các ngành công nghiệp như ô tô, thép": the head of a list of industries
    near = peers.within(max(0, start - _PEER_REACH), end + _PEER_REACH)  # an agency's domain in reach
    may_open = entry.context_only or near or goods.within(max(0, start - _OPENER_REACH), start)
    opener = None if cued or majors or not may_open else _list_opener(v, low, start, end)
    if opener in ("cue", "field") and study.within(*view.sentence_bounds(start)):
        opener = None  # a list of study majors
    if opener == "goods":
        return None  # "các mặt hàng thế mạnh như thủy sản, dệt may": goods named after an industry
    group = group or opener == "group"
    if group and (_goods_group(view.ctext, start, entry) or v.group_members.match(low, end)):
        return False  # "nhóm đồ uống và thuốc lá tăng 0,14%": goods; "nhóm ngân hàng quốc doanh": some firms
    cued = cued or opener in ("cue", "group", "field")  # "các lĩnh vực như viễn thông", "các ngành như ô tô"
    # "các lĩnh vực như ngoại giao, nông nghiệp": an industry there is a field of work, not an agency's domain
    fields = opener == "field" and _codes_within(entry, v.news.field_sections)
    if (
        near
        and not fields
        and (not cued or key in v.news.admin_domains)
        and _beside_administrations(v, low, start, end)
    ):
        return None  # "thanh tra của quốc phòng, công an, nông nghiệp": agencies, not sectors
    return cued


def _heads_list(text: str, v: Vsic, low: str, end: int) -> bool:
    """Whether an industry word ending at ``end`` heads a list of industries: a list intro right after it ("các
    ngành công nghiệp như ô tô, thép"), unless the intro leads to a place's name or a count ("mạnh về công nghiệp
    như Bắc Ninh", "Hoạt động công nghiệp gồm ba lĩnh vực"): the sector itself, described or compared."""
    m = v.news.list_intro.match(low, len(low) - len(low[end:].lstrip()))
    return m is not None and v.news.intro_not_items.match(text, m.end()) is None


# A list of sectors: its items end at a comma, "và", "hoặc", a slash or a dash; a clause ends at these.
_ITEM_GAP = re.compile(r"\s*(?:,?\s(?:và|hoặc|hay|cùng)|,|/|–|\s-)\s+")
_CLAUSE_END = re.compile(r"[.;!?()\n\[\]“”\"]")
# An item of such a list: a few words, no figure ("công nghệ sinh học", not "du lịch tăng 5%").
_ITEM = re.compile(r"[^\W\d]+(?:[ \t]+[^\W\d]+){0,4}")
# What may follow the last item read: another gap, the clause's end, or the text's end.
_ITEM_END = re.compile(r"\s*(?:[,;.…)/–]|\s(?:và|hoặc|hay)\s|$)")
# A list gap right before a word: the word begins an item of the list, it opens none.
_AFTER_GAP = re.compile(r"[,;]\s*$")
# A list gap right after a goods word: the word ends an item of the list ("xuất nhập khẩu hàng hóa, dịch vụ tài
# chính"), it opens none.
_GAP_AFTER = re.compile(r"\s*[,;]")
# How far (characters) before a phrase the cue or goods word opening its list is looked for.
_OPENER_REACH = 150
# Words of a description between a cue and its list intro ("các ngành công nghiệp công nghệ cao như").
_INTRO_WORDS = 7


def _word_head(view: TextView, v: Vsic, low: str, key: str, entry: Entry, start: int, end: int) -> str | None:
    """The head of the word of the segmentation the phrase at [start, end) ends, when that head refers to the
    sector (the fact is then the word, a token of its own): a market word ("thị trường chứng khoán"), a cue or firm word the tagger joined to the name
    ("ngành hàng không"), an activity on it ("xúc tiến du lịch"), an event of a name that stands alone
    ("khủng hoảng bất động sản"), or an agent before a making or trading name
    ("nhà sản xuất ô tô", "nhà bán lẻ": the firms); also a capitalised cue word the tagger glued to the name's
    first words, the rest of the name on words of its own ("Mảng tích hợp" + "hệ thống").  None for any other
    head (a place, a body, a thing: "khu
    công nghiệp", "cảng hàng không", "lưới điện", "nhà khoa học") and when the phrase cuts a word otherwise.
    ``key`` is the phrase's ``_low_key`` and ``entry`` its table entry (the caller's)."""
    word = view.word_at(start)
    if word is None or word[0] == start or word[1] > end:
        return None
    head = _low_key(low[word[0] : start])
    if word[1] < end:  # "Mảng tích hợp" + "hệ thống": a capitalised cue word glued to the name's first words
        glued = view.ctext[word[0]].isupper() and view.is_boundary(end)
        return head if glued and head in v.news.cue_heads else None
    if head in v.news.word_heads:
        return head
    if head in v.news.event_heads and not entry.context_only:
        return head  # "khủng hoảng bất động sản", not "khủng hoảng tài chính"
    if head in v.news.agent_heads and _makes_or_trades(v, key):
        return head
    return None


def _makes_or_trades(v: Vsic, key: str) -> bool:
    """A making or trading name ("sản xuất ô tô", "bán lẻ"), not the bare generic word ("sản xuất")."""
    first = key.split(" ")
    return key not in v.firm_generic and any(" ".join(first[:n]) in v.news.makers for n in (1, 2))


def _list_opener(v: Vsic, low: str, start: int, end: int) -> str | None:
    """What opens the list the phrase is an item of: "cue" ("trong các lĩnh vực nông nghiệp, công nghệ sinh
    học, xây dựng", "các ngành như du lịch, logistics"), "goods" ("các mặt hàng thế mạnh như thủy sản, dệt
    may": goods named after an industry), or None.  Every item before it is a few words; in a cue's list it
    ends an item too, or is the first item after the opener ("ngành du lịch tăng, xây dựng kế hoạch" is no list)."""
    industry = v.news.industry_before.search(low, max(0, start - 30), start)
    start = industry.start() if industry else start  # "các ngành đường sắt, công nghiệp dầu khí"
    window = low[max(0, start - _OPENER_REACH) : start]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    heads = [
        m
        for m in v.news.list_head.finditer(clause)
        if not (m.group("cue") and _cue_blocked(v, clause, m.start()))
        and not (m.group("goods") and _AFTER_GAP.search(clause, 0, m.start()))  # "..., sản phẩm phụ trợ"
        and not (m.group("goods") and _GAP_AFTER.match(clause, m.end()))  # "xuất khẩu hàng hóa, dịch vụ"
    ]
    if not heads:
        return None
    rest = clause[heads[-1].end() :]
    intros = [m for m in v.news.list_intro.finditer(rest) if len(rest[: m.start()].split()) <= _INTRO_WORDS]
    items = rest[intros[-1].end() :] if intros else rest
    items = _ITEM_NOTE.sub("", items)  # "như nhóm tiện ích (44,5%), hóa chất": an item and its note
    if not _items_before(items, first_ok=bool(intros)):
        return None
    if heads[-1].group("goods"):
        return "goods"
    kind = "group" if v.group_cue.fullmatch(heads[-1].group() + " ") else "cue"
    kind = "field" if _low_key(heads[-1].group()) in v.news.field_words else kind
    note = _ITEM_NOTE.match(low, end)
    return kind if not items.strip() or _ITEM_END.match(low, note.end() if note else end) else None


def _goods_group(text: str, start: int, entry: Entry) -> bool:
    """After "nhóm" (a group), a lower-case goods-producing name is a group of goods (price indexes, trade
    figures: "nhóm đồ uống và thuốc lá"); a services name ("nhóm ngân hàng") or a capitalised one ("nhóm
    Thép", as market data names a sector of listed firms) is a group of firms: a sector."""
    return text[start].islower() and _all_in(entry.codes, _GOODS_SECTIONS)


def _items_before(items: str, first_ok: bool) -> bool:
    """Whether ``items`` (the text between a list's opener and the phrase) are whole short items, each
    followed by a gap; empty when the phrase is the first item after an intro."""
    if not items.strip():
        return first_ok
    parts = _ITEM_GAP.split(items)
    return len(parts) >= 2 and not parts[-1].strip() and all(_ITEM.fullmatch(p.strip()) for p in parts[:-1])


def _beside_administrations(v: Vsic, low: str, start: int, end: int) -> bool:
    """In a list with an administration's domain ("quốc phòng, công an, nông nghiệp", "các bộ: Tư pháp, Công
    an, Nông nghiệp và Phát triển nông thôn"): an agency's field, not a sector.  The nearest item before may
    begin with other words ("thanh tra của quốc phòng"), the last one after may go on ("công thương xem xét")."""
    before = _ITEM_GAP.split(low[max(0, start - _PEER_REACH) : start])
    after = _ITEM_GAP.split(low[end : end + _PEER_REACH])
    if not before[-1].strip() and _peer_in_items(v, before[:-1][::-1], v.news.peer_ends):
        return True
    return not after[0].strip() and _peer_in_items(v, after[1:], v.news.peer_starts)


def _peer_in_items(v: Vsic, items: list[str], edge: re.Pattern[str]) -> bool:
    """Whether one of the list ``items`` (nearest first) is an administration's domain, before a long one;
    an item may hold more words on its outer ``edge`` ("thanh tra của công an")."""
    for item in items[:_LIST_REACH]:
        key = _low_key(item.strip(" .…:;"))
        if key in v.news.admin_peers or edge.search(key):
            return True
        if len(key.split()) > _ITEM_WORDS:
            return False
    return False


def _beside_places(v: Vsic, low: str, start: int, end: int) -> bool:
    """Whether the list item right before the phrase ends with a use of land or buildings, or the one right
    after starts with one ("đô thị, dân cư, thương mại", "thương mại, dịch vụ, nơi công cộng")."""
    before = _ITEM_GAP.split(low[max(0, start - _PLACE_REACH) : start])
    if len(before) >= 2 and not before[-1].strip() and v.news.place_peer_ends.search(before[-2].strip()):
        return True
    after = _ITEM_GAP.split(low[end : end + _PLACE_REACH])
    return (
        len(after) >= 2 and not after[0].strip() and bool(v.news.place_peer_starts.search(after[1].strip()))
    )


def _place_or_kind(v: Vsic, low: str, before: str, start: int, end: int) -> bool:
    """Whether the phrase at [start, end) (``before``: the text right before it) names a use of a place, beside
    one in a list ("khu chung cư, thương mại, dịch vụ, nơi công cộng") or after a place head opening its list
    ("trung tâm thương mại, dịch vụ, văn hóa"), or a kind of the sector right before it ("du lịch y tế")."""
    if _beside_places(v, low, start, end) or v.news.kind_of.search(before):
        return True
    return _in_place_list(v, low, start)


def _in_place_list(v: Vsic, low: str, start: int) -> bool:
    """Whether the phrase at ``start`` is a later item of a list whose first item is a place head and a sector
    name ("trung tâm thương mại, dịch vụ, văn hóa", "vành đai công nghiệp đô thị, dịch vụ, logistics"): the
    uses of the place, no sectors.  Every item between is a few words; the head must be followed by a sector
    name ("thành phố Vân Sơn, du lịch" is no such list)."""
    window = low[max(0, start - _PLACE_LIST_REACH) : start]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    parts = _ITEM_GAP.split(clause)
    if len(parts) < 2 or parts[-1].strip():
        return False
    for item in reversed(parts[:-1][-_PLACE_LIST_ITEMS:]):
        item = item.strip()
        for head in v.news.place_item.finditer(item):
            before = item[: head.start()]
            if v.news.shields.match(item, head.start()):
                continue  # "khu công nghiệp, nuôi trồng thủy sản": a place of its own is an item, no opener
            named = v.pattern.match(item, head.end()) or v.news.shields.match(item, head.end())
            if (not before or before.endswith(" ")) and named:
                return True  # a sector name, or a shielded word ("công viên văn hóa"), after the head
        if not _ITEM.fullmatch(item):
            return False
    return False


# How far (characters) and how many items back a list is read for a place head opening it.
_PLACE_LIST_REACH = 120
_PLACE_LIST_ITEMS = 4


# How far (characters) either side of a phrase its neighbours in a list are read for a use of land.
_PLACE_REACH = 40


# How far (characters) either side of a phrase an administration's domain is looked for in its list.
_PEER_REACH = 120
# How many list items either side are read for an administration, and the longest item (in words) read.
_LIST_REACH = 8
_ITEM_WORDS = 6


def _in_name(view: TextView, v: Vsic, before: str, start: int, end: int) -> bool:
    """Inside the name of a body ("Sở Y tế", "Hiệp hội các nhà sản xuất ô tô", "Tập đoàn thủy sản Minh Phú",
    "Bộ Văn hóa, Thể thao và Du lịch"), of a company ("Chứng khoán Rồng Việt") or of a law or programme."""
    text = view.ctext
    capital = text[start].isupper() and not text[start:end].isupper()  # "BĐS" is an abbreviation, not a name
    gap = _CAPITAL_AFTER.match(text, end)
    name_after = gap is not None and text[gap.end()].isupper()
    org = v.org_before.search(before)
    capital_head = _capital_head(text, org, start) and not v.firm_before.search(before)
    if org and (capital or name_after or capital_head):
        return True  # "Bộ Xây dựng", "Chứng khoán Rồng Việt", "thuộc Tổng cục thủy sản"
    if v.name_before.search(before) or v.news.body_before.search(text[max(0, start - 40) : start]):
        return True
    if capital and _ACRONYM_AFTER.match(text, end):
        return True  # "Chứng khoán KBSV vừa có báo cáo", also at a sentence's start: a company
    if capital and not _sentence_start(text, start):
        return (
            _title_run(view, start)
            or (name_after and not _cue_before(v, before))
            or _capital_run_from_body(text, v, start)
            or (not _cue_before(v, before) and bool(v.news.head_run.search(text[max(0, start - 80) : start])))
        )
    return _lower_in_name(view, v, start, end, name_after)


def _capital_head(text: str, head: re.Match[str] | None, start: int) -> bool:
    """Whether the body's head ``head`` matched right before ``start`` ("Tổng cục") is capitalised inside its
    sentence: a lower-case phrase after it goes on with the body's name ("thuộc Tổng cục thủy sản"); the caller
    leaves out firm words ("Công ty đóng tàu": the firm's industry)."""
    if head is None:
        return False
    pos = start - len(head.string) + head.start()
    pos += len(text[pos:start]) - len(text[pos:start].lstrip(' \t(["“'))
    return text[pos].isupper() and not _sentence_start(text, pos)


def _title_run(view: TextView, start: int, by_syllables: bool = False) -> bool:
    """Whether at least ``_TITLE_WORDS`` title-cased words of the segmentation stand right before a capitalised
    phrase in its sentence, with no punctuation between ("Trại Hè Hướng Nghiệp" + "Hàng Không", "Kỹ thuật Điện
    tử" + "Viễn thông"): the phrase ends the title of a name, a programme or a study major.  The sentence's
    first word does not count (capitalised anyway).  ``by_syllables`` counts their capitalised syllables
    instead ("Làng Văn hóa" is one word of two)."""
    text = view.ctext
    first = view.sentence_bounds(start)[0]
    words = view.words_in(max(first, start - _TITLE_REACH), start)
    if not words or text[words[-1][1] : start].strip():
        return False
    count = 0
    for a, b in reversed(words):
        word = text[a:b]
        titled = word[:1].isupper() and any(ch.islower() for ch in word) and word.replace(" ", "").isalpha()
        if not titled or not text[first:a].strip(" \"“'(-–"):
            break  # not title-cased, or the sentence's first word
        count += sum(part[:1].isupper() for part in word.split()) if by_syllables else 1
        if count >= _TITLE_WORDS:
            return True
    return False


# How many title-cased words before a capitalised phrase make it a name's, and how far (characters) they are read.
_TITLE_WORDS = 2
_TITLE_REACH = 60


def _lower_in_name(view: TextView, v: Vsic, start: int, end: int, name_after: bool) -> bool:
    """A lower-case sector phrase inside a body's name: the second item of a name joined by "và" ("Hiệp hội
    Chế biến và Xuất khẩu thủy sản"), a company's name of form words going on with a capital ("Công ty Cổ
    phần đầu tư nông nghiệp Agri-Vina"), or one ending in an acronym ("Công ty TNHH Thiết kế và tư vấn xây
    dựng công trình hàng không ADCC"), or one read on the words (``_named_run``)."""
    text = view.ctext
    window = text[max(0, start - 90) : start]
    if _ACRONYM_AFTER.match(text, end) and v.news.name_run.search(window):
        return True
    if name_after and _title_run(view, start, by_syllables=True):
        return True  # "Làng Văn hóa" + "du lịch" + "Chợ Lách": inside a proper name of title-cased words
    if _named_run(view, v, start, end):
        return True
    if " và " not in window:
        return name_after and bool(v.news.company_name.search(window))
    if v.news.joined_name.search(window):
        return True
    if name_after and v.news.joined_tail.search(window):
        return True  # "Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM"
    return name_after and bool(v.news.company_name.search(window))


def _named_run(view: TextView, v: Vsic, start: int, end: int) -> bool:
    """A lower-case phrase inside a name read on the segmentation's words: before it, back to a body's head,
    only capitalised words, the name words of companies and commas ("Trung tâm | Dịch vụ", "Tập đoàn | Bưu
    chính", "Khu | đô thị | sinh thái | ,"); after it, the name's end (a capitalised word or an acronym in
    brackets after at most a few lower-case words): "Trung tâm Dịch vụ nông nghiệp huyện Tháp Mười", "Tập
    đoàn Bưu chính viễn thông (VNPT)", "Khu đô thị, thương mại, dịch vụ khối Bắc Thung".  The head is capitalised,
    or a capitalised word follows it ("tổng công ty Xây lắp dầu khí Việt Nam")."""
    if v.news.name_close.match(view.ctext, end) is None:
        return False
    after_head = ""  # the word after the one read: the name's first word when the head is reached
    described = 0  # lower-case words describing the body's work ("Hội | môi giới | bất động sản Việt Nam")
    for a, b in reversed(view.words_in(max(0, start - _NAME_REACH), start)[-_NAME_WORDS:]):
        word, key = view.ctext[a:b], _phrase_key(view.ctext[a:b])
        if key in v.news.name_heads:
            if described:  # a capitalised head, mid-sentence or before a capitalised word ("Công ty TNHH")
                return word[:1].isupper() and (after_head[:1].isupper() or not _sentence_start(view.ctext, a))
            return word[:1].isupper() or after_head[:1].isupper()
        filler = key in v.news.name_words
        if after_head == "," and not filler:
            return (
                False  # a comma ends a name ("ngân hàng JPMorgan Chase, thị trường ..."), it only parts items
            )
        if not (word[:1].isupper() or word in (",", "-", "–") or filler):
            described += len(key.split())
            if not _describes(v, word, key) or described > _NAME_DESCRIBED:
                return False
        after_head = word
    return False


def _describes(v: Vsic, word: str, key: str) -> bool:
    """Whether a lower-case word may describe a body's line of work inside its name: a word of letters that
    does not end a name ('name_breaks'), counts nothing ('count_before': "các") and is no cue or firm word
    ("ngành", "doanh nghiệp" + a sector are a mention of it, not a name)."""
    return word.replace(" ", "").isalpha() and key not in v.news.describe_stops


# How far (characters) before a phrase a decree title's field words ('title_fields') are looked for.
_TITLE_FIELD_REACH = 75


# At most this many lower-case syllables of a description stand between a capitalised body's head and a sector.
_NAME_DESCRIBED = 3


# How far (characters, words) before a phrase the head of the name it is in is looked for.
_NAME_REACH = 90
_NAME_WORDS = 8


# An acronym right after a capitalised phrase: a company's name ("Chứng khoán KBSV"), not a place ("TP.HCM").
_ACRONYM_AFTER = re.compile(rf"[ \t]+[{UPPER}]{{2,}}[{UPPER}0-9]*(?![\w.])")
# A capitalised word right after a phrase: the phrase begins a proper name ("Chứng khoán Rồng Việt").
_CAPITAL_AFTER = re.compile(r"[ \t]+(?=\w)")
# The items of a name written as a list ("Bộ Văn hóa, Thể thao và Du lịch").
_NAME_ITEMS = re.compile(r"\s*(?:,|\svà|\s&|\s[-–])\s+")


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the text or a sentence: at most a quote, a bracket or spaces in the three characters
    before it, or a sentence's end ('.', '!', '?', ':', a line break) as the last character before it that is not
    white space (looked for back from ``start``, not by copying the text before it)."""
    if not text[max(0, start - 3) : start].strip(" \"“'("):
        return True
    last = start - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    return last < 0 or text[last] in ".!?:\n"


def _capital_run_from_body(text: str, v: Vsic, start: int) -> bool:
    """Whether the phrase at ``start`` continues a name of capitalised items (a list joined by commas and
    "và", or words) that holds a body's head ("Bộ Văn hóa, Thể thao và Du lịch", "Trung tâm Thống kê Nông
    nghiệp")."""
    window = text[max(0, start - 80) : start]
    window = window[max(window.rfind("("), window.rfind(")")) + 1 :]  # a name does not run across a bracket
    items = _NAME_ITEMS.split(window)
    last = items[-1]
    if last and not (last[:1].isupper() and len(last.split()) <= _NAME_TAIL_WORDS):
        return False  # the phrase does not continue a capitalised name
    for item in reversed(items[:-1] if not last else items):
        if _body_in(v, item):
            return True
        if not item[:1].isupper():
            return False
    return False


def _body_in(v: Vsic, item: str) -> bool:
    """Whether a body's head begins a name in ``item``; a head that with the rest of the item is a sector's
    name ("gồm Ngân hàng, Chứng khoán") or a place ("như Khu công nghiệp, Thủy sản": a market's group) is not
    one."""
    if any(
        _phrase_key(item[m.start() :]) not in v.table and not _whole_place(v, item[m.start() :])
        for m in v.news.body_head.finditer(item)
    ):
        return True
    return v.news.post_body.search(item) is not None  # "Trưởng phòng Văn hóa": the body "phòng Văn hóa"


def _whole_place(v: Vsic, text: str) -> bool:
    """Whether ``text`` is one of the place words that hold a sector word ("Khu công nghiệp"), nothing more."""
    low = _phrase_key(text)
    m = v.news.shields.match(low)
    return m is not None and m.end() == len(low)


# At most this many words of a name stand between its last comma or "và" and a sector word in it.
_NAME_TAIL_WORDS = 4


def _industries(candidates: list[_Candidate], v: Vsic, low: str) -> list[_Candidate]:
    """ "công nghiệp" + a sector name is one name with the codes of the latter ("công nghiệp bao bì"); a
    cue-only word right before another sector qualifies it and is no sector itself ("hạ tầng du lịch")."""
    out: list[_Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        if prev is None or (low[prev.end : c.start].strip() and not _maker_link(v, low, prev, c)):
            out.append(c)
        elif _makes_one_name(v, low, prev, c):
            codes = _joined_codes(v, low, prev, c)
            out[-1] = _Candidate(prev.start, c.end, Entry(codes, c.entry.confidence, False), codes, prev.cued)
        elif prev.entry.context_only:
            out[-1] = _Candidate(c.start, c.end, c.entry, c.codes, c.cued or prev.cued)
        else:
            out.append(c)
    return out


def _maker_link(v: Vsic, low: str, prev: _Candidate, c: _Candidate) -> bool:
    """A making name and the goods it makes with a link word between them are one name after a cue or firm
    word (``_made_goods``): "nhóm ngành sản xuất hàng điện tử", "ngành sản xuất và chế biến nhựa"; not a
    trade head ("doanh số bán lẻ hàng dệt may") nor a producer ("nước sản xuất hàng điện tử": the country)."""
    link = _low_key(low[prev.end : c.start].strip())
    maker = _low_key(low[prev.start : prev.end]) in v.news.production_words
    return c.cued and maker and link in v.news.maker_links and _all_in(c.codes, _GOODS_SECTIONS)


def _made_goods(v: Vsic, before: str, entry: Entry) -> bool:
    """Whether a goods-producing name follows a cue or firm word, a making name and a link word ("ngành sản
    xuất hàng" + "điện tử", "doanh nghiệp sản xuất hàng" + "dệt may")."""
    return _all_in(entry.codes, _GOODS_SECTIONS) and v.news.maker_link_before.search(before) is not None


def _joined_codes(v: Vsic, low: str, prev: _Candidate, c: _Candidate) -> tuple[str, ...]:
    """The codes of a head + a name made one name: a trade head's ("bán buôn thực phẩm": G46), except for a
    utility sold through its grid or mains, which stays in its own section ("bán lẻ điện": D35, as VSIC
    classes the distribution and sale of electricity, gas and water), else the name's."""
    if _codes_within(c.entry, v.news.grid_sections):
        return c.codes
    return v.news.trade_heads.get(_low_key(low[prev.start : prev.end]), c.codes)


def _processing_lists(candidates: list[_Candidate], v: Vsic, low: str) -> list[_Candidate]:
    """A processing head and the goods listed after it are one name with all their codes: "chế biến lương
    thực, thực phẩm, đồ uống", "sản xuất đồ uống và thực phẩm chế biến", and a name ending in a bare head
    with the goods right after it ("công nghiệp chế biến" + "lương thực, thực phẩm")."""
    out: list[_Candidate] = []
    for c in candidates:
        prev = out[-1] if out else None
        joined = prev is not None and _low_key(low[c.start : c.end]) in v.news.processed_goods
        bare = False
        if prev is not None and joined:
            words = _low_key(low[prev.start : prev.end]).split(" ")
            gap = low[prev.end : c.start]
            bare = " ".join(words[-2:]) in v.news.processing_heads and gap == " "
            heads = {" ".join(words[i : i + 2]) for i in range(len(words) - 2)}  # a head with goods after it
            joined = bare or bool(heads & v.news.processing_heads and _LIST_GAP.fullmatch(gap))
        if prev is None or not joined:
            out.append(c)
            continue
        codes = c.codes if bare else tuple(dict.fromkeys(prev.codes + c.codes))
        out[-1] = _Candidate(prev.start, c.end, Entry(codes, prev.entry.confidence, False), codes, prev.cued)
    return out


def _listed_modes(candidates: list[_Candidate], v: Vsic, low: str) -> list[_Candidate]:
    """A transport name listed right beside another one ("vận tải đường sắt, hàng hải, hàng không", "ngành hàng
    hải, cảng biển") is that one mode ("hàng hải": sea transport, the ports an item of their own); alone it
    keeps all its codes ("ngành hàng hải": shipping and its ports)."""
    out = list(candidates)
    for i, c in enumerate(candidates):
        codes = v.news.listed_modes.get(_low_key(low[c.start : c.end]))
        if codes and any(_beside(v, low, c, n) for n in candidates[max(0, i - 1) : i + 2] if n is not c):
            out[i] = _Candidate(c.start, c.end, c.entry, codes, c.cued)
    return out


def _beside(v: Vsic, low: str, c: _Candidate, n: _Candidate) -> bool:
    """Whether ``n`` is a name of ``mode_sections`` (transport) listed right before or after ``c``."""
    a, b = (n, c) if n.start < c.start else (c, n)
    return (
        _all_in(n.codes, v.news.mode_sections)
        and bool(n.codes)
        and _LIST_GAP.fullmatch(low, a.end, b.start) is not None
    )


def _makes_one_name(v: Vsic, low: str, prev: _Candidate, c: _Candidate) -> bool:
    """ "công nghiệp" + any sector name, "sản xuất" + a goods-producing one ("sản xuất thép"), and a trade
    head + one ("bán buôn thực phẩm": wholesale, with the head's codes)."""
    word = _low_key(low[prev.start : prev.end])
    if word in v.news.industry_words:
        return True
    return word in v.news.makers and _all_in(c.codes, _GOODS_SECTIONS)


# The VSIC sections that produce goods (farming, mining, manufacturing, energy, water): "sản xuất" + them.
_GOODS_SECTIONS = frozenset("ABCDE")


def _administration(text: str, v: Vsic, low: str, start: int, end: int) -> bool:
    """ "ngành" meaning the administration: a ministry's domain with a capital ("ngành Y tế"), or a domain of
    a province ("ngành nông nghiệp tỉnh"); an industry that is no ministry's domain stays the industry of the
    place ("ngành du lịch tỉnh", "ngành cấp nước TP.HCM")."""
    if _low_key(low[start:end]) not in v.news.admin_domains:
        return False
    place = _PLACE_AFTER.match(text, end)  # "ngành nông nghiệp Thanh Hóa đã ...": the province's department
    # a sentence's first word is capitalised anyway ("Ngân hàng vẫn là ngành đóng góp lợi nhuận lớn nhất")
    capital = text[start].isupper() and not _sentence_start(text, start)
    if capital or v.news.admin_acts.match(low, place.end() if place else end):
        return True  # "ngành Y tế", "ngành tài chính đã phát hiện nhiều vi phạm"
    if _admin_before(v, low, start):
        return True  # "theo khuyến cáo của ngành nông nghiệp": the administration's guidance
    return bool(v.news.admin_after.match(low, end))


def _admin_before(v: Vsic, low: str, start: int) -> bool:
    """Whether ``admin_before`` ends right at ``start``.  The text before is searched only when the cue word
    and a space stand right before ``start`` (each match ends with them), not for every candidate."""
    cue_end = start
    while cue_end > 0 and low[cue_end - 1].isspace():
        cue_end -= 1
    if cue_end == start or not low.endswith(_ADMIN_CUE, 0, cue_end):
        return False
    return v.news.admin_before.search(low, 0, start) is not None


# A place's name right after an administration's domain: one to three capitalised syllables.
_PLACE_AFTER = re.compile(rf"(?:[ \t]+[{UPPER}][\w.-]*){{1,3}}(?=[ \t])")


def _accepted(v: Vsic, candidates: list[_Candidate], low: str, text: str) -> list[tuple[_Candidate, bool]]:
    """The candidates that count: names that stand alone, cue-only names after a cue word, cue-only names that
    open a sentence as its subject after the text counted them ("_repeated_subject"), and cue-only names listed
    next to a counted sector ("bất động sản, xây dựng"), however long the list."""
    ok = [not c.entry.context_only or c.cued for c in candidates]
    listed = [False] * len(candidates)
    changed = True
    while changed:
        changed = False
        for i in range(len(candidates) - 1):
            a, b = candidates[i], candidates[i + 1]
            j = i + 1 if ok[i] else i
            if ok[i] != ok[i + 1] and _joins_list(v, candidates[j], low, (a.start, a.end), b.start):
                ok[j] = listed[j] = changed = True
    counted: set[str] = set()
    for i, c in enumerate(candidates):
        key = _low_key(low[c.start : c.end])
        ok[i] = ok[i] or (key in counted and _repeated_subject(text, c))
        if ok[i]:
            counted.add(key)
    return [(c, listed[i]) for i, c in enumerate(candidates) if ok[i]]


def _repeated_subject(text: str, c: _Candidate) -> bool:
    """Whether a cue-only name the text has already counted opens a sentence, capitalised, as its subject ("...
    nhóm Tài chính gồm Ngân hàng, Bảo hiểm. Ngân hàng gặp thách thức ..."): the same sector again; not when a
    capitalised word follows it (a body's or firm's name: "Ngân hàng Nhà nước")."""
    if not text[c.start].isupper() or not _sentence_start(text, c.start):
        return False
    return _FIRM_NAME_AFTER.match(text, c.end) is None


def _joins_list(v: Vsic, c: _Candidate, low: str, first: tuple[int, int], gap_end: int) -> bool:
    """Whether a cue-only candidate counts beside a counted one (``first`` the span of the first of the two):
    a list gap between them (also with one or two short items between: ``_ITEMS_GAP``), also items that each have their figure ("công nghiệp tăng 7,1%, xây dựng tăng
    6,3%") and the ends of a range ("từ tài chính tới dầu khí"), not a commodity ("dệt may, giày dép, cà phê":
    the coffee is goods)."""
    if c.entry.commodity:
        return False
    gap_start = first[1]
    opened = _RANGE_OPEN.search(low, max(0, first[0] - 4), first[0])
    if opened and _RANGE_GAP.fullmatch(low, gap_start, gap_end):
        return True
    return bool(
        _LIST_GAP.fullmatch(low, gap_start, gap_end)
        or v.news.figure_gap.fullmatch(low, gap_start, gap_end)
        or _ITEMS_GAP.fullmatch(low, gap_start, gap_end)
        or _noted_gap(v, low, gap_start, gap_end)
    )


def _noted_gap(v: Vsic, low: str, gap_start: int, gap_end: int) -> bool:
    """Items that each carry a note in brackets, a figure or their firms' tickers ("hóa chất (41%) và nhóm bán
    lẻ", "tài chính (4.814 tỷ đồng) và xây dựng", "Thủy sản (VHC, ANV) và Dệt may"): a list gap after the note,
    the next item's own group word ("nhóm") aside."""
    group = v.group_cue.search(low, gap_start, gap_end)
    end = group.start() if group else gap_end
    note = _ITEM_NOTE.match(low, gap_start, end)
    return note is not None and _LIST_GAP.fullmatch(low, note.end(), end) is not None


# A note in brackets right after a list item: a figure ("(41%)", "(4.814 tỷ đồng)") or a few stock tickers
# ("(VHC, ANV)"; lower case, as ``low`` has them).
_ITEM_NOTE = re.compile(r"\s*\((?:[^()\d]{0,20}\d[^()]{0,30}|\s*[a-z]{3}(?:\s*,\s*[a-z]{3}){0,5}\s*)\)")


# Between two items of a list, other short items no sector name covers, each after a comma ("xây dựng, giao
# thông, các công trình thủy lợi, dầu khí"): the two are still items of one list.
_ITEMS_GAP = re.compile(r"\s*,\s*(?:[^\W\d]+(?:[ ][^\W\d]+){0,3}\s*,\s*){1,2}")


# A range of sectors: "từ" before the first, "tới" or "đến" between the two ("từ sản xuất đến dịch vụ").
_RANGE_OPEN = re.compile(r"(?<!\w)từ\s+$")
_RANGE_GAP = re.compile(r"\s+(?:tới|đến)\s+")


def _fact(view: TextView, v: Vsic, c: _Candidate, listed: bool) -> Sector:
    entry = c.entry
    confidence = (0.85 if c.cued else 0.8) if entry.context_only else entry.confidence
    code = covering_code(c.codes) if c.codes and confidence >= v.min_confidence else None
    return Sector(
        **view.span(c.start, c.end),
        code=code,
        codes=c.codes,
        name=v.names.get(code) if code else None,
        level=v.levels.get(code) if code else None,
        classification=v.classification,
        confidence=round(confidence - (0.05 if listed else 0.0), 2),
    )
