"""Build and check the real gold set from the hand annotations in ``corpus/real/ann/``.

    python corpus/real/_build.py           # write corpus/real/{dev,test,dev2,…,dev10}/ and check them
    python corpus/real/_build.py --check   # check the written files only
    python corpus/real/_build.py --out DIR # write DIR/{dev,test,...}/ instead (a test compares it with the committed)
    python corpus/real/_build.py --agreement [e]   # agreement of the doubly annotated items (id prefix)
    python corpus/real/_build.py --file corpus/real/ann/X.py   # resolve one annotation file only (annotators)

Items come from ``_sample*.jsonl`` (sentences, quoted) and ``_articles*.jsonl`` (whole articles, referenced by
source file and id, never copied). Annotation modules ``ann/*.py`` call
``X(item_id, *facts, **defaults)`` for a sentence and ``ART(item_id, *facts, **defaults)`` for an article,
with the fact constructors of ``corpus/_goldlib.py`` (P, S, O, D); offsets are computed, never typed.
Only percentages, sectors, officials and documents are annotated here (``../shared/FACTS.md``); amounts are
not, so a written gold item lists only those four kinds and the evaluator scores only them.
``ann/agreement/*.py`` hold a second annotator's blind annotation of a tenth of the items; ``--agreement``
prints the agreement between the two.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import _goldlib  # noqa: E402
from _goldlib import resolve_all  # noqa: E402
from _sample import BATCHES, article_text  # noqa: E402

KINDS = ("percentages", "sectors", "officials", "documents")


SPLITS = ("dev", "test", *(f"dev{n}" for n in BATCHES))


def _rows(*names: str) -> dict:
    return {r["id"]: r for name in names
            for r in map(json.loads, (HERE / name).read_text(encoding="utf-8").splitlines())}


def load_items() -> tuple[dict, dict]:
    """Sentences and articles of every batch (batch N > 1 is the ``devN`` split; see ``_sample.py``)."""
    return (_rows("_sample.jsonl", *(f"_sample{n}.jsonl" for n in BATCHES)),
            _rows("_articles.jsonl", *(f"_articles{n}.jsonl" for n in BATCHES)))


def source_text(file: str, source_id: str) -> str:
    with gzip.open(ROOT / file, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] == source_id:
                return article_text(row["text"])
    raise LookupError(f"{source_id} not in {file}")


def load_annotations(folder: Path) -> dict[str, tuple]:
    """item id -> (facts, defaults, module name), from every ``*.py`` in ``folder``."""
    return load_annotations_of(sorted(folder.glob("*.py")))


def load_annotations_of(paths: list[Path]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for path in paths:
        entries: list = []

        def X(item_id, *facts, **defaults):  # noqa: N802 - the annotation files' vocabulary
            entries.append((item_id, facts, defaults))

        spec = importlib.util.spec_from_file_location(f"ann_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        module.X = module.ART = X  # type: ignore[attr-defined]
        for name in ("P", "S", "O", "D"):  # the fact constructors, without an import line
            setattr(module, name, getattr(_goldlib, name))
        spec.loader.exec_module(module)
        for item_id, facts, defaults in entries:
            if item_id in out:
                raise SystemExit(f"{path.name}: {item_id} annotated twice (also in {out[item_id][2]})")
            out[item_id] = (facts, defaults, path.name)
    return out


def build_item(item_id: str, facts, defaults, sents: dict, arts: dict) -> dict:
    if item_id in sents:
        row = sents[item_id]
        text = row["text"]
        head = {"id": item_id, "stratum": row["stratum"], "source": {"file": row["file"], "id": row["source_id"]},
                "text": text}
    elif item_id in arts:
        row = arts[item_id]
        text = source_text(row["file"], row["source_id"])
        head = {"id": item_id, "source": {"file": row["file"], "id": row["source_id"]}, "url": row.get("url")}
    else:
        raise SystemExit(f"unknown item {item_id}")
    try:
        res = resolve_all(text, facts, defaults, kinds=KINDS)
    except Exception as exc:  # name the failing item
        raise SystemExit(f"{item_id} failed: {exc}\n  {text[:200]}") from None
    for kind in KINDS:
        for f in res[kind]:
            assert text[f["start"]:f["end"]] == f["text"], (item_id, f)
    head.update(res)
    return head


def build(check_only: bool = False, out: Path = HERE) -> None:
    sents, arts = load_items()
    ann = load_annotations(HERE / "ann")
    missing = [i for i in list(sents) + list(arts) if i not in ann]
    if missing:
        print(f"warning: {len(missing)} items not annotated yet: {missing[:10]}...")
    for split in SPLITS:
        rows = [build_item(i, *ann[i][:2], sents, arts) for i in sents if i in ann and sents[i]["split"] == split]
        docs = [build_item(i, *ann[i][:2], sents, arts) for i in arts if i in ann and arts[i]["split"] == split]
        folder = out / split
        if check_only:
            continue
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        with (folder / "sentences.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        for old in (folder / "articles").glob("*.json"):
            old.unlink()
        for d in docs:
            (folder / "articles" / f"{d['id']}.json").write_text(
                json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {k: sum(len(r[k]) for r in rows + docs) for k in KINDS}
        print(f"{split}: {len(rows)} sentences, {len(docs)} articles, facts {counts}")
        assert all(unicodedata.is_normalized("NFC", r["text"]) for r in rows)


def agreement(prefix: str = "") -> None:
    """Fact-level agreement (F1 of one annotator against the other) on the doubly annotated items (those whose
    id starts with ``prefix``: ``d``/``t`` batch 1, ``e`` batch 2, ``g`` batch 3, ``h`` batch 4, ``i`` batch 5, ``j`` batch 6,
    ``k`` batch 7, ``l`` batch 8, ``m`` batch 9, ``n`` batch 10, ``o`` batch 11; several joined by commas, e.g.
    ``d,e,g`` to pool batches). Printed twice: with annotator 2's optional facts counted as claims (a fact
    annotator 1 left out counts against annotator 2), and with only the required facts of both."""
    sys.path.insert(0, str(ROOT / "src"))
    from vn_news_extract.evaluate import GoldDoc, Tally, score_document  # noqa: PLC0415

    sents, arts = load_items()
    first = load_annotations(HERE / "ann")
    second = load_annotations(HERE / "ann" / "agreement")
    tallies: dict[str, Tally] = {}
    required: dict[str, Tally] = {}
    n = 0
    for item_id, (facts, defaults, _) in second.items():
        if item_id not in first or not item_id.startswith(tuple(prefix.split(","))):
            continue
        a = build_item(item_id, *first[item_id][:2], sents, arts)
        b = build_item(item_id, facts, defaults, sents, arts)
        text = a.get("text") or source_text(a["source"]["file"], a["source"]["id"])
        score_document(text, {k: a[k] for k in KINDS}, {k: b[k] for k in KINDS}, tallies, item_id)
        b_required = {k: [f for f in b[k] if not f.get("optional")] for k in KINDS}
        score_document(text, {k: a[k] for k in KINDS}, b_required, required, item_id)
        n += 1
    print(f"agreement on {n} items (annotator 2 scored against annotator 1):")
    _print_tallies(tallies)
    print("required facts only (annotator 2's optional facts dropped too):")
    _print_tallies(required)
    _ = GoldDoc


def _print_tallies(tallies: dict) -> None:
    for kind in KINDS:
        t = tallies.get(kind)
        if t is None:
            continue
        p, r, f = t.prf()
        attrs = ", ".join(f"{k} {c / tot:.2f}" for k, (c, tot) in sorted(t.attrs.items()) if tot)
        print(f"  {kind:12} gold {t.tp + t.fn:4d} other {t.tp + t.fp:4d}  P {p:.3f} R {r:.3f} F1 {f:.3f}  {attrs}")


def check_file(path: Path) -> None:
    """Resolve every item of one annotation file (for annotators working in parallel)."""
    sents, arts = load_items()
    entries = load_annotations_of([path])
    for item_id, (facts, defaults, _) in entries.items():
        build_item(item_id, facts, defaults, sents, arts)
    print(f"{path.name}: {len(entries)} items resolve")


if __name__ == "__main__":
    known = {"--file", "--agreement", "--check", "--out"}
    unknown = [a for a in sys.argv[1:] if a.startswith("-") and a not in known]
    if unknown:  # --help included: print the usage and write nothing
        print(__doc__.split("\n\n")[1] if unknown[0] in ("-h", "--help") else f"unknown option {unknown[0]}")
        sys.exit(0 if unknown[0] in ("-h", "--help") else 2)
    for option in ("--file", "--out"):  # options that take a path
        if option in sys.argv and sys.argv.index(option) + 1 == len(sys.argv):
            print(f"{option} needs a path")
            sys.exit(2)
    if "--file" in sys.argv:
        ann = Path(sys.argv[sys.argv.index("--file") + 1]).resolve()
        if not ann.is_file():
            print(f"no annotation file {ann}")
            sys.exit(2)
        check_file(ann)
    elif "--agreement" in sys.argv:
        rest = sys.argv[sys.argv.index("--agreement") + 1:]
        agreement(rest[0] if rest else "")
    else:
        build(check_only="--check" in sys.argv,
              out=Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else HERE)
