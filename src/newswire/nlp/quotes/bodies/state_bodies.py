"""A state's own bodies, as foreign-desk copy writes them: ``Oman's foreign ministry``,
``India's embassy in Kathmandu``, ``Russia’s Defense Ministry``, ``Ukraine’s air force``.

Every country has a defence ministry, an army and embassies, and wire copy on a war or a
summit quotes two countries' ministries in one story: the owner is part of which body
speaks. So a body a place owns speaks as the text's phrase with the place
(:func:`is_place_owner` for a common noun, read by :func:`.described_bodies.owned`), and a
ministry's bare name the model found (``Defense Ministry``) takes the place that owns it
(:func:`state_owned`). Not a person's body (``Trump’s campaign`` stays the Trump campaign)
nor a name that is the body's whole own (``Russia’s Gazprom``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PLACE_LABELS
from newswire.nlp.quotes.resolution.named import Speaker

__all__ = ["is_place_owner", "state_owned"]

#: Last words of a state body's name that every state has one of: such a name says which
#: body only with its country (not a court, a council or an agency: most have names of their
#: own, "Supreme Court of Canada").
_GENERIC_BODIES = frozenset(("ministry", "army", "navy", "staff", "embassy", "forces"))


def is_place_owner(owner: Token) -> bool:
    """Whether an owner is a country's, a state's or a city's name (the model's label)."""
    return owner.ent_type_ in PLACE_LABELS and owner.pos_ == "PROPN"


def state_owned(speaker: Speaker, head: Token) -> Speaker:
    """``Russia’s Defense Ministry``: an organisation whose name is a body every state has,
    written with the place owning it, speaks with the place; any other speaker as it is."""
    if speaker.kind != "organization" or not speaker.name \
            or speaker.name.split()[-1].lower() not in _GENERIC_BODIES:
        return speaker
    owner = next((c for c in head.children if c.dep_ == "poss" and is_place_owner(c)), None)
    if owner is None or owner.text in speaker.name:
        return speaker
    doc = head.doc
    mark = doc[owner.i + 1].text if owner.i + 1 < len(doc) and doc[owner.i + 1].dep_ == "case" \
        else "'s"
    place = doc[owner.left_edge.i:owner.i + 1].text
    # No entity id: the entity is the bare name the model found (``Defense Ministry``), one
    # entity for every country's ministry, and an id would join the two bodies the place
    # tells apart for a consumer grouping quotes by speaker id.
    return Speaker(f"{place}{mark} {speaker.name}", None, "organization")
