"""Organisations the text describes instead of naming (``the company``, ``la direction de la
SNCF``), and what a noun an owner holds speaks as (``Trump’s campaign``, ``Parents’
groups``, ``Rubio’s catch phrase``).

The companion of :mod:`.descriptions` (people described), read through the same
:class:`~newswire.nlp.quotes.roles.description_context.Context`.  Pure: spaCy tokens and the quotes
package only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PERSON_OR_ORG_LABELS
from newswire.nlp.quotes.bodies.delayed_names import named_after_lead
from newswire.nlp.quotes.bodies.near_bodies_fr import nearest_named_body
from newswire.nlp.quotes.bodies.orgsorts import described_org
from newswire.nlp.quotes.bodies.state_bodies import is_place_owner
from newswire.nlp.quotes.bodies.which_body import says_which_by_clause
from newswire.nlp.quotes.lexicon_fr import CAMPS, DE, FRENCH
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context, speaker_of
from newswire.nlp.quotes.roles.owned_offices import office_speaker
from newswire.nlp.quotes.unnamed.linked_nouns import organisation_of
from newswire.nlp.quotes.unnamed.one_person import unnamed_kind
from newswire.nlp.quotes.unnamed.phrases import PhraseKind, source_phrase

__all__ = ["described_organisation", "owned"]

#: ``la société d’État`` (a Crown corporation): a ``de`` phrase that says what sort the
#: organisation is, not which one (as ``the Crown corporation``).
_FRENCH_SORT_OF = frozenset(("état",))
#: ``l'intersyndicale``: the unions of a strike speaking together, never the one of them
#: named last (``L'intersyndicale, qui réunit le SNES-FSU ... et la CGT Educ'action``).
_SEVERAL_BODIES = frozenset(("intersyndicale",))


def owned(ctx: Context, head: Token, owner: Token, kind: str | None, depth: int) -> Speaker:
    """``Trump’s campaign`` speaks as the Trump campaign; ``Rubio’s catch phrase`` as Rubio."""
    owner_speaker = ctx.resolve(owner, depth + 1)
    office = office_speaker(head, owner, owner_speaker, ctx.lexicon)  # "the mayor's office"
    if office is not None:
        return office
    if kind == "organization" and owner_speaker.kind == "group":  # "Parents’ groups said"
        return _owned_by_many(ctx, head)
    # "Oman's foreign ministry", "India's embassy in Kathmandu": a state's body is its phrase
    # with the state, as wire copy writes it (below; not "Oman ministry", which reads as one
    # organisation's name); "Trump campaign" stays, a person's body.
    if kind == "organization" and owner_speaker.name and not is_place_owner(owner):
        surname = owner_speaker.name.split()[-1]
        return Speaker(f"{surname} {head.lemma_.lower()}", None, "organization")
    if kind == "group" and head.lemma_.lower() not in ctx.lexicon.utterance_nouns:
        return Speaker(source_phrase(head, "group", ctx.lexicon), None,
                       unnamed_kind(head, "group", ctx.lexicon))  # "the council's spokesperson"
    if kind == "organization":  # "the province's environment ministry": its own phrase
        return Speaker(source_phrase(head, "organization", ctx.lexicon), None, "organization")
    # "Rubio’s catch phrase", "Trump’s tweet", "his remarks": the owner speaks.
    return owner_speaker if kind in (None, "document", "group") else NOBODY


def _owned_by_many(ctx: Context, head: Token) -> Speaker:
    """``Parents’ groups``, ``the teachers’ union``: bodies of an unnamed many speak as their
    own phrase, several of them a group (not ``Parents group``, one organisation)."""
    plural = "Plur" in head.morph.get("Number", [])
    if not plural and (lede := named_after_lead(head, ctx.trail(head))):
        return speaker_of(lede)  # "Nurses have voted to strike, their union announced"
    kind: PhraseKind = "group" if plural else "organization"
    return Speaker(source_phrase(head, kind, ctx.lexicon), None, kind)


def described_organisation(ctx: Context, head: Token, depth: int, kind: PhraseKind | None
                           ) -> Speaker:
    """``la direction de la SNCF``: the SNCF; ``the company``: an organisation named
    before, of the noun's sort (:mod:`.orgsorts`), else the phrase; ``the city``, a noun
    of no kind by itself: the one place named before, else nobody."""
    whole = organisation_of(head)
    if whole is not None and (speaker := ctx.resolve(whole, depth + 1)).name:
        return speaker
    # "La majorité lui a répondu", "l'opposition municipale dénonce": a camp, never the bank
    # or the court the last sentence named as its subject: its own phrase
    if ctx.lexicon is FRENCH and head.lower_ in CAMPS:
        return Speaker(_camp_phrase(head, ctx.lexicon.organisation_pronouns), None, "group")
    if kind == "organization" and (_says_which(head)  # "le ministère de la santé"
                                   or head.lower_ in _SEVERAL_BODIES
                                   or head.lower_ in ctx.lexicon.management_nouns
                                   or says_which_by_clause(head, ctx.lexicon.speech_verbs)):
        return Speaker(source_phrase(head, "organization", ctx.lexicon), None, "organization")
    earlier = ctx.before(head, DESCRIPTION_WINDOW, lambda r: r.kind == "organization")
    found = speaker_of(described_org(head, earlier, sort_only=kind is None))
    if not found.name and ctx.lexicon is FRENCH:  # "L'association" after "l'UFC-Que Choisir"
        found = speaker_of(nearest_named_body(head, earlier))
    if found.name or kind is None:
        return found
    return Speaker(source_phrase(head, "organization", ctx.lexicon), None, "organization")


def _says_which(head: Token) -> bool:
    """``le ministère de la santé``, ``le tribunal de Lyon``: a French organisation noun
    with a ``de`` phrase of its own names one organisation, never another one named before
    (``Le syndicat Samu-Urgences de France a alerté ... Le ministère de la santé a assuré``);
    ``la société d’État`` is the Crown corporation named before."""
    return any(c.dep_ == "nmod" and c.i > head.i and c.left_edge.lower_ in DE
               and c.ent_type_ not in PERSON_OR_ORG_LABELS and c.lower_ not in _FRENCH_SORT_OF
               for c in head.children)


def _camp_phrase(head: Token, pronouns: frozenset[str]) -> str:
    """``opposition municipale``: the camp's noun and the adjectives right after it (not a
    clitic the parse hangs on it, ``La majorité lui a répondu``)."""
    words = [head]
    for word in head.doc[head.i + 1:head.sent.end]:
        if (word.pos_ != "ADJ" and word.dep_ != "amod") or word.lower_ in pronouns:
            break
        words.append(word)
    return " ".join(w.text for w in words)
