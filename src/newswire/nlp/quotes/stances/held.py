"""Whether an attitude is held: the guards :mod:`~newswire.nlp.quotes.stances.attitudes` applies to
a cue verb (and to the verb a state adjective hangs on).

Left out: an attitude supposed (``if you want to``, ``whether he supports it``), asked
(``Does he think ...?``), only possible (``would support``), or the subject of another
clause or a passive participle on a noun (``the candidate backed by the party``).  Kept,
because PolNeAR marks them as attribution more often than not (train 1-400 less EF, new
predictions right: denied 26 of 42, inside another verb's phrase 49 of 78, a participle on
its holder 30 of 53, a stance in a relative clause 44 of 75): an attitude denied (``does not
support the tax``), one inside another verb's phrase (``tended to support``, ``refused to
endorse``), a present participle on its holder (``the super PAC supporting Jeb Bush``: the
noun holds it) and a relative clause's (``voters who back Sanders``: the voters hold it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.base.sentence_index import sentence_bounds
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.base.word_arrays import pos_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.unnamed.counted_members import counted_member

__all__ = ["describing_participle", "document_showing", "found_in_place", "free_verbs",
           "generic_or_quoted", "inside", "is_document", "not_held", "supposed", "unsaid"]

# "the candidate backed by the party", "what he supports is ...": a passive participle on a
# noun or a clause that is a subject describes, it does not attribute.
_EMBEDDED_DEPS = frozenset(("acl", "csubj"))
_PRESENT_PARTICIPLE = "VBG"
# Another verb's phrase ("tried to"), or a participle on a noun ("apologizing to X for").
_PHRASE_DEPS = frozenset(("xcomp", "pcomp", "acl"))
# "found him unconscious", "found herself embroiled": a person found in a state.
_FOUND_PERSONS = frozenset(("him", "her", "them", "himself", "herself", "themselves", "itself"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def supposed(verb: Token, lex: Lexicon) -> bool:
    """``if you want to``, ``whether he supports it``, ``Does he think ...?``: not held."""
    if any(c.dep_ == "mark" and c.lower_ in lex.supposing_marks for c in verb.children):
        return True
    return _ends_in_question(verb.doc, *sentence_bounds(verb))


def _ends_in_question(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence ``doc[start:end]``'s text, stripped, ends with ``?``, read from
    its last words rather than by joining all of them."""
    for i in range(end - 1, start - 1, -1):
        if written := doc[i].text.rstrip():
            return written.endswith("?")
    return False


def not_held(verb: Token, lex: Lexicon) -> bool:
    """``would support``: only possible; ``the candidate backed by``: a description."""
    embedded = (verb.dep_ in _EMBEDDED_DEPS and not document_showing(verb, lex)
                and describing_participle(verb) is None)
    return embedded or any(c.dep_ == "aux" and c.lower_ in lex.unreal_auxiliaries
                           for c in verb.children)


def unsaid(verb: Token) -> bool:
    """``did not discuss the deal``, ``tried to comment on``: speech denied, inside another
    verb's phrase or on a noun is nothing said (the attitudes' cues of speech keep the guards
    of speech)."""
    return verb.dep_ in _PHRASE_DEPS or any(c.dep_ == "neg" for c in verb.children)


def describing_participle(verb: Token) -> Token | None:
    """The noun a present participle hangs on, its holder: ``the super PAC supporting Jeb
    Bush`` (PAC), ``a new poll showing Trump ahead`` (poll)."""
    if verb.dep_ == "acl" and verb.tag_ == _PRESENT_PARTICIPLE and verb.head.pos_ in NOUN_TAGS:
        return verb.head
    return None


def document_showing(verb: Token, lex: Lexicon) -> bool:
    """``a new poll showing Trump's standing down``: a finding on the document it describes."""
    return (verb.dep_ == "acl" and verb.lemma_.lower() in lex.finding_verbs
            and is_document(verb.head, lex))


def found_in_place(content: Token) -> bool:
    """``found a job``, ``found him unconscious``, ``found himself embroiled``: a thing or a
    person found somewhere or in some state (an object, or a verbless small clause on a
    personal pronoun), not a finding; said of a person's finding, not a document's."""
    if content.dep_ == "dobj":
        return True
    finite = content.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass")
                                                  for c in content.children)
    return not finite and any(c.dep_ == "nsubj" and c.lower_ in _FOUND_PERSONS
                              for c in content.children)


def is_document(token: Token, lex: Lexicon) -> bool:
    """Whether the word is a noun of a document (``report``, ``lawsuit``), by lemma or form."""
    return token.lemma_.lower() in lex.document_nouns or token.lower_ in lex.document_nouns


def generic_or_quoted(tmap: TextMap, source: Token) -> bool:
    """Whether a source holds nothing we report: a generic subject (``I think``, ``we
    declined``, ``you know``) or a word inside a quotation; ``One said`` after ``Three
    strategists`` is one of them (:mod:`.counted_members`), no generic ``one``."""
    generic = source.lower_ in tmap.lexicon.generic_subjects and counted_member(source) is None
    return generic or tmap.is_quoted(source.idx)


def inside(char: int, spans: Sequence[Attribution]) -> bool:
    """Whether the character lies inside one of ``spans`` (reported speech found already)."""
    return any(a.start <= char < a.end for a in spans)


def free_verbs(tmap: TextMap, reported: Sequence[Attribution]) -> Iterator[Token]:
    """The verbs of ``tmap``'s doc outside quotation marks and ``reported`` speech: those a
    writer's own sentence may use to attribute something."""
    for i in pos_indices(tmap.doc, "VERB"):  # read as an array: no Token for other words
        verb = tmap.doc[i]
        if not tmap.is_quoted(verb.idx) and not inside(verb.idx, reported):
            yield verb
