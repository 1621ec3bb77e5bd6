"""The one spaCy component: runs the rules core (``rules.extract_facts``) and assigns ``doc.spans``.

``vne_facts`` requires the tokenizer's sentence starts and assigns one span group per fact kind
(``doc.spans[kind]``), each span carrying its fact's public record dict in ``span._.fact``.  The rules
themselves know nothing of spaCy: the component builds a ``TextView`` from the Doc, passes it to the core
and turns the typed facts into token-aligned spans.  A fact whose offsets do not fall on any token is
dropped (as a span cannot hold it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import kinds, rules
from ..extractors.view import TextView
from ..textnorm import Normalized
from .tokenizer import normalized_of

COMPONENT_NAME = "vne_facts"
# "words": underthesea's segmentation (the Doc's tokens); "syllables": none (the ablation baseline)
SEGMENTATIONS = ("words", "syllables")

if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)


def view_of(doc: Doc, segmentation: str = "words") -> TextView:
    """The rules' view of a Doc: its text, canonical form, sentence starts and words (the Doc's tokens,
    underthesea's words; ``segmentation="syllables"`` gives bare syllables instead, for the ablation)."""
    text, norm = normalized_of(doc)
    if not len(doc):
        return TextView(text=text, norm=norm or Normalized(text, range(len(text) + 1)), sent_starts=[0])
    arr = doc.to_array(["SENT_START", "IDX", "LENGTH", "IS_SPACE"])  # no Token objects: one int array
    sent_starts = arr[arr[:, 0] == 1, 1].tolist()
    if segmentation == "syllables":
        return TextView.of(text, norm, sent_starts)
    # a token is all space or holds none (whitespace between words is a token of its own)
    kept = arr[arr[:, 3] == 0]
    words = list(zip(kept[:, 1].tolist(), (kept[:, 1] + kept[:, 2]).tolist(), strict=True))
    return TextView.of(text, norm, sent_starts, words)


class FactsComponent:
    """Every registered fact kind (or those in ``kinds``, with what they require) in one pass."""

    def __init__(self, wanted: Sequence[str] | None = None, segmentation: str = "words") -> None:
        if segmentation not in SEGMENTATIONS:
            raise ValueError(f"segmentation must be one of {SEGMENTATIONS}, not {segmentation!r}")
        self.wanted = list(wanted) if wanted else None
        self.segmentation = segmentation

    def __call__(self, doc: Doc) -> Doc:
        facts = rules.extract_facts(view_of(doc, self.segmentation), self.wanted)
        for key in self.wanted or kinds.names():
            spans = []
            for fact in facts.get(key, []):
                span = doc.char_span(fact.start, fact.end, label=key, alignment_mode="expand")
                if span is None:
                    continue
                span._.fact = fact.to_record()
                spans.append(span)
            doc.spans[key] = spans
        return doc


@Language.factory(
    COMPONENT_NAME,
    default_config={"kinds": None, "segmentation": "words"},
    requires=["token.is_sent_start"],
    assigns=["doc.spans", "span._.fact"],
)
def make_facts_component(nlp: Language, name: str, kinds: Any, segmentation: str) -> FactsComponent:
    return FactsComponent(kinds, segmentation)
