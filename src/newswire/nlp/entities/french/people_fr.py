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

from newswire.nlp.entities.french.orgnames_fr import CITY_WORDS, ORGANISATION_WORDS
from newswire.nlp.entities.french.pilgrims_fr import PILGRIM_WORDS
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_any_first_name, is_first_name
from newswire.nlp.entities.words.names import normalise

__all__ = ["article_surnames", "unlabelled_people", "whole_surnames"]

#: Words that open a name the parser may link as a person's and that are no first name
#: (``Monsieur Lacoste``): an honorific written in full, or a title (``la Dre Agnès Bayemi
#: Fouda``: ``Dre`` is a man's first name to the wider table), the pilgrim's (``El Hadj``).
_NOT_FIRST = frozenset(("Monsieur", "Madame", "Mademoiselle", "Dr", "Dre", "Pr", "Me", "Mgr",
                        *PILGRIM_WORDS))
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
            and is_any_first_name(first.text) \
            and first.text not in _NOT_FIRST
        # "El" + "Hadj": the pilgrim's honorific, before a name, is none (:mod:`.pilgrims_fr`)
        if i in taken or last.text in PILGRIM_WORDS or not (known or _linked_name(doc, i)):
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


#: The article opening a French surname (``Le Bihan``, ``Le Floch``, ``La Rocca``).
_SURNAME_ARTICLES = frozenset(("Le", "La"))


def _known_place(word: Token) -> bool:
    """A word the gazetteers or the city words know as a place (``Lyon``)."""
    known = table()
    key = normalise(word.text)
    return key in known.gazetteer or key in known.places or word.text in CITY_WORDS


def article_surnames(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """``kept`` with each person's name that a surname opening with ``Le``/``La`` ends made
    whole: ``Maëlle Le Floch``, which the model cuts to ``Maëlle`` and ``Floch``."""
    by_start = {span.start: span for span in kept}
    widened: list[SpacySpan] = []
    dropped: set[int] = set()
    for span in kept:
        end = span.end
        if span.start in dropped or end + 1 >= len(doc) \
                or doc[end].text not in _SURNAME_ARTICLES or not _name_word(doc[end + 1]) \
                or doc[end].ent_type_ or doc[end + 1].text in _NO_FIRST_NAME:
            continue
        after = by_start.get(end + 1)
        if not _first_name_before(span, after):
            continue
        if after is not None:
            dropped.add(after.start)
        dropped.add(span.start)
        widened.append(SpacySpan(doc, span.start, end + 2, label="PERSON"))
    return [span for span in kept if span.start not in dropped] + widened


def _first_name_before(span: SpacySpan, after: SpacySpan | None) -> bool:
    """Whether ``span`` ends with a first name a one-word surname ``after`` may follow: a
    person's span, a first name the tables know, or one word of the same type as the
    surname's (``Gwenaëlle`` and ``Bihan``, both places to the model; not ``Lyon La
    Duchère``, a known place)."""
    if after is not None and len(after) > 1:
        return False
    if span.label_ == "PERSON":
        return True
    if len(span) != 1:
        return False
    first = span[0]
    return is_any_first_name(first.text) or (
        after is not None and after.label_ == span.label_ and not _known_place(first))
