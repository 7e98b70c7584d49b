"""French verbs of saying whose direct object is what was said or stood for.

``Les syndicats dénoncent le recours à des intérimaires``, ``Elle réclame le retrait du
volet``, ``Le courrier évoque une proposition de 45 €``, ``Elle a annoncé la création d’une
cellule``: English reads a verb of saying's object on its model's ``dobj``
(:mod:`~newswire.nlp.quotes.said`); the French model (UD) labels it ``obj``, which nothing
read.  Only verbs whose object is a content (a demand, a charge, an announcement) count:
``remercier``, ``féliciter``, ``interpeller``, ``avertir`` take the person spoken to.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon, words
from newswire.nlp.quotes.lexicon_fr import FRENCH, SPEECH_FORMS, verb_forms

__all__ = ["content_object"]

#: Demanding, denouncing, announcing, mentioning, admitting: the object is the content.
_CONTENT_VERBS = words("""
    réclamer exiger revendiquer demander dénoncer déplorer regretter condamner critiquer
    contester réfuter démentir nier recommander préconiser prôner proposer suggérer
    annoncer évoquer invoquer mentionner souligner rappeler confirmer détailler dévoiler
    révéler promettre reconnaître admettre avouer signaler relever constater saluer
    fustiger décrier déclarer affirmer
""")
_CONTENT_FORMS = verb_forms(_CONTENT_VERBS)
_OBJECT_HEADS = frozenset(("NOUN", "PROPN"))


def content_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The head of ``verb``'s direct object when ``verb`` is a French verb of saying whose
    object is what it says; None otherwise or outside French."""
    if lexicon is not FRENCH or not (verb.lemma_.lower() in _CONTENT_VERBS
                                     or verb.lower_ in _CONTENT_FORMS):
        return None
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
                and c.pos_ in _OBJECT_HEADS), None)
    # "dénonce la situation, déplore le manque de ...": the parse hung the next verb of
    # saying on the object (as a conjunct, even as a noun); the words are no one object's.
    if obj is None or any(t.lower_ in SPEECH_FORMS or (t.pos_ == "VERB" and t.dep_ == "conj")
                          for t in obj.subtree):
        return None
    return obj
