"""spaCy components: one per fact kind, each writing ``doc.spans[kind]`` with ``span._.fact``.

Extractors are plain functions ``(TextView) -> list[dict]`` returning facts with exact character offsets
(``start``/``end`` into ``doc.text``); the component turns them into token-aligned spans and keeps the
fact dictionary on the span.  Order matters: periods and sectors first, percentages use both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extractors import amounts, documents, officials, percentages, periods, sectors
from ..extractors.view import TextView

Extractor = Callable[[TextView], list[dict[str, Any]]]

if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)
# One view per Doc, shared by the components, kept outside the Doc (it is not serialisable state).
_VIEWS: WeakKeyDictionary[Doc, TextView] = WeakKeyDictionary()

# (component name, spans key, extractor)
COMPONENTS: tuple[tuple[str, str, Extractor], ...] = (
    ("vne_periods", "periods", periods.extract),
    ("vne_sectors", "sectors", sectors.extract),
    ("vne_percentages", "percentages", percentages.extract),
    ("vne_amounts", "amounts", amounts.extract),
    ("vne_officials", "officials", officials.extract),
    ("vne_documents", "documents", documents.extract),
)


def view_of(doc: Doc) -> TextView:
    view = _VIEWS.get(doc)
    if view is None:
        view = _VIEWS[doc] = TextView.of(doc)
    return view


class FactComponent:
    def __init__(self, key: str, extractor: Extractor) -> None:
        self.key = key
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        view = view_of(doc)
        facts = self.extractor(view)
        view.facts[self.key] = facts
        spans = []
        for fact in facts:
            span = doc.char_span(fact["start"], fact["end"], label=self.key, alignment_mode="expand")
            if span is None:
                continue
            span._.fact = fact
            spans.append(span)
        doc.spans[self.key] = spans
        return doc


def _register() -> None:
    for name, key, extractor in COMPONENTS:
        if name in Language.factories:
            continue

        def factory(nlp: Language, name: str, _key: str = key, _ex: Extractor = extractor) -> FactComponent:
            return FactComponent(_key, _ex)

        Language.factory(name, func=factory)


_register()
