"""Pairwise precision and recall of person resolution on a gold file of mention pairs
(``corpus/kb/person_pairs.json``: ``mentions`` with name, honorific, title, organisation and quote;
``pairs`` of mention ids with ``same`` true or false)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .persons import Resolver, signature


def resolve_gold(mentions: list[dict[str, Any]]) -> dict[str, int]:
    """Mention id -> person id, resolved as the batch step does (richest mentions first)."""
    sigs = [
        (m, signature(m["name"], m.get("honorific"), m.get("organization"), m.get("title"))) for m in mentions
    ]
    sigs.sort(key=lambda ms: -ms[1].richness)
    resolver = Resolver([], 1)
    return {m["id"]: resolver.resolve(m["name"], sig).id for m, sig in sigs}


def score(path: Path) -> dict[str, Any]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    person = resolve_gold(gold["mentions"])
    tp = fp = fn = tn = 0
    errors = []
    for pair in gold["pairs"]:
        predicted = person[pair["a"]] == person[pair["b"]]
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
        elif pair["same"]:
            fn += 1
        else:
            tn += 1
        if predicted != pair["same"]:
            errors.append(pair)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pairs": len(gold["pairs"]),
        "same": tp + fn,
        "different": fp + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "errors": errors,
    }
