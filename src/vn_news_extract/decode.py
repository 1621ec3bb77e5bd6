"""Bytes -> honest text: BOM, declared charset (HTTP header, ``<meta>``), then detection.

Vietnamese pages lie about their charset: ``iso-8859-1`` declared on UTF-8 bytes, ``utf-8`` declared on
Windows-1258 bytes.  A declared charset is used only when it decodes the bytes strictly and the result
looks at least as Vietnamese as the alternatives; otherwise UTF-8, Windows-1258 and finally
charset-normalizer's guess are tried.  The result is NFC; tone-mark placement is kept as written
(``textnorm.canonical`` is for matching, not for the emitted text).  Plain text also gets HTML entities
decoded; HTML keeps them for the parser.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from .errors import DecodeError

# Limits (README, "Limits"): a larger input is Failed at once, before any decoding or parsing.
DEFAULT_MAX_BYTES = 10_000_000  # VN_NEWS_EXTRACT_MAX_BYTES overrides it (and the fetch body cap)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Single-byte Western charsets that servers declare by default whatever the bytes are.
_WEAK = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
# Letters only Vietnamese uses among Latin scripts: a page whose decoding has many of these is Vietnamese.
_VI_LETTERS = frozenset(
    "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
_VI_LETTER = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "]")
_LETTER = re.compile(r"[^\W\d_]")
_C0 = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# Characters that betray a wrong single-byte decoding (mojibake of UTF-8, stray controls).
_JUNK = frozenset("ÃÄÅÆ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷€‚ƒ„†‡ˆ‰‹Œ˜™›œŸ\x80\x81\x8d\x8f\x90\x9d\ufffd")
# Control characters that no text needs (C0 but tab / newlines, DEL, C1, non-characters): removed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Legacy Vietnamese font encodings, read through a Western code page.  VNI: a base letter followed by
# the mark as a second Latin-1 letter ("Vieät", "ñöôïc"); TCVN3 (ABC): Latin-1 symbols inside words
# ("ViÖt", "n¨m", "®−îc").  Neither can be told apart from Windows-1252 by the bytes alone, so the
# text is recognised and refused with a clear message instead of being stored as mojibake.
_VNI = re.compile(
    r"[aeiouyAEIOUY](?:[âêôÂÊÔ]?[ùøûõïÙØÛÕÏ]|[âêÂÊ][áàåãäÁÀÅÃÄ]|[êÊ][éèúüëÉÈÚÜË])|[ñÑ][aeiouyöôAEIOUYÖÔ]|[öÖ][ôÔ]"
)
_TCVN3 = re.compile(r"(?<=[A-Za-z])[®¸µ¨·¶¹©ª«¬¡¢£¤¥¦§\xad−Ö]|[®§](?=[A-Za-z¸µ·¶¹¨©ª«¬\xad−])")
_NON_ASCII_RUN = re.compile(r".?[^\x00-\x7f]+.?")
_UTF8_LOOSE_MAX = 1 / 500  # share of invalid bytes tolerated in otherwise-UTF-8 input (truncation, glitches)
_HTML_HINT = re.compile(rb"<(?:!doctype|html|head|body|meta|p|div)\b", re.IGNORECASE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in {"windows-1258", "cp1258", "x-cp1258"}:
        return "cp1258"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charsets(content: bytes, declared: str | None, content_type: str | None) -> list[str]:
    """Charsets the source claims, most authoritative first: explicit, HTTP header, ``<meta>``."""
    found: list[str] = []
    names: list[str | None] = [declared]
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        names.append(match.group(1) if match else None)
    meta = _META_CHARSET.search(content[:8192])
    names.append(meta.group(1).decode("ascii", "ignore") if meta else None)
    for name in names:
        codec = _codec(name)
        if codec and codec not in found:
            found.append(codec)
    return found


def _score(text: str) -> float:
    """Higher is more plausible Vietnamese text: Vietnamese letters count for, mojibake against."""
    sample = unicodedata.normalize("NFC", text[:200_000])
    vi = sum(1 for ch in sample if ch in _VI_LETTERS)
    junk = sum(1 for ch in sample if ch in _JUNK or (ord(ch) < 32 and ch not in "\t\r\n\f"))
    return vi - 3 * junk


def _strict(content: bytes, codec: str) -> str | None:
    try:
        return content.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(content: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(content).best()
    if best is None:
        return None
    return str(best)


def _by_bom(content: bytes) -> str | None:
    """The text when the bytes start with a byte-order mark (which then must decode), else None."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            text = _strict(content, codec)
            if text is None:
                raise DecodeError(f"bytes start with a {codec} byte-order mark but do not decode as {codec}")
            return text.lstrip("\ufeff")
    return None


def _candidates(content: bytes, declared: list[str]) -> dict[str, str]:
    """Every declared charset, UTF-8 and Windows-1258 that decodes the bytes strictly: codec -> text."""
    candidates: dict[str, str] = {}
    for codec in (*declared, "utf-8", "cp1258"):
        if codec not in candidates:
            text = _strict(content, codec)
            if text is not None:
                candidates[codec] = text
    return candidates


def _add_loose_utf8(content: bytes, candidates: dict[str, str]) -> None:
    """UTF-8 with a few broken bytes (a truncated download, a glitch) competes, each U+FFFD as junk."""
    loose = content.decode("utf-8", "replace")
    if loose.count("\ufffd") <= max(4, int(len(loose) * _UTF8_LOOSE_MAX)):
        candidates["utf-8"] = loose


def _best_scored(content: bytes, declared: list[str], candidates: dict[str, str]) -> str:
    """The candidate that reads most like Vietnamese; the first declared charset wins a tie, then UTF-8,
    then cp1258; when even the best reads as mojibake, the detector's guess if it reads better."""
    scores = {codec: _score(text) for codec, text in candidates.items()}
    best = max(scores.values())
    order = [c for c in declared if c in candidates] + [c for c in candidates if c not in declared]
    codec = next(c for c in order if scores[c] == best)
    if best >= 0:
        return candidates[codec]
    guess = _detect(content)
    if guess is not None and _score(guess) > best:
        return guess
    return candidates[codec]


def _choose(content: bytes, declared: list[str]) -> str:
    """The honest text of ``content``: a byte-order mark; plain ASCII; valid UTF-8 unless a strong
    charset other than UTF-8 is declared; else the best-scored strict decoding; else detection."""
    text = _by_bom(content)
    if text is not None:
        return text
    if content.isascii():
        return content.decode("ascii")
    strong_declared = [c for c in declared if c not in _WEAK]
    if not strong_declared or strong_declared[0] == "utf-8":
        text = _strict(content, "utf-8")
        if text is not None:  # valid UTF-8 with non-ASCII bytes is almost never an accident
            return text
    candidates = _candidates(content, declared)
    strong = [c for c in declared if c in candidates and c not in _WEAK]
    if "utf-8" in candidates and (not strong or strong[0] == "utf-8"):
        # Valid UTF-8 with non-ASCII bytes is almost never an accident: trust it over a weak declaration.
        return candidates["utf-8"]
    if "utf-8" not in candidates:
        _add_loose_utf8(content, candidates)
    if candidates:
        return _best_scored(content, declared, candidates)
    guess = _detect(content)
    if guess is None:
        raise DecodeError("cannot decode the bytes: no charset fits (binary data?)")
    return guess


def decode_bytes(content: bytes, declared: str | None = None, content_type: str | None = None) -> str:
    """Decode page or text bytes to NFC text; raise ``DecodeError`` when no charset gives honest text."""
    if not content:
        return ""
    text = _choose(content, declared_charsets(content, declared, content_type))
    bad = text.count("\ufffd") + len(_C0.findall(text, 0, 100_000))
    if bad > max(8, len(text[:100_000]) // 50):
        raise DecodeError("cannot decode the bytes: too many invalid or control characters (binary data?)")
    legacy = legacy_font_encoding(text)
    if legacy is None and not content.isascii() and _strict(content, "utf-8") is None:
        legacy = legacy_font_encoding(content.decode("cp1252", "replace"))  # as the font's users saw it
    if legacy:
        raise DecodeError(
            f"the text is in the legacy {legacy} font encoding, which is not supported: "
            "convert it to Unicode first (e.g. with UniKey's converter)"
        )
    is_html = bool(content_type and "html" in content_type.lower()) or bool(_HTML_HINT.search(content[:4096]))
    if not is_html:
        text = html.unescape(text)
    return unicodedata.normalize("NFC", strip_controls(text))


def vietnamese_share(text: str) -> tuple[int, float]:
    """(letters, share of them that only Vietnamese uses among Latin scripts) of ``text``'s first 100k
    characters: about 0.25 for Vietnamese prose, 0 for English, French or German."""
    sample = unicodedata.normalize("NFC", text[:100_000])
    letters = len(_LETTER.findall(sample))
    vi = len(_VI_LETTER.findall(sample))
    return letters, (vi / letters if letters else 0.0)


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab, newlines and form feed kept; NUL, BEL, C1... removed)."""
    return _CONTROLS.sub("", text)


def legacy_font_encoding(text: str) -> str | None:
    """ "VNI" or "TCVN3" when ``text`` reads like one of those legacy encodings seen through a Western
    code page (many of its tell-tale letter pairs, more than half as many as real Vietnamese letters)."""
    sample = text[:200_000]
    vi = len(_VI_LETTER.findall(sample))
    need = max(8, vi // 2 + 1)
    # every tell-tale pair holds a non-ASCII letter: scan only those with a letter of context each side
    sample = "\n".join(_NON_ASCII_RUN.findall(sample))
    for name, pattern in (("VNI", _VNI), ("TCVN3 (ABC)", _TCVN3)):
        for hits, _match in enumerate(pattern.finditer(sample), start=1):
            if hits >= need:
                return name
    return None


def max_input_bytes() -> int:
    """The input size cap: ``VN_NEWS_EXTRACT_MAX_BYTES`` if set, else ``DEFAULT_MAX_BYTES`` (``settings``)."""
    from .settings import max_input_bytes as cap

    return cap()
