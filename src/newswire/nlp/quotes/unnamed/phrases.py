"""The phrase that names an unnamed source: ``officials``, ``the lawsuit``, ``a new poll``.

When a source is a group or a document the text never names, the speaker is the source's
own phrase, as a reader would repeat it: without its leading article or quantifier (``some
officials`` -> ``officials``), with what says whose group it is (``officials in Ohio``,
``a spokeswoman for YouTube``).  A document keeps the words before its noun that tell which
one it is (``the Quinnipiac poll``), not the ones that only describe it (``a new poll`` ->
``poll``).  Also here: what a noun says of its source (``the Obama administration``).  The
word a source's noun phrase points on to (a relative pronoun's noun, the noun a share of is
taken from, an ``of`` object) is :mod:`~newswire.nlp.quotes.unnamed.linked_nouns`'.  Whether a
noun is one unnamed person (``the man``) is :mod:`~newswire.nlp.quotes.unnamed.one_person`'s; a
role the tagger took for a name is :mod:`~newswire.nlp.quotes.roles.capitalised_roles`'.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from newswire.nlp.quotes.base.mention_spans import is_hyphen, is_spaced_dash
from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, RELATIVE_TAGS
from newswire.nlp.quotes.bodies.document_names import document_end, whole_document_end
from newswire.nlp.quotes.bodies.made_documents import is_made_thing
from newswire.nlp.quotes.bodies.regional_names_fr import regional_end
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.unnamed.phrase_ends_fr import (
    french_adjective_end,
    french_phrase_end,
    whole_name_end,
)
from newswire.nlp.quotes.unnamed.placed_sources_fr import belongs_fr

__all__ = [
    "PhraseKind",
    "has_proper_modifier",
    "is_plural_noun",
    "party_marks",
    "phrase_kind",
    "source_phrase",
]

PhraseKind = Literal["organization", "group", "document"]

_LEFT_DEPS = frozenset(("compound", "amod", "nmod", "poss", "case", "nummod"))
# Relative clauses stay out: "a strategist who spoke on the condition of anonymity"; so do
# examples ("candidates like Trump").
_RIGHT_DEPS = frozenset(("prep", "acl", "amod"))
_LIST_DEPS = frozenset(("cc", "punct"))  # what joins a list of sources, before a "conj"
_BELONGING_PREPS = frozenset(("of", "for", "in", "at", "from", "with", "on", "to", "inside",
                              "within"))  # "Sources within the government"
# Adjectives that describe a document without saying which one it is (``a new poll``,
# ``Recent polling``). Those that place it in a series stay (``its final report``, ``the
# latest quarterly report``, ``the board's most recent annual report``): they say which one,
# and the fresh gold of three writers keeps them.
_DOCUMENT_ADJECTIVES = frozenset((
    "new", "recent", "same", "national", "separate", "brief", "short", "long", "written",
    "lengthy",
))
_MAX_PHRASE_TOKENS = 14
#: Possessives that say whose group or document it is: ``its critics``, ``their petition``.
_WHOSE = frozenset(("its", "their"))


def phrase_kind(head: Token, lexicon: Lexicon = ENGLISH) -> PhraseKind | None:
    """What a common-noun source is: a document, an organisation, a group; else ``None``."""
    lemma = head.lemma_.lower()
    lower = head.lower_
    # "unions, environmental groups and lawmakers": several sources are a group.
    several = any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in head.rights)
    # "the polling average", "the poll results": a document by the noun it is made of.
    made_of = any(c.dep_ == "compound" and c.lower_ in lexicon.document_nouns
                  for c in head.lefts) or is_made_thing(head)  # "figures compiled by"
    if not several and (lemma in lexicon.document_nouns or lower in lexicon.document_nouns
                        or made_of):
        return "document"
    if several or lemma in lexicon.group_nouns or lower in lexicon.group_nouns:
        return "group"
    if lemma in lexicon.org_nouns:
        return "organization"
    if lemma in lexicon.role_nouns:
        return "group"  # "a senior official", "the candidates": unnamed people
    if is_plural_noun(head):
        return "group"  # any plural of people or things: "investigations", "Democrats"
    return None


def is_plural_noun(head: Token) -> bool:
    """A plural noun: tagged so, or the plural of letters (``MPs``, ``MLAs``, ``CEOs``), which
    the tagger sometimes reads as a singular noun (``Conservative MPs from Saskatchewan``)."""
    if head.pos_ not in NOUN_TAGS:
        return False
    text = head.text
    return head.tag_ in ("NNS", "NNPS") or (
        len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha())


def source_phrase(head: Token, kind: PhraseKind, lexicon: Lexicon = ENGLISH) -> str:
    """The words naming the source whose head word is ``head``, as the speaker's name."""
    doc = head.doc
    start = _left_edge(head, kind)
    while start > 0 and doc[start - 1].lower_ in lexicon.kept_quantifiers \
            and doc[start - 1].head == head:
        start -= 1  # "plusieurs experts": the parse's "det", which the left edge stops at
    end = _right_edge(head, lexicon)
    if kind == "document":
        end = (whole_document_end(head, end) if lexicon.whole_document_phrases
               else document_end(head))
    end = whole_name_end(head, end, lexicon)  # "des Côtes" + "-d’Armor"
    end = french_phrase_end(head, end, lexicon)  # "joint par El Watan", "évoque des ..."
    end = french_adjective_end(head, end, lexicon)  # "sources concordantes" read as nouns
    if kind == "organization" and lexicon.places_end_body_names:
        end = regional_end(head, end)  # "l'agence régionale de santé (ARS) d'Occitanie"
    while start < head.i and (doc[start].lower_ not in lexicon.kept_quantifiers
                              or doc[start].dep_ == "case") and (  # "la plupart des médecins"
            doc[start].lower_ in lexicon.quantifiers or doc[start].is_punct
            or doc[start].dep_ == "case"
            or doc[start].pos_ == "DET" or doc[start].tag_ == "PRP$") \
            and not _says_whose(doc[start], head, kind, lexicon):
        start += 1
    end = min(end, start + _MAX_PHRASE_TOKENS)
    return doc[start:end].text.strip()


def _says_whose(word: Token, head: Token, kind: PhraseKind, lexicon: Lexicon) -> bool:
    """``its critics``, ``Its most recent survey``, ``their petition``: an English group's
    or document's possessive says whose it is (a body's, named before), and the fresh gold
    of eight writers keeps it, where an article or a quantifier (``the``, ``some``) goes.
    One person's noun (``Their mother``, ``Its spokesman``) drops it, as ``his`` and ``her``
    do (``mother``): a group's phrase is a plural noun's."""
    return lexicon is ENGLISH and word.lower_ in _WHOSE and word.tag_ == "PRP$" and (
        kind == "document" or (kind == "group" and is_plural_noun(head)))


def _left_edge(head: Token, kind: PhraseKind) -> int:
    """The first word before ``head`` that belongs to its name."""
    start = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if is_hyphen(child) and child.i == start - 1:
            start = child.i  # "secretary-general": the hyphen and the word before it
            continue
        if child.dep_ not in _LEFT_DEPS or child.right_edge.i != start - 1:
            break
        if kind == "document" and child.lower_ in _DOCUMENT_ADJECTIVES and not any(
                c.lower_ == "most" for c in child.children):  # "most recent": which one
            break
        start = child.left_edge.i
    return _past_dash(head, start)


def _past_dash(head: Token, start: int) -> int:
    """Where a name starting at ``start`` starts once a dash between words is left out: the
    parse may hang ``problematic - online survey vendors`` on the noun, the name is the part
    after the dash (a hyphen inside a word, ``pro-Trump``, stays)."""
    dashes = [t.i for t in head.doc[start:head.i] if is_spaced_dash(t)]
    return dashes[-1] + 1 if dashes else start


def _right_edge(head: Token, lexicon: Lexicon) -> int:
    """Just past the last word after ``head`` that belongs to it: ``officials in Ohio``, not
    a verb of saying hung on it (``candidates blasting the plan``: that is their cue)."""
    end = head.i + 1
    for child in sorted(head.rights, key=lambda t: t.i):
        if child.dep_ in _LIST_DEPS and child.left_edge.i == end and _listed(head) and any(
                c.dep_ == "conj" for c in head.rights if c.i > child.i):
            end = child.right_edge.i + 1  # "unions, environmental groups and lawmakers"
            continue
        if child.dep_ == "conj" and child.left_edge.i == end and child.pos_ == "NOUN" \
                and _listed(head):
            end = child.right_edge.i + 1
            continue
        # French hangs "de la santé" on its noun as a modifier opening with the preposition
        # ("une source à Matignon" too: where the source is).
        if child.dep_ == "nmod" and child.left_edge.i == end and belongs_fr(head, child):
            end = _before_comma(child)  # "ministère de la santé", not its apposition
            continue
        if child.dep_ not in _RIGHT_DEPS or child.left_edge.i != end or (
                child.dep_ == "prep" and child.lower_ not in _BELONGING_PREPS) or (
                child.dep_ == "acl" and child.lemma_.lower() in lexicon.speech_verbs):
            break
        end = child.right_edge.i + 1
    end = _before_aside(head, end, lexicon)
    while end > head.i + 1 and head.doc[end - 1].is_punct:
        end -= 1
    return end


def _listed(head: Token) -> bool:
    """Whether ``head``'s conjuncts make a list, joined by ``and``/``et`` somewhere: a comma
    alone before a noun is the parse's guess (``Selon plusieurs analystes du secteur, la
    crise actuelle pourrait ...`` made ``crise`` a conjunct of ``analystes``)."""
    return any(c.dep_ == "cc" for c in head.children) or any(
        g.dep_ == "cc" for c in head.children if c.dep_ == "conj" for g in c.children)


def _before_comma(child: Token) -> int:
    """Just past ``child``'s words up to the first comma among them."""
    commas = [t.i for t in child.subtree if t.text == ","]
    return commas[0] if commas else child.right_edge.i + 1


def _before_aside(head: Token, end: int, lexicon: Lexicon) -> int:
    """Where a phrase ends before a clause set off by a comma that only describes it: ``the
    trade group for the Blue Cross Blue Shield plans, which dominate many state exchanges``
    is the trade group for the plans (a ``who`` clause with no comma says which ones, and
    stays: ``people who have battled other online threats``); so does an apposition set off
    after a word of the phrase, where the lexicon says so (English: ``A spokesman for
    Skyline Atlantic, the largest carrier at the airport, said``: the spokesman for Skyline
    Atlantic)."""
    doc = head.doc
    for i in range(head.i + 1, end - 1):
        if doc[i].text == "," and (doc[i + 1].tag_ in RELATIVE_TAGS
                                   or _opens_apposition(head, i + 1, end, lexicon)):
            return i
    return end


def _opens_apposition(head: Token, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether an apposition to a word of ``head``'s phrase before ``start`` opens there
    (never, unless ``lexicon.appositions_end_phrases``)."""
    if not lexicon.appositions_end_phrases:
        return False
    return any(t.dep_ == "appos" and t.left_edge.i == start and head.i <= t.head.i < start
               for t in head.doc[start:end])


def has_proper_modifier(head: Token) -> bool:
    """``the Obama administration``: a proper noun before it makes it a name of its own."""
    return any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in head.children)


def party_marks(head: Token) -> set[str]:
    """The capitalised words before a capitalised role (``Wisconsin`` in ``the Wisconsin
    Republican``): a party word is shared by many, so the person described must carry the
    place too.  An office (``the Vermont senator``) is enough by itself: no marks."""
    if not head.text[:1].isupper():
        return set()
    return {c.lemma_.lower() for c in head.children
            if c.dep_ in ("compound", "amod") and c.text[:1].isupper()}
