"""Whether a word is a cue of speech: a verb of saying (``said``, ``pointed out``, ``as X
puts it``) or ``according to`` (``selon``), in the doc's language's words.

Only verbs of saying count here; verbs of thinking, wanting or supporting are the attitudes'.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import OBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.calls_fr import calls_on

__all__ = ["according_length", "according_openers", "is_according", "is_hyphened",
           "is_speech_verb"]


def is_speech_verb(token: Token, lexicon: Lexicon) -> bool:
    """A verb of saying, used as a verb (``said``, not ``the said company``)."""
    return token.pos_ == "VERB" and (token.lemma_.lower() in lexicon.speech_verbs
                                     or token.lower_ in lexicon.speech_forms
                                     or _with_particle(token, lexicon)
                                     or _phrases_it(token, lexicon)
                                     or calls_on(token, lexicon)  # "a appelé X à « »"
                                     ) and not _unsaid_by_particle(token, lexicon)


def _unsaid_by_particle(verb: Token, lexicon: Lexicon) -> bool:
    """``ruled out a run``: a particle that turns a verb of saying into another verb; and
    ``..., equality ruled and all would own the land``: a verb that says only a clause, with
    none after it and another clause joined after it, is one of a list (it prevailed)."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.clause_only_verbs and any(c.dep_ == "conj" for c in verb.children) \
            and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True
    # Most verbs have no such particle at all (English lists ``rule out``): their children
    # are not walked.
    return any(lemma == unsaid for unsaid, _ in lexicon.unsaying_particles) and any(
        c.dep_ == "prt" and (lemma, c.lower_) in lexicon.unsaying_particles
        for c in verb.children)


def is_hyphened(token: Token) -> bool:
    """``self-described``, ``so-called``: the participle of a compound adjective on a noun,
    no act of saying whose neighbour spoke a quote (``re-tweeting`` still is one)."""
    doc = token.doc
    return (token.dep_ in ("amod", "compound") and token.i > 1 and doc[token.i - 1].text == "-"
            and not doc[token.i - 2].whitespace_)


def _with_particle(verb: Token, lexicon: Lexicon) -> bool:
    """``pointed out that``: a verb that says only with its particle (which the parse may
    read as an adverb right after it: ``shot back that``)."""
    lemma = verb.lemma_.lower()
    if lemma not in _first_words(lexicon.speech_particles):
        return False  # most verbs: no particle makes them say, so no walk of their children
    return any((c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1))
               and (lemma, c.lower_) in lexicon.speech_particles for c in verb.children)


def _phrases_it(verb: Token, lexicon: Lexicon) -> bool:
    """``put`` in ``as Ruth Marcus puts it``: an idiom of saying, the words are the quote's."""
    if verb.lemma_.lower() not in lexicon.phrasing_verbs:
        return False
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return (any(d == "mark" and w in lexicon.phrasing_marks for d, w in deps)
            and any(d in OBJECT_DEPS and w in lexicon.phrasing_objects for d, w in deps))


def according_length(token: Token, lexicon: Lexicon) -> int:
    """Tokens of ``according to`` (``selon``, ``d'après``) starting at ``token``; 0 if none."""
    lower = token.lower_
    if lower not in _first_words(lexicon.according):
        return 0  # most words: no phrase opens with them (asked of every word, several times)
    doc = token.doc
    for phrase in lexicon.according:
        if phrase[0] == lower and token.i + len(phrase) <= len(doc) and all(
                doc[token.i + k].lower_ == word for k, word in enumerate(phrase[1:], 1)) \
                and not _noun_of_a_noun(doc[token.i + len(phrase) - 1]) \
                and (phrase[-1] not in _SOURCE_NOUNS or _opens_clause(token)):
            return len(phrase)
    return 0


def _noun_of_a_noun(last: Token) -> bool:
    """A phrase ending on its source's own noun (French ``De source judiciaire, ...``) is
    none where that noun hangs on another noun: ``l'eau de source`` is spring water."""
    return last.pos_ == "NOUN" and last.dep_ == "nmod" and last.head.pos_ in ("NOUN", "PROPN")


#: ``de source(s)`` is a ``selon`` only where it opens a clause (``De source sûre, ...``):
#: as a verb's complement (``changer de source``, ``a besoin de sources``) it reports nothing.
_SOURCE_NOUNS = frozenset(("source", "sources"))


def _opens_clause(token: Token) -> bool:
    """Whether ``token`` opens its sentence or follows a comma or bracket: ``De source
    sûre, ...``, ``Il a, de source judiciaire, ...``; not ``a besoin de sources``."""
    return token.i == token.sent.start or token.nbor(-1).text in (",", "(", "—", "–")


_FIRST_WORDS: dict[int, tuple[Collection[tuple[str, ...]], frozenset[str]]] = {}


def _first_words(phrases: Collection[tuple[str, ...]]) -> frozenset[str]:
    """The words ``phrases`` (or pairs) open with, built once a lexicon (by identity: a
    hash of the phrases would cost what it saves)."""
    known = _FIRST_WORDS.get(id(phrases))
    if known is None or known[0] is not phrases:
        known = _FIRST_WORDS[id(phrases)] = (phrases, frozenset(p[0] for p in phrases))
    return known[1]


def according_openers(lexicon: Lexicon) -> frozenset[str]:
    """The words (lower case) the ``according to`` phrases of ``lexicon`` open with: no
    other word can start one."""
    return _first_words(lexicon.according)


def is_according(token: Token, lexicon: Lexicon) -> bool:
    """``according`` in ``according to X``, ``selon`` in ``selon X``."""
    return according_length(token, lexicon) > 0
