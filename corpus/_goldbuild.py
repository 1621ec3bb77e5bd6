"""Build and validate a gold set (corpus/dev, corpus/holdout): shared by their ``_build.py`` scripts.

Sentences come from the set's ``_sentences_*.py`` entries and article gold from its ``_articles.py``;
offsets are computed from the fact text (``_goldlib.resolve_all``), never typed.  ``--check`` validates
the written files only: offsets, the record schema's fact definitions, NFC, minimum counts, no sentence
shared with the other set, and nothing from the acceptance article.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goldlib import KINDS, resolve_all  # noqa: E402


@dataclass(frozen=True)
class GoldSet:
    here: Path  # the set's folder
    entries: Callable[[], list]  # the sentence entries, in order
    id_prefix: str  # "s" -> s0001 ...
    minimums: tuple[int, int, int]  # sentences, hard negatives, articles
    distinct_from: Path | None = None  # another set's sentences.jsonl that must share no sentence


FORBIDDEN = ["Kiều Oanh", "Đình Thắng", "Văn Quảng", "T-TECH", "4303", "496", "26,1", "29,4",
             "12,6", "Đỗ Đạt"]


def build_sentences(gs):
    HERE = gs.here
    rows = []
    for i, (topic, text, facts, neg, defaults) in enumerate(gs.entries(), 1):
        try:
            res = resolve_all(text, facts, defaults)
        except Exception as exc:  # make the failing sentence obvious
            raise SystemExit(f"sentence {i} failed: {exc}\n  {text}")
        row = {"id": f"{gs.id_prefix}{i:04d}", "topic": topic, "text": text}
        row.update(res)
        row["hard_negative"] = neg is not None
        if neg:
            row["trap"] = neg
        rows.append(row)
    with (HERE / "sentences.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


CAPTION = re.compile(r"Ảnh:\s*\S.*$")


def article_text(raw: str, author: str):
    """title + sapo + body paragraphs, stripped, joined by '\n'; captions, byline
    and everything after the byline dropped."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw.strip())]
    kept, captions, byline_seen = [], [], False
    for p in paras:
        if p == author:
            byline_seen = True
            break
        if CAPTION.search(p) and len(p) < 300:
            captions.append(p)
            continue
        kept.append(" ".join(line.strip() for line in p.splitlines()))
    assert byline_seen, f"byline {author!r} not found"
    return "\n".join(kept), kept, captions


def build_articles(gs):
    from _articles import ARTICLES
    HERE = gs.here
    out = []
    (HERE / "gold").mkdir(exist_ok=True)
    for name, spec in ARTICLES.items():
        raw = (HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        text, paras, captions = article_text(raw, spec["author"])
        try:
            res = resolve_all(text, spec["facts"], spec.get("defaults", {}))
        except Exception as exc:
            raise SystemExit(f"article {name} failed: {exc}")
        gold = {"file": f"articles/{name}.txt", "topic": spec["topic"],
                "article": {"title": paras[0], "sapo": paras[1], "author": spec["author"],
                            "captions": captions, "text": text}}
        gold.update(res)
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out.append(gold)
    return out


def check_record(src: str, rec: dict, where: str):
    for k in KINDS:
        for f in rec[k]:
            assert src[f["start"]:f["end"]] == f["text"], (where, k, f)
            for m in f.get("mentions", []):
                assert src[m["start"]:m["end"]] == m["text"], (where, k, m)


def validate(gs):
    import jsonschema
    HERE = gs.here
    schema = json.loads((HERE.parent.parent / "schemas" / "article.schema.json").read_text())
    item = {k: schema["properties"][k]["items"] for k in KINDS}
    rows = [json.loads(line) for line in (HERE / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    texts = Counter(r["text"] for r in rows)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, dup
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))]
    for r in rows:
        assert unicodedata.is_normalized("NFC", r["text"]), r["id"]
        check_record(r["text"], r, r["id"])
        for k in KINDS:
            for f in r[k]:
                jsonschema.validate(f, item[k])
    low_sentences, low_negatives, low_articles = gs.minimums
    assert len(rows) >= low_sentences, len(rows)
    assert sum(r["hard_negative"] for r in rows) >= low_negatives
    assert len(golds) >= low_articles, len(golds)
    if gs.distinct_from is not None and gs.distinct_from.exists():
        other = {json.loads(x)["text"] for x in gs.distinct_from.read_text(encoding="utf-8").splitlines()}
        same = [r["id"] for r in rows if r["text"] in other]
        assert not same, f"sentences identical to {gs.distinct_from}: {same}"
    for g in golds:
        raw = (HERE / g["file"]).read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", raw), g["file"]
        text, _, _ = article_text(raw, g["article"]["author"])
        assert text == g["article"]["text"], g["file"]
        check_record(text, g, g["file"])
        for k in KINDS:
            for f in g[k]:
                jsonschema.validate(f, item[k])
    # nothing from the excluded seed article
    blob = (HERE / "sentences.jsonl").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (HERE / "articles").glob("*.txt"))
    for f in FORBIDDEN:
        hits = [m.start() for m in re.finditer(rf"(?<![\d,.]){re.escape(f)}(?![\d]|,\d)", blob)]
        assert not hits, f"forbidden token {f!r} present"
    # report
    fact = Counter()
    for r in rows:
        for k in KINDS:
            fact[k] += len(r[k])
    afact = Counter()
    for g in golds:
        for k in KINDS:
            afact[k] += len(g[k])
    neg = sum(r["hard_negative"] for r in rows)
    empty = sum(all(not r[k] for k in KINDS) for r in rows)
    print(f"sentences: {len(rows)}  hard negatives: {neg} (all-empty: {empty})")
    print("topics:", dict(Counter(r["topic"] for r in rows)))
    for t in sorted(set(r["topic"] for r in rows)):
        sub = [r for r in rows if r["topic"] == t]
        print(f"  {t:18s} n={len(sub):3d} neg={sum(r['hard_negative'] for r in sub):2d} " +
              " ".join(f"{k[:4]}={sum(len(r[k]) for r in sub)}" for k in KINDS))
    print("sentence facts:", dict(fact), "total", sum(fact.values()))
    print(f"articles: {len(golds)}  facts:", dict(afact), "total", sum(afact.values()))
    for g in golds:
        n = len(g["article"]["text"].split("\n"))
        print(f"  {g['file']}: {n} lines, " + ", ".join(f"{k}={len(g[k])}" for k in KINDS))


def main(gs: GoldSet) -> None:
    if "--check" not in sys.argv:
        build_sentences(gs)
        if (gs.here / "_articles.py").exists():
            build_articles(gs)
    validate(gs)
