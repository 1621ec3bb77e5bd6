"""The README's benchmark commands run and print their tables (on small inputs: a few seconds each)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_segmentation_ablation_prints_words_and_syllables() -> None:
    out = _run("bench/ablation_segmentation.py", "--gold", "corpus/gold")
    assert "corpus/gold (1 documents)" in out
    assert "F1 words" in out and "F1 syll." in out
    for kind in ("percentages", "sectors", "officials", "documents"):
        assert any(line.startswith(kind) for line in out.splitlines()), kind


def test_the_real_article_benchmark_prints_its_ratio() -> None:
    out = _run("bench/bench_real.py", "--articles", "2", "--no-batch")
    assert "word_tokenize alone" in out
    assert "ratio whole / word_tokenize alone:" in out
