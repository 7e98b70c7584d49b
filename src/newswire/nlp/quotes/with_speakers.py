"""Another speaker's words hung on a clause by ``with``: ``..., with union leaders warning
that whole departments could disappear``.

The absolute ``with X saying ...`` is a second statement, by X, set after the first; what the
first speaker said ends before it, so that its verb of saying is read as a cue of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["with_speaker"]


def with_speaker(prep: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The verb of saying of ``with X saying ...`` headed by the preposition ``prep``, when
    it has a subject of its own; else None."""
    if prep.lower_ != "with":
        return None
    return next((c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"
                 and c.lemma_.lower() in speech_verbs
                 and any(s.dep_ == "nsubj" for s in c.children)), None)
