"""French: a said clause holding a quotation, with words enough before it, is reported speech.

``Elle a précisé que le gouvernement déposerait des amendements pour limiter le dispositif aux
seules zones « surdotées »``, ``Selon lui, le gel des tarifs a été « une bonne mesure »``: French
news quotes a few words inside the clause it reports.  A said clause that holds a quotation is
left to the quote extractor, which reports the quoted words only (a partial quote), so what the
source said outside the marks was lost.  When the clause's words before its first quotation
hold a verb of the clause (or are the cue's object: ``Le courrier évoque une proposition de
45 € et la réouverture des négociations « dès janvier »``) and enough words of their own, the
whole clause is reported speech with the clause's cue and speaker, its quotation included
(as English does, :mod:`~newswire.nlp.quotes.speech.clause_quotes`: spans overlap, the partial quote
stays a quote of its own).  Only :data:`~newswire.nlp.quotes.lexicon_fr.FRENCH` reaches the rule.
A clause whose quotation comes first (``estime que la ministre « se trompe de cible »``: two
words before it) is left to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import VERB_TAGS
from newswire.nlp.quotes.base.textmap import CharRange, TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH, QUE
from newswire.nlp.quotes.speech.cues import cue_at
from newswire.nlp.quotes.speech.said import content_chars
from newswire.nlp.quotes.speech.said_once import said_in
from newswire.nlp.quotes.speech.saying import is_according

__all__ = ["clause_before_joined", "clause_before_quote"]

#: Fewer words before the quotation are its lead-in (``la ministre``), not a statement.
_MIN_BEFORE = 4
#: What joins a second ``que`` clause to the first: ``et qu'il n'envisageait pas``.
_JOINING = frozenset(("et", "ou", ","))


def clause_before_quote(tmap: TextMap, cue: Token, said: list[Token], fewest: int
                        ) -> CharRange | None:
    """The characters of ``said``, its quotations held, when the doc is French and the words
    before the first quotation are enough and hold a verb; None otherwise."""
    if tmap.lexicon is not FRENCH:
        return None
    words = sorted(said, key=lambda t: t.i)
    first_quoted = next((k for k, t in enumerate(words) if tmap.is_quoted(t.idx)), None)
    if first_quoted is None:
        return None
    before = words[:first_quoted]
    if not _says_enough(tmap, cue, before, fewest):
        return None
    return content_chars(tmap, cue, words, max(_MIN_BEFORE, fewest), holding_quotes=True)


def clause_before_joined(tmap: TextMap, cue: Token, joined: CharRange) -> CharRange | None:
    """``Il a indiqué que la société présenterait un projet « avant l'été » et qu'il
    n'envisageait pas de partir``: the clause joined after the quotation is reported
    (``_joined_after_quote``); the first clause, holding the quotation, is said too when its
    words before the quotation are enough (:func:`clause_before_quote`). None otherwise."""
    if tmap.lexicon is not FRENCH:
        return None
    doc = tmap.doc
    que = tmap.token_at(joined[0])
    if doc[que].lower_ not in QUE or que < 1 or doc[que - 1].lower_ not in _JOINING:
        return None
    said = said_in(tmap, cue) or []
    first = [t for t in said if t.i < que - 1]
    while first and first[-1].lower_ in _JOINING:
        first.pop()  # ", et qu'": the comma and the "et" are neither clause's
    return clause_before_quote(tmap, cue, first, 1) if first else None


def _says_enough(tmap: TextMap, cue: Token, before: list[Token], fewest: int) -> bool:
    """Whether the words before the quotation follow the cue, are enough, hold a verb and
    belong to no other named source."""
    if not before or before[0].i < cue.i:
        return False  # "..., selon un sénateur, à « ... »": said words before the cue are bits
    if sum(1 for t in before if t.is_alpha and t.lower_ not in QUE) < max(_MIN_BEFORE, fewest):
        return False  # "que le texte sera « voté avant les fêtes »": the quotation is the point
    if not any(t.pos_ in VERB_TAGS or (t.head == cue and t.dep_ == "obj") for t in before):
        return False  # a verb of the clause, or the cue's object ("évoque une proposition")
    # "Selon la taille de l'usine, M. Roy estime que ...": Roy's cue reports it
    return not (is_according(cue, tmap.lexicon) and any(_named_cue(t, tmap) for t in before))


def _named_cue(word: Token, tmap: TextMap) -> bool:
    """A verb of saying whose subject is a name (``M. Roy estime``)."""
    if word.pos_ != "VERB":
        return False
    cue = cue_at(word, tmap.lexicon)
    return cue is not None and cue.speaker is not None and cue.speaker.pos_ == "PROPN"
