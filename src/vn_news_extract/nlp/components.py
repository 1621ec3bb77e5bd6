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

if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)


def view_of(doc: Doc) -> TextView:
    """The rules' view of a Doc: its text, canonical form and sentence starts."""
    text, norm = normalized_of(doc)
    if not len(doc):
        return TextView(text=text, norm=norm or Normalized(text, range(len(text) + 1)), sent_starts=[0])
    arr = doc.to_array(["SENT_START", "IDX"])  # no Token objects: this runs once per document
    return TextView.of(text, norm, (int(i) for i in arr[arr[:, 0] == 1][:, 1]))


class FactsComponent:
    """Every registered fact kind (or those in ``kinds``, with what they require) in one pass."""

    def __init__(self, wanted: Sequence[str] | None = None) -> None:
        self.wanted = list(wanted) if wanted else None

    def __call__(self, doc: Doc) -> Doc:
        facts = rules.extract_facts(view_of(doc), self.wanted)
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
    default_config={"kinds": None},
    requires=["token.is_sent_start"],
    assigns=["doc.spans", "span._.fact"],
)
def make_facts_component(nlp: Language, name: str, kinds: Any) -> FactsComponent:
    return FactsComponent(kinds)
