"""Token ranges of speaker mentions: the entity a token is in, or a noun and its modifiers,
and the name around a proper-noun head (:func:`name_text`).

Read off the parse and the IOB tags only (never ``doc.ents``, which builds every entity of
the doc on each call); imports spaCy, the lexicon's sets and the entities stage's titles alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.entities.french.pilgrims_fr import PILGRIM_ARTICLES, PILGRIM_WORDS
from newswire.nlp.entities.roles.titles import LEGISLATORS_LETTERS, ROLES
from newswire.nlp.quotes.base.parse_labels import DASH_TOKENS, SUBJECT_DEPS

__all__ = ["entity_range", "flat_name_end", "hyphened_head", "is_hyphen", "is_spaced_dash",
           "mention_range", "name_text", "pilgrim_named", "tagged_range", "word_at",
           "word_start"]

_MENTION_DEPS = frozenset(("compound", "amod", "det", "nmod", "flat"))
#: One-word titles and a legislator's letters before a name the model left unlabelled
#: (``Representative Luz Marroquín``, ``Labour TD Ronan Fahy``): no words of the name.
#: Titles written before a person's name in French (``Pr``, ``Me``, ``Dr``), no part of it.
_NAME_TITLES = frozenset(("Pr", "Pr.", "Dr", "Dr.", "Dre", "Me", "Mgr", "M.", "Mme", "Mlle"))
_TITLE_WORDS = frozenset(r for r in ROLES if " " not in r) | frozenset(LEGISLATORS_LETTERS)


def is_spaced_dash(token: Token) -> bool:
    """A dash with a space before or after it: it separates phrases (``problematic - Pew
    Research``, ``OTTAWA — Shopify``); one inside a word (``secretary-general``) does not."""
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASH_TOKENS and (before or bool(token.whitespace_))


def is_hyphen(token: Token) -> bool:
    """A hyphen inside a word: ``secretary-general`` is three tokens."""
    return token.text == "-" and not is_spaced_dash(token)


def hyphened_head(token: Token) -> Token:
    """The last part of a hyphened word the parse split into siblings: ``co-chair`` and
    ``vice-president`` come out as three subjects of ``said``, and the nearest (``co``) is
    no noun of its own; ``chair`` is the word's head."""
    doc = token.doc
    current = token
    while current.i + 2 < len(doc) and is_hyphen(doc[current.i + 1]) \
            and not current.whitespace_ and not doc[current.i + 1].whitespace_:
        after = doc[current.i + 2]
        if after.dep_ != current.dep_ or after.head != current.head:
            break
        current = after
    return current


def word_at(doc: Doc, char: int) -> Token | None:
    """The word holding the character ``char`` (a referent's ``start``), or None when no word
    of ``doc`` does."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def word_start(token: Token) -> int:
    """The first token of the hyphened word ``token`` ends (``Republican-leaning``)."""
    start = token.i
    while start > 1 and is_hyphen(token.doc[start - 1]):
        start -= 2
    return start


def flat_name_end(head: Token) -> int:
    """Just past the name ``head`` opens: Universal Dependencies (French) hang the rest of a
    name on its first word (``Élisabeth`` <- ``Borne``, ``flat:name``)."""
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i >= head.i:
        end += 1
    return end


def mention_range(head: Token) -> tuple[int, int]:
    """Token range of the words naming the speaker: the entity, or the head and its modifiers."""
    head = _name_after_title(head)
    if head.ent_type_ and head.pos_ != "PRON":
        return entity_range(head)
    start = head.i
    for child in reversed(list(head.lefts)):
        if (child.dep_ not in _MENTION_DEPS and not is_hyphen(child)) or child.i != start - 1:
            break
        start = word_start(child)
        if child.dep_ == "compound":  # "a White House official": the compound's own words too
            start = _compound_start(child, start)
    return start, flat_name_end(head)


def _name_after_title(head: Token) -> Token:
    """``le Pr Emmanuel Nkodo Abena``: the French parse may make an untagged title the head
    (the subject) and hang the first name on it; the person's name right after the title
    is the mention, not ``Pr Emmanuel``; so after ``El Hadj``."""
    doc = head.doc
    after = head.i + 1
    # ``El Hadj Moussa Bouba``: the pilgrim's honorific, two words (:mod:`.pilgrims_fr`).
    two_words = head.text in PILGRIM_ARTICLES and after < len(doc) \
        and doc[after].text in PILGRIM_WORDS
    if two_words:
        after += 1
    if head.ent_iob_ == "O" and (head.text in _NAME_TITLES or head.text in PILGRIM_WORDS
                                 or two_words) and after < len(doc) \
            and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "PERSON":
        return doc[after]
    return head


def pilgrim_named(head: Token) -> Token:
    """``a déclaré El Hadji Moustapha Sy, porte-parole de la famille``: the French parse
    makes ``El`` (a determiner to it) the subject and ``Hadji`` its object; the speaker is
    the person named after the honorific, as the mention reads it (:func:`_name_after_title`),
    not the determiner, which resolved to nobody. ``head`` itself when no honorific heads it."""
    pilgrim = head.text in PILGRIM_ARTICLES or head.text in PILGRIM_WORDS
    return _name_after_title(head) if pilgrim else head


def _compound_start(compound: Token, start: int) -> int:
    """Where a compound's own words begin (``White`` of ``White House``), after a spaced dash
    the parse ran into it (``sharply - union leaders``)."""
    doc = compound.doc
    edge = min(start, compound.left_edge.i)
    dashes = [i for i in range(edge, start) if is_spaced_dash(doc[i])]
    return dashes[-1] + 1 if dashes else edge


def tagged_range(token: Token) -> tuple[int, int]:
    """Token range of the entity ``token`` is in, as its IOB tags run (``token`` alone when
    it is in none)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entity_range(token: Token) -> tuple[int, int]:
    """Token range of the entity ``token`` is in, read off the IOB tags around it
    (``doc.ents`` builds every entity of the doc: per quote, quadratic in a long article)."""
    doc = token.doc
    start, end = tagged_range(token)
    if token.dep_ in SUBJECT_DEPS and token.i < token.head.i < end:
        end = token.head.i  # "Trump Says ‘No’": a title-case name run into its own verb
    # "OTTAWA — Shopify Inc.": the model ran a dateline into the name; a spaced dash ends it.
    for i in range(token.i - 1, start - 1, -1):
        if is_spaced_dash(doc[i]):
            return i + 1, end
    return start, end


def name_text(head: Token) -> str:
    """The name around a proper-noun head: its entity, or the head with its compound name
    words (and, in French, the words of the name hung on it)."""
    head = _name_after_title(head)
    doc = head.doc
    if head.ent_iob_ in ("B", "I"):
        return doc[slice(*entity_range(head))].text
    start = head.i
    while True:
        if start > 1 and _joined_by_hyphen(doc[start - 2], doc[start - 1]):
            start -= 2  # "Jean-François Lavoie": three tokens make the first name; "SEIU-West"
        elif start > 0 and doc[start - 1].dep_ == "compound" and _name_word(doc[start - 1]) \
                and not (doc[start - 1].text in _TITLE_WORDS and head.i - start >= 1):
            start -= 1
        elif start == head.i > 1 and head.ent_type_ != "PERSON" and _plural_owner_in_name(
                doc[start - 2], doc[start - 1]):
            # "Prison Officers' Association"; only before a name of one word, as a person's
            # has two ("the Conservatives' Annette Ruddock" is hers, not the party's).
            start -= 2
        elif start == head.i > 1 and _office_of_a_title(doc[start - 2], doc[start - 1]):
            start = doc[start - 2].left_edge.i  # "The Chief Minister's Office"
            start += doc[start].pos_ == "DET"
        else:
            return doc[start:flat_name_end(head)].text


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised common noun inside the sentence
    (``Teaching`` of ``West Riding Teaching Hospitals NHS Trust``)."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)


def _plural_owner_in_name(plural: Token, mark: Token) -> bool:
    """``Officers`` ``'`` of ``Prison Officers' Association``: a capitalised plural owning the
    next word with a bare apostrophe (never ``'s``: ``Canada's Competition Bureau`` is two
    names), inside the sentence. A curly one the tagger read as punctuation, right after the
    plural (``CFL Players’ Association``: ``’`` tagged punct), owns it too."""
    owned = (mark.tag_ == "POS" and plural.dep_ == "poss") or (
        mark.text == "’" and mark.dep_ == "punct" and plural.dep_ in ("poss", "nmod")
        and not plural.whitespace_)
    return (owned and mark.text in ("'", "’") and plural.text.endswith("s")
            and plural.text[:1].isupper() and not plural.is_sent_start)


#: The one-word names of an office-holder's staff: ``The Prime Minister's Office``.
_OFFICES = frozenset(("Office", "Secretariat", "Chancellery"))


def _office_of_a_title(title: Token, mark: Token) -> bool:
    """``Minister`` ``'s`` of ``The Chief Minister's Office``: a capitalised title owning an
    office's name (the office is the title's, ``Office`` alone names nobody). Written so for
    heads of government and of state (Chief Minister, Prime Minister, President, Governor);
    not a person's (``Ann Lee's Office``: a name, :mod:`.owned_offices`)."""
    return mark.tag_ == "POS" and title.dep_ == "poss" and title.text in _TITLE_WORDS \
        and title.head.text in _OFFICES and title.ent_type_ != "PERSON"


def _joined_by_hyphen(first: Token, hyphen: Token) -> bool:
    """``Jean`` ``-`` of ``Jean-François``: a capitalised proper noun, a hyphen, no spaces."""
    return (hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_
            and first.pos_ == "PROPN" and first.text[:1].isupper())
