"""An office holder's office, or an organisation's governing body, as a speaker:
``Federal Justice Minister Pierre-Luc Gagnon's office said``, ``The mayor's office said``,
``His office put out a statement``; ``The society’s board said``, ``its leadership says``.

The office speaks for its holder, and readers (PolNeAR's resolved files: ``Congressman Trey
Gowdy’s office``, ``David Vitter’s office``; the fresh sets: ``the mayor's office``) name it
as written, its holder's name or title and all.  An owned organisation noun otherwise speaks
as its owner's surname and noun (``Trump’s campaign``: the Trump campaign), which made
``Gagnon office`` of the minister's.  A pronoun owner is the person it stands for:
``<name>’s office``.  The body that governs an organisation (its board, its leadership, its
management) speaks for the organisation, which readers name (``Kâpiskaw Cree Nation``, not
``Nation leadership``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.unnamed.phrases import source_phrase

__all__ = ["GOVERNING_NOUNS", "office_speaker"]

#: Nouns (lemmas) for the people who run an organisation as one body: ``the party's
#: leadership``, ``the company's board``, ``the union's executive``.
GOVERNING_NOUNS = frozenset(("board", "leadership", "management", "executive",
                             "directorate", "governors", "trustees"))


def office_speaker(head: Token, owner: Token, owner_speaker: Speaker, lexicon: Lexicon
                   ) -> Speaker | None:
    """The speaker ``<owner>'s office`` names, when ``head`` is that ``office``; the
    organisation itself for its governing body (``the society’s board``)."""
    if head.lemma_.lower() in GOVERNING_NOUNS and owner_speaker.kind == "organization" \
            and owner_speaker.name:
        return owner_speaker
    if owner_speaker.kind == "organization" and owner.pos_ == "NOUN" \
            and head.lemma_.lower() in lexicon.org_nouns:
        # "the league's department of player safety": a part of a body described, as
        # written ("league department" named no one); a named owner keeps the short form
        # ("Ontario court")
        return Speaker(source_phrase(head, "organization", lexicon), None, "organization")
    if head.lower_ != "office":
        return None
    if owner.pos_ == "PRON":  # "His office": the person he is
        if owner_speaker.kind != "person" or not owner_speaker.name:
            return None
        return Speaker(f"{owner_speaker.name}’s office", None, "organization")
    return Speaker(source_phrase(head, "organization", lexicon), None, "organization")
