"""A legislator's letters written after a person's name belong to the name, not to a body.

The British and Irish press writes a member's letters after the name: ``Scottish
Conservative health spokesman Douglas Fairbairn MSP said``, ``Plaid Cymru's spokesperson,
Llinos ap Dafydd MS, said``, ``Labour's Niall Corrigan TD said``, ``The DUP's Trevor Harkness
MLA said``. The small model reads the letters as an organisation of their own (``MSP``
beside the person, which a later ``he told the chamber`` then found as the speaker) or runs
them into the person's span (``Catrin Powell-Jenkins MS``, a name no one is called). A
mention that is only such letters right after a person's mention is dropped, and a person's
mention ending in them is trimmed to the name. Letters that are never a body's name
(``MSP``, ``MEP``: not ``TD``, a Canadian bank, ``MHA``, India's home ministry, ``MLA``,
``MP``, Madhya Pradesh, nor ``MS``, a ticker) are no organisation anywhere, and the others
none after a possessive (``wrote to her TD``): read so, a later pass finds the same letters
after the person again.
"""

from __future__ import annotations

from dataclasses import replace

from newswire.nlp.entities.roles.titles import LEGISLATORS_LETTERS
from newswire.nlp.entities.spans.mentions import Mention, Text

__all__ = ["postnominal_letters"]

#: Letters of members of the parliaments and assemblies of these islands and the Commonwealth
#: (``MS``: the Senedd; ``TD``: the Dáil; ``MLA``: Stormont): the legislators' letters of
#: :mod:`.titles`, and Tynwald's (``MHK``) and a legislative council's (``MLC``).
LETTERS = frozenset((*LEGISLATORS_LETTERS, "MHK", "MLC"))
#: Those of them no organisation or place is called.
_NEVER_A_BODY = frozenset(("MSP", "MEP", "MPP", "MNA", "MHK"))
#: Words before the letters that make them a member (``her TD``, ``their MLA``).
_OWNERS = ("her ", "his ", "their ", "your ", "my ", "our ")


def postnominal_letters(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions without letters standing alone right after a person's name, and with
    such letters cut off the end of a person's mention."""
    people = {(m.field, m.end) for m in mentions if m.label == "PERSON"}
    kept = []
    for mention in mentions:
        if mention.text in _NEVER_A_BODY and mention.label not in ("PERSON", None):
            continue  # "Labour MSP": an office's letters, no body
        if mention.text in LETTERS:
            text = next(t.text for t in texts if t.field == mention.field)
            if text[:mention.start].endswith(_OWNERS) or (
                    (mention.field, mention.start - 1) in people
                    and text[mention.start - 1] == " "):
                continue  # "wrote to her TD", "Douglas Fairbairn MSP": a member, no body
        kept.append(_without_letters(mention))
    return kept


def _without_letters(mention: Mention) -> Mention:
    """A person's mention with trailing letters cut (``Catrin Powell-Jenkins MS``)."""
    words = mention.text.split(" ")
    if mention.label != "PERSON" or len(words) < 3 or words[-1] not in LETTERS:
        return mention
    cut = len(words[-1]) + 1
    return replace(mention, end=mention.end - cut, text=mention.text[:-cut])
