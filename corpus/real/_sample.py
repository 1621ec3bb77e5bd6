"""Draw the real gold set's items from ../shared/realdev/texts (seeded, stratified; run from the repository root).

    python corpus/real/_sample.py            # writes corpus/real/_sample.jsonl and corpus/real/_articles.jsonl
    python corpus/real/_sample.py --batch 2  # writes corpus/real/_sample2.jsonl and corpus/real/_articles2.jsonl
    python corpus/real/_sample.py --batch 3  # writes corpus/real/_sample3.jsonl and corpus/real/_articles3.jsonl
    python corpus/real/_sample.py --batch 4  # writes corpus/real/_sample4.jsonl and corpus/real/_articles4.jsonl
    python corpus/real/_sample.py --batch 5  # writes corpus/real/_sample5.jsonl and corpus/real/_articles5.jsonl
    python corpus/real/_sample.py --batch 6  # writes corpus/real/_sample6.jsonl and corpus/real/_articles6.jsonl
    python corpus/real/_sample.py --batch 7  # writes corpus/real/_sample7.jsonl and corpus/real/_articles7.jsonl
    python corpus/real/_sample.py --batch 8  # writes corpus/real/_sample8.jsonl and corpus/real/_articles8.jsonl
    python corpus/real/_sample.py --batch 9  # writes corpus/real/_sample9.jsonl and corpus/real/_articles9.jsonl
    python corpus/real/_sample.py --batch 10 # writes corpus/real/_sample10.jsonl and corpus/real/_articles10.jsonl
    python corpus/real/_sample.py --batch 11 # writes corpus/real/_sample11.jsonl and corpus/real/_articles11.jsonl
    ... --out DIR                             # writes into DIR instead (a test compares it with the committed files)

Split once, by source article (every sentence of an article lands in the same split): an article is in
``test`` when the first two hex digits of sha256(id) fall below 0x5a (35 %), else in ``dev``.
Sentences (40-450 characters, split at sentence ends) are drawn per split in five strata, in this order,
each from the sentences no earlier stratum took: ``percent`` (a figure with %, phần trăm or điểm phần trăm),
``post`` (a post word), ``document`` (a document type word), ``industry`` (an industry word), ``random``.
Half of each stratum comes from each source file (a source with too few fresh sentences gives its shortfall
to the other). Whole articles (1,200-3,500 characters, with a figure or a post word) alternate between the
sources (a source with none left gives its turn to the other), are drawn per split and their sentences are
never drawn as sentences.
The output quotes the sampled sentences only; whole articles are referenced by source file and id.

Batch 2 (``dev2``, seed ``SEED2``) was drawn later, when the first dev split had been tuned on: it takes only
``dev`` articles that batch 1 did not touch at all (so ``test`` stays disjoint by article), weights the strata
towards industries and posts, and is measured blind on arrival before any rule is changed for it.
Batch 3 (``dev3``, seed ``20261202``) was drawn the same way when ``dev`` and ``dev2`` had both been tuned on
while ``test`` stayed well below them: it takes ``dev`` articles no earlier batch touched, weights whole
articles more (16), and is likewise measured blind on arrival.
Batch 4 (``dev4``, seed ``20261203``) was drawn the same way when ``dev3`` had been tuned on and ``test`` had not
moved with it (sectors 0.71): a fourth fresh, blind measurement of unseen news, and new errors to read.
Batch 5 (``dev5``, seed ``20261204``) was drawn the same way when ``dev4`` had been tuned on and ``test`` still
lagged on sectors, organisations and periods: it weights figures, posts and industries, and takes 18 whole
articles (where periods and comparison bases are inherited across sentences).
Batch 6 (``dev6``, seed ``20261205``) was drawn the same way when ``dev5`` had been tuned on and ``test`` still
lagged on the same three (sectors, organisations, periods): it weights industries and posts, and takes 18 whole
articles.
Batch 7 (``dev7``, seed ``20261206``) was drawn the same way when ``dev6`` had been tuned on and ``test`` still
lagged on sectors and periods: it weights figures and industries, and takes 18 whole articles.
Batch 8 (``dev8``, seed ``20261207``) was drawn the same way when ``dev7`` had been tuned on and ``test`` still
lagged on sectors and periods: same strata weights as batch 7, 18 whole articles.
Batch 9 (``dev9``, seed ``20261208``) was drawn when the aggregator's fresh ``dev`` articles had run out (batch 8
took only VnEconomy articles): it *revisits* ``dev`` articles that gave an earlier batch one sentence, drawing
other sentences and whole articles from them (never an article annotated whole, never a sentence drawn before),
so that half of it again comes from the many papers of the aggregator.
Batch 10 (``dev10``, seed ``20261209``) revisits the same way when ``dev9`` had been tuned on and ``test`` still
lagged on sectors and periods: strata weighted to figures and industries (as batch 7), 18 whole articles.
Batch 11 (``dev11``, seed ``20261210``) revisits the same way when ``dev10`` had been tuned on and ``test`` still
lagged on sectors and periods: the same strata weights as batch 10, 18 whole articles.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from vn_news_extract.textnorm import passage_text  # noqa: E402

SEED = 20261130
# later dev batches: seed, sentences per stratum, whole articles, id prefix (sentence ids P0001, articles Pa01)
BATCHES = {
    2: {"seed": 20261201, "quota": {"percent": 60, "post": 100, "document": 80, "industry": 160, "random": 60},
        "articles": 10, "prefix": "e"},
    3: {"seed": 20261202, "quota": {"percent": 80, "post": 80, "document": 60, "industry": 120, "random": 60},
        "articles": 16, "prefix": "g"},
    4: {"seed": 20261203, "quota": {"percent": 70, "post": 70, "document": 40, "industry": 120, "random": 60},
        "articles": 16, "prefix": "h"},
    5: {"seed": 20261204, "quota": {"percent": 90, "post": 80, "document": 30, "industry": 120, "random": 40},
        "articles": 18, "prefix": "i"},
    6: {"seed": 20261205, "quota": {"percent": 80, "post": 90, "document": 20, "industry": 130, "random": 40},
        "articles": 18, "prefix": "j"},
    7: {"seed": 20261206, "quota": {"percent": 100, "post": 60, "document": 20, "industry": 140, "random": 40},
        "articles": 18, "prefix": "k"},
    8: {"seed": 20261207, "quota": {"percent": 100, "post": 60, "document": 20, "industry": 140, "random": 40},
        "articles": 18, "prefix": "l"},
    9: {"seed": 20261208, "quota": {"percent": 90, "post": 70, "document": 30, "industry": 130, "random": 40},
        "articles": 18, "prefix": "m", "revisit": True},
    10: {"seed": 20261209, "quota": {"percent": 100, "post": 60, "document": 20, "industry": 140, "random": 40},
         "articles": 18, "prefix": "n", "revisit": True},
    11: {"seed": 20261210, "quota": {"percent": 100, "post": 60, "document": 20, "industry": 140, "random": 40},
         "articles": 18, "prefix": "o", "revisit": True},
}
ROOT = Path(__file__).resolve().parents[2]
TEXTS = Path("../shared/realdev/texts")  # relative to the repository root
SOURCES = ("vneconomy-2017-2025.jsonl.gz", "baomoi-2017.jsonl.gz")
QUOTA = {"dev": 80, "test": 45}  # sentences per stratum and split
ARTICLES = {"dev": 12, "test": 8}
STRATA = {
    "percent": r"\d\s*%|phần trăm|điểm %",
    "post": r"\b(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Bí thư|Thủ tướng|Cục trưởng|Vụ trưởng|Trưởng ban|"
    r"Trưởng phòng|Tổng thư ký|Chủ nhiệm|Viện trưởng|Hiệu trưởng|CEO|Đại sứ|Thống đốc|Tổng Giám đốc|"
    r"Phó Giám đốc|Trưởng Ban|Chánh|Tổng cục trưởng|Người phát ngôn)\b",
    "document": r"\b(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công văn|Luật|Hiệp định|Kết luận|"
    r"Kế hoạch số|Thông báo số|Tờ trình|Hiến pháp|Bộ luật)\b|/(?:QĐ|NĐ|TT|NQ|CT)\b",
    "industry": r"\b(?:ngành|dệt may|da giày|thủy sản|thuỷ sản|du lịch|logistics|hàng không|chứng khoán|bảo hiểm|"
    r"bất động sản|bán lẻ|chế biến|khai khoáng|nông nghiệp|công nghiệp|xây dựng|dịch vụ|năng lượng|"
    r"điện tử|thương mại điện tử|lâm sản|chăn nuôi|bán dẫn)\b",
    "random": r"",
}
_SENT = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")


def split_of(doc_id: str) -> str:
    return "test" if int(hashlib.sha256(doc_id.encode()).hexdigest()[:2], 16) < 0x5A else "dev"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in unicodedata.normalize("NFC", text).splitlines() if p.strip()]


def article_text(text: str) -> str:
    """The text a whole-article gold indexes: the evaluator's own rule (``textnorm.passage_text``)."""
    return passage_text(text)


def sentences(text: str) -> list[str]:
    out = []
    for para in paragraphs(text):
        out.extend(s.strip() for s in _SENT.split(para) if 40 <= len(s.strip()) <= 450)
    return out


def load(name: str) -> list[dict]:
    with gzip.open(ROOT / TEXTS / name, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(out: Path) -> None:
    rng = random.Random(SEED)
    docs = {name: load(name) for name in SOURCES}
    articles: list[dict] = []
    taken_articles: set[str] = set()
    for split, n in ARTICLES.items():
        for k in range(n):
            name = SOURCES[k % 2]
            pool = [d for d in docs[name] if split_of(d["id"]) == split and d["id"] not in taken_articles
                    and 1200 <= len(article_text(d["text"])) <= 3500
                    and re.search(STRATA["percent"] + "|" + STRATA["post"], d["text"])]
            pick = rng.choice(sorted(pool, key=lambda d: d["id"]))
            taken_articles.add(pick["id"])
            articles.append({"id": f"{split[0]}a{k + 1:02d}", "split": split, "file": str(TEXTS / name),
                             "source_id": pick["id"], "url": pick.get("url"), "chars": len(article_text(pick["text"]))})
    sample: list[dict] = []
    seen: set[str] = set()
    for split, quota in QUOTA.items():
        cands = {name: [(d["id"], s) for d in docs[name]
                        if split_of(d["id"]) == split and d["id"] not in taken_articles
                        for s in sentences(d["text"])] for name in SOURCES}
        for stratum, pattern in STRATA.items():
            rx = re.compile(pattern) if pattern else None
            for j, name in enumerate(SOURCES):
                want = quota // 2 + (quota % 2 if j == 0 else 0)
                pool = [c for c in cands[name] if c[1] not in seen and (rx is None or rx.search(c[1]))]
                for source_id, sent in rng.sample(pool, want):
                    seen.add(sent)
                    sample.append({"split": split, "stratum": stratum, "file": str(TEXTS / name),
                                   "source_id": source_id, "text": sent})
    rng.shuffle(sample)
    sample.sort(key=lambda r: r["split"])  # dev first, each split shuffled
    counters = {"dev": 0, "test": 0}
    for row in sample:
        counters[row["split"]] += 1
        row["id"] = f"{row['split'][0]}{counters[row['split']]:04d}"
    with (out / "_sample.jsonl").open("w", encoding="utf-8") as fh:
        for row in sample:
            fh.write(json.dumps({k: row[k] for k in ("id", "split", "stratum", "file", "source_id", "text")},
                                ensure_ascii=False) + "\n")
    with (out / "_articles.jsonl").open("w", encoding="utf-8") as fh:
        for row in articles:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(sample)} sentences ({counters}), {len(articles)} articles")


def batch(number: int, out: Path) -> None:
    """A later dev batch (see the module docstring); ids ``<prefix>0001``… and ``<prefix>a01``…"""
    spec = BATCHES[number]
    prefix, split = spec["prefix"], f"dev{number}"
    rng = random.Random(spec["seed"])
    docs = {name: load(name) for name in SOURCES}
    here = ROOT / "corpus" / "real"
    earlier = ["_sample.jsonl", "_articles.jsonl"] + [f"_{kind}{n}.jsonl" for n in BATCHES if n < number
                                                      for kind in ("sample", "articles")]
    rows = [json.loads(line) for f in earlier for line in (here / f).read_text(encoding="utf-8").splitlines()]
    # a revisiting batch may draw again from articles that gave earlier batches one sentence (never from an
    # article annotated whole, never a sentence drawn before); earlier batches took fresh articles only
    used = {r["source_id"] for r in rows if not spec.get("revisit") or "text" not in r}
    fresh = {name: sorted((d for d in docs[name] if split_of(d["id"]) == "dev" and d["id"] not in used),
                          key=lambda d: d["id"]) for name in SOURCES}
    articles: list[dict] = []
    def article_pool(name: str) -> list[dict]:
        return [d for d in fresh[name] if d["id"] not in {a["source_id"] for a in articles}
                and 1200 <= len(article_text(d["text"])) <= 3500
                and re.search(STRATA["percent"] + "|" + STRATA["post"], d["text"])]

    for k in range(spec["articles"]):
        name = SOURCES[k % 2]
        pool = article_pool(name)
        if not pool:  # a source with no fresh article left gives its turn to the other (earlier batches never did)
            name = SOURCES[(k + 1) % 2]
            pool = article_pool(name)
        pick = rng.choice(pool)
        articles.append({"id": f"{prefix}a{k + 1:02d}", "split": split, "file": str(TEXTS / name),
                         "source_id": pick["id"], "url": pick.get("url"), "chars": len(article_text(pick["text"]))})
    taken = {a["source_id"] for a in articles}
    cands = {name: [(d["id"], s) for d in fresh[name] if d["id"] not in taken for s in sentences(d["text"])]
             for name in SOURCES}
    sample: list[dict] = []
    seen: set[str] = {r["text"] for r in rows if "text" in r} if spec.get("revisit") else set()
    for stratum, quota in spec["quota"].items():
        rx = re.compile(STRATA[stratum]) if STRATA[stratum] else None

        def pool_of(name: str) -> list[tuple[str, str]]:
            return [c for c in cands[name] if c[1] not in seen and (rx is None or rx.search(c[1]))]

        wants = [quota // 2 + quota % 2, quota // 2]
        # a source whose fresh sentences run short gives its shortfall to the other (earlier batches never did)
        short = [max(0, w - len(pool_of(name))) for w, name in zip(wants, SOURCES)]
        wants = [wants[0] - short[0] + short[1], wants[1] - short[1] + short[0]]
        for want, name in zip(wants, SOURCES):
            for source_id, sent in rng.sample(pool_of(name), want):
                seen.add(sent)
                sample.append({"split": split, "stratum": stratum, "file": str(TEXTS / name),
                               "source_id": source_id, "text": sent})
    rng.shuffle(sample)
    for n, row in enumerate(sample, 1):
        row["id"] = f"{prefix}{n:04d}"
    with (out / f"_sample{number}.jsonl").open("w", encoding="utf-8") as fh:
        for row in sample:
            fh.write(json.dumps({k: row[k] for k in ("id", "split", "stratum", "file", "source_id", "text")},
                                ensure_ascii=False) + "\n")
    with (out / f"_articles{number}.jsonl").open("w", encoding="utf-8") as fh:
        for row in articles:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(sample)} sentences ({split}), {len(articles)} articles")


if __name__ == "__main__":
    target = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else ROOT / "corpus" / "real"
    if "--batch" in sys.argv:
        arg = sys.argv[sys.argv.index("--batch") + 1 :][:1]
        if not arg or not arg[0].isdigit() or int(arg[0]) not in BATCHES:
            print(f"--batch needs one of {', '.join(map(str, BATCHES))}")
            sys.exit(2)
        batch(int(arg[0]), target)
    else:
        main(target)
