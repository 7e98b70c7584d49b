"""A clause said beside a quotation: ``said it was "disappointed" by the ruling and would
consider its options``.

A said clause that holds a quotation is left to the quote extractor, which reports only the
quoted words (a partial quote).  When the said clause is one of several clauses joined under
the one verb of saying (``and``, ``but``), a joined clause holding no quotation is reported
speech of its own, with the same cue and speaker: statements and e-mails of organisations are
mostly written this way (``In a statement, the company said it was "reviewing" the decision and
would appeal``).  The English counterpart of the French ``et que ...``
(:func:`newswire.nlp.quotes.speech.reported._joined_after_quote`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FILLED_SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.base.textmap import CharRange, TextMap
from newswire.nlp.quotes.base.word_arrays import head_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import cue_at
from newswire.nlp.quotes.speech.said import content_chars

__all__ = ["clause_beside_quote", "leading_phrase", "own_acts", "said_head"]



def clause_beside_quote(tmap: TextMap, cue: Token, said: list[Token], fewest: int
                        ) -> CharRange | None:
    """The first clause joined to the said clause's head that holds no quotation, as
    characters; None when the said words are one clause or every clause is quoted."""
    head = said_head(said)
    if head is None:
        return None
    clauses = _joined_clauses(head, tmap.lexicon)
    acts = own_acts(head, tmap.lexicon)
    if len(clauses) < 2 and not acts:
        return None
    joined = acts | {t.i for clause in clauses[1:] for t in clause.subtree}
    for clause in clauses:
        # The head's own words are its subtree without the joined clauses; the joining
        # ``and`` ends them, and content_chars drops it.
        own = {t.i for t in clause.subtree} - (joined if clause is clauses[0] else set())
        own -= leading_phrase(clause)
        words = [t for t in said if t.i in own]
        chars = content_chars(tmap, cue, words, fewest)
        if chars is not None:
            return chars
    return None


def said_head(said: list[Token]) -> Token | None:
    """The one word of ``said`` whose head lies outside them (or is itself): the said
    clause's head; None when the words hang on several."""
    if not said:
        return None
    inside = {t.i for t in said}
    head_of = head_indices(said[0].doc)  # no Token made for each word's head
    heads = [t for t in said if head_of[t.i] not in inside or head_of[t.i] == t.i]
    return heads[0] if len(heads) == 1 else None


def _joined_clauses(head: Token, lexicon: Lexicon) -> list[Token]:
    """``head`` and the verbs joined to it by ``conj`` (``was ... and would consider``), not
    a verb of saying: ``said the plan was "a disaster" and urged council to reject it`` is
    the speaker's own second act, which the parse may hang on the said clause; but one opened
    by its own ``that`` is said (``and that the minister had asked officials to ...``)."""
    if head.pos_ not in VERB_TAGS:
        return []
    return [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS
                    and (cue_at(c, lexicon) is None or _opens_with_that(c)))]


def own_acts(head: Token, lexicon: Lexicon) -> set[int]:
    """The words of verbs of saying joined to the said clause's head that are the speaker's
    own second act (``said he understood the concerns but accused the Opposition of
    "scaremongering"``): no part of what was said, so the clause before them is."""
    return {t.i for c in head.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS
            and cue_at(c, lexicon) is not None and not _opens_with_that(c) for t in c.subtree}


def _opens_with_that(clause: Token) -> bool:
    """A clause whose first word is the complementiser ``that`` (a said clause)."""
    first = next((t for t in clause.subtree if t.dep_ not in ("cc", "punct")), clause)
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def leading_phrase(head: Token) -> set[int]:
    """``said in a statement it was reviewing``: the parse may hang the cue's phrase on the
    said clause, before its subject; it tells how it was said, not what."""
    subjects = [c.i for c in head.children if c.dep_ in FILLED_SUBJECT_DEPS]
    return {t.i for c in head.children if c.dep_ == "prep" and subjects and c.i < min(subjects)
            for t in c.subtree}


