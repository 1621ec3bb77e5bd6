"""underthesea word segmentation as a spaCy tokenizer.

underthesea normalises text and joins the syllables of a word with one space, so its output is not a
substring list of the input.  We feed it our own canonical text (same characters as the input up to
Unicode composition and tone-mark placement, with ``use_token_normalize=False``), find each syllable in
that text, map positions back to the input and build the ``Doc`` from input substrings, so that
``doc.text == input`` always holds.  Sentence starts come from ``underthesea.sent_tokenize``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..errors import InputError
from ..textnorm import Normalized, normalize_with_map
from .fixed_words import keep_apart
from .segmenter import segment

TOKENIZER_NAME = "vn_news_extract.UndertheseaTokenizer.v1"
# The canonical text and, when it is not the identity, its offset map, kept in ``doc.user_data`` for the
# facts component (plain values: a Doc still serialises with DocBin).
_NORMALIZED_KEY = "vn_news_extract.normalized"
_SURROGATE = re.compile("[\ud800-\udfff]")
# Glued figures: a run of lower-case letters touching a run of digits ("tăng5%", "đạt12,5"), split there so
# that a figure never starts or ends inside a token.  Upper-case codes ("QH15", "H5N1") are left whole.
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
# Figures joined by a hyphen ("4-2017", "2021-2025"): one token per figure and one for the hyphen.
_HYPHENED_FIGURES = re.compile(r"\d+(?:[-–]\d+)+")
_HYPHEN = re.compile(r"[-–]")
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


def _glued_stop(block: str, pos: int) -> bool:
    """Whether a sentence start at ``pos`` follows a full stop glued between a word and a lower-case letter:
    no sentence end but a domain name ("Batdongsan.com.vn") or a name written with a dot ("Saigon Co.op"),
    where underthesea's sent_tokenize cuts."""
    return pos >= 2 and block[pos - 1] == "." and block[pos - 2].isalnum() and block[pos].islower()


# Text above this many characters per block is segmented block by block (paragraphs), which keeps
# underthesea's regex tokenizer fast and sentence splitting local.
_BLOCK_SEP = "\n"


def _segment_blocks(blocks: list[str]) -> list[list[str]]:
    """underthesea's words of each block, with the lexicon's fixed phrases kept whole (``segmenter``)."""
    return [keep_apart(pieces) for pieces in segment(blocks)]


def _sent_tokenize(text: str) -> list[str]:
    from underthesea import sent_tokenize

    return sent_tokenize(text)


def _locate(pieces: list[str], text: str, base: int) -> list[tuple[int, int]]:
    """Character spans of each piece (syllables joined by one space) in ``text``; missing pieces skipped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        if " " not in piece:  # one syllable (most words): found where it stands after spaces, or skipped
            found = text.find(piece, pos) if piece else -1
            if found >= 0 and (found == pos or not text[pos:found].strip()):
                pos = found + len(piece)
                spans.append((base + found, base + pos))
            continue
        start = end = -1
        cursor = pos
        ok = True
        for syllable in piece.split(" "):
            if not syllable:
                continue
            found = text.find(syllable, cursor)
            if found < 0 or text[cursor:found].strip():
                ok = False
                break
            if start >= 0 and text[cursor:found] != " ":
                spans.append(
                    (base + start, base + end)
                )  # a word never spans a line break or a no-break space
                start = -1
            if start < 0:
                start = found
            end = found + len(syllable)
            cursor = end
        if ok and start >= 0:
            spans.append((base + start, base + end))
            pos = end
    return spans


def _glued_points(ctext: str, lo: int, hi: int) -> list[int]:
    """The positions of ``_GLUED.finditer(ctext, lo, hi)``, read off the runs of digits (a glue point is a run's
    start after a letter or its end before one) instead of testing every position."""
    points = [lo] if 0 < lo < hi and _DIGITS.match(ctext, lo - 1, lo) and _LETTER.match(ctext, lo) else []
    for m in _DIGITS.finditer(ctext, lo, hi):
        start, end = m.span()
        if start and _LETTER.match(ctext, start - 1):
            points.append(start)
        if end < hi and _LETTER.match(ctext, end):
            points.append(end)
    return points


def _split_glued(spans: list[tuple[int, int]], ctext: str) -> list[tuple[int, int]]:
    """Each span cut where lower-case letters and digits touch (``_GLUED``), and figures joined by hyphens
    split into figures and hyphens (``_HYPHENED_FIGURES``).  The cut points are found once per block."""
    if not spans:
        return spans
    lo, hi = spans[0][0], spans[-1][1]
    cuts = [
        cut
        for cut in _glued_points(ctext, lo, hi)
        if (ctext[cut - 1] + ctext[cut]).strip("0123456789").islower()
    ]
    hyphened = {m.span() for m in _HYPHENED_FIGURES.finditer(ctext, lo, hi)}
    if not cuts and not hyphened:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (start, end) in hyphened:
            for m in _HYPHEN.finditer(ctext, start, end):
                out.extend(((start, m.start()), m.span()))
                start = m.end()
            out.append((start, end))
            continue
        i = bisect.bisect_right(cuts, start)
        while i < len(cuts) and cuts[i] < end:
            out.append((start, cuts[i]))
            start = cuts[i]
            i += 1
        out.append((start, end))
    return out


class UndertheseaTokenizer:
    """Callable tokenizer: ``str -> Doc`` with underthesea words and sentence starts."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if _SURROGATE.search(text):
            # spaCy's string store (and underthesea's tagger) cannot hold them: not valid Unicode text
            raise InputError("text contains lone surrogate code points (not valid Unicode)")
        norm = normalize_with_map(text)
        ctext = norm.text
        word_spans: list[tuple[int, int]] = []
        sent_starts: set[int] = set()
        blocks: list[tuple[str, int]] = []  # the blocks with text, and their offsets
        offset = 0
        for block in ctext.split(_BLOCK_SEP):
            if block.strip():
                blocks.append((block, offset))
            offset += len(block) + len(_BLOCK_SEP)
        words = _segment_blocks([block for block, _ in blocks])  # one call for every block
        for (block, offset), pieces in zip(blocks, words, strict=True):
            sent_pos = 0
            for sentence in _sent_tokenize(block):
                found = block.find(sentence.strip()[:20], sent_pos) if sentence.strip() else -1
                if found >= 0:
                    if not _glued_stop(block, found):
                        sent_starts.add(offset + found)
                    sent_pos = found + 1
            word_spans.extend(_split_glued(_locate(pieces, block, offset), ctext))
        doc = self._build(text, norm.offsets, word_spans, sent_starts)
        doc.user_data[_NORMALIZED_KEY] = (text, norm.text, None if norm.identity else list(norm.offsets))
        return doc

    def _build(
        self,
        text: str,
        offsets: Sequence[int],
        spans: list[tuple[int, int]],
        sent_starts: set[int],
    ) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []
        cursor = 0

        def add_gap(gap_start: int, gap_end: int) -> None:
            _add_gap(text[gap_start:gap_end], words, spaces, starts)

        for c_start, c_end in spans:
            start, end = offsets[c_start], offsets[c_end]
            if start < cursor or end <= start:
                continue
            if start == cursor + 1 and text[cursor] == " " and words and not spaces[-1]:
                spaces[-1] = True  # the common case: one space between words
            elif start > cursor:
                add_gap(cursor, start)
            words.append(text[start:end])
            spaces.append(False)
            starts.append(c_start in sent_starts)
            cursor = end
        add_gap(cursor, len(text))
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=_sentence_flags(words, starts))

    # spaCy serialisation hooks: the tokenizer has no state beyond the vocab.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> UndertheseaTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> UndertheseaTokenizer:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (UndertheseaTokenizer, (self.vocab,))


def _add_gap(gap: str, words: list[str], spaces: list[bool], starts: list[bool]) -> None:
    """Whatever underthesea did not return (whitespace, dropped characters) becomes tokens too."""
    if not gap:
        return
    if words and not spaces[-1] and gap[0] == " " and not words[-1].isspace():
        spaces[-1] = True
        gap = gap[1:]
    run = ""
    for ch in gap:
        if run and (ch.isspace() != run[-1].isspace()):
            words.append(run)
            spaces.append(False)
            starts.append(False)
            run = ""
        run += ch
    if run:
        words.append(run)
        spaces.append(False)
        starts.append(False)


def _sentence_flags(words: list[str], starts: list[bool]) -> list[bool | int | None]:
    """Sentence starts: underthesea's, plus every paragraph break; whitespace never starts one."""
    flags: list[bool | int | None] = []
    for k, (word, is_start) in enumerate(zip(words, starts, strict=True)):
        if k == 0:
            flags.append(True)
        elif word.isspace():
            flags.append(False)
        else:
            flags.append(bool(is_start) or "\n" in words[k - 1])
    return flags


def normalized_of(doc: Doc) -> tuple[str, Normalized | None]:
    """``(doc.text, its canonical form)`` as the tokenizer left them (None: not known, normalise again)."""
    kept = doc.user_data.get(_NORMALIZED_KEY)
    if not kept:
        return doc.text, None
    text, ctext, offsets = kept
    return text, Normalized(ctext, range(len(text) + 1) if offsets is None else tuple(offsets))


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Any:
    def make(nlp: Any) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make
