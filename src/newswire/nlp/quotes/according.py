"""The source an ``according to X`` names, for words whose own cue names nobody.

``Some 55 percent of voters said they do not believe Mrs. Clinton ''cares about people like
me,'' according to a Quinnipiac poll``, ``Nearly three in four say they would like to buy
American, according to the survey``: the cue (``said``, ``say``) has a share for a subject,
which names nobody, and the sentence says where the words come from.  Only a cue with no
speaker takes it: ``X said, according to CNN`` stays X's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import can_speak, cue_at
from newswire.nlp.quotes.saying import according_length
from newswire.nlp.quotes.textmap import CharRange, TextMap

__all__ = ["according_source", "or_according"]


def according_source(tmap: TextMap, sentence: CharRange) -> Token | None:
    """The object of the one ``according to`` outside quotation marks in ``sentence``; None
    when there is none, or more than one (which would be a guess)."""
    first, last = tmap.tokens(*sentence)
    sources = []
    for token in tmap.doc[first:last]:
        if not according_length(token, tmap.lexicon) or tmap.is_quoted(token.idx):
            continue
        cue = cue_at(token, tmap.lexicon)
        if cue is not None and cue.speaker is not None:
            sources.append(cue.speaker)
    if len(sources) != 1:
        return None
    source = sources[0]
    return source if can_speak(source) and not tmap.is_quoted(source.idx) else None


def or_according(tmap: TextMap, sentence: CharRange, speaker: Token | None) -> Token | None:
    """``speaker``, else the source of the sentence's ``according to``."""
    return speaker if speaker is not None else according_source(tmap, sentence)
