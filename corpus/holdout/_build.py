"""Build and validate the second (held-out) set; never run the project's extractors on it while writing it.

    .venv/bin/python corpus/holdout/_build.py          # write + validate
    .venv/bin/python corpus/holdout/_build.py --check  # validate existing files only

Writes corpus/holdout/sentences.jsonl and corpus/holdout/gold/*.json (articles/*.txt are hand-written; their
gold is generated from _articles.py). The build itself is corpus/_goldbuild.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _goldbuild import GoldSet, main  # noqa: E402


def entries() -> list:
    from _sentences_1 import E as E_1
    from _sentences_2 import E as E_2

    return E_1 + E_2


if __name__ == "__main__":
    main(GoldSet(HERE, entries, "h", (200, 40, 5), HERE.parent / "dev" / "sentences.jsonl"))
