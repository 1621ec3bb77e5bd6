"""The gold-writing helpers shared by corpus/dev and corpus/holdout (corpus/_goldlib.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _goldlib import *  # noqa: E402,F403
from _goldlib import KINDS, resolve_all  # noqa: E402,F401
