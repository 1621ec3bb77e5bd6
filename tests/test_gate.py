"""The evaluation gate: F1 and attribute floors pinned in corpus/floors.json (only ever raised)."""

import json
from pathlib import Path

import pytest

from vn_news_extract.evaluate import evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "corpus" / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_")])
def test_floors(name):
    spec = FLOORS[name]
    result = evaluate(load_gold(ROOT / spec["gold"]))
    low = []
    for kind, floor in spec["f1"].items():
        if result["kinds"][kind]["f1"] < floor:
            low.append(f"{kind} F1 {result['kinds'][kind]['f1']} < {floor}")
    for kind, attrs in spec.get("attributes", {}).items():
        for attr, floor in attrs.items():
            acc = result["kinds"][kind]["attributes"].get(attr, {}).get("accuracy")
            if acc is not None and acc < floor:
                low.append(f"{kind}.{attr} accuracy {acc} < {floor}")
    assert not low, low
