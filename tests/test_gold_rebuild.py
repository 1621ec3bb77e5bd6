"""The real gold set rebuilds from a clean clone: the seeded sampler draws the committed items again, and the
builder turns the committed annotations into the committed gold files (nothing in ``corpus/real`` is hand-edited
output). Both scripts run with a bare ``python3`` from the repository root, as their docstrings say."""
from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpus" / "real"
TEXTS = ROOT / ".." / "shared" / "realdev" / "texts"

# slow: it re-reads all 5,372 source articles several times (~25 s); CI runs the slow tests after the default run
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not TEXTS.is_dir(), reason="../shared/realdev/texts is not present")]


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(REAL / script), *args], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _batches() -> list[str]:
    """'' for batch 1, then '2', '3', … for every later batch whose items are committed."""
    return [""] + sorted(p.stem.removeprefix("_sample") for p in REAL.glob("_sample?*.jsonl"))


@pytest.mark.parametrize("batch", _batches())
def test_the_sampler_draws_the_committed_items_again(tmp_path: Path, batch: str) -> None:
    _run("_sample.py", *(["--batch", batch] if batch else []), "--out", str(tmp_path))
    for name in (f"_sample{batch}.jsonl", f"_articles{batch}.jsonl"):
        assert filecmp.cmp(tmp_path / name, REAL / name, shallow=False), f"{name} differs from the committed draw"


def test_the_builder_writes_the_committed_gold(tmp_path: Path) -> None:
    out = _run("_build.py", "--out", str(tmp_path))
    splits = sorted(p.name for p in tmp_path.iterdir())
    assert {"dev", "test", "dev2"} <= set(splits), out
    for split in splits:
        built = tmp_path / split
        assert (built / "sentences.jsonl").read_text(encoding="utf-8") == \
            (REAL / split / "sentences.jsonl").read_text(encoding="utf-8"), f"{split}/sentences.jsonl differs"
        names = sorted(p.name for p in (built / "articles").glob("*.json"))
        assert names == sorted(p.name for p in (REAL / split / "articles").glob("*.json")), split
        for name in names:
            assert json.loads((built / "articles" / name).read_text(encoding="utf-8")) == \
                json.loads((REAL / split / "articles" / name).read_text(encoding="utf-8")), f"{split}/{name}"


def test_agreement_reports_every_kind() -> None:
    out = _run("_build.py", "--agreement", "e")
    assert "agreement on " in out
    for kind in ("percentages", "sectors", "officials", "documents"):
        assert f"  {kind}" in out


def test_agreement_pools_batches_and_reports_required_facts_alone() -> None:
    """Comma-separated prefixes pool their batches; a second block scores the required facts of both alone, where
    annotator 2 claims no more sectors than in the first block."""
    counts = {p: int(re.search(r"agreement on (\d+) items", _run("_build.py", "--agreement", p))[1]) for p in "eg"}
    out = _run("_build.py", "--agreement", "e,g")
    assert f"agreement on {counts['e'] + counts['g']} items" in out
    first, required = out.split("required facts only")
    claimed = [int(re.search(r"sectors +gold +\d+ other +(\d+)", block)[1]) for block in (first, required)]
    assert claimed[1] <= claimed[0]


def test_show_prints_sentences_by_range_and_articles_by_paragraph() -> None:
    """``_show.py``, what annotators read: a sentence range of one split, and a whole article whose numbered
    paragraphs joined by newlines are the text the gold's offsets index."""
    sys.path.insert(0, str(REAL))
    from _build import load_items, source_text  # noqa: PLC0415

    sents, arts = load_items()
    first_two = [i for i in sents if sents[i]["split"] == "dev2"][:2]
    out = _run("_show.py", "--split", "dev2", "--from", "1", "--to", "2")
    assert out.splitlines() == [f"{i}\t{sents[i]['text']}" for i in first_two]
    art = next(iter(arts))
    lines = _run("_show.py", art).splitlines()
    assert lines[0] == f"=== {art} ({arts[art]['source_id']})"
    paras = [line.split("] ", 1)[1] for line in lines[1:]]
    assert [line.split("]", 1)[0] for line in lines[1:]] == [f"[{n}" for n in range(1, len(paras) + 1)]
    assert "\n".join(paras) == source_text(arts[art]["file"], arts[art]["source_id"])


def test_the_builder_prints_its_usage_and_writes_nothing_for_help() -> None:
    """``--help`` (which an annotator may try) prints the usage and builds nothing; an unknown option is refused."""
    stamps = {p: p.stat().st_mtime_ns for p in REAL.glob("*/sentences.jsonl")}
    out = _run("_build.py", "--help")
    assert "--agreement" in out and "--file" in out
    assert {p: p.stat().st_mtime_ns for p in REAL.glob("*/sentences.jsonl")} == stamps
    done = subprocess.run([sys.executable, str(REAL / "_build.py"), "--bogus"], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 2 and done.stdout.strip() == "unknown option --bogus"


def test_the_builder_resolves_one_annotation_file_and_names_a_missing_one() -> None:
    """``--file`` (the annotators' check) resolves one file's items; a missing file or path is one line, exit 2."""
    ann = sorted((REAL / "ann").glob("dev9_*.py"))[0]
    assert _run("_build.py", "--file", str(ann.relative_to(ROOT))).strip().endswith(f"{ann.name}: 95 items resolve")
    for args in (["--file", "corpus/real/ann/no_such_file.py"], ["--file"]):
        done = subprocess.run([sys.executable, str(REAL / "_build.py"), *args], cwd=ROOT, capture_output=True,
                              text=True, check=False)
        assert done.returncode == 2 and len(done.stdout.strip().splitlines()) == 1 and not done.stderr


def test_the_sampler_names_the_batches_it_knows() -> None:
    """An unknown or missing batch number is one line and exit 2, not a traceback."""
    for args in (["--batch", "99"], ["--batch"]):
        done = subprocess.run([sys.executable, str(REAL / "_sample.py"), *args], cwd=ROOT, capture_output=True,
                              text=True, check=False)
        assert done.returncode == 2 and done.stdout.startswith("--batch needs one of 2, 3") and not done.stderr
