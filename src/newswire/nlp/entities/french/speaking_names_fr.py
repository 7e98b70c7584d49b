"""A French name the model calls MISC that speaks is an organisation's.

``fr_core_news_sm`` (WikiNER labels) tags many bodies' names MISC: ``Le Bloc québécois, de
son côté, a demandé``, ``Les Chantiers de l'Atlantique ... indiquent``, ``Pour la FDSEA
d'Ille-et-Vilaine, la loi ...``. :mod:`.labels_fr` drops every other MISC (mostly pieces of
sentences), so these bodies spoke as nobody. A capitalised name that is the subject of a verb
of saying, or that opens a sentence after ``Pour`` (``Pour la CGT, ...``: whose view it is),
names a speaker; the model did not call it a person, and an event or a work does not speak
in news writing: it is an organisation.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.french_words import THE_SINGULAR
from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["speaking_name"]

#: ``Pour`` opening a sentence and its article: ``Pour la FDSEA, ...``.
_FOR = frozenset(("pour",))
_ARTICLES = THE_SINGULAR | {"les"}
#: Words after the name its ``Pour`` phrase may run over before its comma (``Pour la FDSEA
#: d'Ille-et-Vilaine,``: the name's place and a few words of its own).
_PHRASE_WORDS = 6


def speaking_name(span: SpacySpan) -> bool:
    """Whether a MISC ``span`` names a body that speaks: capitalised, and the subject of a
    verb of saying or the noun of a sentence-opening ``Pour X,``; not a person's name (a
    first name opening it) nor a title (a lower-case noun in it: ``Le Premier ministre``)."""
    if not span[0].text[:1].isupper():
        return False
    words = [t for t in span if t.pos_ != "DET"]
    # "Loïc Derrien" (a person the model calls MISC), "Le Premier ministre" (a title)
    if not words or is_any_first_name(words[0].text) \
            or any(t.is_lower and t.pos_ == "NOUN" for t in words):
        return False
    root = span.root
    if root.dep_ == "nsubj" and root.head.lower_ in SPEECH_FORMS:
        return True
    return _after_opening_for(span)


def _after_opening_for(span: SpacySpan) -> bool:
    """``Pour la FDSEA d'Ille-et-Vilaine, ...``: ``Pour`` opens the sentence, an article
    between it and the name (a body's name takes one; ``Pour Noël``, ``Pour Pâques``, ``Pour
    Roland-Garros`` say when or for what) unless the name is in capitals (``Pour FO``), a
    comma after the name's phrase."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    elif span[0].lower_ not in _ARTICLES and not span[0].text.isupper():
        return False  # "Pour Noël,", "Pour Roland-Garros,": a time, an event
    if i < 0 or doc[i].lower_ not in _FOR or not doc[i].is_sent_start:
        return False
    after = next((t for t in doc[span.end:span.end + _PHRASE_WORDS] if t.is_punct), None)
    return after is not None and after.text == ","
