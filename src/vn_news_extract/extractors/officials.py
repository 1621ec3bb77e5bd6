"""Officials: one entry per person with name, honorific, prefix, title and organisation.

Shapes: ``bà NAME, TITLE ORG``; ``TITLE ORG NAME``; ``ông NAME - TITLE ORG``; ``NAME (TITLE ORG)``; lists
that share one title ("ông A, ông B và bà C, Phó Chủ tịch UBND tỉnh"); academic and rank prefixes;
later references by given name ("ông Thắng", "Bộ trưởng Thắng") join the earlier full mention.
People named without a role are not officials.  Names are runs of 2-4 capitalised syllables that start
with a known surname (the last such window of a capitalised run, so "Sở Tài chính Nghệ An Nguyễn Văn
An" splits into organisation and name); foreign leaders are the capitalised run after a country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..lexicon import load_csv, load_json, load_lines
from ..model import Official
from ..patterns import alternation, guarded
from ..textnorm import LOWER, UPPER
from .view import TextView

_UP = UPPER
_LO = LOWER
# one or more initials glued to a surname ("J.Trump", "H.R.McMaster"; not "P.Bến Nghé": see _foreign)
_INITIALS = rf"[{_UP}]\.(?:[{_UP}]\.)*(?:Mc|Mac)?[{_UP}][{_LO}]+"
CAP_WORD = (
    rf"[{_UP}][{_UP}0-9&]*(?:-[{_UP}0-9&]+)+|[{_UP}]['’][{_UP}][{_LO}]*|[{_UP}][{_LO}]+-[{_LO}]+"
    rf"|[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)+"  # "Jean-Daniel", "Al-Hussein"
    rf"|{_INITIALS}"  # initials glued to a name: "A.Merkel", "J.Trump", "H.R.McMaster"
    rf"|[{_UP}][{_UP}0-9&]+|(?:Mc|Mac|De|Di|Du|La|Le|O')[{_UP}][{_LO}]+|[{_UP}][{_LO}]+|[{_UP}]"
)
CAP_RUN = re.compile(rf"(?<!\w)(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}))*(?!\w)")
# "ông A được bổ nhiệm giữ chức Giám đốc Sở ...", "bà B làm Chủ tịch ..."
_APPOINTED = re.compile(
    r"""
    \s+(?:(?:hiện|đang|hiện[ ]đang|nay|vẫn)\s+)?            # hiện, đang ...
    (?:tiếp[ ]tục\s+)?(?:được\s+)?                           # tiếp tục, được
    (?:(?:bầu|bổ[ ]nhiệm|điều[ ]động|phân[ ]công|giao|chỉ[ ]định|tái[ ]bổ[ ]nhiệm)(?:\s*,\s*|\s+))*
    (?:(?:giữ|làm|đảm[ ]nhận|đảm[ ]nhiệm|kiêm|nắm)\s+)?      # giữ, làm ...
    (?:chức\s+(?:vụ\s+)?                                     # chức (vụ)
      |(?:(?:trên|với)\s+)?(?:vai[ ]trò|cương[ ]vị|vị[ ]trí)\s+  # (trên) cương vị, vai trò, vị trí
      |làm\s+|là\s+)
    (?=\S)
    """,
    re.VERBOSE,
)
_ORG_MAX_WORDS = 22
_MAX_ROLES = 4
_TOKEN = re.compile(r"\S+")  # a run of non-space characters (a written word)
_LAST_TOKEN = re.compile(r"\S+$")
_SPACES = re.compile(r"\s+")
_COMMA = re.compile(r",\s*")
_COMMA_SEP = re.compile(r"\s*,\s*")
_CAP_NEXT = re.compile(rf"\s+[{_UP}]")  # the next word is capitalised: the word goes on into a longer name
_PROVINCE_WORD = re.compile(r"^(?:Tỉnh|Thành phố)\s+")  # "Tỉnh Hải Dương" in the provinces file: "Hải Dương"
_COMMA_AT_END = re.compile(r",\s*$")  # "Giám đốc Sở X, ông A": a comma before the honorific
# "ông A, ông B và bà C, Phó Chủ tịch": the gap between names of a list that shares the last title
_SHARED_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|đồng chí)\s+)?")
_ACRONYM_AFTER_TITLE = re.compile(r"^\s*\([A-Z]{2,5}\)")
_BRACKETED_ACRONYM = rf"\s?\([{_UP}][{_UP}0-9&-]{{1,7}}\)"  # a body's short name in brackets: " (CIEM)"
_ACRONYM_AFTER = re.compile(rf"{_BRACKETED_ACRONYM}(?!\w)")
# "Cơ quan X (NSA)": the body's short name in brackets ends the text between a post and a name
_ACRONYM_AT_END = re.compile(rf"{_BRACKETED_ACRONYM}$")
# a punctuation break, a spaced dash, or a list number ("1/ A - Chủ tịch X 2/ B - ...")
_BREAK = re.compile(r"[,;:()\n\"“”…]|\.\s|\s[-–—]\s|\s\d{1,2}/(?:\s|$)")


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the per-document caches below
class Lex:
    surnames: frozenset[str]
    given: frozenset[str]
    middle: frozenset[str]
    name_prefixes: frozenset[str]
    places: frozenset[str]
    head_words: frozenset[str]
    major: frozenset[str]
    honorific: re.Pattern[str]
    honoured_next: re.Pattern[str]
    title_of_previous: re.Pattern[str]
    prefix: re.Pattern[str]
    title: re.Pattern[str]
    title_at_end: re.Pattern[str]
    org_head: re.Pattern[str]
    org_head_lower: re.Pattern[str]
    country: re.Pattern[str]
    country_at_end: re.Pattern[str]
    seat_at_end: re.Pattern[str]
    representative: re.Pattern[str]
    org_stop: re.Pattern[str]
    parent_after: re.Pattern[str]
    parent_in_brackets: re.Pattern[str]
    sub_unit: re.Pattern[str]
    place_end: re.Pattern[str]
    not_before_name: re.Pattern[str]
    fused_units: dict[str, str]
    ministry_titles: frozenset[str]
    ministry_units: frozenset[str]  # the unit a minister's post names ("Bộ")
    ranks: frozenset[str]
    rank_at_end: re.Pattern[str]
    dotted_abbreviation: re.Pattern[str]
    lower_units: frozenset[str]
    acronym_units: frozenset[str]
    remit: re.Pattern[str]  # a remit ("phụ trách"), a post only as the first after a name
    units_of_parent: frozenset[str]
    place_word: re.Pattern[str]
    place_lead: re.Pattern[str]
    head_before: re.Pattern[str]
    brand: re.Pattern[str]
    company_head: re.Pattern[str]
    minister_at_end: re.Pattern[str]
    own_body: re.Pattern[str]
    company_post: re.Pattern[str]
    seat: re.Pattern[str]
    pre_modifier: re.Pattern[str]
    person_lead: re.Pattern[str]
    not_joint_after: frozenset[str]
    sole_posts: frozenset[str]
    elect: re.Pattern[str]
    photo_note: re.Pattern[str]
    university: re.Pattern[str]
    after_place: re.Pattern[str]
    place_body: re.Pattern[str]
    former: re.Pattern[str]
    org_goes_on: re.Pattern[str]
    title_then_comma: re.Pattern[str]
    foreign_org_words: frozenset[str]
    plural_title: re.Pattern[str]
    honorary_posts: frozenset[str]  # "đại sứ" before "thương hiệu": a brand's honorary role
    bare_name_after: re.Pattern[str]  # "Giám đốc Công ty X là Nguyễn Văn A": no honorific before the name
    noun_stop: re.Pattern[str]  # "thông tin": a stop word that is also a noun of a body's name
    intro_title: re.Pattern[str]  # "Phó Chủ tịch Hội X gồm các ông:": a clause's post, plural in its intro
    plural_before: re.Pattern[str]
    vn_syllable: re.Pattern[str]
    function: re.Pattern[str]
    desc_link: re.Pattern[str]
    joiner_next: re.Pattern[str]
    post_joiner: re.Pattern[str]  # ", ", "và", "kiêm" between two posts of one person
    name_after_post: re.Pattern[str]
    term_link: re.Pattern[str]
    age: re.Pattern[str]
    age_in_brackets: re.Pattern[str]
    domain: re.Pattern[str]
    clause_openers: frozenset[str]
    not_alone_posts: frozenset[str]
    unit_age: re.Pattern[str]
    held_alone: frozenset[str]
    title_then_dash: re.Pattern[str]
    country_reference: re.Pattern[str]
    particle_gap: re.Pattern[str]
    speech_verb: re.Pattern[str]
    hyphened_particle: re.Pattern[str]
    post_opener: re.Pattern[str]


@lru_cache(maxsize=1)
def lex() -> Lex:
    d = load_json("officials.json")
    surnames = {r["surname"] for r in load_csv("names/surname_freq_derived_from_duyet_uit_member.csv")}
    surnames |= set(d["extra_surnames"])
    titles = set(d["titles"]) | {r["title_vi"] for r in load_csv("titles/vn_official_titles_compiled.csv")}
    titles = _spelled_either_way(titles, d["spelling_variants"])
    # A title is "[pre]* base [post]*", base matched with its first letter in either case.
    heads_re = re.compile(rf"\s(?:{alternation(d['org_heads'])})(?!\w)")
    board_re = re.compile(rf"\s(?:{alternation(d['boards'])})$")
    bases = set()
    for t in titles:
        # "Chủ tịch UBND" is the title "Chủ tịch" plus an organisation; "Trưởng Ban" is a title of its own,
        # and so is a post over a company's board ("Chủ tịch Hội đồng quản trị").
        # any head may be the cut: "Tổng Thanh tra Chính phủ" is "Tổng Thanh tra" plus "Chính phủ", not "Tổng"
        if any(t[: cut.start()] in titles for cut in heads_re.finditer(t)) and not board_re.search(t):
            continue
        bases.add(t)
        bases.add(t[0].lower() + t[1:])
        bases.add(t[0].upper() + t[1:])
        bases.add(" ".join(w[0].upper() + w[1:] for w in t.split()))  # "Bí Thư", "Giám Đốc"
    pre = alternation(d["pre_modifiers"])
    post = alternation(d["post_modifiers"] + d["elect_words"])
    funcs = alternation(
        [f for w in d["functions"] for f in (w, w[0].upper() + w[1:])] + d["functions_lower_only"]
    )
    # a post that names its unit ("Trưởng Ban", "Trưởng phòng") takes no function: "Trưởng Ban Pháp chế X" heads
    # the unit "Ban Pháp chế X"
    fused = {t for t in bases if t.lower() in {k.lower() for k in d["fused_unit_titles"]}}
    base_re = rf"(?:{alternation(sorted(fused))}|(?:{alternation(sorted(bases - fused))})(?:\s+(?:{funcs}))?)"
    one_title = rf"(?:(?:{pre})\s+)*{base_re}(?:\s+(?:{post}))*"
    title_re = rf"{one_title}(?:\s+kiêm\s+{one_title})?"  # "Chủ tịch HĐQT kiêm Tổng Giám đốc"
    heads = alternation(d["org_heads"])
    given = {
        syl
        for f in ("names/duyet_given_names_boy.txt", "names/duyet_given_names_girl.txt")
        for line in load_lines(f)
        for syl in line.split()
    }
    given |= set(d["extra_given"])
    # an age or a year of birth: "57 tuổi", "SN 1970", "sinh năm 1970"
    age = (
        rf"(?:\d{{1,3}}\s*(?:{alternation(d['age_words'])})"
        rf"|(?:{alternation(d['birth_year_words'])})\s*\d{{4}})"
    )
    term = rf"\s+(?:{alternation(d['post_terms'])})\s+\d{{4}}\s*[-–]\s*\d{{4}}"  # "nhiệm kỳ 2021 - 2026"
    places = set()
    for row in load_csv("names/provinces_34_2025_with_merged_old_provinces.csv"):
        places.add(row["short_2025"])
        for old in row["merged_from_old_provinces"].split(";"):
            places.add(_PROVINCE_WORD.sub("", old.strip()))
    return Lex(
        surnames=frozenset(surnames),
        given=frozenset(given),
        middle=frozenset(d["middle_names"]),
        name_prefixes=frozenset(d["name_prefixes"]),
        places=frozenset(places | set(d["home_country"]) | set(d["regions"])),
        head_words=frozenset(h for h in d["org_heads"] if " " not in h and not h.isupper()),
        major=frozenset(d["major_surnames"]),
        honorific=guarded(rf"(?:^|(?<=[\s(,]))(?P<h>{alternation(d['honorifics'])})\s+$"),
        honoured_next=re.compile(rf"\s*,\s*(?:{alternation(d['honorifics'])})\s+[{_UP}]"),
        # "ông A, Giám đốc Sở X, ông B": a title right after an honoured (or ranked) name and a comma belongs
        # to that name; after a bare name ("Theo Reuters, Thủ tướng Nhật Bản, ông B") it is the next one's
        title_of_previous=guarded(
            rf"(?<!\w)(?:{alternation(d['honorifics'] + d['prefixes'])})\s*(?:{CAP_WORD})(?:\s+(?:{CAP_WORD})){{0,4}}"
            rf"\s*(?:,|[-–—])\s*$"
        ),
        prefix=guarded(
            rf"(?<!\w)(?P<p>(?:{alternation(d['prefixes'])})(?:(?:\s*|-)(?:{alternation(d['prefixes'])}))*)\s*$"
        ),
        title=guarded(rf"(?<!\w)(?P<t>{title_re})(?!\w)"),
        title_at_end=guarded(rf"(?<!\w)(?P<t>{title_re})\s*$"),
        org_head=re.compile(rf"^(?:{heads})(?!\w)"),
        # "Phó chủ tịch hiệp hội thương mại điện tử Việt Nam": a head in lower case, when a name follows
        org_head_lower=re.compile(
            rf"^(?:{alternation(sorted({h[0].lower() + h[1:] for h in d['org_heads'] if h[1:2].islower()}))})(?!\w)"
        ),
        country=re.compile(rf"^(?:{alternation(d['countries'])})(?!\w)"),
        country_at_end=guarded(rf"(?<!\w)(?:{alternation(d['countries'])})$"),
        seat_at_end=guarded(rf"(?<!\w)tại\s+(?:{alternation(d['countries'] + d['home_country'])})$"),
        # "Giám đốc và là người đại diện theo pháp luật Công ty X": the post's body after the phrase
        representative=re.compile(
            rf"\s+(?:{alternation(d['post_joiners'])})\s+(?:là\s+)?(?:{alternation(d['representative_phrases'])})(?:\s+của)?(?=\s)"
        ),
        org_stop=re.compile(rf"^(?:{alternation(d['org_stop'] + d['org_end_verbs'])})(?!\w)"),
        # ", Bộ Y" (", thuộc Bộ Y") after a unit, but not a post that opens with a parent's word (", Bộ trưởng Bộ Y B")
        parent_after=re.compile(
            rf"^\s*,\s*(?:thuộc\s+)?(?!(?:{title_re})(?!\w))(?=(?:{alternation(d['parent_units'])})(?!\w))"
        ),
        parent_in_brackets=re.compile(rf"\s*\((?:{alternation(d['parent_units'])})(?!\w)[^()]*\)$"),
        # a parent unit that opens with a sub-unit's word ("Ủy ban nhân dân", "Viện kiểm sát nhân dân") is none
        sub_unit=re.compile(
            rf"^(?!(?:{alternation(set(d['parent_units']) - set(d['sub_units']))})(?!\w))"
            rf"(?:{alternation(d['sub_units'])})(?!\w)"
        ),
        place_end=re.compile(
            rf"^(?P<keep>.*?(?<!\w)(?:{alternation(d['org_ends_after_place'])})\s+(?:Thành phố\s+|(?!Thành phố))(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}))*)"
            rf"(?=\s+[{_LO}])"
        ),
        fused_units={k.lower(): v for k, v in d["fused_unit_titles"].items()},
        lower_units=frozenset(d["units_named_in_lower_case"]),
        acronym_units=frozenset(d["units_named_by_acronym"]),
        remit=re.compile(rf"(?i:{alternation(d['remit_posts'])})(?!\w)"),
        units_of_parent=frozenset(d["units_of_parent"]),
        place_word=re.compile(rf"(?:{alternation(d['org_ends_after_place'])})(?!\w)"),
        place_lead=guarded(rf"(?<!\w)(?:{alternation(d['org_ends_after_place'] + d['place_leads'])})\s*$"),
        # an organisation head (and a company's legal form in capitals) or a brand word, right before a name
        head_before=guarded(
            rf"(?<!\w)(?:{alternation(d['company_heads'] + d['brand_words'])})"
            rf"(?:\s+[{_UP}]{{2,5}})*\s+$"
        ),
        brand=re.compile(rf"(?:{alternation(d['brand_words'])})\s+"),
        company_head=re.compile(rf"(?:{alternation(d['company_heads'])})(?!\w)"),
        ministry_titles=frozenset(t.lower() for t in d["ministry_titles"]),
        ministry_units=frozenset(d["fused_unit_titles"][t] for t in d["ministry_titles"]),
        ranks=frozenset(d["ranks"]),
        rank_at_end=guarded(rf"(?<!\w)(?:{alternation(d['ranks'])})\s+$"),
        dotted_abbreviation=guarded(rf"(?<!\w)(?:{alternation(d['dotted_abbreviations'])})$"),
        # "Bộ trưởng Quốc phòng Singapore X": a minister's domain (from a capitalised word) before the country
        minister_at_end=guarded(
            rf"(?<!\w)(?:{pre}\s+)*(?:{alternation(d['ministry_titles'])})"
            rf"\s+(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}|[{_LO}]+)){{0,6}}\s*$"
        ),
        university=re.compile(rf"(?:{alternation(d['universities'])})(?!\w)"),
        elect=re.compile(rf"\s+(?:{alternation(d['elect_words'])})$"),
        photo_note=re.compile(rf"\s*\((?:{alternation(d['photo_notes'])})(?:[^()\n]{{0,25}})\)"),
        not_joint_after=frozenset(d["not_joint_after"]),
        sole_posts=frozenset(p.lower() for p in d["sole_posts"]),
        person_lead=re.compile(rf"(?:{alternation(d['honorifics'] + d['prefixes'])})(?!\w)"),
        pre_modifier=re.compile(rf"(?:{alternation(d['pre_modifiers'])})\s"),
        seat=re.compile(
            alternation(sorted(_spelled_either_way(set(d["seats"]), d["spelling_variants"]))), re.IGNORECASE
        ),
        company_post=guarded(rf"(?<!\w)(?:{alternation(d['company_posts'])})$", re.IGNORECASE),
        own_body=re.compile(
            rf"^(?:{alternation(d['parent_units'] + d['sub_units'] + d['company_heads'])})(?!\w)(?!\shọc(?!\w))"
        ),  # not the "Khoa" of "Khoa học" ("Trưởng phòng Khoa học công nghệ": "Phòng Khoa học công nghệ")
        # "Chánh thanh tra tỉnh Cà Mau A", "Phó Chủ tịch tỉnh Yên Bái B": a place word and its name are the body
        place_body=re.compile(
            rf"^(?:{alternation(d['org_ends_after_place'] + d['place_leads'])})\s+(?=[{_UP}])"
        ),
        after_place=guarded(rf"(?<!\w)(?:{alternation(d['org_ends_after_place'])})\s*$"),
        not_before_name=guarded(
            rf"(?<!\w)(?:{alternation(d['not_before_name'] + d['org_ends_after_place'])})\s*$"
        ),
        former=re.compile(rf"^(?:{alternation(d['former_words'])})\s+"),
        foreign_org_words=frozenset(d["foreign_org_words"]),
        org_goes_on=re.compile(rf"^(?:{alternation(d['org_goes_on'])})(?!\w)"),
        title_then_comma=guarded(rf"(?:^|(?<=[,;:(]\s)|(?<=\n)|(?<=\s))(?=[{_UP}])(?P<t>{title_re}),\s*$"),
        plural_title=guarded(
            rf"(?<!\w)(?:{alternation(d['plural_words'])}|\d{{1,2}})\s+(?P<t>{title_re})(?!\w)(?P<org>[^:;.\n]{{0,120}}?)"
            # "các Phó Chủ tịch X: A, B", "3 ủy viên X, gồm các ông: A, B"
            rf"\s*(?::|,?\s(?:{alternation(d['list_intro'])})(?:\s+các\s+(?:ông|bà))?\s*:?)\s*(?:(?:ông|bà|đồng chí)\s+)?$"
        ),
        honorary_posts=frozenset(p.lower() for p in d["honorary_posts"]),
        bare_name_after=re.compile(rf"\s+(?:{alternation(d['bare_name_after_post'])})$"),
        noun_stop=re.compile(rf"(?:{alternation(d['noun_stops'])})(?!\w)"),
        intro_title=guarded(
            rf"(?:^|(?<=[.!?;:\n])\s*|(?<=[.!?;:]\s))(?P<t>{title_re})(?!\w)(?P<org>[^,:;.\n]{{0,120}}?)"
            rf",?\s(?:{alternation(d['list_intro'])})\s+(?:{alternation(d['plural_intro'])})\s*:?\s*$",
            re.MULTILINE,
        ),
        plural_before=guarded(rf"(?<!\w)(?:{alternation(d['plural_words'])})\s+$"),
        function=re.compile(rf"(?:{funcs})(?!\w)"),
        vn_syllable=re.compile(
            rf"(?:{alternation(d['syllable_onsets'])})?[{_VOWELS}]{{1,3}}(?:{alternation(d['syllable_finals'])})?"
        ),
        # "của", "tại", "cho" between the words describing a post and its body
        desc_link=re.compile(rf"\s+(?:{alternation(d['description_links'])})\s+"),
        joiner_next=re.compile(rf"\s+(?:{alternation(d['joiners'])})\s"),  # "Anna Lee và ..."
        post_joiner=re.compile(rf"\s*(?:,|{alternation(d['post_joiners'])})\s+"),
        # "Giám đốc Sở X, ông A" / "Tân Giám đốc X là ông A" / "bổ nhiệm Thứ trưởng Bộ X cho ông A"; the
        # post's term may end the body, then link it to the name ("... tỉnh X nhiệm kỳ 2021 - 2026 đối với ông A")
        name_after_post=re.compile(
            rf"(?:(?:{term})?(?:\s*,|\s+(?:{alternation(d['name_after_post'])}))"
            rf"|{term}\s+(?:{alternation(d['term_person_links'])}))$"
        ),
        term_link=re.compile(rf"{term}\s+(?:{alternation(d['term_person_links'])})$"),
        # a person's age or year of birth between the name and the post: "(57 tuổi", "(SN 1970)", ", 45 tuổi"
        age=re.compile(rf"\s*(?:\(|,)\s*{age}\s*\)?(?=\s*[,;\-–—])"),
        age_in_brackets=re.compile(rf"\s*\(\s*{age}\s*\)\s*"),  # "bà B (sinh năm 1980) Giám đốc Y"
        # a site named by its domain, in any case ("batdongsan.com.vn"): a body of its own
        domain=re.compile(
            rf"[^\W_][\w-]*(?:\.[\w-]+)*\.(?:{alternation(d['domain_endings'])})(?![\w.])", re.IGNORECASE
        ),
        clause_openers=frozenset(d["clause_openers"]),
        not_alone_posts=frozenset(p.lower() for p in d["not_alone_posts"]),
        # "Công an TP X (cũ)": a unit before a merger or after it is named with its mark
        unit_age=re.compile(rf"\s?\((?:{alternation(d['unit_age_marks'])})\)(?!\w)"),
        held_alone=frozenset(p.lower() for p in d["posts_held_alone"]),
        country_reference=re.compile(alternation(d["country_references"])),
        # "Lula da Silva", "Ursula von der Leyen": lower-case particles between the words of a foreign name
        particle_gap=re.compile(rf"\s+(?:(?:{alternation(d['name_particles'])})\s+){{1,2}}"),
        # "Phó Chủ tịch - Tổng thư ký X A": a bodiless post and a spaced dash before the post of the name
        title_then_dash=re.compile(
            rf"(?:^|(?<=[,;:(]\s)|(?<=\n)|(?<=\s))(?=[{_UP}])(?P<t>{title_re})\s[-–—]\s$"
        ),
        # one or two lower-case words (a verb of saying) and the word that opens what is said ("bổ sung rằng")
        speech_verb=re.compile(
            rf"(?P<verb>[{_LO}]+(?:\s+[{_LO}]+)?)\s+(?:{alternation(d['speech_links'])})(?!\w)"
        ),
        # "Bashar al-Assad": a particle hyphened to the capitalised word after a run
        hyphened_particle=re.compile(rf"\s+(?:{alternation(d['name_particles'])})-[{_UP}][{_LO}]+(?!\w)"),
        # a word that opens a post ("Trưởng", "Phó") and the capitalised word of what it heads
        post_opener=re.compile(rf"(?:{alternation(d['post_openers'])})\s+[{_UP}]"),
    )


def _spelled_either_way(phrases: set[str], pairs: list[list[str]]) -> set[str]:
    """The phrases and their spellings with either syllable of each pair ("Hạ nghị sĩ", "Hạ nghị sỹ")."""
    out = set(phrases)
    for a, b in pairs:
        pattern = re.compile(rf"(?<!\w)(?:{re.escape(a)}|{re.escape(b)})(?!\w)")
        for phrase in list(out):
            out.add(pattern.sub(a, phrase))
            out.add(pattern.sub(b, phrase))
    return out


# the vowels of the Vietnamese alphabet, with every tone mark ("a", "ắ", "ự", ...)
_VOWELS = "".join(
    c for c in sorted(set(_LO + "aeiouy") - set("-")) if unicodedata.normalize("NFD", c)[0] in "aeiouy"
)


@dataclass
class Person:
    name: str
    start: int  # canonical offsets of the name
    end: int
    honorific: str | None = None
    prefix: str | None = None
    title: str | None = None
    organization: str | None = None
    span: tuple[int, int] = (0, 0)  # fullest mention, canonical
    mentions: list[tuple[int, int]] = field(default_factory=list)


def name_in_run(words: list[tuple[str, int, int]], lx: Lex, from_end: bool) -> tuple[int, int] | None:
    """Indexes [i, j) of the person name inside a capitalised run (trailing window when from_end)."""
    n = len(words)
    best = None
    for length in (4, 3, 2):
        for i in range(n - length + 1):
            j = i + length
            if from_end and j != n:
                continue
            if not from_end and i != 0:
                continue
            first = words[i][0]
            if first not in lx.surnames or (
                i > 0 and words[i - 1][0] in lx.head_words and not _place_before(words, i, lx)
            ):
                continue
            if any(
                " ".join(w for w, _s, _e in words[k : i + 1]) in lx.places for k in range(max(0, i - 2), i)
            ):
                continue  # the window starts inside a place name: "tỉnh Hải Dương | Nông Văn Quyết"
            candidate = " ".join(w for w, _s, _e in words[i:j])
            plausible = (
                words[j - 1][0] in lx.given
                or (j - i >= 3 and words[i + 1][0] in lx.middle)
                or first in lx.name_prefixes
            )
            if first in lx.name_prefixes and " ".join(w for w, _s, _e in words[i + 1 : j]) in lx.places:
                continue  # "Trường Đại học Y Hà Nội": a school's name, not "Y" opening a person's name
            # "Sở X Phan Thành Biển": three words after a common surname end a run as a name, given name known or not
            common_three = from_end and j - i == 3 and first in lx.major
            if (
                candidate in lx.places
                or lx.country.match(candidate)
                or (not plausible and not common_three and (from_end and i > 0 or n > 4))
            ):
                continue
            inner = [w for w, _s, _e in words[i + 1 : j]]
            # a common surname inside a name, unless after a middle name ("Lê Thị Huỳnh Mai")
            if (inner[0] not in lx.middle and any(w in lx.major for w in inner[1:-1])) or any(
                len(w) == 1 and w not in lx.middle and not _toned_given(w, lx) for w in inner
            ):
                continue
            if inner and inner[0] in lx.major and first not in lx.major and first not in lx.name_prefixes:
                continue
            best = (i, j)
            break
        if best:
            break
    return best


def _toned_given(word: str, lx: Lex) -> bool:
    """A one-letter given name with a tone mark ("Lê Minh Ý"), unlike a bare initial ("Nguyễn Văn A")."""
    return word in lx.given and unicodedata.normalize("NFD", word) != word


def _place_before(words: list[tuple[str, int, int]], i: int, lx: Lex) -> bool:
    """Whether the words before index ``i`` end with a place name ("... Hải Phòng | Mai Hồng Hải"): its last
    word is then no organisation head."""
    return any(" ".join(w for w, _s, _e in words[k:i]) in lx.places for k in range(max(0, i - 3), i - 1))


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` standing alone, not inside a longer word (a name's later mentions)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def words_at(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The written words of ``text[start:end]`` with their offsets in ``text``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


_JOINER_AT_END = re.compile(r"(?<!\w)(?:và|cùng|với)$")
_INNER_DASH = re.compile(rf"\s[-–—]\s+[{_UP}]")
_ENUM_TAIL = re.compile(rf",\s+[{_UP}][^,;:()\n]*?\svà\s+[{_UP}]")


def _org_limit(body: str, lx: Lex) -> int:
    """Where an organisation name must end: the first break that is not a comma inside an enumerated
    name ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động, Thương binh và Xã hội")."""
    pos = 0
    while True:
        brk = _BREAK.search(body, pos)
        if not brk:
            return len(body)
        after = _COMMA.match(body, brk.start())
        if (
            (
                _INNER_DASH.match(body, brk.start())
                or _lower_dash(body, brk.start(), lx)
                or _parallel_dash(body, brk)
            )
            and brk.start() > 0
            and body[brk.start() - 1].isalpha()
            and not lx.title.match(body, brk.end())  # "Bí thư Chi bộ - Giám đốc Trung tâm": the next post
            and not _clause_after_dash(body, brk.end(), lx)
        ):
            pos = brk.end()  # "Hội Hữu nghị Việt Nam - Lào", "châu Á - Thái Bình Dương"
            continue
        if (
            brk.group() == ","
            and (_enum_tail(body, brk.start(), lx) or _enumerated_name(body, brk.start(), lx))
            and after is not None
            and not lx.title.match(body, after.end())
        ):
            pos = brk.end()
            continue
        if brk.group().startswith(".") and lx.dotted_abbreviation.search(body, 0, brk.start()):
            pos = brk.end()  # "Hiệp hội Bất động sản TP. Cần Thơ"
            continue
        return brk.start()


_WORD_PAIR_BEFORE = re.compile(r"(\S+)\s+\S+$")


def _enum_tail(body: str, comma: int, lx: Lex) -> bool:
    """ ", Thương binh và Xã hội": a comma, capitalised words and "và" before a capitalised one, with no stop word
    among them (not "Tổng cục X, Tổng cục đã gửi Ủy ban A và Sở B": a clause)."""
    tail = _ENUM_TAIL.match(body, comma)
    if tail is None:
        return False
    words = body[comma + 1 : tail.end()].strip()
    return _stop_free(words, lx)


def _clause_after_dash(body: str, pos: int, lx: Lex) -> bool:
    """ "Đoàn X tỉnh Y - Trong thời gian ...": a capitalised clause opener after the dash starts a sentence."""
    word = _NAME_WORD.match(body, pos)
    return word is not None and _is_clause_opener(word.group(), lx)


def _parallel_dash(body: str, brk: re.Match[str]) -> bool:
    """A spaced dash between two pairs that open with the same word ("châu Á – châu Phi"): inside a name."""
    before = _WORD_PAIR_BEFORE.search(body, 0, brk.start())
    if before is None or not _INNER_DASH_ANY.match(body, brk.start()):
        return False
    after = _TOKEN.match(body, brk.end())
    return after is not None and after.group().lower() == before.group(1).lower() and after.end() < len(body)


_INNER_DASH_ANY = re.compile(r"\s[-–—]\s")
_LOWER_DASH = re.compile(rf"\s[-–—]\s+(?P<low>[{_LO}]+(?:\s+[{_LO}]+){{0,2}})\s+(?=[{_UP}])")


def _lower_dash(body: str, pos: int, lx: Lex) -> bool:
    """A dash, a few lower-case words and a capitalised one, no stop word or post among them: one name
    ("Hiệp hội Cà phê - ca cao Việt Nam"; not "Tập đoàn X - hiện là Phó Chủ tịch")."""
    m = _LOWER_DASH.match(body, pos)
    if m is None or lx.title.match(body, m.end()) or lx.person_lead.match(body[m.end() :]):
        return False
    low = m.group("low")
    return _stop_free(low, lx)


_ENUM_HEAD_WORDS = 4  # words of a body's name before the comma of an enumeration inside it
_ENUM_TAIL_WORDS = 7  # words after it
_SEGMENT = re.compile(r",\s*(?P<seg>[^,;:()\n\-–—]+?)\s*(?=[,;:()\n]|\s[-–—]\s|\.\s|\.?$)")


def _enumerated_name(body: str, comma: int, lx: Lex) -> bool:
    """A comma inside a body's name that enumerates its fields with no "và" ("Trường Đại học Kinh tế, Tài
    chính TP. Hồ Chí Minh", "Ủy ban Tài chính, ngân sách", a unit's "Chính sách, chiến lược Trung ương"):
    a short capitalised name before it; after it a few words up to the next break, none a stop word, opening with no post, person,
    honorific, organisation head, place or country."""
    head = lx.org_head.match(body)
    if not body[:1].isupper() or len(body[head.end() if head else 0 : comma].split()) > _ENUM_HEAD_WORDS:
        return False
    seg = _SEGMENT.match(body, comma)
    if seg is None or len(seg.group("seg").split()) > _ENUM_TAIL_WORDS:
        return False
    text = seg.group("seg")
    run = CAP_RUN.match(text)
    if (
        lx.title.match(text)
        or lx.person_lead.match(text)
        or lx.org_head.match(text)
        or lx.org_head_lower.match(text)
        or lx.country.match(text)
        or lx.place_body.match(text)
        or any(" ".join(text.split()[:k]) in lx.places for k in (1, 2, 3))
        or (run is not None and _whole_name(run.group(), lx))
        or _CITY.match(text)
    ):
        return False
    before = _LAST_TOKEN.search(body, 0, comma)
    if before is None or _ACRONYM.fullmatch(before.group()) or _foreign(before.group(), lx):
        return False  # "Công ty AlphaTrue, dẫn báo cáo": a company's name ends before an apposition
    if text[0].islower() and not _NAMED.search(text) and not _lower_field(body, seg):
        return False  # "Công ty X, khuyến nghị": a verb, not a field of the name
    for m in _TOKEN.finditer(text):
        head_inside = m.start() and m.group()[0].isupper() and lx.org_head.match(text[m.start() :])
        if head_inside and not text[: m.start()].endswith("của "):
            return False  # "Bộ X, chuyên gia Ban Y": another body (but "ngân sách của Quốc hội")
    return _stop_free(text, lx)


_LOWER_FIELD_WORDS = 2  # words of a lower-case field closing a body's name before its parent in brackets


def _lower_field(body: str, seg: re.Match[str]) -> bool:
    """ "Vụ Công tác học sinh, sinh viên (Bộ X)": a field of one or two lower-case words after the comma, right
    before the bracket that names the body's parent or short name, closes the body's name."""
    return len(seg.group("seg").split()) <= _LOWER_FIELD_WORDS and body.startswith("(", seg.end())


_AT = re.compile(r"tại\s+")
_CITY = re.compile(rf"(?:TP|Tp|Thành phố|thành phố)\.?\s*[{_UP}]")  # "tại TP. Hồ Chí Minh", "tại TP.HCM"
_AT_SEAT = re.compile(rf"\s+tại\s+(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}))*")  # "tại" and a capitalised place
# a unit's name opening in lower case: a few lower-case words, then a capitalised one ("kinh doanh PVTex")
_LOWER_NAME = re.compile(rf"(?:[{_LO}]+\s+){{1,5}}[{_UP}]")
_LOWER_UNIT_OF = re.compile(rf"[{_LO}]+(?:\s+[{_LO}]+){{0,5}}\s*,\s*[{_UP}]")  # "quản lý thương mại, Sở X"


def _at_named_place(rest: str, lx: Lex) -> bool:
    """'Đại sứ Việt Nam tại Nhật Bản', 'Trung tâm X tại Đại học Y': 'tại' and a country, a province or a
    university goes on with the body's name (not 'tại hội nghị', 'tại Hà Nội hôm qua' after a full body)."""
    at = _AT.match(rest)
    if at is None:
        return False
    after = rest[at.end() :]
    if lx.country.match(after) or lx.university.match(after) or _CITY.match(after):
        return True
    words = [w.strip(",;:.()") for w in after.split()[:3]]
    return any(" ".join(words[:k]) in lx.places for k in (1, 2, 3))


# "giám đốc FSB, và tướng ...", "đại sứ Mỹ tại Nga và": a joining word and lower-case words end no body
_TRAILING_JOIN = re.compile(rf"(?:\s*,\s*(?:và|hoặc|cùng)(?:\s+[{_LO}]\S*)*|\s+(?:và|hoặc|cùng))$")
_JOIN_POST = re.compile(r"(?:và|làm|kiêm|giữ chức|kiêm nhiệm)\s+")
_AND_NUMBER = re.compile(r"và\s+\d")  # "Công ty X và 11 bị can khác": a count of others ends the body


def _stop_free(text: str, lx: Lex) -> bool:
    """Whether no word of ``text`` ends a body's name there (``_org_stops`` from each word on)."""
    return not any(_org_stops(text[m.start() :], lx) for m in _TOKEN.finditer(text))


def _org_stops(rest: str, lx: Lex, at: int = 0, view: TextView | None = None) -> bool:
    """Whether the organisation ends where ``rest`` begins: a stop word that does not open one of the
    phrases a body name goes on with ('trong nước'), 'và' before a number, or a joining word before the
    next post ("Thứ trưởng Bộ X làm Chủ tịch Hội Y", "Chủ tịch Phòng X và Chủ tịch Hội Y").  With the
    ``view`` (``rest`` starting at canonical ``at``), a stop word must stand on the segmentation's word
    boundaries: "không" of "hàng không", "dự" of "dự án" are syllables of a word inside the body's name."""
    if lx.org_goes_on.match(rest) or _at_named_place(rest, lx):
        return False
    said = lx.speech_verb.match(rest)
    if said is not None and (view is None or view.on_words(at, at + said.end("verb"))):
        return True  # "Công ty X bổ sung rằng ...": a verb of saying and "rằng" end the body
    stop = lx.org_stop.match(rest)
    if stop is not None and (view is None or view.on_words(at, at + stop.end())):
        return True
    if _AND_NUMBER.match(rest) is not None:
        return True
    joined = _JOIN_POST.match(rest)
    if joined is None:
        return False
    # "Bộ X và Chủ tịch Y", "Bộ X và Đại tướng A", "Sở X và Nguyễn Văn A": the next post or person
    return (
        lx.title.match(rest, joined.end()) is not None or lx.person_lead.match(rest, joined.end()) is not None
    )


_AND_BEFORE = re.compile(r"(?<!\w)và\s+$")
_NAME_PART_END = re.compile(r"\s*[;)]")


def _noun_in_name(body: str, at: int, lx: Lex) -> bool:
    """A stop word that is a noun of the body's name (``noun_stops``): right after 'và' or before ';' or ')'
    ("Cục Phát thanh Truyền hình và thông tin điện tử", "Cục An toàn thông tin;")."""
    noun = lx.noun_stop.match(body, at)
    if noun is None:
        return False
    return _AND_BEFORE.search(body, 0, at) is not None or _NAME_PART_END.match(body, noun.end()) is not None


def _org_after(
    text: str,
    pos: int,
    hi: int,
    lx: Lex,
    view: TextView | None = None,
    unit: bool = False,
    lower: bool = False,
) -> tuple[str | None, int]:
    """An organisation that starts at ``pos`` (after a title): head or capitalised word, up to a stop.
    ``unit``: the title names the body's unit ("Trưởng phòng X, Cục Y"), so the body is a sub-unit;
    ``lower``: that unit's name may open in lower case ("Trưởng phòng thương mại hợp đồng PVTex")."""
    rest = text[pos:hi]
    lead = _SPACES.match(rest)
    offset = lead.end() if lead else 0
    body = rest[offset:]
    if not body or not (
        _opens_body(body, lx)
        or lx.org_head_lower.match(body)
        or lx.place_body.match(body)  # "Chánh thanh tra tỉnh Yên Bái"
        or (lower and (_LOWER_NAME.match(body) or _LOWER_UNIT_OF.match(body)))
    ):
        return None, pos
    limit = _org_limit(body, lx)
    end = 0
    for count, m in enumerate(_TOKEN.finditer(body, 0, limit), 1):
        if (
            m.start() > 0
            and _org_stops(body[m.start() :], lx, pos + offset + m.start(), view)
            and not _noun_in_name(body, m.start(), lx)
        ):
            break
        end = m.end()
        if count >= _ORG_MAX_WORDS and not (m.group()[0].isupper() and _CAP_NEXT.match(body, end)):
            break  # a long name ends with the run of capitals it reached ("... tỉnh Tiền Giang")
    org = _trimmed_org(_TRAILING_JOIN.sub("", body[:end].strip()).rstrip(".,;:!?"), lx)
    named_by_parent = lower and lx.parent_after.match(body[len(org) :]) is not None  # "phòng X, Sở Y"
    if not _opens_body(org, lx) and not _NAMED.search(org) and not named_by_parent:
        return None, pos  # "giám đốc công ty cho biết": a body written in lower case must name itself
    org, end_abs = _with_short_name(text, org, pos + offset + len(org), hi, lx)
    aged = lx.unit_age.match(text, end_abs, hi) if org else None
    if org and aged:
        org, end_abs = org + aged.group(), aged.end()
    # "Vụ X, Bộ Y" / "Cục X (Bộ Y)": a sub-unit keeps its parent.
    if org and (lx.sub_unit.match(org) or (unit and not lx.own_body.match(org))):
        parent = lx.parent_after.match(text[end_abs : hi + 1]) or _company_after_comma(text, end_abs, hi, lx)
        if parent:
            p_org, p_end = _org_after(text, end_abs + parent.end(), hi, lx, view)
            # "Tổng cục X, Tổng cục đã ...": the body's bare head again, no parent ("Vụ X, Ngân hàng Nhà nước" is)
            if p_org and not (lx.org_head.fullmatch(p_org) and org.startswith(p_org)):
                closing = ")" if "(" in parent.group() and text[p_end : p_end + 1] == ")" else ""
                org = text[pos + offset : p_end] + closing
                end_abs = p_end + len(closing)
    return (org or None), end_abs


def _trimmed_org(org: str, lx: Lex) -> str:
    """The body without what follows its name: lower-case words after a foreign word or an acronym, the
    words after a site's domain ("Batdongsan.com.vn khu vực miền Nam"; its capitalised words stay), the
    words after its place name ("Huyện ủy Tam Đảo nhận nhiệm vụ")."""
    org = _without_lower_tail(org, lx)
    domain = lx.domain.match(org)
    if domain:
        on = _CAPITALISED_ON.match(org, domain.end())
        org = org[: on.end() if on else domain.end()]
    kept = lx.place_end.match(org)
    return kept.group("keep") if kept else org


def _with_short_name(text: str, org: str, end: int, hi: int, lx: Lex) -> tuple[str, int]:
    """The body and the end of its mention, which takes in the body's own short name in brackets: "Viện X
    (CIEM)" is the body "Viện X" (the short name is no part of the name as written), but the seat after it
    keeps it ("Phái đoàn Liên minh châu Âu (EU) tại Việt Nam")."""
    short = _ACRONYM_AFTER.match(text, end, hi)
    if not org or not short:
        return org, end
    seat = _AT_SEAT.match(text, short.end(), hi)
    if seat and _at_named_place(seat.group().lstrip(), lx):
        return org + short.group() + seat.group(), seat.end()
    return org, short.end()


def _company_after_comma(text: str, pos: int, hi: int, lx: Lex) -> re.Match[str] | None:
    """A comma and a company ("Bộ phận nghiên cứu, Savills Hà Nội"): the parent of a unit; the comma's match."""
    comma = _COMMA_SEP.match(text, pos, hi)
    if (
        comma
        and text[comma.end() : comma.end() + 1].isupper()
        and _company_follows(text, comma.end(), hi, lx)
    ):
        return _COMMA_SEP.match(text[pos : hi + 1])
    return None


# lower-case words (then figures too) ending a text: "đăng ký bán 6", not "CIENCO 4"
_LOWER_TAIL = re.compile(rf"(?<=\S)\s+[{_LO}][^\s{_UP}]*(?:\s+[{_LO}0-9][^\s{_UP}]*)*$")


def _without_lower_tail(org: str, lx: Lex) -> str:
    """A body whose name ends with a foreign word or an acronym, a body that is a country of two words or
    more ("Pháp" may open "Pháp luật") and one that ends with its seat in a country ends there: lower-case words after it are the sentence's ("BCG đăng ký bán 6",
    "Hoa Kỳ nhân dịp ...", "Đại sứ Nhật Bản tại Việt Nam ở thời điểm đó")."""
    tail = _LOWER_TAIL.search(org)
    if tail is None or lx.place_word.match(tail.group().lstrip()):
        return org  # "UBND tỉnh", "HSBC chi nhánh": a place word goes on with the name
    head = org[: tail.start()]
    if (" " in head and lx.country.fullmatch(head)) or lx.seat_at_end.search(head):
        return head  # "Hoa Kỳ nhân dịp ...", "Đan Mạch tại Việt Nam vào thời điểm đó"
    last = _LAST_TOKEN.search(org, 0, tail.start())
    if last is None or not last.group()[0].isupper():
        return org
    word = last.group()
    if _ACRONYM.fullmatch(word) or (word[1:].islower() and _foreign(word, lx)):
        return org[: tail.start()]
    return org


def organization_at(text: str, pos: int, hi: int) -> str | None:
    """The organisation name that starts at ``pos`` (head or capital, up to a stop word or break)."""
    org, _end = _org_after(text, pos, hi, lex())
    return org


def extract(view: TextView) -> list[Official]:
    text = view.ctext
    lx = lex()
    people: list[Person] = []
    for start, end in _name_runs(text, lx):
        for words in _unglued_runs(text, _hyphen_split(_particle_words(text, start, end), lx), lx):
            person = _person_from_run(text, words, lx, view)
            if person:
                people.append(person)
    _share_plural_before_name(text, people, lx)
    _share_list_titles(text, people)
    _share_plural_honorific(text, people, lx)
    _share_plural_title(text, people, lx)
    for p in people:
        if not p.title and p.prefix in lx.ranks:  # "Đại tá Nguyễn Văn A cho biết": the rank is the post
            p.title, p.prefix = p.prefix, None
    officials = [
        p
        for p in people
        if p.title and not _post_only_beside_another(text, p, lx) and not _bodiless_remit(p, lx)
    ]
    # A "name" inside another official's mention is part of it ("Công ty TNHH Dịch vụ Hoàng Long").
    officials = [
        p
        for p in officials
        if not any(
            q is not p
            and q.span[0] <= p.start
            and p.end <= q.span[1]
            and q.name != p.name
            and not (q.start <= p.start and p.end <= q.end)
            for q in officials
        )
    ]
    _lone_to_untitled_full(officials, [p for p in people if not p.title], lx)
    merged = _merge(officials, text.find("\n"))
    _later_mentions(text, merged, lx)
    out = []
    for p in merged:
        _foreign_ministry(p, lx)
        unit = _fused_unit(p, lx)
        if unit:
            # "Trưởng Ban Quản lý các khu công nghiệp": the person heads "Ban Quản lý các khu công nghiệp"
            p.organization = f"{unit} {p.organization}"
        title, former = _without_former(p.title, lx)
        p.organization = _described_company_name(p.organization, lx)
        fact = Official(
            **view.span(*p.span),
            name=p.name,
            honorific=p.honorific,
            prefix=p.prefix,
            title=title,
            organization=p.organization,
            former=former,
            mentions=tuple(view.mention(s, e) for s, e in sorted(set(p.mentions))),
        )
        out.append(fact)
    return out


Word = tuple[str, int, int]  # a capitalised word and its canonical offsets


@lru_cache(maxsize=1)
def _described_company() -> re.Pattern[str]:
    """A company head in lower case, words describing the company's trade, then its capitalised name."""
    heads = alternation(load_json("officials.json")["described_company_heads"])
    return re.compile(rf"(?:{heads})(?:\s+[{_LO}]+)+\s+(?P<name>[{_UP}0-9].*)")


def _described_company_name(org: str | None, lx: Lex) -> str | None:
    """'hãng tư vấn GlobalData', 'công ty nghiên cứu thị trường X', 'chuỗi bán lẻ cà phê Y': a foreign
    company described by its trade in lower case is named by its name alone (a Vietnamese one keeps the
    words: "công ty cổ phần Thực phẩm X")."""
    m = _described_company().fullmatch(org) if org else None
    if m is None or not any(_foreign(w, lx) for w in m.group("name").split()):
        return org
    return m.group("name")


def _ends_name(word: str, lx: Lex) -> bool:
    """Whether ``word`` can end a whole name: a given name that is no middle name, or a foreign word ("Nguyễn
    Văn | Được" is one name, "Trần Văn An | Trong" two readings)."""
    return (word in lx.given and word not in lx.middle) or _foreign(word, lx)


def _name_runs(text: str, lx: Lex) -> list[tuple[int, int]]:
    """The runs of capitalised words, two runs joined where lower-case particles of a foreign name stand
    between them ("Lula da Silva", "Abdullah II bin Al-Hussein"): after a foreign word or a regnal number,
    before a foreign word."""
    glued = _glued_honorific_runs(text)  # "BàNguyễn Thị A": the run after the honorific, not its tail
    runs = sorted(
        [m.span() for m in CAP_RUN.finditer(text) if not any(s < m.start() < e for s, e in glued)] + glued
    )
    runs = [(start, _hyphened_particle_end(text, end, lx)) for start, end in runs]
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out and _particles_join(text, out[-1][1], start, lx):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_REGNAL = re.compile(r"[IVX]+")


def _hyphened_particle_end(text: str, end: int, lx: Lex) -> int:
    """The end of a run, past a particle hyphened to a capitalised word that ends a foreign name ("Bashar
    al-Assad", "Hamad al-Thani") after a foreign word."""
    m = lx.hyphened_particle.match(text, end)
    if m is None:
        return end
    last = _LAST_TOKEN.search(text, max(0, end - 40), end)
    return m.end() if last is not None and _foreign(last.group(), lx) else end


@lru_cache(maxsize=1)
def _glued_lead_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An honorific glued to the name after it ("BàNguyễn Thị A", a typing slip of the page), as the run it
    opens; and an honorific or a dotted prefix glued right before a position ("ÔngLê", "TS.Phạm")."""
    d = load_json("officials.json")
    honorifics = alternation(d["honorifics"])
    dotted = alternation([p for p in d["prefixes"] if p.endswith(".")])
    run = re.compile(rf"(?<!\w)(?:{honorifics})(?P<run>(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}))*)(?!\w)")
    lead = re.compile(rf"(?<![\w.])(?:(?P<h>{honorifics})|{dotted})$")
    return run, lead


def _glued_honorific_runs(text: str) -> list[tuple[int, int]]:
    """The runs of capitalised words right after an honorific glued to them ("BàNguyễn Thị A")."""
    run, _lead = _glued_lead_patterns()
    return [m.span("run") for m in run.finditer(text)]


def _glued_lead(text: str, pos: int) -> re.Match[str] | None:
    """The honorific or dotted prefix written glued right before ``pos`` ("BàNguyễn", "TS.Phạm")."""
    _run, lead = _glued_lead_patterns()
    return lead.search(text, max(0, pos - 12), pos) if pos and text[pos - 1] != " " else None


def _particles_join(text: str, end: int, start: int, lx: Lex) -> bool:
    """Whether the particles between two runs join them into one foreign name: a foreign word or a regnal
    number before them, a title-case word after them that is foreign, or particles of which one is no
    Vietnamese syllable ("von der Leyen"; not "Trump do Bộ trưởng ...")."""
    gap = lx.particle_gap.fullmatch(text, end, start)
    if gap is None:
        return False
    before = _LAST_TOKEN.search(text, max(0, end - 40), end)
    after = _NAME_WORD.match(text, start)
    return (
        before is not None
        and after is not None
        and (_foreign(before.group(), lx) or _REGNAL.fullmatch(before.group()) is not None)
        and _TITLE_CASE.fullmatch(after.group()) is not None
        and (_foreign(after.group(), lx) or any(_foreign(p, lx) for p in gap.group().split()))
    )


_NAME_WORD = re.compile(r"\w+(?:-\w+)*")
_HYPHENED_WORD = re.compile(rf"[{_LO}]{{1,3}}-[{_UP}][{_LO}]+")  # "al-Assad": a word of a foreign name


def _particle_words(text: str, start: int, end: int) -> list[Word]:
    """The words of a run, a lower-case particle glued to the word after it ("da Silva": one word)."""
    out: list[Word] = []
    glue: int | None = None
    for word, w_start, w_end in words_at(text, start, end):
        if word[0].islower() and not _HYPHENED_WORD.fullmatch(word):
            glue = w_start if glue is None else glue
            continue
        if glue is not None:
            out.append((text[glue:w_end], glue, w_end))
            glue = None
        else:
            out.append((word, w_start, w_end))
    return out


def _hyphen_split(words: list[Word], lx: Lex) -> list[Word]:
    """The words of a run with capitalised Vietnamese syllables joined by a hyphen apart ("Bà Rịa-Vũng Tàu":
    "Rịa", "Vũng"); a foreign name joined by hyphens stays one word ("Jean-Daniel")."""
    if not any("-" in w for w, _s, _e in words):
        return words
    out: list[Word] = []
    for word, start, end in words:
        if not _CAPITALISED_PARTS.fullmatch(word) or _foreign(word, lx):
            out.append((word, start, end))
            continue
        for part in _TOKEN_PART.finditer(word):
            out.append((part.group(), start + part.start(), start + part.end()))
    return out


_TOKEN_PART = re.compile(r"[^-]+")


def _unglued_runs(text: str, words: list[Word], lx: Lex) -> list[list[Word]]:
    """A capitalised run cut where a lost full stop glued the next sentence to a name: before a capitalised
    common word that opens a clause ("Ngoại trưởng X Trong lúc ..."), and before a post or a body head that
    follows a whole name ("Tổng Bí thư A B C Ban Bí thư ..."). A name never runs on into such a word."""
    for k in range(1, len(words)):
        word, start, _end = words[k]
        if _is_clause_opener(word, lx) and _ends_name(words[k - 1][0], lx):
            return [words[:k], *_unglued_runs(text, words[k:], lx)]
        if k >= 2 and (lx.title.match(text, start) or lx.org_head.match(text[start : start + 40])):
            # a word that heads a body ends a name ("Lê Văn Viện") unless the body's name goes on after it
            if k + 1 == len(words):
                continue
            window = name_in_run(words[:k], lx, from_end=True)
            if window is not None and k - window[0] >= (3 if word in lx.given else 2):
                return [words[:k], *_unglued_runs(text, words[k:], lx)]
    return [words]


_REJECT = "reject"  # a shape that shows the run is not a person (the name belongs to an organisation)


def _person_from_run(text: str, words: list[Word], lx: Lex, view: TextView) -> Person | None:
    """The person a run of capitalised words names, with the role around it, in one of the shapes of the
    module docstring: TITLE ORG NAME (``_title_before``), NAME, TITLE ORG (``_title_after``), or no role
    yet (kept only if a list shares a title with it)."""
    words, honor_in_run = _strip_lead(text, words, lx)
    if not words:
        return None
    found = _locate_name(text, words, lx, honor_in_run)
    if found is None:
        return None
    (i, j), foreign = found
    # "Thủ tướng Timor-Leste Xanana Gusmao": not "Leste Xanana ..."
    if _inside_written_name(text, view, words, i):
        if j - i <= 2:
            return None
        i += 1
    j = _unglued_end(text, words, i, j, lx, view)
    if j - i < 1 or (j - i == 1 and found[0][1] - i > 1):
        return None
    n_start, n_end = words[i][1], words[j - 1][2]
    if lx.title.match(text, n_start) or _inside_post(text, view, n_start, lx):
        return None  # "Phó Trưởng Ban" is a post, not a name
    name = " ".join(w for w, _s, _e in words[i:j])
    person = Person(name=name, start=n_start, end=n_end, span=(n_start, n_end), mentions=[(n_start, n_end)])
    s_lo, s_hi = view.sentence_bounds(n_start)
    lead_start = words[0][1]
    if i == 0 and not foreign:
        lead_start = _prefix_and_honorific(text, person, honor_in_run, lead_start, lx)
    # the gap to the name starts at the name itself when the run began with an organisation
    gap_end = n_start if i > 0 or foreign else lead_start
    before = _title_before(text, person, lead_start, gap_end, s_lo, lx, view)
    if before == _REJECT:
        return None
    if before is not None:
        if i == 0 and not foreign:
            _role_after_too(text, person, lead_start, s_hi, lx, view)
        return person
    if i > 0 or foreign or _after_place_word(text, person, s_lo, lead_start, lx):
        return None
    role_end = _title_after(text, person, n_end, s_hi, lx, view)
    person.span = (lead_start, role_end if role_end is not None else n_end)
    return person


def _name_opens_gap(gap: str, lead_run: re.Match[str], lx: Lex) -> bool:
    """Whether the gap between a post and a name opens with another person's name: a whole Vietnamese name
    ("Chủ tịch nước A chúc mừng ngài B"), or a foreign one followed by "của" ("Phó chủ tịch John Smith
    của Acme Global ...") or by a comma ("Hạ nghị sĩ John Smith, đại diện cho bang North Carolina")."""
    if _whole_name(lead_run.group(), lx):
        return True
    if not (_OF_AFTER_NAME.match(gap, lead_run.end()) or _COMMA.match(gap, lead_run.end())):
        return False
    words = words_at(gap, 0, lead_run.end())
    return _foreign_window(gap, words, lx) == (0, len(words))


# a bodiless post, the name, "của" and the body (named, or a body word in lower case: "của công ty X")
_OF_AFTER_NAME = re.compile(rf"\s+của\s+(?=[{_UP}]|(?:công ty|tập đoàn|hãng|ngân hàng|quỹ)\s)")


def _after_head_word(text: str, pos: int, lx: Lex) -> bool:
    """Whether the word before ``pos`` is a capitalised organisation head ("Viện | Đại biểu Quốc hội X";
    not "môi trường | Chủ tịch UBND xã")."""
    word = _LAST_TOKEN.search(text, max(0, pos - 20), pos - 1) if pos and text[pos - 1] == " " else None
    return word is not None and word.group()[0].isupper() and word.group() in lx.head_words


def _after_place_word(text: str, person: Person, s_lo: int, lead_start: int, lx: Lex) -> bool:
    """'tuyến đường Lê Văn A, Giám đốc Sở ...', 'tỉnh Gyeonggi, B': a bare name right after a street
    or place word is the street's or the place's (an honorific or a prefix vouches for a person)."""
    return (
        not (person.honorific or person.prefix)
        and lx.not_before_name.search(text, s_lo, lead_start) is not None
    )


def _role_after_too(text: str, person: Person, lead_start: int, s_hi: int, lx: Lex, view: TextView) -> None:
    """A person given a post before the name who has one after it too: a seat's holder takes the post with
    a body after the name (and a deputy the delegation); "Chủ tịch UBND tỉnh, ông A, Phó Giám đốc Sở Nội vụ":
    the post written after the honoured name is the person's own, the one before the comma is another's
    (or the same person's other post)."""
    if person.organization is None and lx.seat.fullmatch(person.title or ""):
        _prefer_role_after(text, person, s_hi, lx, view)
        _delegation(text, person, lx)
        return
    of = _OF_AFTER_NAME.match(text, person.end, s_hi)
    country = _country_after_domain(text, person, of.end(), lx) if of else None
    if person.organization is None and of:
        org, org_end = _org_after(text, of.end(), s_hi, lx, view)  # "CEO John Smith của Acme"
        if org:
            person.organization, person.span = org, (person.span[0], org_end)
    elif country is not None:
        # "Bộ trưởng Quốc phòng A của Australia": the domain joins the title, the country is the body
        person.title, person.organization = f"{person.title or ''} {person.organization}", country[0]
        person.span = (person.span[0], country[1])
    elif person.honorific and _COMMA_AT_END.search(text, person.span[0], lead_start):
        _prefer_role_after(text, person, s_hi, lx, view, start=lead_start)


def _country_after_domain(text: str, person: Person, pos: int, lx: Lex) -> tuple[str, int] | None:
    """A minister's domain read as the body before the name and a country at ``pos`` (after "của"): the
    country and where it ends; the domain then goes into the title and the country is the organisation (as
    ``_foreign_ministry`` reads a country written before the name)."""
    title, org = person.title or "", person.organization
    if (
        not org
        or lx.former.sub("", title, count=1).lower() not in lx.ministry_titles
        or lx.own_body.match(org)
    ):
        return None
    country = lx.country.match(text[pos : pos + 60])
    return None if country is None else (country.group(), pos + country.end())


def _prefer_role_after(
    text: str, person: Person, s_hi: int, lx: Lex, view: TextView, start: int | None = None
) -> None:
    """'Thượng nghị sĩ A, Chủ tịch Ủy ban X': after a seat (a legislator's, held beside other posts), a post
    with its body after the name is the person's post.  With ``start`` (where the honoured name's mention
    starts), any post after the name is, and the mention starts there."""
    trial = Person(name=person.name, start=person.start, end=person.end)
    end = _title_after(text, trial, person.end, s_hi, lx, view)
    if end is not None and trial.title and (trial.organization or start is not None):
        person.title, person.organization = trial.title, trial.organization
        person.span = (person.span[0] if start is None else start, end)


_DELEGATION = re.compile(
    rf"\s*[,(-]\s*(?P<org>[Đđ]oàn(?: ĐBQH| [Đđ]ại biểu Quốc hội)?(?:(?: [Tt]ỉnh| [Tt]hành phố)\s+| (?:TP|Tp)\.?\s*|\s+)"
    rf"(?:{CAP_WORD})(?:\s+(?:{CAP_WORD}))*)"
)


def _delegation(text: str, person: Person, lx: Lex) -> None:
    """'đại biểu A, đoàn Đắk Lắk' / 'ĐB B (đoàn Hà Nội)': a deputy's delegation is the body of the seat."""
    if person.organization is not None or not lx.seat.fullmatch(person.title or ""):
        return
    m = _DELEGATION.match(text, person.end)
    if m:
        person.organization = m.group("org")
        person.span = (person.span[0], m.end("org"))


def _unglued_end(text: str, words: list[Word], i: int, j: int, lx: Lex, view: TextView) -> int:
    """The end of the name without the words glued to what follows: a word that opens a post ("Trần Văn A
    Chủ tịch nước ..." where a full stop was lost) or, not being a given name, that the segmentation reads
    with the next syllables ("Tuy nhiên", "Ngày mai"; the tagger also glues a given name to a verb, so a
    given name stays)."""
    while j - i > 1:
        last = words[j - 1]
        glued = not view.is_boundary(last[2]) and last[0] not in lx.given and not _foreign(last[0], lx)
        if not (lx.title.match(text, last[1]) or glued):
            break
        j -= 1
    return j


def _inside_post(text: str, view: TextView, start: int, lx: Lex) -> bool:
    """Whether the view reads the name's first syllable as the end of a post ("Phó Chủ tịch" as one word
    when the segmenter keeps posts whole): a post is never part of a name."""
    word = view.word_at(start)
    return word is not None and word[0] < start and lx.title.fullmatch(text[word[0] : word[1]]) is not None


def _strip_lead(text: str, words: list[Word], lx: Lex) -> tuple[list[Word], Word | None]:
    """The run without a leading honorific (returned apart), prefixes written without their last dot
    ("PGS.TS Trần ..." leaves "TS" in the run) and an abbreviated post ("ĐB Lê Văn A", "TGĐ Trần Thị B"),
    which the title before the name is then read from."""
    honor_in_run = None
    while words and lx.honorific.search(words[0][0] + " "):
        honor_in_run = words[0]
        words = words[1:]
    if honor_in_run is None and _capitalised_honorific(text, words, lx):
        # "Anh Nguyễn Văn A, Giám đốc ...": a sentence opens with it
        honor_in_run, words = words[0], words[1:]
    while (
        words
        and lx.prefix.search(text[max(0, words[0][1] - 12) : words[0][2]])
        and (words[0][0].isupper() or lx.prefix.fullmatch(words[0][0]))  # "TS Trần ...", "Samdech Say ..."
    ):
        words = words[1:]
    if len(words) >= 2 and words[0][0].isupper() and lx.title.fullmatch(words[0][0]):
        words = words[1:]
    words = _without_capitalised_post(text, words, lx)
    if len(words) >= 3 and _is_clause_opener(words[0][0], lx) and words[0][0] not in lx.surnames:
        words = words[1:]  # "Theo Neil Saunders, Giám đốc ...": the preposition opens no name
    if len(words) >= 3 and _ends_place(text, words[0], lx):
        words = words[1:]  # "Ủy ban châu Âu Donald Tusk": the region's word opens no name
    glued = _glued_lead(text, words[0][1]) if words and honor_in_run is None else None
    if glued is not None and glued.group("h"):
        honor_in_run = (glued.group("h"), glued.start(), glued.end())  # "BàNguyễn Thị A": the honorific
    return words, honor_in_run


@lru_cache(maxsize=1)
def _capitalised_only_at_start() -> frozenset[str]:
    """Honorifics listed in lower case only ("anh", "chị"), capitalised: a country or a name elsewhere."""
    honorifics = load_json("officials.json")["honorifics"]
    return frozenset(h[0].upper() + h[1:] for h in honorifics if h[0].islower()) - frozenset(honorifics)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;“\"(\n]\s*)$")


def _capitalised_honorific(text: str, words: list[Word], lx: Lex) -> bool:
    """'Anh Nguyễn Văn A, Giám đốc ...': an honorific listed in lower case, capitalised at a sentence's start
    before a whole Vietnamese name (not "Anh Quốc", nor the country after a post: "Thủ tướng Anh ...")."""
    if len(words) < 3 or words[0][0] not in _capitalised_only_at_start():
        return False
    if not _OPENS_SENTENCE.search(text, max(0, words[0][1] - 3), words[0][1]):
        return False
    return name_in_run(words[1:], lx, from_end=False) == (0, len(words) - 1)


def _inside_written_name(text: str, view: TextView, words: list[Word], i: int) -> bool:
    """Whether the name's first word starts inside a word written as one ("Leste" of "Timor-Leste"), not
    right after an honorific or a dotted prefix glued to it ("BàNguyễn", "TS.Phạm")."""
    if not view.inside_written_word(words[i][1]):
        return False
    return not (i == 0 and _glued_lead(text, words[0][1]) is not None)


def _without_capitalised_post(text: str, words: list[Word], lx: Lex) -> list[Word]:
    """The run without a post of two or more words written with every word capitalised at its start
    ("Tổng Thống Trump", "Thủ Tướng Abe"), when no Vietnamese name follows it in the run (that reading,
    "Phó Bí Thư Nguyễn Văn A", finds the post before the name as it is)."""
    if len(words) < 3:
        return words
    post = lx.title.match(text, words[0][1])
    if post is None:
        return words
    ends = [k for k in range(1, len(words) - 1) if words[k][2] == post.end()]
    if not ends or name_in_run(words[ends[0] + 1 :], lx, from_end=False) is not None:
        return words
    return words[ends[0] + 1 :]


def _locate_name(
    text: str, words: list[Word], lx: Lex, honor_in_run: Word | None
) -> tuple[tuple[int, int], bool] | None:
    """``((first, end) word indexes of the name, foreign)``: a known surname window, a run an honorific
    vouches for, the last surname window of a longer run, or a foreign name after a country."""
    idx = name_in_run(words, lx, from_end=False) if len(words) <= 4 else None
    honoured = honor_in_run is not None or bool(
        lx.honorific.search(text[max(0, words[0][1] - 12) : words[0][1]])
    )
    if (
        idx is None
        and honoured
        and 2 <= len(words) <= 5
        and " ".join(w for w, _s, _e in words) not in lx.places
    ):
        idx = (0, len(words))  # "bà Giàng Thị Dung", "ông Lee Sang-hoon": the honorific vouches for a name
    if idx is None and _ranked_name(text, words, lx):
        idx = (0, len(words))
    if idx is not None and idx != (0, len(words)) and honoured and _surname_run(words, lx):
        idx = (0, len(words))  # "ông Trần Nguyễn Hoàng Phú": the honorific vouches for the whole run
    if idx is None or idx[1] != len(words):
        idx = name_in_run(words, lx, from_end=True)
    if idx is not None:
        return idx, False
    foreign = _foreign_name(text, words, lx) or _long_foreign_after_place(text, words, lx)
    if foreign is not None:
        return foreign, True
    shaped = _foreign_window(text, words, lx) or _lone_name(text, words, lx)
    if shaped is None and honoured:
        shaped = _honoured_lone_name(text, words, lx)
    return (shaped, False) if shaped is not None else None


def _surname_run(words: list[Word], lx: Lex) -> bool:
    """A run of two to four words that opens with a surname and ends with a given name, no place."""
    return (
        2 <= len(words) <= 4
        and words[0][0] in lx.surnames
        and words[-1][0] in lx.given
        and not _place_inside([w for w, _s, _e in words], lx)
    )


def _ranked_name(text: str, words: list[Word], lx: Lex) -> bool:
    """'Đại tướng Tea Banh, Bộ trưởng ...', 'TS. Aki Tanaka - Giám đốc ...': two or three title-case words
    after a rank or academic prefix and before a post vouch for a name the lexicons do not know."""
    if not 2 <= len(words) <= 3 or not all(_TITLE_CASE.fullmatch(w) for w, _s, _e in words):
        return False
    sep = _ROLE_SEP.match(text, words[-1][2])
    if sep is None or not lx.prefix.search(text[max(0, words[0][1] - 20) : words[0][1]]):
        return False
    return lx.title.match(text, sep.end()) is not None


# a title-case word ("Donald", "McCain", "Sang-hoon"), also with the particles glued to it in a foreign name
# ("da Silva", "von der Leyen": see ``_particle_words``)
_TITLE_CASE = re.compile(
    rf"(?:[{_LO}]+\s)*(?:[{_LO}]{{1,3}}-)?(?:[{_UP}]\.)?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}{_LO}][{_LO}]+)*"
)


@lru_cache(maxsize=50_000)  # a pure function of the word and the lexicon, asked of the same words many times
def _foreign(word: str, lx: Lex) -> bool:
    """A word that is not one Vietnamese syllable ("Donald", "Kishida", "Sang-hoon"); capitalised parts joined
    by hyphens are foreign when one of them is ("Jean-Daniel", not the place "Rịa-Vũng")."""
    if _CAPITALISED_PARTS.fullmatch(word):
        return any(not lx.vn_syllable.fullmatch(part.lower()) for part in word.split("-"))
    if _INITIALLED.fullmatch(word):  # "A.Merkel" (not the abbreviated place "P.Bến Nghé")
        return not lx.vn_syllable.fullmatch(word.rsplit(".", 1)[1].lower())
    return not lx.vn_syllable.fullmatch(word.lower())


_CAPITALISED_PARTS = re.compile(rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)+")
_INITIALLED = re.compile(_INITIALS)


def _foreign_window(text: str, words: list[Word], lx: Lex) -> tuple[int, int] | None:
    """'Giám đốc FBI James Comey', 'John Smith, CEO ...': the trailing two title-case words of a run (three
    when they are the whole run), one of them not a Vietnamese syllable, none a place or a country."""
    n = len(words)
    for size in (3, 2) if n == 3 else (4, 2) if n == 4 else (2,):
        if n < size or "\n" in text[words[n - size][1] : words[-1][2]]:
            continue
        window = [w for w, _s, _e in words[n - size :]]
        if not all(_TITLE_CASE.fullmatch(w) for w in window) or not any(_foreign(w, lx) for w in window):
            continue
        if size == 4 and not all(_foreign(w, lx) for w in window):
            continue  # "Luiz Inácio Lula da Silva": four words are one name only when none is Vietnamese
        if any(w in lx.foreign_org_words for w in window):
            return None  # "Sony Electronics", "Kaspersky Lab": a company
        if lx.head_before.search(text, max(0, words[n - size][1] - 40), words[n - size][1]):
            continue  # "Công ty TNHH Top Textiles", "Viện John Neumann", "thương hiệu Tommy Hilfiger": a name
        if (size >= 3 or _INITIALLED.fullmatch(window[-1])) and (
            _used_alone(text, words[n - size], lx)
            or lx.place_lead.search(text, max(0, words[0][1] - 20), words[0][1])
        ):
            # "Chủ tịch Fed Jerome Powell ... Fed sẽ": the body, then a two-word name; "Fed chi nhánh Chicago
            # Austan Goolsbee": a place word, its place, then the name
            continue
        if not _place_inside(window, lx) and not lx.org_head.match(" ".join(window)):
            return n - size, n
    return None


def _ends_place(text: str, word: Word, lx: Lex) -> bool:
    """Whether the word ends a place or region named with a lower-case word before it ("Ủy ban châu Âu
    Donald Tusk": "châu Âu" is the region "Châu Âu", not the start of a name)."""
    before = _LAST_TOKEN.search(text, max(0, word[1] - 20), max(0, word[1] - 1))
    if before is None or not before.group()[:1].islower():
        return False
    return f"{before.group()[:1].upper()}{before.group()[1:]} {word[0]}" in lx.places


def _used_alone(text: str, word: Word, lx: Lex) -> bool:
    """Whether the text uses ``word`` elsewhere on its own, not followed by another capitalised word (a body
    or a place named alone: "Fed", "Uber"; a first name is not repeated alone, and a surname used alone
    follows a post or an honorific)."""
    for m in _word_pattern(word[0]).finditer(text):
        if m.start() == word[1] or _CAP_NEXT.match(text, m.end(), m.end() + 2):
            continue
        if not _after_honorific_or_post(text, m.start(), lx):
            return True  # not "Thị trưởng Shin" / "ông Shin": a person's name used alone
    return False


def _place_inside(window: list[str], lx: Lex) -> bool:
    """Whether some words of the window name a place or a country ("Economica Việt Nam")."""
    for i in range(len(window)):
        for j in range(i + 1, len(window) + 1):
            part = " ".join(window[i:j])
            if part in lx.places or lx.country.fullmatch(part):
                return True
    return False


_LONE_AFTER = re.compile(r"\s*(?:[,.;:!?)\n]|$)")


def _lone_name(text: str, words: list[Word], lx: Lex) -> tuple[int, int] | None:
    """'Bộ trưởng Tân cho biết', 'Tổng thống Trump,': one title-case word (a known given name or a
    foreign word) right after a title, ending the clause or followed by a verb of speech or action."""
    if len(words) != 1:
        return None
    word, start, end = words[0]
    if len(word) < 2 or not _TITLE_CASE.fullmatch(word) or not (word in lx.given or _foreign(word, lx)):
        return None
    if word in lx.places or lx.country.match(word) or lx.org_head.match(word):
        return None
    before = text[max(0, start - 60) : start]
    ranked = lx.rank_at_end.search(before) is not None  # "Đại úy Mẫn nói": a rank is the post
    post = None if ranked else lx.title_at_end.search(before)
    rest = text[end : end + 40]
    if not ranked and (
        not post
        or (
            _foreign(word, lx)
            and _company_post(post.group("t"), lx)
            and not _honoured_elsewhere(text, word, lx)
        )
    ):
        return None  # "Chủ tịch Vinatex", "Giám đốc Savills": a company's post before its name
    if _LONE_AFTER.match(rest) or lx.org_stop.match(rest.lstrip()) or _opens_clause(rest, lx):
        return 0, 1
    if post is not None and _LOWER_NEXT.match(rest) and _name_before_clause(text, post, words[0], lx):
        return 0, 1  # "Thủ tướng Medvedev nhiệt liệt hoan nghênh": a state post, a foreign word, the clause
    return None


_LOWER_NEXT = re.compile(rf"\s+[{_LO}]")  # a lower-case word follows


def _name_before_clause(text: str, post: re.Match[str], word: Word, lx: Lex) -> bool:
    """Whether one word right after a post and before a lower-case word is a name: a foreign word after a
    state's post ("Thủ tướng Medvedev nhiệt liệt ..."; not a company's: "Chủ tịch Volodin" needs a verb)."""
    return _foreign(word[0], lx) and not _company_post(post.group("t"), lx)


def _opens_clause(rest: str, lx: Lex) -> bool:
    """Whether ``rest`` opens with a capitalised common word that opens a clause (a full stop was lost)."""
    word = _TOKEN.match(rest.lstrip())
    return word is not None and _is_clause_opener(word.group(), lx)


def _is_clause_opener(word: str, lx: Lex) -> bool:
    """ "Trong", "Cuộc": a common word that opens a clause, written capitalised."""
    return word.lower() in lx.clause_openers and _TITLE_CASE.fullmatch(word) is not None


def _company_post(title: str, lx: Lex) -> bool:
    """Whether the post is one a company has (its one-word complement is then mostly the company)."""
    return lx.company_post.search(title) is not None


def _honoured_elsewhere(text: str, word: str, lx: Lex) -> bool:
    """Whether the text also writes the word after an honorific ("ông Tanaka"): then it is a person."""
    return any(
        lx.honorific.search(text[max(0, m.start() - 12) : m.start()])
        for m in _word_pattern(word).finditer(text)
    )


_ROLE_SEP = re.compile(r"\s*(?:,|[-–—])\s*")


def _honoured_lone_name(text: str, words: list[Word], lx: Lex) -> tuple[int, int] | None:
    """'Ông Hùng giữ chức Chủ tịch HĐQT', 'bà Lan là Giám đốc', 'ông Smith, Thứ trưởng ...': one title-case
    word after an honorific, when a verb of office (or a comma, a dash) and a title follow."""
    if len(words) != 1:
        return None
    word, _start, end = words[0]
    if (
        not _TITLE_CASE.fullmatch(word)
        or word in lx.places
        or lx.country.match(word)
        or lx.org_head.match(word)
    ):
        return None
    note = lx.photo_note.match(text, end)  # "Bà Kosets (thứ 2 từ phải sang) - Chủ tịch ..."
    end = note.end() if note else end
    verb = _APPOINTED.match(text, end) or _ROLE_SEP.match(text, end)
    return (0, 1) if verb and lx.title.match(text, verb.end()) else None


def _foreign_ministry(p: Person, lx: Lex) -> None:
    """'Bộ trưởng Tư pháp Mỹ Eric Holder', 'Bộ trưởng Quốc phòng James Mattis': a foreign minister's domain
    stays in the title and the country is the organisation (a Vietnamese minister's 'Bộ trưởng Quốc phòng'
    is the head of 'Bộ Quốc phòng', see ``_fused_unit``)."""
    posts = p.title.split(", ") if p.title else []
    org = p.organization
    if not posts or not org or lx.own_body.match(org):
        return
    if lx.former.sub("", posts[-1], count=1).lower() not in lx.ministry_titles:
        return
    country = lx.country_at_end.search(org)
    if country is None and _vietnamese_name(p.name):
        return
    domain = org[: country.start()].strip() if country else org
    if any(_foreign(w, lx) for w in domain.split()):
        return  # "Bộ trưởng Francisco Tiu | Laurel Jr": a foreign name, not a ministry's domain
    posts[-1] = f"{posts[-1]} {domain}" if domain else posts[-1]
    p.title, p.organization = ", ".join(posts), (country.group() if country else None)


_LAST_POST = re.compile(r", |\s[-–—]\s|\skiêm\s")  # posts joined as written: "Đại sứ - Trưởng Phái đoàn"


def _unit_of(title: str | None, lx: Lex) -> str | None:
    """The unit the (last) post names ("Trưởng phòng" -> "Phòng"; "nguyên Cục trưởng" -> "Cục"), or None."""
    return lx.fused_units.get(lx.former.sub("", _LAST_POST.split(title)[-1]).lower()) if title else None


def _fused_unit(p: Person, lx: Lex) -> str | None:
    """The unit the post names when the organisation is the unit's own name ("Trưởng Ban Tuyên giáo",
    "Phó Cục trưởng Quản lý giá"), not a body of its own ("Trưởng phòng của Công ty X", "Viện trưởng VKSND")."""
    unit = _unit_of(p.title, lx)
    org = p.organization
    if not unit or not org or org.lower().startswith(unit.lower()):
        return None
    if unit in lx.units_of_parent:
        return unit  # "Chánh thanh tra Bộ X": the inspectorate of the ministry, "Thanh tra Bộ X"
    # a body of its own, but "Bộ trưởng Công an": a ministry's domain named by a bare head word
    if lx.own_body.match(org) and not (unit in lx.ministry_units and lx.own_body.fullmatch(org)):
        return None
    first = org.split()[0]
    if len(first) > 1 and first.isupper() and not lx.place_word.match(org) and unit not in lx.acronym_units:
        # "Viện trưởng VKSND", "Bộ trưởng GD-ĐT": as written (not "Trưởng Công an TP X", "Trưởng phòng CSGT")
        return None
    return unit


def _prefix_and_honorific(
    text: str, person: Person, honor_in_run: Word | None, lead_start: int, lx: Lex
) -> int:
    """Set the academic or rank prefix and the honorific written before the name; the mention's new start."""
    n_start = person.start
    line_start = text.rfind("\n", 0, n_start) + 1
    pre_text = text[max(line_start, n_start - 80) : n_start]
    base = n_start - len(pre_text)
    pm = lx.prefix.search(pre_text)
    if pm and pm.group("p").strip():
        person.prefix = pm.group("p").strip()
        lead_start = base + pm.start()
        pre_text = pre_text[: pm.start()]
    hm = lx.honorific.search(pre_text)
    if honor_in_run is not None:
        person.honorific = honor_in_run[0].lower()
        lead_start = honor_in_run[1]
    elif hm:
        person.honorific = hm.group("h").lower()
        lead_start = base + hm.start()
    return lead_start


def _title_before(
    text: str, person: Person, lead_start: int, gap_end: int, s_lo: int, lx: Lex, view: TextView | None = None
) -> str | Person | None:
    """TITLE [ORG] NAME: the last title before the name whose gap to the name is an organisation.  The
    person (title set), ``_REJECT`` when the name belongs to an organisation, or None (no such title)."""
    region_lo = max(s_lo, lead_start - 160)
    # a title may run into the run of capitals that ends with the name ("Chủ tịch HĐQT Trần Văn A")
    found = [
        _off_word(text, t, lx, view)
        for t in lx.title.finditer(text, region_lo, max(lead_start, gap_end))
        if t.start() < lead_start
    ]
    # a stop word inside a segmented word ("hàng không") goes on with the body before a full name only
    full = len(person.name.split()) >= 3 or any(_foreign(w, lx) for w in person.name.split())
    for tm in reversed(found):
        if _inside_body(text, tm) or _after_head_word(text, tm.start(), lx):
            continue  # "Ủy ban Công tác đại biểu A", "Viện Đại biểu Quốc hội": a post word inside a body's name
        gap = _ACRONYM_AFTER_TITLE.sub(" ", text[tm.end() : gap_end], count=1)  # "Giám đốc điều hành (CEO) X"
        org = gap.strip()
        apposed = not (person.honorific or person.prefix) and _foreign_after_comma(text, person, lx)
        if (person.honorific or person.prefix or apposed) and not lx.title_of_previous.search(
            text, max(0, tm.start() - 80), tm.start()
        ):
            # "Giám đốc Sở X, ông Nguyễn Văn A" / "Tân Giám đốc Sở X là ông Nguyễn Văn A" / "..., Đại tá B"
            elected_only = lx.term_link.search(org) is not None and _own_post_after(text, person.end, lx)
            org = _before_next_post(lx.name_after_post.sub("", org).strip(), lx)
            if elected_only or (
                apposed
                and (
                    _org_limit(org, lx) < len(org)
                    or not _apposed_body(org, lx)
                    or _post_of_another(text, tm.start(), lx)
                )
            ):
                # "Văn phòng Thủ tướng Anh số 10 phố Downing, lãnh đạo đảng X, A": another post's; "bầu chức vụ
                # Chủ tịch X nhiệm kỳ ... đối với ông A, Phó Bí thư Y": the post written after A is A's
                continue
        org = _without_bare_link(org, person, lx)
        org = org.rstrip(" -–—")  # "CEO Uber - Travis Kalanick"
        if lx.country_reference.fullmatch(org):
            org = ""  # "Ngoại trưởng nước này A": the country was named before; no body is written
        # "Giám đốc Viện X (VIS) (cũ) A": the unit's age mark is read after the body, as in _org_after
        aged = lx.unit_age.search(org)
        age = aged.group() if aged and aged.end() == len(org) and aged.start() > 0 else ""
        org = org[: len(org) - len(age)]
        joined = _joined_words(text, tm.end(), gap_end, view) if full and org else frozenset()
        if (
            org
            and not _org_like(_between_body(org), lx, joined)
            and not _lower_unit_body(tm.group("t"), org, lx)
        ):
            continue
        lead_run = CAP_RUN.match(org)
        if org and lead_run and _name_opens_gap(org, lead_run, lx):
            # "Đại biểu Trần Văn A - Đoàn B", "Chủ tịch nước Trần Văn A chúc mừng ngài B": the title is the
            # name's that opens the gap
            return None
        org = lx.parent_in_brackets.sub("", org)  # "Cục trưởng Cục X (Bộ Y) A": the body is "Cục X"
        org = _ACRONYM_AT_END.sub("", org) + age  # "Giám đốc Cơ quan X (NSA) A": the body is "Cơ quan X"
        # "trưởng thôn Đông Hà": a post that names a place unit is followed by the place's name
        gap = gap if gap.strip() else text[tm.start() : gap_end]
        if lx.not_before_name.search(gap) and not (
            lx.after_place.search(gap) and len(person.name.split()) >= 3
        ):
            # "Trường THPT chuyên Lê Quý Đôn", "Huyện ủy Mộc Châu": the name belongs to the organisation;
            # after a bare place word only a full three-syllable name is a person ("UBND tỉnh Nguyễn Văn An")
            return _REJECT
        person.title = tm.group("t")
        described = _described_of(text, tm.end(), org, gap_end, lx, view)
        if described is not None:  # "Bộ trưởng phụ trách Brexit của Anh A": the post's words, then its body
            person.title, org = f"{person.title} {described[0]}", described[1]
        person.organization = org or None
        person.span = (tm.start(), person.end)
        earlier = lx.title_then_comma.search(text, region_lo, tm.start())
        # "Phó Thủ tướng, Bộ trưởng Ngoại giao A": posts without a body before join the title
        if earlier and _joins(text, earlier, lx):
            person.title = _joined_posts(earlier.group("t"), person.title, person.organization, lx)
            person.span = (earlier.start(), person.end)
        dashed = lx.title_then_dash.search(text, region_lo, tm.start())
        if dashed and _joins(text, dashed, lx):  # "Phó Chủ tịch - Tổng thư ký X A": joined as written
            person.title = text[dashed.start() : tm.start()] + person.title
            person.span = (dashed.start(), person.end)
        return person
    return None


def _without_bare_link(org: str, person: Person, lx: Lex) -> str:
    """'Giám đốc (của) công ty X là Nguyễn Văn A': a body, then 'là' before a full Vietnamese name without an
    honorific (``bare_name_after_post``); the body without 'của' and 'là'."""
    link = lx.bare_name_after.search(org)
    words = person.name.split()
    if link is None or person.honorific or person.prefix or len(words) < 3 or words[0] not in lx.surnames:
        return org
    return _OF_LEAD.sub("", org[: link.start()])


def _own_post_after(text: str, end: int, lx: Lex) -> bool:
    """Whether a comma or a dash and a post follow the name ending at ``end`` ("ông A, Phó Bí thư Y")."""
    sep = _ROLE_SEP.match(text, end)
    return sep is not None and lx.title.match(text, sep.end()) is not None


def _joined_words(text: str, start: int, end: int, view: TextView | None) -> frozenset[str]:
    """Each pair of syllables that the segmentation joins inside one word between ``start`` and ``end``, in
    lower case ("cảng hàng không": "cảng hàng", "hàng không")."""
    if view is None:
        return frozenset()
    pairs = set()
    for s, e in view.words_in(start, end):
        syllables = text[s:e].lower().split()
        pairs |= {f"{a} {b}" for a, b in pairwise(syllables)}
    return frozenset(pairs)


def _before_next_post(org: str, lx: Lex) -> str:
    """ "Bí thư thường trực Bộ X, Trưởng SOM ASEAN của Y, bà A": the posts before the name are listed; a
    comma and a post the lexicon does not hold end the first post's body (a post it holds was tried first)."""
    for comma in _COMMA.finditer(org):
        if lx.post_opener.match(org, comma.end()) and not lx.title.match(org, comma.end()):
            return org[: comma.start()]
    return org


def _foreign_after_comma(text: str, person: Person, lx: Lex) -> bool:
    """'Tổng thống Mỹ, Donald Trump', 'Bộ trưởng Bộ X Đan Mạch, Jacob Jensen': a foreign name right after a
    comma is in apposition to the post before it, as an honoured one is."""
    return _COMMA_AT_END.search(text, max(0, person.start - 3), person.start) is not None and any(
        _foreign(w, lx) for w in person.name.split()
    )


_POST_OF_BEFORE = re.compile(r"(?<!\w)(?:(?P<verb>làm|là)|của)\s+$")


def _post_of_another(text: str, pos: int, lx: Lex) -> bool:
    """'A làm Chủ tịch X, B làm ...', 'Tổng thư ký của Thủ tướng, B': the post at ``pos`` is another person's
    (or part of another post), not in apposition to the name after the comma."""
    m = _POST_OF_BEFORE.search(text, max(0, pos - 8), pos)
    if m is None:
        return False
    return (
        m.group("verb") is not None
        or lx.title_at_end.search(text, max(0, m.start() - 60), m.start()) is not None
    )


def _apposed_body(org: str, lx: Lex) -> bool:
    """Whether the words between a post and a comma before a foreign name are the post's body: none, one word
    ("CEO Microsoft, A"), a short phrase ending with a country ("Bộ trưởng Tư pháp Mỹ, A"), or a body's name
    that names no person inside ("Bộ Công Thương New Zealand, A"; not "Bộ Quốc phòng Nga Sergey Shoigu ...,")."""
    words = org.split()
    if len(words) <= 1 or (len(words) <= 4 and lx.country_at_end.search(org)):
        return True
    if not lx.org_head.match(org):
        return False
    for k in range(len(words) - 1):
        pair = words[k : k + 2]
        if not all(_TITLE_CASE.fullmatch(w) and _foreign(w, lx) for w in pair):
            continue
        placed = any(
            " ".join(words[a:b]) in lx.places or lx.country.fullmatch(" ".join(words[a:b]))
            for a in range(max(0, k - 1), k + 1)
            for b in range(k + 2, min(len(words), k + 3) + 1)
        )
        if not placed and not any(w in lx.foreign_org_words for w in pair):
            return False  # a person's name inside: "Bộ Quốc phòng Nga Sergey Shoigu trên vùng trời ..."
    return True


def _described_of(
    text: str, pos: int, org: str, gap_end: int, lx: Lex, view: TextView | None
) -> tuple[str, str] | None:
    """A body written between a post and a name as words describing the post, "của" and the body ("Giám đốc
    Khu vực Châu Á của USAID A"): ``(description, body)``, or None."""
    desc, of, body = org.partition(" của ")
    if not of or not desc or not body:
        return None
    found = _described_post(text, pos, gap_end, lx, view)
    if found is None or text[pos : found[0]].strip() != desc.strip():
        return None
    return desc.strip(), body.strip()


def _off_word(text: str, tm: re.Match[str], lx: Lex, view: TextView | None) -> re.Match[str]:
    """A title whose modifier ends a longer word ("quyền" of "chính quyền Tổng thống A"): the title
    after that word."""
    if view is None or view.is_boundary(tm.start()) or not lx.pre_modifier.match(tm.group()):
        return tm
    if lx.former.match(tm.group()):
        return tm  # "tiếp cựu Ngoại trưởng": the segmenter glues a verb to "cựu", which no word ends with
    word = view.word_at(tm.start())
    again = lx.title.match(text, word[1] + 1) if word is not None else None
    return again if again is not None and again.end() == tm.end() else tm


_PARENT_AT_END = re.compile(r"\s*\([^()]*\)$")
_COMMA_IN_NAME = re.compile(rf",(?=\s+[{_LO}])(?!\s+(?:và|hoặc|cùng)(?!\w))")


def _between_body(org: str) -> str:
    """A body written between a post and a name, as checked: without its parent in brackets ("Cục X (Bộ Y)")
    and the commas before a lower-case word inside its name ("Cục Quản lý Khám, chữa bệnh"); the name and
    the post bound it, so such a comma cannot end it."""
    return _COMMA_IN_NAME.sub("", _PARENT_AT_END.sub("", org))


def _lower_unit_body(title: str, org: str, lx: Lex) -> bool:
    """'Trưởng Ban đô thị HĐND TP X A', 'Vụ trưởng Vụ Y, Bộ Z B': a unit the post names in lower case (or with
    its parent after a comma) whose body, unit and all, is an organisation between the post and the name."""
    unit = _unit_of(title, lx)
    if unit is None:
        return False
    if org[:1].islower():
        return (
            unit in lx.lower_units
            and _NAMED.search(org) is not None
            and not _COMPANY_INSIDE.search(org)
            and _org_like(_between_body(f"{unit} {org}"), lx)
        )
    head, comma, parent = org.partition(", ")
    return (
        bool(comma)
        and lx.parent_after.match(", " + parent) is not None
        and _org_like(head, lx)
        and (_org_like(parent, lx))
    )


def _whole_name(span: str, lx: Lex) -> bool:
    """Whether ``span`` is one person's full (Vietnamese) name: no foreign word ("Phú Hưng Property" is a
    company's)."""
    if not CAP_RUN.fullmatch(span) or lx.org_head.match(span):
        return False
    words = words_at(span, 0, len(span))
    if any(_foreign(w, lx) for w, _s, _e in words):
        return False
    return 3 <= len(words) <= 4 and name_in_run(words, lx, from_end=False) == (0, len(words))


def _joins(text: str, earlier: re.Match[str], lx: Lex) -> bool:
    """Whether a bodiless post before another is the same person's: it opens a phrase and is not a head
    of government or state ('của Thủ tướng, Bộ trưởng X': two people)."""
    return _opens_phrase(text, earlier.start(), lx) and earlier.group("t").lower() not in lx.sole_posts


def _inside_body(text: str, tm: re.Match[str]) -> bool:
    """Whether a post written in lower case follows a capitalised word of a name ("Ban Công tác đại biểu")
    rather than opening a phrase."""
    if not tm.group()[0].islower() or lex().pre_modifier.match(tm.group()):
        return False  # "cố Tổng Bí thư", "nguyên Bộ trưởng": a modifier opens the post
    for lower, word in enumerate(reversed(text[max(0, tm.start() - 40) : tm.start()].split()[-4:])):
        if not word[-1].isalnum() or word == "của" or lex().org_stop.fullmatch(word.lower()):
            return False  # "ông A, đại biểu ...", "theo giám đốc ...": the post opens a phrase
        if word[0].isupper():
            return True
        if lower >= 2:
            return False
    return False


def _opens_phrase(text: str, pos: int, lx: Lex) -> bool:
    """Whether a post at ``pos`` opens a phrase: after a break, a lower-case word or a function word
    ("Theo Tổng Bí thư, ..."), not inside a capitalised name ("Phủ Chủ tịch, Chủ tịch nước ...")."""
    before = text[:pos].rstrip(" ")
    if not before or before[-1] in ",;:(\n":
        return True
    word = _LAST_TOKEN.search(before)
    if word is None or word.group() in lx.not_joint_after:
        return False  # "các ĐB, Thống đốc A", "Thừa lệnh Thủ tướng, Phó Thủ tướng B": another person's post
    return word.group()[0].islower() or lx.org_stop.fullmatch(word.group().lower()) is not None


def _title_after(
    text: str, person: Person, n_end: int, s_hi: int, lx: Lex, view: TextView | None = None
) -> int | None:
    """NAME, TITLE ORG / NAME - TITLE ORG / NAME (TITLE ORG) / NAME được bổ nhiệm giữ chức TITLE ORG: set
    title and organisation; the end of the role, or None when no title follows."""
    lead = _role_start(text, n_end, s_hi, lx) or _post_right_after(text, person, n_end, lx)
    if lead is None:
        return None
    t_pos, bracket = lead
    tm = lx.title.match(text, t_pos)
    if not tm or _name_next(text, tm.end(), lx, bare=person.honorific is None and person.prefix is None):
        return None  # "Hạ Long, Phó Thủ tướng Vương Đình Huệ": the title is the next name's
    if _honorary(text, tm, lx):
        return None
    person.title = tm.group("t")
    hi = s_hi
    if bracket:
        close = text.find(")", t_pos, s_hi)
        hi = close if close > 0 else s_hi
    org_after, org_end = _post_and_body(text, person, tm, hi, lx, view)
    if person.honorific is None and lx.honoured_next.match(text, org_end if org_after else tm.end()):
        person.title = None
        return None  # "Theo AFP, Thủ tướng Nhật Bản, ông A": the post is the next, honoured name's
    if (
        person.honorific is None
        and person.prefix is None
        and org_after
        and _foreign_name_ends(text, org_end - len(org_after), org_end, lx)
    ):
        person.title = None
        return None  # "Theo kênh X Y, Bộ trưởng Bộ Tài chính Mỹ John Smith": the post is that name's
    end = _more_roles(text, person, org_after, org_end if org_after else tm.end(), hi, lx, view)
    if person.title is None:
        return None
    if person.organization is None:
        end = _body_after_comma(text, person, end, hi, lx, view)
    if bracket and text[end : end + 1] == ")":
        end += 1
    return end


def _honorary(text: str, tm: re.Match[str], lx: Lex) -> bool:
    """'A làm đại sứ thương hiệu': an honorary post (``honorary_posts``) before a brand word is no post."""
    return tm.group("t").lower() in lx.honorary_posts and lx.brand.match(text, tm.end() + 1) is not None


_ONE_SPACE = re.compile(rf" (?=[{_UP}])")


def _post_right_after(text: str, person: Person, n_end: int, lx: Lex) -> tuple[int, bool] | None:
    """'Ông Lê Văn A Phó giám đốc Sở X cho biết': an honoured (or prefixed) name and a capitalised post right
    after it, the comma left out."""
    if not (person.honorific or person.prefix) or not _ONE_SPACE.match(text, n_end):
        return None
    return (n_end + 1, False) if lx.title.match(text, n_end + 1) else None


def _role_start(text: str, n_end: int, s_hi: int, lx: Lex) -> tuple[int, bool] | None:
    """Where the post written after a name ending at ``n_end`` starts, past a photo note ("(ảnh)"), an age
    ("(57 tuổi, ...", ", 45 tuổi,"), the separator and a verb of office; and whether it is in brackets."""
    note = lx.photo_note.match(text, n_end, s_hi)  # "bà A (ảnh), Vụ trưởng ...", "ông B (bìa trái) - ..."
    if note:
        n_end = note.end()
    age = lx.age.match(text, n_end, s_hi)  # "ông A (57 tuổi, Giám đốc X)", "bà B, 45 tuổi, Phó Giám đốc Y"
    if age:
        n_end = age.end()
    else:
        closed = lx.age_in_brackets.match(text, n_end, s_hi)
        if closed and lx.title.match(text, closed.end()):
            return closed.end(), False  # "bà B (sinh năm 1980) Giám đốc Công ty Y": the post right after
    after = text[n_end:s_hi]
    sep = _ROLE_LEAD.match(after) or _APPOINTED.match(after)
    if not sep:
        return None
    bracket = "(" in sep.group() or (age is not None and "(" in age.group() and ")" not in age.group())
    t_pos = n_end + sep.end()
    verb = (
        _APPOINTED.match(text, t_pos - 1, s_hi)
        if sep.re is _ROLE_LEAD and sep.group()[-1:].isspace()
        else None
    )
    if verb:  # "Delphine Arnault – hiện là Giám đốc điều hành ...": a dash, then a verb of office
        t_pos = verb.end()
    return t_pos, bracket


def _post_and_body(
    text: str, person: Person, tm: re.Match[str], hi: int, lx: Lex, view: TextView | None
) -> tuple[str | None, int]:
    """The words describing the post (added to ``person.title``) and the body after it, with its end."""
    org_at = tm.end()
    represents = lx.representative.match(text, org_at, hi)
    if represents:
        org_at = represents.end()
    of_body = _of_body(text, org_at, hi, lx)
    if of_body is None and _unit_of(person.title, lx) is None:
        of_body = _described_post(text, org_at, hi, lx, view)
    if of_body is not None:  # "Giám đốc khối phân tích của Chứng khoán X": the post, then "của" and its body
        person.title = f"{person.title}{text[org_at : of_body[0]]}"
        org_at = of_body[1]
    unit_word = _unit_of(person.title, lx) if org_at == tm.end() else None
    org_after, org_end = _org_after(
        text, org_at, hi, lx, view, unit=unit_word is not None, lower=unit_word in lx.lower_units
    )
    # a unit named in lower case is the post's field when a company follows ("Trưởng phòng sản xuất Công ty X")
    unit = unit_word is not None and not (org_after and org_after[0].islower())
    if (
        org_after
        and not unit
        and (company := _COMPANY_INSIDE.search(org_after))
        and not _opens_named_body(org_after, lx)
    ):
        # "Giám đốc Truyền thông Đối ngoại Tập đoàn X": the words before the company describe the post
        person.title = f"{person.title} {org_after[: company.start()].strip()}"
        org_after = _OF_LEAD.sub("", org_after[company.start() :]).strip()
    return org_after, org_end


# a company head inside a body's words (not the "Công ty" of "Tổng Công ty"), after an optional "của"
_COMPANY_INSIDE = re.compile(
    r"(?<=\s)(?<!Tổng\s)(?:của\s+)?(?:Tập đoàn|Tổng [Cc]ông ty|Công ty|Ngân hàng)(?!\w)"
)


_OF_LEAD = re.compile(r"^của\s+")


def _opens_named_body(org: str, lx: Lex) -> bool:
    """Whether ``org`` opens with an organisation head, a country, an acronym or a foreign-looking word."""
    first = org.split()[0]
    return bool(
        lx.org_head.match(org) or lx.country.match(org) or not first[1:].islower() or _foreign(first, lx)
    )


def _body_after_comma(text: str, person: Person, end: int, hi: int, lx: Lex, view: TextView | None) -> int:
    """'Bà A, Giám đốc cấp cao, Bộ phận nghiên cứu Savills': a bodiless post, a comma and a name that opens
    with an organisation head is the post's body; so is a company after a company's post ("ông A, Phó Tổng
    Giám đốc, Acme Việt Nam cho biết").  The end of the role."""
    comma = _COMMA_SEP.match(text, end, hi)
    if (
        comma is None
        or not (
            lx.org_head.match(text[comma.end() : hi])
            or lx.domain.match(text, comma.end(), hi)
            or _company_kind_at(text[comma.end() : hi])
            or (
                person.title is not None
                and lx.company_post.search(person.title) is not None
                and _company_follows(text, comma.end(), hi, lx)
            )
        )
        or lx.title.match(text, comma.end())
    ):
        return end
    org, org_end = _org_after(text, comma.end(), hi, lx, view)
    if org is None:
        return end
    person.organization = org
    return org_end


_ROLE_LEAD = re.compile(r"\s*(?:,|\(|[-–—])\s*")  # NAME, TITLE / NAME (TITLE / NAME - TITLE
_OF_BODY = re.compile(rf"(?P<desc>(?:\s+[{_LO}]+){{0,7}}?)\s+của\s+(?=[{_UP}])")


def _of_body(text: str, pos: int, hi: int, lx: Lex) -> tuple[int, int] | None:
    """After a title ending at ``pos``: up to seven lower-case words describing the post, then "của" and a
    capitalised body.  ``(end of the post, start of the body)``, or None."""
    m = _OF_BODY.match(text, pos, hi)
    if m is None:
        return None
    desc = m.group("desc")
    if any(
        _org_stops(desc[w.start() :], lx) and not lx.function.match(desc[w.start() :])
        for w in _TOKEN.finditer(desc)
    ):
        return None  # "Chủ tịch cho biết ý kiến của Bộ": a verb, not the post's description
    return m.end("desc"), m.end()


_DESC_MAX = 12  # words describing a post before its body
_DESC_WORD = re.compile(rf"\s+(?P<w>[{_UP}{_LO}]+|[-–&])(?=[\s,])")
# a company's short or joined name: "FPT", "S&P", "VinaCapital" (not a Roman numeral, nor "A1")
_ACRONYM = re.compile(rf"(?![IVXLC]+(?!\w))[{_UP}][{_UP}&][{_UP}0-9&]*(?!\w)|[{_UP}][{_LO}]+[{_UP}]\w*")


def _described_post(text: str, pos: int, hi: int, lx: Lex, view: TextView | None) -> tuple[int, int] | None:
    """After a post ending at ``pos``, the words describing it and then its body: "Giám đốc Kinh tế tại S&P
    Global", "Giám đốc chiến lược thị trường, Công ty X", "Giám đốc Tuyển dụng và Đào tạo Samsung Việt Nam",
    "Trưởng đoàn thiết kế dự án Quỹ X".  The description is up to ``_DESC_MAX`` words with no stop word, no
    organisation head, post or person in it; the body follows "của", "tại" (not a place) or "cho", a comma
    (a company or a named body), or the words themselves (a company named with a foreign word or an acronym,
    or an organisation head, after words not all capitalised).  ``(end of the post, start of the body)``."""
    i, lowered, named = pos, False, False
    for count in range(_DESC_MAX + 1):
        link = lx.desc_link.match(text, i, hi)
        if link:  # "của", "tại", "cho" and the body, or no description
            if _body_follows(text, link.end(), hi, lx, at=link.group().strip() == "tại"):
                return i, _past_brand(text, link.end(), lx)
            return None
        body = (
            _body_after_description(text, pos, i, hi, lx, unlinked=lowered and not named) if count else None
        )
        if body is not None:
            return i, body
        word = _DESC_WORD.match(text, i, hi)
        if word is None or count == _DESC_MAX or not _describes(text, word, count, hi, lx, view):
            return None
        w, at = word.group("w"), word.start("w")
        # a word in lower case, not a syllable of a capitalised one ("sát" of "Cảnh sát"; with no segmentation,
        # one after a capitalised syllable is taken for that word's second syllable); a foreign word names a
        # company ("CEO Otoke Chicken và Chewy Chewy"), so no company follows it unlinked
        word_start = view.is_boundary(at) if view is not None else count == 0 or text[i - 1 : i].islower()
        lowered = lowered or (w[0].islower() and word_start)
        named = named or (w[0].isupper() and _foreign(w, lx))
        i = word.end()
    return None


def _body_after_description(text: str, pos: int, i: int, hi: int, lx: Lex, unlinked: bool) -> int | None:
    """Where the body starts after a description ending at ``i``: after a comma, a capitalised company
    ("..., Công ty X"); with ``unlinked`` (the description has a word in lower case and no foreign word), a
    company named with a foreign word or an acronym right after it, or an organisation head when the
    description opens in lower case ("Trưởng đoàn thiết kế dự án Quỹ X"; one opening with a capital is the
    body's own name: "Khu quản lý ... Cục Y")."""
    comma = _COMMA_SEP.match(text, i, hi)
    if (
        comma
        and text[comma.end() : comma.end() + 1].isupper()
        and _company_follows(text, comma.end(), hi, lx)
    ):
        return comma.end()
    gap = _SPACES.match(text, i, hi)
    if not (unlinked and gap and text[gap.end() : gap.end() + 1].isupper()):
        return None
    heads = text[pos + 1 : pos + 2].islower()
    if _company_follows(text, gap.end(), hi, lx, heads, gap=True) and not _linked_later(
        text, gap.end(), hi, lx
    ):
        return gap.end()
    return None


def _describes(text: str, word: re.Match[str], count: int, hi: int, lx: Lex, view: TextView | None) -> bool:
    """Whether ``word`` (the ``count``-th) may describe a post: not an organisation head, a country or an
    acronym (the post's own body: "Giám đốc Sở X tại ..."), another post, a person, a place, a plural before
    bodies ("chủ tịch các Công ty X và Y"), a stop word ("Chủ tịch cho biết"), nor a body in lower case
    ("Giám đốc công ty X"; "bộ" of "bộ phận" is none)."""
    w, at = word.group("w"), word.start("w")
    rest = text[at:hi]
    if w[0].isupper() and (lx.org_head.match(rest) or _ACRONYM.match(w)):
        return False
    if (
        lx.title.match(rest)
        or lx.person_lead.match(w)
        or lx.place_body.match(rest)
        or _PLURAL_BODY.match(rest)
    ):
        return False
    if w[0].islower() and _org_stops(rest, lx, at, view) and not lx.function.match(rest):
        return False
    head = lx.org_head_lower.match(rest) if count == 0 and w[0].islower() else None
    return not (head and (view is None or " " in head.group() or view.is_boundary(at + head.end())))


def _linked_later(text: str, pos: int, hi: int, lx: Lex) -> bool:
    """Whether the capitalised words at ``pos`` are followed by "của", "tại" or "cho" and a capitalised
    word: they still describe the post ("Phó Chủ tịch phụ trách lĩnh vực Digital tại Central Retail")."""
    run = _CAPS.match(text, pos, hi)
    link = lx.desc_link.match(text, run.end(), hi) if run else None
    return link is not None and text[link.end() : link.end() + 1].isupper()


_PLURAL_BODY = re.compile(rf"(?:các|những)\s+[{_UP}]")  # "các Công ty X và Y": bodies, not a description
_CAPS = re.compile(rf"[{_UP}]\S*(?:\s+[{_UP}]\S*)*")  # a run of capitalised written words


def _body_follows(text: str, pos: int, hi: int, lx: Lex, at: bool) -> bool:
    """Whether a body opens at ``pos`` (after "của", "tại" or "cho"): a capitalised name that is no
    person's (nor, after "tại", a place or a country), or a body named in lower case ("công ty X")."""
    rest = text[pos:hi]
    if lx.org_head_lower.match(rest) or lx.brand.match(rest):
        return _NAMED.search(rest[: _org_limit(rest, lx)]) is not None
    if not _CAPITAL.match(rest) or lx.person_lead.match(rest) or lx.title.match(rest):
        return False
    run = CAP_RUN.match(rest)
    if run is None:
        return _ACRONYM.match(rest) is not None  # "TechInsights"
    if _whole_name(run.group(), lx) or _person_elsewhere(text, run.group(), lx):
        return False
    # after "tại", a country or a place is the post's seat, not its body ("Tham tán Thương mại tại Thụy Điển")
    words = run.group().split()
    place = (
        lx.country.match(rest)
        or lx.place_word.match(rest)
        or any(" ".join(words[:k]) in lx.places for k in (1, 2, 3))
    )
    return not (at and place)


def _person_elsewhere(text: str, run: str, lx: Lex) -> bool:
    """Whether ``run`` opens with two title-case words of which the text writes the first two, or the second
    alone, after an honorific or a post somewhere ("ông Trump"): a person's name, not a body's."""
    words = run.split()[:2]
    if len(words) < 2 or not all(_TITLE_CASE.fullmatch(w) for w in words):
        return False
    return any(_written_after_post(text, phrase, lx) for phrase in (" ".join(words), words[1]))


@lru_cache(maxsize=256)
def _written_after_post(text: str, phrase: str, lx: Lex) -> bool:
    """Whether the text writes ``phrase`` after an honorific or a post somewhere; cached per document (a post's
    body tests run it on the same text and words many times)."""
    return any(_after_honorific_or_post(text, m.start(), lx) for m in _word_pattern(phrase).finditer(text))


def _after_honorific_or_post(text: str, pos: int, lx: Lex) -> bool:
    """Whether an honorific or a post stands just before ``pos`` (within 40 characters: "ông Trump", "Bộ
    trưởng Thắng"): the word there is a person's name."""
    before = text[max(0, pos - 40) : pos]
    return bool(lx.honorific.search(before) or lx.title_at_end.search(before))


def _past_brand(text: str, pos: int, lx: Lex) -> int:
    """The body after a brand word and its description ("thương hiệu Chanel" -> "Chanel", "nhãn hiệu thời
    trang Deploy" -> "Deploy"): a brand names its company."""
    brand = lx.brand.match(text, pos)
    named = _LOWER_NAME.match(text, brand.end()) if brand else None
    if brand and _CAPITAL.match(text, brand.end()):
        return brand.end()
    return named.end() - 1 if named else pos


def _company_follows(text: str, pos: int, hi: int, lx: Lex, heads: bool = False, gap: bool = False) -> bool:
    """Whether a company opens at ``pos``: a company head ("Công ty", "Tập đoàn"), a foreign-looking word
    or an acronym ("Samsung", "FPT"), not a post or a person; with ``heads`` any organisation head; with
    ``gap`` (no comma before it) not an acronym, which may as well be a place's or a unit's."""
    rest = text[pos:hi]
    if lx.title.match(rest) or lx.person_lead.match(rest):
        return False
    if lx.company_head.match(rest) or (heads and lx.org_head.match(rest) and rest[0].isupper()):
        return True
    if not gap and _company_kind_at(rest):
        return True  # "Giám đốc phân tích, Chứng khoán X": a company named by its trade
    run = CAP_RUN.match(rest)
    if run is None:
        return not gap and _ACRONYM.match(rest) is not None  # "VinaCapital"
    if _whole_name(run.group(), lx):
        return False
    first = run.group().split()[0]
    words = words_at(rest, 0, run.end())
    if _person_elsewhere(text, run.group(), lx) or _foreign_window(rest, words, lx) == (0, len(words)):
        return False  # "cựu giám đốc chiến dịch tranh cử Donald Trump": a person's name, not a company
    if lx.country.match(rest) or _place_inside([first], lx):
        return False  # "Tổng Tư lệnh Quân đội Hoàng gia Campuchia": a country ends the body, it is none
    return (not gap and _ACRONYM.match(first) is not None) or (first[1:].islower() and _foreign(first, lx))


@lru_cache(maxsize=1)
def _company_kind_pattern() -> re.Pattern[str]:
    """A trade that names a company when a capitalised name follows it ("Chứng khoán X", "Bảo hiểm Y")."""
    kinds = alternation(load_json("officials.json")["company_kinds"])
    return re.compile(rf"(?:{kinds})\s+(?:{CAP_WORD})(?!\w)")


def _company_kind_at(rest: str) -> bool:
    """Whether ``rest`` opens with a company named by its trade and a capitalised name."""
    return _company_kind_pattern().match(rest) is not None


def _name_next(text: str, pos: int, lx: Lex, bare: bool = False) -> bool:
    """Whether a person's name (a whole run of capitals) follows the title ending at ``pos``; after a bare
    name (no honorific, no rank) a foreign-looking one counts too ("Theo tờ The Hill, Tổng thống Donald
    Trump"; after "bà A, Giám đốc Navigos Search" it is A's company)."""
    run = CAP_RUN.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" ")))
    if run is None or "\n" in run.group():
        return False
    words = words_at(text, run.start(), run.end())
    if name_in_run(words, lx, from_end=False) == (0, len(words)) and not (
        len(words) < 3 and lx.after_place.search(text[max(0, pos - 16) : pos])
    ):  # "trưởng thôn Đông Hà": the post names a place unit, a short name after it is the place's
        return True
    if bare and _foreign_window(text, words, lx) == (0, len(words)):
        return True
    # after a bare name a foreign one after a country ("Theo kênh X Y, Ngoại trưởng Mỹ John Smith"); "...,
    # Thứ trưởng Bộ Công Thương Hoàng Văn A": a body and then a name, the title is the next name's
    if bare and _foreign_name(text, words, lx) is not None:
        return True
    return (
        len(words) >= 3
        and lx.org_head.match(run.group()) is not None
        and name_in_run(words, lx, from_end=True) is not None
    )


def _foreign_name_ends(text: str, start: int, end: int, lx: Lex) -> bool:
    """Whether the body between ``start`` and ``end`` ends with a foreign name after its country ("Bộ Tài
    chính Mỹ John Smith"): the post before it is that name's."""
    runs = [r for r in CAP_RUN.finditer(text, start, end) if r.end() == end]
    return bool(runs) and _foreign_name(text, words_at(text, runs[-1].start(), end), lx) is not None


_DASH_SEP = re.compile(r"\s[-–—]\s")  # "Đại sứ - Trưởng Phái đoàn X": a bodiless post, a dash, the next post


def _more_roles(
    text: str, person: Person, org: str | None, end: int, hi: int, lx: Lex, view: TextView | None = None
) -> int:
    """Several roles in a row: "Bộ trưởng, Chủ nhiệm Ủy ban X" (the first without an organisation) joins
    the titles; "Ủy viên Bộ Chính trị, Trưởng Ban Y" keeps the last role with its organisation.  Sets the
    organisation; returns the end of the last role."""
    for _ in range(_MAX_ROLES):
        more = _COMMA_SEP.match(text, end, hi) or (_DASH_SEP.match(text, end, hi) if org is None else None)
        nxt = lx.title.match(text, more.end()) if more else None
        if more is None or nxt is None or lx.remit.match(nxt.group("t")):
            break  # "Phó Giám đốc Sở X, phụ trách ngân sách": the remit of the post before, no role of its own
        if org is not None and _former_after_current(person.title, nxt.group("t"), lx):
            break  # "Trưởng Ban X, nguyên Phó Giám đốc Sở Y": the current post is the fact, not the former one
        next_org, next_end = _org_after(text, nxt.end(), hi, lx, view)
        if _ends_with_name(next_org, lx):
            # "Nguyễn A, Bộ trưởng, Chủ nhiệm VPCP Trần B": the posts from here on are the next name's; a
            # bodiless post before them is too (the title is then cleared)
            person.title = person.title if org is not None else None
            break
        if org is None and more.re is _DASH_SEP:
            # "thành viên HĐQT - Tổng Giám đốc điều hành X": posts joined by a dash, as written
            person.title = f"{person.title}{more.group()}{nxt.group('t')}"
        elif org is None:
            person.title = _joined_posts(person.title, nxt.group("t"), next_org, lx)
        else:
            person.title = nxt.group("t")
        org, end = next_org, (next_end if next_org else nxt.end())
    person.organization = org
    return end


def _former_after_current(title: str | None, nxt: str, lx: Lex) -> bool:
    """Whether the next post is a former one ("nguyên", "cựu") after a current post."""
    return title is not None and lx.former.match(nxt) is not None and lx.former.match(title) is None


def _ends_with_name(org: str | None, lx: Lex) -> bool:
    """Whether a body read after a post ends with a person's full name ("VPCP Trần Văn B")."""
    if not org:
        return False
    last = org.split(",")[-1]
    run = next(reversed(list(CAP_RUN.finditer(last))), None)  # the last run: "Bộ Tài chính| Lê Văn B"
    if run is None or not org.endswith(run.group()):
        return False
    words = words_at(run.group(), 0, len(run.group()))
    found = name_in_run(words, lx, from_end=True)
    # the name follows the body's words, in its run ("VPCP Trần Văn B") or after lower-case ones
    return (
        found is not None and (found[0] > 0 or bool(last[: run.start()].strip())) and found[1] - found[0] >= 3
    )


def _joined_posts(first: str | None, last: str, last_org: str | None, lx: Lex) -> str:
    """'Tổng Bí thư, Chủ tịch nước Trung Quốc', 'Phó Thủ tướng, Bộ trưởng Ngoại giao': a bodiless post joins
    the next when that one has no body either or only a country's; when the next post names its own body
    ('nguyên Bí thư, Chủ tịch UBND huyện X') the title is that post, keeping the first's 'former' word."""
    if not first:
        return last
    # "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao A": a post held with no body joins whatever follows
    held_alone = lx.former.sub("", first).lower() in lx.held_alone
    if last_org is None or lx.country.fullmatch(last_org) or held_alone:
        return f"{first}, {last}"
    former = lx.former.match(first)
    return f"{former.group()}{last}" if former and not lx.former.match(last) else last


_CAPITAL = re.compile(rf"[{_UP}]")
_CAPITALISED_ON = re.compile(rf"(?:\s+[{_UP}]\S*)*")  # "Alibaba.com| Việt Nam"
_NAMED = re.compile(rf"(?<!\w)[{_UP}]")  # a capitalised word: the body's own name


def _opens_body(org: str, lx: Lex) -> bool:
    """Whether ``org`` opens with an organisation head, a country, a capital letter or a domain name."""
    return bool(
        lx.org_head.match(org) or lx.country.match(org) or _CAPITAL.match(org) or lx.domain.match(org)
    )


def _org_like(org: str, lx: Lex, joined: frozenset[str] = frozenset()) -> bool:
    """Whether ``org`` reads as a body's name; ``joined``: the segmentation's words of several syllables in
    it (pairs of syllables), whose second syllable is no stop word ("Tổng công ty Hàng không X": "không" is
    inside "Hàng không")."""
    if _org_limit(org, lx) < len(org) or org.endswith((".", "!", "?")) or len(org.split()) > 14:
        return False
    if not (
        _opens_body(org, lx)
        or (lx.org_head_lower.match(org) and _NAMED.search(org))
        or lx.place_body.match(org)
    ):
        return False
    if _JOINER_AT_END.search(org) or _person_then_joiner(org, lx):
        return False  # "Chủ tịch UBND tỉnh X và ông B", "Bộ trưởng Bộ X Anna Lee và ...": another person's
    tokens = list(_TOKEN.finditer(org))
    return not any(
        _org_stops(org[m.start() :], lx) and f"{tokens[k - 1].group()} {m.group()}".lower() not in joined
        for k, m in enumerate(tokens)
        if k > 0
    )


def _person_then_joiner(org: str, lx: Lex) -> bool:
    """Whether a person's name ends a run of capitals inside ``org`` before "và" ("Bộ Thương mại Anna Lee
    và Đại diện thương mại"): the post before it is that person's, not the next name's."""
    for run in CAP_RUN.finditer(org):
        if not lx.joiner_next.match(org, run.end()):
            continue
        words = words_at(org, run.start(), run.end())
        if name_in_run(words, lx, from_end=True) is not None or _foreign_window(org, words, lx):
            return True
    return False


def _foreign_name(text: str, words: list[tuple[str, int, int]], lx: Lex) -> tuple[int, int] | None:
    """'Tổng thống Mỹ Joe Biden', 'Tổng thống Hàn Quốc Moon Jae-in': after a country
    (which may begin before this run of capitals), the rest of the run is the name, when a title comes
    right before the country."""
    for k in range(1, len(words)):
        if not 1 <= len(words) - k <= 4 or len(words[-1][0]) < 2:
            continue  # "Tổng thống Nga V. Putin": an initial alone is not the name
        head = text[max(0, words[k - 1][2] - 60) : words[k - 1][2]]
        country = lx.country_at_end.search(head)
        if not country:
            continue
        c_start = words[k - 1][2] - (len(head) - country.start())
        if lx.title_at_end.search(text[max(0, c_start - 60) : c_start]) or lx.minister_at_end.search(
            text[max(0, c_start - 80) : c_start]
        ):
            return k, len(words)
        if _body_of_country(text, c_start, lx) and _foreign_words([w for w, _s, _e in words[k:]], lx):
            return k, len(words)
    return None


_NO_PUNCT = re.compile(r"[^\w\s]")


def _long_foreign_after_place(text: str, words: list[Word], lx: Lex) -> tuple[int, int] | None:
    """'Tổng giám đốc Samsung Việt Nam Shim Won Hwan', 'Giám đốc cơ quan Năng lượng nguyên tử Iran Ali Akbar
    Salehi': a body that ends with a country or place, then three or four words none of which is a Vietnamese
    syllable: those words are the name (a post opens the body, no punctuation in between)."""
    for k in range(1, len(words) - 2):
        name = [w for w, _s, _e in words[k:]]
        if len(name) > 4 or not all(_TITLE_CASE.fullmatch(w) and _foreign(w, lx) for w in name):
            continue
        if any(w in lx.foreign_org_words for w in name) or _place_inside(name, lx):
            continue
        last = [w for w, _s, _e in words[max(0, k - 3) : k]]
        if not any(
            " ".join(last[i:]) in lx.places or lx.country.fullmatch(" ".join(last[i:]))
            for i in range(len(last))
        ):
            continue
        post = _last_post(text, words[0][1], lx)
        if post is not None and _NO_PUNCT.search(text, post.end(), words[k][1]) is None:
            return k, len(words)
        return None  # a later name only widens the stretch from the post: punctuation, or no post, there too
    return None


def _last_post(text: str, pos: int, lx: Lex) -> re.Match[str] | None:
    """The last post written in the 80 characters before ``pos``."""
    posts = list(lx.title.finditer(text, max(0, pos - 80), pos))
    return posts[-1] if posts else None


def _body_of_country(text: str, c_start: int, lx: Lex) -> bool:
    """Whether a post and a body's head come right before a country ("Phó Chủ tịch thứ nhất Thượng viện
    Uzbekistan A"): up to four words from the head, no punctuation."""
    post = _last_post(text, c_start, lx)
    between = text[post.end() : c_start].strip() if post else ""
    return (
        bool(between)
        and lx.org_head.match(between) is not None
        and len(between.split()) <= 4
        and _NO_PUNCT.search(between) is None
    )


def _foreign_words(window: list[str], lx: Lex) -> bool:
    """Two to four title-case words, one of them not a Vietnamese syllable, none a place: a foreign name."""
    return (
        2 <= len(window) <= 4
        and all(_TITLE_CASE.fullmatch(w) for w in window)
        and any(_foreign(w, lx) for w in window)
        and not _place_inside(window, lx)
    )


def _unlike(prev: Person, cur: Person) -> bool:
    """A bare foreign-looking name before an honoured one ("tờ Nikkei Asia, ông Ken Saito"): no list."""
    honoured = cur.honorific is not None or cur.prefix is not None
    bare = prev.honorific is None and prev.prefix is None
    return honoured and bare and not _vietnamese_name(prev.name)


def _share_list_titles(text: str, people: list[Person]) -> None:
    """'ông A, ông B và bà C, Phó Chủ tịch UBND tỉnh': earlier names of the list get the title."""
    for k in range(len(people) - 1, 0, -1):
        cur = people[k]
        if not cur.title:
            continue
        j = k - 1
        while j >= 0:
            prev = people[j]
            gap = text[prev.end : people[j + 1].start]
            if prev.title or not _SHARED_GAP.fullmatch(gap) or _unlike(prev, cur):
                break  # "tờ Nikkei Asia, ông Ken Saito, cựu Bộ trưởng": a paper, not one of a list
            prev.title, prev.organization = cur.title, cur.organization
            prev.span = (prev.span[0], prev.end)
            j -= 1


def _share_plural_honorific(text: str, people: list[Person], lx: Lex) -> None:
    """'các ông A, B và bà C': a plural word before the first honorific gives it to the names listed after it
    with a comma and no honorific of their own (B is 'ông')."""
    for k, person in enumerate(people[:-1]):
        if person.honorific is None or not lx.plural_before.search(
            text, max(0, person.span[0] - 12), person.span[0]
        ):
            continue
        for prev, cur in pairwise(people[k:]):
            if (
                cur.honorific is not None
                or cur.prefix is not None
                or not _COMMA_GAP.fullmatch(text[prev.end : cur.start])
            ):
                break
            cur.honorific = person.honorific


_COMMA_GAP = re.compile(r"\s*,\s*")


def _post_only_beside_another(text: str, p: Person, lx: Lex) -> bool:
    """'A, người sáng lập X': a post that makes an official only beside another, joined to it ('nhà sáng lập
    kiêm CEO', 'Người sáng lập và Chủ tịch')."""
    if (_without_former(p.title, lx)[0] or "").lower() not in lx.not_alone_posts:
        return False
    joiner = lx.post_joiner.match(text, p.span[1])
    return joiner is None or lx.title.match(text, joiner.end()) is None


def _without_former(title: str | None, lx: Lex) -> tuple[str | None, bool]:
    """'nguyên Chủ tịch nước' -> ('Chủ tịch nước', True): the post without its 'former' word (and without
    'đắc cử', elect: 'Tổng thống đắc cử' holds the post 'Tổng thống')."""
    if not title:
        return title, False
    parts = [lx.elect.sub("", part[_former_end(part, lx) :]) for part in title.split(", ")]
    return ", ".join(parts), _former_end(title, lx) > 0


def _former_end(title: str, lx: Lex) -> int:
    """Where the post after a leading 'former' word starts (0 without one): the word must open a post ("cố
    Tổng Bí thư"), not be the first syllable of one ("cố vấn an ninh quốc gia")."""
    m = lx.former.match(title)
    return m.end() if m is not None and lx.title.match(title, m.end()) else 0


_LIST_GAP = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:(?:ông|bà|đồng chí)\s+)?")


def _share_plural_title(text: str, people: list[Person], lx: Lex) -> None:
    """'các Phó Chủ tịch UBND tỉnh: Trần A, Lê B và Phạm C': a plural word, a title and its organisation
    end with a colon (or 'là', 'gồm'); every name of the list that follows gets that title."""
    k = 0
    while k < len(people):
        head = lx.plural_title.search(text[max(0, people[k].start - 160) : people[k].start]) or _intro_title(
            text, people[k].start, lx
        )
        if people[k].title or head is None:
            k += 1
            continue
        org = head.group("org").strip() or None
        if org is not None and not _org_like(org, lx):
            k += 1
            continue
        j = k
        while j < len(people) and not people[j].title:
            people[j].title, people[j].organization = head.group("t"), org
            if j + 1 < len(people) and not _LIST_GAP.fullmatch(text[people[j].end : people[j + 1].start]):
                break
            j += 1
        k = j + 1


def _intro_title(text: str, start: int, lx: Lex) -> re.Match[str] | None:
    """'Phó Chủ tịch Hội X gồm các ông: A, B': a post opening its clause, its body and a plural intro right
    before the first name of a list (``plural_intro``)."""
    return lx.intro_title.search(text, max(0, start - 160), start)


def _share_plural_before_name(text: str, people: list[Person], lx: Lex) -> None:
    """'các Phó Thủ tướng Trần A, Lê B và Phạm C': a plural word and a title right before the first name
    (its organisation between them, if any); the names listed after it get that title."""
    for k, person in enumerate(people):
        if not person.title or not lx.plural_before.search(text, max(0, person.span[0] - 12), person.span[0]):
            continue
        j = k + 1
        while j < len(people) and not people[j].title:
            if not _LIST_GAP.fullmatch(text[people[j - 1].end : people[j].start]):
                break
            people[j].title, people[j].organization = person.title, person.organization
            j += 1


def _fuller_org(org: str | None, than: str | None) -> bool:
    """'UBND TP Hà Nội' is a fuller name of the body than 'UBND TP' (or than none)."""
    return org is not None and org != "" and (not than or (org != than and org.startswith(than)))


def _body_of_place(p: Person, first: Person) -> bool:
    """'Chủ tịch Hà Nội A' (a headline names the body by its place), then 'ông A - Chủ tịch UBND TP Hà Nội':
    the same post, its body written whole, ending with what the first mention gave."""
    org, than = p.organization, first.organization
    if not org or not than or (p.title or "").lower() != (first.title or "").lower():
        return False
    return org.endswith(f" {than}")


def _bodiless_remit(p: Person, lx: Lex) -> bool:
    """'A, phụ trách tài chính của X' is A's post; a remit with no body is a verb ('kế toán A, phụ trách cho B')."""
    return p.organization is None and lx.remit.match(p.title or "") is not None


def _merge(people: list[Person], headline_end: int = -1) -> list[Person]:
    """One entry per person, at the fullest mention (a fuller body). A headline (the text's first line, ending at
    ``headline_end``) gives a post in short: the body text's mention of the same post lends it its honorific
    ("Cựu Bộ trưởng X A" in the title, "ông A, cựu Bộ trưởng X" below)."""
    by_name: dict[str, Person] = {}
    out: list[Person] = []
    for p in people:
        key = p.name.lower()
        if key in by_name:
            first = by_name[key]
            first.mentions.extend(p.mentions)
            if (p.span[1] - p.span[0]) > (first.span[1] - first.span[0]) and (
                _fuller_org(p.organization, first.organization) or _body_of_place(p, first)
            ):
                first.span, first.title, first.organization = p.span, p.title, p.organization
                first.honorific, first.prefix = p.honorific or first.honorific, p.prefix or first.prefix
            elif first.span[0] < headline_end <= p.span[0] and (
                (first.title or "").lower(),
                first.organization,
            ) == ((p.title or "").lower(), p.organization):
                first.honorific = first.honorific or p.honorific
            continue
        by_name[key] = p
        out.append(p)
    return _fold_lone_names(out)


def _lone_to_untitled_full(officials: list[Person], untitled: list[Person], lx: Lex) -> None:
    """'ông Nguyễn Chí Dũng phát biểu ... Bộ trưởng Dũng', 'Tổng thống Trump ... ông Donald Trump': a one-word
    name after a post is the one person the article names in full, only ever without a post, that the word ends
    (or, for a foreign name, opens: 'Moon Jae-in'), when no other full name of the article has it there (a full
    name with a post takes its one-word mentions in ``_fold_lone_names``)."""
    for p in officials:
        if " " in p.name:
            continue
        same = {q.name for q in (*officials, *untitled) if " " in q.name and _lone_word_of(p.name, q.name)}
        fulls = [q for q in untitled if q.name in same and _whole_name_shape(q.name, lx)]
        if len(same) == 1 and fulls and not any(q.name in same for q in officials):
            p.name = fulls[0].name
            p.mentions.extend(m for q in fulls for m in q.mentions)


def _whole_name_shape(name: str, lx: Lex) -> bool:
    """A Vietnamese name (a surname first) or a foreign one with no Vietnamese syllable ("Donald Trump", not
    "Vua Salman": a post read into the run)."""
    return _vietnamese_name(name) or all(_foreign(w, lx) for w in name.split())


def _lone_word_of(word: str, name: str) -> bool:
    """Whether a one-word reference names the person with the full ``name`` (its last word, or the first
    of a foreign name whose surname comes first)."""
    words = name.split()
    return word == words[-1] or (word == words[0] and not _vietnamese_name(name))


def _fold_lone_names(people: list[Person]) -> list[Person]:
    """'Tổng thống Trump' after or before 'Tổng thống Mỹ Donald Trump': a one-word name that ends a full
    name of the article is a mention of that person, as is one that opens a full foreign name whose
    surname comes first ('Thị trưởng Shin' for 'Shin Sang Jin')."""
    full = {p.name.split()[0]: p for p in people if " " in p.name and not _vietnamese_name(p.name)}
    full |= {p.name.split()[-1]: p for p in people if " " in p.name}
    out = []
    for p in people:
        whole = full.get(p.name) if " " not in p.name else None
        if whole is None:
            out.append(p)
            continue
        whole.mentions.extend(p.mentions)
    return out


def _vietnamese_name(name: str) -> bool:
    """Whether the name opens with a Vietnamese surname (its first word is then never used alone)."""
    return name.split()[0] in lex().surnames and not any(_foreign(w, lex()) for w in name.split())


def _later_mentions(text: str, people: list[Person], lx: Lex) -> None:
    """'ông Thắng', 'Bộ trưởng Thắng': the given name of a known person, after the full mention."""
    for p in people:
        given = p.name.split()[-1]
        for m in _word_pattern(given).finditer(text):
            if m.start() < p.end or any(s <= m.start() < e for s, e in p.mentions):
                continue
            if _CAP_NEXT.match(text, m.end(), m.end() + 2):
                continue
            if _after_honorific_or_post(text, m.start(), lx):
                p.mentions.append((m.start(), m.end()))
