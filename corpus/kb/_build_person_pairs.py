"""Rebuild ``person_pairs.json`` from a database that ``batch`` wrote over ../shared/realdev/texts/.

    python corpus/kb/_build_person_pairs.py real.db

Candidates: the 90 names seen in most articles (at least two articles each); per name up to five
mentions from different articles, different organisations first.  Every pair of a name's mentions is a
gold pair.  The judgments are ``OTHER`` below: which mentions (by article id prefix) are another person
of the same name, decided by reading each mention's quote (printed into the file) and what is publicly
known of the office holders; every other pair of one name is the same person.  ``SAME_AS`` joins names
of one person ("Trump", "Donald Trump"); ``SKIP`` drops what is no person.  The selection depends on the
extractor's output, so rebuild only together with re-reading the quotes.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import sys
from pathlib import Path

from vn_news_extract.textnorm import key

OTHER = {  # name -> {article id prefix: number of the other person of that name}
    "phạm bình minh": {"b320f332": 2}, "trần thanh hải": {"c22c5c4b": 2}, "nguyễn văn dũng": {"27d4484f": 2},
    "lê văn khoa": {"365b1b43": 2}, "lê anh tuấn": {"666df36a": 2}, "nguyễn đức trung": {"3d9ee1b4": 2},
    "phạm anh tuấn": {"e09944a6": 2, "7c89637e": 3, "5a34889f": 3}, "nguyễn quốc hùng": {"bf73f39d": 2},
    "lê thành long": {"568b0811": 2}, "nguyễn văn thọ": {"14f305e8": 2, "388e31d4": 2},
    "nguyễn văn bình": {"80bc1a4b": 2},
}  # fmt: skip
SKIP = {"hàn quốc"}
SAME_AS = {"trump": "donald trump"}


def main(db: str) -> None:
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT o.article_id, o.idx, o.name, o.honorific, o.title, o.organization, a.text, o.start_offset, "
        "o.end_offset FROM officials o JOIN articles a ON a.id = o.article_id ORDER BY o.article_id, o.idx"
    ).fetchall()
    by_name: dict[str, list[tuple]] = {}
    for r in rows:
        by_name.setdefault(key(r[2]), []).append(r)
    names = sorted((k for k in by_name if len({x[0] for x in by_name[k]}) >= 2), key=lambda k: -len(by_name[k]))
    mentions, groups = [], {}
    for name in names[:90]:
        if name in SKIP:
            continue
        seen, distinct = set(), []
        for r in by_name[name]:
            if r[0] not in seen:
                seen.add(r[0])
                distinct.append(r)
        distinct.sort(key=lambda r: (r[5] or "", r[0]))
        pick, orgs = [], set()
        for r in distinct:
            if (r[5], r[4]) not in orgs or len(pick) < 2:
                pick.append(r)
                orgs.add((r[5], r[4]))
            if len(pick) >= 5:
                break
        for r in pick:
            other = OTHER.get(name, {}).get(r[0][:8])
            quote = r[6][max(0, r[7] - 60) : r[8] + 60].replace("\n", " ").strip()
            m = {"id": f"m{len(mentions) + 1:03d}", "name": r[2], "honorific": r[3], "title": r[4],
                 "organization": r[5], "quote": quote}  # fmt: skip
            mentions.append(m)
            groups.setdefault(SAME_AS.get(name, name), []).append((m, f"{name}#{other or 1}"))
    pairs = [{"a": a["id"], "b": b["id"], "same": pa == pb or SAME_AS.get(pa.split("#")[0]) == pb.split("#")[0]
              or SAME_AS.get(pb.split("#")[0]) == pa.split("#")[0]}
             for group in groups.values() for (a, pa), (b, pb) in itertools.combinations(group, 2)]  # fmt: skip
    out = Path(__file__).with_name("person_pairs.json")
    doc = json.loads(out.read_text(encoding="utf-8"))["_doc"] if out.exists() else ""
    out.write_text(json.dumps({"_doc": doc, "mentions": mentions, "pairs": pairs}, ensure_ascii=False, indent=1),
                   encoding="utf-8")  # fmt: skip
    print(f"{len(mentions)} mentions, {len(pairs)} pairs ({sum(p['same'] for p in pairs)} same)")


if __name__ == "__main__":
    main(sys.argv[1])
