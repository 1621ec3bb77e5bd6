"""underthesea's word segmentation of the blocks of one text, its token pattern compiled once.

``underthesea.word_tokenize(block, fixed_words=[...])`` rebuilds its token pattern around the fixed phrases
on every call (our one alternation entry is about 9,000 characters: 0.4 ms a call, a dozen calls an
article) and runs its CRF once per call.  ``segment`` does what it does, in the same steps: character
normalisation, the regex tokens of underthesea's patterns with the fixed phrases first, the same CRF model,
the syllables of an ``I-W`` tag joined to the word before; but the pattern is compiled once and the CRF
features of every block are computed in one call (each block still its own sequence, so the tags are the
same).  The result equals ``word_tokenize(block, use_token_normalize=False, fixed_words=fixed_words.as_list())``
block by block (``tests/test_tokenizer.py`` checks it), and underthesea's own module-level pattern is left
alone.  Should a release of underthesea lack one of the pieces used here, ``segment`` calls
``word_tokenize`` block by block instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..patterns import first_char_guard
from .fixed_words import as_list as fixed_words_list
from .fixed_words import trie_alternation


@dataclass(frozen=True)
class _Parts:
    pattern: re.Pattern[str]
    normalize: Any  # underthesea's normalize_characters_in_text
    extract_match: Any  # underthesea's (value, group name) of a token match; None: the whole match
    model: Any  # underthesea's FastCRFSequenceTagger (featurizer + tagger)

    def tokens(self, block: str) -> list[str]:
        found = self.pattern.finditer(self.normalize(block))
        if self.extract_match is None:
            return [m.group() for m in found]
        return [self.extract_match(m)[0] for m in found]


@cache
def _parts() -> _Parts | None:
    """underthesea's tokenizer pieces, with the token pattern built as ``word_tokenize`` builds it for our
    fixed phrases; None when this underthesea does not have them."""
    try:
        import underthesea.pipeline.word_tokenize as uwt
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        uwt.word_tokenize("a")  # loads the CRF model into the module, as the first call of the pipeline does
        fixed = "(?P<fixed_words>\\b" + trie_alternation() + "\\b)"  # the phrases of fixed_words_list()
        flags = re.VERBOSE | re.UNICODE
        # each entry behind a lookahead on its first characters: the scan leaves an entry that cannot match
        # at its first character (the entries begin with a group, which the engine would enter); same tokens
        entries = [first_char_guard(p, flags) + p for p in [fixed, *rt.regex_patterns]]
        pattern = re.compile("(" + "|".join(entries) + ")", flags)
        model = uwt.word_tokenize_model
        if model is None or not hasattr(model, "featurizer") or not hasattr(model, "estimator"):
            return None
        whole = all(_one_named_group(p) for p in rt.regex_patterns)
        return _Parts(pattern, rt.normalize_characters_in_text, None if whole else rt.extract_match, model)
    except (ImportError, AttributeError):
        return None


def _one_named_group(entry: str) -> bool:
    """Whether a pattern entry is one named group around all of it: then the value ``extract_match`` gives
    (the first named group that matched) is the whole match, read without building the group dict."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(entry, re.VERBOSE | re.UNICODE)
        tree, names = parsed.data, parsed.state.groupdict
    except (ImportError, AttributeError, re.error):
        return False
    return len(tree) == 1 and str(tree[0][0]) == "SUBPATTERN" and tree[0][1][0] in names.values()


def segment(blocks: list[str]) -> list[list[str]]:
    """underthesea's words of each block (syllables of a word joined by one space)."""
    parts = _parts()
    if parts is None:
        from underthesea import word_tokenize

        return [word_tokenize(b, use_token_normalize=False, fixed_words=fixed_words_list()) for b in blocks]
    tokens = [parts.tokens(block) for block in blocks]
    samples = [[[token] for token in block_tokens] for block_tokens in tokens if block_tokens]
    features = iter(parts.model.featurizer.process(samples) if samples else [])
    out: list[list[str]] = []
    for block_tokens in tokens:
        tags = parts.model.estimator.tag(next(features)) if block_tokens else []
        words: list[str] = []
        for k, (tag, token) in enumerate(zip(tags, block_tokens, strict=True)):
            if tag == "I-W" and k > 0:
                words[-1] = words[-1] + " " + token
            else:
                words.append(token)
        out.append(words)
    return out
