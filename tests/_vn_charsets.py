"""Test helper: encode Vietnamese text as Windows-1258 does (base letters precomposed, tones combining)."""

from __future__ import annotations

import unicodedata


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        # keep a breve/circumflex/horn with the base letter (â, ă, ơ, ư ... are single bytes)
        rest = ""
        for mark in marks:
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and joined.encode("cp1258", "ignore"):
                base = joined
            else:
                rest += mark
        marks = rest
        out += (base + marks).encode("cp1258")
    return bytes(out)
