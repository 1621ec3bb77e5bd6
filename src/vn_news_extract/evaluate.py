"""Evaluation against gold annotations: precision, recall and F1 per fact kind, attribute accuracy.

Gold comes as JSON files (one document: ``{"file": "...", ...facts}`` or ``{"text": "...", ...facts}``) or
JSONL files (one passage per line: ``{"id", "text", ...facts}``), described in ``corpus/README.md``.
Matching, one to one and greedy by distance:
- documents by normalised number (laws without a number: by overlapping span),
- officials by name, percentages by value within their sentence, amounts by value and unit within their
  sentence, sectors by code with overlapping spans (gold ``code: null``: by overlapping span).
Attributes are scored on matched pairs only, as the share of pairs whose value agrees.

Besides the scores, the result keeps what a reviewer needs to see where the rules fail: span-only scores
(``strict``: same start and end; ``partial``: overlapping spans) per kind, micro and macro averages, a
confusion of categorical attribute values (gold value x predicted value) and, under ``documents_detail``,
every gold and predicted fact of every document marked ``correct``, ``wrong_attribute``, ``missed`` or
``spurious`` (``report.py`` renders it as HTML).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import kinds as registry
from .errors import GoldError
from .match import norm as _norm
from .match import overlap as _overlap
from .sources.files import open_text
from .textnorm import passage_text


class _FromRegistry(Mapping[str, tuple[str, ...]]):
    """``kind -> one registry field`` for the scored kinds, read live (a kind registered later is in it)."""

    def __init__(self, attr: str) -> None:
        self.attr = attr

    def __getitem__(self, kind: str) -> tuple[str, ...]:
        entry = registry.get(kind)
        if entry.match is None:
            raise KeyError(kind)
        return tuple(getattr(entry, self.attr))

    def __iter__(self) -> Iterator[str]:
        return iter(scored_kinds())

    def __len__(self) -> int:
        return len(scored_kinds())


def scored_kinds() -> tuple[str, ...]:
    """The kinds the evaluator scores: every registered kind with a gold matcher."""
    return tuple(k.name for k in registry.scored())


# The built-in scored kinds; code that must see later registrations calls scored_kinds().
KINDS = scored_kinds()
ATTRIBUTES: Mapping[str, tuple[str, ...]] = _FromRegistry("attributes")
# Attributes with a small set of values, shown as a gold x predicted confusion.
CONFUSION_ATTRIBUTES: Mapping[str, tuple[str, ...]] = _FromRegistry("confusion")
STATUSES = ("correct", "wrong_attribute", "missed", "spurious")
_CONTEXT = 60
_SPACES = re.compile(r"\s+")
_SENT_END = re.compile(r"[.!?…]\s+|\n")


@dataclass
class GoldDoc:
    label: str
    text: str | None  # passage text (as_article=False) or None when ``path`` is an article file
    path: Path | None
    facts: dict[str, list[dict[str, Any]]]
    article_text: str | None = None  # the text the gold offsets index, when the gold file gives it
    # the kinds this gold annotates; the others are not scored
    kinds: tuple[str, ...] = field(default_factory=scored_kinds)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)  # attr -> [correct, total]
    errors: list[str] = field(default_factory=list)
    span: dict[str, list[int]] = field(default_factory=lambda: {"strict": [0, 0, 0], "partial": [0, 0, 0]})
    confusion: dict[str, Counter[tuple[Any, Any]]] = field(default_factory=dict)

    def prf(self) -> tuple[float, float, float]:
        if self.tp + self.fp + self.fn == 0:
            return 1.0, 1.0, 1.0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return Tally(tp, fp, fn).prf()


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs, closest first."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _d, gi, pi in sorted(pairs):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def load_gold(path: str | Path) -> list[GoldDoc]:
    root = Path(path)
    if not root.exists():
        raise GoldError(f"{root}: no such gold file or directory")
    # in a folder, files and folders whose name starts with "_" are the gold set's own material, not gold
    files = (
        sorted(
            f for f in root.rglob("*.json*") if not any(p.startswith("_") for p in f.relative_to(root).parts)
        )
        if root.is_dir()
        else [root]
    )
    docs: list[GoldDoc] = []
    for f in files:
        if f.suffix not in (".json", ".jsonl"):
            continue
        try:
            if f.suffix == ".jsonl":
                for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                    if line.strip():
                        item = json.loads(line)
                        docs.append(_gold_doc(item, f, f"{f.name}:{item.get('id', n)}"))
            else:
                docs.append(_gold_doc(json.loads(f.read_text(encoding="utf-8")), f, f.name))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise GoldError(f"{f}: not valid JSON ({err})") from None
    if not docs:
        raise GoldError(f"{root}: no gold documents (*.json or *.jsonl) found")
    return docs


def _gold_doc(item: dict[str, Any], where: Path, label: str) -> GoldDoc:
    if not isinstance(item, dict):
        raise GoldError(f"{label}: a gold document must be a JSON object")
    scored = scored_kinds()
    kinds = tuple(k for k in scored if k in item) or scored
    facts = {k: list(item.get(k) or []) for k in kinds}
    if "text" not in item and isinstance(item.get("source"), dict):
        return GoldDoc(label, _source_text(item["source"], where, label), None, facts, kinds=kinds)
    if "file" in item:
        for base in (where.parent, where.parent.parent):
            candidate = (base / item["file"]).resolve()
            if candidate.is_file():
                article_text = (item.get("article") or {}).get("text")
                return GoldDoc(label, None, candidate, facts, article_text, kinds)
        raise GoldError(f"{label}: gold refers to {item['file']}, which does not exist")
    if "text" in item:
        return GoldDoc(label, item["text"], None, facts, kinds=kinds)
    raise GoldError(f"{label}: a gold document needs 'file', 'text' or 'source'")


def _source_text(source: dict[str, Any], where: Path, label: str) -> str:
    """The passage a ``{"source": {"file", "id"}}`` gold indexes: the row ``id`` of a (gzip) JSON Lines file,
    its ``text`` in NFC with non-empty lines stripped and joined by newlines.  ``file`` is relative to the
    gold file's folder or any folder above it (gold sets cite ``../shared/...`` from the repository root)."""
    rel = source.get("file")
    if not rel or "id" not in source:
        raise GoldError(f"{label}: a gold 'source' needs 'file' and 'id'")
    for base in (where.parent, *where.parent.parents, Path.cwd()):
        path = base / rel
        if path.is_file():
            break
    else:
        raise GoldError(f"{label}: gold source {rel} does not exist")
    with open_text(path) as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("id") == source["id"]:
                return passage_text(str(row.get("text") or ""))
    raise GoldError(f"{label}: {source['id']} is not in {rel}")


def predict(doc: GoldDoc) -> dict[str, Any]:
    from .pipeline import extract_file, extract_text

    if doc.path is not None:
        return extract_file(doc.path)
    assert doc.text is not None
    return extract_text(doc.text, as_article=False)


def _sentence(text: str, pos: int) -> int:
    return sum(1 for m in _SENT_END.finditer(text, 0, max(pos, 0)))


def _same_attribute(kind: str, attr: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Whether a matched prediction agrees with gold on one attribute.  A percentage's period also agrees
    when both resolve to the same ISO bounds ("9 tháng năm 2024" and "9 tháng đầu năm 2024")."""
    if _norm(g[attr]) == _norm(p.get(attr)):
        return True
    if kind == "percentages" and attr == "period":
        bounds = (g.get("period_start"), g.get("period_end"))
        return None not in bounds and bounds == (p.get("period_start"), p.get("period_end"))
    return False


def _matcher(kind: str, text: str) -> Callable[[dict[str, Any], dict[str, Any]], float | None]:
    """A distance for a (gold, pred) pair, or None when they cannot be the same fact: the kind's registered
    matcher (``match.py``), with ``near`` = same sentence, distance between starts."""

    def near(g: dict[str, Any], p: dict[str, Any]) -> float | None:
        if g["start"] < 0 or _sentence(text, g["start"]) != _sentence(text, p["start"]):
            return None
        return abs(g["start"] - p["start"])

    matcher = registry.get(kind).match
    if matcher is None:
        raise ValueError(kind)
    return lambda g, p: matcher(g, p, near)


def _span_tp(golds: list[dict[str, Any]], preds: list[dict[str, Any]], strict: bool) -> int:
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if "start" not in g or "start" not in p:
                continue
            if strict:
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    pairs.append((0.0, gi, pi))
            elif _overlap(g, p):
                pairs.append((float(abs(g["start"] - p["start"]) + abs(g["end"] - p["end"])), gi, pi))
    return len(_greedy(pairs))


def _span_relation(g: dict[str, Any], p: dict[str, Any]) -> str | None:
    if "start" not in g or "start" not in p:
        return None
    if g["start"] == p["start"] and g["end"] == p["end"]:
        return "exact"
    return "overlap" if _overlap(g, p) else "disjoint"


def _context(text: str, fact: dict[str, Any]) -> list[str] | None:
    """``[before, fact text, after]`` on one line, for reports."""
    s, e = fact.get("start"), fact.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s <= e <= len(text):
        return None
    return [
        _SPACES.sub(" ", text[max(0, s - _CONTEXT) : s]),
        text[s:e],
        _SPACES.sub(" ", text[e : e + _CONTEXT]),
    ]


def score_document(
    text: str,
    gold: dict[str, list[dict[str, Any]]],
    pred: dict[str, Any],
    tallies: dict[str, Tally],
    label: str = "",
    detail: list[dict[str, Any]] | None = None,
) -> None:
    """Add one document's counts to ``tallies``; with ``detail``, append one entry per gold or predicted fact.

    Per kind the gold annotates: pair gold and predicted facts (``_pairs``), drop optional gold facts and
    what they took (``_without_optional``), count span agreement (``_count_spans``), score the attributes
    of matched pairs (``_matched_entry``) and count the rest as missed or spurious (``_unmatched_entries``).
    """
    for kind in scored_kinds():
        if kind not in gold:
            continue
        tally = tallies.setdefault(kind, Tally())
        golds, preds = list(gold.get(kind, [])), list(pred.get(kind, []))
        matched = _pairs(golds, preds, _matcher(kind, text))
        golds, preds, matched = _without_optional(golds, preds, matched)
        _count_spans(tally, golds, preds)
        entries = [_matched_entry(kind, text, golds[gi], preds[pi], tally, label) for gi, pi in matched]
        entries += _unmatched_entries(kind, text, golds, preds, matched, tally, label)
        if detail is not None:
            entries.sort(
                key=lambda e: ((e["gold"] or e["pred"]).get("start", 0), STATUSES.index(e["status"]))
            )
            detail.extend(entries)


def _pairs(
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    match: Callable[[dict[str, Any], dict[str, Any]], float | None],
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, closest first."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            d = match(g, p)
            if d is not None:
                pairs.append((d, gi, pi))
    return _greedy(pairs)


def _without_optional(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], matched: list[tuple[int, int]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[int, int]]]:
    """An optional gold fact (FACTS.md) is neither rewarded nor penalised: drop it and the prediction it took."""
    optional_p = {pi for gi, pi in matched if golds[gi].get("optional")}
    matched = [(gi, pi) for gi, pi in matched if not golds[gi].get("optional")]
    keep_g = [i for i, g in enumerate(golds) if not g.get("optional")]
    keep_p = [i for i in range(len(preds)) if i not in optional_p]
    remap_g = {old: new for new, old in enumerate(keep_g)}
    remap_p = {old: new for new, old in enumerate(keep_p)}
    return (
        [golds[i] for i in keep_g],
        [preds[i] for i in keep_p],
        [(remap_g[gi], remap_p[pi]) for gi, pi in matched],
    )


def _count_spans(tally: Tally, golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> None:
    for name, strict in (("strict", True), ("partial", False)):
        tp = _span_tp(golds, preds, strict)
        counts = tally.span[name]
        counts[0] += tp
        counts[1] += len(preds) - tp
        counts[2] += len(golds) - tp


def _matched_entry(
    kind: str, text: str, g: dict[str, Any], p: dict[str, Any], tally: Tally, label: str
) -> dict[str, Any]:
    """Count a matched pair and score each attribute the gold gives."""
    tally.tp += 1
    wrong = []
    for attr in ATTRIBUTES[kind]:
        if attr not in g:
            continue
        counts = tally.attrs.setdefault(attr, [0, 0])
        counts[1] += 1
        ok = _same_attribute(kind, attr, g, p)
        counts[0] += ok
        if attr in CONFUSION_ATTRIBUTES[kind]:
            tally.confusion.setdefault(attr, Counter())[(g[attr], p.get(attr))] += 1
        if not ok:
            wrong.append({"attribute": attr, "gold": g[attr], "pred": p.get(attr)})
            tally.errors.append(
                f"{label}: {kind} {g['text']!r} {attr}: gold {g[attr]!r}, got {p.get(attr)!r}"
            )
    return {
        "kind": kind,
        "status": "wrong_attribute" if wrong else "correct",
        "gold": g,
        "pred": p,
        "wrong": wrong,
        "span": _span_relation(g, p),
        "context": _context(text, g),
    }


def _unmatched_entries(
    kind: str,
    text: str,
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    matched: list[tuple[int, int]],
    tally: Tally,
    label: str,
) -> list[dict[str, Any]]:
    """Gold facts nothing matched (missed) and predictions that matched no gold (spurious)."""
    entries = []
    used_g = {gi for gi, _ in matched}
    used_p = {pi for _, pi in matched}
    for status, facts, used in (("missed", golds, used_g), ("spurious", preds, used_p)):
        for i, fact in enumerate(facts):
            if i in used:
                continue
            if status == "missed":
                tally.fn += 1
            else:
                tally.fp += 1
            tally.errors.append(f"{label}: {kind} {status} {fact['text']!r}")
            entries.append(
                {
                    "kind": kind,
                    "status": status,
                    "gold": fact if status == "missed" else None,
                    "pred": fact if status == "spurious" else None,
                    "wrong": [],
                    "span": None,
                    "context": _context(text, fact),
                }
            )
    return entries


def evaluate(
    gold_docs: Iterable[GoldDoc], predictions: dict[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Scores per kind and attribute; ``predictions`` maps a gold label or article text to a record."""
    tallies: dict[str, Tally] = {}
    details: list[dict[str, Any]] = []
    n = 0
    for doc in gold_docs:
        n += 1
        record = _find_prediction(doc, predictions) if predictions is not None else predict(doc)
        text = record["article"]["text"]
        if doc.path is None and doc.text is not None and text != doc.text:
            raise GoldError(f"{doc.label}: the prediction's text differs from the gold text")
        gold_facts = _anchor(doc, text)
        facts: list[dict[str, Any]] = []
        score_document(text, gold_facts, record, tallies, doc.label, facts)
        counts = Counter(e["status"] for e in facts)
        details.append(
            {
                "label": doc.label,
                "path": str(doc.path) if doc.path else None,
                "title": (record.get("article") or {}).get("title"),
                "counts": {s: counts.get(s, 0) for s in STATUSES},
                "facts": facts,
            }
        )
    result = report(tallies, n)
    result["documents_detail"] = details
    return result


def _find_prediction(doc: GoldDoc, predictions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    keys = [doc.label, doc.path.name if doc.path else None, doc.text]
    for k in keys:
        if k and k in predictions:
            return predictions[k]
    raise GoldError(f"{doc.label}: no prediction for this gold document")


def _anchor(doc: GoldDoc, text: str) -> dict[str, list[dict[str, Any]]]:
    """Gold facts with offsets into ``text`` (the extracted article text).

    Passages must match exactly.  For an article file, the gold offsets index the annotator's article
    text; where ours differs (a caption kept or dropped), each fact is found again by its text and the
    words before it.  A fact whose text is not in our article at all gets start = end = -1: it can still
    be matched by name or number, never by position, so a fact lost with the boilerplate counts as missed.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in doc.kinds:
        out[kind] = []
        for fact in doc.facts[kind]:
            if text[fact["start"] : fact["end"]] == fact["text"]:
                out[kind].append(fact)
                continue
            if doc.path is None:
                raise GoldError(
                    f"{doc.label}: gold {kind} {fact['text']!r} does not stand at "
                    f"{fact['start']}:{fact['end']} of the text"
                )
            start = _relocate(fact, text, doc.article_text)
            moved = dict(fact, start=start, end=start + len(fact["text"]) if start >= 0 else -1)
            out[kind].append(moved)
    return out


def _relocate(fact: dict[str, Any], text: str, gold_text: str | None) -> int:
    """Where the fact's text stands in ``text``: the occurrence whose preceding words agree most."""
    needle = fact["text"]
    context = gold_text[max(0, fact["start"] - 40) : fact["start"]] if gold_text else ""
    best, best_score = -1, -1.0
    pos = text.find(needle)
    while pos >= 0:
        before = text[max(0, pos - 40) : pos]
        common = 0
        while common < min(len(before), len(context)) and before[-1 - common] == context[-1 - common]:
            common += 1
        score = common - abs(pos - fact["start"]) / 1e6
        if score > best_score:
            best, best_score = pos, score
        pos = text.find(needle, pos + 1)
    return best


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    p = Path(path)
    if not p.is_file():
        raise GoldError(f"{p}: no such predictions file")
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{p}:{n}: not valid JSON ({err.msg})") from None
        src = rec.get("source") or {}
        for k in (
            src.get("path"),
            Path(src["path"]).name if src.get("path") else None,
            rec["article"]["text"],
        ):
            if k:
                out[k] = rec
    return out


def _scores(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p, r, f = _prf(tp, fp, fn)
    return {
        "gold": tp + fn,
        "predicted": tp + fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def report(tallies: dict[str, Tally], n_docs: int) -> dict[str, Any]:
    kinds = {}
    total = Tally()
    for kind in scored_kinds():
        if kind not in tallies:  # not annotated by this gold
            continue
        t = tallies[kind]
        total.tp, total.fp, total.fn = total.tp + t.tp, total.fp + t.fp, total.fn + t.fn
        kinds[kind] = {
            **_scores(t.tp, t.fp, t.fn),
            "attributes": {
                a: {"correct": c, "total": n, "accuracy": round(c / n, 4) if n else None}
                for a, (c, n) in sorted(t.attrs.items())
            },
            "span": {name: _scores(*counts) for name, counts in t.span.items()},
            "confusion": {
                a: [
                    {"gold": g, "pred": p, "count": c}
                    for (g, p), c in sorted(cnt.items(), key=lambda it: (-it[1], str(it[0])))
                ]
                for a, cnt in sorted(t.confusion.items())
            },
            "errors": t.errors,
        }
    scored = [k for k, v in kinds.items() if v["gold"] or v["predicted"]]
    macro = {
        m: round(sum(kinds[k][m] for k in scored) / len(scored), 4) if scored else 1.0
        for m in ("precision", "recall", "f1")
    }
    return {
        "documents": n_docs,
        "kinds": kinds,
        "micro": _scores(total.tp, total.fp, total.fn),
        "macro": {**macro, "kinds": scored},
    }


def format_table(result: dict[str, Any]) -> Iterator[str]:
    yield f"documents: {result['documents']}"
    yield f"{'kind':<12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   attributes (accuracy on matched)"
    for kind, k in result["kinds"].items():
        attrs = ", ".join(
            f"{a} {v['accuracy']:.2f} ({v['correct']}/{v['total']})"
            for a, v in k["attributes"].items()
            if v["total"]
        )
        yield f"{kind:<12} {k['gold']:>5} {k['predicted']:>5} {k['precision']:>6.3f} {k['recall']:>6.3f} {k['f1']:>6.3f}   {attrs}"
    m = result["micro"]
    yield (
        f"{'micro':<12} {m.get('gold', ''):>5} {m.get('predicted', ''):>5} "
        f"{m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}"
    )
    if "macro" in result:
        m = result["macro"]
        yield f"{'macro':<12} {'':>5} {'':>5} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}"
