"""French people's names the model cut or missed, mended from the parse (see :mod:`.labels_fr`).

``fr_core_news_sm`` often leaves a hyphenated surname out of a name (``Karine`` +
``Doucet-McGraw``) and misses names whose first name it does not know (``le député de la
Nièvre Bastien Lefranc-Oudot``, ``Le procès de Sylvain Béliveau``), while its parser still
links the words as one name (``flat:name``). These functions read the doc after the model's
spans were relabelled and return the people's spans to keep.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.firstnames import first_name_gender, is_first_name
from newswire.nlp.entities.orgnames_fr import CITY_WORDS, ORGANISATION_WORDS, unaccented

__all__ = ["unlabelled_people", "whole_surnames"]

#: Words that open a name the parser may link as a person's and that are no first name
#: (``Monsieur Lacoste``): an honorific written in full, or a title (``la Dre Agnès Bayemi
#: Fouda``: ``Dre`` is a man's first name to the wider table).
_NOT_FIRST = frozenset(("Monsieur", "Madame", "Mademoiselle", "Dr", "Dre", "Pr", "Me", "Mgr"))
#: Words that open no person's name: an organisation's, a city's or an honorific.
_NO_FIRST_NAME = ORGANISATION_WORDS | CITY_WORDS | _NOT_FIRST


def _name_word(token: Token) -> bool:
    """A capitalised word of letters, or such words joined by hyphens (``Doucet-McGraw``)."""
    parts = token.text.split("-")
    return all(p.isalpha() and p[:1].isupper() for p in parts) and not token.is_upper


def whole_surnames(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """Each person's span widened over the name words after it that the parser links to it
    as one name (``flat:name``) and no span holds: ``Karine`` + ``Doucet-McGraw``."""
    taken = {i for span in kept for i in range(span.start, span.end)}
    widened = []
    for span in kept:
        end = span.end
        while span.label_ == "PERSON" and end < len(doc) and end not in taken \
                and doc[end].dep_ == "flat:name" and span.start <= doc[end].head.i < end \
                and _name_word(doc[end]):
            end += 1
        widened.append(span if end == span.end else SpacySpan(doc, span.start, end,
                                                               label="PERSON"))
    return widened


def unlabelled_people(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """People the model missed: a known first name and a capitalised word after it
    (``La gouverneure Carolyn Rogers a prévenu``), or two name words the parser links as one
    name (``de la Nièvre Bastien Lefranc-Oudot``); neither inside a name the model found.
    A first name before a person's name the model found is that name's (``Hélène`` +
    ``Roy``): the found span is taken out of ``kept``."""
    taken = {i for span in kept for i in range(span.start, span.end)}
    people = {span.start: span for span in kept if span.label_ == "PERSON"}
    found: list[SpacySpan] = []
    i = 0
    while i + 1 < len(doc):
        first, last = doc[i], doc[i + 1]
        known = first.is_title and last.is_title and first.is_alpha and last.is_alpha \
            and first_name_gender(unaccented(first.text)) is not None \
            and first.text not in _NOT_FIRST
        if i in taken or not (known or _linked_name(doc, i)):
            i += 1
            continue
        if i + 1 in people:  # "Hélène Roy" of which the model found "Roy": the whole name
            kept.remove(people[i + 1])
            found.append(SpacySpan(doc, i, people[i + 1].end, label="PERSON"))
        elif i + 1 not in taken and not is_first_name(last.text):
            found.append(SpacySpan(doc, i, i + 2, label="PERSON"))
        i += 2
    return found


def _linked_name(doc: Doc, i: int) -> bool:
    """``Bastien Lefranc-Oudot``: two proper nouns the parser links as one name, after no
    article (``le Stade Occitan``, ``la Fédération Wallonie-Bruxelles``) and opening with
    no organisation's, city's or title's word: a person's name."""
    first, last = doc[i], doc[i + 1]
    before = doc[i - 1] if i else None
    return last.dep_ == "flat:name" and last.head.i == i \
        and first.pos_ == last.pos_ == "PROPN" and _name_word(first) and _name_word(last) \
        and not (before is not None and before.pos_ == "DET") \
        and first.text not in _NO_FIRST_NAME
