"""Build and validate the development set.

    .venv/bin/python corpus/dev/_build.py          # write + validate
    .venv/bin/python corpus/dev/_build.py --check  # validate existing files only

Writes corpus/dev/sentences.jsonl and corpus/dev/gold/*.json (articles/*.txt are hand-written; their
gold is generated from _articles.py). The build itself is corpus/_goldbuild.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _goldbuild import GoldSet, main  # noqa: E402


def entries() -> list:
    from _sentences_a import E as E_A
    from _sentences_b import E as E_B
    from _sentences_c import E as E_C

    return E_A + E_B + E_C


if __name__ == "__main__":
    main(GoldSet(HERE, entries, "s", (250, 50, 10), HERE.parent / "holdout" / "sentences.jsonl"))
