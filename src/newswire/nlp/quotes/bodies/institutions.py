"""``The province says``, ``the defence argued``: an institution named by its role speaks as
its phrase.

Court and government news names some sources by the part they play, with no name to point
back to: the defence (and the prosecution) at a trial, the province or the state that
governs, the township. Read as descriptions they found nobody (no organisation is named
``defence``), so the claim lost its source; the reader's answer is the phrase itself.
``the city`` stays a description of the place named before (:mod:`.orgsorts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.resolution.named import Speaker

__all__ = ["INSTITUTION_NOUNS", "institution_speaker"]

INSTITUTION_NOUNS = frozenset((
    "defence", "defense", "prosecution", "province", "state", "township"))


def institution_speaker(head: Token) -> Speaker | None:
    """``the province`` (``the`` alone before it) as the organisation ``province``."""
    if head.tag_ != "NN" or head.lower_ not in INSTITUTION_NOUNS or head.dep_ == "poss":
        return None  # "the province's environment ministry" speaks by its own phrase
    lefts = list(head.lefts)
    if len(lefts) != 1 or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return None  # "a state", "the state's lawyers", "the Texas state": not the role alone
    return Speaker(head.lower_, None, "organization")
