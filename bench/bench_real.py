"""Speed on real articles: the whole pipeline against underthesea's ``word_tokenize`` alone, per stage.

    python bench/bench_real.py                  # 60 real articles, 1 and 2 worker batch for memory
    python bench/bench_real.py --articles 200 --no-batch

Articles come from ``../shared/realdev/texts/`` (real VnEconomy and Báo Mới texts; see its README), taken by a
seeded sample of articles between 2,000 and 30,000 characters.  For each article, in this process after a
warm-up, the stages of one article one after the other (twice, the mean kept): ``word_tokenize(text)`` alone
(the baseline), our tokenizer (``nlp.make_doc``: normalisation, sentence split, segmentation with the
lexicon's fixed words, the Doc), the facts component (every rule), and the record.
The ratio is the whole (tokenizer + facts + record) over the baseline; the target is <= 1.5.  Then the same
articles run as a batch (``runner.run``, 2 workers, SQLite) and the peak RSS of each worker is printed
(target <= 300 MB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

REAL_TEXTS = ROOT.parent / "shared" / "realdev" / "texts"


def real_articles(n: int, seed: int = 11, lo: int = 2000, hi: int = 30000) -> list[str]:
    """``n`` real article texts (seeded sample, ``lo``..``hi`` characters), from every file in ``REAL_TEXTS``."""
    pool: list[str] = []
    for path in sorted(REAL_TEXTS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            pool.extend(t for t in (json.loads(line).get("text") or "" for line in fh) if lo <= len(t) <= hi)
    if not pool:
        sys.exit(f"error: no real articles under {REAL_TEXTS}")
    return random.Random(seed).sample(pool, min(n, len(pool)))


def stages(texts: list[str], rounds: int = 2) -> dict[str, list[float]]:
    """Seconds per article and stage, the stages of one article timed one after the other (so that a
    change of load on a shared machine weighs on the baseline and on our stages alike), ``rounds`` times."""
    from underthesea import word_tokenize

    from vn_news_extract.pipeline import load_pipeline
    from vn_news_extract.plaintext import passage
    from vn_news_extract.record import build_record

    nlp = load_pipeline()
    facts = nlp.get_pipe("vne_facts")
    for text in texts[:3]:  # warm-up: models, lexicons, compiled patterns
        word_tokenize(text)
        build_record(facts(nlp.make_doc(text)), passage(text), None)
    out: dict[str, list[float]] = {name: [0.0] * len(texts) for name in STAGES}
    for _ in range(rounds):
        for i, text in enumerate(texts):
            start = time.perf_counter()
            word_tokenize(text)
            lap = [time.perf_counter()]
            doc = nlp.make_doc(text)
            lap.append(time.perf_counter())
            facts(doc)
            lap.append(time.perf_counter())
            build_record(doc, passage(text), None)
            lap.append(time.perf_counter())
            for name, a, b in zip(STAGES, [start, *lap[:-1]], lap, strict=True):
                out[name][i] += (b - a) / rounds
    return out


STAGES = ("word_tokenize alone", "our tokenizer", "facts component", "record")


def batch_memory(texts: list[str], workers: int) -> tuple[float, int]:
    from bench_batch import batch

    with tempfile.TemporaryDirectory(prefix="vne-bench-real-") as tmp:
        folder = Path(tmp, "docs")
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        dps, _, rss, _ = batch(folder, workers, Path(tmp, "out.db"))
    return dps, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--no-batch", action="store_true", help="skip the batch memory run")
    args = ap.parse_args()
    texts = real_articles(args.articles)
    chars = statistics.mean(len(t) for t in texts)
    print(f"{len(texts)} real articles from {REAL_TEXTS.name}/, mean {chars:,.0f} characters")
    res = stages(texts)
    base = statistics.mean(res["word_tokenize alone"])
    whole = [sum(v) for v in zip(res["our tokenizer"], res["facts component"], res["record"], strict=True)]
    print(f"\n{'stage':<22} {'mean ms':>8} {'median ms':>10} {'x baseline':>10}")
    for name, values in [*res.items(), ("whole (tok+facts+rec)", whole)]:
        mean = statistics.mean(values)
        print(
            f"{name:<22} {mean * 1000:>8.1f} {statistics.median(values) * 1000:>10.1f} {mean / base:>10.2f}"
        )
    print(f"\nratio whole / word_tokenize alone: {statistics.mean(whole) / base:.2f} (target <= 1.5)")
    if not args.no_batch:
        dps, rss = batch_memory(texts, 2)
        print(f"batch of {len(texts)} real articles, 2 workers: {dps:.1f} docs/s, "
              f"peak RSS per worker {rss} MB (target <= 300 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
