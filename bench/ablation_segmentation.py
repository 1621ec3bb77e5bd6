"""Ablation: the same gold sets read with underthesea's words and with bare syllables, side by side.

    python bench/ablation_segmentation.py                       # the real dev splits, the real test split, corpus/dev
    python bench/ablation_segmentation.py --gold corpus/real/dev

The facts component's ``segmentation`` is set to ``"words"`` (underthesea's segmentation, the product) and
to ``"syllables"`` (every syllable a word: the baseline without segmentation); the tokenizer and everything
else are the same.  For each gold set and kind it prints F1 and the accuracy of the key attributes on matched
facts for both, the difference, and the F1 of exact spans (same start and end as gold) words / syllables.  Tables only: no errors, gold or per-item output is printed (the real
test split is measured, never read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vn_news_extract.evaluate import evaluate, load_gold
from vn_news_extract.nlp.components import COMPONENT_NAME, SEGMENTATIONS
from vn_news_extract.pipeline import load_pipeline

# every real dev batch in the order drawn (dev, dev2, dev3, ...), then the real test split and our own sentences
_REAL_DEV = sorted((p.name for p in (ROOT / "corpus" / "real").glob("dev*") if p.is_dir()),
                   key=lambda name: int(name.removeprefix("dev") or 1))
GOLD_SETS = (*(f"corpus/real/{name}" for name in _REAL_DEV), "corpus/real/test", "corpus/dev")


def scores(gold: Path, segmentation: str) -> dict[str, Any]:
    """The evaluation report of ``gold`` with the shared pipeline's component set to ``segmentation``."""
    load_pipeline().get_pipe(COMPONENT_NAME).segmentation = segmentation
    return evaluate(load_gold(gold))


def rows(by_seg: dict[str, dict[str, Any]]) -> list[str]:
    words, sylls = by_seg["words"]["kinds"], by_seg["syllables"]["kinds"]
    head = f"{'kind':<12} {'F1 words':>9} {'F1 syll.':>9} {'diff':>7}  {'exact spans':>11}"
    out = [f"{head}   key attributes (words / syllables)"]
    for kind, w in words.items():
        s = sylls[kind]
        attrs = ", ".join(
            f"{a} {v['accuracy']:.2f}/{s['attributes'].get(a, {}).get('accuracy') or 0:.2f}"
            for a, v in w["attributes"].items()
            if v["total"]
        )
        spans = f"{_exact(w):.3f}/{_exact(s):.3f}"
        out.append(f"{kind:<12} {w['f1']:>9.3f} {s['f1']:>9.3f} {w['f1'] - s['f1']:>+7.3f}  {spans:>11}   {attrs}")
    mw, ms = by_seg["words"]["micro"]["f1"], by_seg["syllables"]["micro"]["f1"]
    out.append(f"{'micro':<12} {mw:>9.3f} {ms:>9.3f} {mw - ms:>+7.3f}")
    return out


def _exact(kind: dict[str, Any]) -> float:
    """F1 of spans that start and end where gold's do (the words decide where a law's name ends)."""
    return float(kind.get("span", {}).get("strict", {}).get("f1") or 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", action="append", help="gold set(s) to run (default: the real dev splits, the real test split and corpus/dev)")
    args = ap.parse_args()
    for name in args.gold or GOLD_SETS:
        gold = ROOT / name if not Path(name).is_absolute() else Path(name)
        if not gold.exists():
            print(f"{name}: not found, skipped")
            continue
        by_seg = {seg: scores(gold, seg) for seg in SEGMENTATIONS}
        print(f"\n{name} ({by_seg['words']['documents']} documents)")
        for line in rows(by_seg):
            print(line)
    load_pipeline().get_pipe(COMPONENT_NAME).segmentation = "words"


if __name__ == "__main__":
    main()
