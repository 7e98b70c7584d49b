"""French verbs of saying whose direct object is what was said or stood for.

``Les syndicats dénoncent le recours à des intérimaires``, ``Elle réclame le retrait du
volet``, ``Le courrier évoque une proposition de 45 €``, ``Elle a annoncé la création d’une
cellule``: English reads a verb of saying's object on its model's ``dobj``
(:mod:`~newswire.nlp.quotes.speech.said`); the French model (UD) labels it ``obj``, which nothing
read.  Only verbs whose object is a content (a demand, a charge, an announcement) count:
``remercier``, ``féliciter``, ``interpeller``, ``avertir`` take the person spoken to.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.lexicon import Lexicon, words
from newswire.nlp.quotes.lexicon_fr import DE, FRENCH, SPEECH_FORMS, verb_forms

__all__ = ["content_object", "object_with_sequel"]

#: Demanding, denouncing, announcing, mentioning, admitting: the object is the content.
_CONTENT_VERBS = words("""
    réclamer exiger revendiquer demander dénoncer déplorer regretter condamner critiquer
    contester réfuter démentir nier recommander préconiser prôner proposer suggérer
    annoncer évoquer invoquer mentionner souligner rappeler confirmer détailler dévoiler
    révéler promettre reconnaître admettre avouer signaler relever constater saluer
    fustiger décrier déclarer affirmer requérir recenser noter
""")
_CONTENT_FORMS = verb_forms(_CONTENT_VERBS)
#: Asides inside an object, which say nothing of it.
_ASIDE_DEPS = frozenset(("appos", "acl:relcl"))
#: How the parse hangs on the verb what continues its object, and the word opening it.
_SEQUEL_DEPS = frozenset(("obl:mod", "obl", "obl:arg", "nmod"))


def content_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The head of ``verb``'s direct object when ``verb`` is a French verb of saying whose
    object is what it says; None otherwise or outside French."""
    if lexicon is not FRENCH or not (verb.lemma_.lower() in _CONTENT_VERBS
                                     or verb.lower_ in _CONTENT_FORMS) or _purpose(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
                and c.pos_ in NOUN_TAGS), None)
    # "qui a requis l'anonymat": what the source asked for, not what it said.
    # "dénonce la situation, déplore le manque de ...": the parse hung the next verb of
    # saying on the object (as a conjunct, even as a noun); the words are no one object's.
    if obj is None or obj.lower_ == "anonymat" or any(
            t.lower_ in SPEECH_FORMS or (t.pos_ == "VERB" and t.dep_ == "conj")
            for t in _outside_asides(obj)):
        return None
    return obj


def _purpose(verb: Token) -> bool:
    """``a lancé une adresse mail pour recenser les heures perdues``: an infinitive after
    ``pour`` or ``afin de`` says what something is for, not what anyone said."""
    doc, at = verb.doc, verb.i - 1
    if "Inf" not in verb.morph.get("VerbForm", []) or at < 0:
        return False
    return doc[at].lower_ == "pour" or (doc[at].lower_ in DE and at > 0
                                        and doc[at - 1].lower_ == "afin")


def _outside_asides(obj: Token) -> list[Token]:
    """The object's words but an aside set off by a comma (``une initiative cantonale, ce
    que plusieurs élus jugent « envisageable »``: ``jugent`` is the others' verb)."""
    doc = obj.doc
    aside: set[int] = set()
    for word in obj.subtree:
        edge = word.left_edge.i
        if word.dep_ in _ASIDE_DEPS and edge > obj.i and doc[edge - 1].text == ",":
            aside.update(t.i for t in word.subtree)
    return [t for t in obj.subtree if t.i not in aside]


def object_with_sequel(verb: Token, obj: Token, words: list[Token]) -> list[Token]:
    """``a annoncé le lancement, au premier trimestre 2027, d'un programme ...``: the parse
    ends the object at ``lancement`` and hangs its ``de`` phrase on the verb past a phrase set
    off by commas; the object runs on to the end of that ``de`` phrase.  Outside French, or
    with no such phrase, ``words`` as they are."""
    if obj.dep_ != "obj" or not words:  # "obj" is UD's (French) label: English has "dobj"
        return words
    sequel = None
    for child in verb.rights:
        if child.i <= obj.i or child.is_punct:
            continue
        if child.dep_ not in _SEQUEL_DEPS or child.pos_ not in NOUN_TAGS:
            break
        if any(c.dep_ == "case" and c.lower_ in DE for c in child.children):
            sequel = child
            break
    if sequel is None:
        return words
    between = obj.doc[words[-1].i + 1:sequel.left_edge.i]
    if any(t.pos_ in VERB_TAGS for t in between):
        return words
    return [*words, *between, *sequel.subtree]
