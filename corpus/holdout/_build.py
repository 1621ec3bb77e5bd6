"""Build and validate the HELD-OUT set (adapted from corpus/dev/_build.py).

    /work/.venv/bin/python corpus/holdout/_build.py          # write + validate
    /work/.venv/bin/python corpus/holdout/_build.py --check  # validate existing files only

Writes corpus/holdout/sentences.jsonl and corpus/holdout/gold/*.json (articles/*.txt are
hand-written; their gold is generated from _articles.py). Offsets are computed from the
fact text, never typed. Never run the project's extractors on this set while writing it.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _lib import KINDS, resolve_all  # noqa: E402

FORBIDDEN = ["Kiều Oanh", "Đình Thắng", "Văn Quảng", "T-TECH", "4303", "496", "26,1", "29,4",
             "12,6", "Đỗ Đạt"]


def build_sentences():
    from _sentences_1 import E as E1
    from _sentences_2 import E as E2
    rows = []
    for i, (topic, text, facts, neg, defaults) in enumerate(E1 + E2, 1):
        try:
            res = resolve_all(text, facts, defaults)
        except Exception as exc:  # make the failing sentence obvious
            raise SystemExit(f"sentence {i} failed: {exc}\n  {text}")
        row = {"id": f"h{i:04d}", "topic": topic, "text": text}
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


def build_articles():
    from _articles import ARTICLES
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


def validate():
    import jsonschema
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
    assert len(rows) >= 200, len(rows)
    assert sum(r["hard_negative"] for r in rows) >= 40
    assert len(golds) >= 5, len(golds)
    # no sentence copied from the dev set
    dev = HERE.parent / "dev" / "sentences.jsonl"
    if dev.exists():
        dev_texts = {json.loads(x)["text"] for x in dev.read_text(encoding="utf-8").splitlines()}
        same = [r["id"] for r in rows if r["text"] in dev_texts]
        assert not same, f"sentences identical to dev: {same}"
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


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build_sentences()
        if (HERE / "_articles.py").exists():
            build_articles()
    validate()
