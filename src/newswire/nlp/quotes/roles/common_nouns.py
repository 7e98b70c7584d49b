"""The speaker a common noun names (``the senator``, ``the company``, ``the report``,
``officials``), for :class:`~newswire.nlp.quotes.resolution.speakers.SpeakerResolver`.

The noun is read in this order: a name set off beside it (``the author of the book, Mitchell
Zuckoff,``), the counted noun of ``a number of writers``, a singular role (a person holding
it: :func:`.descriptions.described_person`), an owner's (``his spokesman``), a definite
organisation of a sort named before (``the company``), a document named before (``the
poll`` after ``the Quinnipiac poll``), an institution (:mod:`.institutions`), else its own
phrase (:func:`.unnamed_sources.unnamed`). Imports only the rules it chooses between; the
resolver reaches it through :class:`.description_context.Context`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.noun_articles import has_definite_article
from newswire.nlp.quotes.bodies.described_bodies import described_organisation, owned
from newswire.nlp.quotes.bodies.document_makers import named_maker
from newswire.nlp.quotes.bodies.figure_makers_fr import figures_maker
from newswire.nlp.quotes.bodies.institutions import institution_speaker
from newswire.nlp.quotes.bodies.orgsorts import is_described_by_kind, wanted_sort
from newswire.nlp.quotes.bodies.statement_issuers_fr import is_post, statement_issuer
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.resolution.salience import pick
from newswire.nlp.quotes.resolution.speaker_heads import is_age
from newswire.nlp.quotes.roles.appositions import apposed_name
from newswire.nlp.quotes.roles.bare_court_roles import barrister_before, is_bare_court_role
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context, speaker_of
from newswire.nlp.quotes.roles.descriptions import described_person, role_lemma
from newswire.nlp.quotes.roles.office_periphrases_fr import periphrasis_holder
from newswire.nlp.quotes.roles.own_reckonings_fr import reckoning_owner
from newswire.nlp.quotes.roles.role_holders import bare_role_holder
from newswire.nlp.quotes.unnamed.anonymous_fr import anonymous_phrase
from newswire.nlp.quotes.unnamed.linked_nouns import counted_noun
from newswire.nlp.quotes.unnamed.phrases import PhraseKind, has_proper_modifier, phrase_kind
from newswire.nlp.quotes.unnamed.unnamed_sources import unnamed

__all__ = ["common_noun_speaker"]


def common_noun_speaker(ctx: Context, head: Token, depth: int) -> Speaker:
    """The speaker a common noun heading a mention names: the name set off beside it, a
    person its role describes, an owner's, an organisation or document named before, an
    institution, else its own phrase; first, in French, one who asked not to be named
    (``un haut fonctionnaire du ministère, qui a requis l'anonymat,``: one person, by
    phrase)."""
    anonymous = anonymous_phrase(head) if ctx.lexicon is FRENCH else None
    return Speaker(anonymous, None, "person") if anonymous is not None \
        else _common_noun_speaker(ctx, head, depth)


def _common_noun_speaker(ctx: Context, head: Token, depth: int) -> Speaker:
    """:func:`common_noun_speaker`'s reading of any other noun."""
    lex = ctx.lexicon
    # "A report by Audit Scotland": its maker.
    made = _maker_speaker(ctx, head, depth)
    if made is not None:
        return made
    counted = counted_noun(head)
    if counted is not None:  # "a number of writers": the writers
        head = counted
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    kind = phrase_kind(head, lex)
    definite = has_definite_article(head, lex)
    lemma = role_lemma(head, lex)  # "the Republican front-runner"
    one = "Plur" not in head.morph.get("Number", [])  # "the advisers": a group, not one
    if is_age(head) or (one and lemma in lex.role_nouns and (definite or owner is not None)):
        return described_person(ctx, head, definite=definite and owner is None,
                                owner=owner)
    if owner is not None and (kind != "document" or lemma in lex.utterance_nouns):
        return owned(ctx, head, owner, kind, depth)
    if _french_plural(head, lex) and (kind is None or (
            kind == "organization" and definite)):
        kind = "group"  # "selon les pêcheurs", "les syndicats réclament": people, by phrase
    # Not "the Obama administration"; "the watchdog", "the city" only as the speaker.
    proper = has_proper_modifier(head) and not is_described_by_kind(head)
    if definite and not proper and (kind == "organization" or (
            kind is None and depth == 0 and wanted_sort(head) is not None)):
        return _lawyer_or_organisation(ctx, head, depth, kind, lemma)
    # "the poll" after "the Quinnipiac poll".  An owned document ("Its most recent survey")
    # keeps its phrase: its owner as the speaker paid on no new check (enkinds37).
    if kind == "document" and definite and (
            earlier := _named_document(ctx, head, depth, lemma)).name:
        return earlier
    return institution_speaker(head) or unnamed(ctx, head, kind, definite=definite and one,
                                                own_words=depth == 0)


def _maker_speaker(ctx: Context, head: Token, depth: int) -> Speaker | None:
    """The name set off beside the noun, the barrister a bare ``counsel`` is, the maker of its
    document, the owner of a French reckoning (``selon ses calculs``:
    :mod:`.own_reckonings_fr`), the body whose figures it is (French ``les chiffres de l'ADF``:
    :mod:`.figure_makers_fr`), the body that issued the statement a French ``Le texte`` goes on
    about, or the holder of the office a French periphrasis names."""
    named = apposed_name(head) or named_maker(head, ctx.lexicon)
    if named is not None:
        return ctx.resolve(named, depth + 1)
    # "counsel told court": the barrister named before (:mod:`.bare_court_roles`)
    if is_bare_court_role(head, ctx.lexicon) and (barrister := barrister_before(ctx, head)):
        return speaker_of(barrister)
    # "Selon ses calculs", "D'après son recensement": the owner's own working out
    reckoned = reckoning_owner(ctx, head) if ctx.lexicon is FRENCH else None
    if reckoned is not None:
        return reckoned
    maker = figures_maker(head)
    body = ctx.resolve(maker, depth + 1) if maker is not None else None
    if body is not None and body.kind == "organization":
        return body
    # French "Le texte rappelle" after "Dans un communiqué, le ministère a ...": the body.
    issuer = _issued_by(ctx, head, depth)
    if issuer is not None:
        return issuer
    # "le membre du gouvernement": the minister named before (:mod:`.office_periphrases_fr`)
    holder = periphrasis_holder(head, ctx.trail(head))
    return speaker_of(holder) if holder is not None else None


def _issued_by(ctx: Context, head: Token, depth: int) -> Speaker | None:
    """The organisation that issued the statement a French ``Le texte`` or ``Le communiqué``
    goes on about (:mod:`.statement_issuers_fr`), when named; a person's, a group's or a body
    described only (``la banque``) keeps the paper's phrase."""
    issuer = statement_issuer(head)
    body = ctx.resolve(issuer, depth + 1) if issuer is not None else None
    named = body is not None and body.kind == "organization" and (
        body.entity_id is not None or not (body.name or "").islower()  # not "banque"
        or is_post(head))  # "un collectif de patients dialysés" posted it
    return body if named else None


def _lawyer_or_organisation(ctx: Context, head: Token, depth: int, kind: PhraseKind | None,
                            lemma: str) -> Speaker:
    """``a soutenu le conseil`` after ``Son avocat, Me X``: the lawyer, not a council
    (:func:`.role_holders.bare_role_holder`); else the organisation described."""
    lawyer = bare_role_holder(head, lemma, ctx.trail(head))
    return speaker_of(lawyer) if lawyer is not None else described_organisation(
        ctx, head, depth, kind)


def _french_plural(head: Token, lex: Lexicon) -> bool:
    """``Les syndicats réclament``, ``selon les pêcheurs``: a French common noun in the plural
    (in lower case: a headline's ``Carburants :`` is its topic) speaks as a group by its
    phrase: several bodies, not the one union named before; people no list holds."""
    return lex is FRENCH and "Plur" in head.morph.get("Number", []) \
        and head.pos_ == "NOUN" and head.text.islower()  # not a headline's "Carburants :"


def _named_document(ctx: Context, head: Token, depth: int, lemma: str) -> Speaker:
    """``the poll`` after ``the Quinnipiac poll``; ``the paper`` after one newspaper
    (a noun of both a document and an organisation), else nobody named."""
    if lemma in ctx.lexicon.org_nouns and (
            paper := described_organisation(ctx, head, depth, None)).name:
        return paper
    return speaker_of(pick(ctx.before(head, DESCRIPTION_WINDOW, lambda r: (
        r.kind == "document" and r.name.lower().split()[-1:] == [head.lower_]))))

