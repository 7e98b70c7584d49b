"""What an attitude verb reports and the head of what it attributes, for
:mod:`~newswire.nlp.quotes.stances.attitudes`.

By the lexicon's tables: ``discussed the deal`` (speech, its object), ``endorsed Trump``
(stance), ``hopes to make a statement`` (belief, an infinitive), ``think X is at risk``
(belief, a clause), ``a study found students take 112 tests`` (finding), ``views immigrants
as a threat`` (regarding), ``called for a ban`` (a verb and preposition phrase).  Objects
that are an audience (``addressed the crowd``) or not the table's (``raised taxes``) are no
attitude.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.parse_labels import PREPOSITION_OBJECT_DEPS, RELATIVE_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.fronted import conjoined_claim
from newswire.nlp.quotes.stances.hedges import complement
from newswire.nlp.quotes.stances.held import is_document

__all__ = ["verb_reading"]

_CLAUSE = ("ccomp",)
_CLAUSE_INFINITIVE_OR_OBJECT = ("ccomp", "xcomp", "dobj")
_MARKED_CLAUSES = frozenset(("advcl", "ccomp", "xcomp"))
#: Wishes that take a thing as object (``seeks air defense systems``), unlike ``hope``.
_OBJECT_WISHES = frozenset(("seek", "want", "desire", "prefer", "need"))


def verb_reading(verb: Token, lemma: str, lex: Lexicon) -> tuple[CueKind, Token, int] | None:
    """What the verb reports, the head of what is attributed and the end of the cue."""
    phrased = _phrase_object(verb, lemma, lex)
    if phrased is not None:
        return phrased
    kind: CueKind
    deps: tuple[str, ...]
    if lemma in lex.topic_verbs:
        kind, deps = "speech", ("dobj",)  # "discussed the deal": what was talked about
    elif lemma in lex.stance_verbs:
        kind, deps = "stance", ("dobj", "ccomp", "xcomp")
    elif lemma in lex.wish_verbs:
        kind, deps = "belief", _CLAUSE_INFINITIVE_OR_OBJECT
    elif lemma in lex.expressing_verbs or lemma in lex.raising_objects:
        kind, deps = "belief", ("dobj",)  # "expressed concern that ...": what is made known
    elif lemma in lex.regarding_verbs:
        return _regarded(verb, lex)
    elif lemma in lex.thought_verbs:
        kind, deps = "belief", _CLAUSE
    elif lemma in lex.finding_verbs:
        kind, deps = "finding", ("ccomp", "dobj")
    else:
        return None
    content = complement(verb, deps)
    if kind == "belief" and content is not None and _purpose_of_relative(verb, content):
        return None  # "the systems that Kyiv seeks to protect its skies": wants the systems
    if content is not None and ((lemma in lex.audience_verbs and _audience(content, lex)) or (
            content.lower_ not in lex.raising_objects.get(lemma, {content.lower_}))):
        return None  # "addressed the crowd", "raised taxes": no attitude
    if content is None and kind == "finding":  # "He sold it in 2010, records show."
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i),
                       None) or conjoined_claim(verb)  # "..., and few had, a review has found"
    return (kind, content, verb.i + 1) if content is not None else None


def _audience(obj: Token, lex: Lexicon) -> bool:
    """``addressed the crowd``, ``addressed supporters``: the object is who was spoken to."""
    lemma = obj.lemma_.lower()
    return lemma in lex.audience_nouns or lemma in lex.group_nouns or obj.lower_ in (
        lex.group_nouns)


def _regarded(verb: Token, lex: Lexicon) -> tuple[CueKind, Token, int] | None:
    """``views Muslim immigrants as a threat``, ``deemed the releases a trade-off``: the
    object, when an ``as`` phrase or a complement follows it; ``consider Obama's record
    substantial``: the small clause."""
    obj = complement(verb, ("dobj",))
    if obj is not None and any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
                               for c in verb.children if c.i > obj.i):
        return "belief", obj, verb.i + 1
    clause = complement(verb, ("ccomp",))
    if clause is not None and _seen_happening(clause) and not _document_subject(verb, lex):
        return None  # "is likely to see NATO make fresh pledges": an event seen, no view
    return ("belief", clause, verb.i + 1) if clause is not None else None


def _seen_happening(clause: Token) -> bool:
    """``see NATO make pledges``, ``saw prices rising``: a bare infinitive or a participle
    with its subject and no ``that`` is what is seen happen (perception or an expectation),
    not a view held (``sees that the plan fails``, ``sees the deal as a win``)."""
    return clause.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("mark", "aux") for c in clause.children)


def _document_subject(verb: Token, lex: Lexicon) -> bool:
    """``Opinion polls see Le Pen making it to a run-off``: a document's forecast is its
    finding (PolNeAR train marks it), unlike ``the gathering will see NATO make pledges``."""
    return any(c.dep_ == "nsubj" and is_document(c, lex) for c in verb.children)


def _purpose_of_relative(verb: Token, content: Token) -> bool:
    """``the air defense systems that Kyiv so desperately seeks to protect its skies``: a
    wish that takes an object, in a relative clause with a subject of its own, wants the
    noun the clause hangs on; an infinitive after it with an object of its own says what
    for.  Not ``the reforms the governor wants to pass`` (no object: it wants to pass them),
    ``a unifier who wanted to put squabbles behind him`` (the relative is the subject) or
    ``the themes that marketers hope to win over viewers`` (one hopes no thing)."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in _OBJECT_WISHES
            and content.dep_ == "xcomp"
            and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in verb.children)
            and any(c.dep_ == "dobj" for c in content.children))


def _phrase_object(verb: Token, lemma: str, lex: Lexicon) -> tuple[CueKind, Token, int] | None:
    """``called for a ban`` (stance), ``hinted at a run`` (speech): the preposition's object."""
    tables: tuple[tuple[CueKind, frozenset[tuple[str, str]]], ...] = (
        ("stance", lex.stance_phrases), ("speech", lex.topic_phrases))
    for kind, phrases in tables:
        # The verb's own words decide between a lemma's prepositions (``call for``, ``call
        # on``), the first in the text: a set's order would differ from process to process.
        prepositions = {prep for word, prep in phrases if word == lemma}
        if not prepositions:
            continue
        found = next((c for c in verb.children if c.dep_ == "prep"
                      and c.lower_ in prepositions and not _object_between(verb, c)), None)
        if found is not None:
            pobj = next((c for c in found.children if c.dep_ in PREPOSITION_OBJECT_DEPS), None)
            return (kind, pobj, found.i + 1) if pobj is not None else None
        clause = _clause_opened_by(verb, prepositions)
        if clause is not None:
            return kind, clause, clause.left_edge.i + 1
    return None


def _object_between(verb: Token, prep: Token) -> bool:
    """``called it “a disaster” for the party``: an object between the verb and the
    preposition makes the preposition the object's, not the phrase's (``called for``)."""
    return any(c.dep_ in ("dobj", "oprd") and verb.i < c.i < prep.i for c in verb.children)


def _clause_opened_by(verb: Token, prepositions: Collection[str]) -> Token | None:
    """``called for the United States to step up``: the parse reads ``for`` as the mark of
    a clause after the verb, not as the phrase's preposition."""
    return next((c for c in verb.rights if c.dep_ in _MARKED_CLAUSES and c.left_edge.dep_ == "mark"
                 and c.left_edge.lower_ in prepositions and c.left_edge.head.i == c.i), None)
